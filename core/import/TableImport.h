// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/RouteTable.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// Text formats a routing table can be read from.
enum class TableFormat {
    Auto,       ///< detect from the text (detectTableFormat)
    IpRoute,    ///< `ip route show`, `ip -6 route show`, `ip route show table all`
    IpJson,     ///< `ip -j route show` (and `ip -j -6 ...`)
    RoutePrint, ///< Windows `route print`, any release and language
    Netstat,    ///< macOS / BSD `netstat -rn`
    Snapshot,   ///< Splitroute's own snapshot JSON (core/import/Snapshot.h)
};

/// CLI name of a format: auto, ip, ip-json, route-print, netstat, snapshot.
[[nodiscard]] const char* tableFormatName(TableFormat f);
[[nodiscard]] std::optional<TableFormat> tableFormatFromName(std::string_view name);

/// One line of a Windows `route print` "Interface List".
struct InterfaceListEntry {
    std::uint32_t index = 0;
    std::string mac; ///< "00 15 5d 01 02 03", empty for software interfaces
    std::string description;
};

/// A routing table read from a dump, with the lines that could not be read.
struct ImportedTable {
    RouteTable table;
    /// Skipped lines (Warning), ignored attributes and non-route facts (Info), each with
    /// file, line and column.
    std::vector<Diagnostic> diagnostics;
    TableFormat format = TableFormat::Auto;
    /// Windows `route print` only: the "Persistent Routes" section. They are configuration,
    /// not active routes, so they are not in `table` (each is also reported as an Info).
    std::vector<Route> persistent;
    /// Windows `route print` only: the "Interface List" (index, MAC address, description).
    std::vector<InterfaceListEntry> interfaces;
};

/// Guesses the format of a dump from its structure; Auto when it cannot tell.
[[nodiscard]] TableFormat detectTableFormat(std::string_view text);

/// Reads a whole dump (UTF-8; a BOM and CRLF line ends are fine). With Auto the format is
/// detected. A dump without a single readable route is an error (with the location of the
/// first problem), not an empty table. fileName is only used in diagnostics.
[[nodiscard]] Result<ImportedTable> importTable(std::string_view text, TableFormat format,
                                                const std::string& fileName);

/// Reads a file and imports it. Handles UTF-8 with or without BOM, CRLF, and UTF-16 with a
/// BOM (what PowerShell's `route print > file` writes).
[[nodiscard]] Result<ImportedTable> importTableFile(const std::string& path, TableFormat format);

/// Converts file bytes to UTF-8: UTF-16LE/BE with BOM (or UTF-16LE without BOM when it is
/// evidently so) are transcoded, a UTF-8 BOM is dropped, anything else is returned as is.
[[nodiscard]] std::string decodeTextBytes(std::string_view bytes);

} // namespace splitroute::core
