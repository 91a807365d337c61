// The kernel-friendly order of route changes (platform/linux/ChangeOrder.h): which stretches
// may be reordered and in what order. Pure: runs anywhere, root or not.

#include "TestUtil.h"

#include "platform/linux/ChangeOrder.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace splitroute;
using core::ChangeKind;
namespace rtnl = platform::rtnl;

namespace {

core::RouteChange change(ChangeKind kind, const std::string& dst, const std::string& gw = "") {
    core::RouteChange c;
    c.kind = kind;
    c.route.destination = *core::Prefix::parse(dst);
    if (!gw.empty())
        c.route.gateway = *core::IpAddress::parse(gw);
    c.route.interface = "veth0";
    c.route.protocol = core::proto::Splitroute;
    return c;
}

/// n IPv4 /24s from 16.0.0.0 up.
std::vector<core::RouteChange> v4Run(ChangeKind kind, std::uint32_t n, std::uint32_t from = 0) {
    std::vector<core::RouteChange> v;
    for (std::uint32_t i = from; i < from + n; ++i)
        v.push_back(change(kind,
                           core::Prefix(core::IpAddress::v4(0x10000000u + (i << 8)), 24).toString(),
                           "10.1.0.2"));
    return v;
}

bool isPermutation(const rtnl::OrderedSegment& s) {
    std::vector<std::size_t> sorted = s.order;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::size_t> want(s.end - s.begin);
    std::iota(want.begin(), want.end(), s.begin);
    return sorted == want;
}

std::string describe(const std::vector<rtnl::OrderedSegment>& segs) {
    std::string s;
    for (const auto& g : segs)
        s += "[" + std::to_string(g.begin) + "," + std::to_string(g.end) +
             (g.order.empty() ? " as given" : " ordered") + "] ";
    return s;
}

} // namespace

class TestChangeOrder : public QObject {
    Q_OBJECT

private slots:
    void shortRunsKeepTheirOrder() {
        auto changes = v4Run(ChangeKind::Add, 100);
        auto segs = rtnl::kernelOrder(changes, 0, changes.size());
        QCOMPARE(segs.size(), std::size_t(1));
        QVERIFY(segs[0].order.empty());
        QCOMPARE(segs[0].end, std::size_t(100));
        QVERIFY(rtnl::kernelOrder(changes, 0, 0).empty());
    }

    // 8 contiguous /24s: ascending order of the bit-reversed address is the bit-reversal
    // permutation of their positions.
    void ipv4IsSpreadOverTheAddressSpace() {
        auto changes = v4Run(ChangeKind::Add, 8);
        auto segs = rtnl::kernelOrder(changes, 0, changes.size(), 2);
        QCOMPARE(segs.size(), std::size_t(1));
        QCOMPARE(segs[0].order, (std::vector<std::size_t>{0, 4, 2, 6, 1, 5, 3, 7}));

        auto big = v4Run(ChangeKind::Delete, 5000);
        segs = rtnl::kernelOrder(big, 0, big.size());
        QCOMPARE(segs.size(), std::size_t(1));
        QVERIFY(isPermutation(segs[0]));
        // The first half of the order alternates between the two halves of the block.
        QVERIFY(segs[0].order[0] < 2500 && segs[0].order[1] >= 2500);
    }

    void ipv6IsAscending() {
        std::vector<core::RouteChange> changes;
        for (int i = 0; i < 300; ++i)
            changes.push_back(
                change(ChangeKind::Delete, "2001:db8:" + std::to_string(1000 + i) + "::/48"));
        std::mt19937 rng(3);
        std::shuffle(changes.begin(), changes.end(), rng);
        auto segs = rtnl::kernelOrder(changes, 0, changes.size());
        QCOMPARE(segs.size(), std::size_t(1));
        QVERIFY(isPermutation(segs[0]));
        for (std::size_t k = 1; k < segs[0].order.size(); ++k)
            QVERIFY(changes[segs[0].order[k - 1]].route.destination.address().toU128() <
                    changes[segs[0].order[k]].route.destination.address().toU128());
    }

    void mixedFamiliesIPv4First() {
        std::vector<core::RouteChange> changes;
        for (int i = 0; i < 4; ++i) {
            changes.push_back(
                change(ChangeKind::Add, "2001:db8:" + std::to_string(i + 1) + "::/48"));
            changes.push_back(change(ChangeKind::Add, "10." + std::to_string(i) + ".0.0/16"));
        }
        auto segs = rtnl::kernelOrder(changes, 0, changes.size(), 2);
        QCOMPARE(segs.size(), std::size_t(1));
        const auto& o = segs[0].order;
        for (std::size_t k = 0; k < 4; ++k)
            QCOMPARE(changes[o[k]].route.family(), core::Family::V4);
        QCOMPARE(std::vector<std::size_t>(o.begin() + 4, o.end()),
                 (std::vector<std::size_t>{0, 2, 4, 6}));
    }

    // Adds and deletes are never mixed; each run is a segment of its own.
    void runsOfOneKind() {
        auto changes = v4Run(ChangeKind::Delete, 300);
        auto adds = v4Run(ChangeKind::Add, 300, 1000);
        changes.insert(changes.end(), adds.begin(), adds.end());
        changes.push_back(change(ChangeKind::Delete, "10.0.0.0/8"));
        auto segs = rtnl::kernelOrder(changes, 0, changes.size());
        QCOMPARE(segs.size(), std::size_t(3));
        QCOMPARE(segs[0].end, std::size_t(300));
        QVERIFY(isPermutation(segs[0]));
        QCOMPARE(segs[1].begin, std::size_t(300));
        QCOMPARE(segs[1].end, std::size_t(600));
        QVERIFY(isPermutation(segs[1]));
        for (auto i : segs[1].order)
            QCOMPARE(changes[i].kind, ChangeKind::Add);
        QVERIFY(segs[2].order.empty());
        QCOMPARE(segs[2].begin, std::size_t(600));
    }

    // A route that covers another add's gateway may make it reachable: it keeps its place,
    // everything before it goes first and everything after it later.
    void gatewayCoverIsABarrier() {
        auto changes = v4Run(ChangeKind::Add, 300);
        auto later = v4Run(ChangeKind::Add, 400, 5000);
        for (auto& c : later)
            c.route.gateway = *core::IpAddress::parse("10.9.0.1");
        changes.push_back(change(ChangeKind::Add, "10.9.0.0/24"));
        changes.insert(changes.end(), later.begin(), later.end());
        auto segs = rtnl::kernelOrder(changes, 0, changes.size());
        QVERIFY2(segs.size() == 3, describe(segs).c_str());
        QCOMPARE(segs[0].end, std::size_t(300));
        QVERIFY(isPermutation(segs[0]));
        QCOMPARE(segs[1].begin, std::size_t(300));
        QCOMPARE(segs[1].end, std::size_t(301));
        QVERIFY(segs[1].order.empty());
        QCOMPARE(segs[2].begin, std::size_t(301));
        QVERIFY(isPermutation(segs[2]));

        // A multipath next hop counts as a gateway too; a cover of another family does not.
        changes = v4Run(ChangeKind::Add, 600);
        changes[5].route.gateway = {};
        changes[5].route.nexthops = {{*core::IpAddress::parse("16.0.200.1"), "veth0", 0, 1, 0}};
        changes.push_back(change(ChangeKind::Add, "::/0"));
        segs = rtnl::kernelOrder(changes, 0, changes.size());
        QVERIFY2(segs.size() == 3, describe(segs).c_str());
        QCOMPARE(segs[1].begin, std::size_t(200)); // 16.0.200.0/24 covers 16.0.200.1
        QCOMPARE(segs[1].end, std::size_t(201));
        QVERIFY(isPermutation(segs[2]));
        QVERIFY(!segs[2].order.empty());
    }

    void equalDestinationsKeepTheirOrder() {
        auto changes = v4Run(ChangeKind::Delete, 300);
        changes[250] = changes[10];
        changes[250].route.metric = 5;
        auto segs = rtnl::kernelOrder(changes, 0, changes.size());
        QCOMPARE(segs.size(), std::size_t(1));
        const auto& o = segs[0].order;
        auto at = [&](std::size_t i) {
            return std::find(o.begin(), o.end(), i) - o.begin();
        };
        QCOMPARE(at(10) + 1, at(250));
    }

    void subrange() {
        auto changes = v4Run(ChangeKind::Add, 1000);
        auto segs = rtnl::kernelOrder(changes, 100, 700);
        QCOMPARE(segs.size(), std::size_t(1));
        QCOMPARE(segs[0].begin, std::size_t(100));
        QCOMPARE(segs[0].end, std::size_t(700));
        QVERIFY(isPermutation(segs[0]));
    }
};

QTEST_APPLESS_MAIN(TestChangeOrder)
#include "TestChangeOrder.moc"
