// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the table, lookup and diff commands: loading a dump with its diagnostics and
// printing routes as aligned columns.

#include "app/cli/Cli.h"
#include "core/import/TableImport.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace splitroute::cli {

/// Options every table-reading command takes.
[[nodiscard]] std::vector<Args::Spec> tableInputOptions();

/// Reads `path` in the format named by --format (default auto). Warnings (skipped lines) go to
/// io.err as "file:line:column: warning: message"; notes too with --verbose. On failure
/// prints the error (file:line:column: message) and returns nullopt; exitCode is then set.
[[nodiscard]] std::optional<core::ImportedTable> loadTable(const std::string& path,
                                                           const Args& args, Io& io, int& exitCode);

/// The table of this computer, read through the platform's RouteBackend (netlink on Linux; no
/// privilege needed). On failure prints the error and returns nullopt; exitCode is then set.
[[nodiscard]] std::optional<core::ImportedTable> loadLiveTable(const Args& args, Io& io,
                                                               int& exitCode);

/// --live or --from FILE, whichever was given (exactly one); `what` names the command.
[[nodiscard]] std::optional<core::ImportedTable> loadTableFromArgs(const std::string& what,
                                                                   const Args& args, Io& io,
                                                                   int& exitCode,
                                                                   std::string& sourceName);

/// {"severity", "code", "message", "file", "line", "column"}
[[nodiscard]] nlohmann::json diagnosticJson(const core::Diagnostic& d);
[[nodiscard]] nlohmann::json diagnosticsJson(const std::vector<core::Diagnostic>& ds);

/// Column header and cells of one route: Destination Gateway Interface Metric Table Type Protocol.
[[nodiscard]] std::vector<std::string> routeHeader();
[[nodiscard]] std::vector<std::vector<std::string>> routeRows(const core::Route& r);

/// Prints rows aligned on columns (two spaces between them, no trailing blanks).
void printAligned(std::ostream& os, const std::vector<std::vector<std::string>>& rows,
                  const std::string& indent = "");

/// Value of one diffable field (see core::routeDifferences) as text.
[[nodiscard]] std::string routeFieldText(const core::Route& r, const std::string& field);

} // namespace splitroute::cli
