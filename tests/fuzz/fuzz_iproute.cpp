// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the ip route text importer (see FuzzImport.h for what is checked).

#include "FuzzImport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return splitroute::fuzz::fuzzImport(data, size, splitroute::core::TableFormat::IpRoute);
}
