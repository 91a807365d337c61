// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/Workspace.h"

#include "app/gui/MessageSink.h"
#include "app/gui/Translations.h"
#include "core/TableAnnotations.h"
#include "core/analyze/Analyzer.h"
#include "core/import/Snapshot.h"
#include "core/vpn/AwsEndpointSelector.h"
#include "core/vpn/Connection.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"
#include "platform/SimulatedBackend.h"
#include "platform/SystemBackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace splitroute::app {

namespace {
constexpr int kMaxRecent = 8;

QString locationText(const core::SourceLocation& w) {
    return QString::fromStdString(w.toString());
}

std::string utf8(const QString& s) {
    return s.toStdString();
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
} // namespace

Workspace::Workspace(QObject* parent) : QObject(parent) {
    m_recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    m_store.setDir(DecisionStore::defaultDir());
}

bool Workspace::restoreDecisions(const TableSource& source, VpnConnection& connection) {
    if (connection.policy)
        return false;
    auto saved = m_store.load(DecisionStore::identity(source, connection));
    if (!saved)
        return false;
    connection.policy = std::move(saved);
    spdlog::info("restored the decisions for {}", utf8(connection.name));
    return true;
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

void Workspace::showError(const QString& title, const QString& text) {
    spdlog::warn("{}: {}", utf8(title), utf8(text));
    if (m_sink)
        m_sink->error(nullptr, title, text);
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
    // Decisions are made for one connection at a time: with several tunnels, a connection
    // without decisions starts from a policy made for its own device.
    if (TableSource* s = mutableCurrent(); s && canDecide())
        if (s->selectedConnection >= 0 &&
            s->selectedConnection < static_cast<int>(s->connections.size())) {
            VpnConnection& c = s->connections[static_cast<std::size_t>(s->selectedConnection)];
            if (!c.policy && s->connections.size() > 1)
                c.policy = core::SplitPolicy::fromProfileAndTable(c.profile.get(), *s->table,
                                                                  c.device.str());
        }
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
        c.policy = policy;
        // Saved as they change: they are there at the next start, also after a crash.
        QString error;
        if (m_store.enabled() && !DecisionStore::identity(*s, c).isEmpty()) {
            m_storeFailed = !m_store.save(DecisionStore::identity(*s, c), policy, &error);
            if (m_storeFailed) {
                spdlog::warn("cannot save the decisions for {}: {}", utf8(c.name), utf8(error));
                emit statusMessage(tr("Cannot save the decisions: %1").arg(error), 10000);
            }
        }
    }
    replan();
}

void Workspace::replan() {
    const TableSource* s = currentSource();
    m_plan.reset();
    m_planMessage.clear();
    std::vector<core::ConnectionPlanInput> inputs;
    std::vector<const VpnConnection*> planned;
    if (s && s->table && !showingBefore())
        for (const VpnConnection& c : s->connections)
            if (c.policy) {
                inputs.push_back({c.profile.get(), c.device.str(), &*c.policy});
                planned.push_back(&c);
            }
    if (!inputs.empty()) {
        // Primary and backup: each connection with decisions is planned in turn (core).
        std::size_t failed = 0;
        auto plan = core::planConnections(*s->table, inputs, {}, &failed);
        if (!plan.ok()) {
            m_planMessage =
                tr("Cannot plan %1: %2")
                    .arg(planned[failed]->name, QString::fromStdString(plan.error().message));
            spdlog::warn("{}", utf8(m_planMessage));
        } else {
            m_plan = std::move(plan.value());
            if (const VpnConnection* sel = s->selected(); sel && !sel->device.empty())
                m_plan->tunnelDevice = sel->device.str();
            m_planMessage = tr("%n route change(s) planned.", nullptr,
                               static_cast<int>(m_plan->changes.size()));
            spdlog::debug("planned {} route change(s)", m_plan->changes.size());
        }
    }
    emit planChanged();
}

std::vector<core::Finding> Workspace::findings() const {
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

bool Workspace::openFile(const QString& path) {
    spdlog::info("opening {}", utf8(path));
    // VPN inputs (opened, dropped or recent) become connections of the table on show.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ovpn") || suffix == QLatin1String("conf"))
        return openProfile(path);
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll();
            if (looksLikePushInput(text))
                return openPushText(QString::fromUtf8(text), path);
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
    QFile file(path);
    if (!loaded.ok() && loaded.error().code != core::ErrorCode::Io && m_sink &&
        file.open(QIODevice::ReadOnly) &&
        core::detectTableFormat(core::decodeTextBytes(file.readAll().toStdString())) ==
            core::TableFormat::Auto) {
        // Not a table Splitroute recognises: let the person say which command wrote it (what
        // --format does on the command line). A file of a known format that fails to read
        // gets its error, with the line, below.
        const QString reason =
            tr("Splitroute cannot tell which kind of file %1 is.").arg(QFileInfo(path).fileName());
        const std::pair<core::TableFormat, QString> formats[] = {
            {core::TableFormat::IpRoute, tr("ip route show (Linux)")},
            {core::TableFormat::IpJson, tr("ip -j route show, JSON (Linux)")},
            {core::TableFormat::RoutePrint, tr("route print (Windows)")},
            {core::TableFormat::Netstat, tr("netstat -rn (macOS, BSD)")},
            {core::TableFormat::Snapshot, tr("Splitroute snapshot (JSON)")},
        };
        QStringList items;
        for (const auto& format : formats)
            items << format.second;
        const auto choice = m_sink->chooseItem(
            nullptr, tr("Cannot open file"),
            reason + QStringLiteral("\n\n") +
                tr("If it is a routing table, choose the command that wrote it and Splitroute "
                   "reads it as that:"),
            items);
        if (!choice)
            return false;
        const auto chosen =
            std::find_if(std::begin(formats), std::end(formats),
                         [&](const auto& format) { return format.second == *choice; });
        if (chosen == std::end(formats))
            return false;
        loaded = loadTableFile(path, chosen->first);
        if (!loaded.ok()) {
            const core::Error& e = loaded.error();
            const QString where = locationText(e.where);
            showError(tr("Cannot open file"),
                      tr("%1 cannot be read as %2.\n%3: %4")
                          .arg(QFileInfo(path).fileName(), *choice, where.isEmpty() ? path : where,
                               QString::fromStdString(e.message)));
            return false;
        }
    }
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
    spdlog::info("opened {}: {} route(s) ({})", utf8(s.path), s.table->size(), utf8(s.format));
    // Opening a file again reloads it in place (its VPN connections stay).
    int existing = -1;
    for (std::size_t i = 0; i < m_sources.size(); ++i)
        if (m_sources[i].kind == TableSource::Kind::File && m_sources[i].path == s.path)
            existing = static_cast<int>(i);
    if (existing >= 0) {
        TableSource& old = m_sources[static_cast<std::size_t>(existing)];
        s.connections = std::move(old.connections);
        s.selectedConnection = old.selectedConnection;
        s.mirrorSelected();
        old = std::move(s);
        emit sourcesChanged();
        m_current = -1;
        selectSource(existing);
    } else {
        selectSource(addSource(std::move(s)));
    }
    addRecentFile(path);
    if (!diagnostics.empty() && m_sink) {
        QStringList lines;
        for (std::size_t i = 0; i < diagnostics.size() && i < 20; ++i)
            lines << QString::fromStdString(diagnostics[i].toString());
        if (diagnostics.size() > 20)
            lines << tr("… and %n more", nullptr, static_cast<int>(diagnostics.size() - 20));
        m_sink->information(nullptr, tr("Some lines were not read"), lines.join('\n'));
    }
    return true;
}

bool Workspace::openDemo() {
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
    ++m_demoGeneration;
    auto current = m_demoBackend->listRoutes();
    if (!current.ok()) {
        showError(tr("Demo data unreadable"), QString::fromStdString(current.error().toString()));
        return false;
    }
    s.table = std::make_shared<const core::RouteTable>(std::move(current.value()));
    auto profile = loadProfileConnection(dir + QStringLiteral("/corporate.ovpn"));
    bool restored = false;
    if (profile.ok()) {
        profile.value().device = "tun0";
        restored = restoreDecisions(s, profile.value());
        s.connections.push_back(std::move(profile.value()));
        s.selectedConnection = 0;
        s.mirrorSelected();
    } else {
        showError(tr("Demo data unreadable"), errorText(profile.error()));
    }
    spdlog::info("opened the demo from {}", utf8(dir));
    m_showBefore = false;
    selectSource(addSource(std::move(s)));
    if (restored)
        announceRestored(currentSource()->selected()->name);
    return true;
}

void Workspace::reloadDemoTable() {
    for (auto& src : m_sources)
        if (src.kind == TableSource::Kind::Demo && m_demoBackend) {
            auto t = m_demoBackend->listRoutes();
            if (t.ok())
                src.table = std::make_shared<const core::RouteTable>(std::move(t.value()));
        }
    showCurrent();
}

nlohmann::json Workspace::demoMachineJson() const {
    const auto* sim = dynamic_cast<const platform::SimulatedBackend*>(m_demoBackend.get());
    return sim ? sim->toJson() : nlohmann::json();
}

bool Workspace::openLive() {
    if (m_liveReader)
        return m_liveReader();
    if (!m_liveBackend)
        m_liveBackend = platform::createSystemBackend();
    if (!m_liveBackend) {
        emit statusMessage(
            tr("Reading this computer's routing table is not supported on this system."), 8000);
        return false;
    }
    auto routes = m_liveBackend->listRoutes();
    if (!routes.ok()) {
        showError(tr("Cannot read this computer's routes"),
                  QString::fromStdString(routes.error().toString()));
        return false;
    }
    spdlog::debug("read {} route(s) of this computer", routes.value().size());
    setLiveTable(std::make_shared<const core::RouteTable>(std::move(routes.value())),
                 backendDisplayName(QString::fromStdString(m_liveBackend->name())));

    // Follow the kernel's route and link events; re-read (debounced) when they come.
    if (!m_liveMonitor) {
        auto monitor = m_liveBackend->watch();
        if (monitor.ok()) {
            m_liveMonitor = std::move(monitor.value());
            m_liveNotifier = new QSocketNotifier(m_liveMonitor->fd(), QSocketNotifier::Read, this);
            connect(m_liveNotifier, &QSocketNotifier::activated, this, &Workspace::onLiveEvents);
            m_liveReload = new QTimer(this);
            m_liveReload->setSingleShot(true);
            m_liveReload->setInterval(250);
            connect(m_liveReload, &QTimer::timeout, this, [this] { openLive(); });
        } else {
            emit statusMessage(tr("Not following route changes: %1")
                                   .arg(QString::fromStdString(monitor.error().toString())),
                               8000);
        }
    }
    return true;
}

void Workspace::onLiveEvents() {
    if (!m_liveMonitor)
        return;
    auto events = m_liveMonitor->readEvents();
    if (!events.ok()) {
        // An overrun or a broken socket: stop following, keep the last table.
        m_liveNotifier->setEnabled(false);
        spdlog::warn("stopped following route changes: {}", events.error().toString());
        emit statusMessage(tr("Stopped following route changes: %1")
                               .arg(QString::fromStdString(events.error().toString())),
                           8000);
        return;
    }
    if (!events.value().empty())
        m_liveReload->start();
}

void Workspace::setLiveTable(std::shared_ptr<const core::RouteTable> table, const QString& format) {
    TableSource s;
    s.kind = TableSource::Kind::Live;
    s.name = tr("This computer");
    s.format = format;
    s.table = std::move(table);
    for (std::size_t i = 0; i < m_sources.size(); ++i)
        if (m_sources[i].kind == TableSource::Kind::Live) {
            // A re-read keeps the VPN connections of this computer's table.
            s.connections = std::move(m_sources[i].connections);
            s.selectedConnection = m_sources[i].selectedConnection;
            s.mirrorSelected();
            m_sources[i] = std::move(s);
            emit sourcesChanged();
            if (m_current == static_cast<int>(i))
                showCurrent();
            else
                selectSource(static_cast<int>(i));
            return;
        }
    selectSource(addSource(std::move(s)));
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
    if (!s)
        return false;
    // A connection keeps the policy on show even when nobody changed it: only one that
    // differs from where the Networks tab starts holds decisions.
    const auto decided = [s](const VpnConnection& c) {
        if (!c.policy || !s->table)
            return false;
        const core::VpnProfile* profile = c.profile.get();
        return *c.policy !=
                   core::SplitPolicy::fromProfileAndTable(profile, *s->table, c.device.str()) &&
               *c.policy != core::SplitPolicy::fromProfileAndTable(profile, *s->table);
    };
    return std::any_of(s->connections.begin(), s->connections.end(), decided);
}

bool Workspace::decisionsWouldBeLost(int index) const {
    if (index < 0) {
        for (int i = 0; i < sourceCount(); ++i)
            if (decisionsWouldBeLost(i))
                return true;
        return false;
    }
    const TableSource* s = source(index);
    if (!s || !hasDecisions(index))
        return false;
    if (!m_store.enabled() || m_storeFailed)
        return true;
    // Kept in the store unless a connection with decisions has no stable identity.
    return std::any_of(s->connections.begin(), s->connections.end(), [s](const VpnConnection& c) {
        return c.policy && DecisionStore::identity(*s, c).isEmpty();
    });
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
        if (m_sink && !m_sink->question(nullptr, tr("Close Table"),
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
    if (connection.value().profile->server)
        return openServerConfigFile(path);
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

bool Workspace::openServerConfigFile(const QString& path) {
    ServerRequest request;
    request.config = QFileInfo(path).absoluteFilePath();
    auto names = serverClientNames(request.config, QString());
    if (!names.ok()) {
        showError(tr("Cannot read the server config"), errorText(names.error(), path));
        return false;
    }
    if (!names.value().isEmpty()) {
        if (!m_sink)
            return false;
        QStringList items{tr("(any client without a file)")};
        items << names.value();
        const auto pick = m_sink->chooseItem(
            nullptr, tr("OpenVPN Server"),
            tr("Show %1 as seen by the client:").arg(QFileInfo(path).fileName()), items);
        if (!pick)
            return false;
        if (*pick != items.front())
            request.client = *pick;
    }
    return openServerConnection(request);
}

bool Workspace::openServerConnection(const ServerRequest& request) {
    if (!requireTable())
        return false;
    return addLoadedConnection(loadServerConnection(request), tr("Cannot read the server config"),
                               request.config);
}

bool Workspace::openAwsConnection(AwsRequest request) {
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
            if (!m_sink)
                return false;
            QStringList ids;
            for (const auto& e : endpoints.value())
                ids << QString::fromStdString(e.id);
            const auto pick =
                m_sink->chooseItem(nullptr, tr("AWS Client VPN"),
                                   tr("The file holds several endpoints. Which one?"), ids);
            if (!pick)
                return false;
            request.endpointId = *pick;
        }
    }
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
    // A server's log that pushed to several clients: whose push is the user's to choose.
    QString client;
    const auto clients = core::pushLogClients(text.toStdString());
    if (clients.size() > 1) {
        if (!m_sink)
            return false;
        QStringList items;
        for (const auto& c : clients)
            items << QString::fromStdString(c);
        const auto pick =
            m_sink->chooseItem(nullptr, tr("OpenVPN Server Log"),
                               tr("The log pushed options to %n clients. Show the push to:", "",
                                  static_cast<int>(items.size())),
                               items);
        if (!pick)
            return false;
        client = *pick;
    }
    auto connection = loadPushConnection(text, origin, base, client);
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
    VpnConnection& added = s->connections[static_cast<std::size_t>(s->selectedConnection)];
    const bool restored = restoreDecisions(*s, added);
    const QString name = added.name;
    s->mirrorSelected();
    m_connectionFocused = true;
    emit sourcesChanged();
    showCurrent();
    if (restored)
        announceRestored(name);
    return true;
}

bool Workspace::removeConnection(int index) {
    TableSource* s = mutableCurrent();
    if (!s || index < 0 || index >= static_cast<int>(s->connections.size()))
        return false;
    const QString name = s->connections[static_cast<std::size_t>(index)].name;
    s->connections.erase(s->connections.begin() + index);
    if (s->selectedConnection >= index)
        s->selectedConnection = std::max(0, s->selectedConnection - 1);
    s->mirrorSelected();
    // The table is selected again; it stays on show.
    m_connectionFocused = false;
    emit sourcesChanged();
    showCurrent();
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
    const bool restored = restoreDecisions(*s, c);
    const QString name = c.name;
    s->mirrorSelected();
    emit sourcesChanged();
    showCurrent();
    if (restored)
        announceRestored(name);
    return true;
}

QStringList Workspace::deviceChoices() const {
    const TableSource* s = currentSource();
    if (!s || !s->selected())
        return {};
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
    return ordered;
}

QString Workspace::connectionDetails(int index) const {
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

std::optional<core::SplitPolicy> Workspace::decisionsOnShow() const {
    if (const core::SplitPolicy* d = decisions())
        return *d;
    const TableSource* s = currentSource();
    if (!canDecide())
        return std::nullopt;
    return core::SplitPolicy::fromProfileAndTable(s->profile.get(), *s->table);
}

bool Workspace::savePolicy(const QString& path) {
    const auto policy = decisionsOnShow();
    if (!policy) {
        showError(tr("No policy"), tr("This source has no VPN connection to decide about."));
        return false;
    }
    QSaveFile f(path);
    const QByteArray data = QByteArray::fromStdString(policy->serialize());
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        showError(tr("Cannot save the policy"), tr("%1: %2").arg(path, f.errorString()));
        return false;
    }
    spdlog::info("saved the policy to {}", utf8(path));
    emit statusMessage(tr("Policy saved to %1.").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

bool Workspace::loadPolicy(const QString& path) {
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
    if (!canDecide() || !currentSource()->selected()) {
        showError(tr("No policy"), tr("This source has no VPN connection to decide about."));
        return false;
    }
    spdlog::info("loaded the policy {}", utf8(path));
    setDecisions(policy.value());
    emit decisionsLoaded();
    return true;
}

void Workspace::addRecentFile(const QString& entry) {
    // Server and AWS connections are remembered as entries naming all their files.
    const bool compound = serverRequestFromRecent(entry) || awsRequestFromRecent(entry);
    const QString abs = compound ? entry : QFileInfo(entry).absoluteFilePath();
    m_recent.removeAll(abs);
    m_recent.prepend(abs);
    while (m_recent.size() > kMaxRecent)
        m_recent.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
    emit recentFilesChanged();
}

void Workspace::setRecentFiles(const QStringList& entries) {
    m_recent = entries.mid(0, kMaxRecent);
    QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
    emit recentFilesChanged();
}

void Workspace::clearRecentFiles() {
    setRecentFiles({});
}

} // namespace splitroute::app
