#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/run-demo.sh must build every program that `cmake --install build/release` installs,
# or that install stops at the first missing one. Compares the install(TARGETS ...) rules of
# the Linux build with run-demo.sh's --target list.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
built=$(grep -o -- '--target .*' "$src/scripts/run-demo.sh" | head -n1 | sed 's/--target//')
[ -n "$built" ] || { echo "run-demo.sh builds no --target list" >&2; exit 1; }
status=0
while read -r target; do
    if ! tr " " "\n" <<<"$built" | grep -qx -- "$target"; then
        echo "scripts/run-demo.sh does not build $target, which cmake --install installs" >&2
        status=1
    fi
done < <(grep -rho --include=CMakeLists.txt 'install(TARGETS [A-Za-z0-9_-]*' \
             "$src/app" "$src/platform" "$src/core" "$src/resources" |
         grep -v wincheck | awk '{print $2}' | sort -u)
[ $status -eq 0 ] && echo "run-demo.sh builds every installed program:$built"
exit $status
