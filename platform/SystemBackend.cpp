#include "platform/SystemBackend.h"

#if defined(__linux__)
#include "platform/linux/NetlinkBackend.h"
#endif

namespace splitroute::platform {

std::unique_ptr<RouteBackend> createSystemBackend() {
#if defined(__linux__)
    return std::make_unique<NetlinkBackend>();
#else
    return nullptr;
#endif
}

} // namespace splitroute::platform
