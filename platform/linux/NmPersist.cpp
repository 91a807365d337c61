// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/NmPersist.h"

#include "core/FileBytes.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using core::NmConnectionEdit;
using core::NmRole;
using core::NmRoutingSettings;
using core::Result;

namespace {

bool startsWith(const std::string& s, std::string_view prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool fileExists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

// The underlying connection: the one named, else the one active on the single device the
// plan's bypass routes use.
Result<NmConnectionInfo> findUnderlying(NmcliClient& nm, const NmPersistRequest& request,
                                        const core::NmTarget& target) {
    if (!request.underlying.empty())
        return nm.findConnection(request.underlying);
    if (target.bypassDevices.size() != 1) {
        std::string devs;
        for (const auto& d : target.bypassDevices)
            devs += (devs.empty() ? "" : ", ") + d;
        return makeError(ErrorCode::InvalidArgument,
                         "the plan's bypass routes leave through " + devs +
                             ", and they are written into one connection: which one is not "
                             "clear (name it" +
                             (request.underlyingHint.empty() ? std::string()
                                                             : " with " + request.underlyingHint) +
                             ")");
    }
    return nm.connectionOnDevice(*target.bypassDevices.begin());
}

Result<NmConnectionInfo> findVpn(NmcliClient& nm, const core::Plan& plan, const std::string& name) {
    if (name.empty())
        return nm.vpnForDevice(plan.tunnelDevice);
    auto vpn = nm.findConnection(name);
    if (!vpn)
        return vpn.error();
    if (vpn->type != "vpn" && vpn->type != "wireguard" && vpn->type != "tun")
        return makeError(ErrorCode::InvalidArgument,
                         "'" + vpn->name + "' is a " + vpn->type +
                             " connection; --nm names the VPN connection (vpn, wireguard)");
    auto owns = nm.ownsDevice(*vpn, plan.tunnelDevice);
    if (!owns)
        return owns.error();
    if (!*owns) {
        std::string there;
        if (auto other = nm.vpnForDevice(plan.tunnelDevice))
            there = "; the VPN on " + plan.tunnelDevice + " is '" + other->name + "'";
        return makeError(ErrorCode::InvalidArgument,
                         "'" + vpn->name + "' is not " +
                             (vpn->active ? "the connection" : "active") + " on " +
                             plan.tunnelDevice + ", the plan's tunnel device" + there +
                             " (connect it, or plan for its tunnel device)");
    }
    return vpn;
}

} // namespace

Result<NmPersistPreview> previewNmPersist(NmcliClient& nm, const core::Plan& plan,
                                          const NmPersistRequest& request,
                                          const std::string& stateDir) {
    if (plan.tunnelDevice.empty())
        return makeError(ErrorCode::InvalidArgument,
                         "the plan names no tunnel device, so no VPN connection can be found");
    auto vpn = findVpn(nm, plan, request.vpn);
    if (!vpn)
        return vpn.error();
    auto vpnSettings = nm.readSettings(vpn->uuid);
    if (!vpnSettings)
        return vpnSettings.error();
    auto target = core::nmTargetFromPlan(plan, *vpnSettings, NmRoutingSettings{});
    if (!target)
        return target.error();
    NmPersistPreview out;
    out.vpn = *vpn;
    out.edits = core::nmEdits(NmRole::Vpn, vpn->uuid, vpn->name, *vpnSettings, target->vpn);
    if (target->touchesUnderlying) {
        auto under = findUnderlying(nm, request, *target);
        if (!under)
            return under.error();
        if (under->uuid == vpn->uuid)
            return makeError(ErrorCode::InvalidArgument,
                             "the connection for bypass routes is the VPN connection itself");
        auto underSettings = nm.readSettings(under->uuid);
        if (!underSettings)
            return underSettings.error();
        target = core::nmTargetFromPlan(plan, *vpnSettings, *underSettings);
        if (!target)
            return target.error();
        auto more = core::nmEdits(NmRole::Underlying, under->uuid, under->name, *underSettings,
                                  target->underlying);
        out.edits.insert(out.edits.end(), more.begin(), more.end());
        out.underlying = *under;
    }
    out.backup = nmBackupPath(stateDir, vpn->uuid);
    out.persisted = fileExists(out.backup);
    return out;
}

Result<void> applyNmPersist(NmcliClient& nm, const NmPersistPreview& preview) {
    if (preview.persisted || fileExists(preview.backup))
        return makeError(ErrorCode::Exists, "a split is already persisted for '" +
                                                preview.vpn.name + "' (" + preview.backup +
                                                "); take it back first: splitroute-cli persist "
                                                "--undo --nm " +
                                                preview.vpn.uuid);
    if (preview.edits.empty())
        return {};
    if (auto w = writePrivateFile(preview.backup,
                                  core::nmBackupToJson(preview.vpn.uuid, preview.edits).dump(2));
        !w)
        return w.error();
    bool rolledBack = true;
    if (auto a = applyNmEdits(nm, preview.edits, false, &rolledBack); !a) {
        core::Error e = a.error();
        if (rolledBack) {
            std::remove(preview.backup.c_str());
        } else {
            // Some of the split stays written: the backup is what undo needs to take it back.
            e.message +=
                "; the values before are kept in " + preview.backup + ", and undo writes them back";
        }
        return e;
    }
    return {};
}

bool sameEdits(const std::vector<NmConnectionEdit>& a, const std::vector<NmConnectionEdit>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const NmConnectionEdit& x, const NmConnectionEdit& y) {
                          return x.role == y.role && x.uuid == y.uuid && x.changes == y.changes;
                      });
}

Result<NmUndoPreview> previewNmUndo(NmcliClient& nm, const std::string& vpnNameOrUuid,
                                    const std::string& stateDir) {
    auto vpn = nm.findConnection(vpnNameOrUuid);
    if (!vpn)
        return vpn.error();
    return previewNmUndo(nm, *vpn, stateDir);
}

Result<NmUndoPreview> previewNmUndo(NmcliClient& nm, const NmConnectionInfo& vpn,
                                    const std::string& stateDir) {
    NmUndoPreview out;
    out.vpn = vpn;
    out.backup = nmBackupPath(stateDir, vpn.uuid);
    if (!fileExists(out.backup))
        return makeError(ErrorCode::NotFound, "no persisted split for '" + vpn.name +
                                                  "': " + out.backup + " does not exist");
    auto text = core::readFileBytes(out.backup);
    if (!text)
        return text.error();
    auto edits = core::nmBackupFromJson(*text, out.backup);
    if (!edits)
        return edits.error();
    out.edits = std::move(*edits);
    // Values someone changed since: undo still writes the saved ones back, and says so.
    std::vector<std::string> connections;
    if (auto list = nm.listConnections(); list)
        for (const auto& c : *list)
            connections.push_back(c.uuid);
    else
        return list.error();
    // A connection deleted since has nothing to restore: its edits are left out, and said so.
    const auto gone = std::remove_if(out.edits.begin(), out.edits.end(), [&](const auto& e) {
        return std::find(connections.begin(), connections.end(), e.uuid) == connections.end();
    });
    for (auto it = gone; it != out.edits.end(); ++it)
        out.warnings.push_back("'" + it->name + "' (" + it->uuid +
                               ") no longer exists; its values are not restored");
    out.edits.erase(gone, out.edits.end());
    for (const auto& e : out.edits) {
        auto now = nm.readSettings(e.uuid);
        if (!now)
            return now.error();
        for (const auto& c : e.changes)
            if (const std::string* v = core::nmProperty(*now, c.property); v && *v != c.after)
                out.warnings.push_back("'" + e.name + "' " + c.property +
                                       " was changed since (now '" + *v + "', persisted '" +
                                       c.after + "'); restoring '" + c.before + "'");
    }
    return out;
}

Result<void> applyNmUndo(NmcliClient& nm, const NmUndoPreview& preview) {
    if (auto a = applyNmEdits(nm, preview.edits, true); !a)
        return a.error();
    std::remove(preview.backup.c_str());
    return {};
}

std::vector<std::string> reactivateNm(NmcliClient& nm, const std::vector<NmConnectionEdit>& edits,
                                      const NmConnectionInfo& vpn,
                                      std::vector<std::string>& warnings) {
    std::vector<std::string> done;
    const auto under = std::find_if(edits.begin(), edits.end(), [](const NmConnectionEdit& e) {
        return e.role == NmRole::Underlying;
    });
    if (under != edits.end()) {
        if (auto r = nm.activate(under->uuid); !r)
            warnings.push_back(r.error().message);
        else
            done.push_back(under->name);
    }
    if (auto r = nm.activate(vpn.uuid, vpn.type == "vpn" ? vpn.device : std::string()); !r)
        warnings.push_back(r.error().message);
    else
        done.push_back(vpn.name);
    return done;
}

std::string formatNmEdits(const std::vector<NmConnectionEdit>& edits, bool undo) {
    std::string out;
    auto line = [&](const NmConnectionEdit& e) {
        out += formatNmcliCall(e.modifyArgs(undo)) + "   # " + core::nmRoleName(e.role) + " '" +
               e.name + "'\n";
    };
    if (undo)
        std::for_each(edits.rbegin(), edits.rend(), line);
    else
        std::for_each(edits.begin(), edits.end(), line);
    return out;
}

bool nmErrorIsRequest(const core::Error& error) {
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::Exists:
    case ErrorCode::Unsupported:
    case ErrorCode::OutOfRange:
    case ErrorCode::HostBitsSet:
    case ErrorCode::Io: // the backup file could not be read
        return true;
    case ErrorCode::Parse: // a backup that does not read names its file; nmcli output does not
        return !error.where.file.empty();
    case ErrorCode::NotFound:
        return startsWith(error.message, "no NetworkManager connection") ||
               startsWith(error.message, "no active NetworkManager connection on") ||
               startsWith(error.message, "no active NetworkManager VPN connection") ||
               startsWith(error.message, "no persisted split");
    default:
        return false;
    }
}

std::vector<std::string> nmPersistedUuids(const std::string& stateDir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(stateDir, ec)) {
        const auto& p = entry.path();
        if (p.extension() == ".json" && entry.is_regular_file(ec))
            out.push_back(p.stem().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace splitroute::platform
