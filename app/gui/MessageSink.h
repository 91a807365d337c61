// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace splitroute::app {

/// The one seam between the window's parts and a person: modal messages, questions, choices
/// from a list, file dialogs and opening a file in the desktop's application. The default
/// shows Qt's dialogs; tests install a recording implementation (in one place:
/// MainWindow::setMessageSink) so a modal dialog never blocks them and its text can be checked.
/// A null parent means the window's (DialogMessageSink's default parent). No widget here: the
/// Workspace talks through it too.
class MessageSink {
public:
    virtual ~MessageSink() = default;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Yes/No question; returns true for yes.
    virtual bool question(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Asks to go ahead with what `text` describes (the apply preview), with an `accept`
    /// button (e.g. "Apply") and Cancel; `details`: more text behind a Details button, or
    /// empty. Returns true for `accept`.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& details, const QString& accept) = 0;
    /// Asks to pick one of `items`; nullopt when cancelled.
    virtual std::optional<QString> chooseItem(QWidget* parent, const QString& title,
                                              const QString& label, const QStringList& items) = 0;
    /// File dialogs; an empty answer (or list) when cancelled. `filter`: "Name (*.x);;…".
    virtual QStringList openFileNames(QWidget* parent, const QString& title, const QString& dir,
                                      const QString& filter) = 0;
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& dir,
                                 const QString& filter) = 0;
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                 const QString& filter) = 0;
    virtual QString existingDirectory(QWidget* parent, const QString& title,
                                      const QString& dir) = 0;
    /// Opens a local file with the desktop's application (the log file); false when none did.
    virtual bool openLocalFile(const QString& path) = 0;
};

} // namespace splitroute::app
