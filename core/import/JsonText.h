#pragma once

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// Parses JSON without exceptions; a syntax error becomes an Error with the file, line and
/// column where the parser stopped.
[[nodiscard]] Result<nlohmann::json> parseJsonText(std::string_view text,
                                                   const std::string& fileName);

/// Byte offsets of the elements of an array in valid JSON text: the root array when `key` is
/// empty, else the array under the root object's `key`. Used to put line numbers on
/// diagnostics about single elements (nlohmann::json keeps no positions).
[[nodiscard]] std::vector<std::size_t> jsonElementOffsets(std::string_view text,
                                                          std::string_view key);

} // namespace splitroute::core
