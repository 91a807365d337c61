// SPDX-License-Identifier: GPL-3.0-or-later
// Finding::args: every finding of the analyzers and the planner carries the variable parts of
// its message as data (what the GUI words in the user's language), with the number of
// arguments core/analyze/FindingCode.h documents for its code; "args" survives the plan JSON.

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/analyze/Analyzer.h"
#include "core/analyze/FindingCode.h"
#include "core/plan/Planner.h"

#include <QTest>

#include <map>
#include <set>

using namespace splitroute::core;

namespace {
/// Number of arguments per code; the variant keywords and their position.
struct Shape {
    std::size_t count;
    int variantAt = -1;
    std::set<std::string> variants = {};
};

const std::map<std::string, Shape>& shapes() {
    namespace fc = findingcode;
    static const std::map<std::string, Shape> m{
        {fc::Ipv6Leak, {3}},
        {fc::LocalNet, {4, 0, {"local", "bypass"}}}, // "rule" has 3: checked below
        {fc::TunnelVision, {4}},
        {fc::ServerIpMissing, {1}},
        {fc::ServerIpViaTunnel, {3}},
        {fc::ServerIpDns, {0}},
        {fc::SwallowsDns, {3}},
        {fc::SwallowsGateway, {3}},
        {fc::OverlapsLan, {4, 0, {"inside", "outside"}}},
        {fc::RouteNopullDns, {1}},
        {fc::AwsEnforcement, {0}},
        {fc::AwsPullFilter, {0}},
        {fc::BypassShadowed, {2}},
        {fc::TunnelShadowed, {2}},
        {fc::IrouteMissing, {3}},
        {fc::PrimaryBackup, {5}},
        {fc::SameMetric, {4}},
        {fc::CannotOverride, {2}},
        {fc::HostUnresolved, {3}},
        {fc::ProtectedOverlap, {5}},
        {fc::RuleShadowed, {2}},
        {fc::NoPhysicalRoute, {1}},
        {fc::NoTunnel, {1}},
        {fc::ComplementUsed, {4, 1, {"keep-override", "remove-override"}}},
    };
    return m;
}

/// The code is known, the arguments have the documented shape, and each data argument (the
/// first item of a list) is what the English message says.
void checkFinding(const Finding& f) {
    const std::string what = f.code + ": " + f.message;
    const auto it = shapes().find(f.code);
    QVERIFY2(it != shapes().end(), what.c_str());
    Shape shape = it->second;
    if (f.code == findingcode::LocalNet && !f.args.empty() && f.args[0] == "rule")
        shape = {3, 0, {"rule"}};
    QVERIFY2(f.args.size() == shape.count, what.c_str());
    for (std::size_t i = 0; i < f.args.size(); ++i) {
        const std::string& a = f.args[i];
        if (static_cast<int>(i) == shape.variantAt) {
            QVERIFY2(shape.variants.count(a), (what + " / variant " + a).c_str());
            continue;
        }
        const std::string first = a.substr(0, a.find(", "));
        QVERIFY2(f.message.find(first) != std::string::npos, (what + " / arg " + a).c_str());
    }
}

Result<std::vector<IpAddress>> fakeResolver(const std::string& host) {
    if (host == "meet.example.com")
        return std::vector<IpAddress>{*IpAddress::parse("203.0.113.80")};
    return makeError(ErrorCode::NotFound, "unknown host " + host);
}
} // namespace

class TestFindingArgs : public QObject {
    Q_OBJECT
private slots:
    void codesAreUnique();
    void analyzers_data();
    void analyzers();
    void planner_data();
    void planner();
    void jsonRoundTrip();
    void jsonRejectsBadArgs();
};

void TestFindingArgs::codesAreUnique() {
    std::set<std::string> seen;
    for (const char* c : findingcode::all) {
        QVERIFY2(seen.insert(c).second, c);
        QVERIFY2(shapes().count(c), c); // this test knows every code core lists
    }
    QCOMPARE(seen.size(), shapes().size());
}

void TestFindingArgs::analyzers_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("inputs"); // ";"-separated: dns=A server=A iroute=P nopull aws
                                         // awsprofile remote=H policy
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("ipv6-leak") << "ipv6-leak"
                               << "" << QStringList{"ipv6-leak"};
    QTest::newRow("localnet") << "localnet"
                              << "" << QStringList{"tunnelcrack-localnet"};
    QTest::newRow("localnet rule")
        << "clean"
        << "server=198.51.100.7;policy" << QStringList{"tunnelcrack-localnet"};
    QTest::newRow("server via tunnel")
        << "server-ip-via-tunnel"
        << "server=198.51.100.7" << QStringList{"server-ip-via-tunnel"};
    QTest::newRow("server missing") << "server-ip-missing"
                                    << "server=198.51.100.7" << QStringList{"server-ip-missing"};
    QTest::newRow("server dns") << "clean"
                                << "remote=vpn.example.com" << QStringList{"server-ip-dns"};
    QTest::newRow("swallows dns") << "swallows-dns"
                                  << "dns=10.0.0.53" << QStringList{"pushed-route-swallows-dns"};
    QTest::newRow("swallows gateway")
        << "swallows-gateway"
        << ""
        << QStringList{"pushed-route-swallows-gateway", "pushed-route-overlaps-lan",
                       "bypass-shadowed"};
    QTest::newRow("overlaps lan") << "overlaps-lan"
                                  << ""
                                  << QStringList{"pushed-route-overlaps-lan",
                                                 "tunnel-route-shadowed"};
    QTest::newRow("nopull") << "clean"
                            << "server=198.51.100.7;nopull"
                            << QStringList{"route-nopull-drops-dns"};
    QTest::newRow("aws") << "clean"
                         << "server=198.51.100.7;aws" << QStringList{"aws-route-enforcement"};
    QTest::newRow("aws profile") << "clean"
                                 << "server=198.51.100.7;awsprofile"
                                 << QStringList{"aws-pull-filter-stripped"};
    QTest::newRow("bypass shadowed")
        << "bypass-shadowed"
        << "server=198.51.100.7" << QStringList{"tunnelcrack-localnet", "bypass-shadowed"};
    QTest::newRow("tunnelvision") << "tunnelvision"
                                  << "server=198.51.100.7"
                                  << QStringList{"tunnelvision-dhcp-route",
                                                 "tunnelvision-dhcp-route",
                                                 "tunnel-route-shadowed"};
    QTest::newRow("iroute") << "iroute-missing"
                            << "iroute=192.168.50.0/24" << QStringList{"iroute-missing"};
    QTest::newRow("primary backup")
        << "primary-backup"
        << "" << QStringList{"tunnel-primary-backup", "tunnel-same-metric"};
}

void TestFindingArgs::analyzers() {
    QFETCH(QString, table);
    QFETCH(QString, inputs);
    QFETCH(QStringList, codes);
    auto t = routeTableFromJson(nlohmann::json::parse(
        testutil::readData(("analyze/" + table + ".json").toStdString().c_str())));
    QVERIFY(t.ok());
    AnalysisInput in;
    in.table = &*t;
    VpnProfile profile;
    auto policy = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,
        "other":"tunnel","rules":[{"network":"8.0.0.0/7","label":"too much","mode":"bypass"}]})");
    QVERIFY(policy.ok());
    bool useProfile = false;
    for (const auto& item : inputs.split(';', Qt::SkipEmptyParts)) {
        const QString key = item.section('=', 0, 0), value = item.section('=', 1);
        if (key == "dns") {
            in.localDns.push_back(*IpAddress::parse(value.toStdString()));
        } else if (key == "server") {
            in.vpnServers.push_back(*IpAddress::parse(value.toStdString()));
        } else if (key == "iroute") {
            in.iroutes.push_back(*Prefix::parse(value.toStdString()));
        } else if (key == "aws") {
            in.awsRouteEnforcement = true;
        } else if (key == "policy") {
            in.policy = &*policy;
        } else if (key == "nopull") {
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
        checkFinding(f);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(got, codes);
}

void TestFindingArgs::planner_data() {
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("code");
    QTest::newRow("rule-shadowed") << R"([{"network":"203.0.113.0/24","mode":"bypass"},
        {"network":"203.0.113.64/26","mode":"bypass"}])"
                                   << "rule-shadowed";
    QTest::newRow("protected-overlap") << R"([{"network":"10.8.0.0/16","mode":"bypass"}])"
                                       << "protected-overlap";
    QTest::newRow("complement-used") << R"([{"network":"10.0.0.0/8","mode":"tunnel"},
        {"network":"0.0.0.0/1","mode":"bypass"},{"network":"128.0.0.0/1","mode":"bypass"}])"
                                     << "complement-used";
    QTest::newRow("host-unresolved") << R"([{"host":"nowhere.example","mode":"bypass"}])"
                                     << "host-unresolved";
}

void TestFindingArgs::planner() {
    QFETCH(QString, policy);
    QFETCH(QString, code);
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    QVERIFY(t.ok());
    auto pol = SplitPolicy::parse(
        R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":)" +
        policy.toStdString() + "}");
    QVERIFY2(pol.ok(), pol.ok() ? "" : pol.error().message.c_str());
    PlanParameters params;
    params.resolver = fakeResolver;
    auto plan = makePlan(*t, nullptr, nullptr, *pol, params);
    QVERIFY(plan.ok());
    bool found = false;
    for (const auto& f : plan->findings) {
        found = found || f.code == code.toStdString();
        checkFinding(f);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(found);
}

void TestFindingArgs::jsonRoundTrip() {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    QVERIFY(t.ok());
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"host":"nowhere.example","mode":"bypass"},
                 {"network":"10.8.0.0/16","mode":"bypass"}]})");
    QVERIFY(pol.ok());
    PlanParameters params;
    params.resolver = fakeResolver;
    auto plan = makePlan(*t, nullptr, nullptr, *pol, params);
    QVERIFY(plan.ok());
    QVERIFY(plan->findings.size() >= 2);
    const auto j = planToJson(*plan);
    QVERIFY(j["findings"][0]["args"].is_array());
    auto back = planFromJson(j);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QCOMPARE(back->findings.size(), plan->findings.size());
    for (std::size_t i = 0; i < plan->findings.size(); ++i)
        QVERIFY(back->findings[i].args == plan->findings[i].args);
    // Older plans have no "args": still read, with none.
    auto old = j;
    for (auto& f : old["findings"])
        f.erase("args");
    auto oldBack = planFromJson(old);
    QVERIFY(oldBack.ok());
    QVERIFY(oldBack->findings[0].args.empty());
}

void TestFindingArgs::jsonRejectsBadArgs() {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    QVERIFY(t.ok());
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"host":"nowhere.example","mode":"bypass"}]})");
    QVERIFY(pol.ok());
    PlanParameters params;
    params.resolver = fakeResolver;
    auto plan = makePlan(*t, nullptr, nullptr, *pol, params);
    QVERIFY(plan.ok());
    auto j = planToJson(*plan);
    j["findings"][0]["args"] = nlohmann::json::array({1, 2});
    QVERIFY(!planFromJson(j).ok());
    j["findings"][0]["args"] = "nowhere.example";
    QVERIFY(!planFromJson(j).ok());
}

QTEST_APPLESS_MAIN(TestFindingArgs)
#include "TestFindingArgs.moc"
