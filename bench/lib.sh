# shellcheck shell=bash
# Shared by the benchmarks that run on a platform of their own: its run folder (.run-bench) and ports, apart from
# up.sh's and test.sh's, the gateway's rate limit lifted, the services on the full JIT, and its removal at the end.
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REFORMHUB_RUN_DIR="$ROOT_DIR/.run-bench"
export REFORMHUB_DB_PORT=5436 KAFKA_PORT=9096 KAFKA_CONTROLLER_PORT=9097 KEYCLOAK_PORT=8380 KEYCLOAK_MANAGEMENT_PORT=9380
export GATEWAY_PORT=8190 GATEWAY_MANAGEMENT_PORT=9190 REGISTRY_PORT=8191 PROGRESS_PORT=8192 NOTIFICATIONS_PORT=8193 APPEALS_PORT=8194 WAREHOUSE_PORT=8195 CONSOLE_PORT=8196
export MAIL_SMTP_PORT=3225 MAIL_API_PORT=3280
export GATEWAY_RATE_LIMIT_RPS=1000000 GATEWAY_RATE_LIMIT_BURST=1000000
# the services under test with the full JIT, as in production (the local platform's services stop at C1 to start
# quickly on a laptop, which costs a benchmark a good part of its throughput)
export REFORMHUB_SERVICE_JVM_OPTS="${REFORMHUB_SERVICE_JVM_OPTS:--XX:+UseSerialGC}" REFORMHUB_SERVICE_HEAP="${REFORMHUB_SERVICE_HEAP:-256m}"
source "$ROOT_DIR/deploy/local/lib.sh"

# bench_cleanup SERVICE...: the trap of a benchmark. Stops the services it started, Keycloak, Kafka and PostgreSQL,
# and deletes the benchmark platform's data (BENCH_KEEP=1 leaves everything running).
bench_cleanup() {
  local status=$? name
  if [ "${BENCH_KEEP:-0}" = 1 ]; then info "BENCH_KEEP=1: the benchmark platform keeps running ($RUN_DIR)"; exit $status; fi
  for name in "$@" keycloak kafka; do stop_pid "$name" || true; done
  stop_postgres
  info "deleting the benchmark platform's data ($RUN_DIR: postgres, kafka, attachments)"
  rm -rf "$RUN_DIR/postgres" "$RUN_DIR/kafka/data" "$RUN_DIR/attachments" "$RUN_DIR/apps"
  exit $status
}

require_wrk() {
  command -v wrk >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get install -y -qq wrk >/dev/null; else
    fail bench "wrk not found: apt-get install wrk"; fi
}

# wrk_summary REPORT FIGURE...: rps, p50, p99 (ms), requests, non2xx of a wrk --latency report
wrk_summary() { python3 "$ROOT_DIR/bench/wrk_summary.py" "$@"; }
