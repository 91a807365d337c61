// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/RouteBackend.h"
#include "platform/helper/Protocol.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::platform {

struct HelperClientOptions {
    enum class Elevation {
        Auto,   ///< direct when already root, else through pkexec
        Pkexec, ///< always `pkexec HELPER ...`
        Direct, ///< exec the helper itself (root, tests, --simulate)
    };
    /// Empty: the installed helper (${libexecdir}/splitroute/splitroute-helper).
    std::string helperPath;
    Elevation elevation = Elevation::Auto;
    /// Extra arguments for the helper, set by whoever starts it (tests: --state-dir,
    /// --simulate, --allow-unprivileged). Never built from a request.
    std::vector<std::string> extraArgs;
    /// How long to wait for a response; for apply, how long without a response or progress.
    std::chrono::milliseconds timeout{60000};
    bool discardStderr = false; ///< else the helper's log goes to our stderr
};

/// A response of the helper: ok with its body, or an error (body kept: an apply failure
/// carries "rolledBack" and "verify").
struct HelperResponse {
    bool ok = false;
    nlohmann::json body;
    core::Error error;
    std::optional<std::size_t> index; ///< failing change of an apply
};

/// Starts splitroute-helper (Boost.Process, an argument vector, no shell) and speaks its
/// protocol (platform/helper/PROTOCOL.md) synchronously. Not thread-safe.
///
/// Destroying the client closes the helper's stdin: an apply that was not confirmed is then
/// rolled back by the helper.
class HelperClient {
public:
    explicit HelperClient(HelperClientOptions options = {});
    ~HelperClient();
    HelperClient(const HelperClient&) = delete;
    HelperClient& operator=(const HelperClient&) = delete;

    /// Starts the helper and says hello; returns the hello response (backend, limits,
    /// "recovered": a rollback the helper did at start).
    [[nodiscard]] core::Result<nlohmann::json> start();
    [[nodiscard]] bool running() const;

    /// One request, as built by the protocol::encode… functions (or by hand, in tests): the
    /// client numbers it ("id"). Progress events are passed to `progress`; other events are
    /// kept (takeEvents()).
    [[nodiscard]] core::Result<HelperResponse> call(nlohmann::json request,
                                                    const ProgressFn& progress = {});

    [[nodiscard]] core::Result<core::RouteTable> listRoutes(const ListOptions& options = {});
    /// confirmTimeout 0: committed at once; else confirm() must follow within that many
    /// seconds or the helper rolls back.
    [[nodiscard]] core::Result<HelperResponse> apply(const core::ChangeSet& changes,
                                                     std::uint32_t confirmTimeout,
                                                     const ProgressFn& progress = {});
    [[nodiscard]] core::Result<HelperResponse>
    confirm(std::optional<std::uint64_t> transaction = {});
    /// target "pending" (the unconfirmed apply) or "last" (that, or else the last confirmed).
    /// `progress` gets the helper's progress events (reverts of 1000 changes or more).
    [[nodiscard]] core::Result<HelperResponse> revert(const std::string& target = "pending",
                                                      const ProgressFn& progress = {});
    [[nodiscard]] core::Result<nlohmann::json> status();

    /// Waits up to `timeout` for an event ("reverted", ...) that is not progress.
    [[nodiscard]] core::Result<std::optional<nlohmann::json>>
    waitEvent(std::chrono::milliseconds timeout);
    [[nodiscard]] std::vector<nlohmann::json> takeEvents();

    /// Closes the helper's stdin and waits for it to exit (it rolls back what is pending).
    /// Returns its exit status.
    int close(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    /// The helper's process id (0 when not running); tests use it to kill the helper.
    [[nodiscard]] int pid() const;

private:
    struct Impl;
    [[nodiscard]] core::Result<nlohmann::json> readMessage(std::chrono::milliseconds timeout);
    [[nodiscard]] core::Result<void> send(const nlohmann::json& j);

    HelperClientOptions m_options;
    std::unique_ptr<Impl> m_impl;
    std::uint64_t m_nextId = 1;
    std::vector<nlohmann::json> m_events;
};

/// ErrorCode for a name from core::errorCodeName ("exists" → Exists); Internal if unknown.
[[nodiscard]] core::ErrorCode errorCodeFromName(const std::string& name);

namespace detail {
/// The first whole line of `buffer` (taken out of it) as the JSON object the helper sent;
/// nullopt while no whole line has arrived. Both clients (pipes and poll; Windows' named pipe)
/// read through it.
[[nodiscard]] std::optional<core::Result<nlohmann::json>> takeMessageLine(std::string& buffer);
} // namespace detail

} // namespace splitroute::platform
