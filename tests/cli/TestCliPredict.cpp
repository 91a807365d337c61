// SPDX-License-Identifier: GPL-3.0-or-later
// `splitroute-cli predict` on data recorded from a real OpenVPN 2.6.14 client in a network
// namespace (tests/data/predict: the table before and after as `ip -d -j route show table
// all`, the client config and its log), plus its usage errors.

#include "CliRun.h"
#include "TestUtil.h"

#include "core/import/Snapshot.h"
#include "core/import/TableImport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <set>

using namespace splitroute::core;

namespace {
using clitest::cli;
using clitest::Run;

QString data(const char* name) {
    return QString::fromStdString(testutil::dataPath("predict/")) + name;
}

std::string key(const Route& r) {
    return r.toString() + " proto " + protocolName(r.protocol) + " scope " + scopeName(r.scope) +
           " metric " + std::to_string(r.metric) + " table " + tableName(r.table) + " src " +
           r.preferredSource.toString();
}

// The tun device's link-local address is random, so its table-local entry is not predicted.
bool comparable(const Route& r) {
    return !(r.type == RouteType::Local && r.family() == Family::V6 &&
             r.interface == std::string_view("tun0") && r.destination.address().bytes()[0] == 0xfe);
}

bool writeFile(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestCliPredict : public QObject {
    Q_OBJECT
private slots:
    void matchesRecordedKernelTable();
    void textOutput();
    void pushReplyTextAndNotes();
    void rejectFilterFailsThePush();
    void usageErrors_data();
    void usageErrors();
};

void TestCliPredict::matchesRecordedKernelTable() {
    Run r = cli({"predict", "--profile", data("client.conf"), "--push-log", data("client.log"),
                 "--table", data("before.ip-d.json"), "--server", "203.0.113.10", "--json"});
    QCOMPARE(r.code, 0);
    auto snap = readSnapshot(r.out.toStdString(), "stdout");
    QVERIFY2(snap.ok(), snap.ok() ? "" : snap.error().toString().c_str());
    QVERIFY(QString::fromStdString(snap->source).startsWith("predicted"));

    auto after = importTableFile(data("after.ip-d.json").toStdString(), TableFormat::IpJson);
    QVERIFY2(after.ok(), after.ok() ? "" : after.error().toString().c_str());
    std::multiset<std::string> want, got;
    for (const auto& route : after->table.routes())
        if (comparable(route))
            want.insert(key(route));
    for (const auto& route : snap->table.routes())
        if (comparable(route))
            got.insert(key(route));
    if (want != got) {
        QString report;
        for (const auto& k : got)
            if (want.count(k) < got.count(k))
                report += "predicted only: " + QString::fromStdString(k) + "\n";
        for (const auto& k : want)
            if (got.count(k) < want.count(k))
                report += "kernel only: " + QString::fromStdString(k) + "\n";
        QFAIL(qPrintable(report));
    }
    QCOMPARE(snap->table.size(), after->table.size() - 1); // all but the random link-local
}

void TestCliPredict::textOutput() {
    Run r = cli({"predict", "--profile", data("client.conf"), "--push-log", data("client.log"),
                 "--table", data("before.ip-d.json"), "--server", "203.0.113.10"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Added by OpenVPN and the kernel (10):"), qPrintable(r.out));
    QVERIFY(r.out.contains(
        QRegularExpression("0\\.0\\.0\\.0/1 +10\\.8\\.0\\.1 +tun0 +0 +main +unicast +boot")));
    QVERIFY(r.out.contains(QRegularExpression("172\\.16\\.0\\.0/16 +10\\.8\\.0\\.1 +tun0 +50 ")));
    QVERIFY(
        r.out.contains(QRegularExpression("198\\.51\\.100\\.0/24 +192\\.168\\.1\\.1 +eth0 +50 ")));
    QVERIFY(r.out.contains("Table after connecting (23 routes):"));
    QVERIFY(!r.out.contains("Removed"));
}

void TestCliPredict::pushReplyTextAndNotes() {
    // topology subnet without route-gateway: OpenVPN cannot redirect, and says so.
    Run r = cli({"predict", "--profile", data("client.conf"), "--push-reply",
                 "PUSH_REPLY,redirect-gateway def1,topology subnet,ifconfig 10.8.0.2 255.255.255.0",
                 "--table", data("before.ip-d.json"), "--json"});
    QCOMPARE(r.code, 0);
    QVERIFY2(
        r.err.contains("NOTE: unable to redirect IPv4 default gateway -- VPN gateway parameter "
                       "(--route-gateway or --ifconfig) is missing"),
        qPrintable(r.err));
    auto snap = readSnapshot(r.out.toStdString(), "stdout");
    QVERIFY(snap.ok());
    for (const auto& route : snap->table.routes())
        QVERIFY(route.destination.length() != 1);

    // Without def1 the default route is replaced; the text output lists the removal.
    Run t = cli({"predict", "--profile", data("client.conf"), "--push-reply",
                 "PUSH_REPLY,redirect-gateway,route-gateway 10.8.0.1,topology subnet,ifconfig "
                 "10.8.0.2 255.255.255.0",
                 "--table", data("before.ip-d.json"), "--server", "203.0.113.10"});
    QCOMPARE(t.code, 0);
    QVERIFY2(t.out.contains("Removed (1):"), qPrintable(t.out));
    QVERIFY(t.out.contains(QRegularExpression("0\\.0\\.0\\.0/0 +10\\.8\\.0\\.1 +tun0")));
}

void TestCliPredict::rejectFilterFailsThePush() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath("reject.ovpn");
    QVERIFY(writeFile(
        profile,
        "client\ndev tun\nremote 203.0.113.10 1194\npull-filter reject \"redirect-gateway\"\n"));
    Run r = cli({"predict", "--profile", profile, "--push-log", data("client.log"), "--table",
                 data("before.ip-d.json")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("pull-filter reject"), qPrintable(r.err));
}

void TestCliPredict::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    const QString profile = data("client.conf");
    const QString table = data("before.ip-d.json");
    QTest::newRow("no table") << QStringList{"predict", "--profile", profile};
    QTest::newRow("no profile") << QStringList{"predict", "--table", table};
    QTest::newRow("both push sources")
        << QStringList{"predict",    "--profile",        profile,        "--table", table,
                       "--push-log", data("client.log"), "--push-reply", "x"};
    QTest::newRow("bad server") << QStringList{"predict", "--profile", profile, "--table",
                                               table,     "--server",  "vpn"};
    QTest::newRow("missing profile file")
        << QStringList{"predict", "--profile", data("nope.ovpn"), "--table", table};
    QTest::newRow("bad format") << QStringList{"predict", "--profile", profile, "--table",
                                               table,     "--format",  "xml"};
    QTest::newRow("stray argument")
        << QStringList{"predict", "--profile", profile, "--table", table, "extra"};
}

void TestCliPredict::usageErrors() {
    QFETCH(QStringList, args);
    Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.startsWith("splitroute-cli: "));
}

QTEST_GUILESS_MAIN(TestCliPredict)
#include "TestCliPredict.moc"
