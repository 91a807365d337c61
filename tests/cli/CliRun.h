// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs a splitroute-cli command line in-process (cli::runMain with string streams), the way
// the executable does with std::cout, std::cerr and std::cin. Tests of what only a separate
// process shows (the environment, a helper on stdin) start the executable instead.

#include "app/cli/Cli.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sstream>
#include <string>
#include <vector>

namespace clitest {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList& args, const QByteArray& input = {}) {
    std::ostringstream out, err;
    std::istringstream in(input.toStdString());
    splitroute::cli::Io io{out, err, in};
    std::vector<std::string> argv;
    for (const auto& a : args)
        argv.push_back(a.toStdString());
    Run r;
    r.code = splitroute::cli::runMain(argv, io);
    r.out = QString::fromStdString(out.str());
    r.err = QString::fromStdString(err.str());
    return r;
}

} // namespace clitest
