// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/AddressSpace.h"

#include <random>

using namespace splitroute::core;

namespace {

Route route(const char* dest, const char* dev, std::uint32_t metric = 0,
            std::uint32_t tableId = table::Main, RouteType type = RouteType::Unicast) {
    Route r;
    r.destination = Prefix::parse(dest).value();
    r.interface = dev;
    r.metric = metric;
    r.table = tableId;
    r.type = type;
    return r;
}

u128 v4(const char* a) {
    return IpAddress::parse(a).value().toU128();
}

QString describe(const RouteTable& t, const std::vector<AddressRange>& p) {
    QStringList parts;
    for (const auto& r : p)
        parts
            << QStringLiteral("%1-%2:%3")
                   .arg(QString::fromStdString(IpAddress::fromU128(Family::V4, r.first).toString()),
                        QString::fromStdString(IpAddress::fromU128(Family::V4, r.last).toString()),
                        r.route < 0 ? QStringLiteral("none")
                                    : QString::fromStdString(
                                          t[static_cast<std::size_t>(r.route)].interface.str()));
    return parts.join(' ');
}

} // namespace

class TestAddressSpace : public QObject {
    Q_OBJECT
private slots:
    void empty();
    void fullTunnel();
    void metricAndTables();
    void ipv6Top();
    void clipAndFind();
    void randomAgainstLookup_data();
    void randomAgainstLookup();
};

void TestAddressSpace::empty() {
    RouteTable t;
    const auto p = effectivePartition(t, Family::V4);
    QCOMPARE(p.size(), std::size_t{1});
    QCOMPARE(p[0], (AddressRange{0, 0xFFFFFFFFu, -1}));
    const auto p6 = effectivePartition(t, Family::V6);
    QCOMPARE(p6.size(), std::size_t{1});
    QVERIFY(p6[0].last == ~u128{0});
}

void TestAddressSpace::fullTunnel() {
    RouteTable t;
    t.add(route("0.0.0.0/0", "wlan0", 600));
    t.add(route("0.0.0.0/1", "tun0"));
    t.add(route("128.0.0.0/1", "tun0"));
    t.add(route("192.168.1.0/24", "wlan0", 600));
    t.add(route("198.51.100.7/32", "wlan0"));
    const auto p = effectivePartition(t, Family::V4);
    QCOMPARE(describe(t, p),
             QStringLiteral("0.0.0.0-127.255.255.255:tun0 128.0.0.0-192.168.0.255:tun0 "
                            "192.168.1.0-192.168.1.255:wlan0 192.168.2.0-198.51.100.6:tun0 "
                            "198.51.100.7-198.51.100.7:wlan0 198.51.100.8-255.255.255.255:tun0"));
    // The default route is never chosen.
    for (const auto& r : p)
        QVERIFY(r.route != 0);
}

void TestAddressSpace::metricAndTables() {
    RouteTable t;
    t.add(route("10.0.0.0/8", "eth0", 100));
    t.add(route("10.0.0.0/8", "eth1", 50));
    t.add(route("10.1.0.0/16", "lo", 0, table::Local, RouteType::Local));
    t.add(route("10.2.0.0/16", "eth2", 0, table::Main, RouteType::Throw));
    t.add(route("0.0.0.0/0", "eth3", 0, table::Default));
    const auto p = effectivePartition(t, Family::V4);
    QCOMPARE(describe(t, p), QStringLiteral("0.0.0.0-9.255.255.255:eth3 10.0.0.0-10.0.255.255:eth1 "
                                            "10.1.0.0-10.1.255.255:lo 10.2.0.0-10.255.255.255:eth1 "
                                            "11.0.0.0-255.255.255.255:eth3"));
}

void TestAddressSpace::ipv6Top() {
    RouteTable t;
    t.add(route("::/0", "eth0"));
    t.add(route("ffff::/16", "eth1"));
    t.add(route("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", "eth2"));
    const auto p = effectivePartition(t, Family::V6);
    QCOMPARE(p.size(), std::size_t{3});
    QCOMPARE(t[static_cast<std::size_t>(p[2].route)].interface.str(), std::string("eth2"));
    QVERIFY(p[2].first == ~u128{0} && p[2].last == ~u128{0});
    QCOMPARE(t[static_cast<std::size_t>(p[1].route)].interface.str(), std::string("eth1"));
}

void TestAddressSpace::clipAndFind() {
    RouteTable t;
    t.add(route("10.0.0.0/8", "eth0"));
    const auto p = effectivePartition(t, Family::V4);
    QCOMPARE(p.size(), std::size_t{3});
    QCOMPARE(findRange(p, v4("10.9.9.9")), 1L);
    QCOMPARE(findRange(p, v4("9.9.9.9")), 0L);
    QCOMPARE(findRange(p, v4("255.255.255.255")), 2L);
    const auto c = clipPartition(p, v4("9.0.0.0"), v4("10.0.0.255"));
    QCOMPARE(c.size(), std::size_t{2});
    QVERIFY(c[0].first == v4("9.0.0.0") && c[1].last == v4("10.0.0.255"));
    QCOMPARE(c[1].route, 0L);
}

void TestAddressSpace::randomAgainstLookup_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("routes");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<bool>("sorted"); // main table only, canonical order: no sort needed
    for (int seed = 1; seed <= 6; ++seed) {
        QTest::addRow("v4 seed %d", seed) << seed << 20 * seed << false << false;
        QTest::addRow("v6 seed %d", seed) << seed << 20 * seed << true << false;
        QTest::addRow("v4 sorted seed %d", seed) << seed << 20 * seed << false << true;
        QTest::addRow("v6 sorted seed %d", seed) << seed << 20 * seed << true << true;
    }
}

void TestAddressSpace::randomAgainstLookup() {
    QFETCH(int, seed);
    QFETCH(int, routes);
    QFETCH(bool, v6);
    QFETCH(bool, sorted);
    const Family fam = v6 ? Family::V6 : Family::V4;
    const int bits = familyBits(fam);
    std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
    auto randomAddr = [&] {
        // Clustered addresses so prefixes nest and collide often.
        u128 a = (u128{rng() & 0x3} << (bits - 2)) | (u128{rng() & 0xF} << (bits - 8)) |
                 (u128{rng()} & 0xFFFF);
        return IpAddress::fromU128(fam, a);
    };
    const std::uint32_t tables[] = {table::Main,  table::Main,    table::Main,
                                    table::Local, table::Default, 100};
    const char* devs[] = {"a", "b", "c", "d"};
    RouteTable t;
    for (int i = 0; i < routes; ++i) {
        Route r;
        int len = static_cast<int>(rng() % static_cast<std::uint64_t>(bits + 1));
        if (rng() % 3 == 0)
            len = static_cast<int>(rng() % 9);
        r.destination = Prefix(randomAddr(), len);
        r.interface = devs[rng() % 4];
        r.metric = static_cast<std::uint32_t>(rng() % 3);
        r.table = tables[rng() % 6];
        if (sorted)
            r.table = table::Main;
        r.type = rng() % 10 == 0 ? RouteType::Throw : RouteType::Unicast;
        t.add(r);
    }
    if (sorted)
        t.sortCanonical();
    const auto p = effectivePartition(t, fam);
    // A real partition: sorted, contiguous, full coverage, no equal neighbours.
    QVERIFY(!p.empty());
    QVERIFY(p.front().first == 0);
    QVERIFY(p.back().last == (v6 ? ~u128{0} : u128{0xFFFFFFFFu}));
    for (std::size_t i = 1; i < p.size(); ++i) {
        QVERIFY(p[i].first == p[i - 1].last + 1);
        QVERIFY(p[i].route != p[i - 1].route);
    }
    // Each range's ends, and probes inside, agree with RouteTable::lookup.
    auto check = [&](u128 a) {
        const long idx = findRange(p, a);
        QVERIFY(idx >= 0);
        const auto l = t.lookup(IpAddress::fromU128(fam, a));
        const Route* expected = l.chosen;
        const long got = p[static_cast<std::size_t>(idx)].route;
        const Route* gotRoute = got < 0 ? nullptr : &t[static_cast<std::size_t>(got)];
        QVERIFY2(gotRoute == expected,
                 qPrintable(QString::fromStdString(IpAddress::fromU128(fam, a).toString())));
    };
    for (const auto& r : p) {
        check(r.first);
        check(r.last);
        check(r.first + (r.last - r.first) / 2);
    }
    for (int i = 0; i < 2000; ++i)
        check(randomAddr().toU128());
}

QTEST_APPLESS_MAIN(TestAddressSpace)
#include "TestAddressSpace.moc"
