// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance test of the route prediction: a real OpenVPN 2.6 server and client in
// network namespaces of their own, and for each scenario the client's routing table after
// "Initialization Sequence Completed" compared route for route with predictRoutes() fed the
// table before connecting and the PUSH_REPLY from the client's log.
//
//   client ns            router ns ("internet")            server ns
//   eth0 192.168.1.2/24 ─ rc 192.168.1.1/24  rs 203.0.113.1/24 ─ eth0 203.0.113.10/24
//        2001:db8:1::2/64    2001:db8:1::1/64  2001:db8:2::1/64      2001:db8:2::10/64
//   default via .1 / 2001:db8:1::1                                   default via 203.0.113.1
//
// Everything runs inside namespaces this test creates (veth ends are created directly in
// them, tun devices are opened by openvpn inside them); the host's own network is never
// touched. Needs root, openvpn and openssl (scripts/setup-deps.sh test installs them).
//
// Where real OpenVPN differs from the reference notes, the real behaviour wins and the
// predictor follows it (see core/vpn/Predictor.h):
// - routes OpenVPN adds are proto boot (sitnl uses RTPROT_BOOT; `ip route` hides "boot");
// - `redirect-gateway ipv6` installs ::/3 2000::/4 3000::/4 fc00::/7 on tun0 even without
//   ifconfig-ipv6 (with a warning), as long as IPv6 is enabled on the device;
// - a `route ... remote_host` whose gateway (the server) is not on-link fails in the kernel
//   ("ERROR: Linux route add command failed"), so it is not in the table.

#include "OpenVpnLab.h"
#include "core/import/Snapshot.h"
#include "core/persist/ProfileBlock.h"
#include "core/plan/EffectiveDiff.h"
#include "core/plan/Planner.h"
#include "core/vpn/Predictor.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <set>

using namespace splitroute::core;

namespace {

using openvpnlab::Lab;
using openvpnlab::labClientConf;
using openvpnlab::labServerConf;
using proctest::run;
using proctest::RunResult;
using proctest::writeText;

// One route as `ip` shows it, for comparing and printing.
std::string routeKey(const Route& r) {
    std::string s = std::string(routeTypeName(r.type)) + " " + r.destination.toString();
    if (!r.gateway.isNull())
        s += " via " + r.gateway.toString();
    s += " dev " + r.interface.str();
    s += " table " + tableName(r.table);
    s += " proto " + protocolName(r.protocol);
    s += " scope " + scopeName(r.scope);
    s += " metric " + std::to_string(r.metric);
    if (!r.preferredSource.isNull())
        s += " src " + r.preferredSource.toString();
    if (r.flags)
        s += " flags " + std::to_string(r.flags);
    return s;
}

} // namespace

class TestOpenVpnPrediction : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scenario_data();
    void scenario();
    void profileBlock_data();
    void profileBlock();
    void profileBlockDefeated();

private:
    QString m_ip, m_openvpn;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOpenVpnPrediction::initTestCase() {
    openvpnlab::Tools tools;
    const QString skip = openvpnlab::labSkipReason(&tools);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    m_ip = tools.ip;
    m_openvpn = tools.openvpn;
    openvpnlab::removeStaleLabs(m_ip, "srpred");
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QString("/srpred%1-XXXXXX").arg(::getpid()));
    QVERIFY(m_dir->isValid());
    QVERIFY(openvpnlab::makeTestPki(tools.openssl, m_dir->path()));
}

void TestOpenVpnPrediction::scenario_data() {
    QTest::addColumn<QString>("serverExtra"); // lines added to the server config
    QTest::addColumn<QString>("clientExtra"); // lines added to the client config
    // Where the server is: "v4" 203.0.113.10 and "v6" 2001:db8:2::10 behind the router, or
    // "lan": OpenVPN runs on the router itself, 192.168.1.1, on the client's own subnet.
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("clientSetup"); // `ip` commands run in the client ns first

    const QString subnet = "server 10.8.0.0 255.255.255.0\ntopology subnet\n";
    const QString net30 = "server 10.8.0.0 255.255.255.0\ntopology net30\n";
    const QString pushes = "push \"route 172.16.0.0 255.255.0.0\"\n"
                           "push \"route 198.51.100.0 255.255.255.0 net_gateway\"\n"
                           "push \"route 192.0.2.0 255.255.255.0 vpn_gateway 5\"\n"
                           "push \"route 192.0.2.77 255.255.255.255 remote_host\"\n";

    QTest::newRow("def1") << subnet + "push \"redirect-gateway def1\"\n"
                          << ""
                          << "v4" << QStringList{};
    QTest::newRow("def1 bypass-dhcp local")
        << subnet + "push \"redirect-gateway def1 bypass-dhcp local\"\n"
        << ""
        << "v4" << QStringList{};
    QTest::newRow("no def1: replace the default route") << subnet + "push \"redirect-gateway\"\n"
                                                        << ""
                                                        << "v4" << QStringList{};
    QTest::newRow("pushed routes") << subnet + pushes << ""
                                   << "v4" << QStringList{};
    QTest::newRow("pushed routes, route-nopull")
        << subnet + pushes + "push \"redirect-gateway def1\"\n"
        << "route-nopull\nroute 203.0.113.0 255.255.255.0 net_gateway\nroute 10.99.0.0 "
           "255.255.0.0\n"
        << "v4" << QStringList{};
    QTest::newRow("pull-filter ignore redirect-gateway")
        << subnet + "push \"redirect-gateway def1\"\npush \"route 172.16.0.0 255.255.0.0\"\n"
        << "pull-filter ignore \"redirect-gateway\"\n"
        << "v4" << QStringList{};
    QTest::newRow("topology subnet, route-metric, block-local")
        << subnet + "push \"redirect-gateway def1 block-local\"\npush \"route-metric 50\"\n" +
               pushes
        << ""
        << "v4" << QStringList{};
    QTest::newRow("topology net30") << net30 + "push \"redirect-gateway def1\"\n" + pushes << ""
                                    << "v4" << QStringList{};
    QTest::newRow("topology p2p")
        << "server 10.8.0.0 255.255.255.0\ntopology p2p\npush \"redirect-gateway\"\n"
        << ""
        << "v4" << QStringList{};
    QTest::newRow("ipv6: ifconfig-ipv6, redirect-gateway ipv6")
        << subnet + "server-ipv6 fd00:8::/64\npush \"redirect-gateway def1 ipv6\"\n"
                    "push \"route-ipv6 2001:db8:77::/48\"\n"
        << ""
        << "v4" << QStringList{};
    QTest::newRow("ipv6 transport: /128 to the server")
        << subnet + "server-ipv6 fd00:8::/64\npush \"redirect-gateway def1 ipv6\"\n"
        << ""
        << "v6" << QStringList{};
    QTest::newRow("redirect-gateway ipv6 without ifconfig-ipv6")
        << subnet + "push \"redirect-gateway def1 ipv6\"\n"
        << ""
        << "v4" << QStringList{};
    QTest::newRow("server on the LAN: host route to the gateway via itself")
        << subnet + "push \"redirect-gateway def1\"\n"
        << ""
        << "lan" << QStringList{};
    QTest::newRow("server on the LAN, autolocal: no host route")
        << subnet + "push \"redirect-gateway def1 autolocal\"\n"
        << ""
        << "lan" << QStringList{};
    QTest::newRow("the same route pushed twice (File exists), a network with host bits")
        << subnet + "push \"route 172.16.0.0 255.255.0.0\"\npush \"route 172.16.0.0 255.255.0.0\"\n"
                    "push \"route 192.168.1.0 255.255.255.0 net_gateway\"\n"
                    "push \"route 172.20.5.0 255.255.0.0\"\n"
        << ""
        << "v4" << QStringList{};
    QTest::newRow("two default routes with metrics, no def1: the best one is replaced")
        << subnet +
               "push \"redirect-gateway\"\npush \"route 198.51.100.0 255.255.255.0 net_gateway\"\n"
        << ""
        << "v4"
        << QStringList{"route del default",
                       "route add default via 192.168.1.1 proto dhcp metric 100",
                       "route add default via 192.168.1.254 metric 600"};
}

void TestOpenVpnPrediction::scenario() {
    QFETCH(QString, serverExtra);
    QFETCH(QString, clientExtra);
    QFETCH(QString, where);
    QFETCH(QStringList, clientSetup);
    const bool overIpv6 = where == "v6";
    const bool onLan = where == "lan";

    const QString d = m_dir->path();
    Lab lab(m_ip, m_openvpn, d);
    QString error;
    QVERIFY2(lab.setUp(&error), qPrintable(error));

    for (const QString& cmd : clientSetup)
        QVERIFY2(lab.ipCmd(QStringList{"-n", lab.client()} + cmd.split(' '), &error),
                 qPrintable(error));

    std::vector<Route> before;
    QVERIFY2(lab.dumpClient(&before, &error), qPrintable(error));

    const QString serverConf =
        labServerConf(d, QString(overIpv6 ? "proto udp6\nlocal 2001:db8:2::10\n"
                                 : onLan  ? "proto udp\nlocal 192.168.1.1\n"
                                          : "proto udp\nlocal 203.0.113.10\n") +
                             serverExtra);
    const QString serverAddress = overIpv6 ? "2001:db8:2::10"
                                  : onLan  ? "192.168.1.1"
                                           : "203.0.113.10";
    const QString clientConf =
        labClientConf(d, QString(overIpv6 ? "proto udp6\n" : "proto udp\n") + "remote " +
                             serverAddress + " 1194\n" + clientExtra);

    QVERIFY2(lab.startOpenVpn(onLan ? lab.router() : lab.server(), "server", serverConf, &error),
             qPrintable(error));
    QVERIFY2(lab.waitForLog("server", "Initialization Sequence Completed", 10000, &error),
             qPrintable(error));
    QVERIFY2(lab.startOpenVpn(lab.client(), "client", clientConf, &error), qPrintable(error));
    QVERIFY2(lab.waitForLog("client", "Initialization Sequence Completed", 20000, &error),
             qPrintable(error));

    std::vector<Route> actual;
    QVERIFY2(lab.dumpClient(&actual, &error), qPrintable(error));
    const std::string clientLog = lab.log("client").toStdString();

    // The prediction from what a user has: the table before, the profile, the log.
    auto profile = parseProfile(clientConf.toStdString(), "client.conf");
    QVERIFY2(profile.ok(), profile.ok() ? "" : profile.error().toString().c_str());
    auto reply = parsePushLog(clientLog);
    QVERIFY2(reply.ok(), reply.ok() ? "" : reply.error().toString().c_str());
    const PushResult pushed = applyPushReply(*profile, *reply);
    QVERIFY(!pushed.rejected);
    const VpnProfile& effective = pushed.effective;
    TunnelParams params;
    params.device = "tun0";
    params.serverAddress = IpAddress::parse(serverAddress.toStdString()).value();
    auto predicted = predictRoutes(RouteTable(before), effective, params);
    QVERIFY2(predicted.ok(), predicted.ok() ? "" : predicted.error().message.c_str());

    // The tun device's link-local address is random: its table-local /128 is left out of
    // both sides.
    auto comparable = [](const Route& r) {
        return !(r.table == table::Local && r.type == RouteType::Local &&
                 r.interface == std::string_view("tun0") && r.family() == Family::V6 &&
                 r.destination.address().bytes()[0] == 0xfe);
    };
    std::multiset<std::string> want, got;
    for (const auto& r : predicted->after.routes())
        if (comparable(r))
            want.insert(routeKey(r));
    for (const auto& r : actual)
        if (comparable(r))
            got.insert(routeKey(r));

    if (want != got) {
        QString report = "\n--- predicted but not in the kernel:\n";
        for (const auto& k : want)
            if (got.count(k) < want.count(k))
                report += QString::fromStdString(k) + "\n";
        report += "--- in the kernel but not predicted:\n";
        for (const auto& k : got)
            if (want.count(k) < got.count(k))
                report += QString::fromStdString(k) + "\n";
        report += "--- prediction notes:\n";
        for (const auto& n : predicted->notes)
            report += QString::fromStdString(n.toString()) + "\n";
        report += "--- client log:\n" + QString::fromStdString(clientLog);
        QFAIL(qPrintable(report));
    }

    // OpenVPN's own complaints are predicted too: routes the kernel refused (ERROR) and
    // routes that already existed (2.6 only notes EEXIST).
    auto count = [](const std::string& text, const std::string& what) {
        int n = 0;
        for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
            ++n;
        return n;
    };
    auto predictedCount = [&](const char* code) {
        return static_cast<int>(std::count_if(predicted->notes.begin(), predicted->notes.end(),
                                              [&](const Diagnostic& n) { return n.code == code; }));
    };
    QCOMPARE(predictedCount("route-add-failed"),
             count(clientLog, "ERROR: Linux route add command failed") +
                 count(clientLog, "ERROR: Linux IPv6 route can't be added"));
    QCOMPARE(predictedCount("route-exists"),
             count(clientLog, "NOTE: Linux route add command failed because route exists"));

    // The same through the command line: `splitroute-cli predict --json` on the files a user
    // has (the table before as a snapshot, the profile, the client log) gives the same table.
    const QString beforeFile = d + "/before.snapshot.json";
    QVERIFY(writeText(beforeFile, QString::fromStdString(writeSnapshot(
                                      Snapshot{"client ns", "", RouteTable(before)}))));
    RunResult cli = run(SPLITROUTE_CLI_PATH, {"predict", "--profile", d + "/client.conf",
                                              "--push-log", d + "/client.log", "--table",
                                              beforeFile, "--server", serverAddress, "--json"});
    QVERIFY2(cli.ok, qPrintable(cli.err));
    auto snapshot = readSnapshot(cli.out.toStdString(), "predict output");
    QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : snapshot.error().toString().c_str());
    std::multiset<std::string> fromCli;
    for (const auto& r : snapshot->table.routes())
        if (comparable(r))
            fromCli.insert(routeKey(r));
    QVERIFY2(fromCli == got,
             qPrintable("splitroute-cli predict differs from the kernel:\n" + cli.out));
    qInfo("%zu routes before, %zu after, %zu added, %zu removed: all match", before.size(),
          actual.size(), predicted->added.size(), predicted->removed.size());
}

void TestOpenVpnPrediction::profileBlock_data() {
    QTest::addColumn<QString>("serverExtra");
    QTest::addColumn<QString>("policy"); // a splitroute-policy document

    const QString subnet = "server 10.8.0.0 255.255.255.0\ntopology subnet\n";
    const QString pushes = "push \"redirect-gateway def1\"\n"
                           "push \"route 172.16.0.0 255.255.0.0\"\n"
                           "push \"route 10.20.0.0 255.255.0.0\"\n";
    QTest::newRow("full tunnel; bypass a network and a pushed route")
        << subnet + pushes
        << R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
              {"network":"198.51.100.0/24","label":"Video","mode":"bypass"},
              {"network":"172.16.0.0/16","label":"Lab","mode":"bypass"}]})";
    QTest::newRow("other traffic local; one network and a pushed route through the tunnel")
        << subnet + pushes << R"({"format":"splitroute-policy","version":1,"other":"local","rules":[
              {"network":"10.99.0.0/16","label":"Office","mode":"tunnel"},
              {"network":"10.20.0.0/16","mode":"tunnel"},
              {"network":"172.16.0.0/16","mode":"bypass"}]})";
    QTest::newRow("IPv6 too: other traffic local in both families")
        << subnet + "server-ipv6 fd00:8::/64\npush \"redirect-gateway def1 ipv6\"\n"
                    "push \"route-ipv6 2001:db8:77::/48\"\npush \"route 10.20.0.0 255.255.0.0\"\n"
        << R"({"format":"splitroute-policy","version":1,"other":"local","rules":[
              {"network":"2001:db8:77::/48","mode":"tunnel"},
              {"network":"10.20.0.0/16","mode":"tunnel"}]})";
}

// The split written into the profile (core/persist/ProfileBlock, the OpenVPN exporter's
// pull-filter / route lines) does with a real OpenVPN 2.6 what the plan says: connect with
// the plain profile, plan on the table OpenVPN made, connect again with the written profile,
// and every address goes where the plan's after-table sends it (effective diff empty).
// Route for route the tables differ only where OpenVPN installs a route differently (proto
// boot instead of 157; the host route to the server is not added once redirect-gateway is
// filtered — and not needed then).
void TestOpenVpnPrediction::profileBlock() {
    QFETCH(QString, serverExtra);
    QFETCH(QString, policy);
    const QString d = m_dir->path();
    Lab lab(m_ip, m_openvpn, d);
    QString error;
    QVERIFY2(lab.setUp(&error), qPrintable(error));

    const QString serverConf = labServerConf(d, "proto udp\nlocal 203.0.113.10\n" + serverExtra);
    const QString clientConf = labClientConf(d, "proto udp\nremote 203.0.113.10 1194\n");

    auto mainTable = [](const std::vector<Route>& routes) {
        std::vector<Route> main;
        for (const auto& r : routes)
            if (r.table == table::Main)
                main.push_back(r);
        return RouteTable(std::move(main));
    };
    auto connect = [&](const QString& clientName, const QString& config, RouteTable* table) {
        lab.stopProcesses();
        QString e;
        if (!lab.startOpenVpn(lab.server(), "server", serverConf, &e) ||
            !lab.waitForLog("server", "Initialization Sequence Completed", 10000, &e) ||
            !lab.startOpenVpn(lab.client(), clientName, config, &e) ||
            !lab.waitForLog(clientName, "Initialization Sequence Completed", 20000, &e)) {
            error = e;
            return false;
        }
        std::vector<Route> routes;
        if (!lab.dumpClient(&routes, &e)) {
            error = e;
            return false;
        }
        *table = mainTable(routes);
        return true;
    };

    RouteTable openvpnTable;
    QVERIFY2(connect("client", clientConf, &openvpnTable), qPrintable(error));
    auto pol = SplitPolicy::parse(policy.toStdString());
    QVERIFY2(pol.ok(), pol.ok() ? "" : pol.error().message.c_str());
    PlanParameters params;
    params.tunnelDevice = "tun0";
    auto plan = makePlan(openvpnTable, nullptr, nullptr, *pol, params);
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
    QVERIFY(!plan->changes.empty());

    BlockOptions options;
    options.fileName = "client.conf";
    options.outputName = "client-split.conf";
    options.planName = "policy.json";
    options.connection = "lab";
    auto edit = writeSplitBlock(clientConf.toStdString(), *plan, options);
    QVERIFY2(edit.ok(), edit.ok() ? "" : edit.error().toString().c_str());
    auto undone = removeSplitBlock(edit->text, "client-split.conf");
    QVERIFY(undone.ok() && *undone == clientConf.toStdString());

    RouteTable splitTable;
    QVERIFY2(connect("client-split", QString::fromStdString(edit->text), &splitTable),
             qPrintable(error));
    const EffectiveDiff diff = effectiveDiff(plan->after, splitTable);
    if (!diff.empty()) {
        QString report = "\nthe written profile does not give the planned table: " +
                         QString::fromStdString(diff.summary) + "\n--- block:\n" +
                         QString::fromStdString(edit->diff) + "--- planned:\n";
        for (const auto& r : plan->after.routes())
            report += QString::fromStdString(routeKey(r)) + "\n";
        report += "--- kernel:\n";
        for (const auto& r : splitTable.routes())
            report += QString::fromStdString(routeKey(r)) + "\n";
        report += "--- client log:\n" + lab.log("client-split");
        QFAIL(qPrintable(report));
    }
    // The filters did their work (OpenVPN says so for each pushed option it drops).
    const int filters =
        static_cast<int>(lab.log("client-split").count("Pushed option removed by filter"));
    int filterLines = 0;
    for (std::size_t at = edit->text.find("\npull-filter ignore"); at != std::string::npos;
         at = edit->text.find("\npull-filter ignore", at + 1))
        ++filterLines;
    QVERIFY2(filters >= filterLines, qPrintable(lab.log("client-split")));
    qInfo("%zu change(s) planned, %d pull-filter line(s); OpenVPN with the written profile "
          "gives the planned table (%zu routes)",
          plan->changes.size(), filterLines, splitTable.size());
}

// Why writeSplitBlock refuses a profile with an earlier `pull-filter accept "redirect-gateway"`:
// with the block written by hand after that line, a real OpenVPN 2.6 takes the first match,
// accepts the pushed redirect-gateway and installs the /1 halves the block was there to
// refuse; the planned table ("other traffic local") is not what the client gets.
void TestOpenVpnPrediction::profileBlockDefeated() {
    const QString d = m_dir->path();
    Lab lab(m_ip, m_openvpn, d);
    QString error;
    QVERIFY2(lab.setUp(&error), qPrintable(error));

    const QString serverConf =
        labServerConf(d, "proto udp\nlocal 203.0.113.10\nserver 10.8.0.0 255.255.255.0\n"
                         "topology subnet\npush \"redirect-gateway def1\"\n"
                         "push \"route 172.16.0.0 255.255.0.0\"\n");
    const QString clientConf = labClientConf(d, "proto udp\nremote 203.0.113.10 1194\n");
    auto connect = [&](const QString& clientName, const QString& config, RouteTable* table) {
        lab.stopProcesses();
        QString e;
        std::vector<Route> routes;
        if (!lab.startOpenVpn(lab.server(), "server", serverConf, &e) ||
            !lab.waitForLog("server", "Initialization Sequence Completed", 10000, &e) ||
            !lab.startOpenVpn(lab.client(), clientName, config, &e) ||
            !lab.waitForLog(clientName, "Initialization Sequence Completed", 20000, &e) ||
            !lab.dumpClient(&routes, &e)) {
            error = e;
            return false;
        }
        std::vector<Route> main;
        for (const auto& r : routes)
            if (r.table == table::Main)
                main.push_back(r);
        *table = RouteTable(std::move(main));
        return true;
    };

    RouteTable openvpnTable;
    QVERIFY2(connect("client", clientConf, &openvpnTable), qPrintable(error));
    auto pol = SplitPolicy::parse(R"({"format":"splitroute-policy","version":1,"other":"local",
        "rules":[{"network":"172.16.0.0/16","mode":"tunnel"}]})");
    QVERIFY(pol.ok());
    PlanParameters params;
    params.tunnelDevice = "tun0";
    auto plan = makePlan(openvpnTable, nullptr, nullptr, *pol, params);
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());

    BlockOptions options;
    options.fileName = "client.conf";
    auto clean = writeSplitBlock(clientConf.toStdString(), *plan, options);
    QVERIFY2(clean.ok(), clean.ok() ? "" : clean.error().toString().c_str());
    QVERIFY(clean->text.find("pull-filter ignore \"redirect-gateway\"") != std::string::npos);

    // The user's accept before the block: refused, with its line...
    const std::string accept = "pull-filter accept \"redirect-gateway\"\n";
    const std::string withAccept = clientConf.toStdString() + accept;
    const int acceptLine = static_cast<int>(std::count(withAccept.begin(), withAccept.end(), '\n'));
    auto refused = writeSplitBlock(withAccept, *plan, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where.line, acceptLine);

    // ... and rightly: the same block appended by hand does not work.
    const std::string byHand = withAccept + clean->text.substr(clientConf.size());
    RouteTable defeated;
    QVERIFY2(connect("client-defeated", QString::fromStdString(byHand), &defeated),
             qPrintable(error));
    const QString log = lab.log("client-defeated");
    // (verb 3 does not log accepted options; the ignore line would have said so.)
    QVERIFY2(log.contains("redirect-gateway def1") &&
                 !log.contains("Pushed option removed by filter: 'redirect-gateway"),
             qPrintable(log.right(3000)));
    int halves = 0;
    for (const auto& r : defeated.routes())
        if (r.interface == std::string_view("tun0") &&
            (r.destination.toString() == "0.0.0.0/1" || r.destination.toString() == "128.0.0.0/1"))
            ++halves;
    QCOMPARE(halves, 2);
    for (const char* gone : {"0.0.0.0/1", "128.0.0.0/1"})
        QVERIFY2(!plan->after.routes().empty() &&
                     std::none_of(plan->after.routes().begin(), plan->after.routes().end(),
                                  [&](const Route& r) { return r.destination.toString() == gone; }),
                 gone);
    const EffectiveDiff diff = effectiveDiff(plan->after, defeated);
    QVERIFY2(!diff.empty(), "the defeated block gave the planned table after all");

    // The look-alike that is let through: under route-nopull the same accept is moot (pushed
    // routes are refused whatever a filter accepts), and the written profile has no halves.
    const std::string nopull = clientConf.toStdString() + "route-nopull\n" + accept;
    auto allowed = writeSplitBlock(nopull, *plan, options);
    QVERIFY2(allowed.ok(), allowed.ok() ? "" : allowed.error().toString().c_str());
    RouteTable withNopull;
    QVERIFY2(connect("client-nopull", QString::fromStdString(allowed->text), &withNopull),
             qPrintable(error));
    for (const auto& r : withNopull.routes())
        QVERIFY2(r.destination.length() != 1, qPrintable(lab.log("client-nopull")));
    qInfo("with the accept before the block: %s", diff.summary.c_str());
}

QTEST_GUILESS_MAIN(TestOpenVpnPrediction)
#include "TestOpenVpnPrediction.moc"
