// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "TestUtil.h"

#include <nlohmann/json.hpp>

#include <QStringList>

using nlohmann::json;

namespace {
using clitest::cli;
using clitest::Run;

QString data(const char* rel) {
    return QString::fromStdString(testutil::dataPath(rel));
}

QString dump(const json& v) {
    return QString::fromStdString(v.dump());
}

json parse(const Run& r) {
    return json::parse(r.out.toStdString(), nullptr, false);
}

} // namespace

class TestCliProfile : public QObject {
    Q_OBJECT
private slots:
    void profileJson();
    void profileText();
    void pushLog();
    void pushReplyFilters_data();
    void pushReplyFilters();
    void fatalExit_data();
    void fatalExit();
    void usageErrors();
    void server();
    void aws();
    void awsErrors();
};

void TestCliProfile::profileJson() {
    Run r = cli({"profile", data("ovpn/net-gateway-exclusions.ovpn"), "--json"});
    QCOMPARE(r.code, 0);
    json j = parse(r);
    QVERIFY(!j.is_discarded());
    QCOMPARE(j["profile"]["routes"].size(), std::size_t(3));
    QCOMPARE(dump(j["profile"]["routes"][0]["gatewayKind"]), dump(json("net_gateway")));
    QCOMPARE(dump(j["profile"]["redirectGateway"]["def1"]), dump(json(true)));
    QVERIFY(j["push"].is_null());
    QVERIFY(j["effective"].is_null());
    QCOMPARE(dump(j["errors"]), dump(json(0)));
    QCOMPARE(j["removed"].size(), std::size_t(0));
}

void TestCliProfile::profileText() {
    Run r = cli({"profile", data("ovpn/scripts-untrusted.ovpn")});
    QCOMPARE(r.code, 0); // warnings only
    QVERIFY(r.out.contains("warning [script-option]"));
    QVERIFY(r.out.contains("scripts-untrusted.ovpn:5:1"));
    Run e = cli({"profile", data("ovpn/broken-unknown-redirect-flag.ovpn")});
    QCOMPARE(e.code, 1); // an error diagnostic, but the file was read
    QVERIFY(e.out.contains("unknown --redirect-gateway flag: bypass-dnss"));
}

void TestCliProfile::pushLog() {
    Run r = cli({"profile", data("ovpn/pull-filter-ignore-redirect.ovpn"), "--push-log",
                 data("ovpn/logs/client-split.log"), "--json"});
    QCOMPARE(r.code, 0);
    json j = parse(r);
    QCOMPARE(dump(j["push"]["messages"]), dump(json(2)));
    QCOMPARE(dump(j["push"]["complete"]), dump(json(true)));
    QCOMPARE(j["push"]["items"].size(), std::size_t(14));
    QCOMPARE(j["removed"].size(), std::size_t(2)); // redirect-gateway and dhcp-option DNS
    QCOMPARE(dump(j["removed"][0]["fate"]), dump(json("ignored-by-filter")));
    QCOMPARE(dump(j["removed"][0]["filter"]["text"]), dump(json("redirect-gateway")));
    QCOMPARE(dump(j["removed"][0]["filter"]["line"]), dump(json(5)));
    QCOMPARE(dump(j["removed"][1]["text"]), dump(json("dhcp-option DNS 10.20.0.53")));
    QVERIFY(j["effective"]["redirectGateway"].is_null());
    // config route (net_gateway) + pushed 10.20/16 and 10.30/16
    QCOMPARE(j["effective"]["routes"].size(), std::size_t(3));
    QCOMPARE(dump(j["effective"]["routes"][2]["prefix"]), dump(json("10.30.0.0/16")));
    QCOMPARE(dump(j["effective"]["routes"][2]["origin"]), dump(json("pushed")));
    QCOMPARE(j["effective"]["routesIpv6"].size(), std::size_t(1));
    QCOMPARE(dump(j["effective"]["topology"]), dump(json("subnet")));
}

void TestCliProfile::pushReplyFilters_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("push");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("fates");
    QTest::newRow("route-nopull") << "ovpn/route-nopull-split.ovpn"
                                  << "PUSH_REPLY,route 10.0.0.0 255.0.0.0,dhcp-option DNS 1.1.1.1,"
                                     "route-gateway 10.8.0.1"
                                  << 0
                                  << QStringList{"refused-by-route-nopull",
                                                 "refused-by-route-nopull", "accepted"};
    QTest::newRow("accept chain") << "ovpn/pull-filter-accept-chain.ovpn"
                                  << "PUSH_REPLY,route 10.1.0.0 255.255.0.0,route 192.168.0.0 "
                                     "255.255.0.0,route-ipv6 ::/0,route-gateway 10.8.0.1"
                                  << 0
                                  << QStringList{"accepted", "ignored-by-filter",
                                                 "ignored-by-filter", "accepted"};
    QTest::newRow("reject") << "ovpn/pull-filter-reject.ovpn"
                            << "PUSH_REPLY,redirect-gateway def1,ping 10" << 1
                            << QStringList{"rejected-by-filter", "not-processed"};
}

void TestCliProfile::pushReplyFilters() {
    QFETCH(QString, profile);
    QFETCH(QString, push);
    QFETCH(int, exitCode);
    QFETCH(QStringList, fates);
    Run r = cli({"profile", data(profile.toUtf8().constData()), "--push-reply", push, "--json"});
    QCOMPARE(r.code, exitCode);
    json j = parse(r);
    QStringList got;
    for (const auto& i : j["push"]["items"])
        got << QString::fromStdString(i["fate"].get<std::string>());
    QCOMPARE(got, fates);
}

void TestCliProfile::fatalExit_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");
    QTest::newRow("missing end tag") << "ovpn/broken-missing-endtag.ovpn"
                                     << ":4:1: Endtag </ca>";
    QTest::newRow("bad backslash") << "ovpn/broken-bad-backslash.ovpn"
                                   << ":4:6: Bad backslash";
    QTest::newRow("unterminated quote") << "ovpn/broken-unterminated-quote.ovpn"
                                        << ":3:8: No closing quotation";
}

void TestCliProfile::fatalExit() {
    QFETCH(QString, file);
    QFETCH(QString, location);
    const QString path = data(file.toUtf8().constData());
    Run r = cli({"profile", path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(path + location), qPrintable(r.err));
    Run j = cli({"profile", path, "--json"});
    QCOMPARE(j.code, 2);
    json e = parse(j);
    QCOMPARE(dump(e["error"]["file"]), dump(json(path.toStdString())));
    QVERIFY(e["error"]["line"].get<int>() > 0);
    QVERIFY(e["error"]["column"].get<int>() > 0);
}

void TestCliProfile::usageErrors() {
    QCOMPARE(cli({"profile"}).code, 2);
    QCOMPARE(
        cli({"profile", data("ovpn/basic-client.ovpn"), "--push-log", "x", "--push-reply", "y"})
            .code,
        2);
    QCOMPARE(cli({"profile", "/nonexistent.ovpn"}).code, 2);
    QCOMPARE(
        cli({"profile", data("ovpn/basic-client.ovpn"), "--push-log", "/nonexistent.log"}).code, 2);
    Run noPush = cli(
        {"profile", data("ovpn/basic-client.ovpn"), "--push-log", data("ovpn/basic-client.ovpn")});
    QCOMPARE(noPush.code, 2);
    QVERIFY(noPush.err.contains("PUSH_REPLY"));
}

void TestCliProfile::server() {
    Run r = cli({"server", data("server/site-to-site.conf"), "--json"});
    QCOMPARE(r.code, 1); // a route without iroute and an iroute without route
    json j = parse(r);
    QCOMPARE(dump(j["topology"]), dump(json("subnet")));
    QCOMPARE(j["clients"].size(), std::size_t(5)); // the config's own client-config-dir
    QCOMPARE(dump(j["internalRoutes"][0]["network"]), dump(json("192.168.10.0/24")));
    QCOMPARE(dump(j["internalRoutes"][0]["client"]), dump(json("branch-a")));
    QCOMPARE(dump(j["pushes"][4]), dump(json("route-gateway 10.8.0.1")));
    Run n = cli({"server", data("server/net30.conf"), "--json"});
    QCOMPARE(n.code, 0);
    json k = parse(n);
    QCOMPARE(dump(k["kernelRoutes"][0]["network"]), dump(json("10.9.0.0/24")));
    QCOMPARE(dump(k["kernelRoutes"][0]["implied"]), dump(json(true)));
    QCOMPARE(dump(k["pushes"].back()), dump(json("ping-restart 60")));
    Run t = cli({"server", data("server/site-to-site.conf"), "--ccd", data("server/ccd")});
    QVERIFY(t.out.contains("192.168.10.0/24 -> branch-a"));
}

void TestCliProfile::aws() {
    Run r = cli({"aws", "--endpoints", data("aws/endpoints-full-tunnel.json"), "--routes",
                 data("aws/routes-full-tunnel.json"), "--json"});
    QCOMPARE(r.code, 0);
    json j = parse(r);
    QCOMPARE(dump(j["pushOptions"][0]), dump(json("redirect-gateway def1 bypass-dhcp")));
    QCOMPARE(dump(j["endpoint"]["splitTunnel"]), dump(json(false)));
    Run s = cli({"aws", "--endpoints", data("aws/endpoints-split.json"), "--routes",
                 data("aws/routes-split.json"), "--profile", data("ovpn/aws-saml.ovpn"), "--json"});
    QCOMPARE(s.code, 0);
    json k = parse(s);
    QCOMPARE(dump(k["endpoint"]["id"]),
             dump(json("cvpn-endpoint-0123456789abcdef0"))); // chosen by the profile
    QCOMPARE(k["effective"]["routes"].size(), std::size_t(2));
    QCOMPARE(k["skippedRoutes"].size(), std::size_t(6));
    Run w =
        cli({"aws", "--endpoints", data("aws/endpoints-split.json"), "--routes",
             data("aws/routes-split.json"), "--endpoint-id", "cvpn-endpoint-0fedcba9876543210"});
    QCOMPARE(w.code, 1);
    QVERIFY(w.out.contains("the AWS client will revert manual route changes"));
}

void TestCliProfile::awsErrors() {
    Run several = cli({"aws", "--endpoints", data("aws/endpoints-split.json"), "--routes",
                       data("aws/routes-split.json")});
    QCOMPARE(several.code, 2);
    QVERIFY(several.err.contains("--endpoint-id"));
    Run shape = cli({"aws", "--endpoints", data("aws/endpoints-wrong-type.json"), "--routes",
                     data("aws/routes-split.json")});
    QCOMPARE(shape.code, 2);
    QVERIFY(shape.err.contains("SplitTunnel: expected a boolean"));
    QCOMPARE(cli({"aws", "--endpoints", data("aws/endpoints-split.json")}).code, 2);
}

QTEST_APPLESS_MAIN(TestCliProfile)
#include "TestCliProfile.moc"
