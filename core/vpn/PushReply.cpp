// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/PushReply.h"

#include "core/vpn/OvpnLexer.h"
#include "core/vpn/OvpnOptions.h"
#include "core/vpn/ProfileParser.h"

#include <algorithm>

namespace splitroute::core {

namespace {

constexpr std::string_view kPushReply = "PUSH_REPLY";
constexpr std::string_view kLogMarker = "PUSH: Received control message: '";
const std::string kPushFile = "[PUSH-OPTIONS]";

bool isCSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isCSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isCSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// Splits a push body the way apply_push_options() does with buf_parse(buf, ',', line, 256):
// an item longer than 255 bytes keeps 255 and loses the next two; a NUL ends an item.
std::vector<std::string> splitItems(std::string_view body, std::vector<Diagnostic>& diags,
                                    int message) {
    std::vector<std::string> items;
    std::size_t pos = 0;
    constexpr std::size_t size = OvpnLexer::kParmSize;
    while (pos < body.size()) {
        std::size_t n = 0;
        while (pos + n < body.size() && body[pos + n] != ',' && body[pos + n] != '\0' && n < size)
            ++n;
        if (n >= size) {
            items.emplace_back(body.substr(pos, size - 1));
            diags.push_back(Diagnostic{Severity::Warning, "option-too-long",
                                       "pushed option longer than 255 bytes: OpenVPN cuts it "
                                       "and reads the rest as another option",
                                       SourceLocation{"[PUSH_REPLY]", message, 0}});
            pos = std::min(body.size(), pos + size + 1);
            continue;
        }
        items.emplace_back(body.substr(pos, n));
        pos += n + 1; // past the comma
    }
    return items;
}

// 0: none, 1: last part, 2: more follow.
int continuationOf(std::string_view item) {
    item = trim(item);
    constexpr std::string_view pc = "push-continuation";
    if (item.substr(0, pc.size()) != pc)
        return 0;
    std::string_view v = trim(item.substr(pc.size()));
    if (v == "2")
        return 2;
    if (v == "1")
        return 1;
    return 0;
}

// Merges PUSH_REPLY messages into replies; returns the last complete one (or the last partial).
Result<PushReply> mergeMessages(const std::vector<std::pair<std::string, SourceLocation>>& msgs,
                                std::vector<Diagnostic> diags) {
    std::vector<PushReply> replies;
    bool open = false;
    for (std::size_t m = 0; m < msgs.size(); ++m) {
        std::string_view body = msgs[m].first;
        body.remove_prefix(kPushReply.size());
        if (!body.empty() && body.front() == ',')
            body.remove_prefix(1);
        if (!open) {
            replies.emplace_back();
            open = true;
        }
        PushReply& r = replies.back();
        ++r.messages;
        int cont = 0;
        for (auto& item : splitItems(body, r.diagnostics, static_cast<int>(m + 1))) {
            if (int c = continuationOf(item)) {
                cont = c;
                continue;
            }
            r.options.push_back(std::move(item));
        }
        r.complete = cont != 2;
        open = cont == 2;
    }
    if (replies.empty())
        return makeError(ErrorCode::NotFound, "no PUSH_REPLY message found");
    std::size_t pick = replies.size() - 1;
    while (pick > 0 && !replies[pick].complete)
        --pick;
    if (!replies[pick].complete)
        pick = replies.size() - 1;
    PushReply out = std::move(replies[pick]);
    if (replies.size() > 1)
        diags.push_back(Diagnostic{Severity::Info,
                                   "several-pushes",
                                   "the input holds " + std::to_string(replies.size()) +
                                       " push replies; using number " + std::to_string(pick + 1),
                                   {}});
    if (!out.complete)
        diags.push_back(Diagnostic{Severity::Warning,
                                   "push-incomplete",
                                   "the push reply ends with 'push-continuation 2': parts are "
                                   "missing",
                                   {}});
    for (auto& d : out.diagnostics)
        diags.push_back(std::move(d));
    out.diagnostics = std::move(diags);
    return out;
}

} // namespace

const char* pushFateName(PushFate f) {
    switch (f) {
    case PushFate::Accepted:
        return "accepted";
    case PushFate::IgnoredByFilter:
        return "ignored-by-filter";
    case PushFate::RejectedByFilter:
        return "rejected-by-filter";
    case PushFate::RefusedByRouteNopull:
        return "refused-by-route-nopull";
    case PushFate::NotPullable:
        return "not-pullable";
    case PushFate::Unknown:
        return "unknown";
    case PushFate::Invalid:
        return "invalid";
    case PushFate::NotProcessed:
        return "not-processed";
    }
    return "accepted";
}

Result<PushReply> parsePushReply(std::string_view text) {
    std::vector<std::pair<std::string, SourceLocation>> msgs;
    std::vector<Diagnostic> diags;
    int lineNo = 0;
    std::size_t pos = 0;
    bool sawOther = false;
    while (pos <= text.size()) {
        auto nl = text.find('\n', pos);
        std::string_view line =
            text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
        ++lineNo;
        line = trim(line);
        if (line.empty())
            continue;
        if (line.substr(0, kPushReply.size()) == kPushReply &&
            (line.size() == kPushReply.size() || line[kPushReply.size()] == ','))
            msgs.emplace_back(std::string(line), SourceLocation{"", lineNo, 1});
        else
            sawOther = true;
    }
    if (msgs.empty()) {
        std::string_view body = trim(text);
        if (body.empty())
            return makeError(ErrorCode::Parse, "empty push reply");
        // A bare option list ("route 10.0.0.0 255.0.0.0,redirect-gateway def1").
        msgs.emplace_back(std::string(kPushReply) + "," + std::string(body), SourceLocation{});
        diags.push_back(Diagnostic{Severity::Info,
                                   "bare-option-list",
                                   "no PUSH_REPLY prefix: read as a comma-separated option list",
                                   {}});
    } else if (sawOther) {
        diags.push_back(Diagnostic{Severity::Info,
                                   "ignored-lines",
                                   "lines not starting with PUSH_REPLY were ignored",
                                   {}});
    }
    return mergeMessages(msgs, std::move(diags));
}

namespace {
constexpr std::string_view kSentMarker = "SENT CONTROL [";

// The lines of a log, without CR, numbered from 1.
template <typename Fn> void forEachLogLine(std::string_view log, Fn&& fn) {
    int lineNo = 0;
    std::size_t pos = 0;
    while (pos < log.size()) {
        auto nl = log.find('\n', pos);
        std::string_view line =
            log.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? log.size() : nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        fn(line, lineNo);
    }
}

// "… SENT CONTROL [client1]: 'PUSH_REPLY,…'" → client name and the text after the quote.
bool sentControl(std::string_view line, std::string& client, std::string_view& payload) {
    auto at = line.find(kSentMarker);
    if (at == std::string_view::npos)
        return false;
    std::string_view rest = line.substr(at + kSentMarker.size());
    auto close = rest.find("]: '");
    if (close == std::string_view::npos)
        return false;
    client = std::string(rest.substr(0, close));
    payload = rest.substr(close + 4);
    return true;
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string s;
    for (const auto& n : names)
        s += (s.empty() ? "" : ", ") + n;
    return s;
}
} // namespace

std::vector<std::string> pushLogClients(std::string_view log) {
    std::vector<std::string> names;
    forEachLogLine(log, [&](std::string_view line, int) {
        std::string client;
        std::string_view payload;
        if (sentControl(line, client, payload) &&
            payload.substr(0, kPushReply.size()) == kPushReply &&
            std::find(names.begin(), names.end(), client) == names.end())
            names.push_back(client);
    });
    return names;
}

Result<PushReply> parsePushLog(std::string_view log, const std::string& client) {
    std::vector<std::pair<std::string, SourceLocation>> msgs;
    std::vector<Diagnostic> diags;
    // A server's log also holds "PUSH: Received control message: 'PUSH_REQUEST'" lines.
    const std::string clientPush = std::string(kLogMarker) + std::string(kPushReply);
    const bool serverLog = log.find(clientPush) == std::string_view::npos &&
                           log.find(kSentMarker) != std::string_view::npos;
    std::string chosen;
    if (serverLog) {
        const auto names = pushLogClients(log);
        if (names.empty())
            return makeError(ErrorCode::NotFound,
                             "no \"SENT CONTROL [client]: 'PUSH_REPLY,…'\" line in the server log");
        if (client.empty() && names.size() > 1)
            return makeError(ErrorCode::InvalidArgument,
                             "the server log pushed to " + std::to_string(names.size()) +
                                 " clients (" + joinNames(names) + "): choose one by name");
        chosen = client.empty() ? names.front() : client;
        if (std::find(names.begin(), names.end(), chosen) == names.end())
            return makeError(ErrorCode::NotFound, "the server log has no push to client '" +
                                                      chosen + "'; it has " + joinNames(names));
        diags.push_back(Diagnostic{Severity::Info,
                                   "server-log",
                                   "a server's log: the push it sent to client '" + chosen + "'",
                                   {}});
    }
    forEachLogLine(log, [&](std::string_view line, int lineNo) {
        std::string_view payload;
        if (serverLog) {
            std::string name;
            if (!sentControl(line, name, payload) || name != chosen)
                return;
        } else {
            auto at = line.find(kLogMarker);
            if (at == std::string_view::npos)
                return;
            payload = line.substr(at + kLogMarker.size());
        }
        if (auto q = payload.rfind('\''); q != std::string_view::npos)
            payload = payload.substr(0, q);
        else
            diags.push_back(Diagnostic{Severity::Warning, "log-truncated",
                                       "control message without its closing quote",
                                       SourceLocation{"", lineNo, 0}});
        if (payload.substr(0, kPushReply.size()) == kPushReply)
            msgs.emplace_back(std::string(payload), SourceLocation{"", lineNo, 1});
        else if (payload.substr(0, 11) == "AUTH_FAILED")
            diags.push_back(Diagnostic{Severity::Warning, "auth-failed",
                                       "the server refused authentication (AUTH_FAILED)",
                                       SourceLocation{"", lineNo, 0}});
    });
    if (msgs.empty())
        return makeError(ErrorCode::NotFound,
                         "no \"PUSH: Received control message: 'PUSH_REPLY,…'\" line in the log");
    auto r = mergeMessages(msgs, std::move(diags));
    if (r)
        r->client = chosen;
    return r;
}

Result<PushReply> parsePushInput(std::string_view text, const std::string& client) {
    if (text.find(kLogMarker) != std::string_view::npos ||
        text.find(kSentMarker) != std::string_view::npos)
        return parsePushLog(text, client);
    return parsePushReply(text);
}

PushResult applyPushReply(const VpnProfile& profile, const PushReply& reply) {
    PushResult res;
    res.effective = profile;
    int index = 0;
    for (const std::string& raw : reply.options) {
        ++index;
        std::string_view t = raw;
        while (!t.empty() && isCSpace(t.front()))
            t.remove_prefix(1);
        PushedItem item;
        item.text = std::string(t);
        item.index = index;
        if (t.empty())
            continue; // ",," or a blanked option: nothing to apply
        if (res.rejected) {
            item.fate = PushFate::NotProcessed;
            item.message = "not processed: an earlier option was rejected by a pull-filter";
            res.items.push_back(std::move(item));
            continue;
        }
        // apply_pull_filter(): strncmp(pattern, option, strlen(pattern)), first match wins.
        bool decided = false;
        for (const auto& f : profile.pullFilters) {
            if (t.substr(0, f.text.size()) != f.text)
                continue;
            item.filter = f;
            if (f.action == PullFilter::Action::Ignore) {
                item.fate = PushFate::IgnoredByFilter;
                item.message =
                    "Pushed option removed by filter: pull-filter ignore \"" + f.text + "\"";
                decided = true;
            } else if (f.action == PullFilter::Action::Reject) {
                item.fate = PushFate::RejectedByFilter;
                item.message = "Pushed option rejected by filter: pull-filter reject \"" + f.text +
                               "\"; the client drops the whole push and restarts";
                res.rejected = true;
                decided = true;
            }
            break;
        }
        if (decided) {
            res.items.push_back(std::move(item));
            continue;
        }
        auto tokens = OvpnLexer::tokenizeLine(t, kPushFile, index);
        if (!tokens) {
            item.fate = PushFate::Invalid;
            item.message = tokens.error().message;
            res.diagnostics.push_back(Diagnostic{Severity::Error, "bad-pushed-option",
                                                 tokens.error().message, tokens.error().where});
            res.items.push_back(std::move(item));
            continue;
        }
        if (tokens->empty())
            continue; // a comment
        const std::string& name = (*tokens)[0].text;
        const OvpnOptionInfo* info = findOvpnOption(name);
        if (!info || name == "auth-federate") {
            item.fate = PushFate::Unknown;
            item.message = "Unrecognized option '" + name + "' in [PUSH-OPTIONS]";
        } else if (info->pull == PullClass::NotPullable) {
            item.fate = PushFate::NotPullable;
            item.message = "option '" + name + "' cannot be used in this context ([PUSH-OPTIONS])";
        } else if (profile.routeNopull &&
                   (info->pull == PullClass::Route || info->pull == PullClass::DhcpDns)) {
            item.fate = PushFate::RefusedByRouteNopull;
            item.message = "option '" + name +
                           "' cannot be used in this context ([PUSH-OPTIONS]): refused because "
                           "of route-nopull";
        } else {
            std::vector<Diagnostic> diags;
            const std::size_t optionsBefore = res.effective.options.size();
            if (applyOption(res.effective, *tokens, OptionContext::Pushed, diags)) {
                item.fate = PushFate::Accepted;
            } else {
                item.fate = PushFate::Invalid;
                res.effective.options.resize(optionsBefore);
                for (const auto& d : diags)
                    if (d.severity == Severity::Error) {
                        item.message = d.message;
                        break;
                    }
            }
            for (auto& d : diags)
                res.diagnostics.push_back(std::move(d));
        }
        res.items.push_back(std::move(item));
    }
    if (res.rejected) {
        VpnProfile unchanged = profile;
        res.effective = std::move(unchanged);
    }
    for (const auto& d : reply.diagnostics)
        res.diagnostics.push_back(d);
    return res;
}

} // namespace splitroute::core
