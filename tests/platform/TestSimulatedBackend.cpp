// SPDX-License-Identifier: GPL-3.0-or-later
// SimulatedBackend: kernel-like apply semantics, monitors, failure injection, JSON form.

#include "HelperTestUtil.h"
#include "TestUtil.h"

#include "core/RouteJson.h"

#include <QTest>

#include <poll.h>

using namespace splitroute;
using nlohmann::json;
using platform::SimulatedBackend;

namespace {
core::Route route(const std::string& dest, const std::string& gw, const std::string& dev,
                  std::uint8_t proto = core::proto::Splitroute, std::uint32_t metric = 0) {
    core::Route r;
    r.destination = core::Prefix::parse(dest).value();
    if (!gw.empty())
        r.gateway = core::IpAddress::parse(gw).value();
    r.interface = dev;
    r.protocol = proto;
    r.metric = metric;
    return r;
}
core::ChangeSet changes(std::initializer_list<core::RouteChange> list) {
    core::ChangeSet cs;
    cs.changes = list;
    return cs;
}
bool readable(int fd) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 0) == 1;
}
} // namespace

class TestSimulatedBackend : public QObject {
    Q_OBJECT
private slots:
    void listsWhatItWasGiven() {
        auto b = testutil::simulatedFixture();
        auto all = b->listRoutes();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(13));
        auto v6 = b->listRoutes({core::Family::V6, 0});
        QCOMPARE(v6->size(), std::size_t(2));
        auto itfs = b->listInterfaces();
        QCOMPARE(itfs->size(), std::size_t(5));
        QCOMPARE((*itfs)[3].name, std::string("tun0"));
        QVERIFY(platform::isTunnelKind((*itfs)[3].kind));
        // Interface indexes are filled in from the interface list.
        for (const auto& r : all->routes())
            QVERIFY(r.ifindex != 0);
    }

    void applyErrors_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("dest");
        QTest::addColumn<QString>("gw");
        QTest::addColumn<QString>("dev");
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("err");
        const int add = 0, del = 1;
        QTest::newRow("add ok") << add << "203.0.113.0/24"
                                << "192.168.1.1"
                                << "eth0" << 0 << -1 << 0;
        QTest::newRow("add on-link ok") << add << "203.0.113.0/24"
                                        << ""
                                        << "tun0" << 0 << -1 << 0;
        QTest::newRow("add duplicate key") << add << "10.0.0.0/8"
                                           << "192.168.1.1"
                                           << "eth0" << 0 << int(core::ErrorCode::Exists) << EEXIST;
        QTest::newRow("add same prefix other metric") << add << "10.0.0.0/8"
                                                      << "192.168.1.1"
                                                      << "eth0" << 5 << -1 << 0;
        QTest::newRow("add unknown device")
            << add << "203.0.113.0/24"
            << "192.168.1.1"
            << "eth9" << 0 << int(core::ErrorCode::NoDevice) << ENODEV;
        QTest::newRow("add unreachable gateway")
            << add << "203.0.113.0/24"
            << "172.31.0.1"
            << "eth0" << 0 << int(core::ErrorCode::NetUnreachable) << ENETUNREACH;
        QTest::newRow("add unreachable v6 gateway")
            << add << "2001:db8:99::/48"
            << "2001:db8:7::1"
            << "eth0" << 1024 << int(core::ErrorCode::NetUnreachable) << EHOSTUNREACH;
        QTest::newRow("add reachable v6 gateway") << add << "2001:db8:99::/48"
                                                  << "2001:db8:1::1"
                                                  << "eth0" << 1024 << -1 << 0;
        QTest::newRow("gateway via tunnel subnet") << add << "203.0.113.0/24"
                                                   << "10.8.0.1"
                                                   << "tun0" << 0 << -1 << 0;
        QTest::newRow("delete ok") << del << "10.0.0.0/8"
                                   << "192.168.1.254"
                                   << "eth0" << 0 << -1 << 0;
        QTest::newRow("delete missing") << del << "192.0.2.0/24"
                                        << ""
                                        << "eth0" << 0 << int(core::ErrorCode::NotFound) << ESRCH;
        QTest::newRow("delete wrong gateway")
            << del << "10.0.0.0/8"
            << "192.168.1.1"
            << "eth0" << 0 << int(core::ErrorCode::NotFound) << ESRCH;
        QTest::newRow("delete wrong device")
            << del << "10.0.0.0/8"
            << ""
            << "wlan0" << 0 << int(core::ErrorCode::NotFound) << ESRCH;
        QTest::newRow("delete wrong metric") << del << "10.0.0.0/8"
                                             << ""
                                             << "" << 7 << int(core::ErrorCode::NotFound) << ESRCH;
        QTest::newRow("delete by key only") << del << "10.0.0.0/8"
                                            << ""
                                            << "" << 0 << -1 << 0;
    }
    void applyErrors() {
        QFETCH(int, kind);
        QFETCH(QString, dest);
        QFETCH(QString, gw);
        QFETCH(QString, dev);
        QFETCH(int, metric);
        QFETCH(int, code);
        QFETCH(int, err);
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        core::Route r = route(dest.toStdString(), gw.toStdString(), dev.toStdString(),
                              kind == 0 ? core::proto::Splitroute : core::proto::Unspec,
                              static_cast<std::uint32_t>(metric));
        auto res = b->apply(
            changes({{kind == 0 ? core::ChangeKind::Add : core::ChangeKind::Delete, r, ""}}));
        if (code < 0) {
            QVERIFY2(res.ok(), res.failure ? res.failure->error.message.c_str() : "");
            QCOMPARE(res.applied, std::size_t(1));
            QVERIFY(b->toJson() != before);
        } else {
            QVERIFY(!res.ok());
            QCOMPARE(res.applied, std::size_t(0));
            QCOMPARE(int(res.failure->error.code), code);
            QCOMPARE(res.failure->error.sysErrno, err);
            QCOMPARE(res.failure->index, std::size_t(0));
            QVERIFY(b->toJson() == before);
        }
    }

    void stopsAtFirstFailureAndKeepsThePrefix() {
        auto b = testutil::simulatedFixture();
        auto cs =
            changes({{core::ChangeKind::Add, route("203.0.113.0/24", "192.168.1.1", "eth0"), ""},
                     {core::ChangeKind::Add, route("203.0.114.0/24", "192.168.1.1", "eth0"), ""},
                     {core::ChangeKind::Add, route("10.0.0.0/8", "192.168.1.1", "eth0"), ""},
                     {core::ChangeKind::Add, route("203.0.115.0/24", "192.168.1.1", "eth0"), ""}});
        auto res = b->apply(cs);
        QCOMPARE(res.applied, std::size_t(2));
        QCOMPARE(res.failure->index, std::size_t(2));
        QCOMPARE(res.failure->error.code, core::ErrorCode::Exists);
        auto t = b->listRoutes();
        QCOMPARE(t->find(core::Prefix::parse("203.0.114.0/24").value()).size(), std::size_t(1));
        QCOMPARE(t->find(core::Prefix::parse("203.0.115.0/24").value()).size(), std::size_t(0));
        QCOMPARE(b->changesApplied(), std::size_t(2));
    }

    void failureInjection() {
        auto b = testutil::simulatedFixture();
        b->failAfter(3, core::makeError(core::ErrorCode::System, "injected"));
        core::ChangeSet cs;
        for (int i = 0; i < 10; ++i)
            cs.changes.push_back(
                {core::ChangeKind::Add,
                 route("203.0.113." + std::to_string(i) + "/32", "192.168.1.1", "eth0"), ""});
        auto res = b->apply(cs);
        QCOMPARE(res.applied, std::size_t(3));
        QCOMPARE(res.failure->index, std::size_t(3));
        QCOMPARE(res.failure->error.message, std::string("injected"));
        // One shot: the rest goes through now (the first three exist: start after them).
        core::ChangeSet rest;
        rest.changes.assign(cs.changes.begin() + 3, cs.changes.end());
        QVERIFY(b->apply(rest).ok());
        // Counted across apply() calls.
        b->failAfter(1, core::makeError(core::ErrorCode::System, "second"));
        QVERIFY(b->apply(changes({{core::ChangeKind::Delete, cs.changes[0].route, ""}})).ok());
        auto r2 = b->apply(changes({{core::ChangeKind::Delete, cs.changes[1].route, ""}}));
        QVERIFY(!r2.ok());
        QCOMPARE(r2.failure->error.message, std::string("second"));
    }

    void monitorSeesChanges() {
        auto b = testutil::simulatedFixture();
        auto m = b->watch();
        QVERIFY(m.ok());
        QVERIFY(!readable((*m)->fd()));
        QVERIFY(
            b
                ->apply(changes(
                    {{core::ChangeKind::Add, route("203.0.113.0/24", "192.168.1.1", "eth0"), ""},
                     {core::ChangeKind::Delete, route("0.0.0.0/1", "10.8.0.1", "tun0", 0), ""}}))
                .ok());
        QVERIFY(readable((*m)->fd()));
        auto ev = (*m)->readEvents();
        QVERIFY(ev.ok());
        QCOMPARE(ev->size(), std::size_t(2));
        QCOMPARE((*ev)[0].kind, platform::RouteEvent::Kind::RouteAdded);
        QCOMPARE((*ev)[0].route.ifindex, std::uint32_t(2));
        QCOMPARE((*ev)[1].kind, platform::RouteEvent::Kind::RouteRemoved);
        QCOMPARE((*ev)[1].route.protocol, core::proto::Boot);
        QVERIFY(!readable((*m)->fd()));
        QVERIFY((*m)->readEvents()->empty());
        // A failed change signals nothing.
        QVERIFY(!b->apply(changes({{core::ChangeKind::Delete, route("192.0.2.0/24", "", "eth0", 0),
                                    ""}}))
                     .ok());
        QVERIFY(!readable((*m)->fd()));
    }

    void removingAnInterfaceDropsItsRoutes() {
        auto b = testutil::simulatedFixture();
        auto m = b->watch();
        QVERIFY(b->removeInterface("tun0"));
        QVERIFY(!b->removeInterface("tun0"));
        auto t = b->listRoutes();
        for (const auto& r : t->routes())
            QVERIFY(r.interface.str() != "tun0");
        auto ev = (*m)->readEvents();
        QCOMPARE(ev->back().kind, platform::RouteEvent::Kind::LinkRemoved);
        QCOMPARE(ev->back().link.name, std::string("tun0"));
        QCOMPARE(ev->size(), std::size_t(5)); // four routes, then the link
        b->addInterface({"tun0", 9, platform::InterfaceKind::Tun, true, 1500, {}});
        QVERIFY(
            b->apply(changes({{core::ChangeKind::Add, route("203.0.113.0/24", "", "tun0"), ""}}))
                .ok());
        QCOMPARE(b->listRoutes()->find(core::Prefix::parse("203.0.113.0/24").value())[0]->ifindex,
                 std::uint32_t(9));
    }

    void jsonRoundTrip() {
        auto b = testutil::simulatedFixture();
        QVERIFY(
            b->apply(changes({{core::ChangeKind::Add,
                               route("2001:db8:5::/48", "", "eth0", core::proto::Splitroute, 1024),
                               ""}}))
                .ok());
        auto again = SimulatedBackend::fromJson(b->toJson());
        QVERIFY(again.ok());
        QVERIFY((*again)->toJson() == b->toJson());
    }

    void strictJson_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("not an object") << "[]";
        QTest::newRow("unknown top field") << R"({"routes":[],"extra":1})";
        QTest::newRow("interface unknown field")
            << R"({"interfaces":[{"name":"a","index":1,"x":1}]})";
        QTest::newRow("interface no index") << R"({"interfaces":[{"name":"a"}]})";
        QTest::newRow("interface index 0") << R"({"interfaces":[{"name":"a","index":0}]})";
        QTest::newRow("bad kind") << R"({"interfaces":[{"name":"a","index":1,"kind":"modem"}]})";
        QTest::newRow("bad address")
            << R"({"interfaces":[{"name":"a","index":1,"addresses":["10.0.0.1/33"]}]})";
        QTest::newRow("address without length")
            << R"({"interfaces":[{"name":"a","index":1,"addresses":["10.0.0.1"]}]})";
        QTest::newRow("duplicate name")
            << R"({"interfaces":[{"name":"a","index":1},{"name":"a","index":2}]})";
        QTest::newRow("duplicate index")
            << R"({"interfaces":[{"name":"a","index":1},{"name":"b","index":1}]})";
        QTest::newRow("bad route") << R"({"routes":[{"destination":"10.0.0.1/8"}]})";
    }
    void strictJson() {
        QFETCH(QString, text);
        auto j = json::parse(text.toStdString());
        QVERIFY(!SimulatedBackend::fromJson(j).ok());
    }
};

QTEST_APPLESS_MAIN(TestSimulatedBackend)
#include "TestSimulatedBackend.moc"
