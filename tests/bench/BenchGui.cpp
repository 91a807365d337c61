// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the GUI: time to first paint of the demo, and loading, filtering and drawing the
// address map for 100k- and 1M-route tables. Prints figures; asserts nothing about time.
// Run: QT_QPA_PLATFORM=offscreen build/ci/tests/bench/bench_gui [max-routes]
#include "app/gui/AddressMapWidget.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageSink.h"
#include "app/gui/RouteFilterProxyModel.h"
#include "app/gui/RouteTableModel.h"
#include "app/gui/RoutingPage.h"
#include "app/gui/Workspace.h"
#include "app/gui/TableSource.h"

#include <QStandardPaths>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace splitroute;
using namespace splitroute::app;

namespace {

class NullSink final : public MessageSink {
public:
    void error(QWidget*, const QString&, const QString& text) override {
        std::fprintf(stderr, "error: %s\n", qPrintable(text));
    }
    void information(QWidget*, const QString&, const QString&) override {}
    bool question(QWidget*, const QString&, const QString&) override { return true; }
    bool confirm(QWidget*, const QString&, const QString&, const QString&,
                 const QString&) override {
        return true;
    }
    std::optional<QString> chooseItem(QWidget*, const QString&, const QString&,
                                      const QStringList& items) override {
        return items.value(0);
    }
    QStringList openFileNames(QWidget*, const QString&, const QString&, const QString&) override {
        return {};
    }
    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override {
        return {};
    }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override {
        return {};
    }
    QString existingDirectory(QWidget*, const QString&, const QString&) override { return {}; }
    bool openLocalFile(const QString&) override { return false; }
};

/// Notes when the watched widget first receives a paint event.
class PaintWatcher final : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject* o, QEvent* e) override {
        if (e->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(o, e);
    }
};

double ms(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

/// An `ip route` dump of n distinct IPv4 routes over two devices, plus a default route.
bool writeIpRoute(const QString& path, long n) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray out;
    out.reserve(static_cast<qsizetype>(n) * 64);
    out += "default via 192.168.1.1 dev eth0 proto dhcp metric 100\n";
    for (long i = 0; i < n; ++i) {
        // /28 networks spread over 16.0.0.0 - 239.x: distinct and canonical.
        const unsigned long v = 0x10000000UL + static_cast<unsigned long>(i) * 16UL * 7UL;
        out += QByteArray::number((v >> 24) & 0xff) + '.' + QByteArray::number((v >> 16) & 0xff) +
               '.' + QByteArray::number((v >> 8) & 0xff) + '.' + QByteArray::number(v & 0xf0) +
               "/28";
        out += (i % 3 == 0) ? " dev tun0 proto static scope link metric 50\n"
                            : " via 192.168.1.1 dev eth0 proto static metric 100\n";
    }
    return f.write(out) == out.size();
}

void benchTable(const QString& dir, long n) {
    const QString path = dir + QStringLiteral("/routes-%1.txt").arg(n);
    if (!writeIpRoute(path, n)) {
        std::printf("cannot write %s\n", qPrintable(path));
        return;
    }
    QElapsedTimer t;
    t.start();
    auto loaded = loadTableFile(path);
    const double loadMs = ms(t);
    if (!loaded.ok()) {
        std::printf("load failed: %s\n", loaded.error().toString().c_str());
        return;
    }
    auto table = std::make_shared<const core::RouteTable>(std::move(loaded.value().table));

    RouteTableModel model;
    RouteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    t.restart();
    model.setTable(table, {});
    const double modelMs = ms(t);

    // The first text filter after a table change builds the search index; later key strokes
    // reuse it.
    t.restart();
    proxy.setFilterText(QStringLiteral("tun0"));
    const int tunRows = proxy.rowCount();
    const double filterMs = ms(t);
    const double cacheMb = static_cast<double>(proxy.cacheBytes()) / 1e6;
    double typeMaxMs = 0;
    for (const char* typed : {"1", "19", "192", "192.", "192.1", "eth", "static", "tun0"}) {
        t.restart();
        proxy.setFilterText(QString::fromLatin1(typed));
        (void)proxy.rowCount();
        typeMaxMs = std::max(typeMaxMs, ms(t));
    }
    t.restart();
    proxy.setFilterText(QStringLiteral("16.0.0.5"));
    const int netRows = proxy.rowCount();
    const double filterNetMs = ms(t);
    t.restart();
    proxy.setFilterText(QString());
    (void)proxy.rowCount();
    const double clearMs = ms(t);

    // Sorting as the table view does it (header click), then filtering while sorted.
    t.restart();
    proxy.sort(RouteTableModel::Destination, Qt::AscendingOrder);
    const double sortDestMs = ms(t);
    t.restart();
    proxy.sort(RouteTableModel::Metric, Qt::DescendingOrder);
    const double sortMetricMs = ms(t);
    t.restart();
    proxy.sort(RouteTableModel::Interface, Qt::AscendingOrder);
    const double sortIfMs = ms(t);
    t.restart();
    proxy.setFilterText(QStringLiteral("tun0"));
    (void)proxy.rowCount();
    const double sortedFilterMs = ms(t);
    t.restart();
    proxy.setFilterText(QString());
    (void)proxy.rowCount();
    const double sortedClearMs = ms(t);
    proxy.sort(-1);

    AddressMapWidget map;
    map.resize(1200, 700);
    t.restart();
    map.setTable(table, {});
    const double mapSetMs = ms(t); // what the GUI thread is blocked for
    const bool mapAsync = map.isLayingOut();
    if (mapAsync) { // wait without spinning: the worker needs the CPU
        QEventLoop loop;
        QObject::connect(&map, &AddressMapWidget::layoutFinished, &loop, &QEventLoop::quit);
        if (map.isLayingOut())
            loop.exec();
    }
    const double mapReadyMs = ms(t); // until the new picture is in place
    (void)map.grab();                // the first draw builds caches
    constexpr int draws = 5;
    t.restart();
    for (int i = 0; i < draws; ++i)
        (void)map.grab();
    const double drawMs = ms(t) / draws;

    const long rows = static_cast<long>(table->size());
    const bool big = rows >= 1000000;
    std::printf("%8ld routes:\n", rows);
    auto line = [](const char* what, double value, const char* target) {
        std::printf("    %-44s %9.1f ms   target %s\n", what, value, target);
    };
    line("load (parse ip route dump)", loadMs, "-");
    line("model setTable", modelMs, "-");
    std::printf("    %-44s %9.1f ms   target %s  (%d rows; index %.1f MB)\n",
                "filter \"tun0\" (first: builds search index)", filterMs, big ? "< 200 ms" : "-",
                tunRows, cacheMb);
    line("filter, slowest of 8 key strokes", typeMaxMs, big ? "< 200 ms" : "-");
    std::printf("    %-44s %9.1f ms   target %s  (%d rows)\n", "filter by address 16.0.0.5",
                filterNetMs, big ? "< 200 ms" : "-", netRows);
    line("clear filter", clearMs, big ? "< 200 ms" : "-");
    line("sort by destination", sortDestMs, "< 1000 ms");
    line("sort by metric (descending)", sortMetricMs, "< 1000 ms");
    line("sort by interface (locale-aware text)", sortIfMs, "< 1000 ms");
    line("filter \"tun0\" while sorted", sortedFilterMs, big ? "< 200 ms" : "-");
    line("clear filter while sorted", sortedClearMs, "-");
    std::printf("    %-44s %9.1f ms   target %s\n", "map setTable: GUI thread blocked", mapSetMs,
                mapAsync ? "-  (layout runs on a worker thread)" : "-  (synchronous layout)");
    line("map setTable: until the new picture", mapReadyMs, "-");
    line("map redraw", drawMs, big ? "-" : "< 50 ms");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no decisions or recent files of the user's
    const long maxRoutes = argc > 1 ? std::atol(argv[1]) : 1000000;

    {
        QElapsedTimer t;
        t.start();
        MainWindow w;
        NullSink sink;
        w.setMessageSink(&sink);
        if (!w.workspace()->openDemo())
            return 1;
        PaintWatcher watcher;
        w.routingPage()->view()->viewport()->installEventFilter(&watcher);
        w.show();
        while (!watcher.painted && t.elapsed() < 30000)
            QApplication::processEvents(QEventLoop::AllEvents, 10);
        std::printf("demo: time to first paint of the table %.1f ms (target < 1000 ms)%s\n", ms(t),
                    watcher.painted ? "" : " (no paint seen)");
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    for (long n : {100000L, 1000000L})
        if (n <= maxRoutes)
            benchTable(dir.path(), n);
    return 0;
}
