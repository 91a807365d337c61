// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PushReplyDialog.h"

#include "app/gui/DialogMessageSink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace splitroute::app {

PushReplyDialog::PushReplyDialog(const QStringList& connections, int selected, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Paste PUSH_REPLY or OpenVPN Log"));
    auto* lay = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Paste the server's <tt>PUSH_REPLY,…</tt> message, or the client "
                                "log lines <tt>PUSH: Received control message: '…'</tt> (verb 3 "
                                "or more). With several pushes the last complete one is used."),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("pushText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(
        QStringLiteral("PUSH_REPLY,route 10.20.0.0 255.255.0.0,redirect-gateway def1,…"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    lay->addWidget(m_text, 1);
    auto* form = new QFormLayout;
    m_base = new QComboBox(this);
    m_base->setObjectName(QStringLiteral("pushBase"));
    m_base->addItem(tr("No profile: only what the server pushes"), -1);
    for (int i = 0; i < connections.size(); ++i)
        m_base->addItem(tr("Apply to %1 (its pull-filters count)").arg(connections[i]), i);
    m_base->setCurrentIndex(selected >= 0 && selected < connections.size() ? selected + 1 : 0);
    form->addRow(tr("&Received by:"), m_base);
    lay->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* load = buttons->addButton(tr("&Load Log File…"), QDialogButtonBox::ActionRole);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Nothing to open until the one required input is there.
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, ok,
            [this, ok] { ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = sinkOrDialogs(m_sink).openFileName(
            this, tr("OpenVPN Log"), QString(), tr("OpenVPN logs (*.log *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            m_text->setPlainText(QString::fromUtf8(f.readAll()));
    });
    resize(720, 420);
}

QString PushReplyDialog::text() const {
    return m_text->toPlainText();
}

int PushReplyDialog::baseConnection() const {
    return m_base->currentData().toInt();
}

} // namespace splitroute::app
