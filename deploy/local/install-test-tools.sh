#!/usr/bin/env bash
# What `make test` needs beyond `make run`: axe-core (npm, pinned), promtool and prometheus (Prometheus 2.x: config and
# alert-rule tests, a real scrape of every process) built with Go into $SZAMLATAR_CACHE/bin, and a Chromium for the browser tests (Debian's
# package, installed when we are root; otherwise one line says which package to install).
# Idempotent and fast when both are already there.
set -euo pipefail
. "$(dirname "$0")/env.sh"
mkdir -p "$SZAMLATAR_CACHE/logs" "$BIN"

# Prometheus publishes its Go module as v0.<minor>.<patch> for 2.<minor>.<patch>. The module's
# go.mod has replace directives, so `go install mod@version` refuses it: build from a copy, as for
# FerretDB in install.sh.
PROMETHEUS_MODULE_VERSION=v0.54.1   # Prometheus 2.54.1
if ! { [ -x "$BIN/promtool" ] && [ -x "$BIN/prometheus" ] && stamp_ok "$BIN/promtool" "$PROMETHEUS_MODULE_VERSION" \
       && stamp_ok "$BIN/prometheus" "$PROMETHEUS_MODULE_VERSION"; }; then
  log "building promtool and prometheus 2.${PROMETHEUS_MODULE_VERSION#v0.} with Go (first time only, a few minutes)…"
  plog="$SZAMLATAR_CACHE/logs/go-prometheus.log"
  work=$(go_module_copy github.com/prometheus/prometheus "$PROMETHEUS_MODULE_VERSION" "$plog")
  for cmd in promtool prometheus; do
    (cd "$work" && CGO_ENABLED=0 go build -o "$BIN/$cmd" "./cmd/$cmd") >>"$plog" 2>&1 \
      || die "building $cmd failed; see $plog"
    echo "$PROMETHEUS_MODULE_VERSION" >"$BIN/$cmd.version"
  done
  rm -rf "$work"
fi

# The browser tests drive Debian's Chromium through Playwright (its own browser download cannot
# work on these machines); the golden-layout PDFs are drawn with DejaVu Sans; image-only PDF pages
# are read with Tesseract and its Hungarian model (the parse sandbox runs it, the scan tests need it).
missing=()
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx hun; } || missing+=(tesseract-ocr-hun)
[ -x "${SZAMLATAR_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
{ [ -f "$SZAMLATAR_AXE_JS" ] || command -v npm >/dev/null; } || missing+=(npm)  # fetches axe-core, below
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${missing[*]} from Debian (first time only)…"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
      >"$SZAMLATAR_CACHE/logs/apt-test-tools.log" 2>&1 \
      || die "apt-get install ${missing[*]} failed; see $SZAMLATAR_CACHE/logs/apt-test-tools.log"
  else
    die "make test needs Debian's ${missing[*]}: run  sudo apt-get install -y --no-install-recommends ${missing[*]}"
  fi
fi

# axe-core from npm, pinned by version and by the registry's sha512 of its tarball; only its one
# browser bundle is kept, in the cache (SZAMLATAR_AXE_JS, env.sh).
AXE_CORE_INTEGRITY=sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==
if [ ! -f "$SZAMLATAR_AXE_JS" ]; then
  command -v npm >/dev/null || die "the browser tests need axe-core from npm: install Node.js and npm"
  log "fetching axe-core $AXE_CORE_VERSION from npm (first time only)…"
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "axe-core@$AXE_CORE_VERSION") >"$SZAMLATAR_CACHE/logs/npm-axe-core.log" 2>&1 \
    || die "npm pack axe-core@$AXE_CORE_VERSION failed; see $SZAMLATAR_CACHE/logs/npm-axe-core.log"
  tarball="$work/axe-core-$AXE_CORE_VERSION.tgz"
  got="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
  [ "$got" = "$AXE_CORE_INTEGRITY" ] || die "axe-core $AXE_CORE_VERSION: the tarball's sha512 is not the pinned one"
  tar -xzf "$tarball" -C "$work" package/axe.min.js
  mkdir -p "$(dirname "$SZAMLATAR_AXE_JS")" && mv "$work/package/axe.min.js" "$SZAMLATAR_AXE_JS"
  rm -rf "$work"
fi
