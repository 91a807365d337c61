// SPDX-License-Identifier: GPL-3.0-or-later
// `splitroute-cli persist --nm` against a real NetworkManager: NetworkManager 1.42 runs in
// private mount, net, UTS and PID namespaces with a private system bus and a keyfile-only
// configuration in a temporary directory (see /work/shared/reference/networkmanager-in-a-
// namespace.md); a veth link is the physical connection (nmt-lan), and NetworkManager-openvpn
// connects nmt-vpn to an OpenVPN server in a nested namespace that pushes
// `redirect-gateway def1` and 198.18.0.0/15. The test plans a split on the namespace's table
// (other traffic local, 198.51.100.0/24 tunnelled, and 198.19.0.0/16 bypass — a LAN route — or
// all of the pushed 198.18.0.0/15 bypass — ignore-auto-routes on the VPN), persists it,
// reconnects with nmcli, and compares the kernel table with the plan's after-table; then
// undoes it, reconnects, and compares with the table before.
//
//   sandbox (NetworkManager, nmcli, splitroute-cli)        nested netns "srv"
//   veth0 192.0.2.10/24, gw 192.0.2.1 ─────────────────── veth1 192.0.2.1/24, openvpn server
//   tun0 10.8.0.x (NetworkManager-openvpn)                 tun0 10.8.0.1
//
// The host's routes, links, /run, /etc/NetworkManager and system bus are never touched:
// everything lives in the sandbox, and killing its PID 1 ends every process in it. Where
// NetworkManager cannot run (not root, not installed, no tun) the test says why and skips.

#include "ProcessUtil.h"
#include "TestUtil.h"
#include "core/plan/Planner.h"
#include "integration/openvpn/IpJsonRoutes.h"
#include "integration/OpenVpnLab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>
#include <set>

#include <signal.h>
#include <unistd.h>

using namespace splitroute::core;
using proctest::findTool;
using proctest::readText;
using proctest::run;
using proctest::RunResult;
using proctest::writeText;

namespace {

const char* kDbusConf =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig>\n"
    "  <type>system</type>\n"
    "  <listen>unix:path=/run/dbus/system_bus_socket</listen>\n"
    "  <auth>EXTERNAL</auth>\n"
    "  <policy context=\"default\">\n"
    "    <allow user=\"*\"/><allow own=\"*\"/><allow send_destination=\"*\"/>\n"
    "    <allow receive_sender=\"*\"/>\n"
    "  </policy>\n"
    "</busconfig>\n";

// The holder: PID 1 of the new PID namespace, owner of the new mount/net/UTS namespaces.
// tmpfs over the paths NetworkManager and the bus write; sysfs read-only so NetworkManager
// does not wait for udev (pitfall 1 of the reference notes); no IPv6 (the test compares IPv4).
const char* kHolder = R"(set -e
T=$1
mount -t tmpfs -o mode=755 srnm-run /run
mkdir -p /run/dbus /run/NetworkManager /run/netns
mount -t tmpfs -o mode=755 srnm-etc /etc/NetworkManager
mount -t tmpfs -o mode=700 srnm-varlib /var/lib/NetworkManager
mount --bind "$T/resolv.conf" /etc/resolv.conf
mount -t sysfs -o ro sysfs /sys
hostname srnm
ip link set lo up
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
touch "$T/ready"
exec sleep infinity
)";

std::string key(const Route& r) {
    std::string s = r.destination.toString();
    if (!r.gateway.isNull())
        s += " via " + r.gateway.toString();
    return s + " dev " + r.interface.str();
}

std::set<std::string> keys(const std::vector<Route>& routes) {
    std::set<std::string> out;
    for (const auto& r : routes)
        if (r.table == table::Main && r.type == RouteType::Unicast)
            out.insert(key(r));
    return out;
}

QString show(const std::set<std::string>& s) {
    QStringList l;
    for (const auto& k : s)
        l << QString::fromStdString(k);
    return l.join("\n  ");
}

} // namespace

class TestNetworkManagerPersist : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void persistSurvivesReconnect_data();
    void persistSurvivesReconnect();

private:
    RunResult nsx(const QStringList& args, int timeoutMs = 40000);
    bool startInSandbox(QProcess& p, const QStringList& args, const QString& log);
    bool waitFor(const std::function<bool()>& done, int ms);
    std::set<std::string> kernelKeys();
    bool reconnect(QString* why);
    QString nmLog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_t;
    QProcess m_holder, m_dbus, m_nm, m_ovpn;
    qint64 m_hp = 0;
    QString m_cli;
};

RunResult TestNetworkManagerPersist::nsx(const QStringList& args, int timeoutMs) {
    return run("nsenter",
               QStringList{"-t", QString::number(m_hp), "-p", "-m", "-n", "-u", "--", "env",
                           "DBUS_SYSTEM_BUS_ADDRESS=unix:path=/run/dbus/system_bus_socket",
                           "XDG_STATE_HOME=" + m_t + "/state", "LC_ALL=C.UTF-8"} +
                   args,
               timeoutMs);
}

bool TestNetworkManagerPersist::startInSandbox(QProcess& p, const QStringList& args,
                                               const QString& log) {
    p.setStandardOutputFile(m_t + "/" + log);
    p.setStandardErrorFile(m_t + "/" + log);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start("nsenter",
            QStringList{"-t", QString::number(m_hp), "-p", "-m", "-n", "-u", "--", "env",
                        "DBUS_SYSTEM_BUS_ADDRESS=unix:path=/run/dbus/system_bus_socket"} +
                args);
    return p.waitForStarted(5000);
}

bool TestNetworkManagerPersist::waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (done())
            return true;
        QThread::msleep(50);
    }
    return done();
}

QString TestNetworkManagerPersist::nmLog() const {
    const QStringList l = readText(m_t + "/nm.log").split('\n');
    return l.mid(std::max(0, int(l.size()) - 25)).join('\n');
}

void TestNetworkManagerPersist::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root: creates mount, network, UTS and PID namespaces for NetworkManager");
    for (const char* tool : {"NetworkManager", "nmcli", "dbus-daemon", "unshare", "nsenter", "ip",
                             "openvpn", "openssl", "sysctl"})
        if (findTool(tool).isEmpty())
            QSKIP(qPrintable(QString("%1 is not installed (scripts/setup-deps.sh test installs "
                                     "network-manager, network-manager-openvpn, dbus-daemon)")
                                 .arg(tool)));
    if (!QFile::exists("/usr/lib/NetworkManager/nm-openvpn-service"))
        QSKIP("network-manager-openvpn is not installed");
    if (!QFile::exists("/dev/net/tun"))
        QSKIP("/dev/net/tun is missing: no tun devices in this environment");
    m_cli = SPLITROUTE_CLI_PATH;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + "/srnm-XXXXXX");
    QVERIFY(m_dir->isValid());
    m_t = m_dir->path();
    for (const char* d : {"conf.d", "sysconf.d", "nmstate", "connections", "pki", "state"})
        QVERIFY(QDir().mkpath(m_t + "/" + d));
    QVERIFY(QFile::setPermissions(m_t + "/connections",
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(writeText(m_t + "/resolv.conf", ""));
    QVERIFY(writeText(m_t + "/dbus.conf", kDbusConf));
    QVERIFY(writeText(m_t + "/NetworkManager.conf",
                      "[main]\nplugins=keyfile\ndns=none\nrc-manager=unmanaged\n"
                      "systemd-resolved=false\nhostname-mode=none\nauth-polkit=false\n"
                      "no-auto-default=*\ndhcp=internal\n\n[keyfile]\npath=" +
                          m_t +
                          "/connections\nunmanaged-devices=interface-name:veth1\n\n"
                          "[connectivity]\nenabled=false\n\n[logging]\nlevel=INFO\n"));
    QVERIFY(openvpnlab::makeTestPki(findTool("openssl"), m_t + "/pki"));

    QElapsedTimer t;
    t.start();
    m_holder.setStandardOutputFile(m_t + "/holder.log");
    m_holder.setStandardErrorFile(m_t + "/holder.log");
    m_holder.start("unshare", {"--mount", "--net", "--uts", "--pid", "--fork", "--mount-proc",
                               "--propagation", "private", "bash", "-c", kHolder, "holder", m_t});
    QVERIFY(m_holder.waitForStarted(5000));
    if (!waitFor([&] { return QFile::exists(m_t + "/ready"); }, 5000))
        QSKIP(qPrintable("cannot build the sandbox: " + readText(m_t + "/holder.log")));
    const QString pid = QString::number(m_holder.processId());
    m_hp = readText("/proc/" + pid + "/task/" + pid + "/children").trimmed().toLongLong();
    QVERIFY2(m_hp > 0, "no holder process");

    QVERIFY(startInSandbox(
        m_dbus, {"dbus-daemon", "--config-file=" + m_t + "/dbus.conf", "--nofork", "--nopidfile"},
        "dbus.log"));
    QVERIFY2(waitFor(
                 [&] {
                     return nsx({"test", "-S", "/run/dbus/system_bus_socket"}).ok;
                 },
                 5000),
             qPrintable(readText(m_t + "/dbus.log")));
    QVERIFY(startInSandbox(m_nm,
                           {findTool("NetworkManager"), "--no-daemon", "--debug",
                            "--config=" + m_t + "/NetworkManager.conf",
                            "--config-dir=" + m_t + "/conf.d",
                            "--system-config-dir=" + m_t + "/sysconf.d",
                            "--intern-config=" + m_t + "/nmstate/intern.conf",
                            "--state-file=" + m_t + "/nmstate/NetworkManager.state"},
                           "nm.log"));
    if (!waitFor(
            [&] {
                return nsx({"nmcli", "-t", "-f", "RUNNING", "general"}).out.trimmed() == "running";
            },
            15000))
        QSKIP(qPrintable("NetworkManager did not start in the sandbox:\n" + nmLog()));
    qInfo("NetworkManager answering after %lld ms", t.elapsed());

    // The LAN: veth0 managed by NetworkManager; its peer goes to the server's namespace.
    for (const QStringList& a :
         {QStringList{"ip", "link", "add", "veth0", "type", "veth", "peer", "name", "veth1"},
          QStringList{"ip", "netns", "add", "srv"},
          QStringList{"ip", "link", "set", "veth1", "netns", "srv"},
          QStringList{"ip", "netns", "exec", "srv", "sh", "-c",
                      "ip link set lo up; ip addr add 192.0.2.1/24 dev veth1; "
                      "ip link set veth1 up"}}) {
        RunResult r = nsx(a);
        QVERIFY2(r.ok, qPrintable(a.join(' ') + ": " + r.err));
    }
    QVERIFY2(waitFor(
                 [&] {
                     return nsx({"nmcli", "-t", "-f", "DEVICE,STATE", "device"})
                         .out.contains("veth0:disconnected");
                 },
                 10000),
             qPrintable("NetworkManager does not manage veth0:\n" + nmLog()));
    RunResult r =
        nsx({"nmcli", "connection", "add", "type", "ethernet", "con-name", "nmt-lan", "ifname",
             "veth0", "autoconnect", "no", "ipv4.method", "manual", "ipv4.addresses",
             "192.0.2.10/24", "ipv4.gateway", "192.0.2.1", "ipv6.method", "disabled"});
    QVERIFY2(r.ok, qPrintable(r.err));
    r = nsx({"nmcli", "--wait", "20", "connection", "up", "nmt-lan"});
    QVERIFY2(r.ok, qPrintable(r.err + nmLog()));

    // The OpenVPN server: a full tunnel (def1) that also pushes 198.18.0.0/15.
    const QString p = m_t + "/pki";
    m_ovpn.setStandardOutputFile(m_t + "/ovpn-server.log");
    m_ovpn.setStandardErrorFile(m_t + "/ovpn-server.log");
    QVERIFY(startInSandbox(m_ovpn,
                           {"ip",
                            "netns",
                            "exec",
                            "srv",
                            findTool("openvpn"),
                            "--mode",
                            "server",
                            "--tls-server",
                            "--dev",
                            "tun0",
                            "--proto",
                            "udp",
                            "--local",
                            "192.0.2.1",
                            "--port",
                            "1194",
                            "--ca",
                            p + "/ca.crt",
                            "--cert",
                            p + "/server.crt",
                            "--key",
                            p + "/server.key",
                            "--dh",
                            "none",
                            "--topology",
                            "subnet",
                            "--server",
                            "10.8.0.0",
                            "255.255.255.0",
                            "--push",
                            "route 198.18.0.0 255.254.0.0",
                            "--push",
                            "redirect-gateway def1",
                            "--verb",
                            "3"},
                           "ovpn-server.log"));
    QVERIFY2(waitFor(
                 [&] {
                     return readText(m_t + "/ovpn-server.log")
                         .contains("Initialization Sequence Completed");
                 },
                 10000),
             qPrintable(readText(m_t + "/ovpn-server.log")));
    r = nsx({"nmcli", "connection", "add", "type", "vpn", "vpn-type", "openvpn", "con-name",
             "nmt-vpn", "autoconnect", "no", "ipv6.method", "disabled", "vpn.data",
             "remote=192.0.2.1:1194, connection-type=tls, ca=" + p + "/ca.crt, cert=" + p +
                 "/client.crt, key=" + p + "/client.key, cert-pass-flags=4"});
    QVERIFY2(r.ok, qPrintable(r.err));
    r = nsx({"nmcli", "--wait", "30", "connection", "up", "nmt-vpn", "ifname", "veth0"});
    QVERIFY2(r.ok, qPrintable(r.err + nmLog()));
    qInfo("sandbox, LAN and VPN up after %lld ms", t.elapsed());
}

void TestNetworkManagerPersist::cleanupTestCase() {
    // SIGKILL to the sandbox's PID 1 ends every process in it (NetworkManager, the bus, the
    // VPN plugin, both openvpn); its namespaces, links and mounts go with them.
    if (m_hp > 0)
        ::kill(static_cast<pid_t>(m_hp), SIGKILL);
    for (QProcess* p : {&m_ovpn, &m_nm, &m_dbus, &m_holder})
        if (p->state() != QProcess::NotRunning && !p->waitForFinished(5000))
            p->kill();
}

std::set<std::string> TestNetworkManagerPersist::kernelKeys() {
    RunResult r = nsx({"ip", "-4", "-j", "route", "show", "table", "main"});
    std::string error;
    auto routes = testutil::routesFromIpJson(r.out.toStdString(), Family::V4, &error);
    if (!routes) {
        qWarning("%s", error.c_str());
        return {};
    }
    return keys(*routes);
}

// Reconnect the way a person would: the VPN down, the LAN re-activated (its profile changed
// too), the VPN up again. NetworkManager applies changed profiles only on activation.
bool TestNetworkManagerPersist::reconnect(QString* why) {
    for (const QStringList& a :
         {QStringList{"nmcli", "connection", "down", "nmt-vpn"},
          QStringList{"nmcli", "--wait", "20", "connection", "up", "nmt-lan"},
          QStringList{"nmcli", "--wait", "30", "connection", "up", "nmt-vpn", "ifname", "veth0"}}) {
        RunResult r = nsx(a);
        if (!r.ok) {
            *why = a.join(' ') + ": " + r.err + "\n" + nmLog();
            return false;
        }
        // The old openvpn client exits a moment after `down` returns; until it has, a new
        // one would get tun1.
        if (a.contains("down") && !waitFor(
                                      [&] {
                                          return !nsx({"ip", "link", "show", "tun0"}).ok;
                                      },
                                      10000)) {
            *why = "tun0 still there 10 s after the VPN went down";
            return false;
        }
    }
    return true;
}

void TestNetworkManagerPersist::persistSurvivesReconnect_data() {
    QTest::addColumn<QString>("bypass");
    QTest::addColumn<QString>("setting"); // what the VPN's profile must say afterwards
    // a bypass inside a pushed route: a route on the LAN connection
    QTest::newRow("bypass on the LAN") << "198.19.0.0/16"
                                       << "ipv4.ignore-auto-routes:no";
    // the whole pushed route: the plan deletes it, so the VPN ignores pushed routes
    QTest::newRow("pushed route dropped") << "198.18.0.0/15"
                                          << "ipv4.ignore-auto-routes:yes";
}

void TestNetworkManagerPersist::persistSurvivesReconnect() {
    QFETCH(QString, bypass);
    QFETCH(QString, setting);
    QElapsedTimer t;
    t.start();
    // The plan, made on the namespace's table with the VPN up.
    RunResult r = nsx({"ip", "-4", "-j", "route", "show", "table", "main"});
    QVERIFY(r.ok);
    QVERIFY(writeText(m_t + "/before.json", r.out));
    const std::set<std::string> before = kernelKeys();
    QVERIFY2(before.count("0.0.0.0/0 via 10.8.0.1 dev tun0"),
             qPrintable("the VPN's default route is missing:\n  " + show(before)));
    QVERIFY2(before.count("198.18.0.0/15 via 10.8.0.1 dev tun0"), qPrintable(show(before)));
    r = run(m_cli,
            {"plan", "--table", m_t + "/before.json", "--tunnel-device", "tun0", "--other", "local",
             "--tunnel", "198.51.100.0/24", "--bypass", bypass, "--output", m_t + "/plan.json"});
    QVERIFY2(r.ok, qPrintable(r.err));
    auto plan = parsePlan(readText(m_t + "/plan.json").toStdString(), "plan.json");
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
    // Routes NetworkManager installs differently from the plan, by name: a VPN route written
    // without a next hop (so it survives a new tunnel address) is a device route on the tun
    // device, "198.51.100.0/24 dev tun0", where the planner chose "via 10.8.0.1 dev tun0" —
    // the same path out of a tun device.
    std::set<std::string> planned = keys(plan->after.routes());
    QVERIFY(planned.erase("198.51.100.0/24 via 10.8.0.1 dev tun0") == 1);
    planned.insert("198.51.100.0/24 dev tun0");

    // The profiles' routing settings as nmcli prints them, to compare after the undo.
    auto settings = [&] {
        QString all;
        for (const char* c : {"nmt-vpn", "nmt-lan"})
            all += nsx({"nmcli", "-t", "-e", "yes", "-f",
                        "ipv4.routes,ipv4.never-default,ipv4.ignore-auto-routes,"
                        "ipv4.route-metric,ipv6.routes,ipv6.never-default,"
                        "ipv6.ignore-auto-routes,ipv6.route-metric",
                        "connection", "show", c})
                       .out;
        return all;
    };
    const QString settingsBefore = settings();
    QVERIFY(settingsBefore.contains("ipv4.never-default:no"));

    // Persist, as a person would: preview first, then for real.
    r = nsx({m_cli, "persist", "--plan", m_t + "/plan.json", "--nm", "nmt-vpn", "--dry-run"});
    QVERIFY2(r.ok, qPrintable(r.err));
    qInfo("%s", qPrintable(r.out));
    QCOMPARE(kernelKeys(), before); // a dry run changes nothing
    r = nsx({m_cli, "persist", "--plan", m_t + "/plan.json", "--nm", "nmt-vpn"});
    QVERIFY2(r.ok, qPrintable(r.err + r.out));
    QVERIFY(QFile::exists(m_t + "/state/splitroute/persist"));
    QVERIFY2(settings().contains(setting), qPrintable(settings()));
    QString why;
    QVERIFY2(reconnect(&why), qPrintable(why));

    // The kernel table equals the plan's after-table (destination, next hop, device; NM's
    // own metrics and protocols differ from the planner's). NetworkManager adds no route of
    // its own here: the subnets and the LAN's default route are in both tables, and the VPN
    // server is on the LAN's subnet (no host route to it).
    const std::set<std::string> after = kernelKeys();
    std::set<std::string> missing, extra;
    for (const auto& k : planned)
        if (!after.count(k))
            missing.insert(k);
    for (const auto& k : after)
        if (!planned.count(k))
            extra.insert(k);
    QVERIFY2(missing.empty() && extra.empty(),
             qPrintable("kernel table differs from the plan's after-table\n missing:\n  " +
                        show(missing) + "\n extra:\n  " + show(extra) + "\n kernel:\n  " +
                        show(after) + "\n plan:\n  " + show(planned)));

    // Undo: the profiles as they were; after a reconnect the table is the one before.
    r = nsx({m_cli, "persist", "--undo", "--nm", "nmt-vpn"});
    QVERIFY2(r.ok, qPrintable(r.err + r.out));
    QCOMPARE(settings(), settingsBefore); // byte for byte
    QVERIFY2(reconnect(&why), qPrintable(why));
    QCOMPARE(show(kernelKeys()), show(before));
    qInfo("persist, reconnect, undo, reconnect: %lld ms", t.elapsed());
}

QTEST_GUILESS_MAIN(TestNetworkManagerPersist)
#include "TestNetworkManagerPersist.moc"
