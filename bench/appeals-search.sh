#!/usr/bin/env bash
# Appeal search benchmark (issue: 直通车 depth, point 4). Search and page at 200,000 cases through the gateway with a
# supervisor's token, as an office's queue or a department's system calls it: words (Chinese, matched by character
# pairs under a GIN index) with a district, a state with the time-limit order deep in the list, and a channel with a
# date range and words. Anchor in the same run: the same words-and-district page read straight from PostgreSQL
# (pgbench, the count and the page the service runs), the floor under which no API can answer. Goal: p99 ≤ 100 ms.
#
# It runs on a platform of its own (run folder .run-bench, its own ports) and deletes that platform's data at the
# end, so a user's platform never sees benchmark data.
#
#   bench/appeals-search.sh [rounds, default 3] [duration per query and round, default 20s] [cases, default 200000]
#   BENCH_KEEP=1   leave the benchmark platform running with its data
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-3}"
DURATION="${2:-20s}"
CASES="${3:-200000}"
CONNECTIONS=16
THREADS=2
SERVICES_UNDER_TEST=(enterprise-appeals gateway)

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

info "generating $CASES cases"
psql_in reformhub_appeals -q -v n="$CASES" -f "$ROOT/bench/appeals-search.sql" >"$LOG_DIR/bench-data.log" 2>&1 \
  || fail bench "appeal data failed" "$LOG_DIR/bench-data.log"
psql_in reformhub_appeals -qtA -c "select 'cases: ' || count(*) from appeal"

GATEWAY="http://127.0.0.1:$GATEWAY_PORT/api/appeals/appeals"
urlencode() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
WORDS="q=$(urlencode 用地)&district=$(urlencode 横琴)&page=0&size=20"
DEEP="status=ASSIGNED&sort=dueDate&page=50&size=20"
RANGE="channel=HOTLINE_12345&filedFrom=2017-01-01&filedTo=2017-12-31&q=$(urlencode 融资)&page=0&size=20"
TOKEN=$(fresh_token)
for query in "$WORDS" "$DEEP" "$RANGE"; do
  answer=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$GATEWAY?$query") || fail bench "GET ?$query failed" "$LOG_DIR/enterprise-appeals.log"
  echo "$answer" | python3 -c 'import sys,json;d=json.load(sys.stdin);print("  ?%s: total %d, page %d, %d items" % (sys.argv[1][:60], d["total"], d["page"], len(d["items"])))' "$query"
done

run() { # URL DURATION -> "rps p50 p99 non2xx"
  TOKEN=$(fresh_token)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -H "Authorization: Bearer $TOKEN" "$1" >"$LOG_DIR/bench-last.txt"
  wrk_summary "$LOG_DIR/bench-last.txt" rps p50 p99 non2xx
}
# the anchor: what the service asks PostgreSQL for the words-and-district page once the total is known (the service
# keeps totals until the next change, SearchTotals), with the same SQL (matching ids first, then the page's rows), 16 clients
cat >"$RUN_DIR/anchor.sql" <<'SQL'
with hits as materialized (select id, filed_at, due_date, case_number from appeal where true and district = 'hengqin'
  and search @@ search_query('用地'))
select * from appeal where id in (select id from hits order by filed_at desc, case_number offset 0 limit 20)
  order by filed_at desc, case_number;
SQL
anchor() { # DURATION -> "tps p50 p99"
  local seconds="${1%s}" dir="$RUN_DIR/pgbench"
  rm -rf "$dir"; mkdir -p "$dir"
  (cd "$dir" && PGPASSWORD="$REFORMHUB_DB_PASSWORD" pgbench -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U "$REFORMHUB_DB_USER" \
    -n -c "$CONNECTIONS" -j "$THREADS" -T "$seconds" -l -f "$RUN_DIR/anchor.sql" reformhub_appeals >"$dir/out.txt" 2>&1) \
    || fail bench "pgbench failed" "$dir/out.txt"
  python3 - "$dir" "$seconds" <<'PY'
import glob, sys
lat = sorted(int(line.split()[2]) for f in glob.glob(sys.argv[1] + "/pgbench_log.*") for line in open(f))
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
print(f"{len(lat) / int(sys.argv[2]):.0f} {p(0.5):.1f} {p(0.99):.1f}")
PY
}

WARMUP="${BENCH_WARMUP:-60s}"
info "warming up ($WARMUP per query)"
for query in "$WORDS" "$DEEP" "$RANGE"; do run "$GATEWAY?$query" "$WARMUP" >/dev/null; done
info "measuring: $CONNECTIONS connections, $ROUNDS rounds of $DURATION per query"
printf '%-22s %-6s %8s %9s %9s %7s\n' query round 'req/s' 'p50 ms' 'p99 ms' non2xx
for round in $(seq 1 "$ROUNDS"); do
  for name in words+district state+deep-page channel+dates+words anchor:postgres; do
    case "$name" in
      words+district) read -r rps p50 p99 non2xx < <(run "$GATEWAY?$WORDS" "$DURATION") ;;
      state+deep-page) read -r rps p50 p99 non2xx < <(run "$GATEWAY?$DEEP" "$DURATION") ;;
      channel+dates+words) read -r rps p50 p99 non2xx < <(run "$GATEWAY?$RANGE" "$DURATION") ;;
      anchor:postgres) read -r rps p50 p99 < <(anchor "$DURATION"); non2xx=- ;;
    esac
    printf '%-22s %-6s %8s %9s %9s %7s\n' "$name" "$round" "$rps" "$p50" "$p99" "$non2xx"
  done
done
