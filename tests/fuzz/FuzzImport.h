// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The body shared by the table importers' libFuzzer targets: an importer must never crash,
// hang or leak on any input, and whatever it accepts must survive a snapshot round trip.

#include "core/import/Snapshot.h"
#include "core/import/TableImport.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace splitroute::fuzz {

inline int fuzzImport(const std::uint8_t* data, std::size_t size, core::TableFormat format) {
    using namespace splitroute::core;
    const std::string text =
        decodeTextBytes(std::string_view(reinterpret_cast<const char*>(data), size));
    auto t = importTable(text, format, "fuzz");
    if (!t)
        return 0;
    // Every imported route must be expressible in (and read back from) our own format.
    auto back = readSnapshot(writeSnapshot({"fuzz", "", t->table}), "fuzz");
    if (!back || back->table.size() != t->table.size())
        std::abort();
    for (std::size_t i = 0; i < t->table.size(); ++i)
        if (!(back->table[i] == t->table[i]))
            std::abort();
    return 0;
}

} // namespace splitroute::fuzz
