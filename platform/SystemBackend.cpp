// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SystemBackend.h"

#if defined(__linux__)
#include "platform/linux/NetlinkBackend.h"
#elif defined(_WIN32)
#include "platform/windows/IpHelperBackend.h"
#endif

namespace splitroute::platform {

std::unique_ptr<RouteBackend> createSystemBackend() {
#if defined(__linux__)
    return std::make_unique<NetlinkBackend>();
#elif defined(_WIN32)
    return std::make_unique<IpHelperBackend>();
#else
    return nullptr;
#endif
}

} // namespace splitroute::platform
