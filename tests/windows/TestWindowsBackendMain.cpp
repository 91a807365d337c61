// SPDX-License-Identifier: GPL-3.0-or-later
// Windows-only checks of the IP Helper backend that change nothing on the machine, run
// under Wine by scripts/cross-windows.sh: the owned-routes record file (atomic write, load,
// missing file), the monitor's start and stop, and apply() refusing changes before it
// touches the routing table. It never creates or deletes a route: under Wine that would be
// the host's table.

#include "platform/windows/IpHelperBackend.h"
#include "platform/windows/IpHelperMonitor.h"
#include "platform/windows/OwnedRouteStore.h"
#include "platform/windows/WinUtil.h"

#include <cstdio>
#include <string>

using namespace splitroute;
using namespace splitroute::platform;

namespace {

int g_passed = 0;
int g_failed = 0;

void check(bool ok, const std::string& what, const std::string& detail = {}) {
    if (ok) {
        ++g_passed;
        return;
    }
    ++g_failed;
    std::printf("FAIL %s%s%s\n", what.c_str(), detail.empty() ? "" : ": ", detail.c_str());
}

/// A fresh folder under %TEMP% for this run.
std::wstring tempFolder() {
    wchar_t base[MAX_PATH + 1] = {};
    const DWORD n = GetTempPathW(MAX_PATH + 1, base);
    if (n == 0 || n > MAX_PATH)
        return L".\\";
    return std::wstring(base) + L"splitroute-test-" + std::to_wstring(GetCurrentProcessId());
}

void removeTree(const std::wstring& dir) {
    for (const wchar_t* name :
         {L"\\Splitroute\\owned-routes.json", L"\\Splitroute\\owned-routes.json.tmp"})
        DeleteFileW((dir + name).c_str()); // missing files are fine
    RemoveDirectoryW((dir + L"\\Splitroute").c_str());
    RemoveDirectoryW(dir.c_str());
}

void storeCases(const std::wstring& dir) {
    if (!CreateDirectoryW(dir.c_str(), nullptr) && GetLastError() != ERROR_ALREADY_EXISTS) {
        check(false, "create temp folder");
        return;
    }
    const std::wstring file = dir + L"\\Splitroute\\owned-routes.json";
    win::OwnedRouteStore store(file);

    auto empty = store.load();
    check(empty.ok() && empty->routes().empty(), "store: missing file is an empty record",
          empty.ok() ? "" : empty.error().message);

    iphelper::OwnedRouteRecord rec;
    rec.add({0x0006000001000000ULL, *core::Prefix::parse("203.0.113.0/24"),
             *core::IpAddress::parse("192.168.1.1"), "Ethernet"});
    rec.add({0x0006000003000000ULL, *core::Prefix::parse("8000::/1"), {}, "Wi-Fi ✓"});
    auto saved = store.save(rec);
    check(saved.ok(), "store: save creates the folder and the file",
          saved.ok() ? "" : saved.error().message);
    check(GetFileAttributesW((file + L".tmp").c_str()) == INVALID_FILE_ATTRIBUTES,
          "store: no temporary file left behind");

    auto loaded = store.load();
    check(loaded.ok() && loaded->routes() == rec.routes(), "store: load gives back what was saved",
          loaded.ok() ? "" : loaded.error().message);

    rec.remove(rec.routes()[0]);
    check(store.save(rec).ok(), "store: save replaces an existing file");
    loaded = store.load();
    check(loaded.ok() && loaded->routes().size() == 1 && loaded->routes()[0].alias == "Wi-Fi ✓",
          "store: replaced content, UTF-8 alias intact");

    // A corrupt record is an error naming the file, not an empty record.
    HANDLE h = CreateFileW(file.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h != INVALID_HANDLE_VALUE) {
        DWORD put = 0;
        const BOOL wrote = WriteFile(h, "{\"version\": 1", 13, &put, nullptr);
        CloseHandle(h);
        check(wrote != FALSE, "store: write corrupt file");
    }
    auto bad = store.load();
    check(!bad.ok() && bad.error().code == core::ErrorCode::Parse &&
              bad.error().where.file.find("owned-routes.json") != std::string::npos,
          "store: corrupt record is a parse error with the file name",
          bad.ok() ? "accepted" : bad.error().toString());
}

void applyRefusals(const std::wstring& dir) {
    // Each of these fails while resolving, before any CreateIpForwardEntry2 call.
    IpHelperBackend backend(dir + L"\\Splitroute\\apply-record.json");
    core::ChangeSet noSuchInterface;
    core::Route r;
    r.destination = *core::Prefix::parse("198.51.100.0/24");
    r.gateway = *core::IpAddress::parse("192.0.2.1");
    r.interface = "splitroute-test-no-such-interface";
    noSuchInterface.changes.push_back({core::ChangeKind::Add, r, "test"});
    ApplyResult res = backend.apply(noSuchInterface);
    check(!res.ok() && res.applied == 0 && res.failure->index == 0 &&
              res.failure->error.code == core::ErrorCode::NoDevice,
          "apply: unknown interface alias is NoDevice, nothing applied",
          res.ok() ? "applied" : res.failure->error.message);

    core::ChangeSet noInterface;
    core::Route onLink;
    onLink.destination = *core::Prefix::parse("198.51.100.0/24");
    noInterface.changes.push_back({core::ChangeKind::Add, onLink, "test"});
    res = backend.apply(noInterface);
    check(!res.ok() && res.applied == 0 &&
              res.failure->error.code == core::ErrorCode::InvalidArgument,
          "apply: on-link route without interface is InvalidArgument",
          res.ok() ? "applied" : res.failure->error.message);

    core::ChangeSet empty;
    res = backend.apply(empty);
    check(res.ok() && res.applied == 0, "apply: empty change set");
    check(GetFileAttributesW((dir + L"\\Splitroute\\apply-record.json").c_str()) ==
              INVALID_FILE_ATTRIBUTES,
          "apply: refused adds leave no record behind");
}

void monitorCase() {
    IpHelperBackend backend(L"unused-record.json");
    auto monitor = backend.watch();
    if (!monitor && monitor.error().code == core::ErrorCode::Unsupported) {
        std::printf("SKIP monitor: %s\n", monitor.error().message.c_str());
        return;
    }
    check(monitor.ok(), "monitor: NotifyRouteChange2 / NotifyIpInterfaceChange",
          monitor.ok() ? "" : monitor.error().message);
    if (!monitor)
        return;
    auto* m = static_cast<IpHelperMonitor*>(monitor->get());
    check(m->fd() == -1, "monitor: fd() is -1 on Windows");
    check(m->eventHandle() != nullptr, "monitor: event handle");
    // Nothing is changed by this test: the event is either not signalled, or the host had a
    // change of its own; readEvents() must work either way and reset the event.
    auto events = m->readEvents();
    check(events.ok(), "monitor: readEvents", events.ok() ? "" : events.error().message);
    monitor->reset(); // cancels both notifications outside any callback; must not hang
}

} // namespace

int main() {
    const std::wstring dir = tempFolder();
    storeCases(dir);
    applyRefusals(dir);
    monitorCase();
    removeTree(dir);
    std::printf("tst_windows_backend: %d passed, %d failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
