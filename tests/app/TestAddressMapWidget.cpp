// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "app/gui/AddressMapWidget.h"
#include "app/gui/MapPage.h"
#include "app/gui/Workspace.h"
#include "core/TableAnnotations.h"

#include <QStandardPaths>
#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QImage>
#include <QSignalSpy>

using namespace splitroute;
using namespace splitroute::app;

namespace {
core::Route route(const char* dest, const char* dev) {
    core::Route r;
    r.destination = core::Prefix::parse(dest).value();
    r.interface = dev;
    return r;
}

std::shared_ptr<const core::RouteTable> fullTunnel() {
    auto t = std::make_shared<core::RouteTable>();
    t->add(route("0.0.0.0/0", "wlan0"));
    t->add(route("0.0.0.0/1", "tun0"));
    t->add(route("128.0.0.0/1", "tun0"));
    t->add(route("192.168.1.0/24", "wlan0"));
    t->add(route("2001:db8::/32", "wlan0"));
    return t;
}

int countColor(const QImage& img, const QColor& c, const QRect& area) {
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += img.pixelColor(x, y) == c;
    return n;
}
} // namespace

class TestAddressMapWidget : public QObject {
    Q_OBJECT
private slots:
    // The workspace keeps decisions and recent files: in test mode, never the user's own.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void bandsAndPaint();
    void clickSelectsRoute();
    void zoomAndPan();
    void ipv6View();
    void largeTable();
    void asyncLayoutMatchesSync();
    void smallRangeVisibleAtEveryZoom();
    void wheelZoomKeepsPointUnderCursor();
    void keyZoomKeepsPointUnderPointer();
    void changedRangesMarked();
    void plannedMarksAndReference();
    void pageViewsFollowThePlan();
};

void TestAddressMapWidget::bandsAndPaint() {
    AddressMapWidget w;
    w.resize(800, 400);
    auto t = fullTunnel();
    w.setTable(t, core::annotateTable(*t));
    QCOMPARE(w.bandLengths(), (std::vector<int>{0, 1, 24}));
    // 0-1.., 192.168.1/24 on wlan0, the rest on tun0 split at 128.0.0.0.
    QCOMPARE(w.effectiveRangeCount(), std::size_t{4});
    QImage img(w.size(), QImage::Format_ARGB32);
    img.fill(Qt::black);
    w.render(&img);
    const QColor tun = AddressMapWidget::interfaceColor(QStringLiteral("tun0"));
    const QColor wlan = AddressMapWidget::interfaceColor(QStringLiteral("wlan0"));
    QVERIFY(tun != wlan);
    // The /1 band is tun0 across the whole width; the bottom band mostly too.
    const QRect r1 = w.routeRect(1).united(w.routeRect(2));
    QVERIFY(r1.width() > 600);
    QVERIFY(countColor(img, tun, r1) > r1.width() * r1.height() / 2);
    // The shadowed default is hatched: far fewer pure wlan0 pixels than its area.
    const QRect r0 = w.routeRect(0);
    QVERIFY(r0.width() > 600);
    QVERIFY(countColor(img, wlan, r0) < r0.width() * r0.height() / 2);
}

void TestAddressMapWidget::clickSelectsRoute() {
    AddressMapWidget w;
    w.resize(800, 400);
    auto t = fullTunnel();
    w.setTable(t, core::annotateTable(*t));
    QSignalSpy spy(&w, &AddressMapWidget::routeActivated);
    const QRect half = w.routeRect(2); // 128.0.0.0/1
    QVERIFY(!half.isEmpty());
    QTest::mouseClick(&w, Qt::LeftButton, {}, half.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<long>(), 2L);
    QCOMPARE(w.selectedRoute(), 2L);
    // A sub-pixel /24 is still hit at its pixel column.
    const QRect lan = w.routeRect(3);
    QVERIFY(!lan.isEmpty());
    QCOMPARE(w.routeAt(lan.center()), 3L);
}

void TestAddressMapWidget::zoomAndPan() {
    AddressMapWidget w;
    w.resize(800, 400);
    auto t = fullTunnel();
    w.setTable(t, {});
    w.setFocus();
    const QRect before = w.routeRect(3);
    const QRect wholeBefore = w.routeRect(1);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(&w, Qt::Key_Plus);
    // Zoomed into the middle: 192.168.1.0/24 is out of view...
    QVERIFY(w.routeRect(3).isEmpty());
    // ...pan right until it shows up, wider than before.
    for (int i = 0; i < 5000 && w.routeRect(3).isEmpty(); ++i)
        QTest::keyClick(&w, Qt::Key_Right);
    QVERIFY(!w.routeRect(3).isEmpty());
    // Zoomed in, 0.0.0.0/1 is out of view to the left; Home brings the whole space back.
    QVERIFY(w.routeRect(1).isEmpty());
    QTest::keyClick(&w, Qt::Key_Home);
    QCOMPARE(w.routeRect(3), before);
    QCOMPARE(w.routeRect(1), wholeBefore);
}

void TestAddressMapWidget::ipv6View() {
    AddressMapWidget w;
    w.resize(800, 400);
    auto t = fullTunnel();
    w.setTable(t, {});
    w.setSpace(AddressMapWidget::Space::IPv6Global);
    QCOMPARE(w.bandLengths(), (std::vector<int>{32}));
    QVERIFY(!w.routeRect(4).isEmpty());
    QImage img(w.size(), QImage::Format_ARGB32);
    w.render(&img);
}

void TestAddressMapWidget::largeTable() {
    // 100k routes: painting stays bounded by the width (level of detail), figures printed.
    auto t = std::make_shared<core::RouteTable>();
    t->add(route("0.0.0.0/1", "tun0"));
    t->add(route("128.0.0.0/1", "tun0"));
    for (std::uint32_t i = 0; i < 100000; ++i) {
        core::Route r;
        r.destination = core::Prefix(core::IpAddress::v4(0x01000000u + i * 4096u), 24 - (i % 4));
        r.interface = i % 3 ? "wlan0" : "eth1";
        t->add(r);
    }
    AddressMapWidget w;
    w.resize(1200, 600);
    QElapsedTimer timer;
    timer.start();
    w.setTable(t, core::annotateTable(*t));
    const qint64 prepare = timer.elapsed();
    QImage img(w.size(), QImage::Format_ARGB32);
    timer.restart();
    w.render(&img);
    const qint64 paint = timer.elapsed();
    for (int i = 0; i < 6; ++i)
        w.zoomIn();
    timer.restart();
    w.render(&img);
    const qint64 paintZoomed = timer.elapsed();
    qInfo("100k routes: prepare %lld ms, paint %lld ms, paint zoomed %lld ms", prepare, paint,
          paintZoomed);
    QCOMPARE(w.bandLengths(), (std::vector<int>{1, 21, 22, 23, 24}));
}

// Above the threshold the layout is computed on a worker thread; the result is the same as the
// synchronous one, and a newer table supersedes a pending layout.
void TestAddressMapWidget::asyncLayoutMatchesSync() {
    auto t = std::make_shared<core::RouteTable>();
    for (std::uint32_t i = 0; i < 2000; ++i) {
        core::Route r;
        r.destination = core::Prefix(core::IpAddress::v4(0x0A000000u + i * 4096u), 20 + i % 5);
        r.gateway = core::IpAddress::v4(0xC0A80101u);
        r.interface = i % 3 ? "eth0" : "tun0";
        r.metric = i % 2;
        t->add(r);
    }
    core::Route def;
    def.destination = core::Prefix::parse("0.0.0.0/0").value();
    def.interface = "eth0";
    t->add(def);
    std::shared_ptr<const core::RouteTable> table = t;

    AddressMapWidget sync;
    sync.setAsyncThreshold(0);
    sync.resize(900, 500);
    sync.setTable(table, {});
    QVERIFY(!sync.isLayingOut());

    AddressMapWidget async;
    async.setAsyncThreshold(1);
    async.resize(900, 500);
    QSignalSpy finished(&async, &AddressMapWidget::layoutFinished);
    async.setTable(fullTunnel(), {}); // superseded before it is applied
    async.setTable(table, {});
    QVERIFY(async.isLayingOut());
    QVERIFY(async.bandLengths().empty());
    (void)async.grab(); // paints the "laying out" state
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY(!async.isLayingOut());
    QCOMPARE(finished.count(), 1); // the superseded layout was dropped
    QCOMPARE(async.bandLengths(), sync.bandLengths());
    QCOMPARE(async.effectiveRangeCount(), sync.effectiveRangeCount());
    const QPoint probe(sync.routeRect(7).center());
    QCOMPARE(async.routeAt(probe), sync.routeAt(probe));
    QCOMPARE(async.grab().toImage(), sync.grab().toImage());

    // Destroying the widget while a layout runs is safe (the result is dropped).
    {
        AddressMapWidget gone;
        gone.setAsyncThreshold(1);
        gone.setTable(table, {});
    }
    QTest::qWait(50);
}

namespace {
/// 192.168.1.0/24's bar and the pixels of its band around it.
int markerPixels(const QImage& img, const QRect& bar, const QColor& text) {
    // The marker is a small triangle in the text colour at the top of the bar.
    return countColor(img, text, QRect(bar.left() - 4, bar.top(), bar.width() + 8, 5));
}

core::Prefix prefix(const char* text) {
    return core::Prefix::parse(text).value();
}
} // namespace

void TestAddressMapWidget::smallRangeVisibleAtEveryZoom() {
    AddressMapWidget w;
    w.resize(1000, 400);
    auto t = fullTunnel();
    w.setTable(t, {});
    const QColor wlan = AddressMapWidget::interfaceColor(QStringLiteral("wlan0"));
    // Whole IPv4 space: a /24 is 1/16 777 216 of the width, drawn kMinBarWidth wide and marked.
    for (int zoom = 0; zoom < 30; ++zoom) {
        const QRect lan = w.routeRect(3);
        if (lan.isEmpty()) { // zoomed past it: pan until it is back
            for (int i = 0; i < 100000 && w.routeRect(3).isEmpty(); ++i)
                QTest::keyClick(&w, Qt::Key_Right);
            QVERIFY(!w.routeRect(3).isEmpty());
            continue;
        }
        QVERIFY2(lan.width() >= AddressMapWidget::kMinBarWidth,
                 qPrintable(QString::number(lan.width())));
        QImage img(w.size(), QImage::Format_ARGB32);
        img.fill(Qt::black);
        w.render(&img);
        QVERIFY2(countColor(img, wlan, lan) > 0, qPrintable(QStringLiteral("zoom %1").arg(zoom)));
        QCOMPARE(w.routeAt(lan.center()), 3L);
        if (zoom == 0)
            QVERIFY(markerPixels(img, lan, w.palette().color(QPalette::Text)) >= 5);
        w.zoomIn();
    }
}

void TestAddressMapWidget::wheelZoomKeepsPointUnderCursor() {
    AddressMapWidget w;
    w.resize(900, 400);
    w.setTable(fullTunnel(), {});
    for (const int x : {120, 450, 801}) {
        for (const int delta : {120, 120, 360, -120, -240}) {
            const core::u128 before = w.addressAtX(x);
            QWheelEvent e(QPointF(x, 100), w.mapToGlobal(QPointF(x, 100)), QPoint(),
                          QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&w, &e);
            // The same address within a pixel's worth of addresses (rounding).
            const core::u128 after = w.addressAtX(x);
            const core::u128 diff = after > before ? after - before : before - after;
            const core::u128 pixel = w.addressAtX(x + 1) - w.addressAtX(x);
            QVERIFY2(diff <= pixel + 1, qPrintable(QStringLiteral("x %1 delta %2: %3 → %4")
                                                       .arg(x)
                                                       .arg(delta)
                                                       .arg(static_cast<double>(before))
                                                       .arg(static_cast<double>(after))));
        }
        w.resetView();
    }
}

void TestAddressMapWidget::keyZoomKeepsPointUnderPointer() {
    AddressMapWidget w;
    w.resize(900, 400);
    w.setTable(fullTunnel(), {});
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setFocus();
    const int x = 200;
    QMouseEvent move(QEvent::MouseMove, QPointF(x, 100), w.mapToGlobal(QPointF(x, 100)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &move);
    const core::u128 before = w.addressAtX(x);
    QTest::keyClick(&w, Qt::Key_Plus);
    QTest::keyClick(&w, Qt::Key_Plus);
    const core::u128 after = w.addressAtX(x);
    const core::u128 pixel = w.addressAtX(x + 1) - w.addressAtX(x);
    QVERIFY((after > before ? after - before : before - after) <= pixel + 1);
    // The middle of the plot has moved (it was not the anchor).
    QVERIFY(w.addressAtX(600) < core::u128{0xFFFFFFFFu} / 2);
}

void TestAddressMapWidget::changedRangesMarked() {
    AddressMapWidget w;
    w.resize(1000, 400);
    auto t = fullTunnel();
    AddressMapWidget::Overlay o;
    o.changed = {prefix("203.0.113.0/24"), prefix("203.0.114.0/24"), prefix("10.0.0.0/8"),
                 prefix("2001:db8::/48")};
    w.setTable(t, {}, o);
    // Adjacent /24s merge; the IPv6 range belongs to the other space.
    QCOMPARE(w.changedRangeCount(), std::size_t{2});
    const QRect small = w.changedRangeRect(1); // 203.0.113.0–203.0.114.255: 512 addresses
    QVERIFY(small.width() >= AddressMapWidget::kMinBarWidth);
    QVERIFY(w.changeStripRect().contains(small));
    QImage img(w.size(), QImage::Format_ARGB32);
    img.fill(Qt::black);
    w.render(&img);
    const QColor mark(0xc0, 0x1c, 0xa8);
    QVERIFY(countColor(img, mark, small) >= small.width() * small.height() / 2);
    // Nothing marked outside the ranges.
    const QRect strip = w.changeStripRect();
    const QRect gap(strip.left() + strip.width() / 2 + 20, strip.top(), 30, strip.height());
    QCOMPARE(countColor(img, mark, gap), 0);
    // The same table again with no overlay: no layout, no marks.
    w.setTable(t, {});
    QCOMPARE(w.changedRangeCount(), std::size_t{0});
    w.setSpace(AddressMapWidget::Space::IPv6Global);
    w.setTable(t, {}, o);
    QCOMPARE(w.changedRangeCount(), std::size_t{1});
}

void TestAddressMapWidget::plannedMarksAndReference() {
    // The map shows a planned table; the routing tab shows the current one (the reference).
    auto current = fullTunnel();
    auto planned = std::make_shared<core::RouteTable>(current->routes());
    planned->add(route("203.0.113.0/24", "wlan0")); // index 5: added
    AddressMapWidget w;
    w.resize(1000, 400);
    AddressMapWidget::Overlay o;
    o.reference = current;
    o.marks.assign(planned->size(), AddressMapWidget::RouteMark::Unchanged);
    o.marks[5] = AddressMapWidget::RouteMark::Added;
    w.setTable(planned, {}, o);
    QSignalSpy spy(&w, &AddressMapWidget::routeActivated);
    // A route both have: the routing tab's index comes out.
    QTest::mouseClick(&w, Qt::LeftButton, {}, w.routeRect(2).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<long>(), 2L);
    // The added route is selected on the map, but the routing tab has no row for it.
    QTest::mouseClick(&w, Qt::LeftButton, {}, w.routeRect(5).center());
    QCOMPARE(w.selectedRoute(), 5L);
    QCOMPARE(spy.count(), 1);
    // The routing tab selects its row 3: the same route on the map.
    w.setSelectedRoute(3);
    QCOMPARE(w.selectedRoute(), 3L);
    // Unchanged routes are faded: the /1 bars are not pure tun0.
    QImage img(w.size(), QImage::Format_ARGB32);
    img.fill(Qt::white);
    w.render(&img);
    const QColor tun = AddressMapWidget::interfaceColor(QStringLiteral("tun0"));
    const QRect half = w.routeRect(2);
    QVERIFY(countColor(img, tun, half) < half.width() * half.height() / 10);
}

void TestAddressMapWidget::pageViewsFollowThePlan() {
    Workspace ws;
    MapPage page;
    page.resize(1000, 600);
    page.setWorkspace(&ws);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(ws.openDemo());
    // Nothing decided: only Before.
    QCOMPARE(page.shownView(), MapPage::View::Before);
    QVERIFY(!page.viewAction(MapPage::View::Planned)->isEnabled());
    QVERIFY(!page.viewAction(MapPage::View::After)->isEnabled());
    QCOMPARE(page.map()->table(), ws.shownTable());
    QCOMPARE(page.map()->changedRangeCount(), std::size_t{0});

    core::SplitPolicy p = ws.decisionsOnShow().value();
    core::PolicyRule r;
    r.network = prefix("203.0.113.0/24");
    r.mode = core::RuleMode::Bypass;
    p.rules.insert(p.rules.begin(), r);
    ws.setDecisions(p);
    QVERIFY(ws.plan());
    QVERIFY(page.viewAction(MapPage::View::Planned)->isEnabled());
    // Before: the table on show, with the changed range marked.
    QCOMPARE(page.map()->table(), ws.shownTable());
    QCOMPARE(page.map()->changedRangeCount(), std::size_t{1});

    // Keyboard: Alt+A, Alt+L, Alt+B.
    QTest::keyClick(&page, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(page.shownView(), MapPage::View::After);
    QVERIFY(page.viewAction(MapPage::View::After)->isChecked());
    QCOMPARE(page.map()->table()->routes(), ws.plan()->after.routes());
    QVERIFY(page.map()->table()->lookup(prefix("203.0.113.0/24").first()).chosen->interface.str() !=
            std::string("tun0"));

    QTest::keyClick(&page, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(page.shownView(), MapPage::View::Planned);
    const auto& marks = page.map()->overlay().marks;
    QCOMPARE(marks.size(), page.map()->table()->size());
    long added = -1;
    for (std::size_t i = 0; i < marks.size(); ++i)
        if (marks[i] == AddressMapWidget::RouteMark::Added)
            added = static_cast<long>(i);
    QVERIFY(added >= 0);
    QCOMPARE((*page.map()->table())[static_cast<std::size_t>(added)].destination,
             prefix("203.0.113.0/24"));
    QVERIFY(!page.map()->routeRect(added).isEmpty()); // a /24, visible in the whole space
    QVERIFY(page.viewLabel()->text().startsWith(QStringLiteral("Planned")));

    QTest::keyClick(&page, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(page.shownView(), MapPage::View::Before);
    QCOMPARE(page.map()->table(), ws.shownTable());

    // The plan goes away (the table before is shown): back to Before, the choice is kept.
    page.setView(MapPage::View::After);
    ws.setShowBefore(true);
    QCOMPARE(page.shownView(), MapPage::View::Before);
    QCOMPARE(page.view(), MapPage::View::After);
    QVERIFY(!page.viewAction(MapPage::View::After)->isEnabled());
    ws.setShowBefore(false);
    QVERIFY(ws.plan());
    QCOMPARE(page.shownView(), MapPage::View::After);
    QCOMPARE(page.map()->table()->routes(), ws.plan()->after.routes());

    // Hidden (another tab): a new plan waits until the page is shown again.
    page.hide();
    r.network = prefix("198.51.100.0/24");
    p.rules.insert(p.rules.begin(), r);
    ws.setDecisions(p);
    QVERIFY(page.map()->table()->routes() != ws.plan()->after.routes());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.map()->table()->routes(), ws.plan()->after.routes());
    QVERIFY(page.map()->changedRangeCount() >= std::size_t{2}); // 198.51.100.0/24 too
}

QTEST_MAIN(TestAddressMapWidget)
#include "TestAddressMapWidget.moc"
