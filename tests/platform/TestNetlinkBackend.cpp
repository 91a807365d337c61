// SPDX-License-Identifier: GPL-3.0-or-later
// NetlinkBackend against the real kernel, inside network namespaces the test creates (one per
// test function). Skips when not root or when iproute2 is missing.

#include "NetnsFixture.h"
#include "TestUtil.h"

#include "platform/SystemBackend.h"
#include "platform/linux/ChangeOrder.h"
#include "platform/linux/NetlinkBackend.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <algorithm>
#include <memory>
#include <set>

#include <sys/wait.h>
#include <unistd.h>

using namespace splitroute;
using core::ChangeKind;
using core::ErrorCode;
using platform::ApplyResult;
using platform::InterfaceKind;
using platform::NetlinkBackend;

namespace {

core::Prefix prefix(const std::string& text) {
    auto p = core::Prefix::parse(text);
    if (!p)
        qFatal("bad prefix %s", text.c_str());
    return *p;
}

core::IpAddress address(const std::string& text) {
    auto a = core::IpAddress::parse(text);
    if (!a)
        qFatal("bad address %s", text.c_str());
    return *a;
}

/// A route as the planner makes it: Splitroute's protocol, interface by name only.
core::Route route(const std::string& dst, const std::string& gw, const std::string& dev,
                  std::uint32_t table = core::table::Main, std::uint32_t metric = 0) {
    core::Route r;
    r.destination = prefix(dst);
    if (!gw.empty())
        r.gateway = address(gw);
    r.interface = dev;
    r.table = table;
    r.metric = metric;
    r.protocol = core::proto::Splitroute;
    // What `ip route add` does: an IPv4 route without a gateway is link-scoped.
    r.scope =
        gw.empty() && r.family() == core::Family::V4 ? core::scope::Link : core::scope::Universe;
    return r;
}

core::RouteChange change(ChangeKind kind, core::Route r) {
    return core::RouteChange{kind, std::move(r), "test"};
}

std::string flagText(std::uint8_t flags) {
    std::string s;
    if (flags & core::routeflag::Dead)
        s += "dead,";
    if (flags & core::routeflag::OnLink)
        s += "onlink,";
    if (flags & core::routeflag::LinkDown)
        s += "linkdown,";
    return s;
}

/// One line per route with every field both sides know, for set comparison.
std::string routeKey(const core::Route& r) {
    std::string s = "table=" + std::to_string(r.table) + " type=" + core::routeTypeName(r.type) +
                    " dst=" + r.destination.toString() + " gw=" + r.gateway.toString() +
                    " dev=" + r.interface.str() + " metric=" + std::to_string(r.metric) +
                    " proto=" + std::to_string(r.protocol) + " scope=" + std::to_string(r.scope) +
                    " src=" + r.preferredSource.toString() + " flags=" + flagText(r.flags);
    for (const auto& nh : r.nexthops)
        s += " [nh gw=" + nh.gateway.toString() + " dev=" + nh.interface.str() +
             " weight=" + std::to_string(nh.weight) + " flags=" + flagText(nh.flags) + "]";
    return s;
}

std::uint8_t ipFlags(const nlohmann::json& j) {
    std::uint8_t f = 0;
    if (!j.contains("flags"))
        return f;
    for (const auto& flag : j["flags"]) {
        if (flag == "onlink")
            f |= core::routeflag::OnLink;
        else if (flag == "linkdown")
            f |= core::routeflag::LinkDown;
        else if (flag == "dead")
            f |= core::routeflag::Dead;
    }
    return f;
}

/// A route of `ip -d -j route show` as a core::Route (what the test compares against).
core::Route routeFromIp(const nlohmann::json& j, core::Family family) {
    core::Route r;
    std::string dst = j.at("dst");
    r.destination = dst == "default" ? core::Prefix::any(family) : prefix(dst);
    r.type = *core::routeTypeFromName(j.value("type", "unicast"));
    r.table = *core::tableFromName(j.value("table", "main"));
    r.protocol = *core::protocolFromName(j.value("protocol", "boot"));
    r.scope = *core::scopeFromName(j.value("scope", "global"));
    r.metric = j.value("metric", 0u);
    if (j.contains("gateway"))
        r.gateway = address(j["gateway"]);
    if (j.contains("via"))
        r.gateway = address(j["via"].at("host"));
    r.interface = j.value("dev", "");
    if (j.contains("prefsrc"))
        r.preferredSource = address(j["prefsrc"]);
    r.flags = ipFlags(j);
    for (const auto& h : j.value("nexthops", nlohmann::json::array())) {
        core::NextHop nh;
        if (h.contains("gateway"))
            nh.gateway = address(h["gateway"]);
        if (h.contains("via"))
            nh.gateway = address(h["via"].at("host"));
        nh.interface = h.value("dev", "");
        nh.weight = h.value("weight", 1);
        nh.flags = ipFlags(h);
        r.nexthops.push_back(nh);
    }
    return r;
}

std::multiset<std::string> keys(const core::RouteTable& t) {
    std::multiset<std::string> s;
    for (const auto& r : t.routes())
        s.insert(routeKey(r));
    return s;
}

/// Destinations of the routes with Splitroute's protocol.
std::set<std::string> ours(const core::RouteTable& t) {
    std::set<std::string> s;
    for (const auto& r : t.routes())
        if (r.protocol == core::proto::Splitroute)
            s.insert(r.destination.toString());
    return s;
}

std::string describe(const ApplyResult& r) {
    if (r.ok())
        return "ok, applied " + std::to_string(r.applied);
    return "applied " + std::to_string(r.applied) + ", failed at " +
           std::to_string(r.failure->index) + ": " + r.failure->error.message;
}

/// 10.128.0.0 + i as a host route.
std::string hostV4(std::uint32_t i) {
    return core::IpAddress::v4(0x0a800000u + i).toString() + "/32";
}

} // namespace

class TestNetlinkBackend : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testutil::Netns> m_ns;
    NetlinkBackend m_backend;

    core::RouteTable dump(const platform::ListOptions& options = {}) {
        auto t = m_backend.listRoutes(options);
        if (!t)
            qFatal("listRoutes: %s", t.error().message.c_str());
        return std::move(*t);
    }

private slots:
    void initTestCase() {
        if (auto why = testutil::netnsUnavailableReason(); !why.empty())
            QSKIP(why.c_str());
    }

    void init() {
        m_ns = std::make_unique<testutil::Netns>();
        QVERIFY2(m_ns->ok(), m_ns->error().c_str());
        QVERIFY2(m_ns->quietIpv6(), m_ns->error().c_str());
        for (const auto& cmd : std::vector<std::vector<std::string>>{
                 {"link", "add", "veth0", "type", "veth", "peer", "name", "veth1"},
                 {"link", "set", "veth0", "up"},
                 {"link", "set", "veth1", "up"},
                 {"addr", "add", "10.1.0.1/24", "dev", "veth0"},
                 {"addr", "add", "2001:db8:1::1/64", "dev", "veth0", "nodad"}})
            QVERIFY2(m_ns->ip(cmd), m_ns->error().c_str());
        QVERIFY2(m_ns->enter(), m_ns->error().c_str());
    }

    void cleanup() { m_ns.reset(); }

    void systemBackendIsNetlink() {
        auto b = platform::createSystemBackend();
        QVERIFY(b);
        QCOMPARE(b->name(), std::string("netlink"));
    }

    void dumpMatchesIp() {
        const std::vector<std::vector<std::string>> cmds{
            {"route", "add", "default", "via", "10.1.0.254"},
            {"route", "add", "10.2.0.0/16", "via", "10.1.0.2", "metric", "50"},
            {"route", "add", "blackhole", "10.3.0.0/16", "table", "100"},
            {"route", "add", "10.4.0.0/16", "nexthop", "via", "10.1.0.2", "weight", "2", "nexthop",
             "via", "10.1.0.3", "dev", "veth0", "onlink"},
            {"route", "add", "10.6.0.0/24", "dev", "veth0", "src", "10.1.0.1", "proto", "157",
             "table", "1000"},
            {"route", "add", "unreachable", "10.7.0.0/24", "metric", "7"},
            {"route", "add", "10.8.0.0/24", "via", "inet6", "2001:db8:1::2", "dev", "veth0"},
            {"route", "add", "2001:db8:9::/48", "via", "2001:db8:1::2"},
            {"route", "add", "2001:db8:8::/48", "nexthop", "via", "2001:db8:1::2", "nexthop", "via",
             "2001:db8:1::3", "weight", "3"},
            {"route", "add", "prohibit", "2001:db8:7::/48", "table", "100"},
            {"-6", "route", "add", "default", "via", "2001:db8:1::ff", "metric", "5"},
        };
        for (const auto& cmd : cmds)
            QVERIFY2(m_ns->ip(cmd), m_ns->error().c_str());
        // A few thousand more, so the dump spans many datagrams (the receiving thread runs
        // ahead of the parser and its ring of buffers wraps): IPv4 and IPv6, single and
        // multipath, several tables and metrics.
        std::string batch;
        for (int i = 0; i < 3000; ++i)
            batch += "route add 10." + std::to_string(100 + i / 250) + "." +
                     std::to_string(i % 250) + ".0/24 via 10.1.0." + std::to_string(2 + i % 5) +
                     " metric " + std::to_string(i % 4) + (i % 3 ? "" : " table 200") + "\n";
        for (int i = 0; i < 400; ++i)
            batch += "route add 10." + std::to_string(120 + i / 200) + "." +
                     std::to_string(i % 200) + ".0/24 nexthop via 10.1.0.2 " + "weight " +
                     std::to_string(1 + i % 3) + " nexthop via 10.1.0.3\n";
        for (int i = 0; i < 2000; ++i)
            batch += "route add 2001:db8:" + std::to_string(1000 + i) +
                     "::/48 via 2001:db8:1::" + std::to_string(2 + i % 5) + "\n";
        for (int i = 0; i < 400; ++i)
            batch += "route add 2001:db8:" + std::to_string(4000 + i) + "::/48 nexthop via " +
                     "2001:db8:1::2 nexthop via 2001:db8:1::3 weight 4\n";
        QVERIFY2(m_ns->ipBatch(batch), m_ns->error().c_str());

        core::RouteTable expected;
        for (auto [flag, family] : {std::pair{"-4", core::Family::V4}, {"-6", core::Family::V6}}) {
            std::string out;
            QVERIFY2(m_ns->ip({"-d", "-j", flag, "route", "show", "table", "all"}, &out),
                     m_ns->error().c_str());
            for (const auto& j : nlohmann::json::parse(out))
                expected.add(routeFromIp(j, family));
        }
        core::RouteTable got = dump();
        QVERIFY(got.size() > cmds.size());
        auto want = keys(expected);
        auto have = keys(got);
        for (const auto& k : want)
            QVERIFY2(have.count(k) == want.count(k), ("missing from our dump: " + k).c_str());
        for (const auto& k : have)
            QVERIFY2(want.count(k) == have.count(k), ("not in ip's dump: " + k).c_str());
        QCOMPARE(got.size(), expected.size());

        // The v4-via-v6 and multipath routes really came through with their next hops.
        auto via = got.find(prefix("10.8.0.0/24"));
        QCOMPARE(via.size(), std::size_t(1));
        QCOMPARE(via[0]->gateway, address("2001:db8:1::2"));
        auto mp = got.find(prefix("2001:db8:8::/48"));
        QCOMPARE(mp.size(), std::size_t(1));
        QCOMPARE(mp[0]->nexthops.size(), std::size_t(2));
        QCOMPARE(mp[0]->nexthops[1].weight, std::uint16_t(3));
        QVERIFY(mp[0]->nexthops[0].ifindex != 0);

        // Filters.
        auto v4 = dump({core::Family::V4, 0});
        for (const auto& r : v4.routes())
            QCOMPARE(r.family(), core::Family::V4);
        QCOMPARE(v4.size() + dump({core::Family::V6, 0}).size(), got.size());
        auto t100 = dump({core::Family::None, 100});
        QCOMPARE(t100.size(), std::size_t(2));
        QCOMPARE(dump({core::Family::V4, 200}).size(), std::size_t(1000));
        QCOMPARE(dump({core::Family::None, 200}).size(), std::size_t(1000));
        for (const auto& r : t100.routes())
            QCOMPARE(r.table, 100u);
        auto t1000 = dump({core::Family::V4, 1000});
        QCOMPARE(t1000.size(), std::size_t(1));
        QCOMPARE(t1000[0].preferredSource, address("10.1.0.1"));
        QCOMPARE(t1000[0].protocol, core::proto::Splitroute);
        QVERIFY(dump({core::Family::V4, 4242}).empty());
        QVERIFY(dump({core::Family::V6, 4242}).empty());
        QVERIFY(dump({core::Family::None, 4242}).empty());
    }

    void addAndDelete_data() {
        QTest::addColumn<QString>("dst");
        QTest::addColumn<QString>("gw");
        QTest::addColumn<QString>("dev");
        QTest::addColumn<uint>("table");
        QTest::addColumn<uint>("metric");
        QTest::newRow("v4 via gateway") << "10.20.0.0/16"
                                        << "10.1.0.2"
                                        << "veth0" << 254u << 0u;
        QTest::newRow("v4 on link, table 300") << "10.21.0.0/24"
                                               << ""
                                               << "veth0" << 300u << 10u;
        QTest::newRow("v4 default in table 7") << "0.0.0.0/0"
                                               << "10.1.0.9"
                                               << "" << 7u << 0u;
        QTest::newRow("v6 via gateway") << "2001:db8:20::/48"
                                        << "2001:db8:1::2"
                                        << "veth0" << 254u << 1024u;
        QTest::newRow("v6 on link, metric 7") << "2001:db8:21::/64"
                                              << ""
                                              << "veth0" << 254u << 7u;
    }
    void addAndDelete() {
        QFETCH(QString, dst);
        QFETCH(QString, gw);
        QFETCH(QString, dev);
        QFETCH(uint, table);
        QFETCH(uint, metric);
        core::Route r =
            route(dst.toStdString(), gw.toStdString(), dev.toStdString(), table, metric);

        core::ChangeSet add{{change(ChangeKind::Add, r)}};
        std::vector<std::pair<std::size_t, std::size_t>> progress;
        auto res = m_backend.apply(
            add, [&](std::size_t done, std::size_t total) { progress.emplace_back(done, total); });
        QVERIFY2(res.ok(), describe(res).c_str());
        QCOMPARE(res.applied, std::size_t(1));
        QCOMPARE(progress.back(), (std::pair<std::size_t, std::size_t>(1, 1)));

        const core::RouteTable after = dump({r.family(), table});
        auto found = after.find(r.destination);
        QCOMPARE(found.size(), std::size_t(1));
        const core::Route& got = *found[0];
        QCOMPARE(got.protocol, core::proto::Splitroute);
        QCOMPARE(got.gateway, r.gateway);
        QCOMPARE(got.metric, r.metric);
        QCOMPARE(got.interface.str(), std::string("veth0"));
        QVERIFY(got.ifindex != 0);

        // ip sees it too, with our protocol number.
        std::string out;
        QVERIFY(m_ns->ip({"-j", r.family() == core::Family::V4 ? "-4" : "-6", "route", "show",
                          "table", std::to_string(table), "proto", "157"},
                         &out));
        QCOMPARE(nlohmann::json::parse(out).size(), std::size_t(1));

        // Delete with what the dump gave us.
        res = m_backend.apply(core::ChangeSet{{change(ChangeKind::Delete, got)}});
        QVERIFY2(res.ok(), describe(res).c_str());
        QVERIFY(dump({r.family(), table}).find(r.destination).empty());
    }

    void multipath() {
        core::Route v4 = route("10.30.0.0/16", "", "", core::table::Main, 20);
        v4.scope = core::scope::Universe;
        v4.nexthops = {{address("10.1.0.2"), "veth0", 0, 1, 0},
                       {address("10.1.0.3"), "veth0", 0, 5, 0}};
        core::Route v6 = route("2001:db8:30::/48", "", "", core::table::Main, 1024);
        v6.nexthops = {{address("2001:db8:1::2"), "veth0", 0, 1, 0},
                       {address("2001:db8:1::3"), "veth0", 0, 2, 0}};
        auto res = m_backend.apply(
            core::ChangeSet{{change(ChangeKind::Add, v4), change(ChangeKind::Add, v6)}});
        QVERIFY2(res.ok(), describe(res).c_str());
        auto t = dump();
        for (const core::Route* want : {&v4, &v6}) {
            auto found = t.find(want->destination);
            QCOMPARE(found.size(), std::size_t(1));
            const core::Route& got = *found[0];
            QCOMPARE(got.protocol, core::proto::Splitroute);
            QCOMPARE(got.nexthops.size(), want->nexthops.size());
            for (std::size_t i = 0; i < got.nexthops.size(); ++i) {
                QCOMPARE(got.nexthops[i].gateway, want->nexthops[i].gateway);
                QCOMPARE(got.nexthops[i].weight, want->nexthops[i].weight);
                QCOMPARE(got.nexthops[i].interface.str(), std::string("veth0"));
            }
        }
        std::string out;
        QVERIFY(m_ns->ip({"-j", "route", "show", "10.30.0.0/16"}, &out));
        auto j = nlohmann::json::parse(out);
        QCOMPARE(j.at(0).at("nexthops").size(), std::size_t(2));
        QCOMPARE(j.at(0).at("nexthops").at(1).value("weight", 0), 5);

        res = m_backend.apply(
            core::ChangeSet{{change(ChangeKind::Delete, v6), change(ChangeKind::Delete, v4)}});
        QVERIFY2(res.ok(), describe(res).c_str());
        t = dump();
        QVERIFY(t.find(v4.destination).empty());
        QVERIFY(t.find(v6.destination).empty());
    }

    void errors_data() {
        QTest::addColumn<int>("failing");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("sysErrno");
        QTest::newRow("duplicate add (EEXIST)") << 0 << int(ErrorCode::Exists) << EEXIST;
        QTest::newRow("bad ifindex (ENODEV)") << 1 << int(ErrorCode::NoDevice) << ENODEV;
        QTest::newRow("gateway on no link (ENETUNREACH)")
            << 2 << int(ErrorCode::NetUnreachable) << ENETUNREACH;
        QTest::newRow("delete missing (ESRCH)") << 3 << int(ErrorCode::NotFound) << ESRCH;
        QTest::newRow("unknown interface name") << 4 << int(ErrorCode::NoDevice) << ENODEV;
        QTest::newRow("v6 duplicate add (EEXIST)") << 5 << int(ErrorCode::Exists) << EEXIST;
        QTest::newRow("v6 delete missing (ESRCH)") << 6 << int(ErrorCode::NotFound) << ESRCH;
        QTest::newRow("v6 bad ifindex (ENODEV)") << 7 << int(ErrorCode::NoDevice) << ENODEV;
        QTest::newRow("v6 gateway on no link (EHOSTUNREACH)")
            << 8 << int(ErrorCode::NetUnreachable) << EHOSTUNREACH;
    }
    void errors() {
        QFETCH(int, failing);
        QFETCH(int, code);
        QFETCH(int, sysErrno);
        const core::Route a = route("10.40.0.0/24", "10.1.0.2", "veth0");
        const core::Route b = route("2001:db8:40::/48", "2001:db8:1::2", "veth0", 254, 1024);
        const core::Route after = route("10.42.0.0/24", "10.1.0.2", "veth0");
        core::RouteChange bad;
        switch (failing) {
        case 0:
            bad = change(ChangeKind::Add, a);
            break;
        case 1: {
            core::Route r = route("10.41.0.0/24", "", "");
            r.ifindex = 9999;
            bad = change(ChangeKind::Add, r);
            break;
        }
        case 2:
            bad = change(ChangeKind::Add, route("10.41.0.0/24", "192.0.2.1", ""));
            break;
        case 3:
            bad = change(ChangeKind::Delete, route("10.41.0.0/24", "10.1.0.2", "veth0"));
            break;
        case 4:
            bad = change(ChangeKind::Add, route("10.41.0.0/24", "", "nope0"));
            break;
        case 5:
            bad = change(ChangeKind::Add, b);
            break;
        case 6:
            bad = change(ChangeKind::Delete, route("2001:db8:41::/48", "", "veth0", 254, 1024));
            break;
        case 7: {
            core::Route r = route("2001:db8:41::/48", "", "", 254, 1024);
            r.ifindex = 9999;
            bad = change(ChangeKind::Add, r);
            break;
        }
        case 8:
            bad = change(ChangeKind::Add,
                         route("2001:db8:41::/48", "2001:db8:99::1", "veth0", 254, 1024));
            break;
        }
        core::ChangeSet cs{{change(ChangeKind::Add, a), change(ChangeKind::Add, b), bad,
                            change(ChangeKind::Add, after)}};
        auto res = m_backend.apply(cs);
        QVERIFY(!res.ok());
        QCOMPARE(res.applied, std::size_t(2));
        QCOMPARE(res.failure->index, std::size_t(2));
        QCOMPARE(int(res.failure->error.code), code);
        QCOMPARE(res.failure->error.sysErrno, sysErrno);
        QVERIFY2(res.failure->error.message.find(bad.route.destination.toString()) !=
                     std::string::npos,
                 res.failure->error.message.c_str());
        // Exactly the first two took effect: the change after the failure was undone.
        QCOMPARE(ours(dump()), (std::set<std::string>{"10.40.0.0/24", "2001:db8:40::/48"}));
    }

    // Change 4999 of 10000 fails in the middle of a batch: exactly 0..4998 are in the table.
    void largeBatchMiddleFailure() {
        const std::uint32_t n = 10000, failing = 4999;
        QVERIFY(m_ns->ip({"route", "add", hostV4(failing), "dev", "veth0", "proto", "static"}));
        core::ChangeSet cs;
        for (std::uint32_t i = 0; i < n; ++i)
            cs.changes.push_back(change(ChangeKind::Add, route(hostV4(i), "", "veth0")));
        std::size_t lastDone = 0;
        bool monotonic = true;
        auto res = m_backend.apply(cs, [&](std::size_t done, std::size_t total) {
            monotonic = monotonic && done > lastDone && total == n;
            lastDone = done;
        });
        QVERIFY(!res.ok());
        QCOMPARE(res.failure->index, std::size_t(failing));
        QCOMPARE(res.applied, std::size_t(failing));
        QCOMPARE(res.failure->error.code, ErrorCode::Exists);
        QVERIFY(monotonic);
        QVERIFY(lastDone > 0 && lastDone <= failing);

        std::set<std::string> want;
        for (std::uint32_t i = 0; i < failing; ++i)
            want.insert(hostV4(i));
        auto t = dump({core::Family::V4, core::table::Main});
        auto have = ours(t);
        QCOMPARE(have.size(), want.size());
        QVERIFY(have == want);
        auto pre = t.find(prefix(hostV4(failing)));
        QCOMPARE(pre.size(), std::size_t(1));
        QCOMPARE(pre[0]->protocol, core::proto::Static);
    }

    // A delete fails in the middle of a batch: the later deletes of that batch are undone.
    void deleteBatchMiddleFailure() {
        const std::uint32_t n = 3000, failing = 1500;
        core::ChangeSet add;
        for (std::uint32_t i = 0; i < n; ++i)
            add.changes.push_back(change(ChangeKind::Add, route(hostV4(i), "", "veth0")));
        std::pair<std::size_t, std::size_t> last;
        auto res = m_backend.apply(add, [&](std::size_t d, std::size_t t) { last = {d, t}; });
        QVERIFY2(res.ok(), describe(res).c_str());
        QCOMPARE(res.applied, std::size_t(n));
        QCOMPARE(last, (std::pair<std::size_t, std::size_t>(n, n)));

        core::ChangeSet del;
        for (std::uint32_t i = 0; i < n; ++i)
            del.changes.push_back(
                change(ChangeKind::Delete, route(hostV4(i == failing ? n + 1 : i), "", "veth0")));
        res = m_backend.apply(del);
        QVERIFY(!res.ok());
        QCOMPARE(res.failure->index, std::size_t(failing));
        QCOMPARE(res.applied, std::size_t(failing));
        QCOMPARE(res.failure->error.code, ErrorCode::NotFound);
        std::set<std::string> want;
        for (std::uint32_t i = failing; i < n; ++i)
            want.insert(hostV4(i));
        QVERIFY(ours(dump()) == want);
    }

    // Two deletes of a long reordered run fail; the one the given order meets first is
    // reported, exactly the changes before it are in effect, progress never goes back.
    void reorderedRunFirstFailure_data() {
        QTest::addColumn<bool>("kernelOrder");
        QTest::newRow("kernel order") << true;
        QTest::newRow("given order") << false;
    }
    void reorderedRunFirstFailure() {
        QFETCH(bool, kernelOrder);
        const std::uint32_t n = 4000, first = 700, second = 2500;
        core::ChangeSet add, del;
        for (std::uint32_t i = 0; i < n; ++i) {
            const core::Route r = route(hostV4(i), "10.1.0.2", "veth0");
            if (i != first && i != second)
                add.changes.push_back(change(ChangeKind::Add, r));
            del.changes.push_back(change(ChangeKind::Delete, r));
        }
        // The kernel-order row really goes the reordered way (and then the resend).
        QVERIFY(!platform::rtnl::kernelOrder(del.changes, 0, n).at(0).order.empty());
        NetlinkBackend backend(NetlinkBackend::Options{64 * 1024, kernelOrder});
        auto res = backend.apply(add);
        QVERIFY2(res.ok(), describe(res).c_str());
        std::size_t lastDone = 0;
        res = backend.apply(del, [&](std::size_t done, std::size_t) { lastDone = done; });
        QVERIFY(!res.ok());
        QCOMPARE(res.failure->index, std::size_t(first));
        QCOMPARE(res.applied, std::size_t(first));
        QCOMPARE(res.unknownEnd, std::size_t(0));
        QCOMPARE(res.failure->error.code, ErrorCode::NotFound);
        QVERIFY(lastDone <= n); // what was in effect before the failure, at most
        std::set<std::string> want;
        for (std::uint32_t i = first + 1; i < n; ++i)
            if (i != second)
                want.insert(hostV4(i));
        QVERIFY(ours(dump()) == want);
    }

    // A long run of deletes in ascending order (as a planner writes them) goes through whole,
    // IPv4 and IPv6 alike.
    void reorderedDeletes() {
        core::ChangeSet add;
        for (std::uint32_t i = 0; i < 3000; ++i)
            add.changes.push_back(change(ChangeKind::Add, route(hostV4(i), "10.1.0.2", "veth0")));
        for (std::uint32_t i = 0; i < 1000; ++i)
            add.changes.push_back(
                change(ChangeKind::Add, route("2001:db8:" + std::to_string(5000 + i) + "::/48",
                                              "2001:db8:1::2", "veth0", core::table::Main, 1024)));
        auto res = m_backend.apply(add);
        QVERIFY2(res.ok(), describe(res).c_str());
        core::ChangeSet del;
        const core::RouteTable before = dump();
        for (const auto& r : before.routes())
            if (r.protocol == core::proto::Splitroute)
                del.changes.push_back(change(ChangeKind::Delete, r));
        QCOMPARE(del.changes.size(), std::size_t(4000));
        QVERIFY(!platform::rtnl::kernelOrder(del.changes, 0, 4000).at(0).order.empty());
        std::pair<std::size_t, std::size_t> last;
        res = m_backend.apply(del, [&](std::size_t d, std::size_t t) { last = {d, t}; });
        QVERIFY2(res.ok(), describe(res).c_str());
        QCOMPARE(res.applied, std::size_t(4000));
        QCOMPARE(last, (std::pair<std::size_t, std::size_t>(4000, 4000)));
        QVERIFY(ours(dump()).empty());
    }

    // A reordered run of deletes, then a change naming an unknown interface: the run took
    // effect, the failure is the unknown name.
    void unknownInterfaceAfterReorderedRun() {
        core::ChangeSet add, cs;
        for (std::uint32_t i = 0; i < 300; ++i) {
            add.changes.push_back(change(ChangeKind::Add, route(hostV4(i), "", "veth0")));
            cs.changes.push_back(change(ChangeKind::Delete, route(hostV4(i), "", "veth0")));
        }
        cs.changes.push_back(change(ChangeKind::Add, route("10.61.0.0/16", "", "nope0")));
        QVERIFY(!platform::rtnl::kernelOrder(cs.changes, 0, 300).at(0).order.empty());
        auto res = m_backend.apply(add);
        QVERIFY2(res.ok(), describe(res).c_str());
        res = m_backend.apply(cs);
        QVERIFY(!res.ok());
        QCOMPARE(res.applied, std::size_t(300));
        QCOMPARE(res.failure->index, std::size_t(300));
        QCOMPARE(res.failure->error.code, ErrorCode::NoDevice);
        QVERIFY(ours(dump()).empty());
    }

    void smallBatches() {
        // Many sendmsg() buffers of a few messages each: sequence numbers map back correctly.
        NetlinkBackend small(NetlinkBackend::Options{512});
        core::ChangeSet cs;
        for (std::uint32_t i = 0; i < 100; ++i)
            cs.changes.push_back(change(ChangeKind::Add, route(hostV4(i), "", "veth0")));
        cs.changes[57] = change(ChangeKind::Add, route(hostV4(3), "", "veth0"));
        int calls = 0;
        auto res = small.apply(cs, [&](std::size_t, std::size_t) { ++calls; });
        QCOMPARE(res.applied, std::size_t(57));
        QCOMPARE(res.failure->index, std::size_t(57));
        QVERIFY(calls > 5);
        QCOMPARE(ours(dump()).size(), std::size_t(57));
    }

    // Without CAP_NET_ADMIN reading works and changing fails with EPERM at change 0.
    void unprivileged() {
        pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            // Child, still in the namespace: drop root, then try.
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(10);
            NetlinkBackend b;
            auto table = b.listRoutes();
            if (!table || table->empty())
                _exit(11);
            auto links = b.listInterfaces();
            if (!links || links->empty())
                _exit(12);
            auto res = b.apply(core::ChangeSet{
                {change(ChangeKind::Add, route("10.60.0.0/16", "10.1.0.2", "veth0"))}});
            if (res.ok() || res.applied != 0 || res.failure->index != 0)
                _exit(13);
            if (res.failure->error.code != ErrorCode::PermissionDenied ||
                res.failure->error.sysErrno != EPERM)
                _exit(14);
            auto monitor = b.watch();
            _exit(monitor ? 0 : 15);
        }
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(ours(dump()).empty());
    }

    void listInterfaces() {
        QVERIFY(m_ns->ip({"tuntap", "add", "dev", "tun0", "mode", "tun"}));
        QVERIFY(m_ns->ip({"tuntap", "add", "dev", "tap0", "mode", "tap"}));
        QVERIFY(m_ns->ip({"link", "set", "veth1", "mtu", "1400"}));
        auto links = m_backend.listInterfaces();
        QVERIFY2(links.ok(), links ? "" : links.error().message.c_str());
        auto byName = [&](const std::string& name) -> const platform::InterfaceInfo* {
            for (const auto& l : *links)
                if (l.name == name)
                    return &l;
            return nullptr;
        };
        QCOMPARE(links->size(), std::size_t(5));
        const auto* lo = byName("lo");
        QVERIFY(lo);
        QCOMPARE(lo->kind, InterfaceKind::Loopback);
        QVERIFY(lo->up);
        QVERIFY(std::count(lo->addresses.begin(), lo->addresses.end(),
                           platform::InterfaceAddress{address("127.0.0.1"), 8}) == 1);
        const auto* veth0 = byName("veth0");
        QVERIFY(veth0);
        QCOMPARE(veth0->kind, InterfaceKind::Veth);
        QVERIFY(veth0->up);
        QCOMPARE(veth0->mtu, 1500u);
        const auto& a = veth0->addresses;
        QVERIFY(std::count(a.begin(), a.end(),
                           platform::InterfaceAddress{address("10.1.0.1"), 24}) == 1);
        QVERIFY(std::count(a.begin(), a.end(),
                           platform::InterfaceAddress{address("2001:db8:1::1"), 64}) == 1);
        QCOMPARE(byName("veth1")->mtu, 1400u);
        const auto* tun = byName("tun0");
        QVERIFY(tun);
        QCOMPARE(tun->kind, InterfaceKind::Tun);
        QVERIFY(!tun->up);
        QVERIFY(platform::isTunnelKind(tun->kind));
        QCOMPARE(byName("tap0")->kind, InterfaceKind::Tap);

        // Indexes agree with ip's.
        std::string out;
        QVERIFY(m_ns->ip({"-j", "link", "show"}, &out));
        for (const auto& j : nlohmann::json::parse(out)) {
            const auto* l = byName(j.at("ifname"));
            QVERIFY(l);
            QCOMPARE(l->index, j.at("ifindex").get<std::uint32_t>());
        }
    }
};

QTEST_APPLESS_MAIN(TestNetlinkBackend)
#include "TestNetlinkBackend.moc"
