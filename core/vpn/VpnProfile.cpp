// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/VpnProfile.h"

namespace splitroute::core {

const char* gatewayKindName(GatewayKind k) {
    switch (k) {
    case GatewayKind::Default:
        return "default";
    case GatewayKind::VpnGateway:
        return "vpn_gateway";
    case GatewayKind::NetGateway:
        return "net_gateway";
    case GatewayKind::RemoteHost:
        return "remote_host";
    case GatewayKind::Address:
        return "address";
    case GatewayKind::HostName:
        return "hostname";
    }
    return "default";
}

} // namespace splitroute::core
