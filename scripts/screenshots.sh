#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes screenshots of every tab of the demo (and the address map's Planned view, with one
# decision made: map-planned-LANG.png), in English and Japanese, under Xvfb, and
# writes them to resources/screenshots/ (the README shows them). Look at them before committing.
#   scripts/screenshots.sh [BUILD_DIR]     (default: build/release; configured and built if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
if [ ! -x "$build/app/splitroute" ]; then
    cmake --preset release >/dev/null
    cmake --build "$build" --target splitroute
fi
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run missing (apt install xvfb xauth)" >&2; exit 1; }
out=resources/screenshots
mkdir -p "$out"
settings=$(mktemp -d)
state=$(mktemp -d)
trap 'rm -rf "$settings" "$state"' EXIT
for lang in en ja; do
    # Private settings and state directories: the user's window layout and the decisions the
    # window saved for the demo must not leak into the pictures.
    # (A state directory per language: the Planned picture's decision stays in its own run.)
    mkdir -p "$state/$lang"
    XDG_CONFIG_HOME="$settings" XDG_STATE_HOME="$state/$lang" LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1400x900x24" \
        "$build/app/splitroute" --demo --lang "$lang" --screenshot "$out"
done
ls -1 "$out"/*.png
