// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/HelperLocation.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#ifdef _WIN32
#include "platform/windows/HelperPipe.h"
#include "platform/windows/WinUtil.h"
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifndef SPLITROUTE_HELPER_INSTALL_PATH
#define SPLITROUTE_HELPER_INSTALL_PATH "/usr/libexec/splitroute/splitroute-helper"
#endif

namespace splitroute::platform {

namespace fs = std::filesystem;

#ifdef _WIN32

// On Windows the helper is installed next to the CLI (the zip holds them together), so that is
// where it is looked for; there is no build-tree rule.
std::string installedHelperPath() {
    return win::toUtf8(win::executableFolder() + L"\\splitroute-helper.exe");
}

HelperLocation locateHelper(const std::string& given) {
    HelperLocation loc;
    loc.path = given.empty() ? installedHelperPath() : given;
    loc.origin = given.empty() ? HelperLocation::Origin::Installed : HelperLocation::Origin::Given;
    return loc;
}

#else

namespace {

// The build directory when `dir`'s CMakeCache.txt is Splitroute's own build of exactly this
// directory (project(Splitroute) caches Splitroute_BINARY_DIR).
bool isSplitrouteBuildDir(const fs::path& dir) {
    std::ifstream cache(dir / "CMakeCache.txt");
    if (!cache)
        return false;
    const std::string want = "Splitroute_BINARY_DIR:STATIC=" + dir.string();
    std::string line;
    while (std::getline(cache, line))
        if (line == want)
            return true;
    return false;
}

// Root or we own it, and no one else may write to it.
std::string unsafeBecause(const fs::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0)
        return p.string() + " cannot be inspected";
    if (st.st_uid != 0 && st.st_uid != ::geteuid())
        return p.string() + " belongs to another user";
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return p.string() + " can be written by group or others";
    return {};
}

} // namespace

// Kept whole in the executable: tests/install/install-test.sh reads the path pkexec is given
// from the installed splitroute-cli, and a string built from immediates (what the optimizer
// makes of a literal copied into a std::string) would not be found there.
constexpr char kInstalledHelperPath[] = SPLITROUTE_HELPER_INSTALL_PATH;

std::string installedHelperPath() {
    const char* volatile path = kInstalledHelperPath;
    return path;
}

HelperLocation locateHelperFor(const std::string& executable, const std::string& installed,
                               const std::string& given) {
    HelperLocation loc;
    if (!given.empty()) {
        loc.path = given;
        loc.origin = HelperLocation::Origin::Given;
        return loc;
    }
    loc.path = installed;
    loc.origin = HelperLocation::Origin::Installed;
    if (executable.empty())
        return loc;
    std::error_code ec;
    // Executables sit one level below the build directory: BUILD/app/splitroute(-cli),
    // BUILD/tests/tst_…; the helper is BUILD/platform/helper/splitroute-helper.
    const fs::path build = fs::path(executable).parent_path().parent_path();
    if (build.empty() || !isSplitrouteBuildDir(build))
        return loc;
    const fs::path helper = build / "platform" / "helper" / "splitroute-helper";
    if (!fs::is_regular_file(helper, ec) || ::access(helper.c_str(), X_OK) != 0) {
        loc.note = "the build tree " + build.string() + " has no built helper";
        return loc;
    }
    for (const fs::path& p : {helper, helper.parent_path()}) {
        std::string why = unsafeBecause(p);
        if (!why.empty()) {
            loc.note = "not using the build tree's helper: " + why;
            return loc;
        }
    }
    loc.path = helper.string();
    loc.origin = HelperLocation::Origin::BuildTree;
    loc.buildDir = build.string();
    return loc;
}

HelperLocation locateHelper(const std::string& given) {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return locateHelperFor(ec ? std::string() : self.string(), installedHelperPath(), given);
}

#endif

const char* helperOriginName(HelperLocation::Origin origin) {
    switch (origin) {
    case HelperLocation::Origin::Installed:
        return "installed";
    case HelperLocation::Origin::BuildTree:
        return "build-tree";
    case HelperLocation::Origin::Given:
        return "given";
    }
    return "installed";
}

std::string describeHelperLocation(const HelperLocation& location) {
    switch (location.origin) {
    case HelperLocation::Origin::Installed:
        return "installed helper " + location.path +
               (location.note.empty() ? std::string() : " (" + location.note + ")");
    case HelperLocation::Origin::BuildTree:
        return "helper of the build tree " + location.buildDir + ": " + location.path;
    case HelperLocation::Origin::Given:
        return "helper " + location.path + " (given)";
    }
    return location.path;
}

} // namespace splitroute::platform
