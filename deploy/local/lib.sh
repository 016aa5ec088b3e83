# shellcheck shell=bash
# Shared by up.sh, down.sh, status.sh and test.sh: where things live (ports, memory, versions, the one table of
# services), and — in lib/, one file per component — how each component of the
# platform is started, checked and stopped on one machine without Docker. Every setting has an
# environment override; every process we start is recorded in $RUN_DIR/pids and stopped only by that PID.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${REFORMHUB_RUN_DIR:-$ROOT/.run}"
PID_DIR="$RUN_DIR/pids"
LOG_DIR="$RUN_DIR/logs"

# ---- ports (all on loopback) ------------------------------------------------------------------------
export REFORMHUB_DB_HOST="${REFORMHUB_DB_HOST:-127.0.0.1}"
export REFORMHUB_DB_PORT="${REFORMHUB_DB_PORT:-5433}"
export REFORMHUB_DB_USER="${REFORMHUB_DB_USER:-reformhub}"
export REFORMHUB_DB_PASSWORD="${REFORMHUB_DB_PASSWORD:-reformhub}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAFKA_PORT}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
# Keycloak's health endpoints live on a management port of their own (Keycloak's default 9000 would collide
# between up.sh's and test.sh's Keycloaks)
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-$((KEYCLOAK_PORT + 1000))}"
export REFORMHUB_OIDC_URL="${REFORMHUB_OIDC_URL:-http://127.0.0.1:$KEYCLOAK_PORT/realms/reform}"
# the mail server of a local platform: GreenMail keeps every message for reading back (its REST API, or IMAP);
# in production MAIL_SMTP_HOST/PORT point at the city's SMTP relay
export MAIL_SMTP_HOST="${MAIL_SMTP_HOST:-127.0.0.1}"
export MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_IMAP_PORT="${MAIL_IMAP_PORT:-$((MAIL_SMTP_PORT + 118))}"
export MAIL_API_PORT="${MAIL_API_PORT:-$((MAIL_SMTP_PORT + 55))}"
export GATEWAY_PORT="${GATEWAY_PORT:-8080}"
# where people reach the platform: the links in e-mails and webhooks
export REFORMHUB_PUBLIC_URL="${REFORMHUB_PUBLIC_URL:-http://127.0.0.1:$GATEWAY_PORT}"
# the gateway's health and metrics are on a loopback management port, not on the public one
export GATEWAY_MANAGEMENT_PORT="${GATEWAY_MANAGEMENT_PORT:-9080}"
export REGISTRY_PORT="${REGISTRY_PORT:-8081}"
export PROGRESS_PORT="${PROGRESS_PORT:-8082}"
export NOTIFICATIONS_PORT="${NOTIFICATIONS_PORT:-8083}"
export APPEALS_PORT="${APPEALS_PORT:-8084}"
export WAREHOUSE_PORT="${WAREHOUSE_PORT:-8085}"
export CONSOLE_PORT="${CONSOLE_PORT:-8086}"
export REGISTRY_TARGETS="${REGISTRY_TARGETS:-127.0.0.1:$REGISTRY_PORT}"
export PROGRESS_TARGETS="${PROGRESS_TARGETS:-127.0.0.1:$PROGRESS_PORT}"
export NOTIFICATIONS_TARGETS="${NOTIFICATIONS_TARGETS:-127.0.0.1:$NOTIFICATIONS_PORT}"
export APPEALS_TARGETS="${APPEALS_TARGETS:-127.0.0.1:$APPEALS_PORT}"
export WAREHOUSE_TARGETS="${WAREHOUSE_TARGETS:-127.0.0.1:$WAREHOUSE_PORT}"
export CONSOLE_TARGETS="${CONSOLE_TARGETS:-127.0.0.1:$CONSOLE_PORT}"
# the city's table (demo data kept in the repository), imported by the registry into the seed programme on first start
export REGISTRY_SEED_FILE="${REGISTRY_SEED_FILE-$ROOT/deploy/seed/reform-task-table.txt}"
export REGISTRY_SEED_PROGRAMME="${REGISTRY_SEED_PROGRAMME:-yshj-2020}"

# ---- memory: the whole platform fits in ~2.5 GB -----------------------------------------------------
SERVICE_HEAP="${REFORMHUB_SERVICE_HEAP:-160m}"
# services: C1 only (quick start, small footprint on 2 cores); the gateway, which every request crosses, gets the full JIT
SERVICE_JVM_OPTS="${REFORMHUB_SERVICE_JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
GATEWAY_JVM_OPTS="${REFORMHUB_GATEWAY_JVM_OPTS:--XX:+UseSerialGC}"
KAFKA_HEAP="${KAFKA_HEAP:-256m}"
KEYCLOAK_HEAP="${KEYCLOAK_HEAP:-384m}"

# ---- versions of what we fetch from Maven Central ---------------------------------------------------
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.3}"
PG_BIN="${PG_BIN:-}"
HEALTH_TIMEOUT="${REFORMHUB_HEALTH_TIMEOUT:-180}"
KEYCLOAK_TIMEOUT="${REFORMHUB_KEYCLOAK_TIMEOUT:-300}"

# The one table of ReformHub's processes, in start order (stopped in reverse):
#   name                module                        port variable        database
SERVICE_TABLE="
    task-registry       services/task-registry        REGISTRY_PORT        reformhub_registry
    progress-reporting  services/progress-reporting   PROGRESS_PORT        reformhub_progress
    notifications       services/notifications        NOTIFICATIONS_PORT   reformhub_notifications
    enterprise-appeals  services/enterprise-appeals   APPEALS_PORT         reformhub_appeals
    warehouse-loader    services/warehouse-loader     WAREHOUSE_PORT       reformhub_warehouse
    console             console                       CONSOLE_PORT         -
    gateway             gateway                       GATEWAY_PORT         -
"
# Keycloak keeps users, roles and signing keys in its own database of the same cluster
KEYCLOAK_DB=reformhub_keycloak
SERVICES=() DATABASES=("$KEYCLOAK_DB")
declare -A MODULE PORT_VARIABLE PORT
while read -r name module port_variable database; do
  [ -n "$name" ] || continue
  SERVICES+=("$name"); MODULE[$name]="$module"; PORT_VARIABLE[$name]="$port_variable"; PORT[$name]="${!port_variable}"
  [ "$database" = - ] || DATABASES+=("$database")
done <<<"$SERVICE_TABLE"
# the services' component tests (@QuarkusTest) use <database>_test
SERVICE_DATABASES_TEST=()
for db in "${DATABASES[@]}"; do [ "$db" = "$KEYCLOAK_DB" ] || SERVICE_DATABASES_TEST+=("${db}_test"); done
TOPICS=(reform.registry reform.progress reform.appeals reform.notifications)

mkdir -p "$PID_DIR" "$LOG_DIR"

info() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m!!\033[0m %s\n' "$*" >&2; }
# fail COMPONENT MESSAGE [LOG]: says what failed, where to look, and exits non-zero
fail() {
  printf '\033[1;31mERROR\033[0m [%s] %s\n' "$1" "$2" >&2
  if [ -n "${3:-}" ] && [ -f "$3" ]; then
    printf '  log: %s (last lines below)\n' "$3" >&2
    tail -n 15 "$3" | sed 's/^/  | /' >&2
  fi
  exit 1
}

pid_file() { echo "$PID_DIR/$1.pid"; }

# running NAME: the recorded PID is alive and still one of ours (its command line names our run folder)
running() {
  local f; f="$(pid_file "$1")"
  [ -f "$f" ] || return 1
  local pid; pid="$(cat "$f")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # no pipe into grep -q here: with pipefail, an early grep exit makes the check fail at random
  local cmd; cmd="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)"
  [[ "$cmd" == *"$RUN_DIR"* ]]
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() { # COMPONENT PORT VARIABLE
  if port_open "$2"; then
    fail "$1" "port $2 is already in use by another program. Stop it, or choose another port: ${PORT_HINT_PREFIX:-}$3=<port> $0"
  fi
}

wait_for() { # COMPONENT TIMEOUT LOG CHECK...
  local component="$1" timeout="$2" log="$3"; shift 3
  local waited=0
  until "$@" >/dev/null 2>&1; do
    if [ "$waited" -ge "$timeout" ]; then
      fail "$component" "not healthy after ${timeout}s. Check the log, fix the cause, then run $(basename "$0") again." "$log"
    fi
    if [ -n "${WAIT_PID:-}" ] && ! kill -0 "$WAIT_PID" 2>/dev/null; then
      fail "$component" "process exited during start-up." "$log"
    fi
    sleep 1; waited=$((waited + 1))
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }

# ---- the components, one file each (deploy/local/lib/) ----------------------------------------------
for lib_part in postgres kafka keycloak mail services test-tools; do
  # shellcheck source=/dev/null
  source "$ROOT/deploy/local/lib/$lib_part.sh"
done
unset lib_part
