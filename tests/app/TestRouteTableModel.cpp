// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "app/gui/RouteFilterProxyModel.h"
#include "app/gui/RouteSearchIndex.h"
#include "app/gui/RouteTableModel.h"
#include "core/TableAnnotations.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>

#include <algorithm>
#include <cctype>
#include <tuple>

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

// Every kind of text the filter looks at: IPv4, IPv6, a mapped address, multipath, upper-case
// and odd interface names, several protocols and types, routes without gateway or interface.
std::shared_ptr<const core::RouteTable> mixedTable() {
    auto t = std::make_shared<core::RouteTable>();
    t->add(route("0.0.0.0/0", "192.168.1.1", "Wi-Fi", 600));
    t->add(route("0.0.0.0/1", "10.8.0.1", "tun0"));
    t->add(route("128.0.0.0/1", "10.8.0.1", "TUN0"));
    t->add(route("10.20.0.0/16", "10.8.0.1", "ETH0", 5));
    t->add(route("192.168.1.0/24", nullptr, "eth0", 100));
    t->add(route("2001:db8::/64", nullptr, "wlan0", 600));
    t->add(route("::ffff:10.0.0.0/104", "::ffff:10.8.0.1", "tun1"));
    t->add(route("fe80::/64", nullptr, "eth0", 256));
    auto mp = route("172.16.0.0/12", nullptr, "", 20);
    mp.interface = core::InterfaceName();
    mp.nexthops.push_back({core::IpAddress::parse("10.8.0.1").value(), "tun0", 0, 1, 0});
    mp.nexthops.push_back({core::IpAddress::parse("192.168.1.1").value(), "eth1", 0, 1, 0});
    t->add(mp);
    auto bh = route("203.0.113.0/24", nullptr, "", 7);
    bh.interface = core::InterfaceName();
    bh.type = core::RouteType::Blackhole;
    bh.protocol = core::proto::Splitroute;
    t->add(bh);
    auto local = route("127.0.0.0/8", nullptr, "lo");
    local.type = core::RouteType::Local;
    local.table = core::table::Local;
    local.protocol = core::proto::Kernel;
    t->add(local);
    auto odd = route("100.64.0.0/10", "100.64.0.1", "x0", 42);
    odd.protocol = 42;
    t->add(odd);
    auto st = route("198.51.100.0/24", "192.168.1.1", "eth0", 100);
    st.protocol = core::proto::Static;
    t->add(st);
    // Longer than the index's row buffer.
    const std::string longName = "Very-Long-Adapter-" + std::string(200, 'X') + "-End";
    t->add(route("198.18.0.0/15", "192.168.1.254", longName.c_str(), 9));
    return t;
}

std::vector<std::uint32_t> mixedFlags(const core::RouteTable& t) {
    auto flags = core::annotateTable(t);
    flags[4] |= core::annotation::Pushed;
    flags[5] |= core::annotation::Bypass | core::annotation::AddedBySplitroute;
    flags[9] |= core::annotation::AddedBySplitroute;
    return flags;
}

// The filter as it was first written (per row, no index): the reference the fast one must
// agree with.
bool referenceAccepts(const RouteTableModel& model, int row, const QString& rawText,
                      core::Family family, const QString& interface) {
    const core::Route& r = *model.routeAt(row);
    if (family != core::Family::None && r.family() != family)
        return false;
    if (!interface.isEmpty()) {
        bool match = r.interface == std::string_view(interface.toStdString());
        for (const auto& nh : r.nexthops)
            match = match || nh.interface == std::string_view(interface.toStdString());
        if (!match)
            return false;
    }
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return true;
    if (auto a = core::IpAddress::parse(text.toStdString()); a.ok())
        return r.destination.contains(a.value()) || r.gateway == a.value();
    const std::string needle = text.toLower().toStdString();
    auto has = [&](const std::string& hay) {
        return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                           [](char x, char y) {
                               return std::tolower(static_cast<unsigned char>(x)) == y;
                           }) != hay.end();
    };
    if (has(r.destination.toString()) || has(r.interface.str()) ||
        (!r.gateway.isNull() && has(r.gateway.toString())) || has(core::protocolName(r.protocol)))
        return true;
    const QString notes = RouteTableModel::badgeNames(model.flagsAt(row)).join(QLatin1Char(' '));
    return !notes.isEmpty() && notes.contains(text, Qt::CaseInsensitive);
}

QList<int> proxyRows(const RouteFilterProxyModel& proxy) {
    QList<int> rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows << proxy.mapToSource(proxy.index(r, 0)).row();
    return rows;
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
    void filterMatchesReference_data();
    void filterMatchesReference();
    void sortMatchesReference_data();
    void sortMatchesReference();
    void cachesFollowTableChange();
    void searchIndexText();
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

void TestRouteTableModel::filterMatchesReference_data() {
    QTest::addColumn<QString>("text");
    const char* needles[] = {
        "",         "tun",       "TUN0",        "tun0",
        "wi-fi",    "WI-FI",     "eth",         "ETH0",
        "::ffff",   "10.",       "/24",         "/1",
        "kernel",   "STATIC",    "42",          "splitroute",
        "boot",     "push",      "Bypass",      "default ov",
        "added by", "10.8.0.1",  "2001:db8::1", "db8",
        "fe80",     " 192.168 ", "0",           "x0",
        "nothing",  "a\tb",      "x-end",       "xxxxxxxxxxxxxxxxxxxxxxxxxxxx-e"};
    for (const char* n : needles)
        QTest::newRow(n) << QString::fromUtf8(n);
    // A needle with the index's separator byte takes the per-row path.
    QTest::newRow("nul byte") << QString::fromUtf8("tu\0n", 4);
    QTest::newRow("non-ascii") << QStringLiteral("\u00dcber");
}

// The fast filter (search index, cached badge matches) accepts exactly the rows the plain
// per-row filter accepts, for every family and interface combined with the text.
void TestRouteTableModel::filterMatchesReference() {
    QFETCH(QString, text);
    RouteTableModel model;
    RouteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto table = mixedTable();
    model.setTable(table, mixedFlags(*table));
    for (core::Family family : {core::Family::None, core::Family::V4, core::Family::V6}) {
        for (const QString& dev :
             {QString(), QStringLiteral("tun0"), QStringLiteral("eth1"), QStringLiteral("eth0")}) {
            proxy.setFilterText(text);
            proxy.setFamily(family);
            proxy.setInterface(dev);
            QList<int> expected;
            for (int r = 0; r < model.rowCount(); ++r)
                if (referenceAccepts(model, r, text, family, dev))
                    expected << r;
            QCOMPARE(proxyRows(proxy), expected);
            proxy.setFilterText({}); // and back: the hits are recomputed, not reused
        }
    }
}

void TestRouteTableModel::sortMatchesReference_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int c = 0; c < RouteTableModel::ColumnCount; ++c) {
        QTest::addRow("column %d asc", c) << c << false;
        QTest::addRow("column %d desc", c) << c << true;
    }
}

// Sorting through precomputed ranks gives the order the plain comparisons gave (stable: equal
// rows keep the table order).
void TestRouteTableModel::sortMatchesReference() {
    QFETCH(int, column);
    QFETCH(bool, descending);
    RouteTableModel model;
    RouteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto table = mixedTable();
    model.setTable(table, mixedFlags(*table));
    auto less = [&](int a, int b) {
        const core::Route& x = *model.routeAt(a);
        const core::Route& y = *model.routeAt(b);
        switch (column) {
        case RouteTableModel::Destination:
            return std::tie(x.destination, x.metric) < std::tie(y.destination, y.metric);
        case RouteTableModel::Gateway:
            return x.gateway < y.gateway;
        case RouteTableModel::Metric:
            return x.metric < y.metric;
        case RouteTableModel::Table:
            return x.table < y.table;
        case RouteTableModel::Badges:
            return model.flagsAt(a) < model.flagsAt(b);
        default:
            return QString::localeAwareCompare(model.index(a, column).data().toString(),
                                               model.index(b, column).data().toString()) < 0;
        }
    };
    QList<int> expected;
    for (int r = 0; r < model.rowCount(); ++r)
        expected << r;
    std::stable_sort(expected.begin(), expected.end(),
                     [&](int a, int b) { return descending ? less(b, a) : less(a, b); });
    proxy.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(proxyRows(proxy), expected);
    // Filtering keeps the sort.
    proxy.setFamily(core::Family::V4);
    QList<int> v4;
    for (int r : expected)
        if (model.routeAt(r)->family() == core::Family::V4)
            v4 << r;
    QCOMPARE(proxyRows(proxy), v4);
}

// A new table drops the search index and sort ranks: results follow the new routes.
void TestRouteTableModel::cachesFollowTableChange() {
    RouteTableModel model;
    RouteFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto first = mixedTable();
    model.setTable(first, mixedFlags(*first));
    proxy.sort(RouteTableModel::Interface, Qt::AscendingOrder);
    proxy.setFilterText(QStringLiteral("tun"));
    QVERIFY(proxy.rowCount() > 0);
    QVERIFY(proxy.cacheBytes() > 0);
    auto second = fullTunnel();
    model.setTable(second, core::annotateTable(*second));
    QList<int> expected;
    for (int r = 0; r < model.rowCount(); ++r)
        if (referenceAccepts(model, r, QStringLiteral("tun"), core::Family::None, {}))
            expected << r;
    QList<int> got = proxyRows(proxy);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
    // Sorted by the new table's interfaces.
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(QString::localeAwareCompare(
                    proxy.index(r - 1, RouteTableModel::Interface).data().toString(),
                    proxy.index(r, RouteTableModel::Interface).data().toString()) <= 0);
    model.setTable(nullptr, {});
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.cacheBytes(), std::size_t{0});
}

// The index holds the fields the filter compares, in the text IpAddress::toString() gives.
void TestRouteTableModel::searchIndexText() {
    auto table = mixedTable();
    RouteSearchIndex index;
    index.build(*table);
    QVERIFY(index.isBuilt());
    QCOMPARE(index.rowCount(), table->size());
    for (std::size_t i = 0; i < table->size(); ++i) {
        const core::Route& r = (*table)[i];
        std::string expected = r.destination.toString() + '\0' + r.interface.str() + '\0' +
                               (r.gateway.isNull() ? std::string() : r.gateway.toString()) + '\0' +
                               core::protocolName(r.protocol);
        std::transform(expected.begin(), expected.end(), expected.begin(), [](char c) {
            return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        });
        QCOMPARE(std::string(index.rowText(i)), expected);
    }
    std::vector<std::uint8_t> hits;
    index.match("tun0", hits);
    QCOMPARE(hits.size(), table->size());
    QCOMPARE(std::count(hits.begin(), hits.end(), 1), 2); // tun0 and TUN0; not multipath
    QVERIFY(!RouteSearchIndex::canSearch(std::string_view("a\0b", 3)));
    index.clear();
    QCOMPARE(index.rowCount(), std::size_t{0});
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
