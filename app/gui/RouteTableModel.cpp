// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RouteTableModel.h"

#include "core/TableAnnotations.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace splitroute::app {

namespace an = core::annotation;

RouteTableModel::RouteTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RouteTableModel::setTable(std::shared_ptr<const core::RouteTable> table,
                               std::vector<std::uint32_t> flags) {
    beginResetModel();
    m_table = std::move(table);
    m_flags = std::move(flags);
    if (m_table && m_flags.size() != m_table->size())
        m_flags.assign(m_table->size(), 0);
    endResetModel();
}

const core::Route* RouteTableModel::routeAt(int row) const {
    if (!m_table || row < 0 || static_cast<std::size_t>(row) >= m_table->size())
        return nullptr;
    return &(*m_table)[static_cast<std::size_t>(row)];
}

std::uint32_t RouteTableModel::flagsAt(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= m_flags.size())
        return 0;
    return m_flags[static_cast<std::size_t>(row)];
}

QStringList RouteTableModel::badgeNames(std::uint32_t flags) {
    QStringList out;
    if (flags & an::DefaultOverride)
        out << tr("default override");
    if (flags & an::Shadowed)
        out << tr("shadowed");
    if (flags & an::Inactive)
        out << tr("inactive");
    if (flags & an::Pushed)
        out << tr("pushed");
    if (flags & an::AddedBySplitroute)
        out << tr("added by Splitroute");
    if (flags & an::Bypass)
        out << tr("bypass");
    return out;
}

QModelIndex RouteTableModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || !m_table || row < 0 || column < 0 || column >= ColumnCount ||
        static_cast<std::size_t>(row) >= m_table->size())
        return {};
    return createIndex(row, column);
}

int RouteTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_table)
        return 0;
    return static_cast<int>(m_table->size());
}

int RouteTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RouteTableModel::text(const core::Route& r, std::uint32_t flags, int column) const {
    switch (column) {
    case Destination:
        return QString::fromStdString(r.destination.toString());
    case Gateway:
        if (r.isMultipath())
            return tr("%n next hop(s)", nullptr, static_cast<int>(r.nexthops.size()));
        if (r.type != core::RouteType::Unicast && r.gateway.isNull())
            return {};
        return r.gateway.isNull() ? tr("on-link") : QString::fromStdString(r.gateway.toString());
    case Interface: {
        if (!r.isMultipath())
            return QString::fromStdString(r.interface.str());
        QStringList names;
        for (const auto& nh : r.nexthops)
            names << QString::fromStdString(nh.interface.str());
        names.removeDuplicates();
        return names.join(QStringLiteral(", "));
    }
    case Metric:
        return QString::number(r.metric);
    case Protocol:
        return QString::fromStdString(core::protocolName(r.protocol));
    case Table:
        return QString::fromStdString(core::tableName(r.table));
    case Type:
        return QString::fromUtf8(core::routeTypeName(r.type));
    case Badges:
        return badgeNames(flags).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant RouteTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Route* r = routeAt(index.row());
    if (!r)
        return {};
    const std::uint32_t flags = flagsAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, flags, index.column());
    case Qt::ToolTipRole: {
        QString tip = QString::fromStdString(r->toString()).toHtmlEscaped();
        if (flags & an::DefaultOverride)
            tip += QStringLiteral("<br>") +
                   tr("Together with its other half this route covers every address, so it "
                      "overrides the default route without deleting it.");
        if (flags & an::Shadowed)
            tip += QStringLiteral("<br>") +
                   tr("More specific routes cover every address of this route: it is never used.");
        if (flags & an::Inactive)
            tip += QStringLiteral("<br>") +
                   tr("A route to the same destination with a lower metric is used instead.");
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Metric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (flags & (an::Shadowed | an::Inactive)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if ((flags & an::DefaultOverride) && index.column() == Destination) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (flags & (an::Shadowed | an::Inactive))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::BackgroundRole:
        if (flags & an::DefaultOverride)
            return QBrush(QColor(255, 196, 0, 48));
        return {};
    case FlagsRole:
        return static_cast<quint32>(flags);
    case FamilyRole:
        return static_cast<int>(r->family());
    case RouteIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Destination:
        return tr("Destination");
    case Gateway:
        return tr("Gateway");
    case Interface:
        return tr("Interface");
    case Metric:
        return tr("Metric");
    case Protocol:
        return tr("Protocol");
    case Table:
        return tr("Table");
    case Type:
        return tr("Type");
    case Badges:
        return tr("Notes");
    default:
        return {};
    }
}

QString RouteTableModel::rowsAsText(const QList<int>& rows) const {
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join('\t');
    for (int row : rows) {
        const core::Route* r = routeAt(row);
        if (!r)
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << text(*r, flagsAt(row), c);
        lines << cells.join('\t');
    }
    return lines.join('\n') + '\n';
}

} // namespace splitroute::app
