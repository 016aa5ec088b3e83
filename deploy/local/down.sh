#!/usr/bin/env bash
# Stops exactly what up.sh (or test.sh) started, by the PIDs recorded in the run folder. Data stays.
source "$(dirname "$0")/lib.sh"
stop_everything
info "stopped; data kept in $RUN_DIR"
