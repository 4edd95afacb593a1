#!/usr/bin/env bash
# Stops what this profile's scripts started — by the PIDs they recorded, nothing else.
set -uo pipefail
. "$(dirname "$0")/env.sh"
[ -d "$PIDS" ] || exit 0
# Services first (they talk to the servers), Kafka last so consumers can leave their group.
for name in $(ls "$PIDS" | sed 's/\.pid$//' | grep -v -x -e kafka -e versitygw -e ferretdb) ferretdb versitygw kafka; do
  f="$PIDS/$name.pid"; [ -f "$f" ] || continue
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    log "stopped $name ($pid)"
  fi
  rm -f "$f"
done
