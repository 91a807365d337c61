// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MessageSink.h"

#include <QPointer>
#include <QWidget>

namespace splitroute::app {

/// The real thing: QMessageBox, QInputDialog, QFileDialog, QDesktopServices.
class DialogMessageSink final : public MessageSink {
public:
    /// `defaultParent`: the parent of dialogs asked for with a null parent.
    explicit DialogMessageSink(QWidget* defaultParent = nullptr) : m_parent(defaultParent) {}
    void error(QWidget* parent, const QString& title, const QString& text) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    bool question(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& details,
                 const QString& accept) override;
    std::optional<QString> chooseItem(QWidget* parent, const QString& title, const QString& label,
                                      const QStringList& items) override;
    QStringList openFileNames(QWidget* parent, const QString& title, const QString& dir,
                              const QString& filter) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& dir,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    QString existingDirectory(QWidget* parent, const QString& title, const QString& dir) override;
    bool openLocalFile(const QString& path) override;

private:
    [[nodiscard]] QWidget* parentOr(QWidget* parent) const {
        return parent ? parent : m_parent.data();
    }
    QPointer<QWidget> m_parent;
};

/// `sink`, or the real dialogs when it is null (a dialog nobody gave a sink).
[[nodiscard]] MessageSink& sinkOrDialogs(MessageSink* sink);

} // namespace splitroute::app
