#pragma once

#include "core/IpAddress.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace splitroute::app {

class RouteTableModel;

/// Sorting and filtering of a RouteTableModel: free text (matches destination, gateway,
/// interface, protocol and notes; an address matches the routes that contain it), address
/// family and interface. Sorting compares the routes themselves (addresses numerically).
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    RouteTableModel* m_routes = nullptr;
    QString m_text;
    std::string m_textUtf8;                   // lower-case
    std::optional<core::IpAddress> m_address; // when the text is an address
    core::Family m_family = core::Family::None;
    QString m_interface;
    std::string m_interfaceUtf8;
};

} // namespace splitroute::app
