// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace splitroute::app {

/// Where the window sends its modal messages. The default shows QMessageBox; tests install
/// a recording sink so a modal dialog never blocks them and its text can be checked.
class MessageSink {
public:
    virtual ~MessageSink() = default;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Yes/No question; returns true for yes.
    virtual bool question(QWidget* parent, const QString& title, const QString& text) = 0;
};

/// The real thing: modal QMessageBoxes.
class DialogMessageSink final : public MessageSink {
public:
    void error(QWidget* parent, const QString& title, const QString& text) override {
        QMessageBox::critical(parent, title, text);
    }
    void information(QWidget* parent, const QString& title, const QString& text) override {
        QMessageBox::information(parent, title, text);
    }
    bool question(QWidget* parent, const QString& title, const QString& text) override {
        return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
    }
};

} // namespace splitroute::app
