// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/KeptPolicy.h"
#include "core/vpn/VpnProfile.h"
#include "platform/RouteBackend.h"
#include "platform/helper/HelperService.h"
#include "platform/keeper/KeeperState.h"

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace splitroute::platform {

struct KeeperOptions {
    std::string configDir = kKeeperConfigDir;
    /// state.json, held/NAME.json (what undoes what the keeper applied for NAME) and
    /// journal/ (the helper's journal: lock, journal.json, last-applied.json).
    std::string stateDir = kKeeperStateDir;
    std::string netns; ///< "net:[INODE]", written into journal records
    /// A burst of route changes is over when nothing changed for this long...
    std::chrono::milliseconds quiet{150};
    /// ... or this long after its first change, whichever comes first.
    std::chrono::milliseconds maxDelay{600};
    /// Re-applies of one policy within a minute on one tunnel (the same device instance) after
    /// which the keeper gives up ("undone by another program"). A tunnel that is recreated
    /// (reconnect) starts over.
    std::size_t maxReapplies = 6;
    /// Kept files must be owned by this user (root) and not writable by group or others.
    std::uint32_t ownerUid = 0;
};

/// splitroute-keeper without its main(): holds kept policies (KeptPolicy files in the
/// config directory) against the live routing table. Driven by route and link events
/// (RouteMonitor) and by changes of the config directory (inotify). Every change goes through
/// an in-process HelperService, so it gets the helper's validation, journal (rolled back at
/// start when unfinished), verification and rollback.
class Keeper {
public:
    using Clock = std::chrono::steady_clock;
    using Log = std::function<void(const std::string&)>;

    Keeper(RouteBackend& backend, KeeperOptions options, Log log);
    ~Keeper();
    Keeper(const Keeper&) = delete;
    Keeper& operator=(const Keeper&) = delete;

    /// State directory, journal (rolling back an unfinished transaction), the monitor, the
    /// config directory watch; loads the policies, undoes what was applied for policies that
    /// are gone, and evaluates every policy once.
    [[nodiscard]] core::Result<void> start();
    /// The event loop until a stop signal (SIGTERM, SIGINT) arrives on signalFd (a signalfd;
    /// SIGHUP there reloads). -1: no signals. `stopFd` (an eventfd or pipe, -1: none) ends the
    /// loop when readable (benchmarks and tests running the keeper on a thread). Returns the
    /// exit status.
    int run(int signalFd, int stopFd = -1);

    /// Re-reads the config directory (what `keep` and `forget` change).
    void reload();
    /// Re-plans every policy now (no debounce).
    void evaluateAll();
    [[nodiscard]] KeeperStatus status() const;

private:
    struct Entry {
        std::string file;
        std::optional<core::KeptPolicy> policy;
        std::optional<core::VpnProfile> profile;
        std::string fileStamp; ///< mtime, size, inode: a changed file is read again
        KeptState state = KeptState::Waiting;
        std::string device;
        std::uint32_t ifindex = 0;            ///< the tunnel instance the counters are about
        std::deque<Clock::time_point> recent; ///< re-applies on this instance
        std::uint64_t reapplies = 0;
        std::optional<std::int64_t> lastReapply;
        std::optional<std::int64_t> lastRestoreMs;
        std::size_t lastAdded = 0, lastRemoved = 0;
        std::string lastError;
        std::optional<Clock::time_point> burstStart, lastChange;
    };

    void loadFile(const std::string& name, Entry& e);
    void evaluate(const std::string& name, Entry& e, Clock::time_point now);
    void forgetHeld(const std::string& name);
    void onEvents(const std::vector<RouteEvent>& events, Clock::time_point now);
    void markAll(Clock::time_point now);
    [[nodiscard]] std::optional<Clock::time_point> nextDeadline() const;
    void runDue(Clock::time_point now);
    void writeState();
    [[nodiscard]] core::Result<core::ChangeSet> readHeld(const std::string& name) const;
    [[nodiscard]] core::Result<void> addHeld(const std::string& name,
                                             const core::ChangeSet& inverse);
    /// Replaces the record of what undoes `name` (no record when `all` is empty).
    [[nodiscard]] core::Result<void> writeHeld(const std::string& name, const core::ChangeSet& all);
    [[nodiscard]] std::string heldPath(const std::string& name) const;

    RouteBackend& m_backend;
    KeeperOptions m_options;
    Log m_log;
    std::unique_ptr<HelperService> m_service;
    nlohmann::json m_lastResponse;
    std::uint64_t m_nextId = 1;
    std::unique_ptr<RouteMonitor> m_monitor;
    int m_inotify = -1;
    std::map<std::string, Entry> m_entries; ///< by file name stem
    std::string m_lastStateText;
};

} // namespace splitroute::platform
