#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: the ctest suites
# (unit, GUI offscreen, CLI, network-namespace integration), the install test (the .deb built
# with the `package` preset, lintian, dpkg -i into a throw-away overlay root; skipped with a
# reason where it cannot run), a short smoke run of each libFuzzer target, and the Windows
# cross-build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh test
export QT_QPA_PLATFORM=offscreen

cmake --preset ci
cmake --build --preset ci
ctest --preset ci

tests/install/install-test.sh

if [ -f tests/fuzz/CMakeLists.txt ]; then
    scripts/fuzz-smoke.sh "${FUZZ_SECONDS:-10}"
fi
if [ -f cmake/mingw-w64-x86_64.cmake ]; then
    scripts/cross-windows.sh
fi
echo "test.sh: all passed"
