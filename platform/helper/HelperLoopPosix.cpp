// POSIX side of the helper: stdin and a signalfd waited for with poll(), root check, durable
// file replacement for --simulate.

#include "platform/helper/HelperOs.h"
#include "platform/helper/HelperService.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace splitroute::platform {

namespace {

class PosixHelperInput final : public HelperInput {
public:
    PosixHelperInput(int inFd, int signalFd, bool ownsSignalFd = false)
        : m_inFd(inFd), m_signalFd(signalFd), m_ownsSignalFd(ownsSignalFd), m_buf(1 << 16) {}
    ~PosixHelperInput() override {
        if (m_ownsSignalFd && m_signalFd >= 0)
            ::close(m_signalFd);
    }
    PosixHelperInput(const PosixHelperInput&) = delete;
    PosixHelperInput& operator=(const PosixHelperInput&) = delete;

    Status wait(std::optional<std::chrono::milliseconds> timeout, std::string& chunk) override {
        const int timeoutMs = timeout ? static_cast<int>(timeout->count()) : -1;
        pollfd fds[2] = {{m_inFd, POLLIN, 0}, {m_signalFd, POLLIN, 0}};
        int n = ::poll(fds, m_signalFd >= 0 ? 2 : 1, timeoutMs);
        if (n < 0 && errno == EINTR)
            return Status::Retry;
        if (n < 0)
            return Status::WaitError;
        if (m_signalFd >= 0 && (fds[1].revents & POLLIN)) {
            signalfd_siginfo si{};
            if (::read(m_signalFd, &si, sizeof si) < 0 && errno != EAGAIN)
                return Status::WaitError;
            return Status::Stop;
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
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

private:
    int m_inFd;
    int m_signalFd;
    bool m_ownsSignalFd;
    std::vector<char> m_buf;
};

core::Error osError(const std::string& what, int err) {
    core::Error e = core::makeError(
        err == EACCES || err == EPERM ? core::ErrorCode::PermissionDenied : core::ErrorCode::Io,
        what + ": " + std::strerror(err));
    e.sysErrno = err;
    return e;
}

} // namespace

int runHelperLoop(HelperService& service, int inFd, int signalFd, std::size_t maxLineBytes,
                  const std::function<void()>& afterRequest) {
    PosixHelperInput input(inFd, signalFd);
    return runHelperLoop(service, input, maxLineBytes, afterRequest);
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

core::Result<std::unique_ptr<HelperInput>> openStdinInput() {
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
    return std::unique_ptr<HelperInput>(
        std::make_unique<PosixHelperInput>(STDIN_FILENO, sigFd, true));
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

core::Result<std::string> defaultStateDir() {
    return std::string("/run/splitroute");
}

core::Result<void> replaceFile(const std::string& path, const std::string& text) {
    const std::string tmp = path + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return osError("cannot create " + tmp, errno);
    if (!writeAll(fd, text) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return osError("cannot write " + tmp, err);
    }
    if (::close(fd) != 0)
        return osError("cannot close " + tmp, errno);
    if (::rename(tmp.c_str(), path.c_str()) != 0)
        return osError("cannot rename " + tmp + " to " + path, errno);
    return {};
}

} // namespace helperos

} // namespace splitroute::platform
