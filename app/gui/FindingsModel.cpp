// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/FindingsModel.h"

#include "core/analyze/FindingCode.h"

#include <QIcon>
#include <QStringList>

#include <optional>

namespace splitroute::app {

namespace {
/// A list argument ("a, b, c, …"), shortened to its first items.
QString listArg(const std::string& arg) {
    constexpr qsizetype shown = 5;
    QStringList items = QString::fromStdString(arg).split(QStringLiteral(", "));
    if (items.size() <= shown)
        return items.join(QStringLiteral(", "));
    const auto more = static_cast<int>(items.size() - shown);
    items.resize(shown);
    return FindingsModel::tr("%1 and %n more", nullptr, more).arg(items.join(QStringLiteral(", ")));
}

/// The planner's reasons for protecting a range (core/plan/Planner.cpp), translated.
QString reasonText(const std::string& why) {
    struct Entry {
        const char* english;
        const char* text;
    };
    static const Entry entries[] = {
        {"the tunnel's own subnet",
         QT_TRANSLATE_NOOP("splitroute::app::FindingsModel", "the tunnel's own subnet")},
        {"the route to the VPN server",
         QT_TRANSLATE_NOOP("splitroute::app::FindingsModel", "the route to the VPN server")},
        {"the VPN server", QT_TRANSLATE_NOOP("splitroute::app::FindingsModel", "the VPN server")},
        {"a VPN DNS server",
         QT_TRANSLATE_NOOP("splitroute::app::FindingsModel", "a VPN DNS server")},
        {"a protected network",
         QT_TRANSLATE_NOOP("splitroute::app::FindingsModel", "a protected network")},
        {"the tunnel's peer address",
         QT_TRANSLATE_NOOP("splitroute::app::FindingsModel", "the tunnel's peer address")},
    };
    for (const auto& e : entries)
        if (why == e.english)
            return FindingsModel::tr(e.text);
    return QString::fromStdString(why);
}

QString modeText(const std::string& mode) {
    if (mode == "tunnel")
        return FindingsModel::tr("tunnel");
    if (mode == "bypass")
        return FindingsModel::tr("bypass");
    if (mode == "as-pushed")
        return FindingsModel::tr("as pushed");
    return QString::fromStdString(mode);
}

/// The translated text, or nothing when the code or its arguments are not known here.
std::optional<QString> translated(const core::Finding& f) {
    namespace fc = core::findingcode;
    const auto& a = f.args;
    const auto n = a.size();
    auto q = [&](std::size_t i) {
        return QString::fromStdString(a[i]);
    };
    const std::string& code = f.code;
    if (code == fc::Ipv6Leak && n == 3)
        return FindingsModel::tr(
                   "IPv4 traffic goes through %1, but IPv6 traffic still leaves through %2 "
                   "(%3): IPv6 leaks around the tunnel. Tunnel ::/0 too (OpenVPN: "
                   "redirect-gateway ipv6, or block-ipv6) or turn IPv6 off on that link.")
            .arg(q(0), q(1), q(2));
    if (code == fc::LocalNet && n == 4 && a[0] == "local")
        return FindingsModel::tr(
                   "The local network %1 on %2 covers public addresses (%3): traffic to them "
                   "leaves outside the tunnel. A hostile network can claim any range as local "
                   "(TunnelCrack LocalNet); OpenVPN's redirect-gateway block-local, or a "
                   "bypass of private ranges only, closes it.")
            .arg(q(1), q(2), listArg(a[3]));
    if (code == fc::LocalNet && n == 4 && a[0] == "bypass")
        return FindingsModel::tr(
                   "The bypass %1 on %2 covers public addresses (%3): traffic to them leaves "
                   "outside the tunnel. A hostile network can claim any range as local "
                   "(TunnelCrack LocalNet); make sure this bypass is meant.")
            .arg(q(1), q(2), listArg(a[3]));
    if (code == fc::LocalNet && n == 3 && a[0] == "rule")
        return FindingsModel::tr(
                   "Policy rule '%1' bypasses %2, a large public range: that traffic leaves "
                   "outside the tunnel.")
            .arg(q(1), q(2));
    if (code == fc::TunnelVision && n == 4)
        return FindingsModel::tr(
                   "The DHCP route %1 on %2 takes %3 out of the tunnel %4: a DHCP server can "
                   "push such routes (option 121) and read traffic meant for the VPN "
                   "(TunnelVision, CVE-2024-3661). Unless this network is meant to stay local, "
                   "ignore DHCP routes on %2 (NetworkManager: ipv4.ignore-auto-routes yes; "
                   "systemd-networkd: UseRoutes=no) or route it into the tunnel.")
            .arg(q(0), q(1), listArg(a[3]), q(2));
    if (code == fc::ServerIpMissing && n == 1)
        return FindingsModel::tr("No route to the VPN server %1: the tunnel cannot be reached.")
            .arg(q(0));
    if (code == fc::ServerIpViaTunnel && n == 3)
        return FindingsModel::tr(
                   "The route to the VPN server %1 goes into %2 (%3): the tunnel would carry "
                   "itself. Add a host route via the physical gateway.")
            .arg(q(0), q(1), q(2));
    if (code == fc::ServerIpDns && n == 0)
        return FindingsModel::tr(
            "The VPN server is given by host name: the host route that keeps it "
            "outside the tunnel follows whatever the DNS answers, which an attacker on "
            "the local network can spoof (TunnelCrack ServerIP). Pin the server's "
            "address, or use an encrypted resolver.");
    if (code == fc::SwallowsDns && n == 3)
        return FindingsModel::tr(
                   "The VPN route %1 on %2 swallows the local DNS server %3: it is no longer "
                   "reached through the local network.")
            .arg(q(0), q(1), q(2));
    if (code == fc::SwallowsGateway && n == 3)
        return FindingsModel::tr(
                   "The VPN route %1 on %2 swallows the local gateway %3: it is no longer "
                   "reached through the local network.")
            .arg(q(0), q(1), q(2));
    if (code == fc::OverlapsLan && n == 4 && a[0] == "inside")
        return FindingsModel::tr(
                   "The VPN route %1 overlaps the local network %2 on %3: part of the local "
                   "network now goes into the tunnel.")
            .arg(q(1), q(2), q(3));
    if (code == fc::OverlapsLan && n == 4 && a[0] == "outside")
        return FindingsModel::tr(
                   "The VPN route %1 overlaps the local network %2 on %3: the local network "
                   "wins for its addresses, so the remote hosts with those addresses cannot "
                   "be reached through the tunnel.")
            .arg(q(1), q(2), q(3));
    if (code == fc::RouteNopullDns && n == 1)
        return a[0].empty()
                   ? FindingsModel::tr(
                         "route-nopull also drops the DNS servers the VPN pushes (dhcp-option "
                         "DNS); use pull-filter ignore \"redirect-gateway\" / \"route …\" to "
                         "refuse routes only.")
                   : FindingsModel::tr(
                         "route-nopull also drops the DNS servers the VPN pushes (dhcp-option "
                         "DNS: %1); use pull-filter ignore \"redirect-gateway\" / \"route …\" "
                         "to refuse routes only.")
                         .arg(q(0));
    if (code == fc::AwsEnforcement && n == 0)
        return FindingsModel::tr(
            "AWS Client VPN route enforcement is on for this endpoint: the AWS client "
            "watches the routing table and reverts changes to the VPN's routes, so "
            "bypass routes will be undone while connected.");
    if (code == fc::AwsPullFilter && n == 0)
        return FindingsModel::tr(
            "The AWS VPN Client strips pull-filter and route-nopull from profiles; they "
            "only take effect with stock OpenVPN.");
    if (code == fc::BypassShadowed && n == 2)
        return FindingsModel::tr("The bypass %1 does not take effect for %2: a more specific (or "
                                 "lower-metric) route sends it into the tunnel.")
            .arg(q(0), listArg(a[1]));
    if (code == fc::TunnelShadowed && n == 2)
        return FindingsModel::tr(
                   "The tunnel route %1 does not cover %2: a more specific (or lower-metric) "
                   "route keeps it outside the tunnel.")
            .arg(q(0), listArg(a[1]));
    if (code == fc::IrouteMissing && n == 3)
        return FindingsModel::tr(
                   "The route %1 sends %2 into %3, but no client iroute covers it: OpenVPN "
                   "drops those packets. Add an iroute for it in the client's "
                   "client-config-dir file.")
            .arg(q(0), listArg(a[1]), q(2));
    if (code == fc::PrimaryBackup && n == 5)
        return FindingsModel::tr(
                   "%1: primary %2 (metric %3), backup %4 (metric %5); the backup carries "
                   "traffic only while the primary's route is gone.")
            .arg(q(0), q(1), q(2), q(3), q(4));
    if (code == fc::SameMetric && n == 4)
        return FindingsModel::tr(
                   "%1 goes into %2 and %3 with the same metric %4: which tunnel carries it "
                   "depends on installation order.")
            .arg(q(0), q(1), q(2), q(3));
    if (code == fc::CannotOverride && n == 2)
        return FindingsModel::tr(
                   "The route %1 is neither Splitroute's nor the VPN's, so the plan leaves "
                   "it; %2 keeps its next hop.")
            .arg(q(0), q(1));
    if (code == fc::HostUnresolved && n == 3)
        return FindingsModel::tr(
                   "Rule '%1': cannot resolve %2 (%3); the rule is left out of the plan.")
            .arg(q(0), q(1), q(2));
    if (code == fc::ProtectedOverlap && n == 5)
        return FindingsModel::tr(
                   "Rule '%1' (%2 %3) covers %4, %5; the plan leaves that part as it is so "
                   "the tunnel keeps working.")
            .arg(q(0), modeText(a[1]), q(2), q(3), reasonText(a[4]));
    if (code == fc::RuleShadowed && n == 2)
        return FindingsModel::tr("Rule '%1' has no effect: earlier rules already decide all of %2.")
            .arg(q(0), q(1));
    if (code == fc::NoPhysicalRoute && n == 1)
        return FindingsModel::tr(
                   "No %1 route outside the tunnel to send bypassed traffic to; those bypass "
                   "rules are left out.")
            .arg(q(0));
    if (code == fc::NoTunnel && n == 1)
        return FindingsModel::tr(
                   "No tunnel device found for %1 tunnel rules; give one with the tunnel "
                   "device parameter.")
            .arg(q(0));
    if (code == fc::ComplementUsed && n == 4 && a[1] == "keep-override")
        return FindingsModel::tr(
                   "For %1, keeping the default override and bypassing takes %2 changes "
                   "instead of %3.")
            .arg(q(0), q(2), q(3));
    if (code == fc::ComplementUsed && n == 4 && a[1] == "remove-override")
        return FindingsModel::tr(
                   "For %1, removing the default override and tunnelling takes %2 changes "
                   "instead of %3.")
            .arg(q(0), q(2), q(3));
    return std::nullopt;
}
} // namespace

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(std::vector<core::Finding> findings) {
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const core::Finding* FindingsModel::findingAt(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= m_findings.size())
        return nullptr;
    return &m_findings[static_cast<std::size_t>(row)];
}

QString FindingsModel::titleFor(const std::string& code) {
    struct Entry {
        const char* code;
        const char* title;
    };
    // Stable codes from core/analyze/Analyzer.h; the text is for people, so it is ours.
    static const Entry entries[] = {
        {"ipv6-leak", QT_TR_NOOP("IPv6 traffic does not go through the tunnel")},
        {"tunnelcrack-localnet",
         QT_TR_NOOP("A local network route exposes public addresses (TunnelCrack LocalNet)")},
        {"tunnelvision-dhcp-route",
         QT_TR_NOOP("A DHCP route takes traffic out of the tunnel (TunnelVision)")},
        {"server-ip-missing", QT_TR_NOOP("No route to the VPN server outside the tunnel")},
        {"server-ip-via-tunnel", QT_TR_NOOP("The VPN server is routed into the tunnel")},
        {"server-ip-dns",
         QT_TR_NOOP("The VPN server's address comes from DNS (TunnelCrack ServerIP)")},
        {"pushed-route-swallows-dns", QT_TR_NOOP("A pushed route captures the local DNS server")},
        {"pushed-route-swallows-gateway", QT_TR_NOOP("A pushed route captures the local gateway")},
        {"pushed-route-overlaps-lan", QT_TR_NOOP("A pushed route overlaps the local network")},
        {"route-nopull-drops-dns", QT_TR_NOOP("route-nopull also drops the VPN's DNS servers")},
        {"aws-route-enforcement",
         QT_TR_NOOP("AWS Client Route Enforcement will undo bypass routes")},
        {"aws-pull-filter-stripped", QT_TR_NOOP("The AWS VPN Client ignores pull-filter")},
        {"bypass-shadowed", QT_TR_NOOP("A bypass is hidden by a more specific tunnel route")},
        {"tunnel-route-shadowed", QT_TR_NOOP("A tunnel route is hidden by a more specific route")},
        {"iroute-missing", QT_TR_NOOP("A route into the tunnel has no matching iroute")},
        {"tunnel-primary-backup", QT_TR_NOOP("Two tunnels: one is the backup of the other")},
        {"tunnel-same-metric", QT_TR_NOOP("Two tunnels claim the same networks at equal metric")},
        {"cannot-override", QT_TR_NOOP("A route the plan may not replace stays in the way")},
        {"host-unresolved", QT_TR_NOOP("A host name in the policy cannot be resolved")},
        {"protected-overlap",
         QT_TR_NOOP("A rule covers a range the tunnel needs; that part stays as it is")},
        {"rule-shadowed", QT_TR_NOOP("A rule has no effect: earlier rules decide it")},
        {"no-physical-route", QT_TR_NOOP("No route outside the tunnel for bypassed traffic")},
        {"no-tunnel", QT_TR_NOOP("No tunnel device for the tunnel rules")},
        {"complement-used",
         QT_TR_NOOP("The plan changes the default override: fewer route changes")},
    };
    for (const auto& e : entries)
        if (code == e.code)
            return tr(e.title);
    return {};
}

QString FindingsModel::detailsFor(const core::Finding& f) {
    if (auto t = translated(f))
        return *t;
    return QString::fromStdString(f.message);
}

bool FindingsModel::hasDetailsFor(const core::Finding& f) {
    return translated(f).has_value();
}

QString FindingsModel::severityText(core::Severity s) {
    switch (s) {
    case core::Severity::Info:
        return tr("Info");
    case core::Severity::Warning:
        return tr("Warning");
    case core::Severity::Error:
        return tr("Error");
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Finding& f = m_findings[static_cast<std::size_t>(index.row())];
    const QString message = detailsFor(f);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return severityText(f.severity);
        case Title: {
            const QString t = titleFor(f.code);
            return t.isEmpty() ? message : t;
        }
        case Routes: {
            QStringList parts;
            for (const auto& r : f.routes)
                parts << QString::fromStdString(r.destination.toString());
            for (const auto& p : f.prefixes)
                parts << QString::fromStdString(p.toString());
            parts.removeDuplicates();
            return parts.join(QStringLiteral(", "));
        }
        case Details:
            return message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != Severity)
            return {};
        switch (f.severity) {
        case core::Severity::Info:
            return QIcon(QStringLiteral(":/icons/info.svg"));
        case core::Severity::Warning:
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        case core::Severity::Error:
            return QIcon(QStringLiteral(":/icons/error.svg"));
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = message.toHtmlEscaped();
        for (const auto& r : f.routes)
            tip += QStringLiteral("<br><tt>%1</tt>")
                       .arg(QString::fromStdString(r.toString()).toHtmlEscaped());
        return tip;
    }
    case Qt::UserRole:
        return QString::fromStdString(f.code);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Title:
        return tr("Finding");
    case Routes:
        return tr("Routes");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace splitroute::app
