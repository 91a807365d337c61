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
/// Interfaces are kept as given (an address, or an index for IPv6); an address gets its index
/// where the dump ties it to the Interface List (the loopback interface; XP's rows that name
/// an interface by index with its address as the gateway). Metrics are Windows' effective
/// metrics (interface + route). The rows Windows adds for its own addresses — each address,
/// the subnet broadcasts, 255.255.255.255, 224.0.0.0/4, the loopback block, IPv6 /128
/// on-link rows and ff00::/8 — go to table local as local, broadcast and multicast routes, as
/// Linux keeps them; everything else is unicast in table main. Without any heading (a dump
/// filtered through findstr) four-column rows are persistent rows. A line that holds
/// addresses like a row but cannot be read gets a warning: no row vanishes silently.
[[nodiscard]] ImportedTable importRoutePrint(std::string_view text, const std::string& fileName);

} // namespace splitroute::core
