#!/usr/bin/env bash
# Appeal intake benchmark (issue: 企业直通车, item 14). Filing an appeal through the gateway with a real enterprise
# token — validation, the gap-free case number, the appeal with its history, the outbox event, commit — measured
# in the same run as pgbench doing an equivalent single-row insert transaction on the same PostgreSQL (the
# machine's limit) and, as a second anchor, an authenticated GET of one case through the same gateway (a read).
# Rounds alternate: pgbench, the read, intake at full load (wrk, closed loop, 16 connections), then intake
# open-loop at half that rate for its p99 (bench/appeals_intake.py). At the end every 201 must be an
# appeal in the database with its filed event published: none lost, none twice.
#
# It runs on a platform of its own (run folder .run-bench, its own ports: PostgreSQL, Kafka, Keycloak, the
# appeal service and the gateway, rate limit lifted) and deletes that platform's data at the end.
#
#   bench/appeals-intake.sh [rounds, default 3] [seconds per measurement, default 20] [connections, default 16]
#   BENCH_KEEP=1   leave the benchmark platform running with its data
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-3}"
SECONDS_PER_RUN="${2:-20}"
CONNECTIONS="${3:-16}"
BENCH_DB=reformhub_bench_pgbench

require_wrk
command -v pgbench >/dev/null || fail bench "pgbench not found (Debian package postgresql-client)"

trap 'bench_cleanup gateway enterprise-appeals' EXIT

start_postgres
running keycloak || drop_keycloak_data
start_kafka
start_keycloak
build_if_needed
for s in enterprise-appeals gateway; do stop_pid "$s"; start_service "$s"; done # fresh JVMs on the current build
wait_service enterprise-appeals
wait_service gateway

sql() { PGPASSWORD="$REFORMHUB_DB_PASSWORD" psql -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U "$REFORMHUB_DB_USER" -qtA "$@"; }
psql_admin -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB owner \"$REFORMHUB_DB_USER\""
# the pgbench anchor: one appeal-sized row per transaction, with the appeal table's primary and unique keys
sql -d "$BENCH_DB" -c "create table bench_appeal (id uuid primary key, case_number varchar(20) not null unique,
  uscc varchar(18) not null, enterprise_name varchar(200) not null, contact_person varchar(50) not null,
  phone varchar(30) not null, category varchar(30) not null, title varchar(200) not null, description text not null,
  district varchar(30) not null, channel varchar(25) not null, status varchar(12) not null, filed_at timestamptz not null,
  due_date date not null)"
cat > "$LOG_DIR/pgbench-insert.sql" <<'SQL'
insert into bench_appeal values (gen_random_uuid(), 'B' || left(md5(random()::text || clock_timestamp()::text), 19),
  '91440400MA4UH1234T', '横琴示例科技', '张三', '0756-1234567', 'land', '基准测试：厂房用地手续',
  '用地规划许可办理超时（基准测试数据，测试结束即删除）', '横琴', 'ONLINE', 'SUBMITTED', now(), current_date + 21);
SQL

token() {
  curl -fsS -d grant_type=password -d client_id=reformhub-cli -d username=enterprise-a -d password=reformhub \
    "$REFORMHUB_OIDC_URL/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'
}
cat > "$LOG_DIR/intake.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land","title":"基准测试：厂房用地手续","description":"用地规划许可办理超时（基准测试数据，测试结束即删除）","district":"横琴"}'
LUA
URL="http://127.0.0.1:$GATEWAY_PORT/api/appeals/appeals"
FIRST=$(curl -s -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' \
  -d '{"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land","title":"t","description":"d","district":"横琴"}' \
  "$URL" | python3 -c 'import sys,json;print(json.load(sys.stdin)["caseNumber"])') || fail bench "POST $URL did not file an appeal"
READ_URL="$URL/$FIRST"

pgbench_run() { # -> "tps"
  PGPASSWORD="$REFORMHUB_DB_PASSWORD" pgbench -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U "$REFORMHUB_DB_USER" -n -M prepared \
    -c "$CONNECTIONS" -j 2 -T "$SECONDS_PER_RUN" -f "$LOG_DIR/pgbench-insert.sql" "$BENCH_DB" 2>&1 \
    | python3 -c 'import re,sys; print(round(float(re.search(r"tps = ([\d.]+)", sys.stdin.read()).group(1))))'
}
wrk_run() { # duration [url] -> "rps p99_ms requests non2xx"; without a URL: POST the filing
  if [ -n "${2:-}" ]; then
    wrk -t1 -c"$CONNECTIONS" -d"$1" --latency -H "Authorization: Bearer $(token)" "$2" > "$LOG_DIR/bench-last.txt"
  else
    wrk -t1 -c"$CONNECTIONS" -d"$1" --latency -s "$LOG_DIR/intake.lua" -H "Authorization: Bearer $(token)" "$URL" \
      > "$LOG_DIR/bench-last.txt"
  fi
  wrk_summary "$LOG_DIR/bench-last.txt" rps p99 requests non2xx
}

FILED_EVENTS="select count(*) from outbox_event where event_type = 'reform.appeals.appeal.filed.v1'"
before=$(sql -d reformhub_appeals -c "select count(*) from appeal")
events_before=$(sql -d reformhub_appeals -c "$FILED_EVENTS")
info "warming up the read and the intake paths (30 s of load each: the JIT compiles the hot paths)"
wrk_run 30s "$READ_URL" > /dev/null
read -r _ _ requests non2xx <<< "$(wrk_run 30s)"
filed=$((requests - non2xx))
RESULTS="$LOG_DIR/bench-intake.txt"
: > "$RESULTS"
info "measuring: $ROUNDS rounds of pgbench, intake at full load and intake at half that rate, ${SECONDS_PER_RUN}s each"
for ((round = 1; round <= ROUNDS; round++)); do
  tps=$(pgbench_run)
  read -r read_rps _ _ _ <<< "$(wrk_run "${SECONDS_PER_RUN}s" "$READ_URL")"
  read -r rps p99 requests non2xx <<< "$(wrk_run "${SECONDS_PER_RUN}s")"
  filed=$((filed + requests - non2xx))
  half=$(( rps / 2 ))
  read -r sent ok other p50h p99h achieved <<< "$(python3 "$ROOT/bench/appeals_intake.py" 127.0.0.1 "$GATEWAY_PORT" "$(token)" "$half" "$SECONDS_PER_RUN")"
  filed=$((filed + ok))
  echo "$round $tps $rps $p99 $non2xx $half $achieved $p50h $p99h $other $read_rps" | tee -a "$RESULTS"
done
# none lost: every 201 is an appeal (wrk does not count the requests still in flight when it stops, so up to one
# per connection and run may be appeals without a counted 201); none twice: one filed event per appeal, published
sleep 5
appeals=$(( $(sql -d reformhub_appeals -c "select count(*) from appeal") - before ))
events=$(( $(sql -d reformhub_appeals -c "$FILED_EVENTS and published_at is not null") - events_before ))
pending=$(sql -d reformhub_appeals -c "select count(*) from outbox_event where published_at is null")
gaps=$(sql -d reformhub_appeals -c "select count(*) - (max(n) - min(n) + 1) from (select split_part(case_number, '-', 3)::int n, split_part(case_number, '-', 2) m from appeal) c group by m" | paste -sd+ | bc)
python3 - "$RESULTS" "$filed" "$appeals" "$events" "$pending" "$gaps" "$(( CONNECTIONS * (ROUNDS + 1) ))" <<'PY'
import sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
filed, appeals, events, pending, gaps, in_flight = (int(x) for x in sys.argv[2:8])
print()
print("round  pgbench tps  read rps  intake rps  intake p99 ms  non-201  |  half rate  achieved  p50 ms  p99 ms  non-201")
for r in rows:
    print(f"{int(r[0]):5d}  {r[1]:11.0f}  {r[10]:8.0f}  {r[2]:10.0f}  {r[3]:13.1f}  {int(r[4]):7d}  |  {r[5]:9.0f}  {r[6]:8.0f}"
          f"  {r[7]:6.1f}  {r[8]:6.1f}  {int(r[9]):7d}")
share = [r[2] / r[1] * 100 for r in rows]
of_read = [r[2] / r[10] * 100 for r in rows]
print()
print(f"intake / pgbench: {min(share):.1f}-{max(share):.1f} % (goal >= 25 %); intake / read through the gateway: "
      f"{min(of_read):.0f}-{max(of_read):.0f} %; "
      f"intake p99 at half rate: {min(r[8] for r in rows):.1f}-{max(r[8] for r in rows):.1f} ms (goal <= 100 ms)")
print(f"201 responses: {filed}; appeals in the database: {appeals}; filed events published: {events}; "
      f"outbox pending: {pending}; gaps in case numbers: {gaps}")
ok = filed <= appeals <= filed + in_flight and events == appeals and pending == 0 and gaps == 0
print("none lost, none twice" if ok else "MISMATCH: appeals lost or duplicated")
sys.exit(0 if ok else 1)
PY
