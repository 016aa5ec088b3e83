#!/usr/bin/env bash
# The one test command: starts what the tests need (or reuses a running platform), runs `mvn verify`
# over every module — unit, component tests against the real PostgreSQL and Kafka, and the end-to-end
# tests through the gateway with real Keycloak tokens — then stops what it started.
# Its own run folder and ports: the tests never touch (or steal events from) a platform started by up.sh.
ROOT_DIR="$(cd "$(dirname "$0")/../.." && pwd)"
export REFORMHUB_RUN_DIR="${REFORMHUB_TEST_RUN_DIR:-$ROOT_DIR/.run-test}"
export PORT_HINT_PREFIX=TEST_
export REFORMHUB_DB_PORT="${TEST_REFORMHUB_DB_PORT:-5434}"
export KAFKA_PORT="${TEST_KAFKA_PORT:-9094}" KAFKA_CONTROLLER_PORT="${TEST_KAFKA_CONTROLLER_PORT:-9095}"
# the component tests (@QuarkusTest) publish and consume on a broker of their own: the platform's topics carry only
# the platform's events, so its consumers (the warehouse above all) see exactly what its services did
COMPONENT_KAFKA_PORT="${TEST_COMPONENT_KAFKA_PORT:-9098}" COMPONENT_KAFKA_CONTROLLER_PORT="${TEST_COMPONENT_KAFKA_CONTROLLER_PORT:-9099}"
export KEYCLOAK_PORT="${TEST_KEYCLOAK_PORT:-8280}" KEYCLOAK_MANAGEMENT_PORT="${TEST_KEYCLOAK_MANAGEMENT_PORT:-9280}"
export GATEWAY_PORT="${TEST_GATEWAY_PORT:-8090}" GATEWAY_MANAGEMENT_PORT="${TEST_GATEWAY_MANAGEMENT_PORT:-9090}"
export REGISTRY_PORT="${TEST_REGISTRY_PORT:-8091}"
export PROGRESS_PORT="${TEST_PROGRESS_PORT:-8092}" NOTIFICATIONS_PORT="${TEST_NOTIFICATIONS_PORT:-8093}"
export APPEALS_PORT="${TEST_APPEALS_PORT:-8094}" WAREHOUSE_PORT="${TEST_WAREHOUSE_PORT:-8095}"
export CONSOLE_PORT="${TEST_CONSOLE_PORT:-8096}"
export MAIL_SMTP_PORT="${TEST_MAIL_SMTP_PORT:-3125}" MAIL_API_PORT="${TEST_MAIL_API_PORT:-3180}"
export KEYCLOAK_EXTRA_REALMS="$ROOT_DIR/deploy/keycloak/test"
# failed e-mails and webhook calls are retried within seconds, so the mail-outage test is quick
export NOTIFICATIONS_RETRY_FIRST="${TEST_NOTIFICATIONS_RETRY_FIRST:-2S}" NOTIFICATIONS_RETRY_CAP="${TEST_NOTIFICATIONS_RETRY_CAP:-5S}"
# a low gateway rate limit that the e2e test can hit quickly; the benchmark raises it
export GATEWAY_RATE_LIMIT_RPS="${TEST_GATEWAY_RATE_LIMIT_RPS:-20}" GATEWAY_RATE_LIMIT_BURST="${TEST_GATEWAY_RATE_LIMIT_BURST:-40}"
source "$ROOT_DIR/deploy/local/lib.sh"

components=(postgres kafka kafka-components mail keycloak "${SERVICES[@]}")
already=()
for c in "${components[@]}"; do running "$c" && already+=("$c"); done

cleanup() {
  local status=$?
  if [ "${REFORMHUB_KEEP_RUNNING:-0}" != 1 ]; then
    local name
    for name in $(stop_order) keycloak mail kafka kafka-components; do
      [[ " ${already[*]} " == *" $name "* ]] || stop_pid "$name" || true
    done
    [[ " ${already[*]} " == *" postgres "* ]] || stop_postgres
  fi
  exit $status
}
trap cleanup EXIT

started=$(date +%s)
check_test_prerequisites
start_postgres
# Keycloak runs as in up.sh (data in PostgreSQL, so the restart test is real), but each test run starts
# from a fresh Keycloak database: the realm files of this checkout are imported, whatever an earlier run left
if ! running keycloak; then drop_keycloak_data; fi
start_kafka
start_kafka kafka-components "$COMPONENT_KAFKA_PORT" "$COMPONENT_KAFKA_CONTROLLER_PORT" COMPONENT_
start_mail
start_keycloak
if [ "${#already[@]}" -gt 5 ]; then
  warn "reusing the running services: the end-to-end tests run against them, not a fresh build"
else
  REFORMHUB_REBUILD=1 build_if_needed
fi
start_platform
ensure_browser
ensure_axe
info "platform ready after $(( $(date +%s) - started )) s; running mvn verify"

cd "$ROOT"
set +e
platform_kafka="$KAFKA_BOOTSTRAP_SERVERS"
KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$COMPONENT_KAFKA_PORT" \
mvn -B verify -De2e.skip=false -De2e.gateway="http://127.0.0.1:$GATEWAY_PORT" \
  -De2e.keycloak="http://127.0.0.1:$KEYCLOAK_PORT" -De2e.platformKafka="$platform_kafka" \
  -De2e.registry="http://127.0.0.1:$REGISTRY_PORT" -De2e.gatewayManagement="http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT" \
  -De2e.ctl="$ROOT/deploy/local/ctl.sh" -De2e.mail="http://127.0.0.1:$MAIL_API_PORT" \
  -De2e.warehouseDb="jdbc:postgresql://$REFORMHUB_DB_HOST:$REFORMHUB_DB_PORT/reformhub_warehouse" \
  -De2e.chromium="$(command -v chromium)" -De2e.chromedriver="$(command -v chromedriver)" \
  -De2e.axe="$ROOT/e2e/browser-tools/node_modules/axe-core/axe.min.js" "$@"
tests=$?
# every service's OpenAPI document against spectral:oas and the OWASP API Security ruleset, and the events' AsyncAPI document: 0 errors
lint_api_documents
linted=$?
[ "$tests" = 0 ] && [ "$linted" = 0 ]
