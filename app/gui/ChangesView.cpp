#include "app/gui/ChangesView.h"

#include "core/TableDiff.h"
#include "core/plan/EffectiveDiff.h"

#include <QBrush>
#include <QColor>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace splitroute::app {

namespace {
QString routeText(const core::Route& r) {
    return QString::fromStdString(r.nextHopText()) +
           (r.metric ? QStringLiteral("  metric %1").arg(r.metric) : QString()) +
           (r.table != core::table::Main
                ? QStringLiteral("  table %1").arg(QString::fromStdString(core::tableName(r.table)))
                : QString());
}
} // namespace

ChangesView::ChangesView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_placeholder);

    auto* page = new QWidget(this);
    auto* pl = new QVBoxLayout(page);
    pl->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_effective = new QTreeWidget(page);
    m_effective->setObjectName(QStringLiteral("effectiveList"));
    m_effective->setRootIsDecorated(false);
    m_effective->setAlternatingRowColors(true);
    m_effective->setHeaderLabels(
        {tr("Traffic that went"), tr("Now goes"), tr("Networks"), tr("Addresses")});
    m_effective->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_effective->setMaximumHeight(160);
    m_list = new QTreeWidget(page);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Change"), tr("Destination"), tr("Before"), tr("After")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* form = new QFormLayout;
    m_lookup = new QLineEdit(page);
    m_lookup->setPlaceholderText(tr("An address, e.g. 10.20.1.1"));
    m_lookup->setClearButtonEnabled(true);
    m_lookupResult = new QLabel(page);
    m_lookupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lookupResult->setWordWrap(true);
    form->addRow(tr("Look up:"), m_lookup);
    form->addRow(QString(), m_lookupResult);
    pl->addWidget(m_summary);
    pl->addWidget(m_effective);
    pl->addWidget(m_list, 1);
    pl->addLayout(form);
    m_stack->addWidget(page);
    lay->addWidget(m_stack);
    connect(m_lookup, &QLineEdit::textChanged, this, &ChangesView::onLookup);
    setTables(nullptr, nullptr);
}

void ChangesView::setTables(std::shared_ptr<const core::RouteTable> before,
                            std::shared_ptr<const core::RouteTable> after, const QString& note) {
    m_before = std::move(before);
    m_after = std::move(after);
    m_list->clear();
    m_effective->clear();
    if (!m_before || !m_after) {
        m_placeholder->setText(tr("This source has a single table. Changes appear here when a "
                                  "source has a table before and after (for example the demo)."));
        m_stack->setCurrentIndex(0);
        return;
    }
    const core::TableDiff diff = core::diffTables(*m_before, *m_after);
    const core::EffectiveDiff effective = core::effectiveDiff(*m_before, *m_after);
    constexpr std::size_t shownPrefixes = 6;
    for (const core::HopChange& c : effective.changes) {
        QStringList prefixes, all;
        for (const auto& p : c.prefixes) {
            if (prefixes.size() < static_cast<qsizetype>(shownPrefixes))
                prefixes << QString::fromStdString(p.toString());
            if (all.size() < 200)
                all << QString::fromStdString(p.toString());
        }
        QString networks = prefixes.join(QStringLiteral(", "));
        if (c.prefixes.size() > shownPrefixes)
            networks += QLatin1Char(' ') + tr("… and %n more", nullptr,
                                              static_cast<int>(c.prefixes.size() - shownPrefixes));
        auto* item = new QTreeWidgetItem(
            m_effective, {QString::fromStdString(c.from.text), QString::fromStdString(c.to.text),
                          networks, QLocale().toString(static_cast<double>(c.addresses), 'g', 4)});
        item->setToolTip(2, all.join(QLatin1Char('\n')));
    }
    m_effective->setVisible(!effective.empty());
    const QColor added(0x2e, 0x9e, 0x5b, 60), removed(0xbf, 0x61, 0x6a, 60),
        changed(0xeb, 0xcb, 0x8b, 90);
    auto addRow = [&](const QString& kind, const core::Route& r, const QString& b, const QString& a,
                      const QColor& c) {
        auto* item = new QTreeWidgetItem(
            m_list, {kind, QString::fromStdString(r.destination.toString()), b, a});
        for (int col = 0; col < 4; ++col)
            item->setBackground(col, c);
        item->setToolTip(1, QString::fromStdString(r.toString()));
    };
    for (const auto& r : diff.removed)
        addRow(tr("removed"), r, routeText(r), QString(), removed);
    for (const auto& r : diff.added)
        addRow(tr("added"), r, QString(), routeText(r), added);
    for (const auto& c : diff.changed) {
        QStringList fields;
        for (const auto& f : c.fields)
            fields << QString::fromStdString(f);
        addRow(tr("changed (%1)").arg(fields.join(QStringLiteral(", "))), c.after,
               routeText(c.before), routeText(c.after), changed);
    }
    m_summary->setText(diff.empty()
                           ? tr("The tables are the same (%n route(s)).", nullptr,
                                static_cast<int>(diff.unchanged))
                           : tr("%1 added, %2 removed, %3 changed, %4 unchanged.")
                                     .arg(diff.added.size())
                                     .arg(diff.removed.size())
                                     .arg(diff.changed.size())
                                     .arg(diff.unchanged) +
                                 (note.isEmpty() ? QString() : QStringLiteral("\n") + note));
    m_stack->setCurrentIndex(1);
    onLookup();
}

void ChangesView::onLookup() {
    const QString text = m_lookup->text().trimmed();
    if (text.isEmpty() || !m_before || !m_after) {
        m_lookupResult->clear();
        return;
    }
    auto a = core::IpAddress::parse(text.toStdString());
    if (!a.ok()) {
        m_lookupResult->setText(
            tr("Not an address: %1").arg(QString::fromStdString(a.error().message)));
        return;
    }
    auto describe = [](const core::RouteTable& t, const core::IpAddress& addr) {
        const auto l = t.lookup(addr);
        return l.chosen ? QString::fromStdString(l.chosen->toString()) : tr("no route");
    };
    m_lookupResult->setText(
        tr("Before: %1\nAfter: %2")
            .arg(describe(*m_before, a.value()), describe(*m_after, a.value())));
}

} // namespace splitroute::app
