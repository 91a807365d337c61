// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/import/IpRouteImport.h"
#include "core/plan/NetworkHints.h"
#include "core/plan/Planner.h"

#include <QStringList>
#include <QTest>

using namespace splitroute::core;

namespace {

// A laptop on home Wi-Fi with a full-tunnel OpenVPN (def1), as `ip route show table all`.
const char* kFullTunnel = R"(default via 192.168.1.1 dev wlan0 proto dhcp metric 600
0.0.0.0/1 via 10.8.0.1 dev tun0
128.0.0.0/1 via 10.8.0.1 dev tun0
10.8.0.0/24 dev tun0 proto kernel scope link src 10.8.0.6
10.20.0.0/16 via 10.8.0.1 dev tun0
192.168.1.0/24 dev wlan0 proto kernel scope link src 192.168.1.42 metric 600
198.51.100.7 via 192.168.1.1 dev wlan0
::/0 via fe80::1 dev wlan0 proto ra metric 600
local 192.168.1.42 dev wlan0 table local proto kernel scope host src 192.168.1.42
broadcast 192.168.1.255 dev wlan0 table local proto kernel scope link src 192.168.1.42
)";

// The same laptop with a split-tunnel VPN: only the corporate network goes into tun0.
const char* kSplit = R"(default via 192.168.1.1 dev wlan0 proto dhcp metric 600
10.8.0.0/24 dev tun0 proto kernel scope link src 10.8.0.6
10.20.0.0/16 via 10.8.0.1 dev tun0
192.168.1.0/24 dev wlan0 proto kernel scope link src 192.168.1.42 metric 600
)";

RouteTable tableOf(const QString& text) {
    auto t = importIpRoute(text.toStdString(), "test");
    for (const auto& d : t.diagnostics)
        if (d.severity != Severity::Info)
            qWarning("%s", d.message.c_str());
    return t.table;
}

/// "10.0.0.0/8:bypass,meet.example.com:tunnel"
SplitPolicy policy(const QString& rules) {
    SplitPolicy p;
    for (const auto& item : rules.split(',', Qt::SkipEmptyParts)) {
        const auto parts = item.split(':').size() > 2
                               ? QStringList{item.section(':', 0, -2), item.section(':', -1)}
                               : item.split(':');
        PolicyRule r;
        if (auto n = Prefix::parse(parts[0].toStdString()))
            r.network = *n;
        else
            r.host = parts[0].toStdString();
        r.mode = ruleModeFromName(parts.value(1, "as-pushed").toStdString()).value();
        p.rules.push_back(r);
    }
    return p;
}

/// "already-local 192.168.1.0/24 dev wlan0", "vpn-server-inside 198.51.100.7/32 dev wlan0 via
/// 192.168.1.1 addr 198.51.100.7"
QString line(const NetworkHint& h) {
    QString s = hintKindName(h.kind);
    for (const auto& p : h.prefixes)
        s += ' ' + QString::fromStdString(p.toString());
    if (!h.device.empty())
        s += " dev " + QString::fromStdString(h.device.str());
    if (!h.gateway.isNull())
        s += " via " + QString::fromStdString(h.gateway.toString());
    for (const auto& a : h.addresses)
        s += " addr " + QString::fromStdString(a.toString());
    if (!h.text.empty())
        s += " (" + QString::fromStdString(h.text) + ")";
    return s;
}

QStringList lines(const std::vector<NetworkHint>& hs) {
    QStringList out;
    for (const auto& h : hs)
        out << line(h);
    return out;
}

QString carrierLine(const std::vector<Carrier>& cs) {
    QStringList out;
    for (const auto& c : cs)
        out << QString("%1%2 %3%")
                   .arg(QString::fromStdString(c.device.empty() ? routeTypeName(c.type)
                                                                : c.device.str()),
                        c.gateway.isNull() ? QString()
                                           : " via " + QString::fromStdString(c.gateway.toString()))
                   .arg(static_cast<double>(c.share * 100), 0, 'f', 1);
    return out.join(", ");
}

} // namespace

class TestNetworkHints : public QObject {
    Q_OBJECT
private slots:
    void hints_data();
    void hints();
    void allHintsMatchEach_data();
    void allHintsMatchEach();
    void profileServer();
    void withPlan();
    void otherTraffic_data();
    void otherTraffic();
    void carriers_data();
    void carriers();
};

void TestNetworkHints::hints_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("rules");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("expected");

    const QString full = kFullTunnel;
    QTest::newRow("home LAN under the override")
        << full << "192.168.1.0/24" << 0 << QStringList{"already-local 192.168.1.0/24 dev wlan0"};
    QTest::newRow("an address of the home LAN")
        << full << "192.168.1.10/32:tunnel" << 0
        << QStringList{"already-local 192.168.1.0/24 dev wlan0"};
    QTest::newRow("TunnelCrack: pushed network contains the LAN")
        << full + "192.168.0.0/16 via 10.8.0.1 dev tun0\n"
        << "192.168.0.0/16" << 0 << QStringList{"already-local 192.168.1.0/24 dev wlan0"};
    QTest::newRow("partly outside the tunnel")
        << full + "10.0.0.0/8 via 10.8.0.1 dev tun0\n10.30.0.0/16 via 172.16.0.1 dev eth0\n"
        << "10.0.0.0/8:tunnel" << 0
        << QStringList{"partly-outside 10.30.0.0/16 dev eth0 via 172.16.0.1"};
    QTest::newRow("wholly outside is not 'partly'")
        << full + "10.30.0.0/16 via 172.16.0.1 dev eth0\n"
        << "10.30.0.0/16:tunnel" << 0 << QStringList{};
    QTest::newRow("VPN server inside")
        << full << "198.51.100.0/24:tunnel" << 0
        << QStringList{"vpn-server-inside 198.51.100.7/32 dev wlan0 via 192.168.1.1 addr "
                       "198.51.100.7"};
    QTest::newRow("covered by all other traffic")
        << full << "203.0.113.0/24:bypass" << 0
        << QStringList{"covered-by-other-traffic 128.0.0.0/1 dev tun0 via 10.8.0.1"};
    QTest::newRow("covered by a not overridden default")
        << QString(kSplit) << "203.0.113.0/24:tunnel" << 0
        << QStringList{"covered-by-other-traffic 0.0.0.0/0 dev wlan0 via 192.168.1.1"};
    QTest::newRow("pushed network with its own route")
        << full << "10.20.0.0/16" << 0 << QStringList{};
    QTest::newRow("split tunnel: the LAN is not under a tunnel route")
        << QString(kSplit) << "192.168.1.0/24" << 0 << QStringList{};
    QTest::newRow("not routed anywhere")
        << QString(kSplit) << "2001:db8:5::/48:bypass" << 0 << QStringList{"not-routed"};
    QTest::newRow("decided by an earlier rule")
        << full << "10.0.0.0/8:bypass,10.20.0.0/16:tunnel" << 1
        << QStringList{"decided-by-earlier-rule 10.0.0.0/8"};
    QTest::newRow("decided by earlier rules together")
        << full << "10.20.0.0/17:bypass,10.20.128.0/17:bypass,10.20.0.0/16:tunnel" << 2
        << QStringList{"decided-by-earlier-rule 10.20.0.0/17 10.20.128.0/17"};
    QTest::newRow("an earlier rule covering only part decides nothing alone")
        << full << "10.20.0.0/17:bypass,10.20.0.0/16:tunnel" << 1 << QStringList{};
    QTest::newRow("IPv4 override, tunnel carries IPv4")
        << full << "0.0.0.0/0:tunnel" << 0 << QStringList{};
    QTest::newRow("IPv6 rule, tunnel carries no IPv6")
        << full << "::/0:tunnel" << 0 << QStringList{"tunnel-lacks-family ::/0 dev tun0"};
    QTest::newRow("IPv6 rule, tunnel carries IPv6")
        << full + "fd00:8::/64 dev tun0 proto kernel metric 256\n"
        << "::/0:tunnel" << 0 << QStringList{};
    QTest::newRow("host name without a plan")
        << full << "meet.example.com:bypass" << 0 << QStringList{"host-resolved-when-planning"};
}

void TestNetworkHints::hints() {
    QFETCH(QString, table);
    QFETCH(QString, rules);
    QFETCH(int, index);
    QFETCH(QStringList, expected);
    const RouteTable t = tableOf(table);
    const NetworkHints h(t);
    QCOMPARE(lines(h.hints(policy(rules), static_cast<std::size_t>(index))), expected);
}

void TestNetworkHints::allHintsMatchEach_data() {
    QTest::addColumn<QString>("rules");
    QTest::newRow("earlier rules together")
        << "10.20.0.0/17:bypass,10.20.128.0/17:bypass,10.20.0.0/16:tunnel,10.20.5.0/24";
    QTest::newRow("adjacent, then a gap")
        << "10.20.0.0/17,10.20.128.0/18,10.20.0.0/16,10.20.192.0/18,10.20.0.0/16";
    QTest::newRow("families and defaults")
        << "0.0.0.0/0:tunnel,::/0:as-pushed,192.168.1.0/24,192.168.0.0/16,192.168.1.7/"
           "32,2001:db8::/"
           "32:bypass,"
           "2001:db8:1::/48:tunnel,meet.example.com:bypass,0.0.0.0/1:tunnel,64.0.0.0/2";
    QTest::newRow("whole space then everything")
        << "0.0.0.0/1,128.0.0.0/1,10.0.0.0/8,255.255.255.255/32";
}

void TestNetworkHints::allHintsMatchEach() {
    QFETCH(QString, rules);
    const RouteTable t = tableOf(kFullTunnel);
    const NetworkHints h(t);
    const SplitPolicy p = policy(rules);
    const auto all = h.allHints(p);
    QCOMPARE(all.size(), p.rules.size());
    int decided = 0;
    for (std::size_t i = 0; i < p.rules.size(); ++i) {
        QCOMPARE(lines(all[i]), lines(h.hints(p, i)));
        decided += !all[i].empty() && all[i][0].kind == HintKind::DecidedByEarlierRule;
    }
    QVERIFY(decided > 0); // every row above has at least one rule decided by earlier ones
}

void TestNetworkHints::profileServer() {
    // A literal remote in the profile is a VPN server even without a host route in the table
    // (e.g. the table before connecting, or a server reached through the default route).
    const RouteTable t = tableOf(kSplit);
    VpnProfile profile;
    profile.remotes.push_back({});
    profile.remotes.back().host = "203.0.113.9";
    const NetworkHints h(t, {}, &profile);
    QCOMPARE(lines(h.hints(policy("203.0.113.0/24:tunnel"), 0)),
             (QStringList{"vpn-server-inside addr 203.0.113.9",
                          "covered-by-other-traffic 0.0.0.0/0 dev wlan0 via 192.168.1.1"}));
    // Without the profile nothing marks the address as the server.
    const NetworkHints plain(t);
    QCOMPARE(lines(plain.hints(policy("203.0.113.0/24:tunnel"), 0)),
             QStringList{"covered-by-other-traffic 0.0.0.0/0 dev wlan0 via 192.168.1.1"});
}

void TestNetworkHints::withPlan() {
    const RouteTable t = tableOf(kFullTunnel);
    SplitPolicy pol = policy("203.0.113.0/24:bypass,192.168.1.0/24:tunnel,meet.example.com:bypass,"
                             "nowhere.example.com:bypass,10.20.0.0/16");
    PlanParameters params;
    params.resolver = [](const std::string& host) -> Result<std::vector<IpAddress>> {
        if (host == "meet.example.com")
            return std::vector<IpAddress>{*IpAddress::parse("192.0.2.20"),
                                          *IpAddress::parse("192.0.2.10")};
        return makeError(ErrorCode::NotFound, "no such host");
    };
    auto plan = makePlan(t, nullptr, nullptr, pol, params);
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
    QVERIFY(!plan->changes.empty());

    const NetworkHints now(t);
    const NetworkHints after(t, {}, nullptr, &*plan);
    QCOMPARE(&after.describedTable(), &plan->after);
    // The bypassed network got its own route: no longer "covered by all other traffic".
    QCOMPARE(lines(now.hints(pol, 0)),
             QStringList{"covered-by-other-traffic 128.0.0.0/1 dev tun0 via 10.8.0.1"});
    QCOMPARE(lines(after.hints(pol, 0)), QStringList{});
    QCOMPARE(carrierLine(now.carriers(*pol.rules[0].network)), QString("tun0 via 10.8.0.1 100.0%"));
    QCOMPARE(carrierLine(after.carriers(*pol.rules[0].network)),
             QString("wlan0 via 192.168.1.1 100.0%"));
    // The home LAN sent through the tunnel: the plan's routes beat the connected route.
    QCOMPARE(lines(now.hints(pol, 1)), QStringList{"already-local 192.168.1.0/24 dev wlan0"});
    QCOMPARE(carrierLine(after.carriers(*pol.rules[1].network)),
             QString("tun0 via 10.8.0.1 100.0%"));
    QCOMPARE(lines(after.hints(pol, 1)), QStringList{});
    // Host rules: what the plan resolved, or why not.
    QCOMPARE(lines(after.hints(pol, 2)),
             QStringList{"host-resolved addr 192.0.2.10 addr 192.0.2.20"});
    QCOMPARE(carrierLine(after.carriers(pol.rules[2])), QString("wlan0 via 192.168.1.1 100.0%"));
    QCOMPARE(carrierLine(now.carriers(pol.rules[2])), QString());
    QCOMPARE(lines(after.hints(pol, 3)), QStringList{"host-unresolved (no such host)"});
    QCOMPARE(lines(now.hints(pol, 3)), QStringList{"host-resolved-when-planning"});
    // A rule the plan did not touch keeps its (absent) hints.
    QCOMPARE(lines(after.hints(pol, 4)), QStringList{});
    QCOMPARE(after.tunnel().tunnelDevice.str(), std::string("tun0"));
}

void TestNetworkHints::otherTraffic_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("expected");
    const QString full = kFullTunnel;
    QTest::newRow("def1 halves") << full << "4"
                                 << "override 0.0.0.0/1 128.0.0.0/1 tun0 10.8.0.1";
    QTest::newRow("IPv6 not overridden") << full << "6"
                                         << "default ::/0 wlan0 fe80::1";
    QTest::newRow("split tunnel") << QString(kSplit) << "4"
                                  << "default 0.0.0.0/0 wlan0 192.168.1.1";
    QTest::newRow("no IPv6 at all") << QString(kSplit) << "6"
                                    << "none";
    QTest::newRow("one half only") << QString(kSplit) + "0.0.0.0/1 via 10.8.0.1 dev tun0\n"
                                   << "4"
                                   << "override 0.0.0.0/1 tun0 10.8.0.1";
    QTest::newRow("IPv6 halves") << full +
                                        "::/1 dev tun0 metric 1024\n8000::/1 dev tun0 metric 1024\n"
                                 << "6"
                                 << "override ::/1 8000::/1 tun0 -";
    QTest::newRow("OpenVPN IPv6 set")
        << full + "::/3 dev tun0 metric 1024\n2000::/4 dev tun0 metric 1024\n"
                  "3000::/4 dev tun0 metric 1024\nfc00::/7 dev tun0 metric 1024\n"
        << "6"
        << "override ::/3 2000::/4 3000::/4 fc00::/7 tun0 -";
    QTest::newRow("default replaced by the VPN")
        << QString("default via 10.8.0.1 dev tun0\n10.8.0.0/24 dev tun0 proto kernel scope link\n"
                   "198.51.100.7 via 192.168.1.1 dev wlan0\n"
                   "192.168.1.0/24 dev wlan0 proto kernel scope link\n")
        << "4"
        << "default 0.0.0.0/0 tun0 10.8.0.1 (tunnel)"; // a /0 is no override pair
}

void TestNetworkHints::otherTraffic() {
    QFETCH(QString, table);
    QFETCH(QString, family);
    QFETCH(QString, expected);
    const RouteTable t = tableOf(table);
    const NetworkHints h(t);
    const OtherTrafficRoute o = h.otherTraffic(family == "6" ? Family::V6 : Family::V4);
    QString s = o.kind == OtherTrafficRoute::Kind::Override  ? "override"
                : o.kind == OtherTrafficRoute::Kind::Default ? "default"
                                                             : "none";
    for (const auto& p : o.prefixes)
        s += ' ' + QString::fromStdString(p.toString());
    if (o.kind != OtherTrafficRoute::Kind::None)
        s += ' ' + QString::fromStdString(o.device.str()) + ' ' +
             (o.gateway.isNull() ? QString("-") : QString::fromStdString(o.gateway.toString()));
    if (o.viaTunnel && o.kind == OtherTrafficRoute::Kind::Default)
        s += " (tunnel)";
    QCOMPARE(s, expected);
}

void TestNetworkHints::carriers_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("expected");
    const QString full = kFullTunnel;
    QTest::newRow("pushed") << full << "10.20.0.0/16"
                            << "tun0 via 10.8.0.1 100.0%";
    QTest::newRow("LAN without its own addresses") << full << "192.168.1.0/24"
                                                   << "wlan0 100.0%";
    // 256 addresses through the tunnel, 254 on the LAN (.42 and .255 are this host's own).
    QTest::newRow("split between LAN and tunnel") << full << "192.168.0.0/23"
                                                  << "tun0 via 10.8.0.1 50.2%, wlan0 49.8%";
    // The tunnel subnet, the LAN and the server's /32 are tiny next to 2^32 addresses.
    QTest::newRow("across both halves")
        << full << "0.0.0.0/0"
        << "tun0 via 10.8.0.1 100.0%, tun0 0.0%, wlan0 0.0%, wlan0 via 192.168.1.1 0.0%";
    QTest::newRow("blackhole") << full + "blackhole 203.0.113.0/26\n"
                               << "203.0.113.0/24"
                               << "tun0 via 10.8.0.1 75.0%, blackhole 25.0%";
    QTest::newRow("unrouted") << QString(kSplit) << "2001:db8::/32"
                              << "";
}

void TestNetworkHints::carriers() {
    QFETCH(QString, table);
    QFETCH(QString, network);
    QFETCH(QString, expected);
    const RouteTable t = tableOf(table);
    const NetworkHints h(t);
    QCOMPARE(carrierLine(h.carriers(*Prefix::parse(network.toStdString()))), expected);
}

QTEST_APPLESS_MAIN(TestNetworkHints)
#include "TestNetworkHints.moc"
