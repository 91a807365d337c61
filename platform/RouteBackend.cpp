// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/RouteBackend.h"

namespace splitroute::platform {

const char* interfaceKindName(InterfaceKind k) {
    switch (k) {
    case InterfaceKind::Loopback:
        return "loopback";
    case InterfaceKind::Ethernet:
        return "ethernet";
    case InterfaceKind::Wireless:
        return "wireless";
    case InterfaceKind::Tun:
        return "tun";
    case InterfaceKind::Tap:
        return "tap";
    case InterfaceKind::WireGuard:
        return "wireguard";
    case InterfaceKind::Ppp:
        return "ppp";
    case InterfaceKind::Veth:
        return "veth";
    case InterfaceKind::Bridge:
        return "bridge";
    case InterfaceKind::Other:
        return "other";
    }
    return "other";
}

bool isTunnelKind(InterfaceKind k) {
    return k == InterfaceKind::Tun || k == InterfaceKind::Tap || k == InterfaceKind::WireGuard ||
           k == InterfaceKind::Ppp;
}

const char* routeEventKindName(RouteEvent::Kind k) {
    switch (k) {
    case RouteEvent::Kind::RouteAdded:
        return "route-added";
    case RouteEvent::Kind::RouteRemoved:
        return "route-removed";
    case RouteEvent::Kind::LinkAdded:
        return "link-added";
    case RouteEvent::Kind::LinkRemoved:
        return "link-removed";
    case RouteEvent::Kind::LinkChanged:
        return "link-changed";
    }
    return "route-added";
}

} // namespace splitroute::platform
