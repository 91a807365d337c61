// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What splitroute-keeper says about the policies it holds, as it writes it to
// STATE_DIR/state.json (default /run/splitroute-keeper/state.json, readable by everyone).
// Qt-free: the window, `splitroute-cli kept` and the tests read it through here.
//
//   {"format": "splitroute-keeper-state", "version": 1, "pid": 1234, "updatedAt": UNIX_MS,
//    "policies": [{"name": "corp", "file": "/etc/splitroute/keep.d/corp.json",
//                  "match": {"device": "tun0"} | null (refused file),
//                  "state": "waiting" | "holding" | "gave-up" | "refused" | "error",
//                  "device": "tun0" | "", "reapplies": 3, "lastReapply": UNIX_MS | null,
//                  "lastRestoreMs": 240 | null, "lastAdded": 2, "lastRemoved": 2,
//                  "lastError": "" }]}

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::platform {

/// Where the keeper writes its state (and journal) unless told otherwise.
inline constexpr const char* kKeeperStateDir = "/run/splitroute-keeper";
/// Where the keeper reads kept policies (NAME.json) unless told otherwise.
inline constexpr const char* kKeeperConfigDir = "/etc/splitroute/keep.d";

enum class KeptState : std::uint8_t {
    Waiting, ///< its tunnel is not up
    Holding, ///< the table follows the policy
    GaveUp,  ///< undone by another program too often; the table is left as it is
    Refused, ///< the file was refused (unsafe, malformed); lastError says why
    Error,   ///< planning or applying failed; retried when the tunnel comes up again
};
[[nodiscard]] const char* keptStateName(KeptState s); // "waiting", "holding", "gave-up", ...
[[nodiscard]] std::optional<KeptState> keptStateFromName(const std::string& name);

/// The keeper's state of one kept policy.
struct KeptStatus {
    std::string name;
    std::string file;
    nlohmann::json match; ///< {"device": ...} etc., null for a refused file
    KeptState state = KeptState::Waiting;
    std::string device;                      ///< the tunnel it holds the split on, when known
    std::uint64_t reapplies = 0;             ///< re-applies since the keeper started
    std::optional<std::int64_t> lastReapply; ///< Unix time in milliseconds
    /// Milliseconds from the tunnel's last route change to the split being back.
    std::optional<std::int64_t> lastRestoreMs;
    std::size_t lastAdded = 0;
    std::size_t lastRemoved = 0;
    std::string lastError;
    friend bool operator==(const KeptStatus&, const KeptStatus&) = default;
};

/// The whole state file.
struct KeeperStatus {
    std::int64_t pid = 0;
    std::int64_t updatedAt = 0; ///< Unix time in milliseconds
    std::vector<KeptStatus> policies;

    /// The policy of that name, or null.
    [[nodiscard]] const KeptStatus* find(const std::string& name) const;
    friend bool operator==(const KeeperStatus&, const KeeperStatus&) = default;
};

[[nodiscard]] nlohmann::json toJson(const KeptStatus& s);
[[nodiscard]] nlohmann::json toJson(const KeeperStatus& s);
/// Strict reader (unknown fields are errors).
[[nodiscard]] core::Result<KeeperStatus> keeperStatusFromJson(const nlohmann::json& j);
/// Reads STATE_DIR/state.json. NotFound when there is none (no keeper has run).
[[nodiscard]] core::Result<KeeperStatus>
readKeeperStatus(const std::string& stateDir = kKeeperStateDir);
/// The state of one policy by name (the window's question: "is this split kept, and how?").
/// NotFound when the keeper has not reported it.
[[nodiscard]] core::Result<KeptStatus>
readKeptStatus(const std::string& name, const std::string& stateDir = kKeeperStateDir);

} // namespace splitroute::platform
