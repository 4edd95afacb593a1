#!/bin/sh
# Starts the broker of deploy/kafka/server.properties: formats its storage the first time, with the
# super user admin's SCRAM credential (nothing can log in before it exists), then runs Kafka.
#   docker-compose.yml: the kafka service's command, with the image's tools and /run/secrets.
#   tests/integration/test_kafka_acl.py: KAFKA_LIBS (the local stack's jars), its own ports and dirs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

: "${BROKER_DATA:=/var/lib/kafka/data}"                      # log.dirs (a volume)
: "${BROKER_CONFIG:=/tmp/szamlatar-kafka/server.properties}"  # holds the admin password: never on a volume
: "${BROKER_INTERNAL_LISTENER:=:9092}" "${BROKER_INTERNAL_ADVERTISED:=kafka:9092}"
: "${BROKER_EXTERNAL_LISTENER:=:9094}" "${BROKER_EXTERNAL_ADVERTISED:?the host and port billing systems reach}"
: "${BROKER_CONTROLLER_PORT:=9093}" "${BROKER_TLS_PEM:=${KAFKA_SECRETS:-/run/secrets}/kafka-tls.pem}"

[ -r "$BROKER_TLS_PEM" ] || die "no TLS key and certificate for the EXTERNAL listener: $BROKER_TLS_PEM"
admin=$(password admin)
umask 077
mkdir -p "$(dirname "$BROKER_CONFIG")" "$BROKER_DATA"
sed -e "s#@INTERNAL_LISTENER@#$BROKER_INTERNAL_LISTENER#" -e "s#@INTERNAL_ADVERTISED@#$BROKER_INTERNAL_ADVERTISED#" \
    -e "s#@EXTERNAL_LISTENER@#$BROKER_EXTERNAL_LISTENER#" -e "s#@EXTERNAL_ADVERTISED@#$BROKER_EXTERNAL_ADVERTISED#" \
    -e "s#@CONTROLLER_PORT@#$BROKER_CONTROLLER_PORT#g" -e "s#@TLS_PEM@#$BROKER_TLS_PEM#" \
    -e "s#@DATA@#$BROKER_DATA#" -e "s#@ADMIN_PASSWORD@#$admin#g" "$here/server.properties" >"$BROKER_CONFIG"

# For the container's health check (and an operator's kafka-* commands): log in as admin.
admin_properties "$(dirname "$BROKER_CONFIG")/admin.properties"

if [ ! -f "$BROKER_DATA/meta.properties" ]; then
  # 16 random bytes, URL-safe base64; one starting with '-' would be read as an option.
  cluster=-
  while [ "${cluster#-}" != "$cluster" ]; do
    cluster=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  done
  kafka_tool kafka-storage kafka.tools.StorageTool format --cluster-id "$cluster" --config "$BROKER_CONFIG" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$admin]" --ignore-formatted
fi
if [ -n "${KAFKA_LIBS:-}" ]; then
  # shellcheck disable=SC2086
  exec java ${KAFKA_JAVA_OPTS:-} -cp "$KAFKA_LIBS/*" kafka.Kafka "$BROKER_CONFIG"
fi
exec "${KAFKA_HOME:-/opt/kafka}/bin/kafka-server-start.sh" "$BROKER_CONFIG"
