// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FileBytes.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

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

Result<void> writeFileBytesAtomically(const std::string& path, std::string_view bytes,
                                      unsigned mode) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path target(path);
    if (const fs::path dir = target.parent_path(); !dir.empty()) {
        fs::create_directories(dir, ec);
        if (ec)
            return makeError(ErrorCode::Io, "cannot create '" + dir.string() + "': " + ec.message(),
                             {path, 0, 0});
    }
    const std::string tmp = path + ".splitroute-tmp";
    auto failed = [&](const std::string& what) -> Result<void> {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return makeError(ErrorCode::Io, "cannot write '" + path + "': " + what, {path, 0, 0});
    };
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f)
            return failed("cannot create " + tmp);
        fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::replace, ec);
        if (ec)
            return failed(ec.message());
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        f.close();
        if (!f)
            return failed("write failed");
    }
    fs::permissions(tmp, static_cast<fs::perms>(mode & 07777U), fs::perm_options::replace, ec);
    if (ec)
        return failed(ec.message());
    fs::rename(tmp, target, ec);
    if (ec)
        return failed(ec.message());
    return {};
}

unsigned existingFileMode(std::initializer_list<std::string> paths, unsigned fallback) {
    for (const std::string& p : paths) {
        std::error_code ec;
        const auto st = std::filesystem::status(p, ec);
        if (!ec && std::filesystem::exists(st))
            return static_cast<unsigned>(st.permissions()) & 07777U;
    }
    return fallback;
}

} // namespace splitroute::core
