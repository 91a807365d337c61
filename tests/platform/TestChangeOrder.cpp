// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel-friendly order of route deletions (platform/linux/ChangeOrder.h): which runs are
// reordered and in what order. Pure: runs anywhere, root or not.

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
        auto changes = v4Run(ChangeKind::Delete, 100);
        auto segs = rtnl::kernelOrder(changes, 0, changes.size());
        QCOMPARE(segs.size(), std::size_t(1));
        QVERIFY(segs[0].order.empty());
        QCOMPARE(segs[0].end, std::size_t(100));
        QVERIFY(rtnl::kernelOrder(changes, 0, 0).empty());
    }

    // Adds keep the given order however long the run: a table added in a scattered order is
    // slower to walk ever after.
    void addsKeepTheirOrder() {
        auto changes = v4Run(ChangeKind::Add, 5000);
        auto segs = rtnl::kernelOrder(changes, 0, changes.size());
        QCOMPARE(segs.size(), std::size_t(1));
        QVERIFY(segs[0].order.empty());
        QCOMPARE(segs[0].end, std::size_t(5000));
    }

    // IPv4 deletes go in a fixed order that is neither ascending nor descending and spreads
    // over the block: each quarter of the order holds some of every quarter of the block.
    void ipv4IsSpreadOverTheAddressSpace() {
        auto big = v4Run(ChangeKind::Delete, 5000);
        auto segs = rtnl::kernelOrder(big, 0, big.size());
        QCOMPARE(segs.size(), std::size_t(1));
        QVERIFY(isPermutation(segs[0]));
        QCOMPARE(rtnl::kernelOrder(big, 0, big.size())[0].order, segs[0].order); // fixed
        const auto& o = segs[0].order;
        std::size_t ascending = 0;
        for (std::size_t k = 1; k < o.size(); ++k)
            ascending += o[k] > o[k - 1];
        QVERIFY2(ascending > 2000 && ascending < 3000, std::to_string(ascending).c_str());
        for (std::size_t part = 0; part < 4; ++part) {
            int seen[4] = {};
            for (std::size_t k = part * 1250; k < (part + 1) * 1250; ++k)
                ++seen[o[k] / 1250];
            for (int q : seen)
                QVERIFY2(q > 200, std::to_string(q).c_str());
        }
    }

    // A run that is already in a good order is left alone: IPv4 shuffled, IPv6 ascending.
    // Descending IPv4 is as bad as ascending.
    void goodOrdersAreKept() {
        auto v4 = v4Run(ChangeKind::Delete, 3000);
        std::mt19937 rng(5);
        std::shuffle(v4.begin(), v4.end(), rng);
        auto segs = rtnl::kernelOrder(v4, 0, v4.size());
        QCOMPARE(segs.size(), std::size_t(1));
        QVERIFY(segs[0].order.empty());

        std::reverse(v4.begin(), v4.end());
        std::sort(v4.begin(), v4.end(), [](const auto& a, const auto& b) {
            return a.route.destination.address().toV4() > b.route.destination.address().toV4();
        });
        segs = rtnl::kernelOrder(v4, 0, v4.size());
        QVERIFY(isPermutation(segs[0]));

        std::vector<core::RouteChange> v6;
        for (int i = 0; i < 300; ++i)
            v6.push_back(
                change(ChangeKind::Delete, "2001:db8:" + std::to_string(1000 + i) + "::/48"));
        segs = rtnl::kernelOrder(v6, 0, v6.size());
        QVERIFY(segs[0].order.empty());
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
        for (int i = 4; i > 0; --i)
            changes.push_back(
                change(ChangeKind::Delete, "2001:db8:" + std::to_string(i) + "::/48"));
        for (int i = 0; i < 4; ++i)
            changes.push_back(change(ChangeKind::Delete, "10." + std::to_string(i) + ".0.0/16"));
        auto segs = rtnl::kernelOrder(changes, 0, changes.size(), 2);
        QCOMPARE(segs.size(), std::size_t(1));
        const auto& o = segs[0].order;
        QCOMPARE(o.size(), changes.size());
        for (std::size_t k = 0; k < 4; ++k)
            QCOMPARE(changes[o[k]].route.family(), core::Family::V4);
        QCOMPARE(std::vector<std::size_t>(o.begin() + 4, o.end()),
                 (std::vector<std::size_t>{3, 2, 1, 0}));
    }

    // Adds and deletes are never mixed; each run is a segment of its own.
    void runsOfOneKind() {
        auto changes = v4Run(ChangeKind::Delete, 300);
        auto adds = v4Run(ChangeKind::Add, 300, 1000);
        changes.insert(changes.end(), adds.begin(), adds.end());
        auto dels = v4Run(ChangeKind::Delete, 400, 5000);
        changes.insert(changes.end(), dels.begin(), dels.end());
        changes.push_back(change(ChangeKind::Add, "10.0.0.0/8"));
        auto segs = rtnl::kernelOrder(changes, 0, changes.size());
        QVERIFY2(segs.size() == 4, describe(segs).c_str());
        QCOMPARE(segs[0].end, std::size_t(300));
        QVERIFY(isPermutation(segs[0]));
        QCOMPARE(segs[1].begin, std::size_t(300));
        QCOMPARE(segs[1].end, std::size_t(600));
        QVERIFY(segs[1].order.empty());
        QCOMPARE(segs[2].begin, std::size_t(600));
        QCOMPARE(segs[2].end, std::size_t(1000));
        QVERIFY(isPermutation(segs[2]));
        QVERIFY(segs[3].order.empty());
        QCOMPARE(segs[3].begin, std::size_t(1000));
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
        auto changes = v4Run(ChangeKind::Delete, 1000);
        auto segs = rtnl::kernelOrder(changes, 100, 700);
        QCOMPARE(segs.size(), std::size_t(1));
        QCOMPARE(segs[0].begin, std::size_t(100));
        QCOMPARE(segs[0].end, std::size_t(700));
        QVERIFY(isPermutation(segs[0]));
    }
};

QTEST_APPLESS_MAIN(TestChangeOrder)
#include "TestChangeOrder.moc"
