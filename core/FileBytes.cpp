// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FileBytes.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#ifndef _WIN32
#include <sys/stat.h>
#include <unistd.h>
#endif

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
    // Through a symbolic link: its target is rewritten, the link stays a link.
    fs::path target(path);
    if (fs::is_symlink(target, ec)) {
        target = fs::weakly_canonical(target, ec);
        if (ec)
            return makeError(ErrorCode::Io,
                             "cannot follow the link '" + path + "': " + ec.message(),
                             {path, 0, 0});
    }
    if (const fs::path dir = target.parent_path(); !dir.empty()) {
        fs::create_directories(dir, ec);
        if (ec)
            return makeError(ErrorCode::Io, "cannot create '" + dir.string() + "': " + ec.message(),
                             {path, 0, 0});
    }
    const std::string tmp = target.string() + ".splitroute-tmp";
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
#ifndef _WIN32
    // A file rewritten in place keeps its owner and group where we may give them (root
    // editing a user's profile); otherwise it becomes ours, as any new file.
    struct stat old {};
    if (::stat(target.c_str(), &old) == 0 && ::chown(tmp.c_str(), old.st_uid, old.st_gid) != 0 &&
        ::chown(tmp.c_str(), static_cast<uid_t>(-1), old.st_gid) != 0) {
        // neither: the new file keeps our owner and group
    }
#endif
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
