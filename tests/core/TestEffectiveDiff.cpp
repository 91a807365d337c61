// SPDX-License-Identifier: GPL-3.0-or-later
// EffectiveDiff: grouping and summary on a real plan, and a randomized cross-check of the
// boundary sweep against RouteTable::lookup (fixed seed; any mismatch names the address).

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/plan/EffectiveDiff.h"
#include "core/plan/Segments.h"

#include <QTest>

#include <random>

using namespace splitroute::core;

namespace {
RouteTable load(const char* name) {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData(name)));
    if (!t)
        qFatal("%s", t.error().message.c_str());
    return std::move(t).value();
}

Route route(const char* dest, const char* gw, const char* dev, std::uint32_t metric = 0) {
    Route r;
    r.destination = *Prefix::parse(dest);
    if (gw)
        r.gateway = *IpAddress::parse(gw);
    r.interface = dev;
    r.metric = metric;
    return r;
}

RouteTable randomTable(std::mt19937& rng, int n, Family f) {
    RouteTable t;
    const char* devs[] = {"eth0", "tun0", "wlan0"};
    for (int i = 0; i < n; ++i) {
        const int bits = familyBits(f);
        int len = static_cast<int>(rng() % static_cast<unsigned>(bits + 1));
        if (f == Family::V6)
            len = static_cast<int>(rng() % 65);
        u128 v = (u128{rng()} << 96) | (u128{rng()} << 64) | (u128{rng()} << 32) | rng();
        if (f == Family::V4)
            v &= 0xffffffffu;
        Route r;
        r.destination = Prefix(IpAddress::fromU128(f, v), len);
        r.interface = devs[rng() % 3];
        r.metric = rng() % 3;
        r.table = rng() % 5 == 0 ? table::Local : table::Main;
        t.add(r);
    }
    return t;
}
} // namespace

class TestEffectiveDiff : public QObject {
    Q_OBJECT
private slots:
    void fullTunnelToSplit();
    void summaryEverythingExcept();
    void noChange();
    void segmentsMatchLookup_data();
    void segmentsMatchLookup();
    void lookupBeforeAfterHost();
};

void TestEffectiveDiff::fullTunnelToSplit() {
    const RouteTable before = load("plan/fulltunnel.json");
    RouteTable after = before;
    after.remove(route("0.0.0.0/1", "10.8.0.1", "tun0"), false);
    after.remove(route("128.0.0.0/1", "10.8.0.1", "tun0"), false);
    after.add(route("10.0.0.0/8", "10.8.0.1", "tun0"));
    const EffectiveDiff d = effectiveDiff(before, after);
    QCOMPARE(d.changes.size(), std::size_t{1});
    const HopChange& c = d.changes[0];
    QCOMPARE(c.family, Family::V4);
    QCOMPARE(c.from.text, std::string("via 10.8.0.1 dev tun0"));
    QCOMPARE(c.to.text, std::string("via 192.168.1.1 dev wlan0"));
    // Everything but 10/8 (in tunnel still) and the routes more specific than the halves.
    PrefixSet expect = PrefixSet{*Prefix::parse("0.0.0.0/0")}.subtracted(
        {*Prefix::parse("10.0.0.0/8"), *Prefix::parse("192.168.1.0/24"),
         *Prefix::parse("198.51.100.7/32")});
    QCOMPARE(PrefixSet::fromPrefixes(c.prefixes), expect);
    QVERIFY(c.mostOfFamily); // said as "all IPv4 traffic except" what stays in the tunnel
    QCOMPARE(c.except, std::vector<Prefix>{*Prefix::parse("10.0.0.0/8")});
    QCOMPARE(d.summary,
             std::string("all IPv4 traffic except 10.0.0.0/8 now leaves through wlan0 (was: "
                         "through tun0)"));
}

void TestEffectiveDiff::summaryEverythingExcept() {
    RouteTable before;
    before.add(route("0.0.0.0/0", "192.168.1.1", "wlan0"));
    RouteTable after = before;
    after.add(route("203.0.113.0/24", "10.8.0.1", "tun0"));
    after.add(route("203.0.114.0/24", "10.8.0.1", "tun0"));
    const EffectiveDiff d = effectiveDiff(before, after);
    QCOMPARE(d.summary, std::string("203.0.113.0/24, 203.0.114.0/24 now leave through tun0 "
                                    "(was: through wlan0)"));
    QVERIFY(!d.changes[0].mostOfFamily);
    QVERIFY(d.changes[0].except.empty());
    const auto j = toJson(d);
    QVERIFY(j["changes"][0]["toDevice"] == "tun0");
    QVERIFY(j["changes"][0]["prefixes"].size() == 2);
}

void TestEffectiveDiff::noChange() {
    const RouteTable t = load("plan/fulltunnel.json");
    RouteTable shuffled(std::vector<Route>(t.routes().rbegin(), t.routes().rend()));
    const EffectiveDiff d = effectiveDiff(t, shuffled);
    QVERIFY(d.empty());
    QCOMPARE(d.summary, std::string("no address changes its next hop"));
}

void TestEffectiveDiff::segmentsMatchLookup_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("family");
    for (int s = 1; s <= 4; ++s) {
        QTest::addRow("v4 seed %d", s) << s << 4;
        QTest::addRow("v6 seed %d", s) << s << 6;
    }
}

void TestEffectiveDiff::segmentsMatchLookup() {
    QFETCH(int, seed);
    QFETCH(int, family);
    const Family f = family == 4 ? Family::V4 : Family::V6;
    std::mt19937 rng(static_cast<unsigned>(seed));
    const RouteTable a = randomTable(rng, 300, f);
    const RouteTable b = randomTable(rng, 300, f);
    const auto segs = effectiveSegments(a, f);
    QCOMPARE(segs.front().first, u128{0});
    QCOMPARE(segs.back().last, familyLast(f));
    for (std::size_t i = 1; i < segs.size(); ++i)
        QCOMPARE(segs[i].first, segs[i - 1].last + 1);
    // Probe segment edges and random addresses.
    std::vector<u128> probes;
    for (const auto& s : segs) {
        probes.push_back(s.first);
        probes.push_back(s.last);
    }
    for (int i = 0; i < 2000; ++i)
        probes.push_back(f == Family::V4 ? u128{rng()}
                                         : (u128{rng()} << 96) | (u128{rng()} << 64) | rng());
    for (u128 v : probes) {
        const IpAddress addr = IpAddress::fromU128(f, v);
        auto it = std::upper_bound(segs.begin(), segs.end(), v,
                                   [](u128 x, const Segment& s) { return x < s.first; });
        --it;
        const Route* want = a.lookup(addr).chosen;
        if (it->route != want)
            qWarning("%s: sweep %s, lookup %s", addr.toString().c_str(),
                     it->route ? it->route->toString().c_str() : "none",
                     want ? want->toString().c_str() : "none");
        QVERIFY2(it->route == want, addr.toString().c_str());
    }
    // The diff's prefixes are exactly the addresses whose hop differs.
    const EffectiveDiff d = effectiveDiff(a, b);
    PrefixSet changed;
    for (const auto& c : d.changes)
        changed.add(PrefixSet::fromPrefixes(c.prefixes));
    for (u128 v : probes) {
        const IpAddress addr = IpAddress::fromU128(f, v);
        const bool differs = hopKeyOf(a.lookup(addr).chosen) != hopKeyOf(b.lookup(addr).chosen);
        QVERIFY2(differs == changed.contains(addr), addr.toString().c_str());
    }
}

void TestEffectiveDiff::lookupBeforeAfterHost() {
    const RouteTable before = load("plan/fulltunnel.json");
    RouteTable after = before;
    after.add(route("203.0.113.0/24", "192.168.1.1", "wlan0"));
    Resolver r = [](const std::string& h) -> Result<std::vector<IpAddress>> {
        if (h == "meet.example.com")
            return std::vector<IpAddress>{*IpAddress::parse("203.0.113.9"),
                                          *IpAddress::parse("2001:db8:abcd::9")};
        return makeError(ErrorCode::NotFound, "no such host");
    };
    auto l = lookupBeforeAfter(before, after, "meet.example.com", r);
    QVERIFY(l.ok());
    QCOMPARE(l->size(), std::size_t{2});
    QCOMPARE((*l)[0].before->interface.str(), std::string("tun0"));
    QCOMPARE((*l)[0].after->interface.str(), std::string("wlan0"));
    QVERIFY((*l)[0].changed());
    QVERIFY(!(*l)[1].changed());
    QVERIFY(!lookupBeforeAfter(before, after, "nowhere.example", r).ok());
    QVERIFY(!lookupBeforeAfter(before, after, "nowhere.example", {}).ok());
    auto direct = lookupBeforeAfter(before, after, "10.20.1.1", {});
    QVERIFY(direct.ok());
    QCOMPARE((*direct)[0].after->interface.str(), std::string("tun0"));
}

QTEST_APPLESS_MAIN(TestEffectiveDiff)
#include "TestEffectiveDiff.moc"
