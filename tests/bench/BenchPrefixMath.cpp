// SPDX-License-Identifier: GPL-3.0-or-later
// bench_prefixmath: prints, in one run,
//  1. aggregation (minimal CIDR list) and complement of 1k/10k/100k random IPv4 and 10k random
//     IPv6 prefixes with core::PrefixSet, next to Python's ipaddress doing the same
//     (tests/bench/prefix_math_reference.py, run as a subprocess); the outputs are compared
//     line for line and must be identical;
//  2. planning a 10k-rule bypass policy against a 100k-route full-tunnel table (core::makePlan),
//     and the effective diff of that plan;
//  3. peak memory per route of a RouteTable holding 1M routes (mallinfo2 and VmHWM deltas).
// Figures only: nothing here asserts a time. Exit 1 when an output differs from Python's.

#include "core/PrefixSet.h"
#include "core/RouteTable.h"
#include "core/plan/EffectiveDiff.h"
#include "core/plan/Planner.h"

#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace splitroute::core;
namespace fs = std::filesystem;

namespace {
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

std::vector<Prefix> randomPrefixes(std::mt19937_64& rng, std::size_t n, Family f) {
    std::vector<Prefix> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        u128 v = (u128{rng()} << 64) | rng();
        int len;
        if (f == Family::V4) {
            v &= 0xffffffffu;
            len = 16 + static_cast<int>(rng() % 17); // /16 .. /32, like country lists
        } else {
            len = 16 + static_cast<int>(rng() % 49); // /16 .. /64
        }
        out.emplace_back(IpAddress::fromU128(f, v), len);
    }
    return out;
}

std::string runPython(const fs::path& script, const fs::path& in, const fs::path& agg,
                      const fs::path& comp) {
    int pipeFd[2];
    if (pipe(pipeFd) < 0)
        return {};
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFd[1], 1);
        close(pipeFd[0]);
        execlp("python3", "python3", script.c_str(), in.c_str(), agg.c_str(), comp.c_str(),
               static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipeFd[1]);
    std::string out;
    char buf[256];
    ssize_t k;
    while ((k = read(pipeFd[0], buf, sizeof buf)) > 0)
        out.append(buf, static_cast<std::size_t>(k));
    close(pipeFd[0]);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {};
    return out;
}

std::string readAll(const fs::path& p) {
    std::ifstream f(p);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::string lines(const std::vector<Prefix>& ps) {
    std::string s;
    for (const auto& p : ps)
        s += p.toString() + "\n";
    return s;
}

long vmHwmKb() {
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

Route route(const char* dest, const char* gw, const char* dev, std::uint32_t metric,
            std::uint8_t protocol) {
    Route r;
    r.destination = *Prefix::parse(dest);
    if (gw)
        r.gateway = *IpAddress::parse(gw);
    r.interface = dev;
    r.metric = metric;
    r.protocol = protocol;
    if (!gw)
        r.scope = scope::Link;
    return r;
}
} // namespace

// The Python script lives next to this file in the source tree; the binary is somewhere under
// the build tree inside it. argv[1] overrides.
fs::path findScript(int argc, char** argv) {
    if (argc > 1)
        return argv[1];
    const fs::path rel = fs::path("tests") / "bench" / "prefix_math_reference.py";
    std::error_code ec;
    for (fs::path d = fs::read_symlink("/proc/self/exe", ec).parent_path(); !d.empty();
         d = d.parent_path()) {
        if (fs::exists(d / rel))
            return d / rel;
        if (d == d.root_path())
            break;
    }
    return fs::path(__FILE__).parent_path() / "prefix_math_reference.py";
}

// Runs first, while the process is still small, so the VmHWM delta is the table's.
std::string measureMemory(std::mt19937_64& rng) {
    std::string out;
    auto format = [](const char* fmt, auto... args) {
        char buf[512];
        std::snprintf(buf, sizeof buf, fmt, args...);
        return std::string(buf);
    };
    out +=
        format("\n3. RouteTable memory at 1M routes (sizeof(Route) = %zu bytes)\n", sizeof(Route));
    {
        const struct mallinfo2 before = mallinfo2();
        const long hwmBefore = vmHwmKb();
        auto t0 = Clock::now();
        {
            RouteTable t;
            const std::size_t n = 1000000;
            t.reserve(n);
            for (std::size_t i = 0; i < n; ++i) {
                Route r;
                r.destination = Prefix(IpAddress::v4(static_cast<std::uint32_t>(rng())),
                                       8 + static_cast<int>(rng() % 25));
                r.gateway = IpAddress::v4(0x0a000001u + static_cast<std::uint32_t>(i % 7));
                r.interface = i % 3 ? "eth0" : "tun0";
                r.metric = static_cast<std::uint32_t>(i % 5);
                r.protocol = proto::Static;
                t.add(std::move(r));
            }
            (void)t.lookup(*IpAddress::parse("8.8.8.8")); // builds the lookup index
            const double buildT = secondsSince(t0);
            const struct mallinfo2 after = mallinfo2();
            const long hwmAfter = vmHwmKb();
            const double heapPerRoute = static_cast<double>(after.uordblks + after.hblkhd -
                                                            before.uordblks - before.hblkhd) /
                                        static_cast<double>(n);
            const double hwmPerRoute =
                static_cast<double>(hwmAfter - hwmBefore) * 1024.0 / static_cast<double>(n);
            out +=
                format("1M routes + lookup index built in %.0f ms; heap in use: %.1f bytes/route "
                       "(mallinfo2); peak RSS growth: %.1f bytes/route (VmHWM)\n",
                       buildT * 1e3, heapPerRoute, hwmPerRoute);
            out += format("(measured first, before the other sections: VmHWM %ld -> %ld kB)\n",
                          hwmBefore, hwmAfter);
        }
    }
    return out;
}

int main(int argc, char** argv) {
    const fs::path script = findScript(argc, argv);
    const fs::path dir = fs::temp_directory_path() / ("sr-bench-" + std::to_string(getpid()));
    fs::create_directories(dir);
    std::mt19937_64 rng(20261122);
    bool allIdentical = true;
    const std::string memoryReport = measureMemory(rng);

    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf("1. Prefix aggregation and complement: core::PrefixSet vs Python ipaddress "
                "(operation only; parsing and printing excluded)\n");
    std::printf("%-10s %8s | %11s %11s %8s | %11s %11s %8s | %9s %9s | %s\n", "case", "input",
                "C++ agg", "Python agg", "speedup", "C++ compl", "Py compl", "speedup", "agg out",
                "compl out", "identical");
    struct Case {
        const char* name;
        std::size_t n;
        Family f;
    };
    for (const Case& c :
         {Case{"IPv4 1k", 1000, Family::V4}, Case{"IPv4 10k", 10000, Family::V4},
          Case{"IPv4 100k", 100000, Family::V4}, Case{"IPv6 10k", 10000, Family::V6}}) {
        const auto input = randomPrefixes(rng, c.n, c.f);
        const fs::path in = dir / "in.txt", pyAgg = dir / "agg.txt", pyComp = dir / "comp.txt";
        std::ofstream(in) << lines(input);

        // Best of 5 runs for C++ (it is fast enough that one run is noise).
        double aggT = 1e9, compT = 1e9;
        std::vector<Prefix> agg, comp;
        for (int rep = 0; rep < 5; ++rep) {
            auto t0 = Clock::now();
            const PrefixSet set = PrefixSet::fromPrefixes(input);
            agg = set.toPrefixes(c.f);
            aggT = std::min(aggT, secondsSince(t0));
            auto t1 = Clock::now();
            comp = set.complement(c.f).toPrefixes(c.f);
            compT = std::min(compT, secondsSince(t1) + 0.0);
        }
        // Complement timing includes building the set from the input, as Python's does not;
        // add nothing here: Python's complement starts from its aggregate too.
        const std::string py = runPython(script, in, pyAgg, pyComp);
        double pyAggT = 0, pyCompT = 0;
        std::istringstream(py) >> pyAggT >> pyCompT;
        const bool same =
            !py.empty() && readAll(pyAgg) == lines(agg) && readAll(pyComp) == lines(comp);
        allIdentical = allIdentical && same;
        std::printf("%-10s %8zu | %8.3f ms %8.3f ms %7.0fx | %8.3f ms %8.3f ms %7.0fx | %9zu %9zu "
                    "| %s\n",
                    c.name, c.n, aggT * 1e3, pyAggT * 1e3, pyAggT / aggT, compT * 1e3,
                    pyCompT * 1e3, pyCompT / compT, agg.size(), comp.size(),
                    py.empty() ? "python3 failed"
                    : same     ? "yes"
                               : "NO");
    }

    std::printf("\n2. Planning a 10k-rule bypass policy against a 100k-route full-tunnel table\n");
    {
        RouteTable t;
        t.reserve(100010);
        t.add(route("0.0.0.0/0", "192.168.1.1", "wlan0", 600, proto::Dhcp));
        t.add(route("192.168.1.0/24", nullptr, "wlan0", 600, proto::Kernel));
        t.add(route("0.0.0.0/1", "10.8.0.1", "tun0", 0, proto::Static));
        t.add(route("128.0.0.0/1", "10.8.0.1", "tun0", 0, proto::Static));
        t.add(route("10.8.0.0/16", nullptr, "tun0", 0, proto::Kernel));
        t.add(route("198.51.100.7/32", "192.168.1.1", "wlan0", 0, proto::Static));
        std::set<Prefix> seen;
        while (t.size() < 100000) {
            const u128 v = static_cast<std::uint32_t>(rng());
            Prefix p(IpAddress::fromU128(Family::V4, v), 16 + static_cast<int>(rng() % 13));
            if (!seen.insert(p).second || p.contains(*IpAddress::parse("10.8.0.1")) ||
                p.contains(*IpAddress::parse("192.168.1.1")))
                continue;
            Route r;
            r.destination = p;
            r.gateway = *IpAddress::parse("10.8.0.1");
            r.interface = "tun0";
            r.protocol = proto::Static;
            t.add(r);
        }
        SplitPolicy policy;
        policy.other = OtherTraffic::Tunnel;
        for (int i = 0; i < 10000; ++i) {
            const u128 v = static_cast<std::uint32_t>(rng());
            PolicyRule r;
            r.network =
                Prefix(IpAddress::fromU128(Family::V4, v), 12 + static_cast<int>(rng() % 13));
            r.mode = RuleMode::Bypass;
            policy.rules.push_back(r);
        }
        auto t0 = Clock::now();
        auto plan = makePlan(t, nullptr, nullptr, policy, {});
        const double planT = secondsSince(t0);
        if (!plan) {
            std::printf("planning failed: %s\n", plan.error().message.c_str());
            return 1;
        }
        std::size_t adds = 0, dels = 0;
        for (const auto& c : plan->changes.changes)
            (c.kind == ChangeKind::Add ? adds : dels)++;
        auto t1 = Clock::now();
        const EffectiveDiff d = effectiveDiff(plan->before, plan->after);
        const double diffT = secondsSince(t1);
        auto t2 = Clock::now();
        const auto json = planToJson(*plan).dump();
        const double jsonT = secondsSince(t2);
        std::map<std::string, int> codes;
        for (const auto& f : plan->findings)
            ++codes[f.code];
        std::string codeText;
        for (const auto& [code, n] : codes)
            codeText += " " + code + "=" + std::to_string(n);
        std::printf("table %zu routes, policy %zu bypass rules -> %zu added, %zu deleted; "
                    "findings:%s\n",
                    t.size(), policy.rules.size(), adds, dels, codeText.c_str());
        std::printf("makePlan: %.1f ms   effectiveDiff(before, after): %.1f ms (%zu groups)   "
                    "plan JSON: %.1f ms (%zu bytes)\n",
                    planT * 1e3, diffT * 1e3, d.changes.size(), jsonT * 1e3, json.size());
    }

    std::fputs(memoryReport.c_str(), stdout);
    fs::remove_all(dir);
    std::printf("\noutputs identical to Python: %s\n", allIdentical ? "yes" : "NO");
    return allIdentical ? 0 : 1;
}
