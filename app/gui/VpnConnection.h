#pragma once

#include "core/Prefix.h"
#include "core/Result.h"
#include "core/RouteTable.h"
#include "core/plan/SplitPolicy.h"
#include "core/vpn/AwsClientVpn.h"
#include "core/vpn/VpnProfile.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace splitroute::app {

/// One VPN connection on a table: where its settings came from and what it pushes, as one
/// effective core::VpnProfile (the client's options with the server's push applied).
struct VpnConnection {
    enum class Kind {
        Profile, ///< an OpenVPN client profile (.ovpn / .conf)
        Server,  ///< an OpenVPN server config + client-config-dir, seen by one client
        Aws,     ///< AWS Client VPN endpoint (+ routes) JSON, optionally with its .ovpn
        Push,    ///< a pasted PUSH_REPLY or an OpenVPN client log
    };
    Kind kind = Kind::Profile;
    QString name;        ///< shown in the sources dock
    QString path;        ///< the main file; empty for pasted text
    QStringList files;   ///< every file read (tooltip)
    QString recentEntry; ///< how Recent files reopens it; empty: it cannot be reopened
    std::shared_ptr<const core::VpnProfile> profile; ///< the effective view
    std::vector<core::Prefix> pushed;                ///< core::pushedPrefixes(*profile)
    std::vector<core::Diagnostic> diagnostics;       ///< what a person should read about it
    core::InterfaceName device;                      ///< its tunnel device ("" = not known)
    bool deviceChosenByUser = false;
    std::optional<core::SplitPolicy> policy; ///< the user's decisions, kept across selections

    [[nodiscard]] int count(core::Severity s) const;
    [[nodiscard]] QString kindText() const;
};

/// A server config, its client-config-dir and the client whose view is wanted.
struct ServerRequest {
    QString config;
    QString ccdDir; ///< empty: the config's own client-config-dir
    QString client; ///< common name; empty: a client without a CCD file
};

/// The AWS CLI's JSON files and the endpoint wanted.
struct AwsRequest {
    QString endpoints;
    QString routes;     ///< optional
    QString endpointId; ///< empty: the only one (or the profile's)
    QString profile;    ///< optional downloaded .ovpn
};

/// An error turned into words with its place: "file:line:column: message", or
/// "`origin`, line N: message" when the error has no file (pasted text).
[[nodiscard]] QString errorText(const core::Error& e, const QString& origin = {});
/// The same for a diagnostic, with the file name only (the dock is narrow).
[[nodiscard]] QString diagnosticText(const core::Diagnostic& d, const QString& origin = {});

[[nodiscard]] core::Result<VpnConnection> loadProfileConnection(const QString& path);
/// The common names of a server config's client-config-dir, for the dialog.
[[nodiscard]] core::Result<QStringList> serverClientNames(const QString& config,
                                                          const QString& ccdDir);
/// The client-config-dir a server config names (absolute), or empty.
[[nodiscard]] QString serverDefaultCcdDir(const QString& config);
/// The client's view of a server: the pushes it receives applied to an empty client profile.
/// A lexer error in the config or in that client's CCD file is an error.
[[nodiscard]] core::Result<VpnConnection> loadServerConnection(const ServerRequest& request);
[[nodiscard]] core::Result<std::vector<core::AwsClientVpnEndpoint>>
readAwsEndpointsFile(const QString& path);
[[nodiscard]] core::Result<VpnConnection> loadAwsConnection(const AwsRequest& request);
/// A PUSH_REPLY or OpenVPN client log (`text`) applied to `base` (null: an empty client
/// profile). `origin` names the text in messages: a file path, or empty for pasted text.
[[nodiscard]] core::Result<VpnConnection>
loadPushConnection(const QString& text, const QString& origin, const VpnConnection* base);

/// Recent-files entries of the compound kinds ("splitroute-server:?config=…").
[[nodiscard]] QString recentEntry(const ServerRequest& r);
[[nodiscard]] QString recentEntry(const AwsRequest& r);
[[nodiscard]] std::optional<ServerRequest> serverRequestFromRecent(const QString& entry);
[[nodiscard]] std::optional<AwsRequest> awsRequestFromRecent(const QString& entry);
/// What the Recent menu shows for an entry.
[[nodiscard]] QString recentLabel(const QString& entry);

/// Whether the text of a file is an OpenVPN client log or a PUSH_REPLY (not a routing table).
[[nodiscard]] bool looksLikePushInput(const QByteArray& text);
/// Whether a JSON file is the AWS CLI's endpoint list ("ClientVpnEndpoints").
[[nodiscard]] bool looksLikeAwsEndpoints(const QByteArray& text);
/// Whether a JSON file is the AWS CLI's route list ("Routes" of a Client VPN endpoint).
[[nodiscard]] bool looksLikeAwsRoutes(const QByteArray& text);

/// The interfaces of `table` a tunnel can be (tunnel-like names), sorted.
[[nodiscard]] QStringList tunnelCandidates(const core::RouteTable* table);
/// The device a connection most likely uses on `table`: the profile's dev when it names one;
/// else, among tunnel-like devices not in `taken`, the one carrying the default override for
/// a full tunnel, or the one with the most of the connection's pushed networks, or the first.
[[nodiscard]] core::InterfaceName chooseDevice(const VpnConnection& c,
                                               const core::RouteTable* table,
                                               const std::vector<core::InterfaceName>& taken);

} // namespace splitroute::app
