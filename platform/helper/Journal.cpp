// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/helper/Journal.h"

#include "core/RouteJson.h"

#include <string>

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;

namespace {
constexpr const char* kPending = "journal.json";
constexpr const char* kLast = "last-applied.json";
} // namespace

const char* journalStateName(JournalRecord::State s) {
    switch (s) {
    case JournalRecord::State::Applying:
        return "applying";
    case JournalRecord::State::Pending:
        return "pending";
    case JournalRecord::State::Confirmed:
        return "confirmed";
    }
    return "applying";
}

json toJson(const JournalRecord& r) {
    json j{{"format", "splitroute-journal"},
           {"version", 1},
           {"state", journalStateName(r.state)},
           {"transaction", r.transaction},
           {"createdAt", r.createdAt},
           {"confirmDeadline", r.confirmDeadline},
           {"changes", r.changes},
           {"inverse", core::toJson(r.inverse)}};
    j["peerUid"] = r.peerUid ? json(*r.peerUid) : json(nullptr);
    if (!r.netns.empty())
        j["netns"] = r.netns;
    return j;
}

core::Result<JournalRecord> journalRecordFromJson(const json& j) {
    auto bad = [](const std::string& what) {
        return makeError(ErrorCode::Parse, "journal: " + what);
    };
    if (!j.is_object() || j.value("format", "") != "splitroute-journal")
        return bad("not a splitroute journal");
    if (!j.contains("version") || j["version"] != 1)
        return bad("unsupported version");
    JournalRecord r;
    const std::string state = j.value("state", "");
    if (state == "applying")
        r.state = JournalRecord::State::Applying;
    else if (state == "pending")
        r.state = JournalRecord::State::Pending;
    else if (state == "confirmed")
        r.state = JournalRecord::State::Confirmed;
    else
        return bad("unknown state '" + state + "'");
    if (!j.contains("transaction") || !j["transaction"].is_number_unsigned())
        return bad("missing transaction");
    r.transaction = j["transaction"].get<std::uint64_t>();
    if (j.contains("createdAt") && j["createdAt"].is_number_integer())
        r.createdAt = j["createdAt"].get<std::int64_t>();
    if (j.contains("confirmDeadline") && j["confirmDeadline"].is_number_integer())
        r.confirmDeadline = j["confirmDeadline"].get<std::int64_t>();
    if (j.contains("changes") && j["changes"].is_number_unsigned())
        r.changes = j["changes"].get<std::size_t>();
    if (j.contains("peerUid") && j["peerUid"].is_number_unsigned())
        r.peerUid = j["peerUid"].get<std::uint32_t>();
    if (j.contains("netns")) {
        if (!j["netns"].is_string())
            return bad("netns must be a string");
        r.netns = j["netns"].get<std::string>();
    }
    if (!j.contains("inverse"))
        return bad("missing inverse");
    auto inv = core::changeSetFromJson(j["inverse"]);
    if (!inv)
        return bad(inv.error().message);
    r.inverse = std::move(inv).value();
    return r;
}

core::Result<std::optional<JournalRecord>> Journal::read(const char* name) const {
    auto text = readText(name);
    if (!text)
        return text.error();
    if (!*text)
        return std::optional<JournalRecord>{};
    json j = json::parse(**text, nullptr, false);
    if (j.is_discarded())
        return makeError(ErrorCode::Parse, m_dir + "/" + name + ": not valid JSON");
    auto r = journalRecordFromJson(j);
    if (!r)
        return makeError(ErrorCode::Parse, m_dir + "/" + name + ": " + r.error().message);
    return std::optional<JournalRecord>(std::move(r).value());
}

core::Result<std::optional<JournalRecord>> Journal::readPending() const {
    return read(kPending);
}
core::Result<std::optional<JournalRecord>> Journal::readLast() const {
    return read(kLast);
}

core::Result<void> Journal::writePending(const JournalRecord& r) {
    return writeAtomically(kPending, toJson(r).dump() + "\n");
}

core::Result<void> Journal::commitPending(JournalRecord r) {
    // last-applied.json is replaced atomically first, journal.json removed second. A crash
    // in between leaves both naming the same transaction, which HelperService::start()
    // recognises as committed (it drops journal.json instead of rolling back).
    r.state = JournalRecord::State::Confirmed;
    r.confirmDeadline = 0;
    if (auto w = writeAtomically(kLast, toJson(r).dump() + "\n"); !w)
        return w;
    return remove(kPending);
}

core::Result<void> Journal::removePending() {
    return remove(kPending);
}
core::Result<void> Journal::removeLast() {
    return remove(kLast);
}

core::Result<void> Journal::quarantinePending(std::uint64_t transaction) {
    return rename(kPending, "journal.failed-" + std::to_string(transaction) + ".json");
}

} // namespace splitroute::platform
