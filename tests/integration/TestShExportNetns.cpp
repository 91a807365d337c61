// SPDX-License-Identifier: GPL-3.0-or-later
// The `sh` export, checked for real: inside a network namespace of its own (veth pairs named
// like the plan's interfaces, never the host's table), the test loads a full-tunnel table,
// plans a policy against what the kernel reports, runs the exported script with /bin/sh,
// and compares the kernel's table with the planner's after-table route for route; then runs
// the undo script and compares with the before-table. Needs root; skips otherwise.

#include "NetnsFixture.h"
#include "TestUtil.h"
#include "core/export/ShExporter.h"
#include "core/plan/Planner.h"
#include "integration/openvpn/IpJsonRoutes.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>

using namespace splitroute::core;

namespace {
// The interfaces of tests/data/plan/fulltunnel.json, as veth pairs with their peers up
// (carrier on: no "linkdown" routes), and that table's non-kernel routes.
const char* kSetup = R"(link add wlan0 type veth peer name wpeer
link add tun0 type veth peer name tpeer
link set wpeer up
link set tpeer up
link set wlan0 up
link set tun0 up
addr add 192.168.1.10/24 dev wlan0
addr add fd00:1::10/64 dev wlan0 nodad
addr add 10.8.0.2/24 dev tun0
addr add fd00:8::2/64 dev tun0 nodad
route add 0.0.0.0/0 via 192.168.1.1 dev wlan0 metric 600 proto dhcp
route add 0.0.0.0/1 via 10.8.0.1 dev tun0 proto static
route add 128.0.0.0/1 via 10.8.0.1 dev tun0 proto static
route add 198.51.100.7/32 via 192.168.1.1 dev wlan0 proto static
route add 10.20.0.0/16 via 10.8.0.1 dev tun0 proto static
route add ::/0 via fd00:1::1 dev wlan0 metric 600 proto ra
route add ::/1 dev tun0 metric 1024 proto static
route add 8000::/1 dev tun0 metric 1024 proto static
)";

std::optional<RouteTable> readKernelTable(testutil::Netns& ns, std::string& error) {
    RouteTable t;
    for (Family f : {Family::V4, Family::V6}) {
        std::string out;
        if (!ns.ip({f == Family::V4 ? "-4" : "-6", "-j", "route", "show", "table", "main"}, &out)) {
            error = ns.error();
            return std::nullopt;
        }
        auto routes = testutil::routesFromIpJson(out, f, &error);
        if (!routes)
            return std::nullopt;
        for (auto& r : *routes)
            t.add(std::move(r));
    }
    return t;
}

// Route for route, ignoring order and interface indexes (the kernel's are not the plan's).
QStringList canonical(const RouteTable& t) {
    QStringList l;
    for (const auto& r : t.routes())
        if (r.table == table::Main)
            l << QString::fromStdString(std::string(familyName(r.family())) + " " + r.toString());
    l.sort();
    return l;
}

bool runScript(testutil::Netns& ns, const std::string& path, std::string& err) {
    auto r = testutil::runProcess({"ip", "netns", "exec", ns.name(), "sh", path});
    err = r.out + r.err;
    return r.ok();
}
} // namespace

class TestShExportNetns : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
};

void TestShExportNetns::roundTrip_data() {
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("minChanges");
    QTest::newRow("full tunnel, bypass LAN, a public /24 and an IPv6 /48")
        << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"192.168.1.0/24","mode":"bypass"},
              {"network":"203.0.113.0/24","mode":"bypass"},
              {"network":"2001:db8:abcd::/48","mode":"bypass"}]})"
        << 2;
    QTest::newRow("tunnel only 10/8 and an IPv6 /48, office pushed route bypassed")
        << R"({"format":"splitroute-policy","version":1,"other":"local","rules":[
              {"network":"10.20.0.0/16","mode":"bypass"},
              {"network":"10.0.0.0/8","mode":"tunnel"},
              {"network":"2001:db8:abcd::/48","mode":"tunnel"}]})"
        << 6;
    QTest::newRow("complement: bypass everything but 10/8")
        << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"10.0.0.0/8","mode":"tunnel"},
              {"network":"0.0.0.0/1","mode":"bypass"},
              {"network":"128.0.0.0/1","mode":"bypass"}]})"
        << 3;
}

void TestShExportNetns::roundTrip() {
    QFETCH(QString, policy);
    QFETCH(int, minChanges);
    if (auto why = testutil::netnsUnavailableReason(); !why.empty())
        QSKIP(why.c_str());
    testutil::Netns ns("sr-shexp");
    QVERIFY2(ns.ok(), ns.error().c_str());
    QVERIFY2(ns.quietIpv6(), ns.error().c_str());
    QVERIFY2(ns.ipBatch(kSetup), ns.error().c_str());

    std::string error;
    auto before = readKernelTable(ns, error);
    QVERIFY2(before, error.c_str());
    auto pol = SplitPolicy::parse(policy.toStdString());
    QVERIFY(pol.ok());
    auto plan = makePlan(*before, nullptr, nullptr, *pol, {});
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
    QVERIFY(static_cast<int>(plan->changes.size()) >= minChanges);
    auto script = ShExporter().render(*plan, {});
    QVERIFY(script.ok());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string apply = dir.filePath("apply.sh").toStdString();
    const std::string undo = dir.filePath("undo.sh").toStdString();
    std::ofstream(apply) << script->script;
    std::ofstream(undo) << script->undo;

    QVERIFY2(runScript(ns, apply, error), (error + "\n" + script->script).c_str());
    auto after = readKernelTable(ns, error);
    QVERIFY2(after, error.c_str());
    const QStringList want = canonical(plan->after), got = canonical(*after);
    if (want != got)
        qWarning("planned:\n%s\nkernel:\n%s", qPrintable(want.join('\n')),
                 qPrintable(got.join('\n')));
    QCOMPARE(got, want);

    QVERIFY2(runScript(ns, undo, error), (error + "\n" + script->undo).c_str());
    auto restored = readKernelTable(ns, error);
    QVERIFY2(restored, error.c_str());
    QCOMPARE(canonical(*restored), canonical(*before));
}

QTEST_APPLESS_MAIN(TestShExportNetns)
#include "TestShExportNetns.moc"
