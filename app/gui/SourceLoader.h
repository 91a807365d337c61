// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/TableSource.h"
#include "app/gui/VpnConnection.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace splitroute::app {

class MessageSink;

/// Shows an error through `sink` (null: nowhere) and logs it.
void showError(MessageSink* sink, const QString& title, const QString& text);

/// Opening things, without keeping them: what kind of input a file is, reading a table file
/// (asking which command wrote it when that cannot be told), and the questions a VPN input
/// raises (which client of a server config, which AWS endpoint, whose push in a server's
/// log). Messages and questions go to the MessageSink; Workspace adds what comes out.
class SourceLoader {
public:
    /// What a file opened (from the menu, dropped, or Recent files) is.
    enum class Input { Profile, PushText, AwsEndpoints, AwsRoutes, Table };

    /// Where messages and questions go (not owned). Null: nowhere, and no question is asked.
    void setMessageSink(MessageSink* sink) { m_sink = sink; }
    [[nodiscard]] MessageSink* messageSink() const { return m_sink; }
    void showError(const QString& title, const QString& text) const;

    /// By the suffix (.ovpn, .conf: a profile or server config) or the text (a PUSH_REPLY or
    /// OpenVPN log, the AWS CLI's JSON); a table otherwise, also when the file cannot be read
    /// (the table reader says why). `text`: the file's text when it was read.
    [[nodiscard]] static Input classify(const QString& path, QByteArray* text);
    /// Says that an AWS routes JSON is opened with its endpoints (Input::AwsRoutes).
    void refuseAwsRoutes(const QString& path) const;

    /// Reads a routing table file as a source of kind File. When the format cannot be told,
    /// asks which command wrote it; nullopt when it could not be read (said) or was cancelled.
    [[nodiscard]] std::optional<TableSource> readTableFile(const QString& path) const;
    /// Says which lines of a table were not read (the first 20 of them).
    void reportUnreadLines(const std::vector<core::Diagnostic>& diagnostics) const;

    /// The request for server config `path`: asks which client of its client-config-dir to
    /// show, if it has one. Nullopt: unreadable (said) or cancelled.
    [[nodiscard]] std::optional<ServerRequest> askServerClient(const QString& path) const;
    /// Names the endpoint of `request` when the endpoints file holds several and nothing
    /// picks one (core::selectAwsEndpoint): asks which. False: unreadable (said) or cancelled.
    bool pickAwsEndpoint(AwsRequest& request) const;
    /// The client whose push to show, asked when a server's log pushed to several; empty
    /// when it did not. Nullopt: cancelled.
    [[nodiscard]] std::optional<QString> askPushClient(const QString& text) const;

private:
    MessageSink* m_sink = nullptr;
};

} // namespace splitroute::app
