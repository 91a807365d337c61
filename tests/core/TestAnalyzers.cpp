// Analyzers: one table per finding (tests/data/analyze/*.json), plus the inputs a finding
// needs (local DNS, VPN server, iroutes, profile flags). Checks the codes found, in order,
// and that a clean full tunnel has none.

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/analyze/Analyzer.h"

#include <QTest>

using namespace splitroute::core;

class TestAnalyzers : public QObject {
    Q_OBJECT
private slots:
    void findings_data();
    void findings();
    void policyBypassOfPublicSpace();
    void privateSpace();
};

void TestAnalyzers::findings_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>(
        "inputs"); // ";"-separated: dns=A server=A iroute=P nopull aws awsprofile
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("clean full tunnel") << "clean"
                                       << "server=198.51.100.7" << QStringList{};
    QTest::newRow("IPv6 leak") << "ipv6-leak"
                               << "" << QStringList{"ipv6-leak"};
    QTest::newRow("TunnelCrack LocalNet") << "localnet"
                                          << "" << QStringList{"tunnelcrack-localnet"};
    QTest::newRow("ServerIP via tunnel")
        << "server-ip-via-tunnel"
        << "server=198.51.100.7" << QStringList{"server-ip-via-tunnel"};
    QTest::newRow("ServerIP missing") << "server-ip-missing"
                                      << "server=198.51.100.7" << QStringList{"server-ip-missing"};
    QTest::newRow("ServerIP by host name")
        << "clean"
        << "remote=vpn.example.com" << QStringList{"server-ip-dns"};
    QTest::newRow("pushed route swallows DNS")
        << "swallows-dns"
        << "dns=10.0.0.53" << QStringList{"pushed-route-swallows-dns"};
    QTest::newRow("pushed route swallows gateway")
        << "swallows-gateway"
        << ""
        << QStringList{"pushed-route-swallows-gateway", "pushed-route-overlaps-lan",
                       "bypass-shadowed"};
    QTest::newRow("pushed route over the LAN")
        << "overlaps-lan"
        << "" << QStringList{"pushed-route-overlaps-lan", "tunnel-route-shadowed"};
    QTest::newRow("route-nopull drops DNS")
        << "clean"
        << "server=198.51.100.7;nopull" << QStringList{"route-nopull-drops-dns"};
    QTest::newRow("AWS route enforcement")
        << "clean"
        << "server=198.51.100.7;aws" << QStringList{"aws-route-enforcement"};
    QTest::newRow("AWS strips pull-filter")
        << "clean"
        << "server=198.51.100.7;awsprofile" << QStringList{"aws-pull-filter-stripped"};
    QTest::newRow("bypass shadowed by a tunnel route")
        << "bypass-shadowed"
        << "server=198.51.100.7" << QStringList{"tunnelcrack-localnet", "bypass-shadowed"};
    QTest::newRow("iroute missing (server)")
        << "iroute-missing"
        << "iroute=192.168.50.0/24" << QStringList{"iroute-missing"};
    QTest::newRow("iroutes all present")
        << "iroute-missing"
        << "iroute=192.168.50.0/24;iroute=192.168.60.0/23" << QStringList{};
    QTest::newRow("primary and backup tunnel")
        << "primary-backup"
        << "" << QStringList{"tunnel-primary-backup", "tunnel-same-metric"};
}

void TestAnalyzers::findings() {
    QFETCH(QString, table);
    QFETCH(QString, inputs);
    QFETCH(QStringList, codes);
    auto t = routeTableFromJson(nlohmann::json::parse(
        testutil::readData(("analyze/" + table + ".json").toStdString().c_str())));
    QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
    AnalysisInput in;
    in.table = &*t;
    VpnProfile profile;
    bool useProfile = false;
    for (const auto& item : inputs.split(';', Qt::SkipEmptyParts)) {
        const QString key = item.section('=', 0, 0), value = item.section('=', 1);
        if (key == "dns")
            in.localDns.push_back(*IpAddress::parse(value.toStdString()));
        else if (key == "server")
            in.vpnServers.push_back(*IpAddress::parse(value.toStdString()));
        else if (key == "iroute")
            in.iroutes.push_back(*Prefix::parse(value.toStdString()));
        else if (key == "aws")
            in.awsRouteEnforcement = true;
        else if (key == "nopull") {
            profile.routeNopull = true;
            profile.dhcpOptions.push_back({"DNS", "10.8.0.53", OptionOrigin::Pushed});
            useProfile = true;
        } else if (key == "awsprofile") {
            profile.aws = true;
            profile.pullFilters.push_back({PullFilter::Action::Ignore, "redirect-gateway", {}});
            useProfile = true;
        } else if (key == "remote") {
            profile.remotes.push_back({value.toStdString(), 1194, "udp", {}});
            useProfile = true;
        } else {
            QFAIL(qPrintable("bad input " + item));
        }
    }
    if (useProfile)
        in.profile = &profile;
    const auto fs = analyze(in);
    QStringList got;
    for (const auto& f : fs) {
        got << QString::fromStdString(f.code);
        QVERIFY(!f.message.empty());
    }
    if (got != codes)
        for (const auto& f : fs)
            qWarning("%s: %s", f.code.c_str(), f.message.c_str());
    QCOMPARE(got, codes);
}

void TestAnalyzers::policyBypassOfPublicSpace() {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("analyze/clean.json")));
    QVERIFY(t.ok());
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"network":"8.0.0.0/7","label":"too much","mode":"bypass"},
                 {"network":"192.168.0.0/16","mode":"bypass"},
                 {"network":"203.0.113.0/24","mode":"bypass"}]})");
    QVERIFY(pol.ok());
    AnalysisInput in;
    in.table = &*t;
    in.policy = &*pol;
    in.vpnServers.push_back(*IpAddress::parse("198.51.100.7"));
    const auto fs = analyze(in);
    QCOMPARE(fs.size(), std::size_t{1}); // the /24 is a deliberate exception, the /7 is not
    QCOMPARE(fs[0].code, std::string("tunnelcrack-localnet"));
    QCOMPARE(fs[0].severity, Severity::Info);
    QCOMPARE(fs[0].prefixes.front().toString(), std::string("8.0.0.0/7"));
}

void TestAnalyzers::privateSpace() {
    const PrefixSet& p = privateAddressSpace();
    for (const char* a : {"10.1.2.3", "172.31.0.1", "192.168.9.9", "100.64.0.1", "169.254.1.1",
                          "fd12::1", "fe80::1"})
        QVERIFY2(p.contains(*IpAddress::parse(a)), a);
    for (const char* a : {"8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:db8::1"})
        QVERIFY2(!p.contains(*IpAddress::parse(a)), a);
}

QTEST_APPLESS_MAIN(TestAnalyzers)
#include "TestAnalyzers.moc"
