// SPDX-License-Identifier: GPL-3.0-or-later
// bench_keeper: how long splitroute-keeper takes to have a split back after the tunnel
// reconnects, for a 10-rule and a 10k-rule kept policy, in a network namespace of its own
// (the machine's own table is never touched).
//
//   sudo bench_keeper [--runs N]
//
// The namespace has eth0 (a veth, default route via 192.168.1.1) and tun0, a tun device this
// program opens (so it has carrier). A reconnect is what OpenVPN does: the device goes away
// (its routes with it), comes back, gets its address and 0.0.0.0/1 + 128.0.0.0/1 via
// 10.8.0.1. The policy is "other traffic local, N networks through the tunnel" (N = 10, and
// 10000 /24s that cannot be merged), so after each reconnect the keeper deletes the two halves
// and adds N routes into tun0. The Keeper runs on a thread with its real event loop (netlink
// monitor, debounce: 150 ms quiet, at most 600 ms). Restore time = from the last route of
// the reconnect to the table read back with all N routes and no halves (this thread polls
// every 2 ms; a 10k-route dump takes a few ms of that), and the keeper's own figure from its
// log line. Prints the median and max of --runs reconnects (default 5). BENCH_KEEPER_LOG=1
// prints the keeper's log (its transactions say where the time goes).

#include "NetnsFixture.h"

#include "core/RouteJson.h"
#include "core/plan/KeptPolicy.h"
#include "platform/keeper/Keeper.h"
#include "platform/linux/NetlinkBackend.h"

#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <regex>
#include <string>
#include <thread>
#include <vector>

using namespace splitroute;
using Clock = std::chrono::steady_clock;

namespace {

int openTun(const char* name) {
    int fd = ::open("/dev/net/tun", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ifreq ifr{};
    ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::strncpy(ifr.ifr_name, name, IFNAMSIZ - 1);
    if (::ioctl(fd, TUNSETIFF, &ifr) < 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty()      ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

bool die(const std::string& what) {
    std::fprintf(stderr, "bench_keeper: %s\n", what.c_str());
    return false;
}

bool benchOne(std::size_t rules, int runs) {
    testutil::Netns ns("sr-bench-keeper");
    if (!ns.ok() || !ns.enter())
        return die(ns.error());
    int tun = openTun("tun0");
    if (tun < 0)
        return die(std::string("cannot open tun0: ") + std::strerror(errno));
    auto tunnelUp = [&] {
        return ns.ip({"addr", "add", "10.8.0.2/24", "dev", "tun0"}) &&
               ns.ip({"link", "set", "tun0", "up"}) &&
               ns.ip({"route", "add", "0.0.0.0/1", "via", "10.8.0.1", "dev", "tun0", "proto",
                      "boot"}) &&
               ns.ip({"route", "add", "128.0.0.0/1", "via", "10.8.0.1", "dev", "tun0", "proto",
                      "boot"});
    };
    if (!ns.ip({"link", "add", "eth0", "type", "veth", "peer", "name", "eth1"}) ||
        !ns.ip({"addr", "add", "192.168.1.2/24", "dev", "eth0"}) ||
        !ns.ip({"link", "set", "eth0", "up"}) || !ns.ip({"link", "set", "eth1", "up"}) ||
        !ns.ip({"route", "add", "default", "via", "192.168.1.1"}) || !tunnelUp())
        return die(ns.error());

    char tmpl[] = "/tmp/sr-bench-keeper-XXXXXX";
    if (!::mkdtemp(tmpl))
        return die("mkdtemp");
    const std::string dir = tmpl;
    const std::string conf = dir + "/keep.d";
    std::filesystem::create_directory(conf);
    ::chmod(dir.c_str(), 0755);
    ::chmod(conf.c_str(), 0755);
    core::KeptPolicy kp;
    kp.name = "bench";
    kp.match = {core::KeptMatch::Kind::Device, "tun0"};
    kp.policy.other = core::OtherTraffic::Local;
    for (std::uint32_t i = 0; i < rules; ++i) {
        const std::uint32_t a = (100u << 24) + (64u << 16) + i * 512u;
        core::PolicyRule r;
        r.network = core::Prefix(core::IpAddress::v4(a), 24);
        r.mode = core::RuleMode::Tunnel;
        kp.policy.rules.push_back(r);
    }
    {
        std::ofstream f(conf + "/bench.json");
        f << kp.serialize();
    }
    ::chmod((conf + "/bench.json").c_str(), 0644);

    std::mutex logMutex;
    std::vector<double> keeperMs;
    const std::regex restored("re-applied bench on tun0: .*, ([0-9]+) ms after");
    platform::NetlinkBackend backend;
    platform::KeeperOptions o;
    o.configDir = conf;
    o.stateDir = dir + "/state";
    o.maxReapplies = 1000;
    platform::Keeper keeper(backend, o, [&](const std::string& m) {
        std::smatch sm;
        if (std::getenv("BENCH_KEEPER_LOG"))
            std::fprintf(stderr, "%s\n", m.c_str());
        if (std::regex_search(m, sm, restored)) {
            std::lock_guard<std::mutex> lock(logMutex);
            keeperMs.push_back(std::stod(sm[1]));
        }
    });
    const auto t0 = Clock::now();
    if (auto s = keeper.start(); !s)
        return die("keeper: " + s.error().message);
    std::printf("%zu rules: first apply (start, plan, journal, apply, verify) %.0f ms\n", rules,
                ms(Clock::now() - t0));
    const int stop = ::eventfd(0, EFD_CLOEXEC);
    std::thread loop([&] { keeper.run(-1, stop); }); // inherits this thread's namespace

    platform::NetlinkBackend reader;
    auto restoredNow = [&] {
        auto t = reader.listRoutes({core::Family::V4, core::table::Main});
        if (!t)
            return false;
        std::size_t ours = 0;
        bool halves = false;
        for (const auto& r : t->routes()) {
            ours +=
                r.protocol == core::proto::Splitroute && r.interface == std::string_view("tun0");
            halves = halves || r.destination.length() == 1;
        }
        return ours == rules && !halves;
    };
    std::vector<double> wall;
    for (int run = 0; run < runs; ++run) {
        std::this_thread::sleep_for(std::chrono::milliseconds(800)); // quiet between reconnects
        ::close(tun);                                                // the tunnel goes away
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        tun = openTun("tun0");
        if (tun < 0 || !tunnelUp())
            return die("reconnect: " + ns.error());
        const auto start = Clock::now();
        while (!restoredNow()) {
            if (Clock::now() - start > std::chrono::seconds(30))
                return die("not restored within 30 s");
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        wall.push_back(ms(Clock::now() - start));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const std::uint64_t one = 1;
    (void)!::write(stop, &one, sizeof one);
    loop.join();
    ::close(stop);
    ::close(tun);
    std::vector<double> own;
    {
        std::lock_guard<std::mutex> lock(logMutex);
        if (keeperMs.size() > 1)
            own.assign(keeperMs.end() - std::min<std::size_t>(keeperMs.size() - 1, runs),
                       keeperMs.end());
    }
    std::printf("%zu rules, %d reconnects: restored after the reconnect's last route in median "
                "%.0f ms, max %.0f ms (read back by this thread); keeper's own figure (last "
                "route change to split back) median %.0f ms, max %.0f ms\n",
                rules, runs, median(wall), *std::max_element(wall.begin(), wall.end()), median(own),
                own.empty() ? 0.0 : *std::max_element(own.begin(), own.end()));
    std::filesystem::remove_all(dir);
    ns.leave();
    return true;
}

} // namespace

int main(int argc, char** argv) {
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: bench_keeper [--runs N]\n");
            return 2;
        }
    }
    if (auto why = testutil::netnsUnavailableReason(); !why.empty()) {
        std::fprintf(stderr, "bench_keeper: skipped: %s\n", why.c_str());
        return 0;
    }
    if (::access("/dev/net/tun", R_OK | W_OK) != 0) {
        std::fprintf(stderr, "bench_keeper: skipped: no /dev/net/tun\n");
        return 0;
    }
    bool ok = benchOne(10, runs) && benchOne(10000, runs);
    return ok ? 0 : 1;
}
