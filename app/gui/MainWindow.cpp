// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"

#include "app/Logging.h"
#include "app/gui/AddressMapWidget.h"
#include "app/gui/ApplyController.h"
#include "app/gui/AwsConnectionDialog.h"
#include "app/gui/ChangesView.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/FindingsModel.h"
#include "app/gui/FindingsPanel.h"
#include "app/gui/MapPage.h"
#include "app/gui/DialogMessageSink.h"
#include "app/gui/EffectText.h"
#include "app/gui/NetworksView.h"
#include "app/gui/PersistDialog.h"
#include "app/gui/PushReplyDialog.h"
#include "app/gui/RouteTableModel.h"
#include "app/gui/RoutingPage.h"
#include "app/gui/ServerConnectionDialog.h"
#include "app/gui/SourcesView.h"
#include "app/gui/StatusLine.h"
#include "app/gui/WindowActions.h"
#include "app/gui/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QToolBar>

#include <spdlog/spdlog.h>

namespace splitroute::app {

void initResources(); // Resources.cpp

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    initResources();
    setWindowTitle(tr("Splitroute"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/splitroute.svg")));
    setAcceptDrops(true);
    setObjectName(QStringLiteral("MainWindow"));

    m_workspace = new Workspace(this);
    m_apply = new ApplyController(m_workspace, this);
    m_defaultSink = std::make_unique<DialogMessageSink>(this);
    setMessageSink(nullptr);

    createPages();
    m_actions = new WindowActions(
        {tr("Routing table"), tr("Networks"), tr("Address map"), tr("Changes")}, this);
    createDocks();
    createMenus();
    m_status = new StatusLine(statusBar());
    connectActions();
    connectParts();
    readSettings();
    updateState();
    // Text fields must not swallow the window's shortcuts (Ctrl+E is "end of line" there).
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->installEventFilter(this);
    // Something has the focus from the start: the sources, where work begins.
    m_sources->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::setMessageSink(MessageSink* sink) {
    m_sink = sink ? sink : m_defaultSink.get();
    m_workspace->setMessageSink(m_sink);
    m_apply->setMessageSink(m_sink);
}

void MainWindow::createPages() {
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_routing = new RoutingPage(m_tabs);
    m_tabs->addTab(m_routing, QIcon(QStringLiteral(":/icons/table.svg")), tr("Routing table"));
    m_networks = new NetworksView(m_tabs);
    m_tabs->addTab(m_networks, QIcon(QStringLiteral(":/icons/networks.svg")), tr("Networks"));
    m_map = new MapPage(m_tabs);
    m_tabs->addTab(m_map, QIcon(QStringLiteral(":/icons/map.svg")), tr("Address map"));
    m_changes = new ChangesView(m_tabs);
    m_tabs->addTab(m_changes, QIcon(QStringLiteral(":/icons/changes.svg")), tr("Changes"));
    setCentralWidget(m_tabs);
}

void MainWindow::createDocks() {
    auto* sourcesDock = new QDockWidget(tr("Sources"), this);
    sourcesDock->setObjectName(QStringLiteral("SourcesDock"));
    m_sources = new SourcesView(m_workspace, sourcesDock);
    sourcesDock->setWidget(m_sources);
    addDockWidget(Qt::LeftDockWidgetArea, sourcesDock);

    auto* findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("FindingsDock"));
    m_findings = new FindingsPanel(findingsDock);
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    resizeDocks({sourcesDock}, {290}, Qt::Horizontal);
    resizeDocks({findingsDock}, {90}, Qt::Vertical);
}

void MainWindow::createMenus() {
    const WindowActions& a = *m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addActions({a.demo, a.live, a.closeTable});
    file->addSeparator();
    file->addActions({a.saveSnapshot, a.loadPolicy, a.savePolicy});
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* vpn = menuBar()->addMenu(tr("V&PN"));
    vpn->addActions({a.attachProfile, a.openServer, a.openAws, a.paste});
    vpn->addSeparator();
    vpn->addActions({a.device, a.connectionDetails, a.removeConnection});

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a.copy, a.find});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* t : a.tabs)
        view->addAction(t);
    view->addSeparator();
    view->addAction(a.before);
    view->addSeparator();
    view->addActions({a.zoomIn, a.zoomOut, a.zoomReset});
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());

    QMenu* routes = menuBar()->addMenu(tr("&Routes"));
    routes->addActions({a.apply, a.keepSplit, a.revert, a.exportPlan});
    routes->addSeparator();
    routes->addAction(a.makePermanent);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.openLog);
    help->addSeparator();
    help->addActions({a.about, a.aboutQt});

    QToolBar* tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("MainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addActions({a.open, a.live, a.saveSnapshot});
    tb->addSeparator();
    tb->addAction(a.before);
    tb->addSeparator();
    tb->addActions({a.apply, a.keepSplit, a.exportPlan});

    for (QAction* s : a.windowShortcuts())
        addAction(s);
    m_routing->addTableAction(a.copy);
    m_networks->setPersistAction(a.makePermanent);
    m_sources->addAction(a.deleteSource);
    m_sources->setMenuActions({a.device, a.connectionDetails, nullptr, a.removeConnection},
                              {a.attachProfile, a.openServer, a.openAws, a.paste}, a.closeTable);
    for (QAction* m : {static_cast<QAction*>(nullptr), a.before, static_cast<QAction*>(nullptr),
                       a.zoomIn, a.zoomOut, a.zoomReset})
        m_map->addToolBarAction(m);
    m_map->setZoomActions(a.zoomIn, a.zoomOut, a.zoomReset);
}

void MainWindow::connectActions() {
    const WindowActions& a = *m_actions;
    Workspace* ws = m_workspace;
    connect(a.open, &QAction::triggered, this, &MainWindow::onOpenTriggered);
    connect(a.demo, &QAction::triggered, ws, &Workspace::openDemo);
    connect(a.live, &QAction::triggered, ws, &Workspace::openLive);
    connect(a.closeTable, &QAction::triggered, this, [ws] { ws->closeTable(ws->currentIndex()); });
    connect(a.saveSnapshot, &QAction::triggered, this, [this] {
        if (!m_workspace->shownTable())
            return;
        const QString path =
            m_sink->saveFileName(this, tr("Save Snapshot"), QStringLiteral("routes.json"),
                                 tr("Splitroute snapshots (*.json)"));
        if (!path.isEmpty())
            m_workspace->saveSnapshot(path);
    });
    connect(a.loadPolicy, &QAction::triggered, this, [this] {
        const QString path = m_sink->openFileName(this, tr("Load Policy"), QString(),
                                                  tr("Split policies (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_workspace->loadPolicy(path);
    });
    connect(a.savePolicy, &QAction::triggered, this, [this] {
        const QString path =
            m_sink->saveFileName(this, tr("Save Policy"), QString(), tr("Split policies (*.json)"));
        if (!path.isEmpty())
            m_workspace->savePolicy(path);
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    connect(a.attachProfile, &QAction::triggered, this, [this] {
        const QString path =
            m_sink->openFileName(this, tr("Attach VPN Profile"), QString(),
                                 tr("OpenVPN profiles (*.ovpn *.conf);;All files (*)"));
        if (!path.isEmpty())
            m_workspace->openProfile(path);
    });
    connect(a.openServer, &QAction::triggered, this, [this] {
        if (!m_workspace->requireTable())
            return;
        ServerConnectionDialog dialog(this);
        dialog.setMessageSink(m_sink);
        if (dialog.exec() == QDialog::Accepted)
            m_workspace->openServerConnection(dialog.request());
    });
    connect(a.openAws, &QAction::triggered, this, [this] {
        if (!m_workspace->requireTable())
            return;
        AwsConnectionDialog dialog(this);
        dialog.setMessageSink(m_sink);
        if (dialog.exec() == QDialog::Accepted)
            m_workspace->openAwsConnection(dialog.request());
    });
    connect(a.paste, &QAction::triggered, this, [this] {
        if (!m_workspace->requireTable())
            return;
        const TableSource* s = m_workspace->currentSource();
        QStringList names;
        for (const auto& c : s->connections)
            names << c.name;
        PushReplyDialog dialog(names, -1, this);
        dialog.setMessageSink(m_sink);
        if (dialog.exec() == QDialog::Accepted)
            m_workspace->openPushText(dialog.text(), QString(), dialog.baseConnection());
    });
    connect(a.device, &QAction::triggered, this, &MainWindow::onDeviceTriggered);
    connect(a.connectionDetails, &QAction::triggered, this, [this] {
        const TableSource* s = m_workspace->currentSource();
        if (s && s->selected())
            m_sink->information(this, tr("VPN Connection"),
                                m_workspace->connectionDetails(s->selectedConnection));
    });
    connect(a.removeConnection, &QAction::triggered, this, [ws] {
        if (const TableSource* s = ws->currentSource())
            ws->removeConnection(s->selectedConnection);
    });
    connect(a.deleteSource, &QAction::triggered, m_sources, &SourcesView::deleteCurrent);

    connect(a.copy, &QAction::triggered, m_routing, &RoutingPage::copySelection);
    connect(a.find, &QAction::triggered, this, [this] {
        setCurrentTab(RoutingTab);
        m_routing->focusFilter();
    });
    for (std::size_t i = 0; i < a.tabs.size(); ++i)
        connect(a.tabs[i], &QAction::triggered, this, [this, i] { showTab(static_cast<int>(i)); });
    connect(a.before, &QAction::toggled, ws, &Workspace::setShowBefore);

    connect(a.apply, &QAction::triggered, m_apply, &ApplyController::apply);
    connect(a.revert, &QAction::triggered, m_apply, &ApplyController::requestRevert);
    connect(a.keepSplit, &QAction::toggled, m_apply, &ApplyController::setKeepSplit);
    connect(a.exportPlan, &QAction::triggered, this, [this] {
        const core::Plan* plan = m_workspace->plan();
        if (!plan || plan->changes.empty())
            return;
        ExportDialog dialog(*plan, this);
        dialog.setConnectionName(m_workspace->currentSource());
        dialog.setMessageSink(m_sink);
        dialog.exec();
    });

    connect(a.makePermanent, &QAction::triggered, this, &MainWindow::onMakePermanentTriggered);

    connect(a.openLog, &QAction::triggered, this, [this] {
        const QString path = QString::fromStdString(currentLogFile().string());
        if (path.isEmpty() || !QFileInfo::exists(path))
            m_sink->information(this, tr("Log File"), tr("Nothing has been logged to a file."));
        else if (!m_sink->openLocalFile(path))
            m_sink->error(this, tr("Log File"), tr("No application opened %1.").arg(path));
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::onAboutTriggered);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectParts() {
    Workspace* ws = m_workspace;
    connect(ws, &Workspace::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(ws, &Workspace::planChanged, this, &MainWindow::onPlanChanged);
    m_map->setWorkspace(ws); // after the window's own: the map page's picture wins
    connect(ws, &Workspace::sourcesChanged, this, &MainWindow::updateState);
    connect(ws, &Workspace::selectionChanged, this, &MainWindow::updateState);
    connect(ws, &Workspace::statusMessage, this, &MainWindow::showStatus);
    connect(ws, &Workspace::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(ws, &Workspace::decisionsLoaded, this, [this] {
        if (const auto d = m_workspace->decisionsOnShow()) {
            const QSignalBlocker block(m_networks);
            m_networks->setPolicy(*d);
        }
        m_networks->setPlan(m_workspace->plan());
        m_networks->messageLabel()->setText(m_workspace->planMessage());
        setCurrentTab(NetworksTab);
    });
    // The Networks tab edits the decisions of the connection on show.
    connect(m_networks, &NetworksView::policyChanged, this,
            [this] { m_workspace->setDecisions(m_networks->policy()); });
    connect(m_apply, &ApplyController::stateChanged, this, &MainWindow::updateState);
    connect(m_apply, &ApplyController::statusMessage, this, &MainWindow::showStatus);
    connect(m_routing, &RoutingPage::routeSelected, m_map->map(),
            &AddressMapWidget::setSelectedRoute);
    connect(m_routing, &RoutingPage::shownChanged, this, &MainWindow::updateState);
    connect(m_map->map(), &AddressMapWidget::routeActivated, this,
            &MainWindow::onMapRouteActivated);
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::onFindingActivated);
}

void MainWindow::showStatus(const QString& text, int timeoutMs) {
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::onCurrentChanged() {
    const TableSource* s = m_workspace->currentSource();
    const auto table = m_workspace->shownTable();
    const auto flags = m_workspace->shownAnnotations();
    m_routing->setTable(table, flags);
    m_map->map()->setTable(table, flags);
    m_networks->setSource(m_workspace->canDecide() ? s : nullptr);
    // The Networks tab shows the decisions kept for the connection on show.
    if (const core::SplitPolicy* d = m_workspace->decisions()) {
        const QSignalBlocker block(m_networks);
        m_networks->setPolicy(*d);
    }
    QString title = tr("Splitroute");
    if (s)
        title =
            QStringLiteral("%1%2 — %3")
                .arg(s->name,
                     s->before ? (m_workspace->showingBefore() ? tr(" (before)") : tr(" (after)"))
                               : QString(),
                     tr("Splitroute"));
    setWindowTitle(title);
    updateState();
}

void MainWindow::onPlanChanged() {
    const core::Plan* plan = m_workspace->plan();
    const TableSource* s = m_workspace->currentSource();
    if (m_workspace->canDecide()) {
        m_networks->setPlan(plan);
        m_networks->messageLabel()->setText(m_workspace->planMessage());
    }
    if (plan && s && !plan->changes.empty())
        m_changes->setTables(s->table, std::make_shared<const core::RouteTable>(plan->after),
                             tr("Planned: %1").arg(EffectText::summary(plan->effective)));
    else
        m_changes->setTables(s ? s->before : nullptr, s ? s->table : nullptr);
    // Findings of the plan and of the connections join those of the table.
    m_findings->setFindings(m_workspace->findings(), s != nullptr);
    updateState();
}

void MainWindow::updateState() {
    m_actions->update(*m_workspace, *m_apply);
    m_status->update(*m_workspace, *m_apply, m_findings->model()->rowCount());
}

void MainWindow::showTab(int index) {
    m_tabs->setCurrentIndex(index);
    QWidget* view = nullptr;
    switch (index) {
    case RoutingTab:
        view = m_routing->view();
        break;
    case NetworksTab:
        view = m_networks->list();
        break;
    case MapTab:
        view = m_map->map();
        break;
    case ChangesTab:
        view = m_changes->list();
        break;
    default:
        break;
    }
    if (view)
        view->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        qobject_cast<QLineEdit*>(watched)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(key->keyCombination());
        for (QAction* a : m_actions->overTextFields())
            if (a->isEnabled() && !a->shortcut().isEmpty() && a->shortcut() == pressed) {
                // Taking the override keeps the line edit's own binding out; the key press
                // that follows comes here and runs the action.
                event->accept();
                if (event->type() == QEvent::KeyPress)
                    a->trigger();
                return true;
            }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setCurrentTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

MainWindow::Tab MainWindow::currentTab() const {
    return static_cast<Tab>(m_tabs->currentIndex());
}

void MainWindow::onMapRouteActivated(long index) {
    const core::RouteTable* t = m_routing->model()->table();
    if (!t || index < 0 || static_cast<std::size_t>(index) >= t->size())
        return;
    m_routing->showRoute(index);
    statusBar()->showMessage(
        QString::fromStdString((*t)[static_cast<std::size_t>(index)].toString()), 5000);
}

void MainWindow::onFindingActivated(const core::Finding& finding) {
    if (const core::RouteTable* t = m_routing->model()->table())
        for (const auto& r : finding.routes) {
            const long i = t->indexOf(r);
            if (i >= 0) {
                setCurrentTab(RoutingTab);
                onMapRouteActivated(i);
                return;
            }
        }
    statusBar()->showMessage(QString::fromStdString(finding.message), 8000);
}

void MainWindow::onDeviceTriggered() {
    const TableSource* s = m_workspace->currentSource();
    const QStringList choices = m_workspace->deviceChoices();
    if (!s || !s->selected() || choices.isEmpty())
        return;
    const int index = s->selectedConnection;
    if (auto d = m_sink->chooseItem(this, tr("Tunnel Device"),
                                    tr("Interface of %1:").arg(s->selected()->name), choices))
        m_workspace->setConnectionDevice(index, *d);
}

void MainWindow::onOpenTriggered() {
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDir")).toString();
    const QStringList filters{
        tr("Routing tables (*.json *.txt *.log *.route)"),
        tr("OpenVPN profiles and server configs (*.ovpn *.conf)"),
        tr("OpenVPN logs and PUSH_REPLY (*.log *.txt)"),
        tr("AWS Client VPN endpoints JSON (*.json)"),
        tr("All files (*)"),
    };
    const QStringList files =
        m_sink->openFileNames(this, tr("Open"), dir, filters.join(QStringLiteral(";;")));
    for (const QString& f : files) {
        settings.setValue(QStringLiteral("lastDir"), QFileInfo(f).absolutePath());
        m_workspace->openFile(f);
    }
}

void MainWindow::onMakePermanentTriggered() {
    const TableSource* s = m_workspace->currentSource();
    if (!s || !s->selected())
        return;
    PersistDialog dialog(PersistDialog::contextFor(s), m_workspace->plan(), this);
    dialog.setMessageSink(m_sink);
    dialog.start();
    dialog.exec();
}

void MainWindow::onAboutTriggered() {
    const QString log = QString::fromStdString(currentLogFile().string());
    m_sink->information(
        this, tr("About Splitroute"),
        tr("Splitroute %1\n\nA split-tunnel route manager: see the routes a VPN installs against "
           "your routing table, decide network by network what goes through the tunnel, and "
           "apply, revert or export the difference.\n\nBuilt with Qt %2.")
                .arg(QStringLiteral(SPLITROUTE_VERSION), QString::fromLatin1(qVersion())) +
            (log.isEmpty()
                 ? QString()
                 : QStringLiteral("\n\n") + tr("Log file: %1").arg(QDir::toNativeSeparators(log))));
}

void MainWindow::readSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
}

void MainWindow::writeSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = m_workspace->recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString entry = recent[i];
        QAction* a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(recentLabel(entry)));
        a->setToolTip(entry);
        connect(a, &QAction::triggered, this, [this, entry] { m_workspace->openRecent(entry); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_workspace, &Workspace::clearRecentFiles);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Quitting drops an apply that waits for "Keep" (the helper rolls it back) and the
    // decisions the store does not keep: ask first, as closing a table does.
    if (m_apply->busy() &&
        !m_sink->question(this, tr("Quit"),
                          tr("Changes were applied and wait for you to keep them. Quitting "
                             "now reverts them. Quit anyway?"))) {
        event->ignore();
        return;
    }
    if (m_workspace->decisionsWouldBeLost() &&
        !m_sink->question(this, tr("Quit"),
                          tr("The decisions made in the Networks tab will be lost. Quit "
                             "anyway?"))) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        for (const QUrl& u : event->mimeData()->urls())
            if (u.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& u : event->mimeData()->urls())
        if (u.isLocalFile())
            m_workspace->openFile(u.toLocalFile());
    event->acceptProposedAction();
}

bool MainWindow::saveScreenshots(const QString& dir, const QString& suffix) {
    static const char* names[] = {"table", "networks", "map", "changes"};
    QDir().mkpath(dir);
    bool ok = true;
    for (int i = 0; i < m_tabs->count() && i < 4; ++i) {
        m_tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString file =
            QStringLiteral("%1/%2-%3.png").arg(dir, QLatin1String(names[i]), suffix);
        ok = grab().save(file) && ok;
    }
    ok = m_map->saveViewScreenshots(dir, suffix) && ok;
    // Make Permanent… with the plan the map picture made, writing a copy of the demo's
    // profile (the NetworkManager part needs this computer's table).
    if (const TableSource* s = m_workspace->currentSource(); s && s->selected()) {
        PersistDialog dialog(PersistDialog::contextFor(s), m_workspace->plan(), this);
        dialog.start();
        dialog.setProfileOutput(QDir::tempPath() + QStringLiteral("/corporate-split.ovpn"));
        dialog.show();
        QCoreApplication::processEvents();
        ok = dialog.grab().save(QStringLiteral("%1/persist-%2.png").arg(dir, suffix)) && ok;
    }
    m_tabs->setCurrentIndex(RoutingTab);
    return ok;
}

} // namespace splitroute::app
