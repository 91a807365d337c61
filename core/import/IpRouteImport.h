// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/TableImport.h"

namespace splitroute::core {

/// Reads `ip route show` / `ip -6 route show` / `ip route show table all` text (also `ip -o`
/// one-line output). Multipath routes are a route line followed by indented `nexthop` lines.
/// Unknown attributes are skipped with an Info diagnostic; a line that cannot be read is
/// skipped with a Warning. Never fails as a whole: the caller decides what an empty result is.
[[nodiscard]] ImportedTable importIpRoute(std::string_view text, const std::string& fileName);

/// Reads `ip -j route show` JSON (an array of route objects, `nexthops` arrays, `table` as a
/// name or number, `flags`). Invalid JSON is an error with line and column; an element that
/// is not a readable route is skipped with a Warning located at the element.
[[nodiscard]] Result<ImportedTable> importIpRouteJson(std::string_view text,
                                                      const std::string& fileName);

} // namespace splitroute::core
