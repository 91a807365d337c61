#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything and runs every test: the ctest suites
# (unit, GUI offscreen, CLI, network-namespace integration), clang-tidy, the core, platform and
# CLI suites again under ASan + UBSan, the install test (the .deb
# packaged from the ci build, which installs under /usr like the `package` preset; lintian;
# dpkg -i into a throw-away overlay root; skipped with a reason where it cannot run), a short
# smoke run of each libFuzzer target, and the Windows cross-build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh test
export QT_QPA_PLATFORM=offscreen

# House style first (seconds): no C++ file that clang-format would change.
find core app platform tests -name '*.cpp' -o -name '*.h' | sort |
    xargs clang-format --dry-run --Werror ||
    { echo "test.sh: run clang-format -i on the files above" >&2; exit 1; }

cmake --preset ci
cmake --build --preset ci
ctest --preset ci

# clang-tidy (the repository's .clang-tidy, warnings as errors) over core, platform and the CLI.
scripts/clang-tidy.sh build/ci

# Core, platform and CLI suites again under AddressSanitizer and UndefinedBehaviorSanitizer.
cmake --preset asan
cmake --build --preset asan
ctest --preset asan

# The .deb from this very build (the ci preset installs under /usr, as the package does).
tests/install/install-test.sh --no-build build/ci

scripts/fuzz-smoke.sh "${FUZZ_SECONDS:-10}"
scripts/cross-windows.sh
echo "test.sh: all passed"
