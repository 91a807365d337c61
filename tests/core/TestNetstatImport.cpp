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
            << "0.0.0.0/0 dev utun3 ifindex 17 metric 0 table scoped type unicast proto static "
               "scope link"
            << "10.8.0.0/16 dev utun3 ifindex 17 metric 0 table main type unicast proto static "
               "scope link"
            << "127.0.0.0/8 dev lo0 metric 0 table local type local proto static scope host"
            << "127.0.0.1/32 dev lo0 metric 0 table local type local proto kernel scope host"
            << "169.254.0.0/16 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "192.168.1.0/24 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "192.168.1.1/32 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "192.168.1.1/32 dev en0 metric 0 table scoped type unicast proto kernel scope link"
            << "192.168.1.23/32 dev en0 ifindex 6 metric 0 table main type unicast proto static "
               "scope link"
            << "203.0.113.9/32 via 10.8.0.1 dev utun3 metric 0 table main type unicast proto static"
            << "224.0.0.0/4 dev en0 ifindex 6 metric 0 table local type multicast proto static"
            << "255.255.255.255/32 dev en0 ifindex 6 metric 0 table local type broadcast proto "
               "static scope link"
            << "::/0 via fe80:: dev utun0 metric 0 table scoped type unicast proto kernel"
            << "::/0 via fe80::1 dev en0 metric 0 table main type unicast proto kernel"
            << "::1/128 dev lo0 metric 0 table local type local proto kernel scope host"
            << "2001:db8:1::/64 dev en0 ifindex 6 metric 0 table main type unicast proto kernel "
               "scope link"
            << "fe80::/64 dev lo0 metric 0 table scoped type unicast proto kernel scope link"
            << "fe80::1/128 dev lo0 ifindex 1 metric 0 table local type local proto kernel scope "
               "host"
            << "fe80::/64 dev en0 ifindex 6 metric 0 table scoped type unicast proto kernel scope "
               "link"
            << "fe80::1c2d:3e4f:5a6b:7c8d/128 dev lo0 metric 0 table local type local proto kernel "
               "scope host"
            << "ff00::/8 dev lo0 metric 0 table local type multicast proto kernel")
        << QStringList();
    QTest::newRow("FreeBSD with reject and blackhole routes")
        << "freebsd.netstat.txt"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev em0 metric 0 table main type unicast proto static"
            << "10.99.0.0/16 dev lo0 metric 0 table main type blackhole proto static"
            << "10.98.0.0/16 dev lo0 metric 0 table main type unreachable proto static"
            << "127.0.0.1/32 dev lo0 ifindex 2 metric 0 table local type local proto kernel scope "
               "host"
            << "192.168.1.0/24 dev em0 ifindex 1 metric 0 table main type unicast proto kernel "
               "scope link"
            << "192.168.1.10/32 dev lo0 ifindex 1 metric 0 table local type local proto static "
               "scope host"
            << "::/96 dev lo0 metric 0 table main type unreachable proto static"
            << "::1/128 dev lo0 ifindex 2 metric 0 table local type local proto kernel scope host"
            << "::ffff:0.0.0.0/96 dev lo0 metric 0 table main type unreachable proto static"
            << "fe80::/10 dev lo0 metric 0 table main type unreachable proto static"
            << "fe80::/64 dev lo0 ifindex 2 metric 0 table main type unicast proto kernel scope "
               "link"
            << "fe80::1/128 dev lo0 ifindex 2 metric 0 table local type local proto static scope "
               "host"
            << "ff02::/16 dev lo0 metric 0 table main type unreachable proto static")
        << QStringList();
    QTest::newRow("older macOS with Refs and Use columns")
        << "netstat-old-columns.txt"
        << (QStringList()
            << "0.0.0.0/0 via 10.0.1.1 dev en1 metric 0 table main type unicast proto static"
            << "10.0.1.0/24 dev en1 ifindex 5 metric 0 table main type unicast proto static scope "
               "link"
            << "10.0.1.1/32 dev en1 metric 0 table scoped type unicast proto kernel scope link"
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
                          << "8:20 warning name-not-address");
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
    QTest::newRow("gateway is an interface (wg-quick on macOS), link#N")
        << "Internet:\nDestination Gateway Flags Netif Expire\n"
           "0/1  utun3  USc  utun3\ndefault  link#17  UCSg  utun3\n"
        << (QStringList()
            << "0.0.0.0/1 dev utun3 metric 0 table main type unicast proto static scope link"
            << "0.0.0.0/0 dev utun3 ifindex 17 metric 0 table main type unicast proto static "
               "scope link")
        << QStringList();
    QTest::newRow("I: interface-scoped routes go to table scoped")
        << "Internet:\nDestination Gateway Flags Netif Expire\n"
           "default  192.168.1.254  UGScIg  en0\ndefault  link#17  UCSg  utun3\n"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.254 dev en0 metric 0 table scoped type unicast proto "
               "static"
            << "0.0.0.0/0 dev utun3 ifindex 17 metric 0 table main type unicast proto static "
               "scope link")
        << QStringList();
    QTest::newRow("own addresses through lo0 (UHL) are local")
        << "Internet6:\nDestination Gateway Flags Netif Expire\n"
           "2001:db8::39  a4:83:e7:2d:62:8f  UHL  lo0\n::1  ::1  UHL  lo0\n"
        << (QStringList()
            << "2001:db8::39/128 dev lo0 metric 0 table local type local proto kernel scope host"
            << "::1/128 dev lo0 metric 0 table local type local proto kernel scope host")
        << QStringList();
    QTest::newRow("route without -n: '*' is no gateway")
        << "Kernel IP routing table\n"
           "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
           "10.8.0.0        *               255.255.255.0   U     0      0        0 tun0\n"
        << (QStringList()
            << "10.8.0.0/24 dev tun0 metric 0 table main type unicast proto kernel scope link")
        << QStringList();
    QTest::newRow("Linux route -6 -n: Next Hop, Flag, Met, reject !n, metric -1")
        << "Kernel IPv6 routing table\n"
           "Destination                    Next Hop                   Flag Met Ref Use If\n"
           "0.0.0.0/96                     ::                         !n   1024 0      0 lo\n"
           "::/0                           fe80::1                    UG   100 1      4 ens33\n"
           "::/0                           ::                         !n   -1  1     86 lo\n"
           "::1/128                        ::                         Un   0   2     30 lo\n"
        << (QStringList()
            << "::ffff:0.0.0.0/96 dev lo metric 1024 table main type unreachable proto kernel"
            << "::/0 via fe80::1 dev ens33 metric 100 table main type unicast proto kernel"
            << "::/0 dev lo metric 4294967295 table main type unreachable proto kernel"
            << "::1/128 dev lo metric 0 table local type local proto kernel scope host")
        << QStringList();
    QTest::newRow("route without -n: _gateway is a name")
        << "Kernel IP routing table\n"
           "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
           "default         _gateway        0.0.0.0         UG    600    0        0 wlan0\n"
           "10.8.0.0        *               255.255.255.0   U     0      0        0 tun0\n"
        << (QStringList()
            << "10.8.0.0/24 dev tun0 metric 0 table main type unicast proto kernel scope link")
        << (QStringList() << "3:17 warning name-not-address");
    QTest::newRow("netstat -r without -n: names are reported, run with -n")
        << "Internet6:\nDestination        Gateway            Flags     Netif Expire\n"
           "localhost          link#2             UH          lo0\n"
           "ff02::/16          localhost          UGRS        lo0\n"
           "fe80::20c:29ff:fe1 link#1             UHS         lo0\n"
        << (QStringList() << "fe80::20c:29ff:fe1/128 dev lo0 ifindex 1 metric 0 table local "
                             "type local proto static scope host")
        << (QStringList() << "3:1 warning name-not-address"
                          << "4:20 warning name-not-address"
                          << "5:1 warning maybe-truncated");
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
