// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <string>

namespace splitroute::core {

/// The whole file as bytes. Errors name the file ("cannot open 'x'", "cannot read 'x'").
[[nodiscard]] Result<std::string> readFileBytes(const std::string& path);

} // namespace splitroute::core
