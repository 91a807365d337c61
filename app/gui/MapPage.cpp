// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MapPage.h"

#include "app/gui/AddressMapWidget.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace splitroute::app {

MapPage::MapPage(QWidget* parent) : QWidget(parent) {
    auto* ml = new QVBoxLayout(this);
    m_bar = new QToolBar(this);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_v4 = new QToolButton(m_bar);
    m_v4->setText(tr("IPv4"));
    m_v4->setCheckable(true);
    m_v4->setChecked(true);
    m_v6 = new QToolButton(m_bar);
    m_v6->setText(tr("IPv6 global unicast"));
    m_v6->setCheckable(true);
    m_bar->addWidget(m_v4);
    m_bar->addWidget(m_v6);
    m_map = new AddressMapWidget(this);
    m_map->setObjectName(QStringLiteral("addressMap"));
    ml->addWidget(m_bar);
    ml->addWidget(m_map, 1);
    auto* hint = new QLabel(tr("Wheel or +/− to zoom, drag or arrow keys to pan, click a route to "
                               "select it in the table. Bottom band: the route each address uses."),
                            this);
    hint->setWordWrap(true);
    ml->addWidget(hint);
    connect(m_v4, &QToolButton::clicked, this, [this] {
        m_v4->setChecked(true);
        m_v6->setChecked(false);
        m_map->setSpace(AddressMapWidget::Space::IPv4);
    });
    connect(m_v6, &QToolButton::clicked, this, [this] {
        m_v6->setChecked(true);
        m_v4->setChecked(false);
        m_map->setSpace(AddressMapWidget::Space::IPv6Global);
    });
}

void MapPage::addToolBarAction(QAction* action) {
    if (action)
        m_bar->addAction(action);
    else
        m_bar->addSeparator();
}

void MapPage::setZoomActions(QAction* zoomIn, QAction* zoomOut, QAction* zoomReset) {
    connect(zoomIn, &QAction::triggered, m_map, &AddressMapWidget::zoomIn);
    connect(zoomOut, &QAction::triggered, m_map, &AddressMapWidget::zoomOut);
    connect(zoomReset, &QAction::triggered, m_map, &AddressMapWidget::resetView);
}

} // namespace splitroute::app
