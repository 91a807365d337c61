// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/ChangeSet.h"
#include "core/RouteJson.h"

using namespace splitroute::core;

namespace {
Route R(const char* dest, const char* gw, const char* dev, std::uint32_t metric = 0,
        std::uint32_t tbl = table::Main, RouteType type = RouteType::Unicast) {
    Route r;
    r.destination = *Prefix::parse(dest);
    if (gw && *gw)
        r.gateway = *IpAddress::parse(gw);
    r.interface = dev;
    r.metric = metric;
    r.table = tbl;
    r.type = type;
    return r;
}

// A laptop on wlan0 with a full-tunnel VPN (redirect-gateway def1).
RouteTable laptop() {
    RouteTable t;
    t.add(R("0.0.0.0/0", "192.168.1.1", "wlan0", 600));
    t.add(R("192.168.1.0/24", "", "wlan0", 600));
    t.add(R("0.0.0.0/1", "10.8.0.1", "tun0"));
    t.add(R("128.0.0.0/1", "10.8.0.1", "tun0"));
    t.add(R("10.8.0.0/24", "", "tun0"));
    t.add(R("198.51.100.7/32", "192.168.1.1", "wlan0"));
    t.add(R("10.20.0.0/16", "10.8.0.1", "tun0", 100));
    t.add(R("10.20.0.0/16", "10.8.0.2", "tun1", 50)); // backup tunnel, better metric
    t.add(R("127.0.0.0/8", "", "lo", 0, table::Local, RouteType::Local));
    t.add(R("203.0.113.0/24", "", "", 0, table::Main, RouteType::Unreachable));
    t.add(R("2000::/3", "fe80::1", "wlan0", 1024));
    t.add(R("2001:db8::/32", "", "tun0", 256));
    return t;
}
} // namespace

class TestRouteTable : public QObject {
    Q_OBJECT
private slots:
    void lookup_data();
    void lookup();
    void beatenCandidates();
    void throwRoutes();
    void editing();
    void changeSetApplyAndInverse();
    void jsonRoundTrip();
    void jsonStrict_data();
    void jsonStrict();
    void interfaceNames();
};

void TestRouteTable::lookup_data() {
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected"); // Route::toString() of the chosen route, "" = none
    QTest::newRow("public via def1 low half") << "8.8.8.8"
                                              << "0.0.0.0/1 via 10.8.0.1 dev tun0";
    QTest::newRow("public via def1 high half") << "151.101.1.1"
                                               << "128.0.0.0/1 via 10.8.0.1 dev tun0";
    QTest::newRow("home lan stays local") << "192.168.1.20"
                                          << "192.168.1.0/24 dev wlan0 metric 600";
    QTest::newRow("vpn server host route") << "198.51.100.7"
                                           << "198.51.100.7/32 via 192.168.1.1 dev wlan0";
    QTest::newRow("corporate: lower metric wins") << "10.20.3.4"
                                                  << "10.20.0.0/16 via 10.8.0.2 dev tun1 metric 50";
    QTest::newRow("local table first") << "127.0.0.1"
                                       << "local 127.0.0.0/8 dev lo table local";
    QTest::newRow("unreachable is a decision") << "203.0.113.9"
                                               << "unreachable 203.0.113.0/24";
    QTest::newRow("v6 specific") << "2001:db8::5"
                                 << "2001:db8::/32 dev tun0 metric 256";
    QTest::newRow("v6 global") << "2600::1"
                               << "2000::/3 via fe80::1 dev wlan0 metric 1024";
    QTest::newRow("v6 no route") << "fd00::1"
                                 << "";
}

void TestRouteTable::lookup() {
    QFETCH(QString, address);
    QFETCH(QString, expected);
    RouteTable t = laptop();
    auto res = t.lookup(*IpAddress::parse(address.toStdString()));
    if (expected.isEmpty()) {
        QVERIFY(res.chosen == nullptr);
        return;
    }
    QVERIFY(res.chosen != nullptr);
    QCOMPARE(QString::fromStdString(res.chosen->toString()), expected);
}

void TestRouteTable::beatenCandidates() {
    RouteTable t = laptop();
    auto res = t.lookup(*IpAddress::parse("10.20.3.4"));
    QVERIFY(res.chosen);
    QStringList beaten;
    for (const Route* r : res.beaten)
        beaten << QString::fromStdString(r->toString());
    // Best first: same prefix worse metric, then the /1 half, then the default route.
    QCOMPARE(beaten, QStringList({"10.20.0.0/16 via 10.8.0.1 dev tun0 metric 100",
                                  "0.0.0.0/1 via 10.8.0.1 dev tun0",
                                  "default via 192.168.1.1 dev wlan0 metric 600"}));
    // Ties in metric: the first route in the table wins, deterministically.
    RouteTable tie;
    tie.add(R("10.0.0.0/8", "192.168.1.1", "eth0", 10));
    tie.add(R("10.0.0.0/8", "192.168.1.2", "eth1", 10));
    QCOMPARE(tie.lookup(*IpAddress::parse("10.1.1.1")).chosen->interface.str(),
             std::string("eth0"));
}

void TestRouteTable::throwRoutes() {
    RouteTable t;
    t.add(R("10.0.0.0/8", "", "", 0, 100, RouteType::Throw));
    t.add(R("10.0.0.0/8", "", "", 0, table::Local, RouteType::Throw));
    t.add(R("0.0.0.0/0", "192.168.1.1", "eth0"));
    auto res = t.lookup(*IpAddress::parse("10.1.1.1"));
    QVERIFY(res.chosen);
    QCOMPARE(QString::fromStdString(res.chosen->toString()),
             QString("default via 192.168.1.1 dev eth0"));
}

void TestRouteTable::editing() {
    RouteTable t = laptop();
    const auto n = t.size();
    QVERIFY(t.remove(R("0.0.0.0/1", "10.8.0.1", "tun0")));
    QVERIFY(!t.remove(R("0.0.0.0/1", "10.8.0.1", "tun0")));
    QCOMPARE(t.size(), n - 1);
    // The index follows edits.
    QCOMPARE(QString::fromStdString(t.lookup(*IpAddress::parse("8.8.8.8")).chosen->toString()),
             QString("default via 192.168.1.1 dev wlan0 metric 600"));
    QCOMPARE(t.removeIf([](const Route& r) { return r.interface == std::string_view("tun0"); }),
             std::size_t(4));
    QCOMPARE(t.find(*Prefix::parse("10.20.0.0/16")).size(), std::size_t(1));
    QCOMPARE(t.interfaces(), (std::vector<std::string>{"lo", "tun1", "wlan0"}));
}

void TestRouteTable::changeSetApplyAndInverse() {
    RouteTable before = laptop();
    ChangeSet cs;
    Route bypass = R("151.101.0.0/16", "192.168.1.1", "wlan0");
    bypass.protocol = proto::Splitroute;
    cs.changes.push_back({ChangeKind::Add, bypass, "Video calls"});
    cs.changes.push_back({ChangeKind::Delete, R("0.0.0.0/1", "10.8.0.1", "tun0"), ""});
    auto after = cs.applyTo(before);
    QVERIFY2(after.ok(), after.ok() ? "" : after.error().message.c_str());
    QCOMPARE(after->size(), before.size());
    QCOMPARE(after->lookup(*IpAddress::parse("8.8.8.8")).chosen->interface.str(),
             std::string("wlan0"));
    auto back = cs.inverse().applyTo(*after);
    QVERIFY(back.ok());
    RouteTable a = *back, b = before;
    a.sortCanonical();
    b.sortCanonical();
    QCOMPARE(a.routes(), b.routes());
    // Errors name the change.
    ChangeSet bad;
    bad.changes.push_back({ChangeKind::Delete, R("1.2.3.0/24", "", "eth9"), ""});
    auto r = bad.applyTo(before);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.error().message.find("change 1") != std::string::npos);
    ChangeSet dup;
    dup.changes.push_back({ChangeKind::Add, R("192.168.1.0/24", "", "wlan0", 600), ""});
    QCOMPARE(dup.applyTo(before).error().code, ErrorCode::Exists);
}

void TestRouteTable::jsonRoundTrip() {
    RouteTable t = laptop();
    Route mp = R("172.16.0.0/12", "", "");
    mp.nexthops = {{*IpAddress::parse("10.0.0.1"), "eth0", 2, 1, 0},
                   {*IpAddress::parse("10.0.1.1"), "eth1", 3, 3, 0}};
    mp.protocol = proto::Static;
    mp.preferredSource = *IpAddress::parse("10.0.0.5");
    mp.flags = routeflag::OnLink;
    t.add(mp);
    auto back = routeTableFromJson(nlohmann::json::parse(toJson(t).dump()));
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QCOMPARE(back->routes(), t.routes());
    ChangeSet cs;
    cs.changes.push_back({ChangeKind::Delete, mp, "why"});
    auto cs2 = changeSetFromJson(toJson(cs));
    QVERIFY(cs2.ok());
    QCOMPARE(*cs2, cs);
}

void TestRouteTable::jsonStrict_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("not object") << "[1]"
                                << "JSON object";
    QTest::newRow("no destination") << R"({"gateway":null})"
                                    << "destination";
    QTest::newRow("host bits") << R"({"destination":"10.0.0.1/8"})"
                               << "host bits";
    QTest::newRow("not canonical") << R"({"destination":"2001:DB8::/32"})"
                                   << "not canonical";
    QTest::newRow("unknown field") << R"({"destination":"10.0.0.0/8","cmd":"x"})"
                                   << "unknown field";
    QTest::newRow("gateway family") << R"({"destination":"10.0.0.0/8","gateway":"::1"})"
                                    << "family";
    QTest::newRow("metric negative") << R"({"destination":"10.0.0.0/8","metric":-1})"
                                     << "non-negative";
    QTest::newRow("metric huge") << R"({"destination":"10.0.0.0/8","metric":4294967296})"
                                 << "range";
    QTest::newRow("metric string") << R"({"destination":"10.0.0.0/8","metric":"1"})"
                                   << "integer";
    QTest::newRow("bad type") << R"({"destination":"10.0.0.0/8","type":"teleport"})"
                              << "route type";
    QTest::newRow("bad weight") << R"({"destination":"10.0.0.0/8","nexthops":[{"weight":0}]})"
                                << "1..256";
    QTest::newRow("interface not string") << R"({"destination":"10.0.0.0/8","interface":5})"
                                          << "string";
}

void TestRouteTable::jsonStrict() {
    QFETCH(QString, json);
    QFETCH(QString, errorContains);
    auto r = routeFromJson(nlohmann::json::parse(json.toStdString()));
    QVERIFY(!r.ok());
    QVERIFY2(QString::fromStdString(r.error().message).contains(errorContains),
             r.error().message.c_str());
}

void TestRouteTable::interfaceNames() {
    InterfaceName a("eth0"), b(std::string("eth0")), c("wlan0"), empty;
    QVERIFY(a == b);
    QVERIFY(!(a == c));
    QVERIFY(a < c);
    QVERIFY(empty.empty());
    QCOMPARE(empty.str(), std::string());
    QCOMPARE(sizeof(InterfaceName), std::size_t(4));
}

QTEST_APPLESS_MAIN(TestRouteTable)
#include "TestRouteTable.moc"
