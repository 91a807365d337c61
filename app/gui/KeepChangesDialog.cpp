#include "app/gui/KeepChangesDialog.h"

#include <QDialogButtonBox>
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
    QPushButton* keep = buttons->addButton(tr("&Keep"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Revert Now"), QDialogButtonBox::RejectRole);
    keep->setDefault(false);
    lay->addWidget(buttons);
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

void KeepChangesDialog::updateText() {
    m_label->setText(tr("The routes have been changed. If you can still reach what you need, "
                        "keep them. Otherwise they are taken back in %n second(s).",
                        nullptr, m_remaining));
}

} // namespace splitroute::app
