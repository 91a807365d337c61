// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows HelperClient and its pipe, run under Wine by scripts/cross-windows.sh:
//   - the pipe: random valid names, only the first instance can be created, one client at a
//     time (a second is refused), a client that is not the helper is refused, a helper whose
//     pipe already has a client gives up, the security descriptor names this user;
//   - command lines quoted the way the helper's runtime splits them;
//   - HelperClient against `splitroute-helper.exe --simulate` (never the real backend: under
//     Wine that is the host's routing table), started directly: apply + confirm (kept),
//     revert "last", apply left to the confirm deadline (reverted by the helper), and the
//     client gone with an apply pending (rolled back).
//
//   tst_windows_helperclient.exe HELPER_EXE SIM_TABLE_JSON
// (Unix paths are taken as Wine's Z: drive.)

#include "platform/HelperClient.h"
#include "platform/windows/HelperPipe.h"
#include "platform/windows/WinUtil.h"

#include "core/RouteJson.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>

using namespace splitroute;
using namespace splitroute::platform;
using nlohmann::json;

namespace {

int g_passed = 0;
int g_failed = 0;

bool check(bool ok, const std::string& what, const std::string& detail = {}) {
    if (ok) {
        ++g_passed;
        return true;
    }
    ++g_failed;
    std::printf("FAIL %s%s%s\n", what.c_str(), detail.empty() ? "" : ": ", detail.c_str());
    std::fflush(stdout);
    return false;
}

std::string windowsPath(std::string p) {
    if (!p.empty() && p[0] == '/') {
        for (char& c : p)
            if (c == '/')
                c = '\\';
        p = "Z:" + p;
    }
    return p;
}

std::string readText(const std::string& path) {
    std::ifstream f(std::filesystem::path(win::toWide(path)));
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream f(std::filesystem::path(win::toWide(path)), std::ios::binary | std::ios::trunc);
    f << text;
}

/// Whether the helper's table (as it lists it) has the test's route.
bool helperHasRoute(HelperClient& c) {
    auto t = c.listRoutes();
    if (!t)
        return false;
    for (const auto& r : t->routes())
        if (r.destination.toString() == "203.0.113.0/24")
            return true;
    return false;
}

/// The simulated table's route destinations (the file the helper writes back).
std::set<std::string> destinations(const std::string& simFile) {
    std::set<std::string> out;
    json j = json::parse(readText(simFile), nullptr, false);
    if (j.is_discarded())
        return out;
    for (const auto& r : j.value("routes", json::array()))
        out.insert(r.value("destination", std::string()));
    return out;
}

void pipeCases() {
    auto a = win::randomPipeName();
    auto b = win::randomPipeName();
    check(a.ok() && b.ok() && *a != *b, "two random pipe names differ");
    if (!a.ok())
        return;
    check(win::isValidPipeName(*a), "a random pipe name is valid", *a);
    for (const char* bad :
         {"", "splitroute-", "splitroute-0123456789abcdef0123456789ABCDEF",
          "splitroute-0123456789abcdef0123456789abcde",
          "splitroute-0123456789abcdef0123456789abcdef0", "other-0123456789abcdef",
          "splitroute-0123456789abcdef\\..\\0123456789ab"})
        check(!win::isValidPipeName(bad), std::string("pipe name refused: '") + bad + "'");

    auto sddl = win::pipeSecurityDescriptor();
    check(sddl.ok() && sddl->find(L"D:P(A;;GA;;;S-1-") != std::wstring::npos &&
              sddl->find(L"(A;;GA;;;BA)") != std::wstring::npos &&
              sddl->find(L"WD") == std::wstring::npos,
          "pipe DACL: protected, this user's SID and Administrators only",
          sddl.ok() ? win::toUtf8(*sddl) : sddl.error().message);

    auto server = win::createPipeServer(*a);
    if (!check(server.ok(), "create the pipe", server.ok() ? "" : server.error().message))
        return;
    auto again = win::createPipeServer(*a);
    check(!again.ok(), "a second server instance of the same name is refused");

    // A client that is not the helper: connects (one instance), but acceptHelper names the
    // helper process it expects and refuses this one. Our own process stands in as the
    // "helper" that never connects: the pseudo handle's id is ours, so use a child instead.
    auto first = win::openPipeClient(*a);
    check(first.ok(), "first client connects", first.ok() ? "" : first.error().message);
    auto accepted = win::acceptHelper(server->get(), nullptr, std::chrono::seconds(5));
    check(accepted.ok(), "accept the first client", accepted.ok() ? "" : accepted.error().message);
    auto second = win::openPipeClient(*a);
    check(!second.ok(), "a second client is refused while the first is connected");

    // Bytes both ways over the overlapped ends, and a read that times out.
    if (first.ok()) {
        char msg[] = "hello\n";
        DWORD err = 0;
        const DWORD put = win::pipeTransfer(first->get(), true, msg, 6, 5000, err);
        check(put == 6 && err == ERROR_SUCCESS, "client writes");
        char buf[16] = {};
        const DWORD got = win::pipeTransfer(server->get(), false, buf, sizeof buf, 5000, err);
        check(got == 6 && err == ERROR_SUCCESS && std::string(buf, got) == "hello\n",
              "server reads what the client wrote");
        const DWORD none = win::pipeTransfer(server->get(), false, buf, sizeof buf, 200, err);
        check(none == 0 && err == WAIT_TIMEOUT, "a read with nothing to read times out",
              std::to_string(err));
        first->reset();
        (void)win::pipeTransfer(server->get(), false, buf, sizeof buf, 5000, err);
        check(err == ERROR_BROKEN_PIPE || err == ERROR_PIPE_NOT_CONNECTED,
              "the server sees the client gone", std::to_string(err));
    }

    check(win::quoteArgument(L"plain") == L"plain", "quote: plain");
    check(win::quoteArgument(L"") == L"\"\"", "quote: empty");
    check(win::quoteArgument(L"a b") == L"\"a b\"", "quote: space");
    check(win::quoteArgument(L"C:\\dir with space\\") == L"\"C:\\dir with space\\\\\"",
          "quote: trailing backslash doubled");
    check(win::quoteArgument(L"say \"hi\"") == L"\"say \\\"hi\\\"\"", "quote: quotes escaped");
    check(win::quoteArgument(L"a\\\"b") == L"\"a\\\\\\\"b\"", "quote: backslash before quote");
}

/// A helper started on a pipe that already has its one client cannot connect and exits;
/// acceptHelper refuses a client that is not the process it started.
void squatterCases(const std::string& helper) {
    auto name = win::randomPipeName();
    if (!name)
        return;
    auto server = win::createPipeServer(*name);
    if (!check(server.ok(), "squatter: create the pipe"))
        return;
    auto squatter = win::openPipeClient(*name);
    check(squatter.ok(), "squatter: connects first");
    std::wstring cmd = win::quoteArgument(win::toWide(helper)) + L" --pipe " + win::toWide(*name) +
                       L" --allow-unprivileged --simulate Z:\\nonexistent.json";
    STARTUPINFOW si{};
    si.cb = sizeof si;
    PROCESS_INFORMATION pi{};
    if (!check(CreateProcessW(nullptr, cmd.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW,
                              nullptr, nullptr, &si, &pi) != 0,
               "squatter: start the helper"))
        return;
    CloseHandle(pi.hThread);
    win::UniqueHandle process(pi.hProcess);
    auto accepted = win::acceptHelper(server->get(), process.get(), std::chrono::seconds(60));
    check(!accepted.ok() && accepted.error().code == core::ErrorCode::PermissionDenied,
          "squatter: a client that is not the helper is refused",
          accepted.ok() ? "accepted" : accepted.error().message);
    check(WaitForSingleObject(process.get(), 60000) == WAIT_OBJECT_0,
          "squatter: the helper gives up");
    DWORD code = 0;
    GetExitCodeProcess(process.get(), &code);
    check(code != 0, "squatter: the helper exits with a failure", std::to_string(code));

    // A bad --pipe name: usage error (2) before anything else.
    std::wstring bad =
        win::quoteArgument(win::toWide(helper)) + L" --pipe ..\\evil --allow-unprivileged";
    if (CreateProcessW(nullptr, bad.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr,
                       nullptr, &si, &pi)) {
        CloseHandle(pi.hThread);
        WaitForSingleObject(pi.hProcess, 60000);
        GetExitCodeProcess(pi.hProcess, &code);
        CloseHandle(pi.hProcess);
        check(code == 2, "helper: a bad --pipe name is a usage error", std::to_string(code));
    }
}

core::ChangeSet addChange() {
    const json j = json::array({{{"op", "add"},
                                 {"route",
                                  {{"destination", "203.0.113.0/24"},
                                   {"gateway", "192.168.1.1"},
                                   {"interface", "eth0"},
                                   {"protocol", "splitroute"}}}}});
    auto cs = core::changeSetFromJson(j);
    check(cs.ok(), "the test's change set", cs.ok() ? "" : cs.error().message);
    return cs.ok() ? *cs : core::ChangeSet{};
}

struct Session {
    std::string dir;
    std::string sim;
    HelperClientOptions options(const std::string& helper) const {
        HelperClientOptions o;
        o.helperPath = helper;
        o.elevation = HelperClientOptions::Elevation::Direct;
        o.extraArgs = {"--simulate", sim, "--allow-unprivileged", "--state-dir", dir + "\\state"};
        o.timeout = std::chrono::seconds(60);
        o.discardStderr = true;
        return o;
    }
};

void clientCases(const std::string& helper, const std::string& simSource, const std::string& dir) {
    Session s{dir, dir + "\\table.json"};
    CreateDirectoryW(win::toWide(dir).c_str(), nullptr);
    const std::string original = readText(simSource);
    writeText(s.sim, original);
    const auto before = destinations(s.sim);
    check(!before.empty() && !before.count("203.0.113.0/24"), "client: the simulated table");

    { // apply, keep, then revert "last" from a second session
        HelperClient c(s.options(helper));
        auto hello = c.start();
        if (!check(hello.ok(), "client: hello", hello.ok() ? "" : hello.error().message))
            return;
        check(hello->value("backend", std::string()) == "simulated", "client: simulated backend",
              hello->dump());
        check(c.running() && c.pid() > 0, "client: helper running");
        std::size_t progressCalls = 0;
        auto r = c.apply(addChange(), 30, [&](std::size_t, std::size_t) { ++progressCalls; });
        check(r.ok() && r->ok, "client: apply", r.ok() ? r->body.dump() : r.error().message);
        auto tables = c.listRoutes();
        check(tables.ok(), "client: list routes", tables.ok() ? "" : tables.error().message);
        auto k = c.confirm(r.ok() ? r->body.value("transaction", std::uint64_t(0)) : 0);
        check(k.ok() && k->ok, "client: confirm (keep)",
              k.ok() ? k->body.dump() : k.error().message);
        auto st = c.status();
        check(st.ok(), "client: status", st.ok() ? st->dump() : st.error().message);
        check(c.close() == 0, "client: helper exits 0 after a kept apply");
    }
    check(destinations(s.sim).count("203.0.113.0/24") == 1, "client: kept route in the table");
    {
        HelperClient c(s.options(helper));
        auto hello = c.start();
        check(hello.ok(), "client: second session hello");
        auto r = c.revert("last");
        check(r.ok() && r->ok, "client: revert last", r.ok() ? r->body.dump() : r.error().message);
    }
    check(destinations(s.sim) == before, "client: revert last restores the table");

    { // not kept in time: the helper's deadline rolls back and says so
        HelperClient c(s.options(helper));
        check(c.start().ok(), "client: timeout session hello");
        auto r = c.apply(addChange(), 2);
        check(r.ok() && r->ok, "client: apply with a 2 s deadline");
        check(helperHasRoute(c), "client: applied before the deadline");
        auto ev = c.waitEvent(std::chrono::seconds(20));
        check(ev.ok() && ev->has_value() && (**ev).value("event", "") == "reverted" &&
                  (**ev).value("reason", "") == "timeout",
              "client: reverted at the deadline",
              ev.ok() && ev->has_value() ? (**ev).dump() : "no event");
        auto late = c.confirm();
        check(late.ok() && !late->ok, "client: confirm after the deadline is refused");
    }
    check(destinations(s.sim) == before, "client: the deadline restores the table");

    { // the client goes away with an apply pending: the helper rolls back
        HelperClient c(s.options(helper));
        check(c.start().ok(), "client: gone session hello");
        auto r = c.apply(addChange(), 300);
        check(r.ok() && r->ok, "client: apply left pending");
        check(helperHasRoute(c), "client: pending route applied");
        const int rc = c.close(std::chrono::seconds(60));
        check(rc == 0, "client: helper exits after its client is gone", std::to_string(rc));
    }
    check(destinations(s.sim) == before, "client: client gone restores the table");

    { // a helper path that is not there, and a relative one
        HelperClientOptions o = s.options(helper);
        o.helperPath = dir + "\\no-such-helper.exe";
        HelperClient c(o);
        auto r = c.start();
        check(!r.ok() && r.error().code == core::ErrorCode::NotFound, "client: missing helper");
        o.helperPath = "splitroute-helper.exe";
        HelperClient rel(o);
        auto rr = rel.start();
        check(!rr.ok() && rr.error().code == core::ErrorCode::InvalidArgument,
              "client: relative helper path refused");
    }
    { // a helper that exits at once (bad simulation file): a clear error, not a hang
        HelperClientOptions o = s.options(helper);
        o.extraArgs = {"--simulate", dir + "\\missing.json", "--allow-unprivileged"};
        HelperClient c(o);
        auto r = c.start();
        check(!r.ok() && r.error().message.find("exit") != std::string::npos,
              "client: a helper that fails at start says so",
              r.ok() ? "started" : r.error().message);
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::printf("usage: tst_windows_helperclient HELPER_EXE SIM_TABLE_JSON\n");
        return 2;
    }
    const std::string helper = windowsPath(argv[1]);
    const std::string sim = windowsPath(argv[2]);
    wchar_t base[MAX_PATH + 1] = {};
    GetTempPathW(MAX_PATH + 1, base);
    const std::string dir =
        win::toUtf8(base) + "splitroute-hc-" + std::to_string(GetCurrentProcessId());
    pipeCases();
    squatterCases(helper);
    clientCases(helper, sim, dir);
    std::printf("tst_windows_helperclient: %d passed, %d failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
