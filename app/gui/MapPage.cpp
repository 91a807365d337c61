// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MapPage.h"

#include "app/gui/AddressMapWidget.h"
#include "app/gui/EffectText.h"
#include "app/gui/Workspace.h"

#include "core/TableAnnotations.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace splitroute::app {

namespace {
QAction* checkable(const QString& text, const QKeySequence& key, QActionGroup* group) {
    auto* a = new QAction(text, group);
    a->setCheckable(true);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    key.toString(QKeySequence::NativeText)));
    }
    return a;
}

/// The annotations of a table of the plan, with the context of the table on show.
std::vector<std::uint32_t> annotations(const core::RouteTable& table, const TableSource* s) {
    return core::annotateTable(table, s ? annotationContext(*s) : core::AnnotationContext{});
}
} // namespace

MapPage::MapPage(QWidget* parent) : QWidget(parent) {
    auto* ml = new QVBoxLayout(this);
    m_bar = new QToolBar(this);
    m_bar->setObjectName(QStringLiteral("mapToolBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* spaces = new QActionGroup(this);
    m_v4 = checkable(tr("IPv&4"), QKeySequence(Qt::ALT | Qt::Key_4), spaces);
    m_v6 = checkable(tr("IPv&6 global unicast"), QKeySequence(Qt::ALT | Qt::Key_6), spaces);
    m_v4->setChecked(true);
    m_bar->addActions({m_v4, m_v6});
    m_bar->addSeparator();
    // Before / Planned / After: one segmented group. Alt+B, Alt+L, Alt+A are free in the
    // window (its menus take F, P, E, V, R, H).
    auto* views = new QActionGroup(this);
    m_before = checkable(tr("&Before"), QKeySequence(Qt::ALT | Qt::Key_B), views);
    m_planned = checkable(tr("P&lanned"), QKeySequence(Qt::ALT | Qt::Key_L), views);
    m_after = checkable(tr("&After"), QKeySequence(Qt::ALT | Qt::Key_A), views);
    m_before->setStatusTip(tr("The routing table on show"));
    m_planned->setStatusTip(tr("The plan's route changes: added outlined, removed hatched"));
    m_after->setStatusTip(tr("The routing table once the plan is applied"));
    m_before->setChecked(true);
    m_bar->addActions({m_before, m_planned, m_after});
    m_map = new AddressMapWidget(this);
    m_map->setObjectName(QStringLiteral("addressMap"));
    m_viewLabel = new QLabel(this);
    m_viewLabel->setObjectName(QStringLiteral("mapViewLabel"));
    m_viewLabel->setWordWrap(true);
    ml->addWidget(m_bar);
    ml->addWidget(m_viewLabel);
    ml->addWidget(m_map, 1);
    auto* hint = new QLabel(tr("Wheel or +/− to zoom, drag or arrow keys to pan, click a route to "
                               "select it in the table. Bottom band: the route each address uses."),
                            this);
    hint->setWordWrap(true);
    ml->addWidget(hint);
    connect(m_v4, &QAction::triggered, this,
            [this] { m_map->setSpace(AddressMapWidget::Space::IPv4); });
    connect(m_v6, &QAction::triggered, this,
            [this] { m_map->setSpace(AddressMapWidget::Space::IPv6Global); });
    connect(m_before, &QAction::triggered, this, [this] { setView(View::Before); });
    connect(m_planned, &QAction::triggered, this, [this] { setView(View::Planned); });
    connect(m_after, &QAction::triggered, this, [this] { setView(View::After); });
    refresh();
}

void MapPage::setWorkspace(Workspace* workspace) {
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::currentChanged, this, &MapPage::refresh);
        connect(m_workspace, &Workspace::planChanged, this, &MapPage::onPlanChanged);
    }
    onPlanChanged();
}

void MapPage::addToolBarAction(QAction* action) {
    if (!action) {
        m_bar->addSeparator();
        return;
    }
    m_bar->addAction(action);
    if (!action->icon().isNull())
        if (auto* b = qobject_cast<QToolButton*>(m_bar->widgetForAction(action)))
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void MapPage::setZoomActions(QAction* zoomIn, QAction* zoomOut, QAction* zoomReset) {
    connect(zoomIn, &QAction::triggered, m_map, &AddressMapWidget::zoomIn);
    connect(zoomOut, &QAction::triggered, m_map, &AddressMapWidget::zoomOut);
    connect(zoomReset, &QAction::triggered, m_map, &AddressMapWidget::resetView);
}

QAction* MapPage::viewAction(View view) const {
    switch (view) {
    case View::Planned:
        return m_planned;
    case View::After:
        return m_after;
    case View::Before:
        break;
    }
    return m_before;
}

void MapPage::setView(View view) {
    m_view = view;
    refresh();
}

MapPage::View MapPage::shownView() const {
    const bool hasPlan = m_workspace && m_workspace->plan() && m_workspace->shownTable() &&
                         !m_workspace->showingBefore();
    return hasPlan ? m_view : View::Before;
}

void MapPage::onPlanChanged() {
    // Worked out when the page is shown: each decision in the Networks tab plans again.
    m_changed.clear();
    m_changedStale = true;
    refresh();
}

void MapPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_refreshPending)
        refresh();
}

void MapPage::refresh() {
    const View shown = shownView();
    const bool hasPlan = m_workspace && m_workspace->plan() && m_workspace->shownTable() &&
                         !m_workspace->showingBefore();
    m_planned->setEnabled(hasPlan);
    m_after->setEnabled(hasPlan);
    viewAction(shown)->setChecked(true);
    if (!m_workspace) {
        m_viewLabel->clear();
        return;
    }
    // Hidden (another tab): the window keeps the map on the table on show; the rest waits.
    m_refreshPending = !isVisible();
    if (m_refreshPending)
        return;
    const core::Plan* plan = m_workspace->plan();
    if (hasPlan && m_changedStale) {
        for (const core::HopChange& c : plan->effective.changes)
            m_changed.insert(m_changed.end(), c.prefixes.begin(), c.prefixes.end());
        m_changedStale = false;
    }
    const auto table = m_workspace->shownTable();
    const TableSource* source = m_workspace->currentSource();
    AddressMapWidget::Overlay overlay;
    overlay.reference = table;
    if (hasPlan)
        overlay.changed = m_changed;
    if (shown == View::Before || !plan) {
        m_map->setTable(table, m_workspace->shownAnnotations(), std::move(overlay));
        m_viewLabel->setText(
            !table    ? QString()
            : hasPlan ? tr("Before: the table on show. Marked: where the plan changes the next "
                           "hop (Alt+L shows the plan, Alt+A the table after it).")
            : m_workspace->showingBefore()
                ? tr("The table before: plans are made for the table after.")
                : tr("Decide in the Networks tab to see the plan here (Planned, After)."));
        return;
    }
    auto after = std::make_shared<const core::RouteTable>(plan->after);
    if (shown == View::After) {
        auto flags = annotations(*after, source);
        m_map->setTable(after, std::move(flags), std::move(overlay));
        m_viewLabel->setText(tr("After: the table once the %n planned change(s) are applied.",
                                nullptr, static_cast<int>(plan->changes.size())));
        return;
    }
    // Planned: the table after the plan with the routes it deletes drawn too (after its own
    // routes, so the bottom band, which shows the table after, keeps their indices).
    std::vector<core::Route> routes = plan->after.routes();
    std::vector<AddressMapWidget::RouteMark> marks(routes.size(),
                                                   AddressMapWidget::RouteMark::Unchanged);
    std::set<core::Prefix> addedTo;
    for (const core::RouteChange& c : plan->changes.changes)
        if (c.kind == core::ChangeKind::Add)
            addedTo.insert(c.route.destination);
    for (std::size_t i = 0; i < routes.size(); ++i)
        if (addedTo.count(routes[i].destination))
            for (const core::RouteChange& c : plan->changes.changes)
                if (c.kind == core::ChangeKind::Add && c.route == routes[i])
                    marks[i] = AddressMapWidget::RouteMark::Added;
    for (const core::RouteChange& c : plan->changes.changes)
        if (c.kind == core::ChangeKind::Delete && plan->after.indexOf(c.route) < 0) {
            routes.push_back(c.route);
            marks.push_back(AddressMapWidget::RouteMark::Removed);
        }
    auto planned = std::make_shared<const core::RouteTable>(std::move(routes));
    overlay.marks = std::move(marks);
    overlay.effective = after;
    auto flags = annotations(*after, source);
    flags.resize(planned->size(), 0);
    m_map->setTable(planned, std::move(flags), std::move(overlay));
    m_viewLabel->setText(tr("Planned: %1. Added routes are outlined, removed ones hatched, the "
                            "others faded; the bottom band is the table after.")
                             .arg(EffectText::summary(plan->effective)));
}

bool MapPage::saveViewScreenshots(const QString& dir, const QString& suffix) {
    if (!m_workspace)
        return false;
    if (!m_workspace->plan() && m_workspace->canDecide()) {
        // The demo opens without decisions: show the plan of the one the README walks
        // through (video calls around the tunnel).
        if (auto policy = m_workspace->decisionsOnShow()) {
            core::PolicyRule rule;
            rule.network = core::Prefix::parse("203.0.113.0/24").value();
            rule.label = tr("Video calls").toStdString();
            rule.mode = core::RuleMode::Bypass;
            policy->rules.insert(policy->rules.begin(), rule);
            m_workspace->setDecisions(*policy);
        }
    }
    if (!m_workspace->plan())
        return false;
    for (QWidget* w = parentWidget(); w; w = w->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            tabs->setCurrentWidget(this);
            break;
        }
    const View old = m_view;
    setView(View::Planned);
    QCoreApplication::processEvents();
    QDir().mkpath(dir);
    const bool ok = window()->grab().save(QStringLiteral("%1/map-planned-%2.png").arg(dir, suffix));
    setView(old);
    return ok;
}

} // namespace splitroute::app
