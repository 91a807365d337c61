// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    splitroute::cli::Io io{std::cout, std::cerr, std::cin};
    return splitroute::cli::runMain(args, io);
}
