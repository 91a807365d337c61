#pragma once

#include "platform/RouteBackend.h"
#include "platform/RouteKey.h"
#include "platform/helper/Journal.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace splitroute::platform {

/// The helper's protocol version (see platform/helper/PROTOCOL.md).
inline constexpr int kHelperProtocolVersion = 1;

struct HelperOptions {
#ifdef _WIN32
    /// Empty: main() resolves %ProgramData%\\Splitroute\\state (helperos::defaultStateDir()).
    std::string stateDir;
#else
    std::string stateDir = "/run/splitroute";
#endif
    std::size_t maxChanges = 200000;
    std::size_t maxLineBytes = std::size_t(64) << 20;
    std::uint32_t maxConfirmTimeout = 3600; ///< seconds
    std::optional<std::uint32_t> peerUid;   ///< PKEXEC_UID, for the journal and the log
};

/// Everything the privileged helper does, without its I/O loop: validates requests against
/// the schema and policy, journals, applies, rolls back, verifies. One request line in, one
/// response (and maybe events) out through the Emit callback. Time comes in as a parameter so
/// tests control it.
class HelperService {
public:
    using Clock = std::chrono::steady_clock;
    using Emit = std::function<void(const nlohmann::json&)>;
    using Log = std::function<void(const std::string&)>;

    HelperService(RouteBackend& backend, HelperOptions options, Emit emit, Log log = {});

    /// Opens and locks the state directory, and rolls back an unfinished journal left by a
    /// helper that died (reported in the next hello response).
    [[nodiscard]] core::Result<void> start();

    void handleLine(std::string_view line, Clock::time_point now);
    /// A line longer than maxLineBytes was discarded; answers with an error.
    void handleOversizedLine();

    /// When the pending transaction must be reverted unless confirmed.
    [[nodiscard]] std::optional<Clock::time_point> deadline() const { return m_deadline; }
    /// Reverts the pending transaction if its deadline has passed.
    void tick(Clock::time_point now);
    /// The client went away (stdin closed) or the helper is told to stop: reverts the
    /// pending transaction, emitting a "reverted" event with this reason.
    void shutdown(const std::string& reason);

    [[nodiscard]] bool hasPending() const { return m_pending.has_value(); }
    /// Recovery done by start(), as reported in hello (null when there was nothing).
    [[nodiscard]] const nlohmann::json& recovery() const { return m_recovery; }
    /// Increases whenever the routing table may have been changed (for --simulate write-back).
    [[nodiscard]] std::uint64_t generation() const { return m_generation; }

    struct RequestError {
        core::Error error;
        std::optional<std::size_t> index; ///< the offending change of an apply
    };
    /// Schema and policy check of an apply's change list against the backend's current
    /// interfaces and table. Deletes are resolved to the live route they remove.
    [[nodiscard]] std::variant<core::ChangeSet, RequestError>
    validateChanges(const nlohmann::json& changes);

    /// The final expected state of every route the changes touch, checked against the table
    /// read back from the backend: {"verified": bool, "missing": [...], "unexpected": [...]}.
    [[nodiscard]] nlohmann::json verify(const core::ChangeSet& changes);

private:
    struct Pending {
        JournalRecord record;
        Clock::time_point deadline;
    };
    struct ReconcileReport {
        std::size_t applied = 0;
        std::size_t skipped = 0;
        nlohmann::json failures = nlohmann::json::array();
        nlohmann::json verify;
        [[nodiscard]] nlohmann::json toJson() const;
    };

    void respond(const nlohmann::json& id, nlohmann::json body);
    void respondError(const nlohmann::json& id, const core::Error& e,
                      std::optional<std::size_t> index = {}, nlohmann::json extra = {});

    void doHello(const nlohmann::json& id, const nlohmann::json& req);
    void doList(const nlohmann::json& id, const nlohmann::json& req);
    void doApply(const nlohmann::json& id, const nlohmann::json& req, Clock::time_point now);
    void doConfirm(const nlohmann::json& id, const nlohmann::json& req);
    void doRevert(const nlohmann::json& id, const nlohmann::json& req);
    void doStatus(const nlohmann::json& id, const nlohmann::json& req, Clock::time_point now);

    /// Undoes what of `inverse` still needs undoing, judged from the live table: deletes only
    /// our routes that are there, re-adds only routes whose key is free; continues past
    /// failures. Safe to repeat, safe after a crash at any point. `progress` gets the changes
    /// done of those that needed undoing.
    [[nodiscard]] ReconcileReport reconcile(const core::ChangeSet& inverse,
                                            const ProgressFn& progress = {});
    /// Progress events for a batch of `total` changes: none below 1000, else one each time
    /// another hundredth (at least 256 changes) is done, and one at the end.
    [[nodiscard]] ProgressFn progressEvents(std::size_t total);
    [[nodiscard]] ReconcileReport revertPending(const std::string& reason);

    RouteBackend& m_backend;
    HelperOptions m_options;
    Emit m_emit;
    Log m_log;
    Journal m_journal;
    bool m_started = false;
    bool m_helloDone = false;
    std::optional<Pending> m_pending;
    std::optional<Clock::time_point> m_deadline;
    nlohmann::json m_recovery;
    std::uint64_t m_generation = 0;
    std::uint64_t m_lastTransaction = 0;
};

/// Where the helper's I/O loop gets its input: waits until a chunk of request bytes arrives,
/// the timeout passes, input ends, or the helper is told to stop. POSIX: poll() on stdin and
/// a signalfd (HelperLoopPosix.cpp); Windows: a reader thread on the stdin handle and a
/// console control handler (HelperLoopWindows.cpp).
class HelperInput {
public:
    enum class Status {
        Data,      ///< chunk holds bytes
        Timeout,   ///< nothing arrived in time (or a spurious wake-up)
        Retry,     ///< interrupted before anything was looked at; wait again
        End,       ///< end of input
        ReadError, ///< reading failed: treated like End, exit status 1
        WaitError, ///< waiting failed: exit status 1
        Stop,      ///< a stop signal (SIGTERM/SIGINT/SIGHUP, console control event)
    };
    virtual ~HelperInput() = default;
    /// timeout: nullopt waits without limit.
    virtual Status wait(std::optional<std::chrono::milliseconds> timeout, std::string& chunk) = 0;
};

/// The helper's I/O loop: reads request lines from `input` (bounded by maxLineBytes), writes
/// responses through the service's Emit, fires confirm deadlines, and on end of input or a
/// stop signal shuts the service down. `afterRequest` runs after every request (the
/// simulation's write-back). Returns the process exit status.
int runHelperLoop(HelperService& service, HelperInput& input, std::size_t maxLineBytes,
                  const std::function<void()>& afterRequest = {});

#ifndef _WIN32
/// runHelperLoop over a file descriptor and a signalfd (or -1).
int runHelperLoop(HelperService& service, int inFd, int signalFd, std::size_t maxLineBytes,
                  const std::function<void()>& afterRequest = {});
#endif

/// Writes all of `text` to fd (blocking, retrying on EINTR). False when the peer is gone.
/// On Windows fd is a C runtime descriptor (0, 1, 2); the bytes are written untranslated.
bool writeAll(int fd, std::string_view text);

} // namespace splitroute::platform
