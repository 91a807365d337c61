// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SourcesModel.h"

#include "app/gui/Workspace.h"

#include <QIcon>

namespace splitroute::app {

namespace {
// internalId: which list an index is a row of.
constexpr quintptr kTopLevel = 0;
constexpr quintptr kFiles = 1;      ///< the opened tables
constexpr quintptr kConnection = 2; ///< kConnection + source: that source's connections
} // namespace

SourcesModel::SourcesModel(Workspace* workspace, QObject* parent)
    : QAbstractItemModel(parent), m_workspace(workspace) {
    // The workspace changes first and says so after: a reset is what that allows.
    connect(m_workspace, &Workspace::sourcesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int SourcesModel::liveSource() const {
    for (int i = 0; i < m_workspace->sourceCount(); ++i)
        if (m_workspace->source(i)->kind == TableSource::Kind::Live)
            return i;
    return -1;
}

int SourcesModel::fileSource(int row) const {
    int n = 0;
    for (int i = 0; i < m_workspace->sourceCount(); ++i)
        if (m_workspace->source(i)->kind != TableSource::Kind::Live && n++ == row)
            return i;
    return -1;
}

int SourcesModel::fileRow(int source) const {
    int n = 0;
    for (int i = 0; i < m_workspace->sourceCount(); ++i)
        if (m_workspace->source(i)->kind != TableSource::Kind::Live) {
            if (i == source)
                return n;
            ++n;
        }
    return -1;
}

int SourcesModel::sourceOf(const QModelIndex& index) const {
    if (!index.isValid())
        return -1;
    if (index.internalId() == kTopLevel)
        return index.row() == LiveRow ? liveSource() : -1;
    if (index.internalId() == kFiles)
        return fileSource(index.row());
    return static_cast<int>(index.internalId() - kConnection);
}

QModelIndex SourcesModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    if (parent.internalId() == kTopLevel && parent.row() == FilesRow)
        return createIndex(row, column, kFiles);
    const int source = sourceOf(parent);
    if (source < 0 || parent.internalId() >= kConnection)
        return {};
    return createIndex(row, column, kConnection + static_cast<quintptr>(source));
}

QModelIndex SourcesModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    if (child.internalId() == kFiles)
        return createIndex(FilesRow, 0, kTopLevel);
    return sourceItem(static_cast<int>(child.internalId() - kConnection));
}

int SourcesModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return 2;
    if (parent.column() != 0 || parent.internalId() >= kConnection)
        return 0;
    if (parent.internalId() == kTopLevel && parent.row() == FilesRow)
        return m_workspace->sourceCount() - (liveSource() >= 0 ? 1 : 0);
    const TableSource* s = m_workspace->source(sourceOf(parent));
    return s ? static_cast<int>(s->connections.size()) : 0;
}

int SourcesModel::columnCount(const QModelIndex&) const {
    return 1;
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kTopLevel && index.row() == FilesRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex SourcesModel::sourceItem(int source) const {
    const TableSource* s = m_workspace->source(source);
    if (!s)
        return {};
    if (s->kind == TableSource::Kind::Live)
        return createIndex(LiveRow, 0, kTopLevel);
    return createIndex(fileRow(source), 0, kFiles);
}

QModelIndex SourcesModel::connectionItem(int source, int connection) const {
    const TableSource* s = m_workspace->source(source);
    if (!s || connection < 0 || connection >= static_cast<int>(s->connections.size()))
        return {};
    return createIndex(connection, 0, kConnection + static_cast<quintptr>(source));
}

QModelIndex SourcesModel::currentItem() const {
    const int current = m_workspace->currentIndex();
    const TableSource* s = m_workspace->currentSource();
    if (s && m_workspace->connectionFocused() && s->selected())
        return connectionItem(current, s->selectedConnection);
    return sourceItem(current);
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int source = sourceOf(index);
    if (index.internalId() == kTopLevel) {
        if (index.row() == FilesRow) {
            switch (role) {
            case Qt::DisplayRole:
                return tr("Opened files");
            case Qt::DecorationRole:
                return QIcon(QStringLiteral(":/icons/open.svg"));
            case SourceIndexRole:
                return -2;
            default:
                return {};
            }
        }
        switch (role) {
        case Qt::DisplayRole:
            return tr("This computer");
        case Qt::DecorationRole:
            return QIcon(QStringLiteral(":/icons/computer.svg"));
        case SourceIndexRole:
            return source;
        default:
            return {};
        }
    }
    const TableSource* s = m_workspace->source(source);
    if (!s)
        return {};
    if (index.internalId() == kFiles) {
        switch (role) {
        case Qt::DisplayRole:
            return s->name;
        case Qt::DecorationRole:
            return QIcon(s->kind == TableSource::Kind::Demo ? QStringLiteral(":/icons/demo.svg")
                                                            : QStringLiteral(":/icons/table.svg"));
        case Qt::ToolTipRole: {
            QString tip = s->path;
            if (!s->format.isEmpty())
                tip += QStringLiteral("\n") + tr("Format: %1").arg(s->format);
            tip += QStringLiteral("\n") +
                   tr("%n route(s)", nullptr, s->table ? static_cast<int>(s->table->size()) : 0);
            return tip;
        }
        case SourceIndexRole:
            return source;
        default:
            return {};
        }
    }
    if (index.row() >= static_cast<int>(s->connections.size()))
        return {};
    const VpnConnection& c = s->connections[static_cast<std::size_t>(index.row())];
    const QString device =
        c.device.empty() ? tr("device unknown") : QString::fromStdString(c.device.str());
    const int errors = c.count(core::Severity::Error);
    const int warnings = c.count(core::Severity::Warning);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 → %2").arg(c.name, device);
    case Qt::DecorationRole:
        return QIcon(errors     ? QStringLiteral(":/icons/error.svg")
                     : warnings ? QStringLiteral(":/icons/warning.svg")
                                : QStringLiteral(":/icons/networks.svg"));
    case Qt::ToolTipRole: {
        QStringList tip;
        QStringList files;
        for (const auto& f : c.files)
            files << QString::fromStdString(f);
        tip << (files.isEmpty() ? tr("Pasted text") : files.join(QLatin1Char('\n')));
        tip << tr("Kind: %1").arg(c.kindText());
        tip << tr("Tunnel device: %1").arg(device);
        tip << tr("%n pushed network(s)", nullptr, static_cast<int>(c.pushed.size()));
        tip << tr("%n warning(s)", nullptr, warnings + errors);
        return tip.join(QLatin1Char('\n'));
    }
    case SourceIndexRole:
        return source;
    case ConnectionIndexRole:
        return index.row();
    default:
        return {};
    }
}

} // namespace splitroute::app
