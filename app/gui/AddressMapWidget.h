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
/// keys pan, Home resets. Painting is O(width · log n) per band: bars narrower than a pixel
/// are aggregated by skipping, with a binary search, to the next pixel column.
class AddressMapWidget : public QWidget {
    Q_OBJECT
public:
    enum class Space { IPv4, IPv6Global };

    explicit AddressMapWidget(QWidget* parent = nullptr);

    /// Shows `table`; flags are its annotations (core/TableAnnotations.h), may be empty.
    void setTable(std::shared_ptr<const core::RouteTable> table, std::vector<std::uint32_t> flags);
    void setSpace(Space space);
    [[nodiscard]] Space space() const { return m_space; }

    /// Highlights a route (index into the table), -1 for none.
    void setSelectedRoute(long index);
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
    /// A route was clicked (index into the table).
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
    struct Layout {
        QRect plot;  // where bands are drawn (right of the labels)
        int top = 0; // y of the first band
        int bandHeight = 0;
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
    [[nodiscard]] static Built build(const core::RouteTable& table, core::Family family,
                                     core::u128 domainFirst, core::u128 domainLast);
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
};

} // namespace splitroute::app
