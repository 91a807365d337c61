// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ConnectionDecisions.h"

#include "app/gui/TableSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace splitroute::app {

namespace {
/// The texts here are the Workspace's (their translations live under its name).
class DecisionsText {
    Q_DECLARE_TR_FUNCTIONS(splitroute::app::Workspace)
};
} // namespace

bool ConnectionDecisions::restore(const TableSource& source, VpnConnection& connection) const {
    if (connection.policy)
        return false;
    auto saved = m_store.load(DecisionStore::identity(source, connection));
    if (!saved)
        return false;
    connection.policy = std::move(saved);
    spdlog::info("restored the decisions for {}", connection.name.toStdString());
    return true;
}

bool ConnectionDecisions::keep(const TableSource& source, VpnConnection& connection,
                               const core::SplitPolicy& policy, QString* error) {
    connection.policy = policy;
    // Saved as they change: they are there at the next start, also after a crash.
    const QString identity = DecisionStore::identity(source, connection);
    if (!m_store.enabled() || identity.isEmpty())
        return true;
    m_storeFailed = !m_store.save(identity, policy, error);
    if (m_storeFailed)
        spdlog::warn("cannot save the decisions for {}: {}", connection.name.toStdString(),
                     error->toStdString());
    return !m_storeFailed;
}

bool ConnectionDecisions::differFromStart(const TableSource& source) {
    // A connection keeps the policy on show even when nobody changed it: only one that
    // differs from where the Networks tab starts holds decisions.
    const auto decided = [&source](const VpnConnection& c) {
        if (!c.policy || !source.table)
            return false;
        const core::VpnProfile* profile = c.profile.get();
        return *c.policy !=
                   core::SplitPolicy::fromProfileAndTable(profile, *source.table, c.device.str()) &&
               *c.policy != core::SplitPolicy::fromProfileAndTable(profile, *source.table);
    };
    return std::any_of(source.connections.begin(), source.connections.end(), decided);
}

bool ConnectionDecisions::wouldBeLost(const TableSource& source) const {
    if (!differFromStart(source))
        return false;
    if (!m_store.enabled() || m_storeFailed)
        return true;
    // Kept in the store unless a connection with decisions has no stable identity.
    return std::any_of(source.connections.begin(), source.connections.end(),
                       [&source](const VpnConnection& c) {
                           return c.policy && DecisionStore::identity(source, c).isEmpty();
                       });
}

void ConnectionDecisions::startSelected(TableSource& source) {
    if (source.selectedConnection < 0 ||
        source.selectedConnection >= static_cast<int>(source.connections.size()) || !source.table)
        return;
    VpnConnection& c = source.connections[static_cast<std::size_t>(source.selectedConnection)];
    if (!c.policy && source.connections.size() > 1)
        c.policy =
            core::SplitPolicy::fromProfileAndTable(c.profile.get(), *source.table, c.device.str());
}

core::SplitPolicy ConnectionDecisions::onShow(const TableSource& source) {
    if (const VpnConnection* c = source.selected(); c && c->policy)
        return *c->policy;
    return core::SplitPolicy::fromProfileAndTable(source.profile.get(), *source.table);
}

bool ConnectionDecisions::writePolicyFile(const QString& path, const core::SplitPolicy& policy,
                                          QString* error) {
    QSaveFile f(path);
    const QByteArray data = QByteArray::fromStdString(policy.serialize());
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = DecisionsText::tr("%1: %2").arg(path, f.errorString());
        return false;
    }
    spdlog::info("saved the policy to {}", path.toStdString());
    return true;
}

std::optional<core::SplitPolicy> ConnectionDecisions::readPolicyFile(const QString& path,
                                                                     QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = DecisionsText::tr("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    auto policy = core::SplitPolicy::parse(f.readAll().toStdString(), path.toStdString());
    if (!policy.ok()) {
        *error = QString::fromStdString(policy.error().toString());
        return std::nullopt;
    }
    return std::move(policy.value());
}

} // namespace splitroute::app
