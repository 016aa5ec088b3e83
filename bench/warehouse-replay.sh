#!/usr/bin/env bash
# Warehouse replay benchmark (issue: data-warehouse feed, item 4). COUNT events of the platform's types, made from the
# documented examples (bench/WarehouseEvents.java: cases through every stage, their deliveries, reports, status
# changes, KPI values, measure updates, missing reports, supervision notices), are published once to the benchmark
# platform's topics. Then, per run, the loader replays them from offset 0 into an empty warehouse (the database is
# dropped and created again, Flyway builds the schema): events/s = events loaded / time from the first committed
# batch to the last (read from load_offset every 0.2 s; the JVM's start and the migration are not counted).
# Anchor, in the same run: a plain Kafka consumer reading the same topics and only counting.
# After each run: rows per table against the mix, nothing skipped or parked, and every run's table digests equal.
#
# It runs on a platform of its own (run folder .run-bench: PostgreSQL, Kafka, the loader with the full JIT) and
# deletes that platform's data at the end: nothing touches a platform of yours.
#
#   bench/warehouse-replay.sh [runs, default 3] [events, default 1000000]
#   BENCH_KEEP=1   leave the benchmark platform running with its data
export REFORMHUB_SERVICE_HEAP="${REFORMHUB_SERVICE_HEAP:-512m}"
source "$(dirname "$0")/lib.sh"

RUNS="${1:-3}"
COUNT="${2:-1000000}"

trap 'bench_cleanup warehouse-loader' EXIT

start_postgres
start_kafka
build_if_needed
stop_pid warehouse-loader

sql() { PGPASSWORD="$REFORMHUB_DB_PASSWORD" psql -h 127.0.0.1 -p "$REFORMHUB_DB_PORT" -U "$REFORMHUB_DB_USER" -qtA "$@"; }
events() { java -Xmx512m -cp "$RUN_DIR/kafka/libs/*" "$ROOT_DIR/bench/WarehouseEvents.java" "$@"; }
loaded() { sql -d reformhub_warehouse -c "select coalesce(sum(next_offset), 0) from load_offset" 2>/dev/null || echo 0; }
DIGEST="select string_agg(t || ':' || n || ':' || d, ' ' order by t) from (
  select 'fact_appeal' t, count(*) n, md5(string_agg(x::text, '' order by x::text)) d from fact_appeal x union all
  select 'fact_appeal_rating', count(*), md5(string_agg(x::text, '' order by x::text)) from fact_appeal_rating x union all
  select 'fact_notification_delivery', count(*), md5(string_agg(x::text, '' order by x::text)) from fact_notification_delivery x union all
  select 'fact_progress_report', count(*), md5(string_agg(x::text, '' order by x::text)) from fact_progress_report x union all
  select 'fact_measure_status_change', count(*), md5(string_agg(x::text, '' order by x::text)) from fact_measure_status_change x union all
  select 'dim_measure', count(*), md5(string_agg(x::text, '' order by x::text)) from dim_measure x union all
  select 'dim_department', count(*), md5(string_agg(x::text, '' order by x::text)) from dim_department x) s"

info "publishing $COUNT events (made from docs/events/examples) to the benchmark platform's topics"
read -r published appeals_and_more <<< "$(events publish "$KAFKA_BOOTSTRAP_SERVERS" "$ROOT_DIR/docs/events/examples" "$COUNT" | tail -1)"
[ "$published" = "$COUNT" ] || fail bench "published $published of $COUNT events"

RESULTS="$LOG_DIR/bench-warehouse.txt"
: > "$RESULTS"
for ((run = 1; run <= RUNS; run++)); do
  info "run $run: reading the topics with a plain consumer (anchor)"
  anchor=$(events read "$KAFKA_BOOTSTRAP_SERVERS" "$COUNT" | tail -1)
  info "run $run: replaying $COUNT events into an empty warehouse"
  psql_admin -d postgres -c "drop database if exists reformhub_warehouse with (force)"
  psql_admin -d postgres -c "create database reformhub_warehouse owner \"$REFORMHUB_DB_USER\" encoding 'UTF8' template template0"
  start_service warehouse-loader
  first_at="" first=0 waited=0
  while :; do
    now=$(date +%s.%N); n=$(loaded)
    if [ -z "$first_at" ] && [ "$n" -gt 0 ]; then first_at=$now first=$n; fi
    [ "$n" -ge "$COUNT" ] && break
    running warehouse-loader || fail bench "the loader stopped" "$LOG_DIR/warehouse-loader.log"
    sleep 0.2; waited=$((waited + 1))
    [ "$waited" -lt 6000 ] || fail bench "only $n of $COUNT events loaded after 20 min" "$LOG_DIR/warehouse-loader.log"
  done
  rate=$(python3 -c "print(round(($COUNT - $first) / ($now - $first_at)))")
  digest=$(sql -d reformhub_warehouse -c "$DIGEST")
  skipped=$(sql -d reformhub_warehouse -c "select coalesce(sum(events), 0) from load_skipped_type")
  rejected=$(sql -d reformhub_warehouse -c "select count(*) from load_rejected")
  stop_pid warehouse-loader
  echo "$run $rate $anchor $skipped $rejected $digest" | tee -a "$RESULTS"
done

python3 - "$RESULTS" "$COUNT" <<'PY'
import sys
rows = [line.split(None, 5) for line in open(sys.argv[1])]
count = int(sys.argv[2])
print()
print("run  loader events/s  plain read events/s (anchor)  loader/anchor  skipped  parked")
for r in rows:
    print(f"{r[0]:>3}  {int(r[1]):15d}  {int(r[2]):28d}  {int(r[1]) / int(r[2]):13.0%}  {r[3]:>7}  {r[4]:>6}")
rates = [int(r[1]) for r in rows]
anchors = [int(r[2]) for r in rows]
print()
print(f"loader: {min(rates)}-{max(rates)} events/s over {len(rows)} runs of {count} events (goal >= 20000); "
      f"plain read: {min(anchors)}-{max(anchors)} events/s")
print("tables: " + rows[0][5].strip().replace(" ", "\n        "))
same = len({r[5] for r in rows}) == 1
clean = all(r[3] == "0" and r[4] == "0" for r in rows)
print("every run built identical tables" if same else "MISMATCH: runs built different tables")
print("nothing skipped or parked" if clean else "MISMATCH: events skipped or parked")
sys.exit(0 if same and clean and min(rates) > 0 else 1)
PY
