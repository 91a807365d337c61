// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/EffectText.h"

#include <QStringList>

namespace splitroute::app {

namespace {

// As core's listPrefixes: the first four, then how many more.
QString listPrefixes(const std::vector<core::Prefix>& prefixes) {
    constexpr std::size_t shown = 4;
    QStringList names;
    for (std::size_t i = 0; i < prefixes.size() && i < shown; ++i)
        names << QString::fromStdString(prefixes[i].toString());
    const QString list = names.join(QStringLiteral(", "));
    if (prefixes.size() <= shown)
        return list;
    return EffectText::tr("%1 and %n more", "the rest of a list of address ranges",
                          static_cast<int>(prefixes.size() - shown))
        .arg(list);
}

enum class Where { NoRoute, Dropped, Device, Other };

// As core's whereTo: which of its four phrases a next hop takes.
Where whereOf(const core::HopKey& k) {
    if (!k.hasRoute)
        return Where::NoRoute;
    const std::string& t = k.text;
    if (t.rfind("blackhole", 0) == 0 || t.rfind("unreachable", 0) == 0 ||
        t.rfind("prohibit", 0) == 0)
        return Where::Dropped;
    if (!k.device.empty())
        return Where::Device;
    return Where::Other;
}

// "<subject> now <where>"; `several`: the subject is a list of more than one range.
QString nowClause(const QString& subject, const core::HopKey& to, bool several) {
    const QString text = QString::fromStdString(to.text);
    switch (whereOf(to)) {
    case Where::NoRoute:
        return (several ? EffectText::tr("%1 now has no route", "several address ranges")
                        : EffectText::tr("%1 now has no route", "one address range or all traffic"))
            .arg(subject);
    case Where::Dropped:
        return (several
                    ? EffectText::tr("%1 now is dropped (%2)", "several address ranges; %2: the "
                                                               "route type, e.g. blackhole")
                    : EffectText::tr("%1 now is dropped (%2)",
                                     "one address range or all traffic; "
                                     "%2: the route type, e.g. blackhole"))
            .arg(subject, text);
    case Where::Device:
        return (several ? EffectText::tr("%1 now leave through %2", "several address ranges; %2: "
                                                                    "a network device")
                        : EffectText::tr("%1 now leaves through %2",
                                         "one address range or all traffic; %2: a network device"))
            .arg(subject, QString::fromStdString(to.device));
    case Where::Other:
        break;
    }
    return (several ? EffectText::tr("%1 now goes %2", "several address ranges; %2: a next hop, "
                                                       "e.g. via 10.0.0.1")
                    : EffectText::tr("%1 now goes %2", "one address range or all traffic; %2: a "
                                                       "next hop, e.g. via 10.0.0.1"))
        .arg(subject, text);
}

// "<clause> (was: <where>)".
QString wasClause(const QString& clause, const core::HopKey& from) {
    switch (whereOf(from)) {
    case Where::NoRoute:
        return EffectText::tr("%1 (was: has no route)").arg(clause);
    case Where::Dropped:
        return EffectText::tr("%1 (was: is dropped (%2))", "%2: the route type, e.g. blackhole")
            .arg(clause, QString::fromStdString(from.text));
    case Where::Device:
        return EffectText::tr("%1 (was: through %2)", "%2: a network device")
            .arg(clause, QString::fromStdString(from.device));
    case Where::Other:
        break;
    }
    return EffectText::tr("%1 (was: goes %2)", "%2: a next hop, e.g. via 10.0.0.1")
        .arg(clause, QString::fromStdString(from.text));
}

} // namespace

QString EffectText::sentence(const core::HopChange& c) {
    const QString family =
        c.family == core::Family::V4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    QString subject;
    if (!c.mostOfFamily)
        subject = listPrefixes(c.prefixes);
    else if (c.except.empty())
        subject = tr("all %1 traffic", "%1: IPv4 or IPv6").arg(family);
    else
        subject = tr("all %1 traffic except %2", "%1: IPv4 or IPv6; %2: address ranges")
                      .arg(family, listPrefixes(c.except));
    const bool several = !c.mostOfFamily && c.prefixes.size() > 1;
    return wasClause(nowClause(subject, c.to, several), c.from);
}

QString EffectText::summary(const core::EffectiveDiff& diff) {
    if (diff.empty())
        return tr("no address changes its next hop");
    QString text;
    for (const core::HopChange& c : diff.changes)
        text = text.isEmpty()
                   ? sentence(c)
                   : tr("%1; %2", "two clauses of the effect of a plan").arg(text, sentence(c));
    return text;
}

QString EffectText::hop(const core::HopKey& key) {
    return key.hasRoute ? QString::fromStdString(key.text) : tr("no route");
}

} // namespace splitroute::app
