// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Prefix.h"
#include "core/Result.h"
#include "core/vpn/PushReply.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// One element of `aws ec2 describe-client-vpn-endpoints` → ClientVpnEndpoints (the fields
/// that matter for routing; field names as in the EC2 API reference, API_ClientVpnEndpoint).
struct AwsClientVpnEndpoint {
    std::string id; ///< ClientVpnEndpointId
    std::string description;
    std::string statusCode; ///< Status.Code: pending-associate|available|deleting|deleted
    std::string statusMessage;
    std::string dnsName;         ///< "*.cvpn-endpoint-….prod.clientvpn.REGION.amazonaws.com"
    std::string clientCidrBlock; ///< as written
    std::optional<Prefix> clientCidr;
    std::vector<std::string> dnsServers;
    bool splitTunnel = false;
    std::string vpnProtocol;       ///< "openvpn"
    std::string transportProtocol; ///< "udp" | "tcp"
    int vpnPort = 443;
    bool routeEnforcement = false; ///< ClientRouteEnforcementOptions.Enforced
    std::vector<std::string> authenticationTypes;
    std::string vpcId;
};

/// One element of `aws ec2 describe-client-vpn-routes` → Routes (API_ClientVpnRoute).
struct AwsClientVpnRoute {
    std::string endpointId;      ///< ClientVpnEndpointId
    std::string destinationCidr; ///< as written
    std::optional<Prefix> destination;
    std::string targetSubnet;
    std::string type;       ///< "Nat", "Local"
    std::string origin;     ///< "associate" | "add-route"
    std::string statusCode; ///< creating|active|failed|deleting
    std::string description;
};

/// Strict readers of the AWS CLI's JSON output; wrong shapes are errors naming the field
/// ("ClientVpnEndpoints[0].SplitTunnel: expected a boolean"). Unknown fields are ignored
/// (the API grows).
[[nodiscard]] Result<std::vector<AwsClientVpnEndpoint>>
parseAwsEndpoints(std::string_view json, const std::string& file = {});
[[nodiscard]] Result<std::vector<AwsClientVpnRoute>> parseAwsRoutes(std::string_view json,
                                                                    const std::string& file = {});

/// What an endpoint pushes to its clients, derived from its settings and route table.
struct AwsPush {
    PushReply reply;                        ///< usable with applyPushReply()
    std::vector<AwsClientVpnRoute> pushed;  ///< the routes behind `route` items (deduplicated)
    std::vector<AwsClientVpnRoute> skipped; ///< not active, other endpoint, or duplicates
    std::vector<Diagnostic> diagnostics;    ///< warnings (route enforcement, status, …)
};

/// Split tunnel off: `redirect-gateway def1 bypass-dhcp` (0/1 + 128/1) and one
/// `dhcp-option DNS` per DnsServers entry. On: the DNS options and one `route` (IPv4) or
/// `route-ipv6` per distinct active DestinationCidr (routes repeat once per associated subnet).
/// Both add `topology subnet`; ifconfig/route-gateway are per connection and left out.
[[nodiscard]] AwsPush deriveAwsPush(const AwsClientVpnEndpoint& endpoint,
                                    const std::vector<AwsClientVpnRoute>& routes);

} // namespace splitroute::core
