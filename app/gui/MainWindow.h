// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;
class QTabWidget;

namespace splitroute::core {
struct Finding;
}

namespace splitroute::app {

class ApplyController;
class ChangesView;
class FindingsPanel;
class MapPage;
class MessageSink;
class NetworksView;
class RoutingPage;
class SourcesView;
class StatusLine;
class WindowActions;
class Workspace;

/// The main window: sources on the left, the routing table, networks, address map and
/// changes as tabs, findings below, status bar. It only wires the parts that own the jobs:
/// the Workspace (sources, connections, decisions, plan), the ApplyController (apply, keep or
/// revert), the WindowActions (actions and when they are enabled), one widget per page, and
/// the MessageSink through which all of them talk to the user.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { RoutingTab, NetworksTab, MapTab, ChangesTab };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Replaces where messages, questions, choices and file dialogs go (tests), for every
    /// part at once. The window does not own the sink; null: the real dialogs again.
    void setMessageSink(MessageSink* sink);

    [[nodiscard]] Workspace* workspace() const { return m_workspace; }
    [[nodiscard]] ApplyController* applyController() const { return m_apply; }
    [[nodiscard]] WindowActions* actions() const { return m_actions; }
    [[nodiscard]] RoutingPage* routingPage() const { return m_routing; }
    [[nodiscard]] NetworksView* networksView() const { return m_networks; }
    [[nodiscard]] MapPage* mapPage() const { return m_map; }
    [[nodiscard]] ChangesView* changesView() const { return m_changes; }
    [[nodiscard]] SourcesView* sourcesView() const { return m_sources; }
    [[nodiscard]] FindingsPanel* findingsPanel() const { return m_findings; }
    [[nodiscard]] StatusLine* statusLine() const { return m_status; }

    void setCurrentTab(Tab tab);
    [[nodiscard]] Tab currentTab() const;

    /// Saves one PNG per tab to `dir` (name-suffix.png); used by scripts/screenshots.sh.
    bool saveScreenshots(const QString& dir, const QString& suffix);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createPages();
    void createDocks();
    void createMenus();
    void connectActions();
    void connectParts();
    void readSettings();
    void writeSettings();
    void updateRecentMenu();
    void updateState();
    void onCurrentChanged();
    void onPlanChanged();
    void onFindingActivated(const core::Finding& finding);
    void onMapRouteActivated(long index);
    void onOpenTriggered();
    void onDeviceTriggered();
    void onMakePermanentTriggered();
    void onAboutTriggered();
    void showStatus(const QString& text, int timeoutMs);
    /// Shows tab `index` with the focus in its main view (the table, the list, the map).
    void showTab(int index);

    Workspace* m_workspace = nullptr;
    ApplyController* m_apply = nullptr;
    WindowActions* m_actions = nullptr;
    std::unique_ptr<MessageSink> m_defaultSink;
    MessageSink* m_sink = nullptr;

    QTabWidget* m_tabs = nullptr;
    RoutingPage* m_routing = nullptr;
    NetworksView* m_networks = nullptr;
    MapPage* m_map = nullptr;
    ChangesView* m_changes = nullptr;
    SourcesView* m_sources = nullptr;
    FindingsPanel* m_findings = nullptr;
    QMenu* m_recentMenu = nullptr;
    StatusLine* m_status = nullptr;
};

} // namespace splitroute::app
