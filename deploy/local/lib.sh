# shellcheck shell=bash
# Shared by up.sh, down.sh, status.sh and test.sh: where things live, and how each component of the
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

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# ---- PostgreSQL -------------------------------------------------------------------------------------
find_pg_bin() {
  if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]; then return 0; fi
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then PG_BIN="$d"; fi
  done
  if [ -z "$PG_BIN" ] && command -v initdb >/dev/null; then PG_BIN="$(dirname "$(command -v initdb)")"; fi
  if [ -z "$PG_BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      info "PostgreSQL server binaries missing: installing the Debian package 'postgresql'"
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
        || fail postgres "apt-get install postgresql failed"
      for d in /usr/lib/postgresql/*/bin; do PG_BIN="$d"; done
    else
      fail postgres "PostgreSQL server binaries (initdb, pg_ctl) not found. Install them (Debian: apt-get install postgresql) or set PG_BIN."
    fi
  fi
}

start_postgres() {
  local data="$RUN_DIR/postgres/data" sock="$RUN_DIR/postgres/sock" log="$LOG_DIR/postgres.log"
  if running postgres; then info "postgres already running (port $REFORMHUB_DB_PORT)"; return 0; fi
  find_pg_bin
  require_free_port postgres "$REFORMHUB_DB_PORT" REFORMHUB_DB_PORT
  mkdir -p "$data" "$sock"; touch "$log"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || fail postgres "running as root needs the 'postgres' system user (initdb refuses root)"
    chown -R postgres "$RUN_DIR/postgres" "$log"
    chmod 700 "$data"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    info "initialising PostgreSQL cluster in $data"
    as_postgres "$PG_BIN/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >>"$log" 2>&1 \
      || fail postgres "initdb failed" "$log"
  fi
  info "starting PostgreSQL on 127.0.0.1:$REFORMHUB_DB_PORT"
  as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $REFORMHUB_DB_PORT -k $sock -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=64MB" start >/dev/null \
    || fail postgres "pg_ctl start failed" "$log"
  head -n 1 "$data/postmaster.pid" > "$(pid_file postgres)"
  create_databases
}

psql_admin() { PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

create_databases() {
  [ "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname='$REFORMHUB_DB_USER'")" = 1 ] \
    || psql_admin -d postgres -c "create role \"$REFORMHUB_DB_USER\" login password '$REFORMHUB_DB_PASSWORD'"
  local db
  for db in "${DATABASES[@]}" "${SERVICE_DATABASES_TEST[@]}"; do
    [ "$(psql_admin -d postgres -c "select 1 from pg_database where datname='$db'")" = 1 ] \
      || psql_admin -d postgres -c "create database \"$db\" owner \"$REFORMHUB_DB_USER\" encoding 'UTF8' template template0"
    psql_admin -d "$db" -c "create extension if not exists pg_trgm" >/dev/null
  done
}

stop_postgres() {
  running postgres || { rm -f "$(pid_file postgres)"; return 0; }
  find_pg_bin
  info "stopping postgres"
  as_postgres "$PG_BIN/pg_ctl" -D "$RUN_DIR/postgres/data" -m fast -w stop >/dev/null || warn "pg_ctl stop failed"
  rm -f "$(pid_file postgres)"
}

# ---- Kafka (KRaft, single node, from Maven Central jars) --------------------------------------------
fetch_kafka() {
  local libs="$RUN_DIR/kafka/libs"
  if [ -f "$libs/.complete" ]; then return 0; fi
  info "fetching the Kafka broker from Maven Central (once)"
  mvn -B -q -f "$ROOT/deploy/local/fetch/kafka-pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$libs" >"$LOG_DIR/fetch-kafka.log" 2>&1 || fail kafka "could not fetch the broker jars" "$LOG_DIR/fetch-kafka.log"
  touch "$libs/.complete"
}

kafka_java() { # CLASS ARGS...: runs a Kafka tool class with the broker's classpath
  java -Xmx128m -cp "$RUN_DIR/kafka/libs/*" -Dlog4j2.configurationFile="$RUN_DIR/kafka/log4j2.properties" "$@"
}

# start_kafka [NAME PORT CONTROLLER_PORT VARIABLE_PREFIX]: the platform's broker by default; test.sh starts a second
# one (NAME kafka-components, ports from COMPONENT_KAFKA_*) for the component tests, so that the platform's topics
# carry the platform's events only
start_kafka() {
  local name="${1:-kafka}" port="${2:-$KAFKA_PORT}" controller_port="${3:-$KAFKA_CONTROLLER_PORT}" prefix="${4:-}"
  local dir="$RUN_DIR/$name" log="$LOG_DIR/$name.log"
  if running "$name"; then info "$name already running (port $port)"; return 0; fi
  require_free_port "$name" "$port" "${prefix}KAFKA_PORT"
  require_free_port "$name" "$controller_port" "${prefix}KAFKA_CONTROLLER_PORT"
  fetch_kafka
  mkdir -p "$dir/data"
  cat > "$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=8388608
num.network.threads=2
num.io.threads=2
log.retention.hours=-1
EOF
  cat > "$dir/log4j2.properties" <<'EOF'
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.stdout.ref = STDOUT
logger.kafka.name = kafka
logger.kafka.level = warn
logger.apache.name = org.apache.kafka
logger.apache.level = warn
EOF
  if [ ! -f "$dir/data/meta.properties" ]; then
    info "formatting Kafka storage"
    kafka_java kafka.tools.StorageTool format -t "$(kafka_java kafka.tools.StorageTool random-uuid)" \
      -c "$dir/server.properties" --standalone >>"$log" 2>&1 || fail kafka "storage format failed" "$log"
  fi
  info "starting $name on 127.0.0.1:$port"
  setsid nohup java "-Xmx$KAFKA_HEAP" "-Xms$KAFKA_HEAP" -XX:+UseSerialGC -cp "$RUN_DIR/kafka/libs/*" \
    -Dlog4j2.configurationFile="$dir/log4j2.properties" -Dreformhub.run="$RUN_DIR" \
    kafka.Kafka "$dir/server.properties" >>"$log" 2>&1 < /dev/null &
  echo $! > "$(pid_file "$name")"
  WAIT_PID=$! wait_for "$name" 90 "$log" port_open "$port"
  create_topics "127.0.0.1:$port"
}

create_topics() { # BOOTSTRAP
  local bootstrap="$1" log="$LOG_DIR/kafka-topics.log" existing topic missing=()
  existing="$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$bootstrap" --list 2>>"$log")" \
    || fail kafka "cannot list topics" "$log"
  for topic in "${TOPICS[@]}" "${TOPICS[@]/%/.dlq}"; do
    grep -qx "$topic" <<<"$existing" || missing+=("$topic")
  done
  for topic in "${missing[@]}"; do
    info "creating topic $topic"
    kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$bootstrap" --create --if-not-exists \
      --topic "$topic" --partitions 3 --replication-factor 1 >>"$log" 2>&1 || fail kafka "cannot create topic $topic" "$log"
  done
}

# ---- Keycloak (the dist from Maven Central, data in PostgreSQL) -------------------------------------
fetch_keycloak() {
  local home="$RUN_DIR/keycloak/keycloak-$KEYCLOAK_VERSION"
  if [ -x "$home/bin/kc.sh" ]; then return 0; fi
  info "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, ~180 MB)"
  # overWriteReleases: the plugin remembers earlier unpacks (markers under target/) and would skip this one
  mvn -B -q -N -f "$ROOT/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$RUN_DIR/keycloak" \
    -Dmdep.overWriteReleases=true \
    >"$LOG_DIR/fetch-keycloak.log" 2>&1 || fail keycloak "could not fetch the Keycloak distribution" "$LOG_DIR/fetch-keycloak.log"
  [ -x "$home/bin/kc.sh" ] || fail keycloak "the Keycloak distribution was not unpacked to $home" "$LOG_DIR/fetch-keycloak.log"
}

# Build-time options of Keycloak's production mode; kc.sh build runs again only when they change.
KEYCLOAK_BUILD_OPTIONS=(--db=postgres --cache=local --health-enabled=true)

build_keycloak() {
  local home="$1" log="$2" marker="$1/.reformhub-build"
  [ "$(cat "$marker" 2>/dev/null)" = "${KEYCLOAK_BUILD_OPTIONS[*]}" ] && return 0
  info "building Keycloak for PostgreSQL (once, ~30-60 s)"
  JAVA_OPTS_KC_HEAP="-Xmx$KEYCLOAK_HEAP" "$home/bin/kc.sh" build "${KEYCLOAK_BUILD_OPTIONS[@]}" >>"$log" 2>&1 \
    || fail keycloak "kc.sh build failed" "$log"
  echo "${KEYCLOAK_BUILD_OPTIONS[*]}" > "$marker"
}

# drop_keycloak_data: a fresh Keycloak database, so the next start imports the realm files anew (test.sh)
drop_keycloak_data() {
  running keycloak && fail keycloak "stop Keycloak before dropping its database"
  psql_admin -d postgres -c "drop database if exists \"$KEYCLOAK_DB\" with (force)"
  create_databases
}

start_keycloak() {
  local home="$RUN_DIR/keycloak/keycloak-$KEYCLOAK_VERSION" log="$LOG_DIR/keycloak.log"
  if running keycloak; then info "keycloak already running (port $KEYCLOAK_PORT)"; return 0; fi
  require_free_port keycloak "$KEYCLOAK_PORT" KEYCLOAK_PORT
  require_free_port keycloak "$KEYCLOAK_MANAGEMENT_PORT" KEYCLOAK_MANAGEMENT_PORT
  fetch_keycloak
  build_keycloak "$home" "$log"
  rm -rf "$home/data/import"; mkdir -p "$home/data/import"
  cp "$ROOT"/deploy/keycloak/*.json "$home/data/import/"
  # test.sh adds a second realm (another issuer) for the negative token tests
  if [ -n "${KEYCLOAK_EXTRA_REALMS:-}" ]; then cp "$KEYCLOAK_EXTRA_REALMS"/*.json "$home/data/import/"; fi
  info "starting Keycloak on 127.0.0.1:$KEYCLOAK_PORT (data in PostgreSQL database $KEYCLOAK_DB)"
  # --import-realm skips a realm that already exists: accounts, roles, passwords and signing keys made
  # since (admin console, self-registration) survive restarts; the bootstrap admin is made only once
  KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN:-admin}" KC_BOOTSTRAP_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}" \
  KC_DB_URL="jdbc:postgresql://$REFORMHUB_DB_HOST:$REFORMHUB_DB_PORT/$KEYCLOAK_DB" \
  KC_DB_USERNAME="$REFORMHUB_DB_USER" KC_DB_PASSWORD="$REFORMHUB_DB_PASSWORD" \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx$KEYCLOAK_HEAP" \
  setsid nohup "$home/bin/kc.sh" start --optimized --http-enabled=true --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --hostname="http://127.0.0.1:$KEYCLOAK_PORT" --import-realm >>"$log" 2>&1 < /dev/null &
  echo $! > "$(pid_file keycloak)"
  WAIT_PID=$! wait_for keycloak "$KEYCLOAK_TIMEOUT" "$log" http_ok "$REFORMHUB_OIDC_URL/.well-known/openid-configuration"
}

# ---- the mail server (GreenMail standalone from Maven Central) ---------------------------------------
fetch_mail() {
  local jar="$RUN_DIR/mail/greenmail-standalone-$GREENMAIL_VERSION.jar"
  if [ -f "$jar" ]; then return 0; fi
  info "fetching GreenMail $GREENMAIL_VERSION from Maven Central (once)"
  mkdir -p "$RUN_DIR/mail"
  mvn -B -q -N -f "$ROOT/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$RUN_DIR/mail" \
    >"$LOG_DIR/fetch-mail.log" 2>&1 || fail mail "could not fetch GreenMail" "$LOG_DIR/fetch-mail.log"
}

mail_ready() { http_ok "http://127.0.0.1:$MAIL_API_PORT/api/service/readiness"; }

start_mail() {
  local log="$LOG_DIR/mail.log"
  if running mail; then info "mail already running (SMTP port $MAIL_SMTP_PORT)"; return 0; fi
  require_free_port mail "$MAIL_SMTP_PORT" MAIL_SMTP_PORT
  require_free_port mail "$MAIL_API_PORT" MAIL_API_PORT
  fetch_mail
  info "starting the mail server (GreenMail) on 127.0.0.1:$MAIL_SMTP_PORT, messages readable at http://127.0.0.1:$MAIL_API_PORT/api"
  # any address is accepted and gets a mailbox; messages live in memory (a restart empties them)
  setsid nohup java -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dreformhub.run="$RUN_DIR" \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -Dgreenmail.auth.disabled \
    -jar "$RUN_DIR/mail/greenmail-standalone-$GREENMAIL_VERSION.jar" >>"$log" 2>&1 < /dev/null &
  echo $! > "$(pid_file mail)"
  WAIT_PID=$! wait_for mail 60 "$log" mail_ready
}

# ---- ReformHub services and gateway -----------------------------------------------------------------
app_jar() { echo "$ROOT/${MODULE[$1]}/target/quarkus-app/quarkus-run.jar"; }

build_if_needed() {
  local name missing=0
  for name in "${SERVICES[@]}"; do [ -f "$(app_jar "$name")" ] || missing=1; done
  if [ "$missing" = 1 ] || [ "${REFORMHUB_REBUILD:-0}" = 1 ]; then
    info "building the services (mvn package -DskipTests)"
    (cd "$ROOT" && mvn -B -DskipTests package) >"$LOG_DIR/build.log" 2>&1 || fail build "mvn package failed" "$LOG_DIR/build.log"
  fi
}

start_service() {
  local name="$1" log="$LOG_DIR/$1.log" app="$RUN_DIR/apps/$1"
  if running "$name"; then info "$name already running (port ${PORT[$name]})"; return 0; fi
  require_free_port "$name" "${PORT[$name]}" "${PORT_VARIABLE[$name]}"
  [ "$name" = gateway ] && require_free_port gateway "$GATEWAY_MANAGEMENT_PORT" GATEWAY_MANAGEMENT_PORT
  # run a copy: a rebuild under target/ must not pull the jars from under a running JVM
  rm -rf "$app"; mkdir -p "$app"
  cp -r "$ROOT/${MODULE[$name]}/target/quarkus-app/." "$app/"
  info "starting $name on 127.0.0.1:${PORT[$name]}"
  local jvm_opts="$SERVICE_JVM_OPTS"
  [ "$name" = gateway ] && jvm_opts="$GATEWAY_JVM_OPTS"
  # shellcheck disable=SC2086 # the options are a list
  setsid nohup java "-Xmx$SERVICE_HEAP" $jvm_opts -Dreformhub.run="$RUN_DIR" \
    -jar "$app/quarkus-run.jar" >>"$log" 2>&1 < /dev/null &
  echo $! > "$(pid_file "$name")"
}

# where a process answers /q/health: the gateway on its management port, the services on their own port
health_url() {
  if [ "$1" = gateway ]; then echo "http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/q/health/ready"
  else echo "http://127.0.0.1:${PORT[$1]}/q/health/ready"; fi
}

wait_service() {
  local name="$1"
  WAIT_PID="$(cat "$(pid_file "$name")")" wait_for "$name" "$HEALTH_TIMEOUT" "$LOG_DIR/$name.log" \
    http_ok "$(health_url "$name")"
}

# stop_pid NAME: SIGTERM the recorded PID, wait for it, escalate only for plain JVMs
stop_pid() {
  local name="$1" f pid i
  f="$(pid_file "$name")"
  if ! running "$name"; then rm -f "$f"; return 0; fi
  pid="$(cat "$f")"
  info "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    if [ "$name" = keycloak ]; then
      warn "keycloak (pid $pid) still running after 30 s; not killing kc.sh hard (its java would survive)"
      return 1
    fi
    warn "$name did not stop in 30 s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

start_infrastructure() {
  start_postgres
  start_kafka
  start_mail
  start_keycloak
}

start_platform() {
  build_if_needed
  local name
  for name in "${SERVICES[@]}"; do start_service "$name"; done
  for name in "${SERVICES[@]}"; do wait_service "$name"; done
}

# the services in reverse start order: the gateway first, so no caller reaches a stopping service
stop_order() {
  local i
  for (( i=${#SERVICES[@]}-1; i>=0; i-- )); do echo "${SERVICES[$i]}"; done
}

# ---- the browser of the portal widgets' tests (Debian's Chromium and its chromedriver) ---------------------
ensure_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    info "installing Chromium, chromedriver and a Chinese font for the browser tests (Debian packages, once)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-zenhei; } \
      >"$LOG_DIR/apt-browser.log" 2>&1 || fail browser "apt-get install chromium chromium-driver failed" "$LOG_DIR/apt-browser.log"
  else
    fail browser "the widget browser tests need Chromium and chromedriver: apt-get install chromium chromium-driver fonts-wqy-zenhei"
  fi
}

# check_test_prerequisites: what test.sh needs, checked before anything starts (a missing browser or npm used to be
# found minutes in, after the build); as root on Debian the browser and axe-core are installed here
check_test_prerequisites() {
  local java_major
  mkdir -p "$LOG_DIR"
  command -v java >/dev/null || fail prerequisites "a JDK 17+ is needed: apt-get install openjdk-17-jdk-headless"
  java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ "${java_major%%.*}" -ge 17 ] 2>/dev/null \
    || fail prerequisites "Java ${java_major:-?} found, 17 or later needed: apt-get install openjdk-17-jdk-headless"
  command -v mvn >/dev/null || fail prerequisites "Maven 3.9+ is needed: apt-get install maven"
  command -v curl >/dev/null || fail prerequisites "curl is needed: apt-get install curl"
  command -v npm >/dev/null \
    || fail prerequisites "npm (Node.js 18+) is needed for axe-core and the API documents' lint: apt-get install npm"
  ensure_browser
  ensure_axe
}

# ensure_axe: axe-core from the npm registry, injected by the browser tests into every console page they visit
ensure_axe() {
  local tools="$ROOT/e2e/browser-tools"
  [ -f "$tools/node_modules/axe-core/axe.min.js" ] && return 0
  command -v npm >/dev/null || fail browser "npm (Node.js 18+) is needed for the accessibility checks (axe-core): apt-get install npm"
  info "installing axe-core for the browser tests (npm ci, once)"
  (cd "$tools" && npm ci --no-audit --no-fund --ignore-scripts) >"$LOG_DIR/npm-browser.log" 2>&1 \
    || fail browser "npm ci in e2e/browser-tools failed" "$LOG_DIR/npm-browser.log"
}

# ---- API document lint: OpenAPI (Spectral + the OWASP API Security ruleset) and AsyncAPI, from the npm registry ---
lint_api_documents() {
  local lint="$ROOT/deploy/lint" name status=0 report
  if [ ! -x "$lint/node_modules/.bin/spectral" ] || [ ! -d "$lint/node_modules/@asyncapi/parser" ]; then
    command -v npm >/dev/null || fail lint "npm (Node.js 18+) is needed for the OpenAPI lint"
    info "installing the OpenAPI linter (npm ci, once)"
    (cd "$lint" && npm ci --no-audit --no-fund --ignore-scripts) >"$LOG_DIR/npm.log" 2>&1 || fail lint "npm ci failed" "$LOG_DIR/npm.log"
  fi
  for name in "${SERVICES[@]}"; do
    [ "$name" = gateway ] || [ "$name" = console ] && continue
    curl -fsS --max-time 10 "http://127.0.0.1:${PORT[$name]}/q/openapi?format=json" -o "$LOG_DIR/openapi-$name.json" \
      || { warn "cannot fetch the OpenAPI document of $name"; status=1; continue; }
    report="$("$lint/node_modules/.bin/spectral" lint -q -r "$lint/.spectral.yaml" -f text -F error \
      "$LOG_DIR/openapi-$name.json" 2>&1)" && info "OpenAPI of $name: 0 errors (spectral:oas + OWASP)" || {
      warn "OpenAPI of $name has lint errors:"; printf '%s\n' "$report" | tail -n 40 >&2; status=1; }
  done
  # the events' AsyncAPI document: structure and references (its examples are checked by DocumentedExamplesTest)
  report="$(node "$lint/asyncapi-validate.mjs" "$ROOT/docs/events/asyncapi.yaml" 2>&1)" && info "AsyncAPI: $report" || {
    warn "AsyncAPI document has errors:"; printf '%s\n' "$report" | tail -n 40 >&2; status=1; }
  return $status
}

stop_everything() {
  local name
  for name in $(stop_order); do stop_pid "$name"; done
  stop_pid keycloak || true
  stop_pid mail
  stop_pid kafka
  stop_pid kafka-components # test.sh's broker for the component tests, when its run folder is stopped
  stop_postgres
}
