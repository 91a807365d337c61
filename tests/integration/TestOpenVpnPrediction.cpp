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

#include "ProcessUtil.h"
#include "TestUtil.h"
#include "core/import/Snapshot.h"
#include "core/vpn/Predictor.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"
#include "integration/openvpn/IpJsonRoutes.h"
#include "integration/openvpn/TestPki.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <set>
#include <signal.h>
#include <unistd.h>

using namespace splitroute::core;

namespace {

using proctest::findTool;
using proctest::readText;
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

// The namespaces, processes and files of one scenario; the destructor takes everything
// down again (also when a check failed half-way).
class Lab {
public:
    Lab(QString ip, QString openvpn, QString dir)
        : m_ip(std::move(ip)), m_openvpn(std::move(openvpn)), m_dir(std::move(dir)) {
        const QString base = QString("srpred%1").arg(::getpid());
        m_client = base + "c";
        m_router = base + "r";
        m_server = base + "s";
    }
    ~Lab() { teardown(); }
    Lab(const Lab&) = delete;
    Lab& operator=(const Lab&) = delete;

    const QString& client() const { return m_client; }
    const QString& server() const { return m_server; }
    const QString& router() const { return m_router; }

    bool ipCmd(const QStringList& args, QString* error) {
        RunResult r = run(m_ip, args);
        if (!r.ok && error)
            *error = "ip " + args.join(' ') + ": " + r.err.trimmed();
        return r.ok;
    }
    bool nsExec(const QString& ns, const QStringList& args, QString* error,
                QString* out = nullptr) {
        RunResult r = run(m_ip, QStringList{"netns", "exec", ns} + args);
        if (!r.ok && error)
            *error = args.join(' ') + " in " + ns + ": " + r.err.trimmed();
        if (out)
            *out = r.out;
        return r.ok;
    }

    bool setUp(QString* error) {
        for (const QString& ns : {m_client, m_router, m_server}) {
            if (!ipCmd({"netns", "add", ns}, error))
                return false;
            m_namespaces.push_back(ns);
            // No duplicate address detection: addresses are usable at once and the tables
            // do not change under the test's feet.
            if (!nsExec(ns,
                        {"sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
                         "net.ipv6.conf.default.accept_dad=0"},
                        error))
                return false;
        }
        const QStringList steps[] = {
            {"link", "add", "eth0", "netns", m_client, "type", "veth", "peer", "name", "rc",
             "netns", m_router},
            {"link", "add", "eth0", "netns", m_server, "type", "veth", "peer", "name", "rs",
             "netns", m_router},
            {"-n", m_client, "link", "set", "lo", "up"},
            {"-n", m_router, "link", "set", "lo", "up"},
            {"-n", m_server, "link", "set", "lo", "up"},
            {"-n", m_client, "addr", "add", "192.168.1.2/24", "dev", "eth0"},
            {"-n", m_client, "addr", "add", "2001:db8:1::2/64", "dev", "eth0", "nodad"},
            {"-n", m_router, "addr", "add", "192.168.1.1/24", "dev", "rc"},
            {"-n", m_router, "addr", "add", "203.0.113.1/24", "dev", "rs"},
            {"-n", m_router, "addr", "add", "2001:db8:1::1/64", "dev", "rc", "nodad"},
            {"-n", m_router, "addr", "add", "2001:db8:2::1/64", "dev", "rs", "nodad"},
            {"-n", m_server, "addr", "add", "203.0.113.10/24", "dev", "eth0"},
            {"-n", m_server, "addr", "add", "2001:db8:2::10/64", "dev", "eth0", "nodad"},
            {"-n", m_client, "link", "set", "eth0", "up"},
            {"-n", m_server, "link", "set", "eth0", "up"},
            {"-n", m_router, "link", "set", "rc", "up"},
            {"-n", m_router, "link", "set", "rs", "up"},
            {"-n", m_client, "route", "add", "default", "via", "192.168.1.1"},
            {"-n", m_client, "-6", "route", "add", "default", "via", "2001:db8:1::1"},
            {"-n", m_server, "route", "add", "default", "via", "203.0.113.1"},
            {"-n", m_server, "-6", "route", "add", "default", "via", "2001:db8:2::1"},
        };
        for (const auto& s : steps)
            if (!ipCmd(s, error))
                return false;
        return nsExec(m_router,
                      {"sysctl", "-qw", "net.ipv4.ip_forward=1", "net.ipv6.conf.all.forwarding=1"},
                      error);
    }

    // Both families of the client's tables; the dump is repeated until two in a row agree.
    bool dumpClient(std::vector<Route>* routes, QString* error) {
        std::string last;
        for (int attempt = 0; attempt < 20; ++attempt) {
            QString v4, v6;
            if (!nsExec(m_client, {m_ip, "-4", "-j", "route", "show", "table", "all"}, error,
                        &v4) ||
                !nsExec(m_client, {m_ip, "-6", "-j", "route", "show", "table", "all"}, error, &v6))
                return false;
            const std::string now = v4.toStdString() + "\n" + v6.toStdString();
            if (now == last) {
                std::string why;
                auto a = testutil::routesFromIpJson(v4.toStdString(), Family::V4, &why);
                auto b = testutil::routesFromIpJson(v6.toStdString(), Family::V6, &why);
                if (!a || !b) {
                    *error = QString::fromStdString(why);
                    return false;
                }
                *routes = std::move(*a);
                routes->insert(routes->end(), b->begin(), b->end());
                return true;
            }
            last = now;
            QThread::msleep(100);
        }
        *error = "the client's routing table does not settle";
        return false;
    }

    bool startOpenVpn(const QString& ns, const QString& name, const QString& config,
                      QString* error) {
        const QString conf = m_dir + "/" + name + ".conf";
        const QString log = m_dir + "/" + name + ".log";
        QFile::remove(log);
        if (!writeText(conf, config)) {
            *error = "cannot write " + conf;
            return false;
        }
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(m_ip, {"netns", "exec", ns, m_openvpn, "--config", conf, "--writepid",
                        m_dir + "/" + name + ".pid", "--log", log});
        if (!p->waitForStarted(5000)) {
            *error = "cannot start openvpn in " + ns;
            return false;
        }
        m_processes.push_back(std::move(p));
        return true;
    }

    // Waits (bounded) for a line in a log; fails early when every openvpn has died.
    bool waitForLog(const QString& name, const QString& text, int timeoutMs, QString* error) {
        QElapsedTimer t;
        t.start();
        const QString log = m_dir + "/" + name + ".log";
        while (t.elapsed() < timeoutMs) {
            if (readText(log).contains(text))
                return true;
            for (const auto& p : m_processes)
                if (p->state() == QProcess::NotRunning) {
                    *error = "openvpn exited early; " + name + " log:\n" + readText(log) +
                             "\nserver log:\n" + readText(m_dir + "/server.log");
                    return false;
                }
            QThread::msleep(50);
        }
        *error = "no \"" + text + "\" after " + QString::number(timeoutMs) + " ms; " + name +
                 " log:\n" + readText(log) + "\nserver log:\n" + readText(m_dir + "/server.log");
        return false;
    }

    QString log(const QString& name) const { return readText(m_dir + "/" + name + ".log"); }

    void teardown() {
        // Our own processes only, by their PID (QProcess knows it): TERM, then KILL.
        for (auto& p : m_processes) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000)) {
                    p->kill();
                    p->waitForFinished(2000);
                }
            }
        }
        m_processes.clear();
        for (auto it = m_namespaces.rbegin(); it != m_namespaces.rend(); ++it)
            run(m_ip, {"netns", "del", *it});
        m_namespaces.clear();
    }

private:
    QString m_ip, m_openvpn, m_dir;
    QString m_client, m_router, m_server;
    std::vector<QString> m_namespaces;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

// A run killed from outside (a ctest timeout, SIGKILL) cannot clean up after itself: its
// namespaces are named srpred<pid>{c,r,s}; when <pid> is gone, the processes still inside
// them (the openvpn it started) are ended by PID and the namespaces deleted.
void removeStaleLabs(const QString& ip) {
    RunResult list = run(ip, {"netns", "list"});
    static const QRegularExpression re("^srpred(\\d+)[crs]$");
    for (const QString& line : list.out.split('\n', Qt::SkipEmptyParts)) {
        const QString ns = line.section(' ', 0, 0);
        const auto m = re.match(ns);
        // A zombie still has /proc/<pid>, but an empty command line.
        if (!m.hasMatch() || !readText("/proc/" + m.captured(1) + "/cmdline").isEmpty())
            continue;
        RunResult pids = run(ip, {"netns", "pids", ns});
        for (const QString& pid : pids.out.split('\n', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = pid.trimmed().toInt(&ok);
            if (ok && n > 1)
                ::kill(n, SIGKILL);
        }
        run(ip, {"netns", "del", ns});
    }
    // ... and its temporary directory (keys, configs, logs).
    static const QRegularExpression dirRe("^srpred(\\d+)-");
    const QDir tmp(QDir::tempPath());
    for (const QString& name : tmp.entryList({"srpred*"}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto m = dirRe.match(name);
        if (m.hasMatch() && readText("/proc/" + m.captured(1) + "/cmdline").isEmpty())
            QDir(tmp.filePath(name)).removeRecursively();
    }
}

} // namespace

class TestOpenVpnPrediction : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scenario_data();
    void scenario();

private:
    QString m_ip, m_openvpn, m_openssl;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOpenVpnPrediction::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root: creates network namespaces, veth pairs and tun devices");
    m_ip = findTool("ip");
    m_openvpn = findTool("openvpn");
    m_openssl = findTool("openssl");
    if (m_ip.isEmpty())
        QSKIP("iproute2's `ip` is not installed");
    if (findTool("sysctl").isEmpty())
        QSKIP("procps' `sysctl` is not installed (needed to set up the namespaces)");
    if (m_openvpn.isEmpty() || m_openssl.isEmpty())
        QSKIP("openvpn and openssl are needed (scripts/setup-deps.sh test installs them)");
    if (!QFile::exists("/dev/net/tun"))
        QSKIP("/dev/net/tun is missing: no tun devices in this environment");
    removeStaleLabs(m_ip);
    RunResult v = run(m_openvpn, {"--version"});
    if (!v.out.contains("OpenVPN 2.6"))
        QSKIP(qPrintable("this test models OpenVPN 2.6; found: " + v.out.section('\n', 0, 0)));

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QString("/srpred%1-XXXXXX").arg(::getpid()));
    QVERIFY(m_dir->isValid());
    const QString d = m_dir->path();
    QVERIFY(proctest::makeTestPki(m_openssl, d));
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

    const QString common =
        QString("dev tun0\ndev-type tun\ndisable-dco\nverb 3\nca %1/ca.crt\n").arg(d);
    const QString serverConf =
        common + QString("cert %1/server.crt\nkey %1/server.key\ndh none\nport 1194\n").arg(d) +
        (overIpv6 ? "proto udp6\nlocal 2001:db8:2::10\n"
         : onLan  ? "proto udp\nlocal 192.168.1.1\n"
                  : "proto udp\nlocal 203.0.113.10\n") +
        serverExtra;
    const QString serverAddress = overIpv6 ? "2001:db8:2::10"
                                  : onLan  ? "192.168.1.1"
                                           : "203.0.113.10";
    const QString clientConf = QString("client\nnobind\n") + common +
                               QString("cert %1/client.crt\nkey %1/client.key\n").arg(d) +
                               (overIpv6 ? "proto udp6\n" : "proto udp\n") + "remote " +
                               serverAddress + " 1194\n" + clientExtra;

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

QTEST_GUILESS_MAIN(TestOpenVpnPrediction)
#include "TestOpenVpnPrediction.moc"
