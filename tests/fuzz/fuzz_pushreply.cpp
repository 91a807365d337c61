// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PUSH_REPLY texts and OpenVPN client and server logs (each client of a
// server log by name), and applying the result to profiles with pull-filters and route-nopull.
#include "core/vpn/ProfileJson.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

using namespace splitroute::core;

namespace {

const std::vector<VpnProfile>& profiles() {
    static const std::vector<VpnProfile> ps = [] {
        std::vector<VpnProfile> out;
        for (const char* text :
             {"client\n", "client\nroute-nopull\n",
              "client\nallow-pull-fqdn\npull-filter accept \"route 10.\"\npull-filter ignore "
              "route\npull-filter reject \"redirect-gateway\"\n",
              "client\npull-filter ignore \"\"\n"}) {
            auto p = parseProfile(text, "p.ovpn");
            if (p)
                out.push_back(*p);
        }
        return out;
    }();
    return ps;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto& name : pushLogClients(text))
        (void)parsePushLog(text, name);
    auto reply = parsePushInput(text);
    if (!reply)
        return 0;
    for (const auto& p : profiles()) {
        auto res = applyPushReply(p, *reply);
        (void)pushResultToJson(*reply, res).dump();
        (void)profileToJson(res.effective).dump();
    }
    return 0;
}
