// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Prefix.h"
#include "core/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// Where an option came from.
enum class OptionOrigin : std::uint8_t { Config, Pushed, Derived /* e.g. implied by --server */ };

/// One option as parsed, in file order: name without "--", arguments after unquoting.
/// Inline blocks (<ca>…</ca>) are options whose single argument is the block's body.
struct ProfileOption {
    std::string name;
    std::vector<std::string> args;
    SourceLocation where;
    OptionOrigin origin = OptionOrigin::Config;
    bool inlineBlock = false;
    bool known = true; ///< false: not an option Splitroute knows (kept and listed, not fatal)
};

/// How a route's gateway is given (OpenVPN's route gateway keywords).
enum class GatewayKind : std::uint8_t {
    Default,    ///< not given: route-gateway, else the ifconfig remote (net30/p2p)
    VpnGateway, ///< vpn_gateway
    NetGateway, ///< net_gateway: the pre-VPN default gateway (a bypass)
    RemoteHost, ///< remote_host: the VPN server's address
    Address,    ///< a literal address
    HostName,   ///< a name to be resolved
};
[[nodiscard]] const char* gatewayKindName(GatewayKind k); // "default", "vpn_gateway", ...

/// A `route`, `route-ipv6` or `iroute`/`iroute-ipv6` line.
struct ProfileRoute {
    std::string network;          ///< as written: address, host name, or a special word
    std::optional<Prefix> prefix; ///< when network (+netmask) is a literal network
    GatewayKind gatewayKind = GatewayKind::Default;
    IpAddress gateway;       ///< for GatewayKind::Address
    std::string gatewayHost; ///< for GatewayKind::HostName
    std::optional<std::uint32_t> metric;
    OptionOrigin origin = OptionOrigin::Config;
    SourceLocation where;
    std::string text; ///< the option text ("route 10.0.0.0 255.0.0.0 net_gateway")
};

/// `redirect-gateway` / `redirect-private` and their flags (OpenVPN's RG_* bits).
struct RedirectGateway {
    bool isPrivate = false; ///< redirect-private: bypass/local handling, default route untouched
    bool ipv4 = true;       ///< cleared by !ipv4
    bool def1 = false;
    bool local = false;
    bool autolocal = false;
    bool bypassDhcp = false;
    bool bypassDns = false;
    bool blockLocal = false;
    bool ipv6 = false;
    OptionOrigin origin = OptionOrigin::Config;
    SourceLocation where;
};

struct Remote {
    std::string host;
    std::optional<std::uint16_t> port;
    std::string proto; ///< "udp", "tcp", "udp4", "tcp-client", ... ("" = default)
    SourceLocation where;
};

struct PullFilter {
    enum class Action : std::uint8_t { Accept, Ignore, Reject };
    Action action = Action::Accept;
    std::string text; ///< raw prefix matched against the pushed option text
    SourceLocation where;
};

enum class Topology : std::uint8_t { Unset, Net30, P2p, Subnet };
enum class DeviceType : std::uint8_t { Unset, Tun, Tap, Null };

struct Ifconfig {
    IpAddress local;
    IpAddress remoteOrNetmask; ///< the peer (net30/p2p) or the netmask (subnet, tap)
    OptionOrigin origin = OptionOrigin::Config;
};
struct Ifconfig6 {
    IpAddress local;
    int prefixLength = 64;
    IpAddress remote; ///< optional
    OptionOrigin origin = OptionOrigin::Config;
};

struct DhcpOption {
    std::string type; ///< "DNS", "DOMAIN", ... (as written, upper-cased)
    std::string value;
    OptionOrigin origin = OptionOrigin::Config;
};

/// What an OpenVPN configuration (client profile, server config, or a profile merged with
/// the server's PUSH_REPLY) asks for, as far as routing is concerned — plus everything else
/// it says, kept in `options`, and the diagnostics found while reading it.
struct VpnProfile {
    std::string file;
    std::vector<ProfileOption> options;

    bool client = false; ///< `client` or `pull`/`tls-client`
    bool server = false; ///< `server`, `mode server`, `tls-server`

    std::vector<Remote> remotes;
    bool remoteRandom = false;
    bool remoteRandomHostname = false;

    std::string dev;                           ///< "tun", "tap0", "company0"
    DeviceType deviceType = DeviceType::Unset; ///< from dev-type or dev's name
    Topology topology = Topology::Unset;
    std::optional<Ifconfig> ifconfig;
    std::optional<Ifconfig6> ifconfig6;

    std::vector<ProfileRoute> routes;  ///< IPv4 `route` options, config then pushed
    std::vector<ProfileRoute> routes6; ///< `route-ipv6`
    std::optional<RedirectGateway> redirect;
    std::optional<IpAddress> routeGateway;
    bool routeGatewayDhcp = false;
    std::optional<IpAddress> routeIpv6Gateway;
    std::optional<std::uint32_t> routeMetric;
    std::optional<int> routeDelay;
    std::optional<std::uint32_t> routeTable; ///< route-table (Linux)
    bool routeNopull = false;
    bool routeNoexec = false;
    std::vector<PullFilter> pullFilters;
    bool blockIpv6 = false;
    bool blockOutsideDns = false;
    std::vector<DhcpOption> dhcpOptions; ///< dhcp-option, and `dns server N address` as DNS
    bool allowPullFqdn = false;

    // AWS Client VPN recognition
    bool aws = false;          ///< remote is cvpn-endpoint-….prod.clientvpn.REGION.amazonaws.com
    std::string awsEndpointId; ///< "cvpn-endpoint-0123456789abcdef0"
    std::string awsRegion;
    bool authFederate = false; ///< AWS-only keyword (SAML); stock OpenVPN rejects it

    std::vector<Diagnostic> diagnostics;

    [[nodiscard]] bool hasErrors() const {
        for (const auto& d : diagnostics)
            if (d.severity == Severity::Error)
                return true;
        return false;
    }
};

} // namespace splitroute::core
