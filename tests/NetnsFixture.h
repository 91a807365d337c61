// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Network namespaces for tests and benchmarks (no Qt here, so benchmarks can use it too).
//
//   if (auto why = testutil::netnsUnavailableReason(); !why.empty()) QSKIP(why.c_str());
//   testutil::Netns ns;                       // `ip netns add sr-test-<pid>-<n>`
//   QVERIFY2(ns.ok(), ns.error().c_str());
//   QVERIFY(ns.ip({"link", "add", "veth0", "type", "veth", "peer", "name", "veth1"}));
//   QVERIFY(ns.enter());                      // this thread (and what it forks) is inside
//   ... netlink sockets opened now belong to the namespace ...
//   ns.leave();                               // also done by the destructor, before deleting
//
// ip() always runs `ip -n NAME ...`, so a command meant for the namespace can never reach the
// host's network even when the calling thread is outside the namespace. enter() checks that
// the thread really changed namespace. Nothing here goes through a shell.

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace testutil {

struct ProcessResult {
    int status = -1; ///< exit status, or -1 when it could not run or was killed
    std::string out;
    std::string err;
    [[nodiscard]] bool ok() const { return status == 0; }
};

/// Runs argv[0] (searched in PATH) with argv, without a shell. stdin comes from `stdinFile`
/// (or /dev/null); stdout and stderr are captured, or sent to /dev/null when !capture.
///
/// The child is started with posix_spawnp(), which glibc does with clone(CLONE_VM |
/// CLONE_VFORK): unlike fork() it neither copies this process's page tables nor marks its
/// memory copy-on-write. A benchmark that runs `ip` between its own measurements would
/// otherwise pay a write fault on every page it touches next, and `ip` would pay for
/// copying a large benchmark's page tables. The child inherits the calling thread's network
/// namespace, as with fork().
inline ProcessResult runProcess(const std::vector<std::string>& argv,
                                const std::string& stdinFile = {}, bool capture = true) {
    ProcessResult result;
    int outPipe[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    if (capture && (pipe2(outPipe, O_CLOEXEC) < 0 || pipe2(errPipe, O_CLOEXEC) < 0)) {
        result.err = std::string("pipe: ") + std::strerror(errno);
        return result;
    }
    if (!stdinFile.empty() && access(stdinFile.c_str(), R_OK) != 0) {
        // Else the failed open in the child would read as "cannot run ARGV0".
        result.err = "cannot read " + stdinFile + ": " + std::strerror(errno);
        for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
            if (fd >= 0)
                close(fd);
        return result;
    }
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(
        &actions, 0, stdinFile.empty() ? "/dev/null" : stdinFile.c_str(), O_RDONLY, 0);
    if (capture) {
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    pid_t pid = -1;
    const int spawnErr = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawnErr != 0) {
        for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
            if (fd >= 0)
                close(fd);
        result.err = "cannot run " + argv.front() + ": " + std::strerror(spawnErr);
        return result;
    }
    if (capture) {
        close(outPipe[1]);
        close(errPipe[1]);
        pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
        std::string* sinks[2] = {&result.out, &result.err};
        int open = 2;
        char buf[65536];
        while (open > 0) {
            if (poll(fds, 2, -1) < 0) {
                if (errno == EINTR)
                    continue;
                break;
            }
            for (int i = 0; i < 2; ++i) {
                if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                ssize_t n = read(fds[i].fd, buf, sizeof buf);
                if (n > 0) {
                    sinks[i]->append(buf, static_cast<std::size_t>(n));
                } else if (n == 0 || errno != EINTR) {
                    close(fds[i].fd);
                    fds[i].fd = -1;
                    --open;
                }
            }
        }
        for (auto& f : fds)
            if (f.fd >= 0)
                close(f.fd);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

/// Why namespace tests cannot run here ("" when they can).
inline std::string netnsUnavailableReason() {
    if (geteuid() != 0)
        return "needs root to create network namespaces";
    if (!runProcess({"ip", "-V"}).ok())
        return "the 'ip' program (iproute2) is missing";
    if (access("/proc/thread-self/ns/net", R_OK) != 0)
        return "/proc/thread-self/ns/net is not available";
    return {};
}

/// A named network namespace, created by the constructor and deleted by the destructor.
class Netns {
public:
    explicit Netns(const std::string& prefix = "sr-test") {
        removeStale(prefix);
        static std::atomic<int> counter{0};
        m_name = prefix + "-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
        auto r = runProcess({"ip", "netns", "add", m_name});
        if (!r.ok()) {
            m_error = "ip netns add " + m_name + ": " + r.err;
            return;
        }
        m_created = true;
        if (!ip({"link", "set", "lo", "up"}))
            return;
        m_ok = true;
    }
    ~Netns() {
        leave();
        if (m_created)
            runProcess({"ip", "netns", "delete", m_name});
    }
    Netns(const Netns&) = delete;
    Netns& operator=(const Netns&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    /// The last failure (creation, a command, enter/leave).
    [[nodiscard]] const std::string& error() const { return m_error; }

    /// `ip -n NAME args...`; false (and error() set) when it fails.
    bool ip(const std::vector<std::string>& args, std::string* out = nullptr) {
        std::vector<std::string> argv{"ip", "-n", m_name};
        argv.insert(argv.end(), args.begin(), args.end());
        auto r = runProcess(argv);
        if (out)
            *out = r.out;
        if (!r.ok()) {
            m_error = "ip";
            for (std::size_t i = 1; i < argv.size(); ++i)
                m_error += " " + argv[i];
            m_error += ": " + r.err;
            return false;
        }
        return true;
    }

    /// Sets a sysctl inside the namespace (`ip netns exec NAME sysctl -qw KEY=VALUE`).
    bool sysctl(const std::string& key, const std::string& value) {
        auto r = runProcess({"ip", "netns", "exec", m_name, "sysctl", "-qw", key + "=" + value});
        if (!r.ok()) {
            m_error = "sysctl " + key + "=" + value + " in " + m_name + ": " + r.err;
            return false;
        }
        return true;
    }

    /// Turns off IPv6 duplicate address detection for links created from now on, so their
    /// link-local addresses and routes appear at once instead of about a second later, in
    /// the middle of whatever the test is doing.
    bool quietIpv6() {
        return sysctl("net.ipv6.conf.all.accept_dad", "0") &&
               sysctl("net.ipv6.conf.default.accept_dad", "0");
    }

    /// `ip -n NAME -batch FILE` on these lines (one command per line).
    bool ipBatch(const std::string& lines) {
        char path[] = "/tmp/sr-ip-batch-XXXXXX";
        int fd = mkstemp(path);
        if (fd < 0) {
            m_error = std::string("mkstemp: ") + std::strerror(errno);
            return false;
        }
        bool written = writeAll(fd, lines);
        close(fd);
        bool ok = written && ip({"-batch", path});
        unlink(path);
        return ok;
    }

    /// Moves the calling thread into the namespace (sockets it opens and processes it forks
    /// from now on live there).
    bool enter() {
        if (m_entered)
            return true;
        if (!m_ok)
            return false;
        m_origFd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        int nsFd = open(("/run/netns/" + m_name).c_str(), O_RDONLY | O_CLOEXEC);
        if (m_origFd < 0 || nsFd < 0) {
            m_error = std::string("cannot open a namespace file: ") + std::strerror(errno);
            closeFd(nsFd);
            closeFd(m_origFd);
            return false;
        }
        int rc = setns(nsFd, CLONE_NEWNET);
        int err = errno;
        closeFd(nsFd);
        if (rc < 0) {
            m_error = std::string("setns: ") + std::strerror(err);
            closeFd(m_origFd);
            return false;
        }
        m_entered = true;
        if (sameNamespace(m_origFd)) { // never run a test in the host's namespace
            m_error = "setns did not change the network namespace";
            leave();
            return false;
        }
        return true;
    }

    /// Back to the namespace the thread was in before enter().
    bool leave() {
        if (!m_entered)
            return true;
        if (setns(m_origFd, CLONE_NEWNET) < 0) {
            // Staying inside a namespace that is about to be deleted is worse than dying.
            std::fprintf(stderr, "Netns: cannot return to the original namespace: %s\n",
                         std::strerror(errno));
            std::abort();
        }
        closeFd(m_origFd);
        m_entered = false;
        return true;
    }
    [[nodiscard]] bool entered() const { return m_entered; }

    /// Deletes namespaces PREFIX-<pid>-<n> left behind by processes that died (a crashed
    /// test cannot run its destructors).
    static void removeStale(const std::string& prefix) {
        DIR* dir = opendir("/run/netns");
        if (!dir)
            return;
        std::vector<std::string> stale;
        while (const dirent* e = readdir(dir)) {
            std::string name = e->d_name;
            if (name.rfind(prefix + "-", 0) != 0)
                continue;
            long pid = std::strtol(name.c_str() + prefix.size() + 1, nullptr, 10);
            if (pid > 0 && kill(static_cast<pid_t>(pid), 0) < 0 && errno == ESRCH)
                stale.push_back(name);
        }
        closedir(dir);
        for (const auto& name : stale)
            runProcess({"ip", "netns", "delete", name});
    }

private:
    static void closeFd(int& fd) {
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
    static bool writeAll(int fd, const std::string& s) {
        std::size_t done = 0;
        while (done < s.size()) {
            ssize_t n = write(fd, s.data() + done, s.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += static_cast<std::size_t>(n);
        }
        return true;
    }
    static bool sameNamespace(int fd) {
        struct stat a {};
        struct stat b {};
        return fstat(fd, &a) == 0 && stat("/proc/thread-self/ns/net", &b) == 0 &&
               a.st_ino == b.st_ino && a.st_dev == b.st_dev;
    }

    std::string m_name;
    std::string m_error;
    int m_origFd = -1;
    bool m_created = false;
    bool m_ok = false;
    bool m_entered = false;
};

} // namespace testutil
