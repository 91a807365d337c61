// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IpAddress.h"
#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace splitroute::core {

/// Resolves a host name to addresses. core makes no OS calls: the caller injects the system
/// resolver (platform/SystemResolver.h) or a fixed map (tests). An empty function means "no
/// resolver".
using Resolver = std::function<Result<std::vector<IpAddress>>(const std::string& host)>;

} // namespace splitroute::core
