// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/VpnConnection.h"

#include "core/Result.h"
#include "core/RouteTable.h"
#include "core/TableAnnotations.h"
#include "core/import/TableImport.h"
#include "core/vpn/VpnProfile.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace splitroute::app {

/// One entry of the sources dock: a routing table the window can show, and where it came
/// from. A source may carry a "before" table too (the demo: before and after connecting).
struct TableSource {
    enum class Kind { Live, File, Demo };
    Kind kind = Kind::File;
    QString name;                                   ///< shown in the sources dock
    QString path;                                   ///< file path; empty for live
    QString format;                                 ///< detected input format, for the tooltip
    std::shared_ptr<const core::RouteTable> table;  ///< the current ("after") table
    std::shared_ptr<const core::RouteTable> before; ///< optional
    std::vector<core::Diagnostic> diagnostics;
    /// The VPN connections on this table (primary/backup: several at once), in plan order.
    std::vector<VpnConnection> connections;
    int selectedConnection = -1; ///< the one the Networks tab decides about
    // The selected connection, mirrored for the views that show one connection at a time
    // (NetworksView, annotations): its profile and pushed networks; tunnelInterfaces holds
    // its device first, then the other connections' devices.
    std::shared_ptr<const core::VpnProfile> profile; ///< the VPN profile behind `table`, if any
    std::vector<core::Prefix> pushed;                ///< from the profile, when known
    std::vector<core::InterfaceName> tunnelInterfaces;

    [[nodiscard]] const VpnConnection* selected() const {
        return selectedConnection >= 0 && selectedConnection < static_cast<int>(connections.size())
                   ? &connections[static_cast<std::size_t>(selectedConnection)]
                   : nullptr;
    }
    /// Copies the selected connection into profile / pushed / tunnelInterfaces.
    void mirrorSelected();
    /// Whether `other` is this table read again: this computer's, or the same file's.
    [[nodiscard]] bool sameTableAs(const TableSource& other) const {
        return kind == other.kind &&
               (kind == Kind::Live || (kind == Kind::File && path == other.path));
    }
    /// Takes the VPN connections (and the one selected) of `old`: the same table read before.
    void takeConnections(TableSource& old);
};

/// A table read from a file, with what the reader had to say about it.
struct LoadedTable {
    core::RouteTable table;
    std::vector<core::Diagnostic> diagnostics;
    QString format;
};

/// Reads a routing table file in any supported format (core's importers; detected with Auto).
[[nodiscard]] core::Result<LoadedTable>
loadTableFile(const QString& path, core::TableFormat format = core::TableFormat::Auto);

/// Writes `table` (of the source named `name`) as a Splitroute snapshot taken now; false, with
/// `error` set to the file's error, when it could not.
bool writeSnapshotFile(const QString& path, const QString& name, const core::RouteTable& table,
                       QString* error);

/// What annotating a table of `source` needs: every connection's networks count as pushed
/// (primary and backup alike), and its tunnel interfaces.
[[nodiscard]] core::AnnotationContext annotationContext(const TableSource& source);

} // namespace splitroute::app
