#include "app/gui/NetworksView.h"

#include "app/gui/TableSource.h"
#include "core/TableAnnotations.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace splitroute::app {

NetworksView::NetworksView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("networksList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Network"), tr("Goes through"), tr("Route in the table"), tr("From")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    lay->addWidget(m_header);
    lay->addWidget(m_list, 1);
    setSource(nullptr);
}

void NetworksView::setSource(const TableSource* source) {
    m_list->clear();
    if (!source || !source->profile) {
        m_header->setText(tr("This source has no VPN profile. The demo shows the networks its "
                             "profile routes through the tunnel."));
        m_list->hide();
        return;
    }
    m_list->show();
    m_header->setText(
        tr("Networks that %1 routes, and the route that carries each of them. "
           "Switching a network between tunnel and bypass is not part of this "
           "build yet.")
            .arg(QFileInfo(QString::fromStdString(source->profile->file)).fileName()));
    const core::RouteTable* table = source->table.get();
    auto routeFor = [&](const core::Prefix& p) -> const core::Route* {
        if (!table)
            return nullptr;
        const auto found = table->find(p);
        return found.empty() ? nullptr : found.front();
    };
    auto where = [](const core::SourceLocation& w) {
        return QStringLiteral("%1:%2")
            .arg(QFileInfo(QString::fromStdString(w.file)).fileName())
            .arg(w.line);
    };
    const auto& profile = *source->profile;

    // The default override as one row.
    if (profile.redirect && !profile.redirect->isPrivate && profile.redirect->ipv4) {
        const bool def1 = profile.redirect->def1;
        const QString net = def1 ? tr("All other traffic (0.0.0.0/1 + 128.0.0.0/1)")
                                 : tr("All other traffic (0.0.0.0/0)");
        const core::Route* r =
            routeFor(core::Prefix::parse(def1 ? "0.0.0.0/1" : "0.0.0.0/0").value());
        auto* item = new QTreeWidgetItem(
            m_list, {net, r ? QString::fromStdString(r->interface.str()) : tr("(not installed)"),
                     r ? QString::fromStdString(r->nextHopText()) : QString(),
                     where(profile.redirect->where)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
    }
    for (const auto* list : {&profile.routes, &profile.routes6})
        for (const auto& pr : *list) {
            const core::Route* r = pr.prefix ? routeFor(*pr.prefix) : nullptr;
            new QTreeWidgetItem(
                m_list, {pr.prefix ? QString::fromStdString(pr.prefix->toString())
                                   : QString::fromStdString(pr.network),
                         r ? QString::fromStdString(r->interface.str()) : tr("(not installed)"),
                         r ? QString::fromStdString(r->nextHopText()) : QString(),
                         where(pr.where) + QStringLiteral("  ") + QString::fromStdString(pr.text)});
        }
}

} // namespace splitroute::app
