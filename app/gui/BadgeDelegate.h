// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace splitroute::app {

/// Paints the notes column of the routing table as small coloured badges.
class BadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Colour of one badge (one annotation flag).
    [[nodiscard]] static QColor badgeColor(std::uint32_t flag);
};

} // namespace splitroute::app
