#!/usr/bin/env bash
# Installs the local stack's servers into $SZAMLATAR_CACHE (default ~/.cache/szamlatar), once:
# Kafka jars from Maven Central, versitygw and FerretDB via `go install`. Idempotent and fast
# when everything is already there (a version stamp per component).
set -euo pipefail
. "$(dirname "$0")/env.sh"
mkdir -p "$SZAMLATAR_CACHE/logs" "$BIN"

if ! stamp_ok "$KAFKA_LIBS" "$KAFKA_VERSION" || ! ls "$KAFKA_LIBS"/kafka_2.13-*.jar >/dev/null 2>&1; then
  log "installing Apache Kafka $KAFKA_VERSION jars from Maven Central (first time only)…"
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Kafka; apt-get install maven"
  rm -rf "$KAFKA_LIBS"
  mvn -B -q -f "$ROOT/deploy/local/kafka/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS" >"$SZAMLATAR_CACHE/logs/mvn-kafka.log" 2>&1 \
    || die "Kafka jar download failed; see $SZAMLATAR_CACHE/logs/mvn-kafka.log"
  echo "$KAFKA_VERSION" >"$KAFKA_LIBS.version"
fi

go_install() {  # name module version
  local name=$1 module=$2 version=$3
  if [ -x "$BIN/$name" ] && stamp_ok "$BIN/$name" "$version"; then return; fi
  log "building $name $version with go install (first time only, a few minutes)…"
  command -v go >/dev/null || die "Go is needed to build $name"
  GOBIN="$BIN" CGO_ENABLED=0 go install "$module@$version" >"$SZAMLATAR_CACHE/logs/go-$name.log" 2>&1 \
    || die "go install $module@$version failed; see $SZAMLATAR_CACHE/logs/go-$name.log"
  echo "$version" >"$BIN/$name.version"
}
go_install versitygw github.com/versity/versitygw/cmd/versitygw "$VERSITYGW_VERSION"

# FerretDB embeds build/version/version.txt, which the published module leaves empty, and a
# plain `go install` binary panics at start. Build from a writable copy with the file filled in.
#
# And one fix of our own. The SQLite backend creates the `_id` index on the expression
# `_ferretdb_sjson->"_id"` (metadata/registry.go) but looks documents up by `_ferretdb_sjson->'$._id'`
# (metadata.IDColumn, used by find, update, delete and explain). SQLite uses an index only for the
# expression it was built on, so every `_id` lookup, update and delete scanned the whole table: 2 s a
# lookup at 100 000 invoices, the pipeline 0.03× as fast as on an empty archive (issue 11). Spelling
# IDColumn like the index makes every `_id` operation an index search; existing databases need
# nothing (the index is already there).
#
# And a second: `update` and `findAndModify` are a query and then a separate write on SQLite, so
# concurrent writers to one document lost each other's changes and every compare-and-set racer won.
# This build runs them one at a time per collection (ferretdb/namespace_lock.go says what was seen).
# The binary's name carries the fixes (env.sh FERRETDB_BIN).
if [ ! -x "$FERRETDB_BIN" ] || ! stamp_ok "$FERRETDB_BIN" "$FERRETDB_BUILD"; then
  log "building ferretdb $FERRETDB_BUILD (first time only, a few minutes)…"
  flog="$SZAMLATAR_CACHE/logs/go-ferretdb.log"
  work=$(go_module_copy github.com/FerretDB/FerretDB "$FERRETDB_VERSION" "$flog")
  echo "$FERRETDB_VERSION" >"$work/build/version/version.txt"
  meta="$work/internal/backends/sqlite/metadata/metadata.go"
  sed -i "s|IDColumn = DefaultColumn + \"->'\$._id'\"|IDColumn = DefaultColumn + \`->\"_id\"\`|" "$meta"
  grep -q 'IDColumn = DefaultColumn + `->"_id"`' "$meta" || die "could not apply the _id index fix to $meta"
  handler="$work/internal/handler"
  cp "$ROOT/deploy/local/ferretdb/namespace_lock.go" "$handler/"
  sed -i 's|^\(\t\)matched, modified, upserted, err := h.updateDocument(connCtx, params)$|\1defer lockNamespace(params.DB, params.Collection)()\n&|' \
    "$handler/msg_update.go"
  sed -i 's|^\(\t\)res, err := h.findAndModifyDocument(connCtx, params)$|\1defer lockNamespace(params.DB, params.Collection)()\n&|' \
    "$handler/msg_findandmodify.go"
  [ "$(grep -c 'defer lockNamespace' "$handler/msg_update.go" "$handler/msg_findandmodify.go" | grep -c ':1$')" = 2 ] \
    || die "could not apply the atomic update fix to $handler"
  (cd "$work" && CGO_ENABLED=0 go build -o "$FERRETDB_BIN" ./cmd/ferretdb) >>"$flog" 2>&1 \
    || die "building FerretDB failed; see $flog"
  echo "$FERRETDB_BUILD" >"$FERRETDB_BIN.version"
fi
log "servers installed in $SZAMLATAR_CACHE"
