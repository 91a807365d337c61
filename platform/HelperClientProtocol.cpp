// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol side of HelperClient, shared by every system: numbering requests, reading
// responses and events, the typed requests. How the helper is started and how bytes move
// (start, send, readMessage, close) is per system: HelperClient.cpp (POSIX: pipes, pkexec)
// and windows/HelperClientWin.cpp (a named pipe, UAC).
#include "platform/HelperClient.h"

#include "core/RouteJson.h"

#include <utility>

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

core::ErrorCode errorCodeFromName(const std::string& name) {
    for (int c = 0; c <= static_cast<int>(ErrorCode::Internal); ++c)
        if (name == core::errorCodeName(static_cast<ErrorCode>(c)))
            return static_cast<ErrorCode>(c);
    return ErrorCode::Internal;
}

core::Result<HelperResponse> HelperClient::call(json request, const ProgressFn& progress) {
    const std::uint64_t id = m_nextId++;
    json req = std::move(request);
    req[protocol::field::Id] = id;
    if (auto s = send(req); !s) {
        // The helper may have exited before reading us, saying why on its way out.
        for (;;) {
            auto msg = readMessage(std::chrono::seconds(2));
            if (!msg) // "the helper exited, exit status 2" says more than EPIPE
                return msg.error().code == ErrorCode::Protocol ? msg.error() : s.error();
            if (msg->value("event", "") == "fatal") {
                const json e = msg->value("error", json::object());
                return makeError(errorCodeFromName(e.value("code", "internal")),
                                 "helper: " + e.value("message", std::string("fatal error")));
            }
        }
    }
    for (;;) {
        auto msg = readMessage(m_options.timeout);
        if (!msg)
            return msg.error();
        json& j = *msg;
        if (j.contains("event")) {
            if (j["event"] == "progress") {
                if (progress && j.contains("done") && j.contains("total"))
                    progress(j["done"].get<std::size_t>(), j["total"].get<std::size_t>());
                continue;
            }
            if (j["event"] == "fatal") {
                const json& e = j.value("error", json::object());
                return makeError(errorCodeFromName(e.value("code", "internal")),
                                 "helper: " + e.value("message", std::string("fatal error")));
            }
            m_events.push_back(std::move(j));
            continue;
        }
        if (!j.contains("id") || j["id"] != id) {
            if (j.contains("id") && j["id"].is_null() && j.contains("error")) {
                // An error for a line the helper could not attribute (cannot happen for
                // lines we wrote; reported as is).
            } else {
                continue; // an answer to an earlier request that timed out on our side
            }
        }
        HelperResponse r;
        r.ok = j.value("ok", false);
        if (!r.ok) {
            const json e = j.value("error", json::object());
            r.error = makeError(errorCodeFromName(e.value("code", "internal")),
                                e.value("message", std::string("helper error")));
            r.error.sysErrno = e.value("errno", 0);
            if (e.contains("index") && e["index"].is_number_unsigned())
                r.index = e["index"].get<std::size_t>();
        }
        r.body = std::move(j);
        return r;
    }
}

core::Result<core::RouteTable> HelperClient::listRoutes(const ListOptions& options) {
    auto r = call(protocol::encodeList(options));
    if (!r)
        return r.error();
    if (!r->ok)
        return r->error;
    return core::routeTableFromJson(r->body.value("routes", json::array()));
}

core::Result<HelperResponse> HelperClient::apply(const core::ChangeSet& changes,
                                                 std::uint32_t confirmTimeout,
                                                 const ProgressFn& progress) {
    return call(protocol::encodeApply(changes, confirmTimeout), progress);
}

core::Result<HelperResponse> HelperClient::confirm(std::optional<std::uint64_t> transaction) {
    return call(protocol::encodeConfirm(transaction));
}

core::Result<HelperResponse> HelperClient::revert(const std::string& target,
                                                  const ProgressFn& progress) {
    return call(protocol::encodeRevert(target == "last" ? protocol::RevertRequest::Target::Last
                                                        : protocol::RevertRequest::Target::Pending),
                progress);
}

core::Result<json> HelperClient::status() {
    auto r = call(protocol::encodeStatus());
    if (!r)
        return r.error();
    if (!r->ok)
        return r->error;
    return r->body;
}

core::Result<std::optional<json>> HelperClient::waitEvent(std::chrono::milliseconds timeout) {
    if (!m_events.empty()) {
        json e = std::move(m_events.front());
        m_events.erase(m_events.begin());
        return std::optional<json>(std::move(e));
    }
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return std::optional<json>{};
        auto msg = readMessage(left);
        if (!msg) {
            if (msg.error().code == ErrorCode::Timeout)
                return std::optional<json>{};
            return msg.error();
        }
        if (msg->contains("event") && (*msg)["event"] != "progress")
            return std::optional<json>(std::move(msg).value());
    }
}

std::vector<json> HelperClient::takeEvents() {
    return std::exchange(m_events, {});
}

std::optional<core::Result<nlohmann::json>> detail::takeMessageLine(std::string& buffer) {
    const auto nl = buffer.find('\n');
    if (nl == std::string::npos)
        return std::nullopt;
    const std::string line = buffer.substr(0, nl);
    buffer.erase(0, nl + 1);
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return core::makeError(core::ErrorCode::Protocol,
                               "helper sent a line that is not a JSON object");
    return j;
}

} // namespace splitroute::platform
