#!/usr/bin/env bash
# Runs a command with the profile's environment (ports, generated local secrets).
set -euo pipefail
. "$(dirname "$0")/env.sh"
exec "$@"
