// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's named steps (core/plan/PlannerSteps.h), each on a small table written here:
// tunnel context, protect, claim map, decide ranges, targets, override on/off, emit and
// aggregate, reasons. TestPlanner checks the whole of makePlan on scenario tables.

#include "TestUtil.h"

#include "core/analyze/FindingCode.h"
#include "core/import/TableImport.h"
#include "core/plan/PlannerSteps.h"

#include <QTest>

using namespace splitroute::core;
using namespace splitroute::core::planner;

namespace {

// A laptop on wlan0 with a full-tunnel OpenVPN on tun0 (def1 halves, server host route).
constexpr const char* kFullTunnel = R"(default via 192.168.1.1 dev wlan0 proto dhcp metric 600
0.0.0.0/1 via 10.8.0.1 dev tun0
128.0.0.0/1 via 10.8.0.1 dev tun0
10.8.0.0/24 dev tun0 proto kernel scope link src 10.8.0.6
192.0.2.10 via 192.168.1.1 dev wlan0
192.168.1.0/24 dev wlan0 proto kernel scope link src 192.168.1.20 metric 600
)";

RouteTable ipTable(const char* text) {
    auto t = importTable(text, TableFormat::IpRoute, "test");
    if (!t)
        qFatal("%s", t.error().message.c_str());
    return std::move(t->table);
}

SplitPolicy policy(const char* json) {
    auto p = SplitPolicy::parse(json, "policy");
    if (!p)
        qFatal("%s", p.error().message.c_str());
    return std::move(p).value();
}

Prefix pfx(const char* s) {
    return *Prefix::parse(s);
}

u128 v4(const char* a) {
    return IpAddress::parse(a)->toU128();
}

QStringList prefixTexts(const std::vector<Prefix>& ps) {
    QStringList out;
    for (const auto& p : ps)
        out << QString::fromStdString(p.toString());
    return out;
}

QStringList setTexts(const PrefixSet& s) {
    return prefixTexts(s.toPrefixes(Family::V4));
}

QStringList codes(const std::vector<Finding>& fs) {
    QStringList out;
    for (const auto& f : fs)
        out << QString::fromStdString(f.code);
    return out;
}

QStringList changeTexts(const ChangeSet& cs) {
    QStringList out;
    for (const auto& c : cs.changes)
        out << QString::fromStdString((c.kind == ChangeKind::Add ? "+ " : "- ") +
                                      c.route.toString() + " [" + c.reason + "]");
    return out;
}

PrefixSet protectedSetOf(const std::vector<ProtectedItem>& prot) {
    std::vector<Prefix> ps;
    for (const auto& p : prot)
        ps.push_back(p.prefix);
    return PrefixSet::fromPrefixes(ps);
}

} // namespace

class TestPlannerSteps : public QObject {
    Q_OBJECT
private slots:
    void tunnelContextTakesParametersAndCurrentTable();
    void protectedRangesFromTableParametersAndProfile();
    void claimMapMergesAndReportsGaps();
    void decideRangesFirstRuleWins();
    void decideRangesFindings();
    void targetsSayWhenASideIsMissing();
    void overrideOnAndOff();
    void planFamilyAggregatesAndPicksTheCheaperStart();
    void reasonsNameTheRuleServed();
};

void TestPlannerSteps::tunnelContextTakesParametersAndCurrentTable() {
    const RouteTable base = ipTable(kFullTunnel);
    PlanParameters params;
    TunnelContext ctx = planTunnelContext(base, nullptr, base, params);
    QCOMPARE(ctx.tunnelDevice.str(), std::string("tun0"));
    QCOMPARE(ctx.tunnelGateway4.toString(), std::string("10.8.0.1"));
    QVERIFY(ctx.physicalDefault4);
    QCOMPARE(ctx.physicalDefault4->interface.str(), std::string("wlan0"));

    params.tunnelGateway4 = *IpAddress::parse("10.8.0.254");
    ctx = planTunnelContext(base, nullptr, base, params);
    QCOMPARE(ctx.tunnelGateway4.toString(), std::string("10.8.0.254"));

    // A predicted table without the physical default: the current table supplies it.
    const RouteTable predicted = ipTable("0.0.0.0/1 via 10.8.0.1 dev tun0\n"
                                         "128.0.0.0/1 via 10.8.0.1 dev tun0\n");
    const RouteTable current = ipTable("default via 192.168.1.1 dev wlan0\n");
    ctx = planTunnelContext(current, &predicted, predicted, {});
    QVERIFY(ctx.physicalDefault4);
    QCOMPARE(ctx.physicalDefault4->gateway.toString(), std::string("192.168.1.1"));
}

void TestPlannerSteps::protectedRangesFromTableParametersAndProfile() {
    const RouteTable base = ipTable(kFullTunnel);
    const TunnelContext ctx = planTunnelContext(base, nullptr, base, {});
    PlanParameters params;
    params.vpnDns = {*IpAddress::parse("10.8.0.53")};
    params.protectedPrefixes = {pfx("10.8.0.0/24")}; // same prefix as the tunnel subnet: one
    VpnProfile profile;
    profile.remotes.push_back({"198.51.100.1", {}, {}, {}});
    profile.remotes.push_back({"vpn.example.com", {}, {}, {}}); // a name: nothing to protect
    const auto prot = protectedRanges(base, ctx, params, &profile);
    QStringList got;
    for (const auto& p : prot)
        got << QString::fromStdString(p.prefix.toString() + " " + p.why);
    QCOMPARE(got, (QStringList{"10.8.0.0/24 a protected network", "10.8.0.53/32 a VPN DNS server",
                               "192.0.2.10/32 the route to the VPN server",
                               "198.51.100.1/32 the VPN server"}));
    // Without a tunnel, a host route is not "the route to the VPN server".
    const RouteTable plain = ipTable("default via 192.168.1.1 dev wlan0\n"
                                     "192.0.2.10 via 192.168.1.1 dev wlan0\n");
    QVERIFY(
        protectedRanges(plain, planTunnelContext(plain, nullptr, plain, {}), {}, nullptr).empty());
}

void TestPlannerSteps::claimMapMergesAndReportsGaps() {
    ClaimMap m;
    m.claim(Family::V4, v4("10.0.0.0"), v4("10.0.0.127"));
    m.claim(Family::V4, v4("10.0.1.0"), v4("10.0.1.255"));
    std::vector<Prefix> out;
    m.uncovered(Family::V4, v4("10.0.0.0"), v4("10.0.3.255"), out);
    QCOMPARE(prefixTexts(out), (QStringList{"10.0.0.128/25", "10.0.2.0/23"}));
    // Adjacent claims merge; the whole range is then claimed.
    m.claim(Family::V4, v4("10.0.0.128"), v4("10.0.0.255"));
    m.claim(Family::V4, v4("10.0.2.0"), v4("10.0.3.255"));
    out.clear();
    m.uncovered(Family::V4, v4("10.0.0.0"), v4("10.0.3.255"), out);
    QVERIFY(out.empty());
    // The families are separate, and the ends of the space work.
    out.clear();
    m.uncovered(Family::V6, 0, 15, out);
    QCOMPARE(prefixTexts(out), QStringList{"::/124"});
    m.claim(Family::V6, ~u128{0} - 1, ~u128{0});
    out.clear();
    m.uncovered(Family::V6, ~u128{0} - 3, ~u128{0}, out);
    QCOMPARE(prefixTexts(out), QStringList{"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/127"});
}

void TestPlannerSteps::decideRangesFirstRuleWins() {
    const RouteTable base = ipTable(kFullTunnel);
    const TunnelContext ctx = planTunnelContext(base, nullptr, base, {});
    const auto prot = protectedRanges(base, ctx, {}, nullptr);
    const SplitPolicy p = policy(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"network":"203.0.113.0/25","mode":"bypass"},
                 {"network":"203.0.113.0/24","mode":"tunnel"},
                 {"network":"198.51.100.0/24","mode":"as-pushed"},
                 {"network":"0.0.0.0/0","mode":"bypass"},
                 {"network":"0.0.0.0/0","mode":"tunnel"}]})");
    const RangeDecisions d = decideRanges(p, base, ctx, prot, protectedSetOf(prot), {});
    QCOMPARE(setTexts(d.bypass), QStringList{"203.0.113.0/25"});
    QCOMPARE(setTexts(d.tunnel), QStringList{"203.0.113.128/25"});
    QCOMPARE(setTexts(d.asPushed), QStringList{"198.51.100.0/24"});
    QVERIFY(d.wantOverride[0].has_value());
    QCOMPARE(*d.wantOverride[0], false); // the first /0 rule decides
    QVERIFY(!d.wantOverride[1].has_value());
    QVERIFY(d.findings.empty());
}

void TestPlannerSteps::decideRangesFindings() {
    const RouteTable base = ipTable(kFullTunnel);
    const TunnelContext ctx = planTunnelContext(base, nullptr, base, {});
    const auto prot = protectedRanges(base, ctx, {}, nullptr);
    const SplitPolicy p = policy(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"network":"10.0.0.0/8","mode":"bypass"},
                 {"network":"10.1.0.0/16","mode":"tunnel"},
                 {"network":"127.0.0.0/8","mode":"bypass"},
                 {"host":"meet.example.com","mode":"bypass"}]})");
    const RangeDecisions d = decideRanges(p, base, ctx, prot, protectedSetOf(prot), {});
    // 10/8 bypass covers the tunnel's own subnet, which goes through the tunnel: left alone.
    // 10.1/16 is decided already; loopback is never a rule's, so no "shadowed" for it; the
    // host has no resolver here.
    QCOMPARE(codes(d.findings),
             (QStringList{findingcode::ProtectedOverlap, findingcode::RuleShadowed,
                          findingcode::HostUnresolved}));
    QVERIFY(!d.bypass.intersects(pfx("10.8.0.0/24")));
    QVERIFY(!d.bypass.intersects(pfx("127.0.0.1/32")));
    QCOMPARE(d.resolved.size(), std::size_t{1});
    QCOMPARE(d.resolved[0].error, std::string("no resolver available"));
}

void TestPlannerSteps::targetsSayWhenASideIsMissing() {
    // No physical default and no tunnel: bypass and tunnel rules cannot be met.
    const RouteTable base = ipTable("192.168.1.0/24 dev wlan0 proto kernel scope link\n");
    const TunnelContext ctx = planTunnelContext(base, nullptr, base, {});
    QVERIFY(!ctx.hasTunnel());
    const SplitPolicy p = policy(R"({"format":"splitroute-policy","version":1,"other":"local",
        "rules":[{"network":"203.0.113.0/24","mode":"bypass"},
                 {"network":"198.51.100.0/24","mode":"tunnel"}]})");
    const RangeDecisions d = decideRanges(p, base, ctx, {}, {}, {});
    Route hop;
    const FamilyTargets t = familyTargets(Family::V4, base, base, base, d, {}, ctx, hop);
    QCOMPARE(codes(t.findings), (QStringList{findingcode::NoPhysicalRoute, findingcode::NoTunnel}));
    // Gap-free over the family, and the bypass range has no hop to copy.
    QCOMPARE(t.targets.front().first, u128{0});
    QCOMPARE(t.targets.back().last, u128{0xffffffffu});
    for (std::size_t i = 1; i < t.targets.size(); ++i)
        QCOMPARE(t.targets[i].first, t.targets[i - 1].last + 1);
    for (const auto& s : t.targets)
        if (s.first <= v4("203.0.113.7") && v4("203.0.113.7") <= s.last)
            QVERIFY(s.hop == nullptr);
}

void TestPlannerSteps::overrideOnAndOff() {
    const RouteTable base = ipTable(kFullTunnel);
    const TunnelContext ctx = planTunnelContext(base, nullptr, base, {});
    Route hop;
    hop.interface = ctx.tunnelDevice;
    hop.gateway = ctx.tunnelGateway4;
    ChangeSet off;
    const RouteTable without = withOverride(base, Family::V4, false, ctx, hop, 0, off);
    QCOMPARE(off.size(), std::size_t{2});
    QCOMPARE(without.size(), base.size() - 2);
    QCOMPARE(off.changes[0].reason, std::string("all other traffic: local"));
    ChangeSet none;
    QCOMPARE(withOverride(base, Family::V4, true, ctx, hop, 0, none).size(), base.size());
    QVERIFY(none.changes.empty()); // already on: nothing to do

    PlanParameters tun0;
    tun0.tunnelDevice = "tun0";
    const TunnelContext noOverride = planTunnelContext(without, nullptr, without, tun0);
    ChangeSet on;
    const RouteTable again = withOverride(without, Family::V4, true, noOverride, hop, 0, on);
    QCOMPARE(changeTexts(on),
             (QStringList{"+ 0.0.0.0/1 via 10.8.0.1 dev tun0 proto splitroute [all other "
                          "traffic: tunnel]",
                          "+ 128.0.0.0/1 via 10.8.0.1 dev tun0 proto splitroute [all other "
                          "traffic: tunnel]"}));
    QCOMPARE(again.size(), base.size());
}

void TestPlannerSteps::planFamilyAggregatesAndPicksTheCheaperStart() {
    const RouteTable base = ipTable(kFullTunnel);
    const TunnelContext ctx = planTunnelContext(base, nullptr, base, {});
    const auto prot = protectedRanges(base, ctx, {}, nullptr);
    const PrefixSet protSet = protectedSetOf(prot);
    const RouteTable outside = outsideTable(base, base, nullptr, ctx);
    QCOMPARE(outside.size(), base.size() - 3); // the halves and the tunnel subnet are gone

    // Two adjacent bypass /25 rules: one /24 route (aggregation), override kept.
    SplitPolicy p = policy(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"network":"203.0.113.0/25","mode":"bypass"},
                 {"network":"203.0.113.128/25","mode":"bypass"}]})");
    RangeDecisions d = decideRanges(p, base, ctx, prot, protSet, {});
    std::vector<Finding> famFindings;
    auto c = planFamily(Family::V4, base, base, outside, d, protSet, ctx, p, {}, famFindings);
    QVERIFY(c.ok());
    QCOMPARE(changeTexts(c->fill),
             QStringList{"+ 203.0.113.0/24 via 192.168.1.1 dev wlan0 proto splitroute []"});
    QVERIFY(c->structural.changes.empty());
    QVERIFY(famFindings.empty());

    // "Everything local but one /24 through the tunnel" from a full tunnel: removing the
    // override and adding the /24 (3 changes) beats keeping it and bypassing the rest.
    p = policy(R"({"format":"splitroute-policy","version":1,"other":"local",
        "rules":[{"network":"10.20.0.0/16","mode":"tunnel"}]})");
    d = decideRanges(p, base, ctx, prot, protSet, {});
    c = planFamily(Family::V4, base, base, outside, d, protSet, ctx, p, {}, famFindings);
    QVERIFY(c.ok());
    QCOMPARE(changeTexts(c->fill),
             QStringList{"+ 10.20.0.0/16 via 10.8.0.1 dev tun0 proto splitroute []"});
    QCOMPARE(c->structural.size(), std::size_t{2});
    QVERIFY(c->findings.empty()); // the wanted start was the cheaper one
}

void TestPlannerSteps::reasonsNameTheRuleServed() {
    const RouteTable base = ipTable(kFullTunnel);
    const TunnelContext ctx = planTunnelContext(base, nullptr, base, {});
    const SplitPolicy p = policy(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
        "rules":[{"network":"203.0.113.0/24","label":"Video","mode":"tunnel"},
                 {"network":"203.0.0.0/16","label":"Wide","mode":"bypass"}]})");
    auto add = [](const char* dest, const char* dev) {
        RouteChange c;
        c.kind = ChangeKind::Add;
        c.route.destination = pfx(dest);
        c.route.interface = dev;
        return c;
    };
    ChangeSet cs;
    cs.changes = {add("203.0.113.0/25", "wlan0"), add("203.0.113.0/24", "tun0"),
                  add("198.51.100.0/24", "wlan0"), add("198.51.100.0/24", "tun0")};
    cs.changes.push_back(add("192.0.2.0/24", "wlan0"));
    cs.changes.back().reason = "given";
    attachReasons(cs, p, {}, ctx);
    QStringList reasons;
    for (const auto& c : cs.changes)
        reasons << QString::fromStdString(c.reason);
    // Same side of the tunnel first (the bypass rule "Wide" for a route outside it), else
    // the first rule that covers it; no rule: keep where it is; a reason given stays.
    QCOMPARE(reasons, (QStringList{"bypass: Wide", "tunnel: Video", "keep outside tunnel",
                                   "keep in tunnel", "given"}));
}

QTEST_APPLESS_MAIN(TestPlannerSteps)
#include "TestPlannerSteps.moc"
