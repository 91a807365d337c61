// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::cli {

/// Parsed command line of one subcommand: options (--name value, --flag) and positionals.
/// Options are declared up front so an unknown option is an error, not a silent no-op.
class Args {
public:
    struct Spec {
        std::string name; ///< without "--"
        bool takesValue;  ///< --name VALUE (also --name=VALUE)
        bool repeatable = false;
        std::string help; ///< one line; for values, start with the placeholder: "FILE  ..."
    };

    /// Parses argv[first..]; returns an error for unknown options or missing values.
    [[nodiscard]] static core::Result<Args> parse(const std::vector<Spec>& specs,
                                                  const std::vector<std::string>& argv);

    [[nodiscard]] bool has(const std::string& name) const { return m_values.count(name) > 0; }
    [[nodiscard]] std::optional<std::string> value(const std::string& name) const;
    [[nodiscard]] std::vector<std::string> values(const std::string& name) const;
    [[nodiscard]] const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_positionals;
};

/// Output streams of a command run (so tests can capture them).
struct Io {
    std::ostream& out;
    std::ostream& err;
    std::istream& in;
};

/// Exit codes: 0 ok, 1 the operation failed (or found problems), 2 bad usage or bad input.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct Command {
    std::string name;
    std::string summary;             ///< one line for `splitroute-cli help`
    std::string usage;               ///< "table [--live | --from FILE] ..."
    std::vector<Args::Spec> options; ///< --json and --help are added for every command
    std::function<int(const Args&, Io&)> run;
};

/// The commands, one function per Cmd*.cpp file; commands() lists them all (an explicit
/// table: the commands live in the splitroute_cli library, where self-registering globals
/// would be dropped by the linker).
[[nodiscard]] Command applyCommand();
[[nodiscard]] Command awsCommand();
[[nodiscard]] Command checkCommand();
[[nodiscard]] Command diffCommand();
[[nodiscard]] Command exportCommand();
[[nodiscard]] Command forgetCommand();
[[nodiscard]] Command keepCommand();
[[nodiscard]] Command keptCommand();
[[nodiscard]] Command lookupCommand();
[[nodiscard]] Command persistCommand();
[[nodiscard]] Command planCommand();
[[nodiscard]] Command predictCommand();
[[nodiscard]] Command profileCommand();
[[nodiscard]] Command revertCommand();
[[nodiscard]] Command serverCommand();
[[nodiscard]] Command tableCommand();
[[nodiscard]] Command watchCommand();
[[nodiscard]] const std::map<std::string, Command>& commands();

/// Prints an error to io.err as "splitroute-cli: MESSAGE" (or as JSON {"error": ...} when
/// json is set, on stdout) and returns kExitUsage or the given code.
int fail(Io& io, bool json, const core::Error& error, int code = kExitUsage);
/// Writes JSON with two-space indentation and a newline.
void printJson(Io& io, const nlohmann::json& j);
/// Reads a whole file; errors name the file.
[[nodiscard]] core::Result<std::string> readFile(const std::string& path);
/// JSON form of an error: {"code", "message", "file", "line", "column"}.
[[nodiscard]] nlohmann::json errorJson(const core::Error& e);

/// Runs one command line (without the program name), as `splitroute-cli` does; tests call it
/// in-process with string streams.
int runMain(const std::vector<std::string>& argv, Io& io);

} // namespace splitroute::cli
