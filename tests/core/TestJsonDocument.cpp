// SPDX-License-Identifier: GPL-3.0-or-later
// JsonDocument, the one JSON reader: paths, locating values and member names, syntax errors,
// duplicate keys; and each JSON input read through it (policy, plan, snapshot, AWS) reports
// file:line:column at the offending value.

#include "TestUtil.h"

#include "core/JsonDocument.h"
#include "core/import/Snapshot.h"
#include "core/plan/Planner.h"
#include "core/plan/SplitPolicy.h"
#include "core/vpn/AwsClientVpn.h"

#include <QTest>

using namespace splitroute::core;

class TestJsonDocument : public QObject {
    Q_OBJECT
private slots:
    void pathText();
    void locate_data();
    void locate();
    void syntaxError();
    void duplicateKey();
    void byteOrderMarkAndUtf8Columns();
    void inputsPointAtTheValue_data();
    void inputsPointAtTheValue();
};

void TestJsonDocument::pathText() {
    const JsonPath p = JsonPath().key("rules").index(2).key("mode");
    QCOMPARE(QString::fromStdString(p.toString()), QString("rules[2].mode"));
    QCOMPARE(QString::fromStdString(JsonPath().toString()), QString("(top)"));
    QCOMPARE(QString::fromStdString(JsonPath::fromString("rules[2].mode").toString()),
             QString("rules[2].mode"));
    QCOMPARE(JsonPath::fromString("a[3].b").steps().size(), std::size_t(3));
    QVERIFY(std::holds_alternative<std::size_t>(JsonPath::fromString("a[3].b").steps()[1]));
    QVERIFY(JsonPath::fromString("").isRoot());
}

void TestJsonDocument::locate_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("key");
    QTest::addColumn<QString>("where");
    QTest::newRow("root") << "" << false << "d.json:1:1";
    QTest::newRow("member value") << "a" << false << "d.json:2:8";
    QTest::newRow("member name") << "a" << true << "d.json:2:3";
    QTest::newRow("array element") << "b[1]" << false << "d.json:3:15";
    QTest::newRow("deep") << "b[2].c" << false << "d.json:5:10";
    QTest::newRow("deep name") << "b[2].c" << true << "d.json:5:5";
    QTest::newRow("missing member: its object") << "b[2].zz" << false << "d.json:4:4";
    QTest::newRow("missing element: its array") << "b[9]" << false << "d.json:3:8";
    QTest::newRow("escaped name") << "e\"q" << false << "d.json:6:11";
    QTest::newRow("last of equal names") << "dup" << false << "d.json:7:20";
}

void TestJsonDocument::locate() {
    QFETCH(QString, path);
    QFETCH(bool, key);
    QFETCH(QString, where);
    static const std::string text = "{\n"
                                    "  \"a\": 1,\n"
                                    "  \"b\": [true, \"x\",\n"
                                    "   {\n"
                                    "    \"c\": null}],\n"
                                    "  \"e\\\"q\": [],\n"
                                    "  \"dup\": 1, \"dup\": 2}\n";
    auto doc = JsonDocument::parse(text, "d.json");
    QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error().toString().c_str());
    JsonPath p;
    if (path == "e\"q")
        p = p.key("e\"q");
    else
        p = JsonPath::fromString(path.toStdString());
    const SourceLocation at = key ? doc->locateKey(p) : doc->locate(p);
    QCOMPARE(QString::fromStdString(at.toString()), where);
}

void TestJsonDocument::syntaxError() {
    auto doc = JsonDocument::parse("{\n  \"a\": [1, 2,,]\n}", "s.json");
    QVERIFY(!doc.ok());
    QCOMPARE(QString::fromStdString(doc.error().where.toString()), QString("s.json:2:14"));
    QVERIFY(doc.error().message.starts_with("invalid JSON: "));
    auto empty = JsonDocument::parse("", "e.json");
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().where.line, 1);
}

void TestJsonDocument::duplicateKey() {
    const std::string text = "{\"a\": {\"x\": 1,\n        \"x\": 2}}";
    QVERIFY(JsonDocument::parse(text, "d.json").ok()); // allowed unless asked
    auto doc = JsonDocument::parse(text, "d.json", {.rejectDuplicateKeys = true});
    QVERIFY(!doc.ok());
    QCOMPARE(QString::fromStdString(doc.error().toString()),
             QString("d.json:2:9: duplicate field \"x\""));
    // The same name in different objects is no duplicate.
    QVERIFY(JsonDocument::parse("[{\"x\": 1}, {\"x\": 2}]", "d.json", {.rejectDuplicateKeys = true})
                .ok());
}

void TestJsonDocument::byteOrderMarkAndUtf8Columns() {
    // Columns count characters, as an editor shows them.
    const std::string text = "\xEF\xBB\xBF{\"\xE6\x97\xA5\xE6\x9C\xAC\": \"v\"}";
    auto doc = JsonDocument::parse(text, "u.json");
    QVERIFY(doc.ok());
    QCOMPARE(doc->locate(JsonPath().key("\xE6\x97\xA5\xE6\x9C\xAC")).column, 9);
}

namespace {
std::string lines(std::initializer_list<const char*> ls) {
    std::string out;
    for (const char* l : ls)
        out += std::string(l) + "\n";
    return out;
}
} // namespace

void TestJsonDocument::inputsPointAtTheValue_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    const std::string policyHead = "{\"format\": \"splitroute-policy\", \"version\": 1,\n"
                                   " \"other\": \"tunnel\",\n"
                                   " \"rules\": [\n";
    QTest::newRow("policy: bad mode")
        << "policy"
        << QString::fromStdString(policyHead +
                                  "  {\"network\": \"10.0.0.0/8\", \"mode\": \"tunnel\"},\n"
                                  "  {\"network\": \"10.1.0.0/16\",\n"
                                  "   \"mode\": \"skip\"}]}")
        << "p.json:6:12"
        << "rules[1].mode: expected";
    QTest::newRow("policy: unknown rule field")
        << "policy"
        << QString::fromStdString(
               policyHead + "  {\"network\": \"10.0.0.0/8\", \"mode\": \"tunnel\", \"via\": 1}]}")
        << "p.json:4:47"
        << "rules[0].via: unknown field";
    QTest::newRow("policy: non-canonical network")
        << "policy"
        << QString::fromStdString(policyHead +
                                  "  {\"network\": \"10.1.2.3/8\", \"mode\": \"tunnel\"}]}")
        << "p.json:4:15"
        << "rules[0].network: ";
    QTest::newRow("policy: missing mode: the rule")
        << "policy" << QString::fromStdString(policyHead + "\n   {\"network\": \"10.0.0.0/8\"}]}")
        << "p.json:5:4"
        << "rules[0].mode: required";
    QTest::newRow("policy: other") << "policy"
                                   << "{\"format\": \"splitroute-policy\", \"version\": 1,\n "
                                      "\"other\": \"maybe\", \"rules\": []}"
                                   << "p.json:2:11"
                                   << "other: expected";
    QTest::newRow("policy: duplicate field")
        << "policy"
        << "{\"format\": \"splitroute-policy\", \"version\": 1,\n \"other\": \"local\", \"other\": "
           "\"tunnel\", \"rules\": []}"
        << "p.json:2:20"
        << "duplicate field \"other\"";

    // A snapshot as --save-snapshot writes it: the bad gateway is on line 16.
    const std::string snapshot = lines({"{",                                      // 1
                                        "  \"format\": \"splitroute-snapshot\",", // 2
                                        "  \"version\": 1,",                      // 3
                                        "  \"source\": \"laptop\",",              // 4
                                        "  \"routes\": [",                        // 5
                                        "    {",                                  // 6
                                        "      \"destination\": \"0.0.0.0/0\",",  // 7
                                        "      \"gateway\": \"192.168.1.1\",",    // 8
                                        "      \"interface\": \"wlan0\",",        // 9
                                        "      \"metric\": 600",                  // 10
                                        "    },",                                 // 11
                                        "    {",                                  // 12
                                        "      \"destination\": \"10.0.0.0/8\",", // 13
                                        "      \"interface\": \"tun0\",",         // 14
                                        "      \"metric\": 0,",                   // 15
                                        "      \"gateway\": \"10.8.0.300\"",      // 16
                                        "    }",                                  // 17
                                        "  ]",                                    // 18
                                        "}"});
    QTest::newRow("snapshot: bad field on line 16")
        << "snapshot" << QString::fromStdString(snapshot) << "s.json:16:18"
        << "route 2: field 'gateway'";
    QTest::newRow("snapshot: top-level unknown field")
        << "snapshot"
        << "{\"format\": \"splitroute-snapshot\", \"version\": 1,\n  \"routes\": [],\n  \"extra\": "
           "1}"
        << "s.json:3:3"
        << "unknown field 'extra'";
    QTest::newRow("snapshot: unknown route field: its name")
        << "snapshot"
        << "{\"format\": \"splitroute-snapshot\", \"version\": 1, \"routes\": [\n"
           "  {\"destination\": \"10.0.0.0/8\",\n   \"colour\": \"red\"}]}"
        << "s.json:3:4"
        << "field 'colour': unknown field";

    const std::string plan =
        lines({"{\"format\": \"splitroute-plan\", \"version\": 1, \"tunnelDevice\": \"tun0\",", // 1
               " \"changes\": [",                                                               // 2
               "  {\"op\": \"add\", \"route\": {\"destination\": \"10.0.0.0/8\"}},",            // 3
               "  {\"op\": \"add\",",                                                           // 4
               "   \"route\": {\"destination\": \"10.1.0.0/16\", \"metric\": -1}}]}"});         // 5
    QTest::newRow("plan: bad route field in change 2")
        << "plan" << QString::fromStdString(plan) << "f.json:5:54"
        << "change 2: field 'metric'";
    QTest::newRow("plan: bad op")
        << "plan"
        << "{\"format\": \"splitroute-plan\", \"version\": 1,\n \"changes\": [{\"op\": \"move\"}]}"
        << "f.json:2:21"
        << "field 'op'";
    QTest::newRow("plan: unknown top-level field")
        << "plan"
        << "{\"format\": \"splitroute-plan\", \"version\": 1, \"changes\": [],\n \"x\": 1}"
        << "f.json:2:2"
        << "x: unknown field";
    QTest::newRow("plan: tunnelDevice type") << "plan"
                                             << "{\"format\": \"splitroute-plan\", \"version\": 1, "
                                                "\"changes\": [],\n \"tunnelDevice\": 5}"
                                             << "f.json:2:18"
                                             << "tunnelDevice: expected a string";
    QTest::newRow("plan: syntax") << "plan"
                                  << "{\"format\": \"splitroute-plan\",\n\n  ]"
                                  << "f.json:3:3"
                                  << "invalid JSON";

    QTest::newRow("aws endpoints: wrong type")
        << "aws-endpoints"
        << "{\"ClientVpnEndpoints\": [\n  {\"ClientVpnEndpointId\": \"cvpn-1\",\n   "
           "\"SplitTunnel\": \"true\"}]}"
        << "a.json:3:19"
        << "ClientVpnEndpoints[0].SplitTunnel: expected a boolean";
    QTest::newRow("aws endpoints: bad DNS server")
        << "aws-endpoints"
        << "{\"ClientVpnEndpoints\": [{\"ClientVpnEndpointId\": \"cvpn-1\",\n   \"DnsServers\": "
           "[\"8.8.8.8\", \"dns\"]}]}"
        << "a.json:2:30"
        << "ClientVpnEndpoints[0].DnsServers[1]: not an IP address";
    QTest::newRow("aws routes: bad CIDR")
        << "aws-routes"
        << "{\"Routes\": [\n {\"DestinationCidr\": \"10.0.0.0/8\"},\n {\"DestinationCidr\": "
           "\"10.0.0.300/8\"}]}"
        << "a.json:3:22"
        << "Routes[1].DestinationCidr: ";
    QTest::newRow("aws routes: missing CIDR: the route")
        << "aws-routes"
        << "{\"Routes\": [\n  {\"Type\": \"Nat\"}]}"
        << "a.json:2:3"
        << "Routes[0].DestinationCidr: missing";
}

void TestJsonDocument::inputsPointAtTheValue() {
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    const QByteArray bytes = text.toUtf8();
    const std::string_view t(bytes.constData(), bytes.size());
    Error err;
    if (kind == "policy") {
        auto r = SplitPolicy::parse(t, "p.json");
        QVERIFY(!r.ok());
        err = r.error();
    } else if (kind == "snapshot") {
        auto r = readSnapshot(t, "s.json");
        QVERIFY(!r.ok());
        err = r.error();
    } else if (kind == "plan") {
        auto r = parsePlan(t, "f.json");
        QVERIFY(!r.ok());
        err = r.error();
    } else if (kind == "aws-endpoints") {
        auto r = parseAwsEndpoints(t, "a.json");
        QVERIFY(!r.ok());
        err = r.error();
    } else {
        auto r = parseAwsRoutes(t, "a.json");
        QVERIFY(!r.ok());
        err = r.error();
    }
    const QString got = QString::fromStdString(err.toString());
    QVERIFY2(got.startsWith(where + ": "), qPrintable(got));
    QVERIFY2(got.contains(messagePart), qPrintable(got));
}

QTEST_APPLESS_MAIN(TestJsonDocument)
#include "TestJsonDocument.moc"
