// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the helper tests: a HelperService over a SimulatedBackend loaded from
// tests/data/helper/sim-table.json, with a private state directory and captured output.

#include "platform/SimulatedBackend.h"
#include "platform/helper/HelperService.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace testutil {

inline nlohmann::json loadJsonFile(const std::string& path) {
    std::ifstream f(path);
    return nlohmann::json::parse(f, nullptr, false);
}

inline std::unique_ptr<splitroute::platform::SimulatedBackend> simulatedFixture() {
    auto j = loadJsonFile(std::string(SPLITROUTE_TEST_DATA_DIR) + "/helper/sim-table.json");
    auto b = splitroute::platform::SimulatedBackend::fromJson(j);
    if (!b)
        qFatal("sim-table.json: %s", b.error().message.c_str());
    return std::move(b).value();
}

/// A service with captured output. The backend outlives it (tests restart services on it).
struct ServiceHarness {
    splitroute::platform::RouteBackend& backend;
    std::string stateDir;
    std::vector<nlohmann::json> out;
    std::unique_ptr<splitroute::platform::HelperService> service;

    ServiceHarness(splitroute::platform::RouteBackend& b, std::string dir,
                   splitroute::platform::HelperOptions options = {})
        : backend(b), stateDir(std::move(dir)) {
        options.stateDir = stateDir;
        service = std::make_unique<splitroute::platform::HelperService>(
            backend, options, [this](const nlohmann::json& j) { out.push_back(j); });
    }
    bool start() { return service->start().ok(); }
    /// Sends one line; returns the response (the last message that is not an event).
    nlohmann::json send(const std::string& line) {
        out.clear();
        service->handleLine(line, splitroute::platform::HelperService::Clock::now());
        for (auto it = out.rbegin(); it != out.rend(); ++it)
            if (!it->contains("event"))
                return *it;
        return nullptr;
    }
    nlohmann::json send(const nlohmann::json& j) { return send(j.dump()); }
    bool hello() {
        auto r = send(nlohmann::json{{"id", 0}, {"method", "hello"}, {"version", 1}});
        return r.value("ok", false);
    }
    std::vector<nlohmann::json> events() const {
        std::vector<nlohmann::json> e;
        for (const auto& j : out)
            if (j.contains("event"))
                e.push_back(j);
        return e;
    }
};

inline bool fileExists(const std::string& path) {
    std::ifstream f(path);
    return f.good();
}

} // namespace testutil
