// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/RoutePrintImport.h"

#include "core/import/TextLines.h"

#include <cctype>
#include <map>
#include <set>

namespace splitroute::core {

using namespace textlines;

namespace {

enum class Section { None, Active, Persistent };

bool isIpv4(std::string_view s) {
    auto a = IpAddress::parse(s);
    return a && a->isV4();
}

bool looksLikeIpv6Prefix(std::string_view s) {
    return s.find(':') != std::string_view::npos &&
           s.find_first_not_of("0123456789abcdefABCDEF:./") == std::string_view::npos;
}

// "12...00 15 5d 01 02 03 ......Intel(R) ..." / "0x2 ...00 0c 29 ..." — interface list lines.
bool isInterfaceListLine(std::string_view s) {
    s = trim(s);
    std::size_t i = 0;
    if (s.substr(0, 2) == "0x")
        i = 2;
    std::size_t digits = i;
    while (i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i])))
        ++i;
    if (i == digits)
        return false;
    while (i < s.size() && s[i] == ' ')
        ++i;
    return s.substr(i, 2) == "..";
}

// "12...00 15 5d 01 02 03 ......Intel(R) ..." → index 12, MAC, description.
std::optional<InterfaceListEntry> interfaceListEntry(std::string_view s) {
    s = trim(s);
    const bool hex = s.substr(0, 2) == "0x" || s.substr(0, 2) == "0X";
    std::size_t i = hex ? 2 : 0;
    std::uint32_t index = 0;
    for (; i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i])); ++i) {
        const char c = s[i];
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c | 0x20) - 'a' + 10;
        if (!hex && d > 9)
            return std::nullopt;
        index = index * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    }
    std::string_view rest = trim(s.substr(i));
    auto dots = rest.find_first_not_of('.');
    if (dots == std::string_view::npos || dots == 0)
        return std::nullopt;
    rest = rest.substr(dots);
    InterfaceListEntry e;
    e.index = index;
    // The MAC (bytes separated by spaces) ends at the next run of dots; software interfaces
    // have none ("1...........................Software Loopback Interface 1").
    if (auto more = rest.find(".."); more != std::string_view::npos) {
        e.mac = std::string(trim(rest.substr(0, more)));
        rest = rest.substr(more);
        rest = rest.substr(std::min(rest.size(), rest.find_first_not_of('.')));
    }
    e.description = std::string(trim(rest));
    return e;
}

bool isSeparator(std::string_view s) {
    s = trim(s);
    return s.size() >= 3 && s.find_first_not_of('=') == std::string_view::npos;
}

bool endsWithColon(std::string_view s) {
    return s.back() == ':' || (s.size() >= 3 && s.substr(s.size() - 3) == "\xEF\xBC\x9A"); // ：
}

class RoutePrintParser {
public:
    RoutePrintParser(const std::string& file, ImportedTable& out) : m_file(file), m_out(out) {}

    void parseLine(const Line& line) {
        auto t = tokenize(line.text);
        if (t.empty() || isSeparator(line.text)) {
            flushWrapped();
            return;
        }
        // A wrapped IPv6 row continues on an indented line holding only the gateway.
        if (m_wrapped && startsWithSpace(line.text) && !isIpv6RowStart(t)) {
            completeV6(*m_wrapped, t, 0, line.number);
            m_wrapped.reset();
            return;
        }
        flushWrapped();
        if (isInterfaceListLine(line.text)) {
            if (auto e = interfaceListEntry(line.text))
                m_out.interfaces.push_back(std::move(*e));
            return;
        }
        std::string_view whole = trim(line.text);
        if (whole.find("IPv4") != std::string_view::npos ||
            whole.find("IPv6") != std::string_view::npos) {
            if (!isIpv4(t[0].text) && !isIpv6RowStart(t)) {
                m_headings = 0; // "IPv4 Route Table", "IPv6 ルート テーブル": a new table
                m_section = Section::None;
                return;
            }
        }
        if (endsWithColon(whole) && !isIpv4(t[0].text)) {
            ++m_headings;
            m_section = m_headings == 1 ? Section::Active : Section::Persistent;
            return;
        }
        if (isIpv4(t[0].text)) {
            parseV4(t, line.number);
            return;
        }
        if (isIpv6RowStart(t)) {
            parseV6(t, line.number);
            return;
        }
        // Anything else is a title, a column header ("Network Destination ..."), "None",
        // "Default Gateway: x.x.x.x" (XP): text, not routes — unless it holds addresses the
        // way a row does (a row someone decorated, "☀️0.0.0.0☀️ 0.0.0.0 10.33.79.254 …"):
        // that row must not vanish without a word.
        if (m_section != Section::None || m_headings == 0)
            warnIfRowLike(t, line.number);
    }

    void flushWrapped() {
        if (!m_wrapped)
            return;
        warn("missing-gateway", "IPv6 route without a gateway column; skipped", m_wrapped->line,
             m_wrapped->column);
        m_wrapped.reset();
    }

private:
    struct WrappedV6 {
        Route route;
        int line;
        int column;
        bool persistent;
    };

    void warn(std::string code, std::string message, int line, int column) {
        m_out.diagnostics.push_back(diagnostic(Severity::Warning, std::move(code),
                                               std::move(message), m_file, line, column));
    }

    void warnIfRowLike(const std::vector<Token>& t, int line) {
        int addresses = 0;
        for (const auto& tok : t) {
            if (tok.text.back() == ':')
                return; // "Default Gateway: 192.168.1.1" — a label and its value
            if (containsAddress(tok.text))
                ++addresses;
        }
        if (addresses < 2)
            return;
        warn("unreadable-row",
             "line looks like a route row but cannot be read (first column '" +
                 std::string(t[0].text) + "' is not an address); skipped",
             line, t[0].column);
    }

    // An IPv4 address inside other characters, or an IPv6 prefix.
    static bool containsAddress(std::string_view s) {
        if (looksLikeIpv6Prefix(s) && Prefix::parse(s))
            return true;
        std::size_t i = 0;
        while (i < s.size()) {
            if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.'))
                ++j;
            std::string_view run = s.substr(i, j - i);
            while (!run.empty() && run.back() == '.')
                run.remove_suffix(1);
            if (isIpv4(run))
                return true;
            i = j;
        }
        return false;
    }

    static bool isIpv6RowStart(const std::vector<Token>& t) {
        return t.size() >= 3 && parseUnsigned<std::uint32_t>(t[0].text) &&
               parseUnsigned<std::uint32_t>(t[1].text) && looksLikeIpv6Prefix(t[2].text);
    }

    void add(Route r, bool persistent, int line, int column) {
        if (persistent || m_section == Section::Persistent) {
            std::string text = r.destination.toString() +
                               (r.gateway.isNull() ? " on-link" : " via " + r.gateway.toString());
            if (!r.interface.empty())
                text += " interface " + r.interface.str();
            m_out.diagnostics.push_back(diagnostic(
                Severity::Info, "persistent-route",
                "persistent route " + text + " (configuration, not an active route; not added)",
                m_file, line, column));
            m_out.persistent.push_back(std::move(r));
            return;
        }
        m_out.table.add(std::move(r));
    }

    void parseV4(const std::vector<Token>& t, int line) {
        // Without any heading (`route print | findstr …` keeps the rows only), a row of four
        // columns — destination, mask, gateway, metric — is a Persistent Routes row.
        const bool headerless4 = m_section == Section::None && m_headings == 0 && t.size() == 4 &&
                                 isIpv4(t[2].text) && parseUnsigned<std::uint32_t>(t[3].text);
        const bool persistent = m_section == Section::Persistent || headerless4;
        // active: dest mask gateway... interface metric; persistent: dest mask gateway... metric
        const std::size_t minTokens = persistent ? 4 : 5;
        if (t.size() < minTokens) {
            warn("short-row",
                 "route row has " + std::to_string(t.size()) + " columns, expected " +
                     std::to_string(minTokens) + "; skipped",
                 line, t[0].column);
            return;
        }
        auto dest = Prefix::fromAddressAndMask(t[0].text, t[1].text);
        if (!dest) {
            warn("bad-destination",
                 "cannot read destination: " + dest.error().message + "; skipped", line,
                 t[0].column);
            return;
        }
        Route r;
        r.destination = *dest;
        const Token& metricTok = t.back();
        if (auto m = parseUnsigned<std::uint32_t>(metricTok.text)) {
            r.metric = *m;
        } else if (!persistent) {
            warn("bad-metric",
                 "metric '" + std::string(metricTok.text) + "' is not a number; skipped", line,
                 metricTok.column);
            return;
        } // persistent rows say "Default" ("既定") for the interface's metric: keep 0
        std::size_t gwEnd = t.size() - 1;
        if (!persistent) {
            --gwEnd;
            const Token& ifTok = t[gwEnd];
            r.interface = ifTok.text;
            std::string_view ifText = ifTok.text;
            if (ifText.substr(0, 2) == "0x" || ifText.substr(0, 2) == "0X") {
                if (auto idx = hexIndex(ifText.substr(2)))
                    r.ifindex = *idx;
            } else if (auto idx = parseUnsigned<std::uint32_t>(ifText)) {
                r.ifindex = *idx;
            }
        }
        if (gwEnd <= 2) {
            warn("short-row", "route row has no gateway column; skipped", line, t[0].column);
            return;
        }
        if (gwEnd == 3 && isIpv4(t[2].text)) {
            r.gateway = *IpAddress::parse(t[2].text);
            // XP writes connected routes with the interface's own address as the gateway.
            if (!persistent && t[2].text == t[3].text)
                r.gateway = IpAddress{};
        } else if (gwEnd == 3 && IpAddress::parse(t[2].text)) {
            warn("family-mismatch", "IPv6 gateway in an IPv4 route; skipped", line, t[2].column);
            return;
        } // else words ("On-link", "リンク上", "Auf Verbindung", ...): on-link
        add(std::move(r), persistent, line, t[0].column);
        if (headerless4 && !m_notedHeaderless) {
            m_notedHeaderless = true;
            m_out.diagnostics.push_back(diagnostic(
                Severity::Info, "headerless-persistent",
                "rows of four columns without any heading are read as Persistent Routes rows "
                "(destination, mask, gateway, metric)",
                m_file, line, t[0].column));
        }
    }

    static std::optional<std::uint32_t> hexIndex(std::string_view s) {
        if (s.empty() || s.size() > 8)
            return std::nullopt;
        std::uint32_t v = 0;
        for (char c : s) {
            int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                                : -1;
            if (d < 0)
                return std::nullopt;
            v = v * 16 + static_cast<std::uint32_t>(d);
        }
        return v;
    }

    void parseV6(const std::vector<Token>& t, int line) {
        const bool persistent = m_section == Section::Persistent;
        auto dest = Prefix::parse(t[2].text);
        if (!dest || !dest->address().isV6()) {
            warn("bad-destination",
                 "cannot read IPv6 destination '" + std::string(t[2].text) + "'" +
                     (dest ? std::string() : ": " + dest.error().message) + "; skipped",
                 line, t[2].column);
            return;
        }
        WrappedV6 w{Route{}, line, t[0].column, persistent};
        w.route.destination = *dest;
        w.route.interface = t[0].text;
        w.route.ifindex = *parseUnsigned<std::uint32_t>(t[0].text);
        w.route.metric = *parseUnsigned<std::uint32_t>(t[1].text);
        if (t.size() == 3) {
            m_wrapped = std::move(w); // gateway on the next line
            return;
        }
        completeV6(w, t, 3, line);
    }

    void completeV6(WrappedV6& w, const std::vector<Token>& t, std::size_t from, int line) {
        if (t.size() == from + 1 && IpAddress::parse(t[from].text)) {
            auto gw = *IpAddress::parse(t[from].text);
            if (!gw.isV6()) {
                warn("family-mismatch", "IPv4 gateway in an IPv6 route; skipped", line,
                     t[from].column);
                return;
            }
            w.route.gateway = gw;
        } else if (t.size() > from && looksLikeIpv6Prefix(t[from].text) && t.size() == from + 1) {
            warn("bad-gateway", "cannot read gateway '" + std::string(t[from].text) + "'; skipped",
                 line, t[from].column);
            return;
        } // else words: on-link
        add(std::move(w.route), w.persistent, w.line, w.column);
    }

    const std::string& m_file;
    ImportedTable& m_out;
    Section m_section = Section::None;
    int m_headings = 0;
    std::optional<WrappedV6> m_wrapped;
    bool m_notedHeaderless = false;
};

// Windows adds routes for its own addresses to the one table route print shows: each
// interface address (/32), the subnet broadcast (/32), 255.255.255.255, 224.0.0.0/4 and the
// loopback block, and for IPv6 the addresses (/128) and ff00::/8. Linux keeps these in its
// local table as local, broadcast and multicast routes; so do we, so that plans, networks and
// findings see the same on both systems.
void classifyOwnRoutes(ImportedTable& out) {
    std::set<IpAddress> own;
    std::map<std::string, std::vector<Prefix>> onLinkNets; // interface → connected networks
    for (const auto& r : out.table.routes()) {
        if (r.family() != Family::V4)
            continue;
        if (auto a = IpAddress::parse(r.interface.str()); a && a->isV4())
            own.insert(*a);
        if (r.gateway.isNull() && r.destination.length() < 31)
            onLinkNets[r.interface.str()].push_back(r.destination);
    }
    std::uint32_t loopbackIndex = 0;
    for (const auto& e : out.interfaces)
        if (e.mac.empty() && e.description.find("Loopback") != std::string::npos)
            loopbackIndex = e.index;
    static const Prefix loopbackNet = *Prefix::parse("127.0.0.0/8");
    static const Prefix multicast4 = *Prefix::parse("224.0.0.0/4");
    static const Prefix multicast6 = *Prefix::parse("ff00::/8");
    static const Prefix limitedBroadcast = *Prefix::parse("255.255.255.255/32");
    std::vector<Route> routes = out.table.routes();
    // XP names an interface by index where it writes the interface's own address as the
    // gateway ("255.255.255.255 255.255.255.255 192.168.1.100 0x2 1"): that ties the address
    // to the index, and the gateway means on-link.
    std::map<IpAddress, std::uint32_t> indexOf;
    if (loopbackIndex)
        indexOf[*IpAddress::parse("127.0.0.1")] = loopbackIndex;
    for (auto& r : routes)
        if (r.family() == Family::V4 && r.ifindex && own.count(r.gateway)) {
            indexOf[r.gateway] = r.ifindex;
            r.gateway = IpAddress{};
        }
    for (auto& r : routes) {
        if (!r.ifindex)
            if (auto a = IpAddress::parse(r.interface.str()); a && indexOf.count(*a))
                r.ifindex = indexOf[*a];
        if (!r.gateway.isNull() || r.type != RouteType::Unicast)
            continue;
        const Prefix& d = r.destination;
        RouteType type = RouteType::Unicast;
        if (r.family() == Family::V4) {
            if (d == loopbackNet || (d.isHost() && own.count(d.address())))
                type = RouteType::Local;
            else if (d == limitedBroadcast)
                type = RouteType::Broadcast;
            else if (d == multicast4)
                type = RouteType::Multicast;
            else if (d.isHost()) {
                auto it = onLinkNets.find(r.interface.str());
                if (it != onLinkNets.end())
                    for (const auto& n : it->second)
                        if (n.contains(d.address()) && n.last() == d.address())
                            type = RouteType::Broadcast;
                if (loopbackNet.contains(d.address()) && d.address() == loopbackNet.last())
                    type = RouteType::Broadcast;
            }
        } else {
            if (d == multicast6)
                type = RouteType::Multicast;
            else if (d.isHost() && !multicast6.contains(d.address()))
                type = RouteType::Local; // Windows' on-link /128s are its own addresses
        }
        if (type == RouteType::Unicast)
            continue;
        r.type = type;
        r.table = table::Local;
        r.protocol = proto::Kernel;
        r.scope = type == RouteType::Local ? scope::Host : scope::Link;
    }
    out.table = RouteTable(std::move(routes));
}

} // namespace

ImportedTable importRoutePrint(std::string_view text, const std::string& fileName) {
    ImportedTable out;
    out.format = TableFormat::RoutePrint;
    RoutePrintParser parser(fileName, out);
    for (const auto& line : splitLines(text))
        parser.parseLine(line);
    parser.flushWrapped();
    classifyOwnRoutes(out);
    return out;
}

} // namespace splitroute::core
