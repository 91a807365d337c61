// SPDX-License-Identifier: GPL-3.0-or-later
// Row diff of two routing tables.

#include "TableTestUtil.h"
#include "TestUtil.h"
#include "core/TableDiff.h"

#include <QTest>

using namespace splitroute::core;
using tabletest::routeLine;

namespace {
RouteTable parseTable(const char* text) {
    auto t = importTable(text, TableFormat::IpRoute, "inline");
    if (!t)
        qFatal("bad test table: %s", t.error().toString().c_str());
    return t->table;
}

QStringList lines(const std::vector<Route>& routes) {
    QStringList out;
    for (const auto& r : routes)
        out << QString::fromStdString(routeLine(r));
    return out;
}

QStringList changeLines(const std::vector<TableDiff::Change>& changes) {
    QStringList out;
    for (const auto& c : changes) {
        QStringList fields;
        for (const auto& f : c.fields)
            fields << QString::fromStdString(f);
        out << QString::fromStdString(routeLine(c.before)) + " => " +
                   QString::fromStdString(routeLine(c.after)) + " [" + fields.join(',') + "]";
    }
    return out;
}
} // namespace

class TestTableDiff : public QObject {
    Q_OBJECT
private slots:
    void diff_data();
    void diff();
    void laptopVpnPairs_data();
    void laptopVpnPairs();
    void orderDoesNotMatter();
};

void TestTableDiff::diff_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<int>("unchanged");

    QTest::newRow("identical") << "10.0.0.0/8 via 10.1.1.1 dev eth0\n"
                               << "10.0.0.0/8 via 10.1.1.1 dev eth0\n"
                               << QStringList() << QStringList() << QStringList() << 1;
    QTest::newRow("metric change is one change")
        << "default via 192.168.1.1 dev wlan0 metric 600\n"
        << "default via 192.168.1.1 dev wlan0 metric 20000\n"
        << QStringList() << QStringList()
        << (QStringList() << "0.0.0.0/0 via 192.168.1.1 dev wlan0 metric 600 table main type "
                             "unicast proto boot => "
                             "0.0.0.0/0 via 192.168.1.1 dev wlan0 metric 20000 table main type "
                             "unicast proto boot [metric]")
        << 0;
    QTest::newRow("gateway and interface change")
        << "10.0.0.0/8 via 192.168.1.1 dev wlan0\n"
        << "10.0.0.0/8 via 10.8.0.1 dev tun0\n"
        << QStringList() << QStringList()
        << (QStringList() << "10.0.0.0/8 via 192.168.1.1 dev wlan0 metric 0 table main type "
                             "unicast proto boot => "
                             "10.0.0.0/8 via 10.8.0.1 dev tun0 metric 0 table main type unicast "
                             "proto boot [gateway,interface]")
        << 0;
    QTest::newRow("a second default route is an addition")
        << "default via 192.168.1.1 dev wlan0 metric 600\n"
        << "default via 192.168.1.1 dev wlan0 metric 600\ndefault via 10.8.0.1 dev tun0 metric 50\n"
        << (QStringList()
            << "0.0.0.0/0 via 10.8.0.1 dev tun0 metric 50 table main type unicast proto boot")
        << QStringList() << QStringList() << 1;
    QTest::newRow("same next hop pairs before same metric")
        << "default via 10.0.0.1 dev eth0 metric 10\ndefault via 10.0.0.2 dev eth1 metric 20\n"
        << "default via 10.0.0.2 dev eth1 metric 10\n"
        << QStringList()
        << (QStringList()
            << "0.0.0.0/0 via 10.0.0.1 dev eth0 metric 10 table main type unicast proto boot")
        << (QStringList()
            << "0.0.0.0/0 via 10.0.0.2 dev eth1 metric 20 table main type unicast proto boot => "
               "0.0.0.0/0 via 10.0.0.2 dev eth1 metric 10 table main type unicast proto boot "
               "[metric]")
        << 0;
    QTest::newRow("tables and families are separate keys")
        << "default via 10.0.0.1 dev eth0\ndefault via fe80::1 dev eth0 metric 1024\n"
        << "default via 10.0.0.1 dev eth0 table 100\ndefault via fe80::1 dev eth0 metric 1024\n"
        << (QStringList()
            << "0.0.0.0/0 via 10.0.0.1 dev eth0 metric 0 table 100 type unicast proto boot")
        << (QStringList()
            << "0.0.0.0/0 via 10.0.0.1 dev eth0 metric 0 table main type unicast proto boot")
        << QStringList() << 1;
    QTest::newRow("type, protocol, scope, src, flags, nexthops")
        << "10.9.0.0/16 dev eth0 proto kernel scope link src 10.0.0.5\n"
           "default proto static\n\tnexthop via 10.0.0.1 dev eth0 weight 1\n"
        << "blackhole 10.9.0.0/16 proto static\n"
           "default proto static\n\tnexthop via 10.0.0.1 dev eth0 weight 2\n"
        << QStringList() << QStringList()
        << (QStringList() << "0.0.0.0/0 metric 0 table main type unicast proto static nexthop via "
                             "10.0.0.1 dev eth0 weight 1 => "
                             "0.0.0.0/0 metric 0 table main type unicast proto static nexthop via "
                             "10.0.0.1 dev eth0 weight 2 [nexthops]"
                          << "10.9.0.0/16 dev eth0 metric 0 table main type unicast proto kernel "
                             "scope link src 10.0.0.5 => "
                             "10.9.0.0/16 metric 0 table main type blackhole proto static "
                             "[type,interface,protocol,scope,prefsrc]")
        << 0;
}

void TestTableDiff::diff() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, changed);
    QFETCH(int, unchanged);
    const QByteArray b = before.toUtf8(), a = after.toUtf8();
    TableDiff d = diffTables(parseTable(b.constData()), parseTable(a.constData()));
    COMPARE_LINES(lines(d.added), added);
    COMPARE_LINES(lines(d.removed), removed);
    COMPARE_LINES(changeLines(d.changed), changed);
    QCOMPARE(int(d.unchanged), unchanged);
    QCOMPARE(d.empty(), added.isEmpty() && removed.isEmpty() && changed.isEmpty());
}

void TestTableDiff::laptopVpnPairs_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<int>("unchanged");
    QTest::newRow("ip route")
        << "laptop-before.ip.txt"
        << "laptop-after.ip.txt"
        << (QStringList()
            << "0.0.0.0/1 via 10.8.0.1 dev tun0 metric 0 table main type unicast proto boot"
            << "10.8.0.0/24 dev tun0 metric 0 table main type unicast proto kernel scope link src "
               "10.8.0.2"
            << "128.0.0.0/1 via 10.8.0.1 dev tun0 metric 0 table main type unicast proto boot"
            << "198.51.100.10/32 via 192.168.1.1 dev wlan0 metric 0 table main type unicast proto "
               "boot")
        << 2;
    QTest::newRow("route print")
        << "laptop-before.routeprint.txt"
        << "laptop-after.routeprint.txt"
        << (QStringList()
            << "0.0.0.0/1 via 10.8.0.1 dev 10.8.0.2 metric 281 table main type unicast proto unspec"
            << "10.8.0.0/24 dev 10.8.0.2 metric 281 table main type unicast proto unspec"
            << "128.0.0.0/1 via 10.8.0.1 dev 10.8.0.2 metric 281 table main type unicast proto "
               "unspec"
            << "198.51.100.10/32 via 192.168.1.1 dev 192.168.1.100 metric 36 table main type "
               "unicast proto unspec"
            << "10.8.0.2/32 dev 10.8.0.2 metric 281 table local type local proto kernel scope host"
            << "10.8.0.255/32 dev 10.8.0.2 metric 281 table local type broadcast proto kernel "
               "scope link"
            << "224.0.0.0/4 dev 10.8.0.2 metric 281 table local type multicast proto kernel scope "
               "link"
            << "255.255.255.255/32 dev 10.8.0.2 metric 281 table local type broadcast proto kernel "
               "scope link"
            << "fe80::/64 dev 20 ifindex 20 metric 281 table main type unicast proto unspec"
            << "fe80::8d4e:1f2a:3b4c:5d6e/128 dev 20 ifindex 20 metric 281 table local type local "
               "proto kernel scope host"
            << "ff00::/8 dev 20 ifindex 20 metric 281 table local type multicast proto kernel "
               "scope link")
        << 16;
}

void TestTableDiff::laptopVpnPairs() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, added);
    QFETCH(int, unchanged);
    auto b = importTableFile(testutil::dataPath(("tables/" + before.toStdString()).c_str()),
                             TableFormat::Auto);
    auto a = importTableFile(testutil::dataPath(("tables/" + after.toStdString()).c_str()),
                             TableFormat::Auto);
    QVERIFY(b.ok() && a.ok());
    TableDiff d = diffTables(b->table, a->table);
    COMPARE_LINES(lines(d.added), added);
    QVERIFY(d.removed.empty());
    QVERIFY(d.changed.empty());
    QCOMPARE(int(d.unchanged), unchanged);
    // and back: everything added is removed
    TableDiff back = diffTables(a->table, b->table);
    COMPARE_LINES(lines(back.removed), added);
    QVERIFY(back.added.empty());
}

void TestTableDiff::orderDoesNotMatter() {
    RouteTable a = parseTable("10.0.0.0/8 via 10.1.1.1 dev eth0\n172.16.0.0/12 dev eth1\n"
                              "default via 10.1.1.1 dev eth0 metric 5\n");
    RouteTable b = parseTable("default via 10.1.1.2 dev eth0 metric 5\n192.168.0.0/16 dev eth2\n"
                              "10.0.0.0/8 via 10.1.1.1 dev eth0\n");
    std::vector<Route> reversed(a.routes().rbegin(), a.routes().rend());
    TableDiff d1 = diffTables(a, b);
    TableDiff d2 = diffTables(RouteTable(reversed), b);
    QCOMPARE(lines(d1.added), lines(d2.added));
    QCOMPARE(lines(d1.removed), lines(d2.removed));
    QCOMPARE(changeLines(d1.changed), changeLines(d2.changed));
    QCOMPARE(
        lines(d1.added),
        QStringList() << "192.168.0.0/16 dev eth2 metric 0 table main type unicast proto boot");
    QCOMPARE(lines(d1.removed),
             QStringList() << "172.16.0.0/12 dev eth1 metric 0 table main type unicast proto boot");
    QCOMPARE(d1.changed.size(), std::size_t(1));
    QCOMPARE(d1.changed[0].fields, std::vector<std::string>{"gateway"});
}

QTEST_APPLESS_MAIN(TestTableDiff)
#include "TestTableDiff.moc"
