// SplitPolicy: the strict reader (errors with JSON paths and line/column), the writer's
// round trip, and the starting point built from a table and a profile.

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/plan/SplitPolicy.h"

#include <QTest>

using namespace splitroute::core;

class TestSplitPolicy : public QObject {
    Q_OBJECT
private slots:
    void readsFile();
    void roundTrip();
    void errors_data();
    void errors();
    void syntaxErrorLocation();
    void fromProfileAndTable();
};

void TestSplitPolicy::readsFile() {
    auto p = SplitPolicy::parse(testutil::readData("policy/home.json"), "home.json");
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().toString().c_str());
    QCOMPARE(p->other, OtherTraffic::Tunnel);
    QCOMPARE(p->rules.size(), std::size_t{4});
    QCOMPARE(p->rules[0].network->toString(), std::string("192.168.1.0/24"));
    QCOMPARE(p->rules[0].label, std::string("Home LAN"));
    QCOMPARE(p->rules[0].mode, RuleMode::Bypass);
    QVERIFY(!p->rules[1].network);
    QCOMPARE(p->rules[1].host, std::string("meet.example.com"));
    QCOMPARE(p->rules[2].mode, RuleMode::AsPushed);
    QCOMPARE(p->rules[3].network->family(), Family::V6);
    QCOMPARE(p->rules[3].mode, RuleMode::Tunnel);
}

void TestSplitPolicy::roundTrip() {
    auto p = SplitPolicy::parse(testutil::readData("policy/home.json"));
    QVERIFY(p.ok());
    const std::string text = p->serialize();
    auto q = SplitPolicy::parse(text);
    QVERIFY(q.ok());
    QVERIFY(*p == *q);
    QCOMPARE(q->serialize(), text);
    QVERIFY(text.find("\"format\": \"splitroute-policy\"") != std::string::npos);
}

void TestSplitPolicy::errors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString head = R"("format":"splitroute-policy","version":1,)";
    QTest::newRow("not an object") << "[]"
                                   << "a policy must be a JSON object";
    QTest::newRow("wrong format") << R"({"format":"x","version":1,"other":"tunnel","rules":[]})"
                                  << "format: required";
    QTest::newRow("future version")
        << R"({"format":"splitroute-policy","version":2,"other":"tunnel","rules":[]})"
        << "version: 2 is not supported";
    QTest::newRow("unknown top field") << "{" + head + R"("other":"tunnel","rules":[],"x":1})"
                                       << "x: unknown field";
    QTest::newRow("bad other") << "{" + head + R"("other":"vpn","rules":[]})"
                               << "other: expected \"tunnel\" or \"local\"";
    QTest::newRow("missing rules") << "{" + head + R"("other":"local"})"
                                   << "rules: required";
    QTest::newRow("bad mode")
        << "{" + head + R"("other":"local","rules":[{"network":"10.0.0.0/8","mode":"skip"}]})"
        << "rules[0].mode: expected";
    QTest::newRow("missing mode") << "{" + head +
                                         R"("other":"local","rules":[{"network":"10.0.0.0/8"}]})"
                                  << "rules[0].mode: required";
    QTest::newRow("host bits")
        << "{" + head +
               R"("other":"local","rules":[{"network":"10.0.0.0/8","mode":"tunnel"},{"network":"10.1.2.3/16","mode":"tunnel"}]})"
        << "rules[1].network: ";
    QTest::newRow("non-canonical")
        << "{" + head + R"("other":"local","rules":[{"network":"2001:DB8::/32","mode":"tunnel"}]})"
        << "rules[0].network: not canonical; write 2001:db8::/32";
    QTest::newRow("both network and host")
        << "{" + head +
               R"("other":"local","rules":[{"network":"10.0.0.0/8","host":"a.example","mode":"tunnel"}]})"
        << "rules[0]: give exactly one of";
    QTest::newRow("address as host")
        << "{" + head + R"("other":"local","rules":[{"host":"10.0.0.1","mode":"tunnel"}]})"
        << "rules[0].host: an address belongs in \"network\"";
    QTest::newRow("bad host") << "{" + head +
                                     R"("other":"local","rules":[{"host":"a b","mode":"tunnel"}]})"
                              << "rules[0].host: not a valid host name";
    QTest::newRow("unknown rule field")
        << "{" + head +
               R"("other":"local","rules":[{"network":"10.0.0.0/8","mode":"tunnel","via":"x"}]})"
        << "rules[0].via: unknown field";
    QTest::newRow("label type")
        << "{" + head +
               R"("other":"local","rules":[{"network":"10.0.0.0/8","mode":"tunnel","label":5}]})"
        << "rules[0].label: expected a string";
    QTest::newRow("duplicate key") << "{" + head + R"("other":"local","other":"tunnel","rules":[]})"
                                   << "duplicate field \"other\"";
}

void TestSplitPolicy::errors() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto p = SplitPolicy::parse(text.toStdString(), "p.json");
    QVERIFY(!p.ok());
    const QString got = QString::fromStdString(p.error().toString());
    QVERIFY2(got.contains(message), qPrintable(got));
    QVERIFY2(got.startsWith("p.json"), qPrintable(got));
}

void TestSplitPolicy::syntaxErrorLocation() {
    auto p = SplitPolicy::parse("{\n  \"format\": \"splitroute-policy\",\n  \"version\": 1,,\n}",
                                "bad.json");
    QVERIFY(!p.ok());
    QCOMPARE(p.error().where.file, std::string("bad.json"));
    QCOMPARE(p.error().where.line, 3);
    QCOMPARE(p.error().where.column, 16);
}

void TestSplitPolicy::fromProfileAndTable() {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    QVERIFY(t.ok());
    VpnProfile profile;
    ProfileRoute pr;
    pr.network = "172.16.5.0";
    pr.prefix = *Prefix::parse("172.16.5.0/24");
    pr.text = "route 172.16.5.0 255.255.255.0";
    profile.routes.push_back(pr);
    const SplitPolicy p = SplitPolicy::fromProfileAndTable(&profile, *t);
    QCOMPARE(p.other, OtherTraffic::Tunnel);
    QStringList targets;
    for (const auto& r : p.rules) {
        QCOMPARE(r.mode, RuleMode::AsPushed);
        targets << QString::fromStdString(r.target());
    }
    // Override per family, the profile's route, the table's pushed route (not the kernel
    // subnet of the tunnel).
    QCOMPARE(targets, (QStringList{"0.0.0.0/0", "::/0", "172.16.5.0/24", "10.20.0.0/16"}));
    // The starting point is itself a valid policy file.
    auto back = SplitPolicy::parse(p.serialize());
    QVERIFY(back.ok());
    QVERIFY(*back == p);
}

QTEST_APPLESS_MAIN(TestSplitPolicy)
#include "TestSplitPolicy.moc"
