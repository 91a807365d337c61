// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/RouteBackend.h"

#include <memory>

namespace splitroute::platform {

/// The backend for this machine's own routing table: NetlinkBackend on Linux. Returns null
/// on a system without one. The backend acts in the network namespace of the calling thread.
[[nodiscard]] std::unique_ptr<RouteBackend> createSystemBackend();

} // namespace splitroute::platform
