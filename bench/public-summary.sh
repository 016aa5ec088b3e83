#!/usr/bin/env bash
# Public statistics benchmark (issue: portal widgets, item 6): GET /public/progress/summary through the gateway, no
# login, with and without If-None-Match. The 304 path is what portal visitors' browsers mostly do (the widgets
# revalidate on every refresh); the 200 path sends the figures. Rounds alternate the two (wrk, closed loop).
#
# It runs on a platform of its own (run folder .run-bench: PostgreSQL, Kafka, the registry with the city's table,
# progress reporting, the gateway with its rate limit lifted; no Keycloak: nothing here logs in) and deletes that
# platform's data at the end.
#
#   bench/public-summary.sh [rounds, default 3] [seconds per measurement, default 20] [connections, default 32]
#   BENCH_KEEP=1   leave the benchmark platform running with its data
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-3}"
SECONDS_PER_RUN="${2:-20}"
CONNECTIONS="${3:-32}"
require_wrk
trap 'bench_cleanup gateway progress-reporting task-registry' EXIT

start_postgres
start_kafka
build_if_needed
for s in task-registry progress-reporting gateway; do stop_pid "$s"; start_service "$s"; done
for s in task-registry progress-reporting gateway; do wait_service "$s"; done
URL="http://127.0.0.1:$GATEWAY_PORT/public/progress/summary"
info "waiting for progress reporting to know the seed programme's 22 measures"
for _ in $(seq 1 120); do
  [ "$(curl -s "$URL" | python3 -c 'import sys,json;print(json.load(sys.stdin).get("measures",0))' 2>/dev/null)" = 22 ] && break
  sleep 1
done
ETAG=$(curl -s -D - -o /dev/null "$URL" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
[ -n "$ETAG" ] || fail bench "no ETag from $URL"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$URL")" = 304 ] || fail bench "If-None-Match did not give 304"

wrk_run() { # duration [etag] -> "rps p99_ms requests other_status"
  if [ -n "${2:-}" ]; then
    wrk -t2 -c"$CONNECTIONS" -d"$1" --latency -H "If-None-Match: $2" "$URL" > "$LOG_DIR/bench-last.txt"
  else
    wrk -t2 -c"$CONNECTIONS" -d"$1" --latency "$URL" > "$LOG_DIR/bench-last.txt"
  fi
  wrk_summary "$LOG_DIR/bench-last.txt" rps p99 requests non2xx
}
info "warming up (30 s each path: the JIT compiles the gateway's and the service's hot paths)"
wrk_run 30s > /dev/null
wrk_run 30s "$ETAG" > /dev/null
RESULTS="$LOG_DIR/bench-public.txt"
: > "$RESULTS"
info "measuring: $ROUNDS rounds of 200 and 304, ${SECONDS_PER_RUN}s each, $CONNECTIONS connections"
for ((round = 1; round <= ROUNDS; round++)); do
  read -r full_rps full_p99 _ full_other <<< "$(wrk_run "${SECONDS_PER_RUN}s")"
  read -r nm_rps nm_p99 _ nm_other <<< "$(wrk_run "${SECONDS_PER_RUN}s" "$ETAG")"
  echo "$round $full_rps $full_p99 $full_other $nm_rps $nm_p99 $nm_other" | tee -a "$RESULTS"
done
python3 - "$RESULTS" <<'PY'
import sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
print()
print("round  200 req/s  p99 ms  non-2xx/3xx  |  304 req/s  p99 ms  non-2xx/3xx")
for r in rows:
    print(f"{int(r[0]):5d}  {r[1]:9.0f}  {r[2]:6.1f}  {int(r[3]):11d}  |  {r[4]:9.0f}  {r[5]:6.1f}  {int(r[6]):11d}")
print()
print(f"200: {min(r[1] for r in rows):.0f}-{max(r[1] for r in rows):.0f} req/s; "
      f"304 (If-None-Match): {min(r[4] for r in rows):.0f}-{max(r[4] for r in rows):.0f} req/s (goal >= 5000)")
ok = all(r[3] == 0 and r[6] == 0 and r[1] > 0 and r[4] > 0 for r in rows)
print("every answer 200 / 304" if ok else "MISMATCH: other statuses answered, or no answer at all")
sys.exit(0 if ok else 1)
PY
