#!/usr/bin/env bash
# stop|start the local Kafka broker started by up.sh/test.sh. Used by the end-to-end outage test.
source "$(dirname "$0")/lib.sh"
case "${1:-}" in
  stop) stop_pid kafka ;;
  start) start_kafka ;;
  *) echo "usage: $0 stop|start" >&2; exit 2 ;;
esac
