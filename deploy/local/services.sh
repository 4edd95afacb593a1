#!/usr/bin/env bash
# Starts the API and the stream worker for $SZAMLATAR_PROFILE in the background (PIDs recorded
# for stop.sh) and waits until both answer on /healthz.
set -euo pipefail
. "$(dirname "$0")/env.sh"
mkdir -p "$LOGS" "$PIDS"
SZT="$ROOT/.venv/bin/szamlatar"

start() {  # name port command...
  local name=$1 port=$2; shift 2
  if [ -f "$PIDS/$name.pid" ] && kill -0 "$(cat "$PIDS/$name.pid")" 2>/dev/null; then return; fi
  nohup "$@" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
  local deadline=$((SECONDS + 90))
  until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
    kill -0 "$(cat "$PIDS/$name.pid")" 2>/dev/null || die "$name exited during start-up; see $LOGS/$name.log"
    [ $SECONDS -lt $deadline ] || die "$name did not answer on :$port within 90s; see $LOGS/$name.log"
    sleep 0.5
  done
  log "$name is up on http://127.0.0.1:$port"
}
start api "$API_PORT" "$SZT" run api
# One worker with a static group membership (docs/operations.md): restarted, it takes its partitions back
# at once instead of waiting out its old session. A second worker on this machine needs its own id.
start worker "$WORKER_WEB_PORT" env SZAMLATAR_WORKER_INSTANCE_ID="${SZAMLATAR_WORKER_INSTANCE_ID:-szamlatar-worker-1}" \
  "$SZT" run worker
start downstream "$((API_PORT + 2))" "$SZT" run downstream --port "$((API_PORT + 2))"
start indexer "$INDEXER_PORT" "$SZT" run indexer  # the query index behind search (issue 11)
# Billing systems (issue 4): both emulators with demo invoices (Számlázz.hu's issuer differs from
# Billingo's: another seed), the Billingo poller and status-sync. Connections: `szamlatar demo billing`.
if [ "$SZAMLATAR_PROFILE" = "run" ]; then
  start emulator-billingo "$BILLINGO_EMULATOR_PORT" "$SZT" emulator billingo --port "$BILLINGO_EMULATOR_PORT"
  start emulator-szamlazz "$SZAMLAZZ_EMULATOR_PORT" "$SZT" emulator szamlazz --port "$SZAMLAZZ_EMULATOR_PORT" --seed 2
fi
start billingo-poller "$BILLINGO_POLLER_PORT" "$SZT" run billingo-poller
start status-sync "$STATUS_SYNC_PORT" "$SZT" run status-sync
# RFC 3161 tokens for archived versions and audit anchors, from the TSA start.sh started (issue 14).
start timestamper "$TIMESTAMPER_PORT" "$SZT" run timestamper --port "$TIMESTAMPER_PORT"
# The scheduled integrity scrub (a full pass at start, then weekly): its gauges on /metrics.
start scrubber "$((API_PORT + 12))" "$SZT" run scrubber --port "$((API_PORT + 12))"
# Other ways in (issue 5): an in-house system and the pull poller (connection: `szamlatar demo pull`),
# NAV and the periodic sync + reconciliation (`szamlatar demo nav` plants the gaps), a watched inbox.
if [ "$SZAMLATAR_PROFILE" = "run" ]; then
  start emulator-inhouse "$INHOUSE_EMULATOR_PORT" "$SZT" emulator inhouse --port "$INHOUSE_EMULATOR_PORT"
  start pull-poller "$PULL_POLLER_PORT" "$SZT" run pull-poller --port "$PULL_POLLER_PORT" --interval 15
  start emulator-nav "$NAV_EMULATOR_PORT" "$SZT" emulator nav --port "$NAV_EMULATOR_PORT" --no-seed
  start emulator-oidc "$OIDC_EMULATOR_PORT" "$SZT" emulator oidc --port "$OIDC_EMULATOR_PORT"  # `szamlatar demo sso`
  start nav-sync "$NAV_SYNC_PORT" "$SZT" run nav-sync --port "$NAV_SYNC_PORT" --interval 20
  start import-watch "$IMPORT_WATCH_PORT" "$SZT" run import-watch "$IMPORT_INBOX" --tenant demo \
    --connection demo-export --site budapest --health-port "$IMPORT_WATCH_PORT"
  start import-s3-inbox "$S3_INBOX_PORT" "$SZT" run s3-inbox --tenant demo --site budapest \
    --health-port "$S3_INBOX_PORT" --interval 5 --settle 5
fi
