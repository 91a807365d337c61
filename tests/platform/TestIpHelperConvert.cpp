// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "windows/IpHelperConvertCases.h"

#include "platform/IpHelperConvert.h"

// The Windows backend's portable half, natively on Linux. The same tables run cross-built
// under Wine from tests/windows/TestIpHelperConvertMain.cpp.

using namespace splitroute;
using namespace splitroute::platform::iphelper;

namespace splitroute::platform::iphelper {
inline char* toString(const ForwardRow& r) {
    return qstrdup(testcases::describe(r).c_str());
}
} // namespace splitroute::platform::iphelper

class TestIpHelperConvert : public QObject {
    Q_OBJECT
private slots:
    void rowToRoute_data();
    void rowToRoute();
    void routeToRowRoundTrip_data();
    void routeToRowRoundTrip();
    void badRow_data();
    void badRow();
    void routeToRow_data();
    void routeToRow();
    void errorMapping_data();
    void errorMapping();
    void errorMessage();
    void interfaceKind_data();
    void interfaceKind();
    void ownedRecordParse_data();
    void ownedRecordParse();
    void ownedRecordRoundTrip();
    void ownedRecordKey();
    void recordFlow_data();
    void recordFlow();
};

void TestIpHelperConvert::rowToRoute_data() {
    QTest::addColumn<int>("index");
    const auto cases = testcases::rowCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestIpHelperConvert::rowToRoute() {
    QFETCH(int, index);
    const auto c = testcases::rowCases()[static_cast<std::size_t>(index)];
    auto r = routeFromForwardRow(c.row, c.owned);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    const core::Route expected = testcases::expectedRoute(c);
    QCOMPARE(*r, expected);
    // Fields Route::toString does not print.
    QCOMPARE(r->ifindex, c.ifindex);
    QCOMPARE(r->metric, c.metric);
    QCOMPARE(int(r->scope), int(c.scope));
}

void TestIpHelperConvert::routeToRowRoundTrip_data() {
    QTest::addColumn<int>("index");
    const auto cases = testcases::rowCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        if (cases[i].roundTrip)
            QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestIpHelperConvert::routeToRowRoundTrip() {
    QFETCH(int, index);
    const auto c = testcases::rowCases()[static_cast<std::size_t>(index)];
    auto back = forwardRowFromRoute(testcases::expectedRoute(c), testcases::interfaceOf(c.row));
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QCOMPARE(*back, c.row);
}

void TestIpHelperConvert::badRow_data() {
    QTest::addColumn<int>("index");
    const auto cases = testcases::badRowCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestIpHelperConvert::badRow() {
    QFETCH(int, index);
    const auto c = testcases::badRowCases()[static_cast<std::size_t>(index)];
    auto r = routeFromForwardRow(c.row);
    QVERIFY(!r.ok());
    QCOMPARE(core::errorCodeName(r.error().code), core::errorCodeName(c.code));
}

void TestIpHelperConvert::routeToRow_data() {
    QTest::addColumn<int>("index");
    const auto cases = testcases::routeCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestIpHelperConvert::routeToRow() {
    QFETCH(int, index);
    const auto c = testcases::routeCases()[static_cast<std::size_t>(index)];
    auto row = forwardRowFromRoute(c.route, c.iface);
    if (!c.ok) {
        QVERIFY(!row.ok());
        QCOMPARE(core::errorCodeName(row.error().code), core::errorCodeName(c.code));
        QVERIFY(!row.error().message.empty());
        return;
    }
    QVERIFY2(row.ok(), row.ok() ? "" : row.error().message.c_str());
    QCOMPARE(*row, c.expected);
}

void TestIpHelperConvert::errorMapping_data() {
    QTest::addColumn<int>("index");
    const auto cases = testcases::errorCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestIpHelperConvert::errorMapping() {
    QFETCH(int, index);
    const auto c = testcases::errorCases()[static_cast<std::size_t>(index)];
    QCOMPARE(core::errorCodeName(win32ErrorToCode(c.error)), core::errorCodeName(c.code));
    QCOMPARE(win32ErrorName(c.error), std::string(c.name));
    const core::Error e = win32Error(c.error, "CreateIpForwardEntry2", "10.0.0.0/8");
    QCOMPARE(core::errorCodeName(e.code), core::errorCodeName(c.code));
    QCOMPARE(e.sysErrno, static_cast<int>(c.error));
    QVERIFY2(e.message.find(c.name) != std::string::npos, e.message.c_str());
}

void TestIpHelperConvert::errorMessage() {
    const core::Error e =
        win32Error(win32::ObjectAlreadyExists, "CreateIpForwardEntry2", "10.0.0.0/8 via 1.2.3.4");
    QCOMPARE(e.message, std::string("CreateIpForwardEntry2: ERROR_OBJECT_ALREADY_EXISTS (5010): "
                                    "10.0.0.0/8 via 1.2.3.4"));
    QCOMPARE(win32Error(99999, "GetIfTable2").message,
             std::string("GetIfTable2: Win32 error 99999"));
}

void TestIpHelperConvert::interfaceKind_data() {
    QTest::addColumn<int>("index");
    const auto cases = testcases::kindCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestIpHelperConvert::interfaceKind() {
    QFETCH(int, index);
    const auto c = testcases::kindCases()[static_cast<std::size_t>(index)];
    QCOMPARE(platform::interfaceKindName(interfaceKindFromWindows(c.ifType, c.description)),
             platform::interfaceKindName(c.kind));
}

void TestIpHelperConvert::ownedRecordParse_data() {
    QTest::addColumn<int>("index");
    const auto cases = testcases::recordCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestIpHelperConvert::ownedRecordParse() {
    QFETCH(int, index);
    const auto c = testcases::recordCases()[static_cast<std::size_t>(index)];
    auto rec = OwnedRouteRecord::parse(c.json);
    QCOMPARE(rec.ok(), c.ok);
    if (rec.ok())
        QCOMPARE(rec->routes().size(), c.routes);
    else
        QCOMPARE(core::errorCodeName(rec.error().code), "parse");
}

void TestIpHelperConvert::ownedRecordRoundTrip() {
    OwnedRouteRecord rec;
    for (const auto& c : testcases::rowCases())
        rec.add(ownedRouteFromRow(c.row));
    QVERIFY(rec.routes().size() > 5);
    auto back = OwnedRouteRecord::parse(rec.toJson().dump());
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QCOMPARE(back->routes().size(), rec.routes().size());
    for (std::size_t i = 0; i < rec.routes().size(); ++i)
        QVERIFY(back->routes()[i] == rec.routes()[i]);
    // The LUID survives as a hex string, all 64 bits.
    const core::Prefix p = *core::Prefix::parse("10.0.0.0/8");
    OwnedRouteRecord big;
    QVERIFY(big.add({0xFFFF'FFFF'FFFF'FFFFULL, p, {}, "x"}));
    QVERIFY(!big.add({0xFFFF'FFFF'FFFF'FFFFULL, p, {}, "y"})); // same key
    QCOMPARE(big.toJson()["routes"][0]["luid"].get<std::string>(),
             std::string("0xffffffffffffffff"));
    auto bigBack = OwnedRouteRecord::fromJson(big.toJson());
    QVERIFY(bigBack.ok());
    QCOMPARE(bigBack->routes()[0].luid, 0xFFFF'FFFF'FFFF'FFFFULL);
    QVERIFY(big.remove(big.routes()[0]));
    QVERIFY(big.routes().empty());
}

void TestIpHelperConvert::ownedRecordKey() {
    // Keyed like DeleteIpForwardEntry2: LUID, destination, next hop. Metric and alias do not
    // take part; another interface or next hop is another route.
    const auto cases = testcases::rowCases();
    const ForwardRow& row = cases[4].row; // the recorded NetMgmt route
    OwnedRouteRecord rec;
    QVERIFY(rec.add(ownedRouteFromRow(row)));
    ForwardRow sameKey = row;
    sameKey.routeMetric += 100;
    sameKey.alias = "renamed";
    QVERIFY(rec.contains(ownedRouteFromRow(sameKey)));
    ForwardRow otherLuid = row;
    otherLuid.luid = testcases::kLuidWifi;
    QVERIFY(!rec.contains(ownedRouteFromRow(otherLuid)));
    ForwardRow otherHop = row;
    otherHop.nextHop = testcases::bytesOf("192.168.1.2");
    QVERIFY(!rec.contains(ownedRouteFromRow(otherHop)));
    const OwnedRoute onLink = ownedRouteFromRow(cases[1].row);
    QVERIFY(onLink.nextHop.isNull());
    QCOMPARE(onLink.destination.toString(), std::string("192.168.1.0/24"));
}

void TestIpHelperConvert::recordFlow_data() {
    QTest::addColumn<int>("index");
    const auto cases = testcases::recordFlowCases();
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << static_cast<int>(i);
}

void TestIpHelperConvert::recordFlow() {
    QFETCH(int, index);
    const auto c = testcases::recordFlowCases()[static_cast<std::size_t>(index)];
    const OwnedRouteRecord before = testcases::recordOf(c.before);
    const auto changes = testcases::changesOf(c);
    QCOMPARE(testcases::lettersOf(recordIntent(before, changes)), std::string(c.intent));
    QCOMPARE(testcases::lettersOf(recordAfterApply(before, changes, c.applied)),
             std::string(c.after));
}

QTEST_APPLESS_MAIN(TestIpHelperConvert)
#include "TestIpHelperConvert.moc"
