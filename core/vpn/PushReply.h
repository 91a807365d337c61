// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/vpn/VpnProfile.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// The options of one server push, as the client received them: the texts between the commas
/// of `PUSH_REPLY,…`, with `push-continuation` parts merged (and the push-continuation items
/// themselves left out).
struct PushReply {
    std::vector<std::string> options;
    int messages = 0;     ///< PUSH_REPLY messages merged into this reply
    bool complete = true; ///< false: the last part said `push-continuation 2` (more to come)
    std::string client;   ///< server logs: the client (common name) the push was sent to
    std::vector<Diagnostic> diagnostics;
};

/// One or more `PUSH_REPLY,…` messages (one per line). Text without the PUSH_REPLY prefix is
/// read as a bare comma-separated option list.
[[nodiscard]] Result<PushReply> parsePushReply(std::string_view text);
/// An OpenVPN log: a client's `PUSH: Received control message: '…'` lines, or a server's
/// `SENT CONTROL [name]: '…'` lines (any timestamp or verb-5 packet-marker prefix). With
/// several pushes (reconnects) the last complete one is used. A server log that pushed to
/// several clients needs `client` (the common name in the brackets); it is ignored for a
/// client log. The error of a missing or unknown client lists the clients the log has.
[[nodiscard]] Result<PushReply> parsePushLog(std::string_view log, const std::string& client = {});
/// parsePushLog when the text holds a "PUSH: Received control message" or "SENT CONTROL ["
/// line, else parsePushReply.
[[nodiscard]] Result<PushReply> parsePushInput(std::string_view text,
                                               const std::string& client = {});
/// The clients a server log sent a PUSH_REPLY to, in order of first appearance (empty for a
/// client log), so that a caller can offer the choice.
[[nodiscard]] std::vector<std::string> pushLogClients(std::string_view log);

/// What became of one pushed option on the client.
enum class PushFate {
    Accepted,             ///< applied
    IgnoredByFilter,      ///< a `pull-filter ignore` matched
    RejectedByFilter,     ///< a `pull-filter reject` matched: the whole push fails (restart)
    RefusedByRouteNopull, ///< route-nopull refuses OPT_P_ROUTE and OPT_P_DHCPDNS options
    NotPullable,          ///< a server may not push this option
    Unknown,              ///< OpenVPN 2.6 does not know it (logs an options error, ignores it)
    Invalid,              ///< malformed; OpenVPN logs an options error and ignores it
    NotProcessed,         ///< after a rejecting filter: OpenVPN stops reading the push
};
[[nodiscard]] const char* pushFateName(PushFate f); // "accepted", "ignored-by-filter", ...

struct PushedItem {
    std::string text; ///< option text (leading spaces removed)
    int index = 0;    ///< 1-based position in the push ("[PUSH-OPTIONS]" line number)
    PushFate fate = PushFate::Accepted;
    std::optional<PullFilter> filter; ///< the filter that decided (accept filters included)
    std::string message;              ///< why, for every fate but Accepted
};

struct PushResult {
    VpnProfile effective; ///< profile plus accepted pushed options (origin Pushed); the
                          ///< unchanged profile when a reject filter failed the push
    std::vector<PushedItem> items;
    bool rejected = false;
    std::vector<Diagnostic> diagnostics; ///< about pushed options ("[PUSH-OPTIONS]":index)
};

/// Applies a push to a profile the way an OpenVPN 2.6 client does: pull-filters in config
/// order (first match wins, raw prefix match after leading spaces), then the pull
/// permission mask (route-nopull drops route and DHCP/DNS options), then the option itself.
[[nodiscard]] PushResult applyPushReply(const VpnProfile& profile, const PushReply& reply);

} // namespace splitroute::core
