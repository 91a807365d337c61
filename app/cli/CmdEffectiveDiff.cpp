// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli diff --effective BEFORE AFTER [--lookup ADDR|HOST...] [--json]
//
// The effective diff of two routing tables (core/plan/EffectiveDiff.h): the address ranges
// whose chosen next hop changes, as minimal CIDR lists per (old hop → new hop), and one
// sentence saying what that means. --lookup shows the route chosen before and after for an
// address or host name (resolved with the system resolver). --json:
// {"changes":[...],"summary":"...","lookups":[...]}. Exit: 0 compared, 2 bad usage or unreadable
// input.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"
#include "platform/SystemResolver.h"
#include "core/RouteJson.h"
#include "core/plan/EffectiveDiff.h"

namespace splitroute::cli {

using namespace splitroute::core;

int runEffectiveDiff(const Args& args, Io& io) {
    const bool json = args.has("json");
    if (args.positionals().size() != 2)
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument,
                              "diff --effective needs BEFORE and AFTER table files"));
    auto before = readTableFile(args.positionals()[0], io);
    if (!before)
        return fail(io, json, before.error());
    auto after = readTableFile(args.positionals()[1], io);
    if (!after)
        return fail(io, json, after.error());
    const EffectiveDiff d = effectiveDiff(*before, *after);
    nlohmann::json lookups = nlohmann::json::array();
    std::string lookupText;
    for (const auto& q : args.values("lookup")) {
        auto l = lookupBeforeAfter(*before, *after, q, platform::systemResolver());
        if (!l)
            return fail(io, json, l.error());
        for (const auto& c : *l) {
            auto routeOrNull = [](const std::optional<Route>& r) {
                return r ? toJson(*r) : nlohmann::json(nullptr);
            };
            lookups.push_back({{"query", c.query},
                               {"address", c.address.toString()},
                               {"before", routeOrNull(c.before)},
                               {"after", routeOrNull(c.after)},
                               {"changed", c.changed()}});
            lookupText += c.address.toString() +
                          (c.query != c.address.toString() ? " (" + c.query + ")" : "") + ": " +
                          (c.before ? c.before->toString() : "no route") + "  ->  " +
                          (c.after ? c.after->toString() : "no route") +
                          (c.changed() ? "" : "  (unchanged)") + "\n";
        }
    }
    if (json) {
        nlohmann::json j = toJson(d);
        j["lookups"] = lookups;
        printJson(io, j);
        return kExitOk;
    }
    for (const auto& c : d.changes) {
        io.out << familyName(c.family) << ": " << c.from.text << "  ->  " << c.to.text << '\n';
        for (const auto& p : c.prefixes)
            io.out << "  " << p.toString() << '\n';
    }
    io.out << "Summary: " << d.summary << '\n' << lookupText;
    return kExitOk;
}

} // namespace splitroute::cli
