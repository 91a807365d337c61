// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AddressSpace.h"
#include "core/RouteTable.h"

#include <QColor>
#include <QWidget>

#include <memory>
#include <set>
#include <vector>

namespace splitroute::app {

/// A picture of an address space: one band per prefix length (empty lengths left out), each
/// route a bar where it sits, coloured by interface, and a bottom band with the route that
/// every address actually takes (core::effectivePartition). Wheel / +/- zoom, drag / arrow
/// keys pan, Home resets; zooming keeps the address under the mouse pointer in place. Painting
/// is O(width · log n) per band: bars narrower than a pixel are aggregated by skipping, with a
/// binary search, to the next pixel column. A bar is never narrower than kMinBarWidth pixels,
/// and small bands mark their narrow bars, so a /24 stays visible in the whole IPv4 space.
///
/// An overlay shows a plan: per-route marks (added, removed, unchanged: faded), the address
/// ranges whose next hop changes (a strip above the bottom band, hatched in it, in the legend).
class AddressMapWidget : public QWidget {
    Q_OBJECT
public:
    enum class Space { IPv4, IPv6Global };
    /// How a route of a plan's picture is drawn.
    enum class RouteMark : std::uint8_t { None, Added, Removed, Unchanged };
    /// What is drawn over a table (all optional).
    struct Overlay {
        std::vector<RouteMark> marks; ///< per route of the table
        /// The table the bottom band describes; its routes are the table's first ones (the
        /// others are only drawn, e.g. removed routes). Null: the table itself.
        std::shared_ptr<const core::RouteTable> effective;
        /// Where the chosen next hop changes (core::effectiveDiff), both families.
        std::vector<core::Prefix> changed;
        /// The table whose indices setSelectedRoute() takes and routeActivated() gives (the
        /// routing table tab's); null: the map's own table.
        std::shared_ptr<const core::RouteTable> reference;
    };
    static constexpr int kMinBarWidth = 3;

    explicit AddressMapWidget(QWidget* parent = nullptr);

    /// Shows `table`; flags are its annotations (core/TableAnnotations.h), may be empty.
    /// The same table and flags again only replace the overlay (no new layout).
    void setTable(std::shared_ptr<const core::RouteTable> table, std::vector<std::uint32_t> flags,
                  Overlay overlay = {});
    [[nodiscard]] const std::shared_ptr<const core::RouteTable>& table() const { return m_table; }
    [[nodiscard]] const Overlay& overlay() const { return m_overlay; }
    /// Ranges of the current space where the next hop changes (merged, clipped).
    [[nodiscard]] std::size_t changedRangeCount() const { return m_changed.size(); }
    /// Widget rectangle of the strip that marks changed ranges (above the bottom band).
    [[nodiscard]] QRect changeStripRect() const;
    /// Widget x span of a changed range (at least kMinBarWidth wide); empty when not visible.
    [[nodiscard]] QRect changedRangeRect(std::size_t index) const;
    /// The address at a widget x coordinate (in the plot).
    [[nodiscard]] core::u128 addressAtX(double x) const;
    void setSpace(Space space);
    [[nodiscard]] Space space() const { return m_space; }

    /// Highlights a route (index into the reference table, see Overlay), -1 for none.
    void setSelectedRoute(long index);
    /// The highlighted route, index into the map's own table.
    [[nodiscard]] long selectedRoute() const { return m_selected; }

    /// Route drawn at a widget position (a bar, or the chosen route in the bottom band), or -1.
    [[nodiscard]] long routeAt(const QPoint& pos) const;
    /// Widget rectangle of a route's bar (clipped to the view); empty when not visible.
    [[nodiscard]] QRect routeRect(long index) const;
    /// Prefix lengths that have a band, top to bottom.
    [[nodiscard]] std::vector<int> bandLengths() const;
    /// Number of ranges in the effective (bottom) band.
    [[nodiscard]] std::size_t effectiveRangeCount() const { return m_partition.size(); }

    /// Tables with at least this many routes are laid out on a worker thread: setTable() and
    /// setSpace() return at once, the map shows "laying out" until layoutFinished(). Smaller
    /// tables are laid out before setTable() returns. 0: always synchronous.
    void setAsyncThreshold(std::size_t routes) { m_asyncThreshold = routes; }
    /// A layout is being computed off the GUI thread (the map is empty meanwhile).
    [[nodiscard]] bool isLayingOut() const { return m_layingOut; }

    /// Colour used for an interface name (stable: derived from the name).
    [[nodiscard]] static QColor interfaceColor(const QString& name);

    QSize sizeHint() const override { return {800, 480}; }
    QSize minimumSizeHint() const override { return {300, 200}; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetView();

signals:
    /// A route was clicked (index into the reference table; not emitted for a route that
    /// only the map's table has, such as a planned one).
    void routeActivated(long index);
    /// A layout computed off the GUI thread is in place (see setAsyncThreshold()).
    void layoutFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Bar {
        core::u128 first;
        core::u128 last;
        std::uint32_t route;
    };
    struct Band {
        int length;
        std::vector<Bar> bars; // sorted by first (disjoint except duplicates)
    };
    struct Span {
        core::u128 first;
        core::u128 last;
    };
    struct Layout {
        QRect plot;  // where bands are drawn (right of the labels)
        int top = 0; // y of the first band
        int bandHeight = 0;
        QRect strip;     // changed ranges, right above the bottom band
        QRect effective; // the bottom band
        QRect legend;
    };

    /// Everything derived from the table for one address space; built without the widget.
    struct Built {
        std::vector<Band> bands;
        std::vector<core::AddressRange> partition;
        std::vector<QColor> routeColors;
        std::set<QString> legend;
        bool legendLocal = false;
        bool legendBlocked = false;
    };
    [[nodiscard]] static Built build(const core::RouteTable& table,
                                     const core::RouteTable& effective, core::Family family,
                                     core::u128 domainFirst, core::u128 domainLast);
    void updateChanged();
    [[nodiscard]] RouteMark markOf(std::uint32_t route) const;
    [[nodiscard]] bool isChangedAt(core::u128 a) const;
    /// Pixel span [x0, x1) of addresses [first, last], widened to kMinBarWidth; false when
    /// outside the plot. `tiny`: narrower than kMinBarWidth before widening.
    bool spanPixels(core::u128 first, core::u128 last, const QRect& plot, int& x0, int& x1,
                    bool* tiny = nullptr) const;
    void apply(Built&& built);
    void rebuild();
    void zoomAt(long double factor, double x);
    void panPixels(double dx);
    void clampView();
    [[nodiscard]] Layout layout() const;
    [[nodiscard]] long double toX(core::u128 a, const QRect& plot) const;
    [[nodiscard]] core::u128 addressAt(double x, const QRect& plot) const;
    [[nodiscard]] QColor routeColor(std::uint32_t route) const;
    [[nodiscard]] QString addressText(core::u128 a) const;
    [[nodiscard]] QString tooltipAt(const QPoint& pos) const;
    template <typename Item, typename Fn>
    void forEachVisible(const std::vector<Item>& items, const QRect& plot, Fn fn) const;

    std::shared_ptr<const core::RouteTable> m_table;
    std::vector<std::uint32_t> m_flags;
    Overlay m_overlay;
    std::vector<Span> m_changed; // of the current space, sorted, merged
    Space m_space = Space::IPv4;
    core::Family m_family = core::Family::V4;
    core::u128 m_domainFirst = 0;
    core::u128 m_domainLast = 0xFFFFFFFFu;
    std::vector<Band> m_bands;
    std::vector<core::AddressRange> m_partition;
    std::vector<QColor> m_routeColors;
    std::set<QString> m_legend;   // interfaces with unicast routes in this space
    bool m_legendLocal = false;   // local/broadcast/... routes in this space
    bool m_legendBlocked = false; // blackhole/unreachable/prohibit routes
    std::size_t m_asyncThreshold = 200000;
    bool m_layingOut = false;
    std::uint64_t m_generation = 0; // of rebuild(): a worker's late result is dropped

    core::u128 m_viewStart = 0;
    long double m_viewSpan = 4294967296.0L; // addresses across the plot width
    long m_selected = -1;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_dragging = false;
    int m_hoverX = -1; // the mouse pointer's x over the widget, -1 when outside
};

} // namespace splitroute::app
