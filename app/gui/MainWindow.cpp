// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"

#include "app/gui/AddressMapWidget.h"
#include "app/gui/AwsConnectionDialog.h"
#include "app/gui/BadgeDelegate.h"
#include "app/gui/ChangesView.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/FindingsModel.h"
#include "app/gui/HelperSession.h"
#include "app/gui/KeepChangesDialog.h"
#include "app/gui/NetworksView.h"
#include "app/gui/PushReplyDialog.h"
#include "app/gui/ServerConnectionDialog.h"
#include "app/gui/MessageSink.h"
#include "app/gui/RouteFilterProxyModel.h"
#include "app/gui/RouteTableModel.h"
#include "core/import/Snapshot.h"
#include "core/TableAnnotations.h"
#include "core/analyze/Analyzer.h"
#include "core/vpn/AwsEndpointSelector.h"
#include "core/vpn/Connection.h"
#include "core/vpn/ProfileParser.h"

#include "platform/SimulatedBackend.h"
#include "platform/SystemBackend.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QMimeData>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QSocketNotifier>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace splitroute::app {

void initResources(); // Resources.cpp

namespace {
constexpr int kMaxRecent = 8;
constexpr int kSourceRole = Qt::UserRole + 1;
constexpr int kConnectionRole = Qt::UserRole + 2; ///< connection index; absent on table items

QString locationText(const core::SourceLocation& w) {
    return QString::fromStdString(w.toString());
}

QString demoDir() {
    const QStringList candidates{QCoreApplication::applicationDirPath() +
                                     QStringLiteral("/../share/splitroute/demo"),
                                 QStringLiteral(SPLITROUTE_DEMO_DIR)};
    for (const auto& c : candidates)
        if (QFileInfo::exists(c + QStringLiteral("/after-vpn.json")))
            return QDir::cleanPath(c);
    return {};
}

// The interfaces of the demo laptop (resources/demo): loopback, Wi-Fi, a docker bridge
// that is down, and the OpenVPN tun device.
std::vector<platform::InterfaceInfo> demoInterfaces() {
    auto addr = [](const char* a, int len) {
        return platform::InterfaceAddress{core::IpAddress::parse(a).value(), len};
    };
    using K = platform::InterfaceKind;
    return {
        {"lo", 1, K::Loopback, true, 65536, {addr("127.0.0.1", 8), addr("::1", 128)}},
        {"wlan0",
         3,
         K::Wireless,
         true,
         1500,
         {addr("192.168.1.42", 24), addr("2001:db8:1:1::42", 64),
          addr("fe80::5054:ff:fe12:3456", 64)}},
        {"docker0", 4, K::Bridge, false, 1500, {addr("172.17.0.1", 16)}},
        {"tun0", 7, K::Tun, true, 1500, {addr("10.8.0.6", 24)}},
    };
}

std::vector<std::uint32_t> annotate(const TableSource& s, const core::RouteTable& t) {
    core::AnnotationContext ctx;
    // Every connection's networks count as pushed (primary and backup alike).
    ctx.pushed = s.pushed;
    for (const auto& c : s.connections)
        ctx.pushed.insert(ctx.pushed.end(), c.pushed.begin(), c.pushed.end());
    std::sort(ctx.pushed.begin(), ctx.pushed.end());
    ctx.pushed.erase(std::unique(ctx.pushed.begin(), ctx.pushed.end()), ctx.pushed.end());
    ctx.tunnelInterfaces = s.tunnelInterfaces;
    return core::annotateTable(t, ctx);
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    initResources();
    m_defaultSink = std::make_unique<DialogMessageSink>();
    m_sink = m_defaultSink.get();
    m_chooser = [this](const QString& title, const QString& label,
                       const QStringList& items) -> std::optional<QString> {
        bool ok = false;
        const QString item = QInputDialog::getItem(this, title, label, items, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        return item;
    };
    setWindowTitle(tr("Splitroute"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/splitroute.svg")));
    setAcceptDrops(true);
    setObjectName(QStringLiteral("MainWindow"));

    createActions();
    createCentral();
    createDocks();
    createMenus();
    createStatusBar();
    readSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setMessageSink(MessageSink* sink) {
    m_sink = sink ? sink : m_defaultSink.get();
}

void MainWindow::createActions() {
    auto icon = [](const char* name) {
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    };
    m_openAction = new QAction(icon("open"), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(
        tr("Open a routing table (ip route, route print, netstat, snapshot) or a VPN input "
           "(OpenVPN profile, server config, log, AWS JSON)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpenTriggered);

    m_demoAction = new QAction(icon("demo"), tr("Open &Demo"), this);
    m_demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_demoAction, &QAction::triggered, this, [this] { openDemo(); });

    m_liveAction = new QAction(icon("computer"), tr("&This Computer"), this);
    m_liveAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_liveAction->setStatusTip(tr("Read this computer's routing table again"));
    connect(m_liveAction, &QAction::triggered, this, [this] { openLive(); });

    m_saveSnapshotAction = new QAction(icon("save"), tr("&Save Snapshot…"), this);
    m_saveSnapshotAction->setShortcut(QKeySequence::Save);
    connect(m_saveSnapshotAction, &QAction::triggered, this, &MainWindow::onSaveSnapshotTriggered);
    m_attachProfileAction = new QAction(icon("open"), tr("Attach &VPN Profile…"), this);
    m_attachProfileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_attachProfileAction->setStatusTip(
        tr("Read an OpenVPN profile: the networks it sends through the tunnel become rules"));
    connect(m_attachProfileAction, &QAction::triggered, this,
            &MainWindow::onAttachProfileTriggered);
    m_openServerAction = new QAction(icon("networks"), tr("Open OpenVPN &Server Config…"), this);
    m_openServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_openServerAction->setStatusTip(tr("Read an OpenVPN server config and its client-config-dir: "
                                        "what one client receives becomes a VPN connection"));
    connect(m_openServerAction, &QAction::triggered, this, &MainWindow::onOpenServerTriggered);
    m_openAwsAction = new QAction(icon("networks"), tr("Open &AWS Client VPN…"), this);
    m_openAwsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_openAwsAction->setStatusTip(
        tr("Read the AWS CLI's endpoint and routes JSON: what the endpoint pushes"));
    connect(m_openAwsAction, &QAction::triggered, this, &MainWindow::onOpenAwsTriggered);
    m_pasteAction = new QAction(icon("networks"), tr("&Paste PUSH_REPLY or Log…"), this);
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setStatusTip(
        tr("Paste what the server pushed (PUSH_REPLY or an OpenVPN client log)"));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::onPasteTriggered);
    m_removeConnectionAction = new QAction(tr("&Remove Connection"), this);
    connect(m_removeConnectionAction, &QAction::triggered, this, [this] {
        if (const TableSource* s = currentSource())
            removeConnection(s->selectedConnection);
    });
    m_closeTableAction = new QAction(tr("&Close Table"), this);
    m_closeTableAction->setShortcut(QKeySequence::Close);
    m_closeTableAction->setStatusTip(tr("Close the table on show and its VPN connections"));
    connect(m_closeTableAction, &QAction::triggered, this, [this] { closeTable(m_current); });
    // Delete in the Sources dock removes what is selected there: a connection or a table.
    m_deleteSourceAction = new QAction(this);
    m_deleteSourceAction->setShortcut(QKeySequence::Delete);
    m_deleteSourceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteSourceAction, &QAction::triggered, this, [this] {
        const QTreeWidgetItem* item = m_sources->currentItem();
        if (!item)
            return;
        const QVariant conn = item->data(0, kConnectionRole);
        if (conn.isValid())
            removeConnection(conn.toInt());
        else if (item != m_liveItem)
            closeTable(item->data(0, kSourceRole).toInt());
    });
    m_connectionDetailsAction = new QAction(icon("info"), tr("Connection &Details…"), this);
    m_connectionDetailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_connectionDetailsAction, &QAction::triggered, this, [this] {
        const TableSource* s = currentSource();
        if (!s || !s->selected())
            return;
        m_sink->information(this, tr("VPN Connection"), connectionDetails(s->selectedConnection));
    });
    m_deviceAction = new QAction(tr("&Tunnel Device…"), this);
    m_deviceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_deviceAction->setStatusTip(tr("Choose the interface this connection's tunnel uses"));
    connect(m_deviceAction, &QAction::triggered, this, [this] {
        const TableSource* s = currentSource();
        if (!s || !s->selected())
            return;
        QStringList names;
        if (s->table)
            for (const auto& n : s->table->interfaces())
                names << QString::fromStdString(n);
        // Tunnel-like devices first: they are the likely answers.
        QStringList ordered;
        for (const auto& n : core::tunnelCandidates(s->table.get()))
            ordered << QString::fromStdString(n);
        for (const QString& n : names)
            if (!ordered.contains(n))
                ordered << n;
        if (ordered.isEmpty())
            return;
        const int index = s->selectedConnection;
        if (auto d = m_chooser(tr("Tunnel Device"), tr("Interface of %1:").arg(s->selected()->name),
                               ordered))
            setConnectionDevice(index, *d);
    });
    m_loadPolicyAction = new QAction(icon("open"), tr("&Load Policy…"), this);
    m_loadPolicyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_loadPolicyAction, &QAction::triggered, this, &MainWindow::onLoadPolicyTriggered);
    m_savePolicyAction = new QAction(icon("save"), tr("Save &Policy…"), this);
    m_savePolicyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_savePolicyAction, &QAction::triggered, this, &MainWindow::onSavePolicyTriggered);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_beforeAction = new QAction(icon("before"), tr("Show Table &Before"), this);
    m_beforeAction->setCheckable(true);
    m_beforeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_beforeAction->setStatusTip(tr("Switch between the table before and after the change"));
    connect(m_beforeAction, &QAction::toggled, this, &MainWindow::setShowBefore);

    m_findAction = new QAction(tr("&Filter Routes"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(RoutingTab);
        m_filter->setFocus();
        m_filter->selectAll();
    });

    m_copyAction = new QAction(tr("&Copy Rows"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::onCopyTriggered);

    m_zoomInAction = new QAction(icon("zoom-in"), tr("Zoom &In"), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = new QAction(icon("zoom-out"), tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomResetAction = new QAction(icon("zoom-fit"), tr("&Whole Address Space"), this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    const QString notYet = tr("Not available in this build: applying changes needs the "
                              "privileged helper wiring.");
    m_applyAction = new QAction(icon("apply"), tr("&Apply…"), this);
    m_applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_revertAction = new QAction(icon("revert"), tr("&Revert"), this);
    m_revertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_exportAction = new QAction(icon("export"), tr("&Export…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::onExportTriggered);
    connect(m_applyAction, &QAction::triggered, this, &MainWindow::onApplyTriggered);
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::onRevertTriggered);
    for (QAction* a : {m_applyAction, m_revertAction, m_exportAction}) {
        a->setEnabled(false);
        a->setStatusTip(notYet);
        a->setToolTip(notYet);
    }

    m_aboutAction = new QAction(icon("splitroute"), tr("&About Splitroute"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::onAboutTriggered);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentral() {
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    // Routing table.
    auto* tablePage = new QWidget(m_tabs);
    auto* tl = new QVBoxLayout(tablePage);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(tablePage);
    m_filter->setPlaceholderText(tr("Filter: text, or an address to see the routes that match it"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_familyCombo = new QComboBox(tablePage);
    m_familyCombo->addItem(tr("IPv4 and IPv6"), 0);
    m_familyCombo->addItem(tr("IPv4"), 4);
    m_familyCombo->addItem(tr("IPv6"), 6);
    m_interfaceCombo = new QComboBox(tablePage);
    m_interfaceCombo->addItem(tr("All interfaces"), QString());
    m_interfaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_countLabel = new QLabel(tablePage);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_familyCombo);
    bar->addWidget(m_interfaceCombo);
    bar->addWidget(m_countLabel);
    tl->addLayout(bar);

    m_model = new RouteTableModel(this);
    m_proxy = new RouteFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_tableView = new QTableView(tablePage);
    m_tableView->setObjectName(QStringLiteral("routeTable"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setItemDelegateForColumn(RouteTableModel::Badges, new BadgeDelegate(m_tableView));
    m_tableView->addAction(m_copyAction);
    tl->addWidget(m_tableView);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::onFilterChanged);
    connect(m_familyCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onFilterChanged);
    connect(m_interfaceCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onFilterChanged);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onTableSelectionChanged);
    m_tabs->addTab(tablePage, QIcon(QStringLiteral(":/icons/table.svg")), tr("Routing table"));

    // Networks.
    m_networks = new NetworksView(m_tabs);
    m_tabs->addTab(m_networks, QIcon(QStringLiteral(":/icons/networks.svg")), tr("Networks"));
    connect(m_networks, &NetworksView::policyChanged, this, &MainWindow::onPolicyChanged);

    // Address map.
    auto* mapPage = new QWidget(m_tabs);
    auto* ml = new QVBoxLayout(mapPage);
    auto* mapBar = new QToolBar(mapPage);
    mapBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mapV4 = new QToolButton(mapBar);
    m_mapV4->setText(tr("IPv4"));
    m_mapV4->setCheckable(true);
    m_mapV4->setChecked(true);
    m_mapV6 = new QToolButton(mapBar);
    m_mapV6->setText(tr("IPv6 global unicast"));
    m_mapV6->setCheckable(true);
    mapBar->addWidget(m_mapV4);
    mapBar->addWidget(m_mapV6);
    mapBar->addSeparator();
    mapBar->addAction(m_beforeAction);
    mapBar->addSeparator();
    mapBar->addAction(m_zoomInAction);
    mapBar->addAction(m_zoomOutAction);
    mapBar->addAction(m_zoomResetAction);
    m_map = new AddressMapWidget(mapPage);
    m_map->setObjectName(QStringLiteral("addressMap"));
    ml->addWidget(mapBar);
    ml->addWidget(m_map, 1);
    auto* hint = new QLabel(tr("Wheel or +/− to zoom, drag or arrow keys to pan, click a route to "
                               "select it in the table. Bottom band: the route each address uses."),
                            mapPage);
    hint->setWordWrap(true);
    ml->addWidget(hint);
    connect(m_mapV4, &QToolButton::clicked, this, [this] {
        m_mapV4->setChecked(true);
        m_mapV6->setChecked(false);
        m_map->setSpace(AddressMapWidget::Space::IPv4);
    });
    connect(m_mapV6, &QToolButton::clicked, this, [this] {
        m_mapV6->setChecked(true);
        m_mapV4->setChecked(false);
        m_map->setSpace(AddressMapWidget::Space::IPv6Global);
    });
    connect(m_zoomInAction, &QAction::triggered, m_map, &AddressMapWidget::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_map, &AddressMapWidget::zoomOut);
    connect(m_zoomResetAction, &QAction::triggered, m_map, &AddressMapWidget::resetView);
    connect(m_map, &AddressMapWidget::routeActivated, this, &MainWindow::onMapRouteActivated);
    m_tabs->addTab(mapPage, QIcon(QStringLiteral(":/icons/map.svg")), tr("Address map"));

    // Changes.
    m_changes = new ChangesView(m_tabs);
    m_tabs->addTab(m_changes, QIcon(QStringLiteral(":/icons/changes.svg")), tr("Changes"));

    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* a = new QAction(m_tabs->tabText(i), this);
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_tabActions.push_back(a);
    }
    setCentralWidget(m_tabs);
}

void MainWindow::createDocks() {
    auto* sourcesDock = new QDockWidget(tr("Sources"), this);
    sourcesDock->setObjectName(QStringLiteral("SourcesDock"));
    m_sources = new QTreeWidget(sourcesDock);
    m_sources->setHeaderHidden(true);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setContextMenuPolicy(Qt::CustomContextMenu);
    m_sources->addAction(m_deleteSourceAction);
    connect(m_sources, &QWidget::customContextMenuRequested, this,
            &MainWindow::onSourcesContextMenu);
    m_liveItem = new QTreeWidgetItem(m_sources, {tr("This computer")});
    m_liveItem->setIcon(0, QIcon(QStringLiteral(":/icons/computer.svg")));
    m_liveItem->setData(0, kSourceRole, -1);
    m_filesItem = new QTreeWidgetItem(m_sources, {tr("Opened files")});
    m_filesItem->setIcon(0, QIcon(QStringLiteral(":/icons/open.svg")));
    m_filesItem->setFlags(Qt::ItemIsEnabled);
    m_filesItem->setData(0, kSourceRole, -2);
    m_sources->expandAll();
    sourcesDock->setWidget(m_sources);
    addDockWidget(Qt::LeftDockWidgetArea, sourcesDock);
    connect(m_sources, &QTreeWidget::itemSelectionChanged, this, &MainWindow::onSourceSelected);

    auto* findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("FindingsDock"));
    auto* box = new QWidget(findingsDock);
    auto* bl = new QVBoxLayout(box);
    bl->setContentsMargins(0, 0, 0, 0);
    m_findingsModel = new FindingsModel(this);
    m_findings = new QTreeView(box);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setModel(m_findingsModel);
    m_findings->setRootIsDecorated(false);
    m_findings->setAlternatingRowColors(true);
    m_findings->setUniformRowHeights(true);
    m_findings->header()->setStretchLastSection(true);
    connect(m_findings, &QTreeView::activated, this, &MainWindow::onFindingActivated);
    connect(m_findings, &QTreeView::clicked, this, &MainWindow::onFindingActivated);
    m_findingsPlaceholder = new QLabel(box);
    m_findingsPlaceholder->setWordWrap(true);
    m_findingsPlaceholder->setAlignment(Qt::AlignCenter);
    bl->addWidget(m_findings);
    bl->addWidget(m_findingsPlaceholder);
    findingsDock->setWidget(box);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    resizeDocks({sourcesDock}, {290}, Qt::Horizontal);
    resizeDocks({findingsDock}, {90}, Qt::Vertical);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_demoAction);
    file->addAction(m_liveAction);
    file->addAction(m_closeTableAction);
    file->addSeparator();
    file->addAction(m_saveSnapshotAction);
    file->addAction(m_loadPolicyAction);
    file->addAction(m_savePolicyAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* vpn = menuBar()->addMenu(tr("V&PN"));
    vpn->addAction(m_attachProfileAction);
    vpn->addAction(m_openServerAction);
    vpn->addAction(m_openAwsAction);
    vpn->addAction(m_pasteAction);
    vpn->addSeparator();
    vpn->addAction(m_deviceAction);
    vpn->addAction(m_connectionDetailsAction);
    vpn->addAction(m_removeConnectionAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addAction(m_findAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QAction* a : m_tabActions)
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_beforeAction);
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());

    QMenu* routes = menuBar()->addMenu(tr("&Routes"));
    routes->addAction(m_applyAction);
    routes->addAction(m_revertAction);
    routes->addAction(m_exportAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar* tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("MainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(m_openAction);
    tb->addAction(m_liveAction);
    tb->addAction(m_saveSnapshotAction);
    tb->addSeparator();
    tb->addAction(m_beforeAction);
    tb->addSeparator();
    tb->addAction(m_applyAction);
    tb->addAction(m_exportAction);
    // Actions reachable by shortcut everywhere, also when their menu is closed.
    addActions({m_openAction, m_demoAction, m_liveAction, m_saveSnapshotAction, m_quitAction,
                m_beforeAction, m_findAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction,
                m_attachProfileAction, m_openServerAction, m_openAwsAction, m_pasteAction,
                m_deviceAction, m_connectionDetailsAction, m_loadPolicyAction, m_savePolicyAction});
    for (QAction* a : m_tabActions)
        addAction(a);
    updateRecentMenu();
}

void MainWindow::createStatusBar() {
    m_backendLabel = new QLabel(this);
    m_helperLabel = new QLabel(this);
    m_routesLabel = new QLabel(this);
    m_findingsLabel = new QLabel(this);
    for (QLabel* l : {m_backendLabel, m_helperLabel, m_routesLabel, m_findingsLabel})
        statusBar()->addPermanentWidget(l);
}

QString MainWindow::statusText() const {
    return QStringList{m_backendLabel->text(), m_helperLabel->text(), m_routesLabel->text(),
                       m_findingsLabel->text()}
        .join(QStringLiteral(" | "));
}

void MainWindow::updateStatus() {
    const TableSource* s = currentSource();
    QString backend;
    if (!s)
        backend = tr("No table");
    else if (s->kind == TableSource::Kind::Live)
        backend = tr("Live: %1").arg(s->format);
    else if (s->kind == TableSource::Kind::Demo)
        backend = m_demoBackend
                      ? tr("Demo: %1 backend").arg(QString::fromStdString(m_demoBackend->name()))
                      : tr("Demo data");
    else
        backend = tr("File: %1").arg(QFileInfo(s->path).fileName());
    m_backendLabel->setText(backend);
    m_helperLabel->setText(m_helper ? m_helper->stateText() : tr("Helper: not started"));
    m_revertAction->setEnabled(s && s->kind == TableSource::Kind::Live &&
                               (!m_helper || m_helper->state() != HelperSession::State::Busy));
    m_revertAction->setToolTip(tr("Undo the last changes Splitroute applied to this computer"));
    m_revertAction->setStatusTip(m_revertAction->toolTip());
    const auto table = shownTable();
    const int total = table ? static_cast<int>(table->size()) : 0;
    m_routesLabel->setText(tr("%n route(s)", nullptr, total));
    m_findingsLabel->setText(
        tr("%n finding(s)", nullptr, static_cast<int>(m_findingsModel->rowCount())));
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n route(s)", nullptr, total)
                                         : tr("%1 of %2 routes").arg(shown).arg(total));
    m_beforeAction->setEnabled(s && s->before);
    const bool hasConnection = s && s->selected();
    for (QAction* a : {m_removeConnectionAction, m_connectionDetailsAction, m_deviceAction})
        a->setEnabled(hasConnection);
    for (QAction* a : {m_attachProfileAction, m_openServerAction, m_openAwsAction, m_pasteAction})
        a->setEnabled(s != nullptr);
    m_closeTableAction->setEnabled(s && s->kind != TableSource::Kind::Live);
    m_saveSnapshotAction->setEnabled(table != nullptr);
}

void MainWindow::readSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    updateRecentMenu();
}

void MainWindow::writeSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("recentFiles"), m_recent);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    writeSettings();
    event->accept();
}

void MainWindow::addRecentFile(const QString& path) {
    // Server and AWS connections are remembered as entries naming all their files.
    const bool compound = serverRequestFromRecent(path) || awsRequestFromRecent(path);
    const QString abs = compound ? path : QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(abs);
    m_recent.prepend(abs);
    while (m_recent.size() > kMaxRecent)
        m_recent.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (int i = 0; i < m_recent.size(); ++i) {
        const QString path = m_recent[i];
        QAction* a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(recentLabel(path)));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->setEnabled(!m_recent.isEmpty());
    if (!m_recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            m_recent.clear();
            QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
            updateRecentMenu();
        });
    }
}

void MainWindow::showError(const QString& title, const QString& text) {
    m_sink->error(this, title, text);
}

int MainWindow::addSource(TableSource source) {
    m_sourceList.push_back(std::move(source));
    const int index = static_cast<int>(m_sourceList.size()) - 1;
    const TableSource& s = m_sourceList.back();
    QTreeWidgetItem* item = nullptr;
    if (s.kind == TableSource::Kind::Live) {
        item = m_liveItem;
    } else {
        item = new QTreeWidgetItem(m_filesItem, {s.name});
        item->setIcon(0, QIcon(s.kind == TableSource::Kind::Demo
                                   ? QStringLiteral(":/icons/demo.svg")
                                   : QStringLiteral(":/icons/table.svg")));
        QString tip = s.path;
        if (!s.format.isEmpty())
            tip += QStringLiteral("\n") + tr("Format: %1").arg(s.format);
        tip += QStringLiteral("\n") + tr("%n route(s)", nullptr, static_cast<int>(s.table->size()));
        item->setToolTip(0, tip);
    }
    item->setData(0, kSourceRole, index);
    rebuildConnectionItems(index);
    m_sources->expandAll();
    return index;
}

void MainWindow::selectSource(int index) {
    for (QTreeWidgetItemIterator it(m_sources); *it; ++it)
        if ((*it)->data(0, kSourceRole).toInt() == index) {
            m_sources->setCurrentItem(*it); // emits itemSelectionChanged
            break;
        }
    if (m_current != index) {
        m_current = index;
        showCurrentTable();
    }
}

void MainWindow::onSourceSelected() {
    const auto items = m_sources->selectedItems();
    if (items.isEmpty())
        return;
    const int index = items.front()->data(0, kSourceRole).toInt();
    if (index == -1) { // "This computer" not read yet
        openLive();
        return;
    }
    if (index < 0 || index >= static_cast<int>(m_sourceList.size()))
        return;
    const QVariant conn = items.front()->data(0, kConnectionRole);
    TableSource& s = m_sourceList[static_cast<std::size_t>(index)];
    if (conn.isValid() && conn.toInt() != s.selectedConnection) {
        s.selectedConnection = conn.toInt();
        s.mirrorSelected();
        m_current = index;
        showCurrentTable();
        return;
    }
    if (index == m_current)
        return;
    m_current = index;
    showCurrentTable();
}

const TableSource* MainWindow::currentSource() const {
    if (m_current < 0 || m_current >= static_cast<int>(m_sourceList.size()))
        return nullptr;
    return &m_sourceList[static_cast<std::size_t>(m_current)];
}

bool MainWindow::showingBefore() const {
    const TableSource* s = currentSource();
    return m_showBefore && s && s->before;
}

void MainWindow::setShowBefore(bool before) {
    if (m_showBefore == before)
        return;
    m_showBefore = before;
    if (m_beforeAction->isChecked() != before)
        m_beforeAction->setChecked(before);
    showCurrentTable();
}

std::shared_ptr<const core::RouteTable> MainWindow::shownTable() const {
    const TableSource* s = currentSource();
    if (!s)
        return nullptr;
    return showingBefore() ? s->before : s->table;
}

void MainWindow::showCurrentTable() {
    const TableSource* s = currentSource();
    auto table = shownTable();
    std::vector<std::uint32_t> flags;
    if (s && table)
        flags = annotate(*s, *table);
    m_model->setTable(table, flags);
    m_map->setTable(table, flags);
    m_changes->setTables(s ? s->before : nullptr, s ? s->table : nullptr);
    m_networks->setSource(showingBefore() ? nullptr : s);
    m_plan.reset();
    m_exportAction->setEnabled(false);
    m_applyAction->setEnabled(false);
    m_findingsPlaceholder->setText(s ? tr("No findings for this table.")
                                     : tr("Open a table to see findings."));
    // The Networks tab decides for one connection at a time: give it that connection's
    // decisions back (or, with several tunnels, a start made for its own device).
    bool planned = false;
    if (s && s->table && !showingBefore() && m_networks->hasPolicy())
        if (const VpnConnection* c = s->selected()) {
            if (c->policy) {
                m_networks->setPolicy(*c->policy); // replans through policyChanged
                planned = true;
            } else if (s->connections.size() > 1) {
                m_networks->setPolicy(core::SplitPolicy::fromProfileAndTable(
                    c->profile.get(), *s->table, c->device.str()));
                planned = true;
            }
        }
    if (!planned)
        replan();
    for (int c = 0; c < FindingsModel::Details; ++c)
        m_findings->resizeColumnToContents(c);
    m_tableView->resizeColumnsToContents();
    updateInterfaceCombo();
    QString title = tr("Splitroute");
    if (s)
        title =
            QStringLiteral("%1%2 — %3")
                .arg(s->name,
                     s->before ? (showingBefore() ? tr(" (before)") : tr(" (after)")) : QString(),
                     tr("Splitroute"));
    setWindowTitle(title);
    updateStatus();
}

void MainWindow::updateInterfaceCombo() {
    const QString keep = m_interfaceCombo->currentData().toString();
    QSignalBlocker block(m_interfaceCombo);
    while (m_interfaceCombo->count() > 1)
        m_interfaceCombo->removeItem(1);
    if (const core::RouteTable* t = m_model->table())
        for (const auto& name : t->interfaces())
            m_interfaceCombo->addItem(QString::fromStdString(name), QString::fromStdString(name));
    const int i = m_interfaceCombo->findData(keep);
    m_interfaceCombo->setCurrentIndex(i < 0 ? 0 : i);
    m_proxy->setInterface(m_interfaceCombo->currentData().toString());
}

void MainWindow::onFilterChanged() {
    m_proxy->setFilterText(m_filter->text());
    const int fam = m_familyCombo->currentData().toInt();
    m_proxy->setFamily(fam == 4   ? core::Family::V4
                       : fam == 6 ? core::Family::V6
                                  : core::Family::None);
    m_proxy->setInterface(m_interfaceCombo->currentData().toString());
    updateStatus();
}

void MainWindow::onTableSelectionChanged() {
    const QModelIndex cur = m_tableView->selectionModel()->currentIndex();
    if (!cur.isValid())
        return;
    const QModelIndex src = m_proxy->mapToSource(cur);
    m_map->setSelectedRoute(src.isValid() ? src.row() : -1);
}

void MainWindow::onMapRouteActivated(long index) {
    const QModelIndex src = m_model->index(static_cast<int>(index), 0);
    QModelIndex proxyIndex = m_proxy->mapFromSource(src);
    if (!proxyIndex.isValid()) { // filtered out: clear the filter so the route can be shown
        m_filter->clear();
        m_familyCombo->setCurrentIndex(0);
        m_interfaceCombo->setCurrentIndex(0);
        onFilterChanged();
        proxyIndex = m_proxy->mapFromSource(src);
    }
    if (!proxyIndex.isValid())
        return;
    m_tableView->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    m_tableView->scrollTo(proxyIndex);
    statusBar()->showMessage(
        QString::fromStdString((*m_model->table())[static_cast<std::size_t>(index)].toString()),
        5000);
}

void MainWindow::onFindingActivated(const QModelIndex& index) {
    const core::Finding* f = m_findingsModel->findingAt(index.row());
    const core::RouteTable* t = m_model->table();
    if (!f || !t)
        return;
    for (const auto& r : f->routes) {
        const long i = t->indexOf(r);
        if (i >= 0) {
            m_tabs->setCurrentIndex(RoutingTab);
            onMapRouteActivated(i);
            return;
        }
    }
    statusBar()->showMessage(QString::fromStdString(f->message), 8000);
}

void MainWindow::onPolicyChanged() {
    TableSource* s = mutableCurrentSource();
    if (!s || !s->table || !m_networks->hasPolicy())
        return;
    // Each connection keeps its own decisions while another one is on show.
    if (s->selectedConnection >= 0 &&
        s->selectedConnection < static_cast<int>(s->connections.size()))
        s->connections[static_cast<std::size_t>(s->selectedConnection)].policy =
            m_networks->policy();
    replan();
}

void MainWindow::replan() {
    const TableSource* s = currentSource();
    m_plan.reset();
    if (!s || !s->table || showingBefore()) {
        updatePlanViews();
        return;
    }
    // Primary and backup: each connection with decisions is planned in turn (core).
    std::vector<core::ConnectionPlanInput> inputs;
    std::vector<const VpnConnection*> planned;
    for (const VpnConnection& c : s->connections)
        if (c.policy) {
            inputs.push_back({c.profile.get(), c.device.str(), &*c.policy});
            planned.push_back(&c);
        }
    if (inputs.empty()) {
        updatePlanViews();
        return;
    }
    std::size_t failed = 0;
    auto plan = core::planConnections(*s->table, inputs, {}, &failed);
    if (!plan.ok()) {
        m_networks->messageLabel()->setText(
            tr("Cannot plan %1: %2")
                .arg(planned[failed]->name, QString::fromStdString(plan.error().message)));
        updatePlanViews();
        return;
    }
    m_plan = std::move(plan.value());
    if (const VpnConnection* sel = s->selected(); sel && !sel->device.empty())
        m_plan->tunnelDevice = sel->device.str();
    m_networks->messageLabel()->setText(
        tr("%n route change(s) planned.", nullptr, static_cast<int>(m_plan->changes.size())));
    updatePlanViews();
}

std::vector<core::Finding> MainWindow::collectFindings() const {
    const TableSource* s = currentSource();
    const std::shared_ptr<const core::RouteTable> table = shownTable();
    std::vector<core::Finding> findings;
    if (!s || !table)
        return findings;
    core::AnalysisInput input;
    input.table = table.get();
    // The profile describes the connected state: not the table before it.
    input.profile = showingBefore() ? nullptr : s->profile.get();
    findings = core::analyze(input);
    if (m_plan)
        findings.insert(findings.end(), m_plan->findings.begin(), m_plan->findings.end());
    if (showingBefore())
        return findings;
    // What the VPN inputs said: options that run code, unknown options, AWS notes, pushed
    // options a filter dropped — each named with its connection and place.
    for (const VpnConnection& c : s->connections)
        for (const core::Diagnostic& d : c.diagnostics) {
            core::Finding f;
            f.code = "profile-" + d.code;
            f.severity = d.severity;
            // Name the connection unless the place already does (a profile's own lines).
            QString text = diagnosticText(d);
            if (!text.startsWith(c.name + QLatin1Char(':')))
                text = tr("%1: %2").arg(c.name, text);
            f.message = text.toStdString();
            findings.push_back(std::move(f));
        }
    return findings;
}

void MainWindow::updatePlanViews() {
    m_networks->setPlan(m_plan ? &*m_plan : nullptr);
    const TableSource* s = currentSource();
    if (m_plan && s && !m_plan->changes.empty()) {
        m_changes->setTables(
            s->table, std::make_shared<const core::RouteTable>(m_plan->after),
            tr("Planned: %1").arg(QString::fromStdString(m_plan->effectiveSummary)));
    } else {
        m_changes->setTables(s ? s->before : nullptr, s ? s->table : nullptr);
    }
    const bool canExport = m_plan && !m_plan->changes.empty();
    m_exportAction->setEnabled(canExport);
    // The demo applies on its simulated backend; the live table through the helper.
    const bool demo = s && s->kind == TableSource::Kind::Demo && m_demoBackend;
    const bool live = s && s->kind == TableSource::Kind::Live &&
                      (!m_helper || m_helper->state() != HelperSession::State::Busy);
    const bool canApply = canExport && (demo || live);
    m_applyAction->setEnabled(canApply);
    m_applyAction->setToolTip(demo   ? tr("Apply the planned changes to the demo machine")
                              : live ? tr("Apply the planned changes to this computer")
                                     : tr("Open the demo or this computer's table to apply "
                                          "changes."));
    m_applyAction->setStatusTip(m_applyAction->toolTip());
    m_exportAction->setToolTip(canExport ? tr("Write the planned changes as a script")
                                         : tr("Decide something in the Networks tab first"));
    m_exportAction->setStatusTip(m_exportAction->toolTip());
    // Findings of the plan and of the connections join those of the table.
    m_findingsModel->setFindings(collectFindings());
    m_findings->setVisible(m_findingsModel->rowCount() > 0);
    m_findingsPlaceholder->setVisible(m_findingsModel->rowCount() == 0);
    updateStatus();
}

void MainWindow::onApplyTriggered() {
    applyPlan();
}

void MainWindow::reloadDemoTable() {
    for (auto& src : m_sourceList)
        if (src.kind == TableSource::Kind::Demo && m_demoBackend) {
            auto t = m_demoBackend->listRoutes();
            if (t.ok())
                src.table = std::make_shared<const core::RouteTable>(std::move(t.value()));
        }
    showCurrentTable();
}

bool MainWindow::applyPlan() {
    const TableSource* s = currentSource();
    if (m_plan && !m_plan->changes.empty() && s && s->kind == TableSource::Kind::Live)
        return applyThroughHelper(m_plan->changes);
    if (!m_plan || m_plan->changes.empty() || !s || s->kind != TableSource::Kind::Demo ||
        !m_demoBackend)
        return false;
    const core::ChangeSet changes = m_plan->changes;
    const platform::ApplyResult r = m_demoBackend->apply(changes);
    if (!r.ok()) {
        // Take back what did take effect, so the table is never left half-changed.
        core::ChangeSet done;
        done.changes.assign(changes.changes.begin(),
                            changes.changes.begin() + static_cast<long>(r.applied));
        const platform::ApplyResult back = m_demoBackend->apply(done.inverse());
        Q_UNUSED(back);
        reloadDemoTable();
        showError(tr("Cannot apply"),
                  tr("Change %1 failed: %2")
                      .arg(r.failure->index + 1)
                      .arg(QString::fromStdString(r.failure->error.toString())));
        return false;
    }
    reloadDemoTable();
    statusBar()->showMessage(
        tr("%n route change(s) applied.", nullptr, static_cast<int>(changes.size())), 8000);
    auto* dialog = new KeepChangesDialog(m_confirmSeconds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, changes](int result) {
        if (result == QDialog::Accepted)
            return;
        const platform::ApplyResult undo = m_demoBackend->apply(changes.inverse());
        reloadDemoTable();
        if (!undo.ok())
            showError(tr("Cannot revert"), QString::fromStdString(undo.failure->error.toString()));
        else
            statusBar()->showMessage(tr("The changes were reverted."), 8000);
    });
    dialog->open();
    return true;
}

void MainWindow::onExportTriggered() {
    if (!m_plan || m_plan->changes.empty())
        return;
    ExportDialog dialog(*m_plan, this);
    dialog.exec();
}

void MainWindow::onCopyTriggered() {
    const auto rows = m_tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> sourceRows;
    for (const auto& r : rows)
        sourceRows << m_proxy->mapToSource(r).row();
    std::sort(sourceRows.begin(), sourceRows.end());
    QApplication::clipboard()->setText(m_model->rowsAsText(sourceRows));
}

bool MainWindow::openFile(const QString& path) {
    // VPN inputs (opened, dropped or recent) become connections of the table on show.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ovpn") || suffix == QLatin1String("conf")) {
        if (!attachProfile(path))
            return false;
        // Server configs are remembered with their client (openServerConnection).
        if (const TableSource* s = currentSource();
            s && s->selected() && s->selected()->kind == VpnConnection::Kind::Profile)
            addRecentFile(path);
        return true;
    }
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll();
            if (looksLikePushInput(text)) {
                if (!openPushText(QString::fromUtf8(text), path))
                    return false;
                return true;
            }
            if (suffix == QLatin1String("json") && looksLikeAwsEndpoints(text)) {
                AwsRequest request;
                request.endpoints = path;
                return openAwsConnection(request);
            }
            if (suffix == QLatin1String("json") && looksLikeAwsRoutes(text)) {
                showError(tr("Cannot open file"),
                          tr("%1 holds the routes of an AWS Client VPN endpoint. Open it with "
                             "VPN → Open AWS Client VPN…, together with the endpoints JSON.")
                              .arg(QFileInfo(path).fileName()));
                return false;
            }
        }
    }
    auto loaded = loadTableFile(path);
    if (!loaded.ok()) {
        const core::Error& e = loaded.error();
        QString where = locationText(e.where);
        if (where.isEmpty())
            where = path;
        showError(tr("Cannot open file"),
                  tr("%1: %2").arg(where, QString::fromStdString(e.message)));
        return false;
    }
    TableSource s;
    s.kind = TableSource::Kind::File;
    s.name = QFileInfo(path).fileName();
    s.path = QFileInfo(path).absoluteFilePath();
    s.format = loaded.value().format;
    s.table = std::make_shared<const core::RouteTable>(std::move(loaded.value().table));
    s.diagnostics = std::move(loaded.value().diagnostics);
    const auto diagnostics = s.diagnostics;
    // Opening a file again reloads it in place (its VPN connections stay).
    int existing = -1;
    for (std::size_t i = 0; i < m_sourceList.size(); ++i)
        if (m_sourceList[i].kind == TableSource::Kind::File && m_sourceList[i].path == s.path)
            existing = static_cast<int>(i);
    if (existing >= 0) {
        TableSource& old = m_sourceList[static_cast<std::size_t>(existing)];
        s.connections = std::move(old.connections);
        s.selectedConnection = old.selectedConnection;
        s.mirrorSelected();
        old = std::move(s);
        m_current = -1;
        selectSource(existing);
    } else {
        selectSource(addSource(std::move(s)));
    }
    addRecentFile(path);
    if (!diagnostics.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < diagnostics.size() && i < 20; ++i)
            lines << QString::fromStdString(diagnostics[i].toString());
        if (diagnostics.size() > 20)
            lines << tr("… and %n more", nullptr, static_cast<int>(diagnostics.size() - 20));
        m_sink->information(this, tr("Some lines were not read"), lines.join('\n'));
    }
    return true;
}

bool MainWindow::openDemo() {
    const QString dir = demoDir();
    if (dir.isEmpty()) {
        showError(tr("Demo data missing"), tr("The bundled demo data was not found."));
        return false;
    }
    auto before = loadTableFile(dir + QStringLiteral("/before-vpn.json"));
    auto after = loadTableFile(dir + QStringLiteral("/after-vpn.json"));
    for (const auto* r : {&before, &after})
        if (!r->ok()) {
            showError(tr("Demo data unreadable"), QString::fromStdString(r->error().toString()));
            return false;
        }
    TableSource s;
    s.kind = TableSource::Kind::Demo;
    s.name = tr("Demo: laptop on a full-tunnel VPN");
    s.path = dir;
    s.format = before.value().format;
    s.before = std::make_shared<const core::RouteTable>(std::move(before.value().table));
    // The demo machine runs on the simulated backend: its table is the one after connecting.
    m_demoBackend = std::make_unique<platform::SimulatedBackend>(std::move(after.value().table),
                                                                 demoInterfaces());
    auto current = m_demoBackend->listRoutes();
    if (!current.ok()) {
        showError(tr("Demo data unreadable"), QString::fromStdString(current.error().toString()));
        return false;
    }
    s.table = std::make_shared<const core::RouteTable>(std::move(current.value()));
    auto profile = loadProfileConnection(dir + QStringLiteral("/corporate.ovpn"));
    if (profile.ok()) {
        profile.value().device = "tun0";
        s.connections.push_back(std::move(profile.value()));
        s.selectedConnection = 0;
        s.mirrorSelected();
    } else {
        showError(tr("Demo data unreadable"), errorText(profile.error()));
    }
    m_showBefore = false;
    m_beforeAction->setChecked(false);
    selectSource(addSource(std::move(s)));
    return true;
}

bool MainWindow::openLive() {
    if (m_helperOptions) {
        // The table the helper changes is the one to show (a --simulate helper in tests).
        ensureHelper()->list();
        return true;
    }
    if (!m_liveBackend)
        m_liveBackend = platform::createSystemBackend();
    if (!m_liveBackend) {
        statusBar()->showMessage(
            tr("Reading this computer's routing table is not supported on this system."), 8000);
        return false;
    }
    auto routes = m_liveBackend->listRoutes();
    if (!routes.ok()) {
        showError(tr("Cannot read this computer's routes"),
                  QString::fromStdString(routes.error().toString()));
        return false;
    }
    setLiveTable(std::make_shared<const core::RouteTable>(std::move(routes.value())),
                 QString::fromStdString(m_liveBackend->name()));

    // Follow the kernel's route and link events; re-read (debounced) when they come.
    if (!m_liveMonitor) {
        auto monitor = m_liveBackend->watch();
        if (monitor.ok()) {
            m_liveMonitor = std::move(monitor.value());
            m_liveNotifier = new QSocketNotifier(m_liveMonitor->fd(), QSocketNotifier::Read, this);
            connect(m_liveNotifier, &QSocketNotifier::activated, this, &MainWindow::onLiveEvents);
            m_liveReload = new QTimer(this);
            m_liveReload->setSingleShot(true);
            m_liveReload->setInterval(250);
            connect(m_liveReload, &QTimer::timeout, this, [this] { openLive(); });
        } else {
            statusBar()->showMessage(tr("Not following route changes: %1")
                                         .arg(QString::fromStdString(monitor.error().toString())),
                                     8000);
        }
    }

    return true;
}

void MainWindow::setLiveTable(std::shared_ptr<const core::RouteTable> table,
                              const QString& format) {
    TableSource s;
    s.kind = TableSource::Kind::Live;
    s.name = tr("This computer");
    s.format = format;
    s.table = std::move(table);
    for (std::size_t i = 0; i < m_sourceList.size(); ++i)
        if (m_sourceList[i].kind == TableSource::Kind::Live) {
            // A re-read keeps the VPN connections of this computer's table.
            s.connections = std::move(m_sourceList[i].connections);
            s.selectedConnection = m_sourceList[i].selectedConnection;
            s.mirrorSelected();
            m_sourceList[i] = std::move(s);
            if (m_current == static_cast<int>(i))
                showCurrentTable();
            else
                selectSource(static_cast<int>(i));
            return;
        }
    selectSource(addSource(std::move(s)));
}

void MainWindow::setHelperOptions(platform::HelperClientOptions options) {
    delete m_helper;
    m_helper = nullptr;
    m_helperOptions = std::move(options);
    updateStatus();
}

HelperSession* MainWindow::ensureHelper() {
    if (m_helper)
        return m_helper;
    m_helper = new HelperSession(m_helperOptions.value_or(platform::HelperClientOptions{}), this);
    connect(m_helper, &HelperSession::stateChanged, this, [this] { updatePlanViews(); });
    connect(m_helper, &HelperSession::listed, this,
            [this](std::shared_ptr<const core::RouteTable> table) {
                setLiveTable(std::move(table), tr("helper (%1)").arg(m_helper->backendName()));
            });
    connect(m_helper, &HelperSession::failed, this,
            [this](const QString& message) { showError(tr("The helper failed"), message); });
    connect(m_helper, &HelperSession::reverted, this, [this](bool ok, const QString& message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            showError(tr("Cannot revert"), message);
        openLive();
    });
    connect(m_helper, &HelperSession::confirmed, this, [this](bool ok, const QString& message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            showError(tr("Cannot keep the changes"), message);
        openLive();
    });
    return m_helper;
}

bool MainWindow::applyThroughHelper(const core::ChangeSet& changes) {
    HelperSession* helper = ensureHelper();
    if (helper->state() == HelperSession::State::Busy ||
        helper->state() == HelperSession::State::Pending)
        return false;
    // Long batches report progress; the dialog shows itself only if the apply takes a while.
    auto* progress = new QProgressDialog(tr("Applying route changes…"), QString(), 0,
                                         static_cast<int>(changes.size()), this);
    progress->setWindowTitle(tr("Applying"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    // Cancel: the helper finishes the batch it is applying, then rolls it back at once.
    progress->setCancelButtonText(tr("Cancel"));
    progress->setValue(0);
    auto conns = std::make_shared<std::vector<QMetaObject::Connection>>();
    auto cancelled = std::make_shared<bool>(false);
    conns->push_back(connect(progress, &QProgressDialog::canceled, helper, [helper, cancelled] {
        *cancelled = true;
        helper->cancelApply();
    }));
    conns->push_back(
        connect(helper, &HelperSession::progress, progress, [progress](qint64 done, qint64 total) {
            progress->setMaximum(static_cast<int>(total));
            progress->setValue(static_cast<int>(done));
        }));
    // The helper reverts by itself a little after our countdown, should this window hang.
    const auto helperTimeout = static_cast<std::uint32_t>(m_confirmSeconds + 10);
    conns->push_back(connect(helper, &HelperSession::applied, this,
                             [this, progress, conns, cancelled](bool ok, const QString& message) {
                                 for (const auto& c : *conns)
                                     disconnect(c);
                                 progress->close();
                                 if (!ok && *cancelled) {
                                     statusBar()->showMessage(message, 8000);
                                     openLive();
                                     return;
                                 }
                                 if (!ok) {
                                     showError(tr("Cannot apply"), message);
                                     openLive();
                                     return;
                                 }
                                 statusBar()->showMessage(message, 8000);
                                 openLive();
                                 auto* dialog = new KeepChangesDialog(m_confirmSeconds, this);
                                 dialog->setAttribute(Qt::WA_DeleteOnClose);
                                 connect(dialog, &QDialog::finished, this, [this](int result) {
                                     if (!m_helper)
                                         return;
                                     if (result == QDialog::Accepted)
                                         m_helper->confirm();
                                     else
                                         revertWithProgress(m_helper, QStringLiteral("pending"));
                                 });
                                 dialog->open();
                             }));
    helper->apply(changes, helperTimeout);
    return true;
}

void MainWindow::onAttachProfileTriggered() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attach VPN Profile"), QString(),
                                     tr("OpenVPN profiles (*.ovpn *.conf);;All files (*)"));
    if (!path.isEmpty() && attachProfile(path))
        if (const TableSource* s = currentSource();
            s && s->selected() && s->selected()->kind == VpnConnection::Kind::Profile)
            addRecentFile(path);
}

bool MainWindow::attachProfile(const QString& path) {
    if (!requireTable())
        return false;
    // A server config opened where a profile was expected: show it through a client's eyes.
    auto connection = loadProfileConnection(path);
    if (!connection.ok()) {
        showError(tr("Cannot read the VPN profile"), errorText(connection.error(), path));
        return false;
    }
    if (connection.value().profile->server)
        return openServerConfigFile(path);
    if (!addConnection(std::move(connection.value())))
        return false;
    statusBar()->showMessage(tr("VPN profile %1 attached.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

bool MainWindow::openServerConfigFile(const QString& path) {
    ServerRequest request;
    request.config = QFileInfo(path).absoluteFilePath();
    auto names = serverClientNames(request.config, QString());
    if (!names.ok()) {
        showError(tr("Cannot read the server config"), errorText(names.error(), path));
        return false;
    }
    if (!names.value().isEmpty()) {
        QStringList items{tr("(any client without a file)")};
        items << names.value();
        const auto pick =
            m_chooser(tr("OpenVPN Server"),
                      tr("Show %1 as seen by the client:").arg(QFileInfo(path).fileName()), items);
        if (!pick)
            return false;
        if (*pick != items.front())
            request.client = *pick;
    }
    return openServerConnection(request);
}

bool MainWindow::openServerConnection(const ServerRequest& request) {
    if (!requireTable())
        return false;
    return addLoadedConnection(loadServerConnection(request), tr("Cannot read the server config"),
                               request.config);
}

bool MainWindow::openAwsConnection(AwsRequest request) {
    if (!requireTable())
        return false;
    if (request.endpointId.isEmpty()) {
        auto endpoints = readAwsEndpointsFile(request.endpoints);
        if (!endpoints.ok()) {
            showError(tr("Cannot read the AWS endpoints"),
                      errorText(endpoints.error(), request.endpoints));
            return false;
        }
        // A downloaded AWS profile names its endpoint (core::selectAwsEndpoint); when nothing
        // picks one of several, ask which.
        std::optional<core::VpnProfile> profile;
        if (!request.profile.isEmpty())
            if (auto p = core::parseProfileFile(request.profile.toStdString()); p.ok())
                profile = std::move(p.value());
        const auto choice = core::selectAwsEndpoint(
            endpoints.value(),
            {{}, profile ? &*profile : nullptr, request.endpoints.toStdString(), {}});
        if (!choice.ok() && choice.error().code == core::ErrorCode::InvalidArgument) {
            QStringList ids;
            for (const auto& e : endpoints.value())
                ids << QString::fromStdString(e.id);
            const auto pick = m_chooser(tr("AWS Client VPN"),
                                        tr("The file holds several endpoints. Which one?"), ids);
            if (!pick)
                return false;
            request.endpointId = *pick;
        }
    }
    return addLoadedConnection(loadAwsConnection(request),
                               tr("Cannot read the AWS Client VPN endpoint"), request.endpoints);
}

bool MainWindow::addLoadedConnection(core::Result<VpnConnection> connection,
                                     const QString& errorTitle, const QString& file) {
    if (!connection.ok()) {
        showError(errorTitle, errorText(connection.error(), file));
        return false;
    }
    const QString entry = connection.value().recentEntry;
    if (!addConnection(std::move(connection.value())))
        return false;
    addRecentFile(entry);
    return true;
}

bool MainWindow::requireTable() {
    if (currentSource())
        return true;
    showError(tr("No table"), tr("Open a routing table first."));
    return false;
}

bool MainWindow::openPushText(const QString& text, const QString& origin, int baseConnection) {
    if (!requireTable())
        return false;
    const TableSource* s = currentSource();
    const VpnConnection* base =
        baseConnection >= 0 && baseConnection < static_cast<int>(s->connections.size())
            ? &s->connections[static_cast<std::size_t>(baseConnection)]
            : nullptr;
    auto connection = loadPushConnection(text, origin, base);
    if (!connection.ok()) {
        showError(tr("Cannot read the pushed options"), errorText(connection.error(), origin));
        return false;
    }
    const QString entry = connection.value().recentEntry;
    if (!addConnection(std::move(connection.value()), base ? baseConnection : -1))
        return false;
    if (!origin.isEmpty() && !base)
        addRecentFile(entry);
    return true;
}

bool MainWindow::openRecent(const QString& entry) {
    if (auto r = serverRequestFromRecent(entry))
        return openServerConnection(*r);
    if (auto r = awsRequestFromRecent(entry))
        return openAwsConnection(*r);
    return openFile(entry);
}

TableSource* MainWindow::mutableCurrentSource() {
    if (m_current < 0 || m_current >= static_cast<int>(m_sourceList.size()))
        return nullptr;
    return &m_sourceList[static_cast<std::size_t>(m_current)];
}

bool MainWindow::addConnection(VpnConnection c, int replace) {
    TableSource* s = mutableCurrentSource();
    if (!s)
        return false;
    // Opening the same input again reloads it in place (keeping device and decisions).
    if (replace < 0 && !c.recentEntry.isEmpty())
        for (std::size_t i = 0; i < s->connections.size(); ++i)
            if (s->connections[i].recentEntry == c.recentEntry && s->connections[i].kind == c.kind)
                replace = static_cast<int>(i);
    std::vector<core::InterfaceName> taken;
    for (std::size_t i = 0; i < s->connections.size(); ++i)
        if (static_cast<int>(i) != replace && !s->connections[i].device.empty())
            taken.push_back(s->connections[i].device);
    if (replace >= 0 && replace < static_cast<int>(s->connections.size())) {
        VpnConnection& old = s->connections[static_cast<std::size_t>(replace)];
        if (old.deviceChosenByUser) {
            c.device = old.device;
            c.deviceChosenByUser = true;
        }
        c.policy = old.policy;
        if (!c.deviceChosenByUser)
            c.device = core::chooseDevice(c, s->table.get(), taken);
        old = std::move(c);
        s->selectedConnection = replace;
    } else {
        if (!c.deviceChosenByUser || c.device.empty())
            c.device = core::chooseDevice(c, s->table.get(), taken);
        s->connections.push_back(std::move(c));
        s->selectedConnection = static_cast<int>(s->connections.size()) - 1;
    }
    s->mirrorSelected();
    rebuildConnectionItems(m_current);
    if (QTreeWidgetItem* item = connectionItem(s->selectedConnection)) {
        const QSignalBlocker block(m_sources);
        m_sources->setCurrentItem(item);
    }
    showCurrentTable();
    return true;
}

int MainWindow::connectionCount() const {
    const TableSource* s = currentSource();
    return s ? static_cast<int>(s->connections.size()) : 0;
}

bool MainWindow::selectConnection(int index) {
    TableSource* s = mutableCurrentSource();
    if (!s || index < 0 || index >= static_cast<int>(s->connections.size()))
        return false;
    if (QTreeWidgetItem* item = connectionItem(index))
        m_sources->setCurrentItem(item); // onSourceSelected shows it
    if (s->selectedConnection != index) {
        s->selectedConnection = index;
        s->mirrorSelected();
        showCurrentTable();
    }
    return true;
}

bool MainWindow::removeConnection(int index) {
    TableSource* s = mutableCurrentSource();
    if (!s || index < 0 || index >= static_cast<int>(s->connections.size()))
        return false;
    const QString name = s->connections[static_cast<std::size_t>(index)].name;
    s->connections.erase(s->connections.begin() + index);
    if (s->selectedConnection >= index)
        s->selectedConnection = std::max(0, s->selectedConnection - 1);
    s->mirrorSelected();
    const int current = m_current;
    rebuildConnectionItems(current);
    // The table item is selected again; keep the table on show.
    if (QTreeWidgetItem* item = sourceItem(current)) {
        const QSignalBlocker block(m_sources);
        m_sources->setCurrentItem(item);
    }
    showCurrentTable();
    statusBar()->showMessage(tr("VPN connection %1 removed.").arg(name), 8000);
    return true;
}

bool MainWindow::closeTable(int index) {
    if (index < 0 || index >= static_cast<int>(m_sourceList.size()))
        return false;
    const TableSource& s = m_sourceList[static_cast<std::size_t>(index)];
    if (s.kind == TableSource::Kind::Live)
        return false; // "This computer" stays; it is read again when chosen
    // A connection keeps the policy on show even when nobody changed it: only one that
    // differs from where the Networks tab starts holds decisions.
    const auto decided = [&s](const VpnConnection& c) {
        if (!c.policy || !s.table)
            return false;
        const core::VpnProfile* profile = c.profile.get();
        return *c.policy !=
                   core::SplitPolicy::fromProfileAndTable(profile, *s.table, c.device.str()) &&
               *c.policy != core::SplitPolicy::fromProfileAndTable(profile, *s.table);
    };
    const QString name = s.name;
    if (std::any_of(s.connections.begin(), s.connections.end(), decided)) {
        // The question runs an event loop: sources may be added (the live table read by the
        // helper) meanwhile, so `s` and `index` are found again afterwards by the table.
        const auto table = s.table;
        if (!m_sink->question(this, tr("Close Table"),
                              tr("Close %1? The decisions made in the Networks tab for its VPN "
                                 "connections will be lost.")
                                  .arg(name)))
            return false;
        const auto it = std::find_if(m_sourceList.begin(), m_sourceList.end(),
                                     [&](const TableSource& t) { return t.table == table; });
        if (it == m_sourceList.end())
            return false; // reloaded or closed meanwhile
        index = static_cast<int>(it - m_sourceList.begin());
    }
    {
        const QSignalBlocker block(m_sources);
        delete sourceItem(index); // and its connection items
        for (QTreeWidgetItemIterator it(m_sources); *it; ++it) {
            const int i = (*it)->data(0, kSourceRole).toInt();
            if (i > index)
                (*it)->setData(0, kSourceRole, i - 1);
        }
        m_sourceList.erase(m_sourceList.begin() + index);
    }
    // Show the table that took its place, else the one before it, else nothing.
    int next = m_current;
    if (m_current == index)
        next = std::min(index, static_cast<int>(m_sourceList.size()) - 1);
    else if (m_current > index)
        next = m_current - 1;
    m_current = -1;
    if (next >= 0) {
        selectSource(next);
    } else {
        const QSignalBlocker block(m_sources);
        m_sources->setCurrentItem(nullptr);
        showCurrentTable();
    }
    statusBar()->showMessage(tr("Closed %1.").arg(name), 8000);
    return true;
}

bool MainWindow::setConnectionDevice(int index, const QString& device) {
    TableSource* s = mutableCurrentSource();
    if (!s || index < 0 || index >= static_cast<int>(s->connections.size()) ||
        device.trimmed().isEmpty())
        return false;
    VpnConnection& c = s->connections[static_cast<std::size_t>(index)];
    c.device = device.trimmed().toStdString();
    c.deviceChosenByUser = true;
    c.policy.reset(); // decisions were made against the other device's routes
    s->mirrorSelected();
    rebuildConnectionItems(m_current);
    showCurrentTable();
    return true;
}

QTreeWidgetItem* MainWindow::sourceItem(int sourceIndex) const {
    for (QTreeWidgetItemIterator it(m_sources); *it; ++it)
        if ((*it)->data(0, kSourceRole).toInt() == sourceIndex &&
            !(*it)->data(0, kConnectionRole).isValid())
            return *it;
    return nullptr;
}

QTreeWidgetItem* MainWindow::connectionItem(int index) const {
    QTreeWidgetItem* parent = sourceItem(m_current);
    if (!parent)
        return nullptr;
    for (int i = 0; i < parent->childCount(); ++i)
        if (parent->child(i)->data(0, kConnectionRole).toInt() == index)
            return parent->child(i);
    return nullptr;
}

void MainWindow::rebuildConnectionItems(int sourceIndex) {
    QTreeWidgetItem* parent = sourceItem(sourceIndex);
    if (!parent || sourceIndex < 0 || sourceIndex >= static_cast<int>(m_sourceList.size()))
        return;
    const QSignalBlocker block(m_sources);
    const TableSource& s = m_sourceList[static_cast<std::size_t>(sourceIndex)];
    const bool hadCurrent =
        m_sources->currentItem() && m_sources->currentItem()->parent() == parent;
    qDeleteAll(parent->takeChildren());
    for (int i = 0; i < static_cast<int>(s.connections.size()); ++i) {
        const VpnConnection& c = s.connections[static_cast<std::size_t>(i)];
        const QString device =
            c.device.empty() ? tr("device unknown") : QString::fromStdString(c.device.str());
        auto* item = new QTreeWidgetItem(parent, {tr("%1 → %2").arg(c.name, device)});
        const int errors = c.count(core::Severity::Error);
        const int warnings = c.count(core::Severity::Warning);
        item->setIcon(0, QIcon(errors     ? QStringLiteral(":/icons/error.svg")
                               : warnings ? QStringLiteral(":/icons/warning.svg")
                                          : QStringLiteral(":/icons/networks.svg")));
        item->setData(0, kSourceRole, sourceIndex);
        item->setData(0, kConnectionRole, i);
        QStringList tip;
        QStringList files;
        for (const auto& f : c.files)
            files << QString::fromStdString(f);
        tip << (files.isEmpty() ? tr("Pasted text") : files.join(QLatin1Char('\n')));
        tip << tr("Kind: %1").arg(c.kindText());
        tip << tr("Tunnel device: %1").arg(device);
        tip << tr("%n pushed network(s)", nullptr, static_cast<int>(c.pushed.size()));
        tip << tr("%n warning(s)", nullptr, warnings + errors);
        item->setToolTip(0, tip.join(QLatin1Char('\n')));
        if (hadCurrent && i == s.selectedConnection)
            m_sources->setCurrentItem(item);
    }
    if (hadCurrent && !s.selected())
        m_sources->setCurrentItem(parent);
    parent->setExpanded(true);
}

QString MainWindow::connectionDetails(int index) const {
    const TableSource* s = currentSource();
    if (!s || index < 0 || index >= static_cast<int>(s->connections.size()))
        return {};
    const VpnConnection& c = s->connections[static_cast<std::size_t>(index)];
    QStringList lines;
    lines << c.name;
    lines << tr("Kind: %1").arg(c.kindText());
    for (const auto& f : c.files)
        lines << tr("File: %1").arg(QString::fromStdString(f));
    lines << tr("Tunnel device: %1")
                 .arg(c.device.empty() ? tr("unknown") : QString::fromStdString(c.device.str()));
    if (c.profile && c.profile->redirect && !c.profile->redirect->isPrivate)
        lines << tr("Redirects the default gateway%1")
                     .arg(c.profile->redirect->def1 ? tr(" (def1: 0.0.0.0/1 + 128.0.0.0/1)")
                                                    : QString());
    QStringList nets;
    for (const auto& p : c.pushed)
        nets << QString::fromStdString(p.toString());
    lines << tr("Pushed networks (%1): %2")
                 .arg(c.pushed.size())
                 .arg(nets.isEmpty() ? tr("none") : nets.join(QStringLiteral(", ")));
    if (!c.diagnostics.empty()) {
        lines << tr("Notes:");
        for (const auto& d : c.diagnostics)
            lines << QStringLiteral("  [%1] %2")
                         .arg(QString::fromLatin1(core::severityName(d.severity)),
                              diagnosticText(d));
    }
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::setChooser(Chooser chooser) {
    if (chooser)
        m_chooser = std::move(chooser);
}

void MainWindow::onOpenServerTriggered() {
    if (!requireTable())
        return;
    ServerConnectionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openServerConnection(dialog.request());
}

void MainWindow::onOpenAwsTriggered() {
    if (!requireTable())
        return;
    AwsConnectionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openAwsConnection(dialog.request());
}

void MainWindow::onPasteTriggered() {
    if (!requireTable())
        return;
    const TableSource* s = currentSource();
    QStringList names;
    for (const auto& c : s->connections)
        names << c.name;
    PushReplyDialog dialog(names, -1, this);
    if (dialog.exec() == QDialog::Accepted)
        openPushText(dialog.text(), QString(), dialog.baseConnection());
}

void MainWindow::onSourcesContextMenu(const QPoint& pos) {
    QTreeWidgetItem* item = m_sources->itemAt(pos);
    QMenu menu(this);
    if (item && item->data(0, kConnectionRole).isValid()) {
        m_sources->setCurrentItem(item);
        menu.addAction(m_deviceAction);
        menu.addAction(m_connectionDetailsAction);
        menu.addSeparator();
        menu.addAction(m_removeConnectionAction);
    } else {
        menu.addAction(m_attachProfileAction);
        menu.addAction(m_openServerAction);
        menu.addAction(m_openAwsAction);
        menu.addAction(m_pasteAction);
        if (item && item != m_liveItem && item != m_filesItem) {
            m_sources->setCurrentItem(item);
            menu.addSeparator();
            menu.addAction(m_closeTableAction);
        }
    }
    menu.exec(m_sources->viewport()->mapToGlobal(pos));
}

void MainWindow::onSavePolicyTriggered() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Policy"), QString(),
                                                      tr("Split policies (*.json)"));
    if (!path.isEmpty())
        savePolicy(path);
}

void MainWindow::onLoadPolicyTriggered() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Policy"), QString(),
                                                      tr("Split policies (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadPolicy(path);
}

bool MainWindow::savePolicy(const QString& path) {
    if (!m_networks->hasPolicy()) {
        showError(tr("No policy"), tr("This source has no VPN connection to decide about."));
        return false;
    }
    QSaveFile f(path);
    const QByteArray data = QByteArray::fromStdString(m_networks->policy().serialize());
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        showError(tr("Cannot save the policy"), tr("%1: %2").arg(path, f.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Policy saved to %1.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

bool MainWindow::loadPolicy(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read the policy"), tr("%1: %2").arg(path, f.errorString()));
        return false;
    }
    auto policy = core::SplitPolicy::parse(f.readAll().toStdString(), path.toStdString());
    if (!policy.ok()) {
        showError(tr("Cannot read the policy"), QString::fromStdString(policy.error().toString()));
        return false;
    }
    if (!m_networks->setPolicy(std::move(policy.value()))) {
        showError(tr("No policy"), tr("This source has no VPN connection to decide about."));
        return false;
    }
    m_tabs->setCurrentIndex(NetworksTab);
    return true;
}

void MainWindow::onRevertTriggered() {
    if (!m_sink->question(this, tr("Revert"),
                          tr("Undo the last route changes Splitroute applied to this computer?")))
        return;
    revertLast();
}

bool MainWindow::revertLast() {
    HelperSession* helper = ensureHelper();
    if (helper->state() == HelperSession::State::Busy)
        return false;
    revertWithProgress(helper, QStringLiteral("last"));
    return true;
}

void MainWindow::revertWithProgress(HelperSession* helper, const QString& target) {
    // The number of changes is not known before the helper's first progress event.
    auto* progress = new QProgressDialog(tr("Reverting route changes…"), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Reverting"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(500);
    progress->setValue(0);
    auto conns = std::make_shared<std::vector<QMetaObject::Connection>>();
    conns->push_back(
        connect(helper, &HelperSession::progress, progress, [progress](qint64 done, qint64 total) {
            progress->setMaximum(static_cast<int>(total));
            progress->setValue(static_cast<int>(done));
        }));
    conns->push_back(connect(helper, &HelperSession::reverted, progress, [progress, conns] {
        for (const auto& c : *conns)
            disconnect(c);
        progress->close();
    }));
    helper->revert(target);
}

nlohmann::json MainWindow::demoMachineJson() const {
    const auto* sim = dynamic_cast<const platform::SimulatedBackend*>(m_demoBackend.get());
    return sim ? sim->toJson() : nlohmann::json();
}

void MainWindow::onLiveEvents() {
    if (!m_liveMonitor)
        return;
    auto events = m_liveMonitor->readEvents();
    if (!events.ok()) {
        // An overrun or a broken socket: stop following, keep the last table.
        m_liveNotifier->setEnabled(false);
        statusBar()->showMessage(tr("Stopped following route changes: %1")
                                     .arg(QString::fromStdString(events.error().toString())),
                                 8000);
        return;
    }
    if (!events.value().empty())
        m_liveReload->start();
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
        QFileDialog::getOpenFileNames(this, tr("Open"), dir, filters.join(QStringLiteral(";;")));
    for (const QString& f : files) {
        settings.setValue(QStringLiteral("lastDir"), QFileInfo(f).absolutePath());
        openFile(f);
    }
}

void MainWindow::onSaveSnapshotTriggered() {
    if (!shownTable())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Snapshot"), QStringLiteral("routes.json"),
                                     tr("Splitroute snapshots (*.json)"));
    if (!path.isEmpty())
        saveSnapshot(path);
}

bool MainWindow::saveSnapshot(const QString& path) {
    const auto table = shownTable();
    if (!table)
        return false;
    core::Snapshot snap;
    snap.source = currentSource() ? currentSource()->name.toStdString() : std::string();
    snap.taken = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    snap.table = *table;
    const std::string text = core::writeSnapshot(snap);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !f.commit()) {
        showError(tr("Cannot save snapshot"), tr("%1: %2").arg(path, f.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::onAboutTriggered() {
    m_sink->information(
        this, tr("About Splitroute"),
        tr("Splitroute %1\n\nA split-tunnel route manager: see the routes a VPN installs against "
           "your routing table, decide network by network what goes through the tunnel, and "
           "apply, revert or export the difference.\n\nBuilt with Qt %2.")
            .arg(QStringLiteral(SPLITROUTE_VERSION), QString::fromLatin1(qVersion())));
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
            openFile(u.toLocalFile());
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
    m_tabs->setCurrentIndex(RoutingTab);
    return ok;
}

} // namespace splitroute::app
