#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Splitroute on its bundled demo data.
# It builds every program `cmake --install build/release` installs (the window, the CLI and the
# helper), so that install works after it; tests/scripts/check-run-demo-targets.sh checks that.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh run
cmake --preset release >/dev/null
cmake --build --preset release --target splitroute splitroute-cli splitroute-helper splitroute-keeper
exec build/release/app/splitroute --demo "$@"
