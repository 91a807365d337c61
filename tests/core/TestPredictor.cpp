// SPDX-License-Identifier: GPL-3.0-or-later
// predictRoutes() as pure data: a table before, an effective profile, the routes OpenVPN 2.6
// adds and removes on Linux and the warnings it logs. The expectations follow what real
// OpenVPN 2.6.14 did in network namespaces (tests/integration/TestOpenVpnPrediction.cpp
// checks the same model against the real thing).

#include "TestUtil.h"

#include "core/vpn/Predictor.h"
#include "core/vpn/PredictorSteps.h"

#include <algorithm>
#include <set>
#include <sstream>

using namespace splitroute::core;

Q_DECLARE_METATYPE(splitroute::core::VpnProfile)
Q_DECLARE_METATYPE(splitroute::core::TunnelParams)
Q_DECLARE_METATYPE(splitroute::core::ProfileRoute)

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

TunnelParams serverTunnel() {
    TunnelParams t;
    t.serverAddress = A("203.0.113.10");
    return t;
}

// One step's world: a table, a profile, the tunnel, and the model the steps change, with the
// context gatherContext() reads from them (its notes are in out.notes).
struct StepWorld {
    RouteTable before;
    VpnProfile profile;
    TunnelParams params;
    Prediction out;
    predictor::Model model;
    predictor::Context ctx;

    StepWorld(const QStringList& table, VpnProfile p, TunnelParams t = serverTunnel())
        : before(routes(table)), profile(std::move(p)), params(std::move(t)),
          model(before, params, out),
          ctx(predictor::gatherContext(before, profile, params, model)) {}

    [[nodiscard]] QStringList notes(std::size_t from = 0) const {
        QStringList codes;
        for (std::size_t i = from; i < out.notes.size(); ++i)
            codes << QString::fromStdString(out.notes[i].code);
        return codes;
    }
    [[nodiscard]] QStringList added(std::size_t from = 0) const {
        QStringList keys;
        for (std::size_t i = from; i < out.added.size(); ++i)
            keys << QString::fromStdString(key(out.added[i]));
        return keys;
    }
};

QStringList keys(const QStringList& lines) {
    QStringList out;
    for (const auto& r : routes(lines))
        out << QString::fromStdString(key(r));
    return out;
}

QString gatewayText(const predictor::GatewayInfo& g) {
    if (!g.addrDefined)
        return {};
    std::string s = g.addr.toString();
    if (g.netmaskDefined)
        s += "/" + std::to_string(g.prefixLength);
    if (g.ifaceDefined)
        s += " dev " + g.iface.str();
    if (g.onLink)
        s += " onlink";
    return QString::fromStdString(s);
}

QString optionalText(const std::optional<IpAddress>& a) {
    return a ? QString::fromStdString(a->toString()) : QString();
}

QString plannedText(const predictor::Planned4& p) {
    return QString::fromStdString(p.destination.toString() + " via " + p.gateway.toString() +
                                  " metric " + std::to_string(p.metric) +
                                  (p.hostBits ? " hostbits" : "") + (p.refGateway ? " refgw" : ""));
}

QString plannedText(const predictor::Planned6& q) {
    return QString::fromStdString(q.destination.toString() + " via " +
                                  (q.gateway.isNull() ? "-" : q.gateway.toString()) + " metric " +
                                  (q.metricDefined ? std::to_string(q.metric) : "-") +
                                  (q.iface ? " dev " + q.iface->str() : ""));
}

} // namespace

class TestPredictor : public QObject {
    Q_OBJECT
private slots:
    void predict_data();
    void predict();
    void serverConfigIsRefused();
    void mainTableOnlyDumps();
    void ipv6DisabledOnTunnel();
    // The steps of predictRoutes(), one by one (core/vpn/PredictorSteps.h).
    void stepGatherContext_data();
    void stepGatherContext();
    void stepAddAddress4_data();
    void stepAddAddress4();
    void stepAddAddress6();
    void stepPlanRoute4_data();
    void stepPlanRoute4();
    void stepPlanBlockLocal();
    void stepRedirectDefaultRoute_data();
    void stepRedirectDefaultRoute();
    void stepPlanRoutes6_data();
    void stepPlanRoutes6();
    void stepAddPlanned6();
    void stepsComposeToPredictRoutes();
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

void TestPredictor::stepGatherContext_data() {
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<VpnProfile>("profile");
    QTest::addColumn<TunnelParams>("params");
    QTest::addColumn<bool>("tap");
    QTest::addColumn<int>("topology");
    QTest::addColumn<QString>("server4");
    QTest::addColumn<QString>("gateway"); // the default gateway OpenVPN reads
    QTest::addColumn<QString>("vpnGateway");
    QTest::addColumn<long>("defaultMetric");
    QTest::addColumn<bool>("remoteHostLocal");
    QTest::addColumn<QStringList>("notes");

    const int subnet = int(Topology::Subnet);
    const int net30 = int(Topology::Net30);
    const TunnelParams tunnel = serverTunnel();
    QTest::newRow("topology subnet: route-gateway")
        << kLan << subnetClient() << tunnel << false << subnet << "203.0.113.10"
        << "192.168.1.1/24 dev eth0"
        << "10.8.0.1" << -1L << false << QStringList{};
    QTest::newRow("net30: the peer is the VPN gateway")
        << kLan << net30Client() << tunnel << false << net30 << "203.0.113.10"
        << "192.168.1.1/24 dev eth0"
        << "10.8.0.5" << -1L << false << QStringList{};
    {
        VpnProfile p = net30Client();
        p.topology = Topology::Unset;
        QTest::newRow("no topology: net30")
            << kLan << p << tunnel << false << net30 << "203.0.113.10"
            << "192.168.1.1/24 dev eth0"
            << "10.8.0.5" << -1L << false << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.routeGateway.reset();
        QTest::newRow("topology subnet without route-gateway: no VPN gateway")
            << kLan << p << tunnel << false << subnet << "203.0.113.10"
            << "192.168.1.1/24 dev eth0" << QString() << -1L << false << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.dev = "tap0";
        p.deviceType = DeviceType::Unset;
        QTest::newRow("tap by the device name")
            << kLan << p << tunnel << true << subnet << "203.0.113.10"
            << "192.168.1.1/24 dev eth0"
            << "10.8.0.1" << -1L << false << QStringList{"tap-device"};
    }
    QTest::newRow("server from the literal remote")
        << kLan << subnetClient() << TunnelParams{} << false << subnet << "203.0.113.10"
        << "192.168.1.1/24 dev eth0"
        << "10.8.0.1" << -1L << false << QStringList{};
    {
        VpnProfile p = subnetClient();
        p.remotes.front().host = "vpn.example.com";
        QTest::newRow("remote is a host name: no server address")
            << kLan << p << TunnelParams{} << false << subnet << QString()
            << "192.168.1.1/24 dev eth0"
            << "10.8.0.1" << -1L << false << QStringList{"server-unresolved"};
    }
    {
        TunnelParams dco = tunnel;
        dco.dco = true;
        QTest::newRow("DCO: metric 200")
            << kLan << subnetClient() << dco << false << subnet << "203.0.113.10"
            << "192.168.1.1/24 dev eth0"
            << "10.8.0.1" << 200L << false << QStringList{};
        VpnProfile p = subnetClient();
        p.routeMetric = 5;
        QTest::newRow("route-metric beats DCO's 200")
            << kLan << p << dco << false << subnet << "203.0.113.10"
            << "192.168.1.1/24 dev eth0"
            << "10.8.0.1" << 5L << false << QStringList{};
        p.routeMetric = 0;
        QTest::newRow("route-metric 0 counts as unset")
            << kLan << p << tunnel << false << subnet << "203.0.113.10"
            << "192.168.1.1/24 dev eth0"
            << "10.8.0.1" << -1L << false << QStringList{};
    }
    {
        TunnelParams lan = tunnel;
        lan.serverAddress = A("192.168.1.50");
        QTest::newRow("server on the gateway's subnet")
            << kLan << subnetClient() << lan << false << subnet << "192.168.1.50"
            << "192.168.1.1/24 dev eth0"
            << "10.8.0.1" << -1L << true << QStringList{};
    }
    QTest::newRow("no default route")
        << QStringList{kLan[1]} << subnetClient() << tunnel << false << subnet << "203.0.113.10"
        << QString() << "10.8.0.1" << -1L << false << QStringList{};
    QTest::newRow("default route without gateway: on-link")
        << QStringList{"default dev ppp0 proto boot"} << subnetClient() << tunnel << false << subnet
        << "203.0.113.10"
        << "0.0.0.0 dev ppp0 onlink"
        << "10.8.0.1" << -1L << false << QStringList{};
}

void TestPredictor::stepGatherContext() {
    QFETCH(QStringList, before);
    QFETCH(VpnProfile, profile);
    QFETCH(TunnelParams, params);
    QFETCH(bool, tap);
    QFETCH(int, topology);
    QFETCH(QString, server4);
    QFETCH(QString, gateway);
    QFETCH(QString, vpnGateway);
    QFETCH(long, defaultMetric);
    QFETCH(bool, remoteHostLocal);
    QFETCH(QStringList, notes);

    const StepWorld w(before, profile, params);
    QCOMPARE(w.ctx.tap, tap);
    QCOMPARE(int(w.ctx.topology), topology);
    QCOMPARE(optionalText(w.ctx.server4), server4);
    QVERIFY(!w.ctx.server6);
    QCOMPARE(gatewayText(w.ctx.rgi), gateway);
    QCOMPARE(optionalText(w.ctx.vpnGateway), vpnGateway);
    QCOMPARE(w.ctx.defaultMetric, defaultMetric);
    QCOMPARE(w.ctx.remoteHostLocal, remoteHostLocal);
    QCOMPARE(w.notes(), notes);
    QVERIFY(w.out.added.empty());
}

void TestPredictor::stepAddAddress4_data() {
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<VpnProfile>("profile");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("configured");
    QTest::addColumn<QStringList>("added");

    QTest::newRow("topology subnet") << kLan << subnetClient() << true << true << kSubnetTun;
    QTest::newRow("net30") << kLan << net30Client() << true << true << kNet30Tun;
    QTest::newRow("table main only: no local entries")
        << QStringList{kLan[0], kLan[1]} << subnetClient() << true << true
        << QStringList{kSubnetTun[0]};
    {
        VpnProfile p = subnetClient();
        p.ifconfig->remoteOrNetmask = A("255.0.255.0");
        QTest::newRow("netmask not contiguous: an error")
            << kLan << p << false << false << QStringList{};
    }
    {
        VpnProfile p = subnetClient();
        p.options.push_back(ProfileOption{"ifconfig-noexec", {}, {}, OptionOrigin::Config});
        QTest::newRow("ifconfig-noexec") << kLan << p << true << false << QStringList{};
        p = subnetClient();
        p.ifconfig.reset();
        QTest::newRow("no ifconfig") << kLan << p << true << false << QStringList{};
    }
}

void TestPredictor::stepAddAddress4() {
    QFETCH(QStringList, before);
    QFETCH(VpnProfile, profile);
    QFETCH(bool, ok);
    QFETCH(bool, configured);
    QFETCH(QStringList, added);

    StepWorld w(before, profile);
    auto r = predictor::addAddress4(w.ctx, w.model);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, configured);
    else
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(w.added(), keys(added));
}

void TestPredictor::stepAddAddress6() {
    VpnProfile p = subnetClient();
    p.ifconfig6 = Ifconfig6{A("fd00:8::1000"), 64, A("fd00:8::1"), OptionOrigin::Pushed};
    {
        StepWorld w(kLan + kLan6, p);
        QVERIFY(predictor::addAddress6(w.ctx, w.model));
        QCOMPARE(w.added(), keys({"fd00:8::/64 dev tun0 proto kernel metric 256",
                                  "local fd00:8::1000 dev tun0 proto kernel metric 0"}));
        QCOMPARE(w.notes(), QStringList{});
    }
    {
        TunnelParams off = serverTunnel();
        off.ipv6Enabled = false;
        StepWorld w(kLan + kLan6, p, off);
        QVERIFY(predictor::addAddress6(w.ctx, w.model));
        QCOMPARE(w.added(), QStringList{});
        QCOMPARE(w.notes(), QStringList{"ipv6-disabled"});
    }
    {
        StepWorld w(kLan + kLan6, subnetClient());
        QVERIFY(!predictor::addAddress6(w.ctx, w.model));
        QCOMPARE(w.added(), QStringList{});
    }
}

void TestPredictor::stepPlanRoute4_data() {
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<VpnProfile>("profile");
    QTest::addColumn<ProfileRoute>("route");
    QTest::addColumn<QString>("planned"); // empty: skipped
    QTest::addColumn<QStringList>("notes");

    const VpnProfile p = subnetClient();
    QTest::newRow("default gateway: the VPN's")
        << kLan << p << route("route 172.16.0.0 255.240.0.0")
        << "172.16.0.0/12 via 10.8.0.1 metric -1" << QStringList{};
    QTest::newRow("net_gateway") << kLan << p << route("route 172.16.0.0 255.240.0.0 net_gateway")
                                 << "172.16.0.0/12 via 192.168.1.1 metric -1" << QStringList{};
    QTest::newRow("remote_host") << kLan << p << route("route 172.16.0.0 255.240.0.0 remote_host")
                                 << "172.16.0.0/12 via 203.0.113.10 metric -1" << QStringList{};
    QTest::newRow("address and metric")
        << kLan << p << route("route 172.16.0.0 255.240.0.0 10.8.0.99 7")
        << "172.16.0.0/12 via 10.8.0.99 metric 7" << QStringList{};
    QTest::newRow("network remote_host via net_gateway")
        << kLan << p << route("route remote_host 255.255.255.255 net_gateway")
        << "203.0.113.10/32 via 192.168.1.1 metric -1" << QStringList{};
    {
        ProfileRoute r = route("route 172.20.5.0 255.255.0.0");
        r.prefix = Prefix::parse("172.20.0.0/16").value(); // a parser's masked reading
        QTest::newRow("network with host bits: flagged (the kernel refuses it)")
            << kLan << p << r << "172.20.0.0/16 via 10.8.0.1 metric -1 hostbits" << QStringList{};
    }
    {
        VpnProfile noGateway = p;
        noGateway.routeGateway.reset();
        QTest::newRow("no VPN gateway")
            << kLan << noGateway << route("route 172.16.0.0 255.240.0.0") << QString()
            << QStringList{"route-no-gateway", "route-unresolved"};
        QTest::newRow("network vpn_gateway undefined")
            << kLan << noGateway << route("route vpn_gateway") << QString()
            << QStringList{"route-unresolved"};
        QTest::newRow("gateway vpn_gateway undefined")
            << kLan << noGateway << route("route 172.16.0.0 255.240.0.0 vpn_gateway") << QString()
            << QStringList{"vpn-gateway-undefined", "route-unresolved"};
    }
    QTest::newRow("net_gateway without a default route")
        << QStringList{kLan[1]} << p << route("route 172.16.0.0 255.240.0.0 net_gateway")
        << QString() << QStringList{"net-gateway-undefined", "route-unresolved"};
    {
        ProfileRoute r = route("route 172.16.0.0 255.240.0.0");
        r.gatewayKind = GatewayKind::HostName;
        r.gatewayHost = "gw.example.com";
        QTest::newRow("gateway host name")
            << kLan << p << r << QString()
            << QStringList{"route-gateway-hostname", "route-unresolved"};
        ProfileRoute name;
        name.text = "route intranet.example.com";
        name.network = "intranet.example.com";
        QTest::newRow("network host name")
            << kLan << p << name << QString() << QStringList{"route-unresolved"};
    }
}

void TestPredictor::stepPlanRoute4() {
    QFETCH(QStringList, before);
    QFETCH(VpnProfile, profile);
    QFETCH(ProfileRoute, route);
    QFETCH(QString, planned);
    QFETCH(QStringList, notes);

    StepWorld w(before, profile);
    const std::size_t notesBefore = w.out.notes.size();
    auto p = predictor::planRoute4(route, w.ctx, w.model);
    QCOMPARE(p ? plannedText(*p) : QString(), planned);
    QCOMPARE(w.notes(notesBefore), notes);
}

void TestPredictor::stepPlanBlockLocal() {
    VpnProfile p = subnetClient();
    p.redirect = redirect(true);
    p.redirect->blockLocal = true;
    {
        const StepWorld w(kLan, p);
        const auto b = predictor::planBlockLocal(w.ctx);
        QCOMPARE(optionalText(b.bypass), QString("192.168.1.1"));
        QCOMPARE(b.routes.size(), std::size_t(2));
        QCOMPARE(plannedText(b.routes[0]), QString("192.168.1.128/25 via 10.8.0.1 metric -1"));
        QCOMPARE(plannedText(b.routes[1]), QString("192.168.1.0/25 via 10.8.0.1 metric -1"));
    }
    {
        TunnelParams lan = serverTunnel();
        lan.serverAddress = A("192.168.1.50");
        const StepWorld w(kLan, p, lan);
        const auto b = predictor::planBlockLocal(w.ctx);
        QVERIFY(!b.bypass);
        QVERIFY(b.routes.empty());
    }
    {
        p.redirect->blockLocal = false;
        const StepWorld w(kLan, p);
        QVERIFY(!predictor::planBlockLocal(w.ctx).bypass);
    }
}

void TestPredictor::stepRedirectDefaultRoute_data() {
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<VpnProfile>("profile");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("notes");

    const QString server = "203.0.113.10 via 192.168.1.1 dev eth0 proto boot";
    VpnProfile p = subnetClient();
    p.redirect = redirect(true);
    QTest::newRow("def1") << kLan << p
                          << QStringList{server, "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                                         "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot"}
                          << QStringList{} << QStringList{};
    p.redirect = redirect(false);
    QTest::newRow("no def1: the default route replaced")
        << kLan << p << QStringList{server, "default via 10.8.0.1 dev tun0 proto boot"}
        << QStringList{kLan[0]} << QStringList{};
    p.redirect->local = true;
    QTest::newRow("local: no host route to the server")
        << kLan << p << QStringList{"default via 10.8.0.1 dev tun0 proto boot"}
        << QStringList{kLan[0]} << QStringList{};
    p.redirect = redirect(true);
    p.redirect->isPrivate = true;
    QTest::newRow("redirect-private: only the host route")
        << kLan << p << QStringList{server} << QStringList{} << QStringList{};
    p.redirect = redirect(true);
    p.redirect->bypassDhcp = true;
    QTest::newRow("bypass-dhcp: Windows only")
        << kLan << p
        << QStringList{server, "0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot",
                       "128.0.0.0/1 via 10.8.0.1 dev tun0 proto boot"}
        << QStringList{} << QStringList{"bypass-windows-only"};
    p.redirect = redirect(true);
    p.routeGateway.reset();
    QTest::newRow("no VPN gateway")
        << kLan << p << QStringList{} << QStringList{} << QStringList{"redirect-no-vpn-gateway"};
    p = subnetClient();
    p.redirect = redirect(true);
    QTest::newRow("no default gateway")
        << QStringList{kLan[1]} << p << QStringList{} << QStringList{}
        << QStringList{"redirect-no-default-gateway"};
    p.redirect->ipv4 = false;
    QTest::newRow("!ipv4: nothing") << kLan << p << QStringList{} << QStringList{} << QStringList{};
}

void TestPredictor::stepRedirectDefaultRoute() {
    QFETCH(QStringList, before);
    QFETCH(VpnProfile, profile);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, notes);

    StepWorld w(before, profile);
    QVERIFY(predictor::addAddress4(w.ctx, w.model).ok()); // the VPN gateway's subnet
    const std::size_t addedBefore = w.out.added.size();
    const std::size_t notesBefore = w.out.notes.size();
    predictor::redirectDefaultRoute(w.ctx, std::nullopt, w.model);
    QCOMPARE(w.added(addedBefore), keys(added));
    QStringList gotRemoved;
    for (const auto& r : w.out.removed)
        gotRemoved << QString::fromStdString(key(r));
    QCOMPARE(gotRemoved, keys(removed));
    QCOMPARE(w.notes(notesBefore), notes);
}

void TestPredictor::stepPlanRoutes6_data() {
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<VpnProfile>("profile");
    QTest::addColumn<TunnelParams>("params");
    QTest::addColumn<QStringList>("planned");
    QTest::addColumn<QStringList>("notes");

    VpnProfile p = subnetClient();
    p.ifconfig6 = Ifconfig6{A("fd00:8::1000"), 64, A("fd00:8::1"), OptionOrigin::Pushed};
    p.redirect = redirect(true);
    p.redirect->ipv6 = true;
    QTest::newRow("redirect-gateway ipv6: four routes via the ifconfig-ipv6 peer")
        << kLan + kLan6 << p << serverTunnel()
        << QStringList{"::/3 via fd00:8::1 metric -", "2000::/4 via fd00:8::1 metric -",
                       "3000::/4 via fd00:8::1 metric -", "fc00::/7 via fd00:8::1 metric -"}
        << QStringList{};
    TunnelParams server6 = serverTunnel();
    server6.serverAddress = A("2001:db8:ffff::10");
    QTest::newRow("server covered by 2000::/4: its /128 first, via the old gateway")
        << kLan + kLan6 << p << server6
        << QStringList{"2001:db8:ffff::10/128 via 2001:db8:1::1 metric 1 dev eth0",
                       "::/3 via fd00:8::1 metric -", "2000::/4 via fd00:8::1 metric -",
                       "3000::/4 via fd00:8::1 metric -", "fc00::/7 via fd00:8::1 metric -"}
        << QStringList{};
    QTest::newRow("server covered, no IPv6 default route: a warning")
        << kLan << p << server6
        << QStringList{"::/3 via fd00:8::1 metric -", "2000::/4 via fd00:8::1 metric -",
                       "3000::/4 via fd00:8::1 metric -", "fc00::/7 via fd00:8::1 metric -"}
        << QStringList{"remote-ipv6-no-gateway"};
    p = subnetClient();
    p.routeIpv6Gateway = A("fd00:8::2");
    p.routeMetric = 30;
    p.routes6.push_back(route("route-ipv6 2001:db8:77::/48"));
    ProfileRoute r = route("route-ipv6 2001:db8:78::/48");
    r.gatewayKind = GatewayKind::Address;
    r.gateway = A("fd00:8::3");
    r.metric = 9;
    p.routes6.push_back(r);
    QTest::newRow("route-ipv6: route-ipv6-gateway, route-metric, their own")
        << kLan << p << serverTunnel()
        << QStringList{"2001:db8:77::/48 via fd00:8::2 metric 30",
                       "2001:db8:78::/48 via fd00:8::3 metric 9"}
        << QStringList{};
}

void TestPredictor::stepPlanRoutes6() {
    QFETCH(QStringList, before);
    QFETCH(VpnProfile, profile);
    QFETCH(TunnelParams, params);
    QFETCH(QStringList, planned);
    QFETCH(QStringList, notes);

    StepWorld w(before, profile, params);
    const std::size_t notesBefore = w.out.notes.size();
    QStringList got;
    for (const auto& q : predictor::planRoutes6(w.ctx, w.model))
        got << plannedText(q);
    QCOMPARE(got, planned);
    QCOMPARE(w.notes(notesBefore), notes);
}

void TestPredictor::stepAddPlanned6() {
    VpnProfile p = subnetClient();
    p.dev = "tap0";
    p.deviceType = DeviceType::Tap;
    const Prefix dst = Prefix::parse("2001:db8:77::/48").value();
    {
        StepWorld w(kLan + kLan6, p);
        predictor::addPlanned6({dst, IpAddress(), -1, false, std::nullopt}, w.ctx, w.model);
        QCOMPARE(w.notes(), (QStringList{"tap-device", "ipv6-gateway-needed"}));
        QCOMPARE(w.added(), QStringList{});
    }
    {
        StepWorld w(kLan + kLan6, p);
        predictor::addPlanned6({dst, IpAddress(), 0, true, std::nullopt}, w.ctx, w.model);
        QCOMPARE(w.added(), keys({"2001:db8:77::/48 dev tun0 proto boot metric 1024"}));
    }
    {
        // On tun the device qualifies the route: the gateway is left out.
        StepWorld w(kLan + kLan6, subnetClient());
        predictor::addPlanned6({dst, A("fd00:8::1"), 5, true, std::nullopt}, w.ctx, w.model);
        QCOMPARE(w.added(), keys({"2001:db8:77::/48 dev tun0 proto boot metric 5"}));
    }
}

void TestPredictor::stepsComposeToPredictRoutes() {
    // The steps in predictRoutes()'s order give what predictRoutes() gives.
    VpnProfile p = subnetClient();
    p.redirect = redirect(true);
    p.redirect->blockLocal = true;
    p.redirect->ipv6 = true;
    p.routes.push_back(route("route 172.16.0.0 255.240.0.0"));
    p.ifconfig6 = Ifconfig6{A("fd00:8::1000"), 64, A("fd00:8::1"), OptionOrigin::Pushed};
    StepWorld w(kLan + kLan6, p);
    predictor::addLinkLocal6(w.ctx, w.model);
    predictor::noteScriptOptions(w.ctx, w.model);
    const bool have4 = predictor::addAddress4(w.ctx, w.model).value();
    const bool have6 = predictor::addAddress6(w.ctx, w.model);
    predictor::addRoutes4(w.ctx, have4, w.model);
    predictor::addRoutes6(w.ctx, have6, w.model);

    auto whole = predictRoutes(w.before, p, w.params);
    QVERIFY(whole.ok());
    QStringList wholeAdded, wholeNotes;
    for (const auto& r : whole->added)
        wholeAdded << QString::fromStdString(key(r));
    for (const auto& n : whole->notes)
        wholeNotes << QString::fromStdString(n.code);
    QCOMPARE(w.added(), wholeAdded);
    QCOMPARE(w.notes(), wholeNotes);
    QCOMPARE(w.out.removed.size(), whole->removed.size());
}

QTEST_APPLESS_MAIN(TestPredictor)
#include "TestPredictor.moc"
