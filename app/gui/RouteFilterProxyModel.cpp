#include "app/gui/RouteFilterProxyModel.h"

#include "app/gui/RouteTableModel.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace splitroute::app {

namespace {
bool containsLower(const std::string& haystack, const std::string& needleLower) {
    if (needleLower.empty())
        return true;
    auto it = std::search(
        haystack.begin(), haystack.end(), needleLower.begin(), needleLower.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}
} // namespace

RouteFilterProxyModel::RouteFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(Qt::DisplayRole);
}

void RouteFilterProxyModel::setSourceModel(QAbstractItemModel* model) {
    m_routes = qobject_cast<RouteTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RouteFilterProxyModel::setFilterText(const QString& text) {
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    m_textUtf8 = t.toLower().toStdString();
    auto a = core::IpAddress::parse(t.toStdString());
    m_address = a.ok() ? std::optional<core::IpAddress>(a.value()) : std::nullopt;
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
    if (containsLower(r->destination.toString(), m_textUtf8) ||
        containsLower(r->interface.str(), m_textUtf8) ||
        (!r->gateway.isNull() && containsLower(r->gateway.toString(), m_textUtf8)) ||
        containsLower(core::protocolName(r->protocol), m_textUtf8))
        return true;
    const QString notes =
        RouteTableModel::badgeNames(m_routes->flagsAt(sourceRow)).join(QLatin1Char(' '));
    return !notes.isEmpty() && notes.contains(m_text, Qt::CaseInsensitive);
}

bool RouteFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_routes)
        return QSortFilterProxyModel::lessThan(left, right);
    const core::Route* a = m_routes->routeAt(left.row());
    const core::Route* b = m_routes->routeAt(right.row());
    if (!a || !b)
        return false;
    switch (left.column()) {
    case RouteTableModel::Destination:
        return std::make_tuple(a->destination, a->metric) <
               std::make_tuple(b->destination, b->metric);
    case RouteTableModel::Gateway:
        return a->gateway < b->gateway;
    case RouteTableModel::Metric:
        return a->metric < b->metric;
    case RouteTableModel::Table:
        return a->table < b->table;
    case RouteTableModel::Badges:
        return m_routes->flagsAt(left.row()) < m_routes->flagsAt(right.row());
    default:
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
}

} // namespace splitroute::app
