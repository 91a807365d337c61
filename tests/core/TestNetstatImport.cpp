// SPDX-License-Identifier: GPL-3.0-or-later
// macOS / BSD `netstat -rn` importer.

#include "TableTestUtil.h"
#include "TestUtil.h"
#include "core/import/NetstatImport.h"

#include <QTest>

using namespace splitroute::core;
using tabletest::diagnosticLines;
using tabletest::routeLines;

class TestNetstatImport : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void inlineText_data();
    void inlineText();
};

void TestNetstatImport::golden_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("macOS with Internet6, abbreviations, link#N, MAC gateways, zones")
        << "macos.netstat.txt"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev en0 metric 0 table main type unicast proto static"
            << "0.0.0.0/0 dev utun3 ifindex 17 metric 0 table main type unicast proto static scope "
               "link"
            << "10.8.0.0/16 dev utun3 ifindex 17 metric 0 table main type unicast proto static "
               "scope link"
            << "127.0.0.0/8 dev lo0 metric 0 table main type unicast proto static scope link"
            << "127.0.0.1/32 dev lo0 metric 0 table main type unicast proto kernel scope link"
            << "169.254.0.0/16 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "192.168.1.0/24 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "192.168.1.1/32 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "192.168.1.1/32 dev en0 metric 0 table main type unicast proto kernel scope link"
            << "192.168.1.23/32 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "203.0.113.9/32 via 10.8.0.1 dev utun3 metric 0 table main type unicast proto static"
            << "224.0.0.0/4 dev en0 ifindex 6 metric 0 table main type multicast proto static"
            << "255.255.255.255/32 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "::/0 via fe80:: dev utun0 metric 0 table main type unicast proto kernel"
            << "::/0 via fe80::1 dev en0 metric 0 table main type unicast proto kernel"
            << "::1/128 dev lo0 metric 0 table main type unicast proto kernel scope link"
            << "2001:db8:1::/64 dev en0 ifindex 6 metric 0 table main type unicast proto kernel "
               "scope link"
            << "fe80::/64 dev lo0 metric 0 table main type unicast proto kernel scope link"
            << "fe80::1/128 dev lo0 ifindex 1 metric 0 table main type unicast proto kernel scope "
               "link"
            << "fe80::/64 dev en0 ifindex 6 metric 0 table main type unicast proto kernel scope "
               "link"
            << "fe80::1c2d:3e4f:5a6b:7c8d/128 dev lo0 metric 0 table main type unicast proto "
               "kernel scope link"
            << "ff00::/8 dev lo0 metric 0 table main type multicast proto kernel")
        << QStringList();
    QTest::newRow("FreeBSD with reject and blackhole routes")
        << "freebsd.netstat.txt"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev em0 metric 0 table main type unicast proto static"
            << "10.99.0.0/16 dev lo0 metric 0 table main type blackhole proto static"
            << "10.98.0.0/16 dev lo0 metric 0 table main type unreachable proto static"
            << "127.0.0.1/32 dev lo0 ifindex 2 metric 0 table main type unicast proto kernel scope "
               "link"
            << "192.168.1.0/24 dev em0 ifindex 1 metric 0 table main type unicast proto kernel "
               "scope link"
            << "192.168.1.10/32 dev lo0 ifindex 1 metric 0 table main type unicast proto static "
               "scope link"
            << "::/96 dev lo0 metric 0 table main type unreachable proto static"
            << "::1/128 dev lo0 ifindex 2 metric 0 table main type unicast proto kernel scope link"
            << "::ffff:0.0.0.0/96 dev lo0 metric 0 table main type unreachable proto static"
            << "fe80::/10 dev lo0 metric 0 table main type unreachable proto static"
            << "fe80::/64 dev lo0 ifindex 2 metric 0 table main type unicast proto kernel scope "
               "link"
            << "fe80::1/128 dev lo0 ifindex 2 metric 0 table main type unicast proto static scope "
               "link"
            << "ff02::/16 dev lo0 metric 0 table main type unreachable proto static")
        << QStringList();
    QTest::newRow("older macOS with Refs and Use columns")
        << "netstat-old-columns.txt"
        << (QStringList()
            << "0.0.0.0/0 via 10.0.1.1 dev en1 metric 0 table main type unicast proto static"
            << "10.0.1.0/24 dev en1 ifindex 5 metric 0 table main type unicast proto static scope "
               "link"
            << "10.0.1.1/32 dev en1 metric 0 table main type unicast proto kernel scope link"
            << "10.0.1.0/24 via 10.0.1.3 dev en1 metric 0 table main type unicast proto kernel")
        << QStringList();
    QTest::newRow("broken rows")
        << "netstat-broken.txt"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev em0 metric 0 table main type unicast proto static"
            << "192.168.1.0/24 dev em0 ifindex 1 metric 0 table main type unicast proto kernel "
               "scope link")
        << (QStringList() << "6:1 warning bad-destination"
                          << "7:1 warning short-row"
                          << "8:20 warning bad-gateway");
}

void TestNetstatImport::golden() {
    QFETCH(QString, file);
    QFETCH(QStringList, routes);
    QFETCH(QStringList, warnings);
    const std::string path = "tables/" + file.toStdString();
    auto t = importNetstat(testutil::readData(path.c_str()), file.toStdString());
    QCOMPARE(t.format, TableFormat::Netstat);
    COMPARE_LINES(routeLines(t.table), routes);
    COMPARE_LINES(diagnosticLines(t.diagnostics), warnings);
}

void TestNetstatImport::inlineText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("-f inet6 only, no header line")
        << "Internet6:\ndefault  fe80::1%en0  UGc  en0\n2001:db8::/32  link#4  UC  en0\n"
        << (QStringList()
            << "::/0 via fe80::1 dev en0 metric 0 table main type unicast proto kernel"
            << "2001:db8::/32 dev en0 ifindex 4 metric 0 table main type unicast proto kernel "
               "scope link")
        << QStringList();
    QTest::newRow("abbreviations: 10, 172.16/12, 10.8/16 with host bits")
        << "Internet:\nDestination Gateway Flags Netif\n10  link#1  UC  en0\n172.16/12  10.0.0.1  "
           "UGS  en0\n10.8/8  link#1  UC  en0\n"
        << (QStringList()
            << "10.0.0.0/8 dev en0 ifindex 1 metric 0 table main type unicast proto kernel scope "
               "link"
            << "172.16.0.0/12 via 10.0.0.1 dev en0 metric 0 table main type unicast proto static")
        << (QStringList() << "5:1 warning bad-destination");
    QTest::newRow("OpenBSD columns: Refs Use Mtu Prio Iface")
        << "Routing tables\n\nInternet:\nDestination        Gateway            Flags   Refs      "
           "Use   Mtu  Prio Iface\n"
           "default            192.168.1.1        UGS        5    10214     -    12 em0\n"
           "224/4              127.0.0.1          URS        0        0 32768     8 lo0\n"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev em0 metric 0 table main type unicast proto static"
            << "224.0.0.0/4 dev lo0 metric 0 table main type unreachable proto static")
        << QStringList();
    QTest::newRow("Linux route -n: Genmask and Metric columns")
        << "Kernel IP routing table\n"
           "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
           "0.0.0.0         192.168.1.1     0.0.0.0         UG    600    0        0 wlan0\n"
           "10.8.0.0        0.0.0.0         255.255.255.0   U     0      0        0 tun0\n"
           "192.168.1.0     0.0.0.0         255.255.0.255   U     600    0        0 wlan0\n"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev wlan0 metric 600 table main type unicast proto kernel"
            << "10.8.0.0/24 dev tun0 metric 0 table main type unicast proto kernel scope link")
        << (QStringList() << "5:1 warning bad-destination");
    QTest::newRow("other address families are skipped")
        << "Internet:\ndefault 10.0.0.1 UGS en0\n\nAppleTalk:\nDestination Gateway Flags "
           "Netif\n65280/8 link#4 UC en0\n"
        << (QStringList()
            << "0.0.0.0/0 via 10.0.0.1 dev en0 metric 0 table main type unicast proto static")
        << QStringList();
}

void TestNetstatImport::inlineText() {
    QFETCH(QString, text);
    QFETCH(QStringList, routes);
    QFETCH(QStringList, warnings);
    const QByteArray bytes = text.toUtf8();
    auto t = importNetstat(std::string_view(bytes.constData(), bytes.size()), "inline");
    COMPARE_LINES(routeLines(t.table), routes);
    COMPARE_LINES(diagnosticLines(t.diagnostics), warnings);
}

QTEST_APPLESS_MAIN(TestNetstatImport)
#include "TestNetstatImport.moc"
