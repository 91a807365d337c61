// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DecisionStore.h"

#include "app/gui/TableSource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace splitroute::app {

QString DecisionStore::defaultDir() {
    if (QStandardPaths::isTestModeEnabled())
        return {};
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    // The XDG spec: a relative path is invalid and is ignored.
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/splitroute/decisions");
}

QString DecisionStore::identity(const TableSource& source, const VpnConnection& connection) {
    QString table;
    switch (source.kind) {
    case TableSource::Kind::Live:
        table = QStringLiteral("live");
        break;
    case TableSource::Kind::Demo:
        table = QStringLiteral("demo");
        break;
    case TableSource::Kind::File:
        table = QStringLiteral("file:") + source.path;
        break;
    }
    QString input = connection.recentEntry;
    if (input.isEmpty() && !connection.files.empty())
        input = QString::fromStdString(connection.files.front());
    if (input.isEmpty())
        return {};
    return table + QLatin1Char('\n') + input + QLatin1Char('\n') +
           QString::fromStdString(connection.device.str());
}

QString DecisionStore::fileFor(const QString& identity) const {
    const QByteArray hash =
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_dir + QLatin1Char('/') + QString::fromLatin1(hash.left(32)) + QStringLiteral(".json");
}

bool DecisionStore::save(const QString& identity, const core::SplitPolicy& policy,
                         QString* error) const {
    if (!enabled() || identity.isEmpty())
        return false;
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the directory").arg(m_dir);
        return false;
    }
    const nlohmann::json doc{{"format", "splitroute-decisions"},
                             {"version", 1},
                             {"identity", identity.toStdString()},
                             {"policy", policy.toJson()}};
    const QByteArray data = QByteArray::fromStdString(doc.dump(2) + "\n");
    const QString path = fileFor(identity);
    // A crash leaves the old file or the new one, never half of one.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::optional<core::SplitPolicy> DecisionStore::load(const QString& identity) const {
    if (!enabled() || identity.isEmpty())
        return std::nullopt;
    const QString path = fileFor(identity);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto doc = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() ||
        doc.value("format", std::string()) != "splitroute-decisions" ||
        doc.value("version", 0) != 1 || !doc.contains("policy")) {
        spdlog::warn("{}: not a splitroute-decisions file; ignored", path.toStdString());
        return std::nullopt;
    }
    if (doc.value("identity", std::string()) != identity.toStdString())
        return std::nullopt; // another connection's (a hash collision)
    auto policy = core::SplitPolicy::fromJson(doc.at("policy"));
    if (!policy.ok()) {
        spdlog::warn("{}: {}; ignored", path.toStdString(), policy.error().toString());
        return std::nullopt;
    }
    return std::move(policy.value());
}

} // namespace splitroute::app
