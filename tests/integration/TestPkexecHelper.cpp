// SPDX-License-Identifier: GPL-3.0-or-later
// The real pkexec → polkitd → splitroute-helper path, as root, without the machine's system bus
// or polkit configuration:
//
// - The test process moves into a private mount namespace (propagation private, checked) and
//   mounts a tmpfs on /run there. pkexec clears its environment before it connects to polkit,
//   on purpose ("to avoid attacks via e.g. the DBUS_SYSTEM_BUS_ADDRESS environment variable"),
//   so it always uses GLib's compiled-in /var/run/dbus/system_bus_socket: in this namespace
//   that is a symlink to a private bus's socket in a temporary directory. The tmpfs also keeps
//   the helper's real state directory (/run/splitroute) and the `ip netns` files off the host.
// - A private dbus-daemon (type system, config written here) and the real polkitd on it.
// - polkitd's action directory is, in this namespace only, a bind mount of a directory that
//   holds nothing but resources/polkit/org.splitroute.helper.policy with exec.path set to the
//   built helper: pkexec succeeds only if it finds that action by the helper's path (the
//   generic org.freedesktop.policykit.exec action is not registered there).
// - polkitd authorizes uid 0 for every *registered* action without an agent
//   (polkitbackendinteractiveauthority.c: the action lookup comes first, then "special case:
//   uid 0, root, is _always_ authorized for anything").
//
// Then HelperClient with Elevation::Pkexec runs the helper inside a network namespace: hello,
// status (peerUid 0), an apply with confirm (journal records peerUid 0), revert; and the
// helper refuses --state-dir/--simulate/--allow-unprivileged under pkexec (exit status 2)
// while accepting them when started directly. Skips without root, pkexec, polkitd,
// dbus-daemon or namespaces.

#include "NetnsFixture.h"

#include "core/RouteJson.h"
#include "platform/HelperClient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace splitroute;
using nlohmann::json;

#ifndef SPLITROUTE_HELPER_PATH
#define SPLITROUTE_HELPER_PATH "" // not built: the tests skip
#endif

namespace {

const char* const kPolkitd = "/usr/lib/polkit-1/polkitd";
const char* const kActionsDir = "/usr/share/polkit-1/actions";
const char* const kStateDir = "/run/splitroute"; // the helper's default, in our tmpfs
const char* const kActionId = "org.splitroute.helper";
const char* const kShippedHelperPath = "/usr/libexec/splitroute/splitroute-helper";

/// The helper's journal directory: one per network namespace, named by its inode (the
/// namespace this thread has entered is the one the helper starts in).
std::string journalDir() {
    struct stat st {};
    if (::stat("/proc/thread-self/ns/net", &st) != 0)
        return std::string(kStateDir) + "/net-unknown";
    return std::string(kStateDir) + "/net-" + std::to_string(st.st_ino);
}

std::string errnoText(const std::string& what) {
    return what + ": " + std::strerror(errno);
}

std::string readFile(const std::string& path) {
    std::ifstream f(path);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

bool writeFile(const std::string& path, const std::string& text, mode_t mode) {
    {
        std::ofstream f(path, std::ios::trunc);
        f << text;
        if (!f.flush())
            return false;
    }
    return ::chmod(path.c_str(), mode) == 0;
}

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

std::string inPath(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/sbin:/usr/bin:/sbin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':'))
        if (!dir.empty() && ::access((dir + "/" + program).c_str(), X_OK) == 0)
            return dir + "/" + program;
    return {};
}

/// A daemon started by this test (fork/exec, no shell), stopped by PID. It gets SIGTERM when
/// this process dies (PR_SET_PDEATHSIG), so a crashed test does not leave a bus behind
/// (polkitd, which drops to its own user and so loses that setting, exits with its bus).
class Daemon {
public:
    Daemon() = default;
    Daemon(const Daemon&) = delete;
    Daemon& operator=(const Daemon&) = delete;
    ~Daemon() { stop(); }

    /// stdout and stderr go to `logFile`; `extraFd`, if given, becomes the child's fd 3.
    bool start(const std::vector<std::string>& argv, const std::string& logFile, int extraFd = -1) {
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        const int log = ::open(logFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (log < 0) {
            m_error = errnoText("open " + logFile);
            return false;
        }
        const pid_t parent = ::getpid();
        m_pid = ::fork();
        if (m_pid == 0) {
            if (::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || ::getppid() != parent)
                _exit(126);
            int null = ::open("/dev/null", O_RDONLY);
            if (null < 0 || ::dup2(null, 0) < 0 || ::dup2(log, 1) < 0 || ::dup2(log, 2) < 0 ||
                (extraFd >= 0 && ::dup2(extraFd, 3) < 0))
                _exit(126);
            ::execv(args[0], args.data());
            _exit(127);
        }
        ::close(log);
        if (m_pid < 0) {
            m_error = errnoText("fork");
            m_pid = 0;
            return false;
        }
        return true;
    }
    [[nodiscard]] bool running() {
        if (m_pid > 0 && ::waitpid(m_pid, nullptr, WNOHANG) != 0)
            m_pid = 0; // exited (and reaped): never signal that PID again
        return m_pid > 0;
    }
    /// SIGTERM, up to 5 s to exit, then SIGKILL. Only our own child, by its PID.
    void stop() {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGTERM);
        for (int i = 0; i < 100; ++i) {
            pid_t r = ::waitpid(m_pid, nullptr, WNOHANG);
            if (r == m_pid || (r < 0 && errno == ECHILD)) {
                m_pid = 0;
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        ::kill(m_pid, SIGKILL);
        while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        m_pid = 0;
    }
    [[nodiscard]] const std::string& error() const { return m_error; }

private:
    pid_t m_pid = 0;
    std::string m_error;
};

/// Moves this thread into a new mount namespace whose mounts do not propagate to the host,
/// then mounts a tmpfs on /run, points /run/dbus/system_bus_socket at `busSocket` and bind
/// mounts `actionsDir` on polkit's action directory. "" on success.
std::string isolateMounts(const std::string& busSocket, const std::string& actionsDir) {
    struct stat before {};
    struct stat after {};
    if (::stat("/proc/thread-self/ns/mnt", &before) != 0)
        return errnoText("stat /proc/thread-self/ns/mnt");
    if (::unshare(CLONE_NEWNS) != 0)
        return errnoText("unshare(CLONE_NEWNS)");
    if (::stat("/proc/thread-self/ns/mnt", &after) != 0 || after.st_ino == before.st_ino)
        return "unshare(CLONE_NEWNS) did not change the mount namespace";
    // Nothing below may reach the host: every mount is made private first.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return errnoText("making / private");
    if (::mount("sr-pkexec-run", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755") != 0)
        return errnoText("mount tmpfs on /run");
    if (::mkdir("/run/dbus", 0755) != 0)
        return errnoText("mkdir /run/dbus");
    if (::symlink(busSocket.c_str(), "/run/dbus/system_bus_socket") != 0)
        return errnoText("symlink /run/dbus/system_bus_socket");
    if (::mount(actionsDir.c_str(), kActionsDir, nullptr, MS_BIND, nullptr) != 0)
        return errnoText(std::string("bind mount on ") + kActionsDir);
    return {};
}

// (No raw string literal: moc's tokenizer loses track of the class below after one.)
std::string busConfig(const std::string& socket) {
    return "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
           "<busconfig>\n"
           "  <type>system</type>\n"
           "  <listen>unix:path=" +
           socket +
           "</listen>\n"
           "  <auth>EXTERNAL</auth>\n"
           "  <policy context=\"default\">\n"
           "    <allow user=\"*\"/>\n"
           "    <deny own=\"*\"/>\n"
           "    <allow send_destination=\"org.freedesktop.DBus\"/>\n"
           "    <allow send_destination=\"org.freedesktop.PolicyKit1\"/>\n"
           "    <allow receive_sender=\"*\"/>\n"
           "  </policy>\n"
           "  <policy user=\"polkitd\">\n"
           "    <allow own=\"org.freedesktop.PolicyKit1\"/>\n"
           "    <allow send_destination=\"*\"/>\n"
           "  </policy>\n"
           "  <policy user=\"root\">\n"
           "    <allow own=\"org.freedesktop.PolicyKit1\"/>\n"
           "    <allow send_destination=\"*\"/>\n"
           "  </policy>\n"
           "</busconfig>\n";
}

json addChange(const std::string& dest) {
    return {{"op", "add"},
            {"route",
             {{"destination", dest},
              {"gateway", "192.0.2.254"},
              {"interface", "veth0"},
              {"protocol", "splitroute"}}}};
}

} // namespace

class TestPkexecHelper : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::string m_dir;
    std::string m_helper; ///< canonical path of the built helper (what the action names)
    Daemon m_bus;
    Daemon m_polkitd;
    std::unique_ptr<testutil::Netns> m_ns;

    platform::HelperClientOptions options(platform::HelperClientOptions::Elevation e,
                                          std::vector<std::string> extra = {}) const {
        platform::HelperClientOptions o;
        o.helperPath = m_helper;
        o.elevation = e;
        o.extraArgs = std::move(extra);
        o.discardStderr = true;
        o.timeout = std::chrono::seconds(30);
        return o;
    }
    std::string ourRoutes() {
        std::string out;
        m_ns->ip({"route", "show", "proto", "157"}, &out);
        return out;
    }
    std::string polkitdLog() const { return readFile(m_dir + "/polkitd.log"); }

private slots:
    void initTestCase() {
        if (auto why = testutil::netnsUnavailableReason(); !why.empty())
            QSKIP(why.c_str());
        if (::access(SPLITROUTE_HELPER_PATH, X_OK) != 0)
            QSKIP("splitroute-helper is not built");
        if (inPath("pkexec").empty())
            QSKIP("pkexec is not installed (Debian package pkexec)");
        if (::access(kPolkitd, X_OK) != 0)
            QSKIP("polkitd is not installed (Debian package polkitd)");
        for (const char* p : {"dbus-daemon", "dbus-send", "pkaction"})
            if (inPath(p).empty())
                QSKIP(qPrintable(QString("%1 is not installed").arg(p)));
        char real[PATH_MAX];
        if (::realpath("/var/run", real) == nullptr || std::string(real) != "/run")
            QSKIP("/var/run is not /run: pkexec's bus path could not be redirected");
        if (::access(kActionsDir, F_OK) != 0)
            QSKIP("no polkit action directory to mount over");
        QVERIFY(::realpath(SPLITROUTE_HELPER_PATH, real) != nullptr);
        m_helper = real;

        // Not under $TMPDIR: that might be below /run, which the tmpfs is about to hide.
        m_tmp = std::make_unique<QTemporaryDir>("/tmp/sr-pkexec-XXXXXX");
        QVERIFY(m_tmp->isValid());
        m_dir = m_tmp->path().toStdString();
        // polkitd runs as its own user: it must reach the socket and the action file.
        QVERIFY(::chmod(m_dir.c_str(), 0755) == 0);
        const std::string actions = m_dir + "/actions";
        QVERIFY(::mkdir(actions.c_str(), 0755) == 0);

        // The shipped action, with exec.path set to the built helper as
        // platform/helper/CMakeLists.txt does for the install prefix.
        std::string policy = readFile(std::string(SPLITROUTE_SOURCE_DIR) + "/resources/polkit/" +
                                      kActionId + ".policy");
        const std::string annotation = std::string(">") + kShippedHelperPath + "<";
        const auto at = policy.find(annotation);
        QVERIFY2(at != std::string::npos, "the shipped policy does not name the helper's path");
        // Asks every time: an authorization kept for five minutes would let any program of the
        // session start the helper without a word.
        QVERIFY(policy.find("<allow_active>auth_admin</allow_active>") != std::string::npos);
        policy.replace(at, annotation.size(), ">" + m_helper + "<");
        QVERIFY(writeFile(actions + "/" + kActionId + ".policy", policy, 0644));

        const std::string socket = m_dir + "/system_bus_socket";
        const std::string why = isolateMounts(socket, actions);
        if (why.rfind("unshare", 0) == 0)
            QSKIP(qPrintable(QString::fromStdString("no mount namespace: " + why)));
        QVERIFY2(why.empty(), why.c_str());

        // The private bus; it prints its address on fd 3 once it listens.
        QVERIFY(writeFile(m_dir + "/bus.conf", busConfig(socket), 0644));
        int addr[2];
        QVERIFY(::pipe2(addr, O_CLOEXEC) == 0);
        const bool started =
            m_bus.start({inPath("dbus-daemon"), "--config-file=" + m_dir + "/bus.conf", "--nofork",
                         "--print-address=3"},
                        m_dir + "/dbus-daemon.log", addr[1]);
        ::close(addr[1]);
        std::string address;
        for (pollfd p{addr[0], POLLIN, 0}; started && address.find('\n') == std::string::npos;) {
            int n = ::poll(&p, 1, 10000);
            if (n < 0 && errno == EINTR)
                continue;
            char buf[512];
            ssize_t r = n > 0 ? ::read(addr[0], buf, sizeof buf) : 0;
            if (r <= 0)
                break;
            address.append(buf, static_cast<std::size_t>(r));
        }
        ::close(addr[0]);
        QVERIFY2(started, m_bus.error().c_str());
        QVERIFY2(address.rfind("unix:path=" + socket, 0) == 0,
                 ("dbus-daemon did not start: " + readFile(m_dir + "/dbus-daemon.log")).c_str());

        // polkitd, dbus-send and pkaction use this; pkexec ignores it (see the first test).
        QVERIFY(::setenv("DBUS_SYSTEM_BUS_ADDRESS", ("unix:path=" + socket).c_str(), 1) == 0);
        QVERIFY2(m_polkitd.start({kPolkitd, "--no-debug"}, m_dir + "/polkitd.log"),
                 m_polkitd.error().c_str());
        bool owned = false;
        for (int i = 0; i < 150 && !owned && m_polkitd.running(); ++i) { // up to ~15 s
            auto r = testutil::runProcess(
                {"dbus-send", "--system", "--print-reply", "--dest=org.freedesktop.DBus", "/",
                 "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.PolicyKit1"});
            owned = r.ok() && r.out.find("boolean true") != std::string::npos;
            if (!owned)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        QVERIFY2(owned, ("polkitd did not take org.freedesktop.PolicyKit1 on the private bus: " +
                         polkitdLog())
                            .c_str());

        // polkitd registered the shipped action, with our path as its exec.path.
        auto action = testutil::runProcess({"pkaction", "--action-id", kActionId, "--verbose"});
        QVERIFY2(action.ok(), (action.err + polkitdLog()).c_str());
        QVERIFY2(action.out.find("org.freedesktop.policykit.exec.path -> " + m_helper) !=
                     std::string::npos,
                 action.out.c_str());
        QVERIFY2(action.out.find("implicit active:   auth_admin\n") != std::string::npos,
                 action.out.c_str());
    }

    void cleanupTestCase() {
        m_polkitd.stop();
        m_bus.stop();
        // The tmpfs on /run and the bind mount die with this process's mount namespace.
    }

    void init() {
        m_ns = std::make_unique<testutil::Netns>("sr-pkexec");
        QVERIFY2(m_ns->ok(), m_ns->error().c_str());
        QVERIFY(m_ns->ip({"link", "add", "veth0", "type", "veth", "peer", "name", "veth1"}));
        for (const char* dev : {"veth0", "veth1"}) {
            QVERIFY(m_ns->ip({"link", "set", "dev", dev, "addrgenmode", "none"}));
            QVERIFY(m_ns->ip({"link", "set", dev, "up"}));
        }
        QVERIFY(m_ns->ip({"addr", "add", "192.0.2.1/24", "dev", "veth0"}));
        QVERIFY(m_ns->ip({"addr", "add", "192.0.2.254/24", "dev", "veth1"}));
        // pkexec and the helper it becomes are forked from this thread: they live there.
        QVERIFY2(m_ns->enter(), m_ns->error().c_str());
    }
    void cleanup() {
        if (m_ns)
            m_ns->leave();
        m_ns.reset();
    }

    // Why the mount namespace is needed: pkexec reaches polkit only through the default
    // socket path, whatever DBUS_SYSTEM_BUS_ADDRESS says.
    void pkexecIgnoresCallersBusAddress() {
        const std::vector<std::string> argv{"pkexec", m_helper, "--help"};
        auto r = testutil::runProcess(argv);
        QVERIFY2(r.ok(), (r.err + polkitdLog()).c_str());
        QVERIFY(r.err.find("Usage: splitroute-helper") != std::string::npos);
        const std::string link = "/run/dbus/system_bus_socket";
        QVERIFY(::rename(link.c_str(), (link + ".away").c_str()) == 0);
        auto without = testutil::runProcess(argv); // DBUS_SYSTEM_BUS_ADDRESS is still set
        QVERIFY(::rename((link + ".away").c_str(), link.c_str()) == 0);
        QVERIFY2(!without.ok(), without.err.c_str());
        QVERIFY2(without.err.find("Error getting authority") != std::string::npos,
                 without.err.c_str());
    }

    void helloAndStatusThroughPkexec() {
        platform::HelperClient client(options(platform::HelperClientOptions::Elevation::Pkexec));
        auto hello = client.start();
        QVERIFY2(hello.ok(), hello.ok() ? "" : (hello.error().message + polkitdLog()).c_str());
        QCOMPARE((*hello)["backend"].get<std::string>(), std::string("netlink"));
        QCOMPARE((*hello)["version"].get<int>(), 1);
        QVERIFY((*hello)["recovered"].is_null());
        // The process HelperClient started is pkexec, which became the helper (same PID).
        char exe[PATH_MAX] = {};
        const std::string link = "/proc/" + std::to_string(client.pid()) + "/exe";
        const ssize_t n = ::readlink(link.c_str(), exe, sizeof exe - 1);
        QVERIFY(n > 0);
        QCOMPARE(std::string(exe, static_cast<std::size_t>(n)), m_helper);
        const std::string env = readFile("/proc/" + std::to_string(client.pid()) + "/environ");
        QVERIFY(env.find(std::string("PKEXEC_UID=0") + '\0') != std::string::npos);
        QVERIFY(env.find("DBUS_SYSTEM_BUS_ADDRESS") == std::string::npos); // pkexec's clean env
        auto status = client.status();
        QVERIFY(status.ok());
        QVERIFY2((*status)["peerUid"] == json(0), status->dump().c_str());
        QVERIFY((*status)["pending"].is_null());
        QCOMPARE(client.close(), 0);
    }

    void applyConfirmRevertThroughPkexec() {
        QVERIFY(ourRoutes().empty());
        const auto changes = core::changeSetFromJson(
            json::array({addChange("198.51.100.0/24"), addChange("203.0.113.0/25"),
                         addChange("203.0.113.128/25")}));
        QVERIFY(changes.ok());
        platform::HelperClient client(options(platform::HelperClientOptions::Elevation::Pkexec));
        auto hello = client.start();
        QVERIFY2(hello.ok(), hello.ok() ? "" : hello.error().message.c_str());

        auto r = client.apply(*changes, 60);
        QVERIFY(r.ok());
        QVERIFY2(r->ok, r->body.dump().c_str());
        QCOMPARE(r->body["applied"].get<int>(), 3);
        QCOMPARE(r->body["confirmed"].get<bool>(), false);
        QCOMPARE(r->body["verify"]["verified"].get<bool>(), true);
        // The journal in the real state directory names the user pkexec ran us for.
        const std::string journalPath = journalDir() + "/journal.json";
        json journal = json::parse(readFile(journalPath), nullptr, false);
        QVERIFY2(!journal.is_discarded(), journalPath.c_str());
        QCOMPARE(journal["state"].get<std::string>(), std::string("pending"));
        QVERIFY2(journal["peerUid"] == json(0), journal.dump().c_str());
        struct stat st {};
        for (const std::string& dir : {std::string(kStateDir), journalDir()}) {
            QVERIFY2(::stat(dir.c_str(), &st) == 0, dir.c_str());
            QCOMPARE(st.st_mode & 07777, mode_t(0700));
            QCOMPARE(st.st_uid, uid_t(0));
        }
        QVERIFY2(journal["netns"] ==
                     json("net:[" + journalDir().substr(journalDir().rfind('-') + 1) + "]"),
                 journal.dump().c_str());

        auto c = client.confirm();
        QVERIFY(c.ok());
        QVERIFY2(c->ok, c->body.dump().c_str());
        const std::string routes = ourRoutes();
        for (const char* dest : {"198.51.100.0/24 via 192.0.2.254 dev veth0",
                                 "203.0.113.0/25 via 192.0.2.254 dev veth0",
                                 "203.0.113.128/25 via 192.0.2.254 dev veth0"})
            QVERIFY2(routes.find(dest) != std::string::npos, routes.c_str());
        QVERIFY(!exists(journalPath));
        json last = json::parse(readFile(journalDir() + "/last-applied.json"), nullptr, false);
        QVERIFY(!last.is_discarded());
        QCOMPARE(last["state"].get<std::string>(), std::string("confirmed"));
        QVERIFY(last["peerUid"] == json(0));
        auto status = client.status();
        QVERIFY(status.ok());
        QCOMPARE((*status)["lastApplied"]["changes"].get<int>(), 3);

        auto rv = client.revert("last");
        QVERIFY(rv.ok());
        QVERIFY2(rv->ok, rv->body.dump().c_str());
        QCOMPARE(rv->body["reverted"]["applied"].get<int>(), 3);
        QCOMPARE(rv->body["reverted"]["verify"]["verified"].get<bool>(), true);
        QVERIFY2(ourRoutes().empty(), ourRoutes().c_str());
        QCOMPARE(client.close(), 0);
        // Nothing left for a later helper to recover or revert.
        QVERIFY(!exists(journalPath));
        QVERIFY(!exists(journalDir() + "/last-applied.json"));
    }

    void refusesTestOptionsUnderPkexec_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("backend"); // when started directly
        QTest::newRow("state-dir") << QStringList{"--state-dir", "@/state"} << "netlink";
        QTest::newRow("simulate") << QStringList{"--simulate", "@/sim.json"} << "simulated";
        QTest::newRow("allow-unprivileged") << QStringList{"--allow-unprivileged"} << "netlink";
    }
    void refusesTestOptionsUnderPkexec() {
        QFETCH(QStringList, args);
        QFETCH(QString, backend);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string d = dir.path().toStdString();
        QVERIFY(QFile::copy(QString(SPLITROUTE_TEST_DATA_DIR) + "/helper/sim-table.json",
                            dir.path() + "/sim.json"));
        const std::string simBefore = readFile(d + "/sim.json");
        std::vector<std::string> extra;
        for (const QString& a : args)
            extra.push_back(QString(a).replace("@", dir.path()).toStdString());

        {
            platform::HelperClient client(
                options(platform::HelperClientOptions::Elevation::Pkexec, extra));
            auto hello = client.start();
            QVERIFY2(!hello.ok(), "the helper accepted a test option under pkexec");
            QCOMPARE(hello.error().code, core::ErrorCode::Protocol); // it exited without a word
        }
        std::vector<std::string> argv{"pkexec", m_helper};
        argv.insert(argv.end(), extra.begin(), extra.end());
        auto r = testutil::runProcess(argv);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.find("not accepted through pkexec") != std::string::npos, r.err.c_str());
        QVERIFY(!exists(d + "/state"));
        QCOMPARE(readFile(d + "/sim.json"), simBefore);

        // The same options are accepted when the helper is started directly (as root), so the
        // refusal above is pkexec's doing.
        platform::HelperClient direct(
            options(platform::HelperClientOptions::Elevation::Direct, extra));
        auto hello = direct.start();
        QVERIFY2(hello.ok(), hello.ok() ? "" : hello.error().message.c_str());
        QCOMPARE((*hello)["backend"].get<std::string>(), backend.toStdString());
        auto status = direct.status();
        QVERIFY(status.ok());
        QVERIFY((*status)["peerUid"].is_null());
        QCOMPARE(direct.close(), 0);
    }
};

QTEST_APPLESS_MAIN(TestPkexecHelper)
#include "TestPkexecHelper.moc"
