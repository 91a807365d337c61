// SPDX-License-Identifier: GPL-3.0-or-later
// The netlink route monitor (and `splitroute-cli watch`) against the real kernel, inside a
// network namespace the test creates. Skips when not root or when iproute2 is missing.

#include "NetnsFixture.h"
#include "TestUtil.h"

#include "platform/linux/NetlinkBackend.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <memory>

using namespace splitroute;
using platform::InterfaceKind;
using platform::RouteEvent;
using Kind = platform::RouteEvent::Kind;

namespace {

core::Prefix prefix(const std::string& text) {
    auto p = core::Prefix::parse(text);
    if (!p)
        qFatal("bad prefix %s", text.c_str());
    return *p;
}

/// Reads events until one matches or `seconds` pass (a deadline for a missing event, not a
/// timing assertion). Returns the matching event.
std::optional<RouteEvent> waitFor(platform::RouteMonitor& m,
                                  const std::function<bool(const RouteEvent&)>& match,
                                  int seconds = 10) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{m.fd(), POLLIN, 0};
        if (poll(&p, 1, 100) < 0 && errno != EINTR)
            return std::nullopt;
        auto events = m.readEvents();
        if (!events)
            qWarning("readEvents: %s", events.error().message.c_str());
        else
            for (const auto& ev : *events)
                if (match(ev))
                    return ev;
    }
    return std::nullopt;
}

/// A child process with its stdout and stderr on pipes; killed (by pid) if still running
/// at destruction.
class Child {
public:
    explicit Child(const std::vector<std::string>& argv) {
        int out[2], err[2];
        if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0)
            return;
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        m_pid = fork();
        if (m_pid == 0) {
            dup2(out[1], 1);
            dup2(err[1], 2);
            execv(args[0], args.data());
            _exit(127);
        }
        close(out[1]);
        close(err[1]);
        m_out = out[0];
        m_err = err[0];
    }
    ~Child() {
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        for (int fd : {m_out, m_err})
            if (fd >= 0)
                close(fd);
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    /// Reads from stdout (or stderr) until `lines` newlines arrived, EOF, or the deadline.
    std::string readLines(bool fromStderr, int lines, int seconds = 10) {
        int fd = fromStderr ? m_err : m_out;
        std::string& buf = fromStderr ? m_errText : m_outText;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        while (std::count(buf.begin(), buf.end(), '\n') < lines &&
               std::chrono::steady_clock::now() < deadline) {
            pollfd p{fd, POLLIN, 0};
            if (poll(&p, 1, 100) <= 0)
                continue;
            char chunk[4096];
            ssize_t n = read(fd, chunk, sizeof chunk);
            if (n <= 0)
                break;
            buf.append(chunk, static_cast<std::size_t>(n));
        }
        return buf;
    }
    /// Exit status, waiting at most `seconds`; -1 if it did not exit normally in time.
    int wait(int seconds = 10) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        while (std::chrono::steady_clock::now() < deadline) {
            int status = 0;
            pid_t r = waitpid(m_pid, &status, WNOHANG);
            if (r == m_pid) {
                m_pid = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            usleep(20000);
        }
        return -1;
    }
    [[nodiscard]] pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    int m_out = -1;
    int m_err = -1;
    std::string m_outText, m_errText;
};

} // namespace

class TestNetlinkMonitor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testutil::Netns> m_ns;
    platform::NetlinkBackend m_backend;

    std::unique_ptr<platform::RouteMonitor> watch() {
        auto m = m_backend.watch();
        if (!m)
            qFatal("watch: %s", m.error().message.c_str());
        return std::move(*m);
    }

private slots:
    void initTestCase() {
        if (auto why = testutil::netnsUnavailableReason(); !why.empty())
            QSKIP(why.c_str());
    }

    void init() {
        m_ns = std::make_unique<testutil::Netns>();
        QVERIFY2(m_ns->ok(), m_ns->error().c_str());
        QVERIFY2(m_ns->quietIpv6(), m_ns->error().c_str());
        for (const auto& cmd : std::vector<std::vector<std::string>>{
                 {"link", "add", "veth0", "type", "veth", "peer", "name", "veth1"},
                 {"link", "set", "veth0", "up"},
                 {"link", "set", "veth1", "up"},
                 {"addr", "add", "10.1.0.1/24", "dev", "veth0"},
                 {"addr", "add", "2001:db8:1::1/64", "dev", "veth0", "nodad"}})
            QVERIFY2(m_ns->ip(cmd), m_ns->error().c_str());
        QVERIFY2(m_ns->enter(), m_ns->error().c_str());
    }

    void cleanup() { m_ns.reset(); }

    void fdIsPollableAndReadNeverBlocks() {
        auto m = watch();
        QVERIFY(m->fd() >= 0);
        pollfd p{m->fd(), POLLIN, 0};
        QCOMPARE(poll(&p, 1, 0), 0); // nothing happened yet
        auto events = m->readEvents();
        QVERIFY(events.ok());
        QVERIFY(events->empty());
    }

    void routeAddedAndRemovedByIp_data() {
        QTest::addColumn<QString>("dst");
        QTest::addColumn<QString>("via");
        QTest::newRow("v4") << "10.5.0.0/24"
                            << "10.1.0.2";
        QTest::newRow("v6") << "2001:db8:5::/48"
                            << "2001:db8:1::2";
    }
    void routeAddedAndRemovedByIp() {
        QFETCH(QString, dst);
        QFETCH(QString, via);
        auto m = watch();
        const core::Prefix p = prefix(dst.toStdString());
        QVERIFY2(m_ns->ip({"route", "add", dst.toStdString(), "via", via.toStdString(), "proto",
                           "static"}),
                 m_ns->error().c_str());
        auto added = waitFor(*m, [&](const RouteEvent& e) {
            return e.kind == Kind::RouteAdded && e.route.destination == p;
        });
        QVERIFY(added);
        QCOMPARE(added->route.protocol, core::proto::Static);
        QCOMPARE(added->route.interface.str(), std::string("veth0"));
        QCOMPARE(added->route.gateway.toString(), via.toStdString());

        QVERIFY(m_ns->ip({"route", "del", dst.toStdString()}));
        QVERIFY(waitFor(*m, [&](const RouteEvent& e) {
            return e.kind == Kind::RouteRemoved && e.route.destination == p;
        }));
    }

    void ownApplySeen() {
        auto m = watch();
        core::Route r;
        r.destination = prefix("10.77.0.0/16");
        r.gateway = *core::IpAddress::parse("10.1.0.2");
        r.interface = "veth0";
        r.protocol = core::proto::Splitroute;
        auto res = m_backend.apply(core::ChangeSet{{{core::ChangeKind::Add, r, "test"}}});
        QVERIFY(res.ok());
        auto ev = waitFor(*m, [&](const RouteEvent& e) {
            return e.kind == Kind::RouteAdded && e.route.destination == r.destination;
        });
        QVERIFY(ev);
        QCOMPARE(ev->route.protocol, core::proto::Splitroute);
    }

    void tunnelAppearsAndGoes() {
        auto m = watch();
        QVERIFY(m_ns->ip({"tuntap", "add", "dev", "tun7", "mode", "tun"}));
        auto added = waitFor(*m, [](const RouteEvent& e) {
            return e.kind == Kind::LinkAdded && e.link.name == "tun7";
        });
        QVERIFY(added);
        QCOMPARE(added->link.kind, InterfaceKind::Tun);
        QVERIFY(!added->link.up);

        QVERIFY(m_ns->ip({"link", "set", "tun7", "mtu", "1300"}));
        auto changed = waitFor(*m, [](const RouteEvent& e) {
            return e.kind == Kind::LinkChanged && e.link.name == "tun7" && e.link.mtu == 1300;
        });
        QVERIFY(changed);

        // An existing link changing is "changed", never "added".
        QVERIFY(m_ns->ip({"link", "set", "veth0", "mtu", "1400"}));
        auto veth = waitFor(
            *m, [](const RouteEvent& e) { return e.link.name == "veth0" && e.link.mtu == 1400; });
        QVERIFY(veth);
        QCOMPARE(veth->kind, Kind::LinkChanged);

        QVERIFY(m_ns->ip({"link", "del", "tun7"}));
        auto removed = waitFor(*m, [](const RouteEvent& e) {
            return e.kind == Kind::LinkRemoved && e.link.name == "tun7";
        });
        QVERIFY(removed);
        QCOMPARE(removed->link.index, added->link.index);
    }

    // More notifications than the socket buffer holds: the loss is reported (ENOBUFS), and
    // the monitor goes on delivering events afterwards.
    void overrunIsReported() {
        auto m = watch();
        core::ChangeSet cs;
        for (std::uint32_t i = 0; i < 30000; ++i) {
            core::Route r;
            r.destination = core::Prefix(core::IpAddress::v4(0x0a800000u + i), 32);
            r.interface = "veth0";
            r.scope = core::scope::Link;
            r.protocol = core::proto::Splitroute;
            cs.changes.push_back({core::ChangeKind::Add, r, {}});
        }
        auto res = m_backend.apply(cs);
        QVERIFY(res.ok());
        // While notifications are queued after an overrun the kernel drops new ones (the
        // socket stays "congested" until its queue is empty): drain, then watch again.
        bool overrun = false;
        for (int i = 0; i < 100000; ++i) {
            auto events = m->readEvents();
            if (!events) {
                QCOMPARE(events.error().sysErrno, ENOBUFS);
                overrun = true;
            } else if (events->empty()) {
                break;
            }
        }
        QVERIFY(overrun);
        QVERIFY(m_ns->ip({"route", "add", "10.55.0.0/16", "dev", "veth0"}));
        QVERIFY(waitFor(*m, [](const RouteEvent& e) {
            return e.kind == Kind::RouteAdded && e.route.destination == prefix("10.55.0.0/16");
        }));
    }

    void cliWatchJson() {
        // The child inherits this thread's namespace.
        Child cli({SPLITROUTE_CLI_PATH, "watch", "--json"});
        QVERIFY(cli.pid() > 0);
        QVERIFY(cli.readLines(true, 1).find("watching") != std::string::npos);
        QVERIFY(m_ns->ip({"tuntap", "add", "dev", "tun9", "mode", "tun"}));
        QVERIFY(m_ns->ip({"route", "add", "10.99.0.0/16", "via", "10.1.0.2"}));
        // One JSON object per line; other events (the kernel's own) may come in between.
        std::optional<std::size_t> linkAt, routeAt;
        std::vector<nlohmann::json> lines;
        for (std::size_t want = 1; want < 50 && !(linkAt && routeAt); want = lines.size() + 1) {
            std::string out = cli.readLines(false, int(want));
            lines.clear();
            std::size_t start = 0;
            for (std::size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1)
                lines.push_back(nlohmann::json::parse(out.substr(start, nl - start)));
            if (lines.size() < want)
                break; // deadline
            for (std::size_t k = 0; k < lines.size(); ++k) {
                const auto& j = lines[k];
                if (j.at("event") == "link-added" && j.at("link").at("name") == "tun9") {
                    QCOMPARE(j.at("link").at("kind").get<std::string>(), std::string("tun"));
                    linkAt = k;
                }
                if (j.at("event") == "route-added" &&
                    j.at("route").at("destination") == "10.99.0.0/16") {
                    QCOMPARE(j.at("route").at("gateway").get<std::string>(),
                             std::string("10.1.0.2"));
                    routeAt = k;
                }
            }
        }
        QVERIFY(linkAt);
        QVERIFY(routeAt);
        QVERIFY(*linkAt < *routeAt);
        QCOMPARE(kill(cli.pid(), SIGINT), 0);
        QCOMPARE(cli.wait(), 0);
    }

    // splitroute-cli table --live reads this namespace's table (the child inherits it): every
    // route ip lists, with what ip says of it.
    void cliTableLive() {
        QVERIFY(m_ns->ip({"route", "add", "10.77.0.0/16", "via", "10.1.0.2", "metric", "7"}));
        QVERIFY(m_ns->ip({"route", "add", "10.78.0.0/16", "dev", "veth0", "table", "300"}));
        QVERIFY(m_ns->ip({"-6", "route", "add", "2001:db8:77::/48", "dev", "veth0"}));
        auto r = testutil::runProcess({SPLITROUTE_CLI_PATH, "table", "--live", "--json"});
        QVERIFY2(r.ok(), r.err.c_str());
        const auto j = nlohmann::json::parse(r.out);
        QCOMPARE(j.at("source").get<std::string>(), std::string("live"));
        std::size_t ipCount = 0;
        for (const char* family : {"-4", "-6"}) {
            std::string out;
            QVERIFY(m_ns->ip({"-j", family, "route", "show", "table", "all"}, &out));
            ipCount += nlohmann::json::parse(out).size();
        }
        QCOMPARE(j.at("routes").size(), ipCount);
        int found = 0;
        for (const auto& route : j.at("routes")) {
            const std::string dst = route.at("destination");
            if (dst == "10.77.0.0/16") {
                QCOMPARE(route.at("gateway").get<std::string>(), std::string("10.1.0.2"));
                QCOMPARE(route.at("interface").get<std::string>(), std::string("veth0"));
                QCOMPARE(route.at("metric").get<int>(), 7);
                ++found;
            } else if (dst == "10.78.0.0/16") {
                QCOMPARE(route.at("table").get<int>(), 300); // numbered tables are numbers
                ++found;
            } else if (dst == "2001:db8:77::/48") {
                QVERIFY(route.at("gateway").is_null());
                ++found;
            }
        }
        QCOMPARE(found, 3);
    }

    void cliWatchCount() {
        Child cli({SPLITROUTE_CLI_PATH, "watch", "--json", "--count", "2"});
        QVERIFY(cli.pid() > 0);
        QVERIFY(cli.readLines(true, 1).find("watching") != std::string::npos);
        for (const char* dst : {"10.96.0.0/16", "10.97.0.0/16", "10.98.0.0/16"})
            QVERIFY(m_ns->ip({"route", "add", dst, "dev", "veth0"}));
        QCOMPARE(cli.wait(), 0); // exits by itself after two events
        std::string out = cli.readLines(false, 3, 1);
        QCOMPARE(std::count(out.begin(), out.end(), '\n'), 2L);
    }

    void cliWatchStopsOnSigterm() {
        Child cli({SPLITROUTE_CLI_PATH, "watch"});
        QVERIFY(cli.pid() > 0);
        QVERIFY(cli.readLines(true, 1).find("watching") != std::string::npos);
        QVERIFY(m_ns->ip({"route", "add", "10.98.0.0/16", "dev", "veth0"}));
        QVERIFY(cli.readLines(false, 1).find("route-added 10.98.0.0/16 dev veth0") !=
                std::string::npos);
        QCOMPARE(kill(cli.pid(), SIGTERM), 0);
        QCOMPARE(cli.wait(), 0);
    }
};

QTEST_APPLESS_MAIN(TestNetlinkMonitor)
#include "TestNetlinkMonitor.moc"
