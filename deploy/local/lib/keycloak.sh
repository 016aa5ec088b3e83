# shellcheck shell=bash
# Keycloak from Maven Central, its data in PostgreSQL, the realm imported from deploy/keycloak. Sourced by lib.sh.

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
