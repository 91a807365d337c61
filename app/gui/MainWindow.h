// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/TableSource.h"

#include <QMainWindow>
#include <QStringList>

#include "core/plan/Planner.h"
#include "platform/HelperClient.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class QSocketNotifier;
class QTimer;

namespace splitroute::platform {
class RouteBackend;
class RouteMonitor;
} // namespace splitroute::platform

namespace splitroute::app {

class AddressMapWidget;
class HelperSession;
class MessageSink;
class RouteFilterProxyModel;
class RouteTableModel;
class ChangesView;
class FindingsModel;
class NetworksView;

/// The main window: sources on the left, the routing table, networks, address map and
/// changes as tabs, findings below, status bar. Thin: every routing fact comes from core.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { RoutingTab, NetworksTab, MapTab, ChangesTab };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Replaces where modal messages go (tests). The window does not own the sink.
    void setMessageSink(MessageSink* sink);

    /// Opens a routing table file; on failure shows the error (with file:line:column).
    bool openFile(const QString& path);
    /// Opens the bundled demo (a laptop before and after connecting a full-tunnel VPN).
    bool openDemo();
    /// Shows the live table of this computer, when this build can read it.
    bool openLive();

    /// Applies the current plan (demo: on the simulated backend), then asks to keep it with
    /// a countdown of `confirmSeconds` that reverts unless confirmed.
    bool applyPlan();
    void setConfirmSeconds(int seconds) { m_confirmSeconds = seconds; }
    [[nodiscard]] QAction* applyAction() const { return m_applyAction; }
    [[nodiscard]] QAction* revertAction() const { return m_revertAction; }

    /// Changes to the live table go through splitroute-helper (pkexec when not root). Setting
    /// options here (tests: a --simulate helper) also makes the live table read through it.
    void setHelperOptions(platform::HelperClientOptions options);
    /// The helper conversation, once one has started (else null).
    [[nodiscard]] HelperSession* helperSession() const { return m_helper; }
    /// Attaches a VPN profile (.ovpn/.conf) to the current table as a VPN connection (opening
    /// the same file again reloads it): its pushed networks feed the Networks tab and the
    /// findings. A broken profile shows its error (file:line:column) and changes nothing.
    bool attachProfile(const QString& path);
    /// Adds the view one client has of an OpenVPN server (config + client-config-dir).
    bool openServerConnection(const ServerRequest& request);
    /// Adds an AWS Client VPN endpoint; with several endpoints and none named, asks which.
    bool openAwsConnection(AwsRequest request);
    /// Adds (or, with a base connection, updates) a connection from a PUSH_REPLY or an
    /// OpenVPN client log. `origin`: the file it came from, empty for pasted text.
    bool openPushText(const QString& text, const QString& origin, int baseConnection = -1);
    /// Opens a Recent files entry (a path, or a server/AWS entry).
    bool openRecent(const QString& entry);

    /// The connections of the current table; selecting one puts it in the Networks tab.
    [[nodiscard]] int connectionCount() const;
    bool selectConnection(int index);
    bool removeConnection(int index);
    /// Closes an opened table (a file or the demo) with its VPN connections; asks first when
    /// decisions made for them would be lost. "This computer" is not closed.
    bool closeTable(int index);
    /// Sets the tunnel device of a connection (the user knows better than the guess).
    bool setConnectionDevice(int index, const QString& device);
    /// The dock item of a connection of the current table (null when there is none).
    [[nodiscard]] QTreeWidgetItem* connectionItem(int index) const;
    /// Text of the details of a connection (file, kind, device, pushed networks, warnings).
    [[nodiscard]] QString connectionDetails(int index) const;

    /// Asks the user to pick one of `items`; nullopt when cancelled. Tests replace it.
    using Chooser = std::function<std::optional<QString>(const QString& title, const QString& label,
                                                         const QStringList& items)>;
    void setChooser(Chooser chooser);
    [[nodiscard]] QAction* removeConnectionAction() const { return m_removeConnectionAction; }
    [[nodiscard]] QAction* closeTableAction() const { return m_closeTableAction; }
    [[nodiscard]] QAction* connectionDetailsAction() const { return m_connectionDetailsAction; }
    /// Saves the Networks tab's policy (core/plan/SplitPolicy JSON); loads one into it.
    bool savePolicy(const QString& path);
    bool loadPolicy(const QString& path);
    /// Asks the helper to undo the last applied (or the pending) transaction.
    bool revertLast();
    /// The demo machine (interfaces and current table) in the helper's --simulate form.
    [[nodiscard]] nlohmann::json demoMachineJson() const;

    /// Saves the table on show as a Splitroute snapshot; on failure shows the error.
    bool saveSnapshot(const QString& path);

    /// Saves one PNG per tab to `dir` (name-suffix.png); used by scripts/screenshots.sh.
    bool saveScreenshots(const QString& dir, const QString& suffix);

    [[nodiscard]] const TableSource* currentSource() const;
    [[nodiscard]] bool showingBefore() const;
    void setShowBefore(bool before);

    [[nodiscard]] RouteTableModel* routeModel() const { return m_model; }
    [[nodiscard]] RouteFilterProxyModel* routeProxy() const { return m_proxy; }
    [[nodiscard]] QTableView* tableView() const { return m_tableView; }
    [[nodiscard]] AddressMapWidget* mapWidget() const { return m_map; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QTreeWidget* sourcesTree() const { return m_sources; }
    [[nodiscard]] ChangesView* changesView() const { return m_changes; }
    [[nodiscard]] NetworksView* networksView() const { return m_networks; }
    [[nodiscard]] const core::Plan* plan() const { return m_plan ? &*m_plan : nullptr; }
    [[nodiscard]] QAction* exportAction() const { return m_exportAction; }
    [[nodiscard]] FindingsModel* findingsModel() const { return m_findingsModel; }
    [[nodiscard]] QTreeView* findingsView() const { return m_findings; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox* familyCombo() const { return m_familyCombo; }
    [[nodiscard]] QComboBox* interfaceCombo() const { return m_interfaceCombo; }
    [[nodiscard]] QStringList recentFiles() const { return m_recent; }
    [[nodiscard]] QString statusText() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private slots:
    void onOpenTriggered();
    void onSaveSnapshotTriggered();
    void onAboutTriggered();
    void onSourceSelected();
    void onFilterChanged();
    void onMapRouteActivated(long index);
    void onTableSelectionChanged();
    void onCopyTriggered();
    void onFindingActivated(const QModelIndex& index);
    void onPolicyChanged();
    void onExportTriggered();
    void onApplyTriggered();
    void onRevertTriggered();
    void onAttachProfileTriggered();
    void onSavePolicyTriggered();
    void onLoadPolicyTriggered();
    void onOpenServerTriggered();
    void onOpenAwsTriggered();
    void onPasteTriggered();
    void onSourcesContextMenu(const QPoint& pos);

private:
    void createActions();
    void createMenus();
    void createCentral();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    void addRecentFile(const QString& path);
    void updateRecentMenu();
    int addSource(TableSource source);
    void selectSource(int index);
    void showCurrentTable();
    void updateStatus();
    void updateInterfaceCombo();
    void showError(const QString& title, const QString& text);
    /// Adds `c` to the current table (replacing `replace` when >= 0, or a connection from
    /// the same file), picks its tunnel device, selects it.
    bool addConnection(VpnConnection c, int replace = -1);
    /// Adds a connection read from files (and its Recent entry); shows errorTitle and the
    /// error (file:line:column) when it could not be read.
    bool addLoadedConnection(core::Result<VpnConnection> connection, const QString& errorTitle,
                             const QString& file);
    /// Whether a table is on show; if not, says "Open a routing table first."
    bool requireTable();
    void rebuildConnectionItems(int sourceIndex);
    [[nodiscard]] QTreeWidgetItem* sourceItem(int sourceIndex) const;
    /// Plans every connection with a policy in turn, each on the table the previous left.
    void replan();
    [[nodiscard]] std::vector<core::Finding> collectFindings() const;
    [[nodiscard]] TableSource* mutableCurrentSource();
    bool openServerConfigFile(const QString& path);
    [[nodiscard]] std::shared_ptr<const core::RouteTable> shownTable() const;

    void onLiveEvents();
    void setLiveTable(std::shared_ptr<const core::RouteTable> table, const QString& format);
    HelperSession* ensureHelper();
    bool applyThroughHelper(const core::ChangeSet& changes);
    /// helper->revert(target) with a progress dialog for long reverts (shown after 500 ms; no
    /// Cancel: a revert half done would leave a table nobody asked for).
    void revertWithProgress(HelperSession* helper, const QString& target);

    std::optional<platform::HelperClientOptions> m_helperOptions;
    HelperSession* m_helper = nullptr;

    std::unique_ptr<platform::RouteBackend> m_liveBackend;
    std::unique_ptr<platform::RouteBackend> m_demoBackend; ///< SimulatedBackend of the demo
    std::unique_ptr<platform::RouteMonitor> m_liveMonitor;
    QSocketNotifier* m_liveNotifier = nullptr;
    QTimer* m_liveReload = nullptr;
    void updatePlanViews();
    void reloadDemoTable();
    int m_confirmSeconds = 20;
    std::optional<core::Plan> m_plan; ///< the current source's plan for the Networks policy
    std::vector<TableSource> m_sourceList;
    int m_current = -1;
    bool m_showBefore = false;
    QStringList m_recent;

    MessageSink* m_sink = nullptr;
    std::unique_ptr<MessageSink> m_defaultSink;

    RouteTableModel* m_model = nullptr;
    RouteFilterProxyModel* m_proxy = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_tableView = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_familyCombo = nullptr;
    QComboBox* m_interfaceCombo = nullptr;
    QLabel* m_countLabel = nullptr;
    AddressMapWidget* m_map = nullptr;
    QToolButton* m_mapV4 = nullptr;
    QToolButton* m_mapV6 = nullptr;
    ChangesView* m_changes = nullptr;
    NetworksView* m_networks = nullptr;
    QTreeWidget* m_sources = nullptr;
    QTreeWidgetItem* m_liveItem = nullptr;
    QTreeWidgetItem* m_filesItem = nullptr;
    FindingsModel* m_findingsModel = nullptr;
    QTreeView* m_findings = nullptr;
    QLabel* m_findingsPlaceholder = nullptr;
    QLabel* m_backendLabel = nullptr;
    QLabel* m_helperLabel = nullptr;
    QLabel* m_routesLabel = nullptr;
    QLabel* m_findingsLabel = nullptr;
    QMenu* m_recentMenu = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_liveAction = nullptr;
    QAction* m_saveSnapshotAction = nullptr;
    QAction* m_attachProfileAction = nullptr;
    QAction* m_openServerAction = nullptr;
    QAction* m_openAwsAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_removeConnectionAction = nullptr;
    QAction* m_closeTableAction = nullptr;
    QAction* m_deleteSourceAction = nullptr;
    QAction* m_connectionDetailsAction = nullptr;
    QAction* m_deviceAction = nullptr;
    Chooser m_chooser;
    QAction* m_savePolicyAction = nullptr;
    QAction* m_loadPolicyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_beforeAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomResetAction = nullptr;
    QAction* m_applyAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    std::vector<QAction*> m_tabActions;
};

} // namespace splitroute::app
