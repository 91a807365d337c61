// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::app {

/// The text the route filter searches, built once per table: for every route its destination,
/// interface, gateway (when set) and protocol name, ASCII lower-cased, in one flat buffer with
/// a separator byte between fields and rows. A substring search then scans that buffer once
/// instead of formatting a million routes per key stroke. About 40 bytes per IPv4 route plus
/// 4 bytes of row offset (memoryBytes()).
class RouteSearchIndex {
public:
    /// Byte between fields and rows; a needle containing it cannot use the index.
    static constexpr char kSeparator = '\0';

    void build(const core::RouteTable& table);
    void clear();
    [[nodiscard]] bool isBuilt() const { return m_built; }
    [[nodiscard]] std::size_t rowCount() const {
        return m_rowStart.empty() ? 0 : m_rowStart.size() - 1;
    }
    [[nodiscard]] std::size_t memoryBytes() const;

    /// Whether `needleLower` can be searched with the index (it holds no separator byte).
    [[nodiscard]] static bool canSearch(std::string_view needleLower);
    /// hits[row] = 1 where one of the row's fields contains `needleLower` (ASCII case-folded
    /// haystack, as the filter has always compared), else 0. Needle must pass canSearch().
    void match(std::string_view needleLower, std::vector<std::uint8_t>& hits) const;

    /// The searched fields of one route, lower-cased, separated by kSeparator (for tests).
    [[nodiscard]] std::string_view rowText(std::size_t row) const;

private:
    std::string m_text;                    // row 0 fields, sep, row 1 fields, sep, ...
    std::vector<std::uint32_t> m_rowStart; // size rows + 1
    bool m_built = false;
};

} // namespace splitroute::app
