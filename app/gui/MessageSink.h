// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace splitroute::app {

/// The one seam between the window's parts and a person: modal messages, questions, choices
/// from a list, file dialogs and opening a file in the desktop's application. The default
/// shows Qt's dialogs; tests install a recording implementation (in one place:
/// MainWindow::setMessageSink) so a modal dialog never blocks them and its text can be checked.
/// A null parent means the window's (DialogMessageSink's default parent).
class MessageSink {
public:
    virtual ~MessageSink() = default;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Yes/No question; returns true for yes.
    virtual bool question(QWidget* parent, const QString& title, const QString& text) = 0;
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
    /// Opens a local file with the desktop's application (the log file); false when none did.
    virtual bool openLocalFile(const QString& path) = 0;
};

/// The real thing: QMessageBox, QInputDialog, QFileDialog, QDesktopServices.
class DialogMessageSink final : public MessageSink {
public:
    /// `defaultParent`: the parent of dialogs asked for with a null parent.
    explicit DialogMessageSink(QWidget* defaultParent = nullptr) : m_parent(defaultParent) {}
    void error(QWidget* parent, const QString& title, const QString& text) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    bool question(QWidget* parent, const QString& title, const QString& text) override;
    std::optional<QString> chooseItem(QWidget* parent, const QString& title, const QString& label,
                                      const QStringList& items) override;
    QStringList openFileNames(QWidget* parent, const QString& title, const QString& dir,
                              const QString& filter) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& dir,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    bool openLocalFile(const QString& path) override;

private:
    [[nodiscard]] QWidget* parentOr(QWidget* parent) const {
        return parent ? parent : m_parent.data();
    }
    QPointer<QWidget> m_parent;
};

} // namespace splitroute::app
