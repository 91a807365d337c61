// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Route.h"

#include <array>
#include <charconv>

namespace splitroute::core {

namespace {
struct TypeName {
    RouteType type;
    const char* name;
};
constexpr std::array<TypeName, 11> kTypes{{
    {RouteType::Unicast, "unicast"},
    {RouteType::Local, "local"},
    {RouteType::Broadcast, "broadcast"},
    {RouteType::Anycast, "anycast"},
    {RouteType::Multicast, "multicast"},
    {RouteType::Blackhole, "blackhole"},
    {RouteType::Unreachable, "unreachable"},
    {RouteType::Prohibit, "prohibit"},
    {RouteType::Throw, "throw"},
    {RouteType::Nat, "nat"},
    {RouteType::Unspecified, "unspec"},
}};

struct ProtoName {
    std::uint8_t id;
    const char* name;
};
// iproute2's /etc/iproute2/rt_protos plus ours.
constexpr std::array<ProtoName, 25> kProtos{{
    {0, "unspec"},   {1, "redirect"}, {2, "kernel"},    {3, "boot"},
    {4, "static"},   {8, "gated"},    {9, "ra"},        {10, "mrt"},
    {11, "zebra"},   {12, "bird"},    {13, "dnrouted"}, {14, "xorp"},
    {15, "ntk"},     {16, "dhcp"},    {17, "mrouted"},  {18, "keepalived"},
    {42, "babel"},   {99, "openr"},   {186, "bgp"},     {187, "isis"},
    {188, "ospf"},   {189, "rip"},    {192, "eigrp"},   {proto::Splitroute, "splitroute"},
    {44, "openvpn"}, // not assigned by the kernel; never produced by us, accepted on input
}};

template <typename T> std::optional<T> parseNumber(std::string_view s) {
    T v{};
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}
} // namespace

const char* routeTypeName(RouteType t) {
    for (const auto& e : kTypes)
        if (e.type == t)
            return e.name;
    return "unspec";
}

std::optional<RouteType> routeTypeFromName(std::string_view name) {
    for (const auto& e : kTypes)
        if (name == e.name)
            return e.type;
    return std::nullopt;
}

std::string protocolName(std::uint8_t protocol) {
    for (const auto& e : kProtos)
        if (e.id == protocol && e.id != 44)
            return e.name;
    return std::to_string(protocol);
}

std::optional<std::uint8_t> protocolFromName(std::string_view name) {
    for (const auto& e : kProtos)
        if (name == e.name)
            return e.id;
    return parseNumber<std::uint8_t>(name);
}

std::string scopeName(std::uint8_t s) {
    switch (s) {
    case scope::Universe:
        return "global";
    case scope::Site:
        return "site";
    case scope::Link:
        return "link";
    case scope::Host:
        return "host";
    case scope::Nowhere:
        return "nowhere";
    default:
        return std::to_string(s);
    }
}

std::optional<std::uint8_t> scopeFromName(std::string_view name) {
    if (name == "global" || name == "universe")
        return scope::Universe;
    if (name == "site")
        return scope::Site;
    if (name == "link")
        return scope::Link;
    if (name == "host")
        return scope::Host;
    if (name == "nowhere")
        return scope::Nowhere;
    return parseNumber<std::uint8_t>(name);
}

std::string tableName(std::uint32_t t) {
    switch (t) {
    case table::Main:
        return "main";
    case table::Local:
        return "local";
    case table::Default:
        return "default";
    case table::Scoped:
        return "scoped";
    default:
        return std::to_string(t);
    }
}

std::optional<std::uint32_t> tableFromName(std::string_view name) {
    if (name == "main")
        return table::Main;
    if (name == "local")
        return table::Local;
    if (name == "default")
        return table::Default;
    if (name == "scoped")
        return table::Scoped;
    return parseNumber<std::uint32_t>(name);
}

int tableRank(std::uint32_t t) {
    switch (t) {
    case table::Local:
        return 0;
    case table::Main:
        return 1;
    case table::Default:
        return 2;
    default:
        return 3;
    }
}

std::string Route::nextHopArgs() const {
    std::string s;
    if (isMultipath()) {
        for (const auto& nh : nexthops) {
            s += " nexthop";
            if (!nh.gateway.isNull())
                s += " via " + nh.gateway.toString();
            if (!nh.interface.empty())
                s += " dev " + nh.interface.str();
            if (nh.weight != 1)
                s += " weight " + std::to_string(nh.weight);
        }
        return s;
    }
    if (!gateway.isNull())
        s += " via " + gateway.toString();
    if (!interface.empty())
        s += " dev " + interface.str();
    return s;
}

std::string Route::nextHopText() const {
    if (type != RouteType::Unicast && type != RouteType::Local && type != RouteType::Broadcast &&
        type != RouteType::Multicast && type != RouteType::Anycast)
        return routeTypeName(type);
    if (isMultipath()) {
        std::string s;
        for (const auto& nh : nexthops) {
            if (!s.empty())
                s += ", ";
            if (!nh.gateway.isNull())
                s += "via " + nh.gateway.toString() + ' ';
            s += "dev " + nh.interface.str();
        }
        return s;
    }
    std::string s;
    if (!gateway.isNull())
        s = "via " + gateway.toString();
    if (!interface.empty()) {
        if (!s.empty())
            s += ' ';
        s += "dev " + interface.str();
    }
    return s;
}

std::string Route::toString() const {
    std::string s;
    if (type != RouteType::Unicast)
        s = std::string(routeTypeName(type)) + ' ';
    s += destination.isDefault() ? "default" : destination.toString();
    if (type == RouteType::Unicast || type == RouteType::Local || type == RouteType::Broadcast ||
        type == RouteType::Multicast || type == RouteType::Anycast)
        s += nextHopArgs();
    if (table != table::Main)
        s += " table " + tableName(table);
    if (protocol != proto::Unspec)
        s += " proto " + protocolName(protocol);
    if (scope != scope::Universe)
        s += " scope " + scopeName(scope);
    if (!preferredSource.isNull())
        s += " src " + preferredSource.toString();
    if (metric != 0)
        s += " metric " + std::to_string(metric);
    if (flags & routeflag::OnLink)
        s += " onlink";
    if (flags & routeflag::LinkDown)
        s += " linkdown";
    return s;
}

} // namespace splitroute::core
