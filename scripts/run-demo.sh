#!/usr/bin/env bash
# Installs what is missing, builds, and opens Splitroute on its bundled demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh run
cmake --preset release >/dev/null
cmake --build --preset release --target splitroute splitroute-cli
exec build/release/app/splitroute --demo "$@"
