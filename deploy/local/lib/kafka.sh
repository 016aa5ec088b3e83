# shellcheck shell=bash
# Kafka in KRaft mode, one node, from Maven Central jars; the platform's topics and DLQs. Sourced by lib.sh.

# ---- Kafka (KRaft, single node, from Maven Central jars) --------------------------------------------
fetch_kafka() {
  local libs="$RUN_DIR/kafka/libs"
  if [ -f "$libs/.complete" ]; then return 0; fi
  info "fetching the Kafka broker from Maven Central (once)"
  mvn -B -q -f "$ROOT/deploy/local/fetch/kafka-pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$libs" >"$LOG_DIR/fetch-kafka.log" 2>&1 || fail kafka "could not fetch the broker jars" "$LOG_DIR/fetch-kafka.log"
  touch "$libs/.complete"
}

kafka_java() { # CLASS ARGS...: runs a Kafka tool class with the broker's classpath
  java -Xmx128m -cp "$RUN_DIR/kafka/libs/*" -Dlog4j2.configurationFile="$RUN_DIR/kafka/log4j2.properties" "$@"
}

# start_kafka [NAME PORT CONTROLLER_PORT VARIABLE_PREFIX]: the platform's broker by default; test.sh starts a second
# one (NAME kafka-components, ports from COMPONENT_KAFKA_*) for the component tests, so that the platform's topics
# carry the platform's events only
start_kafka() {
  local name="${1:-kafka}" port="${2:-$KAFKA_PORT}" controller_port="${3:-$KAFKA_CONTROLLER_PORT}" prefix="${4:-}"
  local dir="$RUN_DIR/$name" log="$LOG_DIR/$name.log"
  if running "$name"; then info "$name already running (port $port)"; return 0; fi
  require_free_port "$name" "$port" "${prefix}KAFKA_PORT"
  require_free_port "$name" "$controller_port" "${prefix}KAFKA_CONTROLLER_PORT"
  fetch_kafka
  mkdir -p "$dir/data"
  cat > "$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=8388608
num.network.threads=2
num.io.threads=2
log.retention.hours=-1
EOF
  cat > "$dir/log4j2.properties" <<'EOF'
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.stdout.ref = STDOUT
logger.kafka.name = kafka
logger.kafka.level = warn
logger.apache.name = org.apache.kafka
logger.apache.level = warn
EOF
  if [ ! -f "$dir/data/meta.properties" ]; then
    info "formatting Kafka storage"
    kafka_java kafka.tools.StorageTool format -t "$(kafka_java kafka.tools.StorageTool random-uuid)" \
      -c "$dir/server.properties" --standalone >>"$log" 2>&1 || fail kafka "storage format failed" "$log"
  fi
  info "starting $name on 127.0.0.1:$port"
  setsid nohup java "-Xmx$KAFKA_HEAP" "-Xms$KAFKA_HEAP" -XX:+UseSerialGC -cp "$RUN_DIR/kafka/libs/*" \
    -Dlog4j2.configurationFile="$dir/log4j2.properties" -Dreformhub.run="$RUN_DIR" \
    kafka.Kafka "$dir/server.properties" >>"$log" 2>&1 < /dev/null &
  echo $! > "$(pid_file "$name")"
  WAIT_PID=$! wait_for "$name" 90 "$log" port_open "$port"
  create_topics "127.0.0.1:$port"
}

create_topics() { # BOOTSTRAP
  local bootstrap="$1" log="$LOG_DIR/kafka-topics.log" existing topic missing=()
  existing="$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$bootstrap" --list 2>>"$log")" \
    || fail kafka "cannot list topics" "$log"
  for topic in "${TOPICS[@]}" "${TOPICS[@]/%/.dlq}"; do
    grep -qx "$topic" <<<"$existing" || missing+=("$topic")
  done
  for topic in "${missing[@]}"; do
    info "creating topic $topic"
    kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$bootstrap" --create --if-not-exists \
      --topic "$topic" --partitions 3 --replication-factor 1 >>"$log" 2>&1 || fail kafka "cannot create topic $topic" "$log"
  done
}
