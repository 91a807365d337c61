// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/AddressSpace.h"
#include "core/TableAnnotations.h"
#include "core/vpn/ProfileParser.h"

#include <random>
#include <set>

#include <QStringList>

using namespace splitroute::core;

namespace {

// "dest [via GW] dev IF [metric N] [table N] [proto N] [type T]"
Route makeRoute(const QString& spec) {
    const QStringList w = spec.split(' ', Qt::SkipEmptyParts);
    Route r;
    r.destination = Prefix::parse(w[0].toStdString()).value();
    for (int i = 1; i + 1 < w.size(); i += 2) {
        const std::string v = w[i + 1].toStdString();
        if (w[i] == "via")
            r.gateway = IpAddress::parse(v).value();
        else if (w[i] == "dev")
            r.interface = v;
        else if (w[i] == "metric")
            r.metric = static_cast<std::uint32_t>(std::stoul(v));
        else if (w[i] == "table")
            r.table = static_cast<std::uint32_t>(std::stoul(v));
        else if (w[i] == "proto")
            r.protocol = static_cast<std::uint8_t>(std::stoul(v));
        else if (w[i] == "type")
            r.type = routeTypeFromName(v).value();
        else
            qFatal("bad route spec %s", qPrintable(spec));
    }
    return r;
}

// Flags as letters: O override, S shadowed, I inactive, P pushed, A added by us, B bypass.
QString letters(std::uint32_t f) {
    QString s;
    if (f & annotation::DefaultOverride)
        s += 'O';
    if (f & annotation::Shadowed)
        s += 'S';
    if (f & annotation::Inactive)
        s += 'I';
    if (f & annotation::Pushed)
        s += 'P';
    if (f & annotation::AddedBySplitroute)
        s += 'A';
    if (f & annotation::Bypass)
        s += 'B';
    return s.isEmpty() ? QStringLiteral("-") : s;
}

} // namespace

class TestTableAnnotations : public QObject {
    Q_OBJECT
private slots:
    void flags_data();
    void flags();
    void context();
    void overrideHalves();
    void pushedFromProfile_data();
    void pushedFromProfile();
    void largeTable();
    void shadowedMeansNeverChosen_data();
    void shadowedMeansNeverChosen();
};

void TestTableAnnotations::flags_data() {
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QString>("expected"); // one letter group per route, space separated

    QTest::newRow("def1 over default")
        << QStringList{"0.0.0.0/0 via 192.168.1.1 dev wlan0 metric 600",
                       "0.0.0.0/1 via 10.8.0.1 dev tun0", "128.0.0.0/1 via 10.8.0.1 dev tun0",
                       "192.168.1.0/24 dev wlan0 metric 600"}
        << "S O O -";
    QTest::newRow("one half only")
        << QStringList{"0.0.0.0/0 via 192.168.1.1 dev wlan0", "0.0.0.0/1 via 10.8.0.1 dev tun0"}
        << "- -";
    QTest::newRow("halves in different tables")
        << QStringList{"0.0.0.0/0 via 192.168.1.1 dev wlan0",
                       "0.0.0.0/1 via 10.8.0.1 dev tun0 table 100",
                       "128.0.0.0/1 via 10.8.0.1 dev tun0"}
        << "- - -";
    QTest::newRow("shadow by deeper tiling")
        << QStringList{"0.0.0.0/0 dev eth0", "0.0.0.0/1 dev eth1", "128.0.0.0/2 dev eth1",
                       "192.0.0.0/2 dev eth1"}
        << "S - - -";
    QTest::newRow("gap leaves default active")
        << QStringList{"0.0.0.0/0 dev eth0", "0.0.0.0/1 dev eth1", "128.0.0.0/2 dev eth1"}
        << "- - -";
    QTest::newRow("grandchildren do not count directly")
        << QStringList{"10.0.0.0/8 dev eth0", "10.0.0.0/9 dev eth1", "10.128.0.0/10 dev eth1",
                       "10.192.0.0/10 dev eth1", "10.0.0.0/10 dev eth2"}
        << "S - - - -";
    QTest::newRow("throw route does not shadow")
        << QStringList{"0.0.0.0/0 dev eth0", "0.0.0.0/1 dev tun0 type throw",
                       "128.0.0.0/1 dev tun0"}
        << "- - -";
    QTest::newRow("blackhole halves shadow too")
        << QStringList{"0.0.0.0/0 dev eth0", "0.0.0.0/1 type blackhole",
                       "128.0.0.0/1 type blackhole"}
        << "S O O";
    QTest::newRow("same prefix higher metric inactive")
        << QStringList{"0.0.0.0/0 via 192.168.1.1 dev wlan0 metric 600",
                       "0.0.0.0/0 via 192.168.2.1 dev eth0 metric 100"}
        << "I -";
    QTest::newRow("both defaults shadowed")
        << QStringList{"0.0.0.0/0 dev wlan0 metric 600", "0.0.0.0/0 dev eth0 metric 100",
                       "0.0.0.0/1 dev tun0", "128.0.0.0/1 dev tun0"}
        << "SI S O O";
    QTest::newRow("ipv6 ::/1 pair")
        << QStringList{"::/0 via fe80::1 dev wlan0", "::/1 dev tun0", "8000::/1 dev tun0"}
        << "S O O";
    QTest::newRow("ipv6 global unicast halves")
        << QStringList{"::/0 via fe80::1 dev wlan0", "2000::/4 dev tun0", "3000::/4 dev tun0"}
        << "- O O";
    QTest::newRow("ipv6 full tiling at the top of the space")
        << QStringList{"8000::/1 dev eth0", "8000::/2 dev eth1", "c000::/2 dev eth1"} << "S - -";
    QTest::newRow("v4 top of space")
        << QStringList{"128.0.0.0/1 dev eth0", "128.0.0.0/2 dev eth1", "192.0.0.0/2 dev eth1"}
        << "S - -";
    QTest::newRow("families do not mix")
        << QStringList{"0.0.0.0/0 dev eth0", "::/1 dev tun0", "8000::/1 dev tun0"} << "- O O";
    QTest::newRow("ours") << QStringList{"203.0.113.0/24 via 192.168.1.1 dev wlan0 proto 157",
                                         "10.0.0.0/8 dev eth0 proto 4"}
                          << "A -";
}

void TestTableAnnotations::flags() {
    QFETCH(QStringList, routes);
    QFETCH(QString, expected);
    RouteTable t;
    for (const auto& spec : routes)
        t.add(makeRoute(spec));
    const auto f = annotateTable(t);
    QCOMPARE(f.size(), t.size());
    QStringList got;
    for (auto x : f)
        got << letters(x);
    QCOMPARE(got.join(' '), expected);
}

void TestTableAnnotations::context() {
    RouteTable t;
    t.add(makeRoute("0.0.0.0/1 via 10.8.0.1 dev tun0"));
    t.add(makeRoute("128.0.0.0/1 via 10.8.0.1 dev tun0"));
    t.add(makeRoute("10.20.0.0/16 via 10.8.0.1 dev tun0"));
    t.add(makeRoute("192.168.1.0/24 dev wlan0"));
    t.add(makeRoute("203.0.113.0/24 via 192.168.1.1 dev wlan0 proto 157"));
    t.add(makeRoute("198.51.100.0/24 via 10.8.0.1 dev tun0"));
    AnnotationContext ctx;
    ctx.pushed = {Prefix::parse("10.20.0.0/16").value(), Prefix::parse("0.0.0.0/1").value(),
                  Prefix::parse("128.0.0.0/1").value()};
    ctx.bypass =
        PrefixSet{Prefix::parse("192.168.0.0/16").value(), Prefix::parse("203.0.113.0/24").value(),
                  Prefix::parse("198.51.100.0/24").value()};
    ctx.tunnelInterfaces = {"tun0"};
    const auto f = annotateTable(t, ctx);
    QStringList got;
    for (auto x : f)
        got << letters(x);
    // 198.51.100.0/24 lies in a bypass network but still goes into tun0: not a bypass route.
    QCOMPARE(got.join(' '), QStringLiteral("OP OP P B AB -"));
}

void TestTableAnnotations::overrideHalves() {
    Prefix other;
    QVERIFY(isDefaultOverrideHalf(Prefix::parse("128.0.0.0/1").value(), &other));
    QCOMPARE(other, Prefix::parse("0.0.0.0/1").value());
    QVERIFY(isDefaultOverrideHalf(Prefix::parse("3000::/4").value(), &other));
    QCOMPARE(other, Prefix::parse("2000::/4").value());
    QVERIFY(!isDefaultOverrideHalf(Prefix::parse("0.0.0.0/0").value()));
    QVERIFY(!isDefaultOverrideHalf(Prefix::parse("64.0.0.0/2").value()));
}

void TestTableAnnotations::pushedFromProfile_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("def1 and a route")
        << "client\ndev tun\nremote 198.51.100.10\nredirect-gateway def1 bypass-dhcp\n"
           "route 10.20.0.0 255.255.0.0\n"
        << "0.0.0.0/1 10.20.0.0/16 128.0.0.0/1";
    QTest::newRow("no def1") << "client\ndev tun\nremote 198.51.100.10\nredirect-gateway\n"
                             << "0.0.0.0/0";
    QTest::newRow("ipv6 only")
        << "client\ndev tun\nremote 198.51.100.10\nredirect-gateway !ipv4 ipv6\n"
           "route-ipv6 2001:db8:5::/48\n"
        << "::/3 2000::/4 2001:db8:5::/48 3000::/4 fc00::/7";
    QTest::newRow("redirect-private") << "client\ndev tun\nremote 198.51.100.10\n"
                                         "redirect-private def1\nroute 10.0.0.0 255.0.0.0\n"
                                      << "10.0.0.0/8";
    QTest::newRow("split") << "client\ndev tun\nremote 198.51.100.10\n"
                           << "";
}

void TestTableAnnotations::pushedFromProfile() {
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    auto p = parseProfile(profile.toStdString(), "test.ovpn");
    QVERIFY(p.ok());
    QStringList got;
    for (const auto& x : pushedPrefixes(p.value()))
        got << QString::fromStdString(x.toString());
    QCOMPARE(got.join(' '), expected);
}

void TestTableAnnotations::largeTable() {
    // 65536 /24s tiling 10.0.0.0/8 shadow it; one missing /24 leaves it active.
    RouteTable t;
    t.add(makeRoute("10.0.0.0/8 dev eth0"));
    for (std::uint32_t i = 0; i < 65536; ++i) {
        Route r;
        r.destination = Prefix(IpAddress::v4(0x0A000000u | (i << 8)), 24);
        r.interface = "tun0";
        t.add(r);
    }
    QVERIFY(annotateTable(t)[0] & annotation::Shadowed);
    t.removeIf([](const Route& r) { return r.destination.toString() == "10.1.2.0/24"; });
    QVERIFY(!(annotateTable(t)[0] & annotation::Shadowed));
}

void TestTableAnnotations::shadowedMeansNeverChosen_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("v6");
    for (int seed = 1; seed <= 8; ++seed) {
        QTest::addRow("v4 %d", seed) << seed << false;
        QTest::addRow("v6 %d", seed) << seed << true;
    }
}

// In one table with distinct destinations, "shadowed" must mean exactly "chosen for no
// address" — checked against the independent partition computation.
void TestTableAnnotations::shadowedMeansNeverChosen() {
    QFETCH(int, seed);
    QFETCH(bool, v6);
    const Family fam = v6 ? Family::V6 : Family::V4;
    const int bits = familyBits(fam);
    std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
    RouteTable t;
    std::set<Prefix> seen;
    // Short prefixes near the top of the space, so that children often tile their parents.
    for (int i = 0; i < 300; ++i) {
        const int len = static_cast<int>(rng() % 7);
        const u128 a = u128{rng() & 0x3F} << (bits - 6);
        Prefix p(IpAddress::fromU128(fam, a), len);
        if (!seen.insert(p).second)
            continue;
        Route r;
        r.destination = p;
        r.interface = "eth0";
        t.add(r);
    }
    const auto flags = annotateTable(t);
    std::vector<bool> chosen(t.size(), false);
    for (const auto& range : effectivePartition(t, fam))
        if (range.route >= 0)
            chosen[static_cast<std::size_t>(range.route)] = true;
    for (std::size_t i = 0; i < t.size(); ++i)
        QVERIFY2(bool(flags[i] & annotation::Shadowed) == !chosen[i], t[i].toString().c_str());
}

QTEST_APPLESS_MAIN(TestTableAnnotations)
#include "TestTableAnnotations.moc"
