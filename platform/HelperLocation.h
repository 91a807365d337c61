// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which splitroute-helper the window and the CLI start when none is given: the one built
// next to them when they run from a build tree (scripts/run-demo.sh, a developer's build),
// else the installed one, the path the polkit action names.
//
// Security: a build tree belongs to the user who built it, so its helper is only as
// trustworthy as the programs in it. It is used only when the running executable itself is
// in that build tree (whoever can change the helper could change the caller too), the build
// directory is Splitroute's own (its CMakeCache.txt says so), and neither the helper nor its
// directory can be written by anyone but its owner, who must be root or the user running us.
// Through pkexec such a helper gets polkit's generic "run as the super user" prompt, which
// names its path (the org.splitroute.helper action covers the installed path only); see
// README "Changing routes: the helper".

#include <string>

namespace splitroute::platform {

/// A helper executable and why it was chosen.
struct HelperLocation {
    enum class Origin {
        Installed, ///< ${libexecdir}/splitroute/splitroute-helper
        BuildTree, ///< BUILD/platform/helper/splitroute-helper of the build we run from
        Given,     ///< named by the caller (--helper, HelperClientOptions::helperPath)
    };
    std::string path;
    Origin origin = Origin::Installed;
    std::string buildDir; ///< BuildTree: the build directory
    std::string note;     ///< why a build tree next to us was not used ("" when none was seen)
};

/// The helper to start: `given` when not empty, else the build tree's (see above) when the
/// running executable is in one, else the installed path.
[[nodiscard]] HelperLocation locateHelper(const std::string& given = {});

#ifndef _WIN32
/// locateHelper for a given executable path and installed path (for tests).
[[nodiscard]] HelperLocation locateHelperFor(const std::string& executable,
                                             const std::string& installed,
                                             const std::string& given = {});
#endif

/// "installed", "build-tree", "given" (JSON output).
[[nodiscard]] const char* helperOriginName(HelperLocation::Origin origin);

/// The installed helper's path, as configured (cmake/InstallDirs.cmake); on Windows the
/// splitroute-helper.exe next to the running executable.
[[nodiscard]] std::string installedHelperPath();

/// "installed helper /usr/libexec/…", "helper of the build tree /src/build/ci:
/// /src/build/ci/platform/helper/splitroute-helper", "helper /x/y (given)".
[[nodiscard]] std::string describeHelperLocation(const HelperLocation& location);

} // namespace splitroute::platform
