// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RouteFilterProxyModel.h"

#include "app/gui/RouteTableModel.h"

#include <QHash>

#include <algorithm>
#include <cctype>
#include <numeric>
#include <tuple>

namespace splitroute::app {

static_assert(RouteTableModel::ColumnCount <= 8, "one rank vector per column");

namespace {
bool containsLower(const std::string& haystack, const std::string& needleLower) {
    if (needleLower.empty())
        return true;
    auto it = std::search(
        haystack.begin(), haystack.end(), needleLower.begin(), needleLower.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}

// Ranks rows 0..n-1 by `less`: rank[a] < rank[b] exactly when less(a, b); equal rows (neither
// less) share a rank, so a stable sort on ranks keeps their order as before.
template <typename Less> std::vector<std::uint32_t> rankRows(std::size_t n, Less less) {
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), less);
    std::vector<std::uint32_t> rank(n);
    std::uint32_t r = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++r;
        rank[order[i]] = r;
    }
    return rank;
}
} // namespace

RouteFilterProxyModel::RouteFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(Qt::DisplayRole);
}

void RouteFilterProxyModel::setSourceModel(QAbstractItemModel* model) {
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    dropCaches();
    m_routes = qobject_cast<RouteTableModel*>(model);
    // Connected before QSortFilterProxyModel's own handlers, so the caches are gone before it
    // filters or sorts again.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &RouteFilterProxyModel::dropCaches);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &RouteFilterProxyModel::dropCaches);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &RouteFilterProxyModel::dropCaches);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RouteFilterProxyModel::dropCaches);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &RouteFilterProxyModel::dropCaches);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RouteFilterProxyModel::dropCaches);
        connect(model, &QAbstractItemModel::rowsMoved, this, &RouteFilterProxyModel::dropCaches);
        connect(model, &QAbstractItemModel::dataChanged, this, &RouteFilterProxyModel::dropCaches);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void RouteFilterProxyModel::dropCaches() {
    m_index.clear();
    m_textHits.clear();
    m_textHits.shrink_to_fit();
    m_textHitsValid = false;
    m_notesMatch.clear();
    m_rankColumn = -1;
    for (auto& r : m_ranks) {
        r.clear();
        r.shrink_to_fit();
    }
}

std::size_t RouteFilterProxyModel::cacheBytes() const {
    std::size_t n = m_index.memoryBytes() + m_textHits.capacity();
    for (const auto& r : m_ranks)
        n += r.capacity() * sizeof(std::uint32_t);
    return n;
}

void RouteFilterProxyModel::setFilterText(const QString& text) {
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    m_textUtf8 = t.toLower().toStdString();
    auto a = core::IpAddress::parse(t.toStdString());
    m_address = a.ok() ? std::optional<core::IpAddress>(a.value()) : std::nullopt;
    m_textHitsValid = false;
    m_notesMatch.clear();
    invalidate(); // a full re-map: removing scattered rows one range at a time is quadratic
}

void RouteFilterProxyModel::setFamily(core::Family family) {
    if (family == m_family)
        return;
    m_family = family;
    invalidate(); // a full re-map: removing scattered rows one range at a time is quadratic
}

void RouteFilterProxyModel::setInterface(const QString& name) {
    if (name == m_interface)
        return;
    m_interface = name;
    m_interfaceUtf8 = name.toStdString();
    invalidate(); // a full re-map: removing scattered rows one range at a time is quadratic
}

bool RouteFilterProxyModel::notesMatch(std::uint32_t flags) const {
    // Badge names depend on the flags only: a handful of distinct sets per table.
    auto it = m_notesMatch.find(flags);
    if (it != m_notesMatch.end())
        return it->second;
    const QString notes = RouteTableModel::badgeNames(flags).join(QLatin1Char(' '));
    const bool match = !notes.isEmpty() && notes.contains(m_text, Qt::CaseInsensitive);
    m_notesMatch.emplace(flags, match);
    return match;
}

bool RouteFilterProxyModel::textMatches(int sourceRow) const {
    const core::Route* r = m_routes->routeAt(sourceRow);
    if (!r)
        return false;
    const auto row = static_cast<std::size_t>(sourceRow);
    if (RouteSearchIndex::canSearch(m_textUtf8)) {
        if (!m_textHitsValid) {
            const core::RouteTable* table = m_routes->table();
            if (!m_index.isBuilt() || m_index.rowCount() != table->size())
                m_index.build(*table);
            if (m_index.isBuilt()) {
                m_index.match(m_textUtf8, m_textHits);
                m_textHitsValid = true;
            }
        }
        if (m_textHitsValid && row < m_textHits.size())
            return m_textHits[row] != 0;
    }
    // The fields the index holds (RouteSearchIndex::build), compared one by one.
    return containsLower(r->destination.toString(), m_textUtf8) ||
           containsLower(r->interface.str(), m_textUtf8) ||
           (!r->gateway.isNull() && containsLower(r->gateway.toString(), m_textUtf8)) ||
           containsLower(core::protocolName(r->protocol), m_textUtf8);
}

bool RouteFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_routes || sourceParent.isValid())
        return true;
    const core::Route* r = m_routes->routeAt(sourceRow);
    if (!r)
        return false;
    if (m_family != core::Family::None && r->family() != m_family)
        return false;
    if (!m_interfaceUtf8.empty()) {
        bool match = r->interface == std::string_view(m_interfaceUtf8);
        for (const auto& nh : r->nexthops)
            match = match || nh.interface == std::string_view(m_interfaceUtf8);
        if (!match)
            return false;
    }
    if (m_textUtf8.empty())
        return true;
    if (m_address)
        return r->destination.contains(*m_address) || r->gateway == *m_address;
    return textMatches(sourceRow) || notesMatch(m_routes->flagsAt(sourceRow));
}

const std::vector<std::uint32_t>& RouteFilterProxyModel::sortRanks(int column) const {
    auto& rank = m_ranks[static_cast<std::size_t>(column)];
    const core::RouteTable* table = m_routes->table();
    const std::size_t n = table ? table->size() : 0;
    if (rank.size() == n || !table)
        return rank;
    const auto& routes = table->routes();
    switch (column) {
    case RouteTableModel::Metric: // the value itself orders as the rank would
        rank.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            rank[i] = routes[i].metric;
        break;
    case RouteTableModel::Table:
        rank.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            rank[i] = routes[i].table;
        break;
    case RouteTableModel::Badges:
        rank.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            rank[i] = m_routes->flagsAt(static_cast<int>(i));
        break;
    case RouteTableModel::Destination:
        rank = rankRows(n, [&](std::uint32_t a, std::uint32_t b) {
            return std::tie(routes[a].destination, routes[a].metric) <
                   std::tie(routes[b].destination, routes[b].metric);
        });
        break;
    case RouteTableModel::Gateway:
        rank = rankRows(n, [&](std::uint32_t a, std::uint32_t b) {
            return routes[a].gateway < routes[b].gateway;
        });
        break;
    default: {
        // Text columns: few distinct texts (interface, protocol, type names). Collate those
        // once, then rank rows by their text's place.
        QHash<QString, std::uint32_t> textId;
        std::vector<QString> texts;
        std::vector<std::uint32_t> idOfRow(n);
        QHash<quintptr, std::uint32_t> byKey; // a cheap key that fixes the text, where known
        for (std::size_t i = 0; i < n; ++i) {
            const core::Route& r = routes[i];
            std::optional<quintptr> key;
            if (column == RouteTableModel::Interface && !r.isMultipath())
                key = reinterpret_cast<quintptr>(&r.interface.str()); // interned: one per name
            else if (column == RouteTableModel::Protocol)
                key = r.protocol;
            else if (column == RouteTableModel::Type)
                key = static_cast<quintptr>(r.type);
            if (key) {
                auto k = byKey.constFind(*key);
                if (k != byKey.cend()) {
                    idOfRow[i] = *k;
                    continue;
                }
            }
            const QString s =
                m_routes->index(static_cast<int>(i), column).data(Qt::DisplayRole).toString();
            auto t = textId.constFind(s);
            std::uint32_t id = 0;
            if (t != textId.cend()) {
                id = *t;
            } else {
                id = static_cast<std::uint32_t>(texts.size());
                textId.insert(s, id);
                texts.push_back(s);
            }
            if (key)
                byKey.insert(*key, id);
            idOfRow[i] = id;
        }
        const std::vector<std::uint32_t> textRank =
            rankRows(texts.size(), [&](std::uint32_t a, std::uint32_t b) {
                return QString::localeAwareCompare(texts[a], texts[b]) < 0;
            });
        rank.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            rank[i] = textRank[idOfRow[i]];
        break;
    }
    }
    return rank;
}

bool RouteFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_routes)
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() < 0 || left.column() >= RouteTableModel::ColumnCount)
        return false;
    // Every column compares per-row keys computed once (see sortRanks): a sort of a million
    // rows makes ~20 million comparisons, which must not chase a Route each time.
    if (left.column() != m_rankColumn) {
        (void)sortRanks(left.column());
        m_rankColumn = left.column();
    }
    const auto& rank = m_ranks[static_cast<std::size_t>(m_rankColumn)];
    const auto l = static_cast<std::size_t>(left.row());
    const auto r = static_cast<std::size_t>(right.row());
    if (l >= rank.size() || r >= rank.size())
        return false;
    return rank[l] < rank[r];
}

} // namespace splitroute::app
