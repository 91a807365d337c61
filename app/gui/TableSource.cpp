// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/TableSource.h"

#include "core/import/Snapshot.h"
#include "core/import/TableImport.h"

#include <QDateTime>
#include <QSaveFile>

#include <algorithm>

namespace splitroute::app {

void TableSource::mirrorSelected() {
    if (connections.empty()) {
        selectedConnection = -1;
        profile.reset();
        pushed.clear();
        tunnelInterfaces.clear();
        return;
    }
    if (selectedConnection < 0 || selectedConnection >= static_cast<int>(connections.size()))
        selectedConnection = 0;
    const VpnConnection& c = connections[static_cast<std::size_t>(selectedConnection)];
    profile = c.profile;
    pushed = c.pushed;
    tunnelInterfaces.clear();
    if (!c.device.empty())
        tunnelInterfaces.push_back(c.device);
    for (const auto& other : connections)
        if (!other.device.empty() && std::find(tunnelInterfaces.begin(), tunnelInterfaces.end(),
                                               other.device) == tunnelInterfaces.end())
            tunnelInterfaces.push_back(other.device);
}

void TableSource::takeConnections(TableSource& old) {
    connections = std::move(old.connections);
    selectedConnection = old.selectedConnection;
    mirrorSelected();
}

core::Result<LoadedTable> loadTableFile(const QString& path, core::TableFormat format) {
    auto r = core::importTableFile(path.toStdString(), format);
    if (!r.ok())
        return r.error();
    LoadedTable out;
    out.table = std::move(r.value().table);
    out.diagnostics = std::move(r.value().diagnostics);
    out.format = QString::fromUtf8(core::tableFormatName(r.value().format));
    return out;
}

bool writeSnapshotFile(const QString& path, const QString& name, const core::RouteTable& table,
                       QString* error) {
    core::Snapshot snap;
    snap.source = name.toStdString();
    snap.taken = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    snap.table = table;
    const std::string text = core::writeSnapshot(snap);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

core::AnnotationContext annotationContext(const TableSource& source) {
    core::AnnotationContext ctx;
    ctx.pushed = source.pushed;
    for (const auto& c : source.connections)
        ctx.pushed.insert(ctx.pushed.end(), c.pushed.begin(), c.pushed.end());
    std::sort(ctx.pushed.begin(), ctx.pushed.end());
    ctx.pushed.erase(std::unique(ctx.pushed.begin(), ctx.pushed.end()), ctx.pushed.end());
    ctx.tunnelInterfaces = source.tunnelInterfaces;
    return ctx;
}

} // namespace splitroute::app
