// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keyboard mnemonics of a dialog: no two visible controls may share one (Alt+letter would
// reach only the first).

#include <QAbstractButton>
#include <QLabel>
#include <QMap>
#include <QString>
#include <QTabBar>
#include <QWidget>

namespace mnemonictest {

/// The letter after a single '&' in `text` (lower case), or a null QChar.
inline QChar mnemonicOf(const QString& text) {
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// The mnemonics of `w`'s visible buttons, labels with a buddy and tab titles, by letter;
/// `clash` gets the first two texts that share one ("'w' in "&Write" and "&Where"").
inline QMap<QChar, QString> mnemonics(const QWidget& w, QString* clash) {
    QMap<QChar, QString> seen;
    auto take = [&](const QString& text) {
        const QChar m = mnemonicOf(text);
        if (m.isNull())
            return;
        if (seen.contains(m) && clash && clash->isEmpty())
            *clash = QStringLiteral("'%1' in \"%2\" and \"%3\"").arg(m, text, seen.value(m));
        seen.insert(m, text);
    };
    for (QAbstractButton* b : w.findChildren<QAbstractButton*>())
        if (b->isVisible())
            take(b->text());
    for (QLabel* l : w.findChildren<QLabel*>())
        if (l->buddy() && l->isVisible())
            take(l->text());
    for (QTabBar* t : w.findChildren<QTabBar*>())
        for (int i = 0; i < t->count(); ++i)
            take(t->tabText(i));
    return seen;
}

} // namespace mnemonictest
