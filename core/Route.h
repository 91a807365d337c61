// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/InterfaceName.h"
#include "core/Prefix.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// Kernel route types (RTN_*), also used for other systems' routes.
enum class RouteType : std::uint8_t {
    Unicast,
    Local,
    Broadcast,
    Anycast,
    Multicast,
    Blackhole,
    Unreachable,
    Prohibit,
    Throw,
    Nat,
    Unspecified,
};
[[nodiscard]] const char* routeTypeName(RouteType t); // as `ip route` writes it
[[nodiscard]] std::optional<RouteType> routeTypeFromName(std::string_view name);

/// Routing protocol (rtm_protocol): who installed the route. Linux numbers; other systems'
/// origins are mapped onto them (Windows NetMgmt → Static, Local → Kernel, Dhcp → Dhcp, ...).
namespace proto {
inline constexpr std::uint8_t Unspec = 0;
inline constexpr std::uint8_t Redirect = 1;
inline constexpr std::uint8_t Kernel = 2;
inline constexpr std::uint8_t Boot = 3; // also what OpenVPN's own netlink code uses
inline constexpr std::uint8_t Static = 4;
inline constexpr std::uint8_t Ra = 9;
inline constexpr std::uint8_t Dhcp = 16;
/// Splitroute's own protocol number, unassigned in iproute2's rt_protos and rtnetlink.h.
/// Installed as "splitroute" in /etc/iproute2/rt_protos.d/splitroute.conf.
inline constexpr std::uint8_t Splitroute = 157;
} // namespace proto
[[nodiscard]] std::string protocolName(std::uint8_t protocol); // "kernel", "splitroute", "42"
[[nodiscard]] std::optional<std::uint8_t> protocolFromName(std::string_view name);

/// Route scopes (rtm_scope).
namespace scope {
inline constexpr std::uint8_t Universe = 0;
inline constexpr std::uint8_t Site = 200;
inline constexpr std::uint8_t Link = 253;
inline constexpr std::uint8_t Host = 254;
inline constexpr std::uint8_t Nowhere = 255;
} // namespace scope
[[nodiscard]] std::string scopeName(std::uint8_t scope);
[[nodiscard]] std::optional<std::uint8_t> scopeFromName(std::string_view name);

/// Well-known table ids.
namespace table {
inline constexpr std::uint32_t Default = 253;
inline constexpr std::uint32_t Main = 254;
inline constexpr std::uint32_t Local = 255;
/// macOS / BSD interface-scoped routes (netstat flag I): they serve only sockets bound to
/// their interface, so they are no candidates in an ordinary lookup. Kept in a table of their
/// own ("scoped"), which lookups consult only after main and default.
inline constexpr std::uint32_t Scoped = 0xFFFFFF00u;
} // namespace table
[[nodiscard]] std::string tableName(std::uint32_t table);
[[nodiscard]] std::optional<std::uint32_t> tableFromName(std::string_view name);
/// Where a table comes in the order Linux's default rules consult them: local (0), main (1),
/// default (2), any other table (3; callers order those by id).
[[nodiscard]] int tableRank(std::uint32_t table);

namespace routeflag {
inline constexpr std::uint8_t OnLink = 1;   ///< gateway is on-link even if no address covers it
inline constexpr std::uint8_t LinkDown = 2; ///< the output device is down (ip route "linkdown")
inline constexpr std::uint8_t Dead = 4;
} // namespace routeflag

/// One next hop of a multipath route.
struct NextHop {
    IpAddress gateway; ///< null: directly connected
    InterfaceName interface;
    std::uint32_t ifindex = 0;
    std::uint16_t weight = 1; ///< 1..256
    std::uint8_t flags = 0;

    friend bool operator==(const NextHop&, const NextHop&) = default;
};

/// One route of a routing table.
struct Route {
    Prefix destination;
    IpAddress gateway;         ///< null: on-link (directly connected) or a non-unicast type
    InterfaceName interface;   ///< as the source names it ("eth0", "Wi-Fi", "0x12", "10.0.0.5")
    std::uint32_t ifindex = 0; ///< 0 when unknown
    std::uint32_t metric = 0;
    std::uint32_t table = table::Main;
    RouteType type = RouteType::Unicast;
    std::uint8_t protocol = proto::Unspec;
    std::uint8_t scope = scope::Universe;
    std::uint8_t flags = 0;
    IpAddress preferredSource;
    std::vector<NextHop> nexthops; ///< multipath; when set, gateway/interface are empty

    [[nodiscard]] bool isOnLink() const { return gateway.isNull(); }
    [[nodiscard]] bool isMultipath() const { return !nexthops.empty(); }
    [[nodiscard]] Family family() const { return destination.family(); }
    /// The kernel's identity of a route: table, destination, metric (and type for deletes).
    [[nodiscard]] bool sameKey(const Route& o) const {
        return table == o.table && destination == o.destination && metric == o.metric;
    }
    /// Where packets go: "via 192.168.1.1 dev wlan0", "dev tun0", "blackhole".
    [[nodiscard]] std::string nextHopText() const;
    /// The next hop in iproute2's syntax, each part after a space: " via 192.168.1.1 dev wlan0",
    /// or " nexthop via … dev … weight 2" once per hop of a multipath route.
    [[nodiscard]] std::string nextHopArgs() const;
    /// One line in `ip route` style.
    [[nodiscard]] std::string toString() const;

    friend bool operator==(const Route&, const Route&) = default;
};

} // namespace splitroute::core
