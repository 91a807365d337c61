// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/keeper/KeeperState.h"

#include "core/FileBytes.h"

#include <filesystem>
#include <set>

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;

const char* keptStateName(KeptState s) {
    switch (s) {
    case KeptState::Waiting:
        return "waiting";
    case KeptState::Holding:
        return "holding";
    case KeptState::GaveUp:
        return "gave-up";
    case KeptState::Refused:
        return "refused";
    case KeptState::Error:
        return "error";
    }
    return "waiting";
}

std::optional<KeptState> keptStateFromName(const std::string& name) {
    for (auto s : {KeptState::Waiting, KeptState::Holding, KeptState::GaveUp, KeptState::Refused,
                   KeptState::Error})
        if (name == keptStateName(s))
            return s;
    return std::nullopt;
}

const KeptStatus* KeeperStatus::find(const std::string& name) const {
    for (const auto& p : policies)
        if (p.name == name)
            return &p;
    return nullptr;
}

json toJson(const KeptStatus& s) {
    auto opt = [](const std::optional<std::int64_t>& v) {
        return v ? json(*v) : json(nullptr);
    };
    return {{"name", s.name},
            {"file", s.file},
            {"match", s.match},
            {"state", keptStateName(s.state)},
            {"device", s.device},
            {"reapplies", s.reapplies},
            {"lastReapply", opt(s.lastReapply)},
            {"lastRestoreMs", opt(s.lastRestoreMs)},
            {"lastAdded", s.lastAdded},
            {"lastRemoved", s.lastRemoved},
            {"lastError", s.lastError}};
}

json toJson(const KeeperStatus& s) {
    json ps = json::array();
    for (const auto& p : s.policies)
        ps.push_back(toJson(p));
    return {{"format", "splitroute-keeper-state"},
            {"version", 1},
            {"pid", s.pid},
            {"updatedAt", s.updatedAt},
            {"policies", ps}};
}

namespace {

core::Error bad(const std::string& what) {
    return makeError(ErrorCode::Parse, "keeper state: " + what);
}

core::Result<KeptStatus> keptFromJson(const json& j, std::size_t i) {
    const std::string at = "policies[" + std::to_string(i) + "]";
    if (!j.is_object())
        return bad(at + ": not an object");
    static const std::set<std::string> known{
        "name",        "file",          "match",     "state",       "device",   "reapplies",
        "lastReapply", "lastRestoreMs", "lastAdded", "lastRemoved", "lastError"};
    for (const auto& [k, v] : j.items())
        if (!known.count(k))
            return bad(at + "." + k + ": unknown field");
    KeptStatus s;
    try {
        s.name = j.at("name").get<std::string>();
        s.file = j.value("file", std::string());
        s.match = j.value("match", json());
        auto state = keptStateFromName(j.at("state").get<std::string>());
        if (!state)
            return bad(at + ".state: unknown state");
        s.state = *state;
        s.device = j.value("device", std::string());
        s.reapplies = j.value("reapplies", std::uint64_t(0));
        if (j.contains("lastReapply") && !j["lastReapply"].is_null())
            s.lastReapply = j["lastReapply"].get<std::int64_t>();
        if (j.contains("lastRestoreMs") && !j["lastRestoreMs"].is_null())
            s.lastRestoreMs = j["lastRestoreMs"].get<std::int64_t>();
        s.lastAdded = j.value("lastAdded", std::size_t(0));
        s.lastRemoved = j.value("lastRemoved", std::size_t(0));
        s.lastError = j.value("lastError", std::string());
    } catch (const json::exception& e) {
        return bad(at + ": " + e.what());
    }
    return s;
}

} // namespace

core::Result<KeeperStatus> keeperStatusFromJson(const json& j) {
    if (!j.is_object() || j.value("format", std::string()) != "splitroute-keeper-state")
        return bad("not a splitroute-keeper-state document");
    if (j.value("version", 0) != 1)
        return makeError(ErrorCode::Unsupported, "keeper state: version is not 1");
    for (const auto& [k, v] : j.items())
        if (k != "format" && k != "version" && k != "pid" && k != "updatedAt" && k != "policies")
            return bad(k + ": unknown field");
    KeeperStatus s;
    try {
        s.pid = j.value("pid", std::int64_t(0));
        s.updatedAt = j.value("updatedAt", std::int64_t(0));
    } catch (const json::exception& e) {
        return bad(e.what());
    }
    if (!j.contains("policies") || !j["policies"].is_array())
        return bad("policies: required, an array");
    for (std::size_t i = 0; i < j["policies"].size(); ++i) {
        auto p = keptFromJson(j["policies"][i], i);
        if (!p)
            return p.error();
        s.policies.push_back(std::move(p).value());
    }
    return s;
}

core::Result<KeeperStatus> readKeeperStatus(const std::string& stateDir) {
    const std::string path = (std::filesystem::path(stateDir) / "state.json").string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return makeError(ErrorCode::NotFound,
                         "no keeper state at " + path + " (is splitroute-keeper running?)");
    auto text = core::readFileBytes(path);
    if (!text)
        return text.error();
    json j = json::parse(*text, nullptr, false);
    if (j.is_discarded())
        return bad(path + " is not JSON");
    return keeperStatusFromJson(j);
}

core::Result<KeptStatus> readKeptStatus(const std::string& name, const std::string& stateDir) {
    auto all = readKeeperStatus(stateDir);
    if (!all)
        return all.error();
    if (const KeptStatus* s = all->find(name))
        return *s;
    return makeError(ErrorCode::NotFound, "the keeper does not hold a policy named " + name);
}

} // namespace splitroute::platform
