// SPDX-License-Identifier: GPL-3.0-or-later
// The system resolver: getaddrinfo, on Linux and (through Winsock) on Windows.
#include "platform/SystemResolver.h"

#include <algorithm>
#include <cstring>

#ifdef _WIN32
#include "platform/windows/WinHeaders.h"

#include <mutex>
#else
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace splitroute::platform {

namespace {
const char* resolverError(int rc) {
#ifdef _WIN32
    return gai_strerrorA(rc);
#else
    return gai_strerror(rc);
#endif
}
} // namespace

core::Result<std::vector<core::IpAddress>> resolveHost(const std::string& host) {
#ifdef _WIN32
    // Winsock needs WSAStartup first: done once, never undone (the process ends with it).
    static std::once_flag once;
    static int startup = 0;
    std::call_once(once, [] {
        WSADATA data{};
        startup = WSAStartup(MAKEWORD(2, 2), &data);
    });
    if (startup != 0)
        return core::makeError(core::ErrorCode::System,
                               "WSAStartup failed (" + std::to_string(startup) + ")");
#endif
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM; // one entry per address instead of one per socket type
    addrinfo* res = nullptr;
    const int rc = getaddrinfo(host.c_str(), nullptr, &hints, &res);
    if (rc != 0)
        return core::makeError(core::ErrorCode::NotFound, resolverError(rc));
    std::vector<core::IpAddress> out;
    for (addrinfo* ai = res; ai; ai = ai->ai_next) {
        if (ai->ai_family == AF_INET) {
            const auto* sin = reinterpret_cast<const sockaddr_in*>(ai->ai_addr);
            out.push_back(core::IpAddress::fromBytes(
                core::Family::V4, reinterpret_cast<const std::uint8_t*>(&sin->sin_addr)));
        } else if (ai->ai_family == AF_INET6) {
            const auto* sin6 = reinterpret_cast<const sockaddr_in6*>(ai->ai_addr);
            out.push_back(core::IpAddress::fromBytes(
                core::Family::V6, reinterpret_cast<const std::uint8_t*>(&sin6->sin6_addr)));
        }
    }
    freeaddrinfo(res);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

core::Resolver systemResolver() {
    return [](const std::string& host) -> core::Result<std::vector<core::IpAddress>> {
        auto r = resolveHost(host);
        if (!r)
            return core::makeError(r.error().code,
                                   "cannot resolve " + host + ": " + r.error().message);
        return r;
    };
}

} // namespace splitroute::platform
