// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RouteJson.h"

#include <set>

namespace splitroute::core {

using nlohmann::json;

namespace {
json addressOrNull(const IpAddress& a) {
    return a.isNull() ? json(nullptr) : json(a.toString());
}

json tableJson(std::uint32_t t) {
    if (t == table::Main || t == table::Local || t == table::Default)
        return tableName(t);
    return t;
}

// Boolean route and next-hop fields and the routeflag bit each stands for.
constexpr std::pair<const char*, std::uint8_t> kFlagFields[] = {
    {"onlink", routeflag::OnLink}, {"linkdown", routeflag::LinkDown}, {"dead", routeflag::Dead}};

Error fieldError(const std::string& field, const std::string& what) {
    return makeError(ErrorCode::Parse, "field '" + field + "': " + what);
}

Result<IpAddress> optAddress(const json& j, const char* field) {
    if (!j.contains(field) || j[field].is_null())
        return IpAddress{};
    if (!j[field].is_string())
        return fieldError(field, "expected an address string or null");
    auto a = IpAddress::parse(j[field].get<std::string>());
    if (!a)
        return fieldError(field, a.error().message);
    return *a;
}

template <typename T> Result<T> optUnsigned(const json& j, const char* field, T dflt) {
    if (!j.contains(field))
        return dflt;
    const json& v = j[field];
    if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<long long>() >= 0))
        return fieldError(field, "expected a non-negative integer");
    auto n = v.get<unsigned long long>();
    if (n > std::numeric_limits<T>::max())
        return fieldError(field, "out of range");
    return static_cast<T>(n);
}

Result<std::string> optString(const json& j, const char* field) {
    if (!j.contains(field) || j[field].is_null())
        return std::string();
    if (!j[field].is_string())
        return fieldError(field, "expected a string");
    return j[field].get<std::string>();
}
} // namespace

json toJson(const Route& r) {
    json j;
    j["destination"] = r.destination.toString();
    j["gateway"] = addressOrNull(r.gateway);
    j["interface"] = r.interface.str();
    j["ifindex"] = r.ifindex;
    j["metric"] = r.metric;
    j["table"] = tableJson(r.table);
    j["type"] = routeTypeName(r.type);
    j["protocol"] = protocolName(r.protocol);
    j["scope"] = scopeName(r.scope);
    if (!r.preferredSource.isNull())
        j["prefsrc"] = r.preferredSource.toString();
    if (r.flags & routeflag::OnLink)
        j["onlink"] = true;
    if (r.flags & routeflag::LinkDown)
        j["linkdown"] = true;
    if (r.flags & routeflag::Dead)
        j["dead"] = true;
    if (r.isMultipath()) {
        json nhs = json::array();
        for (const auto& nh : r.nexthops) {
            json n{{"gateway", addressOrNull(nh.gateway)},
                   {"interface", nh.interface.str()},
                   {"ifindex", nh.ifindex},
                   {"weight", nh.weight}};
            if (nh.flags & routeflag::OnLink)
                n["onlink"] = true;
            if (nh.flags & routeflag::LinkDown)
                n["linkdown"] = true;
            if (nh.flags & routeflag::Dead)
                n["dead"] = true;
            nhs.push_back(n);
        }
        j["nexthops"] = nhs;
    }
    return j;
}

Result<Route> routeFromJson(const json& j) {
    static const std::set<std::string> known{
        "destination", "gateway", "interface", "ifindex", "metric",   "table", "type",
        "protocol",    "scope",   "prefsrc",   "onlink",  "linkdown", "dead",  "nexthops"};
    if (!j.is_object())
        return makeError(ErrorCode::Parse, "a route must be a JSON object");
    for (const auto& [key, value] : j.items())
        if (!known.count(key))
            return fieldError(key, "unknown field");
    Route r;
    if (!j.contains("destination") || !j["destination"].is_string())
        return fieldError("destination", "required, a canonical CIDR string");
    auto dest = Prefix::parse(j["destination"].get<std::string>());
    if (!dest)
        return fieldError("destination", dest.error().message);
    if (dest->toString() != j["destination"].get<std::string>())
        return fieldError("destination", "not canonical; write " + dest->toString());
    r.destination = *dest;
    auto gw = optAddress(j, "gateway");
    if (!gw)
        return gw.error();
    if (!gw->isNull() && gw->family() != r.destination.family())
        return fieldError("gateway", "address family differs from the destination's");
    r.gateway = *gw;
    auto src = optAddress(j, "prefsrc");
    if (!src)
        return src.error();
    r.preferredSource = *src;
    auto ifname = optString(j, "interface");
    if (!ifname)
        return ifname.error();
    r.interface = *ifname;
    auto ifindex = optUnsigned<std::uint32_t>(j, "ifindex", 0);
    if (!ifindex)
        return ifindex.error();
    r.ifindex = *ifindex;
    auto metric = optUnsigned<std::uint32_t>(j, "metric", 0);
    if (!metric)
        return metric.error();
    r.metric = *metric;
    if (j.contains("table")) {
        const json& t = j["table"];
        if (t.is_string()) {
            auto id = tableFromName(t.get<std::string>());
            if (!id)
                return fieldError("table", "unknown table name");
            r.table = *id;
        } else {
            auto id = optUnsigned<std::uint32_t>(j, "table", table::Main);
            if (!id)
                return id.error();
            r.table = *id;
        }
    }
    if (j.contains("type")) {
        if (!j["type"].is_string())
            return fieldError("type", "expected a string");
        auto t = routeTypeFromName(j["type"].get<std::string>());
        if (!t)
            return fieldError("type", "unknown route type");
        r.type = *t;
    }
    if (j.contains("protocol")) {
        std::optional<std::uint8_t> p;
        if (j["protocol"].is_string())
            p = protocolFromName(j["protocol"].get<std::string>());
        else if (j["protocol"].is_number_unsigned() && j["protocol"].get<std::uint64_t>() < 256)
            p = static_cast<std::uint8_t>(j["protocol"].get<std::uint64_t>()); // range first
        if (!p)
            return fieldError("protocol", "unknown protocol");
        r.protocol = *p;
    }
    if (j.contains("scope")) {
        std::optional<std::uint8_t> s;
        if (j["scope"].is_string())
            s = scopeFromName(j["scope"].get<std::string>());
        if (!s)
            return fieldError("scope", "unknown scope");
        r.scope = *s;
    }
    for (const auto& [flag, bit] : kFlagFields) {
        if (!j.contains(flag))
            continue;
        if (!j[flag].is_boolean())
            return fieldError(flag, "expected true or false");
        if (j[flag].get<bool>())
            r.flags |= bit;
    }
    if (j.contains("nexthops")) {
        if (!j["nexthops"].is_array())
            return fieldError("nexthops", "expected an array");
        for (const auto& n : j["nexthops"]) {
            if (!n.is_object())
                return fieldError("nexthops", "each next hop must be an object");
            for (const auto& [key, value] : n.items())
                if (key != "gateway" && key != "interface" && key != "ifindex" && key != "weight" &&
                    key != "onlink" && key != "linkdown" && key != "dead")
                    return fieldError("nexthops." + key, "unknown field");
            NextHop nh;
            auto ngw = optAddress(n, "gateway");
            if (!ngw)
                return ngw.error();
            nh.gateway = *ngw;
            auto nif = optString(n, "interface");
            if (!nif)
                return nif.error();
            nh.interface = *nif;
            auto nidx = optUnsigned<std::uint32_t>(n, "ifindex", 0);
            if (!nidx)
                return nidx.error();
            nh.ifindex = *nidx;
            auto w = optUnsigned<std::uint16_t>(n, "weight", 1);
            if (!w || *w < 1 || *w > 256)
                return fieldError("nexthops.weight", "expected 1..256");
            nh.weight = *w;
            for (const auto& [flag, bit] : kFlagFields) {
                if (!n.contains(flag))
                    continue;
                if (!n[flag].is_boolean())
                    return fieldError(std::string("nexthops.") + flag, "expected true or false");
                if (n[flag].get<bool>())
                    nh.flags |= bit;
            }
            r.nexthops.push_back(nh);
        }
    }
    return r;
}

json toJson(const RouteTable& t) {
    json a = json::array();
    for (const auto& r : t.routes())
        a.push_back(toJson(r));
    return a;
}

Result<RouteTable> routeTableFromJson(const json& j) {
    if (!j.is_array())
        return makeError(ErrorCode::Parse, "expected an array of routes");
    RouteTable t;
    t.reserve(j.size());
    std::size_t i = 0;
    for (const auto& item : j) {
        auto r = routeFromJson(item);
        if (!r) {
            Error e = r.error();
            e.message = "route " + std::to_string(i + 1) + ": " + e.message;
            return e;
        }
        t.add(std::move(r).value());
        ++i;
    }
    return t;
}

json toJson(const RouteChange& c) {
    json j{{"op", changeKindName(c.kind)}, {"route", toJson(c.route)}};
    if (!c.reason.empty())
        j["reason"] = c.reason;
    return j;
}

Result<RouteChange> routeChangeFromJson(const json& j) {
    if (!j.is_object())
        return makeError(ErrorCode::Parse, "a change must be a JSON object");
    for (const auto& [key, value] : j.items())
        if (key != "op" && key != "route" && key != "reason")
            return fieldError(key, "unknown field");
    RouteChange c;
    if (!j.contains("op") || !j["op"].is_string())
        return fieldError("op", "required: \"add\" or \"delete\"");
    const auto op = j["op"].get<std::string>();
    if (op == "add")
        c.kind = ChangeKind::Add;
    else if (op == "delete")
        c.kind = ChangeKind::Delete;
    else
        return fieldError("op", "expected \"add\" or \"delete\"");
    if (!j.contains("route"))
        return fieldError("route", "required");
    auto r = routeFromJson(j["route"]);
    if (!r)
        return r.error();
    c.route = std::move(r).value();
    auto reason = optString(j, "reason");
    if (!reason)
        return reason.error();
    c.reason = *reason;
    return c;
}

json toJson(const ChangeSet& c) {
    json a = json::array();
    for (const auto& ch : c.changes)
        a.push_back(toJson(ch));
    return a;
}

Result<ChangeSet> changeSetFromJson(const json& j) {
    if (!j.is_array())
        return makeError(ErrorCode::Parse, "expected an array of changes");
    ChangeSet cs;
    cs.changes.reserve(j.size());
    std::size_t i = 0;
    for (const auto& item : j) {
        auto c = routeChangeFromJson(item);
        if (!c) {
            Error e = c.error();
            e.message = "change " + std::to_string(i + 1) + ": " + e.message;
            return e;
        }
        cs.changes.push_back(std::move(c).value());
        ++i;
    }
    return cs;
}

} // namespace splitroute::core
