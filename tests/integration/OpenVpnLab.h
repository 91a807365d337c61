// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OpenVPN lab shared by the integration tests that run a real OpenVPN 2.6 server and
// client (TestOpenVpnPrediction, TestKeeperOpenVpn): what a test needs before it starts
// (labSkipReason), a throw-away PKI (makeTestPki), the clean-up after a run that was killed
// from outside (removeStaleLabs), and the three namespaces of one scenario (Lab):
//
//   client ns            router ns ("internet")            server ns
//   eth0 192.168.1.2/24 ─ rc 192.168.1.1/24  rs 203.0.113.1/24 ─ eth0 203.0.113.10/24
//        2001:db8:1::2/64    2001:db8:1::1/64  2001:db8:2::1/64      2001:db8:2::10/64
//   default via .1 / 2001:db8:1::1                                   default via 203.0.113.1
//
// Everything runs inside namespaces the test creates (veth ends are created directly in them,
// tun devices are opened by openvpn inside them); the host's own network is never touched.

#include "ProcessUtil.h"
#include "TestUtil.h"
#include "integration/openvpn/IpJsonRoutes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <memory>
#include <vector>

#include <signal.h>
#include <unistd.h>

namespace openvpnlab {

using proctest::findTool;
using proctest::readText;
using proctest::run;
using proctest::RunResult;
using proctest::writeText;
using splitroute::core::Family;
using splitroute::core::Route;

/// The tools of a lab; labSkipReason fills them.
struct Tools {
    QString ip, openvpn, openssl;
};

/// Why an OpenVPN lab cannot run here ("" when it can): root, ip, sysctl, openvpn 2.6,
/// openssl and /dev/net/tun are needed.
inline QString labSkipReason(Tools* tools) {
    if (::geteuid() != 0)
        return "needs root: creates network namespaces, veth pairs and tun devices";
    tools->ip = findTool("ip");
    tools->openvpn = findTool("openvpn");
    tools->openssl = findTool("openssl");
    if (tools->ip.isEmpty())
        return "iproute2's `ip` is not installed";
    if (findTool("sysctl").isEmpty())
        return "procps' `sysctl` is not installed (needed to set up the namespaces)";
    if (tools->openvpn.isEmpty() || tools->openssl.isEmpty())
        return "openvpn and openssl are needed (scripts/setup-deps.sh test installs them)";
    if (!QFile::exists("/dev/net/tun"))
        return "/dev/net/tun is missing: no tun devices in this environment";
    RunResult v = run(tools->openvpn, {"--version"});
    if (!v.out.contains("OpenVPN 2.6"))
        return "this test models OpenVPN 2.6; found: " + v.out.section('\n', 0, 0);
    return {};
}

/// A throw-away CA (ca.crt), server and client certificates and keys in `dir` (EC keys:
/// fast). False (with a warning naming the openssl command) when openssl fails.
inline bool makeTestPki(const QString& openssl, const QString& d) {
    auto ssl = [&](const QStringList& args) {
        RunResult r = run(openssl, args);
        if (!r.ok)
            qWarning("openssl %s: %s", qPrintable(args.join(' ')), qPrintable(r.err));
        return r.ok;
    };
    if (!ssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
              "-keyout", d + "/ca.key", "-out", d + "/ca.crt", "-days", "2", "-subj",
              "/CN=splitroute-test-ca"}))
        return false;
    for (const QString name : {"server", "client"}) {
        if (!writeText(d + "/" + name + ".ext",
                       QString("extendedKeyUsage=%1\nkeyUsage=digitalSignature\n")
                           .arg(name == QString("server") ? "serverAuth" : "clientAuth")) ||
            !ssl({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                  "-keyout", d + "/" + name + ".key", "-out", d + "/" + name + ".csr", "-subj",
                  "/CN=" + name}) ||
            !ssl({"x509", "-req", "-in", d + "/" + name + ".csr", "-CA", d + "/ca.crt", "-CAkey",
                  d + "/ca.key", "-CAcreateserial", "-out", d + "/" + name + ".crt", "-days", "2",
                  "-extfile", d + "/" + name + ".ext"}))
            return false;
    }
    return true;
}

/// A run killed from outside (a ctest timeout, SIGKILL) cannot clean up after itself: its
/// namespaces are named PREFIX<pid>{c,r,s}; when <pid> is gone, the processes still inside
/// them (the openvpn it started) are ended by PID and the namespaces deleted, and its
/// temporary directory (PREFIX<pid>-XXXXXX: keys, configs, logs) removed.
inline void removeStaleLabs(const QString& ip, const QString& prefix) {
    RunResult list = run(ip, {"netns", "list"});
    const QRegularExpression re("^" + prefix + "(\\d+)[crs]$");
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
    const QRegularExpression dirRe("^" + prefix + "(\\d+)-");
    const QDir tmp(QDir::tempPath());
    for (const QString& name : tmp.entryList({prefix + "*"}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto m = dirRe.match(name);
        if (m.hasMatch() && readText("/proc/" + m.captured(1) + "/cmdline").isEmpty())
            QDir(tmp.filePath(name)).removeRecursively();
    }
}

// The configs of the lab's OpenVPN server and client, with its certificates in `dir`: both on
// tun0 without DCO at verb 3; the server UDP on port 1194 (`server` adds proto, local, pushes);
// the client without a fixed port (`client` adds proto, remote, …).
inline QString labCommonConf(const QString& dir) {
    return QString("dev tun0\ndev-type tun\ndisable-dco\nverb 3\nca %1/ca.crt\n").arg(dir);
}
inline QString labServerConf(const QString& dir, const QString& server) {
    return labCommonConf(dir) +
           QString("cert %1/server.crt\nkey %1/server.key\ndh none\nport 1194\n").arg(dir) + server;
}
inline QString labClientConf(const QString& dir, const QString& client) {
    return QString("client\nnobind\n") + labCommonConf(dir) +
           QString("cert %1/client.crt\nkey %1/client.key\n").arg(dir) + client;
}

// The namespaces, processes and files of one scenario; the destructor takes everything
// down again (also when a check failed half-way).
class Lab {
public:
    /// Namespaces PREFIX<pid>c, …r, …s (see removeStaleLabs); files in `dir`.
    Lab(QString ip, QString openvpn, QString dir, const QString& prefix = "srpred")
        : m_ip(std::move(ip)), m_openvpn(std::move(openvpn)), m_dir(std::move(dir)) {
        const QString base = QString("%1%2").arg(prefix).arg(::getpid());
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

    /// Ends every openvpn this lab started (TERM, then KILL, by PID) without removing the
    /// namespaces: for a reconnect with another profile.
    void stopProcesses() {
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
    }

    void teardown() {
        // Our own processes only, by their PID (QProcess knows it).
        stopProcesses();
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

} // namespace openvpnlab
