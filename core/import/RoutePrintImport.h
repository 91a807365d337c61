// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/TableImport.h"

namespace splitroute::core {

/// Reads Windows `route print` output: the XP shape (one "Active Routes:" table, gateway equal
/// to the interface address for connected routes, "Default Gateway:") and the Vista-and-later
/// shape (Interface List, IPv4 Route Table with "On-link", IPv6 Route Table with If/Metric
/// columns and wrapped lines), in any language.
///
/// Rows are recognised by structure, not by header words: an IPv4 row is
/// `address netmask gateway-or-words interface metric`, an IPv6 row is
/// `if-index metric prefix [gateway-or-words]` (the gateway may be on the next line). Words
/// where a gateway belongs ("On-link", "リンク上", "Auf Verbindung", ...) mean on-link. The
/// second heading of each table ("Persistent Routes:", "固定ルート:", ...) starts the
/// persistent routes, which go to ImportedTable::persistent, not into the table.
/// Interfaces are kept as given (an address, or an index for IPv6); metrics are Windows'
/// effective metrics (interface + route). All routes are unicast in table main.
[[nodiscard]] ImportedTable importRoutePrint(std::string_view text, const std::string& fileName);

} // namespace splitroute::core
