// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/keeper/Keeper.h"

#include "core/FileBytes.h"
#include "core/RouteJson.h"
#include "core/plan/Planner.h"
#include "core/plan/TunnelContext.h"
#include "core/vpn/ProfileParser.h"
#include "platform/HelperClient.h"
#include "platform/SystemResolver.h"
#include "platform/helper/HelperOs.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <set>

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using helperos::osError;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxPolicyBytes = std::size_t(16) << 20;
constexpr auto kWindow = std::chrono::minutes(1);
/// Inverse changes kept per policy (what `forget` undoes), after removing duplicates.
constexpr std::size_t kMaxHeld = 500000;

std::int64_t unixMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// Creates `dir` (and its parents) with `mode` where missing; refuses a symlink.
core::Result<void> makeDir(const std::string& dir, mode_t mode) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create " + dir + ": " + ec.message());
    struct stat st {};
    if (::lstat(dir.c_str(), &st) != 0)
        return osError("cannot stat " + dir, errno);
    if (!S_ISDIR(st.st_mode))
        return makeError(ErrorCode::PermissionDenied, dir + " is not a directory (a symlink?)");
    if ((st.st_mode & 07777) != mode && st.st_uid == ::geteuid())
        ::chmod(dir.c_str(), mode);
    return {};
}

/// Changes that differ only in their position are kept once (the first).
core::ChangeSet dedupe(core::ChangeSet cs) {
    std::set<std::string> seen;
    core::ChangeSet out;
    for (auto& c : cs.changes)
        if (seen.insert(std::string(core::changeKindName(c.kind)) + " " +
                        core::toJson(c.route).dump())
                .second)
            out.changes.push_back(std::move(c));
    if (out.changes.size() > kMaxHeld)
        out.changes.resize(kMaxHeld);
    return out;
}

bool isBlockingError(ErrorCode c) {
    // The request itself is wrong for this table: trying again on the next event would fail
    // the same way. Wait for a new tunnel (or a changed file).
    return c == ErrorCode::Forbidden || c == ErrorCode::InvalidArgument ||
           c == ErrorCode::NoDevice || c == ErrorCode::OutOfRange || c == ErrorCode::Protocol ||
           c == ErrorCode::Parse;
}

} // namespace

Keeper::Keeper(RouteBackend& backend, KeeperOptions options, Log log)
    : m_backend(backend), m_options(std::move(options)), m_log(std::move(log)) {
    if (!m_log)
        m_log = [](const std::string&) {
        };
}

Keeper::~Keeper() {
    if (m_inotify >= 0)
        ::close(m_inotify);
}

std::string Keeper::heldPath(const std::string& name) const {
    return m_options.stateDir + "/held/" + name + ".json";
}

core::Result<void> Keeper::start() {
    if (auto r = makeDir(m_options.stateDir, 0755); !r)
        return r;
    if (auto r = makeDir(m_options.stateDir + "/held", 0700); !r)
        return r;
    HelperOptions ho;
    ho.stateDir = m_options.stateDir + "/journal";
    ho.netns = m_options.netns;
    m_service = std::make_unique<HelperService>(
        m_backend, ho, [this](const json& j) { m_lastResponse = j; },
        [this](const std::string& m) { m_log(m); });
    if (auto s = m_service->start(); !s)
        return s;
    m_service->handleLine(json{{"id", m_nextId++}, {"method", "hello"}, {"version", 1}}.dump(),
                          Clock::now());
    if (!m_lastResponse.value("ok", false))
        return makeError(ErrorCode::Internal, "hello failed: " + m_lastResponse.dump());

    auto monitor = m_backend.watch();
    if (!monitor)
        return monitor.error();
    m_monitor = std::move(monitor).value();

    if (auto r = makeDir(m_options.configDir, 0755); !r)
        return r;
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_inotify < 0)
        return osError("inotify_init1", errno);
    if (::inotify_add_watch(m_inotify, m_options.configDir.c_str(),
                            IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_CLOSE_WRITE |
                                IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF) < 0)
        return osError("cannot watch " + m_options.configDir, errno);

    m_log("keeping policies of " + m_options.configDir + " (state in " + m_options.stateDir +
          (m_options.netns.empty() ? std::string() : ", network namespace " + m_options.netns) +
          ")");
    reload();
    // Policies whose file went away while no keeper ran: undo what was applied for them.
    std::error_code ec;
    for (const auto& de : fs::directory_iterator(m_options.stateDir + "/held", ec)) {
        const auto& p = de.path();
        if (p.extension() == ".json" && !m_entries.count(p.stem().string()))
            forgetHeld(p.stem().string());
    }
    evaluateAll();
    return {};
}

void Keeper::reload() {
    std::set<std::string> present;
    std::error_code ec;
    fs::directory_iterator it(m_options.configDir, ec);
    if (ec)
        m_log("cannot read " + m_options.configDir + ": " + ec.message());
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const fs::path p = it->path();
        const std::string fileName = p.filename().string();
        if (p.extension() != ".json" || fileName.front() == '.')
            continue;
        const std::string name = p.stem().string();
        present.insert(name);
        struct stat st {};
        std::string stamp;
        if (::lstat(p.c_str(), &st) == 0)
            stamp = std::to_string(st.st_ino) + ":" + std::to_string(st.st_size) + ":" +
                    std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) +
                    ":" + std::to_string(st.st_mode) + ":" + std::to_string(st.st_uid);
        auto [pos, fresh] = m_entries.try_emplace(name);
        if (fresh || pos->second.fileStamp != stamp) {
            pos->second.fileStamp = stamp;
            pos->second.file = p.string();
            loadFile(name, pos->second);
        }
    }
    for (auto e = m_entries.begin(); e != m_entries.end();) {
        if (present.count(e->first)) {
            ++e;
            continue;
        }
        m_log("policy " + e->first + " is no longer kept (" + e->second.file + " removed)");
        const std::string name = e->first;
        e = m_entries.erase(e);
        forgetHeld(name);
    }
    writeState();
}

void Keeper::loadFile(const std::string& name, Entry& e) {
    const bool wasValid = e.policy.has_value();
    e.policy.reset();
    e.profile.reset();
    e.recent.clear();
    e.ifindex = 0;
    e.lastError.clear();
    e.state = KeptState::Waiting;
    auto refuse = [&](const std::string& why) {
        e.state = KeptState::Refused;
        e.lastError = why;
        m_log("refused " + e.file + ": " + why +
              (wasValid ? " (its routes stay as they are)" : ""));
    };
    struct stat st {};
    if (::lstat(e.file.c_str(), &st) != 0)
        return refuse(std::string("cannot stat: ") + std::strerror(errno));
    if (S_ISLNK(st.st_mode))
        return refuse("a symbolic link (kept policies must be regular files)");
    if (!S_ISREG(st.st_mode))
        return refuse("not a regular file");
    if (st.st_uid != m_options.ownerUid)
        return refuse("owned by uid " + std::to_string(st.st_uid) + ", not uid " +
                      std::to_string(m_options.ownerUid));
    if (st.st_mode & 022)
        return refuse("writable by group or others (mode " + [&] {
            char b[8];
            std::snprintf(b, sizeof b, "%04o", static_cast<unsigned>(st.st_mode & 07777));
            return std::string(b);
        }() + ")");
    if (static_cast<std::size_t>(st.st_size) > kMaxPolicyBytes)
        return refuse("larger than 16 MiB");
    int fd = ::open(e.file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return refuse(std::string("cannot open: ") + std::strerror(errno));
    std::string text;
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buf, static_cast<std::size_t>(n));
        if (text.size() > kMaxPolicyBytes)
            break;
    }
    ::close(fd);
    auto kept = core::KeptPolicy::parse(text, e.file);
    if (!kept)
        return refuse(kept.error().toString());
    if (kept->name != name)
        return refuse("\"name\" is \"" + kept->name + "\", but the file is " + name + ".json");
    if (kept->match.kind == core::KeptMatch::Kind::Profile) {
        auto profile = core::parseProfileFile(kept->match.value);
        if (!profile)
            return refuse("profile: " + profile.error().toString());
        e.profile = std::move(profile).value();
    }
    e.policy = std::move(kept).value();
    const auto now = Clock::now();
    e.burstStart = now;
    e.lastChange = now;
    m_log("keeping " + name + " (match " + core::keptMatchKindName(e.policy->match.kind) + " " +
          e.policy->match.value + ", " + std::to_string(e.policy->policy.rules.size()) +
          " rules, other traffic " + core::otherTrafficName(e.policy->policy.other) + ")");
}

core::Result<core::ChangeSet> Keeper::readHeld(const std::string& name) const {
    const std::string path = heldPath(name);
    std::error_code ec;
    if (!fs::exists(path, ec))
        return core::ChangeSet{};
    auto text = core::readFileBytes(path);
    if (!text)
        return text.error();
    json j = json::parse(*text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("inverse"))
        return makeError(ErrorCode::Parse, path + " is not a held record");
    return core::changeSetFromJson(j["inverse"]);
}

core::Result<void> Keeper::addHeld(const std::string& name, const core::ChangeSet& inverse) {
    auto held = readHeld(name);
    core::ChangeSet all = inverse;
    if (held)
        all.changes.insert(all.changes.end(), held->changes.begin(), held->changes.end());
    return writeHeld(name, dedupe(std::move(all)));
}

core::Result<void> Keeper::writeHeld(const std::string& name, const core::ChangeSet& all) {
    if (all.empty()) {
        std::error_code ec;
        fs::remove(heldPath(name), ec);
        return {};
    }
    json j{{"format", "splitroute-keeper-held"},
           {"version", 1},
           {"name", name},
           {"inverse", core::toJson(all)}};
    if (!m_options.netns.empty())
        j["netns"] = m_options.netns;
    return helperos::replaceFile(heldPath(name), j.dump() + "\n", 0600);
}

void Keeper::forgetHeld(const std::string& name) {
    auto held = readHeld(name);
    if (!held) {
        m_log("forget " + name + ": " + held.error().message);
        return;
    }
    if (!held->empty()) {
        json report = m_service->undo(*held);
        m_log("forget " + name + ": undid what the keeper applied (" +
              std::to_string(report.value("applied", 0)) + " changes undone, " +
              std::to_string(report.value("skipped", 0)) + " already gone or taken, " +
              std::to_string(report["failures"].size()) + " failed)");
        if (!report["failures"].empty())
            return; // kept for the next start
    }
    std::error_code ec;
    fs::remove(heldPath(name), ec);
}

void Keeper::evaluateAll() {
    const auto now = Clock::now();
    for (auto& [name, e] : m_entries) {
        e.burstStart.reset();
        evaluate(name, e, now);
    }
    writeState();
}

void Keeper::evaluate(const std::string& name, Entry& e, Clock::time_point now) {
    if (!e.policy)
        return;
    const core::KeptPolicy& kp = *e.policy;
    auto itfs = m_backend.listInterfaces();
    auto table = m_backend.listRoutes();
    if (!itfs || !table) {
        e.lastError = (!itfs ? itfs.error() : table.error()).message;
        m_log(name + ": cannot read the table: " + e.lastError);
        return;
    }
    // Which device is the tunnel of this policy, if it is up.
    std::string device;
    switch (kp.match.kind) {
    case core::KeptMatch::Kind::Device:
        device = kp.match.value;
        break;
    case core::KeptMatch::Kind::Remote: {
        std::vector<core::IpAddress> servers;
        if (auto a = core::IpAddress::parse(kp.match.value))
            servers.push_back(*a);
        else if (auto r = resolveHost(kp.match.value))
            servers = *r;
        bool routed = false;
        std::set<std::string> tunnels;
        for (const auto& i : *itfs)
            if (isTunnelKind(i.kind))
                tunnels.insert(i.name);
        for (const auto& r : table->routes())
            for (const auto& s : servers)
                if (r.table == core::table::Main && r.destination.isHost() &&
                    r.destination.address() == s && !tunnels.count(r.interface.str()))
                    routed = true;
        if (routed)
            device = core::detectTunnel(*table).tunnelDevice.str();
        break;
    }
    case core::KeptMatch::Kind::Profile: {
        const std::string& dev = e.profile->dev;
        if (!dev.empty() && dev != "tun" && dev != "tap")
            device = dev;
        else
            device = core::detectTunnel(*table).tunnelDevice.str();
        break;
    }
    }
    const InterfaceInfo* itf = nullptr;
    for (const auto& i : *itfs)
        if (!device.empty() && i.name == device)
            itf = &i;
    if (!itf || !itf->up) {
        if (e.state == KeptState::Holding)
            m_log(name + ": tunnel " + (device.empty() ? e.device : device) +
                  " is gone: waiting for it");
        if (e.state != KeptState::GaveUp || !itf)
            e.state = KeptState::Waiting;
        e.device = device;
        return;
    }
    if (itf->index != e.ifindex) {
        // A new tunnel (reconnect): its own budget of re-applies.
        if (e.ifindex != 0 && (e.state == KeptState::GaveUp || e.state == KeptState::Error))
            m_log(name + ": " + device + " was recreated: holding the split again");
        e.ifindex = itf->index;
        e.recent.clear();
        if (e.state == KeptState::GaveUp || e.state == KeptState::Error)
            e.state = KeptState::Waiting;
    }
    e.device = device;
    if (e.state == KeptState::GaveUp || e.state == KeptState::Error)
        return;
    // Two policies on one tunnel would undo each other until both gave up: the one that holds
    // it keeps it.
    for (const auto& [otherName, other] : m_entries)
        if (otherName != name && other.policy && other.device == device &&
            (other.state == KeptState::Holding || other.state == KeptState::GaveUp)) {
            if (e.lastError.find("kept policy") == std::string::npos)
                m_log(name + ": " + device + " is held by kept policy " + otherName +
                      " already: waiting (one kept policy per tunnel)");
            e.state = KeptState::Waiting;
            e.lastError = device + " is held by kept policy " + otherName;
            return;
        }

    core::PlanParameters params;
    params.tunnelDevice = device;
    params.resolver = systemResolver();
    auto plan =
        core::makePlan(*table, nullptr, e.profile ? &*e.profile : nullptr, kp.policy, params);
    if (!plan) {
        e.state = KeptState::Error;
        e.lastError = "cannot plan: " + plan.error().message;
        m_log(name + ": " + e.lastError);
        return;
    }
    if (plan->changes.empty()) {
        if (e.state != KeptState::Holding)
            m_log(name + ": holding on " + device + " (nothing to change)");
        e.state = KeptState::Holding;
        e.lastError.clear();
        return;
    }
    while (!e.recent.empty() && now - e.recent.front() > kWindow)
        e.recent.pop_front();
    if (e.recent.size() >= m_options.maxReapplies) {
        e.state = KeptState::GaveUp;
        e.lastError = "undone by another program: re-applied " + std::to_string(e.recent.size()) +
                      " times within a minute on " + device +
                      "; leaving the table as it is until the tunnel is recreated or the policy "
                      "changes";
        m_log(name + ": gave up: " + e.lastError);
        return;
    }

    std::size_t adds = 0;
    for (const auto& c : plan->changes.changes)
        adds += c.kind == core::ChangeKind::Add;
    const std::size_t removes = plan->changes.size() - adds;
    // What to undo is recorded before the routes change: a keeper killed after the helper
    // committed (journal gone) but before a later record would leave routes nobody undoes.
    // Killed earlier, the journal rolls the transaction back at the next start, and undoing
    // the extra record then skips what is already as it was.
    const auto heldBefore = readHeld(name);
    if (auto w = addHeld(name, plan->changes.inverse()); !w) {
        e.lastError = "cannot record what to undo: " + w.error().message;
        e.state = KeptState::Error;
        m_log(name + ": " + e.lastError + " (nothing applied)");
        return;
    }
    json req = protocol::encodeApply(plan->changes, 0);
    req["id"] = m_nextId++;
    m_lastResponse = nullptr;
    m_service->handleLine(req.dump(), now);
    const json resp = m_lastResponse;
    e.recent.push_back(now);
    if (!resp.is_object() || !resp.value("ok", false)) {
        if (heldBefore) // the helper rolled back: the record goes back to what it was
            if (auto w = writeHeld(name, *heldBefore); !w)
                m_log(name + ": cannot restore the record of what to undo: " + w.error().message);
        const json err = resp.is_object() ? resp.value("error", json::object()) : json::object();
        e.lastError = "apply failed: " + err.value("message", std::string("no answer"));
        const auto code = errorCodeFromName(err.value("code", std::string("internal")));
        e.state = KeptState::Error;
        m_log(name + ": " + e.lastError +
              (isBlockingError(code) ? " (not retried until the tunnel is recreated)"
                                     : " (retried on the next change)"));
        if (!isBlockingError(code))
            e.state = KeptState::Waiting, e.ifindex = itf->index;
        return;
    }
    const auto done = Clock::now(); // the split is back; what follows is bookkeeping
    if (resp.contains("transaction") && !resp["transaction"].is_null()) {
        auto last = m_service->lastApplied();
        if (last && *last && (*last)->transaction == resp["transaction"].get<std::uint64_t>()) {
            if (auto w = addHeld(name, (*last)->inverse); !w)
                m_log(name + ": cannot record what to undo: " + w.error().message);
        }
    }
    const auto since = e.lastChange.value_or(now);
    e.lastRestoreMs = std::chrono::duration_cast<std::chrono::milliseconds>(done - since).count();
    e.lastReapply = unixMs();
    e.lastAdded = adds;
    e.lastRemoved = removes;
    ++e.reapplies;
    e.lastError.clear();
    e.state = KeptState::Holding;
    m_log("re-applied " + name + " on " + device + ": " + std::to_string(adds) + " added, " +
          std::to_string(removes) + " removed, " + std::to_string(*e.lastRestoreMs) +
          " ms after the tunnel's last route change (transaction " + resp["transaction"].dump() +
          ", " + std::to_string(e.recent.size()) + " re-applies within a minute on this tunnel)");
}

void Keeper::markAll(Clock::time_point now) {
    for (auto& [name, e] : m_entries) {
        if (!e.policy)
            continue;
        if (!e.burstStart)
            e.burstStart = now;
        e.lastChange = now;
    }
}

void Keeper::onEvents(const std::vector<RouteEvent>& events, Clock::time_point now) {
    for (const auto& ev : events) {
        // Our own additions need no second look; everything else might undo the split.
        if (ev.kind == RouteEvent::Kind::RouteAdded && ev.route.protocol == core::proto::Splitroute)
            continue;
        if ((ev.kind == RouteEvent::Kind::RouteAdded ||
             ev.kind == RouteEvent::Kind::RouteRemoved) &&
            ev.route.table == core::table::Local)
            continue;
        markAll(now);
        return;
    }
}

std::optional<Keeper::Clock::time_point> Keeper::nextDeadline() const {
    std::optional<Clock::time_point> next;
    for (const auto& [name, e] : m_entries) {
        if (!e.burstStart || !e.policy)
            continue;
        const auto due =
            std::min(*e.lastChange + m_options.quiet, *e.burstStart + m_options.maxDelay);
        if (!next || due < *next)
            next = due;
    }
    return next;
}

void Keeper::runDue(Clock::time_point now) {
    bool any = false;
    for (auto& [name, e] : m_entries) {
        if (!e.burstStart || !e.policy)
            continue;
        const auto due =
            std::min(*e.lastChange + m_options.quiet, *e.burstStart + m_options.maxDelay);
        if (due > now)
            continue;
        e.burstStart.reset();
        evaluate(name, e, now);
        any = true;
    }
    if (any)
        writeState();
}

KeeperStatus Keeper::status() const {
    KeeperStatus s;
    s.pid = ::getpid();
    for (const auto& [name, e] : m_entries) {
        KeptStatus k;
        k.name = name;
        k.file = e.file;
        if (e.policy)
            k.match = {{core::keptMatchKindName(e.policy->match.kind), e.policy->match.value}};
        k.state = e.state;
        k.device = e.device;
        k.reapplies = e.reapplies;
        k.lastReapply = e.lastReapply;
        k.lastRestoreMs = e.lastRestoreMs;
        k.lastAdded = e.lastAdded;
        k.lastRemoved = e.lastRemoved;
        k.lastError = e.lastError;
        s.policies.push_back(std::move(k));
    }
    return s;
}

void Keeper::writeState() {
    KeeperStatus s = status();
    const std::string body = toJson(s).dump();
    if (body == m_lastStateText)
        return;
    m_lastStateText = body;
    s.updatedAt = unixMs();
    if (auto w = helperos::replaceFile(m_options.stateDir + "/state.json", toJson(s).dump(2) + "\n",
                                       0644);
        !w)
        m_log("cannot write the state file: " + w.error().message);
}

int Keeper::run(int signalFd, int stopFd) {
    for (;;) {
        // poll() ignores negative descriptors.
        pollfd fds[4] = {{m_monitor->fd(), POLLIN, 0},
                         {m_inotify, POLLIN, 0},
                         {signalFd, POLLIN, 0},
                         {stopFd, POLLIN, 0}};
        const nfds_t n = 4;
        int timeout = -1;
        if (auto next = nextDeadline()) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(*next - Clock::now()).count();
            timeout = static_cast<int>(std::clamp<long long>(left + 1, 0, 60000));
        }
        int rc = ::poll(fds, n, timeout);
        if (rc < 0) {
            if (errno == EINTR)
                continue;
            m_log(std::string("poll: ") + std::strerror(errno));
            return 1;
        }
        const auto now = Clock::now();
        if (fds[3].revents & (POLLIN | POLLHUP))
            return 0;
        if (fds[2].revents & POLLIN) {
            signalfd_siginfo si{};
            if (::read(signalFd, &si, sizeof si) == static_cast<ssize_t>(sizeof si)) {
                if (si.ssi_signo == SIGHUP) {
                    m_log("SIGHUP: reloading " + m_options.configDir);
                    reload();
                } else {
                    m_log("stopping (signal " + std::to_string(si.ssi_signo) +
                          "); the routes stay as they are");
                    return 0;
                }
            }
        }
        if (fds[1].revents & POLLIN) {
            char buf[8192];
            while (::read(m_inotify, buf, sizeof buf) > 0) {
            }
            reload();
        }
        if (fds[0].revents & POLLIN) {
            auto events = m_monitor->readEvents();
            if (!events) {
                m_log("route events: " + events.error().message + "; re-reading the table");
                markAll(now);
            } else {
                onEvents(*events, now);
            }
        }
        runDue(Clock::now());
    }
}

} // namespace splitroute::platform
