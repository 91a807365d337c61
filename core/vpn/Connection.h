// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One VPN connection on a table, whatever it was read from (an OpenVPN profile, a server
// config seen by one of its clients, an AWS Client VPN endpoint, a PUSH_REPLY), the choice of
// its tunnel device, and the planning of several connections in turn (primary and backup).
// Shared by the window and splitroute-cli; the window adds names, recent entries and dialogs.

#include "core/InterfaceName.h"
#include "core/Prefix.h"
#include "core/Result.h"
#include "core/RouteTable.h"
#include "core/plan/Planner.h"
#include "core/plan/SplitPolicy.h"
#include "core/vpn/AwsClientVpn.h"
#include "core/vpn/VpnProfile.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// The `file` of diagnostics about pushed options: their `line` is the option's index in the
/// push, not a line of a file.
inline constexpr const char* kPushedOptionsFile = "[PUSH-OPTIONS]";

/// A server config, its client-config-dir and the client whose view is wanted.
struct ServerConnectionRequest {
    std::string config;
    std::string ccdDir; ///< empty: the config's own client-config-dir
    std::string client; ///< common name; empty: a client without a CCD file
};

/// The AWS CLI's JSON files and the endpoint wanted.
struct AwsConnectionRequest {
    std::string endpoints;
    std::string routes;     ///< optional
    std::string endpointId; ///< empty: selectAwsEndpoint decides (the profile's, the only one)
    std::string profile;    ///< optional downloaded .ovpn
};

/// One VPN connection: where its settings came from and what it pushes, as one effective
/// VpnProfile (the client's options with the server's push applied), and its tunnel device.
struct Connection {
    enum class Kind {
        Profile, ///< an OpenVPN client profile (.ovpn / .conf)
        Server,  ///< an OpenVPN server config + client-config-dir, seen by one client
        Aws,     ///< AWS Client VPN endpoint (+ routes) JSON, optionally with its .ovpn
        Push,    ///< a pasted PUSH_REPLY or an OpenVPN client log
    };
    Kind kind = Kind::Profile;
    std::string path;                          ///< the main file (absolute); empty: pasted text
    std::vector<std::string> files;            ///< every file read (absolute)
    std::shared_ptr<const VpnProfile> profile; ///< the effective view
    std::vector<Prefix> pushed;                ///< pushedPrefixes(*profile)
    std::vector<Diagnostic> diagnostics;       ///< what a person should read about it
    InterfaceName device;                      ///< its tunnel device ("" = not known)
    bool deviceChosenByUser = false;
    ServerConnectionRequest server; ///< Server: what was read (paths absolute)
    AwsConnectionRequest aws;       ///< Aws: what was read, the endpoint chosen
    std::string awsDescription;     ///< Aws: the endpoint's Description

    [[nodiscard]] int count(Severity s) const;
};

[[nodiscard]] Result<Connection> loadProfileConnection(const std::string& path);
/// The client-config-dir a server config names (absolute), or empty.
[[nodiscard]] std::string serverDefaultCcdDir(const std::string& config);
/// The client's view of a server: the pushes it receives applied to an empty client profile.
/// A lexer error in the config or in that client's CCD file is an error.
[[nodiscard]] Result<Connection> loadServerConnection(const ServerConnectionRequest& request);
[[nodiscard]] Result<std::vector<AwsClientVpnEndpoint>>
readAwsEndpointsFile(const std::string& path);
/// The endpoint is chosen by selectAwsEndpoint (request.endpointId, else the profile's, else
/// the only one); `hint` ends the message that asks for a choice.
[[nodiscard]] Result<Connection> loadAwsConnection(const AwsConnectionRequest& request,
                                                   const std::string& hint = {});
/// A PUSH_REPLY or OpenVPN client log (`text`) applied to `base`'s profile (null: an empty
/// client profile named `pastedName` when `origin` is empty). `origin` names the text in
/// messages: a file path, or empty for pasted text. The device choice is kept from `base`.
/// `client`: with a server's log that pushed to several clients, whose push to read
/// (pushLogClients lists them; without it the error names them).
[[nodiscard]] Result<Connection>
loadPushConnection(const std::string& text, const std::string& origin, const Connection* base,
                   const std::string& pastedName = "pasted push", const std::string& client = {});

/// The interfaces of `table` a tunnel can be (tunnel-like names), sorted.
[[nodiscard]] std::vector<std::string> tunnelCandidates(const RouteTable* table);
/// The device a connection most likely uses on `table`: the profile's dev when it names one;
/// else, among tunnel-like devices not in `taken`, the one carrying the default override for
/// a full tunnel, or the one with the most of the connection's pushed networks, or the first.
/// Every tunnel taken: the same among all of them. No tunnel-like device: "".
[[nodiscard]] InterfaceName chooseDevice(const Connection& c, const RouteTable* table,
                                         const std::vector<InterfaceName>& taken);

/// One connection to plan: its profile (protected servers and DNS), its tunnel device, and
/// the policy it follows.
struct ConnectionPlanInput {
    const VpnProfile* profile = nullptr;
    std::string device; ///< used when `table` has it; else the planner detects the tunnel
    const SplitPolicy* policy = nullptr;
};

/// Primary and backup: the first connection's policy is planned on `table`, the next one's on
/// the table the first plan leaves, and so on. The changes, findings, resolved hosts and
/// tunnelled ranges are concatenated; `after` is the last plan's, `before` and `tunnelDevice`
/// the first's, the effective summary that of the whole. `params` are every plan's (the
/// tunnel device set per connection). A connection that cannot be planned is an error, its
/// index in `*failed` when given. No connection: InvalidArgument.
[[nodiscard]] Result<Plan> planConnections(const RouteTable& table,
                                           const std::vector<ConnectionPlanInput>& connections,
                                           const PlanParameters& params,
                                           std::size_t* failed = nullptr);

} // namespace splitroute::core
