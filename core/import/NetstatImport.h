// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/TableImport.h"

namespace splitroute::core {

/// Reads macOS / FreeBSD / OpenBSD `netstat -rn` (also `-f inet` / `-f inet6`): "Internet:"
/// and "Internet6:" sections, each with a header naming the columns (Destination, Gateway,
/// Flags, Refs, Use, Mtu, Prio, Netif or Iface, Expire) that places the values.
///
/// Destinations: `default`, BSD's abbreviated networks (`127` = 127.0.0.0/8, `192.168.1` =
/// 192.168.1.0/24, `10.8/16`), `%zone` suffixes (dropped). Gateways: an address (a gateway
/// only with the G flag; without it the route is on-link, as `127 127.0.0.1 UCS lo0`),
/// `link#N` (on-link, interface index N), a MAC address (on-link host entry). Flags: H host
/// route, R reject (unreachable), B blackhole, b broadcast, m multicast, S static (protocol
/// static), D redirect; other routes are protocol kernel. BSD has no metrics: all are 0, table
/// main. Linux's `netstat -rn` / `route -n` (IPv4: Genmask and Metric columns) read too.
/// macOS interface-scoped routes (flag I) are kept as ordinary routes; since all metrics are
/// 0, a lookup tie between two default routes goes to the one listed first.
[[nodiscard]] ImportedTable importNetstat(std::string_view text, const std::string& fileName);

} // namespace splitroute::core
