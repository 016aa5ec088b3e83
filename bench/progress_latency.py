#!/usr/bin/env python3
"""Latency of the progress-reporting API, one request at a time (bench/progress-dashboards.sh runs it).

Sequential requests on a keep-alive connection, so each figure is the service's own latency, not a queue.
Prints one line per measured call and round: name, requests, p50, p95, p99, max (ms)."""
import http.client
import json
import sys
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone, timedelta


def token(keycloak, username):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "reformhub-cli", "username": username,
                                   "password": "reformhub"}).encode()
    with urllib.request.urlopen(keycloak + "/protocol/openid-connect/token", data) as response:
        return json.load(response)["access_token"]


def measure(connection, method, paths, bearer, body=None, expect=200):
    latencies = []
    for path in paths:
        headers = {"Authorization": "Bearer " + bearer}
        payload = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            payload = body(path).encode()
        started = time.perf_counter()
        connection.request(method, path, payload, headers)
        response = connection.getresponse()
        response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status != expect:
            sys.exit(f"{method} {path}: HTTP {response.status}, expected {expect}")
    return latencies


def summary(name, latencies):
    ordered = sorted(latencies)
    def pct(p):
        return ordered[min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1)]
    return f"{name} n={len(ordered)} p50={pct(50):.1f} p95={pct(95):.1f} p99={pct(99):.1f} max={ordered[-1]:.1f}"


def main():
    port, keycloak, programme, rounds, requests = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
    base = "/api/progress/programmes/" + programme
    period = datetime.now(timezone(timedelta(hours=8))).strftime("%Y-%m")
    codes = [f"{1 + i // 500}-{1 + i % 500:03d}" for i in range(2000)]

    def report(path):
        return json.dumps({"period": period, "claimedStatus": "IN_PROGRESS", "narrative": "本月进展",
                           "workItems": [{"item": 1, "state": "DONE"}], "submit": True})

    # warm-up: the JIT compiles the hot paths under load; then the measured rounds
    supervisor = token(keycloak, "supervisor")
    measure(connection, "GET", [base + "/dashboard"] * 100, supervisor)
    measure(connection, "GET", [base + "/departments/d07/scorecard"] * 100, supervisor)
    officer = token(keycloak, "zwsj-officer")
    posts = iter(codes)
    measure(connection, "POST", [f"/api/progress/measures/{programme}/{next(posts)}/reports" for _ in range(200)],
            officer, report, 201)
    per_round = (len(codes) - 200) // rounds
    changes = min(100, per_round // 3)
    for r in range(1, rounds + 1):
        supervisor = token(keycloak, "supervisor")
        officer = token(keycloak, "zwsj-officer")
        print(summary(f"round {r} dashboard", measure(connection, "GET", [base + "/dashboard"] * requests, supervisor)))
        print(summary(f"round {r} scorecard(d07)",
                      measure(connection, "GET", [base + "/departments/d07/scorecard"] * requests, supervisor)))
        print(summary(f"round {r} scorecard(zwsj, all 2000 measures)",
                      measure(connection, "GET", [base + "/departments/zwsj/scorecard"] * requests, supervisor)))
        print(summary(f"round {r} submit report", measure(connection, "POST", [
            f"/api/progress/measures/{programme}/{next(posts)}/reports" for _ in range(per_round - changes)], officer, report, 201)))
        # the first read after the submissions above recomputes in full (more than 200 measures changed): shown apart
        print(summary(f"round {r} dashboard after {per_round - changes} changes (full recomputation)",
                      measure(connection, "GET", [base + "/dashboard"], supervisor)))
        # right after one change the cached states are patched for the measure that changed
        after_change = ([], [])
        for _ in range(changes):
            measure(connection, "POST", [f"/api/progress/measures/{programme}/{next(posts)}/reports"], officer, report, 201)
            after_change[0].extend(measure(connection, "GET", [base + "/dashboard"], supervisor))
            after_change[1].extend(measure(connection, "GET", [base + "/departments/d07/scorecard"], supervisor))
        print(summary(f"round {r} dashboard after a change", after_change[0]))
        print(summary(f"round {r} scorecard(d07) after a change", after_change[1]))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
