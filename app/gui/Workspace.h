// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/ConnectionDecisions.h"
#include "app/gui/DecisionStore.h"
#include "app/gui/DemoMachine.h"
#include "app/gui/RecentFiles.h"
#include "app/gui/SourceLoader.h"
#include "app/gui/TableSource.h"

#include <QObject>
#include <QStringList>

#include "core/analyze/Finding.h"
#include "core/plan/Planner.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace splitroute::platform {
class RouteBackend;
} // namespace splitroute::platform

namespace splitroute::app {

class LiveTable;
class MessageSink;

/// What the window works on, without a widget: the sources (tables and the VPN connections on
/// them), the table on show (before or after), the decisions made per connection, the plan
/// core makes from them, its findings, and the Recent files list. Every routing decision is
/// core's (core::planConnections, core::chooseDevice, core::SplitPolicy, core::analyze); this
/// keeps the state and says when it changed. Messages, questions and choices go to the
/// MessageSink (the window's dialogs, or a test's recorder).
///
/// It coordinates its parts, each readable and testable alone: SourceLoader opens things
/// (table files, the questions VPN inputs raise), DemoMachine and LiveTable are the demo and
/// this computer, TableConnections.h adds and removes a table's connections,
/// ConnectionDecisions keeps the decisions (the DecisionStore, policy files), SourcePlan.h
/// plans and finds, RecentFiles is the Recent files list. Workspace adds their results to
/// the sources and emits the signals.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    /// Where messages and choices go (not owned; must outlive its use). Null: nowhere.
    void setMessageSink(MessageSink* sink) { m_loader.setMessageSink(sink); }
    [[nodiscard]] MessageSink* messageSink() const { return m_loader.messageSink(); }

    // --- Sources ---
    [[nodiscard]] int sourceCount() const { return static_cast<int>(m_sources.size()); }
    [[nodiscard]] const TableSource* source(int index) const;
    [[nodiscard]] int currentIndex() const { return m_current; }
    [[nodiscard]] const TableSource* currentSource() const { return source(m_current); }
    /// Whether the selected connection (not the table) is what was picked in the sources.
    [[nodiscard]] bool connectionFocused() const { return m_connectionFocused; }
    /// Shows source `index` (-1: none), the table itself picked in the sources.
    void selectSource(int index) { select(index, -1); }
    /// Shows source `index` with its connection `connection` picked (-1: the table).
    void select(int index, int connection);

    /// Opens a routing table file, or a VPN input (profile, server config, push reply, log,
    /// AWS JSON) as a connection of the table on show; on failure says why (file:line:column).
    bool openFile(const QString& path);
    /// Opens the bundled demo (a laptop before and after connecting a full-tunnel VPN) on a
    /// simulated backend that applies changes.
    bool openDemo();
    /// Reads this computer's table (or asks the live reader, see setLiveReader).
    bool openLive();
    /// Opens a Recent files entry (a path, or a server/AWS entry).
    bool openRecent(const QString& entry);
    /// Reads the live table another way (the helper): called by openLive() instead of the
    /// system backend; it later calls setLiveTable().
    void setLiveReader(std::function<bool()> reader) { m_liveReader = std::move(reader); }
    /// Puts `table` on show as "This computer", keeping its VPN connections.
    void setLiveTable(std::shared_ptr<const core::RouteTable> table, const QString& format);
    /// Closes an opened table (a file or the demo) with its VPN connections; asks first when
    /// decisions made for them would be lost. "This computer" is not closed.
    bool closeTable(int index);
    /// Whether a connection of source `index` holds decisions that differ from the start.
    [[nodiscard]] bool hasDecisions(int index) const;
    /// Whether closing source `index` (or, with -1, every source: quitting) loses decisions:
    /// some differ from the start and are not kept in the decision store.
    [[nodiscard]] bool decisionsWouldBeLost(int index = -1) const;
    /// Saves the table on show as a Splitroute snapshot.
    bool saveSnapshot(const QString& path);

    // --- The table on show ---
    /// Whether the table before is on show (asked for, and the source has one).
    [[nodiscard]] bool showingBefore() const;
    /// Whether the table before was asked for (kept while a source without one is on show).
    [[nodiscard]] bool beforeRequested() const { return m_showBefore; }
    void setShowBefore(bool before);
    [[nodiscard]] std::shared_ptr<const core::RouteTable> shownTable() const;
    /// core::annotateTable's marks for shownTable() (pushed by any connection, tunnels).
    [[nodiscard]] std::vector<std::uint32_t> shownAnnotations() const;

    // --- VPN connections of the current table ---
    [[nodiscard]] int connectionCount() const;
    bool selectConnection(int index);
    bool attachProfile(const QString& path);
    /// attachProfile(), and a Recent files entry for a client profile (a server config is
    /// remembered with the client chosen).
    bool openProfile(const QString& path);
    /// Whether a table is on show; if not, says "Open a routing table first."
    bool requireTable();
    bool openServerConnection(const ServerRequest& request);
    /// With several endpoints and none named, asks which.
    bool openAwsConnection(AwsRequest request);
    /// Adds (or, with a base connection, updates) a connection from a PUSH_REPLY or an
    /// OpenVPN client log. `origin`: the file it came from, empty for pasted text.
    bool openPushText(const QString& text, const QString& origin, int baseConnection = -1);
    bool removeConnection(int index);
    /// Sets the tunnel device of a connection (the user knows better than the guess); forgets
    /// its decisions (made against the other device's routes).
    bool setConnectionDevice(int index, const QString& device);
    /// The interfaces to offer for the selected connection's device, tunnel-like ones first.
    [[nodiscard]] QStringList deviceChoices() const;
    /// Text of the details of a connection (file, kind, device, pushed networks, warnings).
    [[nodiscard]] QString connectionDetails(int index) const;

    // --- Decisions and the plan ---
    /// Whether there is a VPN connection to decide about on show.
    [[nodiscard]] bool canDecide() const;
    /// The decisions kept for the selected connection (null: none made yet).
    [[nodiscard]] const core::SplitPolicy* decisions() const;
    /// Sets the selected connection's decisions, saves them (decision store) and plans again.
    void setDecisions(const core::SplitPolicy& policy);
    /// Where decisions are kept across sessions (DecisionStore; empty: not kept). Default:
    /// DecisionStore::defaultDir(). Connections opened afterwards get their saved decisions.
    void setDecisionDir(const QString& dir) { m_decisions.setDir(dir); }
    [[nodiscard]] QString decisionDir() const { return m_decisions.dir(); }
    /// The decisions the Networks tab starts from for the selected connection: those kept,
    /// else the profile's own (core::SplitPolicy::fromProfileAndTable).
    [[nodiscard]] std::optional<core::SplitPolicy> decisionsOnShow() const;
    /// Saves decisionsOnShow() as a policy file (core/plan/SplitPolicy JSON).
    bool savePolicy(const QString& path);
    /// Reads a policy file into the selected connection's decisions (emits decisionsLoaded).
    bool loadPolicy(const QString& path);
    /// The current plan (null: nothing decided, or planning failed: see planMessage()).
    [[nodiscard]] const core::Plan* plan() const { return m_plan ? &*m_plan : nullptr; }
    [[nodiscard]] QString planMessage() const { return m_planMessage; }
    /// Findings of the table on show, of the plan and of the connections' inputs.
    [[nodiscard]] std::vector<core::Finding> findings() const;

    // --- The demo machine ---
    [[nodiscard]] platform::RouteBackend* demoBackend() const { return m_demo.backend(); }
    /// Counts the demos opened: what was applied to one demo is not another's to revert.
    [[nodiscard]] int demoGeneration() const { return m_demo.generation(); }
    /// The demo machine (interfaces and current table) in the helper's --simulate form.
    [[nodiscard]] nlohmann::json demoMachineJson() const;
    /// Reads the demo's table again from its backend (after an apply or a revert).
    void reloadDemoTable();

    // --- Recent files ---
    [[nodiscard]] QStringList recentFiles() const { return m_recent.entries(); }
    void setRecentFiles(const QStringList& entries);
    void clearRecentFiles();

signals:
    /// Sources were added, removed, renamed, or their connections changed.
    void sourcesChanged();
    /// Another table or connection is on show, or the one on show was read again: views reload.
    void currentChanged();
    /// The plan (and with it the findings) changed.
    void planChanged();
    /// A policy file replaced the decisions on show.
    void decisionsLoaded();
    void recentFilesChanged();
    /// Another source or connection was picked (also when nothing else changed).
    void selectionChanged();
    /// A short note for the status bar.
    void statusMessage(const QString& text, int timeoutMs);

private:
    TableSource* mutableCurrent();
    int addSource(TableSource source);
    /// Puts a table read again (TableSource::sameTableAs) in place of its source, keeping its
    /// VPN connections, else adds it; shows it.
    void putSource(TableSource source);
    void showCurrent();
    void replan();
    bool addConnection(VpnConnection c, int replace = -1);
    /// After the connections of the current source changed: mirrors the selected one, says
    /// so and shows it; `restored`: the connection whose saved decisions it got.
    void connectionsChanged(const std::optional<QString>& restored);
    bool addLoadedConnection(core::Result<VpnConnection> connection, const QString& errorTitle,
                             const QString& file);
    void addRecentFile(const QString& entry);
    void showError(const QString& title, const QString& text) { m_loader.showError(title, text); }
    /// Says in the status bar that the decisions of `connection` came from the last session.
    void announceRestored(const QString& connection);

    SourceLoader m_loader; ///< and the MessageSink
    ConnectionDecisions m_decisions;
    RecentFiles m_recent;
    DemoMachine m_demo;
    LiveTable* m_live = nullptr;
    std::function<bool()> m_liveReader;
    std::vector<TableSource> m_sources;
    int m_current = -1;
    bool m_connectionFocused = false;
    bool m_showBefore = false;
    std::optional<core::Plan> m_plan;
    QString m_planMessage;
};

} // namespace splitroute::app
