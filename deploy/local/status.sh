#!/usr/bin/env bash
# What runs, on which port, healthy or not. Exit status 0 only when every component is healthy.
source "$(dirname "$0")/lib.sh"
set +e
unhealthy=0
row() { # NAME PORT CHECK...
  local name="$1" port="$2"; shift 2
  local pid="-" state rss="-"
  if running "$name"; then
    pid="$(cat "$(pid_file "$name")")"
    # with its children: kc.sh's JVM is a child of the recorded PID
    rss="$( (ps -o rss= -p "$pid"; ps -o rss= --ppid "$pid") 2>/dev/null | awk '{s+=$1} END {printf "%d MB", s/1024}')"
    if "$@" >/dev/null 2>&1; then state="healthy"; else state="UNHEALTHY"; unhealthy=1; fi
  else
    state="stopped"; unhealthy=1
  fi
  printf '%-20s %-7s %-8s %-10s %s\n' "$name" "$port" "$pid" "$rss" "$state"
}
printf '%-20s %-7s %-8s %-10s %s\n' COMPONENT PORT PID RSS STATE
row postgres "$REFORMHUB_DB_PORT" psql_admin -d postgres -c "select 1"
row kafka "$KAFKA_PORT" port_open "$KAFKA_PORT"
row mail "$MAIL_SMTP_PORT" mail_ready
row keycloak "$KEYCLOAK_PORT" http_ok "$REFORMHUB_OIDC_URL/.well-known/openid-configuration"
for name in "${SERVICES[@]}"; do
  row "$name" "${PORT[$name]}" http_ok "$(health_url "$name")"
done
echo "run folder: $RUN_DIR"
exit $unhealthy
