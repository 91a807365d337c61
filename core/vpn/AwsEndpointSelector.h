// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which AWS Client VPN endpoint of the AWS CLI's list a connection means: one selector for the
// window, `splitroute-cli aws` and `splitroute-cli check`.

#include "core/Result.h"
#include "core/vpn/AwsClientVpn.h"
#include "core/vpn/VpnProfile.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// How selectAwsEndpoint found its endpoint.
enum class AwsEndpointMatch {
    Id,        ///< the id asked for
    DnsName,   ///< a remote of the profile lies under the endpoint's DnsName
    ProfileId, ///< the endpoint id in the profile's remote host (VpnProfile::awsEndpointId)
    OnlyOne,   ///< the list holds just this one
};

/// The endpoint chosen: its index in the list and how it was found.
struct AwsEndpointChoice {
    std::size_t index = 0;
    AwsEndpointMatch match = AwsEndpointMatch::OnlyOne;
    friend bool operator==(const AwsEndpointChoice&, const AwsEndpointChoice&) = default;
};

/// What to select by. `id`, when not empty, decides alone. `file` is the location of errors;
/// `hint` ends the message that asks for a choice ("choose one with --endpoint-id").
struct AwsEndpointQuery {
    std::string id;
    const VpnProfile* profile = nullptr;
    std::string file;
    std::string hint;
};

/// Whether `host` (a profile's remote) lies under `dnsName` ("*.cvpn-endpoint-….amazonaws.com",
/// the endpoint's DnsName): it is the name without "*." or has a label in front of it. AWS
/// profiles name the endpoint without a label; the AWS VPN Client adds a random one.
[[nodiscard]] bool hostMatchesEndpointDns(std::string_view host, std::string_view dnsName);

/// The endpoint `query` means: the one with `query.id`; else the one whose DnsName a remote of
/// the profile lies under; else the one the profile's endpoint id names; else the only one.
/// Errors name the candidates: NotFound for an id (asked for, or the profile's) that is not in
/// the list or an empty list; InvalidArgument when several endpoints remain and nothing picks
/// one (a person must choose: the window asks, the CLI says which option to use).
[[nodiscard]] Result<AwsEndpointChoice>
selectAwsEndpoint(const std::vector<AwsClientVpnEndpoint>& endpoints,
                  const AwsEndpointQuery& query);

} // namespace splitroute::core
