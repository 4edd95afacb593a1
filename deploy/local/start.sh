#!/usr/bin/env bash
# Starts Kafka (KRaft), versitygw and FerretDB for $SZAMLATAR_PROFILE, waits until each answers,
# then creates topics, buckets and indexes (`szamlatar stack init`). Idempotent: a server that
# is already running from this state directory is left alone.
set -euo pipefail
. "$(dirname "$0")/env.sh"
"$ROOT/deploy/local/install.sh"
mkdir -p "$LOGS" "$PIDS"

if [ ! -f "$STATE/secrets.env" ]; then
  umask 077
  {
    echo "export SZAMLATAR_S3_ACCESS_KEY=szt$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    echo "export SZAMLATAR_S3_SECRET_KEY=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    echo "export SZAMLATAR_KEK=$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
  } >"$STATE/secrets.env"
  . "$STATE/secrets.env"
fi

running() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

wait_for() {  # name logfile timeout command...
  local name=$1 logfile=$2 timeout=$3; shift 3
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if ! running "$name"; then die "$name exited during start-up; see $logfile"; fi
    if [ $SECONDS -ge $deadline ]; then die "$name did not answer within ${timeout}s; see $logfile"; fi
    sleep 0.3
  done
  log "$name is up ($logfile)"
}

tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- Kafka, single node KRaft (combined broker+controller) --------------------------------------
if ! running kafka; then
  mkdir -p "$STATE/kafka"
  sed -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
      -e "s#@DATA@#$STATE/kafka/data#g" "$ROOT/deploy/local/kafka/server.properties" >"$STATE/kafka/server.properties"
  JAVA_OPTS=(-Xms256m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true
             -Dkafka.logs.dir="$LOGS" -Dlog4j.configuration="file:$ROOT/deploy/local/kafka/log4j.properties")
  if [ ! -f "$STATE/kafka/data/meta.properties" ]; then
    # A cluster id is 16 random bytes in URL-safe base64; one starting with "-" would be read as an
    # option by the storage tool (1 start in 64 failed that way), so draw again until it does not.
    cid=$(python3 -c 'import base64,uuid
while (s := base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")).startswith("-"): pass
print(s)')
    java "${JAVA_OPTS[@]}" -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format -t "$cid" \
      -c "$STATE/kafka/server.properties" --ignore-formatted >"$LOGS/kafka-format.log" 2>&1 \
      || { tail -n 20 "$LOGS/kafka-format.log" >&2; die "formatting Kafka storage failed; see $LOGS/kafka-format.log"; }
  fi
  nohup java "${JAVA_OPTS[@]}" -cp "$KAFKA_LIBS/*" kafka.Kafka "$STATE/kafka/server.properties" \
    >"$LOGS/kafka.out" 2>&1 &
  echo $! >"$PIDS/kafka.pid"
fi

# --- versitygw (S3 with versioning + object lock), posix backend -------------------------------
if ! running versitygw; then
  # --keep-alive: without it the server answers every request with "Connection: close", so each S3
  # read, stat and put of the worker and the API opened a new TCP connection.
  mkdir -p "$STATE/s3/data" "$STATE/s3/versions" "$STATE/s3/meta"
  ROOT_ACCESS_KEY="$SZAMLATAR_S3_ACCESS_KEY" ROOT_SECRET_KEY="$SZAMLATAR_S3_SECRET_KEY" \
    nohup "$BIN/versitygw" --port "127.0.0.1:$S3_PORT" --quiet --keep-alive posix \
      --versioning-dir "$STATE/s3/versions" --sidecar "$STATE/s3/meta" "$STATE/s3/data" \
      >"$LOGS/versitygw.log" 2>&1 &
  echo $! >"$PIDS/versitygw.pid"
fi

# --- FerretDB on SQLite ---------------------------------------------------------------------------
if ! running ferretdb; then
  mkdir -p "$STATE/ferretdb/data" "$STATE/ferretdb/state"
  nohup "$FERRETDB_BIN" --handler=sqlite --sqlite-url="file:$STATE/ferretdb/data/" \
    --listen-addr="127.0.0.1:$MONGO_PORT" --debug-addr=- --telemetry=disable \
    --state-dir="$STATE/ferretdb/state" --log-level=warn >"$LOGS/ferretdb.log" 2>&1 &
  echo $! >"$PIDS/ferretdb.pid"
fi

# --- the local RFC 3161 TSA (development kit; production points SZAMLATAR_TSA_URL at a trust service)
if ! running tsa; then
  nohup "$ROOT/.venv/bin/szamlatar" emulator tsa --port "$TSA_PORT" --dir "$STATE/tsa" >"$LOGS/tsa.log" 2>&1 &
  echo $! >"$PIDS/tsa.pid"
fi

wait_for versitygw "$LOGS/versitygw.log" 30 tcp_open "$S3_PORT"
wait_for ferretdb "$LOGS/ferretdb.log" 30 tcp_open "$MONGO_PORT"
wait_for kafka "$LOGS/server.log" 90 tcp_open "$KAFKA_PORT"
tsa_up() { [ -s "$STATE/tsa/chain.pem" ] && curl -fs "http://127.0.0.1:$TSA_PORT/healthz"; }
wait_for tsa "$LOGS/tsa.log" 60 tsa_up

"$ROOT/.venv/bin/szamlatar" stack init --wait 60 || die "stack init failed (topics/buckets/indexes); logs in $LOGS"
log "stack '$SZAMLATAR_PROFILE' ready: Kafka 127.0.0.1:$KAFKA_PORT  S3 http://127.0.0.1:$S3_PORT  MongoDB 127.0.0.1:$MONGO_PORT"
