// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "app/gui/AddressMapWidget.h"
#include "core/TableAnnotations.h"

#include <QElapsedTimer>
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
    void bandsAndPaint();
    void clickSelectsRoute();
    void zoomAndPan();
    void ipv6View();
    void largeTable();
    void asyncLayoutMatchesSync();
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

QTEST_MAIN(TestAddressMapWidget)
#include "TestAddressMapWidget.moc"
