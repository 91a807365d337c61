// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/ProfileParser.h"
#include "core/FileBytes.h"

#include "core/vpn/OvpnOptions.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <set>
#include <span>
#include <fstream>
#include <sstream>

namespace splitroute::core {

namespace {

bool isV4Literal(std::string_view s) {
    auto a = IpAddress::parse(s);
    return a && a->isV4();
}

bool isSpecialAddr(std::string_view s) {
    return s == "vpn_gateway" || s == "net_gateway" || s == "remote_host";
}

// A DNS name as OpenVPN's ip_or_dns_addr_safe() accepts it: letters, digits, '-', '.', '_'.
bool looksLikeHostName(std::string_view s) {
    if (s.empty() || s.size() > 253)
        return false;
    bool alpha = false;
    for (char c : s) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        alpha = alpha || letter || c == '-' || c == '_';
        if (!(letter || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'))
            return false;
    }
    return alpha; // "1.2.3" is a broken address, not a name
}

std::optional<std::uint32_t> parseU32(std::string_view s) {
    std::uint32_t v = 0;
    if (s.empty())
        return std::nullopt;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return s;
}

std::string joinTokens(const std::vector<OvpnToken>& t) {
    std::string s;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i)
            s += ' ';
        s += t[i].text;
    }
    return s;
}

// OpenVPN's RG_* bits for redirect-gateway / redirect-private.
enum RgFlag : unsigned {
    RgEnable = 1u << 0,
    RgLocal = 1u << 1,
    RgDef1 = 1u << 2,
    RgBypassDhcp = 1u << 3,
    RgBypassDns = 1u << 4,
    RgRerouteGw = 1u << 5,
    RgAutoLocal = 1u << 6,
    RgBlockLocal = 1u << 7,
};

class Applier {
public:
    Applier(VpnProfile& p, const std::vector<OvpnToken>& t, OptionContext ctx,
            std::vector<Diagnostic>& diags)
        : m_p(p), m_t(t), m_ctx(ctx), m_diags(diags) {}

    bool run(bool inlineBlock);

private:
    [[nodiscard]] std::size_t argc() const { return m_t.size() - 1; }
    [[nodiscard]] const std::string& arg(std::size_t i) const { return m_t[i + 1].text; }
    [[nodiscard]] const SourceLocation& argWhere(std::size_t i) const { return m_t[i + 1].where; }
    [[nodiscard]] const SourceLocation& nameWhere() const { return m_t[0].where; }
    [[nodiscard]] const std::string& name() const { return m_t[0].text; }
    [[nodiscard]] bool pushed() const { return m_ctx == OptionContext::Pushed; }
    [[nodiscard]] OptionOrigin origin() const {
        return pushed() ? OptionOrigin::Pushed : OptionOrigin::Config;
    }
    // OpenVPN's is_route_parm_defined(): missing or the word "default" means unset.
    [[nodiscard]] bool defined(std::size_t i) const { return i < argc() && arg(i) != "default"; }

    void diag(Severity s, std::string code, std::string msg, const SourceLocation& where) {
        m_diags.push_back(Diagnostic{s, std::move(code), std::move(msg), where});
    }
    bool error(std::string code, std::string msg, const SourceLocation& where) {
        diag(Severity::Error, std::move(code), std::move(msg), where);
        return false;
    }
    bool needArgs(std::size_t min, std::size_t max) {
        if (argc() >= min && argc() <= max)
            return true;
        std::string want =
            min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max);
        if (max > 100)
            want = "at least " + std::to_string(min);
        return error("bad-arguments",
                     "Unrecognized option or missing or extra parameter(s): --" + name() +
                         " takes " + want + " parameter(s), not " + std::to_string(argc()),
                     nameWhere());
    }

    // The steps of run(): what every option goes through before its handler.
    bool runSetenvOpt(bool inlineBlock);
    void record(const OvpnOptionInfo* info, bool inlineBlock);
    void reportUnknown();
    bool allowedHere(const OvpnOptionInfo& info, bool inlineBlock);
    void warnRisk(const OvpnOptionInfo& info);
    bool dispatch();

    // Handlers, one per option (or family of options) in handlers(); dispatch() checks the
    // parameter count first.
    bool route();
    bool routeGatewayArg(ProfileRoute& r);
    bool route6();
    bool redirect();
    bool remote();
    bool dhcpOption();
    bool dns();
    bool ifconfig();
    bool ifconfig6();
    bool server();
    bool routeGateway();
    bool routeIpv6Gateway();
    bool routeMetric();
    bool routeDelay();
    bool maxRoutes();
    bool pullFilter();
    bool topology();
    bool dev();
    bool devType();
    bool routeTable();
    bool mode();
    bool scriptSecurity();
    bool authFederate();
    template <bool VpnProfile::*Flag> bool setFlag() {
        m_p.*Flag = true;
        return true;
    }
    std::optional<IpAddress> v4Arg(std::size_t i, const std::string& what);

    VpnProfile& m_p;
    const std::vector<OvpnToken>& m_t;
    OptionContext m_ctx;
    std::vector<Diagnostic>& m_diags;
    bool m_wrappedInSetenvOpt = false;

public:
    /// Names from earlier ignore-unknown-option lines, kept by parseProfile (else scanned).
    const std::set<std::string>* m_ignoreUnknown = nullptr;

    static constexpr std::size_t kAnyArgs = std::numeric_limits<std::size_t>::max();
    /// An option Splitroute interprets: the parameter count OpenVPN accepts (kAnyArgs: not
    /// checked here) and what applies it. Options OpenVPN knows without a handler are kept
    /// in profile.options only.
    struct Handler {
        std::string_view name;
        std::size_t minArgs;
        std::size_t maxArgs;
        bool (Applier::*apply)();
    };
    static std::span<const Handler> handlers();
    static const Handler* findHandler(std::string_view name);
};

std::optional<IpAddress> Applier::v4Arg(std::size_t i, const std::string& what) {
    auto a = IpAddress::parse(arg(i));
    if (!a || !a->isV4()) {
        error("bad-address",
              "--" + name() + " " + what + " '" + arg(i) + "' must be an IPv4 address",
              argWhere(i));
        return std::nullopt;
    }
    return *a;
}

bool Applier::route() {
    ProfileRoute r;
    r.origin = origin();
    r.where = nameWhere();
    r.text = joinTokens(m_t);
    bool ok = true;

    // network
    if (!defined(0))
        return error("bad-route", "route network 'default' is not a network", argWhere(0));
    r.network = arg(0);
    std::optional<IpAddress> net;
    if (auto a = IpAddress::parse(arg(0)); a && a->isV4()) {
        net = *a;
    } else if (isSpecialAddr(arg(0))) {
        // resolved when connecting
    } else if (looksLikeHostName(arg(0))) {
        if (pushed() && !m_p.allowPullFqdn)
            return error("bad-route",
                         "route parameter network/IP '" + arg(0) +
                             "' must be a valid address (pushed host names need "
                             "--allow-pull-fqdn)",
                         argWhere(0));
        diag(Severity::Info, "route-hostname",
             "route network '" + arg(0) +
                 "' is a host name: OpenVPN resolves it when connecting (one route per "
                 "address)",
             argWhere(0));
    } else {
        return error("bad-route",
                     "route parameter network/IP '" + arg(0) + "' must be a valid address",
                     argWhere(0));
    }

    // netmask (default 255.255.255.255)
    int length = 32;
    if (defined(1)) {
        if (!isV4Literal(arg(1)))
            return error("bad-netmask",
                         "route parameter netmask '" + arg(1) + "' must be an IP address",
                         argWhere(1));
        auto len = Prefix::maskLength(arg(1));
        if (!len)
            return error("bad-netmask",
                         "route netmask '" + arg(1) +
                             "' is not contiguous (one run of 1 bits, then 0 bits)",
                         argWhere(1));
        length = *len;
    }
    if (net) {
        Prefix p(*net, length);
        if (p.address() != *net)
            diag(Severity::Warning, "host-bits",
                 "address " + net->toString() + " is not a network address for netmask " +
                     Prefix(IpAddress::v4(0xffffffffu), length).netmask().toString() +
                     " (the network is " + p.toString() + ")",
                 argWhere(0));
        r.prefix = p;
    }

    // gateway
    if (defined(2) && !routeGatewayArg(r))
        return false;

    // metric
    if (defined(3)) {
        auto m = parseU32(arg(3));
        if (!m || *m > 0x7fffffffu)
            return error("bad-metric", "route metric '" + arg(3) + "' must be a number >= 0",
                         argWhere(3));
        r.metric = *m;
    }
    if (ok)
        m_p.routes.push_back(std::move(r));
    return ok;
}

// route's gateway parameter: vpn_gateway, net_gateway, remote_host, an address or a host name.
bool Applier::routeGatewayArg(ProfileRoute& r) {
    const std::string& g = arg(2);
    if (g == "vpn_gateway")
        r.gatewayKind = GatewayKind::VpnGateway;
    else if (g == "net_gateway")
        r.gatewayKind = GatewayKind::NetGateway;
    else if (g == "remote_host")
        r.gatewayKind = GatewayKind::RemoteHost;
    else if (auto a = IpAddress::parse(g); a && a->isV4()) {
        r.gatewayKind = GatewayKind::Address;
        r.gateway = *a;
    } else if (looksLikeHostName(g) && (!pushed() || m_p.allowPullFqdn)) {
        r.gatewayKind = GatewayKind::HostName;
        r.gatewayHost = g;
    } else {
        return error("bad-route", "route parameter gateway '" + g + "' must be a valid address",
                     argWhere(2));
    }
    return true;
}

bool Applier::route6() {
    ProfileRoute r;
    r.origin = origin();
    r.where = nameWhere();
    r.text = joinTokens(m_t);
    r.network = arg(0);
    // get_ipv6_addr(): without "/bits" the length is 64, not 128.
    const std::string spec = arg(0).find('/') == std::string::npos ? arg(0) + "/64" : arg(0);
    auto strict = Prefix::parse(spec);
    auto loose = Prefix::parse(spec, true);
    if (!loose || loose->family() != Family::V6)
        return error("bad-route",
                     "route-ipv6 parameter network '" + arg(0) +
                         "' must be a valid IPv6 address/bits",
                     argWhere(0));
    if (!strict)
        diag(Severity::Warning, "host-bits",
             "route-ipv6 network '" + spec + "' has host bits set (the network is " +
                 loose->toString() + ")",
             argWhere(0));
    r.prefix = *loose;
    if (defined(1)) {
        const std::string& g = arg(1);
        if (g == "vpn_gateway")
            r.gatewayKind = GatewayKind::VpnGateway;
        else if (g == "net_gateway")
            r.gatewayKind = GatewayKind::NetGateway;
        else if (auto a = IpAddress::parse(g); a && a->isV6()) {
            r.gatewayKind = GatewayKind::Address;
            r.gateway = *a;
        } else {
            return error("bad-route",
                         "route-ipv6 parameter gateway '" + g + "' must be a valid IPv6 address",
                         argWhere(1));
        }
    }
    if (defined(2)) {
        auto m = parseU32(arg(2));
        if (!m || *m > 0x7fffffffu)
            return error("bad-metric", "route-ipv6 metric '" + arg(2) + "' must be a number >= 0",
                         argWhere(2));
        r.metric = *m;
    }
    m_p.routes6.push_back(std::move(r));
    return true;
}

bool Applier::redirect() {
    const bool isGateway = name() == "redirect-gateway";
    unsigned flags = 0;
    bool v6 = false;
    if (m_p.redirect) {
        const auto& o = *m_p.redirect;
        diag(Severity::Warning, "redirect-twice",
             "redirect-gateway and redirect-private at the same time (or the same option "
             "several times): OpenVPN merges the flags; this is not well supported",
             nameWhere());
        flags = (o.ipv4 ? RgEnable : 0u) | (o.ipv4 && !o.isPrivate ? RgRerouteGw : 0u) |
                (o.local ? RgLocal : 0u) | (o.autolocal ? RgAutoLocal : 0u) |
                (o.def1 ? RgDef1 : 0u) | (o.bypassDhcp ? RgBypassDhcp : 0u) |
                (o.bypassDns ? RgBypassDns : 0u) | (o.blockLocal ? RgBlockLocal : 0u);
        v6 = o.ipv6;
    }
    const bool wasPrivateOnly = m_p.redirect && m_p.redirect->isPrivate;
    flags |= RgEnable;
    if (isGateway)
        flags |= RgRerouteGw;
    bool ok = true;
    for (std::size_t i = 0; i < argc(); ++i) {
        const std::string& f = arg(i);
        if (f == "local")
            flags |= RgLocal;
        else if (f == "autolocal")
            flags |= RgAutoLocal;
        else if (f == "def1")
            flags |= RgDef1;
        else if (f == "bypass-dhcp")
            flags |= RgBypassDhcp;
        else if (f == "bypass-dns")
            flags |= RgBypassDns;
        else if (f == "block-local")
            flags |= RgBlockLocal;
        else if (f == "ipv6")
            v6 = true;
        else if (f == "!ipv4")
            flags &= ~(RgRerouteGw | RgEnable);
        else
            ok = error("redirect-flag", "unknown --" + name() + " flag: " + f, argWhere(i));
    }
    RedirectGateway rg;
    rg.isPrivate = m_p.redirect ? (wasPrivateOnly && !isGateway) : !isGateway;
    rg.ipv4 = (flags & RgEnable) != 0;
    rg.def1 = flags & RgDef1;
    rg.local = flags & RgLocal;
    rg.autolocal = flags & RgAutoLocal;
    rg.bypassDhcp = flags & RgBypassDhcp;
    rg.bypassDns = flags & RgBypassDns;
    rg.blockLocal = flags & RgBlockLocal;
    rg.ipv6 = v6;
    rg.origin = origin();
    rg.where = nameWhere();
    m_p.redirect = rg;
    return ok;
}

bool Applier::remote() {
    Remote r;
    r.host = arg(0);
    r.where = nameWhere();
    if (argc() >= 2) {
        auto port = parseU32(arg(1));
        if (!port || *port == 0 || *port > 65535)
            return error("bad-port", "remote port '" + arg(1) + "' must be 1 to 65535",
                         argWhere(1));
        r.port = static_cast<std::uint16_t>(*port);
    }
    if (argc() >= 3) {
        static const char* const protos[] = {
            "udp",        "tcp",         "udp4",        "udp6",       "tcp4",        "tcp6",
            "tcp-client", "tcp4-client", "tcp6-client", "tcp-server", "tcp4-server", "tcp6-server"};
        bool known = false;
        for (const char* p : protos)
            known = known || arg(2) == p;
        if (!known)
            return error("bad-proto",
                         "remote: bad protocol associated with host " + r.host + ": '" + arg(2) +
                             "'",
                         argWhere(2));
        r.proto = arg(2);
    }
    m_p.remotes.push_back(std::move(r));
    return true;
}

bool Applier::dhcpOption() {
    const std::string type = upper(arg(0));
    static const char* const types[] = {
        "DNS", "DNS6", "DOMAIN", "DOMAIN-SEARCH", "WINS",       "NBDD",
        "NTP", "NBT",  "NBS",    "DISABLE-NBT",   "PROXY_HTTP", "ADAPTER_DOMAIN_SUFFIX"};
    bool known = false;
    for (const char* t : types)
        known = known || type == t;
    if (!known)
        diag(Severity::Warning, "dhcp-option-type",
             "--dhcp-option: unknown option type '" + arg(0) + "'", argWhere(0));
    if ((type == "DNS" || type == "DNS6" || type == "WINS" || type == "NBDD" || type == "NTP") &&
        (argc() < 2 || !IpAddress::parse(arg(1))))
        return error("bad-address",
                     "--dhcp-option " + type + " needs an address" +
                         (argc() >= 2 ? ", not '" + arg(1) + "'" : std::string()),
                     argc() >= 2 ? argWhere(1) : argWhere(0));
    m_p.dhcpOptions.push_back(DhcpOption{type, argc() >= 2 ? arg(1) : std::string(), origin()});
    return true;
}

bool Applier::dns() {
    // dns server N address A[:port] [A…] | dns server N resolve-domains D… | dns search-domains
    if (argc() >= 4 && arg(0) == "server" && arg(2) == "address") {
        for (std::size_t i = 3; i < argc(); ++i) {
            std::string a = arg(i);
            if (!IpAddress::parse(a)) {
                // strip a port: "1.2.3.4:53" or "[2001:db8::1]:53"
                if (!a.empty() && a.front() == '[') {
                    auto close = a.find(']');
                    if (close != std::string::npos)
                        a = a.substr(1, close - 1);
                } else if (auto c = a.rfind(':'); c != std::string::npos && a.find(':') == c) {
                    a.resize(c);
                }
            }
            if (!IpAddress::parse(a))
                return error("bad-address", "dns server address '" + arg(i) + "' is not valid",
                             argWhere(i));
            m_p.dhcpOptions.push_back(DhcpOption{"DNS", a, origin()});
        }
        return true;
    }
    if (argc() >= 2 && arg(0) == "search-domains") {
        for (std::size_t i = 1; i < argc(); ++i)
            m_p.dhcpOptions.push_back(DhcpOption{"DOMAIN-SEARCH", arg(i), origin()});
        return true;
    }
    if (argc() >= 3 && arg(0) == "server")
        return true; // other per-server settings (resolve-domains, dnssec, transport, sni)
    return error("bad-arguments", "--dns: unknown or incomplete form", nameWhere());
}

bool Applier::ifconfig() {
    auto l = IpAddress::parse(arg(0));
    auto r = IpAddress::parse(arg(1));
    if (!l || !l->isV4() || !r || !r->isV4())
        return error("bad-address",
                     "ifconfig parms '" + arg(0) + "' and '" + arg(1) + "' must be valid addresses",
                     (!l || !l->isV4()) ? argWhere(0) : argWhere(1));
    m_p.ifconfig = Ifconfig{*l, *r, origin()};
    return true;
}

bool Applier::ifconfig6() {
    const std::string& a = arg(0);
    auto slash = a.find('/');
    auto addr = IpAddress::parse(a.substr(0, slash));
    int bits = 64; // get_ipv6_addr()'s default without "/bits"
    if (slash != std::string::npos) {
        auto b = parseU32(std::string_view(a).substr(slash + 1));
        bits = b && *b <= 128 ? static_cast<int>(*b) : -1;
    }
    if (!addr || !addr->isV6() || bits < 0)
        return error("bad-address", "ifconfig-ipv6 address '" + a + "' must be IPv6 address/bits",
                     argWhere(0));
    if (bits < 64 || bits > 124)
        return error("bad-address",
                     "ifconfig-ipv6: /netbits must be between 64 and 124, not /" +
                         std::to_string(bits),
                     argWhere(0));
    Ifconfig6 c;
    c.local = *addr;
    c.prefixLength = bits;
    c.origin = origin();
    if (argc() >= 2) {
        auto r = IpAddress::parse(arg(1));
        if (!r || !r->isV6())
            return error("bad-address",
                         "ifconfig-ipv6 remote '" + arg(1) + "' must be an IPv6 address",
                         argWhere(1));
        c.remote = *r;
    }
    m_p.ifconfig6 = c;
    return true;
}

bool Applier::server() {
    auto net = Prefix::fromAddressAndMask(arg(0), arg(1));
    if (!net)
        return error("bad-network",
                     "--server " + arg(0) + " " + arg(1) + ": " + net.error().message, argWhere(0));
    if (argc() == 3 && arg(2) != "nopool")
        return error("bad-arguments", "--server: the third parameter may only be 'nopool'",
                     argWhere(2));
    m_p.server = true;
    return true;
}

bool Applier::routeGateway() {
    if (arg(0) == "dhcp") {
        m_p.routeGatewayDhcp = true;
        m_p.routeGateway.reset();
        return true;
    }
    auto a = v4Arg(0, "parameter");
    if (!a)
        return false;
    m_p.routeGateway = *a;
    m_p.routeGatewayDhcp = false;
    return true;
}

bool Applier::routeIpv6Gateway() {
    auto a = IpAddress::parse(arg(0));
    if (!a || !a->isV6())
        return error("bad-address", "route-ipv6-gateway '" + arg(0) + "' must be IPv6",
                     argWhere(0));
    m_p.routeIpv6Gateway = *a;
    return true;
}

bool Applier::routeMetric() {
    auto m = parseU32(arg(0));
    if (!m || *m > 0x7fffffffu)
        return error("bad-metric", "route-metric '" + arg(0) + "' must be a number >= 0",
                     argWhere(0));
    m_p.routeMetric = *m;
    return true;
}

bool Applier::routeDelay() {
    int d = 0;
    if (argc() >= 1) {
        auto v = parseU32(arg(0));
        if (!v || *v > 100000)
            return error("bad-arguments", "route-delay '" + arg(0) + "' must be seconds",
                         argWhere(0));
        d = static_cast<int>(*v);
    }
    m_p.routeDelay = d;
    return true;
}

bool Applier::maxRoutes() {
    diag(Severity::Info, "deprecated-option",
         "--max-routes is ignored since OpenVPN 2.4 (route lists grow as needed)", nameWhere());
    return true;
}

bool Applier::pullFilter() {
    PullFilter f;
    if (arg(0) == "accept")
        f.action = PullFilter::Action::Accept;
    else if (arg(0) == "ignore")
        f.action = PullFilter::Action::Ignore;
    else if (arg(0) == "reject")
        f.action = PullFilter::Action::Reject;
    else
        return error("bad-arguments", "Unknown --pull-filter type: " + arg(0), argWhere(0));
    f.text = arg(1);
    f.where = nameWhere();
    m_p.pullFilters.push_back(std::move(f));
    return true;
}

bool Applier::topology() {
    if (arg(0) == "net30")
        m_p.topology = Topology::Net30;
    else if (arg(0) == "p2p")
        m_p.topology = Topology::P2p;
    else if (arg(0) == "subnet")
        m_p.topology = Topology::Subnet;
    else
        return error("bad-arguments", "--topology must be net30, p2p, or subnet", argWhere(0));
    return true;
}

bool Applier::dev() {
    m_p.dev = arg(0);
    return true;
}

bool Applier::devType() {
    if (arg(0) != "tun" && arg(0) != "tap" && arg(0) != "null")
        return error("bad-arguments", "--dev-type must be 'tun', 'tap' or 'null'", argWhere(0));
    return true; // applied in finalizeProfile (order-independent with --dev)
}

bool Applier::routeTable() {
    auto t = parseU32(arg(0));
    if (!t)
        return error("bad-arguments", "route-table '" + arg(0) + "' must be a table number",
                     argWhere(0));
    m_p.routeTable = *t;
    return true;
}

bool Applier::mode() {
    if (arg(0) == "server")
        m_p.server = true;
    else if (arg(0) != "p2p")
        return error("bad-arguments", "Bad --mode parameter: " + arg(0), argWhere(0));
    return true;
}

bool Applier::scriptSecurity() {
    auto lvl = parseU32(arg(0));
    if (!lvl || *lvl > 3)
        return error("bad-arguments", "script-security level must be 0 to 3", argWhere(0));
    if (*lvl >= 2)
        diag(Severity::Warning, "script-option",
             "'script-security " + arg(0) +
                 "' lets the profile run user-defined scripts: check this profile before "
                 "using it",
             nameWhere());
    return true;
}

bool Applier::authFederate() {
    m_p.authFederate = true;
    diag(Severity::Warning, "aws-only-option",
         "auth-federate: AWS-only keyword (AWS VPN Client, SAML); stock OpenVPN rejects it",
         nameWhere());
    return true;
}

std::span<const Applier::Handler> Applier::handlers() {
    static constexpr Handler kHandlers[] = {
        {"allow-pull-fqdn", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::allowPullFqdn>},
        {"auth-federate", 0, kAnyArgs, &Applier::authFederate},
        {"block-ipv6", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::blockIpv6>},
        {"block-outside-dns", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::blockOutsideDns>},
        {"client", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::client>},
        {"dev", 1, 1, &Applier::dev},
        {"dev-type", 1, 1, &Applier::devType},
        {"dhcp-option", 1, 2, &Applier::dhcpOption},
        {"dns", 0, kAnyArgs, &Applier::dns},
        {"ifconfig", 2, 2, &Applier::ifconfig},
        {"ifconfig-ipv6", 1, 2, &Applier::ifconfig6},
        {"max-routes", 0, kAnyArgs, &Applier::maxRoutes},
        {"mode", 1, 1, &Applier::mode},
        {"pull", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::client>},
        {"pull-filter", 2, 2, &Applier::pullFilter},
        {"redirect-gateway", 0, kAnyArgs, &Applier::redirect},
        {"redirect-private", 0, kAnyArgs, &Applier::redirect},
        {"remote", 1, 3, &Applier::remote},
        {"remote-random", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::remoteRandom>},
        {"remote-random-hostname", 0, kAnyArgs,
         &Applier::setFlag<&VpnProfile::remoteRandomHostname>},
        {"route", 1, 4, &Applier::route},
        {"route-delay", 0, 2, &Applier::routeDelay},
        {"route-gateway", 1, 1, &Applier::routeGateway},
        {"route-ipv6", 1, 3, &Applier::route6},
        {"route-ipv6-gateway", 1, 1, &Applier::routeIpv6Gateway},
        {"route-metric", 1, 1, &Applier::routeMetric},
        {"route-noexec", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::routeNoexec>},
        {"route-nopull", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::routeNopull>},
        {"route-table", 1, 1, &Applier::routeTable},
        {"script-security", 1, 1, &Applier::scriptSecurity},
        {"server", 2, 3, &Applier::server},
        {"tls-client", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::client>},
        {"tls-server", 0, kAnyArgs, &Applier::setFlag<&VpnProfile::server>},
        {"topology", 1, 1, &Applier::topology},
    };
    return kHandlers;
}

const Applier::Handler* Applier::findHandler(std::string_view name) {
    const auto all = handlers();
    const auto it =
        std::find_if(all.begin(), all.end(), [name](const Handler& h) { return h.name == name; });
    return it == all.end() ? nullptr : &*it;
}

// `setenv opt OPTION ARGS…`: OpenVPN 2.x applies OPTION, and only warns when it does not
// know it (a way to write profiles for several client versions).
bool Applier::runSetenvOpt(bool inlineBlock) {
    std::vector<OvpnToken> inner(m_t.begin() + 2, m_t.end());
    Applier wrapped(m_p, inner, m_ctx, m_diags);
    wrapped.m_wrappedInSetenvOpt = true;
    wrapped.m_ignoreUnknown = m_ignoreUnknown;
    return wrapped.run(inlineBlock);
}

void Applier::record(const OvpnOptionInfo* info, bool inlineBlock) {
    ProfileOption po;
    po.name = name();
    for (std::size_t i = 1; i < m_t.size(); ++i)
        po.args.push_back(m_t[i].text);
    po.where = nameWhere();
    po.origin = origin();
    po.inlineBlock = inlineBlock;
    po.known = info != nullptr;
    m_p.options.push_back(po);
}

// An option OpenVPN 2.6 does not know: ignored when pushed; in a profile a warning, or a
// note when `setenv opt X` or a preceding `ignore-unknown-option X` makes OpenVPN skip it
// instead of refusing the profile.
void Applier::reportUnknown() {
    if (pushed())
        return;
    const std::string& n = name();
    bool ignored = m_wrappedInSetenvOpt;
    if (!ignored && m_ignoreUnknown) {
        ignored = m_ignoreUnknown->count(n) > 0;
    } else {
        for (std::size_t i = 0; !ignored && i + 1 < m_p.options.size(); ++i)
            if (m_p.options[i].name == "ignore-unknown-option")
                for (const auto& a : m_p.options[i].args)
                    ignored = ignored || a == n;
    }
    if (ignored)
        diag(Severity::Info, "ignored-unknown-option",
             "Unrecognized option '" + n + "' ignored (" +
                 (m_wrappedInSetenvOpt ? "setenv opt" : "ignore-unknown-option") + ")",
             nameWhere());
    else
        diag(Severity::Warning, "unknown-option",
             "Unrecognized option '" + n + "': stock OpenVPN 2.6 refuses the profile", nameWhere());
}

bool Applier::allowedHere(const OvpnOptionInfo& info, bool inlineBlock) {
    if (m_ctx == OptionContext::Connection && !info.connection)
        return error("connection-option",
                     "option '" + name() +
                         "' cannot be used in this context ([CONNECTION-OPTIONS])",
                     nameWhere());
    if (inlineBlock && !info.inlineOk)
        return error("inline-not-allowed",
                     "option '" + name() + "' cannot be given as an inline block", nameWhere());
    return true;
}

void Applier::warnRisk(const OvpnOptionInfo& info) {
    if (pushed())
        return;
    const std::string& n = name();
    if (info.risk == OptionRisk::Script)
        diag(Severity::Warning, "script-option",
             "'" + n + "' " +
                 (n == "setenv" ? std::string("sets environment variables for scripts")
                  : n == "iproute"
                      ? std::string("replaces the program OpenVPN runs to change routes")
                      : std::string("runs a program or plugin")) +
                 ": check this profile before using it",
             nameWhere());
    else if (info.risk == OptionRisk::File)
        diag(Severity::Warning, "file-option",
             "'" + n + "' " +
                 (n == "management" ? std::string("opens a control interface")
                  : n == "config"   ? std::string("reads another file")
                                    : std::string("writes or changes files or directories")) +
                 ": check this profile before using it",
             nameWhere());
}

bool Applier::dispatch() {
    const Handler* h = findHandler(name());
    if (!h)
        return true;
    if (!needArgs(h->minArgs, h->maxArgs))
        return false;
    return (this->*h->apply)();
}

bool Applier::run(bool inlineBlock) {
    if (m_ctx != OptionContext::Pushed && name() == "setenv" && argc() >= 2 && arg(0) == "opt")
        return runSetenvOpt(inlineBlock);
    const OvpnOptionInfo* info = findOvpnOption(name());
    record(info, inlineBlock);
    if (!info) {
        reportUnknown();
        return true;
    }
    if (!allowedHere(*info, inlineBlock))
        return false;
    warnRisk(*info);
    return dispatch();
}

} // namespace

bool applyOption(VpnProfile& profile, const std::vector<OvpnToken>& tokens, OptionContext ctx,
                 std::vector<Diagnostic>& diags, bool inlineBlock) {
    if (tokens.empty())
        return false;
    return Applier(profile, tokens, ctx, diags).run(inlineBlock);
}

std::vector<std::string_view> interpretedOptionNames() {
    std::vector<std::string_view> names;
    for (const auto& h : Applier::handlers())
        names.push_back(h.name);
    return names;
}

bool parseAwsEndpointHost(std::string_view host, std::string& endpointId, std::string& region) {
    // [random-label.]cvpn-endpoint-<hex>.prod.clientvpn.<region>.amazonaws.com
    std::string h(host);
    for (char& c : h)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    auto pos = h.find("cvpn-endpoint-");
    if (pos == std::string::npos || (pos != 0 && h[pos - 1] != '.'))
        return false;
    std::string_view rest = std::string_view(h).substr(pos);
    auto dot = rest.find('.');
    if (dot == std::string_view::npos)
        return false;
    std::string_view id = rest.substr(0, dot);
    std::string_view hex = id.substr(14);
    if (hex.empty())
        return false;
    for (char c : hex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    rest.remove_prefix(dot + 1);
    constexpr std::string_view mid = "prod.clientvpn.";
    constexpr std::string_view tail = ".amazonaws.com";
    if (rest.substr(0, mid.size()) != mid || rest.size() <= mid.size() + tail.size() ||
        rest.substr(rest.size() - tail.size()) != tail)
        return false;
    std::string_view reg = rest.substr(mid.size(), rest.size() - mid.size() - tail.size());
    for (char c : reg)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    endpointId = std::string(id);
    region = std::string(reg);
    return true;
}

void finalizeProfile(VpnProfile& p, std::vector<Diagnostic>& diags) {
    p.deviceType = DeviceType::Unset;
    for (const auto& o : p.options)
        if (o.name == "dev-type" && o.args.size() == 1) {
            if (o.args[0] == "tun")
                p.deviceType = DeviceType::Tun;
            else if (o.args[0] == "tap")
                p.deviceType = DeviceType::Tap;
            else if (o.args[0] == "null")
                p.deviceType = DeviceType::Null;
        }
    if (p.deviceType == DeviceType::Unset && !p.dev.empty()) {
        if (p.dev.rfind("tun", 0) == 0)
            p.deviceType = DeviceType::Tun;
        else if (p.dev.rfind("tap", 0) == 0)
            p.deviceType = DeviceType::Tap;
        else if (p.dev.rfind("null", 0) == 0)
            p.deviceType = DeviceType::Null;
    }
    p.aws = false;
    for (const auto& r : p.remotes) {
        std::string id, region;
        if (parseAwsEndpointHost(r.host, id, region)) {
            p.aws = true;
            p.awsEndpointId = id;
            p.awsRegion = region;
            break;
        }
    }
    if (p.aws && (p.routeNopull || !p.pullFilters.empty())) {
        for (const auto& o : p.options)
            if (o.name == "route-nopull" || o.name == "pull-filter") {
                diags.push_back(Diagnostic{Severity::Info, "aws-client-strips",
                                           "the AWS VPN Client removes '" + o.name +
                                               "' from profiles; stock OpenVPN honours it",
                                           o.where});
            }
    }
}

Result<VpnProfile> parseProfile(std::string_view text, std::string fileName) {
    OvpnLexer lexer(text, fileName);
    auto lexed = lexer.lexFile();
    if (!lexed)
        return lexed.error();
    VpnProfile p;
    p.file = std::move(fileName);
    std::vector<Diagnostic>& diags = p.diagnostics;
    diags = std::move(lexed->diagnostics);
    std::set<std::string> ignoreUnknown;
    for (const auto& dir : lexed->directives) {
        std::vector<OvpnToken> tokens = dir.tokens;
        if (dir.inlineBlock)
            tokens.push_back(OvpnToken{dir.body, lexer.locate(dir.bodyOffset), false});
        Applier applier(p, tokens, OptionContext::Config, diags);
        applier.m_ignoreUnknown = &ignoreUnknown;
        applier.run(dir.inlineBlock);
        if (tokens[0].text == "ignore-unknown-option")
            for (std::size_t i = 1; i < tokens.size(); ++i)
                ignoreUnknown.insert(tokens[i].text);
        if (!dir.inlineBlock || dir.tokens[0].text != "connection")
            continue;
        // A <connection> block is read like a config string, with only connection options.
        auto sub = lexer.lexBlock(dir);
        if (!sub)
            return sub.error();
        for (auto& d : sub->diagnostics)
            diags.push_back(std::move(d));
        const std::size_t remotesBefore = p.remotes.size();
        for (const auto& sd : sub->directives) {
            std::vector<OvpnToken> st = sd.tokens;
            if (sd.inlineBlock)
                st.push_back(OvpnToken{sd.body, lexer.locate(sd.bodyOffset), false});
            applyOption(p, st, OptionContext::Connection, diags, sd.inlineBlock);
        }
        if (p.remotes.size() - remotesBefore != 1)
            diags.push_back(
                Diagnostic{Severity::Error, "connection-remote",
                           "Each 'connection' block must contain exactly one 'remote' directive",
                           dir.tokens[0].where});
    }
    finalizeProfile(p, diags);
    return p;
}

Result<VpnProfile> parseProfileFile(const std::string& path) {
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    return parseProfile(*bytes, path);
}

} // namespace splitroute::core
