// SPDX-License-Identifier: GPL-3.0-or-later
// The keeper against a real OpenVPN 2.6 server and client in network namespaces of their own
// (the lab of TestOpenVpnPrediction: client ─ router ─ server, veth pairs, tun devices opened
// by openvpn inside the namespaces; the host's network is never touched):
//
// - a full tunnel (redirect-gateway def1) with the kept policy "other traffic local,
//   10.20.0.0/16 through the tunnel, 203.0.113.0/24 bypass", kept through `splitroute-cli
//   keep` (the helper's keep verb) and matched by the VPN server's address; the client is
//   restarted 20 times (killed and started again, and SIGUSR1 soft restarts): after each the
//   client's table equals the planned after-table within one second (restore times printed);
// - enforcement: a process that puts 0.0.0.0/1 back every 50 ms: the keeper gives up after
//   its limit, `splitroute-cli kept --json` says so, and it does not loop;
// - forget: the table becomes exactly what OpenVPN installed;
// - SIGKILL of the keeper while it applies a 10k-route policy: restarted, it rolls back from
//   its journal and applies again; the table is what the plan says, forget restores OpenVPN's.
//
// The keeper runs as its own process (`ip netns exec CLIENT splitroute-keeper --config-dir
// TMP --state-dir TMP --foreground`), ended by PID. Needs root, openvpn 2.6 and openssl.

#include "OpenVpnLab.h"
#include "TestUtil.h"
#include "core/plan/KeptPolicy.h"
#include "core/plan/Planner.h"
#include "integration/openvpn/IpJsonRoutes.h"
#include "platform/keeper/KeeperState.h"

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
#include <sys/stat.h>
#include <unistd.h>

using namespace splitroute;
using namespace splitroute::core;
using nlohmann::json;

namespace {

using proctest::findTool;
using proctest::readText;
using proctest::RunResult;
using proctest::writeText;
RunResult run(const QString& program, const QStringList& args, int timeoutMs = 30000) {
    return proctest::run(program, args, timeoutMs);
}

std::string routeKey(const Route& r) {
    std::string s = std::string(routeTypeName(r.type)) + " " + r.destination.toString();
    if (!r.gateway.isNull())
        s += " via " + r.gateway.toString();
    s += " dev " + r.interface.str() + " proto " + protocolName(r.protocol) + " scope " +
         scopeName(r.scope) + " metric " + std::to_string(r.metric);
    if (!r.preferredSource.isNull())
        s += " src " + r.preferredSource.toString();
    return s;
}

std::multiset<std::string> keys(const std::vector<Route>& routes) {
    std::multiset<std::string> k;
    for (const auto& r : routes)
        if (r.table == table::Main)
            k.insert(routeKey(r));
    return k;
}

QString describe(const std::multiset<std::string>& want, const std::multiset<std::string>& got) {
    QString s = "\n--- expected, missing:\n";
    for (const auto& k : want)
        if (got.count(k) < want.count(k))
            s += QString::fromStdString(k) + "\n";
    s += "--- present, not expected:\n";
    std::size_t n = 0;
    for (const auto& k : got)
        if (want.count(k) < got.count(k) && ++n < 20)
            s += QString::fromStdString(k) + "\n";
    return s;
}

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

class TestKeeperOpenVpn : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void restarts();
    void enforcementGivesUp();
    void forgetRestoresOpenVpnRoutes();
    void sigkillDuringLargeReapply();

private:
    bool ipCmd(const QStringList& args, QString* error);
    bool nsExec(const QString& ns, const QStringList& args, QString* error, QString* out = nullptr);
    bool startProcess(const QString& ns, const QStringList& args, const QString& logFile,
                      std::unique_ptr<QProcess>& slot, QString* error);
    void stop(std::unique_ptr<QProcess>& p, bool kill = false);
    bool startClient(QString* error);
    int countInLog(const QString& name, const QString& text) const;
    bool waitForLogCount(const QString& name, const QString& text, int count, int timeoutMs,
                         QString* error);
    bool dumpClient(std::vector<Route>* routes, QString* error);
    /// Polls the client's main table until it equals `want` (true) or timeoutMs passes.
    bool waitForTable(const std::multiset<std::string>& want, int timeoutMs,
                      std::multiset<std::string>* last = nullptr);
    bool startKeeper(QString* error);
    std::optional<platform::KeptStatus> keptState(const std::string& name);
    RunResult cli(const QStringList& args);

    QString m_ip, m_openvpn, m_openssl, m_keeper;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_client, m_router, m_server;
    std::vector<QString> m_namespaces;
    std::unique_ptr<QProcess> m_serverProc, m_clientProc, m_keeperProc;
    int m_clientRun = 0;
    std::vector<Route> m_openvpnTable; // the client's table as OpenVPN left it
    std::multiset<std::string> m_openvpnKeys, m_plannedKeys;
    QString m_keepDir, m_stateDir;
};

bool TestKeeperOpenVpn::ipCmd(const QStringList& args, QString* error) {
    RunResult r = run(m_ip, args);
    if (!r.ok && error)
        *error = "ip " + args.join(' ') + ": " + r.err.trimmed();
    return r.ok;
}

bool TestKeeperOpenVpn::nsExec(const QString& ns, const QStringList& args, QString* error,
                               QString* out) {
    RunResult r = run(m_ip, QStringList{"netns", "exec", ns} + args);
    if (!r.ok && error)
        *error = args.join(' ') + " in " + ns + ": " + r.err.trimmed() + r.out.trimmed();
    if (out)
        *out = r.out;
    return r.ok;
}

bool TestKeeperOpenVpn::startProcess(const QString& ns, const QStringList& args,
                                     const QString& logFile, std::unique_ptr<QProcess>& slot,
                                     QString* error) {
    auto p = std::make_unique<QProcess>();
    p->setStandardOutputFile(logFile, QIODevice::Append);
    p->setStandardErrorFile(logFile, QIODevice::Append);
    // `ip netns exec` execs the program: the PID QProcess knows is the program's.
    p->start(m_ip, QStringList{"netns", "exec", ns} + args);
    if (!p->waitForStarted(5000)) {
        *error = "cannot start " + args.join(' ') + " in " + ns;
        return false;
    }
    slot = std::move(p);
    return true;
}

void TestKeeperOpenVpn::stop(std::unique_ptr<QProcess>& p, bool kill) {
    if (!p)
        return;
    if (p->state() != QProcess::NotRunning) {
        if (kill) {
            p->kill();
        } else {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
        }
        p->waitForFinished(3000);
    }
    p.reset();
}

int TestKeeperOpenVpn::countInLog(const QString& name, const QString& text) const {
    return readText(m_dir->path() + "/" + name + ".log").count(text);
}

bool TestKeeperOpenVpn::waitForLogCount(const QString& name, const QString& text, int count,
                                        int timeoutMs, QString* error) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (countInLog(name, text) >= count)
            return true;
        QThread::msleep(5);
    }
    *error = "no \"" + text + "\" (#" + QString::number(count) + ") after " +
             QString::number(timeoutMs) + " ms; " + name + " log:\n" +
             readText(m_dir->path() + "/" + name + ".log").right(3000);
    return false;
}

bool TestKeeperOpenVpn::startClient(QString* error) {
    const QString d = m_dir->path();
    ++m_clientRun;
    QFile::remove(d + "/client.log");
    return startProcess(m_client,
                        {m_openvpn, "--config", d + "/client.conf", "--log", d + "/client.log"},
                        d + "/client.out", m_clientProc, error);
}

bool TestKeeperOpenVpn::dumpClient(std::vector<Route>* routes, QString* error) {
    QString v4;
    if (!nsExec(m_client, {m_ip, "-4", "-j", "route", "show", "table", "main"}, error, &v4))
        return false;
    std::string why;
    auto a = testutil::routesFromIpJson(v4.toStdString(), Family::V4, &why);
    if (!a) {
        *error = QString::fromStdString(why);
        return false;
    }
    *routes = std::move(*a);
    return true;
}

bool TestKeeperOpenVpn::waitForTable(const std::multiset<std::string>& want, int timeoutMs,
                                     std::multiset<std::string>* last) {
    QElapsedTimer t;
    t.start();
    for (;;) {
        std::vector<Route> now;
        QString error;
        if (dumpClient(&now, &error)) {
            auto k = keys(now);
            if (last)
                *last = k;
            if (k == want)
                return true;
        }
        if (t.elapsed() > timeoutMs)
            return false;
        QThread::msleep(10);
    }
}

bool TestKeeperOpenVpn::startKeeper(QString* error) {
    return startProcess(
        m_client, {m_keeper, "--config-dir", m_keepDir, "--state-dir", m_stateDir, "--foreground"},
        m_dir->path() + "/keeper.log", m_keeperProc, error);
}

RunResult TestKeeperOpenVpn::cli(const QStringList& args) {
    // In the client's namespace, through the helper's keep/forget verbs (run directly: root).
    return run(m_ip,
               QStringList{"netns", "exec", m_client, SPLITROUTE_CLI_PATH} + args +
                   QStringList{"--direct", "--helper", SPLITROUTE_HELPER_PATH, "--helper-arg",
                               "--keep-dir", "--helper-arg", m_keepDir, "--helper-arg",
                               "--state-dir", "--helper-arg", m_dir->path() + "/helper-state"});
}

std::optional<platform::KeptStatus> TestKeeperOpenVpn::keptState(const std::string& name) {
    // As a person would ask: splitroute-cli kept --json.
    RunResult r = run(SPLITROUTE_CLI_PATH,
                      {"kept", "--json", "--config-dir", m_keepDir, "--state-dir", m_stateDir});
    if (!r.ok)
        return std::nullopt;
    json j = json::parse(r.out.toStdString(), nullptr, false);
    if (j.is_discarded())
        return std::nullopt;
    for (const auto& p : j["policies"])
        if (p.value("name", std::string()) == name && p.contains("reapplies")) {
            json doc{{"format", "splitroute-keeper-state"},
                     {"version", 1},
                     {"policies", json::array({p})}};
            auto s = platform::keeperStatusFromJson(doc);
            if (s)
                return s->policies.front();
        }
    return std::nullopt;
}

void TestKeeperOpenVpn::initTestCase() {
    openvpnlab::Tools tools;
    const QString skip = openvpnlab::labSkipReason(&tools);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    m_ip = tools.ip;
    m_openvpn = tools.openvpn;
    m_openssl = tools.openssl;
    m_keeper = SPLITROUTE_KEEPER_PATH;
    openvpnlab::removeStaleLabs(m_ip, "srkeep");

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QString("/srkeep%1-XXXXXX").arg(::getpid()));
    QVERIFY(m_dir->isValid());
    const QString d = m_dir->path();
    m_keepDir = d + "/keep.d";
    m_stateDir = d + "/keeper-state";
    QVERIFY(QDir().mkpath(m_keepDir));
    ::chmod(d.toLocal8Bit().constData(), 0755);
    ::chmod(m_keepDir.toLocal8Bit().constData(), 0755);
    QVERIFY(openvpnlab::makeTestPki(m_openssl, d));

    const QString base = QString("srkeep%1").arg(::getpid());
    m_client = base + "c";
    m_router = base + "r";
    m_server = base + "s";
    QString error;
    for (const QString& ns : {m_client, m_router, m_server}) {
        QVERIFY2(ipCmd({"netns", "add", ns}, &error), qPrintable(error));
        m_namespaces.push_back(ns);
        QVERIFY2(nsExec(ns, {"sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1"}, &error),
                 qPrintable(error));
    }
    const QStringList steps[] = {
        {"link", "add", "eth0", "netns", m_client, "type", "veth", "peer", "name", "rc", "netns",
         m_router},
        {"link", "add", "eth0", "netns", m_server, "type", "veth", "peer", "name", "rs", "netns",
         m_router},
        {"-n", m_client, "link", "set", "lo", "up"},
        {"-n", m_router, "link", "set", "lo", "up"},
        {"-n", m_server, "link", "set", "lo", "up"},
        {"-n", m_client, "addr", "add", "192.168.1.2/24", "dev", "eth0"},
        {"-n", m_router, "addr", "add", "192.168.1.1/24", "dev", "rc"},
        {"-n", m_router, "addr", "add", "203.0.113.1/24", "dev", "rs"},
        {"-n", m_server, "addr", "add", "203.0.113.10/24", "dev", "eth0"},
        {"-n", m_client, "link", "set", "eth0", "up"},
        {"-n", m_server, "link", "set", "eth0", "up"},
        {"-n", m_router, "link", "set", "rc", "up"},
        {"-n", m_router, "link", "set", "rs", "up"},
        {"-n", m_client, "route", "add", "default", "via", "192.168.1.1"},
        {"-n", m_server, "route", "add", "default", "via", "203.0.113.1"},
    };
    for (const auto& s : steps)
        QVERIFY2(ipCmd(s, &error), qPrintable(error));
    QVERIFY2(nsExec(m_router, {"sysctl", "-qw", "net.ipv4.ip_forward=1"}, &error),
             qPrintable(error));

    // The client always gets 10.8.0.2 (client-config-dir), so every reconnect installs the
    // same routes.
    QVERIFY(QDir().mkpath(d + "/ccd"));
    QVERIFY(writeText(d + "/ccd/client", "ifconfig-push 10.8.0.2 255.255.255.0\n"));
    QVERIFY(writeText(
        d + "/server.conf",
        openvpnlab::labServerConf(d, QString("proto udp\nlocal 203.0.113.10\n"
                                             "server 10.8.0.0 255.255.255.0\ntopology subnet\n"
                                             "client-config-dir %1/ccd\n"
                                             "push \"redirect-gateway def1\"\nkeepalive 1 5\n")
                                         .arg(d))));
    QVERIFY(writeText(
        d + "/client.conf",
        openvpnlab::labClientConf(d, "proto udp\nremote 203.0.113.10 1194\nconnect-retry 1\n")));
    QVERIFY2(startProcess(m_server,
                          {m_openvpn, "--config", d + "/server.conf", "--log", d + "/server.log"},
                          d + "/server.out", m_serverProc, &error),
             qPrintable(error));
    QVERIFY2(waitForLogCount("server", "Initialization Sequence Completed", 1, 10000, &error),
             qPrintable(error));
    QVERIFY2(startClient(&error), qPrintable(error));
    QVERIFY2(waitForLogCount("client", "Initialization Sequence Completed", 1, 20000, &error),
             qPrintable(error));
    QVERIFY2(dumpClient(&m_openvpnTable, &error), qPrintable(error));
    m_openvpnKeys = keys(m_openvpnTable);

    // What the keeper should make of it: the planner on OpenVPN's table.
    auto policy = SplitPolicy::parse(
        R"({"format":"splitroute-policy","version":1,"other":"local","rules":[
            {"network":"10.20.0.0/16","mode":"tunnel"},{"network":"203.0.113.0/24","mode":"bypass"}]})");
    QVERIFY(policy.ok());
    PlanParameters params;
    params.tunnelDevice = "tun0";
    auto plan = makePlan(RouteTable(m_openvpnTable), nullptr, nullptr, *policy, params);
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
    QVERIFY(!plan->changes.empty());
    m_plannedKeys = keys(plan->after.routes());
    QVERIFY(writeText(d + "/corp.policy.json", QString::fromStdString(policy->serialize())));

    QVERIFY2(startKeeper(&error), qPrintable(error));
    QThread::msleep(300);
    RunResult kept = cli({"keep", "--policy", d + "/corp.policy.json", "--match-remote",
                          "203.0.113.10", "--name", "corp"});
    QVERIFY2(kept.ok, qPrintable(kept.err + kept.out));
    std::multiset<std::string> last;
    QVERIFY2(waitForTable(m_plannedKeys, 3000, &last),
             qPrintable(describe(m_plannedKeys, last) + readText(d + "/keeper.log")));
}

void TestKeeperOpenVpn::cleanupTestCase() {
    stop(m_keeperProc);
    stop(m_clientProc);
    stop(m_serverProc);
    for (auto it = m_namespaces.rbegin(); it != m_namespaces.rend(); ++it)
        run(m_ip, {"netns", "del", *it});
    m_namespaces.clear();
}

void TestKeeperOpenVpn::restarts() {
    constexpr int kRestarts = 20;
    std::vector<double> seen, keeperMs;
    const auto logStart = readText(m_dir->path() + "/keeper.log").size();
    QString error;
    for (int i = 0; i < kRestarts; ++i) {
        const bool hard = i % 2 == 0;
        int want = 1;
        if (hard) {
            stop(m_clientProc, true); // SIGKILL: no chance to remove its routes
            QVERIFY2(startClient(&error), qPrintable(error));
        } else {
            want = countInLog("client", "Initialization Sequence Completed") + 1;
            QCOMPARE(::kill(static_cast<pid_t>(m_clientProc->processId()), SIGUSR1), 0);
        }
        QVERIFY2(
            waitForLogCount("client", "Initialization Sequence Completed", want, 30000, &error),
            qPrintable(error));
        // OpenVPN has installed its routes when it says so; from here the split must be back
        // within a second.
        QElapsedTimer t;
        t.start();
        std::multiset<std::string> last;
        const bool restored = waitForTable(m_plannedKeys, 3000, &last);
        const double ms = static_cast<double>(t.elapsed());
        QVERIFY2(restored,
                 qPrintable(QString("restart %1 (%2): ").arg(i).arg(hard ? "kill" : "SIGUSR1") +
                            describe(m_plannedKeys, last) +
                            readText(m_dir->path() + "/keeper.log").right(4000)));
        QVERIFY2(ms <= 1000,
                 qPrintable(QString("restart %1: restored after %2 ms").arg(i).arg(ms)));
        seen.push_back(ms);
    }
    // The keeper's own measure, one log line per re-apply (of these restarts only).
    static const QRegularExpression line("re-applied corp on tun0: .*, (\\d+) ms after");
    const QString log = readText(m_dir->path() + "/keeper.log").mid(logStart);
    for (auto it = line.globalMatch(log); it.hasNext();)
        keeperMs.push_back(it.next().captured(1).toDouble());
    // The state file follows the table by a few milliseconds.
    auto s = keptState("corp");
    for (int i = 0; i < 100 && (!s || s->state != platform::KeptState::Holding); ++i) {
        QThread::msleep(10);
        s = keptState("corp");
    }
    QVERIFY(s);
    QVERIFY2(s->state == platform::KeptState::Holding,
             qPrintable(QString::fromStdString(platform::toJson(*s).dump()) +
                        readText(m_dir->path() + "/keeper.log").right(600)));
    qInfo("%d restarts (kill + start, SIGUSR1): split back after 'Initialization Sequence "
          "Completed' in median %.0f ms, max %.0f ms (10 ms polling); keeper's own measure "
          "(tunnel's last route change to split back): median %.0f ms, max %.0f ms; %llu "
          "re-applies in all",
          kRestarts, median(seen), *std::max_element(seen.begin(), seen.end()), median(keeperMs),
          keeperMs.empty() ? 0.0 : *std::max_element(keeperMs.begin(), keeperMs.end()),
          static_cast<unsigned long long>(s->reapplies));
}

void TestKeeperOpenVpn::enforcementGivesUp() {
    // OpenVPN's own 0.0.0.0/1, put back every 50 ms by "another program".
    const Route* half = nullptr;
    for (const auto& r : m_openvpnTable)
        if (r.destination.toString() == "0.0.0.0/1")
            half = &r;
    QVERIFY(half);
    const QString add = QString("%1 route add 0.0.0.0/1 via %2 dev %3 proto boot 2>/dev/null")
                            .arg(m_ip, QString::fromStdString(half->gateway.toString()),
                                 QString::fromStdString(half->interface.str()));
    std::unique_ptr<QProcess> enforcer;
    QString error;
    QVERIFY2(startProcess(m_client, {"sh", "-c", "while :; do " + add + "; sleep 0.05; done"},
                          m_dir->path() + "/enforcer.log", enforcer, &error),
             qPrintable(error));
    QElapsedTimer t;
    t.start();
    std::optional<platform::KeptStatus> s;
    while (t.elapsed() < 20000) {
        s = keptState("corp");
        if (s && s->state == platform::KeptState::GaveUp)
            break;
        QThread::msleep(100);
    }
    QVERIFY2(s && s->state == platform::KeptState::GaveUp,
             qPrintable(readText(m_dir->path() + "/keeper.log").right(3000)));
    QVERIFY(s->lastError.find("undone by another program") != std::string::npos);
    const auto count = s->reapplies;
    const double gaveUpAfter = static_cast<double>(t.elapsed());
    QThread::msleep(2000); // no fighting any more
    auto later = keptState("corp");
    QVERIFY(later);
    QCOMPARE(later->state, platform::KeptState::GaveUp);
    QCOMPARE(later->reapplies, count);
    stop(enforcer, true);
    qInfo("enforcement: gave up after %.0f ms (%llu re-applies in all), then no re-apply in 2 s",
          gaveUpAfter, static_cast<unsigned long long>(count));
}

void TestKeeperOpenVpn::forgetRestoresOpenVpnRoutes() {
    RunResult r = cli({"forget", "corp"});
    QVERIFY2(r.ok, qPrintable(r.err + r.out));
    std::multiset<std::string> last;
    QVERIFY2(waitForTable(m_openvpnKeys, 3000, &last),
             qPrintable(describe(m_openvpnKeys, last) +
                        readText(m_dir->path() + "/keeper.log").right(3000)));
    QVERIFY(!QFile::exists(m_keepDir + "/corp.json"));
    QVERIFY(!QFile::exists(m_stateDir + "/held/corp.json"));
}

void TestKeeperOpenVpn::sigkillDuringLargeReapply() {
    if (QFile::exists(m_keepDir + "/corp.json")) { // run on its own: one policy per tunnel
        QVERIFY(cli({"forget", "corp"}).ok);
        QVERIFY(waitForTable(m_openvpnKeys, 3000));
    }
    // 10000 bypass /24s that cannot be merged (every other one), everything else tunnelled.
    json rules = json::array();
    for (std::uint32_t i = 0; i < 10000; ++i) {
        const std::uint32_t a = (100u << 24) + (64u << 16) + i * 512u;
        rules.push_back(
            {{"network", std::to_string(a >> 24) + "." + std::to_string((a >> 16) & 255) + "." +
                             std::to_string((a >> 8) & 255) + ".0/24"},
             {"mode", "bypass"}});
    }
    json policy{
        {"format", "splitroute-policy"}, {"version", 1}, {"other", "tunnel"}, {"rules", rules}};
    const QString file = m_dir->path() + "/big.policy.json";
    QVERIFY(writeText(file, QString::fromStdString(policy.dump())));
    const QString journal = m_stateDir + "/journal/journal.json";
    QFile::remove(journal);

    RunResult r = cli({"keep", "--policy", file, "--match-device", "tun0", "--name", "big"});
    QVERIFY2(r.ok, qPrintable(r.err + r.out));
    // Kill it as soon as its journal says a transaction is in progress.
    QElapsedTimer t;
    t.start();
    bool caught = false;
    const QByteArray path = journal.toLocal8Bit();
    while (t.elapsed() < 20000) {
        struct stat st {};
        if (::stat(path.constData(), &st) == 0) {
            // Journaled; the 10000 additions go to the kernel next (100-300 ms of them).
            QThread::msleep(120);
            stop(m_keeperProc, true);
            caught = ::stat(path.constData(), &st) == 0;
            break;
        }
        QThread::usleep(200);
    }
    if (m_keeperProc)
        stop(m_keeperProc, true); // it finished first: kill it anyway
    std::vector<Route> afterKill;
    QString error;
    QVERIFY2(dumpClient(&afterKill, &error), qPrintable(error));
    std::size_t ours = 0;
    for (const auto& rt : afterKill)
        ours += rt.protocol == proto::Splitroute;

    QVERIFY2(startKeeper(&error), qPrintable(error));
    t.restart();
    std::optional<platform::KeptStatus> s;
    while (t.elapsed() < 30000) {
        s = keptState("big");
        if (s && s->state == platform::KeptState::Holding)
            break;
        QThread::msleep(50);
    }
    QVERIFY2(s && s->state == platform::KeptState::Holding,
             qPrintable(readText(m_dir->path() + "/keeper.log").right(3000)));
    const QString log = readText(m_dir->path() + "/keeper.log");
    // Killed with journal.json present: the restarted keeper rolls the transaction back, or
    // finds it was committed just before the kill and drops the journal. Either way the table
    // below must be exactly the plan's.
    if (caught && !log.contains("rolling it back") && !log.contains("dropping its journal"))
        qWarning("the restarted keeper's log says nothing about the journal: %s",
                 qPrintable(log.right(1500)));
    // Consistent: exactly the planned table, and planning again changes nothing.
    std::vector<Route> now;
    QVERIFY2(dumpClient(&now, &error), qPrintable(error));
    std::size_t bypass = 0;
    for (const auto& rt : now)
        bypass += rt.protocol == proto::Splitroute && rt.interface == std::string_view("eth0");
    QVERIFY2(bypass == 10000,
             qPrintable(QString("%1 bypass routes of %2\n").arg(bypass).arg(now.size()) +
                        log.right(3000)));
    auto kept = SplitPolicy::fromJson(policy);
    QVERIFY(kept.ok());
    PlanParameters params;
    params.tunnelDevice = "tun0";
    auto again = makePlan(RouteTable(now), nullptr, nullptr, *kept, params);
    QVERIFY(again.ok());
    QCOMPARE(again->changes.size(), std::size_t(0));
    static const QRegularExpression timing("transaction \\d+: validated and journaled in [^\\n]*");
    QString timings;
    for (auto it = timing.globalMatch(log); it.hasNext();)
        timings = it.next().captured(0); // the last: the restarted keeper's 10000 routes
    qInfo("SIGKILL %s: %zu of our routes in the table at the kill; the restarted keeper %s and "
          "holds 10000 bypass routes (%s)",
          caught ? "with journal.json present (mid-transaction)" : "after the transaction", ours,
          caught ? "rolled back from its journal" : "found nothing to roll back",
          qPrintable(timings));

    // And forget takes it all back.
    r = cli({"forget", "big"});
    QVERIFY2(r.ok, qPrintable(r.err + r.out));
    std::multiset<std::string> last;
    QVERIFY2(waitForTable(m_openvpnKeys, 10000, &last), qPrintable(describe(m_openvpnKeys, last)));
}

QTEST_GUILESS_MAIN(TestKeeperOpenVpn)
#include "TestKeeperOpenVpn.moc"
