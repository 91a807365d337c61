// libFuzzer target: the Splitroute snapshot JSON importer must never crash, hang or leak on any
// input, and whatever it accepts must survive a snapshot round trip.

#include "core/import/Snapshot.h"
#include "core/import/TableImport.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace splitroute::core;
    const std::string text =
        decodeTextBytes(std::string_view(reinterpret_cast<const char*>(data), size));
    auto t = importTable(text, TableFormat::Snapshot, "fuzz");
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
