// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/RouteSearchIndex.h"
#include "core/IpAddress.h"

#include <QSortFilterProxyModel>

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace splitroute::app {

class RouteTableModel;

/// Sorting and filtering of a RouteTableModel: free text (matches destination, gateway,
/// interface, protocol and notes; an address matches the routes that contain it), address
/// family and interface. Sorting compares the routes themselves (addresses numerically).
///
/// Speed at a million routes: the free-text filter searches a RouteSearchIndex built on the
/// first text filter after a table change (about 44 bytes per route, searchIndexBytes()) and
/// computes every row's answer in one scan; badge text is matched once per distinct flag set.
/// Sorting first computes one 4-byte key per row for the sorted column (its rank for
/// destination, gateway and text columns; the value for metric, table and flags), kept until
/// the table changes, so the proxy's own sort compares two integers.
class RouteFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RouteFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    void setFilterText(const QString& text);
    /// core::Family::None shows both.
    void setFamily(core::Family family);
    /// Empty shows every interface.
    void setInterface(const QString& name);

    [[nodiscard]] QString filterText() const { return m_text; }
    [[nodiscard]] core::Family family() const { return m_family; }
    [[nodiscard]] QString interfaceName() const { return m_interface; }
    /// Memory held by the search index and sort ranks (bytes), for the benchmark.
    [[nodiscard]] std::size_t cacheBytes() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void dropCaches();
    [[nodiscard]] bool textMatches(int sourceRow) const;
    [[nodiscard]] bool notesMatch(std::uint32_t flags) const;
    [[nodiscard]] const std::vector<std::uint32_t>& sortRanks(int column) const;

    RouteTableModel* m_routes = nullptr;
    QString m_text;
    std::string m_textUtf8;                   // lower-case
    std::optional<core::IpAddress> m_address; // when the text is an address
    core::Family m_family = core::Family::None;
    QString m_interface;
    std::string m_interfaceUtf8;

    // Caches, dropped when the source model changes (mutable: filled from const callbacks).
    mutable RouteSearchIndex m_index;
    mutable std::vector<std::uint8_t> m_textHits; // per source row, for m_textUtf8
    mutable bool m_textHitsValid = false;
    mutable std::unordered_map<std::uint32_t, bool> m_notesMatch; // flags -> badge text match
    mutable std::array<std::vector<std::uint32_t>, 8> m_ranks;    // per column, per source row
    mutable int m_rankColumn = -1; // m_ranks[m_rankColumn] is complete for the current table
};

} // namespace splitroute::app
