// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace splitroute::app {

struct TableSource;
struct VpnConnection;

// The VPN connections of one table (TableSource::connections): adding one with its tunnel
// device, removing one, and what the window shows about them. Workspace says when they
// changed.

/// Adds `connection` to `source` and selects it. With `replace` (or when the same input is
/// opened again: same Recent entry and kind) it updates that connection instead, keeping its
/// decisions and a device the user chose. Any other device is chosen by core
/// (core::chooseDevice) among those no other connection has. Returns its index.
int placeConnection(TableSource& source, VpnConnection connection, int replace = -1);
/// Removes connection `index` (in range) of `source`; the one before it is selected. Returns
/// its name.
QString removeConnectionAt(TableSource& source, int index);
/// The interfaces of `source`'s table to offer as the selected connection's device,
/// tunnel-like ones first; empty without a selected connection.
[[nodiscard]] QStringList deviceChoices(const TableSource& source);
/// The details of a connection in lines: name, kind, files, device, redirect, pushed
/// networks, notes.
[[nodiscard]] QString connectionDetails(const VpnConnection& connection);

} // namespace splitroute::app
