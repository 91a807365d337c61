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
        // "Routing tables", "Route Tree for ...", Linux's "Kernel IP routing table"
        if (first == "Routing" || first == "Route" || first == "Kernel")
            return;
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
        for (std::size_t i = 0; i < t.size(); ++i) {
            std::string_view n = t[i].text;
            if (n == "Gateway")
                c.gateway = static_cast<int>(i);
            else if (n == "Flags")
                c.flags = static_cast<int>(i);
            else if (n == "Netif" || n == "Iface" || n == "Interface" || n == "If")
                c.netif = static_cast<int>(i);
            else if (n == "Genmask")
                c.genmask = static_cast<int>(i);
            else if (n == "Metric")
                c.metric = static_cast<int>(i);
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
        if (gw.substr(0, 5) == "link#") {
            if (auto idx = parseUnsigned<std::uint32_t>(gw.substr(5)))
                r.ifindex = *idx;
        } else if (isMac(gw)) {
            // link-layer address of an on-link neighbour (ARP / NDP entry)
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
            if (!m) {
                warn("bad-metric",
                     "metric '" + std::string(metricTok.text) + "' is not a number; skipped", line,
                     metricTok.column);
                return;
            }
            r.metric = *m;
        }
        // Reject and blackhole routes name a loopback gateway only because BSD needs one.
        if (flags.find('R') != std::string_view::npos) {
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
        m_out.table.add(std::move(r));
    }

    const std::string& m_file;
    ImportedTable& m_out;
    Family m_family = Family::None;
    Columns m_cols;
    bool m_skipSection = false;
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
