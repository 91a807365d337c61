// SPDX-License-Identifier: GPL-3.0-or-later
// Runs splitroute-cli (in-process, tests/cli/CliRun.h) for `table`, `lookup` and `diff`: human and
// --json output, and error exits with file:line:column messages.

#include "CliRun.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using clitest::Run;
Run runCli(const QStringList& args) {
    return clitest::cli(args);
}

QString data(const char* name) {
    return QStringLiteral(SPLITROUTE_TEST_DATA_DIR "/tables/") + QString::fromLatin1(name);
}

QJsonObject json(const Run& r) {
    QJsonParseError e;
    auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("not a JSON object: %s", qPrintable(r.out));
    return doc.object();
}

// A row of aligned output, columns separated by two or more spaces.
bool hasRow(const QString& out, const QStringList& cells) {
    QStringList escaped;
    for (const auto& c : cells)
        escaped << QRegularExpression::escape(c);
    QRegularExpression re("^\\s*" + escaped.join("\\s{2,}") + "\\s*$",
                          QRegularExpression::MultilineOption);
    return re.match(out).hasMatch();
}
} // namespace

class TestCliTable : public QObject {
    Q_OBJECT
private slots:
    void tableHuman();
    void tableJson();
    void tableWarningsOnStderr();
    void tableErrors_data();
    void tableErrors();
    void saveSnapshotRoundTrip();
    void lookupHuman();
    void lookupJson();
    void lookupNoRoute();
    void diffHuman();
    void diffJsonAcrossFormats();
    void diffBadInput();
};

void TestCliTable::tableHuman() {
    Run r = runCli({"table", "--from", data("ip-v4.txt")});
    QCOMPARE(r.code, 0);
    QVERIFY2(hasRow(r.out,
                    {"Destination", "Gateway", "Interface", "Metric", "Table", "Type", "Protocol"}),
             qPrintable(r.out));
    QVERIFY(hasRow(r.out, {"0.0.0.0/0", "192.168.1.1", "wlan0", "600", "main", "unicast", "dhcp"}));
    QVERIFY(hasRow(r.out, {"192.0.2.0/24", "-", "0", "main", "blackhole", "static"}));
    QCOMPARE(r.out.count('\n'), 12);
    // aligned: every row's second column starts at the same offset
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    const int col = lines[0].indexOf("Gateway");
    for (const auto& l : lines)
        QVERIFY2(l.at(col - 1) == ' ' && l.at(col) != ' ', qPrintable(l));
    QVERIFY(r.err.isEmpty());
}

void TestCliTable::tableJson() {
    Run r = runCli({"table", "--from", data("win10-ja-utf16.routeprint.txt"), "--json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = json(r);
    QCOMPARE(o["format"].toString(), QString("route-print"));
    QCOMPARE(o["source"].toString(), data("win10-ja-utf16.routeprint.txt"));
    QCOMPARE(o["routes"].toArray().size(), 28);
    QCOMPARE(o["persistent"].toArray().size(), 1);
    const QJsonObject first = o["routes"].toArray()[0].toObject();
    QCOMPARE(first["destination"].toString(), QString("0.0.0.0/0"));
    QCOMPARE(first["gateway"].toString(), QString("192.168.1.1"));
    QCOMPARE(first["interface"].toString(), QString("192.168.1.100"));
    QCOMPARE(first["metric"].toInt(), 35);
    QCOMPARE(first["table"].toString(), QString("main"));
    const QJsonObject onLink = o["routes"].toArray()[2].toObject();
    QCOMPARE(onLink["destination"].toString(), QString("10.8.0.0/24"));
    QVERIFY(onLink["gateway"].isNull());
    const QJsonArray diags = o["diagnostics"].toArray();
    QCOMPARE(diags.size(), 1);
    QCOMPARE(diags[0].toObject()["severity"].toString(), QString("info"));
    QCOMPARE(diags[0].toObject()["code"].toString(), QString("persistent-route"));
    QCOMPARE(diags[0].toObject()["line"].toInt(), 34);
}

void TestCliTable::tableWarningsOnStderr() {
    Run r = runCli({"table", "--from", data("ip-broken.txt")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(data("ip-broken.txt") + ":2:1: warning: "), qPrintable(r.err));
    QVERIFY(r.err.contains(data("ip-broken.txt") + ":3:56: warning: metric 'abc'"));
    QVERIFY(!r.err.contains("info:")); // notes only with --verbose
    Run v = runCli({"table", "--from", data("ip-broken.txt"), "--verbose"});
    QVERIFY(
        v.err.contains(data("ip-broken.txt") + ":7:43: info: ignored unknown words: frobnicate 7"));
}

void TestCliTable::tableErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("no route in file")
        << QStringList{"table", "--from", data("netstat-broken.txt"), "--format", "ip"}
        << data("netstat-broken.txt") + ":1:1: no route could be read as ip";
    QTest::newRow("invalid JSON") << QStringList{"table", "--from", data("ipjson-syntax.json")}
                                  << data("ipjson-syntax.json") + ":2:21: invalid JSON";
    QTest::newRow("missing file") << QStringList{"table", "--from", "/nonexistent/t.txt"}
                                  << "cannot open '/nonexistent/t.txt'";
    QTest::newRow("unknown format")
        << QStringList{"table", "--from", data("ip-v4.txt"), "--format", "csv"}
        << "unknown format 'csv'";
    QTest::newRow("no --from") << QStringList{"table"} << "--from";
    QTest::newRow("unknown option") << QStringList{"table", "--frm", "x"} << "unknown option";
}

void TestCliTable::tableErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, stderrPart);
    Run r = runCli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    if (args.contains("--from") && args.size() > 2) {
        Run j = runCli(args + QStringList{"--json"});
        QCOMPARE(j.code, 2);
        QVERIFY(json(j).contains("error"));
    }
}

void TestCliTable::saveSnapshotRoundTrip() {
    QTemporaryDir dir;
    const QString snap = dir.filePath("snap.json");
    Run a =
        runCli({"table", "--from", data("macos.netstat.txt"), "--json", "--save-snapshot", snap});
    QCOMPARE(a.code, 0);
    Run b = runCli({"table", "--from", snap, "--json"});
    QCOMPARE(b.code, 0);
    QCOMPARE(json(b)["format"].toString(), QString("snapshot"));
    QCOMPARE(json(b)["routes"], json(a)["routes"]);
    // "taken", as the README's example shows: for --from, when the dump was written.
    QFile saved(snap);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(saved.readAll()).object();
    const QDateTime dumped = QFileInfo(data("macos.netstat.txt")).lastModified().toUTC();
    QCOMPARE(written["taken"].toString(), dumped.toString(Qt::ISODate));
    QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")
                .match(written["taken"].toString())
                .hasMatch());
    Run bad = runCli(
        {"table", "--from", data("ip-v4.txt"), "--save-snapshot", "/nonexistent/dir/s.json"});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains("cannot write snapshot"));
}

void TestCliTable::lookupHuman() {
    Run r = runCli({"lookup", "8.8.8.8", "--from", data("laptop-after.ip.txt")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("8.8.8.8: 0.0.0.0/1 via 10.8.0.1 dev tun0 proto boot\n"),
             qPrintable(r.out));
    QVERIFY(hasRow(r.out, {"0.0.0.0/1", "10.8.0.1", "tun0", "0", "main", "unicast", "boot"}));
    QVERIFY(r.out.contains("Beaten (best first):"));
    QVERIFY(hasRow(r.out, {"0.0.0.0/0", "192.168.1.1", "wlan0", "600", "main", "unicast", "dhcp"}));
}

void TestCliTable::lookupJson() {
    Run r = runCli(
        {"lookup", "198.51.100.10", "--from", data("laptop-after.routeprint.txt"), "--json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = json(r);
    QCOMPARE(o["address"].toString(), QString("198.51.100.10"));
    QCOMPARE(o["chosen"].toObject()["destination"].toString(), QString("198.51.100.10/32"));
    QCOMPARE(o["chosen"].toObject()["gateway"].toString(), QString("192.168.1.1"));
    const QJsonArray beaten = o["beaten"].toArray();
    QCOMPARE(beaten.size(), 2);
    QCOMPARE(beaten[0].toObject()["destination"].toString(), QString("128.0.0.0/1"));
    QCOMPARE(beaten[1].toObject()["destination"].toString(), QString("0.0.0.0/0"));
}

void TestCliTable::lookupNoRoute() {
    Run r = runCli({"lookup", "2001:db8::1", "--from", data("laptop-before.ip.txt")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("no route to 2001:db8::1"));
    Run j = runCli({"lookup", "2001:db8::1", "--from", data("laptop-before.ip.txt"), "--json"});
    QCOMPARE(j.code, 1);
    QVERIFY(json(j)["chosen"].isNull());
    Run bad = runCli({"lookup", "10.0.0.300", "--from", data("laptop-before.ip.txt")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("10.0.0.300"));
}

void TestCliTable::diffHuman() {
    Run r =
        runCli({"diff", data("laptop-before.routeprint.txt"), data("laptop-after.routeprint.txt")});
    QCOMPARE(r.code, 0);
    QVERIFY2(hasRow(r.out,
                    {"+", "0.0.0.0/1", "10.8.0.1", "10.8.0.2", "281", "main", "unicast", "unspec"}),
             qPrintable(r.out));
    QVERIFY(hasRow(
        r.out, {"+", "128.0.0.0/1", "10.8.0.1", "10.8.0.2", "281", "main", "unicast", "unspec"}));
    QVERIFY(r.out.endsWith("11 added, 0 removed, 0 changed, 16 unchanged\n"));

    QTemporaryDir dir;
    const QString after = dir.filePath("after.txt");
    QFile f(after);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("default via 192.168.1.1 dev wlan0 proto dhcp src 192.168.1.23 metric 20600\n");
    f.close();
    Run c = runCli({"diff", data("laptop-before.ip.txt"), after});
    QCOMPARE(c.code, 0);
    QVERIFY2(hasRow(c.out, {"-", "192.168.1.0/24", "on-link", "wlan0", "600", "main", "unicast",
                            "kernel"}),
             qPrintable(c.out));
    QVERIFY(hasRow(c.out, {"~", "0.0.0.0/0", "192.168.1.1", "wlan0", "20600", "main", "unicast",
                           "dhcp", "metric 600 -> 20600"}));
    Run same = runCli({"diff", data("laptop-before.ip.txt"), data("laptop-before.ip.txt")});
    QCOMPARE(same.out, QString("No differences (2 routes unchanged).\n"));
}

void TestCliTable::diffJsonAcrossFormats() {
    // before as ip -j JSON, after as ip text: the same routes compare equal across formats
    Run r = runCli({"diff", data("ipjson-multipath.json"), data("ip-multipath.txt"), "--json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = json(r);
    QCOMPARE(o["before"].toObject()["format"].toString(), QString("ip-json"));
    QCOMPARE(o["after"].toObject()["format"].toString(), QString("ip"));
    QCOMPARE(o["added"].toArray().size(), 1);
    QCOMPARE(o["added"].toArray()[0].toObject()["destination"].toString(), QString("10.0.1.0/24"));
    QCOMPARE(o["removed"].toArray().size(), 0);
    QCOMPARE(o["changed"].toArray().size(), 0);
    QCOMPARE(o["unchanged"].toInt(), 3);

    Run c = runCli({"diff", data("laptop-before.ip.txt"), data("laptop-after.ip.txt"), "--json"});
    QJsonObject d = json(c);
    QCOMPARE(d["added"].toArray().size(), 4);
    QCOMPARE(d["added"].toArray()[0].toObject()["destination"].toString(), QString("0.0.0.0/1"));
    QCOMPARE(d["unchanged"].toInt(), 2);
}

void TestCliTable::diffBadInput() {
    Run r = runCli({"diff", data("laptop-before.ip.txt"), data("ipjson-syntax.json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(data("ipjson-syntax.json") + ":2:21:"));
    Run one = runCli({"diff", data("laptop-before.ip.txt")});
    QCOMPARE(one.code, 2);
}

QTEST_APPLESS_MAIN(TestCliTable)
#include "TestCliTable.moc"
