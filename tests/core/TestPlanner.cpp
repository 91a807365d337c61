// SPDX-License-Identifier: GPL-3.0-or-later
// Planner: table-driven scenarios (full tunnel → bypass, split → tunnel-only, IPv6, protected
// routes, aggregation, complement), each checked change by change and by lookups in the
// after-table; plus determinism and the plan JSON round trip.

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/plan/Planner.h"

#include <QTest>

using namespace splitroute::core;

namespace {
RouteTable loadTable(const char* name) {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData(name)));
    if (!t)
        qFatal("%s: %s", name, t.error().message.c_str());
    return std::move(t).value();
}

std::string changeText(const RouteChange& c) {
    return std::string(c.kind == ChangeKind::Add ? "+ " : "- ") + c.route.toString();
}

QStringList changeTexts(const ChangeSet& cs) {
    QStringList l;
    for (const auto& c : cs.changes)
        l << QString::fromStdString(changeText(c));
    return l;
}

QStringList findingCodes(const std::vector<Finding>& fs) {
    QStringList l;
    for (const auto& f : fs)
        l << QString::fromStdString(f.code);
    return l;
}

Result<std::vector<IpAddress>> fakeResolver(const std::string& host) {
    if (host == "meet.example.com")
        return std::vector<IpAddress>{*IpAddress::parse("203.0.113.80"),
                                      *IpAddress::parse("203.0.113.81")};
    return makeError(ErrorCode::NotFound, "unknown host " + host);
}
} // namespace

class TestPlanner : public QObject {
    Q_OBJECT
private slots:
    void scenarios_data();
    void scenarios();
    void determinism();
    void planJsonRoundTrip();
    void predictedTable();
    void applyToMatchesStepwise();
};

void TestPlanner::scenarios_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("lookups"); // "address=device"
    QTest::addColumn<QStringList>("findings");

    const QString ft = "plan/fulltunnel.json";
    QTest::newRow("full tunnel: bypass home LAN and a public /24")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"192.168.1.0/24","label":"Home LAN","mode":"bypass"},
              {"network":"203.0.113.0/24","label":"Video","mode":"bypass"}]})"
        << QStringList{"+ 203.0.113.0/24 via 192.168.1.1 dev wlan0 proto splitroute"}
        << QStringList{"203.0.113.9=wlan0", "192.168.1.20=wlan0", "8.8.8.8=tun0", "10.20.1.1=tun0",
                       "198.51.100.7=wlan0"}
        << QStringList{};
    QTest::newRow("full tunnel: host rule resolved at plan time")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"host":"meet.example.com","mode":"bypass"}]})"
        << QStringList{"+ 203.0.113.80/31 via 192.168.1.1 dev wlan0 proto splitroute"}
        << QStringList{"203.0.113.80=wlan0", "203.0.113.81=wlan0", "203.0.113.82=tun0"}
        << QStringList{};
    QTest::newRow("aggregation: adjacent halves become one route")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"203.0.113.128/25","mode":"bypass"},
              {"network":"203.0.113.0/25","mode":"bypass"},
              {"network":"203.0.113.64/26","mode":"bypass"}]})"
        << QStringList{"+ 203.0.113.0/24 via 192.168.1.1 dev wlan0 proto splitroute"}
        << QStringList{"203.0.113.1=wlan0", "203.0.113.255=wlan0", "203.0.114.1=tun0"}
        << QStringList{"rule-shadowed"};
    QTest::newRow("full tunnel → tunnel only 10.0.0.0/8 (other local)")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"local","rules":[
              {"network":"10.0.0.0/8","mode":"tunnel"}]})"
        << QStringList{"+ 10.0.0.0/8 via 10.8.0.1 dev tun0 proto splitroute",
                       "- 0.0.0.0/1 via 10.8.0.1 dev tun0 proto static",
                       "- 128.0.0.0/1 via 10.8.0.1 dev tun0 proto static",
                       "- ::/1 dev tun0 proto static metric 1024",
                       "- 8000::/1 dev tun0 proto static metric 1024"}
        << QStringList{"10.99.0.1=tun0",     "10.8.0.5=tun0",      "8.8.8.8=wlan0",
                       "198.51.100.7=wlan0", "2001:4860::1=wlan0", "fd00:8::5=tun0"}
        << QStringList{};
    QTest::newRow("split → keep pushed, tunnel one more, bypass one pushed")
        << "plan/split.json"
        << R"({"format":"splitroute-policy","version":1,"other":"local","rules":[
              {"network":"10.30.0.0/16","mode":"bypass"},
              {"network":"172.16.0.0/12","mode":"tunnel"}]})"
        << QStringList{"+ 172.16.0.0/12 via 10.8.0.1 dev tun0 proto splitroute",
                       "- 10.30.0.0/16 via 10.8.0.1 dev tun0 proto static"}
        << QStringList{"172.20.0.1=tun0", "10.30.1.1=wlan0", "10.20.1.1=tun0", "1.1.1.1=wlan0"}
        << QStringList{};
    QTest::newRow("split → full tunnel (other tunnel) adds the override")
        << "plan/split.json"
        << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[]})"
        << QStringList{"+ 0.0.0.0/1 via 10.8.0.1 dev tun0 proto splitroute",
                       "+ 128.0.0.0/1 via 10.8.0.1 dev tun0 proto splitroute"}
        << QStringList{"1.1.1.1=tun0", "192.168.1.5=wlan0"} << QStringList{};
    QTest::newRow("IPv6 bypass via the shadowed IPv6 default")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"2001:db8:abcd::/48","label":"v6 site","mode":"bypass"}]})"
        << QStringList{"+ 2001:db8:abcd::/48 via fe80::1 dev wlan0 proto splitroute metric 1024"}
        << QStringList{"2001:db8:abcd::1=wlan0", "2001:db8:abce::1=tun0"} << QStringList{};
    QTest::newRow("protected: bypass over the tunnel subnet keeps it")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"10.8.0.0/16","mode":"bypass"}]})"
        << QStringList{"+ 10.8.0.0/16 via 192.168.1.1 dev wlan0 proto splitroute"}
        << QStringList{"10.8.0.1=tun0", "10.8.1.1=wlan0"} << QStringList{"protected-overlap"};
    QTest::newRow("protected: tunnel rule over the VPN server keeps its host route")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"local","rules":[
              {"network":"198.51.100.0/24","mode":"tunnel"}]})"
        << QStringList{"+ 198.51.100.0/24 via 10.8.0.1 dev tun0 proto splitroute",
                       "- 0.0.0.0/1 via 10.8.0.1 dev tun0 proto static",
                       "- 128.0.0.0/1 via 10.8.0.1 dev tun0 proto static",
                       "- ::/1 dev tun0 proto static metric 1024",
                       "- 8000::/1 dev tun0 proto static metric 1024"}
        << QStringList{"198.51.100.7=wlan0", "198.51.100.8=tun0"}
        << QStringList{"protected-overlap"};
    QTest::newRow("complement: bypass all but 10/8 removes the override instead")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"10.0.0.0/8","mode":"tunnel"},
              {"network":"0.0.0.0/1","mode":"bypass"},
              {"network":"128.0.0.0/1","mode":"bypass"}]})"
        << QStringList{"+ 10.0.0.0/8 via 10.8.0.1 dev tun0 proto splitroute",
                       "- 0.0.0.0/1 via 10.8.0.1 dev tun0 proto static",
                       "- 128.0.0.0/1 via 10.8.0.1 dev tun0 proto static"}
        << QStringList{"10.1.1.1=tun0", "11.0.0.1=wlan0", "200.1.1.1=wlan0", "2001:4860::1=tun0"}
        << QStringList{"protected-overlap", "complement-used"};
    QTest::newRow("nothing to do: the LAN is already outside")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"192.168.1.0/24","mode":"bypass"},
              {"network":"10.20.0.0/16","mode":"as-pushed"}]})"
        << QStringList{} << QStringList{"192.168.1.1=wlan0"} << QStringList{};
    QTest::newRow("unresolvable host is a finding, not a crash")
        << ft << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"host":"nowhere.example","mode":"bypass"}]})"
        << QStringList{} << QStringList{} << QStringList{"host-unresolved"};
}

void TestPlanner::scenarios() {
    QFETCH(QString, table);
    QFETCH(QString, policy);
    QFETCH(QStringList, changes);
    QFETCH(QStringList, lookups);
    QFETCH(QStringList, findings);
    const RouteTable t = loadTable(table.toStdString().c_str());
    auto pol = SplitPolicy::parse(policy.toStdString());
    QVERIFY2(pol.ok(), pol.ok() ? "" : pol.error().message.c_str());
    PlanParameters params;
    params.resolver = fakeResolver;
    auto plan = makePlan(t, nullptr, nullptr, *pol, params);
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
    if (changeTexts(plan->changes) != changes)
        qWarning("%s", qPrintable(changeTexts(plan->changes).join('\n')));
    QCOMPARE(changeTexts(plan->changes), changes);
    for (const auto& c : plan->changes.changes)
        if (c.kind == ChangeKind::Add)
            QCOMPARE(c.route.protocol, proto::Splitroute);
    for (const auto& l : lookups) {
        const auto parts = l.split('=');
        auto a = IpAddress::parse(parts[0].toStdString());
        QVERIFY(a.ok());
        auto chosen = plan->after.lookup(*a).chosen;
        QVERIFY2(chosen, qPrintable(l));
        QCOMPARE(QString::fromStdString(chosen->interface.str()), parts[1]);
    }
    QStringList codes = findingCodes(plan->findings);
    codes.removeDuplicates();
    if (codes != findings)
        for (const auto& f : plan->findings)
            qWarning("%s", f.message.c_str());
    QCOMPARE(codes, findings);
}

void TestPlanner::determinism() {
    const RouteTable t = loadTable("plan/fulltunnel.json");
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"local",
        "rules":[{"network":"10.0.0.0/8","mode":"tunnel"},{"network":"203.0.113.0/24","mode":"bypass"},
        {"host":"meet.example.com","mode":"tunnel"}]})");
    QVERIFY(pol.ok());
    PlanParameters params;
    params.resolver = fakeResolver;
    auto a = makePlan(t, nullptr, nullptr, *pol, params);
    // Same routes in another order: same plan, byte for byte.
    std::vector<Route> rs = t.routes();
    std::reverse(rs.begin(), rs.end());
    auto b = makePlan(RouteTable(rs), nullptr, nullptr, *pol, params);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(planToJson(*a, false).dump(2), planToJson(*b, false).dump(2));
    QCOMPARE(planToJson(*a).dump(),
             planToJson(*makePlan(t, nullptr, nullptr, *pol, params)).dump());
}

void TestPlanner::planJsonRoundTrip() {
    const RouteTable t = loadTable("plan/fulltunnel.json");
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"local",
        "rules":[{"network":"10.0.0.0/8","mode":"tunnel"}]})");
    auto plan = makePlan(t, nullptr, nullptr, *pol, {});
    QVERIFY(plan.ok());
    const auto j = planToJson(*plan);
    QVERIFY(j["format"] == "splitroute-plan");
    QVERIFY(j["version"] == 1);
    auto back = planFromJson(j);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QVERIFY(back->changes == plan->changes);
    QCOMPARE(back->after.routes().size(), plan->after.routes().size());
    QCOMPARE(planToJson(*back).dump(), j.dump());
    // Strict: an unknown field is an error.
    auto bad = j;
    bad["extra"] = 1;
    QVERIFY(!planFromJson(bad).ok());
    bad = j;
    bad["version"] = 2;
    QVERIFY(!planFromJson(bad).ok());
}

void TestPlanner::predictedTable() {
    // Current table without VPN; the predicted one has it: changes apply to the prediction.
    const RouteTable predicted = loadTable("plan/fulltunnel.json");
    RouteTable current = predicted;
    current.removeIf([](const Route& r) { return r.interface.str() == "tun0"; });
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"network":"203.0.113.0/24","mode":"bypass"}]})");
    auto plan = makePlan(current, &predicted, nullptr, *pol, {});
    QVERIFY(plan.ok());
    QCOMPARE(plan->changes.size(), std::size_t{1});
    QCOMPARE(plan->before.size(), predicted.size());
}

// ChangeSet::applyTo uses a keyed index; it must give exactly what RouteTable::indexOf/add/
// remove give one change at a time: duplicate keys in the table, first-match deletes, order.
void TestPlanner::applyToMatchesStepwise() {
    auto route = [](const char* dst, const char* gw, std::uint32_t metric, const char* dev) {
        Route r;
        r.destination = *Prefix::parse(dst);
        r.gateway = *IpAddress::parse(gw);
        r.metric = metric;
        r.interface = std::string(dev);
        return r;
    };
    const RouteTable before(std::vector<Route>{
        route("10.0.0.0/8", "192.168.1.1", 0, "eth0"),
        route("10.1.0.0/16", "192.168.1.1", 0, "eth0"),
        route("10.0.0.0/8", "192.168.1.254", 0, "eth1"), // same key as the first (a duplicate)
        route("10.0.0.0/8", "192.168.1.1", 5, "eth0"),   // other metric: other key
    });
    ChangeSet cs;
    cs.changes = {{ChangeKind::Delete, route("10.0.0.0/8", "0.0.0.0", 0, "x"), ""},
                  {ChangeKind::Add, route("172.16.0.0/12", "192.168.1.1", 0, "eth0"), ""},
                  {ChangeKind::Delete, route("10.0.0.0/8", "0.0.0.0", 0, "x"), ""},
                  {ChangeKind::Add, route("10.0.0.0/8", "10.9.9.9", 0, "tun0"), ""},
                  {ChangeKind::Delete, route("10.1.0.0/16", "0.0.0.0", 0, "x"), ""}};
    RouteTable stepwise = before;
    for (const auto& c : cs.changes) {
        if (c.kind == ChangeKind::Add) {
            QCOMPARE(stepwise.indexOf(c.route, false), -1L);
            stepwise.add(c.route);
        } else {
            QVERIFY(stepwise.remove(c.route, false));
        }
    }
    auto after = cs.applyTo(before);
    QVERIFY(static_cast<bool>(after));
    QCOMPARE(after->routes(), stepwise.routes());
    QCOMPARE(after->routes().size(), std::size_t{3});
    QCOMPARE(after->routes()[0].metric, std::uint32_t{5});

    // One more delete of the key fails on that change (the third 10.0.0.0/8 delete), and an add
    // of an existing key fails.
    ChangeSet tooMany = cs;
    tooMany.changes.insert(tooMany.changes.begin() + 3,
                           {ChangeKind::Delete, route("10.0.0.0/8", "0.0.0.0", 0, "x"), ""});
    QCOMPARE(tooMany.applyTo(before).error().code, ErrorCode::NotFound);
    QVERIFY(tooMany.applyTo(before).error().message.starts_with("change 4 "));
    ChangeSet dup;
    dup.changes = {{ChangeKind::Add, route("10.0.0.0/8", "10.9.9.9", 5, "tun0"), ""}};
    QCOMPARE(dup.applyTo(before).error().code, ErrorCode::Exists);
}

QTEST_APPLESS_MAIN(TestPlanner)
#include "TestPlanner.moc"
