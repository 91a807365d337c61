#include "app/gui/RouteSearchIndex.h"

#include <array>
#include <limits>
#include <optional>

namespace splitroute::app {

namespace {

char lowerAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

void appendLower(std::string& out, std::string_view s) {
    for (char c : s)
        out.push_back(lowerAscii(c));
}

void appendDecimal(std::string& out, unsigned v) {
    char buf[10];
    int n = 0;
    do {
        buf[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n > 0)
        out.push_back(buf[--n]);
}

// Same text as IpAddress::toString(), without a temporary string for IPv4 (the common case).
void appendAddress(std::string& out, const core::IpAddress& a) {
    if (a.isV4()) {
        const auto& b = a.bytes();
        for (int k = 0; k < 4; ++k) {
            if (k)
                out.push_back('.');
            appendDecimal(out, b[static_cast<std::size_t>(k)]);
        }
        return;
    }
    appendLower(out, a.toString());
}

} // namespace

void RouteSearchIndex::clear() {
    m_text.clear();
    m_text.shrink_to_fit();
    m_rowStart.clear();
    m_rowStart.shrink_to_fit();
    m_built = false;
}

void RouteSearchIndex::build(const core::RouteTable& table) {
    clear();
    const auto& routes = table.routes();
    m_rowStart.reserve(routes.size() + 1);
    m_text.reserve(routes.size() * 40);
    std::array<std::optional<std::string>, 256> protocols; // protocolName() per value, lower
    for (const core::Route& r : routes) {
        m_rowStart.push_back(static_cast<std::uint32_t>(m_text.size()));
        // Must list exactly the fields RouteFilterProxyModel's text filter compares.
        if (!r.destination.isNull()) {
            appendAddress(m_text, r.destination.address());
            m_text.push_back('/');
            appendDecimal(m_text, static_cast<unsigned>(r.destination.length()));
        }
        m_text.push_back(kSeparator);
        appendLower(m_text, r.interface.str());
        m_text.push_back(kSeparator);
        if (!r.gateway.isNull())
            appendAddress(m_text, r.gateway);
        m_text.push_back(kSeparator);
        auto& proto = protocols[r.protocol];
        if (!proto) {
            proto.emplace();
            appendLower(*proto, core::protocolName(r.protocol));
        }
        m_text += *proto;
        m_text.push_back(kSeparator);
        if (m_text.size() > std::numeric_limits<std::uint32_t>::max()) { // > 4 GiB: give up
            clear();
            return;
        }
    }
    m_rowStart.push_back(static_cast<std::uint32_t>(m_text.size()));
    m_built = true;
}

std::size_t RouteSearchIndex::memoryBytes() const {
    // An empty string's capacity is its inline buffer, not memory held.
    return (m_text.empty() ? 0 : m_text.capacity()) + m_rowStart.capacity() * sizeof(std::uint32_t);
}

bool RouteSearchIndex::canSearch(std::string_view needleLower) {
    return needleLower.find(kSeparator) == std::string_view::npos;
}

std::string_view RouteSearchIndex::rowText(std::size_t row) const {
    if (row + 1 >= m_rowStart.size())
        return {};
    return std::string_view(m_text).substr(m_rowStart[row],
                                           m_rowStart[row + 1] - m_rowStart[row] - 1);
}

void RouteSearchIndex::match(std::string_view needleLower, std::vector<std::uint8_t>& hits) const {
    const std::size_t rows = rowCount();
    hits.assign(rows, needleLower.empty() ? 1 : 0);
    if (needleLower.empty() || rows == 0)
        return;
    // The needle holds no separator, so a match never spans two fields or two rows. Scan the
    // whole buffer; after a hit, continue at the next row (one hit per row is enough).
    const std::string_view text(m_text);
    std::size_t row = 0;
    std::size_t pos = 0;
    while ((pos = text.find(needleLower, pos)) != std::string_view::npos) {
        // Rows only move forward: gallop from the current one.
        while (m_rowStart[row + 1] <= pos)
            ++row;
        hits[row] = 1;
        pos = m_rowStart[row + 1];
        ++row;
        if (row >= rows)
            break;
    }
}

} // namespace splitroute::app
