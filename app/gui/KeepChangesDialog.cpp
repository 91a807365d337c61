// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/KeepChangesDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace splitroute::app {

KeepChangesDialog::KeepChangesDialog(int seconds, QWidget* parent)
    : QDialog(parent), m_remaining(seconds) {
    setWindowTitle(tr("Keep These Routes?"));
    auto* lay = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    lay->addWidget(m_label);
    auto* buttons = new QDialogButtonBox(this);
    m_keep = buttons->addButton(tr("&Keep"), QDialogButtonBox::AcceptRole);
    m_revert = buttons->addButton(tr("&Revert Now"), QDialogButtonBox::RejectRole);
    // Enter keeps (whatever button has the focus), Esc reverts (QDialog's own Esc = reject).
    m_keep->setDefault(true);
    m_revert->setAutoDefault(false);
    m_revert->setToolTip(tr("Esc"));
    lay->addWidget(buttons);
    m_keep->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (--m_remaining <= 0) {
            m_timer->stop();
            reject();
            return;
        }
        updateText();
    });
    m_timer->start();
    updateText();
}

QString KeepChangesDialog::text() const {
    return m_label->text();
}

void KeepChangesDialog::updateText() {
    m_label->setText(tr("The routes have been changed. If you can still reach what you need, "
                        "keep them (Enter). Otherwise they are taken back in %n second(s) "
                        "(Esc: now).",
                        nullptr, m_remaining));
    // Screen readers read the dialog's description: the same sentence, with the seconds left.
    setAccessibleDescription(m_label->text());
    m_keep->setText(tr("&Keep (%n s)", nullptr, m_remaining));
}

void KeepChangesDialog::keyPressEvent(QKeyEvent* event) {
    // Enter keeps even when the focus is on "Revert Now" (which is no auto-default button).
    if (event->modifiers() == Qt::NoModifier &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->accept();
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace splitroute::app
