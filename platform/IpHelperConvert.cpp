// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/IpHelperConvert.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <limits>

namespace splitroute::platform::iphelper {

namespace {

struct ErrorEntry {
    std::uint32_t error;
    core::ErrorCode code;
    const char* name;
};

// ERROR_FILE_NOT_FOUND is what CreateIpForwardEntry2, GetIpInterfaceEntry and friends return
// for an interface LUID/index that does not exist: the ENODEV of the IP Helper API.
constexpr std::array<ErrorEntry, 19> kErrors{{
    {win32::Success, core::ErrorCode::Internal, "ERROR_SUCCESS"},
    {win32::FileNotFound, core::ErrorCode::NoDevice, "ERROR_FILE_NOT_FOUND"},
    {win32::PathNotFound, core::ErrorCode::Io, "ERROR_PATH_NOT_FOUND"},
    {win32::AccessDenied, core::ErrorCode::PermissionDenied, "ERROR_ACCESS_DENIED"},
    {win32::InvalidHandle, core::ErrorCode::System, "ERROR_INVALID_HANDLE"},
    {win32::NotEnoughMemory, core::ErrorCode::System, "ERROR_NOT_ENOUGH_MEMORY"},
    {win32::OutOfMemory, core::ErrorCode::System, "ERROR_OUTOFMEMORY"},
    {win32::NotSupported, core::ErrorCode::Unsupported, "ERROR_NOT_SUPPORTED"},
    {win32::InvalidParameter, core::ErrorCode::InvalidArgument, "ERROR_INVALID_PARAMETER"},
    {win32::InsufficientBuffer, core::ErrorCode::System, "ERROR_INSUFFICIENT_BUFFER"},
    {win32::AlreadyExists, core::ErrorCode::Exists, "ERROR_ALREADY_EXISTS"},
    {win32::WaitTimeout, core::ErrorCode::Timeout, "WAIT_TIMEOUT"},
    {win32::ElevationRequired, core::ErrorCode::PermissionDenied, "ERROR_ELEVATION_REQUIRED"},
    {win32::NotFound, core::ErrorCode::NotFound, "ERROR_NOT_FOUND"},
    {win32::NetworkUnreachable, core::ErrorCode::NetUnreachable, "ERROR_NETWORK_UNREACHABLE"},
    {win32::HostUnreachable, core::ErrorCode::NetUnreachable, "ERROR_HOST_UNREACHABLE"},
    {win32::PrivilegeNotHeld, core::ErrorCode::PermissionDenied, "ERROR_PRIVILEGE_NOT_HELD"},
    {win32::Timeout, core::ErrorCode::Timeout, "ERROR_TIMEOUT"},
    {win32::ObjectAlreadyExists, core::ErrorCode::Exists, "ERROR_OBJECT_ALREADY_EXISTS"},
}};

const ErrorEntry* findError(std::uint32_t error) {
    for (const auto& e : kErrors)
        if (e.error == error)
            return &e;
    return nullptr;
}

core::Family familyOf(std::uint16_t af) {
    return af == kAfInet    ? core::Family::V4
           : af == kAfInet6 ? core::Family::V6
                            : core::Family::None;
}

std::uint16_t afOf(core::Family f) {
    return f == core::Family::V6 ? kAfInet6 : kAfInet;
}

std::size_t byteCount(core::Family f) {
    return f == core::Family::V6 ? 16 : 4;
}

bool allZero(const std::array<std::uint8_t, 16>& b, std::size_t n) {
    return std::all_of(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(n),
                       [](std::uint8_t x) { return x == 0; });
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string luidText(std::uint64_t luid) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%016llx", static_cast<unsigned long long>(luid));
    return buf;
}

core::Result<std::uint64_t> parseLuid(std::string_view s) {
    if (s.size() < 3 || s.size() > 18 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        return core::makeError(core::ErrorCode::Parse, "LUID must be a hex string \"0x...\"");
    std::uint64_t v = 0;
    auto [p, ec] = std::from_chars(s.data() + 2, s.data() + s.size(), v, 16);
    if (ec != std::errc() || p != s.data() + s.size())
        return core::makeError(core::ErrorCode::Parse, "bad LUID \"" + std::string(s) + "\"");
    return v;
}

} // namespace

core::ErrorCode win32ErrorToCode(std::uint32_t error) {
    const ErrorEntry* e = findError(error);
    return e ? e->code : core::ErrorCode::System;
}

std::string win32ErrorName(std::uint32_t error) {
    const ErrorEntry* e = findError(error);
    return e ? std::string(e->name) : "Win32 error " + std::to_string(error);
}

core::Error win32Error(std::uint32_t error, std::string_view what, std::string_view detail) {
    std::string msg(what);
    msg += ": " + win32ErrorName(error);
    if (findError(error))
        msg += " (" + std::to_string(error) + ")";
    if (!detail.empty()) {
        msg += ": ";
        msg += detail;
    }
    core::Error e = core::makeError(win32ErrorToCode(error), std::move(msg));
    e.sysErrno = static_cast<int>(error);
    return e;
}

std::uint8_t protocolFromWindows(std::uint32_t protocol, std::uint32_t origin, bool owned) {
    if (owned && protocol == winproto::NetMgmt)
        return core::proto::Splitroute;
    if (origin == winorigin::Dhcp)
        return core::proto::Dhcp;
    if (origin == winorigin::RouterAdvertisement)
        return core::proto::Ra;
    switch (protocol) {
    case winproto::Local:
        return core::proto::Kernel;
    case winproto::NetMgmt:
    case winproto::NtAutoStatic:
    case winproto::NtStatic:
    case winproto::NtStaticNonDod:
        // Routes the stack sets up itself (loopback, multicast) are NetMgmt + WellKnown.
        return origin == winorigin::WellKnown ? core::proto::Kernel : core::proto::Static;
    case winproto::Icmp:
        return core::proto::Redirect;
    case winproto::Dhcp:
        return core::proto::Dhcp;
    case winproto::Rip:
        return 189; // iproute2 "rip"
    case winproto::IsIs:
        return 187; // "isis"
    case winproto::Ospf:
        return 188; // "ospf"
    case winproto::Bgp:
        return 186; // "bgp"
    case winproto::Eigrp:
        return 192; // "eigrp"
    default:
        return core::proto::Unspec;
    }
}

WindowsProtocol protocolToWindows(std::uint8_t protocol) {
    switch (protocol) {
    case core::proto::Kernel:
        return {winproto::Local, winorigin::WellKnown};
    case core::proto::Redirect:
        return {winproto::Icmp, winorigin::Manual};
    case core::proto::Dhcp:
        return {winproto::NetMgmt, winorigin::Dhcp};
    case core::proto::Ra:
        return {winproto::NetMgmt, winorigin::RouterAdvertisement};
    case 189:
        return {winproto::Rip, winorigin::Manual};
    case 187:
        return {winproto::IsIs, winorigin::Manual};
    case 188:
        return {winproto::Ospf, winorigin::Manual};
    case 186:
        return {winproto::Bgp, winorigin::Manual};
    case 192:
        return {winproto::Eigrp, winorigin::Manual};
    default:
        return {winproto::NetMgmt, winorigin::Manual}; // static, boot, ours, unspec
    }
}

core::Result<core::Route> routeFromForwardRow(const ForwardRow& row, bool owned) {
    const core::Family family = familyOf(row.family);
    if (family == core::Family::None)
        return core::makeError(core::ErrorCode::Unsupported,
                               "route of address family " + std::to_string(row.family));
    if (row.prefixLength > core::familyBits(family))
        return core::makeError(core::ErrorCode::OutOfRange, "prefix length " +
                                                                std::to_string(row.prefixLength) +
                                                                " for " + core::familyName(family));
    core::Route r;
    r.destination =
        core::Prefix(core::IpAddress::fromBytes(family, row.destination.data()), row.prefixLength);
    if (!allZero(row.nextHop, byteCount(family)))
        r.gateway = core::IpAddress::fromBytes(family, row.nextHop.data());
    r.interface = row.alias;
    r.ifindex = row.ifIndex;
    const std::uint64_t sum = std::uint64_t{row.routeMetric} + row.interfaceMetric;
    r.metric = static_cast<std::uint32_t>(
        std::min<std::uint64_t>(sum, std::numeric_limits<std::uint32_t>::max()));
    r.table = core::table::Main;
    r.type = core::RouteType::Unicast;
    r.protocol = protocolFromWindows(row.protocol, row.origin, owned);
    r.scope = r.gateway.isNull() ? core::scope::Link : core::scope::Universe;
    return r;
}

core::Result<ForwardRow> forwardRowFromRoute(const core::Route& route, const InterfaceRef& iface) {
    const std::string what = route.destination.toString();
    if (route.destination.isNull())
        return core::makeError(core::ErrorCode::InvalidArgument, "route without a destination");
    if (route.isMultipath())
        return core::makeError(core::ErrorCode::Unsupported,
                               what + ": multipath routes are not supported on Windows "
                                      "(add one route per next hop)");
    if (route.type != core::RouteType::Unicast)
        return core::makeError(core::ErrorCode::Unsupported,
                               what + ": only unicast routes exist on Windows, not " +
                                   core::routeTypeName(route.type));
    if (route.table != core::table::Main)
        return core::makeError(core::ErrorCode::Unsupported,
                               what + ": Windows has one routing table, not table " +
                                   core::tableName(route.table));
    const core::Family family = route.family();
    if (!route.gateway.isNull() && route.gateway.family() != family)
        return core::makeError(core::ErrorCode::InvalidArgument,
                               what + ": gateway " + route.gateway.toString() +
                                   " is of the other address family");
    ForwardRow row;
    row.family = afOf(family);
    const std::size_t n = byteCount(family);
    std::copy_n(route.destination.address().bytes().begin(), n, row.destination.begin());
    row.prefixLength = static_cast<std::uint8_t>(route.destination.length());
    if (!route.gateway.isNull())
        std::copy_n(route.gateway.bytes().begin(), n, row.nextHop.begin());
    row.ifIndex = iface.ifIndex;
    row.luid = iface.luid;
    row.alias = iface.alias;
    row.interfaceMetric = iface.interfaceMetric;
    row.routeMetric =
        route.metric >= iface.interfaceMetric ? route.metric - iface.interfaceMetric : 0;
    const WindowsProtocol wp = protocolToWindows(route.protocol);
    row.protocol = wp.protocol;
    row.origin = wp.origin;
    return row;
}

InterfaceKind interfaceKindFromWindows(std::uint32_t ifType, std::string_view description) {
    // VPN adapters first: TAP-Windows reports itself as Ethernet (6), Wintun and ovpn-dco as
    // IF_TYPE_PROP_VIRTUAL (53); only the driver's description tells them apart.
    const std::string d = lower(description);
    if (d.find("tap-windows") != std::string::npos || d.find("tap-win32") != std::string::npos)
        return InterfaceKind::Tap;
    if (d.find("wireguard") != std::string::npos)
        return InterfaceKind::WireGuard;
    // Layer-3 VPN adapters: Wintun (OpenVPN 2.5+, many others), ovpn-dco, and the virtual
    // adapters of common corporate clients, which claim to be Ethernet.
    for (const char* vpn : {"wintun", "data channel offload", "anyconnect", "pangp virtual",
                            "fortinet ssl vpn", "juniper networks virtual"})
        if (d.find(vpn) != std::string::npos)
            return InterfaceKind::Tun;
    switch (ifType) {
    case 24:
        return InterfaceKind::Loopback; // IF_TYPE_SOFTWARE_LOOPBACK
    case 6:
        return InterfaceKind::Ethernet; // IF_TYPE_ETHERNET_CSMACD
    case 71:
        return InterfaceKind::Wireless; // IF_TYPE_IEEE80211
    case 23:
        return InterfaceKind::Ppp; // IF_TYPE_PPP (also RAS VPN connections)
    case 209:
        return InterfaceKind::Bridge; // IF_TYPE_BRIDGE
    default:
        return InterfaceKind::Other; // 131 IF_TYPE_TUNNEL is Teredo/6to4/IP-HTTPS
    }
}

OwnedRoute ownedRouteFromRow(const ForwardRow& row) {
    OwnedRoute o;
    const core::Family family = familyOf(row.family);
    o.luid = row.luid;
    o.alias = row.alias;
    if (family == core::Family::None)
        return o;
    o.destination =
        core::Prefix(core::IpAddress::fromBytes(family, row.destination.data()), row.prefixLength);
    if (!allZero(row.nextHop, byteCount(family)))
        o.nextHop = core::IpAddress::fromBytes(family, row.nextHop.data());
    return o;
}

bool OwnedRouteRecord::contains(const OwnedRoute& r) const {
    return m_keys.count(keyOf(r)) != 0;
}

bool OwnedRouteRecord::add(const OwnedRoute& r) {
    if (!m_keys.insert(keyOf(r)).second)
        return false;
    m_routes.push_back(r);
    return true;
}

bool OwnedRouteRecord::remove(const OwnedRoute& r) {
    if (m_keys.erase(keyOf(r)) == 0)
        return false;
    m_routes.erase(std::find_if(m_routes.begin(), m_routes.end(),
                                [&](const OwnedRoute& o) { return o.sameKey(r); }));
    return true;
}

nlohmann::json OwnedRouteRecord::toJson() const {
    nlohmann::json routes = nlohmann::json::array();
    for (const auto& r : m_routes) {
        routes.push_back({{"luid", luidText(r.luid)},
                          {"destination", r.destination.toString()},
                          {"nexthop", r.nextHop.isNull() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(r.nextHop.toString())},
                          {"alias", r.alias}});
    }
    return {{"version", 1}, {"routes", std::move(routes)}};
}

core::Result<OwnedRouteRecord> OwnedRouteRecord::fromJson(const nlohmann::json& j) {
    auto bad = [](std::string m) {
        return core::makeError(core::ErrorCode::Parse, "owned-routes record: " + std::move(m));
    };
    if (!j.is_object())
        return bad("not an object");
    for (const auto& [k, v] : j.items())
        if (k != "version" && k != "routes")
            return bad("unknown field \"" + k + "\"");
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"] != 1)
        return bad("\"version\" must be 1");
    if (!j.contains("routes") || !j["routes"].is_array())
        return bad("\"routes\" must be an array");
    OwnedRouteRecord rec;
    std::size_t i = 0;
    for (const auto& e : j["routes"]) {
        const std::string at = "route " + std::to_string(i++) + ": ";
        if (!e.is_object())
            return bad(at + "not an object");
        for (const auto& [k, v] : e.items())
            if (k != "luid" && k != "destination" && k != "nexthop" && k != "alias")
                return bad(at + "unknown field \"" + k + "\"");
        if (!e.contains("luid") || !e["luid"].is_string() || !e.contains("destination") ||
            !e["destination"].is_string())
            return bad(at + "\"luid\" and \"destination\" must be strings");
        OwnedRoute o;
        auto luid = parseLuid(e["luid"].get<std::string>());
        if (!luid)
            return bad(at + luid.error().message);
        o.luid = *luid;
        auto dest = core::Prefix::parse(e["destination"].get<std::string>());
        if (!dest)
            return bad(at + dest.error().message);
        o.destination = *dest;
        if (e.contains("nexthop") && !e["nexthop"].is_null()) {
            if (!e["nexthop"].is_string())
                return bad(at + "\"nexthop\" must be a string or null");
            auto hop = core::IpAddress::parse(e["nexthop"].get<std::string>());
            if (!hop)
                return bad(at + hop.error().message);
            if (hop->family() != o.destination.family())
                return bad(at + "next hop of the other address family");
            o.nextHop = *hop;
        }
        if (e.contains("alias")) {
            if (!e["alias"].is_string())
                return bad(at + "\"alias\" must be a string");
            o.alias = e["alias"].get<std::string>();
        }
        if (!rec.add(o))
            return bad(at + "duplicate of an earlier route");
    }
    return rec;
}

core::Result<OwnedRouteRecord> OwnedRouteRecord::parse(std::string_view text) {
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded())
        return core::makeError(core::ErrorCode::Parse, "owned-routes record: not valid JSON");
    return fromJson(j);
}

OwnedRouteRecord recordIntent(const OwnedRouteRecord& before,
                              const std::vector<RecordedChange>& changes) {
    OwnedRouteRecord rec = before;
    for (const auto& c : changes)
        if (c.kind == core::ChangeKind::Add && c.route)
            rec.add(*c.route);
    return rec;
}

OwnedRouteRecord recordAfterApply(const OwnedRouteRecord& before,
                                  const std::vector<RecordedChange>& changes, std::size_t applied) {
    OwnedRouteRecord rec = before;
    for (std::size_t i = 0; i < applied && i < changes.size(); ++i) {
        if (!changes[i].route)
            continue;
        if (changes[i].kind == core::ChangeKind::Add)
            rec.add(*changes[i].route);
        else
            rec.remove(*changes[i].route);
    }
    return rec;
}

} // namespace splitroute::platform::iphelper
