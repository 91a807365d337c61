// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the OpenVPN config lexer and profile parser (and what consumes a parsed
// profile: the JSON summary, push application, the server/CCD reader and AWS recognition).
#include "core/vpn/ProfileJson.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"
#include "core/vpn/ServerConfig.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace splitroute::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto profile = parseProfile(text, "fuzz.ovpn");
    if (!profile)
        return 0;
    (void)profileToJson(*profile).dump();
    static const PushReply reply = [] {
        auto r = parsePushReply("PUSH_REPLY,redirect-gateway def1 bypass-dhcp,route 10.0.0.0 "
                                "255.0.0.0,route-ipv6 2001:db8::/32,dhcp-option DNS 10.0.0.2,"
                                "route-gateway 10.8.0.1,topology subnet,ifconfig 10.8.0.2 "
                                "255.255.255.0,route intranet.example");
        return r ? *r : PushReply{};
    }();
    auto pushed = applyPushReply(*profile, reply);
    (void)profileToJson(pushed.effective).dump();
    // The same text as a server config, and as its own CCD file.
    auto server = parseServerConfig(text, "fuzz.conf", {{"client", std::string(text)}});
    (void)server;
    return 0;
}
