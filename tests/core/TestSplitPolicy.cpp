// SPDX-License-Identifier: GPL-3.0-or-later
// SplitPolicy: the strict reader (errors with JSON paths and line/column), the writer's
// round trip, and the starting point built from a table and a profile.

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/import/IpRouteImport.h"
#include "core/plan/Planner.h"
#include "core/plan/SplitPolicy.h"

#include <QTest>

using namespace splitroute::core;

class TestSplitPolicy : public QObject {
    Q_OBJECT
private slots:
    void readsFile();
    void roundTrip();
    void errors_data();
    void errors();
    void syntaxErrorLocation();
    void fromProfileAndTable();
    void fromSplitTunnel_data();
    void fromSplitTunnel();
    void startingPointChangesNothing_data();
    void startingPointChangesNothing();
    void hostNames_data();
    void hostNames();
};

namespace {
RouteTable ipRoutes(const char* text) {
    return importIpRoute(text, "test").table;
}

QStringList targetsAndLabels(const SplitPolicy& p) {
    QStringList out;
    for (const auto& r : p.rules)
        out << QString::fromStdString(r.target() + " " + ruleModeName(r.mode) + " " + r.label);
    return out;
}

// Home Wi-Fi and a split-tunnel VPN (no default override).
const char* kSplit = R"(default via 192.168.1.1 dev wlan0 proto dhcp metric 600
10.8.0.0/24 dev tun0 proto kernel scope link src 10.8.0.6
10.20.0.0/16 via 10.8.0.1 dev tun0 proto static
169.254.0.0/16 dev wlan0 scope link metric 1000
172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown
192.168.1.0/24 dev wlan0 proto kernel scope link src 192.168.1.42 metric 600
)";
} // namespace

void TestSplitPolicy::readsFile() {
    auto p = SplitPolicy::parse(testutil::readData("policy/home.json"), "home.json");
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().toString().c_str());
    QCOMPARE(p->other, OtherTraffic::Tunnel);
    QCOMPARE(p->rules.size(), std::size_t{4});
    QCOMPARE(p->rules[0].network->toString(), std::string("192.168.1.0/24"));
    QCOMPARE(p->rules[0].label, std::string("Home LAN"));
    QCOMPARE(p->rules[0].mode, RuleMode::Bypass);
    QVERIFY(!p->rules[1].network);
    QCOMPARE(p->rules[1].host, std::string("meet.example.com"));
    QCOMPARE(p->rules[2].mode, RuleMode::AsPushed);
    QCOMPARE(p->rules[3].network->family(), Family::V6);
    QCOMPARE(p->rules[3].mode, RuleMode::Tunnel);
}

void TestSplitPolicy::roundTrip() {
    auto p = SplitPolicy::parse(testutil::readData("policy/home.json"));
    QVERIFY(p.ok());
    const std::string text = p->serialize();
    auto q = SplitPolicy::parse(text);
    QVERIFY(q.ok());
    QVERIFY(*p == *q);
    QCOMPARE(q->serialize(), text);
    QVERIFY(text.find("\"format\": \"splitroute-policy\"") != std::string::npos);
}

void TestSplitPolicy::errors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString head = R"("format":"splitroute-policy","version":1,)";
    QTest::newRow("not an object") << "[]"
                                   << "a policy must be a JSON object";
    QTest::newRow("wrong format") << R"({"format":"x","version":1,"other":"tunnel","rules":[]})"
                                  << "format: required";
    QTest::newRow("future version")
        << R"({"format":"splitroute-policy","version":2,"other":"tunnel","rules":[]})"
        << "version: 2 is not supported";
    QTest::newRow("unknown top field") << "{" + head + R"("other":"tunnel","rules":[],"x":1})"
                                       << "x: unknown field";
    QTest::newRow("bad other") << "{" + head + R"("other":"vpn","rules":[]})"
                               << "other: expected \"tunnel\" or \"local\"";
    QTest::newRow("missing rules") << "{" + head + R"("other":"local"})"
                                   << "rules: required";
    QTest::newRow("bad mode")
        << "{" + head + R"("other":"local","rules":[{"network":"10.0.0.0/8","mode":"skip"}]})"
        << "rules[0].mode: expected";
    QTest::newRow("missing mode") << "{" + head +
                                         R"("other":"local","rules":[{"network":"10.0.0.0/8"}]})"
                                  << "rules[0].mode: required";
    QTest::newRow("host bits")
        << "{" + head +
               R"("other":"local","rules":[{"network":"10.0.0.0/8","mode":"tunnel"},{"network":"10.1.2.3/16","mode":"tunnel"}]})"
        << "rules[1].network: ";
    QTest::newRow("non-canonical")
        << "{" + head + R"("other":"local","rules":[{"network":"2001:DB8::/32","mode":"tunnel"}]})"
        << "rules[0].network: not canonical; write 2001:db8::/32";
    QTest::newRow("both network and host")
        << "{" + head +
               R"("other":"local","rules":[{"network":"10.0.0.0/8","host":"a.example","mode":"tunnel"}]})"
        << "rules[0]: give exactly one of";
    QTest::newRow("address as host")
        << "{" + head + R"("other":"local","rules":[{"host":"10.0.0.1","mode":"tunnel"}]})"
        << "rules[0].host: an address belongs in \"network\"";
    QTest::newRow("bad host") << "{" + head +
                                     R"("other":"local","rules":[{"host":"a b","mode":"tunnel"}]})"
                              << "rules[0].host: not a valid host name";
    QTest::newRow("unknown rule field")
        << "{" + head +
               R"("other":"local","rules":[{"network":"10.0.0.0/8","mode":"tunnel","via":"x"}]})"
        << "rules[0].via: unknown field";
    QTest::newRow("label type")
        << "{" + head +
               R"("other":"local","rules":[{"network":"10.0.0.0/8","mode":"tunnel","label":5}]})"
        << "rules[0].label: expected a string";
    QTest::newRow("duplicate key") << "{" + head + R"("other":"local","other":"tunnel","rules":[]})"
                                   << "duplicate field \"other\"";
}

void TestSplitPolicy::errors() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto p = SplitPolicy::parse(text.toStdString(), "p.json");
    QVERIFY(!p.ok());
    const QString got = QString::fromStdString(p.error().toString());
    QVERIFY2(got.contains(message), qPrintable(got));
    QVERIFY2(got.startsWith("p.json"), qPrintable(got));
}

void TestSplitPolicy::syntaxErrorLocation() {
    auto p = SplitPolicy::parse("{\n  \"format\": \"splitroute-policy\",\n  \"version\": 1,,\n}",
                                "bad.json");
    QVERIFY(!p.ok());
    QCOMPARE(p.error().where.file, std::string("bad.json"));
    QCOMPARE(p.error().where.line, 3);
    QCOMPARE(p.error().where.column, 16);
}

void TestSplitPolicy::fromProfileAndTable() {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    QVERIFY(t.ok());
    VpnProfile profile;
    ProfileRoute pr;
    pr.network = "172.16.5.0";
    pr.prefix = *Prefix::parse("172.16.5.0/24");
    pr.text = "route 172.16.5.0 255.255.255.0";
    profile.routes.push_back(pr);
    const SplitPolicy p = SplitPolicy::fromProfileAndTable(&profile, *t);
    QCOMPARE(p.other, OtherTraffic::Tunnel);
    QStringList targets;
    for (const auto& r : p.rules) {
        QCOMPARE(r.mode, RuleMode::AsPushed);
        targets << QString::fromStdString(r.target());
    }
    // Override per family, then most specific first: the profile's route, the home LAN the
    // override shadows, the table's pushed route (not the kernel subnet of the tunnel), the
    // IPv6 LAN.
    QCOMPARE(targets, (QStringList{"0.0.0.0/0", "::/0", "172.16.5.0/24", "192.168.1.0/24",
                                   "10.20.0.0/16", "2001:db8:1::/64"}));
    QCOMPARE(p.rules[3].label, std::string("Local network on wlan0"));
    // The starting point is itself a valid policy file.
    auto back = SplitPolicy::parse(p.serialize());
    QVERIFY(back.ok());
    QVERIFY(*back == p);
}

void TestSplitPolicy::fromSplitTunnel_data() {
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QStringList>("expected");
    // The VPN leaves the default route and the LAN alone: an explicit "not overridden" rule
    // for IPv4, no local network (the VPN does not affect it); no IPv6 at all.
    QTest::newRow("split")
        << QString()
        << QStringList{
               "0.0.0.0/0 as-pushed All other IPv4 traffic (not overridden)",
               "10.20.0.0/16 as-pushed Pushed: 10.20.0.0/16 via 10.8.0.1 dev tun0 proto static"};
    // A pushed network containing the LAN (TunnelCrack LocalNet): the LAN becomes a row, ahead
    // of the broader pushed network so that its decision counts. docker0 and link-local
    // ranges are not local networks of the uplink.
    QTest::newRow("pushed over the LAN")
        << QString("192.168.0.0/16 via 10.8.0.1 dev tun0 proto static\n")
        << QStringList{
               "0.0.0.0/0 as-pushed All other IPv4 traffic (not overridden)",
               "192.168.1.0/24 as-pushed Local network on wlan0",
               "10.20.0.0/16 as-pushed Pushed: 10.20.0.0/16 via 10.8.0.1 dev tun0 proto static",
               "192.168.0.0/16 as-pushed Pushed: 192.168.0.0/16 via 10.8.0.1 dev tun0 proto "
               "static"};
}

void TestSplitPolicy::fromSplitTunnel() {
    QFETCH(QString, extra);
    QFETCH(QStringList, expected);
    const std::string text = std::string(kSplit) + extra.toStdString();
    const RouteTable t = ipRoutes(text.c_str());
    const SplitPolicy p = SplitPolicy::fromProfileAndTable(nullptr, t);
    QCOMPARE(targetsAndLabels(p), expected);
    QCOMPARE(p.other, OtherTraffic::Local);
}

void TestSplitPolicy::startingPointChangesNothing_data() {
    QTest::addColumn<QString>("table");
    QTest::newRow("full tunnel") << QString::fromStdString(
        testutil::readData("plan/fulltunnel.json"));
    QTest::newRow("split tunnel") << QString(kSplit);
    // IPv4 overridden, IPv6 only partly in the tunnel: "other" is tunnel, yet the starting
    // point must not add IPv6 halves the VPN never installed.
    QTest::newRow("IPv6 routes without IPv6 override")
        << QString("default via 192.168.1.1 dev wlan0 proto dhcp metric 600\n"
                   "0.0.0.0/1 via 10.8.0.1 dev tun0\n128.0.0.0/1 via 10.8.0.1 dev tun0\n"
                   "192.168.1.0/24 dev wlan0 proto kernel scope link metric 600\n"
                   "::/0 via fe80::1 dev wlan0 proto ra metric 600\n"
                   "fd00:20::/48 dev tun0 proto static metric 1024\n");
}

void TestSplitPolicy::startingPointChangesNothing() {
    QFETCH(QString, table);
    RouteTable t;
    if (table.startsWith('['))
        t = routeTableFromJson(nlohmann::json::parse(table.toStdString())).value();
    else
        t = ipRoutes(table.toStdString().c_str());
    QVERIFY(t.size() > 0);
    const SplitPolicy p = SplitPolicy::fromProfileAndTable(nullptr, t);
    auto plan = makePlan(t, nullptr, nullptr, p, {});
    QVERIFY(plan.ok());
    QVERIFY2(plan->changes.empty(),
             plan->changes.empty() ? "" : plan->changes.changes[0].route.toString().c_str());
}

void TestSplitPolicy::hostNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name") << "meet.example.com" << true;
    QTest::newRow("single label") << "printer" << true;
    QTest::newRow("digits inside") << "1e100.net" << true;
    QTest::newRow("trailing dot") << "example.com." << true;
    QTest::newRow("mistyped address") << "192.168.7.300" << false;
    QTest::newRow("address") << "10.0.0.1" << false;
    QTest::newRow("empty label") << "a..b" << false;
    QTest::newRow("slash") << "10.0.0.0/8" << false;
    QTest::newRow("space") << "my host" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("long label") << QString(64, 'a') << false;
}

void TestSplitPolicy::hostNames() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidHostName(name.toStdString()), valid);
}

QTEST_APPLESS_MAIN(TestSplitPolicy)
#include "TestSplitPolicy.moc"
