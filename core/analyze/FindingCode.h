// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

namespace splitroute::core {

/// Every finding code core produces, with the meaning of its `Finding::args` (positional; the
/// GUI's translations use them as %1, %2, …). Lists are one argument, comma-separated.
/// A "variant" argument selects one of a few wordings; it is a fixed keyword, never text.
namespace findingcode {
// Analyzers (core/analyze/Analyzer.cpp), in the order analyze() runs them.
/// tunnel device, IPv6 interface, IPv6 route
inline constexpr const char* Ipv6Leak = "ipv6-leak";
/// variant "local" | "bypass": variant, route destination, interface, public ranges;
/// variant "rule": variant, rule name, network
inline constexpr const char* LocalNet = "tunnelcrack-localnet";
/// route destination, its interface, tunnel device, the ranges it takes from the tunnel
inline constexpr const char* TunnelVision = "tunnelvision-dhcp-route";
/// server address
inline constexpr const char* ServerIpMissing = "server-ip-missing";
/// server address, tunnel interface, route
inline constexpr const char* ServerIpViaTunnel = "server-ip-via-tunnel";
/// (none)
inline constexpr const char* ServerIpDns = "server-ip-dns";
/// VPN route destination, its interface, the DNS server's address
inline constexpr const char* SwallowsDns = "pushed-route-swallows-dns";
/// VPN route destination, its interface, the gateway's address
inline constexpr const char* SwallowsGateway = "pushed-route-swallows-gateway";
/// variant "inside" | "outside", VPN route destination, local network, its interface
inline constexpr const char* OverlapsLan = "pushed-route-overlaps-lan";
/// the pushed DNS servers (may be empty)
inline constexpr const char* RouteNopullDns = "route-nopull-drops-dns";
/// (none)
inline constexpr const char* AwsEnforcement = "aws-route-enforcement";
/// (none)
inline constexpr const char* AwsPullFilter = "aws-pull-filter-stripped";
/// bypass route, the ranges it loses
inline constexpr const char* BypassShadowed = "bypass-shadowed";
/// tunnel route, the ranges it loses
inline constexpr const char* TunnelShadowed = "tunnel-route-shadowed";
/// route, uncovered ranges, interface
inline constexpr const char* IrouteMissing = "iroute-missing";
/// network, primary interface, its metric, backup interfaces, their metrics
inline constexpr const char* PrimaryBackup = "tunnel-primary-backup";
/// network, first interface, second interface, the metric
inline constexpr const char* SameMetric = "tunnel-same-metric";

// Planner (core/plan/Planner.cpp).
/// the route left in place, the network that keeps its next hop
inline constexpr const char* CannotOverride = "cannot-override";
/// rule name, host name, the resolver's error
inline constexpr const char* HostUnresolved = "host-unresolved";
/// rule name, rule mode ("tunnel" | "bypass"), rule target, protected network, reason (one
/// of the planner's fixed English phrases, e.g. "the VPN server")
inline constexpr const char* ProtectedOverlap = "protected-overlap";
/// rule name, rule target
inline constexpr const char* RuleShadowed = "rule-shadowed";
/// family ("IPv4" | "IPv6")
inline constexpr const char* NoPhysicalRoute = "no-physical-route";
/// family ("IPv4" | "IPv6")
inline constexpr const char* NoTunnel = "no-tunnel";
/// family, variant "keep-override" | "remove-override", changes taken, changes otherwise
inline constexpr const char* ComplementUsed = "complement-used";

/// Every code above, analyzers first.
inline constexpr std::array all{
    Ipv6Leak,       LocalNet,        TunnelVision,    ServerIpMissing, ServerIpViaTunnel,
    ServerIpDns,    SwallowsDns,     SwallowsGateway, OverlapsLan,     RouteNopullDns,
    AwsEnforcement, AwsPullFilter,   BypassShadowed,  TunnelShadowed,  IrouteMissing,
    PrimaryBackup,  SameMetric,      CannotOverride,  HostUnresolved,  ProtectedOverlap,
    RuleShadowed,   NoPhysicalRoute, NoTunnel,        ComplementUsed,
};
} // namespace findingcode

} // namespace splitroute::core
