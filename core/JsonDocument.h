// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace splitroute::core {

/// A path to a value inside a JSON document: member names and array indices from the root.
/// Written as in messages: `rules[2].mode`, `(top)` for the root.
class JsonPath {
public:
    using Step = std::variant<std::string, std::size_t>;

    JsonPath() = default;
    /// Reads the written form back ("Routes[3].DestinationCidr"), for readers whose member
    /// names hold no '.' or '['. Anything else in brackets is taken as a member name.
    [[nodiscard]] static JsonPath fromString(std::string_view text);

    [[nodiscard]] JsonPath key(std::string name) const;
    [[nodiscard]] JsonPath index(std::size_t i) const;
    [[nodiscard]] const std::vector<Step>& steps() const { return m_steps; }
    [[nodiscard]] bool isRoot() const { return m_steps.empty(); }
    [[nodiscard]] std::string toString() const;

private:
    std::vector<Step> m_steps;
};

/// The one JSON reader for Splitroute's inputs (policies, plans, snapshots, `ip -j route`, the
/// AWS CLI's JSON). Parsing never throws: a syntax error is an Error at the file, line and
/// column where the text stops being JSON. After a successful parse, any value can be located
/// by its JsonPath, so a reader that rejects a value can point at it. nlohmann::json keeps no
/// positions; they are found on demand by scanning the (valid) text, only when asked, and the
/// members of each container scanned are kept, so locating every element of an array costs
/// one pass over it.
///
/// The document refers to the text it was parsed from: keep the text alive while locating.
class JsonDocument {
public:
    struct Options {
        /// Refuse an object that names a member twice (nlohmann keeps the last silently).
        bool rejectDuplicateKeys = false;
    };

    [[nodiscard]] static Result<JsonDocument> parse(std::string_view text, std::string file);
    [[nodiscard]] static Result<JsonDocument> parse(std::string_view text, std::string file,
                                                    Options options);

    [[nodiscard]] const nlohmann::json& root() const { return m_root; }
    [[nodiscard]] nlohmann::json& root() { return m_root; }
    [[nodiscard]] const std::string& file() const { return m_file; }

    /// Where the value at `path` starts. A path that goes past what the text holds (a missing
    /// member) is located at the deepest value that exists on the way, e.g. the object that
    /// lacks the member.
    [[nodiscard]] SourceLocation locate(const JsonPath& path) const;
    /// Where the member name of `path` starts (the key of an unknown field); the value's
    /// location when the last step is an array index or the member does not exist.
    [[nodiscard]] SourceLocation locateKey(const JsonPath& path) const;

    /// An Error "path: what" located at the value at `path`.
    [[nodiscard]] Error errorAt(const JsonPath& path, const std::string& what,
                                ErrorCode code = ErrorCode::Parse) const;
    /// An Error "path: what" located at the member name of `path`.
    [[nodiscard]] Error errorAtKey(const JsonPath& path, const std::string& what,
                                   ErrorCode code = ErrorCode::Parse) const;

    /// The parsed value at `path`, or null when there is none.
    [[nodiscard]] const nlohmann::json* valueAt(const JsonPath& path) const;

    /// Byte offset of the value at `path` (see locate()), for callers that locate in bulk.
    [[nodiscard]] std::size_t offsetOf(const JsonPath& path) const;
    /// Line and column of a byte offset of the text.
    [[nodiscard]] SourceLocation locationOf(std::size_t offset) const;

private:
    struct Member {
        std::string_view
            rawKey; ///< as written, without quotes (escapes not undone); empty in arrays
        std::size_t keyOffset = 0;
        std::size_t valueOffset = 0;
    };

    JsonDocument(std::string_view text, std::string file, nlohmann::json root,
                 std::size_t rootOffset);

    const std::vector<Member>& members(std::size_t containerOffset) const;
    /// Offsets of the value (and of its key, when a member) at `path`; stops at the deepest
    /// existing value.
    void walk(const JsonPath& path, std::size_t& value, std::size_t& key) const;

    std::string_view m_text;
    std::string m_file;
    nlohmann::json m_root;
    std::size_t m_rootOffset = 0;
    mutable std::unordered_map<std::size_t, std::vector<Member>> m_members;
};

/// Where an error about a member of the object at `object` points, for readers whose messages
/// name the member as `field 'gateway': ...` (core/RouteJson.h): the member's value, or its
/// name for an unknown field; a member of an object one level down (a plan change's `route`)
/// when the object itself has no such member; else the object.
[[nodiscard]] SourceLocation locateFieldError(const JsonDocument& doc, const JsonPath& object,
                                              const std::string& message);

/// For messages of RouteJson's list readers ("change 3: field 'gateway': ...", "route 2: ..."):
/// the element of the array at `array` that the number names, and the member in it
/// (locateFieldError); the array when the message names no element.
[[nodiscard]] SourceLocation locateElementError(const JsonDocument& doc, const JsonPath& array,
                                                std::string_view message);

} // namespace splitroute::core
