#!/usr/bin/env bash
# stop|start|restart one component (kafka, keycloak, postgres, mail, or a service of the SERVICE_TABLE) of the
# platform that up.sh or test.sh started, with the same settings. Used by the end-to-end outage and restart tests.
source "$(dirname "$0")/lib.sh"
action="${1:-}" component="${2:-}"
usage="usage: $0 stop|start|restart kafka|keycloak|postgres|mail|$(IFS="|"; echo "${SERVICES[*]}")"
service=0
case "$component" in
  kafka|keycloak|postgres|mail) ;;
  *) if [[ " ${SERVICES[*]} " == *" $component "* ]]; then service=1; else echo "$usage" >&2; exit 2; fi ;;
esac
stop_component() { if [ "$1" = postgres ]; then stop_postgres; else stop_pid "$1"; fi; }
start_component() {
  if [ "$service" = 1 ]; then start_service "$1"; wait_service "$1"; else "start_$1"; fi
}
case "$action" in
  stop) stop_component "$component" ;;
  start) start_component "$component" ;;
  restart) stop_component "$component"; start_component "$component" ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
