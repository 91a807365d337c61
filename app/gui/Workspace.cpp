// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/Workspace.h"

#include "app/gui/LiveTable.h"
#include "app/gui/MessageSink.h"
#include "app/gui/SourcePlan.h"
#include "app/gui/TableConnections.h"
#include "core/TableAnnotations.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace splitroute::app {

namespace {
std::string utf8(const QString& s) {
    return s.toStdString();
}
} // namespace

Workspace::Workspace(QObject* parent) : QObject(parent), m_live(new LiveTable(this)) {
    m_decisions.setDir(DecisionStore::defaultDir());
    connect(m_live, &LiveTable::changed, this, [this] { openLive(); });
    connect(m_live, &LiveTable::statusMessage, this, &Workspace::statusMessage);
}

void Workspace::announceRestored(const QString& connection) {
    emit statusMessage(tr("Decisions for %1 restored from the last session.").arg(connection),
                       10000);
}

Workspace::~Workspace() = default;

const TableSource* Workspace::source(int index) const {
    if (index < 0 || index >= sourceCount())
        return nullptr;
    return &m_sources[static_cast<std::size_t>(index)];
}

TableSource* Workspace::mutableCurrent() {
    if (m_current < 0 || m_current >= sourceCount())
        return nullptr;
    return &m_sources[static_cast<std::size_t>(m_current)];
}

int Workspace::addSource(TableSource source) {
    m_sources.push_back(std::move(source));
    emit sourcesChanged();
    return sourceCount() - 1;
}

void Workspace::select(int index, int connection) {
    if (index < -1 || index >= sourceCount())
        return;
    bool changed = m_current != index;
    m_current = index;
    m_connectionFocused = false;
    if (TableSource* s = mutableCurrent();
        s && connection >= 0 && connection < static_cast<int>(s->connections.size())) {
        m_connectionFocused = true;
        if (s->selectedConnection != connection) {
            s->selectedConnection = connection;
            s->mirrorSelected();
            changed = true;
        }
    }
    if (changed)
        showCurrent();
    emit selectionChanged();
}

bool Workspace::showingBefore() const {
    const TableSource* s = currentSource();
    return m_showBefore && s && s->before;
}

void Workspace::setShowBefore(bool before) {
    if (m_showBefore == before)
        return;
    m_showBefore = before;
    showCurrent();
}

std::shared_ptr<const core::RouteTable> Workspace::shownTable() const {
    const TableSource* s = currentSource();
    if (!s)
        return nullptr;
    return showingBefore() ? s->before : s->table;
}

std::vector<std::uint32_t> Workspace::shownAnnotations() const {
    const TableSource* s = currentSource();
    const auto table = shownTable();
    if (!s || !table)
        return {};
    return core::annotateTable(*table, annotationContext(*s));
}

void Workspace::showCurrent() {
    m_plan.reset();
    m_planMessage.clear();
    if (TableSource* s = mutableCurrent(); s && canDecide())
        ConnectionDecisions::startSelected(*s);
    emit currentChanged();
    replan();
}

bool Workspace::canDecide() const {
    const TableSource* s = currentSource();
    return s && s->table && s->profile && !showingBefore();
}

const core::SplitPolicy* Workspace::decisions() const {
    const TableSource* s = currentSource();
    if (!canDecide() || !s->selected() || !s->selected()->policy)
        return nullptr;
    return &*s->selected()->policy;
}

void Workspace::setDecisions(const core::SplitPolicy& policy) {
    TableSource* s = mutableCurrent();
    if (!s || !canDecide())
        return;
    // Each connection keeps its own decisions while another one is on show.
    if (s->selectedConnection >= 0 &&
        s->selectedConnection < static_cast<int>(s->connections.size())) {
        VpnConnection& c = s->connections[static_cast<std::size_t>(s->selectedConnection)];
        if (QString error; !m_decisions.keep(*s, c, policy, &error))
            emit statusMessage(tr("Cannot save the decisions: %1").arg(error), 10000);
    }
    replan();
}

void Workspace::replan() {
    m_plan.reset();
    m_planMessage.clear();
    if (const TableSource* s = currentSource(); s && !showingBefore()) {
        SourcePlan planned = planSource(*s);
        m_plan = std::move(planned.plan);
        m_planMessage = planned.message;
    }
    emit planChanged();
}

std::vector<core::Finding> Workspace::findings() const {
    const TableSource* s = currentSource();
    const std::shared_ptr<const core::RouteTable> table = shownTable();
    if (!s || !table)
        return {};
    return sourceFindings(*s, *table, showingBefore(), plan());
}

bool Workspace::openFile(const QString& path) {
    spdlog::info("opening {}", utf8(path));
    // VPN inputs (opened, dropped or recent) become connections of the table on show.
    QByteArray text;
    switch (SourceLoader::classify(path, &text)) {
    case SourceLoader::Input::Profile:
        return openProfile(path);
    case SourceLoader::Input::PushText:
        return openPushText(QString::fromUtf8(text), path);
    case SourceLoader::Input::AwsEndpoints: {
        AwsRequest request;
        request.endpoints = path;
        return openAwsConnection(request);
    }
    case SourceLoader::Input::AwsRoutes:
        m_loader.refuseAwsRoutes(path);
        return false;
    case SourceLoader::Input::Table:
        break;
    }
    auto s = m_loader.readTableFile(path);
    if (!s)
        return false;
    const auto diagnostics = s->diagnostics;
    putSource(std::move(*s));
    addRecentFile(path);
    m_loader.reportUnreadLines(diagnostics);
    return true;
}

void Workspace::putSource(TableSource s) {
    // A table read again (a file opened again, this computer's re-read) is replaced in place;
    // its VPN connections stay.
    const auto existing = std::find_if(m_sources.rbegin(), m_sources.rend(),
                                       [&](const TableSource& t) { return t.sameTableAs(s); });
    if (existing == m_sources.rend()) {
        selectSource(addSource(std::move(s)));
        return;
    }
    const int index = static_cast<int>(m_sources.rend() - existing) - 1;
    const bool live = s.kind == TableSource::Kind::Live;
    s.takeConnections(*existing);
    *existing = std::move(s);
    emit sourcesChanged();
    if (live && m_current == index) {
        showCurrent();
        return;
    }
    m_current = -1;
    selectSource(index);
}

bool Workspace::openDemo() {
    auto s = m_demo.open(messageSink());
    if (!s)
        return false;
    const bool restored =
        !s->connections.empty() && m_decisions.restore(*s, s->connections.front());
    m_showBefore = false;
    selectSource(addSource(std::move(*s)));
    if (restored)
        announceRestored(currentSource()->selected()->name);
    return true;
}

void Workspace::reloadDemoTable() {
    for (auto& src : m_sources)
        if (src.kind == TableSource::Kind::Demo)
            m_demo.reload(src);
    showCurrent();
}

nlohmann::json Workspace::demoMachineJson() const {
    return m_demo.toJson();
}

bool Workspace::openLive() {
    if (m_liveReader)
        return m_liveReader();
    auto reading = m_live->read(messageSink());
    if (!reading)
        return false;
    setLiveTable(std::move(reading->table), reading->format);
    // Follow the kernel's route and link events; read again (debounced) when they come.
    m_live->follow();
    return true;
}

void Workspace::setLiveTable(std::shared_ptr<const core::RouteTable> table, const QString& format) {
    TableSource s;
    s.kind = TableSource::Kind::Live;
    s.name = tr("This computer");
    s.format = format;
    s.table = std::move(table);
    putSource(std::move(s));
}

bool Workspace::openRecent(const QString& entry) {
    if (auto r = serverRequestFromRecent(entry))
        return openServerConnection(*r);
    if (auto r = awsRequestFromRecent(entry))
        return openAwsConnection(*r);
    return openFile(entry);
}

bool Workspace::hasDecisions(int index) const {
    const TableSource* s = source(index);
    return s && ConnectionDecisions::differFromStart(*s);
}

bool Workspace::decisionsWouldBeLost(int index) const {
    if (index < 0) {
        for (int i = 0; i < sourceCount(); ++i)
            if (decisionsWouldBeLost(i))
                return true;
        return false;
    }
    const TableSource* s = source(index);
    return s && m_decisions.wouldBeLost(*s);
}

bool Workspace::closeTable(int index) {
    const TableSource* s = source(index);
    if (!s || s->kind == TableSource::Kind::Live)
        return false; // "This computer" stays; it is read again when chosen
    const QString name = s->name;
    if (decisionsWouldBeLost(index)) {
        // The question runs an event loop: sources may be added (the live table read by the
        // helper) meanwhile, so the source is found again afterwards by its table.
        const auto table = s->table;
        if (messageSink() &&
            !messageSink()->question(nullptr, tr("Close Table"),
                                     tr("Close %1? The decisions made in the Networks tab "
                                        "for its VPN connections will be lost.")
                                         .arg(name)))
            return false;
        const auto it = std::find_if(m_sources.begin(), m_sources.end(),
                                     [&](const TableSource& t) { return t.table == table; });
        if (it == m_sources.end())
            return false; // reloaded or closed meanwhile
        index = static_cast<int>(it - m_sources.begin());
    }
    m_sources.erase(m_sources.begin() + index);
    // Show the table that took its place, else the one before it, else nothing.
    int next = m_current;
    if (m_current == index)
        next = std::min(index, sourceCount() - 1);
    else if (m_current > index)
        next = m_current - 1;
    m_current = -1;
    m_connectionFocused = false;
    emit sourcesChanged();
    if (next >= 0)
        selectSource(next);
    else
        showCurrent();
    spdlog::info("closed {}", utf8(name));
    emit statusMessage(tr("Closed %1.").arg(name), 8000);
    return true;
}

bool Workspace::saveSnapshot(const QString& path) {
    const auto table = shownTable();
    if (!table)
        return false;
    const QString name = currentSource() ? currentSource()->name : QString();
    if (QString error; !writeSnapshotFile(path, name, *table, &error)) {
        showError(tr("Cannot save snapshot"), tr("%1: %2").arg(path, error));
        return false;
    }
    spdlog::info("saved a snapshot to {}", utf8(path));
    emit statusMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

int Workspace::connectionCount() const {
    const TableSource* s = currentSource();
    return s ? static_cast<int>(s->connections.size()) : 0;
}

bool Workspace::selectConnection(int index) {
    if (index < 0 || index >= connectionCount())
        return false;
    select(m_current, index);
    return true;
}

bool Workspace::requireTable() {
    if (currentSource())
        return true;
    showError(tr("No table"), tr("Open a routing table first."));
    return false;
}

bool Workspace::attachProfile(const QString& path) {
    if (!requireTable())
        return false;
    // A server config opened where a profile was expected: show it through a client's eyes.
    auto connection = loadProfileConnection(path);
    if (!connection.ok()) {
        showError(tr("Cannot read the VPN profile"), errorText(connection.error(), path));
        return false;
    }
    if (connection.value().profile->server) {
        const auto request = m_loader.askServerClient(path);
        return request && openServerConnection(*request);
    }
    if (!addConnection(std::move(connection.value())))
        return false;
    spdlog::info("attached the VPN profile {}", utf8(path));
    emit statusMessage(tr("VPN profile %1 attached.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

bool Workspace::openProfile(const QString& path) {
    if (!attachProfile(path))
        return false;
    // Server configs are remembered with their client (openServerConnection).
    if (const TableSource* s = currentSource();
        s && s->selected() && s->selected()->kind == VpnConnection::Kind::Profile)
        addRecentFile(path);
    return true;
}

bool Workspace::openServerConnection(const ServerRequest& request) {
    if (!requireTable())
        return false;
    return addLoadedConnection(loadServerConnection(request), tr("Cannot read the server config"),
                               request.config);
}

bool Workspace::openAwsConnection(AwsRequest request) {
    if (!requireTable() || !m_loader.pickAwsEndpoint(request))
        return false;
    return addLoadedConnection(loadAwsConnection(request),
                               tr("Cannot read the AWS Client VPN endpoint"), request.endpoints);
}

bool Workspace::addLoadedConnection(core::Result<VpnConnection> connection,
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

bool Workspace::openPushText(const QString& text, const QString& origin, int baseConnection) {
    if (!requireTable())
        return false;
    const TableSource* s = currentSource();
    const VpnConnection* base =
        baseConnection >= 0 && baseConnection < static_cast<int>(s->connections.size())
            ? &s->connections[static_cast<std::size_t>(baseConnection)]
            : nullptr;
    const auto client = m_loader.askPushClient(text);
    if (!client)
        return false;
    auto connection = loadPushConnection(text, origin, base, *client);
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

bool Workspace::addConnection(VpnConnection c, int replace) {
    TableSource* s = mutableCurrent();
    if (!s)
        return false;
    VpnConnection& added =
        s->connections[static_cast<std::size_t>(placeConnection(*s, std::move(c), replace))];
    const auto restored = m_decisions.restore(*s, added) ? std::optional(added.name) : std::nullopt;
    m_connectionFocused = true;
    connectionsChanged(restored);
    return true;
}

void Workspace::connectionsChanged(const std::optional<QString>& restored) {
    if (TableSource* s = mutableCurrent())
        s->mirrorSelected();
    emit sourcesChanged();
    showCurrent();
    if (restored)
        announceRestored(*restored);
}

bool Workspace::removeConnection(int index) {
    TableSource* s = mutableCurrent();
    if (!s || index < 0 || index >= static_cast<int>(s->connections.size()))
        return false;
    const QString name = removeConnectionAt(*s, index);
    // The table is selected again; it stays on show.
    m_connectionFocused = false;
    connectionsChanged(std::nullopt);
    emit statusMessage(tr("VPN connection %1 removed.").arg(name), 8000);
    return true;
}

bool Workspace::setConnectionDevice(int index, const QString& device) {
    TableSource* s = mutableCurrent();
    if (!s || index < 0 || index >= static_cast<int>(s->connections.size()) ||
        device.trimmed().isEmpty())
        return false;
    VpnConnection& c = s->connections[static_cast<std::size_t>(index)];
    c.device = device.trimmed().toStdString();
    c.deviceChosenByUser = true;
    c.policy.reset(); // decisions were made against the other device's routes
    // ...unless some were made for this device before.
    connectionsChanged(m_decisions.restore(*s, c) ? std::optional(c.name) : std::nullopt);
    return true;
}

QStringList Workspace::deviceChoices() const {
    const TableSource* s = currentSource();
    return s ? app::deviceChoices(*s) : QStringList();
}

QString Workspace::connectionDetails(int index) const {
    const TableSource* s = currentSource();
    if (!s || index < 0 || index >= static_cast<int>(s->connections.size()))
        return {};
    return app::connectionDetails(s->connections[static_cast<std::size_t>(index)]);
}

std::optional<core::SplitPolicy> Workspace::decisionsOnShow() const {
    if (!canDecide())
        return std::nullopt;
    return ConnectionDecisions::onShow(*currentSource());
}

bool Workspace::savePolicy(const QString& path) {
    const auto policy = decisionsOnShow();
    if (!policy) {
        showError(tr("No policy"), tr("This source has no VPN connection to decide about."));
        return false;
    }
    if (QString error; !ConnectionDecisions::writePolicyFile(path, *policy, &error)) {
        showError(tr("Cannot save the policy"), error);
        return false;
    }
    emit statusMessage(tr("Policy saved to %1.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

bool Workspace::loadPolicy(const QString& path) {
    QString error;
    const auto policy = ConnectionDecisions::readPolicyFile(path, &error);
    if (!policy) {
        showError(tr("Cannot read the policy"), error);
        return false;
    }
    if (!canDecide() || !currentSource()->selected()) {
        showError(tr("No policy"), tr("This source has no VPN connection to decide about."));
        return false;
    }
    spdlog::info("loaded the policy {}", utf8(path));
    setDecisions(*policy);
    emit decisionsLoaded();
    return true;
}

void Workspace::addRecentFile(const QString& entry) {
    m_recent.add(entry);
    emit recentFilesChanged();
}

void Workspace::setRecentFiles(const QStringList& entries) {
    m_recent.set(entries);
    emit recentFilesChanged();
}

void Workspace::clearRecentFiles() {
    setRecentFiles({});
}

} // namespace splitroute::app
