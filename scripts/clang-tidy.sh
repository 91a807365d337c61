#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-tidy with the repository's .clang-tidy over the code that is not a widget: core/,
# platform/ (the Linux parts this build compiles) and app/cli/. Every warning is an error.
# Usage: scripts/clang-tidy.sh [BUILD_DIR]   (a configured build with compile_commands.json;
# default build/ci). Files can be given after the build dir to check only those.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
shift || true
[ -f "$build/compile_commands.json" ] ||
    { echo "clang-tidy.sh: no $build/compile_commands.json; configure first" >&2; exit 2; }
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
if [ $# -gt 0 ]; then
    files=("$@")
else
    # Only files this build compiles (the Windows sources are checked by their own compiler).
    mapfile -t files < <(git ls-files 'core/*.cpp' 'platform/*.cpp' 'app/cli/*.cpp' |
        while read -r f; do grep -q "\"file\": \"$PWD/$f\"" "$build/compile_commands.json" &&
            echo "$f"; done)
fi
echo "clang-tidy.sh: ${#files[@]} files"
# GCC-only warning flags in the compile commands are not clang-tidy's business.
printf '%s\n' "${files[@]}" |
    xargs -P "$(nproc)" -n 4 "$tidy" -p "$build" --quiet \
        --extra-arg=-Wno-unknown-warning-option --warnings-as-errors='*' ||
    { echo "clang-tidy.sh: fix the warnings above (or, for a false positive, a NOLINT with the reason)" >&2; exit 1; }
echo "clang-tidy.sh: clean"
