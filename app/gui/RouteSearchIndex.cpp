// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RouteSearchIndex.h"

#include <array>
#include <limits>
#include <optional>

namespace splitroute::app {

namespace {

char lowerAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Appends to a fixed buffer (one row at a time, then one append to the index): a million
// rows make tens of millions of characters, so no per-character capacity check.
class RowWriter {
public:
    void put(char c) {
        if (m_n < m_buf.size())
            m_buf[m_n++] = c;
        else
            m_spill.push_back(c);
    }
    void putLower(std::string_view s) {
        for (char c : s)
            put(lowerAscii(c));
    }
    void putDecimal(unsigned v) {
        char digits[10];
        int n = 0;
        do {
            digits[n++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (n > 0)
            put(digits[--n]);
    }
    // Same text as IpAddress::toString(); IPv4 (the common case) without a temporary string.
    void putAddress(const core::IpAddress& a) {
        if (!a.isV4()) {
            putLower(a.toString());
            return;
        }
        const auto& b = a.bytes();
        for (std::size_t k = 0; k < 4; ++k) {
            if (k)
                put('.');
            putDecimal(b[k]);
        }
    }
    void flushTo(std::string& out) {
        out.append(m_buf.data(), m_n);
        out += m_spill; // long interface names only
        m_spill.clear();
        m_n = 0;
    }

private:
    std::array<char, 160> m_buf{};
    std::size_t m_n = 0;
    std::string m_spill; // what did not fit in m_buf, in order after it
};

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
    RowWriter row;
    for (const core::Route& r : routes) {
        m_rowStart.push_back(static_cast<std::uint32_t>(m_text.size()));
        // Must list exactly the fields RouteFilterProxyModel's text filter compares.
        if (!r.destination.isNull()) {
            row.putAddress(r.destination.address());
            row.put('/');
            row.putDecimal(static_cast<unsigned>(r.destination.length()));
        }
        row.put(kSeparator);
        row.putLower(r.interface.str());
        row.put(kSeparator);
        if (!r.gateway.isNull())
            row.putAddress(r.gateway);
        row.put(kSeparator);
        auto& proto = protocols[r.protocol];
        if (!proto) {
            proto.emplace(core::protocolName(r.protocol));
            for (char& c : *proto)
                c = lowerAscii(c);
        }
        row.putLower(*proto);
        row.put(kSeparator);
        row.flushTo(m_text);
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
