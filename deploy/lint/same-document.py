#!/usr/bin/env python3
"""Compares an API document a service serves with the one committed in docs/api/ (issue: one shape, point
"the API documents stay the same"): the same JSON, key order aside. On a difference it prints a unified diff of the
two, pretty-printed with sorted keys, and exits 1.

    same-document.py COMMITTED SERVED
"""
import difflib
import json
import sys


def canonical(path):
    with open(path, encoding="utf-8") as f:
        return json.dumps(json.load(f), ensure_ascii=False, indent=2, sort_keys=True).splitlines()


committed, served = canonical(sys.argv[1]), canonical(sys.argv[2])
if committed == served:
    sys.exit(0)
diff = list(difflib.unified_diff(committed, served, "committed " + sys.argv[1], "served", lineterm="", n=2))
print("\n".join(diff[:120]) + ("\n… %d more lines" % (len(diff) - 120) if len(diff) > 120 else ""))
sys.exit(1)
