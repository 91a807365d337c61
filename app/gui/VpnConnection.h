// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/plan/SplitPolicy.h"
#include "core/vpn/AwsClientVpn.h"
#include "core/vpn/Connection.h"
#include "core/vpn/VpnProfile.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace splitroute::app {

/// One VPN connection on a table (core::Connection: what was read, what it pushes, its
/// tunnel device) with what the window adds: its name in the sources dock, how Recent files
/// reopens it, and the user's decisions.
struct VpnConnection : core::Connection {
    QString name;        ///< shown in the sources dock
    QString recentEntry; ///< how Recent files reopens it; empty: it cannot be reopened
    std::optional<core::SplitPolicy> policy; ///< the user's decisions, kept across selections

    [[nodiscard]] QString kindText() const;
};

/// A server config, its client-config-dir and the client whose view is wanted (the dialog's
/// and Recent files' form of core::ServerConnectionRequest).
struct ServerRequest {
    QString config;
    QString ccdDir; ///< empty: the config's own client-config-dir
    QString client; ///< common name; empty: a client without a CCD file
};

/// The AWS CLI's JSON files and the endpoint wanted (core::AwsConnectionRequest).
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

// The loaders: core reads (core/vpn/Connection.h); these add the name and the Recent entry.
[[nodiscard]] core::Result<VpnConnection> loadProfileConnection(const QString& path);
/// The common names of a server config's client-config-dir, for the dialog.
[[nodiscard]] core::Result<QStringList> serverClientNames(const QString& config,
                                                          const QString& ccdDir);
/// The client-config-dir a server config names (absolute), or empty.
[[nodiscard]] QString serverDefaultCcdDir(const QString& config);
[[nodiscard]] core::Result<VpnConnection> loadServerConnection(const ServerRequest& request);
[[nodiscard]] core::Result<std::vector<core::AwsClientVpnEndpoint>>
readAwsEndpointsFile(const QString& path);
[[nodiscard]] core::Result<VpnConnection> loadAwsConnection(const AwsRequest& request);
/// `origin`: a file path, or empty for pasted text; `base`: null, or the connection the push
/// is applied to (its name and Recent entry are kept).
[[nodiscard]] core::Result<VpnConnection> loadPushConnection(const QString& text,
                                                             const QString& origin,
                                                             const VpnConnection* base,
                                                             const QString& client = {});

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

} // namespace splitroute::app
