// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Making a split permanent in NetworkManager: a Plan becomes the routing settings of two
// connection profiles (the VPN one and the one that carries the physical default route), and
// those settings become `nmcli connection modify` argument vectors, their exact undo, a
// backup document, and — for keyfiles — the same properties read from an .nmconnection file.

#include "core/Result.h"
#include "core/plan/Planner.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// The routing settings of one family of one NetworkManager connection, as the raw strings
/// `nmcli -t -e yes -f ipv4.routes,ipv4.never-default,…` prints them (so an undo writes back
/// exactly what was there; nmcli accepts its own output as input).
struct NmFamilySettings {
    std::string routes;                  ///< "203.0.113.0/24 192.0.2.1, 10.11.0.0/16"; "" = none
    std::string neverDefault = "no";     ///< "yes" | "no"
    std::string ignoreAutoRoutes = "no"; ///< "yes" | "no"
    std::string routeMetric = "-1";      ///< "-1" = the device type's default
    friend bool operator==(const NmFamilySettings&, const NmFamilySettings&) = default;
};

/// ipv4.* and ipv6.* routing settings of one connection.
struct NmRoutingSettings {
    NmFamilySettings v4, v6;
    [[nodiscard]] NmFamilySettings& family(Family f) { return f == Family::V6 ? v6 : v4; }
    [[nodiscard]] const NmFamilySettings& family(Family f) const {
        return f == Family::V6 ? v6 : v4;
    }
    friend bool operator==(const NmRoutingSettings&, const NmRoutingSettings&) = default;
};

/// The property names nmcli uses, in the order Splitroute reads and writes them:
/// ipv4.routes, ipv4.never-default, ipv4.ignore-auto-routes, ipv4.route-metric, then ipv6.
[[nodiscard]] const std::vector<std::string>& nmRoutingProperties();
/// The value of one of nmRoutingProperties() in `s`; nullptr for another name.
[[nodiscard]] const std::string* nmProperty(const NmRoutingSettings& s, std::string_view name);
[[nodiscard]] std::string* nmProperty(NmRoutingSettings& s, std::string_view name);

/// The entries of an ipvN.routes value ("A, B" → {"A", "B"}); nmcli separates them by ", ".
[[nodiscard]] std::vector<std::string> splitNmRoutes(std::string_view routes);
[[nodiscard]] std::string joinNmRoutes(const std::vector<std::string>& entries);
/// The destination prefix of one entry ("10.0.0.0/8 192.0.2.1 50" → "10.0.0.0/8"; a bare
/// address gets its host length, as nmcli does).
[[nodiscard]] std::string nmRouteDestination(std::string_view entry);
/// The entry for a route: "DEST" on the VPN (NetworkManager sends it via the VPN's gateway);
/// "DEST GATEWAY METRIC" on the underlying connection ("DEST 0.0.0.0 METRIC" when on-link).
[[nodiscard]] std::string nmRouteEntry(const Route& route, bool onVpn);

/// Which of the two connections a setting belongs to.
enum class NmRole { Vpn, Underlying };
[[nodiscard]] const char* nmRoleName(NmRole role); // "vpn", "underlying"

/// What a plan asks of NetworkManager, before any connection is looked up: the tunnel device,
/// the devices bypass routes leave through, and the new settings of both connections given
/// their current ones.
struct NmTarget {
    NmRoutingSettings vpn;
    NmRoutingSettings underlying;
    bool touchesUnderlying = false;      ///< the plan has bypass routes
    std::set<std::string> bypassDevices; ///< their interfaces
};

/// Plan → settings. Tunnel routes become ipvN.routes entries of the VPN connection; removing
/// the default override (0.0.0.0/1 + 128.0.0.0/1, ::/1 + 8000::/1, or a default route on the
/// tunnel) is `never-default yes` on the VPN for that family, adding it back `no`; deleting a
/// route the VPN pushed is `ignore-auto-routes yes` plus every pushed route that stays (from
/// the plan's before-table) written explicitly. Bypass routes are entries "DEST GATEWAY METRIC"
/// of the underlying connection; deleting one is only possible when it is such an entry.
/// Entries already present are not added twice. Errors: a plan without a tunnel device, a
/// route deletion NetworkManager settings cannot express.
[[nodiscard]] Result<NmTarget> nmTargetFromPlan(const Plan& plan, const NmRoutingSettings& vpn,
                                                const NmRoutingSettings& underlying);

/// One property change of one connection.
struct NmPropertyChange {
    std::string property; ///< "ipv4.routes"
    std::string before;
    std::string after;
    friend bool operator==(const NmPropertyChange&, const NmPropertyChange&) = default;
};

/// The changed properties of one connection for one family: one `nmcli connection modify`.
struct NmConnectionEdit {
    NmRole role = NmRole::Vpn;
    std::string uuid;
    std::string name;
    std::vector<NmPropertyChange> changes;

    /// {"connection", "modify", UUID, PROP, VALUE, ...}: the values after (or before, for undo).
    [[nodiscard]] std::vector<std::string> modifyArgs(bool undo = false) const;
    /// {PROP, VALUE, ...} only, as `nmcli --offline connection modify` takes them.
    [[nodiscard]] std::vector<std::string> propertyArgs(bool undo = false) const;
};

/// The edits turning `before` into `after` for one connection: one per family with a change,
/// IPv4 first; properties in nmRoutingProperties() order.
[[nodiscard]] std::vector<NmConnectionEdit> nmEdits(NmRole role, const std::string& uuid,
                                                    const std::string& name,
                                                    const NmRoutingSettings& before,
                                                    const NmRoutingSettings& after);

/// The backup written before touching NetworkManager and read by undo:
/// {"format":"splitroute-nm-persist","version":1,"vpn":UUID,"edits":[{"role","uuid","name",
///  "changes":[{"property","before","after"}]}]}.
[[nodiscard]] nlohmann::json nmBackupToJson(const std::string& vpnUuid,
                                            const std::vector<NmConnectionEdit>& edits);
/// Strict reader of nmBackupToJson's output; errors name `file`.
[[nodiscard]] Result<std::vector<NmConnectionEdit>> nmBackupFromJson(std::string_view text,
                                                                     const std::string& file);

/// A NetworkManager keyfile (.nmconnection) as far as persisting needs it.
struct NmKeyfile {
    std::string id;
    std::string uuid;
    std::string type;        ///< "vpn", "wireguard", "ethernet", "wifi", ...
    std::string serviceType; ///< [vpn] service-type, e.g. "org.freedesktop.NetworkManager.openvpn"
    std::string interfaceName;
    NmRoutingSettings settings; ///< in nmcli's notation
};
/// Reads the [connection], [vpn], [ipv4] and [ipv6] groups of a keyfile: routeN / routesN
/// ("DEST,GATEWAY,METRIC" plus routeN_options "k=v,…"), never-default, ignore-auto-routes,
/// route-metric. Errors (a line outside any group, a bad route, no [connection] id) name
/// file and line.
[[nodiscard]] Result<NmKeyfile> parseNmKeyfile(std::string_view text, const std::string& file);

} // namespace splitroute::core
