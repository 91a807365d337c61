// SPDX-License-Identifier: GPL-3.0-or-later
// The planner never plans a route for a loopback address (127.0.0.0/8, ::1), even from a
// plain `ip route` dump, which has no local table: there 127.0.0.1 seems to follow the
// default route, and `plan --bypass localhost` used to add "127.0.0.1/32 via 192.168.1.1".

#include "TestUtil.h"

#include "core/import/TableImport.h"
#include "core/plan/Planner.h"

#include <QTest>

using namespace splitroute::core;

namespace {
// A laptop on a full tunnel, as `ip route` (main table only) prints it.
const char* kPlainDump = "default via 192.168.1.1 dev wlan0 proto dhcp metric 600\n"
                         "0.0.0.0/1 via 10.8.0.1 dev tun0\n"
                         "128.0.0.0/1 via 10.8.0.1 dev tun0\n"
                         "10.8.0.0/24 dev tun0 proto kernel scope link src 10.8.0.2\n"
                         "192.168.1.0/24 dev wlan0 proto kernel scope link src 192.168.1.42\n"
                         "default via fe80::1 dev wlan0 proto ra metric 600\n"
                         "::/1 dev tun0 metric 1024\n"
                         "8000::/1 dev tun0 metric 1024\n";

Result<std::vector<IpAddress>> resolver(const std::string& host) {
    if (host == "localhost")
        return std::vector<IpAddress>{*IpAddress::parse("127.0.0.1"), *IpAddress::parse("::1")};
    return makeError(ErrorCode::NotFound, "unknown host " + host);
}

const Prefix kLoop4 = *Prefix::parse("127.0.0.0/8");
const Prefix kLoop6 = *Prefix::parse("::1/128");

bool touchesLoopback(const Route& r) {
    return kLoop4.contains(r.destination) || kLoop6.contains(r.destination);
}
} // namespace

class TestPlannerLoopback : public QObject {
    Q_OBJECT
private slots:
    void neverARouteForLoopback_data();
    void neverARouteForLoopback();
};

void TestPlannerLoopback::neverARouteForLoopback_data() {
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("stillPlanned"); // a route the rest of the policy still gets
    const QString head = R"({"format": "splitroute-policy", "version": 1, )";
    QTest::newRow("bypass localhost")
        << head + R"("other": "tunnel", "rules": [{"host": "localhost", "mode": "bypass"},
                     {"network": "203.0.113.0/24", "mode": "bypass"}]})"
        << "203.0.113.0/24";
    QTest::newRow("bypass 127.0.0.1/32 and ::1/128")
        << head + R"("other": "tunnel", "rules": [{"network": "127.0.0.1/32", "mode": "bypass"},
                     {"network": "::1/128", "mode": "bypass"},
                     {"network": "203.0.113.0/24", "mode": "bypass"}]})"
        << "203.0.113.0/24";
    QTest::newRow("bypass all of 127.0.0.0/8")
        << head + R"("other": "tunnel", "rules": [{"network": "127.0.0.0/8", "mode": "bypass"},
                     {"network": "203.0.113.0/24", "mode": "bypass"}]})"
        << "203.0.113.0/24";
    QTest::newRow("other local, tunnel loopback")
        << head + R"("other": "local", "rules": [{"network": "127.0.0.0/8", "mode": "tunnel"},
                     {"network": "10.20.0.0/16", "mode": "tunnel"}]})"
        << "10.20.0.0/16";
    QTest::newRow("bypass a range around loopback")
        << head + R"("other": "tunnel", "rules": [{"network": "126.0.0.0/7", "mode": "bypass"}]})"
        << "126.0.0.0/8";
}

void TestPlannerLoopback::neverARouteForLoopback() {
    QFETCH(QString, policy);
    QFETCH(QString, stillPlanned);
    auto table = importTable(kPlainDump, TableFormat::IpRoute, "dump.txt");
    QVERIFY(table.ok());
    auto pol = SplitPolicy::parse(policy.toStdString(), "p.json");
    QVERIFY2(pol.ok(), pol.ok() ? "" : pol.error().toString().c_str());
    PlanParameters params;
    params.resolver = resolver;
    auto plan = makePlan(table->table, nullptr, nullptr, *pol, params);
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().toString().c_str());
    bool found = false;
    for (const auto& c : plan->changes.changes) {
        QVERIFY2(!(c.kind == ChangeKind::Add && touchesLoopback(c.route)),
                 c.route.toString().c_str());
        found = found || c.route.destination.toString() == stillPlanned.toStdString();
    }
    QVERIFY2(found, "the rest of the policy is still planned");
}

QTEST_APPLESS_MAIN(TestPlannerLoopback)
#include "TestPlannerLoopback.moc"
