// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the privileged helper's request handling — HelperService::handleLine, the
// one parser that reads a root process's input — on the simulated table of
// tests/data/helper/sim-table.json. Each input is a session: its lines are sent one by one
// after hello, then the client disconnects. Checked besides the sanitizers: every request gets
// exactly one response with its "ok", and after the disconnect nothing is pending and the
// table is as it was unless a transaction was confirmed.

#include "platform/SimulatedBackend.h"
#include "platform/helper/HelperService.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

using namespace splitroute;
using nlohmann::json;

namespace {

const json& fixture() {
    static const json table = [] {
        std::ifstream f(std::string(SPLITROUTE_TEST_DATA_DIR) + "/helper/sim-table.json");
        json j = json::parse(f, nullptr, false);
        if (j.is_discarded()) {
            std::fprintf(stderr, "fuzz_helper: cannot read sim-table.json\n");
            std::abort();
        }
        return j;
    }();
    return table;
}

const std::string& stateDir() {
    static const std::string dir = [] {
        char tmpl[] = "/tmp/fuzz-helper-XXXXXX";
        if (!::mkdtemp(tmpl))
            std::abort();
        return std::string(tmpl) + "/state";
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto backend = platform::SimulatedBackend::fromJson(fixture());
    if (!backend)
        std::abort();
    // Every session starts from nothing on disk.
    for (const char* f : {"/journal.json", "/last-applied.json"})
        ::unlink((stateDir() + f).c_str());
    platform::HelperOptions options;
    options.stateDir = stateDir();
    options.maxChanges = 1000;
    options.maxLineBytes = 1 << 20;
    options.netns = "net:[1]";
    std::size_t responses = 0;
    bool confirmed = false;
    platform::HelperService service(**backend, options, [&](const json& j) {
        if (j.contains("event"))
            return;
        ++responses;
        if (!j.contains("ok") || !j["ok"].is_boolean())
            std::abort();
        if (j["ok"] == true && j.value("confirmed", false))
            confirmed = true;
    });
    if (!service.start().ok())
        std::abort();
    const json before = (*backend)->toJson();
    const auto now = platform::HelperService::Clock::now();
    service.handleLine(R"({"id":0,"method":"hello","version":1})", now);
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::size_t requests = 1;
    while (!in.empty()) {
        const auto nl = in.find('\n');
        std::string_view line = in.substr(0, nl);
        in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
        service.handleLine(line, now);
        ++requests;
    }
    if (responses != requests)
        std::abort(); // one response per request
    service.shutdown("disconnect");
    if (service.hasPending())
        std::abort();
    if (!confirmed && (*backend)->toJson() != before)
        std::abort(); // an unconfirmed change outlived the disconnect
    return 0;
}
