#!/usr/bin/env bash
# Console benchmark (issue: web console). The office's two busiest pages — the programme dashboard and the appeal
# queue — under 16 concurrent sessions (wrk, 16 connections, each request with a supervisor's token as the gateway
# relays it), at the data sizes of bench/progress-dashboards.sh (2,000 measures, ≈360,000 reports) plus 20,000
# enterprise cases (bench/console-appeals.sql). Server time: the console rendering the page, with its calls to the
# registry, progress reporting and the appeals service. Then every main page in headless Chromium: first contentful
# paint and the script it loads (bench/ConsolePaint.java). Goals: p99 ≤ 150 ms, FCP ≤ 1 s, script ≤ 100 KB gzipped.
#
# It runs on a platform of its own (run folder .run-bench, its own ports) and deletes that platform's data at the
# end, so a user's platform never sees benchmark data.
#
#   bench/console.sh [rounds, default 3] [duration per page and round, default 20s]
#   BENCH_KEEP=1   leave the benchmark platform running with its data
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-3}"
DURATION="${2:-20s}"
CONNECTIONS=16
THREADS=2
SERVICES_UNDER_TEST=(task-registry progress-reporting enterprise-appeals notifications console)

trap 'bench_cleanup "${SERVICES_UNDER_TEST[@]}"' EXIT
require_wrk
start_postgres
running keycloak || drop_keycloak_data
start_kafka
start_keycloak
build_if_needed
for name in "${SERVICES_UNDER_TEST[@]}"; do stop_pid "$name"; start_service "$name"; done
for name in "${SERVICES_UNDER_TEST[@]}"; do wait_service "$name"; done

psql_in() { PGPASSWORD="$REFORMHUB_DB_PASSWORD" psql -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U "$REFORMHUB_DB_USER" -d "$1" "${@:2}"; }
fresh_token() {
  curl -fsS -d grant_type=password -d client_id=reformhub-cli -d username=supervisor -d password=reformhub \
    "$REFORMHUB_OIDC_URL/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'
}

PROGRAMME="bench-console-$(date +%s)"
info "generating the data: programme $PROGRAMME (2,000 measures, 36 months of reports) and 20,000 cases"
psql_in reformhub_progress -q -v programme="$PROGRAMME" -f "$ROOT/bench/progress-data.sql" >"$LOG_DIR/bench-data.log" 2>&1 \
  || fail bench "progress data failed" "$LOG_DIR/bench-data.log"
psql_in reformhub_appeals -q -f "$ROOT/bench/console-appeals.sql" >>"$LOG_DIR/bench-data.log" 2>&1 \
  || fail bench "appeal data failed" "$LOG_DIR/bench-data.log"
# the programme in the registry too: the console lists programmes from there
TOKEN=$(fresh_token)
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$PROGRAMME\",\"title\":\"性能测试任务分工表\"}" "http://127.0.0.1:$REGISTRY_PORT/api/registry/programmes" \
  || fail bench "the programme could not be registered"
psql_in reformhub_progress -qtA -c "select 'reports: ' || count(*) from progress_report"
psql_in reformhub_appeals -qtA -c "select 'cases: ' || count(*) from appeal"

CONSOLE="http://127.0.0.1:$CONSOLE_PORT"
DASHBOARD="$CONSOLE/app/dashboard?programme=$PROGRAMME"
QUEUE="$CONSOLE/app/appeals"
for url in "$DASHBOARD" "$QUEUE"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")
  [ "$status" = 200 ] || fail bench "GET $url answered $status" "$LOG_DIR/console.log"
done

run() { # URL DURATION -> "rps p50 p99 non2xx"
  TOKEN=$(fresh_token)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -H "Authorization: Bearer $TOKEN" "$1" >"$LOG_DIR/bench-last.txt"
  wrk_summary "$LOG_DIR/bench-last.txt" rps p50 p99 non2xx
}
# the JIT needs load to compile the hot paths of five JVMs: a short warm-up measures the compiler, not the pages
WARMUP="${BENCH_WARMUP:-90s}"
info "warming up both pages ($WARMUP each)"
run "$DASHBOARD" "$WARMUP" >/dev/null
run "$QUEUE" "$WARMUP" >/dev/null
info "measuring: $CONNECTIONS connections, $ROUNDS rounds of $DURATION per page"
printf '%-10s %-6s %8s %9s %9s %7s\n' page round 'req/s' 'p50 ms' 'p99 ms' non2xx
for round in $(seq 1 "$ROUNDS"); do
  for page in dashboard queue; do
    url="$DASHBOARD"; [ "$page" = queue ] && url="$QUEUE"
    read -r rps p50 p99 non2xx < <(run "$url" "$DURATION")
    printf '%-10s %-6s %8s %9s %9s %7s\n' "$page" "$round" "$rps" "$p50" "$p99" "$non2xx"
  done
done

info "first contentful paint and script per page (headless Chromium, 5 loads each)"
CLASSPATH_FILE="$RUN_DIR/selenium.classpath"
(cd "$ROOT" && mvn -q dependency:build-classpath -pl e2e -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test) \
  || fail bench "could not resolve Selenium's classpath"
TOKEN=$(fresh_token)
java -Xmx256m -Dchromium="$(command -v chromium)" -Dchromedriver="$(command -v chromedriver)" \
  -cp "$(cat "$CLASSPATH_FILE")" "$ROOT/bench/ConsolePaint.java" "$CONSOLE" "$TOKEN" 5 \
  "/app/" "/app/dashboard?programme=$PROGRAMME" "/app/appeals" "/app/measures?programme=$PROGRAMME" "/app/reviews" \
  "/app/imports" "/app/sessions" "/app/inbox"
