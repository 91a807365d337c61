// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/TableConnections.h"

#include "app/gui/TableSource.h"
#include "core/vpn/Connection.h"

#include <QCoreApplication>

#include <algorithm>

namespace splitroute::app {

namespace {
/// The texts here are the Workspace's (their translations live under its name).
class ConnectionText {
    Q_DECLARE_TR_FUNCTIONS(splitroute::app::Workspace)
};
} // namespace

int placeConnection(TableSource& source, VpnConnection connection, int replace) {
    VpnConnection& c = connection;
    auto& list = source.connections;
    // Opening the same input again reloads it in place (keeping device and decisions).
    if (replace < 0 && !c.recentEntry.isEmpty())
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i].recentEntry == c.recentEntry && list[i].kind == c.kind)
                replace = static_cast<int>(i);
    std::vector<core::InterfaceName> taken;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (static_cast<int>(i) != replace && !list[i].device.empty())
            taken.push_back(list[i].device);
    if (replace >= 0 && replace < static_cast<int>(list.size())) {
        VpnConnection& old = list[static_cast<std::size_t>(replace)];
        if (old.deviceChosenByUser) {
            c.device = old.device;
            c.deviceChosenByUser = true;
        }
        c.policy = old.policy;
        if (!c.deviceChosenByUser)
            c.device = core::chooseDevice(c, source.table.get(), taken);
        old = std::move(c);
        source.selectedConnection = replace;
    } else {
        if (!c.deviceChosenByUser || c.device.empty())
            c.device = core::chooseDevice(c, source.table.get(), taken);
        list.push_back(std::move(c));
        source.selectedConnection = static_cast<int>(list.size()) - 1;
    }
    return source.selectedConnection;
}

QString removeConnectionAt(TableSource& source, int index) {
    const QString name = source.connections[static_cast<std::size_t>(index)].name;
    source.connections.erase(source.connections.begin() + index);
    if (source.selectedConnection >= index)
        source.selectedConnection = std::max(0, source.selectedConnection - 1);
    source.mirrorSelected();
    return name;
}

QStringList deviceChoices(const TableSource& source) {
    if (!source.selected())
        return {};
    QStringList names;
    if (source.table)
        for (const auto& n : source.table->interfaces())
            names << QString::fromStdString(n);
    // Tunnel-like devices first: they are the likely answers.
    QStringList ordered;
    for (const auto& n : core::tunnelCandidates(source.table.get()))
        ordered << QString::fromStdString(n);
    for (const QString& n : names)
        if (!ordered.contains(n))
            ordered << n;
    return ordered;
}

QString connectionDetails(const VpnConnection& c) {
    QStringList lines;
    lines << c.name;
    lines << ConnectionText::tr("Kind: %1").arg(c.kindText());
    for (const auto& f : c.files)
        lines << ConnectionText::tr("File: %1").arg(QString::fromStdString(f));
    lines << ConnectionText::tr("Tunnel device: %1")
                 .arg(c.device.empty() ? ConnectionText::tr("unknown")
                                       : QString::fromStdString(c.device.str()));
    if (c.profile && c.profile->redirect && !c.profile->redirect->isPrivate)
        lines << ConnectionText::tr("Redirects the default gateway%1")
                     .arg(c.profile->redirect->def1
                              ? ConnectionText::tr(" (def1: 0.0.0.0/1 + 128.0.0.0/1)")
                              : QString());
    QStringList nets;
    for (const auto& p : c.pushed)
        nets << QString::fromStdString(p.toString());
    lines << ConnectionText::tr("Pushed networks (%1): %2")
                 .arg(c.pushed.size())
                 .arg(nets.isEmpty() ? ConnectionText::tr("none")
                                     : nets.join(QStringLiteral(", ")));
    if (!c.diagnostics.empty()) {
        lines << ConnectionText::tr("Notes:");
        for (const auto& d : c.diagnostics)
            lines << QStringLiteral("  [%1] %2")
                         .arg(QString::fromLatin1(core::severityName(d.severity)),
                              diagnosticText(d));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace splitroute::app
