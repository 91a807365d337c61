// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/SplitPolicy.h"

#include "core/JsonDocument.h"
#include "core/plan/TunnelContext.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace splitroute::core {

using nlohmann::json;

const char* ruleModeName(RuleMode m) {
    switch (m) {
    case RuleMode::Tunnel:
        return "tunnel";
    case RuleMode::Bypass:
        return "bypass";
    case RuleMode::AsPushed:
        return "as-pushed";
    }
    return "as-pushed";
}

std::optional<RuleMode> ruleModeFromName(std::string_view name) {
    if (name == "tunnel")
        return RuleMode::Tunnel;
    if (name == "bypass")
        return RuleMode::Bypass;
    if (name == "as-pushed")
        return RuleMode::AsPushed;
    return std::nullopt;
}

const char* otherTrafficName(OtherTraffic o) {
    return o == OtherTraffic::Tunnel ? "tunnel" : "local";
}

bool isValidHostName(std::string_view h) {
    if (h.empty() || h.size() > 253)
        return false;
    std::size_t labelLen = 0;
    bool lastLabelNumeric = true;
    for (char c : h) {
        if (c == '.') {
            if (labelLen == 0)
                return false;
            labelLen = 0;
            lastLabelNumeric = true;
            continue;
        }
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
            return false;
        if (!std::isdigit(static_cast<unsigned char>(c)))
            lastLabelNumeric = false;
        if (++labelLen > 63)
            return false;
    }
    // "192.168.7.300" is a mistyped address, not a name: no top-level domain is all digits.
    return labelLen > 0 ? !lastLabelNumeric : true;
}

namespace {

// Reads a policy; errors name the JSON path and, when the text is at hand (doc), its line and
// column: the offending value, or the name of an unknown field.
class PolicyReader {
public:
    explicit PolicyReader(const JsonDocument* doc) : m_doc(doc) {}

    Error at(const JsonPath& path, const std::string& what) const {
        return m_doc ? m_doc->errorAt(path, what)
                     : makeError(ErrorCode::Parse, path.toString() + ": " + what);
    }
    Error atKey(const JsonPath& path, const std::string& what) const {
        return m_doc ? m_doc->errorAtKey(path, what)
                     : makeError(ErrorCode::Parse, path.toString() + ": " + what);
    }

    Result<SplitPolicy> read(const json& j) const {
        const JsonPath top;
        if (!j.is_object())
            return at(top, "a policy must be a JSON object");
        static const std::set<std::string> known{"format", "version", "other", "rules"};
        for (const auto& [k, v] : j.items())
            if (!known.count(k))
                return atKey(top.key(k), "unknown field");
        if (!j.contains("format") || j["format"] != "splitroute-policy")
            return at(top.key("format"), "required, must be \"splitroute-policy\"");
        if (!j.contains("version") || !j["version"].is_number_integer())
            return at(top.key("version"), "required, an integer");
        if (j["version"].get<long long>() != 1) {
            Error e = at(top.key("version"),
                         j["version"].dump() + " is not supported (this reader knows version 1)");
            e.code = ErrorCode::Unsupported;
            return e;
        }
        SplitPolicy p;
        if (!j.contains("other") || !j["other"].is_string())
            return at(top.key("other"), "required: \"tunnel\" or \"local\"");
        const auto other = j["other"].get<std::string>();
        if (other == "tunnel")
            p.other = OtherTraffic::Tunnel;
        else if (other == "local")
            p.other = OtherTraffic::Local;
        else
            return at(top.key("other"), "expected \"tunnel\" or \"local\", not \"" + other + "\"");
        if (!j.contains("rules") || !j["rules"].is_array())
            return at(top.key("rules"), "required, an array (may be empty)");
        std::size_t i = 0;
        for (const auto& r : j["rules"]) {
            auto rule = readRule(r, top.key("rules").index(i++));
            if (!rule)
                return rule.error();
            p.rules.push_back(std::move(rule).value());
        }
        return p;
    }

private:
    Result<PolicyRule> readRule(const json& r, const JsonPath& path) const {
        if (!r.is_object())
            return at(path, "a rule must be an object");
        for (const auto& [k, v] : r.items())
            if (k != "network" && k != "host" && k != "label" && k != "mode")
                return atKey(path.key(k), "unknown field");
        PolicyRule rule;
        const bool hasNet = r.contains("network"), hasHost = r.contains("host");
        if (hasNet == hasHost)
            return at(path, "give exactly one of \"network\" and \"host\"");
        if (hasNet) {
            const JsonPath where = path.key("network");
            if (!r["network"].is_string())
                return at(where, "expected a CIDR string");
            const auto text = r["network"].get<std::string>();
            auto pre = Prefix::parse(text);
            if (!pre)
                return at(where, pre.error().message);
            if (pre->toString() != text)
                return at(where, "not canonical; write " + pre->toString());
            rule.network = *pre;
        } else {
            const JsonPath where = path.key("host");
            if (!r["host"].is_string())
                return at(where, "expected a host name string");
            rule.host = r["host"].get<std::string>();
            if (IpAddress::parse(rule.host))
                return at(where, "an address belongs in \"network\" (as a /32 or /128)");
            if (!isValidHostName(rule.host))
                return at(where, "not a valid host name: \"" + rule.host + "\"");
        }
        if (r.contains("label")) {
            if (!r["label"].is_string())
                return at(path.key("label"), "expected a string");
            rule.label = r["label"].get<std::string>();
        }
        if (!r.contains("mode") || !r["mode"].is_string())
            return at(path.key("mode"), "required: \"tunnel\", \"bypass\" or \"as-pushed\"");
        auto mode = ruleModeFromName(r["mode"].get<std::string>());
        if (!mode)
            return at(path.key("mode"), "expected \"tunnel\", \"bypass\" or \"as-pushed\", not \"" +
                                            r["mode"].get<std::string>() + "\"");
        rule.mode = *mode;
        return rule;
    }

    const JsonDocument* m_doc;
};

} // namespace

Result<SplitPolicy> SplitPolicy::fromJson(const json& j) {
    return PolicyReader(nullptr).read(j);
}

Result<SplitPolicy> SplitPolicy::parse(std::string_view text, const std::string& file) {
    // Strict: an object that names a member twice is refused (nlohmann keeps the last).
    auto doc = JsonDocument::parse(text, file, {.rejectDuplicateKeys = true});
    if (!doc)
        return doc.error();
    return PolicyReader(&*doc).read(doc->root());
}

json SplitPolicy::toJson() const {
    json rs = json::array();
    for (const auto& r : rules) {
        json o = json::object();
        if (r.network)
            o["network"] = r.network->toString();
        else
            o["host"] = r.host;
        if (!r.label.empty())
            o["label"] = r.label;
        o["mode"] = ruleModeName(r.mode);
        rs.push_back(o);
    }
    return {{"format", "splitroute-policy"},
            {"version", 1},
            {"other", otherTrafficName(other)},
            {"rules", rs}};
}

std::string SplitPolicy::serialize() const {
    return toJson().dump(2) + "\n";
}

std::vector<Prefix> localNetworks(const RouteTable& table, const std::string& tunnelDevice) {
    const TunnelContext ctx = detectTunnel(table, tunnelDevice);
    // The interfaces that carry a default route outside the tunnel: the link the computer
    // reaches the internet (and the VPN server) through — its LAN is the one a VPN shadows.
    std::set<InterfaceName> uplinks;
    for (const auto& r : table.routes())
        if (r.destination.isDefault() && r.type == RouteType::Unicast && r.table == table::Main &&
            !r.isMultipath() && !r.interface.empty() && !ctx.isTunnelRoute(r))
            uplinks.insert(r.interface);
    static const Prefix linkLocal4 = *Prefix::parse("169.254.0.0/16"),
                        linkLocal6 = *Prefix::parse("fe80::/10"),
                        multicast4 = *Prefix::parse("224.0.0.0/4"),
                        multicast6 = *Prefix::parse("ff00::/8");
    std::set<Prefix> out;
    for (const auto& r : table.routes()) {
        if (r.type != RouteType::Unicast || r.table != table::Main || !r.gateway.isNull() ||
            r.isMultipath() || r.destination.isDefault() || r.destination.isHost() ||
            !uplinks.count(r.interface))
            continue;
        const Prefix& d = r.destination;
        if (linkLocal4.contains(d) || linkLocal6.contains(d) || multicast4.contains(d) ||
            multicast6.contains(d))
            continue;
        out.insert(d);
    }
    return {out.begin(), out.end()};
}

SplitPolicy SplitPolicy::fromProfileAndTable(const VpnProfile* profile, const RouteTable& table,
                                             const std::string& tunnelDevice) {
    SplitPolicy p;
    const TunnelContext ctx = detectTunnel(table, tunnelDevice);
    std::set<Prefix> seen;
    auto addRule = [&](const Prefix& net, std::string label) {
        if (!seen.insert(net).second)
            return;
        p.rules.push_back({net, {}, std::move(label), RuleMode::AsPushed});
    };
    std::array<bool, 2> over{};
    for (Family f : {Family::V4, Family::V6}) {
        bool& o = over[f == Family::V6 ? 1 : 0];
        o = ctx.overrides(f);
        if (profile && profile->redirect && !profile->redirect->isPrivate &&
            (f == Family::V4 ? profile->redirect->ipv4 : profile->redirect->ipv6))
            o = true;
        const std::string fam = f == Family::V4 ? "IPv4" : "IPv6";
        if (o)
            addRule(Prefix::any(f), "All other " + fam + " traffic (default route override)");
        else if (ctx.physicalDefault(f))
            // Explicit, so that the starting point changes nothing for this family: without a
            // rule "other" (tunnel when IPv4 is overridden) would decide it.
            addRule(Prefix::any(f), "All other " + fam + " traffic (not overridden)");
    }
    std::vector<Prefix> vpnNets; // what the VPN routes, to find the local networks it touches
    if (profile) {
        for (const auto* list : {&profile->routes, &profile->routes6})
            for (const auto& r : *list)
                if (r.prefix && r.gatewayKind != GatewayKind::NetGateway) {
                    addRule(*r.prefix, r.text.empty() ? r.network : r.text);
                    vpnNets.push_back(*r.prefix);
                }
    }
    if (ctx.hasTunnel()) {
        std::vector<const Route*> tunnelRoutes;
        for (const auto& r : table.routes())
            if (ctx.isTunnelRoute(r) && r.type == RouteType::Unicast && r.table != table::Local &&
                !isOverridePrefix(r.destination) && !r.destination.isDefault() &&
                r.protocol != proto::Kernel)
                tunnelRoutes.push_back(&r);
        std::sort(tunnelRoutes.begin(), tunnelRoutes.end(),
                  [](const Route* a, const Route* b) { return a->destination < b->destination; });
        for (const Route* r : tunnelRoutes) {
            addRule(r->destination, "Pushed: " + r->toString());
            vpnNets.push_back(r->destination);
        }
    }
    for (const auto& net : localNetworks(table, tunnelDevice)) {
        bool affected = over[net.family() == Family::V6 ? 1 : 0];
        for (const auto& v : vpnNets)
            affected = affected || v.overlaps(net);
        if (!affected)
            continue;
        std::string dev;
        for (const auto& r : table.routes())
            if (r.destination == net && r.gateway.isNull() && r.table == table::Main) {
                dev = r.interface.str();
                break;
            }
        addRule(net, "Local network on " + dev);
    }
    // First match wins: more specific networks first, so each row decides its own addresses
    // (a home LAN inside a pushed 192.168.0.0/16 stays decidable). The /0 rules only set
    // "other" for their family; their place does not matter. IPv4 before IPv6.
    std::stable_sort(p.rules.begin(), p.rules.end(), [](const PolicyRule& a, const PolicyRule& b) {
        const bool da = a.network->isDefault(), db = b.network->isDefault();
        if (da != db)
            return da;
        if (a.network->family() != b.network->family())
            return a.network->family() == Family::V4;
        return a.network->length() > b.network->length();
    });
    p.other =
        ctx.overrides(Family::V4) || (profile && profile->redirect &&
                                      !profile->redirect->isPrivate && profile->redirect->ipv4)
            ? OtherTraffic::Tunnel
            : OtherTraffic::Local;
    return p;
}

} // namespace splitroute::core
