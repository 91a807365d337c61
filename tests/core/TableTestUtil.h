// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the table importer suites: one explicit line per route (every field the tests
// check spelled out, unlike Route::toString which leaves defaults out) and per diagnostic.

#include "core/import/TableImport.h"

#include <QStringList>

#include <string>

namespace tabletest {

using namespace splitroute::core;

inline std::string routeLine(const Route& r) {
    std::string s = r.destination.toString();
    if (!r.gateway.isNull())
        s += " via " + r.gateway.toString();
    if (!r.interface.empty())
        s += " dev " + r.interface.str();
    if (r.ifindex)
        s += " ifindex " + std::to_string(r.ifindex);
    s += " metric " + std::to_string(r.metric) + " table " + tableName(r.table) + " type " +
         routeTypeName(r.type) + " proto " + protocolName(r.protocol);
    if (r.scope != scope::Universe)
        s += " scope " + scopeName(r.scope);
    if (!r.preferredSource.isNull())
        s += " src " + r.preferredSource.toString();
    if (r.flags & routeflag::OnLink)
        s += " onlink";
    if (r.flags & routeflag::LinkDown)
        s += " linkdown";
    for (const auto& nh : r.nexthops) {
        s += " nexthop";
        if (!nh.gateway.isNull())
            s += " via " + nh.gateway.toString();
        s += " dev " + nh.interface.str() + " weight " + std::to_string(nh.weight);
        if (nh.flags & routeflag::OnLink)
            s += " onlink";
    }
    return s;
}

inline QStringList routeLines(const RouteTable& t) {
    QStringList out;
    for (const auto& r : t.routes())
        out << QString::fromStdString(routeLine(r));
    return out;
}

/// "LINE:COLUMN severity code"
inline QStringList diagnosticLines(const std::vector<Diagnostic>& ds, bool withInfo = false) {
    QStringList out;
    for (const auto& d : ds)
        if (withInfo || d.severity != Severity::Info)
            out << QString("%1:%2 %3 %4")
                       .arg(d.where.line)
                       .arg(d.where.column)
                       .arg(severityName(d.severity))
                       .arg(QString::fromStdString(d.code));
    return out;
}

/// Compares line lists one by one, so a failure names the first differing route.
#define COMPARE_LINES(actual, expected)                                                            \
    do {                                                                                           \
        const QStringList a_ = (actual);                                                           \
        const QStringList e_ = (expected);                                                         \
        for (int i_ = 0; i_ < std::min(a_.size(), e_.size()); ++i_)                                \
            QCOMPARE(a_[i_], e_[i_]);                                                              \
        QCOMPARE(a_.size(), e_.size());                                                            \
    } while (false)

} // namespace tabletest
