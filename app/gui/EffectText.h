// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/EffectiveDiff.h"

#include <QCoreApplication>
#include <QString>

namespace splitroute::app {

/// core::EffectiveDiff in the window's language. In English the words are exactly core's
/// `summary` (tests/app/TestEffectText.cpp holds the two together); core keeps its English
/// sentence for the CLI, JSON and exported scripts.
class EffectText {
    Q_DECLARE_TR_FUNCTIONS(splitroute::app::EffectText)

public:
    /// All changes, one clause each ("all IPv4 traffic except 10.1.0.0/16 now leaves through
    /// wlan0 (was: through tun0); …"), or that nothing changes.
    [[nodiscard]] static QString summary(const core::EffectiveDiff& diff);
    /// One change: "203.0.113.0/24 now leaves through wlan0 (was: through tun0)".
    [[nodiscard]] static QString sentence(const core::HopChange& change);
    /// A next hop as the Changes tab lists it: the route's own words ("via 10.0.0.1 dev
    /// wlan0", "blackhole"), or "no route" translated.
    [[nodiscard]] static QString hop(const core::HopKey& key);
};

} // namespace splitroute::app
