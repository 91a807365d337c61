// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Planner.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// The system a routing table was taken on.
enum class TableOs { Unknown, Linux, Windows, Bsd };
[[nodiscard]] const char* tableOsName(TableOs os); // "Linux", "Windows", "macOS/BSD", "unknown"
/// Guesses the system from the interface names of a table's routes: addresses or bare
/// indexes (`route print`) → Windows; lo0, utunN, awdlN, llwN, enN → macOS/BSD; lo, ethN,
/// wlanN, enpXsY, wlpXsY, docker0, … → Linux; else Unknown.
[[nodiscard]] TableOs guessTableOs(const RouteTable& table);

/// Where a script is made: its comments tell the reader where to get the matching undo
/// script (the CLI's --undo, or the window's Export dialog).
enum class ExportOrigin { Cli, Window };

/// Options shared by the exporters.
struct ExportOptions {
    std::string connection; ///< nmcli: the VPN connection's name (required there)
    /// The system the plan's table comes from; guessed from its interface names when unset.
    std::optional<TableOs> tableOs;
    /// Who asks: the comments speak to a CLI user (default) or to someone in the window.
    ExportOrigin origin = ExportOrigin::Cli;
};

/// A script (or configuration snippet) and the one that takes it back. Both start with a
/// comment that says what they do and how to undo them.
struct ExportResult {
    std::string script;
    std::string undo;
    /// What the reader must know before running it (also written into both scripts' header),
    /// e.g. that the plan was made on another system than the script is for.
    std::vector<std::string> warnings;
};

/// Turns a plan's ChangeSet into a script for another tool. One small class per format.
class Exporter {
public:
    virtual ~Exporter() = default;
    [[nodiscard]] virtual std::string format() const = 0; ///< "sh", "nmcli", ...
    [[nodiscard]] virtual Result<ExportResult> render(const Plan& plan,
                                                      const ExportOptions& options) const = 0;
};

/// "sh", "nmcli", "powershell", "cmd", "openvpn", "wireguard", "macos".
[[nodiscard]] std::vector<std::string> exportFormats();
/// Null for an unknown format.
[[nodiscard]] std::unique_ptr<Exporter> makeExporter(std::string_view format);

namespace exportdetail {
/// For a script for `target` (a system other than Unknown): refuses a plan made on a
/// Windows table for another system (its interfaces are addresses, no device name), and
/// returns a warning (empty when none) for any other mismatch. `format` names the script.
Result<std::string> checkTargetOs(const Plan& plan, const ExportOptions& options, TableOs target,
                                  const std::string& format);
/// Each warning as a comment line.
std::string warningLines(const std::vector<std::string>& warnings, std::string_view comment,
                         std::string_view eol = "\n");
/// Comment lines ("# " or "rem " prefixed) describing the plan: counts, tunnel, effect, and
/// (from the window) where it was made.
std::string describe(const Plan& plan, const std::string& commentPrefix,
                     ExportOrigin origin = ExportOrigin::Cli);
/// Where the reader gets the matching undo script, for the "To undo, run ..." comment: the
/// CLI command `cliCommand` ("splitroute-cli export --format sh --undo") or the window's
/// Export dialog, per `origin`. In parentheses.
std::string undoSource(ExportOrigin origin, const std::string& cliCommand);
/// Single-quoted for POSIX sh and PowerShell ('' escaping differs: sh uses '\'').
std::string shQuote(const std::string& s);
std::string psQuote(const std::string& s);
/// The reason of a change as a trailing comment, or "".
std::string reasonOf(const RouteChange& c);
/// The body of a script: for every change, its reason as a comment line (`comment` + reason,
/// when it has one), then `lineOf(change)`; each line ends with `eol`.
std::string scriptBody(const ChangeSet& cs, std::string_view comment, std::string_view eol,
                       const std::function<std::string(const RouteChange&)>& lineOf);
} // namespace exportdetail

} // namespace splitroute::core
