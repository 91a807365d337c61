// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/NetstatImport.h"

#include "core/import/TextLines.h"

#include <algorithm>
#include <cctype>

namespace splitroute::core {

using namespace textlines;

namespace {

struct Columns {
    int destination = 0;
    int gateway = 1;
    int flags = 2;
    int netif = 3;
    int genmask = -1; // Linux `netstat -rn` / `route -n`: the netmask has its own column
    int metric = -1;  // Linux `route -n`
};

// "fe80::%lo0/64" -> "fe80::/64"
std::string withoutZone(std::string_view s) {
    auto pct = s.find('%');
    if (pct == std::string_view::npos)
        return std::string(s);
    auto slash = s.find('/', pct);
    std::string out(s.substr(0, pct));
    if (slash != std::string_view::npos)
        out += s.substr(slash);
    return out;
}

bool isMac(std::string_view s) {
    // BSD prints link-layer addresses as hex bytes separated by ':' without leading zeros.
    int groups = 1;
    for (char c : s) {
        if (c == ':')
            ++groups;
        else if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return groups == 6 && s.find("::") == std::string_view::npos && s.front() != ':' &&
           s.back() != ':';
}

// A host name where netstat -r (without -n) replaces an address: letters, digits, '-', '.',
// '_', starting with a letter or '_', not "default", not an address or link# word.
bool isHostName(std::string_view s) {
    // "_gateway": systemd-resolved's name for the default gateway, as `route` prints it.
    if (s.empty() || (!std::isalpha(static_cast<unsigned char>(s[0])) && s[0] != '_') ||
        s == "default")
        return false;
    if (s.find(':') != std::string_view::npos || s.find('#') != std::string_view::npos ||
        s.find('%') != std::string_view::npos || s.find('/') != std::string_view::npos)
        return false;
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.' && c != '_')
            return false;
    // Hex-only words ("fe80", "abcd") are address fragments, not names.
    if (s.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos)
        return false;
    return !IpAddress::parse(s);
}

// An interface name in the gateway column: letters then digits ("utun3", "en0", "lo0",
// "bridge100", "vmnet8").
bool isInterfaceName(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
        ++i;
    if (i == 0 || i == s.size())
        return false;
    for (std::size_t j = i; j < s.size(); ++j)
        if (!std::isdigit(static_cast<unsigned char>(s[j])))
            return false;
    return true;
}

// Characters (not bytes) of an ASCII-or-UTF-8 token.
int columnWidth(std::string_view s) {
    int n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Expands BSD's abbreviated IPv4 network ("127", "169.254", "10.8/16") to a prefix.
Result<Prefix> parseV4Destination(std::string_view s, bool host) {
    std::string_view addr = s;
    std::string_view len;
    if (auto slash = s.find('/'); slash != std::string_view::npos) {
        addr = s.substr(0, slash);
        len = s.substr(slash + 1);
    }
    int octets = addr.empty() ? 0 : 1 + static_cast<int>(std::count(addr.begin(), addr.end(), '.'));
    if (octets < 1 || octets > 4)
        return makeError(ErrorCode::Parse, "'" + std::string(s) + "' is not an IPv4 network");
    std::string full(addr);
    for (int i = octets; i < 4; ++i)
        full += ".0";
    std::string text = full;
    if (!len.empty())
        text += "/" + std::string(len);
    else if (!host)
        text += "/" + std::to_string(octets * 8);
    return Prefix::parse(text);
}

class NetstatParser {
public:
    NetstatParser(const std::string& file, ImportedTable& out) : m_file(file), m_out(out) {}

    void parseLine(const Line& line) {
        auto t = tokenize(line.text);
        if (t.empty())
            return;
        std::string_view first = t[0].text;
        if (t.size() == 1 && (first == "Internet:" || first == "Internet6:")) {
            m_family = first == "Internet:" ? Family::V4 : Family::V6;
            m_cols = Columns{};
            m_skipSection = false;
            return;
        }
        if (t.size() == 1 && first.size() > 1 && first.back() == ':') {
            m_skipSection = true; // "AppleTalk:", "Local:"... other protocol families
            return;
        }
        // "Routing tables", "Route Tree for ...", Linux's "Kernel IP routing table" and
        // "Kernel IPv6 routing table" (`route -6 -n`, `route -A inet6 -n`)
        if (first == "Routing" || first == "Route" || first == "Kernel") {
            if (first == "Kernel")
                m_family =
                    line.text.find("IPv6") != std::string_view::npos ? Family::V6 : Family::V4;
            return;
        }
        if (first == "Destination") {
            readHeader(t);
            return;
        }
        if (m_skipSection)
            return;
        parseRow(t, line.number);
    }

private:
    void warn(std::string code, std::string message, int line, int column) {
        m_out.diagnostics.push_back(diagnostic(Severity::Warning, std::move(code),
                                               std::move(message), m_file, line, column));
    }

    void readHeader(const std::vector<Token>& t) {
        Columns c;
        c.netif = -1;
        int col = 0; // "Next Hop" (Linux `route -6`) is one column in two words
        m_gatewayColumn = 0;
        for (std::size_t i = 0; i < t.size(); ++i, ++col) {
            std::string_view n = t[i].text;
            if (n == "Next" && i + 1 < t.size() && t[i + 1].text == "Hop") {
                c.gateway = col;
                m_gatewayColumn = t[i].column;
                ++i;
            } else if (n == "Gateway") {
                c.gateway = col;
                m_gatewayColumn = t[i].column;
            } else if (n == "Flags" || n == "Flag")
                c.flags = col;
            else if (n == "Netif" || n == "Iface" || n == "Interface" || n == "If")
                c.netif = col;
            else if (n == "Genmask")
                c.genmask = col;
            else if (n == "Metric" || n == "Met")
                c.metric = col;
        }
        if (c.netif < 0)
            c.netif = c.flags + 1;
        m_cols = c;
    }

    void parseRow(const std::vector<Token>& t, int line) {
        const int need =
            std::max({m_cols.gateway, m_cols.flags, m_cols.netif, m_cols.genmask, m_cols.metric}) +
            1;
        if (static_cast<int>(t.size()) < need) {
            warn("short-row",
                 "route row has " + std::to_string(t.size()) + " columns, expected at least " +
                     std::to_string(need) + "; skipped",
                 line, t[0].column);
            return;
        }
        const Token& destTok = t[static_cast<std::size_t>(m_cols.destination)];
        const Token& gwTok = t[static_cast<std::size_t>(m_cols.gateway)];
        const Token& flagsTok = t[static_cast<std::size_t>(m_cols.flags)];
        const Token& ifTok = t[static_cast<std::size_t>(m_cols.netif)];
        std::string_view flags = flagsTok.text;
        const bool host = flags.find('H') != std::string_view::npos;

        Route r;
        Family family = m_family;
        std::string dest = withoutZone(destTok.text);
        if (isHostName(destTok.text)) {
            warn("name-not-address",
                 "cannot read destination '" + std::string(destTok.text) +
                     "': a name, not an address (netstat -r without -n prints names; run "
                     "`netstat -rn` or `route -n` and read that instead); skipped",
                 line, destTok.column);
            return;
        }
        // FreeBSD without -W cuts a long destination at the column's width
        // ("fe80::20c:29ff:fe1 link#1"): it fills the column up to the gateway's.
        if (m_gatewayColumn > 0 && destTok.column == 1 &&
            destTok.column + columnWidth(destTok.text) + 1 == m_gatewayColumn &&
            dest.find('/') == std::string::npos && m_family != Family::V4)
            warn("maybe-truncated",
                 "destination '" + std::string(destTok.text) +
                     "' fills its column and may be cut off; run `netstat -rnW` for whole "
                     "addresses",
                 line, destTok.column);
        // net-tools prints ::ffff:a.b.c.d/96 as "a.b.c.d/96" in its IPv6 table.
        if (family == Family::V6 && dest.find(':') == std::string::npos &&
            dest.find('.') != std::string::npos)
            dest = "::ffff:" + dest;
        if (family == Family::None) // no section header: decide from the text
            family = dest.find(':') != std::string::npos ? Family::V6 : Family::V4;
        if (dest == "default") {
            r.destination = Prefix::any(family);
        } else if (m_cols.genmask >= 0 && family == Family::V4) {
            const Token& maskTok = t[static_cast<std::size_t>(m_cols.genmask)];
            auto p = Prefix::fromAddressAndMask(dest, maskTok.text);
            if (!p) {
                warn("bad-destination",
                     "cannot read destination '" + dest + " " + std::string(maskTok.text) +
                         "': " + p.error().message + "; skipped",
                     line, destTok.column);
                return;
            }
            r.destination = *p;
        } else {
            Result<Prefix> p =
                family == Family::V4 ? parseV4Destination(dest, host) : Prefix::parse(dest);
            if (!p || p->family() != family) {
                warn("bad-destination",
                     "cannot read destination '" + std::string(destTok.text) + "'" +
                         (p ? std::string(": wrong address family") : ": " + p.error().message) +
                         "; skipped",
                     line, destTok.column);
                return;
            }
            r.destination = *p;
        }

        std::string_view gw = gwTok.text;
        if (gw == "*" || gw == ifTok.text || isInterfaceName(gw) || isMac(gw)) {
            // `*` (`route` without -n): no gateway, on-link. An interface as the gateway ("default
            // utun3 UCS utun3", what wg-quick installs on macOS): on-link through that interface.
            // A link-layer address: an on-link neighbour (ARP / NDP entry).
        } else if (isHostName(gw)) {
            warn("name-not-address",
                 "cannot read gateway '" + std::string(gw) +
                     "': a name, not an address (netstat -r without -n prints names; run "
                     "`netstat -rn` or `route -n` and read that instead); skipped",
                 line, gwTok.column);
            return;
        } else if (gw.substr(0, 5) == "link#") {
            if (auto idx = parseUnsigned<std::uint32_t>(gw.substr(5)))
                r.ifindex = *idx;
        } else {
            std::string addr = withoutZone(gw);
            auto a = IpAddress::parse(addr);
            if (!a) {
                warn("bad-gateway", "cannot read gateway '" + std::string(gw) + "'; skipped", line,
                     gwTok.column);
                return;
            }
            if (a->family() != r.destination.family()) {
                warn("family-mismatch",
                     "gateway address family differs from the destination's; skipped", line,
                     gwTok.column);
                return;
            }
            // Without G the address names the interface's own end ("127 127.0.0.1 UCS lo0",
            // "ff00::/8 ::1 UmCI lo0"): the destination is on-link.
            if (flags.find('G') != std::string_view::npos)
                r.gateway = *a;
        }
        r.interface = ifTok.text;
        if (m_cols.metric >= 0) {
            const Token& metricTok = t[static_cast<std::size_t>(m_cols.metric)];
            auto m = parseUnsigned<std::uint32_t>(metricTok.text);
            if (metricTok.text == "-1")
                m = 0xFFFFFFFFu; // net-tools prints the largest metric as -1
            if (!m) {
                warn("bad-metric",
                     "metric '" + std::string(metricTok.text) + "' is not a number; skipped", line,
                     metricTok.column);
                return;
            }
            r.metric = *m;
        }
        // Reject and blackhole routes name a loopback gateway only because BSD needs one.
        // Linux net-tools writes a reject route's flags with '!' ("!n").
        if (flags.find('R') != std::string_view::npos ||
            flags.find('!') != std::string_view::npos) {
            r.type = RouteType::Unreachable;
            r.gateway = IpAddress{};
        } else if (flags.find('B') != std::string_view::npos) {
            r.type = RouteType::Blackhole;
            r.gateway = IpAddress{};
        } else if (flags.find('b') != std::string_view::npos)
            r.type = RouteType::Broadcast;
        else if (flags.find('m') != std::string_view::npos)
            r.type = RouteType::Multicast;
        if (flags.find('S') != std::string_view::npos)
            r.protocol = proto::Static;
        else if (flags.find('D') != std::string_view::npos)
            r.protocol = proto::Redirect;
        else
            r.protocol = proto::Kernel;
        if (r.gateway.isNull() && r.type == RouteType::Unicast && r.scope == scope::Universe)
            r.scope = scope::Link;
        // The machine's own addresses: host routes through the loopback interface (macOS
        // "UHL … lo0", FreeBSD "UHS … lo0", Linux "Un … lo") and the loopback block. Linux
        // keeps them, broadcasts and multicasts in its local table; so do we.
        static const Prefix limitedBroadcast = *Prefix::parse("255.255.255.255/32");
        if (r.type == RouteType::Unicast && r.destination == limitedBroadcast)
            r.type = RouteType::Broadcast;
        static const Prefix multicast6 = *Prefix::parse("ff00::/8");
        if (r.type == RouteType::Unicast && multicast6.contains(r.destination))
            r.type = RouteType::Multicast; // Linux `route -6` flags ff00::/8 just "U"
        const bool loopbackIf = ifTok.text == "lo" || ifTok.text == "lo0";
        static const Prefix loopbackNet = *Prefix::parse("127.0.0.0/8");
        if (r.type == RouteType::Unicast && loopbackIf &&
            (r.destination.isHost() || r.destination == loopbackNet)) {
            r.type = RouteType::Local;
            r.gateway = IpAddress{};
            r.scope = scope::Host;
        }
        if (r.type == RouteType::Local || r.type == RouteType::Broadcast ||
            r.type == RouteType::Multicast)
            r.table = table::Local;
        else if (flags.find('I') != std::string_view::npos)
            r.table = table::Scoped; // serves only sockets bound to the interface
        m_out.table.add(std::move(r));
    }

    const std::string& m_file;
    ImportedTable& m_out;
    Family m_family = Family::None;
    Columns m_cols;
    bool m_skipSection = false;
    int m_gatewayColumn = 0; ///< where the header's gateway column starts (0: no header)
};

} // namespace

ImportedTable importNetstat(std::string_view text, const std::string& fileName) {
    ImportedTable out;
    out.format = TableFormat::Netstat;
    NetstatParser parser(fileName, out);
    for (const auto& line : splitLines(text))
        parser.parseLine(line);
    return out;
}

} // namespace splitroute::core
