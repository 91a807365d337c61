// SPDX-License-Identifier: GPL-3.0-or-later
// Windows `route print` importer: XP and Windows 10 shapes, English, Japanese (UTF-8, UTF-16LE
// and CP932 bytes), German; persistent routes; broken rows.

#include "TableTestUtil.h"
#include "TestUtil.h"
#include "core/import/RoutePrintImport.h"

#include <QTest>

using namespace splitroute::core;
using tabletest::diagnosticLines;
using tabletest::routeLines;

namespace {
const QStringList kBaseV4{
    "0.0.0.0/0 via 192.168.1.1 dev 192.168.1.100 metric 35 table main type unicast proto unspec",
    "127.0.0.0/8 dev 127.0.0.1 ifindex 1 metric 331 table local type local proto kernel scope host",
    "127.0.0.1/32 dev 127.0.0.1 ifindex 1 metric 331 table local type local proto kernel scope "
    "host",
    "127.255.255.255/32 dev 127.0.0.1 ifindex 1 metric 331 table local type broadcast proto kernel "
    "scope link",
    "192.168.1.0/24 dev 192.168.1.100 metric 291 table main type unicast proto unspec",
    "192.168.1.100/32 dev 192.168.1.100 metric 291 table local type local proto kernel scope host",
    "192.168.1.255/32 dev 192.168.1.100 metric 291 table local type broadcast proto kernel scope "
    "link",
    "224.0.0.0/4 dev 127.0.0.1 ifindex 1 metric 331 table local type multicast proto kernel scope "
    "link",
    "224.0.0.0/4 dev 192.168.1.100 metric 291 table local type multicast proto kernel scope link",
    "255.255.255.255/32 dev 127.0.0.1 ifindex 1 metric 331 table local type broadcast proto kernel "
    "scope link",
    "255.255.255.255/32 dev 192.168.1.100 metric 291 table local type broadcast proto kernel scope "
    "link",
};
const QStringList kBaseV6{
    "::1/128 dev 1 ifindex 1 metric 331 table local type local proto kernel scope host",
    "fe80::/64 dev 12 ifindex 12 metric 291 table main type unicast proto unspec",
    "fe80::1c2d:3e4f:5a6b:7c8d/128 dev 12 ifindex 12 metric 291 table local type local proto "
    "kernel scope host",
    "ff00::/8 dev 1 ifindex 1 metric 331 table local type multicast proto kernel scope link",
    "ff00::/8 dev 12 ifindex 12 metric 291 table local type multicast proto kernel scope link",
};
} // namespace

class TestRoutePrintImport : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void persistentRoutesAreNotActive();
    void japaneseEncodingsAgree_data();
    void japaneseEncodingsAgree();
    void japaneseMatchesEnglish();
    void unknownLanguageDegrades();
    void ownAddressRowsAreLocal();
    void decoratedRowGetsWarning();
    void headerlessRows();
    void interfaceList();
};

void TestRoutePrintImport::golden_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QStringList>("diagnostics");

    QTest::newRow("XP: gateway = interface address means on-link, hex interface index")
        << "xp-en.routeprint.txt"
        << (QStringList()
            << "0.0.0.0/0 via 192.168.1.1 dev 192.168.1.100 ifindex 2 metric 20 table main type "
               "unicast proto unspec"
            << "127.0.0.0/8 dev 127.0.0.1 ifindex 1 metric 1 table local type local proto kernel "
               "scope host"
            << "192.168.1.0/24 dev 192.168.1.100 ifindex 2 metric 20 table main type unicast "
               "proto unspec"
            << "192.168.1.100/32 dev 127.0.0.1 ifindex 1 metric 20 table local type local proto "
               "kernel scope host"
            << "192.168.1.255/32 dev 192.168.1.100 ifindex 2 metric 20 table local type broadcast "
               "proto kernel scope link"
            << "224.0.0.0/4 dev 192.168.1.100 ifindex 2 metric 20 table local type multicast proto "
               "kernel scope link"
            << "255.255.255.255/32 dev 0x2 ifindex 2 metric 1 table local type broadcast proto "
               "kernel scope link")
        << (QStringList() << "20:10 info persistent-route");
    QTest::newRow("Windows 10 English with IPv6 and wrapped lines")
        << "win10-en.routeprint.txt"
        << (QStringList(kBaseV4)
            << "::/0 via fe80::1 dev 12 ifindex 12 metric 291 table main type unicast proto unspec"
            << kBaseV6
            << "2001:db8:1::/64 dev 12 ifindex 12 metric 291 table main type unicast proto unspec"
            << "2001:db8:1:0:1c2d:3e4f:5a6b:7c8d/128 dev 12 ifindex 12 metric 291 table local type "
               "local proto kernel scope host")
        << (QStringList() << "26:9 info persistent-route"
                          << "27:8 info persistent-route");
    QTest::newRow("German: two-word on-link gateway")
        << "win10-de.routeprint.txt" << (QStringList(kBaseV4) << kBaseV6) << QStringList();
    QTest::newRow("laptop before VPN")
        << "laptop-before.routeprint.txt" << (QStringList(kBaseV4) << kBaseV6) << QStringList();
    QTest::newRow("broken rows") << "routeprint-broken.txt"
                                 << (QStringList()
                                     << "0.0.0.0/0 via 192.168.1.1 dev 192.168.1.100 metric 20 "
                                        "table main type unicast proto unspec"
                                     << "172.16.0.0/12 via 192.168.1.1 dev 192.168.1.100 metric 20 "
                                        "table main type unicast proto unspec")
                                 << (QStringList() << "5:9 warning bad-destination"
                                                   << "6:74 warning bad-metric"
                                                   << "7:7 warning short-row");
}

void TestRoutePrintImport::golden() {
    QFETCH(QString, file);
    QFETCH(QStringList, routes);
    QFETCH(QStringList, diagnostics);
    const std::string path = "tables/" + file.toStdString();
    auto t = importRoutePrint(testutil::readData(path.c_str()), file.toStdString());
    QCOMPARE(t.format, TableFormat::RoutePrint);
    COMPARE_LINES(routeLines(t.table), routes);
    COMPARE_LINES(diagnosticLines(t.diagnostics, true), diagnostics);
}

void TestRoutePrintImport::persistentRoutesAreNotActive() {
    auto t = importRoutePrint(testutil::readData("tables/win10-en.routeprint.txt"), "f");
    QCOMPARE(t.persistent.size(), std::size_t(2));
    QCOMPARE(tabletest::routeLine(t.persistent[0]),
             std::string(
                 "10.20.0.0/16 via 192.168.1.254 metric 0 table main type unicast proto unspec"));
    QCOMPARE(tabletest::routeLine(t.persistent[1]),
             std::string(
                 "172.16.0.0/12 via 192.168.1.254 metric 50 table main type unicast proto unspec"));
    QVERIFY(t.table.find(Prefix::parse("10.20.0.0/16").value()).empty());
}

void TestRoutePrintImport::japaneseEncodingsAgree_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("UTF-16LE with BOM (PowerShell redirect)") << "win10-ja-utf16.routeprint.txt";
    QTest::newRow("CP932 bytes (cmd.exe redirect)") << "win10-ja-cp932.routeprint.txt";
}

void TestRoutePrintImport::japaneseEncodingsAgree() {
    QFETCH(QString, file);
    auto utf8 = importTableFile(testutil::dataPath("tables/win10-ja.routeprint.txt"),
                                TableFormat::RoutePrint);
    auto other = importTableFile(testutil::dataPath(("tables/" + file.toStdString()).c_str()),
                                 TableFormat::Auto);
    QVERIFY(utf8.ok());
    QVERIFY2(other.ok(), other.ok() ? "" : other.error().toString().c_str());
    QCOMPARE(other->format, TableFormat::RoutePrint);
    QCOMPARE(utf8->table.size(), std::size_t(28));
    COMPARE_LINES(routeLines(other->table), routeLines(utf8->table));
    QCOMPARE(other->persistent.size(), std::size_t(1));
}

void TestRoutePrintImport::japaneseMatchesEnglish() {
    // The Japanese dump is the English "after VPN" dump plus an IPv6 default route.
    auto ja = importRoutePrint(testutil::readData("tables/win10-ja.routeprint.txt"), "ja");
    auto en = importRoutePrint(testutil::readData("tables/laptop-after.routeprint.txt"), "en");
    QStringList expected = routeLines(en.table);
    expected.insert(
        19, "::/0 via fe80::1 dev 12 ifindex 12 metric 291 table main type unicast proto unspec");
    COMPARE_LINES(routeLines(ja.table), expected);
    QVERIFY(routeLines(ja.table).contains(
        "0.0.0.0/1 via 10.8.0.1 dev 10.8.0.2 metric 281 table main type unicast proto unspec"));
    QVERIFY(routeLines(ja.table).contains(
        "10.8.0.0/24 dev 10.8.0.2 metric 281 table main type unicast proto unspec"));
    // The persistent route's metric column says 既定 ("default"): kept as 0.
    QCOMPARE(ja.persistent.size(), std::size_t(1));
    QCOMPARE(ja.persistent[0].metric, 0u);
}

void TestRoutePrintImport::unknownLanguageDegrades() {
    // Russian-style headings and a made-up on-link word; structure alone must carry it.
    const std::string text =
        "IPv4 таблица маршрута\n"
        "===========================================================================\n"
        "Активные маршруты:\n"
        "Сетевой адрес           Маска сети      Адрес шлюза       Интерфейс  Метрика\n"
        "          0.0.0.0          0.0.0.0      10.0.0.1       10.0.0.5     25\n"
        "         10.0.0.0    255.255.255.0      Подключение    10.0.0.5    281\n"
        "===========================================================================\n"
        "Постоянные маршруты:\n"
        "  Сетевой адрес            Маска    Адрес шлюза      Метрика\n"
        "        172.16.0.0      255.240.0.0        10.0.0.254  По умолчанию\n"
        "\n"
        "IPv6 таблица маршрута\n"
        "===========================================================================\n"
        "Активные маршруты:\n"
        " Метрика   Сетевой адрес            Шлюз\n"
        "  7    281 fd00::/8                 Подключение\n"
        "===========================================================================\n"
        "Постоянные маршруты:\n"
        "  Отсутствует\n";
    auto t = importRoutePrint(text, "ru");
    COMPARE_LINES(
        routeLines(t.table),
        (QStringList()
         << "0.0.0.0/0 via 10.0.0.1 dev 10.0.0.5 metric 25 table main type unicast proto unspec"
         << "10.0.0.0/24 dev 10.0.0.5 metric 281 table main type unicast proto unspec"
         << "fd00::/8 dev 7 ifindex 7 metric 281 table main type unicast proto unspec"));
    QCOMPARE(t.persistent.size(), std::size_t(1));
    QCOMPARE(diagnosticLines(t.diagnostics), QStringList());
}

void TestRoutePrintImport::ownAddressRowsAreLocal() {
    // AWS Client VPN, split tunnel off: the rows Windows adds for 172.16.1.2 are not networks.
    const std::string text = "IPv4 Route Table\n"
                             "===========================================================\n"
                             "Active Routes:\n"
                             "Network Destination        Netmask          Gateway       "
                             "Interface  Metric\n"
                             "          0.0.0.0          0.0.0.0      192.168.1.1  "
                             "192.168.1.100     35\n"
                             "          0.0.0.0        128.0.0.0       172.16.1.1     "
                             "172.16.1.2     25\n"
                             "       172.16.1.0    255.255.255.0         On-link     "
                             "172.16.1.2    281\n"
                             "       172.16.1.2  255.255.255.255         On-link     "
                             "172.16.1.2    281\n"
                             "     172.16.1.255  255.255.255.255         On-link     "
                             "172.16.1.2    281\n"
                             "        224.0.0.0        240.0.0.0         On-link     "
                             "172.16.1.2    281\n"
                             "  255.255.255.255  255.255.255.255         On-link     "
                             "172.16.1.2    281\n"
                             "IPv6 Route Table\n"
                             "===========================================================\n"
                             "Active Routes:\n"
                             " If Metric Network Destination      Gateway\n"
                             " 12    291 fe80::/64                On-link\n"
                             " 12    291 fe80::1/128              On-link\n"
                             " 12    291 ff00::/8                 On-link\n";
    auto t = importRoutePrint(text, "aws");
    COMPARE_LINES(
        routeLines(t.table),
        (QStringList() << "0.0.0.0/0 via 192.168.1.1 dev 192.168.1.100 metric 35 table main type "
                          "unicast proto unspec"
                       << "0.0.0.0/1 via 172.16.1.1 dev 172.16.1.2 metric 25 table main type "
                          "unicast proto unspec"
                       << "172.16.1.0/24 dev 172.16.1.2 metric 281 table main type unicast proto "
                          "unspec"
                       << "172.16.1.2/32 dev 172.16.1.2 metric 281 table local type local proto "
                          "kernel scope host"
                       << "172.16.1.255/32 dev 172.16.1.2 metric 281 table local type broadcast "
                          "proto kernel scope link"
                       << "224.0.0.0/4 dev 172.16.1.2 metric 281 table local type multicast proto "
                          "kernel scope link"
                       << "255.255.255.255/32 dev 172.16.1.2 metric 281 table local type "
                          "broadcast proto kernel scope link"
                       << "fe80::/64 dev 12 ifindex 12 metric 291 table main type unicast proto "
                          "unspec"
                       << "fe80::1/128 dev 12 ifindex 12 metric 291 table local type local proto "
                          "kernel scope host"
                       << "ff00::/8 dev 12 ifindex 12 metric 291 table local type multicast proto "
                          "kernel scope link"));
    // A lookup of the interface's own address finds the local route, as on Linux.
    auto own = t.table.lookup(*IpAddress::parse("172.16.1.2"));
    QVERIFY(own.chosen);
    QCOMPARE(own.chosen->type, RouteType::Local);
}

void TestRoutePrintImport::decoratedRowGetsWarning() {
    const std::string text = "IPv4 Table de routage\n"
                             "===========================================================\n"
                             "Itinéraires actifs :\n"
                             "Destination réseau    Masque réseau  Adr. passerelle   Adr. "
                             "interface Métrique\n"
                             "       \u2600\uFE0F0.0.0.0\u2600\uFE0F          0.0.0.0     "
                             "10.33.79.254     10.33.73.72     35\n"
                             "       10.33.64.0    255.255.240.0         On-link       "
                             "10.33.73.72    291\n"
                             "===========================================================\n"
                             "Itinéraires persistants :\n"
                             "  Aucun\n";
    auto t = importRoutePrint(text, "fr");
    QCOMPARE(t.table.size(), std::size_t(1));
    QCOMPARE(diagnosticLines(t.diagnostics), QStringList() << "5:8 warning unreadable-row");
}

void TestRoutePrintImport::headerlessRows() {
    // `route print | findstr 192.168.3.1`: active rows (5 columns), then persistent ones (4).
    const std::string text = "       5.8.69.100  255.255.255.255      192.168.3.1    "
                             "192.168.3.221     26\n"
                             "    78.140.251.26  255.255.255.255      192.168.3.1       1\n";
    auto t = importRoutePrint(text, "findstr");
    COMPARE_LINES(routeLines(t.table),
                  QStringList() << "5.8.69.100/32 via 192.168.3.1 dev 192.168.3.221 metric 26 "
                                   "table main type unicast proto unspec");
    QCOMPARE(t.persistent.size(), std::size_t(1));
    QCOMPARE(diagnosticLines(t.diagnostics), QStringList());
}

void TestRoutePrintImport::interfaceList() {
    auto t = importRoutePrint(testutil::readData("tables/xp-en.routeprint.txt"), "xp");
    QCOMPARE(t.interfaces.size(), std::size_t(2));
    QCOMPARE(t.interfaces[0].index, 1u);
    QCOMPARE(t.interfaces[0].mac, std::string());
    QCOMPARE(t.interfaces[0].description, std::string("MS TCP Loopback interface"));
    QCOMPARE(t.interfaces[1].index, 2u);
    QCOMPARE(t.interfaces[1].mac, std::string("00 0c 29 3a 4b 5c"));
    QCOMPARE(t.interfaces[1].description,
             std::string("AMD PCNET Family PCI Ethernet Adapter - Packet Scheduler Miniport"));
}

QTEST_APPLESS_MAIN(TestRoutePrintImport)
#include "TestRoutePrintImport.moc"
