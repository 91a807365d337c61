#include "TestUtil.h"

#include "app/gui/RouteFilterProxyModel.h"
#include "app/gui/RouteTableModel.h"
#include "core/TableAnnotations.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>

using namespace splitroute;
using namespace splitroute::app;

namespace {
core::Route route(const char* dest, const char* gw, const char* dev, std::uint32_t metric = 0) {
    core::Route r;
    r.destination = core::Prefix::parse(dest).value();
    if (gw)
        r.gateway = core::IpAddress::parse(gw).value();
    r.interface = dev;
    r.metric = metric;
    r.protocol = core::proto::Boot;
    return r;
}

std::shared_ptr<const core::RouteTable> fullTunnel() {
    auto t = std::make_shared<core::RouteTable>();
    t->add(route("0.0.0.0/0", "192.168.1.1", "wlan0", 600));
    t->add(route("0.0.0.0/1", "10.8.0.1", "tun0"));
    t->add(route("128.0.0.0/1", "10.8.0.1", "tun0"));
    t->add(route("192.168.1.0/24", nullptr, "wlan0", 600));
    t->add(route("10.20.0.0/16", "10.8.0.1", "tun0"));
    t->add(route("::/0", "fe80::1", "wlan0", 600));
    t->add(route("2001:db8::/64", nullptr, "wlan0", 600));
    return t;
}
} // namespace

class TestRouteTableModel : public QObject {
    Q_OBJECT
private slots:
    void modelTester();
    void displayAndBadges();
    void filter_data();
    void filter();
    void sortByDestination();
    void copyRows();
    void largeTableFigures();
};

void TestRouteTableModel::modelTester() {
    RouteTableModel model;
    RouteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto table = fullTunnel();
    model.setTable(table, core::annotateTable(*table));
    proxy.setFilterText(QStringLiteral("tun0"));
    proxy.sort(RouteTableModel::Destination, Qt::DescendingOrder);
    proxy.setFamily(core::Family::V6);
    proxy.setFilterText({});
    model.setTable(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestRouteTableModel::displayAndBadges() {
    RouteTableModel model;
    auto table = fullTunnel();
    model.setTable(table, core::annotateTable(*table));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(RouteTableModel::ColumnCount));
    QCOMPARE(model.index(0, RouteTableModel::Destination).data().toString(),
             QStringLiteral("0.0.0.0/0"));
    QCOMPARE(model.index(3, RouteTableModel::Gateway).data().toString(), QStringLiteral("on-link"));
    QCOMPARE(model.index(0, RouteTableModel::Badges).data().toString(), QStringLiteral("shadowed"));
    QCOMPARE(model.index(1, RouteTableModel::Badges).data().toString(),
             QStringLiteral("default override"));
    QCOMPARE(model.index(2, RouteTableModel::Badges).data().toString(),
             QStringLiteral("default override"));
    QCOMPARE(model.index(4, RouteTableModel::Badges).data().toString(), QString());
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(1, 0).data(RouteTableModel::FlagsRole).toUInt(),
             core::annotation::DefaultOverride);
    // The IPv6 default is not covered by any pair here.
    QCOMPARE(model.index(5, RouteTableModel::Badges).data().toString(), QString());
}

void TestRouteTableModel::filter_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString() << 0 << QString()
                         << QStringList{"0.0.0.0/0",      "0.0.0.0/1",    "128.0.0.0/1",
                                        "192.168.1.0/24", "10.20.0.0/16", "::/0",
                                        "2001:db8::/64"};
    QTest::newRow("interface") << QString() << 0 << "tun0"
                               << QStringList{"0.0.0.0/1", "128.0.0.0/1", "10.20.0.0/16"};
    QTest::newRow("ipv6") << QString() << 6 << QString() << QStringList{"::/0", "2001:db8::/64"};
    QTest::newRow("ipv4 wlan0") << QString() << 4 << "wlan0"
                                << QStringList{"0.0.0.0/0", "192.168.1.0/24"};
    QTest::newRow("text") << "192.168" << 0 << QString()
                          << QStringList{"0.0.0.0/0", "192.168.1.0/24"};
    QTest::newRow("address") << "10.20.30.40" << 0 << QString()
                             << QStringList{"0.0.0.0/0", "0.0.0.0/1", "10.20.0.0/16"};
    QTest::newRow("badge text") << "override" << 0 << QString()
                                << QStringList{"0.0.0.0/1", "128.0.0.0/1"};
    QTest::newRow("case") << "TUN0" << 4 << QString()
                          << QStringList{"0.0.0.0/1", "128.0.0.0/1", "10.20.0.0/16"};
    QTest::newRow("nothing") << "nonexistent" << 0 << QString() << QStringList{};
}

void TestRouteTableModel::filter() {
    QFETCH(QString, text);
    QFETCH(int, family);
    QFETCH(QString, interface);
    QFETCH(QStringList, expected);
    RouteTableModel model;
    RouteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto table = fullTunnel();
    model.setTable(table, core::annotateTable(*table));
    proxy.setFilterText(text);
    proxy.setFamily(family == 4   ? core::Family::V4
                    : family == 6 ? core::Family::V6
                                  : core::Family::None);
    proxy.setInterface(interface);
    QStringList got;
    for (int r = 0; r < proxy.rowCount(); ++r)
        got << proxy.index(r, 0).data().toString();
    QCOMPARE(got, expected);
}

void TestRouteTableModel::sortByDestination() {
    RouteTableModel model;
    RouteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto table = fullTunnel();
    model.setTable(table, core::annotateTable(*table));
    proxy.setFamily(core::Family::V4);
    proxy.sort(RouteTableModel::Destination, Qt::AscendingOrder);
    QStringList got;
    for (int r = 0; r < proxy.rowCount(); ++r)
        got << proxy.index(r, 0).data().toString();
    // Numeric order, not text order ("10." after "0." and before "128.").
    QCOMPARE(got, (QStringList{"0.0.0.0/0", "0.0.0.0/1", "10.20.0.0/16", "128.0.0.0/1",
                               "192.168.1.0/24"}));
    proxy.sort(RouteTableModel::Metric, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, RouteTableModel::Metric).data().toString(), QStringLiteral("600"));
}

void TestRouteTableModel::copyRows() {
    RouteTableModel model;
    auto table = fullTunnel();
    model.setTable(table, core::annotateTable(*table));
    const QString text = model.rowsAsText({1, 4});
    const QStringList lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("Destination\tGateway\tInterface")));
    QCOMPARE(lines[1], QStringLiteral("0.0.0.0/1\t10.8.0.1\ttun0\t0\tboot\tmain\tunicast\t"
                                      "default override"));
    QVERIFY(lines[2].startsWith(QStringLiteral("10.20.0.0/16\t")));
}

// Prints figures for a large table (no timed assertion): load, annotate, filter, sort.
void TestRouteTableModel::largeTableFigures() {
    const int n = qEnvironmentVariableIntValue("SPLITROUTE_BENCH_ROUTES") > 0
                      ? qEnvironmentVariableIntValue("SPLITROUTE_BENCH_ROUTES")
                      : 100000;
    auto t = std::make_shared<core::RouteTable>();
    t->reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        core::Route r;
        r.destination = core::Prefix(
            core::IpAddress::v4(0x01000000u + static_cast<std::uint32_t>(i) * 256u), 24);
        r.gateway = core::IpAddress::v4(0xC0A80101u);
        r.interface = i % 2 ? "wlan0" : "tun0";
        t->add(r);
    }
    RouteTableModel model;
    RouteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer timer;
    timer.start();
    auto flags = core::annotateTable(*t);
    const qint64 annotate = timer.restart();
    model.setTable(t, std::move(flags));
    const qint64 load = timer.restart();
    proxy.setFilterText(QStringLiteral("1.2.3.4"));
    const qint64 filterAddress = timer.restart();
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("tun0"));
    const qint64 filterText = timer.restart();
    QCOMPARE(proxy.rowCount(), n / 2);
    proxy.setFilterText({});
    proxy.setInterface(QStringLiteral("wlan0"));
    const qint64 filterInterface = timer.restart();
    QCOMPARE(proxy.rowCount(), n / 2);
    qInfo("%d routes: annotate %lld ms, load %lld ms, filter by address %lld ms, by text %lld ms, "
          "by interface %lld ms",
          n, annotate, load, filterAddress, filterText, filterInterface);
}

QTEST_MAIN(TestRouteTableModel)
#include "TestRouteTableModel.moc"
