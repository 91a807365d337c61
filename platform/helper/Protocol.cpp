// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/helper/Protocol.h"

#include "core/ChangeSet.h"
#include "core/RouteJson.h"

#include <initializer_list>

namespace splitroute::platform::protocol {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;

namespace {

constexpr int kMaxDepth = 16;
/// prescan()'s budget per change allowed: a change as HelperClient writes it (every route
/// field and a reason) is about 50 units.
constexpr std::size_t kUnitsPerChange = 56;

/// Nesting depth and size of a JSON text, without parsing it: nlohmann's parser recurses once
/// per nesting level, so "[[[[..." 64 MiB deep would overflow the stack, and the parsed value
/// takes a few tens of bytes of memory per unit counted here (an array 1, an object 2, a
/// string, a ',' or a ':' 1 each; a number or literal only takes memory behind a ',' or ':').
/// The budget thus bounds the memory a request line can cost, whatever its shape (measured:
/// at most ~320 MB at the budget of 100000 changes, TestHelperNetns).
std::optional<std::string> prescan(std::string_view s, std::size_t budget) {
    int depth = 0;
    std::size_t units = 0;
    bool inString = false;
    bool escape = false;
    for (char ch : s) {
        if (inString) {
            if (escape)
                escape = false;
            else if (ch == '\\')
                escape = true;
            else if (ch == '"')
                inString = false;
            continue;
        }
        switch (ch) {
        case '"':
            inString = true;
            ++units;
            break;
        case '[':
        case '{':
            if (++depth > kMaxDepth)
                return "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels";
            units += ch == '{' ? 2 : 1;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
        case ':':
            ++units;
            break;
        default:
            continue;
        }
        if (units > budget)
            return "request too large: more than " + std::to_string(budget) +
                   " JSON values, keys and containers";
    }
    return std::nullopt;
}

core::Error protocolError(std::string message) {
    return makeError(ErrorCode::Protocol, std::move(message));
}

/// Unknown fields are errors: a typo in a request must not be silently ignored.
std::optional<core::Error> checkFields(const json& req,
                                       std::initializer_list<const char*> allowed) {
    for (const auto& [key, value] : req.items()) {
        bool ok = key == field::Id || key == field::Method;
        for (const char* a : allowed)
            ok = ok || key == a;
        if (!ok)
            return protocolError("unknown field '" + key + "'");
    }
    return std::nullopt;
}

/// An optional "transaction": absent, or an unsigned integer.
std::variant<std::optional<std::uint64_t>, core::Error> optTransaction(const json& req) {
    if (!req.contains(field::Transaction))
        return std::optional<std::uint64_t>{};
    const json& t = req[field::Transaction];
    if (!t.is_number_unsigned())
        return protocolError("\"transaction\" must be an integer");
    return std::optional<std::uint64_t>(t.get<std::uint64_t>());
}

std::variant<Request, core::Error> decodeHello(const json& req) {
    if (auto e = checkFields(req, {field::Version}))
        return *e;
    if (!req.contains(field::Version) || !req[field::Version].is_number_integer())
        return protocolError("hello needs \"version\": an integer");
    const json& v = req[field::Version];
    if (v.is_number_unsigned() ? v.get<std::uint64_t>() != std::uint64_t(kVersion)
                               : v.get<std::int64_t>() != kVersion)
        return makeError(ErrorCode::Unsupported,
                         "this helper speaks protocol version " + std::to_string(kVersion));
    return HelloRequest{kVersion};
}

std::variant<Request, core::Error> decodeList(const json& req) {
    if (auto e = checkFields(req, {field::Family, field::Table}))
        return *e;
    ListRequest out;
    if (req.contains(field::Family)) {
        const json& f = req[field::Family];
        if (f == "inet")
            out.options.family = core::Family::V4;
        else if (f == "inet6")
            out.options.family = core::Family::V6;
        else
            return protocolError("\"family\" must be \"inet\" or \"inet6\"");
    }
    if (req.contains(field::Table)) {
        const json& t = req[field::Table];
        std::optional<std::uint32_t> table;
        if (t.is_string())
            table = core::tableFromName(t.get<std::string>());
        else if (t.is_number_unsigned() && t.get<std::uint64_t>() <= 0xffffffffu)
            table = static_cast<std::uint32_t>(t.get<std::uint64_t>());
        if (!table || *table == 0)
            return protocolError("\"table\" must be a table name or id 1..2^32-1");
        out.options.table = *table;
    }
    return out;
}

std::variant<Request, core::Error> decodeApply(const json& req, const DecodeLimits& limits) {
    if (auto e = checkFields(req, {field::Changes, field::ConfirmTimeout}))
        return *e;
    if (!req.contains(field::Changes))
        return protocolError("apply needs \"changes\"");
    ApplyRequest out;
    out.changes = &req[field::Changes];
    if (req.contains(field::ConfirmTimeout)) {
        const json& t = req[field::ConfirmTimeout];
        if (!t.is_number_integer())
            return protocolError("\"confirmTimeout\" must be an integer");
        // Range first, as a 64-bit value: never narrowed before it is checked.
        if (!t.is_number_unsigned() || t.get<std::uint64_t>() > limits.maxConfirmTimeout)
            return makeError(ErrorCode::OutOfRange, "\"confirmTimeout\" must be 0.." +
                                                        std::to_string(limits.maxConfirmTimeout));
        out.confirmTimeout = static_cast<std::uint32_t>(t.get<std::uint64_t>());
    }
    return out;
}

std::variant<Request, core::Error> decodeConfirm(const json& req) {
    if (auto e = checkFields(req, {field::Transaction}))
        return *e;
    auto tx = optTransaction(req);
    if (auto* e = std::get_if<core::Error>(&tx))
        return *e;
    return ConfirmRequest{std::get<std::optional<std::uint64_t>>(tx)};
}

std::variant<Request, core::Error> decodeRevert(const json& req) {
    if (auto e = checkFields(req, {field::Target, field::Transaction}))
        return *e;
    RevertRequest out;
    if (req.contains(field::Target)) {
        const json& t = req[field::Target];
        if (t == revertTargetName(RevertRequest::Target::Last))
            out.target = RevertRequest::Target::Last;
        else if (t != revertTargetName(RevertRequest::Target::Pending))
            return protocolError("\"target\" must be \"pending\" or \"last\"");
    }
    auto tx = optTransaction(req);
    if (auto* e = std::get_if<core::Error>(&tx))
        return *e;
    out.transaction = std::get<std::optional<std::uint64_t>>(tx);
    return out;
}

std::variant<Request, core::Error> decodeKeep(const json& req) {
    if (auto e = checkFields(req, {field::Policy}))
        return *e;
    if (!req.contains(field::Policy) || !req[field::Policy].is_object())
        return protocolError("\"policy\" is required: a kept policy object");
    return KeepRequest{&req[field::Policy]};
}

std::variant<Request, core::Error> decodeForget(const json& req) {
    if (auto e = checkFields(req, {field::Name}))
        return *e;
    if (!req.contains(field::Name) || !req[field::Name].is_string())
        return protocolError("\"name\" is required: a string");
    return ForgetRequest{req[field::Name].get<std::string>()};
}

} // namespace

const char* revertTargetName(RevertRequest::Target t) {
    return t == RevertRequest::Target::Last ? "last" : "pending";
}

std::variant<Envelope, DecodeError> decodeEnvelope(std::string_view line,
                                                   const DecodeLimits& limits) {
    if (auto why = prescan(line, limits.maxChanges * kUnitsPerChange + 64))
        return DecodeError{nullptr, makeError(ErrorCode::OutOfRange, *why)};
    Envelope env;
    // nlohmann's lexer takes a NUL byte as the end of input and would ignore what follows;
    // valid JSON never holds a raw NUL.
    env.request = line.find('\0') != std::string_view::npos ? json(json::value_t::discarded)
                                                            : json::parse(line, nullptr, false);
    if (env.request.is_discarded())
        return DecodeError{nullptr, makeError(ErrorCode::Parse, "request is not valid JSON")};
    if (!env.request.is_object())
        return DecodeError{nullptr, protocolError("request must be a JSON object")};
    const json& req = env.request;
    if (!req.contains(field::Id) || !req[field::Id].is_number_unsigned() ||
        req[field::Id].get<std::uint64_t>() > kMaxId)
        return DecodeError{nullptr, protocolError("request needs \"id\": an integer 0..2^53-1")};
    env.id = req[field::Id];
    if (!req.contains(field::Method) || !req[field::Method].is_string())
        return DecodeError{env.id, protocolError("request needs \"method\": a string")};
    env.method = req[field::Method].get<std::string>();
    for (const char* m : {method::Hello, method::List, method::Apply, method::Confirm,
                          method::Revert, method::Status, method::Keep, method::Forget})
        if (env.method == m)
            return env;
    return DecodeError{env.id, protocolError("unknown method")};
}

std::variant<Request, core::Error> decodeRequest(const Envelope& envelope,
                                                 const DecodeLimits& limits) {
    const json& req = envelope.request;
    const std::string& m = envelope.method;
    if (m == method::Hello)
        return decodeHello(req);
    if (m == method::List)
        return decodeList(req);
    if (m == method::Apply)
        return decodeApply(req, limits);
    if (m == method::Confirm)
        return decodeConfirm(req);
    if (m == method::Revert)
        return decodeRevert(req);
    if (m == method::Keep)
        return decodeKeep(req);
    if (m == method::Forget)
        return decodeForget(req);
    if (auto e = checkFields(req, {}))
        return *e;
    return StatusRequest{};
}

json encodeHello() {
    return {{field::Method, method::Hello}, {field::Version, kVersion}};
}

json encodeList(const ListOptions& options) {
    json j{{field::Method, method::List}};
    if (options.family == core::Family::V4)
        j[field::Family] = "inet";
    else if (options.family == core::Family::V6)
        j[field::Family] = "inet6";
    if (options.table != 0)
        j[field::Table] = options.table;
    return j;
}

json encodeApply(const core::ChangeSet& changes, std::uint32_t confirmTimeout) {
    return {{field::Method, method::Apply},
            {field::Changes, core::toJson(changes)},
            {field::ConfirmTimeout, confirmTimeout}};
}

json encodeConfirm(std::optional<std::uint64_t> transaction) {
    json j{{field::Method, method::Confirm}};
    if (transaction)
        j[field::Transaction] = *transaction;
    return j;
}

json encodeRevert(RevertRequest::Target target, std::optional<std::uint64_t> transaction) {
    json j{{field::Method, method::Revert}, {field::Target, revertTargetName(target)}};
    if (transaction)
        j[field::Transaction] = *transaction;
    return j;
}

json encodeStatus() {
    return {{field::Method, method::Status}};
}

json encodeKeep(const json& policy) {
    return {{field::Method, method::Keep}, {field::Policy, policy}};
}

json encodeForget(const std::string& name) {
    return {{field::Method, method::Forget}, {field::Name, name}};
}

} // namespace splitroute::platform::protocol
