// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-wincheck: the Windows routing table and interfaces as JSON, read through the
// IP Helper backend, and a change watcher. Reads only; never changes a route.
//   splitroute-wincheck routes [--family inet|inet6] [--record FILE]
//   splitroute-wincheck interfaces
//   splitroute-wincheck owned [--record FILE]
//   splitroute-wincheck watch [--seconds N] [--record FILE]

#include "platform/windows/IpHelperBackend.h"
#include "platform/windows/IpHelperMonitor.h"
#include "platform/windows/WinUtil.h"

#include "core/RouteJson.h"

#include <charconv>
#include <cstdio>
#include <string>
#include <vector>

using namespace splitroute;

namespace {

void print(const nlohmann::json& j) {
    const std::string s = j.dump(2) + "\n";
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fflush(stdout);
}

int fail(const core::Error& e) {
    nlohmann::json j{{"error", core::errorCodeName(e.code)}, {"message", e.message}};
    if (e.sysErrno != 0)
        j["win32"] = e.sysErrno;
    const std::string s = j.dump() + "\n";
    std::fwrite(s.data(), 1, s.size(), stderr);
    return 1;
}

int usage() {
    std::fputs("usage: splitroute-wincheck routes [--family inet|inet6] [--record FILE]\n"
               "       splitroute-wincheck interfaces\n"
               "       splitroute-wincheck owned [--record FILE]\n"
               "       splitroute-wincheck watch [--seconds N] [--record FILE]\n",
               stderr);
    return 2;
}

nlohmann::json interfaceJson(const platform::InterfaceInfo& i) {
    nlohmann::json addrs = nlohmann::json::array();
    for (const auto& a : i.addresses)
        addrs.push_back(a.address.toString() + "/" + std::to_string(a.prefixLength));
    return {{"name", i.name}, {"index", i.index}, {"kind", platform::interfaceKindName(i.kind)},
            {"up", i.up},     {"mtu", i.mtu},     {"addresses", std::move(addrs)}};
}

int watch(platform::IpHelperBackend& backend, unsigned seconds) {
    auto monitor = backend.watch();
    if (!monitor)
        return fail(monitor.error());
    auto* m = static_cast<platform::IpHelperMonitor*>(monitor->get());
    const ULONGLONG end = GetTickCount64() + seconds * 1000ULL;
    for (;;) {
        const ULONGLONG now = GetTickCount64();
        if (now >= end)
            return 0;
        const DWORD w = WaitForSingleObject(m->eventHandle(), static_cast<DWORD>(end - now));
        if (w == WAIT_TIMEOUT)
            return 0;
        if (w != WAIT_OBJECT_0)
            return fail(platform::iphelper::win32Error(GetLastError(), "WaitForSingleObject"));
        auto events = m->readEvents();
        if (!events)
            return fail(events.error());
        for (const auto& ev : *events) {
            nlohmann::json j{{"event", platform::routeEventKindName(ev.kind)}};
            if (ev.kind == platform::RouteEvent::Kind::RouteAdded ||
                ev.kind == platform::RouteEvent::Kind::RouteRemoved)
                j["route"] = core::toJson(ev.route);
            else
                j["link"] = interfaceJson(ev.link);
            const std::string s = j.dump() + "\n";
            std::fwrite(s.data(), 1, s.size(), stdout);
        }
        std::fflush(stdout);
    }
}

} // namespace

int main() {
    int argc = 0;
    LPWSTR* argvW = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (!argvW)
        return fail(platform::iphelper::win32Error(GetLastError(), "CommandLineToArgvW"));
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.push_back(platform::win::toUtf8(argvW[i]));
    LocalFree(argvW);
    if (args.empty())
        return usage();

    const std::string command = args[0];
    std::wstring record;
    core::Family family = core::Family::None;
    unsigned seconds = 10;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--record" && hasValue) {
            record = platform::win::toWide(args[++i]);
        } else if (args[i] == "--family" && hasValue) {
            const std::string f = args[++i];
            if (f == "inet" || f == "4")
                family = core::Family::V4;
            else if (f == "inet6" || f == "6")
                family = core::Family::V6;
            else
                return usage();
        } else if (args[i] == "--seconds" && hasValue) {
            const std::string& v = args[++i];
            auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), seconds);
            if (ec != std::errc() || p != v.data() + v.size())
                return usage();
        } else {
            return usage();
        }
    }

    platform::IpHelperBackend backend(record);
    if (command == "routes") {
        platform::ListOptions opts;
        opts.family = family;
        auto table = backend.listRoutes(opts);
        if (!table)
            return fail(table.error());
        table->sortCanonical();
        print(core::toJson(*table));
        return 0;
    }
    if (command == "interfaces") {
        auto list = backend.listInterfaces();
        if (!list)
            return fail(list.error());
        nlohmann::json out = nlohmann::json::array();
        for (const auto& i : *list)
            out.push_back(interfaceJson(i));
        print(out);
        return 0;
    }
    if (command == "owned") {
        auto path = backend.ownedRouteStore().path();
        if (!path)
            return fail(path.error());
        auto rec = backend.ownedRouteStore().load();
        if (!rec)
            return fail(rec.error());
        print({{"path", platform::win::toUtf8(*path)}, {"record", rec->toJson()}});
        return 0;
    }
    if (command == "watch")
        return watch(backend, seconds);
    return usage();
}
