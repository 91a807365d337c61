// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"
#include "core/FileBytes.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

namespace splitroute::cli {

using core::ErrorCode;
using core::makeError;

core::Result<Args> Args::parse(const std::vector<Spec>& specs,
                               const std::vector<std::string>& argv) {
    Args a;
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (onlyPositionals || arg.size() < 2 || arg.rfind("--", 0) != 0) {
            if (!onlyPositionals && arg.size() > 1 && arg[0] == '-' && arg != "-")
                return makeError(ErrorCode::InvalidArgument, "unknown option '" + arg + "'");
            a.m_positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyPositionals = true;
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const Spec* spec = nullptr;
        for (const auto& s : specs)
            if (s.name == name)
                spec = &s;
        if (!spec)
            return makeError(ErrorCode::InvalidArgument, "unknown option '--" + name + "'");
        if (a.has(name) && !spec->repeatable && spec->takesValue)
            return makeError(ErrorCode::InvalidArgument, "option '--" + name + "' given twice");
        if (spec->takesValue) {
            if (!inlineValue) {
                if (i + 1 >= argv.size())
                    return makeError(ErrorCode::InvalidArgument,
                                     "option '--" + name + "' needs a value");
                inlineValue = argv[++i];
            }
            a.m_values[name].push_back(*inlineValue);
        } else {
            if (inlineValue)
                return makeError(ErrorCode::InvalidArgument,
                                 "option '--" + name + "' takes no value");
            a.m_values[name];
        }
    }
    return a;
}

std::optional<std::string> Args::value(const std::string& name) const {
    auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::values(const std::string& name) const {
    auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table = [] {
        std::map<std::string, Command> m;
        for (Command c :
             {applyCommand(), awsCommand(), checkCommand(), diffCommand(), exportCommand(),
              forgetCommand(), keepCommand(), keptCommand(), lookupCommand(), persistCommand(),
              planCommand(), predictCommand(), profileCommand(), revertCommand(), serverCommand(),
              tableCommand(), watchCommand()}) {
            std::string name = c.name;
            m.emplace(std::move(name), std::move(c));
        }
        return m;
    }();
    return table;
}

nlohmann::json errorJson(const core::Error& e) {
    nlohmann::json j{{"code", core::errorCodeName(e.code)}, {"message", e.message}};
    if (!e.where.file.empty())
        j["file"] = e.where.file;
    if (e.where.line > 0)
        j["line"] = e.where.line;
    if (e.where.column > 0)
        j["column"] = e.where.column;
    if (e.sysErrno != 0)
        j["errno"] = e.sysErrno;
    return j;
}

int fail(Io& io, bool json, const core::Error& error, int code) {
    if (json)
        printJson(io, {{"error", errorJson(error)}});
    io.err << "splitroute-cli: " << error.toString() << '\n';
    return code;
}

void printJson(Io& io, const nlohmann::json& j) {
    io.out << j.dump(2) << '\n';
}

core::Result<std::string> readFile(const std::string& path) {
    auto bytes = core::readFileBytes(path);
    if (bytes)
        spdlog::debug("read {} ({} bytes)", path, bytes->size());
    else
        spdlog::debug("cannot read {}: {}", path, bytes.error().message);
    return bytes;
}

static void printUsage(std::ostream& os) {
    os << "Usage: splitroute-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const auto& [name, c] : commands()) {
        os << "  " << name;
        for (std::size_t k = name.size(); k < 10; ++k)
            os << ' ';
        os << "  " << c.summary << '\n';
    }
    os << "\nEvery command takes --json for machine-readable output, --help, and --verbose for\n"
          "debug log lines on stderr (or SPLITROUTE_LOG=debug|info|warn|error|off).\n"
          "Exit status: 0 ok, 1 the operation failed or found problems, 2 bad usage or input.\n";
}

static void printCommandHelp(std::ostream& os, const Command& c) {
    os << "Usage: splitroute-cli " << c.usage << "\n\n" << c.summary << "\n\nOptions:\n";
    for (const auto& s : c.options)
        os << "  --" << s.name << (s.takesValue ? " " : "") << "  " << s.help << '\n';
    os << "  --json  machine-readable output\n  --help  this text\n"
          "  --verbose  debug log lines on stderr\n";
}

int runMain(const std::vector<std::string>& argvIn, Io& io) {
    // --verbose before the command is the same as after it (main.cpp sets the log level).
    std::vector<std::string> argv = argvIn;
    while (!argv.empty() && argv[0] == "--verbose")
        argv.erase(argv.begin());
    if (argv.empty() || argv[0] == "help" || argv[0] == "--help" || argv[0] == "-h") {
        if (argv.size() > 1) {
            auto it = commands().find(argv[1]);
            if (it != commands().end()) {
                printCommandHelp(io.out, it->second);
                return kExitOk;
            }
        }
        printUsage(argv.empty() ? io.err : io.out);
        return argv.empty() ? kExitUsage : kExitOk;
    }
    if (argv[0] == "--version") {
        io.out << "splitroute-cli " << SPLITROUTE_VERSION << '\n';
        return kExitOk;
    }
    auto it = commands().find(argv[0]);
    if (it == commands().end()) {
        io.err << "splitroute-cli: unknown command '" << argv[0]
               << "' (see 'splitroute-cli help')\n";
        return kExitUsage;
    }
    const Command& cmd = it->second;
    std::vector<Args::Spec> specs = cmd.options;
    specs.push_back({"json", false, false, "machine-readable output"});
    specs.push_back({"help", false, false, "this text"});
    if (std::none_of(specs.begin(), specs.end(),
                     [](const Args::Spec& s) { return s.name == "verbose"; }))
        specs.push_back({"verbose", false, false, "debug log lines on stderr"});
    auto args = Args::parse(specs, std::vector<std::string>(argv.begin() + 1, argv.end()));
    if (!args) {
        io.err << "splitroute-cli " << cmd.name << ": " << args.error().message
               << "\nUsage: splitroute-cli " << cmd.usage << '\n';
        return kExitUsage;
    }
    if (args->has("help")) {
        printCommandHelp(io.out, cmd);
        return kExitOk;
    }
    spdlog::debug("{}: {} argument(s)", cmd.name, argv.size() - 1);
    const int code = cmd.run(*args, io);
    spdlog::debug("{}: exit status {}", cmd.name, code);
    return code;
}

} // namespace splitroute::cli
