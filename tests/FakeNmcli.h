// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stand-in nmcli for tests of `persist --nm` and the window's Make Permanent dialog: a
// shell script answering from tests/data/nm like the recorded sandbox (nmt-ovpn, an OpenVPN
// connection active on veth0 with tun0; nmt-veth0, the ethernet connection on veth0). It
// logs every call to STATE/calls.log; `connection modify` updates a settings file per UUID
// (STATE/UUID) so a later read sees the written values; `connection up` succeeds. Each call
// first sleeps $FAKE_NMCLI_SLEEP seconds when that is set (a slow NetworkManager). Installed
// through $SPLITROUTE_NMCLI, which platform::systemNmcliRunner() reads on each call.

#include "core/plan/Planner.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace faketest {

using namespace splitroute::core;

inline Route route(const char* dest, const char* gw, const char* dev, std::uint32_t metric,
                   std::uint8_t protocol = proto::Boot) {
    Route r;
    r.destination = Prefix::parse(dest).value();
    if (gw)
        r.gateway = IpAddress::parse(gw).value();
    r.interface = dev;
    r.metric = metric;
    r.protocol = protocol;
    return r;
}

// A plan for the sandbox's VPN on `tun`: other traffic local, 198.51.100.0/24 tunnelled,
// 198.19.0.0/16 (inside the pushed 198.18.0.0/15) bypass via veth0.
inline Plan sandboxPlan(const char* tun, const char* tunnelled = "198.51.100.0/24") {
    Plan p;
    p.tunnelDevice = tun;
    p.before = RouteTable({route("0.0.0.0/0", "192.0.2.1", "veth0", 100, proto::Static),
                           route("0.0.0.0/0", "10.8.0.1", tun, 50, proto::Static),
                           route("198.18.0.0/15", "10.8.0.1", tun, 50, proto::Static)});
    p.changes.changes = {
        {ChangeKind::Delete, route("0.0.0.0/0", "10.8.0.1", tun, 50, proto::Static), "local"},
        {ChangeKind::Add, route(tunnelled, "10.8.0.1", tun, 0, proto::Splitroute), "tunnel"},
        {ChangeKind::Add, route("198.19.0.0/16", "192.0.2.1", "veth0", 0, proto::Splitroute),
         "bypass"},
    };
    return p;
}

inline constexpr const char* kFakeVpnUuid = "55ff893b-2d46-4ec2-8781-2bd33e48e896";
inline constexpr const char* kFakeLanUuid = "128e19a7-a2e8-4e5f-862a-43569bcb1b76";

/// Writes DIR/fake-nmcli and DIR/fake-state and points $SPLITROUTE_NMCLI at the script.
/// `failModify`: a modify of the ethernet connection fails with a polkit refusal. Returns an
/// error text, or empty.
inline QString installFakeNmcli(const QString& dir, bool failModify = false) {
    const QString bin = dir + "/fake-nmcli";
    const QString state = dir + "/fake-state";
    QDir(state).removeRecursively();
    if (!QDir().mkpath(state))
        return "cannot create " + state;
    const QString data = QString(SPLITROUTE_TEST_DATA_DIR) + "/nm";
    if (!QFile::copy(data + "/settings-vpn.txt", state + "/" + kFakeVpnUuid) ||
        !QFile::copy(data + "/settings-veth0.txt", state + "/" + kFakeLanUuid))
        return "cannot copy the recorded settings into " + state;
    QByteArray script = R"(#!/bin/bash
D=@DATA@ S=@STATE@ FAIL=@FAIL@
printf '%s\n' "$*" >> "$S/calls.log"
[ -n "${FAKE_NMCLI_SLEEP:-}" ] && sleep "$FAKE_NMCLI_SLEEP"
case "$*" in
  "-t -e yes -f NAME,UUID,TYPE,DEVICE,ACTIVE connection show") cat "$D/connections.txt" ;;
  "-t -e yes -f vpn.service-type connection show "*) cat "$D/vpn-service-type.txt" ;;
  "-t -f NAME,TYPE connection show") printf 'nmt-ovpn:vpn\nnmt-veth0:802-3-ethernet\n' ;;
  "-t -e yes -f IP4,IP6 connection show --active 55ff893b-2d46-4ec2-8781-2bd33e48e896")
    cat "$D/vpn-active-ip.txt" ;;
  "-t -e yes -f IP4,IP6 device show tun0") cat "$D/device-tun0-ip.txt" ;;
  "-t -e yes -f IP4,IP6 device show "*) echo "Error: Device '$8' not found." >&2; exit 10 ;;
  "-t -e yes -f ipv4.routes,"*) cat "$S/$8" ;;
  "--wait 30 connection up "*) ;;
  "connection modify "*)
    [ "$FAIL" = 1 ] && [ "$3" = 128e19a7-a2e8-4e5f-862a-43569bcb1b76 ] && {
      echo "Error: Failed to modify connection: Insufficient privileges" >&2; exit 1; }
    f="$S/$3"; shift 3
    while [ $# -ge 2 ]; do
      grep -v "^$1:" "$f" > "$f.new"; printf '%s:%s\n' "$1" "$2" >> "$f.new"; mv "$f.new" "$f"
      shift 2
    done ;;
  *) echo "Error: unexpected call" >&2; exit 2 ;;
esac
)";
    script.replace("@DATA@", data.toUtf8())
        .replace("@STATE@", state.toUtf8())
        .replace("@FAIL@", failModify ? "1" : "0");
    QFile f(bin);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(script) != script.size())
        return "cannot write " + bin;
    f.close();
    if (!QFile::setPermissions(bin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return "cannot make " + bin + " executable";
    qputenv("SPLITROUTE_NMCLI", bin.toUtf8());
    return {};
}

} // namespace faketest
