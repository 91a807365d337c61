// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/AwsClientVpn.h"

#include "core/JsonDocument.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <set>

namespace splitroute::core {

using nlohmann::json;

namespace {

const char* typeName(const json& j) {
    switch (j.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    default:
        return "an unsupported value";
    }
}

class Reader {
public:
    explicit Reader(std::string file) : m_file(std::move(file)) {}

    // Where the value at `path` ("ClientVpnEndpoints[0].VpnPort") is in the text; a missing
    // member is located at the object that lacks it.
    SourceLocation where(const std::string& path) const {
        return m_doc ? m_doc->locate(JsonPath::fromString(path)) : SourceLocation{m_file, 0, 0};
    }
    Error fail(const std::string& path, const std::string& what) const {
        return makeError(ErrorCode::Parse, path + ": " + what, where(path));
    }
    Error wrong(const std::string& path, const char* want, const json& got) const {
        return fail(path, std::string("expected ") + want + ", got " + typeName(got));
    }
    // Optional string field: absent or null → "".
    Result<std::string> str(const json& o, const std::string& path, const char* key,
                            bool required = false) const {
        auto it = o.find(key);
        if (it == o.end() || it->is_null()) {
            if (required)
                return fail(path + "." + key, "missing");
            return std::string();
        }
        if (!it->is_string())
            return wrong(path + "." + key, "a string", *it);
        return it->get<std::string>();
    }
    Result<bool> boolean(const json& o, const std::string& path, const char* key) const {
        auto it = o.find(key);
        if (it == o.end() || it->is_null())
            return false;
        if (!it->is_boolean())
            return wrong(path + "." + key, "a boolean", *it);
        return it->get<bool>();
    }
    // {"Code": "...", "Message": "..."}
    Result<std::pair<std::string, std::string>> status(const json& o,
                                                       const std::string& path) const {
        auto it = o.find("Status");
        if (it == o.end() || it->is_null())
            return std::pair<std::string, std::string>{};
        if (!it->is_object())
            return wrong(path + ".Status", "an object", *it);
        auto code = str(*it, path + ".Status", "Code");
        if (!code)
            return code.error();
        auto msg = str(*it, path + ".Status", "Message");
        if (!msg)
            return msg.error();
        return std::pair<std::string, std::string>{*code, *msg};
    }
    // `text` must outlive the reader: errors are located in it.
    Result<json> parseTop(std::string_view text, const char* key) {
        auto parsed = JsonDocument::parse(text, m_file);
        if (!parsed)
            return parsed.error();
        m_doc = std::move(parsed).value();
        const json& doc = m_doc->root();
        if (!doc.is_object())
            return wrong("top level", "an object", doc);
        auto it = doc.find(key);
        if (it == doc.end())
            return makeError(ErrorCode::Parse,
                             std::string("no \"") + key +
                                 "\" array: is this the output of the "
                                 "right aws ec2 command?",
                             where(""));
        if (!it->is_array())
            return wrong(key, "an array", *it);
        return *it;
    }

private:
    std::string m_file;
    std::optional<JsonDocument> m_doc;
};

struct StringField {
    std::string* target;
    const char* key;
    bool required;
};

// Reads several string members of one JSON object; the first error wins.
Result<void> readStrings(Reader& rd, const json& e, const std::string& path,
                         std::initializer_list<StringField> fields) {
    for (const auto& f : fields) {
        auto v = rd.str(e, path, f.key, f.required);
        if (!v)
            return v.error();
        *f.target = *v;
    }
    return {};
}

} // namespace

Result<std::vector<AwsClientVpnEndpoint>> parseAwsEndpoints(std::string_view text,
                                                            const std::string& file) {
    Reader rd(file);
    auto arr = rd.parseTop(text, "ClientVpnEndpoints");
    if (!arr)
        return arr.error();
    std::vector<AwsClientVpnEndpoint> out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const json& e = (*arr)[i];
        const std::string path = "ClientVpnEndpoints[" + std::to_string(i) + "]";
        if (!e.is_object())
            return rd.wrong(path, "an object", e);
        AwsClientVpnEndpoint ep;
        if (auto ok = readStrings(rd, e, path,
                                  {{&ep.id, "ClientVpnEndpointId", true},
                                   {&ep.description, "Description", false},
                                   {&ep.dnsName, "DnsName", false},
                                   {&ep.clientCidrBlock, "ClientCidrBlock", false},
                                   {&ep.vpnProtocol, "VpnProtocol", false},
                                   {&ep.transportProtocol, "TransportProtocol", false},
                                   {&ep.vpcId, "VpcId", false}});
            !ok)
            return ok.error();
        auto st = rd.status(e, path);
        if (!st)
            return st.error();
        ep.statusCode = st->first;
        ep.statusMessage = st->second;
        auto split = rd.boolean(e, path, "SplitTunnel");
        if (!split)
            return split.error();
        ep.splitTunnel = *split;
        if (!ep.clientCidrBlock.empty()) {
            auto p = Prefix::parse(ep.clientCidrBlock);
            if (!p)
                return rd.fail(path + ".ClientCidrBlock", p.error().message);
            ep.clientCidr = *p;
        }
        if (auto it = e.find("DnsServers"); it != e.end() && !it->is_null()) {
            if (!it->is_array())
                return rd.wrong(path + ".DnsServers", "an array", *it);
            for (std::size_t k = 0; k < it->size(); ++k) {
                const json& s = (*it)[k];
                const std::string sp = path + ".DnsServers[" + std::to_string(k) + "]";
                if (!s.is_string())
                    return rd.wrong(sp, "a string", s);
                if (!IpAddress::parse(s.get<std::string>()))
                    return rd.fail(sp, "not an IP address");
                ep.dnsServers.push_back(s.get<std::string>());
            }
        }
        if (auto it = e.find("VpnPort"); it != e.end() && !it->is_null()) {
            if (!it->is_number_integer() || it->get<long long>() < 1 ||
                it->get<long long>() > 65535)
                return rd.wrong(path + ".VpnPort", "a port number", *it);
            ep.vpnPort = it->get<int>();
        }
        if (auto it = e.find("ClientRouteEnforcementOptions"); it != e.end() && !it->is_null()) {
            if (!it->is_object())
                return rd.wrong(path + ".ClientRouteEnforcementOptions", "an object", *it);
            auto enf = rd.boolean(*it, path + ".ClientRouteEnforcementOptions", "Enforced");
            if (!enf)
                return enf.error();
            ep.routeEnforcement = *enf;
        }
        if (auto it = e.find("AuthenticationOptions"); it != e.end() && !it->is_null()) {
            if (!it->is_array())
                return rd.wrong(path + ".AuthenticationOptions", "an array", *it);
            for (std::size_t k = 0; k < it->size(); ++k) {
                const std::string ap = path + ".AuthenticationOptions[" + std::to_string(k) + "]";
                if (!(*it)[k].is_object())
                    return rd.wrong(ap, "an object", (*it)[k]);
                auto t = rd.str((*it)[k], ap, "Type");
                if (!t)
                    return t.error();
                ep.authenticationTypes.push_back(*t);
            }
        }
        out.push_back(std::move(ep));
    }
    return out;
}

Result<std::vector<AwsClientVpnRoute>> parseAwsRoutes(std::string_view text,
                                                      const std::string& file) {
    Reader rd(file);
    auto arr = rd.parseTop(text, "Routes");
    if (!arr)
        return arr.error();
    std::vector<AwsClientVpnRoute> out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const json& e = (*arr)[i];
        const std::string path = "Routes[" + std::to_string(i) + "]";
        if (!e.is_object())
            return rd.wrong(path, "an object", e);
        AwsClientVpnRoute r;
        if (auto ok = readStrings(rd, e, path,
                                  {{&r.endpointId, "ClientVpnEndpointId", false},
                                   {&r.destinationCidr, "DestinationCidr", true},
                                   {&r.targetSubnet, "TargetSubnet", false},
                                   {&r.type, "Type", false},
                                   {&r.origin, "Origin", false},
                                   {&r.description, "Description", false}});
            !ok)
            return ok.error();
        auto st = rd.status(e, path);
        if (!st)
            return st.error();
        r.statusCode = st->first;
        auto p = Prefix::parse(r.destinationCidr);
        if (!p)
            return rd.fail(path + ".DestinationCidr", p.error().message);
        r.destination = *p;
        out.push_back(std::move(r));
    }
    return out;
}

AwsPush deriveAwsPush(const AwsClientVpnEndpoint& ep,
                      const std::vector<AwsClientVpnRoute>& routes) {
    AwsPush out;
    auto warn = [&](Severity s, const char* code, std::string msg) {
        out.diagnostics.push_back(Diagnostic{s, code, std::move(msg), {}});
    };
    out.reply.messages = 1;
    if (ep.statusCode != "available")
        warn(Severity::Warning, "aws-endpoint-unavailable",
             "endpoint " + ep.id + " is '" + (ep.statusCode.empty() ? "unknown" : ep.statusCode) +
                 "', not 'available': clients cannot connect to it");
    if (ep.routeEnforcement)
        warn(Severity::Warning, "aws-route-enforcement",
             "Client Route Enforcement is on: the AWS client will revert manual route changes");

    if (!ep.splitTunnel)
        out.reply.options.push_back("redirect-gateway def1 bypass-dhcp");
    for (const auto& d : ep.dnsServers)
        out.reply.options.push_back("dhcp-option DNS " + d);

    std::set<Prefix> seen;
    for (const auto& r : routes) {
        if (!r.endpointId.empty() && r.endpointId != ep.id) {
            out.skipped.push_back(r);
            continue;
        }
        if (r.statusCode != "active") {
            out.skipped.push_back(r);
            if (r.statusCode != "failed" && r.statusCode != "deleting")
                warn(Severity::Info, "aws-route-not-active",
                     "route " + r.destinationCidr + " is '" + r.statusCode +
                         "': clients see it only after it is active and they reconnect");
            continue;
        }
        if (!r.destination || !seen.insert(*r.destination).second) {
            out.skipped.push_back(r); // the same CIDR once per associated subnet
            continue;
        }
        out.pushed.push_back(r);
    }
    if (ep.splitTunnel) {
        for (const auto& r : out.pushed) {
            const Prefix& p = *r.destination;
            if (p.family() == Family::V4)
                out.reply.options.push_back("route " + p.address().toString() + " " +
                                            p.netmask().toString());
            else
                out.reply.options.push_back("route-ipv6 " + p.toString());
            if (p.isDefault())
                warn(Severity::Warning, "aws-default-route-split",
                     "split tunnel is on but the route table holds " + p.toString() +
                         ": all traffic of that family goes through the VPN (AWS does not "
                         "recommend it)");
        }
    } else if (!out.pushed.empty()) {
        warn(Severity::Info, "aws-full-tunnel-routes",
             "split tunnel is off: clients get the default-route redirect; the " +
                 std::to_string(out.pushed.size()) +
                 " route table entries decide only what the endpoint forwards");
    }
    out.reply.options.push_back("topology subnet");
    if (ep.clientCidr)
        warn(Severity::Info, "aws-per-connection",
             "ifconfig and route-gateway are assigned per connection from ClientCidrBlock " +
                 ep.clientCidr->toString());
    return out;
}

} // namespace splitroute::core
