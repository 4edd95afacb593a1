# Sourced by broker.sh and provision.sh (POSIX sh: the apache/kafka image is Alpine).

die() { echo "kafka: $*" >&2; exit 1; }

# kafka_tool <script> <class> args…: a Kafka tool from the image (/opt/kafka/bin/<script>.sh), or from
# the Maven jars in $KAFKA_LIBS (the test broker of tests/integration/test_kafka_acl.py).
kafka_tool() {
  script=$1 class=$2
  shift 2
  if [ -n "${KAFKA_LIBS:-}" ]; then
    # shellcheck disable=SC2086  # KAFKA_JAVA_OPTS is a list of options
    java ${KAFKA_JAVA_OPTS:-} -cp "$KAFKA_LIBS/*" "$class" "$@"
  else
    "${KAFKA_HOME:-/opt/kafka}/bin/$script.sh" "$@"
  fi
}

# password <user>: the user's password from $KAFKA_SECRETS/<user> (Docker secrets: /run/secrets).
# Letters, digits, '-' and '_' only, at least 16: it goes into JAAS and SCRAM strings unquoted.
password() {
  file="${KAFKA_SECRETS:-/run/secrets}/$1"
  [ -r "$file" ] || die "no password for $1: $file is missing"
  value=$(tr -d '\r\n' <"$file")
  case $value in
    *[!A-Za-z0-9_-]*) die "the password in $file may hold letters, digits, '-' and '_' only" ;;
  esac
  [ ${#value} -ge 16 ] || die "the password in $file is shorter than 16 characters"
  printf '%s' "$value"
}

# admin_properties <file>: client settings to log in as the super user admin (kafka-* --command-config).
admin_properties() {
  admin_password=$(password admin)
  (umask 077 && cat >"$1" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin_password";
PROPS
  )
}
