// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The portable half of the Windows backend: conversions between the IP Helper API's route
// rows and core::Route, the Win32 error mapping, interface kinds and the owned-routes record.
// No windows.h here: this file is compiled and unit-tested on Linux too. Only
// platform/windows/ fills ForwardRow from MIB_IPFORWARD_ROW2 and back.

#include "platform/RouteBackend.h"

#include "core/ChangeSet.h"
#include "core/Route.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace splitroute::platform::iphelper {

/// Win32 error numbers the backend meets (winerror.h values, named as there).
namespace win32 {
inline constexpr std::uint32_t Success = 0;                // ERROR_SUCCESS / NO_ERROR
inline constexpr std::uint32_t FileNotFound = 2;           // ERROR_FILE_NOT_FOUND
inline constexpr std::uint32_t PathNotFound = 3;           // ERROR_PATH_NOT_FOUND
inline constexpr std::uint32_t AccessDenied = 5;           // ERROR_ACCESS_DENIED
inline constexpr std::uint32_t InvalidHandle = 6;          // ERROR_INVALID_HANDLE
inline constexpr std::uint32_t NotEnoughMemory = 8;        // ERROR_NOT_ENOUGH_MEMORY
inline constexpr std::uint32_t OutOfMemory = 14;           // ERROR_OUTOFMEMORY
inline constexpr std::uint32_t NotSupported = 50;          // ERROR_NOT_SUPPORTED
inline constexpr std::uint32_t InvalidParameter = 87;      // ERROR_INVALID_PARAMETER
inline constexpr std::uint32_t InsufficientBuffer = 122;   // ERROR_INSUFFICIENT_BUFFER
inline constexpr std::uint32_t AlreadyExists = 183;        // ERROR_ALREADY_EXISTS
inline constexpr std::uint32_t WaitTimeout = 258;          // WAIT_TIMEOUT
inline constexpr std::uint32_t ElevationRequired = 740;    // ERROR_ELEVATION_REQUIRED
inline constexpr std::uint32_t NotFound = 1168;            // ERROR_NOT_FOUND
inline constexpr std::uint32_t NetworkUnreachable = 1231;  // ERROR_NETWORK_UNREACHABLE
inline constexpr std::uint32_t HostUnreachable = 1232;     // ERROR_HOST_UNREACHABLE
inline constexpr std::uint32_t PrivilegeNotHeld = 1314;    // ERROR_PRIVILEGE_NOT_HELD
inline constexpr std::uint32_t Timeout = 1460;             // ERROR_TIMEOUT
inline constexpr std::uint32_t ObjectAlreadyExists = 5010; // ERROR_OBJECT_ALREADY_EXISTS
} // namespace win32

/// The ErrorCode a Win32 error maps to: the same codes the netlink backend reports for the
/// matching errno (ERROR_OBJECT_ALREADY_EXISTS ~ EEXIST → Exists, ERROR_NOT_FOUND ~ ESRCH →
/// NotFound, ERROR_FILE_NOT_FOUND for an unknown interface ~ ENODEV → NoDevice,
/// ERROR_ACCESS_DENIED ~ EPERM → PermissionDenied, ...). Unknown errors: System.
[[nodiscard]] core::ErrorCode win32ErrorToCode(std::uint32_t error);
/// "ERROR_NOT_FOUND" for the errors named above, else "Win32 error 1234".
[[nodiscard]] std::string win32ErrorName(std::uint32_t error);
/// An Error with the mapped code, "what: ERROR_NAME (number)[: detail]" and sysErrno = error.
[[nodiscard]] core::Error win32Error(std::uint32_t error, std::string_view what,
                                     std::string_view detail = {});

/// NL_ROUTE_PROTOCOL values (nldef.h).
namespace winproto {
inline constexpr std::uint32_t Other = 1;
inline constexpr std::uint32_t Local = 2;
inline constexpr std::uint32_t NetMgmt = 3; // route add, New-NetRoute, OpenVPN, us
inline constexpr std::uint32_t Icmp = 4;    // ICMP redirect
inline constexpr std::uint32_t Rip = 8;
inline constexpr std::uint32_t IsIs = 9;
inline constexpr std::uint32_t Ospf = 13;
inline constexpr std::uint32_t Bgp = 14;
inline constexpr std::uint32_t Eigrp = 16;
inline constexpr std::uint32_t Dhcp = 19;
inline constexpr std::uint32_t NtAutoStatic = 10002;
inline constexpr std::uint32_t NtStatic = 10006;
inline constexpr std::uint32_t NtStaticNonDod = 10007;
} // namespace winproto

/// NL_ROUTE_ORIGIN values (nldef.h).
namespace winorigin {
inline constexpr std::uint32_t Manual = 0;
inline constexpr std::uint32_t WellKnown = 1;
inline constexpr std::uint32_t Dhcp = 2;
inline constexpr std::uint32_t RouterAdvertisement = 3;
inline constexpr std::uint32_t SixToFour = 4;
} // namespace winorigin

/// AF_INET / AF_INET6 as Windows numbers them (AF_INET6 is 23 there, not 10).
inline constexpr std::uint16_t kAfInet = 2;
inline constexpr std::uint16_t kAfInet6 = 23;

/// One row of the IP forwarding table in portable form: what platform/windows reads from and
/// writes into MIB_IPFORWARD_ROW2, plus the interface's alias and metric looked up beside it.
struct ForwardRow {
    std::uint16_t family = kAfInet;             ///< kAfInet or kAfInet6
    std::array<std::uint8_t, 16> destination{}; ///< network order; IPv4 in the first 4 bytes
    std::uint8_t prefixLength = 0;
    std::array<std::uint8_t, 16> nextHop{}; ///< all zero: on-link
    std::uint32_t ifIndex = 0;
    std::uint64_t luid = 0;            ///< NET_LUID::Value, the stable interface key
    std::uint32_t routeMetric = 0;     ///< MIB_IPFORWARD_ROW2::Metric
    std::uint32_t interfaceMetric = 0; ///< MIB_IPINTERFACE_ROW::Metric of (family, luid)
    std::uint32_t protocol = winproto::NetMgmt;
    std::uint32_t origin = winorigin::Manual;
    std::string alias; ///< ConvertInterfaceLuidToAlias, UTF-8 ("Ethernet", "Wi-Fi")

    friend bool operator==(const ForwardRow&, const ForwardRow&) = default;
};

/// Linux-numbered protocol (core::proto) for a Windows protocol and origin. A route we added
/// ourselves (`owned`, known from the owned-routes record) is proto::Splitroute.
[[nodiscard]] std::uint8_t protocolFromWindows(std::uint32_t protocol, std::uint32_t origin,
                                               bool owned);
/// Windows protocol and origin for a core protocol, for rows Splitroute writes: everything
/// created through CreateIpForwardEntry2 is NetMgmt (what Windows expects for a manual route);
/// Dhcp and Ra keep their origin so a round trip of a read route is lossless.
struct WindowsProtocol {
    std::uint32_t protocol = winproto::NetMgmt;
    std::uint32_t origin = winorigin::Manual;
};
[[nodiscard]] WindowsProtocol protocolToWindows(std::uint8_t protocol);

/// A route as `route print` would show it: metric = route metric + interface metric (the sum
/// Windows compares), interface = alias, ifindex, on-link when the next hop is 0.0.0.0 / ::
/// (scope link then, as Linux shows its connected routes). Always table main, unicast.
[[nodiscard]] core::Result<core::Route> routeFromForwardRow(const ForwardRow& row,
                                                            bool owned = false);

/// The interface a route change goes to, as the backend resolved it.
struct InterfaceRef {
    std::uint64_t luid = 0;
    std::uint32_t ifIndex = 0;
    std::string alias;
    std::uint32_t interfaceMetric = 0; ///< for the route's family
};

/// The row to create or delete for `route` on `iface`. The route metric written is
/// route.metric − interface metric; a metric below the interface metric cannot be expressed
/// on Windows and becomes route metric 0 (effective metric = interface metric).
/// Errors: multipath routes, non-unicast types, tables other than main (Unsupported),
/// a null destination or a gateway of the other family (InvalidArgument).
[[nodiscard]] core::Result<ForwardRow> forwardRowFromRoute(const core::Route& route,
                                                           const InterfaceRef& iface);

/// InterfaceKind from IF_TYPE (ifdef.h / ipifcons.h) and the adapter's description, which is
/// the only place TAP-Windows, Wintun and ovpn-dco adapters tell themselves apart.
[[nodiscard]] InterfaceKind interfaceKindFromWindows(std::uint32_t ifType,
                                                     std::string_view description);

/// Identity of a route Splitroute created: what DeleteIpForwardEntry2 needs (LUID,
/// destination, next hop). The alias is kept for people reading the file.
struct OwnedRoute {
    std::uint64_t luid = 0;
    core::Prefix destination;
    core::IpAddress nextHop; ///< null for on-link
    std::string alias;

    [[nodiscard]] bool sameKey(const OwnedRoute& o) const {
        return luid == o.luid && destination == o.destination && nextHop == o.nextHop;
    }
    friend bool operator==(const OwnedRoute&, const OwnedRoute&) = default;
};
[[nodiscard]] OwnedRoute ownedRouteFromRow(const ForwardRow& row);

/// The record of routes Splitroute added (%ProgramData%\Splitroute\owned-routes.json):
/// {"version": 1, "routes": [{"luid": "0x...", "destination": "10.0.0.0/8",
///   "nexthop": "192.168.1.1" | null, "alias": "Ethernet"}, ...]}
/// The LUID is written as a hex string: JSON numbers lose 64-bit precision in many readers.
class OwnedRouteRecord {
public:
    [[nodiscard]] const std::vector<OwnedRoute>& routes() const { return m_routes; }
    [[nodiscard]] bool contains(const OwnedRoute& r) const;
    /// Adds r unless a route with the same key is recorded. Returns whether it was added.
    bool add(const OwnedRoute& r);
    /// Removes the route with r's key. Returns whether one was removed.
    bool remove(const OwnedRoute& r);

    friend bool operator==(const OwnedRouteRecord& a, const OwnedRouteRecord& b) {
        return a.m_routes == b.m_routes;
    }

    [[nodiscard]] nlohmann::json toJson() const;
    /// Strict: unknown fields, bad prefixes, addresses or LUIDs are errors.
    [[nodiscard]] static core::Result<OwnedRouteRecord> fromJson(const nlohmann::json& j);
    [[nodiscard]] static core::Result<OwnedRouteRecord> parse(std::string_view text);

private:
    using Key = std::tuple<std::uint64_t, core::Prefix, core::IpAddress>;
    static Key keyOf(const OwnedRoute& r) { return {r.luid, r.destination, r.nextHop}; }

    std::vector<OwnedRoute> m_routes; // in the order added (the file's order)
    std::set<Key> m_keys;             // for listing a large table against a large record
};

/// One change of an apply() as the record sees it: its kind and the route's key, or no key
/// when the change could not be resolved (it fails when its turn comes).
struct RecordedChange {
    core::ChangeKind kind = core::ChangeKind::Add;
    std::optional<OwnedRoute> route;
};

/// The record to write before touching the table: `before` plus every add that can be
/// attempted. A crash mid-apply then leaves a record naming routes that may not exist (their
/// deletion later says not-found), never a route of ours that is not recorded.
[[nodiscard]] OwnedRouteRecord recordIntent(const OwnedRouteRecord& before,
                                            const std::vector<RecordedChange>& changes);
/// The record after the first `applied` changes took effect: `before` with those changes
/// replayed in order (so "delete X, add X" leaves X recorded, "add X, delete X" does not).
[[nodiscard]] OwnedRouteRecord recordAfterApply(const OwnedRouteRecord& before,
                                                const std::vector<RecordedChange>& changes,
                                                std::size_t applied);

} // namespace splitroute::platform::iphelper
