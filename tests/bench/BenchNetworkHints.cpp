// SPDX-License-Identifier: GPL-3.0-or-later
// bench_networkhints: prints how long the Networks tab's core work takes on large inputs —
// the starting policy (SplitPolicy::fromProfileAndTable), core::NetworkHints' construction
// (effective segments of the table) and the hints and carriers of every rule — for a
// full-tunnel table with N random pushed IPv4 routes on tun0 (N = 1k, 10k, 100k) plus a home
// LAN. Figures only: nothing here asserts a time.

#include "core/RouteTable.h"
#include "core/plan/NetworkHints.h"
#include "core/plan/SplitPolicy.h"

#include <chrono>
#include <cstdio>
#include <random>

using namespace splitroute::core;

namespace {
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

Route route(const Prefix& dest, const char* gw, const char* dev, std::uint32_t metric = 0) {
    Route r;
    r.destination = dest;
    if (gw)
        r.gateway = *IpAddress::parse(gw);
    r.interface = dev;
    r.metric = metric;
    r.protocol = proto::Boot;
    return r;
}

RouteTable fullTunnel(std::size_t pushed, std::mt19937_64& rng) {
    RouteTable t;
    t.add(route(*Prefix::parse("0.0.0.0/0"), "192.168.1.1", "wlan0", 600));
    t.add(route(*Prefix::parse("0.0.0.0/1"), "10.8.0.1", "tun0"));
    t.add(route(*Prefix::parse("128.0.0.0/1"), "10.8.0.1", "tun0"));
    Route lan = route(*Prefix::parse("192.168.1.0/24"), nullptr, "wlan0", 600);
    lan.protocol = proto::Kernel;
    lan.scope = scope::Link;
    t.add(lan);
    t.add(route(*Prefix::parse("198.51.100.7/32"), "192.168.1.1", "wlan0"));
    for (std::size_t i = 0; i < pushed; ++i) {
        const auto v = static_cast<std::uint32_t>(rng());
        const int len = 16 + static_cast<int>(rng() % 17);
        t.add(route(Prefix(IpAddress::v4(v), len), "10.8.0.1", "tun0"));
    }
    return t;
}
} // namespace

int main() {
    std::mt19937_64 rng(42);
    std::printf("%8s %8s %12s %12s %12s %12s %10s\n", "routes", "rules", "policy ms", "segments ms",
                "hints ms", "carriers ms", "hinted");
    for (std::size_t n : {1000u, 10000u, 100000u}) {
        const RouteTable t = fullTunnel(n, rng);
        auto t0 = Clock::now();
        const SplitPolicy p = SplitPolicy::fromProfileAndTable(nullptr, t);
        const double policyMs = msSince(t0);
        t0 = Clock::now();
        const NetworkHints h(t);
        const double segMs = msSince(t0);
        t0 = Clock::now();
        const auto all = h.allHints(p);
        const double hintsMs = msSince(t0);
        std::size_t hinted = 0;
        for (const auto& hs : all)
            hinted += !hs.empty();
        t0 = Clock::now();
        std::size_t carriers = 0;
        for (const auto& r : p.rules)
            carriers += h.carriers(r).size();
        const double carriersMs = msSince(t0);
        std::printf("%8zu %8zu %12.1f %12.1f %12.1f %12.1f %10zu\n", t.size(), p.rules.size(),
                    policyMs, segMs, hintsMs, carriersMs, hinted);
        if (carriers == 0)
            return 1; // every rule has a route here
    }
    return 0;
}
