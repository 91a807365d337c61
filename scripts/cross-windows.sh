#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-builds the Qt-free Windows parts (core, the IP Helper backend, the helper when it is
# portable, splitroute-wincheck.exe, tst_windows_*.exe) with MinGW-w64 through the `windows`
# preset. Fails when the Windows code does not compile or link. When wine is installed, runs
# the cross-built test executables under it (throwaway WINEPREFIX, WINEDEBUG=-all, timeout)
# and tests/windows/helper-under-wine.py against splitroute-helper.exe (simulated backend
# only: under wine the IP Helper API would change the host's routes), and fails if one
# fails. SKIP_WINE=1 builds only.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v x86_64-w64-mingw32-g++-posix >/dev/null; then
    echo "cross-windows: x86_64-w64-mingw32-g++-posix missing" \
        "(scripts/setup-deps.sh test installs it)" >&2
    exit 1
fi

cmake --preset windows
nice cmake --build --preset windows

shopt -s nullglob
tests=(build/windows/tests/windows/tst_windows_*.exe)
built=(build/windows/platform/windows/tools/*.exe build/windows/platform/windows/*.exe "${tests[@]}")
echo "cross-windows: built ${built[*]##*/}"

if [ "${SKIP_WINE:-0}" = 1 ]; then
    echo "cross-windows: SKIP_WINE=1, not running the tests"
    exit 0
fi
wine=$(command -v wine || command -v wine64 || true)
if [ -z "$wine" ]; then
    echo "cross-windows: wine not installed; built only, tests not run"
    exit 0
fi

prefix=$(mktemp -d /tmp/splitroute-wine.XXXXXX)
cleanup() {
    # wineserver of this prefix only; then the prefix itself
    WINEPREFIX="$prefix" wineserver -k 2>/dev/null || true
    rm -rf "$prefix"
}
trap cleanup EXIT
export WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

failed=0
for t in "${tests[@]}"; do
    echo "cross-windows: wine ${t##*/}"
    set +e
    timeout 300 "$wine" "$t" 2>&1 | grep -v '^wine: \|^wine client error\|rundll32.exe'
    rc=${PIPESTATUS[0]}
    set -e
    if [ "$rc" -ne 0 ]; then
        echo "cross-windows: ${t##*/} FAILED under wine (exit $rc)" >&2
        failed=1
    fi
done
helper=build/windows/platform/windows/splitroute-helper.exe
if [ ! -f "$helper" ]; then
    echo "cross-windows: $helper was not built" >&2
    failed=1
else
    echo "cross-windows: wine splitroute-helper.exe (tests/windows/helper-under-wine.py)"
    if ! timeout 900 python3 tests/windows/helper-under-wine.py "$wine" "$helper" "$PWD"; then
        echo "cross-windows: splitroute-helper.exe FAILED under wine" >&2
        failed=1
    fi
fi
[ "$failed" = 0 ] || exit 1
echo "cross-windows: all Windows tests passed under wine"
