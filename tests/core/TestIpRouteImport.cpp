// SPDX-License-Identifier: GPL-3.0-or-later
// `ip route` text and `ip -j route` JSON importers, route for route against golden dumps.

#include "TableTestUtil.h"
#include "TestUtil.h"
#include "core/import/IpRouteImport.h"

#include <QTest>

using namespace splitroute::core;
using tabletest::diagnosticLines;
using tabletest::routeLines;

class TestIpRouteImport : public QObject {
    Q_OBJECT
private slots:
    void goldenText_data();
    void goldenText();
    void inlineText_data();
    void inlineText();
    void goldenJson_data();
    void goldenJson();
    void jsonSyntaxError();
    void jsonNotAnArray();
};

void TestIpRouteImport::goldenText_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("v4 with all route types")
        << "ip-v4.txt"
        << (QStringList() << "0.0.0.0/0 via 192.168.1.1 dev wlan0 metric 600 table main type "
                             "unicast proto dhcp src 192.168.1.23"
                          << "10.8.0.0/24 dev tun0 metric 0 table main type unicast proto kernel "
                             "scope link src 10.8.0.2"
                          << "169.254.0.0/16 dev wlan0 metric 1000 table main type unicast proto "
                             "boot scope link"
                          << "172.17.0.0/16 dev docker0 metric 0 table main type unicast proto "
                             "kernel scope link src 172.17.0.1 linkdown"
                          << "192.168.1.0/24 dev wlan0 metric 600 table main type unicast proto "
                             "kernel scope link src 192.168.1.23"
                          << "198.51.100.7/32 via 192.168.1.1 dev wlan0 metric 0 table main type "
                             "unicast proto static"
                          << "203.0.113.0/24 via 10.8.0.1 dev tun0 metric 50 table main type "
                             "unicast proto static onlink"
                          << "192.0.2.0/24 metric 0 table main type blackhole proto static"
                          << "198.18.0.0/15 metric 1024 table main type unreachable proto boot"
                          << "100.64.0.0/10 metric 0 table main type prohibit proto boot"
                          << "10.99.0.0/16 metric 0 table main type throw proto boot")
        << QStringList();
    QTest::newRow("v6 with expires, pref, hoplimit")
        << "ip-v6.txt"
        << (QStringList()
            << "::1/128 dev lo metric 256 table main type unicast proto kernel"
            << "2001:db8:1::/64 dev wlan0 metric 600 table main type unicast proto ra"
            << "2001:db8:1::/64 dev wlan0 metric 600 table main type unicast proto kernel"
            << "fd00:8::/64 dev tun0 metric 256 table main type unicast proto kernel"
            << "fe80::/64 dev wlan0 metric 1024 table main type unicast proto kernel"
            << "2001:db8:dead::/48 dev lo metric 1024 table main type unreachable proto boot"
            << "::/0 via fe80::1 dev wlan0 metric 600 table main type unicast proto ra")
        << QStringList();
    QTest::newRow("table all: local, broadcast, anycast, multicast, numbered table")
        << "ip-table-all.txt"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev eth0 metric 0 table 100 type unicast proto boot"
            << "0.0.0.0/0 via 192.168.1.1 dev eth0 metric 100 table main type unicast proto dhcp "
               "src 192.168.1.10"
            << "192.168.1.0/24 dev eth0 metric 100 table main type unicast proto kernel scope link "
               "src 192.168.1.10"
            << "127.0.0.0/8 dev lo metric 0 table local type local proto kernel scope host src "
               "127.0.0.1"
            << "127.0.0.1/32 dev lo metric 0 table local type local proto kernel scope host src "
               "127.0.0.1"
            << "127.255.255.255/32 dev lo metric 0 table local type broadcast proto kernel scope "
               "link src 127.0.0.1"
            << "192.168.1.10/32 dev eth0 metric 0 table local type local proto kernel scope host "
               "src 192.168.1.10"
            << "192.168.1.255/32 dev eth0 metric 0 table local type broadcast proto kernel scope "
               "link src 192.168.1.10"
            << "::1/128 dev lo metric 256 table main type unicast proto kernel"
            << "fe80::/64 dev eth0 metric 256 table main type unicast proto kernel"
            << "::1/128 dev lo metric 0 table local type local proto kernel"
            << "fe80::/128 dev eth0 metric 0 table local type anycast proto kernel"
            << "fe80::5054:ff:fe12:3456/128 dev eth0 metric 0 table local type local proto kernel"
            << "ff00::/8 dev eth0 metric 256 table local type multicast proto kernel")
        << QStringList();
    QTest::newRow("multipath v4 and v6")
        << "ip-multipath.txt"
        << (QStringList()
            << "0.0.0.0/0 metric 100 table main type unicast proto static nexthop via 10.0.0.1 dev "
               "eth0 weight 1 nexthop via 10.0.1.1 dev eth1 weight 2 onlink"
            << "10.0.0.0/24 dev eth0 metric 0 table main type unicast proto kernel scope link src "
               "10.0.0.5"
            << "10.0.1.0/24 dev eth1 metric 0 table main type unicast proto kernel scope link src "
               "10.0.1.5"
            << "::/0 metric 1024 table main type unicast proto ra nexthop via fe80::1 dev eth0 "
               "weight 1 nexthop via fe80::2 dev eth1 weight 1")
        << QStringList();
    QTest::newRow("broken lines are skipped with their location")
        << "ip-broken.txt"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev eth0 metric 100 table main type unicast proto dhcp"
            << "192.168.2.0/24 via 192.168.1.254 dev eth0 metric 0 table main type unicast proto "
               "boot")
        << (QStringList() << "2:1 warning bad-destination"
                          << "3:56 warning bad-metric"
                          << "4:37 warning missing-value"
                          << "5:41 warning unknown-table");
}

void TestIpRouteImport::goldenText() {
    QFETCH(QString, file);
    QFETCH(QStringList, routes);
    QFETCH(QStringList, warnings);
    const std::string path = "tables/" + file.toStdString();
    auto t = importIpRoute(testutil::readData(path.c_str()), file.toStdString());
    QCOMPARE(t.format, TableFormat::IpRoute);
    COMPARE_LINES(routeLines(t.table), routes);
    COMPARE_LINES(diagnosticLines(t.diagnostics), warnings);
    for (const auto& d : t.diagnostics)
        QCOMPARE(QString::fromStdString(d.where.file), file);
}

void TestIpRouteImport::inlineText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QStringList>("diagnostics"); // including notes

    QTest::newRow("CRLF and a BOM")
        << "\xEF\xBB\xBF"
           "10.0.0.0/8 via 192.168.1.1 dev eth0\r\n192.168.1.0/24 dev eth0 scope link\r\n"
        << (QStringList()
            << "10.0.0.0/8 via 192.168.1.1 dev eth0 metric 0 table main type unicast proto boot"
            << "192.168.1.0/24 dev eth0 metric 0 table main type unicast proto boot scope link")
        << QStringList();
    QTest::newRow("default without gateway takes the family of the file")
        << "fe80::/64 dev wg0 proto kernel metric 256 pref medium\ndefault dev wg0 metric 1024\n"
        << (QStringList() << "fe80::/64 dev wg0 metric 256 table main type unicast proto kernel"
                          << "::/0 dev wg0 metric 1024 table main type unicast proto boot")
        << QStringList();
    QTest::newRow("default without anything is IPv4; with pref it is IPv6")
        << "default dev tun0 scope link\nunreachable default dev lo proto kernel metric 4294967295 "
           "error -101 pref medium\n"
        << (QStringList()
            << "0.0.0.0/0 dev tun0 metric 0 table main type unicast proto boot scope link"
            << "::/0 dev lo metric 4294967295 table main type unreachable proto kernel")
        << QStringList();
    QTest::newRow("ip -o one-line multipath")
        << "default proto static metric 100 \\\tnexthop via 10.0.0.1 dev eth0 weight 1 \\\tnexthop "
           "via 10.0.1.1 dev eth1 weight 3\n"
        << (QStringList()
            << "0.0.0.0/0 metric 100 table main type unicast proto static nexthop via 10.0.0.1 dev "
               "eth0 weight 1 nexthop via 10.0.1.1 dev eth1 weight 3")
        << QStringList();
    QTest::newRow("metrics with lock, nhid, priority synonym, unknown protocol number")
        << "10.1.0.0/16 nhid 12 via 10.0.0.1 dev eth0 proto 42 priority 7 mtu lock 1400 advmss "
           "1360\n"
        << (QStringList()
            << "10.1.0.0/16 via 10.0.0.1 dev eth0 metric 7 table main type unicast proto babel")
        << QStringList();
    QTest::newRow("unknown attribute is a note, the route stays")
        << "10.2.0.0/16 via 10.0.0.1 dev eth0 wibble\n"
        << (QStringList()
            << "10.2.0.0/16 via 10.0.0.1 dev eth0 metric 0 table main type unicast proto boot")
        << (QStringList() << "1:35 info ignored-attribute");
    QTest::newRow("IPv4 route via an IPv6 gateway is skipped")
        << "10.3.0.0/16 via inet6 fe80::1 dev eth0\n10.4.0.0/16 dev eth0\n"
        << (QStringList() << "10.4.0.0/16 dev eth0 metric 0 table main type unicast proto boot")
        << (QStringList() << "1:1 warning family-mismatch");
    QTest::newRow("nexthop without a route; bad weight drops the route")
        << "\tnexthop via 10.0.0.1 dev eth0\ndefault proto static\n\tnexthop via 10.0.0.1 dev eth0 "
           "weight 0\n10.5.0.0/16 dev eth0\n"
        << (QStringList() << "10.5.0.0/16 dev eth0 metric 0 table main type unicast proto boot")
        << (QStringList() << "1:2 warning orphan-nexthop"
                          << "3:39 warning bad-weight");
    QTest::newRow("host bits in a destination")
        << "10.0.0.1/8 dev eth0\n"
        << QStringList() << (QStringList() << "1:1 warning bad-destination");
    QTest::newRow("empty text") << "" << QStringList() << QStringList();
}

void TestIpRouteImport::inlineText() {
    QFETCH(QString, text);
    QFETCH(QStringList, routes);
    QFETCH(QStringList, diagnostics);
    const QByteArray bytes = text.toUtf8();
    auto t = importIpRoute(std::string_view(bytes.constData(), bytes.size()), "inline");
    COMPARE_LINES(routeLines(t.table), routes);
    COMPARE_LINES(diagnosticLines(t.diagnostics, true), diagnostics);
}

void TestIpRouteImport::goldenJson_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("v4: flags, table names and numbers, metrics object, local type")
        << "ipjson-v4.json"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev wlan0 metric 600 table main type unicast proto dhcp "
               "src 192.168.1.23"
            << "10.8.0.0/24 dev tun0 metric 0 table main type unicast proto kernel scope link src "
               "10.8.0.2"
            << "172.17.0.0/16 dev docker0 metric 0 table main type unicast proto kernel scope link "
               "src 172.17.0.1 linkdown"
            << "203.0.113.0/24 via 10.8.0.1 dev tun0 metric 50 table main type unicast proto "
               "static onlink"
            << "192.0.2.0/24 metric 0 table main type blackhole proto static"
            << "198.51.100.7/32 via 192.168.1.1 dev wlan0 metric 0 table main type unicast proto "
               "static"
            << "127.0.0.1/32 dev lo metric 0 table local type local proto kernel scope host src "
               "127.0.0.1"
            << "0.0.0.0/0 via 10.9.0.1 dev tun1 metric 0 table 100 type unicast proto boot"
            << "0.0.0.0/1 via 10.8.0.1 dev tun0 metric 0 table 1000 type unicast proto boot")
        << QStringList();
    QTest::newRow("v6: expires, pref, unspec table")
        << "ipjson-v6.json"
        << (QStringList()
            << "::1/128 dev lo metric 256 table main type unicast proto kernel"
            << "2001:db8:1::/64 dev wlan0 metric 600 table main type unicast proto ra"
            << "fe80::/64 dev wlan0 metric 1024 table main type unicast proto kernel"
            << "::/0 dev lo metric 4294967295 table 0 type unreachable proto kernel"
            << "::/0 via fe80::1 dev wlan0 metric 600 table main type unicast proto ra")
        << QStringList();
    QTest::newRow("multipath nexthops arrays")
        << "ipjson-multipath.json"
        << (QStringList()
            << "0.0.0.0/0 metric 100 table main type unicast proto static nexthop via 10.0.0.1 dev "
               "eth0 weight 1 nexthop via 10.0.1.1 dev eth1 weight 2 onlink"
            << "10.0.0.0/24 dev eth0 metric 0 table main type unicast proto kernel scope link src "
               "10.0.0.5"
            << "::/0 metric 1024 table main type unicast proto ra nexthop via fe80::1 dev eth0 "
               "weight 1 nexthop via fe80::2 dev eth1 weight 1")
        << QStringList();
    QTest::newRow("broken elements located at their line")
        << "ipjson-broken.json"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev eth0 metric 100 table main type unicast proto dhcp"
            << "192.168.1.0/24 dev eth0 metric 0 table main type unicast proto kernel scope link")
        << (QStringList() << "3:3 warning bad-route"
                          << "4:3 warning bad-route"
                          << "5:3 warning bad-route"
                          << "6:3 warning bad-route"
                          << "7:3 warning bad-route");
}

void TestIpRouteImport::goldenJson() {
    QFETCH(QString, file);
    QFETCH(QStringList, routes);
    QFETCH(QStringList, warnings);
    const std::string path = "tables/" + file.toStdString();
    auto t = importIpRouteJson(testutil::readData(path.c_str()), file.toStdString());
    QVERIFY2(t.ok(), t.ok() ? "" : t.error().toString().c_str());
    QCOMPARE(t->format, TableFormat::IpJson);
    COMPARE_LINES(routeLines(t->table), routes);
    COMPARE_LINES(diagnosticLines(t->diagnostics), warnings);
}

void TestIpRouteImport::jsonSyntaxError() {
    auto t = importIpRouteJson(testutil::readData("tables/ipjson-syntax.json"), "x.json");
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, ErrorCode::Parse);
    QCOMPARE(QString::fromStdString(t.error().where.toString()), QString("x.json:2:21"));
    QVERIFY(t.error().message.find("invalid JSON") != std::string::npos);
}

void TestIpRouteImport::jsonNotAnArray() {
    auto t = importIpRouteJson("{\"dst\": \"default\"}", "x.json");
    QVERIFY(!t.ok());
    QCOMPARE(t.error().where.line, 1);
}

QTEST_APPLESS_MAIN(TestIpRouteImport)
#include "TestIpRouteImport.moc"
