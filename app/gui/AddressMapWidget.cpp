// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AddressMapWidget.h"

#include "app/gui/RouteTableModel.h"
#include "core/TableAnnotations.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QCoreApplication>
#include <QMouseEvent>
#include <QPointer>
#include <QThreadPool>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <memory>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace splitroute::app {

using core::u128;

namespace {
constexpr int kLabelWidth = 56;
constexpr int kAxisHeight = 22;
constexpr int kEffectiveHeight = 30;
constexpr int kLegendHeight = 24;
constexpr int kGap = 6;
// Bands with at most this many bars mark their narrow bars with a small triangle.
constexpr std::size_t kMarkerLimit = 512;
const QColor kChangeColor(0xc0, 0x1c, 0xa8); // ranges whose next hop changes

long double toLd(u128 v) {
    return static_cast<long double>(v);
}

// The global unicast block 2000::/3 (RFC 4291 §2.4).
constexpr u128 kGlobalFirst = u128{0x2000} << 112;
constexpr u128 kGlobalLast = (u128{0x4000} << 112) - 1;
} // namespace

AddressMapWidget::AddressMapWidget(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Address map"));
}

QColor AddressMapWidget::interfaceColor(const QString& name) {
    // A fixed palette picked by a stable hash of the name, so an interface keeps its colour
    // between the before and after tables and between runs.
    static const QColor palette[] = {QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x39, 0x3b, 0x79)};
    if (name.startsWith(QLatin1String("tun")) || name.startsWith(QLatin1String("tap")))
        return QColor(0xe6, 0x7e, 0x22); // tunnels: orange
    if (name.startsWith(QLatin1String("wl")) || name.startsWith(QLatin1String("eth")) ||
        name.startsWith(QLatin1String("en")))
        return QColor(0x1f, 0x77, 0xb4); // the physical uplink: blue
    quint32 h = 2166136261u;
    for (QChar c : name) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return palette[h % (sizeof(palette) / sizeof(palette[0]))];
}

void AddressMapWidget::setTable(std::shared_ptr<const core::RouteTable> table,
                                std::vector<std::uint32_t> flags, Overlay overlay) {
    // The window hands the table on show to the map, the map page then the picture it wants
    // (often the same table): lay out only what changed.
    const bool same =
        m_table && table == m_table && flags == m_flags && overlay.effective == m_overlay.effective;
    m_overlay = std::move(overlay);
    if (!same) {
        m_table = std::move(table);
        m_flags = std::move(flags);
        m_selected = -1;
        rebuild();
    }
    updateChanged();
    update();
}

void AddressMapWidget::updateChanged() {
    m_changed.clear();
    for (const core::Prefix& p : m_overlay.changed) {
        if (p.family() != m_family)
            continue;
        const u128 first = p.first().toU128();
        const u128 last = p.last().toU128();
        if (last < m_domainFirst || first > m_domainLast)
            continue;
        m_changed.push_back({std::max(first, m_domainFirst), std::min(last, m_domainLast)});
    }
    std::sort(m_changed.begin(), m_changed.end(),
              [](const Span& a, const Span& b) { return a.first < b.first; });
    std::vector<Span> merged;
    for (const Span& r : m_changed) {
        if (!merged.empty() && merged.back().last != ~u128{0} && r.first <= merged.back().last + 1)
            merged.back().last = std::max(merged.back().last, r.last);
        else
            merged.push_back(r);
    }
    m_changed = std::move(merged);
}

bool AddressMapWidget::isChangedAt(u128 a) const {
    auto it = std::partition_point(m_changed.begin(), m_changed.end(),
                                   [&](const Span& r) { return r.last < a; });
    return it != m_changed.end() && it->first <= a;
}

AddressMapWidget::RouteMark AddressMapWidget::markOf(std::uint32_t route) const {
    return route < m_overlay.marks.size() ? m_overlay.marks[route] : RouteMark::None;
}

void AddressMapWidget::setSpace(Space space) {
    if (space == m_space)
        return;
    m_space = space;
    rebuild();
    resetView();
}

void AddressMapWidget::setSelectedRoute(long index) {
    const auto& ref = m_overlay.reference;
    if (ref && ref != m_table && m_table) // the same route in the map's own table
        index = index >= 0 && static_cast<std::size_t>(index) < ref->size()
                    ? m_table->indexOf((*ref)[static_cast<std::size_t>(index)])
                    : -1;
    if (index == m_selected)
        return;
    m_selected = index;
    update();
}

AddressMapWidget::Built AddressMapWidget::build(const core::RouteTable& table,
                                                const core::RouteTable& effective,
                                                core::Family family, u128 domainFirst,
                                                u128 domainLast) {
    // Runs on a worker thread for large tables: touches only its arguments (QColor and
    // QString are plain values here).
    Built out;
    // One pass over the routes, no allocation per route: colours are looked up once per
    // interface (names are interned, so the name's address identifies it).
    std::array<std::vector<Bar>, 129> byLength;
    std::unordered_map<const std::string*, QColor> colorOf;
    std::unordered_set<const std::string*> legendNames;
    const QColor localColor(0xb0, 0xb0, 0xb0);
    const QColor blockedColor(0x33, 0x33, 0x33);
    const auto& routes = table.routes();
    out.routeColors.resize(routes.size());
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const core::Route& r = routes[i];
        const bool inSpace = r.family() == family;
        switch (r.type) {
        case core::RouteType::Unicast: {
            const std::string& dev =
                r.isMultipath() ? r.nexthops.front().interface.str() : r.interface.str();
            auto it = colorOf.find(&dev);
            if (it == colorOf.end())
                it = colorOf.emplace(&dev, interfaceColor(QString::fromStdString(dev))).first;
            out.routeColors[i] = it->second;
            if (inSpace && !legendNames.count(&dev)) {
                legendNames.insert(&dev);
                out.legend.insert(QString::fromStdString(dev));
            }
            break;
        }
        case core::RouteType::Local:
        case core::RouteType::Broadcast:
        case core::RouteType::Multicast:
        case core::RouteType::Anycast:
            out.routeColors[i] = localColor;
            out.legendLocal = out.legendLocal || inSpace;
            break;
        default:
            out.routeColors[i] = blockedColor;
            out.legendBlocked = out.legendBlocked || inSpace;
            break;
        }
        if (!inSpace)
            continue;
        const u128 first = r.destination.first().toU128();
        const u128 last = r.destination.last().toU128();
        if (last < domainFirst || first > domainLast)
            continue;
        byLength[static_cast<std::size_t>(r.destination.length())].push_back(
            {std::max(first, domainFirst), std::min(last, domainLast),
             static_cast<std::uint32_t>(i)});
    }
    auto barLess = [](const Bar& a, const Bar& b) {
        return a.first < b.first || (a.first == b.first && a.route < b.route);
    };
    for (std::size_t len = 0; len < byLength.size(); ++len) {
        auto& bars = byLength[len];
        if (bars.empty())
            continue;
        if (!std::is_sorted(bars.begin(), bars.end(), barLess)) // tables are often sorted
            std::sort(bars.begin(), bars.end(), barLess);
        out.bands.push_back({static_cast<int>(len), std::move(bars)});
    }
    out.partition =
        core::clipPartition(core::effectivePartition(effective, family), domainFirst, domainLast);
    return out;
}

void AddressMapWidget::apply(Built&& built) {
    m_bands = std::move(built.bands);
    m_partition = std::move(built.partition);
    m_routeColors = std::move(built.routeColors);
    m_legend = std::move(built.legend);
    m_legendLocal = built.legendLocal;
    m_legendBlocked = built.legendBlocked;
}

void AddressMapWidget::rebuild() {
    m_family = m_space == Space::IPv4 ? core::Family::V4 : core::Family::V6;
    m_domainFirst = m_space == Space::IPv4 ? 0 : kGlobalFirst;
    m_domainLast = m_space == Space::IPv4 ? u128{0xFFFFFFFFu} : kGlobalLast;
    ++m_generation;
    apply(Built{});
    m_layingOut = false;
    const auto effective = m_overlay.effective ? m_overlay.effective : m_table;
    if (m_table && (m_asyncThreshold == 0 || m_table->size() < m_asyncThreshold)) {
        apply(build(*m_table, *effective, m_family, m_domainFirst, m_domainLast));
    } else if (m_table) {
        // A million routes take most of a second to lay out: do it on a worker thread and
        // show "laying out" meanwhile, so the window stays responsive. The worker holds its
        // own reference to the table (immutable) and never touches the widget; the result
        // comes back through the GUI thread's event loop and is dropped if the widget is gone
        // or a newer rebuild() started.
        m_layingOut = true;
        QPointer<AddressMapWidget> self(this);
        QThreadPool::globalInstance()->start([self, table = m_table, effective, family = m_family,
                                              first = m_domainFirst, last = m_domainLast,
                                              generation = m_generation] {
            auto built = std::make_shared<Built>(build(*table, *effective, family, first, last));
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, built, generation] {
                    if (!self || self->m_generation != generation)
                        return;
                    self->apply(std::move(*built));
                    self->m_layingOut = false;
                    self->clampView();
                    self->update();
                    emit self->layoutFinished();
                },
                Qt::QueuedConnection);
        });
    }
    updateChanged();
    clampView();
}

std::vector<int> AddressMapWidget::bandLengths() const {
    std::vector<int> out;
    for (const auto& b : m_bands)
        out.push_back(b.length);
    return out;
}

AddressMapWidget::Layout AddressMapWidget::layout() const {
    Layout l;
    const QRect r = rect().adjusted(kGap, kGap, -kGap, -kGap);
    l.plot = QRect(r.left() + kLabelWidth, r.top() + kAxisHeight, r.width() - kLabelWidth,
                   r.height() - kAxisHeight - kEffectiveHeight - kLegendHeight - 3 * kGap);
    l.top = l.plot.top();
    const int n = std::max<int>(1, static_cast<int>(m_bands.size()));
    l.bandHeight = std::clamp(l.plot.height() / n, 4, 44);
    // The plot ends with the last band; the effective band follows right below it.
    l.plot.setHeight(std::min(l.plot.height(), l.bandHeight * n));
    l.strip = QRect(l.plot.left(), l.plot.bottom() + 3, l.plot.width(), 2 * kGap - 4);
    l.effective =
        QRect(l.plot.left(), l.plot.bottom() + 2 * kGap, l.plot.width(), kEffectiveHeight);
    l.legend = QRect(r.left(), l.effective.bottom() + kGap, r.width(), kLegendHeight);
    return l;
}

long double AddressMapWidget::toX(u128 a, const QRect& plot) const {
    const long double w = plot.width();
    if (a >= m_viewStart)
        return plot.left() + toLd(a - m_viewStart) / m_viewSpan * w;
    return plot.left() - toLd(m_viewStart - a) / m_viewSpan * w;
}

u128 AddressMapWidget::addressAtX(double x) const {
    return addressAt(x, layout().plot);
}

QRect AddressMapWidget::changeStripRect() const {
    return layout().strip;
}

QRect AddressMapWidget::changedRangeRect(std::size_t index) const {
    if (index >= m_changed.size())
        return {};
    const Layout l = layout();
    int x0 = 0, x1 = 0;
    if (!spanPixels(m_changed[index].first, m_changed[index].last, l.plot, x0, x1))
        return {};
    return QRect(x0, l.strip.top(), x1 - x0, l.strip.height());
}

bool AddressMapWidget::spanPixels(u128 first, u128 last, const QRect& plot, int& x0, int& x1,
                                  bool* tiny) const {
    const long double fx0 = toX(first, plot);
    const long double fx1 = toX(last, plot) + plot.width() / m_viewSpan;
    if (fx1 < plot.left() || fx0 > plot.right() + 1)
        return false;
    x0 = static_cast<int>(std::floor(std::max<long double>(fx0, plot.left())));
    x1 = static_cast<int>(std::ceil(std::min<long double>(fx1, plot.right() + 1)));
    if (tiny)
        *tiny = fx1 - fx0 < kMinBarWidth;
    if (x1 - x0 < kMinBarWidth) {
        // Never thinner than a few pixels: a /24 in the whole IPv4 space is 1/16 777 216 of it.
        const int centre = (x0 + x1) / 2;
        x0 = std::clamp(centre - kMinBarWidth / 2, plot.left(),
                        std::max(plot.left(), plot.right() + 1 - kMinBarWidth));
        x1 = x0 + kMinBarWidth;
    }
    return true;
}

u128 AddressMapWidget::addressAt(double x, const QRect& plot) const {
    const long double off = (static_cast<long double>(x) - plot.left()) / plot.width() * m_viewSpan;
    if (off <= 0) {
        const u128 back = static_cast<u128>(-off);
        return back > m_viewStart - m_domainFirst ? m_domainFirst : m_viewStart - back;
    }
    const u128 fwd = static_cast<u128>(off);
    return fwd > m_domainLast - m_viewStart ? m_domainLast : m_viewStart + fwd;
}

void AddressMapWidget::clampView() {
    const long double domain = toLd(m_domainLast - m_domainFirst) + 1.0L;
    const long double minSpan = m_family == core::Family::V4 ? 32.0L : 65536.0L;
    m_viewSpan = std::clamp(m_viewSpan, minSpan, domain);
    if (m_viewStart < m_domainFirst)
        m_viewStart = m_domainFirst;
    const long double room = domain - m_viewSpan; // how far the start may move
    if (toLd(m_viewStart - m_domainFirst) > room)
        m_viewStart = m_domainFirst + static_cast<u128>(room);
}

void AddressMapWidget::resetView() {
    m_viewStart = m_domainFirst;
    m_viewSpan = toLd(m_domainLast - m_domainFirst) + 1.0L;
    clampView();
    update();
}

void AddressMapWidget::zoomAt(long double factor, double x) {
    const QRect plot = layout().plot;
    if (plot.width() <= 0)
        return;
    const u128 anchor = addressAt(x, plot);
    const long double frac = (static_cast<long double>(x) - plot.left()) / plot.width();
    m_viewSpan /= factor;
    const long double domain = toLd(m_domainLast - m_domainFirst) + 1.0L;
    const long double minSpan = m_family == core::Family::V4 ? 32.0L : 65536.0L;
    m_viewSpan = std::clamp(m_viewSpan, minSpan, domain);
    const long double back = std::max<long double>(0, frac * m_viewSpan);
    const u128 b = static_cast<u128>(back);
    m_viewStart = anchor - m_domainFirst > b ? anchor - b : m_domainFirst;
    clampView();
    update();
}

void AddressMapWidget::panPixels(double dx) {
    const QRect plot = layout().plot;
    if (plot.width() <= 0)
        return;
    const long double delta = static_cast<long double>(dx) / plot.width() * m_viewSpan;
    if (delta < 0) {
        const u128 d = static_cast<u128>(-delta);
        m_viewStart = m_viewStart - m_domainFirst > d ? m_viewStart - d : m_domainFirst;
    } else {
        const u128 d = static_cast<u128>(delta);
        m_viewStart = m_domainLast - m_viewStart > d ? m_viewStart + d : m_domainLast;
    }
    clampView();
    update();
}

void AddressMapWidget::zoomIn() {
    // Around the mouse pointer when it is over the plot (keys and menu), else the middle.
    const QRect plot = layout().plot;
    const bool atPointer = m_hoverX >= plot.left() && m_hoverX <= plot.right();
    zoomAt(2.0L, atPointer ? m_hoverX : plot.left() + plot.width() / 2.0);
}

void AddressMapWidget::zoomOut() {
    const QRect plot = layout().plot;
    const bool atPointer = m_hoverX >= plot.left() && m_hoverX <= plot.right();
    zoomAt(0.5L, atPointer ? m_hoverX : plot.left() + plot.width() / 2.0);
}

template <typename Item, typename Fn>
void AddressMapWidget::forEachVisible(const std::vector<Item>& items, const QRect& plot,
                                      Fn fn) const {
    if (plot.width() <= 0 || items.empty())
        return;
    const u128 viewLast = addressAt(plot.right() + 1, plot);
    // Items are sorted by first and (within a band) by last too.
    auto it = std::partition_point(items.begin(), items.end(),
                                   [&](const Item& b) { return b.last < m_viewStart; });
    const long double pxPerAddr = plot.width() / m_viewSpan;
    while (it != items.end() && it->first <= viewLast) {
        const long double x0 = toX(it->first, plot);
        const long double x1 = toX(it->last, plot) + pxPerAddr;
        int ix0 = static_cast<int>(std::floor(std::max<long double>(x0, plot.left())));
        int ix1 = 0;
        bool tiny = false;
        if (spanPixels(it->first, it->last, plot, ix0, ix1, &tiny))
            fn(*it, ix0, ix1, tiny);
        ix0 = static_cast<int>(std::floor(std::max<long double>(x0, plot.left())));
        if (x1 - x0 < 1.0L) {
            // Sub-pixel: this column is painted; skip every item that starts inside it.
            const u128 next = addressAt(ix0 + 1, plot);
            auto jump = std::partition_point(it + 1, items.end(),
                                             [&](const Item& b) { return b.first < next; });
            // An item skipped over may reach past this column: resume with it.
            if (jump != it + 1 && std::prev(jump)->last >= next)
                jump = std::prev(jump);
            if (next <= it->first || jump == it + 1)
                ++it;
            else
                it = jump;
        } else {
            ++it;
        }
    }
}

QColor AddressMapWidget::routeColor(std::uint32_t route) const {
    return route < m_routeColors.size() ? m_routeColors[route] : QColor(Qt::gray);
}

QString AddressMapWidget::addressText(u128 a) const {
    return QString::fromStdString(core::IpAddress::fromU128(m_family, a).toString());
}

void AddressMapWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const Layout l = layout();
    if (l.plot.width() <= 0 || l.plot.height() <= 0)
        return;

    // Axis: five address ticks.
    p.setPen(pal.color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics fm(small);
    {
        // Ticks at multiples of a power of two, so they fall on prefix boundaries.
        const u128 viewLast = addressAt(l.plot.right() + 1, l.plot);
        const long double want = m_viewSpan / 4.0L;
        int k = 0;
        while (k < 127 && toLd(u128{1} << (k + 1)) <= want)
            ++k;
        const u128 step = u128{1} << k;
        u128 tick = (m_viewStart + step - 1) / step * step;
        int lastRight = -1000;
        for (int guard = 0; guard < 16 && tick <= viewLast && tick >= m_viewStart; ++guard) {
            const int x = static_cast<int>(toX(tick, l.plot));
            const QString label = addressText(tick);
            const int w = fm.horizontalAdvance(label);
            const int tx = std::clamp(x - w / 2, l.plot.left(), l.plot.right() - w);
            if (tx > lastRight + 8) {
                p.drawText(tx, l.plot.top() - 8, label);
                lastRight = tx + w;
            }
            p.drawLine(x, l.plot.top() - 5, x, l.plot.top() - 1);
            if (viewLast - tick < step)
                break;
            tick += step;
        }
    }

    if (!m_table || m_bands.empty()) {
        p.drawText(l.plot, Qt::AlignCenter,
                   m_layingOut
                       ? tr("Laying out %n route(s)…", nullptr, static_cast<int>(m_table->size()))
                   : m_table ? tr("No routes in this address space")
                             : tr("No table"));
    }

    // One band per prefix length.
    int y = l.top;
    const QColor stripe = pal.color(QPalette::AlternateBase);
    QRect selectedRect;
    for (std::size_t bi = 0; bi < m_bands.size(); ++bi) {
        const Band& band = m_bands[bi];
        const QRect row(l.plot.left(), y, l.plot.width(), l.bandHeight);
        if (bi % 2)
            p.fillRect(row, stripe);
        p.setPen(pal.color(QPalette::Text));
        if (l.bandHeight >= fm.height() - 2 || bi % 2 == 0)
            p.drawText(QRect(l.plot.left() - kLabelWidth, y, kLabelWidth - 6, l.bandHeight),
                       Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("/%1").arg(band.length));
        const int barTop = y + 1;
        const int barH = std::max(1, l.bandHeight - 2);
        const bool markTiny = band.bars.size() <= kMarkerLimit;
        forEachVisible(band.bars, l.plot, [&](const Bar& b, int x0, int x1, bool tiny) {
            const QRect bar(x0, barTop, x1 - x0, barH);
            const RouteMark mark = markOf(b.route);
            QColor c = routeColor(b.route);
            if (mark == RouteMark::Removed) {
                // A route the plan deletes: its outline and a hatch, no fill.
                p.fillRect(bar, QBrush(c, Qt::DiagCrossPattern));
                p.setPen(QPen(c, 1, Qt::DashLine));
                p.drawRect(bar.adjusted(0, 0, -1, -1));
            } else {
                if (mark == RouteMark::Unchanged)
                    c.setAlpha(70); // the plan leaves it alone: faded
                p.fillRect(bar, c);
                const std::uint32_t f = b.route < m_flags.size() ? m_flags[b.route] : 0;
                if (f & (core::annotation::Shadowed | core::annotation::Inactive)) {
                    p.fillRect(bar, QBrush(QColor(255, 255, 255, 200), Qt::BDiagPattern));
                    p.fillRect(bar, QColor(255, 255, 255, 90));
                }
                if (mark == RouteMark::Added && x1 - x0 >= 8) {
                    p.setPen(QPen(pal.color(QPalette::Text), 2));
                    p.drawRect(bar.adjusted(1, 1, -1, -1));
                } else if (mark == RouteMark::Added) {
                    // Too narrow to outline inside: a frame around it keeps its colour seen.
                    p.setPen(QPen(pal.color(QPalette::Text), 1));
                    p.drawRect(bar.adjusted(-2, 0, 1, -1));
                } else if (x1 - x0 > 3) {
                    p.setPen(QColor(0, 0, 0, 90));
                    p.drawRect(bar.adjusted(0, 0, -1, -1));
                }
            }
            if (tiny && markTiny) {
                // A route far narrower than its bar: a marker says "small, zoom in".
                const int cx = (x0 + x1) / 2;
                p.setPen(Qt::NoPen);
                p.setBrush(pal.color(QPalette::Text));
                p.drawPolygon(QPolygon(
                    {QPoint(cx - 4, barTop), QPoint(cx + 4, barTop), QPoint(cx, barTop + 5)}));
                p.setBrush(Qt::NoBrush);
            }
            if (static_cast<long>(b.route) == m_selected)
                selectedRect = selectedRect.united(bar);
            if (x1 - x0 > 60 && barH >= fm.height() && mark != RouteMark::Removed) {
                const core::Route& r = (*m_table)[b.route];
                p.setPen(mark == RouteMark::Unchanged ? pal.color(QPalette::Text)
                                                      : QColor(Qt::white));
                p.drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(QString::fromStdString(r.destination.toString() + "  " +
                                                                r.nextHopText()),
                                         Qt::ElideRight, bar.width() - 8));
            }
        });
        y += l.bandHeight;
    }

    // The effective next hop for every address.
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(l.effective.left() - kLabelWidth, l.effective.top(), kLabelWidth - 6,
                     l.effective.height()),
               Qt::AlignRight | Qt::AlignVCenter, tr("used"));
    p.fillRect(l.effective, QBrush(pal.color(QPalette::Mid), Qt::Dense6Pattern));
    forEachVisible(m_partition, l.effective,
                   [&](const core::AddressRange& r, int x0, int x1, bool) {
                       const QRect bar(x0, l.effective.top(), x1 - x0, l.effective.height());
                       if (r.route < 0)
                           return;
                       p.fillRect(bar, routeColor(static_cast<std::uint32_t>(r.route)));
                       if (x1 - x0 > 60) {
                           const core::Route& route = (*m_table)[static_cast<std::size_t>(r.route)];
                           p.setPen(Qt::white);
                           p.drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                                      fm.elidedText(QString::fromStdString(route.nextHopText()),
                                                    Qt::ElideRight, bar.width() - 8));
                       }
                       if (r.route == m_selected)
                           selectedRect = selectedRect.united(bar);
                   });
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(l.effective.adjusted(0, 0, -1, -1));

    // Where the plan changes the next hop: a strip above the bottom band, and hatched in it.
    forEachVisible(m_changed, l.strip, [&](const Span&, int x0, int x1, bool) {
        p.fillRect(QRect(x0, l.strip.top(), x1 - x0, l.strip.height()), kChangeColor);
        const QRect in(x0, l.effective.top(), x1 - x0, l.effective.height());
        p.fillRect(in, QBrush(kChangeColor, Qt::FDiagPattern));
        p.setPen(QPen(kChangeColor, 2));
        p.drawRect(in.adjusted(1, 1, -1, -1));
    });

    if (!selectedRect.isNull()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.drawRect(selectedRect.adjusted(-1, -1, 0, 0));
    }

    // Legend: one swatch per interface.
    int lx = l.legend.left() + kLabelWidth;
    if (m_table) {
        // A swatch drawn by `draw` into its 12×12 square, then the text; skipped without room.
        auto swatch = [&](const QString& text, const auto& draw) {
            const int w = fm.horizontalAdvance(text);
            if (lx + w + 24 > l.legend.right())
                return;
            draw(QRect(lx, l.legend.top() + 6, 12, 12));
            p.setPen(pal.color(QPalette::Text));
            p.drawText(lx + 16, l.legend.top() + 6 + fm.ascent(), text);
            lx += w + 32;
        };
        auto filled = [&](const QColor& c) {
            return [&p, c](const QRect& r) {
                p.fillRect(r, c);
            };
        };
        const QColor uplink(0x1f, 0x77, 0xb4);
        // The plan's marks first: they explain the picture.
        if (!m_changed.empty())
            swatch(tr("next hop changes"), [&](const QRect& r) {
                p.fillRect(r, QBrush(kChangeColor, Qt::FDiagPattern));
                p.setPen(QPen(kChangeColor, 2));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            });
        if (!m_overlay.marks.empty()) {
            swatch(tr("added"), [&](const QRect& r) {
                p.fillRect(r, uplink);
                p.setPen(QPen(pal.color(QPalette::Text), 2));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            });
            swatch(tr("removed"), [&](const QRect& r) {
                p.fillRect(r, QBrush(uplink, Qt::DiagCrossPattern));
                p.setPen(QPen(uplink, 1, Qt::DashLine));
                p.drawRect(r.adjusted(0, 0, -1, -1));
            });
            QColor faded = uplink;
            faded.setAlpha(70);
            swatch(tr("unchanged"), filled(faded));
        }
        for (const QString& n : m_legend)
            swatch(n, filled(interfaceColor(n)));
        if (m_legendLocal)
            swatch(tr("local, broadcast"), filled(QColor(0xb0, 0xb0, 0xb0)));
        if (m_legendBlocked)
            swatch(tr("blackhole, unreachable"), filled(QColor(0x33, 0x33, 0x33)));
        swatch(tr("never used (shadowed)"), [&](const QRect& sw) {
            p.fillRect(sw, uplink);
            p.fillRect(sw, QBrush(QColor(255, 255, 255, 200), Qt::BDiagPattern));
            p.fillRect(sw, QColor(255, 255, 255, 90));
        });
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

long AddressMapWidget::routeAt(const QPoint& pos) const {
    const Layout l = layout();
    if (!m_table || pos.x() < l.plot.left() || pos.x() > l.plot.right())
        return -1;
    const u128 a0 = addressAt(pos.x(), l.plot);
    const u128 a1 = addressAt(pos.x() + 1, l.plot); // the addresses of this pixel column
    if (l.effective.contains(pos)) {
        const long i = core::findRange(m_partition, a0);
        return i < 0 ? -1 : m_partition[static_cast<std::size_t>(i)].route;
    }
    if (pos.y() < l.top)
        return -1;
    const auto band = static_cast<std::size_t>((pos.y() - l.top) / std::max(1, l.bandHeight));
    if (band >= m_bands.size())
        return -1;
    const auto& bars = m_bands[band].bars;
    // The bar containing a0, else the first bar starting inside this pixel column.
    auto it =
        std::partition_point(bars.begin(), bars.end(), [&](const Bar& b) { return b.last < a0; });
    if (it != bars.end() && (it->first <= a0 || it->first < std::max(a1, a0 + 1)))
        return it->route;
    // A narrow bar is drawn kMinBarWidth wide: it answers within its drawn pixels too.
    const u128 lo = addressAt(pos.x() - kMinBarWidth, l.plot);
    const u128 hi = addressAt(pos.x() + kMinBarWidth + 1, l.plot);
    for (auto j = std::partition_point(bars.begin(), bars.end(),
                                       [&](const Bar& b) { return b.last < lo; });
         j != bars.end() && j->first < hi; ++j) {
        int x0 = 0, x1 = 0;
        if (spanPixels(j->first, j->last, l.plot, x0, x1) && pos.x() >= x0 && pos.x() < x1)
            return j->route;
    }
    return -1;
}

QRect AddressMapWidget::routeRect(long index) const {
    if (!m_table || index < 0 || static_cast<std::size_t>(index) >= m_table->size())
        return {};
    const core::Route& r = (*m_table)[static_cast<std::size_t>(index)];
    const Layout l = layout();
    for (std::size_t bi = 0; bi < m_bands.size(); ++bi) {
        if (m_bands[bi].length != r.destination.length() || r.family() != m_family)
            continue;
        int x0 = 0, x1 = 0;
        if (!spanPixels(r.destination.first().toU128(), r.destination.last().toU128(), l.plot, x0,
                        x1))
            return {};
        const int y = l.top + static_cast<int>(bi) * l.bandHeight;
        return QRect(x0, y + 1, x1 - x0, std::max(1, l.bandHeight - 2));
    }
    return {};
}

QString AddressMapWidget::tooltipAt(const QPoint& pos) const {
    const long idx = routeAt(pos);
    const Layout l = layout();
    if (l.strip.contains(pos) && pos.x() >= l.plot.left()) {
        for (std::size_t i = 0; i < m_changed.size(); ++i)
            if (changedRangeRect(i).contains(pos))
                return tr("The plan changes the next hop of %1 – %2")
                    .arg(addressText(m_changed[i].first), addressText(m_changed[i].last));
        return {};
    }
    if (l.effective.contains(pos)) {
        const long i = core::findRange(m_partition, addressAt(pos.x(), l.plot));
        if (i < 0)
            return {};
        const auto& range = m_partition[static_cast<std::size_t>(i)];
        QString where = tr("%1 – %2").arg(addressText(range.first), addressText(range.last));
        if (range.route < 0)
            return where + QStringLiteral("<br>") + tr("no route: unreachable");
        const core::Route& r = (*m_table)[static_cast<std::size_t>(range.route)];
        where += QStringLiteral("<br>") +
                 tr("uses %1").arg(QString::fromStdString(r.toString()).toHtmlEscaped());
        if (isChangedAt(addressAt(pos.x(), l.plot)))
            where += QStringLiteral("<br><b>") + tr("The plan changes this next hop.") +
                     QStringLiteral("</b>");
        return where;
    }
    if (idx < 0)
        return {};
    const core::Route& r = (*m_table)[static_cast<std::size_t>(idx)];
    QString tip = QString::fromStdString(r.toString()).toHtmlEscaped();
    const auto f = static_cast<std::size_t>(idx) < m_flags.size()
                       ? m_flags[static_cast<std::size_t>(idx)]
                       : 0u;
    const QStringList badges = RouteTableModel::badgeNames(f);
    if (!badges.isEmpty())
        tip +=
            QStringLiteral("<br><i>") + badges.join(QStringLiteral(", ")) + QStringLiteral("</i>");
    return tip;
}

bool AddressMapWidget::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* he = static_cast<QHelpEvent*>(e);
        const QString tip = tooltipAt(he->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(he->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(e);
}

void AddressMapWidget::wheelEvent(QWheelEvent* e) {
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0) {
        panPixels(-e->angleDelta().x() / 2.0);
        return;
    }
    zoomAt(std::pow(1.5L, static_cast<long double>(steps)), e->position().x());
    e->accept();
}

void AddressMapWidget::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton) {
        m_pressPos = e->position().toPoint();
        m_lastPos = m_pressPos;
        m_dragging = false;
    }
    QWidget::mousePressEvent(e);
}

void AddressMapWidget::mouseMoveEvent(QMouseEvent* e) {
    m_hoverX = e->position().toPoint().x();
    if (e->buttons() & Qt::LeftButton) {
        const QPoint pos = e->position().toPoint();
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            setCursor(Qt::ClosedHandCursor);
            panPixels(m_lastPos.x() - pos.x());
            m_lastPos = pos;
        }
    }
}

void AddressMapWidget::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (!m_dragging) {
        const long idx = routeAt(e->position().toPoint());
        if (idx >= 0) {
            m_selected = idx;
            update();
            // The window's table may not hold it (a route the plan adds): then nothing to show.
            const auto& ref = m_overlay.reference;
            const long outside = ref && ref != m_table
                                     ? ref->indexOf((*m_table)[static_cast<std::size_t>(idx)])
                                     : idx;
            if (outside >= 0)
                emit routeActivated(outside);
        }
    }
    m_dragging = false;
}

void AddressMapWidget::leaveEvent(QEvent* e) {
    m_hoverX = -1;
    QWidget::leaveEvent(e);
}

void AddressMapWidget::keyPressEvent(QKeyEvent* e) {
    const QRect plot = layout().plot;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panPixels(-plot.width() / 8.0);
        break;
    case Qt::Key_Right:
        panPixels(plot.width() / 8.0);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        break;
    default:
        QWidget::keyPressEvent(e);
        return;
    }
    e->accept();
}

} // namespace splitroute::app
