// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IpHelperConvert.h"

#include <string>

namespace splitroute::platform::win {

/// The file that records which routes Splitroute created on Windows, so that they, and only
/// they, can be removed later: %ProgramData%\Splitroute\owned-routes.json (format in
/// iphelper::OwnedRouteRecord). Windows has no free protocol number to mark a route with
/// (CreateIpForwardEntry2 routes are RouteProtocolNetMgmt, like `route add`), so the record
/// is the mark; a NetMgmt route whose (LUID, destination, next hop) is recorded is ours.
///
/// Written atomically: a temporary file in the same folder, flushed, then MoveFileExW with
/// MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH. The folder is created with a protected
/// DACL (SYSTEM and Administrators full control, Users read) so that an unprivileged user
/// cannot make the helper delete routes by editing the record. A folder that already exists
/// keeps the ACL it has.
class OwnedRouteStore {
public:
    /// path empty: the default path under %ProgramData%.
    explicit OwnedRouteStore(std::wstring path = {});

    /// %ProgramData%\Splitroute\owned-routes.json (SHGetKnownFolderPath(FOLDERID_ProgramData)).
    [[nodiscard]] static core::Result<std::wstring> defaultPath();

    /// The record; a missing file (or folder) is an empty record.
    [[nodiscard]] core::Result<iphelper::OwnedRouteRecord> load() const;
    [[nodiscard]] core::Result<void> save(const iphelper::OwnedRouteRecord& record) const;
    /// The file in use (resolves the default path on first use).
    [[nodiscard]] core::Result<std::wstring> path() const;

private:
    std::wstring m_path;
};

} // namespace splitroute::platform::win
