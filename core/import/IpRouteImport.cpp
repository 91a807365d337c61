// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/IpRouteImport.h"

#include "core/JsonDocument.h"
#include "core/import/TextLines.h"

#include <nlohmann/json.hpp>

#include <array>

namespace splitroute::core {

using namespace textlines;

namespace {

// Attributes `ip route` prints that carry one value and do not matter for routing decisions
// (route metrics of RTA_METRICS, IPv6 lifetimes, nexthop object ids, caches...).
constexpr std::array<std::string_view, 30> kValueAttributes{"pref",
                                                            "expires",
                                                            "nhid",
                                                            "error",
                                                            "hoplimit",
                                                            "mtu",
                                                            "advmss",
                                                            "rtt",
                                                            "rttvar",
                                                            "reordering",
                                                            "window",
                                                            "cwnd",
                                                            "initcwnd",
                                                            "initrwnd",
                                                            "ssthresh",
                                                            "rto_min",
                                                            "features",
                                                            "quickack",
                                                            "congctl",
                                                            "realms",
                                                            "realm",
                                                            "from",
                                                            "tos",
                                                            "dsfield",
                                                            "age",
                                                            "users",
                                                            "used",
                                                            "mark",
                                                            "fastopen_no_cookie",
                                                            "ttl-propagate"};
// Metrics that may be printed as "mtu lock 1400".
constexpr std::array<std::string_view, 12> kLockable{
    "mtu",  "advmss",   "rtt",      "rttvar",   "reordering", "window",
    "cwnd", "initcwnd", "initrwnd", "ssthresh", "rto_min",    "congctl"};
// Flags without a value.
constexpr std::array<std::string_view, 8> kIgnoredFlags{
    "pervasive", "offload",           "trap",      "notify", "rt_offload",
    "rt_trap",   "rt_offload_failed", "unresolved"};

template <std::size_t N> bool in(const std::array<std::string_view, N>& a, std::string_view s) {
    for (auto x : a)
        if (x == s)
            return true;
    return false;
}

struct PendingRoute {
    Route route;
    bool defaultDestination = false; // "default": family decided when the route is complete
    bool v6Hint = false;             // attributes only IPv6 routes have (pref, expires)
    int line = 0;
    int column = 0;
    std::string ignored; // unknown words, reported once the route is known to be one
    int ignoredColumn = 0;
};

class IpRouteParser {
public:
    IpRouteParser(const std::string& file, ImportedTable& out) : m_file(file), m_out(out) {}

    void parseLine(const Line& line) {
        std::string_view text = line.text;
        auto tokens = tokenize(text);
        if (tokens.empty())
            return;
        if (tokens[0].text == "nexthop") {
            if (m_pending) {
                parseNextHops(tokens, 0, line.number);
            } else if (!m_lastSkipped) {
                warn("orphan-nexthop", "'nexthop' line without a route before it", line.number,
                     tokens[0].column);
            }
            return;
        }
        if (tokens[0].text == "cache" || tokens[0].text == "\\")
            return; // route cache entries and `ip -o` separators are not routes
        finish();
        parseRoute(tokens, line.number);
    }

    void finish() {
        if (!m_pending)
            return;
        PendingRoute p = std::move(*m_pending);
        m_pending.reset();
        Route& r = p.route;
        if (r.type == RouteType::Unicast && r.gateway.isNull() && r.interface.empty() &&
            r.nexthops.empty()) {
            // `ip route` prints dev (or via, or nexthops) for every unicast route: this is
            // another format, or a line cut short.
            warn("not-ip-route",
                 p.ignored.empty()
                     ? "route without 'dev', 'via' or 'nexthop'; line skipped"
                     : "not an `ip route` line (unknown words: " + p.ignored + "); line skipped",
                 p.line, p.column);
            return;
        }
        if (!p.ignored.empty())
            info("ignored-attribute", "ignored unknown words: " + p.ignored, p.line,
                 p.ignoredColumn);
        if (p.defaultDestination) {
            Family f = Family::None;
            if (!r.gateway.isNull())
                f = r.gateway.family();
            else if (!r.preferredSource.isNull())
                f = r.preferredSource.family();
            for (const auto& nh : r.nexthops)
                if (f == Family::None && !nh.gateway.isNull())
                    f = nh.gateway.family();
            if (f == Family::None)
                f = p.v6Hint ? Family::V6
                             : (m_lastFamily == Family::None ? Family::V4 : m_lastFamily);
            r.destination = Prefix::any(f);
        }
        const Family f = r.destination.family();
        auto familyClash = [&](const IpAddress& a) {
            return !a.isNull() && a.family() != f;
        };
        bool clash = familyClash(r.gateway) || familyClash(r.preferredSource);
        for (const auto& nh : r.nexthops)
            clash = clash || familyClash(nh.gateway);
        if (clash) {
            warn("family-mismatch",
                 "gateway or source address family differs from the destination's "
                 "(e.g. an IPv4 route via an IPv6 gateway); route skipped",
                 p.line, p.column);
            return;
        }
        m_lastFamily = f;
        m_out.table.add(std::move(r));
    }

private:
    void warn(std::string code, std::string message, int line, int column) {
        m_out.diagnostics.push_back(diagnostic(Severity::Warning, std::move(code),
                                               std::move(message), m_file, line, column));
    }
    void info(std::string code, std::string message, int line, int column) {
        m_out.diagnostics.push_back(
            diagnostic(Severity::Info, std::move(code), std::move(message), m_file, line, column));
    }

    // Returns false (after a warning) when the line has to be skipped.
    bool needValue(const std::vector<Token>& t, std::size_t i, int line) {
        if (i + 1 < t.size())
            return true;
        warn("missing-value", "'" + std::string(t[i].text) + "' needs a value; line skipped", line,
             t[i].column);
        return false;
    }

    std::optional<IpAddress> address(const Token& tok, int line, const char* what) {
        std::string_view s = tok.text;
        if (auto pct = s.find('%'); pct != std::string_view::npos)
            s = s.substr(0, pct);
        auto a = IpAddress::parse(s);
        if (!a) {
            warn("bad-address",
                 std::string(what) + " '" + std::string(tok.text) +
                     "' is not an address: " + a.error().message + "; line skipped",
                 line, tok.column);
            return std::nullopt;
        }
        return *a;
    }

    void parseRoute(const std::vector<Token>& t, int line) {
        m_lastSkipped = true;
        PendingRoute p;
        p.line = line;
        p.column = t[0].column;
        Route& r = p.route;
        // iproute2 leaves "proto boot" out unless asked for details (-d): no proto means boot.
        r.protocol = proto::Boot;
        std::size_t i = 0;
        if (auto type = routeTypeFromName(t[0].text); type && t.size() > 1) {
            r.type = *type;
            ++i;
        }
        const Token& dest = t[i];
        if (dest.text == "default") {
            p.defaultDestination = true;
        } else {
            std::string_view d = dest.text;
            auto prefix = Prefix::parse(d);
            if (!prefix) {
                warn("bad-destination",
                     "cannot read destination '" + std::string(d) + "': " + prefix.error().message +
                         "; line skipped",
                     line, dest.column);
                return;
            }
            r.destination = *prefix;
        }
        ++i;
        std::string ignored;
        int ignoredColumn = 0;
        bool nextHops = false;
        for (; i < t.size(); ++i) {
            std::string_view k = t[i].text;
            if (k == "nexthop") {
                nextHops = true; // the rest of the line is next hops (read below)
                break;
            }
            if (k == "\\")
                continue;
            if (k == "via") {
                if (!needValue(t, i, line))
                    return;
                if ((t[i + 1].text == "inet" || t[i + 1].text == "inet6") && i + 2 < t.size())
                    ++i;
                auto a = address(t[++i], line, "gateway");
                if (!a)
                    return;
                r.gateway = *a;
            } else if (k == "dev" || k == "oif") {
                if (!needValue(t, i, line))
                    return;
                r.interface = t[++i].text;
            } else if (k == "proto") {
                if (!needValue(t, i, line))
                    return;
                ++i;
                if (auto pr = protocolFromName(t[i].text))
                    r.protocol = *pr;
                else
                    info("unknown-protocol",
                         "protocol '" + std::string(t[i].text) +
                             "' is not in iproute2's default list; read as unspec",
                         line, t[i].column);
            } else if (k == "scope") {
                if (!needValue(t, i, line))
                    return;
                auto s = scopeFromName(t[++i].text);
                if (!s) {
                    warn("bad-scope",
                         "unknown scope '" + std::string(t[i].text) + "'; line skipped", line,
                         t[i].column);
                    return;
                }
                r.scope = *s;
            } else if (k == "src") {
                if (!needValue(t, i, line))
                    return;
                auto a = address(t[++i], line, "source");
                if (!a)
                    return;
                r.preferredSource = *a;
            } else if (k == "metric" || k == "priority" || k == "preference") {
                if (!needValue(t, i, line))
                    return;
                auto m = parseUnsigned<std::uint32_t>(t[++i].text);
                if (!m) {
                    warn("bad-metric",
                         "metric '" + std::string(t[i].text) + "' is not a number; line skipped",
                         line, t[i].column);
                    return;
                }
                r.metric = *m;
            } else if (k == "table") {
                if (!needValue(t, i, line))
                    return;
                ++i;
                auto id = t[i].text == "unspec" ? std::optional<std::uint32_t>(0)
                                                : tableFromName(t[i].text);
                if (!id) {
                    warn("unknown-table",
                         "table '" + std::string(t[i].text) +
                             "' is a local name (from /etc/iproute2/rt_tables); dump with "
                             "'ip -N route' or use the number; line skipped",
                         line, t[i].column);
                    return;
                }
                r.table = *id;
            } else if (k == "onlink") {
                r.flags |= routeflag::OnLink;
            } else if (k == "linkdown") {
                r.flags |= routeflag::LinkDown;
            } else if (k == "dead") {
                r.flags |= routeflag::Dead;
            } else if (in(kIgnoredFlags, k)) {
                continue;
            } else if (in(kValueAttributes, k)) {
                if (k == "pref" || k == "expires")
                    p.v6Hint = true;
                if (in(kLockable, k) && i + 1 < t.size() && t[i + 1].text == "lock")
                    ++i;
                if (i + 1 < t.size())
                    ++i;
            } else if (k == "encap") {
                // Lightweight tunnel encapsulation (mpls, ip, seg6...) runs to the end of the
                // route's own attributes; it does not change where the route points.
                info("ignored-attribute", "encapsulation ignored", line, t[i].column);
                break;
            } else {
                if (ignored.empty())
                    ignoredColumn = t[i].column;
                else
                    ignored += ' ';
                ignored += k;
            }
        }
        m_pending = std::move(p);
        if (nextHops && !parseNextHops(t, i, line)) {
            m_pending.reset();
            return;
        }
        m_pending->ignored = std::move(ignored);
        m_pending->ignoredColumn = ignoredColumn;
        m_lastSkipped = false;
    }

    // Parses "nexthop ..." groups starting at t[i] into the pending route.
    bool parseNextHops(const std::vector<Token>& t, std::size_t i, int line) {
        Route& r = m_pending->route;
        while (i < t.size()) {
            if (t[i].text != "nexthop") {
                warn("bad-nexthop", "expected 'nexthop', found '" + std::string(t[i].text) + "'",
                     line, t[i].column);
                return dropPending();
            }
            NextHop nh;
            ++i;
            for (; i < t.size() && t[i].text != "nexthop"; ++i) {
                std::string_view k = t[i].text;
                if (k == "\\")
                    continue;
                if (k == "via") {
                    if (!needValue(t, i, line))
                        return dropPending();
                    if ((t[i + 1].text == "inet" || t[i + 1].text == "inet6") && i + 2 < t.size())
                        ++i;
                    auto a = address(t[++i], line, "gateway");
                    if (!a)
                        return dropPending();
                    nh.gateway = *a;
                } else if (k == "dev") {
                    if (!needValue(t, i, line))
                        return dropPending();
                    nh.interface = t[++i].text;
                } else if (k == "weight") {
                    if (!needValue(t, i, line))
                        return dropPending();
                    auto w = parseUnsigned<unsigned>(t[++i].text);
                    if (!w || *w < 1 || *w > 256) {
                        warn("bad-weight", "weight must be 1..256; route skipped", line,
                             t[i].column);
                        return dropPending();
                    }
                    nh.weight = static_cast<std::uint16_t>(*w);
                } else if (k == "onlink") {
                    nh.flags |= routeflag::OnLink;
                } else if (k == "linkdown") {
                    nh.flags |= routeflag::LinkDown;
                } else if (k == "dead") {
                    nh.flags |= routeflag::Dead;
                } else if (in(kValueAttributes, k) || k == "realms") {
                    if (i + 1 < t.size())
                        ++i;
                } else if (!in(kIgnoredFlags, k)) {
                    info("ignored-attribute",
                         "ignored unknown nexthop word '" + std::string(k) + "'", line,
                         t[i].column);
                }
            }
            r.nexthops.push_back(nh);
        }
        return true;
    }

    bool dropPending() {
        m_pending.reset();
        m_lastSkipped = true;
        return false;
    }

    const std::string& m_file;
    ImportedTable& m_out;
    std::optional<PendingRoute> m_pending;
    bool m_lastSkipped = false;
    Family m_lastFamily = Family::None;
};

// ---- ip -j ----

Result<IpAddress> jsonAddress(const nlohmann::json& v, const char* what) {
    std::string s;
    if (v.is_string()) {
        s = v.get<std::string>();
    } else if (v.is_object() && v.contains("host") && v["host"].is_string()) {
        s = v["host"].get<std::string>(); // "via": {"family": "inet6", "host": "fe80::1"}
    } else {
        return makeError(ErrorCode::Parse, std::string(what) + ": expected an address string");
    }
    if (auto pct = s.find('%'); pct != std::string::npos)
        s.resize(pct);
    auto a = IpAddress::parse(s);
    if (!a)
        return makeError(ErrorCode::Parse, std::string(what) + ": " + a.error().message);
    return *a;
}

/// "gateway" (or the older "via") and "dev" of a route or next hop; `what` prefixes messages.
Result<void> jsonHop(const nlohmann::json& o, const std::string& what, IpAddress& gateway,
                     InterfaceName& interface) {
    for (const char* key : {"gateway", "via"})
        if (o.contains(key)) {
            const std::string name = what + "'" + key + "'";
            auto a = jsonAddress(o[key], name.c_str());
            if (!a)
                return a.error();
            gateway = *a;
            break;
        }
    if (o.contains("dev")) {
        if (!o["dev"].is_string())
            return makeError(ErrorCode::Parse, what + "'dev' is not a string");
        interface = o["dev"].get<std::string>();
    }
    return {};
}

std::optional<std::uint32_t> jsonUnsigned(const nlohmann::json& v) {
    if (v.is_number_unsigned())
        return v.get<std::uint64_t>() <= 0xffffffffu
                   ? std::optional<std::uint32_t>(
                         static_cast<std::uint32_t>(v.get<std::uint64_t>()))
                   : std::nullopt;
    if (v.is_number_integer() && v.get<std::int64_t>() >= 0 && v.get<std::int64_t>() <= 0xffffffff)
        return static_cast<std::uint32_t>(v.get<std::int64_t>());
    if (v.is_string())
        return parseUnsigned<std::uint32_t>(v.get<std::string>());
    return std::nullopt;
}

std::uint8_t jsonFlags(const nlohmann::json& flags) {
    std::uint8_t out = 0;
    if (!flags.is_array())
        return out;
    for (const auto& f : flags) {
        if (!f.is_string())
            continue;
        const auto& s = f.get_ref<const std::string&>();
        if (s == "onlink")
            out |= routeflag::OnLink;
        else if (s == "linkdown")
            out |= routeflag::LinkDown;
        else if (s == "dead")
            out |= routeflag::Dead;
    }
    return out;
}

Result<Route> routeFromIpJson(const nlohmann::json& j, Family& lastFamily,
                              std::vector<std::string>& notes) {
    if (!j.is_object())
        return makeError(ErrorCode::Parse, "route element is not an object");
    Route r;
    r.protocol = proto::Boot; // `ip -j` omits "protocol" for RTPROT_BOOT, as the text form does
    if (j.contains("type")) {
        if (!j["type"].is_string())
            return makeError(ErrorCode::Parse, "'type' is not a string");
        auto t = routeTypeFromName(j["type"].get<std::string>());
        if (!t)
            return makeError(ErrorCode::Parse,
                             "unknown route type '" + j["type"].get<std::string>() + "'");
        r.type = *t;
    }
    if (!j.contains("dst") || !j["dst"].is_string())
        return makeError(ErrorCode::Parse, "'dst' missing or not a string");
    const std::string dst = j["dst"].get<std::string>();
    bool isDefault = dst == "default";
    if (!isDefault) {
        auto p = Prefix::parse(dst);
        if (!p)
            return makeError(ErrorCode::Parse, "'dst': " + p.error().message);
        r.destination = *p;
    }
    if (auto hop = jsonHop(j, "", r.gateway, r.interface); !hop)
        return hop.error();
    if (j.contains("prefsrc")) {
        auto a = jsonAddress(j["prefsrc"], "'prefsrc'");
        if (!a)
            return a.error();
        r.preferredSource = *a;
    }
    if (j.contains("metric")) {
        auto m = jsonUnsigned(j["metric"]);
        if (!m)
            return makeError(ErrorCode::Parse, "'metric' is not a number");
        r.metric = *m;
    }
    if (j.contains("table")) {
        std::optional<std::uint32_t> id;
        if (j["table"].is_string())
            id = j["table"].get<std::string>() == "unspec"
                     ? std::optional<std::uint32_t>(0)
                     : tableFromName(j["table"].get<std::string>());
        else
            id = jsonUnsigned(j["table"]);
        if (!id)
            return makeError(ErrorCode::Parse,
                             "'table' is a local name (from /etc/iproute2/rt_tables); dump with "
                             "'ip -N -j route' or use the number");
        r.table = *id;
    }
    if (j.contains("protocol")) {
        std::optional<std::uint8_t> p;
        if (j["protocol"].is_string())
            p = protocolFromName(j["protocol"].get<std::string>());
        else if (auto n = jsonUnsigned(j["protocol"]); n && *n < 256)
            p = static_cast<std::uint8_t>(*n);
        if (p)
            r.protocol = *p;
        else
            notes.push_back("protocol not in iproute2's default list; read as unspec");
    }
    if (j.contains("scope")) {
        std::optional<std::uint8_t> s;
        if (j["scope"].is_string())
            s = scopeFromName(j["scope"].get<std::string>());
        else if (auto n = jsonUnsigned(j["scope"]); n && *n < 256)
            s = static_cast<std::uint8_t>(*n);
        if (!s)
            return makeError(ErrorCode::Parse, "unknown 'scope'");
        r.scope = *s;
    }
    if (j.contains("flags"))
        r.flags = jsonFlags(j["flags"]);
    if (j.contains("nexthops")) {
        if (!j["nexthops"].is_array())
            return makeError(ErrorCode::Parse, "'nexthops' is not an array");
        for (const auto& n : j["nexthops"]) {
            if (!n.is_object())
                return makeError(ErrorCode::Parse, "a next hop is not an object");
            NextHop nh;
            if (auto hop = jsonHop(n, "next hop ", nh.gateway, nh.interface); !hop)
                return hop.error();
            if (n.contains("weight")) {
                auto w = jsonUnsigned(n["weight"]);
                if (!w || *w < 1 || *w > 256)
                    return makeError(ErrorCode::Parse, "next hop 'weight' must be 1..256");
                nh.weight = static_cast<std::uint16_t>(*w);
            }
            if (n.contains("flags"))
                nh.flags = jsonFlags(n["flags"]);
            r.nexthops.push_back(nh);
        }
    }
    if (isDefault) {
        Family f = Family::None;
        if (!r.gateway.isNull())
            f = r.gateway.family();
        else if (!r.preferredSource.isNull())
            f = r.preferredSource.family();
        for (const auto& nh : r.nexthops)
            if (f == Family::None && !nh.gateway.isNull())
                f = nh.gateway.family();
        if (f == Family::None)
            f = (j.contains("pref") || j.contains("expires")) ? Family::V6
                : lastFamily == Family::None                  ? Family::V4
                                                              : lastFamily;
        r.destination = Prefix::any(f);
    }
    const Family f = r.destination.family();
    auto clash = [&](const IpAddress& a) {
        return !a.isNull() && a.family() != f;
    };
    bool bad = clash(r.gateway) || clash(r.preferredSource);
    for (const auto& nh : r.nexthops)
        bad = bad || clash(nh.gateway);
    if (bad)
        return makeError(ErrorCode::Unsupported,
                         "gateway or source address family differs from the destination's");
    lastFamily = f;
    return r;
}

} // namespace

ImportedTable importIpRoute(std::string_view text, const std::string& fileName) {
    ImportedTable out;
    out.format = TableFormat::IpRoute;
    IpRouteParser parser(fileName, out);
    for (const auto& line : splitLines(text))
        parser.parseLine(line);
    parser.finish();
    return out;
}

Result<ImportedTable> importIpRouteJson(std::string_view text, const std::string& fileName) {
    auto doc = JsonDocument::parse(text, fileName);
    if (!doc)
        return doc.error();
    const nlohmann::json& j = doc->root();
    if (!j.is_array())
        return makeError(ErrorCode::Parse, "expected a JSON array of routes (ip -j route show)",
                         doc->locate({}));
    ImportedTable out;
    out.format = TableFormat::IpJson;
    Family lastFamily = Family::None;
    for (std::size_t i = 0; i < j.size(); ++i) {
        // Located only when there is something to say: most elements have nothing.
        auto element = [&] {
            return doc->locate(JsonPath().index(i));
        };
        std::vector<std::string> notes;
        auto r = routeFromIpJson(j[i], lastFamily, notes);
        for (auto& n : notes) {
            const SourceLocation at = element();
            out.diagnostics.push_back(
                diagnostic(Severity::Info, "unknown-protocol", n, fileName, at.line, at.column));
        }
        if (!r) {
            const SourceLocation at = element();
            out.diagnostics.push_back(diagnostic(Severity::Warning, "bad-route",
                                                 "route " + std::to_string(i + 1) + ": " +
                                                     r.error().message + "; skipped",
                                                 fileName, at.line, at.column));
            continue;
        }
        out.table.add(std::move(r).value());
    }
    return out;
}

} // namespace splitroute::core
