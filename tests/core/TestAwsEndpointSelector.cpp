// SPDX-License-Identifier: GPL-3.0-or-later
// The one AWS Client VPN endpoint selector (window, `aws`, `check`): by id, by the profile's DNS
// name, by the profile's endpoint id, the only one — and errors that name the candidates.

#include "TestUtil.h"

#include "core/vpn/AwsEndpointSelector.h"
#include "core/vpn/ProfileParser.h"

using namespace splitroute::core;

Q_DECLARE_METATYPE(splitroute::core::AwsEndpointMatch)
Q_DECLARE_METATYPE(splitroute::core::ErrorCode)

namespace {

constexpr const char* kFirst = "cvpn-endpoint-0123456789abcdef0";
constexpr const char* kSecond = "cvpn-endpoint-0fedcba9876543210";

std::vector<AwsClientVpnEndpoint> endpoints(const char* file) {
    auto eps = parseAwsEndpoints(testutil::readData(file), file);
    if (!eps)
        qFatal("bad test data %s", file);
    return *eps;
}

VpnProfile profileWithRemote(const QString& host) {
    const std::string text = "client\ndev tun\nremote " + host.toStdString() + " 443\n";
    auto p = parseProfile(text, "aws.ovpn");
    if (!p)
        qFatal("bad test profile");
    return *p;
}

} // namespace

class TestAwsEndpointSelector : public QObject {
    Q_OBJECT
private slots:
    void dnsMatch_data();
    void dnsMatch();
    void select_data();
    void select();
};

void TestAwsEndpointSelector::dnsMatch_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("dnsName");
    QTest::addColumn<bool>("matches");
    const QString dns =
        QStringLiteral("*.cvpn-endpoint-0123.prod.clientvpn.us-east-1.amazonaws.com");
    QTest::newRow("profile: no label")
        << "cvpn-endpoint-0123.prod.clientvpn.us-east-1.amazonaws.com" << dns << true;
    QTest::newRow("client: random label")
        << "f00d.cvpn-endpoint-0123.prod.clientvpn.us-east-1.amazonaws.com" << dns << true;
    QTest::newRow("case") << "CVPN-Endpoint-0123.prod.clientvpn.US-EAST-1.amazonaws.com" << dns
                          << true;
    QTest::newRow("not at a label boundary")
        << "xcvpn-endpoint-0123.prod.clientvpn.us-east-1.amazonaws.com" << dns << false;
    QTest::newRow("other region") << "cvpn-endpoint-0123.prod.clientvpn.eu-west-1.amazonaws.com"
                                  << dns << false;
    QTest::newRow("no wildcard") << "cvpn-endpoint-0123.prod.clientvpn.us-east-1.amazonaws.com"
                                 << "cvpn-endpoint-0123.prod.clientvpn.us-east-1.amazonaws.com"
                                 << false;
    QTest::newRow("empty DnsName") << "vpn.example.com" << QString() << false;
}

void TestAwsEndpointSelector::dnsMatch() {
    QFETCH(QString, host);
    QFETCH(QString, dnsName);
    QFETCH(bool, matches);
    QCOMPARE(hostMatchesEndpointDns(host.toStdString(), dnsName.toStdString()), matches);
}

void TestAwsEndpointSelector::select_data() {
    QTest::addColumn<QString>("file");   ///< test data; "" for an empty list
    QTest::addColumn<bool>("sameDns");   ///< give the second endpoint the first one's DnsName
    QTest::addColumn<QString>("id");     ///< asked for
    QTest::addColumn<QString>("remote"); ///< the profile's remote; "" for no profile
    QTest::addColumn<int>("index");      ///< -1: an error
    QTest::addColumn<AwsEndpointMatch>("match");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message"); ///< part of the error message
    const QString two = QStringLiteral("aws/endpoints-split.json");
    const QString one = QStringLiteral("aws/endpoints-full-tunnel.json");
    const QString dns1 = QStringLiteral("%1.prod.clientvpn.us-east-1.amazonaws.com").arg(kFirst);
    const QString dns2 = QStringLiteral("%1.prod.clientvpn.us-east-1.amazonaws.com").arg(kSecond);
    const auto none = ErrorCode::Internal;
    const auto any = AwsEndpointMatch::OnlyOne;

    QTest::newRow("by id") << two << false << kSecond << "" << 1 << AwsEndpointMatch::Id << none
                           << "";
    QTest::newRow("id before the profile")
        << two << false << kFirst << dns2 << 0 << AwsEndpointMatch::Id << none << "";
    QTest::newRow("unknown id, candidates named")
        << two << false << "cvpn-endpoint-nope"
        << "" << -1 << any << ErrorCode::NotFound
        << QStringLiteral("endpoint cvpn-endpoint-nope is not in the file (it holds: %1, %2)")
               .arg(kFirst, kSecond);
    QTest::newRow("by DNS name, as the profile writes it")
        << two << false << "" << dns2 << 1 << AwsEndpointMatch::DnsName << none << "";
    QTest::newRow("by DNS name, with the client's random label")
        << two << false << "" << ("a1b2c3." + dns1) << 0 << AwsEndpointMatch::DnsName << none << "";
    QTest::newRow("by the profile's id when no DnsName matches")
        << two << false << ""
        << QStringLiteral("%1.prod.clientvpn.eu-west-1.amazonaws.com").arg(kSecond) << 1
        << AwsEndpointMatch::ProfileId << none << "";
    QTest::newRow("the profile's endpoint is not in the file")
        << one << false << "" << dns2 << -1 << any << ErrorCode::NotFound
        << QStringLiteral("the profile connects to endpoint %1, which is not in").arg(kSecond);
    QTest::newRow("DNS name of two endpoints: ambiguous")
        << two << true << "" << dns1 << -1 << any << ErrorCode::InvalidArgument
        << QStringLiteral("lies under the DNS names of several endpoints");
    QTest::newRow("several, no profile: a choice is needed")
        << two << false << ""
        << "" << -1 << any << ErrorCode::InvalidArgument
        << QStringLiteral("several endpoints in the file (%1, %2); choose one with --x")
               .arg(kFirst, kSecond);
    QTest::newRow("several, a profile of another VPN")
        << two << false << ""
        << "vpn.example.com" << -1 << any << ErrorCode::InvalidArgument
        << QStringLiteral("and the profile names none of them; choose one with --x");
    QTest::newRow("the only one") << one << false << ""
                                  << "" << 0 << AwsEndpointMatch::OnlyOne << none << "";
    QTest::newRow("the only one, a profile of another VPN")
        << one << false << ""
        << "vpn.example.com" << 0 << AwsEndpointMatch::OnlyOne << none << "";
    QTest::newRow("empty list") << "" << false << ""
                                << "" << -1 << any << ErrorCode::NotFound
                                << QStringLiteral("no endpoint in the file");
}

void TestAwsEndpointSelector::select() {
    QFETCH(QString, file);
    QFETCH(bool, sameDns);
    QFETCH(QString, id);
    QFETCH(QString, remote);
    QFETCH(int, index);
    QFETCH(AwsEndpointMatch, match);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    std::vector<AwsClientVpnEndpoint> eps;
    std::string name = "list.json";
    if (!file.isEmpty()) {
        eps = endpoints(file.toUtf8().constData());
        name = testutil::dataPath(file.toUtf8().constData());
    }
    if (sameDns)
        eps.at(1).dnsName = eps.at(0).dnsName;
    std::optional<VpnProfile> profile;
    if (!remote.isEmpty())
        profile = profileWithRemote(remote);
    const auto r = selectAwsEndpoint(
        eps, {id.toStdString(), profile ? &*profile : nullptr, name, "choose one with --x"});
    if (index < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(QString::fromStdString(r.error().message).contains(message),
                 r.error().message.c_str());
        QCOMPARE(r.error().where.file, name);
        return;
    }
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(r->index, static_cast<std::size_t>(index));
    QCOMPARE(r->match, match);
}

QTEST_APPLESS_MAIN(TestAwsEndpointSelector)
#include "TestAwsEndpointSelector.moc"
