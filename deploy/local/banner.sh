#!/usr/bin/env bash
# What `make run` prints at the end: where everything is and one line that finds an invoice.
. "$(dirname "$0")/env.sh"
token=$(cat "$STATE/demo-token")
ui_login="(no demo users: szamlatar demo users)"
if [ -f "$STATE/demo-login" ]; then
  . "$STATE/demo-login"  # tenant=, users=, password=
  ui_login="tenant $tenant, user demo (admin) / konyvelo / auditor / debrecen (Debrecen only), password $password"
fi
cat <<TXT

  Számlatár is running (profile: $SZAMLATAR_PROFILE)
    Web UI           http://127.0.0.1:$API_PORT/ui/
      log in with    $ui_login
      or             "Belépés a céges fiókkal" (tenant demo) at the local OpenID Connect provider $SZAMLATAR_OIDC_EMULATOR_URL: ceges.admin, ceges.konyvelo, ceges.debrecen, ceges.vendeg
    API              http://127.0.0.1:$API_PORT/api/v1/invoices
    API docs         http://127.0.0.1:$API_PORT/docs
    API metrics      http://127.0.0.1:$API_PORT/metrics
    worker metrics   http://127.0.0.1:$WORKER_WEB_PORT/metrics
    Billingo         emulator http://127.0.0.1:$BILLINGO_EMULATOR_PORT/v3 (X-API-KEY: demo-read-key)   poller metrics http://127.0.0.1:$BILLINGO_POLLER_PORT/metrics
    Számlázz.hu      emulator http://127.0.0.1:$SZAMLAZZ_EMULATOR_PORT/szamla/ (pushes to the API)   status-sync metrics http://127.0.0.1:$STATUS_SYNC_PORT/metrics
    In-house system  emulator http://127.0.0.1:$INHOUSE_EMULATOR_PORT/api/v1/invoices (Bearer demo-inhouse-token)   pull poller http://127.0.0.1:$PULL_POLLER_PORT/healthz
    NAV              emulator http://127.0.0.1:$NAV_EMULATOR_PORT/invoiceService/v3   nav-sync http://127.0.0.1:$NAV_SYNC_PORT/healthz (gaps in /metrics)
    export inbox     drop a zip, folder or PDF into $IMPORT_INBOX (report in .done/ or .failed/)   http://127.0.0.1:$IMPORT_WATCH_PORT/healthz
    timestamps       local TSA http://127.0.0.1:$TSA_PORT/ (trust anchor $SZAMLATAR_TSA_CA_FILE)   timestamper http://127.0.0.1:$TIMESTAMPER_PORT/metrics   scrubber http://127.0.0.1:$((API_PORT + 12))/metrics
    Kafka            127.0.0.1:$KAFKA_PORT      S3  http://127.0.0.1:$S3_PORT      MongoDB  127.0.0.1:$MONGO_PORT
    logs             $LOGS

  Find a demo invoice:
    curl -s -H 'Authorization: Bearer $token' 'http://127.0.0.1:$API_PORT/api/v1/invoices?q=TKSZ&page_size=3'

  Billing systems: connections, and an invoice's payments (written back to the emulator):
    curl -s -H 'Authorization: Bearer $token' http://127.0.0.1:$API_PORT/api/v1/connections
    curl -s -H 'Authorization: Bearer $token' http://127.0.0.1:$API_PORT/api/v1/invoices/<id>/payments

  NAV completeness over the demo month (planted: 1 missing in the archive, 1 missing in NAV, 2 differing):
    curl -s -H 'Authorization: Bearer $token' 'http://127.0.0.1:$API_PORT/api/v1/reconciliation?from=2025-03-01&to=2025-03-28'
    incoming (1 missing in the archive, 1 missing in NAV, 1 differing): add &direction=inbound; in the UI (as demo or konyvelo):
    http://127.0.0.1:$API_PORT/ui/reconciliation?from=2025-03-01&to=2025-03-28&direction=inbound

  Review queue: the in-house system's invoices over 600 000 Ft wait for approval (demo rule), in the UI:
    http://127.0.0.1:$API_PORT/ui/review

  Proof for an auditor (docs/compliance.md): an invoice's RFC 3161 tokens, the integrity scrub, an evidence package:
    .venv/bin/szamlatar timestamp verify <id>;  .venv/bin/szamlatar scrub --tenant demo
    .venv/bin/szamlatar evidence export --tenant demo --from 2025-03-01 --to 2025-03-31 evidence.zip && .venv/bin/szamlatar evidence verify evidence.zip

  Stop everything: make stop
TXT
