#!/usr/bin/env bash
# A fresh test stack (wiped state, own ports), the integration tests against it, then stop.
# Extra arguments go to pytest (e.g. -k webhook).
set -uo pipefail
export SZAMLATAR_PROFILE=test
. "$(dirname "$0")/env.sh"
"$ROOT/deploy/local/stop.sh"
rm -rf "$STATE"
"$ROOT/deploy/local/start.sh" || exit 1
. "$STATE/secrets.env"
export SZAMLATAR_TEST_LOGS="$LOGS"
"$ROOT/.venv/bin/pytest" -q tests/integration "$@"
rc=$?
[ $rc -eq 5 ] && echo "no integration tests were collected" >&2
"$ROOT/deploy/local/stop.sh"
[ $rc -ne 0 ] && echo "integration logs: $LOGS" >&2
exit $rc
