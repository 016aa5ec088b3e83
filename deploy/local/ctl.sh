#!/usr/bin/env bash
# stop|start|restart one infrastructure component (kafka, keycloak, postgres, mail) of the platform that up.sh
# or test.sh started, with the same settings. Used by the end-to-end outage and persistence tests.
source "$(dirname "$0")/lib.sh"
action="${1:-}" component="${2:-}"
case "$component" in
  kafka|keycloak|postgres|mail) ;;
  *) echo "usage: $0 stop|start|restart kafka|keycloak|postgres|mail" >&2; exit 2 ;;
esac
stop_component() { if [ "$1" = postgres ]; then stop_postgres; else stop_pid "$1"; fi; }
case "$action" in
  stop) stop_component "$component" ;;
  start) "start_$component" ;;
  restart) stop_component "$component"; "start_$component" ;;
  *) echo "usage: $0 stop|start|restart kafka|keycloak|postgres|mail" >&2; exit 2 ;;
esac
