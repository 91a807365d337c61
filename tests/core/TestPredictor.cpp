// SPDX-License-Identifier: GPL-3.0-or-later
// predictRoutes() as pure data: a table before, an effective profile, the routes OpenVPN 2.6
// adds and removes on Linux and the warnings it logs. The expectations follow what real
// OpenVPN 2.6.14 did in network namespaces (tests/integration/TestOpenVpnPrediction.cpp
// checks the same model against the real thing).

#include "TestUtil.h"

#include "core/vpn/Predictor.h"

#include <algorithm>
#include <set>
#include <sstream>

using namespace splitroute::core;

Q_DECLARE_METATYPE(splitroute::core::VpnProfile)
Q_DECLARE_METATYPE(splitroute::core::TunnelParams)

namespace {

// "[type] DST [via GW] dev DEV [table T] [proto P] [scope S] [metric M] [src A]"; what is not
// written is the kernel's default for a route that `ip` prints without it.
Route R(const std::string& line) {
    std::istringstream s(line);
    std::vector<std::string> w;
    for (std::string t; s >> t;)
        w.push_back(t);
    Route r;
    std::size_t i = 0;
    if (auto t = routeTypeFromName(w[0]); t && w.size() > 1 && w[0] != "default") {
        r.type = *t;
        ++i;
    }
    const std::string dst = w[i++];
    r.destination = dst == "default"    ? Prefix::any(Family::V4)
                    : dst == "default6" ? Prefix::any(Family::V6)
                                        : Prefix::parse(dst).value();
    if (r.type == RouteType::Local || r.type == RouteType::Broadcast ||
        r.type == RouteType::Multicast)
        r.table = table::Local;
    for (; i + 1 < w.size(); i += 2) {
        const std::string& k = w[i];
        const std::string& v = w[i + 1];
        if (k == "via")
            r.gateway = IpAddress::parse(v).value();
        else if (k == "dev")
            r.interface = v;
        else if (k == "table")
            r.table = *tableFromName(v);
        else if (k == "proto")
            r.protocol = *protocolFromName(v);
        else if (k == "scope")
            r.scope = *scopeFromName(v);
        else if (k == "metric")
            r.metric = static_cast<std::uint32_t>(std::stoul(v));
        else if (k == "src")
            r.preferredSource = IpAddress::parse(v).value();
        else
            qFatal("bad route text: %s", line.c_str());
    }
    return r;
}

std::vector<Route> routes(const QStringList& lines) {
    std::vector<Route> out;
    for (const auto& l : lines)
        out.push_back(R(l.toStdString()));
    return out;
}

std::string key(const Route& r) {
    return r.toString() + " proto=" + protocolName(r.protocol) + " scope=" + scopeName(r.scope) +
           " metric=" + std::to_string(r.metric) + " table=" + tableName(r.table);
}

IpAddress A(const char* s) {
    return IpAddress::parse(s).value();
}

// A client at 192.168.1.2/24 behind 192.168.1.1, as `ip route show table all` shows it.
const QStringList kLan = {
    "default via 192.168.1.1 dev eth0 proto boot",
    "192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.2",
    "local 192.168.1.2 dev eth0 proto kernel scope host src 192.168.1.2",
    "broadcast 192.168.1.255 dev eth0 proto kernel scope link src 192.168.1.2",
};
const QStringList kLan6 = {
    "2001:db8:1::/64 dev eth0 proto kernel metric 256",
    "fe80::/64 dev eth0 proto kernel metric 256",
    "default6 via 2001:db8:1::1 dev eth0 proto boot metric 1024",
    "local 2001:db8:1::2 dev eth0 proto kernel metric 0",
};

// What `--server 10.8.0.0 255.255.255.0` + `topology subnet` pushes.
VpnProfile subnetClient() {
    VpnProfile p;
    p.client = true;
    p.dev = "tun";
    p.deviceType = DeviceType::Tun;
    p.remotes.push_back(Remote{"203.0.113.10", 1194, "udp", {}});
    p.topology = Topology::Subnet;
    p.routeGateway = A("10.8.0.1");
    p.ifconfig = Ifconfig{A("10.8.0.2"), A("255.255.255.0"), OptionOrigin::Pushed};
    return p;
}
VpnProfile net30Client() {
    VpnProfile p = subnetClient();
    p.topology = Topology::Net30;
    p.routeGateway.reset();
    p.ifconfig = Ifconfig{A("10.8.0.6"), A("10.8.0.5"), OptionOrigin::Pushed};
    return p;
}
RedirectGateway redirect(bool def1) {
    RedirectGateway g;
    g.def1 = def1;
    g.origin = OptionOrigin::Pushed;
    return g;
}
ProfileRoute route(const std::string& text) {
    // route NETWORK [NETMASK [GATEWAY [METRIC]]] as OpenVPN reads it
    std::istringstream s(text);
    std::vector<std::string> w;
    for (std::string t; s >> t;)
        w.push_back(t);
    ProfileRoute r;
    r.text = text;
    r.origin = OptionOrigin::Pushed;
    r.network = w[1];
    if (w[0] == "route-ipv6") {
        r.prefix = Prefix::parse(w[1]).value();
        return r;
    }
    const std::string mask = w.size() > 2 ? w[2] : "255.255.255.255";
    if (auto p = Prefix::fromAddressAndMask(w[1], mask); p.ok())
        r.prefix = p.value();
    if (w.size() > 3) {
        if (w[3] == "vpn_gateway")
            r.gatewayKind = GatewayKind::VpnGateway;
        else if (w[3] == "net_gateway")
            r.gatewayKind = GatewayKind::NetGateway;
        else if (w[3] == "remote_host")
            r.gatewayKind = GatewayKind::RemoteHost;
        else {
            r.gatewayKind = GatewayKind::Address;
            r.gateway = A(w[3].c_str());
        }
    }
    if (w.size() > 4)
        r.metric = static_cast<std::uint32_t>(std::stoul(w[4]));
    return r;
}

const QStringList kSubnetTun = {
    "10.8.0.0/24 dev tun0 proto kernel scope link src 10.8.0.2",
    "local 10.8.0.2 dev tun0 proto kernel scope host src 10.8.0.2",
    "broadcast 10.8.0.255 dev tun0 proto kernel scope link src 10.8.0.2",
};
const QStringList kNet30Tun = {
    "10.8.0.5 dev tun0 proto kernel scope link src 10.8.0.6",
    "local 10.8.0.6 dev tun0 proto kernel scope host src 10.8.0.6",
};
const QStringList kTunLinkLocal = {
    "fe80::/64 dev tun0 proto kernel metric 256",
    "multicast ff00::/8 dev tun0 proto kernel metric 256",
};

} // namespace

class TestPredictor : public QObject {
    Q_OBJECT
private slots:
    void predict_data();
    void predict();
    void serverConfigIsRefused();
    void mainTableOnlyDumps();
    void ipv6DisabledOnTunnel();
};

void TestPredictor::predict_data() {
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<VpnProfile>("profile");
    QTest::addColumn<TunnelParams>("params");
    QTest::addColumn<QStringList>("added");   // in order
    QTest::addColumn<QStringList>("removed"); // in order
    QTest::addColumn<QStringList>("notes");   // diagnostic codes, in order

    TunnelParams tun0;
    tun0.serverAddress = A("203.0.113.10");

    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        QTest::newRow("def1, topology subnet")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.redirect->local = true;
        p.redirect->bypassDhcp = true;
        QTest::newRow("def1 local bypass-dhcp: no host route, bypass is Windows only")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot"}
            << QStringList{} << QStringList{"bypass-windows-only"};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.redirect->autolocal = true;
        TunnelParams onLan;
        onLan.serverAddress = A("192.168.1.50");
        QTest::newRow("autolocal, server on the gateway's subnet: no host route")
            << kLan << p << onLan
            << kSubnetTun + QStringList{"0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot"}
            << QStringList{} << QStringList{};
        QTest::newRow("autolocal, server elsewhere: host route")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(false);
        QTest::newRow("no def1: the default route is replaced")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "default via 10.8.0.1 dev tun0 proto boot"}
            << QStringList{"default via 192.168.1.1 dev eth0 proto boot"} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.redirect->blockLocal = true;
        QTest::newRow("block-local: gateway bypass, LAN halves into the tunnel")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "192.168.1.1 via 192.168.1.1 dev eth0 proto boot",
                                        "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "192.168.1.128/25 via 10.8.0.1 dev tun0 proto boot",
                                        "192.168.1.0/25 via 10.8.0.1 dev tun0 proto boot"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = net30Client();
        p.redirect = redirect(true);
        p.routes.push_back(route("route 10.8.0.1"));
        QTest::newRow("topology net30: the peer is the VPN gateway")
            << kLan << p << tun0
            << kNet30Tun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                       "0.0.0.0/1 via 10.8.0.5 dev tun0 proto boot",
                                       "128.0.0.0/1 via 10.8.0.5 dev tun0 proto boot",
                                       "10.8.0.1 via 10.8.0.5 dev tun0 proto boot"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.routeMetric = 50;
        p.routes.push_back(route("route 172.16.0.0 255.240.0.0"));
        p.routes.push_back(route("route 172.17.0.0 255.255.0.0 vpn_gateway 7"));
        QTest::newRow("route-metric: routes only, not the def1 halves")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "172.16.0.0/12 via 10.8.0.1 dev tun0 proto boot metric 50",
                                        "172.17.0.0/16 via 10.8.0.1 dev tun0 proto boot metric 7"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.routes.push_back(route("route 198.51.100.0 255.255.255.0 net_gateway"));
        p.routes.push_back(route("route 192.168.1.77 255.255.255.255 net_gateway 3"));
        QTest::newRow("net_gateway routes bypass the tunnel")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "198.51.100.0/24 via 192.168.1.1 dev eth0 proto boot",
                                        "192.168.1.77 via 192.168.1.1 dev eth0 proto boot metric 3"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.routes.push_back(route("route 192.0.2.77 255.255.255.255 remote_host"));
        QTest::newRow("remote_host gateway not on-link: the kernel refuses the route")
            << kLan << p << tun0 << kSubnetTun << QStringList{} << QStringList{"route-add-failed"};
        TunnelParams onLan;
        onLan.serverAddress = A("192.168.1.50");
        QTest::newRow("remote_host gateway on the LAN: installed")
            << kLan << p << onLan
            << kSubnetTun + QStringList{"192.0.2.77 via 192.168.1.50 dev eth0 proto boot"}
            << QStringList{} << QStringList{};
        VpnProfile q = subnetClient();
        q.routes.push_back(route("route remote_host 255.255.255.255 net_gateway"));
        QTest::newRow("remote_host as the network: the server via the old gateway")
            << kLan << q << tun0
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.routeGateway.reset();
        p.redirect = redirect(true);
        p.routes.push_back(route("route 172.16.0.0 255.255.0.0"));
        QTest::newRow("subnet without route-gateway: no VPN gateway")
            << kLan << p << tun0 << kSubnetTun << QStringList{}
            << QStringList{"route-no-gateway", "route-unresolved", "redirect-no-vpn-gateway"};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.routes.push_back(route("route 198.51.100.0 255.255.255.0 net_gateway"));
        const QStringList noDefault = {
            "192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.2"};
        QTest::newRow("no default route: OpenVPN cannot redirect")
            << noDefault << p << tun0 << QStringList{kSubnetTun[0]} << QStringList{}
            << QStringList{"net-gateway-undefined", "route-unresolved",
                           "redirect-no-default-gateway"};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        const QStringList ppp = {"default dev ppp0 proto boot scope link",
                                 "100.64.0.1 dev ppp0 proto kernel scope link src 100.64.0.2"};
        QTest::newRow("on-link default route (ppp): host route names the device")
            << ppp << p << tun0
            << QStringList{kSubnetTun[0], "203.0.113.10 dev ppp0 proto boot",
                           "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                           "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.routes.push_back(route("route 198.51.100.0 255.255.255.0 net_gateway"));
        QTest::newRow("an identical route exists: File exists")
            << kLan + QStringList{"198.51.100.0/24 via 192.168.1.1 dev eth0 proto boot"} << p
            << tun0 << kSubnetTun << QStringList{} << QStringList{"route-exists"};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.redirect->ipv6 = true;
        p.ifconfig6 = Ifconfig6{A("fd00:8::1000"), 64, A("fd00:8::1"), OptionOrigin::Pushed};
        p.routes6.push_back(route("route-ipv6 2001:db8:77::/48"));
        QTest::newRow("ipv6: ifconfig-ipv6 and redirect-gateway ipv6")
            << kLan + kLan6 << p << tun0
            << kTunLinkLocal + kSubnetTun +
                   QStringList{"fd00:8::/64 dev tun0 proto kernel metric 256",
                               "local fd00:8::1000 dev tun0 proto kernel metric 0",
                               "203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                               "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                               "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                               "2001:db8:77::/48 dev tun0 proto boot metric 1024",
                               "::/3 dev tun0 proto boot metric 1024",
                               "2000::/4 dev tun0 proto boot metric 1024",
                               "3000::/4 dev tun0 proto boot metric 1024",
                               "fc00::/7 dev tun0 proto boot metric 1024"}
            << QStringList{} << QStringList{"link-local-random"};
        TunnelParams v6;
        v6.serverAddress = A("2001:db8:2::10");
        QTest::newRow("ipv6 server covered by 2000::/4: /128 via the old gateway, metric 1")
            << kLan + kLan6 << p << v6
            << kTunLinkLocal + kSubnetTun +
                   QStringList{"fd00:8::/64 dev tun0 proto kernel metric 256",
                               "local fd00:8::1000 dev tun0 proto kernel metric 0",
                               "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                               "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                               "2001:db8:2::10/128 via 2001:db8:1::1 dev eth0 proto boot metric 1",
                               "2001:db8:77::/48 dev tun0 proto boot metric 1024",
                               "::/3 dev tun0 proto boot metric 1024",
                               "2000::/4 dev tun0 proto boot metric 1024",
                               "3000::/4 dev tun0 proto boot metric 1024",
                               "fc00::/7 dev tun0 proto boot metric 1024"}
            << QStringList{} << QStringList{"link-local-random"};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.redirect->ipv6 = true;
        p.routeMetric = 20;
        QTest::newRow("redirect-gateway ipv6 without ifconfig-ipv6: installed, with the warning")
            << kLan + kLan6 << p << tun0
            << kTunLinkLocal + kSubnetTun +
                   QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                               "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                               "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                               "::/3 dev tun0 proto boot metric 20",
                               "2000::/4 dev tun0 proto boot metric 20",
                               "3000::/4 dev tun0 proto boot metric 20",
                               "fc00::/7 dev tun0 proto boot metric 20"}
            << QStringList{} << QStringList{"link-local-random", "no-ipv6-on-tunnel"};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.redirect->ipv4 = false;
        p.redirect->ipv6 = true;
        p.ifconfig6 = Ifconfig6{A("fd00:8::1000"), 64, A("fd00:8::1"), OptionOrigin::Pushed};
        QTest::newRow("redirect-gateway ipv6 !ipv4: IPv4 untouched")
            << kLan + kLan6 << p << tun0
            << kTunLinkLocal + kSubnetTun +
                   QStringList{"fd00:8::/64 dev tun0 proto kernel metric 256",
                               "local fd00:8::1000 dev tun0 proto kernel metric 0",
                               "::/3 dev tun0 proto boot metric 1024",
                               "2000::/4 dev tun0 proto boot metric 1024",
                               "3000::/4 dev tun0 proto boot metric 1024",
                               "fc00::/7 dev tun0 proto boot metric 1024"}
            << QStringList{} << QStringList{"link-local-random"};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.redirect->isPrivate = true;
        p.routes.push_back(route("route 10.20.0.0 255.255.0.0"));
        QTest::newRow("redirect-private: host route, default untouched")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "10.20.0.0/16 via 10.8.0.1 dev tun0 proto boot"}
            << QStringList{} << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.routes.push_back(route("route 172.16.0.0 255.255.0.0"));
        p.routes.push_back(route("route 172.17.0.0 255.255.0.0 vpn_gateway 7"));
        p.routes6.push_back(route("route-ipv6 2001:db8:77::/48"));
        TunnelParams dco = tun0;
        dco.dco = true;
        QTest::newRow("dco: routes default to metric 200, the def1 halves do not")
            << kLan << p << dco
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "172.16.0.0/16 via 10.8.0.1 dev tun0 proto boot metric 200",
                                        "172.17.0.0/16 via 10.8.0.1 dev tun0 proto boot metric 7",
                                        "2001:db8:77::/48 dev tun0 proto boot metric 200"}
            << QStringList{} << QStringList{"no-ipv6-on-tunnel"};
        p.routeMetric = 10;
        QTest::newRow("dco with route-metric: route-metric wins")
            << kLan << p << dco
            << kSubnetTun + QStringList{"203.0.113.10 via 192.168.1.1 dev eth0 proto boot",
                                        "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                        "172.16.0.0/16 via 10.8.0.1 dev tun0 proto boot metric 10",
                                        "172.17.0.0/16 via 10.8.0.1 dev tun0 proto boot metric 7",
                                        "2001:db8:77::/48 dev tun0 proto boot metric 10"}
            << QStringList{} << QStringList{"no-ipv6-on-tunnel"};
    }
    {
        VpnProfile p = subnetClient();
        p.routes.push_back(route("route 10.30.0.0 255.255.0.0 192.168.1.2"));
        p.routes.push_back(route("route 10.31.0.0 255.255.0.0 192.168.1.255"));
        p.routes.push_back(route("route 10.32.0.0 255.255.0.0 10.8.0.77"));
        QTest::newRow("gateways: own address accepted, broadcast refused, any tunnel address")
            << kLan << p << tun0
            << kSubnetTun + QStringList{"10.30.0.0/16 via 192.168.1.2 dev eth0 proto boot",
                                        "10.32.0.0/16 via 10.8.0.77 dev tun0 proto boot"}
            << QStringList{} << QStringList{"route-add-failed"};
    }
    {
        VpnProfile p = subnetClient();
        p.redirect = redirect(true);
        p.routeNoexec = true;
        QTest::newRow("route-noexec: only the device's own routes")
            << kLan << p << tun0 << kSubnetTun << QStringList{} << QStringList{"route-noexec"};
    }
    {
        VpnProfile p = subnetClient();
        ProfileRoute r = route("route 172.20.5.0 255.255.0.0");
        r.prefix = Prefix::parse("172.20.0.0/16").value(); // a parser's masked reading
        p.routes.push_back(r);
        QTest::newRow("network with host bits: the kernel refuses it (Invalid prefix)")
            << kLan << p << tun0 << kSubnetTun << QStringList{} << QStringList{"route-add-failed"};
    }
}

void TestPredictor::predict() {
    QFETCH(QStringList, before);
    QFETCH(VpnProfile, profile);
    QFETCH(TunnelParams, params);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, notes);

    const RouteTable t(routes(before));
    auto result = predictRoutes(t, profile, params);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Prediction& p = *result;

    QStringList gotAdded, wantAdded, gotRemoved, wantRemoved, gotNotes;
    for (const auto& r : p.added)
        gotAdded << QString::fromStdString(key(r));
    for (const auto& r : routes(added))
        wantAdded << QString::fromStdString(key(r));
    for (const auto& r : p.removed)
        gotRemoved << QString::fromStdString(key(r));
    for (const auto& r : routes(removed))
        wantRemoved << QString::fromStdString(key(r));
    for (const auto& n : p.notes)
        gotNotes << QString::fromStdString(n.code);
    QCOMPARE(gotAdded, wantAdded);
    QCOMPARE(gotRemoved, wantRemoved);
    QCOMPARE(gotNotes, notes);

    // after = before - removed + added
    std::multiset<std::string> want, got;
    for (const auto& r : t.routes())
        want.insert(key(r));
    for (const auto& r : p.removed)
        want.erase(want.find(key(r)));
    for (const auto& r : p.added)
        want.insert(key(r));
    for (const auto& r : p.after.routes())
        got.insert(key(r));
    QVERIFY(want == got);
}

void TestPredictor::serverConfigIsRefused() {
    VpnProfile p;
    p.server = true;
    auto r = predictRoutes(RouteTable(routes(kLan)), p, TunnelParams{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Unsupported);
}

void TestPredictor::mainTableOnlyDumps() {
    // A dump of table main only (plain `ip route`): no table-local or IPv6 kernel entries.
    VpnProfile p = subnetClient();
    p.redirect = redirect(true);
    TunnelParams params;
    params.serverAddress = A("203.0.113.10");
    auto r = predictRoutes(RouteTable(routes({kLan[0], kLan[1]})), p, params);
    QVERIFY(r.ok());
    QCOMPARE(r->after.size(), std::size_t(6));
    for (const auto& route : r->after.routes())
        QCOMPARE(route.table, table::Main);
}

void TestPredictor::ipv6DisabledOnTunnel() {
    VpnProfile p = subnetClient();
    p.routes6.push_back(route("route-ipv6 2001:db8:77::/48"));
    TunnelParams params;
    params.serverAddress = A("203.0.113.10");
    params.ipv6Enabled = false;
    auto r = predictRoutes(RouteTable(routes(kLan + kLan6)), p, params);
    QVERIFY(r.ok());
    for (const auto& route : r->added)
        QVERIFY(route.family() == Family::V4);
    QVERIFY(std::any_of(r->notes.begin(), r->notes.end(), [](const Diagnostic& d) {
        return d.code == "route-add-failed" &&
               d.message.find("IPv6 route can't be added") != std::string::npos;
    }));
}

QTEST_APPLESS_MAIN(TestPredictor)
#include "TestPredictor.moc"
