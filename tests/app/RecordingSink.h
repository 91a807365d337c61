// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MessageSink.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace splitroute::app {

/// Records what the window would have shown in modal dialogs and answers its questions,
/// choices and file dialogs as the test says.
class RecordingSink final : public MessageSink {
public:
    struct Message {
        QString kind, title, text;
    };
    QList<Message> messages;
    bool answer = true;               ///< what question() answers
    std::function<void()> onQuestion; ///< runs while the question is open
    /// What chooseItem() answers (default: the first item).
    std::function<std::optional<QString>(const QStringList& items)> chooser =
        [](const QStringList& items) {
            return std::optional<QString>(items.value(0));
        };
    QStringList fileAnswers; ///< answers of the file dialogs, first first; empty: cancelled
    QStringList opened;      ///< files openLocalFile() was asked to open
    QStringList choices;     ///< the labels of the choices asked for
    /// confirm() calls ("title: text"), apart from the messages; answered with confirmAnswer.
    QStringList confirmations;
    bool confirmAnswer = true;

    void error(QWidget*, const QString& title, const QString& text) override {
        messages.append({QStringLiteral("error"), title, text});
    }
    void information(QWidget*, const QString& title, const QString& text) override {
        messages.append({QStringLiteral("information"), title, text});
    }
    bool question(QWidget*, const QString& title, const QString& text) override {
        messages.append({QStringLiteral("question"), title, text});
        if (onQuestion)
            onQuestion();
        return answer;
    }
    bool confirm(QWidget*, const QString& title, const QString& text, const QString& details,
                 const QString&) override {
        confirmations << title + QStringLiteral(": ") + text +
                             (details.isEmpty() ? QString() : QStringLiteral("\n") + details);
        return confirmAnswer;
    }
    std::optional<QString> chooseItem(QWidget*, const QString& title, const QString& label,
                                      const QStringList& items) override {
        choices << title + QStringLiteral(": ") + label;
        return chooser(items);
    }
    QStringList openFileNames(QWidget*, const QString&, const QString&, const QString&) override {
        QStringList out = fileAnswers;
        fileAnswers.clear();
        return out;
    }
    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override {
        return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
    }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override {
        return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
    }
    QString existingDirectory(QWidget*, const QString&, const QString&) override {
        return fileAnswers.isEmpty() ? QString() : fileAnswers.takeFirst();
    }
    bool openLocalFile(const QString& path) override {
        opened << path;
        return true;
    }

    /// The messages as "title: text" lines.
    [[nodiscard]] QString joined() const {
        QStringList lines;
        for (const Message& m : messages)
            lines << m.title + QStringLiteral(": ") + m.text;
        return lines.join(QLatin1Char('\n'));
    }
    [[nodiscard]] bool noMessages() const { return messages.isEmpty(); }
};

} // namespace splitroute::app
