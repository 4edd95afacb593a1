#!/bin/sh
# Kafka users and ACLs, from deploy/kafka/acls.conf. Logs in as the super user admin.
#
#   provision.sh services          each Számlatár process's SCRAM user (password: $KAFKA_SECRETS/<user>)
#                                  and its ACLs; docker-compose.yml's kafka-access service runs it
#                                  once per `up`, so changed passwords and ACLs take effect
#   provision.sh producer <user>   a billing system's own principal, allowed to write invoice.raw and
#                                  nothing else; its password from $KAFKA_SECRETS/<user>, or drawn
#                                  and printed once when that file does not exist
#
# KAFKA_BOOTSTRAP (kafka:9092) and KAFKA_SECRETS (/run/secrets); KAFKA_LIBS runs the tools from jars.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
: "${KAFKA_BOOTSTRAP:=kafka:9092}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
admin_properties "$work/admin.properties"

scram_user() {  # user password: create or update the user's SCRAM-SHA-512 credential
  # On the command line: --add-config-file turns the mechanism's '-' into '_' and refuses it.
  kafka_tool kafka-configs kafka.admin.ConfigCommand --bootstrap-server "$KAFKA_BOOTSTRAP" \
    --command-config "$work/admin.properties" --alter --entity-type users --entity-name "$1" \
    --add-config "SCRAM-SHA-512=[password=$2]" >/dev/null
}

allow() {  # user operations resource…: one acls.conf line, one kafka-acls call
  user=$1 operations=$2
  shift 2
  pattern="" args=""
  for resource in "$@"; do
    case $resource in
      topic:*) kind=literal args="$args --topic ${resource#topic:}" ;;
      group:*) kind=literal args="$args --group ${resource#group:}" ;;
      prefixed-topic:*) kind=prefixed args="$args --topic ${resource#prefixed-topic:}" ;;
      *) die "acls.conf: $user: unknown resource $resource" ;;
    esac
    [ -z "$pattern" ] || [ "$pattern" = "$kind" ] || die "acls.conf: $user: a prefixed resource needs a line of its own"
    pattern=$kind
  done
  for op in $(echo "$operations" | tr ',' ' '); do args="$args --operation $op"; done
  # shellcheck disable=SC2086  # names and operations hold no blanks (acls.conf)
  kafka_tool kafka-acls kafka.admin.AclCommand --bootstrap-server "$KAFKA_BOOTSTRAP" \
    --command-config "$work/admin.properties" --add --allow-principal "User:$user" \
    --resource-pattern-type "$pattern" $args >/dev/null
}

acl_lines() {  # the acls.conf lines of principal $1 (a user, or @producer): operations resources…
  while read -r principal operations resources; do
    [ "$principal" = "$1" ] && echo "$operations $resources"
  done <"$here/acls.conf"
  return 0
}

case "${1:-}" in
  services)
    # One user per background job (each tool is a JVM start: seconds), then every job's outcome.
    pids=""
    for user in $(awk '$1 !~ /^(#|@)/ && NF {print $1}' "$here/acls.conf" | sort -u); do
      (
        scram_user "$user" "$(password "$user")"
        acl_lines "$user" | while read -r operations resources; do
          # shellcheck disable=SC2086
          allow "$user" "$operations" $resources
        done
        echo "kafka: $user: SCRAM user and ACLs in place"
      ) >"$work/$user.log" 2>&1 &
      pids="$pids $!"
    done
    failed=0
    for pid in $pids; do wait "$pid" || failed=1; done
    cat "$work"/*.log
    [ "$failed" = 0 ] || die "provisioning failed (above)"
    ;;
  producer)
    user=${2:-}
    echo "$user" | grep -Eqx '[A-Za-z0-9][A-Za-z0-9._-]{0,127}' || die "usage: provision.sh producer <user>"
    awk '$1 !~ /^(#|@)/ && NF {print $1}' "$here/acls.conf" | grep -qx "$user" \
      && die "$user is a Számlatár process, not a producer"
    if [ -e "${KAFKA_SECRETS:-/run/secrets}/$user" ]; then
      secret=$(password "$user") drawn=""
    else
      secret=$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n') drawn=yes
    fi
    scram_user "$user" "$secret"
    acl_lines @producer | while read -r operations resources; do
      # shellcheck disable=SC2086
      allow "$user" "$operations" $resources
    done
    echo "kafka: producer $user: SCRAM user, Write on invoice.raw only"
    [ -z "$drawn" ] || echo "password of $user (shown once): $secret"
    ;;
  *) die "usage: provision.sh services | provision.sh producer <user>" ;;
esac
