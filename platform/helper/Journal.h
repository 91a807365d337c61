// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ChangeSet.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace splitroute::platform {

/// One transaction as the helper records it before it touches the routing table.
struct JournalRecord {
    enum class State { Applying, Pending, Confirmed };
    State state = State::Applying;
    std::uint64_t transaction = 0;
    std::int64_t createdAt = 0;       ///< Unix time
    std::int64_t confirmDeadline = 0; ///< Unix time; 0 when no confirmation is awaited
    std::optional<std::uint32_t> peerUid;
    /// The network namespace whose table the transaction changed ("net:[4026531840]"), empty
    /// for a simulated table and on Windows.
    std::string netns;
    std::size_t changes = 0; ///< size of the forward batch
    core::ChangeSet inverse; ///< what undoes the whole batch, in order
};
[[nodiscard]] const char* journalStateName(JournalRecord::State s);
[[nodiscard]] nlohmann::json toJson(const JournalRecord& r);
[[nodiscard]] core::Result<JournalRecord> journalRecordFromJson(const nlohmann::json& j);

/// The helper's state directory (default /run/splitroute, mode 0700; on Windows
/// %ProgramData%\Splitroute\state, under a folder with a protected DACL):
///   lock              flock()ed by the running helper: one helper at a time (Windows: held
///                     open without sharing)
///   journal.json      the transaction in progress or awaiting confirmation
///   last-applied.json the last confirmed transaction (what `revert` undoes)
///   journal.failed-<transaction>.json  a journal whose recovery failed, kept for people
/// Every write goes to a temporary file that is fsync()ed, then renamed, then the directory
/// is fsync()ed, so after a crash a file is either the old or the new version, never torn.
/// (Windows: FlushFileBuffers, then MoveFileExW with MOVEFILE_WRITE_THROUGH.) The OS calls
/// are in JournalPosix.cpp and JournalWindows.cpp.
class Journal {
public:
    Journal() = default;
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// Creates the directory if needed (0700), refuses symlinks, takes the lock.
    [[nodiscard]] core::Result<void> open(const std::string& dir);
    [[nodiscard]] const std::string& dir() const { return m_dir; }

    [[nodiscard]] core::Result<std::optional<JournalRecord>> readPending() const;
    [[nodiscard]] core::Result<std::optional<JournalRecord>> readLast() const;
    [[nodiscard]] core::Result<void> writePending(const JournalRecord& r);
    /// journal.json becomes last-applied.json (state confirmed), atomically.
    [[nodiscard]] core::Result<void> commitPending(JournalRecord r);
    [[nodiscard]] core::Result<void> removePending();
    [[nodiscard]] core::Result<void> removeLast();
    /// Renames journal.json to journal.failed-<transaction>.json.
    [[nodiscard]] core::Result<void> quarantinePending(std::uint64_t transaction);

private:
    [[nodiscard]] core::Result<std::optional<JournalRecord>> read(const char* name) const;
    // Per operating system:
    /// The file's content; nullopt when it does not exist.
    [[nodiscard]] core::Result<std::optional<std::string>> readText(const char* name) const;
    [[nodiscard]] core::Result<void> writeAtomically(const char* name, const std::string& text);
    [[nodiscard]] core::Result<void> remove(const char* name);
    [[nodiscard]] core::Result<void> rename(const char* from, const std::string& to);

    std::string m_dir;
#ifdef _WIN32
    void* m_lock = nullptr; ///< HANDLE of <dir>\lock, opened without sharing
#else
    [[nodiscard]] core::Result<void> syncDir();
    int m_dirFd = -1;
    int m_lockFd = -1;
#endif
};

} // namespace splitroute::platform
