// SPDX-License-Identifier: GPL-3.0-or-later
// Analyzers: one table per finding (tests/data/analyze/*.json), plus the inputs a finding
// needs (local DNS, VPN server, iroutes, profile flags). Checks the codes found, in order,
// and that a clean full tunnel has none.

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/analyze/Analyzer.h"

#include <QTest>

using namespace splitroute::core;

class TestAnalyzers : public QObject {
    Q_OBJECT
private slots:
    void findings_data();
    void findings();
    void tunnelVisionRanges_data();
    void tunnelVisionRanges();
    void tunnelVisionOnAFullTunnel();
    void policyBypassOfPublicSpace();
    void privateSpace();
    void ipv6LeakBehindASampleNetwork();
    void linkLocalRoutesDoNotShadow();
    void chosenBypassIsNoLocalNet();
    void scopedRoutesAreNoTunnels();
    void routelessProfile();
};

namespace {
RouteTable tableOf(const char* json) {
    auto t = routeTableFromJson(nlohmann::json::parse(json));
    if (!t)
        qFatal("%s", t.error().message.c_str());
    return std::move(t).value();
}

QStringList codesOf(const std::vector<Finding>& fs) {
    QStringList out;
    for (const auto& f : fs)
        out << QString::fromStdString(f.code);
    return out;
}
} // namespace

void TestAnalyzers::findings_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>(
        "inputs"); // ";"-separated: dns=A server=A iroute=P nopull aws awsprofile
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("clean full tunnel") << "clean"
                                       << "server=198.51.100.7" << QStringList{};
    QTest::newRow("IPv6 leak") << "ipv6-leak"
                               << "" << QStringList{"ipv6-leak"};
    QTest::newRow("TunnelCrack LocalNet") << "localnet"
                                          << "" << QStringList{"tunnelcrack-localnet"};
    QTest::newRow("TunnelVision: DHCP routes out of the tunnel")
        << "tunnelvision"
        << "server=198.51.100.7"
        << QStringList{"tunnelvision-dhcp-route", "tunnelvision-dhcp-route",
                       "tunnel-route-shadowed"};
    QTest::newRow("ServerIP via tunnel")
        << "server-ip-via-tunnel"
        << "server=198.51.100.7" << QStringList{"server-ip-via-tunnel"};
    QTest::newRow("ServerIP missing") << "server-ip-missing"
                                      << "server=198.51.100.7" << QStringList{"server-ip-missing"};
    QTest::newRow("ServerIP by host name")
        << "clean"
        << "remote=vpn.example.com" << QStringList{"server-ip-dns"};
    QTest::newRow("pushed route swallows DNS")
        << "swallows-dns"
        << "dns=10.0.0.53" << QStringList{"pushed-route-swallows-dns"};
    QTest::newRow("pushed route swallows gateway")
        << "swallows-gateway"
        << ""
        << QStringList{"pushed-route-swallows-gateway", "pushed-route-overlaps-lan",
                       "bypass-shadowed"};
    QTest::newRow("pushed route over the LAN")
        << "overlaps-lan"
        << "" << QStringList{"pushed-route-overlaps-lan", "tunnel-route-shadowed"};
    QTest::newRow("route-nopull drops DNS")
        << "clean"
        << "server=198.51.100.7;nopull" << QStringList{"route-nopull-drops-dns"};
    QTest::newRow("AWS route enforcement")
        << "clean"
        << "server=198.51.100.7;aws" << QStringList{"aws-route-enforcement"};
    QTest::newRow("AWS strips pull-filter")
        << "clean"
        << "server=198.51.100.7;awsprofile" << QStringList{"aws-pull-filter-stripped"};
    QTest::newRow("bypass shadowed by a tunnel route")
        << "bypass-shadowed"
        << "server=198.51.100.7" << QStringList{"tunnelcrack-localnet", "bypass-shadowed"};
    QTest::newRow("iroute missing (server)")
        << "iroute-missing"
        << "iroute=192.168.50.0/24" << QStringList{"iroute-missing"};
    QTest::newRow("iroutes all present")
        << "iroute-missing"
        << "iroute=192.168.50.0/24;iroute=192.168.60.0/23" << QStringList{};
    QTest::newRow("primary and backup tunnel")
        << "primary-backup"
        << "" << QStringList{"tunnel-primary-backup", "tunnel-same-metric"};
}

void TestAnalyzers::findings() {
    QFETCH(QString, table);
    QFETCH(QString, inputs);
    QFETCH(QStringList, codes);
    auto t = routeTableFromJson(nlohmann::json::parse(
        testutil::readData(("analyze/" + table + ".json").toStdString().c_str())));
    QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
    AnalysisInput in;
    in.table = &*t;
    VpnProfile profile;
    bool useProfile = false;
    for (const auto& item : inputs.split(';', Qt::SkipEmptyParts)) {
        const QString key = item.section('=', 0, 0), value = item.section('=', 1);
        if (key == "dns")
            in.localDns.push_back(*IpAddress::parse(value.toStdString()));
        else if (key == "server")
            in.vpnServers.push_back(*IpAddress::parse(value.toStdString()));
        else if (key == "iroute")
            in.iroutes.push_back(*Prefix::parse(value.toStdString()));
        else if (key == "aws")
            in.awsRouteEnforcement = true;
        else if (key == "nopull") {
            profile.routeNopull = true;
            profile.dhcpOptions.push_back({"DNS", "10.8.0.53", OptionOrigin::Pushed});
            useProfile = true;
        } else if (key == "awsprofile") {
            profile.aws = true;
            profile.pullFilters.push_back({PullFilter::Action::Ignore, "redirect-gateway", {}});
            useProfile = true;
        } else if (key == "remote") {
            profile.remotes.push_back({value.toStdString(), 1194, "udp", {}});
            useProfile = true;
        } else {
            QFAIL(qPrintable("bad input " + item));
        }
    }
    if (useProfile)
        in.profile = &profile;
    const auto fs = analyze(in);
    QStringList got;
    for (const auto& f : fs) {
        got << QString::fromStdString(f.code);
        QVERIFY(!f.message.empty());
    }
    if (got != codes)
        for (const auto& f : fs)
            qWarning("%s: %s", f.code.c_str(), f.message.c_str());
    QCOMPARE(got, codes);
}

void TestAnalyzers::tunnelVisionRanges_data() {
    // A split tunnel (10.20.0.0/16 and 10.20.30.128/25 pushed into tun0, no override) and the
    // DHCP routes (proto dhcp on wlan0) a hostile DHCP server could add: what each one takes
    // out of the tunnel.
    QTest::addColumn<QString>("dhcpRoutes");   // JSON objects, comma-separated
    QTest::addColumn<QStringList>("findings"); // "destination: taken ranges"
    const QString via = QStringLiteral(
        R"("gateway": "192.168.1.1", "interface": "wlan0", "metric": 600, "protocol": "dhcp")");
    auto route = [&](const char* destination) {
        return QStringLiteral(R"({"destination": "%1", %2})").arg(QLatin1String(destination), via);
    };
    QTest::newRow("none") << QString() << QStringList{};
    QTest::newRow("more specific than the tunnel route")
        << route("10.20.30.0/24") << QStringList{"10.20.30.0/24: 10.20.30.0/25"};
    QTest::newRow("less specific: the tunnel keeps its part")
        << route("10.20.0.0/15") << QStringList{};
    QTest::newRow("same prefix, higher metric: the tunnel wins")
        << route("10.20.0.0/16") << QStringList{};
    QTest::newRow("outside the tunnel's networks") << route("203.0.113.0/24") << QStringList{};
    QTest::newRow("two, one of them harmless")
        << route("10.20.7.0/24") + "," + route("172.16.0.0/12")
        << QStringList{"10.20.7.0/24: 10.20.7.0/24"};
    QTest::newRow("host route inside the /25: the longest prefix wins")
        << route("10.20.30.200/32") << QStringList{"10.20.30.200/32: 10.20.30.200/32"};
    QTest::newRow("on the tunnel itself (a tap VPN with DHCP)")
        << QStringLiteral(R"({"destination": "10.20.5.0/24", "gateway": "10.8.0.1", )"
                          R"("interface": "tun0", "protocol": "dhcp"})")
        << QStringList{};
    QTest::newRow("host route outside the /25")
        << route("10.20.1.1/32") << QStringList{"10.20.1.1/32: 10.20.1.1/32"};
}

void TestAnalyzers::tunnelVisionRanges() {
    QFETCH(QString, dhcpRoutes);
    QFETCH(QStringList, findings);
    QString json = QStringLiteral(R"([
      {"destination": "0.0.0.0/0", "gateway": "192.168.1.1", "interface": "wlan0", "metric": 600, "protocol": "dhcp"},
      {"destination": "192.168.1.0/24", "gateway": null, "interface": "wlan0", "metric": 600, "protocol": "kernel", "scope": "link"},
      {"destination": "10.8.0.0/24", "gateway": null, "interface": "tun0", "protocol": "kernel", "scope": "link"},
      {"destination": "10.20.0.0/16", "gateway": "10.8.0.1", "interface": "tun0", "protocol": "static"},
      {"destination": "10.20.30.128/25", "gateway": "10.8.0.1", "interface": "tun0", "protocol": "static"})");
    if (!dhcpRoutes.isEmpty())
        json += QLatin1Char(',') + dhcpRoutes;
    json += QLatin1Char(']');
    auto t = routeTableFromJson(nlohmann::json::parse(json.toStdString()));
    QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
    AnalysisInput in;
    in.table = &*t;
    QStringList got;
    for (const auto& f : analyze(in)) {
        if (f.code != findingcode::TunnelVision)
            continue;
        QCOMPARE(f.routes.size(), std::size_t(1));
        QCOMPARE(f.routes.front().protocol, proto::Dhcp);
        QCOMPARE(f.severity, Severity::Warning);
        QCOMPARE(f.args.size(), std::size_t(4));
        QCOMPARE(f.args[2], std::string("tun0"));
        QStringList taken;
        for (const auto& p : f.prefixes)
            taken << QString::fromStdString(p.toString());
        QCOMPARE(QString::fromStdString(f.args[3]), taken.join(QStringLiteral(", ")));
        got << QString::fromStdString(f.routes.front().destination.toString()) + ": " +
                   taken.join(QStringLiteral(", "));
    }
    QCOMPARE(got, findings);
}

void TestAnalyzers::tunnelVisionOnAFullTunnel() {
    // Under 0.0.0.0/1 + 128.0.0.0/1: the LAN's own subnet installed by a DHCP client (iwd,
    // dhcpcd: "proto dhcp ... src") is the local network, not TunnelVision; an on-link option
    // 121 route elsewhere is; a multipath one names every interface it leaves through.
    auto t = routeTableFromJson(nlohmann::json::parse(R"([
      {"destination": "0.0.0.0/0", "gateway": "192.168.1.1", "interface": "wlan0", "metric": 600, "protocol": "dhcp"},
      {"destination": "192.168.1.0/24", "gateway": null, "interface": "wlan0", "metric": 600, "protocol": "dhcp", "scope": "link", "prefsrc": "192.168.1.23"},
      {"destination": "10.8.0.0/24", "gateway": null, "interface": "tun0", "protocol": "kernel", "scope": "link"},
      {"destination": "0.0.0.0/1", "gateway": "10.8.0.1", "interface": "tun0", "protocol": "static"},
      {"destination": "128.0.0.0/1", "gateway": "10.8.0.1", "interface": "tun0", "protocol": "static"},
      {"destination": "203.0.113.0/24", "gateway": null, "interface": "wlan0", "metric": 600, "protocol": "dhcp", "scope": "link"},
      {"destination": "198.18.0.0/15", "gateway": null, "interface": "", "protocol": "dhcp", "nexthops": [
        {"gateway": "192.168.1.1", "interface": "wlan0"}, {"gateway": "192.168.2.1", "interface": "eth0"}]}
    ])"));
    QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
    AnalysisInput in;
    in.table = &*t;
    QStringList got;
    for (const auto& f : analyze(in))
        if (f.code == findingcode::TunnelVision || f.code == findingcode::LocalNet)
            got << QString::fromStdString(f.code + " " + f.args[0] + " " + f.args[1]);
    QCOMPARE(got, (QStringList{"tunnelvision-dhcp-route 198.18.0.0/15 eth0, wlan0",
                               "tunnelvision-dhcp-route 203.0.113.0/24 wlan0"}));
}

void TestAnalyzers::policyBypassOfPublicSpace() {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("analyze/clean.json")));
    QVERIFY(t.ok());
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"network":"8.0.0.0/7","label":"too much","mode":"bypass"},
                 {"network":"192.168.0.0/16","mode":"bypass"},
                 {"network":"203.0.113.0/24","mode":"bypass"}]})");
    QVERIFY(pol.ok());
    AnalysisInput in;
    in.table = &*t;
    in.policy = &*pol;
    in.vpnServers.push_back(*IpAddress::parse("198.51.100.7"));
    const auto fs = analyze(in);
    QCOMPARE(fs.size(), std::size_t{1}); // the /24 is a deliberate exception, the /7 is not
    QCOMPARE(fs[0].code, std::string("tunnelcrack-localnet"));
    QCOMPARE(fs[0].severity, Severity::Info);
    QCOMPARE(fs[0].prefixes.front().toString(), std::string("8.0.0.0/7"));
}

void TestAnalyzers::privateSpace() {
    const PrefixSet& p = privateAddressSpace();
    for (const char* a : {"10.1.2.3", "172.31.0.1", "192.168.9.9", "100.64.0.1", "169.254.1.1",
                          "fd12::1", "fe80::1"})
        QVERIFY2(p.contains(*IpAddress::parse(a)), a);
    for (const char* a : {"8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:db8::1"})
        QVERIFY2(!p.contains(*IpAddress::parse(a)), a);
}

void TestAnalyzers::ipv6LeakBehindASampleNetwork() {
    // A LAN on 192.0.2.0/24 (the old sample address's network) must not hide the leak: most
    // public IPv4 goes into tun0, all public IPv6 leaves through eth0.
    const RouteTable t = tableOf(R"([
      {"destination": "0.0.0.0/0", "gateway": "192.0.2.1", "interface": "eth0", "metric": 100},
      {"destination": "192.0.2.0/24", "gateway": null, "interface": "eth0", "protocol": "kernel", "scope": "link"},
      {"destination": "0.0.0.0/1", "gateway": "10.8.0.1", "interface": "tun0"},
      {"destination": "128.0.0.0/1", "gateway": "10.8.0.1", "interface": "tun0"},
      {"destination": "::/0", "gateway": "fe80::1", "interface": "eth0", "metric": 100}
    ])");
    AnalysisInput in;
    in.table = &t;
    const auto fs = analyze(in);
    QVERIFY2(codesOf(fs).contains("ipv6-leak"), qPrintable(codesOf(fs).join(',')));
    // IPv6 through the tunnel too: no leak.
    RouteTable both = t;
    both.add(tableOf(R"([{"destination": "::/1", "gateway": null, "interface": "tun0"}])")
                 .routes()
                 .front());
    both.add(tableOf(R"([{"destination": "8000::/1", "gateway": null, "interface": "tun0"}])")
                 .routes()
                 .front());
    in.table = &both;
    QVERIFY(!codesOf(analyze(in)).contains("ipv6-leak"));
}

void TestAnalyzers::linkLocalRoutesDoNotShadow() {
    const RouteTable t = tableOf(R"([
      {"destination": "0.0.0.0/0", "gateway": "192.168.1.1", "interface": "eth0"},
      {"destination": "0.0.0.0/1", "gateway": "10.8.0.1", "interface": "tun0"},
      {"destination": "128.0.0.0/1", "gateway": "10.8.0.1", "interface": "tun0"},
      {"destination": "fe80::/64", "gateway": null, "interface": "tun0", "metric": 256},
      {"destination": "fe80::/64", "gateway": null, "interface": "eth0", "metric": 256},
      {"destination": "fe80::/64", "gateway": null, "interface": "tun1", "metric": 256}
    ])");
    AnalysisInput in;
    in.table = &t;
    in.vpnServers.push_back(*IpAddress::parse("198.51.100.7"));
    const QStringList codes = codesOf(analyze(in));
    QVERIFY2(!codes.contains("tunnel-route-shadowed"), qPrintable(codes.join(',')));
    QVERIFY2(!codes.contains("bypass-shadowed"), qPrintable(codes.join(',')));
    QVERIFY2(!codes.contains("tunnel-same-metric"), qPrintable(codes.join(',')));
}

void TestAnalyzers::chosenBypassIsNoLocalNet() {
    // The user bypasses 203.0.113.0/24; its route is no hostile "local network".
    const RouteTable t = tableOf(R"([
      {"destination": "0.0.0.0/0", "gateway": "192.168.1.1", "interface": "eth0"},
      {"destination": "0.0.0.0/1", "gateway": "10.8.0.1", "interface": "tun0"},
      {"destination": "128.0.0.0/1", "gateway": "10.8.0.1", "interface": "tun0"},
      {"destination": "203.0.113.0/24", "gateway": null, "interface": "eth0", "protocol": "kernel", "scope": "link"}
    ])");
    AnalysisInput in;
    in.table = &t;
    in.vpnServers.push_back(*IpAddress::parse("198.51.100.7"));
    QVERIFY(codesOf(analyze(in)).contains("tunnelcrack-localnet")); // without a policy
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"network":"203.0.113.0/24","mode":"bypass"}]})");
    QVERIFY(pol.ok());
    in.policy = &*pol;
    QVERIFY(!codesOf(analyze(in)).contains("tunnelcrack-localnet"));
}

void TestAnalyzers::scopedRoutesAreNoTunnels() {
    // macOS keeps scoped defaults on idle utunN for its own services (flag I): no VPN.
    const RouteTable t = tableOf(R"([
      {"destination": "0.0.0.0/0", "gateway": "192.168.1.254", "interface": "en0"},
      {"destination": "::/0", "gateway": "fe80::1", "interface": "en0"},
      {"destination": "2001:db8:1::/64", "gateway": null, "interface": "en0", "protocol": "kernel", "scope": "link"},
      {"destination": "::/0", "gateway": "fe80::", "interface": "utun0", "table": "scoped"},
      {"destination": "::/0", "gateway": "fe80::", "interface": "utun1", "table": "scoped"},
      {"destination": "fe80::/64", "gateway": null, "interface": "utun0", "table": "scoped"},
      {"destination": "fe80::/64", "gateway": null, "interface": "utun1", "table": "scoped"}
    ])");
    AnalysisInput in;
    in.table = &t;
    QCOMPARE(codesOf(analyze(in)), QStringList());
}

void TestAnalyzers::routelessProfile() {
    VpnProfile empty;
    empty.file = "empty.ovpn";
    auto n = routelessProfileNote(empty);
    QVERIFY(n);
    QCOMPARE(n->code, std::string("profile-empty"));
    QCOMPARE(n->severity, Severity::Warning);
    QCOMPARE(n->where.file, std::string("empty.ovpn"));
    VpnProfile client;
    client.file = "client.ovpn";
    client.client = true;
    client.options.push_back({});
    n = routelessProfileNote(client);
    QVERIFY(n);
    QCOMPARE(n->code, std::string("profile-no-routes"));
    QCOMPARE(n->severity, Severity::Info);
    QVERIFY(n->message.find("PUSH_REPLY") != std::string::npos);
    client.redirect = RedirectGateway{};
    QVERIFY(!routelessProfileNote(client));
}

QTEST_APPLESS_MAIN(TestAnalyzers)
#include "TestAnalyzers.moc"
