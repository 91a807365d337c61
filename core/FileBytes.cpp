// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FileBytes.h"

#include <fstream>
#include <sstream>

namespace splitroute::core {

Result<std::string> readFileBytes(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return makeError(ErrorCode::Io, "cannot open '" + path + "'", {path, 0, 0});
    std::ostringstream ss;
    ss << f.rdbuf();
    if (f.bad())
        return makeError(ErrorCode::Io, "cannot read '" + path + "'", {path, 0, 0});
    return ss.str();
}

} // namespace splitroute::core
