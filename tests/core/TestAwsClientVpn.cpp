// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/vpn/AwsClientVpn.h"
#include "core/vpn/ProfileParser.h"

#include <QStringList>

using namespace splitroute::core;

namespace {

QStringList options(const PushReply& r) {
    QStringList out;
    for (const auto& o : r.options)
        out << QString::fromStdString(o);
    return out;
}

QStringList codes(const std::vector<Diagnostic>& ds) {
    QStringList out;
    for (const auto& d : ds)
        out << QString::fromStdString(d.code);
    return out;
}

AwsClientVpnEndpoint endpoint(const char* file, std::size_t index) {
    auto eps = parseAwsEndpoints(testutil::readData(file), file);
    if (!eps || eps->size() <= index)
        qFatal("bad test data %s", file);
    return (*eps)[index];
}

std::vector<AwsClientVpnRoute> routes(const char* file) {
    auto r = parseAwsRoutes(testutil::readData(file), file);
    if (!r)
        qFatal("bad test data %s: %s", file, r.error().toString().c_str());
    return *r;
}

} // namespace

class TestAwsClientVpn : public QObject {
    Q_OBJECT
private slots:
    void readEndpoints();
    void readRoutes();
    void badShapes_data();
    void badShapes();
    void fullTunnel();
    void splitTunnel();
    void splitWithDefaultRoute();
    void enforcementAndStatus();
    void applyToAwsProfile();
};

void TestAwsClientVpn::readEndpoints() {
    auto eps = parseAwsEndpoints(testutil::readData("aws/endpoints-split.json"));
    QVERIFY(eps.ok());
    QCOMPARE(eps->size(), std::size_t(2));
    const auto& e = (*eps)[0];
    QCOMPARE(e.id, std::string("cvpn-endpoint-0123456789abcdef0"));
    QVERIFY(e.splitTunnel);
    QCOMPARE(e.statusCode, std::string("available"));
    QCOMPARE(*e.clientCidr, *Prefix::parse("172.16.0.0/22"));
    QCOMPARE(e.dnsServers, (std::vector<std::string>{"10.2.0.2", "10.2.0.3"}));
    QCOMPARE(e.vpnPort, 1194);
    QCOMPARE(e.transportProtocol, std::string("tcp"));
    QCOMPARE(e.authenticationTypes, std::vector<std::string>{"federated-authentication"});
    QVERIFY(!e.routeEnforcement);
    QVERIFY((*eps)[1].routeEnforcement);
    QCOMPARE((*eps)[1].statusMessage, std::string("no target network associated"));
    auto full = parseAwsEndpoints(testutil::readData("aws/endpoints-full-tunnel.json"));
    QVERIFY(full.ok());
    QVERIFY(!(*full)[0].splitTunnel);
    QCOMPARE((*full)[0].vpnPort, 443);
}

void TestAwsClientVpn::readRoutes() {
    auto rs = routes("aws/routes-split.json");
    QCOMPARE(rs.size(), std::size_t(9));
    QCOMPARE(rs[0].destinationCidr, std::string("10.2.0.0/16"));
    QCOMPARE(rs[0].targetSubnet, std::string("subnet-0123456789abcabca"));
    QCOMPARE(rs[0].origin, std::string("associate"));
    QCOMPARE(rs[0].type, std::string("Nat"));
    QCOMPARE(rs[4].statusCode, std::string("failed"));
    QCOMPARE(rs[0].description, std::string("Default Route"));
}

void TestAwsClientVpn::badShapes_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isEndpoints");
    QTest::addColumn<QString>("message");
    QTest::newRow("string for boolean") << "aws/endpoints-wrong-type.json" << true
                                        << "ClientVpnEndpoints[0].SplitTunnel: expected a boolean, "
                                           "got a string";
    QTest::newRow("endpoints file given as routes")
        << "aws/endpoints-full-tunnel.json" << false << "no \"Routes\" array";
    QTest::newRow("routes file given as endpoints")
        << "aws/routes-split.json" << true << "no \"ClientVpnEndpoints\" array";
    QTest::newRow("other command output")
        << "aws/routes-wrong-shape.json" << false << "no \"Routes\" array";
    QTest::newRow("syntax error") << "aws/routes-not-json.json" << false << "invalid JSON";
}

void TestAwsClientVpn::badShapes() {
    QFETCH(QString, file);
    QFETCH(bool, isEndpoints);
    QFETCH(QString, message);
    const std::string text = testutil::readData(file.toUtf8().constData());
    Error err;
    if (isEndpoints) {
        auto r = parseAwsEndpoints(text, "f.json");
        QVERIFY(!r.ok());
        err = r.error();
    } else {
        auto r = parseAwsRoutes(text, "f.json");
        QVERIFY(!r.ok());
        err = r.error();
    }
    QVERIFY2(QString::fromStdString(err.message).contains(message), err.message.c_str());
    QCOMPARE(err.where.file, std::string("f.json"));
    if (message == "invalid JSON") {
        QCOMPARE(err.where.line, 3);
        QCOMPARE(err.where.column, 39);
    }
}

void TestAwsClientVpn::fullTunnel() {
    auto push = deriveAwsPush(endpoint("aws/endpoints-full-tunnel.json", 0),
                              routes("aws/routes-full-tunnel.json"));
    QCOMPARE(options(push.reply), (QStringList{"redirect-gateway def1 bypass-dhcp",
                                               "dhcp-option DNS 8.8.8.8", "topology subnet"}));
    QCOMPARE(push.pushed.size(), std::size_t(2));
    QVERIFY(codes(push.diagnostics).contains("aws-full-tunnel-routes"));
    QVERIFY(!codes(push.diagnostics).contains("aws-route-enforcement"));
    QVERIFY(!codes(push.diagnostics).contains("aws-default-route-split"));
}

void TestAwsClientVpn::splitTunnel() {
    auto push =
        deriveAwsPush(endpoint("aws/endpoints-split.json", 0), routes("aws/routes-split.json"));
    QCOMPARE(options(push.reply),
             (QStringList{"dhcp-option DNS 10.2.0.2", "dhcp-option DNS 10.2.0.3",
                          "route 10.2.0.0 255.255.0.0", "route 10.1.0.0 255.255.0.0",
                          "route-ipv6 2600:1f18:abcd::/56", "topology subnet"}));
    // duplicates (2), failed, deleting, creating, other endpoint
    QCOMPARE(push.skipped.size(), std::size_t(6));
    QVERIFY(codes(push.diagnostics).contains("aws-route-not-active")); // the creating one
    QVERIFY(!codes(push.diagnostics).contains("aws-endpoint-unavailable"));
}

void TestAwsClientVpn::splitWithDefaultRoute() {
    auto push = deriveAwsPush(endpoint("aws/endpoints-split.json", 0),
                              routes("aws/routes-default-split.json"));
    QVERIFY(options(push.reply).contains("route 0.0.0.0 0.0.0.0"));
    QVERIFY(codes(push.diagnostics).contains("aws-default-route-split"));
}

void TestAwsClientVpn::enforcementAndStatus() {
    auto push =
        deriveAwsPush(endpoint("aws/endpoints-split.json", 1), routes("aws/routes-split.json"));
    const QStringList c = codes(push.diagnostics);
    QVERIFY(c.contains("aws-route-enforcement"));
    QVERIFY(c.contains("aws-endpoint-unavailable"));
    bool found = false;
    for (const auto& d : push.diagnostics)
        if (d.code == "aws-route-enforcement")
            found = d.message.find("the AWS client will revert manual route changes") !=
                    std::string::npos;
    QVERIFY(found);
    QCOMPARE(options(push.reply), (QStringList{"route 10.99.0.0 255.255.0.0", "topology subnet"}));
}

void TestAwsClientVpn::applyToAwsProfile() {
    auto profile = parseProfileFile(testutil::dataPath("ovpn/aws-saml.ovpn"));
    QVERIFY(profile.ok());
    QVERIFY(profile->aws);
    QCOMPARE(profile->awsEndpointId, std::string("cvpn-endpoint-0123456789abcdef0"));
    auto push =
        deriveAwsPush(endpoint("aws/endpoints-split.json", 0), routes("aws/routes-split.json"));
    auto res = applyPushReply(*profile, push.reply);
    QVERIFY(!res.rejected);
    QCOMPARE(res.effective.routes.size(), std::size_t(2));
    QCOMPARE(res.effective.routes6.size(), std::size_t(1));
    QCOMPARE(res.effective.topology, Topology::Subnet);
    QVERIFY(!res.effective.redirect);
    for (const auto& i : res.items)
        QCOMPARE(i.fate, PushFate::Accepted);
}

QTEST_APPLESS_MAIN(TestAwsClientVpn)
#include "TestAwsClientVpn.moc"
