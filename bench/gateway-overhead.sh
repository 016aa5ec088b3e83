#!/usr/bin/env bash
# Gateway overhead benchmark (issue: gateway and identity). The same authenticated GET, called directly
# on the task-registry service and through the gateway, in one run, with wrk (Debian package).
# Needs the platform from ./deploy/local/up.sh; restarts only the gateway, with its rate limit lifted
# for the run, and restores it afterwards. Figures vary with the machine's load, so the two paths are
# measured in alternating rounds (direct, gateway, direct, ..., direct) and compared over the whole run.
#
#   bench/gateway-overhead.sh [duration per round, default 15s] [connections, default 16] [rounds, default 4]
#   BENCH_WARMUP=90s  load on each path before measuring
source "$(dirname "$0")/../deploy/local/lib.sh"

DURATION="${1:-15s}"
CONNECTIONS="${2:-16}"
ROUNDS="${3:-4}"
THREADS="${BENCH_THREADS:-1}"

command -v wrk >/dev/null || {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get install -y -qq wrk >/dev/null; else
    fail bench "wrk not found: apt-get install wrk"; fi; }
for c in task-registry gateway keycloak; do running "$c" || fail bench "$c is not running: start the platform with deploy/local/up.sh"; done

restart_gateway() {
  stop_pid gateway
  start_service gateway
  wait_service gateway
}
trap 'info "restoring the gateway with its normal rate limit"; unset GATEWAY_RATE_LIMIT_RPS GATEWAY_RATE_LIMIT_BURST; restart_gateway' EXIT
export GATEWAY_RATE_LIMIT_RPS=1000000 GATEWAY_RATE_LIMIT_BURST=1000000
restart_gateway

# a fresh token for every wrk run: the whole benchmark outlasts the realm's 5-minute access tokens
fresh_token() {
  curl -fsS -d grant_type=password -d client_id=reformhub-cli -d username=supervisor -d password=reformhub \
    "$REFORMHUB_OIDC_URL/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'
}
TOKEN=$(fresh_token)
# read-only: a measure of the seed programme, so the benchmark leaves nothing behind in the platform
MEASURE="${BENCH_MEASURE:-yshj-2020/1-01}"
PATH_UNDER_TEST="/api/registry/measures/$MEASURE"
DIRECT="http://127.0.0.1:$REGISTRY_PORT$PATH_UNDER_TEST"
VIA_GATEWAY="http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST"
for url in "$DIRECT" "$VIA_GATEWAY"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url")" = 200 ] || fail bench "GET $url is not 200"
done

run() { # URL [duration] -> "rps p50_ms p99_ms non2xx"
  TOKEN=$(fresh_token)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2:-$DURATION}" --latency -H "Authorization: Bearer $TOKEN" "$1" > "$LOG_DIR/bench-last.txt"
  python3 "$(dirname "$0")/wrk_summary.py" "$LOG_DIR/bench-last.txt" rps p50 p99 non2xx
}

# the JIT needs load to finish compiling the hot paths: on 2 busy cores the C2 compiler needs 60-90 s of load
# in the gateway, and a short warm-up measures the compiler, not the gateway
WARMUP="${BENCH_WARMUP:-90s}"
info "warming up both paths ($WARMUP each)"
run "$DIRECT" "$WARMUP" >/dev/null
run "$VIA_GATEWAY" "$WARMUP" >/dev/null
info "measuring: $CONNECTIONS connections, $ROUNDS rounds of $DURATION per path, direct and gateway alternating"
RESULTS="$LOG_DIR/bench-results.txt"
: > "$RESULTS"
for ((round = 1; round <= ROUNDS; round++)); do
  echo "direct $(run "$DIRECT")" >> "$RESULTS"
  echo "gateway $(run "$VIA_GATEWAY")" >> "$RESULTS"
done
echo "direct $(run "$DIRECT")" >> "$RESULTS"
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
print()
print(f"{'path':<12}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'non-2xx':>10}")
for path, rps, p50, p99, errors in rows:
    print(f"{path:<12}{float(rps):>10.0f}{float(p50):>10.2f}{float(p99):>10.2f}{errors:>10}")
def mean(path, column):
    return statistics.mean(float(r[column]) for r in rows if r[0] == path)
d_rps, g_rps = mean("direct", 1), mean("gateway", 1)
d_p50, g_p50 = mean("direct", 2), mean("gateway", 2)
d_p99, g_p99 = mean("direct", 3), mean("gateway", 3)
print()
print(f"mean: direct  {d_rps:.0f} req/s, p50 {d_p50:.2f} ms, p99 {d_p99:.2f} ms")
print(f"      gateway {g_rps:.0f} req/s, p50 {g_p50:.2f} ms, p99 {g_p99:.2f} ms")
print(f"gateway throughput = {100 * g_rps / d_rps:.0f} % of direct (goal >= 80 %)")
print(f"added p50 latency  = {g_p50 - d_p50:.2f} ms (goal <= 2 ms)")
failed = sum(int(r[4]) for r in rows)
print(f"non-2xx responses  = {failed}")
if failed:
    sys.exit("the run had non-2xx responses: its figures are not comparable")
PY
