// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/HelperClient.h"

#include "core/RouteJson.h"
#include "platform/HelperLocation.h"

#include <boost/process.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <poll.h>
#include <pthread.h>
#include <unistd.h>

#ifndef SPLITROUTE_HELPER_INSTALL_PATH
#define SPLITROUTE_HELPER_INSTALL_PATH "/usr/libexec/splitroute/splitroute-helper"
#endif

namespace splitroute::platform {

namespace bp = boost::process;
using core::ErrorCode;
using core::makeError;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

struct HelperClient::Impl {
    bp::child child;
    bool viaPkexec = false;
    int toChild = -1;   // our end of the helper's stdin
    int fromChild = -1; // our end of the helper's stdout
    std::string buffer;

    /// ", exit status 2" (or what pkexec's own status means), once the helper has ended
    /// (waits briefly: it closed its output on the way out); "" when it has not.
    std::string exitText() {
        std::error_code ec;
        if (!child.valid() || !child.wait_for(std::chrono::seconds(2), ec) || ec)
            return {};
        const int raw = child.native_exit_code();
        if (WIFSIGNALED(raw)) {
            const char* name = sigabbrev_np(WTERMSIG(raw));
            return std::string(": killed by signal SIG") + (name ? name : "?");
        }
        if (!WIFEXITED(raw))
            return {};
        const int status = WEXITSTATUS(raw);
        // pkexec's own: 126 when authorization is refused or the dialog dismissed, 127 when it
        // cannot authenticate or run the program (pkexec(1)).
        if (viaPkexec && status == 126)
            return " (pkexec: not authorized, or the password dialog was dismissed)";
        if (viaPkexec && status == 127)
            return " (pkexec: authentication failed or the helper could not be run)";
        return ", exit status " + std::to_string(status);
    }

    ~Impl() {
        if (toChild >= 0)
            ::close(toChild);
        if (fromChild >= 0)
            ::close(fromChild);
    }
};

HelperClient::HelperClient(HelperClientOptions options) : m_options(std::move(options)) {}

HelperClient::~HelperClient() {
    if (m_impl)
        close(std::chrono::seconds(30));
}

bool HelperClient::running() const {
    return m_impl && m_impl->child.valid() && const_cast<bp::child&>(m_impl->child).running();
}

int HelperClient::pid() const {
    return m_impl && m_impl->child.valid() ? m_impl->child.id() : 0;
}

core::Result<json> HelperClient::start() {
    if (m_impl)
        return makeError(ErrorCode::InvalidArgument, "helper already started");
    std::string helper = locateHelper(m_options.helperPath).path;
    if (helper.empty() || helper[0] != '/')
        return makeError(ErrorCode::InvalidArgument, "helper path must be absolute: " + helper);
    if (::access(helper.c_str(), X_OK) != 0)
        return makeError(ErrorCode::NotFound, "helper not found or not executable: " + helper);
    bool viaPkexec =
        m_options.elevation == HelperClientOptions::Elevation::Pkexec ||
        (m_options.elevation == HelperClientOptions::Elevation::Auto && ::geteuid() != 0);
    std::string exe = helper;
    std::vector<std::string> args;
    if (viaPkexec) {
        auto pk = bp::search_path("pkexec");
        if (pk.empty())
            return makeError(ErrorCode::Unsupported,
                             "pkexec not found: install polkit or run as root");
        exe = pk.string();
        args.push_back(helper);
    }
    args.insert(args.end(), m_options.extraArgs.begin(), m_options.extraArgs.end());

    // Pipes with O_CLOEXEC: the helper must not inherit our ends, or it would never see
    // end-of-file on its stdin when we go away.
    int in[2];
    int out[2];
    if (::pipe2(in, O_CLOEXEC) != 0)
        return makeError(ErrorCode::System, std::string("pipe2: ") + std::strerror(errno));
    if (::pipe2(out, O_CLOEXEC) != 0) {
        int err = errno;
        ::close(in[0]);
        ::close(in[1]);
        return makeError(ErrorCode::System, std::string("pipe2: ") + std::strerror(err));
    }
    auto impl = std::make_unique<Impl>();
    impl->viaPkexec = viaPkexec;
    impl->toChild = in[1];
    impl->fromChild = out[0];
    std::error_code ec;
    {
        bp::pipe childIn(in[0], -1); // takes ownership of the helper's ends; closed at scope end
        bp::pipe childOut(-1, out[1]);
        if (m_options.discardStderr)
            impl->child = bp::child(exe, bp::args(args), bp::std_in<childIn, bp::std_out> childOut,
                                    bp::std_err > bp::null, ec);
        else
            impl->child =
                bp::child(exe, bp::args(args), bp::std_in<childIn, bp::std_out> childOut, ec);
    }
    if (ec)
        return makeError(ErrorCode::System, "cannot start " + exe + ": " + ec.message());
    m_impl = std::move(impl);
    auto hello = call(protocol::encodeHello());
    if (!hello) {
        close(std::chrono::seconds(2));
        return hello.error();
    }
    if (!hello->ok) {
        close(std::chrono::seconds(2));
        return hello->error;
    }
    return hello->body;
}

core::Result<void> HelperClient::send(const json& j) {
    if (!m_impl || m_impl->toChild < 0)
        return makeError(ErrorCode::Protocol, "helper is not running");
    const std::string line = j.dump() + "\n";
    // Block SIGPIPE for this thread while writing, so a dead helper is an EPIPE, not a signal
    // that kills us; consume a SIGPIPE raised meanwhile.
    sigset_t pipeSet;
    sigset_t old;
    sigemptyset(&pipeSet);
    sigaddset(&pipeSet, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSet, &old);
    std::size_t off = 0;
    int err = 0;
    while (off < line.size()) {
        ssize_t n = ::write(m_impl->toChild, line.data() + off, line.size() - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            err = errno;
            break;
        }
        off += static_cast<std::size_t>(n);
    }
    if (err == EPIPE) {
        timespec zero{0, 0};
        sigtimedwait(&pipeSet, nullptr, &zero);
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    if (err != 0)
        return makeError(ErrorCode::Protocol,
                         std::string("cannot write to the helper: ") + std::strerror(err));
    return {};
}

core::Result<json> HelperClient::readMessage(std::chrono::milliseconds timeout) {
    if (!m_impl)
        return makeError(ErrorCode::Protocol, "helper is not running");
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (auto message = detail::takeMessageLine(m_impl->buffer))
            return std::move(*message);
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return makeError(ErrorCode::Timeout, "no answer from the helper in time");
        pollfd p{m_impl->fromChild, POLLIN, 0};
        int n = ::poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1 << 30)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorCode::System, std::string("poll: ") + std::strerror(errno));
        if (n == 0)
            continue;
        char buf[65536];
        ssize_t r = ::read(m_impl->fromChild, buf, sizeof buf);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return makeError(ErrorCode::System, std::string("read: ") + std::strerror(errno));
        if (r == 0)
            return makeError(ErrorCode::Protocol, "the helper exited" + m_impl->exitText());
        m_impl->buffer.append(buf, static_cast<std::size_t>(r));
    }
}

int HelperClient::close(std::chrono::milliseconds timeout) {
    if (!m_impl)
        return -1;
    if (m_impl->toChild >= 0) {
        ::close(m_impl->toChild);
        m_impl->toChild = -1;
    }
    int rc = -1;
    if (m_impl->child.valid()) {
        std::error_code ec;
        // Drain the helper's output meanwhile so it never blocks writing the "reverted" event.
        const auto deadline = Clock::now() + timeout;
        while (m_impl->child.running(ec) && Clock::now() < deadline) {
            auto msg = readMessage(std::chrono::milliseconds(100));
            if (msg && msg->contains("event") && (*msg)["event"] != "progress")
                m_events.push_back(std::move(msg).value());
            else if (!msg && msg.error().code != ErrorCode::Timeout)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (m_impl->child.running(ec))
            m_impl->child.terminate(ec);
        m_impl->child.wait(ec);
        rc = m_impl->child.exit_code();
    }
    m_impl.reset();
    return rc;
}

} // namespace splitroute::platform
