// SPDX-License-Identifier: GPL-3.0-or-later
// The IP Helper conversion tests without Qt, for the Windows cross-build (run under Wine).
// Same tables as tests/platform/TestIpHelperConvert.cpp, plus what only compiles for
// Windows: the MIB_IPFORWARD_ROW2 copy and the numeric constants checked against the SDK.
// Prints one line per failed check and a summary; exit status 0 only when all pass.

#include "windows/IpHelperConvertCases.h"

#ifdef _WIN32
#include "platform/windows/WinUtil.h"
#endif

#include "core/export/Exporter.h"

#include <cstdio>
#include <string>

using namespace splitroute;
using namespace splitroute::platform::iphelper;

namespace {

int g_passed = 0;
int g_failed = 0;

void check(bool ok, const std::string& what, const std::string& detail = {}) {
    if (ok) {
        ++g_passed;
        return;
    }
    ++g_failed;
    std::printf("FAIL %s%s%s\n", what.c_str(), detail.empty() ? "" : ": ", detail.c_str());
}

std::string routeText(const core::Route& r) {
    return r.toString() + " [ifindex " + std::to_string(r.ifindex) + " metric " +
           std::to_string(r.metric) + " scope " + std::to_string(r.scope) + "]";
}

void rowCases() {
    for (const auto& c : testcases::rowCases()) {
        const std::string name = std::string("rowToRoute(") + c.name + ")";
        auto r = routeFromForwardRow(c.row, c.owned);
        if (!r) {
            check(false, name, r.error().message);
            continue;
        }
        const core::Route expected = testcases::expectedRoute(c);
        check(*r == expected, name, routeText(*r) + " != " + routeText(expected));
        if (!c.roundTrip)
            continue;
        auto back = forwardRowFromRoute(expected, testcases::interfaceOf(c.row));
        const std::string rt = std::string("roundTrip(") + c.name + ")";
        if (!back)
            check(false, rt, back.error().message);
        else
            check(*back == c.row, rt,
                  testcases::describe(*back) + " != " + testcases::describe(c.row));
    }
    for (const auto& c : testcases::badRowCases()) {
        auto r = routeFromForwardRow(c.row);
        check(!r.ok() && r.error().code == c.code, std::string("badRow(") + c.name + ")");
    }
}

void routeCases() {
    for (const auto& c : testcases::routeCases()) {
        const std::string name = std::string("routeToRow(") + c.name + ")";
        auto row = forwardRowFromRoute(c.route, c.iface);
        if (!c.ok) {
            check(!row.ok() && row.error().code == c.code, name,
                  row.ok() ? "accepted" : core::errorCodeName(row.error().code));
            continue;
        }
        if (!row)
            check(false, name, row.error().message);
        else
            check(*row == c.expected, name,
                  testcases::describe(*row) + " != " + testcases::describe(c.expected));
    }
}

void errorCases() {
    for (const auto& c : testcases::errorCases()) {
        const std::string name = std::string("error(") + c.name + ")";
        check(win32ErrorToCode(c.error) == c.code, name,
              core::errorCodeName(win32ErrorToCode(c.error)));
        check(win32ErrorName(c.error) == c.name, name + " name", win32ErrorName(c.error));
        const core::Error e = win32Error(c.error, "DeleteIpForwardEntry2");
        check(e.sysErrno == static_cast<int>(c.error) && e.code == c.code, name + " error");
    }
}

void kindCases() {
    for (const auto& c : testcases::kindCases()) {
        const auto k = interfaceKindFromWindows(c.ifType, c.description);
        check(k == c.kind, std::string("kind(") + c.name + ")", platform::interfaceKindName(k));
    }
}

void recordCases() {
    for (const auto& c : testcases::recordCases()) {
        auto rec = OwnedRouteRecord::parse(c.json);
        check(rec.ok() == c.ok && (!rec.ok() || rec->routes().size() == c.routes),
              std::string("record(") + c.name + ")", rec.ok() ? "accepted" : rec.error().message);
    }
}

void recordFlowCases() {
    for (const auto& c : testcases::recordFlowCases()) {
        const OwnedRouteRecord before = testcases::recordOf(c.before);
        const auto changes = testcases::changesOf(c);
        const std::string intent = testcases::lettersOf(recordIntent(before, changes));
        const std::string after =
            testcases::lettersOf(recordAfterApply(before, changes, c.applied));
        check(intent == c.intent, std::string("recordIntent(") + c.name + ")", intent);
        check(after == c.after, std::string("recordAfterApply(") + c.name + ")", after);
    }
}

#ifdef _WIN32
// The portable constants are the SDK's.
static_assert(win32::ObjectAlreadyExists == ERROR_OBJECT_ALREADY_EXISTS);
static_assert(win32::NotFound == ERROR_NOT_FOUND);
static_assert(win32::AccessDenied == ERROR_ACCESS_DENIED);
static_assert(win32::InvalidParameter == ERROR_INVALID_PARAMETER);
static_assert(win32::NetworkUnreachable == ERROR_NETWORK_UNREACHABLE);
static_assert(win32::HostUnreachable == ERROR_HOST_UNREACHABLE);
static_assert(win32::FileNotFound == ERROR_FILE_NOT_FOUND);
static_assert(win32::NotSupported == ERROR_NOT_SUPPORTED);
static_assert(win32::AlreadyExists == ERROR_ALREADY_EXISTS);
// ERROR_ELEVATION_REQUIRED (740) is missing from MinGW-w64 10's winerror.h.
static_assert(win32::PrivilegeNotHeld == ERROR_PRIVILEGE_NOT_HELD);
static_assert(win32::Timeout == ERROR_TIMEOUT);
static_assert(winproto::NetMgmt == RouteProtocolNetMgmt);
static_assert(winproto::Local == RouteProtocolLocal);
static_assert(winproto::Icmp == RouteProtocolIcmp);
static_assert(winproto::Ospf == RouteProtocolOspf);
static_assert(winproto::NtStatic == MIB_IPPROTO_NT_STATIC);
static_assert(winorigin::Manual == NlroManual && winorigin::WellKnown == NlroWellKnown &&
              winorigin::Dhcp == NlroDHCP &&
              winorigin::RouterAdvertisement == NlroRouterAdvertisement);
static_assert(kAfInet == AF_INET && kAfInet6 == AF_INET6);

void mibCases() {
    for (const auto& c : testcases::rowCases()) {
        const std::string name = std::string("mib(") + c.name + ")";
        MIB_IPFORWARD_ROW2 mib{};
        platform::win::fillMib(c.row, mib);
        // Families and network byte order as the API reads them.
        const SOCKADDR_INET& dest = mib.DestinationPrefix.Prefix;
        check(dest.si_family == c.row.family && mib.NextHop.si_family == c.row.family,
              name + " families");
        if (c.row.family == AF_INET)
            check(dest.Ipv4.sin_addr.S_un.S_un_b.s_b1 == c.row.destination[0] &&
                      dest.Ipv4.sin_addr.S_un.S_un_b.s_b4 == c.row.destination[3],
                  name + " v4 byte order");
        else
            check(dest.Ipv6.sin6_addr.u.Byte[0] == c.row.destination[0] &&
                      dest.Ipv6.sin6_addr.u.Byte[15] == c.row.destination[15],
                  name + " v6 byte order");
        check(mib.InterfaceLuid.Value == c.row.luid && mib.InterfaceIndex == c.row.ifIndex,
              name + " interface key");
        ForwardRow back = platform::win::forwardRowFromMib(mib);
        back.alias = c.row.alias; // not part of the MIB row
        back.interfaceMetric = c.row.interfaceMetric;
        check(back == c.row, name + " round trip",
              testcases::describe(back) + " != " + testcases::describe(c.row));
    }
}
#endif

} // namespace

/// A route as the live IpHelperBackend lists it (alias, index, metric = route + interface
/// metric) exported for Windows: the same rules as a route read from `route print` — the
/// interface by its index, the route's own metric computed at run time by subtracting the
/// interface's metric from the sum the table shows.
void liveExportCases() {
    using namespace splitroute::platform::iphelper;
    ForwardRow row;
    row.family = kAfInet;
    row.destination = {203, 0, 113, 0};
    row.prefixLength = 24;
    row.nextHop = {192, 168, 1, 1};
    row.ifIndex = 12;
    row.luid = 0x0006000001000000ULL;
    row.routeMetric = 5;
    row.interfaceMetric = 25;
    row.alias = "Ethernet 2";
    auto live = routeFromForwardRow(row);
    if (!live.ok()) {
        check(false, "live export: row to route", live.error().message);
        return;
    }
    check(live->metric == 30 && live->ifindex == 12 && live->interface.str() == "Ethernet 2",
          "live export: the live route carries the sum, the index and the alias");
    core::Plan plan;
    plan.changes.changes.push_back(core::RouteChange{core::ChangeKind::Add, *live, "live"});
    core::ExportOptions options;
    options.tableOs = core::TableOs::Windows;
    auto ps = core::makeExporter("powershell")->render(plan, options);
    check(ps.ok() && ps->script.find("-InterfaceIndex 12") != std::string::npos &&
              ps->script.find("-RouteMetric (RouteMetric 12 IPv4 30)") != std::string::npos &&
              ps->script.find("Ethernet 2") == std::string::npos,
          "live export: powershell by index, metric from the shown sum",
          ps.ok() ? ps->script : ps.error().message);
    auto cmd = core::makeExporter("cmd")->render(plan, options);
    check(cmd.ok() && cmd->script.find("$i = 12;") != std::string::npos &&
              cmd->script.find("[Math]::Max(1, 30 - ") != std::string::npos &&
              cmd->script.find("if %SR_IF%") != std::string::npos,
          "live export: route.exe by index, metric from the shown sum",
          cmd.ok() ? cmd->script : cmd.error().message);
    // Without an index (a route print table names interfaces by address) the alias or
    // address is looked up when the script runs, as for an imported table.
    core::Route byAlias = *live;
    byAlias.ifindex = 0;
    core::Plan aliasPlan;
    aliasPlan.changes.changes.push_back(core::RouteChange{core::ChangeKind::Add, byAlias, ""});
    auto ps2 = core::makeExporter("powershell")->render(aliasPlan, options);
    check(ps2.ok() && ps2->script.find("Get-NetIPInterface -InterfaceAlias 'Ethernet 2'") !=
                          std::string::npos,
          "live export: an alias without index is looked up",
          ps2.ok() ? ps2->script : ps2.error().message);
}

int main() {
    liveExportCases();
    rowCases();
    routeCases();
    errorCases();
    kindCases();
    recordCases();
    recordFlowCases();
#ifdef _WIN32
    mibCases();
#endif
    std::printf("tst_windows_iphelperconvert: %d passed, %d failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
