"""Reads a wrk report (--latency) and prints the named figures, space-separated, for the benchmark scripts.

    python3 bench/wrk_summary.py REPORT rps p50 p99 requests non2xx
rps: requests/s; p50, p99: latency in ms; requests: completed; non2xx: answers other than 2xx/3xx.
"""
import re
import sys


def ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


text = open(sys.argv[1]).read()
other = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s*50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s*99%\s+(\S+)", text, re.M).group(1))
figures = {
    "rps": "%.0f" % rps,
    "p50": "%.2f" % p50,
    "p99": "%.2f" % p99,
    "requests": re.search(r"(\d+) requests in", text).group(1),
    "non2xx": other.group(1) if other else "0",
}
print(" ".join(figures[name] for name in sys.argv[2:]))
