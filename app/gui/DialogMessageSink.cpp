// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/DialogMessageSink.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace splitroute::app {

void DialogMessageSink::error(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::critical(parentOr(parent), title, text);
}

void DialogMessageSink::information(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::information(parentOr(parent), title, text);
}

bool DialogMessageSink::question(QWidget* parent, const QString& title, const QString& text) {
    return QMessageBox::question(parentOr(parent), title, text) == QMessageBox::Yes;
}

bool DialogMessageSink::confirm(QWidget* parent, const QString& title, const QString& text,
                                const QString& details, const QString& accept) {
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parentOr(parent));
    QPushButton* go = box.addButton(accept, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(go);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
    return box.clickedButton() == go;
}

std::optional<QString> DialogMessageSink::chooseItem(QWidget* parent, const QString& title,
                                                     const QString& label,
                                                     const QStringList& items) {
    bool ok = false;
    const QString item =
        QInputDialog::getItem(parentOr(parent), title, label, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return item;
}

QStringList DialogMessageSink::openFileNames(QWidget* parent, const QString& title,
                                             const QString& dir, const QString& filter) {
    return QFileDialog::getOpenFileNames(parentOr(parent), title, dir, filter);
}

QString DialogMessageSink::openFileName(QWidget* parent, const QString& title, const QString& dir,
                                        const QString& filter) {
    return QFileDialog::getOpenFileName(parentOr(parent), title, dir, filter);
}

QString DialogMessageSink::saveFileName(QWidget* parent, const QString& title,
                                        const QString& suggested, const QString& filter) {
    return QFileDialog::getSaveFileName(parentOr(parent), title, suggested, filter);
}

QString DialogMessageSink::existingDirectory(QWidget* parent, const QString& title,
                                             const QString& dir) {
    return QFileDialog::getExistingDirectory(parentOr(parent), title, dir);
}

MessageSink& sinkOrDialogs(MessageSink* sink) {
    static DialogMessageSink dialogs;
    return sink ? *sink : dialogs;
}

bool DialogMessageSink::openLocalFile(const QString& path) {
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace splitroute::app
