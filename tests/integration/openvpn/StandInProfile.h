#pragma once

// A deliberately small reader for the client configs this test writes and the PUSH_REPLY in
// the client's log: whitespace-separated words, no quoting beyond pull-filter's "..." and no
// inline blocks. It applies route-nopull (pushed route, route-ipv6, redirect-gateway,
// redirect-private, route-metric, block-ipv6, dhcp-option, dns refused) and pull-filters
// (raw prefix match, first match wins) as OpenVPN 2.6 does. It stands in for core/vpn's
// profile parser and push-reply code where they are not built into this tree.

#include "core/vpn/VpnProfile.h"

#include <sstream>
#include <string>
#include <vector>

namespace testutil {

inline std::vector<std::string> splitWords(const std::string& line) {
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false, any = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
            any = true;
        } else if (!quoted && (c == ' ' || c == '\t' || c == '\r')) {
            if (any)
                out.push_back(cur);
            cur.clear();
            any = false;
        } else {
            cur += c;
            any = true;
        }
    }
    if (any)
        out.push_back(cur);
    return out;
}

/// Applies one option to the profile; returns false if it is not a routing option handled here.
inline void applyOption(splitroute::core::VpnProfile& p, const std::vector<std::string>& w,
                        splitroute::core::OptionOrigin origin, const std::string& text) {
    using namespace splitroute::core;
    if (w.empty())
        return;
    const std::string& o = w[0];
    auto addr = [](const std::string& s) {
        auto a = IpAddress::parse(s);
        return a.ok() ? a.value() : IpAddress();
    };
    if (o == "route" && w.size() >= 2) {
        ProfileRoute r;
        r.network = w[1];
        r.origin = origin;
        r.text = text;
        const std::string mask = w.size() >= 3 && w[2] != "default" ? w[2] : "255.255.255.255";
        auto pfx = Prefix::fromAddressAndMask(w[1], mask);
        if (pfx.ok())
            r.prefix = pfx.value();
        if (w.size() >= 4 && w[3] != "default") {
            if (w[3] == "vpn_gateway")
                r.gatewayKind = GatewayKind::VpnGateway;
            else if (w[3] == "net_gateway")
                r.gatewayKind = GatewayKind::NetGateway;
            else if (w[3] == "remote_host")
                r.gatewayKind = GatewayKind::RemoteHost;
            else {
                r.gatewayKind = GatewayKind::Address;
                r.gateway = addr(w[3]);
            }
        }
        if (w.size() >= 5 && w[4] != "default")
            r.metric = static_cast<std::uint32_t>(std::stoul(w[4]));
        p.routes.push_back(r);
    } else if (o == "route-ipv6" && w.size() >= 2) {
        ProfileRoute r;
        r.network = w[1];
        r.origin = origin;
        r.text = text;
        auto pfx = Prefix::parse(w[1], true);
        if (pfx.ok())
            r.prefix = pfx.value();
        if (w.size() >= 3 && w[2] != "default") {
            r.gatewayKind = GatewayKind::Address;
            r.gateway = addr(w[2]);
        }
        if (w.size() >= 4)
            r.metric = static_cast<std::uint32_t>(std::stoul(w[3]));
        p.routes6.push_back(r);
    } else if (o == "redirect-gateway" || o == "redirect-private") {
        RedirectGateway g;
        g.isPrivate = o == "redirect-private";
        g.origin = origin;
        for (std::size_t i = 1; i < w.size(); ++i) {
            const auto& f = w[i];
            g.def1 |= f == "def1";
            g.local |= f == "local";
            g.autolocal |= f == "autolocal";
            g.bypassDhcp |= f == "bypass-dhcp";
            g.bypassDns |= f == "bypass-dns";
            g.blockLocal |= f == "block-local";
            g.ipv6 |= f == "ipv6";
            if (f == "!ipv4")
                g.ipv4 = false;
        }
        p.redirect = g;
    } else if (o == "route-gateway" && w.size() >= 2) {
        if (w[1] == "dhcp")
            p.routeGatewayDhcp = true;
        else
            p.routeGateway = addr(w[1]);
    } else if (o == "route-ipv6-gateway" && w.size() >= 2) {
        p.routeIpv6Gateway = addr(w[1]);
    } else if (o == "route-metric" && w.size() >= 2) {
        p.routeMetric = static_cast<std::uint32_t>(std::stoul(w[1]));
    } else if (o == "topology" && w.size() >= 2) {
        p.topology = w[1] == "subnet" ? Topology::Subnet
                     : w[1] == "p2p"  ? Topology::P2p
                                      : Topology::Net30;
    } else if (o == "ifconfig" && w.size() >= 3) {
        p.ifconfig = Ifconfig{addr(w[1]), addr(w[2]), origin};
    } else if (o == "ifconfig-ipv6" && w.size() >= 2) {
        const auto slash = w[1].find('/');
        Ifconfig6 c;
        c.local = addr(w[1].substr(0, slash));
        c.prefixLength = slash == std::string::npos ? 64 : std::stoi(w[1].substr(slash + 1));
        if (w.size() >= 3)
            c.remote = addr(w[2]);
        c.origin = origin;
        p.ifconfig6 = c;
    } else if (o == "route-nopull") {
        p.routeNopull = true;
    } else if (o == "pull-filter" && w.size() >= 3) {
        PullFilter f;
        f.action = w[1] == "accept"   ? PullFilter::Action::Accept
                   : w[1] == "ignore" ? PullFilter::Action::Ignore
                                      : PullFilter::Action::Reject;
        f.text = w[2];
        p.pullFilters.push_back(f);
    } else if (o == "remote" && w.size() >= 2) {
        Remote r;
        r.host = w[1];
        p.remotes.push_back(r);
    } else if (o == "dev" && w.size() >= 2) {
        p.dev = w[1];
    } else if (o == "dev-type" && w.size() >= 2) {
        p.deviceType = w[1] == "tap" ? DeviceType::Tap : DeviceType::Tun;
    } else if (o == "client") {
        p.client = true;
    }
}

/// The client's profile from its config text, with the PUSH_REPLY found in its log applied.
inline splitroute::core::VpnProfile standInEffectiveProfile(const std::string& config,
                                                            const std::string& log) {
    using namespace splitroute::core;
    VpnProfile p;
    std::istringstream in(config);
    for (std::string line; std::getline(in, line);)
        applyOption(p, splitWords(line), OptionOrigin::Config, line);

    const std::string marker = "PUSH: Received control message: '";
    const auto at = log.find(marker);
    if (at == std::string::npos)
        return p;
    const auto end = log.find('\'', at + marker.size());
    std::string reply = log.substr(at + marker.size(), end - at - marker.size());
    std::vector<std::string> items;
    std::stringstream s(reply);
    for (std::string item; std::getline(s, item, ',');)
        items.push_back(item);
    for (std::size_t i = 1; i < items.size(); ++i) { // items[0] is PUSH_REPLY
        std::string item = items[i];
        item.erase(0, item.find_first_not_of(' '));
        const auto w = splitWords(item);
        if (w.empty())
            continue;
        if (p.routeNopull &&
            (w[0] == "route" || w[0] == "route-ipv6" || w[0] == "redirect-gateway" ||
             w[0] == "redirect-private" || w[0] == "route-metric" || w[0] == "block-ipv6" ||
             w[0] == "dhcp-option" || w[0] == "dns"))
            continue;
        bool ignored = false;
        for (const auto& f : p.pullFilters)
            if (item.compare(0, f.text.size(), f.text) == 0) {
                ignored = f.action != PullFilter::Action::Accept;
                break;
            }
        if (!ignored)
            applyOption(p, w, OptionOrigin::Pushed, item);
    }
    return p;
}

} // namespace testutil
