// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DemoMachine.h"

#include "app/gui/SourceLoader.h"
#include "platform/SimulatedBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace splitroute::app {

namespace {
/// The texts here are the Workspace's (their translations live under its name).
class DemoText {
    Q_DECLARE_TR_FUNCTIONS(splitroute::app::Workspace)
};
} // namespace

DemoMachine::DemoMachine() = default;
DemoMachine::~DemoMachine() = default;

QString DemoMachine::dataDir() {
    const QStringList candidates{QCoreApplication::applicationDirPath() +
                                     QStringLiteral("/../share/splitroute/demo"),
                                 QStringLiteral(SPLITROUTE_DEMO_DIR)};
    for (const auto& c : candidates)
        if (QFileInfo::exists(c + QStringLiteral("/after-vpn.json")))
            return QDir::cleanPath(c);
    return {};
}

std::vector<platform::InterfaceInfo> DemoMachine::interfaces() {
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

std::optional<TableSource> DemoMachine::open(MessageSink* sink) {
    const QString dir = dataDir();
    if (dir.isEmpty()) {
        showError(sink, DemoText::tr("Demo data missing"),
                  DemoText::tr("The bundled demo data was not found."));
        return std::nullopt;
    }
    auto before = loadTableFile(dir + QStringLiteral("/before-vpn.json"));
    auto after = loadTableFile(dir + QStringLiteral("/after-vpn.json"));
    for (const auto* r : {&before, &after})
        if (!r->ok()) {
            showError(sink, DemoText::tr("Demo data unreadable"),
                      QString::fromStdString(r->error().toString()));
            return std::nullopt;
        }
    TableSource s;
    s.kind = TableSource::Kind::Demo;
    s.name = DemoText::tr("Demo: laptop on a full-tunnel VPN");
    s.path = dir;
    s.format = before.value().format;
    s.before = std::make_shared<const core::RouteTable>(std::move(before.value().table));
    // The demo machine runs on the simulated backend: its table is the one after connecting.
    m_backend =
        std::make_unique<platform::SimulatedBackend>(std::move(after.value().table), interfaces());
    ++m_generation;
    auto current = m_backend->listRoutes();
    if (!current.ok()) {
        showError(sink, DemoText::tr("Demo data unreadable"),
                  QString::fromStdString(current.error().toString()));
        return std::nullopt;
    }
    s.table = std::make_shared<const core::RouteTable>(std::move(current.value()));
    auto profile = loadProfileConnection(dir + QStringLiteral("/corporate.ovpn"));
    if (profile.ok()) {
        profile.value().device = "tun0";
        s.connections.push_back(std::move(profile.value()));
        s.selectedConnection = 0;
        s.mirrorSelected();
    } else {
        showError(sink, DemoText::tr("Demo data unreadable"), errorText(profile.error()));
    }
    spdlog::info("opened the demo from {}", dir.toStdString());
    return s;
}

void DemoMachine::reload(TableSource& source) const {
    if (!m_backend)
        return;
    auto t = m_backend->listRoutes();
    if (t.ok())
        source.table = std::make_shared<const core::RouteTable>(std::move(t.value()));
}

nlohmann::json DemoMachine::toJson() const {
    const auto* sim = dynamic_cast<const platform::SimulatedBackend*>(m_backend.get());
    return sim ? sim->toJson() : nlohmann::json();
}

} // namespace splitroute::app
