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
           network-manager network-manager-openvpn
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

# network-manager is installed for its binaries only (tests run their own NetworkManager in
# private namespaces). Its Debian 12 package ships no init script; its postinst enables
# NetworkManager.service and, only when systemd runs (/run/systemd/system), starts it through
# deb-systemd-invoke, which honours policy-rc.d. So: while installing, a policy-rc.d that
# refuses every start (unless one is already there), and the units it enabled disabled again,
# so the host's network is not handed to NetworkManager now or at the next boot.
new_nm=0
for p in "${missing[@]}"; do [ "$p" = network-manager ] && new_nm=1; done
policy_added=0
if [ $new_nm = 1 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# setup-deps.sh: no service starts while installing\nexit 101\n' |
        $sudo tee /usr/sbin/policy-rc.d >/dev/null
    $sudo chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
    trap '$sudo rm -f /usr/sbin/policy-rc.d' EXIT
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
if [ $new_nm = 1 ] && [ -d /run/systemd/system ]; then
    $sudo systemctl disable NetworkManager.service NetworkManager-wait-online.service \
        NetworkManager-dispatcher.service >/dev/null 2>&1 || true
fi
[ $policy_added = 1 ] && $sudo rm -f /usr/sbin/policy-rc.d && trap - EXIT
exit 0
