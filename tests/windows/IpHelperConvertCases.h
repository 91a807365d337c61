// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case tables of the IP Helper conversions, shared by the QtTest suite that runs on
// Linux (tests/platform/TestIpHelperConvert.cpp) and the Qt-free executable cross-built for
// Windows and run under Wine (tests/windows/TestIpHelperConvertMain.cpp). No Qt here.

#include "platform/IpHelperConvert.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace splitroute::testcases {

using platform::InterfaceKind;
using platform::iphelper::ForwardRow;
using platform::iphelper::InterfaceRef;
namespace win32 = platform::iphelper::win32;
namespace winproto = platform::iphelper::winproto;
namespace winorigin = platform::iphelper::winorigin;
using platform::iphelper::kAfInet;
using platform::iphelper::kAfInet6;

inline core::IpAddress addr(const char* text) {
    auto a = core::IpAddress::parse(text);
    if (!a) {
        std::fprintf(stderr, "bad address in test table: %s\n", text);
        std::abort();
    }
    return *a;
}

inline std::array<std::uint8_t, 16> bytesOf(const char* text) {
    std::array<std::uint8_t, 16> b{};
    if (*text) {
        const core::IpAddress a = addr(text);
        const std::size_t n = a.isV4() ? 4 : 16;
        std::copy_n(a.bytes().begin(), n, b.begin());
    }
    return b;
}

inline ForwardRow makeRow(std::uint16_t family, const char* destination, int prefixLength,
                          const char* nextHop, std::uint32_t ifIndex, std::uint64_t luid,
                          std::uint32_t routeMetric, std::uint32_t interfaceMetric,
                          std::uint32_t protocol, std::uint32_t origin, const char* alias) {
    ForwardRow r;
    r.family = family;
    r.destination = bytesOf(destination);
    r.prefixLength = static_cast<std::uint8_t>(prefixLength);
    r.nextHop = bytesOf(nextHop);
    r.ifIndex = ifIndex;
    r.luid = luid;
    r.routeMetric = routeMetric;
    r.interfaceMetric = interfaceMetric;
    r.protocol = protocol;
    r.origin = origin;
    r.alias = alias;
    return r;
}

inline std::string describe(const ForwardRow& r) {
    const core::Family f = r.family == kAfInet6 ? core::Family::V6 : core::Family::V4;
    char luid[24];
    std::snprintf(luid, sizeof luid, "0x%llx", static_cast<unsigned long long>(r.luid));
    return "af " + std::to_string(r.family) + " " +
           core::IpAddress::fromBytes(f, r.destination.data()).toString() + "/" +
           std::to_string(r.prefixLength) + " nh " +
           core::IpAddress::fromBytes(f, r.nextHop.data()).toString() + " if " +
           std::to_string(r.ifIndex) + " luid " + luid + " metric " +
           std::to_string(r.routeMetric) + "+" + std::to_string(r.interfaceMetric) + " proto " +
           std::to_string(r.protocol) + " origin " + std::to_string(r.origin) + " alias \"" +
           r.alias + "\"";
}

inline InterfaceRef interfaceOf(const ForwardRow& row) {
    return InterfaceRef{row.luid, row.ifIndex, row.alias, row.interfaceMetric};
}

// LUIDs as Windows builds them: IfType in the top 16 bits, a net-luid index in bits 24..47.
inline constexpr std::uint64_t kLuidEthernet = 0x0006000001000000ULL;
inline constexpr std::uint64_t kLuidWifi = 0x0047000002000000ULL;
inline constexpr std::uint64_t kLuidTap = 0x0006000003000000ULL;
inline constexpr std::uint64_t kLuidLoopback = 0x0018000000000000ULL;

/// ForwardRow → Route, and (where roundTrip) Route → the same ForwardRow again.
struct RowCase {
    const char* name;
    ForwardRow row;
    bool owned;
    const char* destination;
    const char* gateway; ///< "" for on-link
    const char* interface;
    std::uint32_t ifindex;
    std::uint32_t metric; ///< route metric + interface metric
    std::uint8_t protocol;
    std::uint8_t scope;
    bool roundTrip;
};

inline std::vector<RowCase> rowCases() {
    using namespace core;
    return {
        {"v4 default via gateway (static)",
         makeRow(kAfInet, "0.0.0.0", 0, "192.168.1.1", 12, kLuidEthernet, 0, 25, winproto::NetMgmt,
                 winorigin::Manual, "Ethernet"),
         false, "0.0.0.0/0", "192.168.1.1", "Ethernet", 12, 25, proto::Static, scope::Universe,
         true},
        {"v4 connected on-link 0.0.0.0 next hop",
         makeRow(kAfInet, "192.168.1.0", 24, "0.0.0.0", 12, kLuidEthernet, 256, 25, winproto::Local,
                 winorigin::WellKnown, "Ethernet"),
         false, "192.168.1.0/24", "", "Ethernet", 12, 281, proto::Kernel, scope::Link, true},
        {"v4 def1 lower half into TAP",
         makeRow(kAfInet, "0.0.0.0", 1, "10.8.0.1", 31, kLuidTap, 0, 5, winproto::NetMgmt,
                 winorigin::Manual, "OpenVPN TAP-Windows6"),
         false, "0.0.0.0/1", "10.8.0.1", "OpenVPN TAP-Windows6", 31, 5, proto::Static,
         scope::Universe, true},
        {"v4 def1 upper half into TAP",
         makeRow(kAfInet, "128.0.0.0", 1, "10.8.0.1", 31, kLuidTap, 0, 5, winproto::NetMgmt,
                 winorigin::Manual, "OpenVPN TAP-Windows6"),
         false, "128.0.0.0/1", "10.8.0.1", "OpenVPN TAP-Windows6", 31, 5, proto::Static,
         scope::Universe, true},
        {"recorded NetMgmt route is ours",
         makeRow(kAfInet, "203.0.113.0", 24, "192.168.1.1", 12, kLuidEthernet, 5, 25,
                 winproto::NetMgmt, winorigin::Manual, "Ethernet"),
         true, "203.0.113.0/24", "192.168.1.1", "Ethernet", 12, 30, proto::Splitroute,
         scope::Universe, true},
        {"recorded but not NetMgmt is not ours",
         makeRow(kAfInet, "203.0.113.0", 24, "0.0.0.0", 12, kLuidEthernet, 256, 25, winproto::Local,
                 winorigin::WellKnown, "Ethernet"),
         true, "203.0.113.0/24", "", "Ethernet", 12, 281, proto::Kernel, scope::Link, true},
        {"v4 host route of the stack (NetMgmt, well-known)",
         makeRow(kAfInet, "127.0.0.1", 32, "0.0.0.0", 1, kLuidLoopback, 256, 75, winproto::NetMgmt,
                 winorigin::WellKnown, "Loopback Pseudo-Interface 1"),
         false, "127.0.0.1/32", "", "Loopback Pseudo-Interface 1", 1, 331, proto::Kernel,
         scope::Link, false},
        {"v4 DHCP origin",
         makeRow(kAfInet, "10.0.0.0", 8, "192.168.1.254", 12, kLuidEthernet, 0, 25,
                 winproto::NetMgmt, winorigin::Dhcp, "Ethernet"),
         false, "10.0.0.0/8", "192.168.1.254", "Ethernet", 12, 25, proto::Dhcp, scope::Universe,
         true},
        {"v4 ICMP redirect",
         makeRow(kAfInet, "198.51.100.7", 32, "192.168.1.2", 12, kLuidEthernet, 0, 25,
                 winproto::Icmp, winorigin::Manual, "Ethernet"),
         false, "198.51.100.7/32", "192.168.1.2", "Ethernet", 12, 25, proto::Redirect,
         scope::Universe, true},
        {"v4 OSPF",
         makeRow(kAfInet, "172.16.0.0", 12, "192.168.1.3", 12, kLuidEthernet, 20, 25,
                 winproto::Ospf, winorigin::Manual, "Ethernet"),
         false, "172.16.0.0/12", "192.168.1.3", "Ethernet", 12, 45, 188, scope::Universe, true},
        {"v4 NT static (persistent route) is static",
         makeRow(kAfInet, "192.0.2.0", 24, "192.168.1.1", 12, kLuidEthernet, 1, 25,
                 winproto::NtStatic, winorigin::Manual, "Ethernet"),
         false, "192.0.2.0/24", "192.168.1.1", "Ethernet", 12, 26, proto::Static, scope::Universe,
         false},
        {"v4 other protocol is unspec",
         makeRow(kAfInet, "192.0.2.0", 25, "192.168.1.1", 12, kLuidEthernet, 1, 25, winproto::Other,
                 winorigin::Manual, "Ethernet"),
         false, "192.0.2.0/25", "192.168.1.1", "Ethernet", 12, 26, proto::Unspec, scope::Universe,
         false},
        {"metric sum saturates",
         makeRow(kAfInet, "192.0.2.128", 25, "192.168.1.1", 12, kLuidEthernet, 0xFFFFFFF0u, 0x100,
                 winproto::NetMgmt, winorigin::Manual, "Ethernet"),
         false, "192.0.2.128/25", "192.168.1.1", "Ethernet", 12, 0xFFFFFFFFu, proto::Static,
         scope::Universe, false},
        {"host bits in a row are masked",
         makeRow(kAfInet, "10.1.2.3", 8, "192.168.1.1", 12, kLuidEthernet, 0, 25, winproto::NetMgmt,
                 winorigin::Manual, "Ethernet"),
         false, "10.0.0.0/8", "192.168.1.1", "Ethernet", 12, 25, proto::Static, scope::Universe,
         false},
        {"v6 default via link-local router (RA)",
         makeRow(kAfInet6, "::", 0, "fe80::1", 14, kLuidWifi, 0, 45, winproto::NetMgmt,
                 winorigin::RouterAdvertisement, "Wi-Fi"),
         false, "::/0", "fe80::1", "Wi-Fi", 14, 45, proto::Ra, scope::Universe, true},
        {"v6 on-link :: next hop",
         makeRow(kAfInet6, "2001:db8:1::", 64, "::", 14, kLuidWifi, 256, 45, winproto::Local,
                 winorigin::WellKnown, "Wi-Fi"),
         false, "2001:db8:1::/64", "", "Wi-Fi", 14, 301, proto::Kernel, scope::Link, true},
        {"v6 def1 half, ours",
         makeRow(kAfInet6, "8000::", 1, "fd00:8::1", 31, kLuidTap, 0, 5, winproto::NetMgmt,
                 winorigin::Manual, "OpenVPN TAP-Windows6"),
         true, "8000::/1", "fd00:8::1", "OpenVPN TAP-Windows6", 31, 5, proto::Splitroute,
         scope::Universe, true},
        {"interface without alias",
         makeRow(kAfInet, "192.0.2.0", 26, "0.0.0.0", 77, 0x0083000004000000ULL, 0, 0,
                 winproto::NetMgmt, winorigin::Manual, ""),
         false, "192.0.2.0/26", "", "", 77, 0, proto::Static, scope::Link, true},
    };
}

inline core::Route expectedRoute(const RowCase& c) {
    core::Route r;
    auto dest = core::Prefix::parse(c.destination);
    if (!dest) {
        std::fprintf(stderr, "bad prefix in test table: %s\n", c.destination);
        std::abort();
    }
    r.destination = *dest;
    if (*c.gateway)
        r.gateway = addr(c.gateway);
    r.interface = c.interface;
    r.ifindex = c.ifindex;
    r.metric = c.metric;
    r.table = core::table::Main;
    r.type = core::RouteType::Unicast;
    r.protocol = c.protocol;
    r.scope = c.scope;
    return r;
}

/// Rows that cannot become a Route.
struct BadRowCase {
    const char* name;
    ForwardRow row;
    core::ErrorCode code;
};

inline std::vector<BadRowCase> badRowCases() {
    ForwardRow unspec = makeRow(kAfInet, "10.0.0.0", 8, "", 1, 1, 0, 0, 3, 0, "x");
    unspec.family = 0;
    return {
        {"AF_UNSPEC row", unspec, core::ErrorCode::Unsupported},
        {"v4 prefix length 33", makeRow(kAfInet, "10.0.0.0", 33, "", 1, 1, 0, 0, 3, 0, "x"),
         core::ErrorCode::OutOfRange},
        {"v6 prefix length 129", makeRow(kAfInet6, "2001:db8::", 129, "", 1, 1, 0, 0, 3, 0, "x"),
         core::ErrorCode::OutOfRange},
    };
}

inline core::Route route(const char* destination, const char* gateway, std::uint32_t metric,
                         std::uint8_t protocol = core::proto::Splitroute) {
    core::Route r;
    auto dest = core::Prefix::parse(destination);
    if (!dest)
        std::abort();
    r.destination = *dest;
    if (*gateway)
        r.gateway = addr(gateway);
    r.metric = metric;
    r.protocol = protocol;
    return r;
}

/// Route → ForwardRow in the direction the backend writes (one-way cases and refusals).
struct RouteCase {
    const char* name;
    core::Route route;
    InterfaceRef iface;
    bool ok;
    core::ErrorCode code; ///< when !ok
    ForwardRow expected;  ///< when ok
};

inline std::vector<RouteCase> routeCases() {
    using namespace core;
    const InterfaceRef eth{kLuidEthernet, 12, "Ethernet", 25};
    const InterfaceRef wifi{kLuidWifi, 14, "Wi-Fi", 45};

    Route multipath = route("10.0.0.0/8", "", 0);
    multipath.nexthops.push_back(NextHop{addr("192.168.1.1"), "Ethernet", 12, 1, 0});
    multipath.nexthops.push_back(NextHop{addr("192.168.1.2"), "Ethernet", 12, 1, 0});
    Route blackhole = route("10.0.0.0/8", "", 0);
    blackhole.type = RouteType::Blackhole;
    Route otherTable = route("10.0.0.0/8", "192.168.1.1", 0);
    otherTable.table = 100;
    Route wrongFamily = route("10.0.0.0/8", "fe80::1", 0);
    Route noDestination;
    // The interface named in the route is not what the row is keyed on: the resolved LUID is.
    Route namedByIndex = route("198.51.100.0/24", "192.168.1.1", 125);
    namedByIndex.interface = "Ethernet 2";
    namedByIndex.ifindex = 99;

    return {
        {"metric below interface metric becomes route metric 0",
         route("198.51.100.0/24", "192.168.1.1", 10), eth, true, ErrorCode::Internal,
         makeRow(kAfInet, "198.51.100.0", 24, "192.168.1.1", 12, kLuidEthernet, 0, 25,
                 winproto::NetMgmt, winorigin::Manual, "Ethernet")},
        {"metric minus interface metric", route("198.51.100.0/24", "192.168.1.1", 125), eth, true,
         ErrorCode::Internal,
         makeRow(kAfInet, "198.51.100.0", 24, "192.168.1.1", 12, kLuidEthernet, 100, 25,
                 winproto::NetMgmt, winorigin::Manual, "Ethernet")},
        {"keyed on the resolved LUID, not the route's name and index", namedByIndex, eth, true,
         ErrorCode::Internal,
         makeRow(kAfInet, "198.51.100.0", 24, "192.168.1.1", 12, kLuidEthernet, 100, 25,
                 winproto::NetMgmt, winorigin::Manual, "Ethernet")},
        {"v6 on-link", route("2001:db8:5::/64", "", 300, proto::Static), wifi, true,
         ErrorCode::Internal,
         makeRow(kAfInet6, "2001:db8:5::", 64, "", 14, kLuidWifi, 255, 45, winproto::NetMgmt,
                 winorigin::Manual, "Wi-Fi")},
        {"boot protocol is written as NetMgmt",
         route("192.0.2.0/24", "192.168.1.1", 25, proto::Boot), eth, true, ErrorCode::Internal,
         makeRow(kAfInet, "192.0.2.0", 24, "192.168.1.1", 12, kLuidEthernet, 0, 25,
                 winproto::NetMgmt, winorigin::Manual, "Ethernet")},
        {"multipath refused", multipath, eth, false, ErrorCode::Unsupported, {}},
        {"blackhole refused", blackhole, eth, false, ErrorCode::Unsupported, {}},
        {"table 100 refused", otherTable, eth, false, ErrorCode::Unsupported, {}},
        {"gateway of the other family", wrongFamily, eth, false, ErrorCode::InvalidArgument, {}},
        {"no destination", noDestination, eth, false, ErrorCode::InvalidArgument, {}},
    };
}

/// Win32 error → ErrorCode: the codes the netlink backend gives for the matching errno.
struct ErrorCase {
    const char* name;
    std::uint32_t error;
    core::ErrorCode code;
};

inline std::vector<ErrorCase> errorCases() {
    using core::ErrorCode;
    return {
        {"ERROR_OBJECT_ALREADY_EXISTS", win32::ObjectAlreadyExists, ErrorCode::Exists},
        {"ERROR_ALREADY_EXISTS", win32::AlreadyExists, ErrorCode::Exists},
        {"ERROR_NOT_FOUND", win32::NotFound, ErrorCode::NotFound},
        {"ERROR_ACCESS_DENIED", win32::AccessDenied, ErrorCode::PermissionDenied},
        {"ERROR_ELEVATION_REQUIRED", win32::ElevationRequired, ErrorCode::PermissionDenied},
        {"ERROR_PRIVILEGE_NOT_HELD", win32::PrivilegeNotHeld, ErrorCode::PermissionDenied},
        {"ERROR_INVALID_PARAMETER", win32::InvalidParameter, ErrorCode::InvalidArgument},
        {"ERROR_NETWORK_UNREACHABLE", win32::NetworkUnreachable, ErrorCode::NetUnreachable},
        {"ERROR_HOST_UNREACHABLE", win32::HostUnreachable, ErrorCode::NetUnreachable},
        {"ERROR_FILE_NOT_FOUND", win32::FileNotFound, ErrorCode::NoDevice},
        {"ERROR_NOT_SUPPORTED", win32::NotSupported, ErrorCode::Unsupported},
        {"ERROR_TIMEOUT", win32::Timeout, ErrorCode::Timeout},
        {"ERROR_NOT_ENOUGH_MEMORY", win32::NotEnoughMemory, ErrorCode::System},
        {"Win32 error 1234", 1234, ErrorCode::System},
    };
}

struct KindCase {
    const char* name;
    std::uint32_t ifType;
    const char* description;
    InterfaceKind kind;
};

inline std::vector<KindCase> kindCases() {
    return {
        {"ethernet", 6, "Intel(R) Ethernet Connection (7) I219-V", InterfaceKind::Ethernet},
        {"wi-fi", 71, "Intel(R) Wi-Fi 6 AX201 160MHz", InterfaceKind::Wireless},
        {"loopback", 24, "Software Loopback Interface 1", InterfaceKind::Loopback},
        {"TAP-Windows is ethernet to Windows", 6, "TAP-Windows Adapter V9", InterfaceKind::Tap},
        {"TAP-Win32", 6, "TAP-Win32 Adapter OAS", InterfaceKind::Tap},
        {"wintun", 53, "Wintun Userspace Tunnel", InterfaceKind::Tun},
        {"ovpn-dco", 53, "OpenVPN Data Channel Offload", InterfaceKind::Tun},
        {"wireguard", 53, "WireGuard Tunnel", InterfaceKind::WireGuard},
        {"AnyConnect claims ethernet", 6,
         "Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64",
         InterfaceKind::Tun},
        {"GlobalProtect", 6, "PANGP Virtual Ethernet Adapter", InterfaceKind::Tun},
        {"ppp (RAS VPN)", 23, "WAN Miniport (IKEv2)", InterfaceKind::Ppp},
        {"teredo is not a VPN tunnel", 131, "Teredo Tunneling Pseudo-Interface",
         InterfaceKind::Other},
        {"hyper-v virtual ethernet", 6, "Hyper-V Virtual Ethernet Adapter",
         InterfaceKind::Ethernet},
    };
}

/// owned-routes.json texts: accepted (with how many routes) or refused.
struct RecordCase {
    const char* name;
    const char* json;
    bool ok;
    std::size_t routes;
};

inline std::vector<RecordCase> recordCases() {
    return {
        {"empty", R"({"version": 1, "routes": []})", true, 0},
        {"two routes",
         R"({"version": 1, "routes": [
              {"luid": "0x0006000001000000", "destination": "203.0.113.0/24",
               "nexthop": "192.168.1.1", "alias": "Ethernet"},
              {"luid": "0x0006000003000000", "destination": "8000::/1", "nexthop": null}]})",
         true, 2},
        {"same destination on two interfaces",
         R"({"version": 1, "routes": [
              {"luid": "0x1", "destination": "10.0.0.0/8", "nexthop": null},
              {"luid": "0x2", "destination": "10.0.0.0/8", "nexthop": null}]})",
         true, 2},
        {"duplicate key", R"({"version": 1, "routes": [
              {"luid": "0x1", "destination": "10.0.0.0/8", "nexthop": null, "alias": "a"},
              {"luid": "0x1", "destination": "10.0.0.0/8", "nexthop": null, "alias": "b"}]})",
         false, 0},
        {"not json", "{", false, 0},
        {"version 2", R"({"version": 2, "routes": []})", false, 0},
        {"unknown top-level field", R"({"version": 1, "routes": [], "x": 1})", false, 0},
        {"unknown route field",
         R"({"version": 1, "routes": [{"luid": "0x1", "destination": "10.0.0.0/8", "metric": 1}]})",
         false, 0},
        {"numeric luid", R"({"version": 1, "routes": [{"luid": 1, "destination": "10.0.0.0/8"}]})",
         false, 0},
        {"luid not hex",
         R"({"version": 1, "routes": [{"luid": "0xZZ", "destination": "10.0.0.0/8"}]})", false, 0},
        {"host bits", R"({"version": 1, "routes": [{"luid": "0x1", "destination": "10.0.0.1/8"}]})",
         false, 0},
        {"next hop of the other family",
         R"({"version": 1, "routes": [{"luid": "0x1", "destination": "10.0.0.0/8", "nexthop": "::1"}]})",
         false, 0},
    };
}

/// The owned-routes bookkeeping of one apply(). Routes are letters: 'A' is LUID 0x41 with
/// 10.65.0.0/16 on-link. A change is "+A" (add) or "-A" (delete); "+?" could not be resolved.
struct RecordFlowCase {
    const char* name;
    const char* before; ///< letters recorded before
    std::vector<const char*> changes;
    std::size_t applied; ///< how many changes took effect
    const char* intent;  ///< letters recorded before touching the table
    const char* after;   ///< letters recorded afterwards
};

inline platform::iphelper::OwnedRoute ownedLetter(char c) {
    platform::iphelper::OwnedRoute o;
    o.luid = static_cast<unsigned char>(c);
    o.destination =
        core::Prefix(core::IpAddress::v4((10u << 24) | (static_cast<std::uint32_t>(c) << 16)), 16);
    o.alias = std::string(1, c);
    return o;
}

inline platform::iphelper::OwnedRouteRecord recordOf(const char* letters) {
    platform::iphelper::OwnedRouteRecord rec;
    for (const char* p = letters; *p; ++p)
        rec.add(ownedLetter(*p));
    return rec;
}

/// Letters of a record, sorted, for comparing and printing.
inline std::string lettersOf(const platform::iphelper::OwnedRouteRecord& rec) {
    std::string out;
    for (const auto& r : rec.routes())
        out += static_cast<char>(r.luid);
    std::sort(out.begin(), out.end());
    return out;
}

inline std::vector<platform::iphelper::RecordedChange> changesOf(const RecordFlowCase& c) {
    std::vector<platform::iphelper::RecordedChange> out;
    for (const char* ch : c.changes) {
        platform::iphelper::RecordedChange rc;
        rc.kind = ch[0] == '+' ? core::ChangeKind::Add : core::ChangeKind::Delete;
        if (ch[1] != '?')
            rc.route = ownedLetter(ch[1]);
        out.push_back(rc);
    }
    return out;
}

inline std::vector<RecordFlowCase> recordFlowCases() {
    return {
        {"all adds succeed", "", {"+A", "+B"}, 2, "AB", "AB"},
        {"second add fails: its intent is dropped", "", {"+A", "+B"}, 1, "AB", "A"},
        {"nothing applied", "C", {"+A", "+B"}, 0, "ABC", "C"},
        {"add of a route already ours that fails stays recorded", "A", {"+A"}, 0, "A", "A"},
        {"delete of ours", "AB", {"-A"}, 1, "AB", "B"},
        {"delete that fails keeps the record", "AB", {"-A"}, 0, "AB", "AB"},
        {"delete then re-add (replace) stays recorded", "A", {"-A", "+A"}, 2, "A", "A"},
        {"replace interrupted after the delete", "A", {"-A", "+A"}, 1, "A", ""},
        {"add then delete in one set", "", {"+A", "-A"}, 2, "A", ""},
        {"unresolved change: not in the intent", "", {"+A", "+?", "+B"}, 1, "AB", "A"},
        {"delete of a route not ours", "A", {"-B"}, 1, "A", "A"},
    };
}

} // namespace splitroute::testcases
