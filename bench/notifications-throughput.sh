#!/usr/bin/env bash
# Notification throughput benchmark (issue: notifications, item 8). Appeal-assigned events are published on
# reform.appeals the way the appeal service publishes them (bench/NotificationsLoad.java, one notification each),
# and the notification service turns them into inbox rows — consumer, idempotency record, template, notification,
# its delivery.sent event in the outbox, commit. Per round:
#   1. full load: COUNT events published as fast as the producer can; events/s = COUNT over the time from the first
#      publication to the last inbox row;
#   2. half that rate for SECONDS, paced; latency = inbox row time minus the event's publication time (carried in
#      its id), p50 and p99.
# At the end: every event is one inbox row, none twice, and every row's delivery.sent event was published.
#
# It runs on a platform of its own (run folder .run-bench, its own PostgreSQL and Kafka ports, the notification
# service with the full JIT) and deletes that platform's data at the end: nothing touches a platform of yours.
#
#   bench/notifications-throughput.sh [rounds, default 3] [events at full load, default 60000] [seconds at half rate, default 20]
#   BENCH_KEEP=1   leave the benchmark platform running with its data
source "$(dirname "$0")/lib.sh"

ROUNDS="${1:-3}"
COUNT="${2:-60000}"
HALF_SECONDS="${3:-20}"
RUN="$(date +%s)"

trap 'bench_cleanup notifications' EXIT

start_postgres
start_kafka
build_if_needed
# no token is needed (the load arrives over Kafka); the service starts without reaching Keycloak
stop_pid notifications; start_service notifications; wait_service notifications

sql() { PGPASSWORD="$REFORMHUB_DB_PASSWORD" psql -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U "$REFORMHUB_DB_USER" -d reformhub_notifications -qtA "$@"; }
load() { # phase count rate [first]
  java -Xmx256m -cp "$RUN_DIR/kafka/libs/*" "$ROOT_DIR/bench/NotificationsLoad.java" "$KAFKA_BOOTSTRAP_SERVERS" "$RUN" "$@"
}
rows() { sql -c "select count(*) from notification where source_event_id like 'bench-$RUN-$1-%'"; }
wait_rows() { # phase expected
  local waited=0
  until [ "$(rows "$1")" -ge "$2" ]; do
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt 1200 ] || fail bench "only $(rows "$1") of $2 notifications after 600 s" "$LOG_DIR/notifications.log"
  done
}
# publication time (ms, from the event id) to inbox row, per row of a phase
LATENCY="(extract(epoch from created_at) * 1000 - split_part(source_event_id, '-', 5)::bigint)"

info "warming up (20,000 events: the JIT compiles the consumer's hot path)"
load warm 20000 0 > /dev/null
wait_rows warm 20000
RESULTS="$LOG_DIR/bench-notifications.txt"
: > "$RESULTS"
info "measuring: $ROUNDS rounds of $COUNT events at full load, then half that rate for ${HALF_SECONDS}s"
published=20000
for ((round = 1; round <= ROUNDS; round++)); do
  load "full$round" "$COUNT" 0 > /dev/null
  wait_rows "full$round" "$COUNT"
  rate=$(sql -c "select round($COUNT / (extract(epoch from max(created_at)) - min(split_part(source_event_id, '-', 5)::bigint) / 1000.0))
                 from notification where source_event_id like 'bench-$RUN-full$round-%'")
  half=$(( rate / 2 ))
  load "half$round" $(( half * HALF_SECONDS )) "$half" > /dev/null
  wait_rows "half$round" $(( half * HALF_SECONDS ))
  read -r p50 p99 max <<< "$(sql -F ' ' -c "select round(percentile_cont(0.5) within group (order by $LATENCY)),
      round(percentile_cont(0.99) within group (order by $LATENCY)), round(max($LATENCY))
      from notification where source_event_id like 'bench-$RUN-half$round-%'")"
  published=$(( published + COUNT + half * HALF_SECONDS ))
  echo "$round $rate $half $p50 $p99 $max" | tee -a "$RESULTS"
done
sleep 3
total=$(sql -c "select count(*) from notification where source_event_id like 'bench-$RUN-%'")
distinct=$(sql -c "select count(distinct source_event_id) from notification where source_event_id like 'bench-$RUN-%'")
announced=$(sql -c "select count(*) from outbox_event where event_type = 'reform.notifications.delivery.sent.v1' and published_at is not null")
pending=$(sql -c "select count(*) from outbox_event where published_at is null")
python3 - "$RESULTS" "$published" "$total" "$distinct" "$announced" "$pending" <<'PY'
import sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
published, total, distinct, announced, pending = (int(x) for x in sys.argv[2:7])
print()
print("round  events/s (full load)  |  half rate/s  p50 ms  p99 ms  max ms")
for r in rows:
    print(f"{int(r[0]):5d}  {r[1]:20.0f}  |  {r[2]:11.0f}  {r[3]:6.0f}  {r[4]:6.0f}  {r[5]:6.0f}")
print()
print(f"events/s: {min(r[1] for r in rows):.0f}-{max(r[1] for r in rows):.0f} (goal >= 2000); p99 at half rate: "
      f"{min(r[4] for r in rows):.0f}-{max(r[4] for r in rows):.0f} ms (goal <= 500 ms)")
print(f"events published: {published}; inbox rows: {total}; distinct events among them: {distinct}; "
      f"delivery.sent published: {announced}; outbox pending: {pending}")
ok = total == published and distinct == published and announced == published and pending == 0
print("none lost, none twice" if ok else "MISMATCH: notifications lost or duplicated")
sys.exit(0 if ok else 1)
PY
