# shellcheck shell=bash
# PostgreSQL: one local cluster (Debian's binaries), a database per service and Keycloak's; sourced by lib.sh.

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
