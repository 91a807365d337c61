// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Planner.h"

#include "core/JsonDocument.h"
#include "core/RouteJson.h"
#include "core/analyze/FindingCode.h"
#include "core/plan/EffectiveDiff.h"
#include "core/plan/PlannerSteps.h"
#include "core/plan/Segments.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>
#include <map>
#include <set>

namespace splitroute::core {

using nlohmann::json;

PrefixSet tunnelledSet(const RouteTable& table, const std::string& device) {
    std::vector<Prefix> out;
    TunnelContext ctx;
    ctx.tunnelDevice = device;
    if (device.empty())
        return {};
    for (Family f : {Family::V4, Family::V6})
        for (const auto& s : effectiveSegments(table, f))
            if (s.route && planner::classOf(s.route, ctx) == planner::Cls::Tunnel)
                PrefixSet::rangeToPrefixes(f, s.first, s.last, out);
    return PrefixSet::fromPrefixes(out);
}

Result<Plan> makePlan(const RouteTable& current, const RouteTable* predicted,
                      const VpnProfile* profile, const SplitPolicy& policy,
                      const PlanParameters& params) {
    using namespace planner;
    Plan plan;
    plan.before = predicted ? *predicted : current;
    const RouteTable& base = plan.before;
    const TunnelContext ctx = planTunnelContext(current, predicted, base, params);
    plan.tunnelDevice = ctx.tunnelDevice.str();

    const std::vector<ProtectedItem> prot = protectedRanges(base, ctx, params, profile);
    std::vector<Prefix> protectedPrefixes;
    protectedPrefixes.reserve(prot.size());
    for (const auto& p : prot)
        protectedPrefixes.push_back(p.prefix);
    const PrefixSet protectedSet = PrefixSet::fromPrefixes(protectedPrefixes);

    RangeDecisions decisions = decideRanges(policy, base, ctx, prot, protectedSet, params);
    plan.findings = std::move(decisions.findings);
    plan.resolved = decisions.resolved;
    const RouteTable outside = outsideTable(base, current, predicted, ctx);

    Candidate chosen;
    chosen.table = base;
    std::vector<Finding> familyFindings;
    for (Family f : {Family::V4, Family::V6}) {
        auto best = planFamily(f, chosen.table, base, outside, decisions, protectedSet, ctx, policy,
                               params, familyFindings);
        if (!best)
            return best.error();
        chosen.table = std::move(best->table);
        chosen.fill.changes.insert(chosen.fill.changes.end(), best->fill.changes.begin(),
                                   best->fill.changes.end());
        chosen.structural.changes.insert(chosen.structural.changes.end(),
                                         best->structural.changes.begin(),
                                         best->structural.changes.end());
        chosen.findings.insert(chosen.findings.end(), best->findings.begin(), best->findings.end());
    }
    attachReasons(chosen.fill, policy, plan.resolved, ctx);

    plan.changes = chosen.fill;
    plan.changes.changes.insert(plan.changes.changes.end(), chosen.structural.changes.begin(),
                                chosen.structural.changes.end());
    // chosen.table is base with exactly these changes made (ChangeSet::applyTo would redo
    // them with a linear search per change, too slow for plans of 10k routes).
    plan.after = std::move(chosen.table);
    plan.findings.insert(plan.findings.end(), familyFindings.begin(), familyFindings.end());
    plan.findings.insert(plan.findings.end(), chosen.findings.begin(), chosen.findings.end());
    plan.tunnelled = tunnelledSet(plan.after, plan.tunnelDevice);
    plan.effective = effectiveDiff(plan.before, plan.after);
    plan.effectiveSummary = plan.effective.summary;
    return plan;
}

json planToJson(const Plan& plan, bool includeBefore) {
    json resolved = json::array();
    for (const auto& r : plan.resolved) {
        json addrs = json::array();
        for (const auto& a : r.addresses)
            addrs.push_back(a.toString());
        json o{{"host", r.host}, {"addresses", addrs}};
        if (!r.error.empty())
            o["error"] = r.error;
        resolved.push_back(o);
    }
    json tunnelled = json::array();
    for (const auto& p : plan.tunnelled.toPrefixes())
        tunnelled.push_back(p.toString());
    std::size_t adds = 0, dels = 0;
    for (const auto& c : plan.changes.changes)
        (c.kind == ChangeKind::Add ? adds : dels)++;
    json j{{"format", "splitroute-plan"},
           {"version", 1},
           {"tunnelDevice", plan.tunnelDevice},
           {"changes", toJson(plan.changes)},
           {"tunnelled", tunnelled},
           {"resolved", resolved},
           {"findings", toJson(plan.findings)},
           {"summary", {{"added", adds}, {"deleted", dels}, {"effective", plan.effectiveSummary}}}};
    if (includeBefore)
        j["before"] = toJson(plan.before);
    return j;
}

Result<Plan> planFromJson(const json& j) {
    auto bad = [](const std::string& what) {
        return makeError(ErrorCode::Parse, what);
    };
    if (!j.is_object())
        return bad("a plan must be a JSON object");
    static const std::set<std::string> known{"format",   "version",   "tunnelDevice",
                                             "changes",  "tunnelled", "resolved",
                                             "findings", "summary",   "before"};
    for (const auto& [k, v] : j.items())
        if (!known.count(k))
            return bad(k + ": unknown field");
    if (!j.contains("format") || j["format"] != "splitroute-plan")
        return bad("format: required, must be \"splitroute-plan\"");
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"] != 1)
        return makeError(ErrorCode::Unsupported, "version: only version 1 is supported");
    Plan p;
    if (!j.contains("changes"))
        return bad("changes: required");
    auto cs = changeSetFromJson(j["changes"]);
    if (!cs)
        return bad("changes: " + cs.error().message);
    p.changes = std::move(cs).value();
    if (j.contains("tunnelDevice")) {
        if (!j["tunnelDevice"].is_string())
            return bad("tunnelDevice: expected a string");
        p.tunnelDevice = j["tunnelDevice"].get<std::string>();
    }
    if (j.contains("tunnelled")) {
        if (!j["tunnelled"].is_array())
            return bad("tunnelled: expected an array of CIDR strings");
        std::vector<Prefix> ps;
        for (const auto& t : j["tunnelled"]) {
            if (!t.is_string())
                return bad("tunnelled: expected CIDR strings");
            auto pre = Prefix::parse(t.get<std::string>());
            if (!pre)
                return bad("tunnelled: " + pre.error().message);
            ps.push_back(*pre);
        }
        p.tunnelled = PrefixSet::fromPrefixes(ps);
    }
    if (j.contains("resolved")) {
        if (!j["resolved"].is_array())
            return bad("resolved: expected an array");
        for (const auto& r : j["resolved"]) {
            if (!r.is_object() || !r.contains("host") || !r["host"].is_string() ||
                !r.contains("addresses") || !r["addresses"].is_array())
                return bad("resolved: each entry needs \"host\" and \"addresses\"");
            ResolvedHost rh{r["host"].get<std::string>(), {}, {}};
            for (const auto& a : r["addresses"]) {
                auto ip = a.is_string() ? IpAddress::parse(a.get<std::string>())
                                        : Result<IpAddress>(bad("not a string"));
                if (!ip)
                    return bad("resolved: bad address");
                rh.addresses.push_back(*ip);
            }
            if (r.contains("error") && r["error"].is_string())
                rh.error = r["error"].get<std::string>();
            p.resolved.push_back(std::move(rh));
        }
    }
    if (j.contains("findings")) {
        if (!j["findings"].is_array())
            return bad("findings: expected an array");
        for (const auto& f : j["findings"]) {
            if (!f.is_object() || !f.contains("code") || !f["code"].is_string() ||
                !f.contains("message") || !f["message"].is_string())
                return bad("findings: each needs \"code\" and \"message\"");
            Finding fd;
            fd.code = f["code"].get<std::string>();
            fd.message = f["message"].get<std::string>();
            const std::string sev = f.value("severity", "warning");
            fd.severity = sev == "error"  ? Severity::Error
                          : sev == "info" ? Severity::Info
                                          : Severity::Warning;
            if (f.contains("routes") && f["routes"].is_array())
                for (const auto& rj : f["routes"])
                    if (auto r = routeFromJson(rj))
                        fd.routes.push_back(*r);
            if (f.contains("prefixes") && f["prefixes"].is_array())
                for (const auto& pj : f["prefixes"])
                    if (pj.is_string())
                        if (auto pre = Prefix::parse(pj.get<std::string>()))
                            fd.prefixes.push_back(*pre);
            if (f.contains("args")) {
                if (!f["args"].is_array())
                    return bad("findings: \"args\" must be an array of strings");
                for (const auto& aj : f["args"]) {
                    if (!aj.is_string())
                        return bad("findings: \"args\" must be an array of strings");
                    fd.args.push_back(aj.get<std::string>());
                }
            }
            p.findings.push_back(std::move(fd));
        }
    }
    if (j.contains("summary") && j["summary"].is_object() && j["summary"].contains("effective") &&
        j["summary"]["effective"].is_string())
        p.effectiveSummary = j["summary"]["effective"].get<std::string>();
    if (j.contains("before")) {
        auto t = routeTableFromJson(j["before"]);
        if (!t)
            return bad("before: " + t.error().message);
        p.before = std::move(t).value();
        auto after = p.changes.applyTo(p.before);
        if (!after)
            return bad("changes do not apply to \"before\": " + after.error().message);
        p.after = std::move(after).value();
        p.effective = effectiveDiff(p.before, p.after);
    }
    return p;
}

namespace {

// Where a planFromJson error points. Its messages lead with the top-level member
// ("changes: change 3: field 'gateway': ...", "tunnelDevice: expected a string").
SourceLocation locatePlanError(const JsonDocument& doc, const std::string& message) {
    const auto colon = message.find(": ");
    if (colon == std::string::npos)
        return doc.locate({});
    const std::string member = message.substr(0, colon);
    const JsonPath top;
    if (!doc.root().is_object() || !doc.root().contains(member))
        return doc.locate(top);
    if (message.compare(colon + 2, std::string::npos, "unknown field") == 0)
        return doc.locateKey(top.key(member));
    return locateElementError(doc, top.key(member), std::string_view(message).substr(colon + 2));
}

} // namespace

Result<Plan> parsePlan(std::string_view text, const std::string& file) {
    auto doc = JsonDocument::parse(text, file);
    if (!doc)
        return doc.error();
    auto p = planFromJson(doc->root());
    if (!p) {
        Error e = p.error();
        e.where = locatePlanError(*doc, e.message);
        return e;
    }
    return p;
}

} // namespace splitroute::core
