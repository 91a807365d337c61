// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace splitroute::app {

/// A thin table model over a core::RouteTable and its annotations (core/TableAnnotations.h).
class RouteTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Destination,
        Gateway,
        Interface,
        Metric,
        Protocol,
        Table,
        Type,
        Badges,
        ColumnCount
    };
    enum Role {
        FlagsRole = Qt::UserRole + 1, ///< quint32 annotation flags
        FamilyRole,                   ///< int: 4 or 6
        RouteIndexRole,               ///< int: index into the RouteTable
    };

    explicit RouteTableModel(QObject* parent = nullptr);

    /// Shows `table`; flags[i] are the annotations of route i (empty: none).
    void setTable(std::shared_ptr<const core::RouteTable> table, std::vector<std::uint32_t> flags);
    [[nodiscard]] const core::RouteTable* table() const { return m_table.get(); }
    [[nodiscard]] const core::Route* routeAt(int row) const;
    [[nodiscard]] std::uint32_t flagsAt(int row) const;

    /// Translated names of the badges set in `flags`, in display order.
    [[nodiscard]] static QStringList badgeNames(std::uint32_t flags);
    /// The rows as tab-separated text with a header line (for the clipboard).
    [[nodiscard]] QString rowsAsText(const QList<int>& rows) const;

    /// As QAbstractTableModel::index, without its virtual rowCount()/columnCount() calls: a
    /// proxy sorting a million rows asks for ~40 million indexes.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const core::Route& r, std::uint32_t flags, int column) const;

    std::shared_ptr<const core::RouteTable> m_table;
    std::vector<std::uint32_t> m_flags;
};

} // namespace splitroute::app
