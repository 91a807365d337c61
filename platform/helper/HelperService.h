// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/RouteBackend.h"
#include "platform/RouteKey.h"
#include "platform/helper/Journal.h"
#include "platform/helper/Protocol.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace splitroute::platform {

struct HelperOptions {
#ifdef _WIN32
    /// Empty: main() resolves %ProgramData%\\Splitroute\\state (helperos::defaultStateDir()).
    std::string stateDir;
#else
    std::string stateDir = "/run/splitroute";
#endif
    /// Changes in one apply. A request is parsed whole before it is checked, at about 1.7 KB
    /// of memory per change: this bound keeps any request line far below 512 MiB.
    std::size_t maxChanges = 100000;
    std::size_t maxLineBytes = std::size_t(64) << 20;
    /// Next hops of one route. The kernel's RTA_MULTIPATH length is 16 bits: past about 2300
    /// IPv6 next hops it wraps, and the kernel would read next-hop bytes as top-level
    /// attributes (another table). No real route needs more than a few dozen.
    std::size_t maxNextHops = 256;
    std::uint32_t maxConfirmTimeout = 3600; ///< seconds
    /// The I/O loop takes no further request while more than this much output waits for the
    /// client to read it (deadlines and stop signals still work).
    std::size_t pauseInputBytes = std::size_t(1) << 20;
    /// Output waiting past this counts as a disconnect: the pending transaction is reverted
    /// and the helper exits.
    std::size_t maxQueuedBytes = std::size_t(512) << 20;
    std::optional<std::uint32_t> peerUid; ///< PKEXEC_UID, for the journal and the log
    /// The network namespace the helper works in ("net:[4026531840]"; empty with a simulated
    /// table): written into every journal record, and a record of another namespace is never
    /// acted on.
    std::string netns;
    /// Where `keep` writes kept policies and `forget` removes them (splitroute-keeper watches
    /// it). Empty: the verbs are unsupported (Windows has no keeper yet).
#ifdef _WIN32
    std::string keepDir;
#else
    std::string keepDir = "/etc/splitroute/keep.d";
#endif
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
    [[nodiscard]] const HelperOptions& options() const { return m_options; }
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

    /// Undoes `inverse` as a revert does (reconcile, judged from the live table; safe to
    /// repeat), without a journal: the keeper's `forget` of what it applied for a policy.
    /// Returns REPORT (PROTOCOL.md).
    [[nodiscard]] nlohmann::json undo(const core::ChangeSet& inverse);
    /// The last committed transaction (last-applied.json), e.g. to learn the inverse of an
    /// apply just made: deletes there carry the live routes they removed.
    [[nodiscard]] core::Result<std::optional<JournalRecord>> lastApplied() const;

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

    void doHello(const nlohmann::json& id);
    void doList(const nlohmann::json& id, const protocol::ListRequest& req);
    void doApply(const nlohmann::json& id, const protocol::ApplyRequest& req,
                 Clock::time_point now);
    void doConfirm(const nlohmann::json& id, const protocol::ConfirmRequest& req);
    void doRevert(const nlohmann::json& id, const protocol::RevertRequest& req);
    void doStatus(const nlohmann::json& id, Clock::time_point now);
    void doKeep(const nlohmann::json& id, const protocol::KeepRequest& req);
    void doForget(const nlohmann::json& id, const protocol::ForgetRequest& req);

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
    /// This helper's namespace for messages ("net:[…]", or "a simulated table").
    [[nodiscard]] std::string describeNetns() const;

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
    /// journal.json holds a transaction of another network namespace: left alone, and no
    /// apply until a helper in that namespace has finished it.
    std::string m_foreignPendingNetns;
    std::uint64_t m_generation = 0;
    std::uint64_t m_lastTransaction = 0;
};

/// The helper's stdin and stdout as its I/O loop sees them: waits until request bytes
/// arrive, stdout takes more bytes, the timeout passes, input ends, or the helper is told to
/// stop; writes without ever blocking. POSIX: poll() on stdin, stdout (non-blocking) and a
/// signalfd (HelperLoopPosix.cpp); Windows: a reader thread on the stdin handle, a writer
/// thread on the stdout handle and a console control handler (HelperLoopWindows.cpp).
class HelperIo {
public:
    enum class Status {
        Data,      ///< chunk holds bytes
        Writable,  ///< output may take more bytes
        Timeout,   ///< nothing arrived in time (or a spurious wake-up)
        Retry,     ///< interrupted before anything was looked at; wait again
        End,       ///< end of input
        ReadError, ///< reading failed: treated like End, exit status 1
        WaitError, ///< waiting failed: exit status 1
        Stop,      ///< a stop signal (SIGTERM/SIGINT/SIGHUP, console control event)
    };
    virtual ~HelperIo() = default;
    /// timeout: nullopt waits without limit. wantInput: input is read (false while the loop
    /// holds requests it cannot answer yet); wantOutput: Writable is reported. Stop signals
    /// are always reported, first.
    virtual Status wait(std::optional<std::chrono::milliseconds> timeout, std::string& chunk,
                        bool wantInput, bool wantOutput) = 0;
    /// Writes a prefix of `bytes` without blocking: how many bytes it took (0 when the client
    /// has not read what it was sent), or nullopt when the client is gone.
    virtual std::optional<std::size_t> writeSome(std::string_view bytes) = 0;
};

/// What the helper has said and the client has not read yet (responses and events).
class OutputQueue {
public:
    void push(std::string_view text) {
        if (m_pos == m_buf.size()) {
            m_buf.clear();
            m_pos = 0;
        }
        m_buf += text;
    }
    [[nodiscard]] std::size_t size() const { return m_buf.size() - m_pos; }
    [[nodiscard]] bool empty() const { return size() == 0; }
    [[nodiscard]] std::string_view front() const { return std::string_view(m_buf).substr(m_pos); }
    void consume(std::size_t n);

private:
    std::string m_buf;
    std::size_t m_pos = 0;
};

/// The helper's I/O loop: reads request lines from `io` (bounded by maxLineBytes), writes what
/// the service says to `out` through `io` without blocking, takes no new request while more
/// than pauseInputBytes wait to be read, fires confirm deadlines, and on end of input, a stop
/// signal, a client that is gone or one that left more than maxQueuedBytes unread, shuts the
/// service down (the pending transaction is reverted). `out` may be null when the service's
/// Emit goes elsewhere (tests). `afterRequest` runs after every request (the simulation's
/// write-back). Returns the process exit status.
int runHelperLoop(HelperService& service, HelperIo& io, OutputQueue* out,
                  const std::function<void()>& afterRequest = {});

#ifndef _WIN32
/// The loop over a file descriptor for input, one for output (or -1: `out` must be null) and
/// a signalfd (or -1).
int runHelperLoop(HelperService& service, int inFd, int outFd, int signalFd, OutputQueue* out,
                  const std::function<void()>& afterRequest = {});
#endif

/// Writes all of `text` to fd (blocking, retrying on EINTR). False when the peer is gone.
/// On Windows fd is a C runtime descriptor (0, 1, 2); the bytes are written untranslated.
bool writeAll(int fd, std::string_view text);

} // namespace splitroute::platform
