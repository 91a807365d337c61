// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot JSON: write/read round trip of every golden table, strict reading with located errors.

#include "TableTestUtil.h"
#include "TestUtil.h"
#include "core/import/Snapshot.h"

#include <QTest>

using namespace splitroute::core;
using tabletest::routeLines;

class TestSnapshot : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void writesDocumentedShape();
    void strictErrors_data();
    void strictErrors();
    void emptySnapshotIsATable();
    void routeAndNextHopFlagsSurvive();
};

void TestSnapshot::roundTrip_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"ip-v4.txt", "ip-v6.txt", "ip-table-all.txt", "ip-multipath.txt",
                          "ipjson-v6.json", "win10-en.routeprint.txt", "xp-en.routeprint.txt",
                          "macos.netstat.txt", "freebsd.netstat.txt"})
        QTest::newRow(f) << f;
}

void TestSnapshot::roundTrip() {
    QFETCH(QString, file);
    auto t = importTableFile(testutil::dataPath(("tables/" + file.toStdString()).c_str()),
                             TableFormat::Auto);
    QVERIFY(t.ok());
    Snapshot s{file.toStdString(), "2026-11-22T00:35:13Z", t->table};
    const std::string text = writeSnapshot(s);
    auto back = readSnapshot(text, "snap.json");
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().toString().c_str());
    QCOMPARE(back->source, file.toStdString());
    QCOMPARE(back->taken, std::string("2026-11-22T00:35:13Z"));
    QCOMPARE(back->table.size(), t->table.size());
    for (std::size_t i = 0; i < t->table.size(); ++i)
        QCOMPARE(back->table[i], t->table[i]);
    // and through the generic entry point, detected as a snapshot
    auto viaImport = importTable(text, TableFormat::Auto, "snap.json");
    QVERIFY(viaImport.ok());
    QCOMPARE(viaImport->format, TableFormat::Snapshot);
    QCOMPARE(routeLines(viaImport->table), routeLines(t->table));
}

void TestSnapshot::writesDocumentedShape() {
    RouteTable table;
    Route r;
    r.destination = Prefix::parse("10.0.0.0/8").value();
    r.gateway = IpAddress::parse("192.168.1.1").value();
    r.interface = "eth0";
    r.metric = 5;
    table.add(r);
    auto j = nlohmann::json::parse(writeSnapshot({"laptop", "", table}));
    QCOMPARE(j["format"].get<std::string>(), std::string("splitroute-snapshot"));
    QCOMPARE(j["version"].get<int>(), 1);
    QCOMPARE(j["source"].get<std::string>(), std::string("laptop"));
    QVERIFY(!j.contains("taken")); // optional: left out when unknown
    QCOMPARE(j["routes"].size(), std::size_t(1));
    QCOMPARE(j["routes"][0]["destination"].get<std::string>(), std::string("10.0.0.0/8"));
    QCOMPARE(j["routes"][0]["gateway"].get<std::string>(), std::string("192.168.1.1"));
    QCOMPARE(j["routes"][0]["interface"].get<std::string>(), std::string("eth0"));
    QCOMPARE(j["routes"][0]["metric"].get<int>(), 5);
    QCOMPARE(j["routes"][0]["table"].get<std::string>(), std::string("main"));
    QCOMPARE(j["routes"][0]["type"].get<std::string>(), std::string("unicast"));
    QCOMPARE(j["routes"][0]["protocol"].get<std::string>(), std::string("unspec"));
}

void TestSnapshot::strictErrors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    const QString head =
        "{\"format\": \"splitroute-snapshot\", \"version\": 1, \"source\": \"x\",\n";
    QTest::newRow("invalid JSON") << "{\"format\": \"splitroute-snapshot\",\n  \"version\": 1,,}"
                                  << "s.json:2:16"
                                  << "invalid JSON";
    QTest::newRow("not an object") << "[]"
                                   << "s.json:1:1"
                                   << "expected a JSON object";
    QTest::newRow("wrong format") << "{\"format\": \"other\", \"version\": 1, \"routes\": []}"
                                  << "s.json:1:12"
                                  << "'format'";
    QTest::newRow("newer version")
        << "{\"format\": \"splitroute-snapshot\", \"version\": 2, \"routes\": []}"
        << "s.json:1:46"
        << "version 2 is not supported";
    QTest::newRow("unknown field") << head + "\"routes\": [], \"extra\": 1}"
                                   << "s.json:2:15"
                                   << "unknown field 'extra'";
    QTest::newRow("routes missing") << head + "\"taken\": \"now\"}"
                                    << "s.json:1:1"
                                    << "'routes'";
    QTest::newRow("bad route located at its line")
        << head + "\"routes\": [\n  {\"destination\": \"10.0.0.0/8\"},\n    {\"destination\": "
                  "\"10.0.0.1/8\"}\n]}"
        << "s.json:4:21"
        << "route 2";
    QTest::newRow("unknown route field")
        << head + "\"routes\": [{\"destination\": \"10.0.0.0/8\", \"colour\": \"red\"}]}"
        << "s.json:2:42"
        << "unknown field";
    QTest::newRow("taken not a string") << head + "\"taken\": 5, \"routes\": []}"
                                        << "s.json:2:10"
                                        << "'taken'";
}

void TestSnapshot::strictErrors() {
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    const QByteArray bytes = text.toUtf8();
    auto s = readSnapshot(std::string_view(bytes.constData(), bytes.size()), "s.json");
    QVERIFY(!s.ok());
    QCOMPARE(QString::fromStdString(s.error().where.toString()), where);
    QVERIFY2(QString::fromStdString(s.error().message).contains(messagePart),
             s.error().message.c_str());
}

void TestSnapshot::emptySnapshotIsATable() {
    auto t = importTable("{\"format\": \"splitroute-snapshot\", \"version\": 1, \"routes\": []}",
                         TableFormat::Snapshot, "e.json");
    QVERIFY(t.ok());
    QVERIFY(t->table.empty());
}

void TestSnapshot::routeAndNextHopFlagsSurvive() {
    // onlink / linkdown / dead on routes and next hops are kept through RouteJson.
    auto t = importTable("10.0.0.0/8 via 10.1.1.1 dev eth0 onlink linkdown dead\n"
                         "default proto static\n"
                         "\tnexthop via 10.1.1.1 dev eth0 weight 1 onlink dead\n"
                         "\tnexthop via 10.2.2.2 dev eth1 weight 1 linkdown\n",
                         TableFormat::IpRoute, "f");
    QVERIFY(t.ok());
    QCOMPARE(t->table.size(), std::size_t(2));
    QCOMPARE(int(t->table[0].flags),
             int(routeflag::OnLink | routeflag::LinkDown | routeflag::Dead));
    QCOMPARE(int(t->table[1].nexthops[0].flags), int(routeflag::OnLink | routeflag::Dead));
    QCOMPARE(int(t->table[1].nexthops[1].flags), int(routeflag::LinkDown));
    auto back = readSnapshot(writeSnapshot({"f", "", t->table}), "s");
    QVERIFY(back.ok());
    QCOMPARE(back->table[0], t->table[0]);
    QCOMPARE(back->table[1], t->table[1]);
}

QTEST_APPLESS_MAIN(TestSnapshot)
#include "TestSnapshot.moc"
