// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The helper protocol's words (PROTOCOL.md) in one place: method and field names, the typed
// requests the helper decodes a line into, and the encoders HelperClient builds its requests
// with. The transaction logic stays in HelperService.

#include "core/Result.h"
#include "platform/RouteBackend.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace splitroute::core {
struct ChangeSet;
}

namespace splitroute::platform::protocol {

/// The protocol version hello carries.
inline constexpr int kVersion = 1;
/// Request ids are integers a double can hold exactly (JSON readers in other languages).
inline constexpr std::uint64_t kMaxId = (std::uint64_t(1) << 53) - 1;

namespace method {
inline constexpr const char* Hello = "hello";
inline constexpr const char* List = "list";
inline constexpr const char* Apply = "apply";
inline constexpr const char* Confirm = "confirm";
inline constexpr const char* Revert = "revert";
inline constexpr const char* Status = "status";
inline constexpr const char* Keep = "keep";
inline constexpr const char* Forget = "forget";
} // namespace method

namespace field {
inline constexpr const char* Id = "id";
inline constexpr const char* Method = "method";
inline constexpr const char* Version = "version";
inline constexpr const char* Family = "family";
inline constexpr const char* Table = "table";
inline constexpr const char* Changes = "changes";
inline constexpr const char* ConfirmTimeout = "confirmTimeout";
inline constexpr const char* Transaction = "transaction";
inline constexpr const char* Target = "target";
inline constexpr const char* Policy = "policy";
inline constexpr const char* Name = "name";
} // namespace field

struct HelloRequest {
    std::int64_t version = 0;
};
struct ListRequest {
    ListOptions options;
};
/// The changes stay JSON: the service validates them against the live table.
struct ApplyRequest {
    const nlohmann::json* changes = nullptr; ///< into the decoded request
    std::uint32_t confirmTimeout = 0;
};
struct ConfirmRequest {
    std::optional<std::uint64_t> transaction;
};
struct RevertRequest {
    enum class Target { Pending, Last };
    Target target = Target::Pending;
    std::optional<std::uint64_t> transaction;
};
struct StatusRequest {};
/// The kept policy stays JSON: the service reads it (core::KeptPolicy) and checks it.
struct KeepRequest {
    const nlohmann::json* policy = nullptr; ///< into the decoded request
};
struct ForgetRequest {
    std::string name;
};
using Request = std::variant<HelloRequest, ListRequest, ApplyRequest, ConfirmRequest, RevertRequest,
                             StatusRequest, KeepRequest, ForgetRequest>;

/// A request line's envelope: the parsed object, its id and its method.
struct Envelope {
    nlohmann::json request;
    nlohmann::json id; ///< null until known
    std::string method;
};
/// What a line could not be decoded into, with the id to answer with (null when unknown).
struct DecodeError {
    nlohmann::json id;
    core::Error error;
};

/// Limits the decoder enforces before and while parsing.
struct DecodeLimits {
    std::size_t maxChanges = 100000;
    std::uint32_t maxConfirmTimeout = 3600;
};

/// Parses a line: its size (prescan: nesting depth, and a budget of units that bounds the
/// memory the parsed value takes), JSON, an object with "id" and a known "method".
[[nodiscard]] std::variant<Envelope, DecodeError> decodeEnvelope(std::string_view line,
                                                                 const DecodeLimits& limits);
/// The fields of the envelope's method, checked (unknown fields are errors).
[[nodiscard]] std::variant<Request, core::Error> decodeRequest(const Envelope& envelope,
                                                               const DecodeLimits& limits);

/// Requests as HelperClient sends them (without "id", which the client numbers).
[[nodiscard]] nlohmann::json encodeHello();
[[nodiscard]] nlohmann::json encodeList(const ListOptions& options);
[[nodiscard]] nlohmann::json encodeApply(const core::ChangeSet& changes,
                                         std::uint32_t confirmTimeout);
[[nodiscard]] nlohmann::json encodeConfirm(std::optional<std::uint64_t> transaction);
[[nodiscard]] nlohmann::json encodeRevert(RevertRequest::Target target,
                                          std::optional<std::uint64_t> transaction = {});
[[nodiscard]] nlohmann::json encodeStatus();
/// `policy`: a kept policy document (core::KeptPolicy::toJson()).
[[nodiscard]] nlohmann::json encodeKeep(const nlohmann::json& policy);
[[nodiscard]] nlohmann::json encodeForget(const std::string& name);

[[nodiscard]] const char* revertTargetName(RevertRequest::Target t);

} // namespace splitroute::platform::protocol
