// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Making a split permanent in NetworkManager, for both faces (splitroute-cli persist --nm and
// the window's Make Permanent dialog): find the two connections a plan concerns, turn the plan
// into nmcli edits (core/persist/NmSettings.h), save the previous values, write, and take it
// back from the saved values. Every step is a preview first (what will be run) and then the
// run, so a person sees exactly what changes before it does.

#include "core/Result.h"
#include "core/persist/NmSettings.h"
#include "core/plan/Planner.h"
#include "platform/linux/NmcliClient.h"

#include <optional>
#include <string>
#include <vector>

namespace splitroute::platform {

/// Which connections to write, as a person names them (name or UUID).
struct NmPersistRequest {
    /// The VPN connection; "" = the one active on the plan's tunnel device.
    std::string vpn;
    /// The connection bypass routes belong to; "" = the active one on their device.
    std::string underlying;
    /// How the caller lets a person name that connection ("--nm-underlying"), for messages.
    std::string underlyingHint;
};

/// What persisting a plan will do.
struct NmPersistPreview {
    NmConnectionInfo vpn;
    std::optional<NmConnectionInfo> underlying; ///< set when the plan has bypass routes
    /// The nmcli edits, VPN first; empty: NetworkManager already holds this split.
    std::vector<core::NmConnectionEdit> edits;
    std::string backup;     ///< where the previous values are saved (nmBackupPath)
    bool persisted = false; ///< `backup` exists: a split is already persisted for this VPN
};

/// Finds the connections and computes the edits; runs only reads. Errors: the VPN connection
/// unknown, not a VPN, or not the one on the plan's tunnel device; bypass routes on several
/// devices without `request.underlying`; a plan NetworkManager settings cannot express;
/// nmcli failing (see nmErrorIsRequest).
[[nodiscard]] core::Result<NmPersistPreview> previewNmPersist(NmcliClient& nm,
                                                              const core::Plan& plan,
                                                              const NmPersistRequest& request,
                                                              const std::string& stateDir);

/// Saves the previous values to preview.backup (0600), then runs the edits. Refused when a
/// split is already persisted (undo it first). When an edit fails, the earlier ones are rolled
/// back, the backup is removed and the error names the failing call; when the rollback fails
/// too, the backup stays (undo takes back what was written) and the error says so.
[[nodiscard]] core::Result<void> applyNmPersist(NmcliClient& nm, const NmPersistPreview& preview);

/// What undoing will do: the saved edits, run backwards with their previous values.
struct NmUndoPreview {
    NmConnectionInfo vpn;
    std::vector<core::NmConnectionEdit> edits; ///< as saved (modifyArgs(true) restores)
    std::string backup;
    /// Values changed since the split was written ("'corp' ipv4.routes was changed since …").
    std::vector<std::string> warnings;
};

/// Reads the backup of `vpnNameOrUuid` and the connections' current values. A connection
/// deleted since is left out with a warning. Errors: unknown connection, no backup
/// (ErrorCode::NotFound), a backup that does not read.
[[nodiscard]] core::Result<NmUndoPreview>
previewNmUndo(NmcliClient& nm, const std::string& vpnNameOrUuid, const std::string& stateDir);
/// The same for a connection already looked up.
[[nodiscard]] core::Result<NmUndoPreview>
previewNmUndo(NmcliClient& nm, const NmConnectionInfo& vpn, const std::string& stateDir);

/// Whether two edit lists write the same (what was shown is what would run).
[[nodiscard]] bool sameEdits(const std::vector<core::NmConnectionEdit>& a,
                             const std::vector<core::NmConnectionEdit>& b);

/// Writes the saved values back (the last edit first) and removes the backup.
[[nodiscard]] core::Result<void> applyNmUndo(NmcliClient& nm, const NmUndoPreview& preview);

/// Re-activates the changed underlying connection (if any), then the VPN on its base device:
/// NetworkManager applies a changed profile only on activation, and activating the
/// underlying connection takes down the VPN that runs over it. Returns the names activated;
/// failures are added to `warnings`.
[[nodiscard]] std::vector<std::string>
reactivateNm(NmcliClient& nm, const std::vector<core::NmConnectionEdit>& edits,
             const NmConnectionInfo& vpn, std::vector<std::string>& warnings);

/// One line per edit: "nmcli connection modify UUID PROP VALUE…   # vpn 'NAME'" (the undo
/// calls, last edit first, when `undo`).
[[nodiscard]] std::string formatNmEdits(const std::vector<core::NmConnectionEdit>& edits,
                                        bool undo);

/// Whether an error of this file is the request's (a connection that is not there or not the
/// right one, a plan NetworkManager cannot hold, a split already persisted) rather than
/// NetworkManager's (nmcli missing, NetworkManager not running, a refusal, a failed call).
[[nodiscard]] bool nmErrorIsRequest(const core::Error& error);

/// The VPN UUIDs that have a backup in `stateDir` (a split persisted and not undone).
[[nodiscard]] std::vector<std::string> nmPersistedUuids(const std::string& stateDir);

} // namespace splitroute::platform
