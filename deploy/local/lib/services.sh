# shellcheck shell=bash
# ReformHub's own processes (the services, the console, the gateway) from the table in lib.sh. Sourced by lib.sh.

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


stop_everything() {
  local name
  for name in $(stop_order); do stop_pid "$name"; done
  stop_pid keycloak || true
  stop_pid mail
  stop_pid kafka
  stop_pid kafka-components # test.sh's broker for the component tests, when its run folder is stopped
  stop_postgres
}
