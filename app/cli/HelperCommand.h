// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the commands that talk to splitroute-helper (apply, revert).

#include "app/cli/Cli.h"
#include "platform/HelperClient.h"

namespace splitroute::cli {

/// --helper PATH, --helper-arg ARG (repeatable), --direct
[[nodiscard]] std::vector<Args::Spec> helperOptionSpecs();
[[nodiscard]] platform::HelperClientOptions helperClientOptions(const Args& args);
/// Prints what the helper rolled back at its start (a crashed earlier run), if anything.
void reportRecovery(Io& io, const nlohmann::json& hello);
/// Prints "  done / total" to stderr about every tenth of a long batch (nothing with --json).
[[nodiscard]] platform::ProgressFn progressPrinter(Io& io, bool asJson);
/// "verified" or a summary of the routes that are not as requested.
[[nodiscard]] std::string describeVerify(const nlohmann::json& verify);

} // namespace splitroute::cli
