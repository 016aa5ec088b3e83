#!/usr/bin/env python3
"""The API documents as contracts a department generates its client from (issue: OpenAPI that generates working,
typed clients). Three checks, each exits 1 on a finding:

    api-contract.py names DOCUMENT        what a generated client names is chosen and stable: every operation has an
                                          operationId (verbNoun, unique), a bilingual summary (中文 / English) and
                                          problem+json errors; schema names are not Java classes and not numbered
                                          (View1, Kind1: a new class would renumber them); the gateway is the server
    api-contract.py compat OLD NEW        what in NEW would break a client generated from OLD, unless NEW raises the
                                          major version (info.version)
    api-contract.py history DOCUMENT      the same between each committed version of DOCUMENT and the next (git log),
                                          so a breaking change cannot land by rewriting docs/api/ without a new major
    api-contract.py self-test             the rules on small documents

Breaking, for a generated client: an operation, operationId, parameter, success code, media type or schema that goes;
a parameter or request field that becomes required or appears required; a path parameter that moves; a type or format
that changes; a response field that goes or stops being required; a response enum that gains a value (strict clients
refuse it) or a request enum that loses one. Additions are not breaking.
"""
import json
import re
import subprocess
import sys

VERBS = ("list get create put set add change patch edit archive merge remove delete download import export file check "
         "accept reject assign answer rate record hand tag send take extend write run retry dispatch publish plan "
         "invite close reopen issue acknowledge reply mark count stream preview compute rank submit approve return "
         "reword rebuild digest attach load").split()
JAVA_NAMES = {"Instant", "LocalDate", "LocalTime", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "UUID",
              "YearMonth", "MediaType", "OutboundSseEvent", "Object", "Response", "Multi", "Uni"}
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def operations(doc):
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method in METHODS:
                yield method, path, op, item.get("parameters", [])


# ---- names ----------------------------------------------------------------------------------------------------------
def names(doc):
    problems, seen = [], {}
    if not doc.get("servers"):
        problems.append("no servers entry (a client would default to http://localhost)")
    for method, path, op, _ in operations(doc):
        where = "%s %s" % (method.upper(), path)
        op_id = op.get("operationId")
        if not op_id:
            problems.append("%s: no operationId" % where)
        else:
            if not re.fullmatch(r"[a-z]+[A-Z][A-Za-z0-9]*|[a-z]+", op_id) or re.match(r"[a-z]+", op_id).group() not in VERBS:
                problems.append("%s: operationId %s is not verbNoun with a known verb" % (where, op_id))
            if op_id in seen:
                problems.append("%s: operationId %s also names %s" % (where, op_id, seen[op_id]))
            seen[op_id] = where
        if " / " not in (op.get("summary") or ""):
            problems.append("%s: no bilingual summary (中文 / English)" % where)
        if not has_example(op):
            problems.append("%s: no example (add openapi-examples/%s.json)" % (where, op_id))
        for code, response in op.get("responses", {}).items():
            if code[0] in "45" and "application/problem+json" not in (response.get("content") or {}):
                problems.append("%s: %s is not application/problem+json" % (where, code))
    for name in doc.get("components", {}).get("schemas", {}):
        if name in JAVA_NAMES:
            problems.append("schema %s is a Java class's name" % name)
        elif re.search(r"\d$", name):
            problems.append("schema %s is numbered: give the class a unique name (@Schema(name = ...))" % name)
    return problems


def has_example(op):
    """An example of what to send or what comes back: a parameter's, the request body's or an answer's."""
    if any("example" in p or "examples" in p for p in op.get("parameters", [])):
        return True
    bodies = [op.get("requestBody", {})] + list(op.get("responses", {}).values())
    return any("example" in media or "examples" in media
               for body in bodies for media in (body.get("content") or {}).values())


# ---- compat ---------------------------------------------------------------------------------------------------------
def major(doc):
    match = re.match(r"(\d+)", str(doc.get("info", {}).get("version", "0")))
    return int(match.group(1)) if match else 0


def resolve(doc, schema):
    """The schema a property really has: references followed, and a nullable one ({anyOf: [X, null]}) read as X."""
    seen = set()
    while isinstance(schema, dict):
        members = [m for m in (schema.get("anyOf") or schema.get("oneOf") or []) if m.get("type") != "null"]
        if len(members) == 1:
            schema = members[0]
        elif "$ref" in schema and schema["$ref"] not in seen:
            seen.add(schema["$ref"])
            schema = doc.get("components", {}).get("schemas", {}).get(schema["$ref"].split("/")[-1], {})
        else:
            break
    return schema or {}


def kind(schema):
    types = schema.get("type")
    types = [types] if isinstance(types, str) else sorted(t for t in (types or []) if t != "null")
    return tuple(types), schema.get("format")


def compare_schema(old_doc, new_doc, old, new, where, direction, found, depth=0):
    """direction: 'response' (the client reads it) or 'request' (the client writes it)."""
    if depth > 12:
        return
    old, new = resolve(old_doc, old), resolve(new_doc, new)
    if kind(old) != kind(new) and kind(old)[0] and kind(new)[0]:
        found.append("%s: type %s became %s" % (where, kind(old), kind(new)))
        return
    old_enum, new_enum = set(old.get("enum") or []), set(new.get("enum") or [])
    if old_enum and new_enum:
        if direction == "response" and new_enum - old_enum:
            found.append("%s: new values %s a strict client refuses" % (where, sorted(new_enum - old_enum)))
        if direction == "request" and old_enum - new_enum:
            found.append("%s: values %s no longer accepted" % (where, sorted(old_enum - new_enum)))
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
    for prop, old_prop in old_props.items():
        if prop not in new_props:
            if direction == "response":
                found.append("%s.%s: removed" % (where, prop))
            continue
        compare_schema(old_doc, new_doc, old_prop, new_props[prop], "%s.%s" % (where, prop), direction, found, depth + 1)
    if direction == "response":
        for prop in old_req - new_req:
            if prop in new_props:
                found.append("%s.%s: no longer always present" % (where, prop))
    else:
        for prop in new_req - old_req:
            found.append("%s.%s: now required" % (where, prop))
    if "items" in old and "items" in new:
        compare_schema(old_doc, new_doc, old["items"], new["items"], where + "[]", direction, found, depth + 1)


def parameters(op, path_level):
    merged = {(p.get("in"), p.get("name")): p for p in path_level + op.get("parameters", [])}
    return merged


def compat(old, new):
    found = []
    new_ops = {(m, p): (o, pl) for m, p, o, pl in operations(new)}
    for method, path, op, path_level in operations(old):
        where = "%s %s" % (method.upper(), path)
        if (method, path) not in new_ops:
            found.append("%s: removed" % where)
            continue
        new_op, new_path_level = new_ops[(method, path)]
        if op.get("operationId") and op.get("operationId") != new_op.get("operationId"):
            found.append("%s: operationId %s became %s" % (where, op.get("operationId"), new_op.get("operationId")))
        old_params, new_params = parameters(op, path_level), parameters(new_op, new_path_level)
        for key, param in old_params.items():
            if key not in new_params:
                found.append("%s: parameter %s removed" % (where, key[1]))
                continue
            if not param.get("required") and new_params[key].get("required"):
                found.append("%s: parameter %s became required" % (where, key[1]))
            compare_schema(old, new, param.get("schema", {}), new_params[key].get("schema", {}),
                           "%s parameter %s" % (where, key[1]), "request", found)
        for key, param in new_params.items():
            if key not in old_params and param.get("required"):
                found.append("%s: new required parameter %s" % (where, key[1]))
        old_path = [n for (i, n) in old_params if i == "path"]
        new_path = [n for (i, n) in new_params if i == "path"]
        if old_path != new_path and sorted(old_path) == sorted(new_path):
            found.append("%s: path parameters reordered %s -> %s" % (where, old_path, new_path))
        old_body, new_body = op.get("requestBody"), new_op.get("requestBody")
        if new_body and new_body.get("required") and not (old_body and old_body.get("required")):
            found.append("%s: request body became required" % where)
        if old_body and new_body:
            for media, content in (old_body.get("content") or {}).items():
                if media not in (new_body.get("content") or {}):
                    found.append("%s: request media type %s no longer accepted" % (where, media))
                else:
                    compare_schema(old, new, content.get("schema", {}), new_body["content"][media].get("schema", {}),
                                   "%s request" % where, "request", found)
        for code, response in op.get("responses", {}).items():
            if not code.startswith("2"):
                continue
            new_response = new_op.get("responses", {}).get(code)
            if new_response is None:
                found.append("%s: success code %s removed" % (where, code))
                continue
            for media, content in (response.get("content") or {}).items():
                new_content = (new_response.get("content") or {}).get(media)
                if new_content is None:
                    found.append("%s: %s response media type %s removed" % (where, code, media))
                else:
                    compare_schema(old, new, content.get("schema", {}), new_content.get("schema", {}),
                                   "%s %s" % (where, code), "response", found)
    for name in old.get("components", {}).get("schemas", {}):
        if name not in new.get("components", {}).get("schemas", {}):
            found.append("schema %s removed (a generated client's type)" % name)
    return found


def breaking_unversioned(old, new):
    found = compat(old, new)
    return found if found and major(new) <= major(old) else []


# ---- history --------------------------------------------------------------------------------------------------------
def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def history(path):
    try:
        commits = git("log", "--format=%H", "--", path).split()
    except (subprocess.CalledProcessError, FileNotFoundError):
        print("no git history of %s here (not a clone): nothing to compare" % path, file=sys.stderr)
        return []
    versions = []
    for commit in reversed(commits):
        try:
            versions.append((commit, json.loads(git("show", "%s:%s" % (commit, path)))))
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue
    problems = []
    for (_, old), (commit, new) in zip(versions, versions[1:]):
        if "SNAPSHOT" in str(old.get("info", {}).get("version", "")):
            continue  # before the documents were versioned contracts
        for finding in breaking_unversioned(old, new):
            problems.append("%s (commit %s, version %s kept): %s" % (path, commit[:10], new["info"]["version"], finding))
    return problems


# ---- self-test ------------------------------------------------------------------------------------------------------
def self_test():
    def doc(version, op, schemas=None):
        return {"info": {"version": version}, "servers": [{"url": "{gateway}"}], "paths": {"/api/x/{a}/{b}": {"get": op}},
                "components": {"schemas": schemas or {}}}
    base_op = {"operationId": "getThing", "summary": "读 / Read",
               "parameters": [{"in": "path", "name": "a", "required": True, "schema": {"type": "string"}},
                              {"in": "path", "name": "b", "required": True, "schema": {"type": "string"}}],
               "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"},
                                                                       "example": {"id": "x"}}}},
                             "404": {"content": {"application/problem+json": {}}}}}
    thing = {"Thing": {"type": "object", "required": ["id"], "properties": {
        "id": {"type": "string"}, "state": {"type": "string", "enum": ["A", "B"]}}}}
    old = doc("1.0.0", base_op, thing)
    assert names(old) == [], names(old)
    bare = json.loads(json.dumps(old))
    del bare["paths"]["/api/x/{a}/{b}"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    assert names(bare) == ["GET /api/x/{a}/{b}: no example (add openapi-examples/getThing.json)"], names(bare)
    assert compat(old, json.loads(json.dumps(old))) == []
    added = json.loads(json.dumps(old))
    added["components"]["schemas"]["Thing"]["properties"]["note"] = {"type": "string"}
    added["paths"]["/api/x/{a}/{b}"]["get"]["parameters"].append({"in": "query", "name": "q", "schema": {"type": "string"}})
    assert compat(old, added) == [], "additions are not breaking"
    cases = {
        "removed": lambda d: d["components"]["schemas"]["Thing"]["properties"].pop("id"),
        "enum": lambda d: d["components"]["schemas"]["Thing"]["properties"]["state"]["enum"].append("C"),
        "reordered": lambda d: d["paths"]["/api/x/{a}/{b}"]["get"]["parameters"].reverse(),
        "operationId": lambda d: d["paths"]["/api/x/{a}/{b}"]["get"].update(operationId="readThing"),
        "required parameter": lambda d: d["paths"]["/api/x/{a}/{b}"]["get"]["parameters"].append(
            {"in": "header", "name": "If-Match", "required": True}),
        "type": lambda d: d["components"]["schemas"]["Thing"]["properties"]["id"].update(type="integer"),
        "success code": lambda d: d["paths"]["/api/x/{a}/{b}"]["get"]["responses"].update(
            {"201": d["paths"]["/api/x/{a}/{b}"]["get"]["responses"].pop("200")}),
    }
    for name, change in cases.items():
        new = json.loads(json.dumps(old))
        change(new)
        assert compat(old, new), "%s should be breaking" % name
        assert breaking_unversioned(old, new), "%s without a new major version" % name
        new["info"]["version"] = "2.0.0"
        assert not breaking_unversioned(old, new), "%s with a new major version" % name
    bad = json.loads(json.dumps(old))
    bad["components"]["schemas"]["View1"] = {}
    bad["components"]["schemas"]["Instant"] = {}
    bad["paths"]["/api/x/{a}/{b}"]["get"]["operationId"] = "apiXAGet"
    bad["paths"]["/api/x/{a}/{b}"]["get"]["summary"] = "Get"
    bad["paths"]["/api/x/{a}/{b}"]["get"]["responses"]["404"] = {"description": "Not Found"}
    del bad["servers"]
    assert len(names(bad)) == 6, names(bad)
    return "api-contract self-test: %d breaking kinds and the naming rules behave" % len(cases)


def main(argv):
    if argv[1:2] == ["self-test"]:
        print(self_test())
        return 0
    if argv[1:2] == ["names"] and len(argv) == 3:
        found = names(json.load(open(argv[2], encoding="utf-8")))
    elif argv[1:2] == ["compat"] and len(argv) == 4:
        old, new = (json.load(open(p, encoding="utf-8")) for p in argv[2:4])
        found = breaking_unversioned(old, new)
        if not found and compat(old, new):
            print("breaking changes, with the major version raised (%s -> %s):" % (old["info"]["version"],
                                                                                 new["info"]["version"]))
            print("\n".join("  " + f for f in compat(old, new)))
    elif argv[1:2] == ["history"] and len(argv) == 3:
        found = history(argv[2])
    else:
        print(__doc__)
        return 2
    for finding in found[:60]:
        print(finding)
    if len(found) > 60:
        print("… %d more" % (len(found) - 60))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
