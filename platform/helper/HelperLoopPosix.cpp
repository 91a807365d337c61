// SPDX-License-Identifier: GPL-3.0-or-later
// POSIX side of the helper: stdin, stdout and a signalfd waited for with poll(), root check,
// the network namespace, durable file replacement for --simulate.

#include "platform/helper/HelperOs.h"
#include "platform/helper/HelperService.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace splitroute::platform {

namespace {

class PosixHelperIo final : public HelperIo {
public:
    PosixHelperIo(int inFd, int outFd, int signalFd, bool ownsSignalFd = false)
        : m_inFd(inFd), m_outFd(outFd), m_signalFd(signalFd), m_ownsSignalFd(ownsSignalFd),
          m_buf(1 << 16) {}
    ~PosixHelperIo() override {
        if (m_ownsSignalFd && m_signalFd >= 0)
            ::close(m_signalFd);
    }
    PosixHelperIo(const PosixHelperIo&) = delete;
    PosixHelperIo& operator=(const PosixHelperIo&) = delete;

    Status wait(std::optional<std::chrono::milliseconds> timeout, std::string& chunk,
                bool wantInput, bool wantOutput) override {
        const int timeoutMs = timeout ? static_cast<int>(timeout->count()) : -1;
        // A negative fd is skipped by poll(): what is not wanted is not looked at.
        pollfd fds[3] = {{m_signalFd, POLLIN, 0},
                         {wantInput ? m_inFd : -1, POLLIN, 0},
                         {wantOutput ? m_outFd : -1, POLLOUT, 0}};
        int n = ::poll(fds, 3, timeoutMs);
        if (n < 0 && errno == EINTR)
            return Status::Retry;
        if (n < 0)
            return Status::WaitError;
        if (fds[0].revents & POLLIN) {
            signalfd_siginfo si{};
            if (::read(m_signalFd, &si, sizeof si) < 0 && errno != EAGAIN)
                return Status::WaitError;
            return Status::Stop;
        }
        // POLLERR/POLLHUP on stdout: the next write says the client is gone.
        if (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))
            return Status::Writable;
        if (!(fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
            return Status::Timeout;
        ssize_t r = ::read(m_inFd, m_buf.data(), m_buf.size());
        if (r < 0 && (errno == EINTR || errno == EAGAIN))
            return Status::Timeout;
        if (r < 0)
            return Status::ReadError;
        if (r == 0)
            return Status::End;
        chunk.append(m_buf.data(), static_cast<std::size_t>(r));
        return Status::Data;
    }

    std::optional<std::size_t> writeSome(std::string_view bytes) override {
        for (;;) {
            ssize_t n = ::write(m_outFd, bytes.data(), bytes.size());
            if (n >= 0)
                return static_cast<std::size_t>(n);
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return std::size_t(0);
            return std::nullopt; // EPIPE: the client is gone
        }
    }

private:
    int m_inFd;
    int m_outFd;
    int m_signalFd;
    bool m_ownsSignalFd;
    std::vector<char> m_buf;
};

/// O_NONBLOCK on a pipe or socket (the file description is the client's and ours alone); a
/// terminal or file is left as it is (a terminal is shared with the shell).
void makeNonBlocking(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !(S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)))
        return;
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

} // namespace

int runHelperLoop(HelperService& service, int inFd, int outFd, int signalFd, OutputQueue* out,
                  const std::function<void()>& afterRequest) {
    PosixHelperIo io(inFd, outFd, signalFd);
    return runHelperLoop(service, io, out, afterRequest);
}

bool writeAll(int fd, std::string_view text) {
    std::size_t off = 0;
    while (off < text.size()) {
        ssize_t n = ::write(fd, text.data() + off, text.size() - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        off += static_cast<std::size_t>(n);
    }
    return true;
}

namespace helperos {

core::Error osError(const std::string& what, int err) {
    core::Error e = core::makeError(
        err == EACCES || err == EPERM ? core::ErrorCode::PermissionDenied : core::ErrorCode::Io,
        what + ": " + std::strerror(err));
    e.sysErrno = err;
    return e;
}

core::Result<std::unique_ptr<HelperIo>> openStdio() {
    std::signal(SIGPIPE, SIG_IGN);
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    if (::sigprocmask(SIG_BLOCK, &mask, nullptr) != 0)
        return osError("sigprocmask", errno);
    int sigFd = ::signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
    if (sigFd < 0)
        return osError("signalfd", errno);
    // A client that stops reading must not stop the helper: it keeps its deadlines, its
    // signals and its lock only while no write can block. (stderr is often the caller's own,
    // shared with it: writeLogLine() polls it instead.)
    makeNonBlocking(STDOUT_FILENO);
    return std::unique_ptr<HelperIo>(
        std::make_unique<PosixHelperIo>(STDIN_FILENO, STDOUT_FILENO, sigFd, true));
}

bool writeLogLine(std::string_view line) {
    // A pipe that polls writable has room for one atomic write of up to PIPE_BUF bytes.
    pollfd p{STDERR_FILENO, POLLOUT, 0};
    if (line.size() > PIPE_BUF || ::poll(&p, 1, 0) != 1 || !(p.revents & POLLOUT))
        return false;
    return writeAll(STDERR_FILENO, line);
}

std::uint64_t processId() {
    return static_cast<std::uint64_t>(::getpid());
}

bool isPrivileged() {
    return ::geteuid() == 0;
}

std::string currentUser() {
    return "uid " + std::to_string(::getuid());
}

std::string networkNamespace() {
    struct stat st {};
    if (::stat("/proc/self/ns/net", &st) != 0)
        return {};
    return "net:[" + std::to_string(st.st_ino) + "]";
}

core::Result<std::string> defaultStateDir(const std::string& netns) {
    const std::string base = "/run/splitroute";
    if (::mkdir(base.c_str(), 0700) != 0 && errno != EEXIST)
        return osError("cannot create " + base, errno);
    struct stat st {};
    if (::lstat(base.c_str(), &st) != 0)
        return osError("cannot stat " + base, errno);
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & 022) != 0)
        return core::makeError(core::ErrorCode::PermissionDenied,
                               base + " must be a directory owned by this user and not "
                                      "writable by others");
    // "net:[4026531840]" -> /run/splitroute/net-4026531840
    std::string inode;
    for (char ch : netns)
        if (ch >= '0' && ch <= '9')
            inode += ch;
    return base + "/net-" + (inode.empty() ? std::string("unknown") : inode);
}

core::Result<void> replaceFile(const std::string& path, const std::string& text, unsigned mode) {
    const auto slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "."
                            : slash == 0               ? "/"
                                                       : path.substr(0, slash);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return osError("cannot open directory " + dir, errno);
    struct stat st {};
    if (::fstat(dirFd, &st) != 0) {
        const int err = errno;
        ::close(dirFd);
        return osError("cannot stat " + dir, err);
    }
    // Another user who can write there could swap files under us between our calls.
    if ((st.st_mode & 022) != 0 || (st.st_uid != ::geteuid() && st.st_uid != 0)) {
        ::close(dirFd);
        return core::makeError(core::ErrorCode::PermissionDenied,
                               "refusing to write into " + dir +
                                   ": others can write to it (or it is another user's)");
    }
    const std::string tmp = name + ".tmp";
    auto fail = [&](const std::string& what, int err) {
        ::unlinkat(dirFd, tmp.c_str(), 0);
        ::close(dirFd);
        return osError(what, err);
    };
    // O_EXCL|O_NOFOLLOW: a file or symlink planted at the temporary name is never opened.
    int fd =
        ::openat(dirFd, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST) {
        // Left by a helper that died, or planted: remove the name (a link itself, never its
        // target) and try once more.
        if (::unlinkat(dirFd, tmp.c_str(), 0) == 0)
            fd = ::openat(dirFd, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          0600);
    }
    if (fd < 0) {
        const int err = errno;
        ::close(dirFd);
        return osError("cannot create " + dir + "/" + tmp, err);
    }
    // The mode exactly (not masked by the umask): files others must read are 0644.
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0 || !writeAll(fd, text) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return fail("cannot write " + dir + "/" + tmp, err);
    }
    if (::close(fd) != 0)
        return fail("cannot close " + dir + "/" + tmp, errno);
    // rename() replaces a symlink at `name` itself, never the file it points to.
    if (::renameat(dirFd, tmp.c_str(), dirFd, name.c_str()) != 0)
        return fail("cannot rename " + tmp + " to " + path, errno);
    ::close(dirFd);
    return {};
}

} // namespace helperos

} // namespace splitroute::platform
