// SPDX-License-Identifier: GPL-3.0-or-later
// ChangesView: address counts a person can read in the UI language (exact and grouped up to
// 10 million, powers of two as prefixes, otherwise rounded, in myriads where the language
// counts so), the effective-diff rows using
// them, and the lookup box: an address, garbage, and host names (resolved, unresolvable, and
// the system resolver on a name that never resolves, RFC 6761 ".invalid").

#include "TestUtil.h"

#include "app/gui/ChangesView.h"
#include "core/RouteJson.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <cmath>

using namespace splitroute;
using namespace splitroute::app;

namespace {
std::shared_ptr<const core::RouteTable> beforeTable() {
    auto t =
        core::routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    return std::make_shared<const core::RouteTable>(std::move(t).value());
}

/// The full tunnel without its IPv4 override, and fd00:99::/64 outside the tunnel.
std::shared_ptr<const core::RouteTable> afterTable(const core::RouteTable& before) {
    std::vector<core::Route> routes;
    for (const auto& r : before.routes())
        if (r.destination.toString() != "0.0.0.0/1" && r.destination.toString() != "128.0.0.0/1")
            routes.push_back(r);
    auto extra = core::routeFromJson(nlohmann::json::parse(
        R"({"destination":"fd00:99::/64","gateway":"fe80::1","interface":"wlan0"})"));
    routes.push_back(extra.value());
    return std::make_shared<const core::RouteTable>(core::RouteTable(std::move(routes)));
}

long double pow2(int k) {
    return std::ldexp(1.0L, k);
}
} // namespace

class TestChangesView : public QObject {
    Q_OBJECT
private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }
    void countText_data();
    void countText();
    void countTextFollowsLocale();
    void countTextInMyriads();
    void effectiveRows();
    void lookupAddress();
    void lookupHostName();
    void lookupHostThatDoesNotResolve();
};

void TestChangesView::countText_data() {
    QTest::addColumn<bool>("v6");
    QTest::addColumn<double>("log2"); // the count is 2^log2 (exact for the integers here)
    QTest::addColumn<qulonglong>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("one") << false << 0.0 << 1ULL << "1";
    QTest::newRow("a /24") << false << 0.0 << 256ULL << "256";
    QTest::newRow("grouped") << false << 0.0 << 1234567ULL << "1,234,567";
    QTest::newRow("just under 10 million") << false << 0.0 << 9999999ULL << "9,999,999";
    QTest::newRow("2^23 is still exact") << false << 0.0 << 8388608ULL << "8,388,608";
    QTest::newRow("a /8") << false << 0.0 << 16777216ULL << "2^24 addresses (a /8)";
    QTest::newRow("half of IPv4") << false << 0.0 << 2147483648ULL
                                  << "2^31 addresses (half of IPv4)";
    QTest::newRow("all of IPv4") << false << 0.0 << 4294967296ULL << "2^32 addresses (all of IPv4)";
    QTest::newRow("millions") << false << 0.0 << 12345678ULL << "about 12.3 million (0.3% of IPv4)";
    QTest::newRow("the old 4.278E+09")
        << false << 0.0 << 4278190080ULL << "about 4.3 billion (99.6% of IPv4)";
    QTest::newRow("IPv6 millions") << true << 0.0 << 12345678ULL << "about 12.3 million";
    QTest::newRow("rounds up to the next scale")
        << false << 0.0 << 999960000ULL << "about 1.0 billion (23.3% of IPv4)";
    QTest::newRow("just below it")
        << false << 0.0 << 999940000ULL << "about 999.9 million (23.3% of IPv4)";
    QTest::newRow("IPv6 /64") << true << 64.0 << 0ULL << "2^64 addresses (a /64)";
    QTest::newRow("IPv6 /48") << true << 80.0 << 0ULL << "2^80 addresses (a /48)";
    QTest::newRow("IPv6 half") << true << 127.0 << 0ULL << "2^127 addresses (half of IPv6)";
    QTest::newRow("IPv6 all") << true << 128.0 << 0ULL << "2^128 addresses (all of IPv6)";
    QTest::newRow("IPv6 a /64 and a /65") << true << -1.0 << 0ULL << "about 2^64.6 addresses";
}

void TestChangesView::countText() {
    QFETCH(bool, v6);
    QFETCH(double, log2);
    QFETCH(qulonglong, count);
    QFETCH(QString, text);
    long double n = static_cast<long double>(count);
    if (log2 > 0)
        n = pow2(static_cast<int>(log2));
    else if (log2 < 0)
        n = pow2(64) + pow2(63);
    QCOMPARE(ChangesView::addressCountText(v6 ? core::Family::V6 : core::Family::V4, n), text);
}

void TestChangesView::countTextFollowsLocale() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ChangesView::addressCountText(core::Family::V4, 1234567), QStringLiteral("1.234.567"));
    QCOMPARE(ChangesView::addressCountText(core::Family::V4, 4278190080.0L),
             QStringLiteral("about 4,3 billion (99,6% of IPv4)"));
}

void TestChangesView::countTextInMyriads() {
    // Japanese counts large numbers in 万 (10^4) and 億 (10^8): 42.8 億, not 4.3 十億. The
    // translation chooses the scale; English keeps million and billion.
    QTranslator ja;
    QVERIFY(ja.load(QStringLiteral(":/i18n/splitroute_ja.qm")));
    QCoreApplication::installTranslator(&ja);
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    const QString billions = ChangesView::addressCountText(core::Family::V4, 4278190080.0L);
    const QString millions = ChangesView::addressCountText(core::Family::V4, 12345678.0L);
    const QString v6 = ChangesView::addressCountText(core::Family::V6, 123456789012.0L);
    const QString exact = ChangesView::addressCountText(core::Family::V4, 1234567.0L);
    const QString edge = ChangesView::addressCountText(core::Family::V4, 99995000.0L);
    QCoreApplication::removeTranslator(&ja);
    QCOMPARE(billions, QStringLiteral("約 42.8 億 (IPv4 の 99.6%)"));
    QCOMPARE(millions, QStringLiteral("約 1,235 万 (IPv4 の 0.3%)"));
    QCOMPARE(v6, QStringLiteral("約 1,234.6 億"));
    QCOMPARE(exact, QStringLiteral("1,234,567"));
    QCOMPARE(edge, QStringLiteral("約 1.0 億 (IPv4 の 2.3%)"));
    QCOMPARE(ChangesView::addressCountText(core::Family::V4, 4278190080.0L),
             QStringLiteral("about 4.3 billion (99.6% of IPv4)"));
}

void TestChangesView::effectiveRows() {
    ChangesView v;
    auto before = beforeTable();
    v.setTables(before, afterTable(*before));
    QTreeWidget* eff = v.effectiveList();
    QCOMPARE(eff->topLevelItemCount(), 2);
    QStringList counts;
    for (int i = 0; i < eff->topLevelItemCount(); ++i) {
        const QString c = eff->topLevelItem(i)->text(3);
        QVERIFY2(!c.contains(QStringLiteral("E+")), qPrintable(c));
        counts << c;
    }
    // 2^32 minus the /16 and /24 that stay in the tunnel, the LAN and the server's host route.
    QVERIFY2(counts.contains(QStringLiteral("about 4.3 billion (100.0% of IPv4)")),
             qPrintable(counts.join('|')));
    QVERIFY2(counts.contains(QStringLiteral("2^64 addresses (a /64)")),
             qPrintable(counts.join('|')));
    // The exact figure is in the tooltip.
    for (int i = 0; i < eff->topLevelItemCount(); ++i)
        if (eff->topLevelItem(i)->text(3).startsWith(QStringLiteral("about")))
            QCOMPARE(eff->topLevelItem(i)->toolTip(3), QStringLiteral("4,294,901,247 addresses"));
}

void TestChangesView::lookupAddress() {
    ChangesView v;
    auto before = beforeTable();
    v.setTables(before, afterTable(*before));
    v.lookupEdit()->setText(QStringLiteral("8.8.8.8"));
    const QString r = v.lookupResult()->text();
    QVERIFY2(r.contains(QStringLiteral("Before: 0.0.0.0/1 via 10.8.0.1 dev tun0")), qPrintable(r));
    QVERIFY2(r.contains(QStringLiteral("After: default via 192.168.1.1 dev wlan0")) ||
                 r.contains(QStringLiteral("After: 0.0.0.0/0 via 192.168.1.1 dev wlan0")),
             qPrintable(r));
    v.lookupEdit()->setText(QStringLiteral("10.1.2.3.4!"));
    QVERIFY2(v.lookupResult()->text().contains(QStringLiteral("neither an address nor a host")),
             qPrintable(v.lookupResult()->text()));
    v.lookupEdit()->clear();
    QVERIFY(v.lookupResult()->text().isEmpty());
}

void TestChangesView::lookupHostName() {
    ChangesView v;
    auto before = beforeTable();
    v.setTables(before, afterTable(*before));
    v.setResolver([](const std::string& host) -> core::Result<std::vector<core::IpAddress>> {
        if (host == "intranet.example.com")
            return std::vector<core::IpAddress>{*core::IpAddress::parse("10.20.1.1"),
                                                *core::IpAddress::parse("203.0.113.5")};
        return core::makeError(core::ErrorCode::NotFound, "Name or service not known");
    });
    QSignalSpy done(&v, &ChangesView::hostLookupFinished);
    v.lookupEdit()->setText(QStringLiteral("intranet.example.com"));
    QVERIFY2(v.lookupResult()->text().contains(QStringLiteral("Press Enter")),
             qPrintable(v.lookupResult()->text()));
    QTest::keyClick(v.lookupEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    const QString r = v.lookupResult()->text();
    QVERIFY2(r.contains(QStringLiteral("intranet.example.com (10.20.1.1)")), qPrintable(r));
    QVERIFY2(r.contains(QStringLiteral("intranet.example.com (203.0.113.5)")), qPrintable(r));
    QVERIFY2(r.contains(QStringLiteral("After: 10.20.0.0/16 via 10.8.0.1 dev tun0")),
             qPrintable(r));
    // Not resolvable (as offline): a clear message, no stale answer.
    v.lookupEdit()->setText(QStringLiteral("nowhere.example.com"));
    QTest::keyClick(v.lookupEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
    QCOMPARE(v.lookupResult()->text(),
             QStringLiteral("Cannot look up nowhere.example.com (Name or service not known). "
                            "Enter an address instead."));
}

void TestChangesView::lookupHostThatDoesNotResolve() {
    // The default (system) resolver; ".invalid" never resolves (RFC 6761), online or not.
    ChangesView v;
    auto before = beforeTable();
    v.setTables(before, afterTable(*before));
    QSignalSpy done(&v, &ChangesView::hostLookupFinished);
    v.lookupEdit()->setText(QStringLiteral("nosuchhost.invalid"));
    QTest::keyClick(v.lookupEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QVERIFY2(
        v.lookupResult()->text().startsWith(QStringLiteral("Cannot look up nosuchhost.invalid (")),
        qPrintable(v.lookupResult()->text()));
}

QTEST_MAIN(TestChangesView)
#include "TestChangesView.moc"
