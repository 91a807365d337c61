// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli keep --policy POLICY (--match-device DEV | --match-remote HOST |
//                     --match-profile FILE) [--name NAME] [--json] [helper options]
// splitroute-cli forget NAME [--json] [helper options]
// splitroute-cli kept [--json] [--config-dir DIR] [--state-dir DIR]
//
// keep: makes a kept policy (core/plan/KeptPolicy.h) of a splitroute-policy file and hands it
// to splitroute-helper (through pkexec, like apply), which writes /etc/splitroute/keep.d/
// NAME.json; splitroute-keeper picks it up at once and holds the split whenever the tunnel
// comes back. NAME defaults to the policy file's name without .json.
// forget: the helper removes the file; the keeper undoes exactly what it applied for it.
// kept: each kept policy with the keeper's state (waiting, holding, gave-up, refused, error),
// its last re-apply, count and last error, read from the keeper's state file (no privilege
// needed). --json: {"keeper": {"pid", "updatedAt"} | null, "policies": [KEPT...]} with KEPT
// as in platform/keeper/KeeperState.h; files of the config directory the keeper has not
// reported yet have "state": "unknown".
// Exit: 0 done; 1 the helper refused or failed (forget: no such policy); 2 bad usage.

#include "app/cli/HelperCommand.h"
#include "core/plan/KeptPolicy.h"
#include "platform/keeper/KeeperState.h"

#include <ctime>
#include <filesystem>
#include <set>

namespace splitroute::cli {
namespace {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;
namespace fs = std::filesystem;

int reportHelperAnswer(Io& io, bool asJson, const core::Result<platform::HelperResponse>& res,
                       const std::string& what) {
    if (!res)
        return fail(io, asJson, res.error(), kExitFailure);
    if (!res->ok) {
        if (asJson)
            printJson(io, {{"error", errorJson(res->error)}});
        io.err << "splitroute-cli: " << what << " failed: " << res->error.message << '\n';
        return kExitFailure;
    }
    json body = res->body;
    body.erase("id");
    body.erase("ok");
    if (asJson)
        printJson(io, body);
    return kExitOk;
}

int runKeep(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    auto policyPath = args.value("policy");
    if (!policyPath)
        return fail(io, asJson,
                    makeError(ErrorCode::InvalidArgument, "--policy POLICY is required"));
    int matches = args.has("match-device") + args.has("match-remote") + args.has("match-profile");
    if (matches != 1)
        return fail(
            io, asJson,
            makeError(ErrorCode::InvalidArgument,
                      "give exactly one of --match-device, --match-remote, --match-profile"));
    auto text = readFile(*policyPath);
    if (!text)
        return fail(io, asJson, text.error());
    auto policy = core::SplitPolicy::parse(*text, *policyPath);
    if (!policy)
        return fail(io, asJson, policy.error());
    core::KeptPolicy kept;
    kept.policy = std::move(policy).value();
    kept.name = args.value("name").value_or(fs::path(*policyPath).stem().string());
    if (!core::isValidKeptName(kept.name))
        return fail(io, asJson,
                    makeError(ErrorCode::InvalidArgument,
                              "\"" + kept.name +
                                  "\" is not a usable name (1-64 of letters, digits, '.', '_', "
                                  "'-'): give --name NAME"));
    if (auto d = args.value("match-device")) {
        kept.match = {core::KeptMatch::Kind::Device, *d};
    } else if (auto r = args.value("match-remote")) {
        kept.match = {core::KeptMatch::Kind::Remote, *r};
    } else {
        std::error_code ec;
        const fs::path p = fs::absolute(*args.value("match-profile"), ec);
        if (ec || !fs::is_regular_file(p, ec))
            return fail(
                io, asJson,
                makeError(ErrorCode::NotFound, "no profile at " + *args.value("match-profile")));
        kept.match = {core::KeptMatch::Kind::Profile, p.lexically_normal().string()};
    }
    // The same checks the helper makes, before asking for a password.
    if (auto again = core::KeptPolicy::fromJson(kept.toJson()); !again)
        return fail(io, asJson, again.error());

    platform::HelperClient client(helperClientOptions(args));
    auto hello = client.start();
    if (!hello)
        return fail(io, asJson, hello.error(), kExitFailure);
    auto res = client.call(platform::protocol::encodeKeep(kept.toJson()));
    const int rc = reportHelperAnswer(io, asJson, res, "keep");
    if (rc == kExitOk && !asJson)
        io.out << "Kept " << kept.name << " (" << res->body.value("file", std::string())
               << "): splitroute-keeper holds this split on "
               << core::keptMatchKindName(kept.match.kind) << " " << kept.match.value
               << " from now on ('splitroute-cli kept' shows how it goes).\n";
    return rc;
}

int runForget(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    if (args.positionals().size() != 1)
        return fail(io, asJson, makeError(ErrorCode::InvalidArgument, "forget takes one NAME"));
    const std::string name = args.positionals().front();
    if (!core::isValidKeptName(name))
        return fail(io, asJson,
                    makeError(ErrorCode::InvalidArgument, "not a kept policy name: " + name));
    platform::HelperClient client(helperClientOptions(args));
    auto hello = client.start();
    if (!hello)
        return fail(io, asJson, hello.error(), kExitFailure);
    auto res = client.call(platform::protocol::encodeForget(name));
    const int rc = reportHelperAnswer(io, asJson, res, "forget");
    if (rc == kExitOk && !asJson)
        io.out << "Forgot " << name
               << ": splitroute-keeper undoes what it applied for it and no longer holds it.\n";
    return rc;
}

std::string describeTime(std::int64_t unixMs) {
    const std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    char buf[32];
    std::tm tm{};
    if (!gmtime_r(&t, &tm) || !std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm))
        return std::to_string(unixMs);
    return buf;
}

int runKept(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    const std::string configDir = args.value("config-dir").value_or(platform::kKeeperConfigDir);
    const std::string stateDir = args.value("state-dir").value_or(platform::kKeeperStateDir);
    auto status = platform::readKeeperStatus(stateDir);
    if (!status && status.error().code != ErrorCode::NotFound)
        return fail(io, asJson, status.error(), kExitFailure);
    std::vector<platform::KeptStatus> policies;
    if (status)
        policies = status->policies;
    std::set<std::string> reported;
    for (const auto& p : policies)
        reported.insert(p.name);
    json unknown = json::array();
    std::error_code ec;
    std::vector<std::string> files;
    for (fs::directory_iterator it(configDir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec))
        if (it->path().extension() == ".json" && !reported.count(it->path().stem().string()))
            files.push_back(it->path().string());
    std::sort(files.begin(), files.end());

    if (asJson) {
        json ps = json::array();
        for (const auto& p : policies)
            ps.push_back(platform::toJson(p));
        for (const auto& f : files)
            ps.push_back(
                {{"name", fs::path(f).stem().string()}, {"file", f}, {"state", "unknown"}});
        json keeper = nullptr;
        if (status)
            keeper = {{"pid", status->pid}, {"updatedAt", status->updatedAt}};
        printJson(io, {{"keeper", keeper}, {"policies", ps}});
        return kExitOk;
    }
    if (!status)
        io.out << "splitroute-keeper has not reported (no " << stateDir
               << "/state.json): is it running?\n";
    if (policies.empty() && files.empty()) {
        io.out << "No kept policies in " << configDir << ".\n";
        return kExitOk;
    }
    for (const auto& p : policies) {
        io.out << p.name << ": " << platform::keptStateName(p.state);
        if (!p.device.empty())
            io.out << " on " << p.device;
        io.out << ", " << p.reapplies << " re-appl" << (p.reapplies == 1 ? "y" : "ies");
        if (p.lastReapply)
            io.out << ", last " << describeTime(*p.lastReapply) << " (+" << p.lastAdded << " -"
                   << p.lastRemoved << " routes"
                   << (p.lastRestoreMs ? ", " + std::to_string(*p.lastRestoreMs) + " ms" : "")
                   << ")";
        io.out << '\n';
        if (!p.lastError.empty())
            io.out << "  " << p.lastError << '\n';
    }
    for (const auto& f : files)
        io.out << fs::path(f).stem().string() << ": not reported by the keeper yet (" << f << ")\n";
    return kExitOk;
}

std::vector<Args::Spec> withHelper(std::vector<Args::Spec> o) {
    for (auto& s : helperOptionSpecs())
        o.push_back(std::move(s));
    return o;
}

} // namespace

Command keepCommand() {
    return Command{
        "keep", "hold a split policy across reconnects (splitroute-keeper, through the helper)",
        "keep --policy POLICY (--match-device DEV | --match-remote HOST | --match-profile FILE) "
        "[--name NAME] [--helper PATH] [--direct]",
        withHelper(
            {{"policy", true, false, "POLICY  splitroute-policy file"},
             {"match-device", true, false, "DEV  the tunnel device (tun0)"},
             {"match-remote", true, false, "HOST  the VPN server the tunnel's host route leads to"},
             {"match-profile", true, false,
              "FILE  OpenVPN profile (device, remotes, pushed networks)"},
             {"name", true, false, "NAME  kept policy name (default: POLICY's file name)"}}),
        runKeep};
}

Command forgetCommand() {
    return Command{"forget", "stop holding a kept policy and undo what the keeper applied for it",
                   "forget NAME [--helper PATH] [--direct]", withHelper({}), runForget};
}

Command keptCommand() {
    return Command{
        "kept",
        "list kept policies with the keeper's state",
        "kept [--json] [--config-dir DIR] [--state-dir DIR]",
        {{"config-dir", true, false, "DIR  kept policies (default /etc/splitroute/keep.d)"},
         {"state-dir", true, false, "DIR  the keeper's state (default /run/splitroute-keeper)"}},
        runKept};
}

} // namespace splitroute::cli
