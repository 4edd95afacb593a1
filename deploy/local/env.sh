# Sourced by the local stack scripts. SZAMLATAR_PROFILE=run (make run) or test (make test);
# each profile has its own ports and state so both can run side by side.
# Every value can be overridden from the environment.
: "${SZAMLATAR_PROFILE:=run}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
: "${SZAMLATAR_CACHE:=$HOME/.cache/szamlatar}"
KAFKA_VERSION=3.9.1
VERSITYGW_VERSION=v1.7.0
FERRETDB_VERSION=v1.24.2
FERRETDB_BUILD="$FERRETDB_VERSION-id-index-atomic"  # with the project's two fixes (install.sh)
KAFKA_LIBS="$SZAMLATAR_CACHE/kafka-$KAFKA_VERSION/libs"
BIN="$SZAMLATAR_CACHE/bin"
FERRETDB_BIN="$BIN/ferretdb-$FERRETDB_BUILD"
# Our pinned builds (versitygw, ferretdb, promtool, prometheus) come before anything installed.
case ":$PATH:" in *":$BIN:"*) ;; *) export PATH="$BIN:$PATH" ;; esac

if [ "$SZAMLATAR_PROFILE" = "test" ]; then
  # SZAMLATAR_TEST_SLOT=N (1..9) shifts every test port by N*10 and uses its own state, so
  # several test runs can share a machine.
  slot=${SZAMLATAR_TEST_SLOT:-0}
  : "${KAFKA_PORT:=$((29092 + slot * 10))}" "${KAFKA_CONTROLLER_PORT:=$((29093 + slot * 10))}"
  : "${S3_PORT:=$((7171 + slot * 10))}" "${MONGO_PORT:=$((27118 + slot * 10))}"
  : "${API_PORT:=$((8101 + slot * 10))}" "${WORKER_WEB_PORT:=$((6167 + slot * 10))}"
  [ "$slot" = 0 ] || : "${STATE:=$ROOT/.run/test-$slot}"
  export SZAMLATAR_EMULATOR_PORT_BASE=$((18100 + slot * 10))
else
  : "${KAFKA_PORT:=19092}" "${KAFKA_CONTROLLER_PORT:=19093}" "${S3_PORT:=7070}" "${MONGO_PORT:=27018}"
  : "${API_PORT:=8000}" "${WORKER_WEB_PORT:=6066}"
fi
: "${STATE:=$ROOT/.run/$SZAMLATAR_PROFILE}"
# RFC 3161 timestamps (issue 14): the development kit's local TSA (started by start.sh, its key and
# certificates made in $STATE/tsa at first start) and the timestamper's /healthz and /metrics.
if [ "$SZAMLATAR_PROFILE" = "test" ]; then
  : "${TSA_PORT:=$((18200 + ${SZAMLATAR_TEST_SLOT:-0} * 10))}" "${TIMESTAMPER_PORT:=$((18201 + ${SZAMLATAR_TEST_SLOT:-0} * 10))}"
else
  : "${TSA_PORT:=18084}" "${TIMESTAMPER_PORT:=$((API_PORT + 11))}"
fi
export SZAMLATAR_TSA_URL="${SZAMLATAR_TSA_URL:-http://127.0.0.1:$TSA_PORT/}"
export SZAMLATAR_TSA_CA_FILE="${SZAMLATAR_TSA_CA_FILE:-$STATE/tsa/chain.pem}"
export SZAMLATAR_TIMESTAMPER_PORT="$TIMESTAMPER_PORT"
export SZAMLATAR_WORKER_DATADIR="$STATE/worker"
export SZAMLATAR_STATE_DIR="$STATE"
LOGS="$STATE/logs"
PIDS="$STATE/pids"

# What the Python side reads (services/adapters/settings.py).
export SZAMLATAR_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
export SZAMLATAR_S3_ENDPOINT="127.0.0.1:$S3_PORT"
export SZAMLATAR_MONGO_URL="mongodb://127.0.0.1:$MONGO_PORT/"
export SZAMLATAR_API_PORT="$API_PORT"
export SZAMLATAR_WORKER_WEB_PORT="$WORKER_WEB_PORT"
# Billing systems (issue 4): the Billingo poller and status-sync (/healthz, /metrics), and in
# `make run` the Billingo and Számla Agent emulators. Connections may point at local emulators.
: "${BILLINGO_POLLER_PORT:=$((API_PORT + 5))}" "${STATUS_SYNC_PORT:=$((API_PORT + 6))}"
: "${BILLINGO_EMULATOR_PORT:=18080}" "${SZAMLAZZ_EMULATOR_PORT:=18081}"
export SZAMLATAR_BILLINGO_POLLER_PORT="$BILLINGO_POLLER_PORT" SZAMLATAR_STATUS_SYNC_PORT="$STATUS_SYNC_PORT"
export SZAMLATAR_BILLINGO_EMULATOR_URL="http://127.0.0.1:$BILLINGO_EMULATOR_PORT"
export SZAMLATAR_SZAMLAZZ_EMULATOR_URL="http://127.0.0.1:$SZAMLAZZ_EMULATOR_PORT"
export SZAMLATAR_BILLING_URL_ALLOWLIST="${SZAMLATAR_BILLING_URL_ALLOWLIST:-http://127.0.0.1:}"
export SZAMLATAR_BILLINGO_POLL_SECONDS="${SZAMLATAR_BILLINGO_POLL_SECONDS:-10}"
# Other ways in (issue 5), `make run` only, each with /healthz: the pull poller and the in-house
# system it pulls from, the NAV sync service and the NAV emulator, the watched export drop directory.
: "${PULL_POLLER_PORT:=$((API_PORT + 7))}" "${NAV_SYNC_PORT:=$((API_PORT + 8))}" "${IMPORT_WATCH_PORT:=$((API_PORT + 9))}"
: "${INHOUSE_EMULATOR_PORT:=18082}" "${NAV_EMULATOR_PORT:=18083}" "${IMPORT_INBOX:=$STATE/inbox}"
export SZAMLATAR_INHOUSE_EMULATOR_URL="http://127.0.0.1:$INHOUSE_EMULATOR_PORT"
export SZAMLATAR_NAV_EMULATOR_URL="http://127.0.0.1:$NAV_EMULATOR_PORT"
# Company sign-in (issue 12), `make run` only: a local OpenID Connect provider the demo tenant signs in with.
: "${OIDC_EMULATOR_PORT:=18085}"
export SZAMLATAR_OIDC_EMULATOR_URL="http://127.0.0.1:$OIDC_EMULATOR_PORT"
: "${S3_INBOX_PORT:=$((API_PORT + 10))}"  # the S3 export inbox (inbox/<tenant>/ of szamlatar-inbox)
# The query index (issue 11): this node's index directory, written by the indexer, read by the API.
: "${INDEXER_PORT:=$((API_PORT + 3))}"
export SZAMLATAR_INDEXER_PORT="$INDEXER_PORT" SZAMLATAR_INDEX_DIR="${SZAMLATAR_INDEX_DIR:-$STATE/index}"
# axe-core (the browser tests' accessibility check), fetched from npm by install-test-tools.sh into the
# cache, never into the repository; the tests inject this file into each page.
AXE_CORE_VERSION=4.14.1
export SZAMLATAR_AXE_JS="${SZAMLATAR_AXE_JS:-$SZAMLATAR_CACHE/axe-core-$AXE_CORE_VERSION/axe.min.js}"
# Local-only credentials, generated once per state directory (never committed).
if [ -f "$STATE/secrets.env" ]; then
  # shellcheck disable=SC1091
  . "$STATE/secrets.env"
fi

log() { printf '\033[1m[szamlatar]\033[0m %s\n' "$*" >&2; }
stamp_ok() { [ -f "$1.version" ] && [ "$(cat "$1.version")" = "$2" ]; }  # binary version

# A writable copy of a Go module's source in $SZAMLATAR_CACHE/src, printed: for modules a plain
# `go install mod@version` cannot build (FerretDB's empty version file, Prometheus's replace directives).
go_module_copy() {  # module version logfile
  local module=$1 version=$2 logfile=$3 src work
  command -v go >/dev/null || die "Go is needed to build $module"
  src=$(cd /tmp && go mod download -json "$module@$version" 2>>"$logfile" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])') \
    || die "downloading $module $version failed; see $logfile"
  work="$SZAMLATAR_CACHE/src/$(basename "$module")-$version"
  rm -rf "$work" && mkdir -p "$(dirname "$work")" && cp -r "$src" "$work" && chmod -R u+w "$work"
  echo "$work"
}

die() { printf '\033[31m[szamlatar] %s\033[0m\n' "$*" >&2; exit 1; }
