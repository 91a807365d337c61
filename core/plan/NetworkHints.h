// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"
#include "core/plan/Planner.h"
#include "core/plan/Segments.h"
#include "core/plan/SplitPolicy.h"
#include "core/plan/TunnelContext.h"
#include "core/vpn/VpnProfile.h"

#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace splitroute::core {

/// What a hint says; the app turns kind + data into a translated sentence.
enum class HintKind : std::uint8_t {
    /// Earlier rules already decide all of this network (first match wins): `prefixes` = the
    /// earlier rules' networks that overlap it.
    DecidedByEarlierRule,
    /// No route covers any address of this network: `prefixes` empty.
    NotRouted,
    /// The VPN server `addresses[0]` lies inside this network; the planner keeps the route to
    /// it as it is. `prefixes` = its host route (if the table has one), `device`/`gateway` of it.
    VpnServerInside,
    /// A connected (on-link) route outside the tunnel, `prefixes[0]` on `device`, carries (part
    /// of) this network and is more specific than a tunnel route that also covers it — the
    /// TunnelCrack "LocalNet" situation: that traffic does not go through the VPN.
    AlreadyLocal,
    /// A gatewayed route outside the tunnel, `prefixes[0]` via `gateway` on `device`, strictly
    /// inside this network, carries that part while the rest goes through the tunnel.
    PartlyOutside,
    /// The network has no route of its own: the default route or the override halves
    /// (`prefixes`, on `device` via `gateway`) — "All other traffic" — carry all of it.
    CoveredByOtherTraffic,
    /// A 0.0.0.0/0 or ::/0 rule for a family the tunnel `device` carries no routes of: the
    /// planner cannot send that family through it (`prefixes[0]` = the /0).
    TunnelLacksFamily,
    /// A host-name rule without a plan: it is resolved when the plan is made.
    HostResolvedWhenPlanning,
    /// A host-name rule the plan resolved to `addresses`.
    HostResolved,
    /// A host-name rule the plan could not resolve; `text` = why.
    HostUnresolved,
};
[[nodiscard]] const char* hintKindName(HintKind k); // "already-local", ... (for JSON and tests)

/// One fact about a policy rule worth telling the person who decides it.
struct NetworkHint {
    HintKind kind = HintKind::NotRouted;
    std::vector<Prefix> prefixes;
    std::vector<IpAddress> addresses;
    InterfaceName device;
    IpAddress gateway;
    std::string text;

    friend bool operator==(const NetworkHint&, const NetworkHint&) = default;
};

/// How one route sends (a share of) a network's addresses.
struct Carrier {
    InterfaceName device; ///< empty for routes without a device (blackhole, unreachable)
    IpAddress gateway;    ///< null: on-link
    RouteType type = RouteType::Unicast;
    long double share = 0; ///< fraction of the network's addresses, 0..1
    friend bool operator==(const Carrier&, const Carrier&) = default;
};

/// How "all other traffic" of one family leaves according to a table.
struct OtherTrafficRoute {
    enum class Kind : std::uint8_t {
        Override, ///< the VPN's override halves (0.0.0.0/1 + 128.0.0.0/1, ...) on the tunnel
        Default,  ///< a default route (0.0.0.0/0, ::/0) — outside or inside the tunnel
        None,     ///< no default route at all
    };
    Kind kind = Kind::None;
    std::vector<Prefix> prefixes; ///< the override prefixes present, or the /0
    InterfaceName device;
    IpAddress gateway;
    bool viaTunnel = false; ///< the route is on the tunnel device
};

/// Computes the facts the Networks tab shows next to each rule of a split policy. Built once
/// per table (and plan): the effective segments of the table are computed in the constructor,
/// so asking for every rule of a large policy stays cheap.
///
/// When `plan` is given, facts describe the table after the plan (`plan->after`, tunnel device
/// `plan->tunnelDevice` unless `tunnelDevice` is given), i.e. what the rule will do; otherwise
/// `table` as it is now. `table`, `profile` and `plan` must outlive this object.
class NetworkHints {
public:
    NetworkHints(const RouteTable& table, const std::string& tunnelDevice = {},
                 const VpnProfile* profile = nullptr, const Plan* plan = nullptr);

    /// Hints for rule `index` of `policy`, most important first (empty: nothing to say).
    /// Linear in `index` (earlier rules are scanned); use allHints() for a whole policy.
    [[nodiscard]] std::vector<NetworkHint> hints(const SplitPolicy& policy,
                                                 std::size_t index) const;
    /// hints(policy, i) for every rule, in one pass (O(n log n) for the earlier-rule check).
    [[nodiscard]] std::vector<std::vector<NetworkHint>> allHints(const SplitPolicy& policy) const;

    /// Routes that carry `network` in the described table, largest share first. Addresses
    /// this host owns (local and broadcast routes) are left out.
    [[nodiscard]] std::vector<Carrier> carriers(const Prefix& network) const;
    /// What carries a host rule: the plan's resolved addresses, looked up (empty: no plan or
    /// not resolved).
    [[nodiscard]] std::vector<Carrier> carriers(const PolicyRule& rule) const;

    /// How all other traffic of `family` leaves in the described table.
    [[nodiscard]] OtherTrafficRoute otherTraffic(Family family) const;

    [[nodiscard]] const RouteTable& describedTable() const { return *m_table; }
    [[nodiscard]] const TunnelContext& tunnel() const { return m_ctx; }

private:
    struct Piece {
        u128 first, last;
        const Route* route;
    };
    [[nodiscard]] std::optional<NetworkHint> earlierRules(const SplitPolicy& policy,
                                                          std::size_t index) const;
    [[nodiscard]] std::vector<NetworkHint>
    ruleHints(const SplitPolicy& policy, std::size_t index,
              const std::optional<NetworkHint>& earlier) const;
    /// The segments of the described table inside `network` (clipped to it).
    [[nodiscard]] std::vector<Piece> pieces(const Prefix& network) const;
    [[nodiscard]] bool tunnelCarriesFamily(Family f) const;
    [[nodiscard]] bool lessSpecificTunnelRouteCovers(const Route& r) const;

    const RouteTable* m_table;
    const VpnProfile* m_profile;
    const Plan* m_plan;
    TunnelContext m_ctx;
    std::array<std::vector<Segment>, 2> m_segments; // [v4, v6]
    std::set<Prefix> m_tunnelPrefixes;              // of unicast tunnel routes outside table local
    std::vector<IpAddress> m_servers;
};

/// Addresses this host owns or broadcasts on (table local's local/broadcast routes and
/// multicast/anycast routes): not forwarding decisions.
[[nodiscard]] bool isHostAddressRoute(const Route& r);

} // namespace splitroute::core
