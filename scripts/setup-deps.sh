#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Splitroute needs, only those missing. Safe to run again.
#   scripts/setup-deps.sh [run|test]   (test adds what the test suite needs)
set -euo pipefail
what=${1:-run}

pkgs=(cmake ninja-build g++ pkg-config git
      qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-tools-dev-tools
      libboost-dev libboost-filesystem-dev libspdlog-dev nlohmann-json3-dev libmnl-dev
      libgl-dev fonts-ipafont-gothic qt6-translations-l10n)
if [ "$what" = test ]; then
    pkgs+=(clang-format clang-tidy iproute2 python3 openvpn openssl clang-16 libclang-rt-16-dev
           xvfb xauth procps psmisc pkexec polkitd dbus-daemon dbus-bin
           g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev wine wine64
           lintian)
fi

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-deps: all ${#pkgs[@]} packages present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
fi
echo "setup-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
