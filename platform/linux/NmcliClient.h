// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// NetworkManager through its command-line client: list connections, read and write the
// routing settings of one, re-activate it, and rewrite a keyfile offline. Every call is an
// argument vector (no shell) given to a runner, so tests feed recorded outputs instead.

#include "core/Result.h"
#include "core/persist/NmSettings.h"

#include <functional>
#include <string>
#include <vector>

namespace splitroute::platform {

/// What one nmcli run gave back.
struct NmcliRun {
    bool started = false; ///< false: the program could not be run at all (see `out`)
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs `nmcli ARGS...` with `input` on its standard input.
using NmcliRunner =
    std::function<NmcliRun(const std::vector<std::string>& args, const std::string& input)>;

/// The real runner: nmcli from PATH (or $SPLITROUTE_NMCLI), run with Boost.Process under
/// LC_ALL=C.UTF-8 (so "yes"/"no" and messages are not translated), killed after 60 s.
[[nodiscard]] NmcliRunner systemNmcliRunner();

/// One connection as `nmcli connection show` lists it.
struct NmConnectionInfo {
    std::string name;
    std::string uuid;
    std::string type;   ///< "vpn", "wireguard", "802-3-ethernet", "802-11-wireless", ...
    std::string device; ///< "" when not active; for a VPN its base device (e.g. eth0)
    bool active = false;
    std::string serviceType; ///< vpn.service-type of a "vpn" connection
    friend bool operator==(const NmConnectionInfo&, const NmConnectionInfo&) = default;
};

/// Splits one line of `nmcli -t -e yes` output into its fields (":" separates, "\:" and "\\"
/// are a colon and a backslash inside a field).
[[nodiscard]] std::vector<std::string> splitNmcliTerse(std::string_view line);
/// Reads `nmcli -t -e yes -f NAME,UUID,TYPE,DEVICE,ACTIVE connection show`.
[[nodiscard]] core::Result<std::vector<NmConnectionInfo>>
parseNmcliConnectionList(std::string_view text);
/// Reads `nmcli -t -e yes -f ipv4.routes,… connection show UUID` (nmRoutingProperties()).
[[nodiscard]] core::Result<core::NmRoutingSettings> parseNmcliSettings(std::string_view text);
/// The values of the "IP4.ADDRESS[n]" and "IP6.ADDRESS[n]" lines of nmcli -t output.
[[nodiscard]] std::vector<std::string> parseNmcliAddresses(std::string_view text);
/// "nmcli connection modify 'corp vpn' ipv4.routes '10.0.0.0/8'": for people and --dry-run.
[[nodiscard]] std::string formatNmcliCall(const std::vector<std::string>& args);

class NmcliClient {
public:
    explicit NmcliClient(NmcliRunner runner);

    /// All connection profiles; VPN ones with their service type.
    [[nodiscard]] core::Result<std::vector<NmConnectionInfo>> listConnections();
    /// A connection by name or UUID; NotFound names the connections there are.
    [[nodiscard]] core::Result<NmConnectionInfo> findConnection(const std::string& nameOrUuid);
    /// The VPN connection that owns `tunnelDevice`: a WireGuard/tun connection on it, or an
    /// active "vpn" connection (NetworkManager-openvpn) whose IP addresses are the device's.
    /// Errors say which connections are active and why none matched.
    [[nodiscard]] core::Result<NmConnectionInfo> vpnForDevice(const std::string& tunnelDevice);
    /// The active non-VPN connection on `device` (the one bypass routes belong to).
    [[nodiscard]] core::Result<NmConnectionInfo> connectionOnDevice(const std::string& device);
    /// Whether `c` (a connection from listConnections) is the VPN on `tunnelDevice`.
    [[nodiscard]] core::Result<bool> ownsDevice(const NmConnectionInfo& c,
                                                const std::string& tunnelDevice);
    [[nodiscard]] core::Result<core::NmRoutingSettings> readSettings(const std::string& uuid);
    /// `nmcli connection modify …` with the given arguments (from NmConnectionEdit).
    [[nodiscard]] core::Result<void> modify(const std::vector<std::string>& modifyArgs);
    /// `nmcli --wait 30 connection up UUID [ifname DEV]`: NetworkManager applies a changed
    /// profile only on (re-)activation.
    [[nodiscard]] core::Result<void> activate(const std::string& uuid,
                                              const std::string& ifname = {});
    /// `nmcli --offline connection modify PROPS… < keyfile`: the rewritten keyfile.
    [[nodiscard]] core::Result<std::string>
    offlineModify(const std::string& keyfile, const std::vector<std::string>& propertyArgs);

    /// Every argument vector run so far, in order (reads included).
    [[nodiscard]] const std::vector<std::vector<std::string>>& calls() const { return m_calls; }

private:
    core::Result<std::string> run(const std::vector<std::string>& args,
                                  const std::string& input = {});

    NmcliRunner m_runner;
    std::vector<std::vector<std::string>> m_calls;
};

/// Runs the edits' modify calls in order (their undo calls, reversed, when `undo`). When one
/// fails, the ones before it are taken back from their recorded values and the error names
/// the failing call, what nmcli said, and whether the rollback worked; `rolledBack` (when
/// given) is set to whether everything before the failing call was taken back.
[[nodiscard]] core::Result<void> applyNmEdits(NmcliClient& client,
                                              const std::vector<core::NmConnectionEdit>& edits,
                                              bool undo = false, bool* rolledBack = nullptr);

/// Where backups live: $XDG_STATE_HOME/splitroute/persist, else ~/.local/state/splitroute/persist.
[[nodiscard]] std::string nmPersistStateDir();
/// DIR/UUID.json of the VPN connection.
[[nodiscard]] std::string nmBackupPath(const std::string& dir, const std::string& vpnUuid);
/// Writes the file (0600, creating DIR) through a temporary file and a rename.
[[nodiscard]] core::Result<void> writePrivateFile(const std::string& path, const std::string& text);

} // namespace splitroute::platform
