// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ChangesView.h"

#include "app/gui/EffectText.h"

#include "core/TableDiff.h"
#include "core/plan/EffectiveDiff.h"
#include "platform/SystemResolver.h"

#include <QBrush>
#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QThread>
#include <QColor>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace splitroute::app {

namespace {
QString routeText(const core::Route& r) {
    return QString::fromStdString(r.nextHopText()) +
           (r.metric ? QStringLiteral("  metric %1").arg(r.metric) : QString()) +
           (r.table != core::table::Main
                ? QStringLiteral("  table %1").arg(QString::fromStdString(core::tableName(r.table)))
                : QString());
}

/// Letters, digits, hyphens and dots, with at least one letter: worth asking a resolver.
bool looksLikeHostName(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("^(?=.*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9.])?$"));
    return re.match(text).hasMatch();
}
} // namespace

QString ChangesView::addressCountText(core::Family family, long double count) {
    const QLocale loc;
    if (count < 1e7L)
        return loc.toString(static_cast<qulonglong>(std::llround(count)));
    const bool v4 = family == core::Family::V4;
    const int bits = v4 ? 32 : 128;
    int exp = 0;
    if (std::frexp(count, &exp) == 0.5L) { // an exact power of two: 2^(exp - 1)
        const int k = exp - 1;
        if (k == bits)
            return v4 ? tr("2^32 addresses (all of IPv4)") : tr("2^128 addresses (all of IPv6)");
        if (k == bits - 1)
            return v4 ? tr("2^31 addresses (half of IPv4)") : tr("2^127 addresses (half of IPv6)");
        return tr("2^%1 addresses (a /%2)").arg(k).arg(bits - k);
    }
    const QString share = loc.toString(static_cast<double>(count / 4294967296.0L * 100.0L), 'f', 1);
    // Languages that count in myriads (Japanese 万 = 10^4, 億 = 10^8) say 42.9 億, not 4.3 十億:
    // the translation of this word chooses the scale.
    struct Scale {
        long double below, unit;
        int decimals;
        const char* v4;    // with the share of IPv4
        const char* other; // IPv6
    };
    static constexpr std::array<Scale, 2> western{
        {{1e9L, 1e6L, 1, QT_TR_NOOP("about %1 million (%2% of IPv4)"),
          QT_TR_NOOP("about %1 million")},
         {1e12L, 1e9L, 1, QT_TR_NOOP("about %1 billion (%2% of IPv4)"),
          QT_TR_NOOP("about %1 billion")}}};
    static constexpr std::array<Scale, 2> myriad{
        {{1e8L, 1e4L, 0, QT_TR_NOOP("about %1 ten thousand (%2% of IPv4)"),
          QT_TR_NOOP("about %1 ten thousand")},
         {1e12L, 1e8L, 1, QT_TR_NOOP("about %1 hundred million (%2% of IPv4)"),
          QT_TR_NOOP("about %1 hundred million")}}};
    //: Not shown. The number scale of this language: "western" (million = 10^6, billion = 10^9)
    //: or "myriad" (10^4 and 10^8, as Japanese 万 and 億). Translate with one of the two words.
    const bool inMyriads = tr("western") == QLatin1String("myriad");
    for (const Scale& scale : inMyriads ? myriad : western) {
        // Rounded as shown: 999.96 million reads "1.0 billion", not "1000.0 million".
        const long double step = scale.decimals ? 0.1L : 1.0L;
        const long double shown = std::round(count / scale.unit / step) * step;
        if (shown * scale.unit < scale.below) {
            const QString n = loc.toString(static_cast<double>(shown), 'f', scale.decimals);
            return v4 ? tr(scale.v4).arg(n, share) : tr(scale.other).arg(n);
        }
    }
    return tr("about 2^%1 addresses")
        .arg(loc.toString(static_cast<double>(std::log2(count)), 'f', 1));
}

void ChangesView::setResolver(core::Resolver resolver) {
    m_resolver = std::move(resolver);
}

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
    m_lookup->setPlaceholderText(tr("An address (e.g. 10.20.1.1) or a host name and Enter"));
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
    connect(m_lookup, &QLineEdit::returnPressed, this, &ChangesView::onLookupEntered);
    m_resolver = platform::resolveHost;
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
        auto* item =
            new QTreeWidgetItem(m_effective, {EffectText::hop(c.from), EffectText::hop(c.to),
                                              networks, addressCountText(c.family, c.addresses)});
        const QString sentence = EffectText::sentence(c);
        item->setToolTip(0, sentence);
        item->setToolTip(1, sentence);
        item->setToolTip(2, all.join(QLatin1Char('\n')));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (c.addresses < 18446744073709551616.0L) // exact count when it fits
            item->setToolTip(
                3,
                tr("%1 addresses").arg(QLocale().toString(static_cast<qulonglong>(c.addresses))));
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
    ++m_lookupGeneration; // an answer for an earlier text is no longer wanted
    const QString text = m_lookup->text().trimmed();
    if (text.isEmpty() || !m_before || !m_after) {
        m_lookupResult->clear();
        return;
    }
    auto a = core::IpAddress::parse(text.toStdString());
    if (!a.ok()) {
        m_lookupResult->setText(looksLikeHostName(text)
                                    ? tr("Press Enter to look up the host name %1.").arg(text)
                                    : tr("“%1” is neither an address nor a host name.").arg(text));
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

void ChangesView::onLookupEntered() {
    const QString text = m_lookup->text().trimmed();
    if (!m_before || !m_after || !looksLikeHostName(text) ||
        core::IpAddress::parse(text.toStdString()).ok())
        return;
    if (!m_resolver) {
        m_lookupResult->setText(tr("Host names cannot be looked up here; enter an address."));
        emit hostLookupFinished();
        return;
    }
    const quint64 generation = ++m_lookupGeneration;
    m_lookupResult->setText(tr("Looking up %1…").arg(text));
    QPointer<ChangesView> self(this);
    // getaddrinfo may wait for DNS for seconds: off the GUI thread, the answer posted back.
    QThread* worker = QThread::create([self, resolver = m_resolver, text, generation] {
        auto result = resolver(text.toStdString());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, text, generation, result = std::move(result)] {
                if (!self || self->m_lookupGeneration != generation)
                    return; // gone, or the text changed meanwhile
                self->showHostLookup(text, result);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ChangesView::showHostLookup(const QString& host,
                                 const core::Result<std::vector<core::IpAddress>>& result) {
    if (!result.ok()) {
        m_lookupResult->setText(tr("Cannot look up %1 (%2). Enter an address instead.")
                                    .arg(host, QString::fromStdString(result.error().message)));
    } else if (result.value().empty() || !m_before || !m_after) {
        m_lookupResult->setText(tr("%1 has no addresses.").arg(host));
    } else {
        QStringList lines;
        constexpr std::size_t shown = 4;
        for (std::size_t i = 0; i < result.value().size() && i < shown; ++i) {
            const core::IpAddress& addr = result.value()[i];
            auto describe = [&addr](const core::RouteTable& t) {
                const auto l = t.lookup(addr);
                return l.chosen ? QString::fromStdString(l.chosen->toString()) : tr("no route");
            };
            lines << tr("%1 (%2)\n  Before: %3\n  After: %4")
                         .arg(host, QString::fromStdString(addr.toString()), describe(*m_before),
                              describe(*m_after));
        }
        if (result.value().size() > shown)
            lines << tr("… and %n more address(es)", nullptr,
                        static_cast<int>(result.value().size() - shown));
        m_lookupResult->setText(lines.join(QLatin1Char('\n')));
    }
    emit hostLookupFinished();
}

} // namespace splitroute::app
