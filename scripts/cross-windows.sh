#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-builds the Qt-free Windows parts (core, the IP Helper backend, splitroute-helper.exe,
# splitroute-cli.exe, splitroute-wincheck.exe, tst_windows_*.exe) with MinGW-w64 through the
# `windows` preset, and the zip of the executables (checked: it must hold them). Fails when
# the Windows code does not compile or link. When wine is installed, runs the cross-built
# test executables under it (throwaway WINEPREFIX, WINEDEBUG=-all, timeout),
# tests/windows/helper-under-wine.py against splitroute-helper.exe and
# tests/windows/cli-under-wine.py against splitroute-cli.exe (compared with the Linux CLI of
# build/ci, or LINUX_CLI=PATH, when it is there) — simulated backend only: under wine the IP
# Helper API would change the host's routes — and fails if one fails. SKIP_WINE=1 builds only.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v x86_64-w64-mingw32-g++-posix >/dev/null; then
    echo "cross-windows: x86_64-w64-mingw32-g++-posix missing" \
        "(scripts/setup-deps.sh test installs it)" >&2
    exit 1
fi

start=$SECONDS
cmake --preset windows
nice cmake --build --preset windows
nice cmake --build --preset windows --target windows-zip
echo "cross-windows: built in $((SECONDS - start)) s"

# The zip: the three static executables and the notes, nothing else needed.
zip=$(ls build/windows/splitroute-*-windows-x86_64.zip)
python3 - "$zip" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = {n.split("/", 1)[1]: n for n in z.namelist() if "/" in n and not n.endswith("/")}
want = ["splitroute-cli.exe", "splitroute-helper.exe", "splitroute-wincheck.exe",
        "README-windows.md", "LICENSE.txt"]
missing = [w for w in want if w not in names]
bad = [w for w in want[:3] if w in names and z.read(names[w])[:2] != b"MZ"]
dlls = [n for n in names if n.lower().endswith(".dll")]
if missing or bad or dlls:
    sys.exit("cross-windows: %s: missing %s, not executables %s, DLLs %s"
             % (sys.argv[1], missing, bad, dlls))
print("cross-windows: %s holds %s" % (sys.argv[1], ", ".join(sorted(names))))
PY

shopt -s nullglob
tests=(build/windows/tests/windows/tst_windows_*.exe)
built=(build/windows/platform/windows/tools/*.exe build/windows/platform/windows/*.exe "${tests[@]}")
helper=build/windows/platform/windows/splitroute-helper.exe
cli=build/windows/platform/windows/splitroute-cli.exe
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
    args=()
    # The HelperClient test drives the helper (--simulate) over its named pipe.
    [ "${t##*/}" = tst_windows_helperclient.exe ] &&
        args=("$PWD/$helper" "$PWD/tests/data/helper/sim-table.json")
    t0=$SECONDS
    set +e
    timeout 300 "$wine" "$t" "${args[@]}" 2>&1 | grep -v '^wine: \|^wine client error\|rundll32.exe'
    rc=${PIPESTATUS[0]}
    set -e
    echo "cross-windows: ${t##*/} took $((SECONDS - t0)) s"
    if [ "$rc" -ne 0 ]; then
        echo "cross-windows: ${t##*/} FAILED under wine (exit $rc)" >&2
        failed=1
    fi
done
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
if [ ! -f "$cli" ]; then
    echo "cross-windows: $cli was not built" >&2
    failed=1
else
    linux_cli=${LINUX_CLI:-build/ci/app/splitroute-cli}
    [ -x "$linux_cli" ] || echo "cross-windows: no Linux CLI at $linux_cli: exit codes only"
    echo "cross-windows: wine splitroute-cli.exe (tests/windows/cli-under-wine.py)"
    t0=$SECONDS
    if ! timeout 600 python3 tests/windows/cli-under-wine.py "$wine" "$cli" "$helper" "$PWD" \
        "$linux_cli"; then
        echo "cross-windows: splitroute-cli.exe FAILED under wine" >&2
        failed=1
    fi
    echo "cross-windows: cli-under-wine.py took $((SECONDS - t0)) s"
fi
echo "cross-windows: $((SECONDS - start)) s in all"
[ "$failed" = 0 ] || exit 1
echo "cross-windows: all Windows tests passed under wine"
