#include "app/gui/FindingsModel.h"

#include <QIcon>
#include <QStringList>

namespace splitroute::app {

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
    };
    for (const auto& e : entries)
        if (code == e.code)
            return tr(e.title);
    return {};
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
    const QString message = QString::fromStdString(f.message);
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
