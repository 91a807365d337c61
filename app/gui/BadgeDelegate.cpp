// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/BadgeDelegate.h"

#include "app/gui/RouteTableModel.h"
#include "core/TableAnnotations.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <array>

namespace splitroute::app {

namespace an = core::annotation;

namespace {
constexpr std::array<std::uint32_t, 6> kOrder{
    an::DefaultOverride, an::Shadowed, an::Inactive, an::Pushed, an::AddedBySplitroute, an::Bypass};
}

QColor BadgeDelegate::badgeColor(std::uint32_t flag) {
    switch (flag) {
    case an::DefaultOverride:
        return QColor(0xd9, 0x7a, 0x00);
    case an::Shadowed:
        return QColor(0x80, 0x80, 0x80);
    case an::Inactive:
        return QColor(0xa0, 0xa0, 0xa0);
    case an::Pushed:
        return QColor(0x3a, 0x6e, 0xc9);
    case an::AddedBySplitroute:
        return QColor(0x2e, 0x9e, 0x5b);
    case an::Bypass:
        return QColor(0x8e, 0x44, 0xad);
    default:
        return QColor(Qt::gray);
    }
}

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const {
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* w = option.widget;
    QStyle* style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    const auto flags = index.data(RouteTableModel::FlagsRole).toUInt();
    if (!flags)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter->setFont(f);
    const QFontMetrics fm(f);
    int x = option.rect.left() + 4;
    const int h = fm.height() + 2;
    const int y = option.rect.top() + (option.rect.height() - h) / 2;
    for (std::uint32_t flag : kOrder) {
        if (!(flags & flag))
            continue;
        const QString label = RouteTableModel::badgeNames(flag).value(0);
        const int wdt = fm.horizontalAdvance(label) + 12;
        if (x + wdt > option.rect.right())
            break;
        QRectF r(x, y, wdt, h);
        QPainterPath path;
        path.addRoundedRect(r, h / 2.0, h / 2.0);
        const QColor c = badgeColor(flag);
        painter->fillPath(path, c);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, label);
        x += wdt + 4;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const auto flags = index.data(RouteTableModel::FlagsRole).toUInt();
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetrics fm(f);
    int w = 8;
    for (std::uint32_t flag : kOrder)
        if (flags & flag)
            w += fm.horizontalAdvance(RouteTableModel::badgeNames(flag).value(0)) + 16;
    s.setWidth(std::max(s.width(), w));
    return s;
}

} // namespace splitroute::app
