// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/TableImport.h"

#include <nlohmann/json.hpp>

namespace splitroute::core {

/// Splitroute's own saved routing table, version 1:
///
///     {"format": "splitroute-snapshot", "version": 1,
///      "source": "where the table came from (file name, 'live', host name)",
///      "taken": "2026-11-22T00:35:13Z"            (optional, ISO 8601),
///      "routes": [ route objects as core/RouteJson.h writes them ]}
///
/// Reading is strict: unknown top-level fields, a different format or version, and any route
/// that RouteJson rejects are errors (located at the offending route's line and column).
struct Snapshot {
    std::string source;
    std::string taken; ///< empty: unknown
    RouteTable table;
};

inline constexpr int kSnapshotVersion = 1;

[[nodiscard]] nlohmann::json snapshotToJson(const Snapshot& s);
/// Two-space indented JSON text with a final newline.
[[nodiscard]] std::string writeSnapshot(const Snapshot& s);
[[nodiscard]] Result<Snapshot> readSnapshot(std::string_view text, const std::string& fileName);

} // namespace splitroute::core
