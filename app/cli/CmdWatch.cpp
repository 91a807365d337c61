// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli watch [--json] [--count N]: route and link events as they happen.
//
// Prints one line per event until interrupted (or N events): "route-added ROUTE",
// "link-changed tun0 kind tun index 7 up mtu 1500", ...
//
// --json prints one JSON object per line (JSON Lines), one per event:
//   {"event": "route-added" | "route-removed", "route": ROUTE}    // ROUTE: core/RouteJson.h
//   {"event": "link-added" | "link-removed" | "link-changed",
//    "link": {"name": "tun0", "index": 7, "kind": "tun", "up": true, "mtu": 1500}}
//   {"event": "overrun", "error": {"code", "message"}}          // events were lost
// Exit: 0 after N events or on SIGINT/SIGTERM; 1 the monitor failed; 2 bad usage.

#include "app/cli/Cli.h"

#include "core/RouteJson.h"
#include "platform/SystemBackend.h"

#ifdef _WIN32
#include "platform/windows/ConsoleWait.h"
#else
#include <poll.h>
#include <signal.h>
#endif

#include <cerrno>
#include <charconv>
#include <cstring>
#include <map>
#include <ostream>

namespace splitroute::cli {

namespace {

#ifdef _WIN32
// Ctrl+C through a console control handler; the monitor's event handle instead of a descriptor.
using StopSignals = platform::win::ConsoleStop;
bool stopped() {
    return StopSignals::stopRequested();
}
#else
volatile sig_atomic_t g_stop = 0;

bool stopped() {
    return g_stop != 0;
}

void onStopSignal(int) {
    g_stop = 1;
}

/// Blocks SIGINT/SIGTERM for the lifetime of the object (they are only delivered inside
/// ppoll(), so a signal can never slip in between the check and the wait) and restores the
/// previous mask and handlers afterwards.
class StopSignals {
public:
    StopSignals() {
        g_stop = 0;
        sigset_t stop;
        sigemptyset(&stop);
        sigaddset(&stop, SIGINT);
        sigaddset(&stop, SIGTERM);
        m_ok = sigprocmask(SIG_BLOCK, &stop, &m_oldMask) == 0;
        struct sigaction sa {};
        sa.sa_handler = onStopSignal;
        sigemptyset(&sa.sa_mask);
        m_ok = m_ok && sigaction(SIGINT, &sa, &m_oldInt) == 0 &&
               sigaction(SIGTERM, &sa, &m_oldTerm) == 0;
        m_waitMask = m_oldMask;
        sigdelset(&m_waitMask, SIGINT);
        sigdelset(&m_waitMask, SIGTERM);
    }
    ~StopSignals() {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        sigprocmask(SIG_SETMASK, &m_oldMask, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    /// The mask to wait with: the old one, with the stop signals deliverable.
    [[nodiscard]] const sigset_t* waitMask() const { return &m_waitMask; }

private:
    bool m_ok = false;
    sigset_t m_oldMask{};
    sigset_t m_waitMask{};
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};
#endif

nlohmann::json linkJson(const platform::InterfaceInfo& l) {
    return {{"name", l.name},
            {"index", l.index},
            {"kind", platform::interfaceKindName(l.kind)},
            {"up", l.up},
            {"mtu", l.mtu}};
}

std::string linkText(const platform::InterfaceInfo& l) {
    return l.name + " kind " + platform::interfaceKindName(l.kind) + " index " +
           std::to_string(l.index) + (l.up ? " up" : " down") + " mtu " + std::to_string(l.mtu);
}

void printEvent(Io& io, bool json, const platform::RouteEvent& ev) {
    const bool isRoute = ev.kind == platform::RouteEvent::Kind::RouteAdded ||
                         ev.kind == platform::RouteEvent::Kind::RouteRemoved;
    if (json) {
        nlohmann::json j{{"event", platform::routeEventKindName(ev.kind)}};
        if (isRoute)
            j["route"] = core::toJson(ev.route);
        else
            j["link"] = linkJson(ev.link);
        io.out << j.dump() << '\n';
    } else {
        io.out << platform::routeEventKindName(ev.kind) << ' '
               << (isRoute ? ev.route.toString() : linkText(ev.link)) << '\n';
    }
    io.out.flush();
}

/// What a link-changed line shows; the kernel sends RTM_NEWLINK for many changes we do not
/// print (statistics, carrier flaps of down links, ...), so only these count as a change.
struct LinkState {
    std::string name;
    bool up = false;
    std::uint32_t mtu = 0;
    platform::InterfaceKind kind = platform::InterfaceKind::Other;
    bool operator==(const LinkState&) const = default;
};

LinkState stateOf(const platform::InterfaceInfo& l) {
    return {l.name, l.up, l.mtu, l.kind};
}

int runWatch(const Args& args, Io& io) {
    const bool json = args.has("json");
    std::optional<unsigned long> count;
    if (auto v = args.value("count")) {
        unsigned long n = 0;
        auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
        if (ec != std::errc() || p != v->data() + v->size() || n == 0)
            return fail(io, json,
                        core::makeError(core::ErrorCode::InvalidArgument,
                                        "--count needs a positive number, not '" + *v + "'"));
        count = n;
    }
    auto backend = platform::createSystemBackend();
    if (!backend)
        return fail(io, json,
                    core::makeError(core::ErrorCode::Unsupported,
                                    "this system has no route backend to watch"),
                    kExitFailure);
    StopSignals signals;
    if (!signals.ok())
        return fail(io, json,
                    core::makeError(core::ErrorCode::System, "cannot install signal handlers"),
                    kExitFailure);
    auto monitor = backend->watch();
    if (!monitor)
        return fail(io, json, monitor.error(), kExitFailure);
    std::map<std::uint32_t, LinkState> links;
    if (auto known = backend->listInterfaces(); known)
        for (const auto& l : *known)
            links[l.index] = stateOf(l);
    // On stderr in both modes: it tells a person (or a test) that events are now caught.
    io.err << "watching routes and links (Ctrl-C to stop)" << std::endl;

    unsigned long seen = 0;
    while (!stopped() && (!count || seen < *count)) {
#ifdef _WIN32
        auto ready = signals.waitMonitor(**monitor);
        if (!ready)
            return fail(io, json, ready.error(), kExitFailure);
        if (!*ready)
            continue; // stopped
#else
        pollfd p{(*monitor)->fd(), POLLIN, 0};
        if (ppoll(&p, 1, nullptr, signals.waitMask()) < 0) {
            if (errno == EINTR)
                continue;
            core::Error e = core::makeError(core::ErrorCode::System,
                                            std::string("poll: ") + std::strerror(errno));
            e.sysErrno = errno;
            return fail(io, json, e, kExitFailure);
        }
#endif
        auto events = (*monitor)->readEvents();
        if (!events) {
            if (events.error().sysErrno != ENOBUFS)
                return fail(io, json, events.error(), kExitFailure);
            // Events were lost; say so and go on.
            if (json)
                io.out << nlohmann::json{{"event", "overrun"}, {"error", errorJson(events.error())}}
                              .dump()
                       << '\n';
            else
                io.out << "overrun " << events.error().message << '\n';
            io.out.flush();
            continue;
        }
        for (const auto& ev : *events) {
            if (count && seen >= *count)
                break;
            using Kind = platform::RouteEvent::Kind;
            if (ev.kind == Kind::LinkChanged) {
                auto it = links.find(ev.link.index);
                if (it != links.end() && it->second == stateOf(ev.link))
                    continue;
            }
            if (ev.kind == Kind::LinkRemoved)
                links.erase(ev.link.index);
            else if (ev.kind == Kind::LinkAdded || ev.kind == Kind::LinkChanged)
                links[ev.link.index] = stateOf(ev.link);
            printEvent(io, json, ev);
            ++seen;
        }
    }
    return kExitOk;
}

} // namespace

Command watchCommand() {
    return Command{
        "watch",
        "print route and link (tunnel) events as they happen",
        "watch [--json] [--count N]",
        {{"count", true, false, "N  stop after N events"}},
        runWatch,
    };
}

} // namespace splitroute::cli
