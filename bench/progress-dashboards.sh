#!/usr/bin/env bash
# Progress-reporting benchmark (issue: progress reporting). With 2,000 measures, 5 units each and 36 months of
# reports in the database (bench/progress-data.sql), the latency of the programme dashboard, a department
# scorecard and submitting a report, one request at a time (bench/progress_latency.py).
#
# It runs on a platform of its own (run folder .run-bench, its own ports: PostgreSQL, Kafka, Keycloak and the
# progress-reporting service only) and deletes that platform's data at the end, so a user's platform never
# sees benchmark data and nothing is left behind.
#
#   bench/progress-dashboards.sh [rounds, default 3] [requests per GET and round, default 300]
#   BENCH_KEEP=1   leave the benchmark platform running with its data (to iterate; stop it with this variable unset)
# this benchmark's figures were taken with the local platform's service settings (C1 only, 160 MB), kept here
export REFORMHUB_SERVICE_JVM_OPTS="${REFORMHUB_SERVICE_JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
export REFORMHUB_SERVICE_HEAP="${REFORMHUB_SERVICE_HEAP:-160m}"
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-3}"
REQUESTS="${2:-300}"

trap 'bench_cleanup progress-reporting' EXIT

start_postgres
running keycloak || drop_keycloak_data # a fresh realm, as in the tests
start_kafka
start_keycloak
build_if_needed
stop_pid progress-reporting # a fresh JVM on the current build every run
start_service progress-reporting
wait_service progress-reporting

PROGRAMME="bench-$(date +%s)"
info "generating 2,000 measures × 5 units × 36 months of reports for programme $PROGRAMME"
started=$(date +%s)
PGPASSWORD="$REFORMHUB_DB_PASSWORD" psql -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U "$REFORMHUB_DB_USER" -d reformhub_progress \
  -q -v programme="$PROGRAMME" -f "$ROOT/bench/progress-data.sql" >"$LOG_DIR/bench-data.log" 2>&1 \
  || fail bench "data generation failed" "$LOG_DIR/bench-data.log"
PGPASSWORD="$REFORMHUB_DB_PASSWORD" psql -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U "$REFORMHUB_DB_USER" -d reformhub_progress -qtA \
  -c "select 'reports: ' || count(*) from progress_report" -c "select 'obligations: ' || count(*) from report_obligation" \
  -c "select 'measures: ' || count(*) from tracked_measure"
info "data ready after $(( $(date +%s) - started )) s; measuring ($ROUNDS rounds, $REQUESTS requests per GET and round)"
python3 "$ROOT/bench/progress_latency.py" "$PROGRESS_PORT" "$REFORMHUB_OIDC_URL" "$PROGRAMME" "$ROUNDS" "$REQUESTS" \
  | tee "$LOG_DIR/bench-progress.txt"
[ "${PIPESTATUS[0]}" = 0 ] || fail bench "the measurement failed" "$LOG_DIR/progress-reporting.log"
