// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QTest helpers shared by the suites: toString overloads so failing QCOMPAREs print values,
// and small readers for golden files.

#include "core/ChangeSet.h"
#include "core/PrefixSet.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <cstring>
#include <string>

namespace splitroute::core {
inline char* toString(const IpAddress& a) {
    return qstrdup(a.toString().c_str());
}
inline char* toString(const Prefix& p) {
    return qstrdup(p.toString().c_str());
}
inline char* toString(const Route& r) {
    return qstrdup(r.toString().c_str());
}
inline char* toString(const PrefixSet& s) {
    return qstrdup(splitroute::core::formatPrefixes(s).c_str());
}
} // namespace splitroute::core

namespace testutil {
inline std::string dataPath(const char* relative) {
    return std::string(SPLITROUTE_TEST_DATA_DIR) + "/" + relative;
}
inline std::string readData(const char* relative) {
    QFile f(QString::fromStdString(dataPath(relative)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", relative);
    QByteArray b = f.readAll();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}
} // namespace testutil
