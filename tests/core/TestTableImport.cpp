// SPDX-License-Identifier: GPL-3.0-or-later
// Format names, auto-detection on every golden dump, file decoding (BOM, CRLF, UTF-16) and the
// "no route at all is an error" rule.

#include "TableTestUtil.h"
#include "TestUtil.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace splitroute::core;
using tabletest::routeLines;

class TestTableImport : public QObject {
    Q_OBJECT
private slots:
    void formatNames();
    void detect_data();
    void detect();
    void undetectable_data();
    void undetectable();
    void noRouteIsAnError_data();
    void noRouteIsAnError();
    void explicitFormatOverridesDetection();
    void decodeBytes_data();
    void decodeBytes();
    void fileErrors();
    void utf16FileMatchesUtf8();
};

void TestTableImport::formatNames() {
    for (auto f : {TableFormat::Auto, TableFormat::IpRoute, TableFormat::IpJson,
                   TableFormat::RoutePrint, TableFormat::Netstat, TableFormat::Snapshot})
        QCOMPARE(tableFormatFromName(tableFormatName(f)), std::optional<TableFormat>(f));
    QCOMPARE(std::string(tableFormatName(TableFormat::IpJson)), std::string("ip-json"));
    QCOMPARE(std::string(tableFormatName(TableFormat::RoutePrint)), std::string("route-print"));
    QVERIFY(!tableFormatFromName("ipjson"));
    QVERIFY(!tableFormatFromName(""));
}

void TestTableImport::detect_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    const int ip = int(TableFormat::IpRoute), json = int(TableFormat::IpJson),
              rp = int(TableFormat::RoutePrint), ns = int(TableFormat::Netstat);
    for (const char* f : {"ip-v4.txt", "ip-v6.txt", "ip-table-all.txt", "ip-multipath.txt",
                          "ip-broken.txt", "laptop-before.ip.txt", "laptop-after.ip.txt"})
        QTest::newRow(f) << f << ip;
    for (const char* f :
         {"ipjson-v4.json", "ipjson-v6.json", "ipjson-multipath.json", "ipjson-broken.json"})
        QTest::newRow(f) << f << json;
    for (const char* f :
         {"xp-en.routeprint.txt", "win10-en.routeprint.txt", "win10-de.routeprint.txt",
          "win10-ja.routeprint.txt", "laptop-before.routeprint.txt", "laptop-after.routeprint.txt",
          "routeprint-broken.txt"})
        QTest::newRow(f) << f << rp;
    for (const char* f : {"macos.netstat.txt", "freebsd.netstat.txt", "netstat-old-columns.txt",
                          "netstat-broken.txt"})
        QTest::newRow(f) << f << ns;
}

void TestTableImport::detect() {
    QFETCH(QString, file);
    QFETCH(int, format);
    const std::string path = "tables/" + file.toStdString();
    QCOMPARE(int(detectTableFormat(testutil::readData(path.c_str()))), format);
    auto t = importTableFile(testutil::dataPath(path.c_str()), TableFormat::Auto);
    QVERIFY2(t.ok(), t.ok() ? "" : t.error().toString().c_str());
    QCOMPARE(int(t->format), format);
    QVERIFY(!t->table.empty());
}

void TestTableImport::undetectable_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank lines") << "\n  \r\n\t\n";
    QTest::newRow("prose") << "Hello, this is not a routing table.\nNor is this.\n";
}

void TestTableImport::undetectable() {
    QFETCH(QString, text);
    const QByteArray b = text.toUtf8();
    const std::string_view sv(b.constData(), b.size());
    QCOMPARE(detectTableFormat(sv), TableFormat::Auto);
    auto t = importTable(sv, TableFormat::Auto, "x.txt");
    QVERIFY(!t.ok());
    QCOMPARE(t.error().where.file, std::string("x.txt"));
    QVERIFY(t.error().message.find("--format") != std::string::npos);
}

void TestTableImport::noRouteIsAnError_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("ip: only broken lines") << "\n10.0.0.0/40 dev eth0\n"
                                           << int(TableFormat::IpRoute) << "x:2:1"
                                           << "prefix length";
    QTest::newRow("ip: empty") << "" << int(TableFormat::IpRoute) << "x"
                               << "no route found";
    QTest::newRow("ip-json: empty array") << "[]" << int(TableFormat::IpJson) << "x:1"
                                          << "no route found";
    QTest::newRow("ip-json: bad element")
        << "[\n {\"dst\": 5}]" << int(TableFormat::IpJson) << "x:2:2"
        << "'dst'";
    QTest::newRow("route print: headers only")
        << "===========================================================================\n"
           "Active Routes:\nNetwork Destination        Netmask          Gateway       Interface  "
           "Metric\n"
        << int(TableFormat::RoutePrint) << "x:1"
        << "no route found";
    QTest::newRow("netstat: header only")
        << "Routing tables\n\nInternet:\nDestination Gateway Flags Netif\n"
        << int(TableFormat::Netstat) << "x:1"
        << "no route found";
    QTest::newRow("ip text read as netstat") << "default via 10.0.0.1 dev eth0\n"
                                             << int(TableFormat::Netstat) << "x:1:9"
                                             << "cannot read gateway";
}

void TestTableImport::noRouteIsAnError() {
    QFETCH(QString, text);
    QFETCH(int, format);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    const QByteArray b = text.toUtf8();
    auto t = importTable(std::string_view(b.constData(), b.size()), TableFormat(format), "x");
    QVERIFY(!t.ok());
    QCOMPARE(QString::fromStdString(t.error().where.toString()), where);
    QVERIFY2(QString::fromStdString(t.error().message).contains(messagePart),
             t.error().message.c_str());
}

void TestTableImport::explicitFormatOverridesDetection() {
    // Netstat-looking text forced through the ip reader: every line fails, so an error.
    auto t =
        importTable(testutil::readData("tables/freebsd.netstat.txt"), TableFormat::IpRoute, "f");
    QVERIFY(!t.ok());
    auto ok =
        importTable(testutil::readData("tables/freebsd.netstat.txt"), TableFormat::Netstat, "f");
    QVERIFY(ok.ok());
    QCOMPARE(ok->format, TableFormat::Netstat);
}

void TestTableImport::decodeBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray("abc\r\n") << "abc\r\n";
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                             "abc")
                               << "abc";
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE"
                                                "a\0b\0\xB3\x30\0\0",
                                                10)
                                  << QString::fromUtf8("ab\xE3\x82\xB3") + QChar(0);
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0a\0b", 6) << "ab";
    QTest::newRow("utf-16le surrogate pair")
        << QByteArray("\xFF\xFE\x3D\xD8\x00\xDE", 6) << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("utf-16le without bom")
        << QByteArray("d\0e\0f\0a\0u\0l\0t\0\n\0", 16) << "default\n";
    QTest::newRow("cp932 stays bytes") << QByteArray("\x83\x8A\x83\x93\x83\x4E")
                                       << QString::fromLatin1("\x83\x8A\x83\x93\x83\x4E");
}

void TestTableImport::decodeBytes() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const std::string out = decodeTextBytes(std::string_view(bytes.constData(), bytes.size()));
    const QByteArray expected = QTest::currentDataTag() == QByteArray("cp932 stays bytes")
                                    ? text.toLatin1()
                                    : text.toUtf8();
    QCOMPARE(QByteArray(out.data(), int(out.size())), expected);
}

void TestTableImport::fileErrors() {
    auto missing = importTableFile("/nonexistent/dir/table.txt", TableFormat::Auto);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QCOMPARE(missing.error().where.file, std::string("/nonexistent/dir/table.txt"));

    QTemporaryDir dir;
    const std::string path = dir.filePath("empty.txt").toStdString();
    { std::ofstream f(path); }
    auto empty = importTableFile(path, TableFormat::Auto);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().where.file, path);
}

void TestTableImport::utf16FileMatchesUtf8() {
    // The same ip route text written as UTF-16LE with BOM and CRLF, as PowerShell would.
    const std::string utf8 = testutil::readData("tables/laptop-after.ip.txt");
    std::string utf16 = "\xFF\xFE";
    for (char c : utf8) {
        if (c == '\n') {
            utf16 += '\r';
            utf16 += '\0';
        }
        utf16 += c;
        utf16 += '\0';
    }
    QTemporaryDir dir;
    const std::string path = dir.filePath("t.txt").toStdString();
    {
        std::ofstream f(path, std::ios::binary);
        f << utf16;
    }
    auto a = importTableFile(path, TableFormat::Auto);
    auto b = importTable(utf8, TableFormat::Auto, "u");
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->format, TableFormat::IpRoute);
    QCOMPARE(routeLines(a->table), routeLines(b->table));
    QCOMPARE(a->diagnostics.size(), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestTableImport)
#include "TestTableImport.moc"
