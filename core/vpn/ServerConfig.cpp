// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/ServerConfig.h"

#include "core/vpn/OvpnLexer.h"
#include "core/vpn/ProfileParser.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace splitroute::core {

namespace {

Diagnostic diag(Severity s, std::string code, std::string msg, SourceLocation where) {
    return Diagnostic{s, std::move(code), std::move(msg), std::move(where)};
}

IpAddress plus(const IpAddress& a, u128 n) {
    return IpAddress::fromU128(a.family(), a.toU128() + n);
}

std::string joinTokens(const std::vector<OvpnToken>& t) {
    std::string s;
    for (std::size_t i = 0; i < t.size(); ++i)
        s += (i ? " " : "") + t[i].text;
    return s;
}

// Options a client-config-dir file may hold (OPT_P_INSTANCE and the few general ones
// OpenVPN reads there).
bool allowedInCcd(const std::string& n) {
    static const std::set<std::string> ok = {
        "push",          "push-reset",         "push-remove", "iroute",    "iroute-ipv6",
        "ifconfig-push", "ifconfig-ipv6-push", "disable",     "config",    "echo",
        "setenv",        "setenv-safe",        "inactive",    "ping",      "ping-restart",
        "ping-exit",     "comp-lzo",           "compress",    "vlan-pvid", "override-username"};
    return ok.count(n) > 0;
}

// `iroute network [netmask]` (netmask defaults to /32; host bits are an error) or
// `iroute-ipv6 addr/bits`.
std::optional<ProfileRoute> parseIroute(const std::vector<OvpnToken>& t, bool v6,
                                        std::vector<Diagnostic>& diags) {
    const std::string& name = t[0].text;
    const std::size_t argc = t.size() - 1;
    if (argc < 1 || argc > (v6 ? 1u : 2u)) {
        diags.push_back(diag(Severity::Error, "bad-arguments",
                             "Unrecognized option or missing or extra parameter(s): --" + name,
                             t[0].where));
        return std::nullopt;
    }
    ProfileRoute r;
    r.network = t[1].text;
    r.where = t[0].where;
    r.text = joinTokens(t);
    if (v6) {
        auto p = Prefix::parse(t[1].text);
        if (!p || p->family() != Family::V6) {
            diags.push_back(diag(Severity::Error, "bad-network",
                                 "iroute-ipv6 '" + t[1].text +
                                     "': " + (p ? std::string("not IPv6") : p.error().message),
                                 t[1].where));
            return std::nullopt;
        }
        r.prefix = *p;
        return r;
    }
    if (t[1].text.find(':') != std::string::npos) {
        diags.push_back(diag(Severity::Error, "bad-network",
                             "iroute " + t[1].text +
                                 ": iroute takes IPv4 networks; an IPv6 network needs "
                                 "iroute-ipv6 " +
                                 t[1].text,
                             t[1].where));
        return std::nullopt;
    }
    auto p = Prefix::fromAddressAndMask(t[1].text, argc >= 2 ? t[2].text : "255.255.255.255");
    if (!p || p->family() != Family::V4) {
        diags.push_back(diag(Severity::Error, "bad-network",
                             "Bad network/subnet specification: iroute " + t[1].text +
                                 (argc >= 2 ? " " + t[2].text : std::string()) +
                                 (p ? std::string() : " (" + p.error().message + ")"),
                             t[1].where));
        return std::nullopt;
    }
    r.prefix = *p;
    return r;
}

void removeMatching(std::vector<std::string>& pushes, const std::string& pattern) {
    pushes.erase(
        std::remove_if(pushes.begin(), pushes.end(),
                       [&](const std::string& p) { return p.find(pattern) != std::string::npos; }),
        pushes.end());
}

ServerClient readCcd(const CcdFile& f, const std::vector<std::string>& basePushes) {
    ServerClient c;
    c.commonName = f.name;
    c.pushes = basePushes;
    auto lexed = lexOvpn(f.text, f.name);
    if (!lexed) {
        // OpenVPN refuses the client's connection when its CCD file cannot be read.
        c.diagnostics.push_back(diag(Severity::Error, "ccd-unreadable",
                                     lexed.error().message + " (the server refuses this client)",
                                     lexed.error().where));
        c.disabled = true;
        return c;
    }
    c.diagnostics = lexed->diagnostics;
    for (const auto& d : lexed->directives) {
        const auto& t = d.tokens;
        const std::string& n = t[0].text;
        if (!allowedInCcd(n)) {
            VpnProfile scratch;
            std::vector<OvpnToken> tokens = t;
            if (d.inlineBlock)
                tokens.push_back(OvpnToken{d.body, t[0].where, false});
            std::vector<Diagnostic> ds;
            applyOption(scratch, tokens, OptionContext::Config, ds, d.inlineBlock);
            const bool unknown = !scratch.options.empty() && !scratch.options[0].known;
            if (unknown)
                c.diagnostics.insert(c.diagnostics.end(), ds.begin(), ds.end());
            else
                c.diagnostics.push_back(diag(
                    Severity::Error, "ccd-option",
                    "option '" + n + "' cannot be used in a client-config-dir file", t[0].where));
            continue;
        }
        if (n == "iroute" || n == "iroute-ipv6") {
            auto r = parseIroute(t, n == "iroute-ipv6", c.diagnostics);
            if (r)
                (n == "iroute" ? c.iroutes : c.iroutes6).push_back(std::move(*r));
        } else if (n == "ifconfig-push") {
            auto l = t.size() >= 2 ? IpAddress::parse(t[1].text) : Result<IpAddress>(Error{});
            auto r = t.size() >= 3 ? IpAddress::parse(t[2].text) : Result<IpAddress>(Error{});
            if (t.size() < 3 || t.size() > 4 || !l || !r || !l->isV4() || !r->isV4()) {
                c.diagnostics.push_back(diag(Severity::Error, "bad-arguments",
                                             "ifconfig-push needs a local address and a remote "
                                             "address or netmask",
                                             t[0].where));
                continue;
            }
            c.ifconfigPush = Ifconfig{*l, *r, OptionOrigin::Config};
        } else if (n == "ifconfig-ipv6-push") {
            if (t.size() < 2 || t.size() > 3) {
                c.diagnostics.push_back(diag(Severity::Error, "bad-arguments",
                                             "ifconfig-ipv6-push needs address/bits [remote]",
                                             t[0].where));
                continue;
            }
            const std::string& a = t[1].text;
            auto slash = a.find('/');
            auto addr = IpAddress::parse(a.substr(0, slash));
            int bits = 128;
            if (slash != std::string::npos) {
                auto b = Prefix::parse("::/" + a.substr(slash + 1));
                bits = b ? b->length() : -1;
            }
            if (!addr || !addr->isV6() || bits < 0) {
                c.diagnostics.push_back(diag(Severity::Error, "bad-address",
                                             "ifconfig-ipv6-push '" + a + "' is not address/bits",
                                             t[1].where));
                continue;
            }
            Ifconfig6 v6;
            v6.local = *addr;
            v6.prefixLength = bits;
            if (t.size() == 3)
                if (auto r = IpAddress::parse(t[2].text); r && r->isV6())
                    v6.remote = *r;
            c.ifconfig6Push = v6;
        } else if (n == "push") {
            if (t.size() != 2) {
                c.diagnostics.push_back(diag(Severity::Error, "bad-arguments",
                                             "push takes exactly one parameter: quote the option",
                                             t[0].where));
                continue;
            }
            c.pushes.push_back(t[1].text);
        } else if (n == "push-reset") {
            c.pushReset = true;
            c.pushes.clear();
        } else if (n == "push-remove") {
            if (t.size() == 2)
                removeMatching(c.pushes, t[1].text);
        } else if (n == "disable") {
            c.disabled = true;
        } else if (n == "config") {
            c.diagnostics.push_back(diag(Severity::Warning, "file-option",
                                         "'config' includes another file; it was not read",
                                         t[0].where));
        }
    }
    // Per-client items the server appends when it sends the reply (push.c prepare_push_reply).
    if (c.ifconfig6Push)
        c.pushes.push_back("ifconfig-ipv6 " + c.ifconfig6Push->local.toString() + "/" +
                           std::to_string(c.ifconfig6Push->prefixLength) +
                           (c.ifconfig6Push->remote.isNull()
                                ? std::string()
                                : " " + c.ifconfig6Push->remote.toString()));
    if (c.ifconfigPush)
        c.pushes.push_back("ifconfig " + c.ifconfigPush->local.toString() + " " +
                           c.ifconfigPush->remoteOrNetmask.toString());
    return c;
}

} // namespace

Result<ServerConfig> parseServerConfig(std::string_view text, const std::string& fileName,
                                       const std::vector<CcdFile>& ccd, ServerConfigOptions opts) {
    auto parsed = parseProfile(text, fileName);
    if (!parsed)
        return parsed.error();
    ServerConfig s;
    s.profile = std::move(*parsed);
    const VpnProfile& p = s.profile;
    auto& diags = s.diagnostics;

    std::vector<std::string> configPushes;
    const ProfileOption* serverOpt = nullptr;
    const ProfileOption* server6Opt = nullptr;
    std::optional<std::pair<int, int>> keepalive;
    for (const auto& o : p.options) {
        if (o.name == "push") {
            if (o.args.size() != 1) {
                diags.push_back(diag(Severity::Error, "bad-arguments",
                                     "push takes exactly one parameter: quote the option "
                                     "(push \"route 10.0.0.0 255.0.0.0\")",
                                     o.where));
                continue;
            }
            if (o.args[0].find(',') != std::string::npos)
                diags.push_back(diag(Severity::Warning, "push-comma",
                                     "pushed option contains a comma: the client splits it into "
                                     "two options",
                                     o.where));
            configPushes.push_back(o.args[0]);
        } else if (o.name == "server" && o.args.size() >= 2) {
            serverOpt = &o;
        } else if (o.name == "server-ipv6" && o.args.size() == 1) {
            server6Opt = &o;
        } else if (o.name == "client-to-client") {
            s.clientToClient = true;
        } else if (o.name == "client-config-dir" && o.args.size() == 1) {
            s.clientConfigDir = o.args[0];
        } else if (o.name == "keepalive" && o.args.size() == 2) {
            int ping = 0, restart = 0;
            auto a = std::from_chars(o.args[0].data(), o.args[0].data() + o.args[0].size(), ping);
            auto b =
                std::from_chars(o.args[1].data(), o.args[1].data() + o.args[1].size(), restart);
            if (a.ec != std::errc() || b.ec != std::errc() || ping <= 0 || restart <= 0)
                diags.push_back(diag(Severity::Error, "bad-arguments",
                                     "--keepalive parameters must be > 0", o.where));
            else
                keepalive = std::pair<int, int>{ping, restart};
        } else if (o.name == "iroute" || o.name == "iroute-ipv6" || o.name == "ifconfig-push") {
            diags.push_back(diag(Severity::Error, "ccd-only-option",
                                 "'" + o.name +
                                     "' belongs in a client-config-dir file, not the server "
                                     "config",
                                 o.where));
        }
    }

    // The helper directives (helper.c), in the order OpenVPN appends their pushes: after the
    // config's own push lines; server-ipv6 first, then server, then keepalive.
    std::vector<std::string> pushes = configPushes;
    s.topology = p.topology;
    const bool tap = p.deviceType == DeviceType::Tap;
    if (server6Opt) {
        auto net6 = Prefix::parse(server6Opt->args[0]);
        if (!net6 || net6->family() != Family::V6 || net6->length() < 64 || net6->length() > 124) {
            diags.push_back(diag(Severity::Error, "bad-network",
                                 "--server-ipv6 needs an IPv6 network /64 to /124",
                                 server6Opt->where));
        } else {
            s.network6 = *net6;
            pushes.push_back("tun-ipv6");
        }
    }
    IpAddress defaultGateway;
    if (serverOpt) {
        auto net = Prefix::fromAddressAndMask(serverOpt->args[0], serverOpt->args[1]);
        s.nopool = serverOpt->args.size() == 3 && serverOpt->args[2] == "nopool";
        if (!net) {
            diags.push_back(diag(Severity::Error, "bad-network",
                                 "--server directive network/netmask combination is invalid",
                                 serverOpt->where));
        } else if (net->length() > (tap ? 30 : 29)) {
            diags.push_back(diag(Severity::Error, "bad-network",
                                 std::string("--server directive when used with --dev ") +
                                     (tap ? "tap must define a subnet of 255.255.255.252 or lower"
                                          : "tun must define a subnet of 255.255.255.248 or lower"),
                                 serverOpt->where));
        } else {
            s.network = *net;
            const IpAddress base = net->address();
            const IpAddress last = net->last();
            s.serverAddress = plus(base, 1);
            if (s.topology == Topology::Unset && !tap)
                s.topology = opts.subnetDefault ? Topology::Subnet : Topology::Net30;
            if (!tap && (s.topology == Topology::Net30 || s.topology == Topology::P2p)) {
                if (!s.nopool) {
                    s.poolFirst = plus(base, 4).toString();
                    const u128 reserve = net->length() == 29 ? 0 : 4;
                    s.poolLast =
                        IpAddress::fromU128(Family::V4, last.toU128() - reserve).toString();
                }
                ServerKernelRoute r;
                r.network = *net;
                r.gateway = plus(base, 2);
                r.implied = true;
                r.where = serverOpt->where;
                s.kernelRoutes.push_back(r);
                if (s.clientToClient)
                    pushes.push_back("route " + base.toString() + " " + net->netmask().toString());
                else if (s.topology == Topology::Net30)
                    pushes.push_back("route " + plus(base, 1).toString());
                defaultGateway = plus(base, 2);
            } else {
                if (!s.nopool) {
                    s.poolFirst = plus(base, 2).toString();
                    s.poolLast = IpAddress::fromU128(Family::V4, last.toU128() - 1).toString();
                }
                pushes.push_back("route-gateway " + plus(base, 1).toString());
                defaultGateway = plus(base, 2);
            }
            if (!tap)
                pushes.push_back(std::string("topology ") +
                                 (s.topology == Topology::Subnet ? "subnet"
                                  : s.topology == Topology::P2p  ? "p2p"
                                                                 : "net30"));
        }
    }
    if (p.routeGateway)
        defaultGateway = *p.routeGateway;
    else if (!serverOpt && p.ifconfig && s.topology != Topology::Subnet)
        defaultGateway = p.ifconfig->remoteOrNetmask;
    if (keepalive && (serverOpt || p.server)) {
        pushes.push_back("ping " + std::to_string(keepalive->first));
        pushes.push_back("ping-restart " + std::to_string(keepalive->second));
    }
    s.pushes = pushes;

    // The server's own routes into the tunnel.
    for (const auto& r : p.routes) {
        if (!r.prefix) {
            diags.push_back(diag(Severity::Info, "route-hostname",
                                 "route to '" + r.network + "' is resolved when OpenVPN starts",
                                 r.where));
            continue;
        }
        ServerKernelRoute k;
        k.network = *r.prefix;
        k.gatewayKind = r.gatewayKind;
        k.gateway = r.gatewayKind == GatewayKind::Address ? r.gateway : defaultGateway;
        k.metric = r.metric ? r.metric : p.routeMetric;
        k.where = r.where;
        s.kernelRoutes.push_back(k);
    }
    for (const auto& r : p.routes6) {
        ServerKernelRoute k;
        k.network = *r.prefix;
        k.gatewayKind = r.gatewayKind;
        k.gateway = r.gateway;
        k.metric = r.metric;
        k.where = r.where;
        s.kernelRoutes6.push_back(k);
    }

    // Clients.
    if (!ccd.empty() && s.clientConfigDir.empty())
        diags.push_back(diag(Severity::Warning, "no-client-config-dir",
                             "CCD files were given but the config has no client-config-dir: "
                             "OpenVPN would not read them",
                             {fileName, 0, 0}));
    for (const auto& f : ccd)
        s.clients.push_back(readCcd(f, s.pushes));
    std::sort(s.clients.begin(), s.clients.end(), [](const ServerClient& a, const ServerClient& b) {
        return a.commonName < b.commonName;
    });

    // OpenVPN's internal routing table: each client's iroutes and its VPN address.
    for (const auto& c : s.clients) {
        if (c.disabled)
            continue;
        for (const auto& r : c.iroutes)
            s.internalRoutes.push_back({*r.prefix, c.commonName, "iroute", r.where});
        if (c.ifconfigPush)
            s.internalRoutes.push_back({Prefix(c.ifconfigPush->local, 32),
                                        c.commonName,
                                        "ifconfig-push",
                                        {c.commonName, 0, 0}});
    }
    for (const auto& c : s.clients) {
        if (c.disabled)
            continue;
        for (const auto& r : c.iroutes6)
            s.internalRoutes.push_back({*r.prefix, c.commonName, "iroute-ipv6", r.where});
        if (c.ifconfig6Push)
            s.internalRoutes.push_back({Prefix(c.ifconfig6Push->local, 128),
                                        c.commonName,
                                        "ifconfig-ipv6-push",
                                        {c.commonName, 0, 0}});
    }

    // Cross-checks: the classic site-to-site failures.
    std::map<Prefix, const InternalRoute*> owner;
    for (const auto& r : s.internalRoutes) {
        auto [it, inserted] = owner.emplace(r.network, &r);
        if (!inserted && it->second->client != r.client)
            diags.push_back(diag(Severity::Warning, "iroute-conflict",
                                 r.network.toString() + " is behind both '" + it->second->client +
                                     "' and '" + r.client +
                                     "': the client that connects last gets the traffic",
                                 r.where));
    }
    auto covers = [](const std::vector<ServerKernelRoute>& routes, const Prefix& net) {
        for (const auto& r : routes)
            if (r.network.contains(net))
                return true;
        return false;
    };
    for (const auto& ir : s.internalRoutes) {
        if (ir.source != "iroute" && ir.source != "iroute-ipv6")
            continue;
        const bool v6 = ir.network.family() == Family::V6;
        const bool inTunnelNet = v6 ? (s.network6 && s.network6->contains(ir.network))
                                    : (s.network && s.network->contains(ir.network));
        if (!inTunnelNet && !covers(v6 ? s.kernelRoutes6 : s.kernelRoutes, ir.network))
            diags.push_back(diag(Severity::Warning, "iroute-without-route",
                                 "iroute " + ir.network.toString() + " of client '" + ir.client +
                                     "' has no matching --route" + (v6 ? "-ipv6" : "") +
                                     ": the server's kernel does not send that traffic into the "
                                     "tunnel (only DCO routes it without one)",
                                 ir.where));
    }
    auto coveredByIroute = [&](const Prefix& net) {
        for (const auto& ir : s.internalRoutes)
            if (ir.network.contains(net))
                return true;
        return false;
    };
    for (const auto* list : {&s.kernelRoutes, &s.kernelRoutes6})
        for (const auto& k : *list) {
            if (k.implied)
                continue;
            const bool v6 = k.network.family() == Family::V6;
            const bool inTunnelNet = v6 ? (s.network6 && s.network6->contains(k.network))
                                        : (s.network && s.network->contains(k.network));
            if (!inTunnelNet && !coveredByIroute(k.network))
                diags.push_back(diag(Severity::Warning, "route-without-iroute",
                                     "route " + k.network.toString() +
                                         " goes into the tunnel but no client has an iroute for "
                                         "it: OpenVPN drops those packets",
                                     k.where));
        }
    return s;
}

} // namespace splitroute::core
