// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ServerConnectionDialog.h"

#include "app/gui/DialogMessageSink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace splitroute::app {

ServerConnectionDialog::ServerConnectionDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Open OpenVPN Server Config"));
    auto* lay = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("See a server through one client's eyes: the pushes every client "
                                "receives, changed by that client's client-config-dir file."),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    auto* form = new QFormLayout;
    auto row = [this](QLineEdit* edit, QPushButton* browse) {
        auto* w = new QWidget(this);
        auto* h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(edit, 1);
        h->addWidget(browse);
        return w;
    };
    m_config = new QLineEdit(this);
    m_config->setObjectName(QStringLiteral("serverConfig"));
    auto* browseConfig = new QPushButton(tr("Browse…"), this);
    m_ccd = new QLineEdit(this);
    m_ccd->setObjectName(QStringLiteral("ccdDir"));
    m_ccd->setPlaceholderText(tr("the config's client-config-dir"));
    auto* browseCcd = new QPushButton(tr("Browse…"), this);
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("clientName"));
    m_client->setEditable(true);
    form->addRow(tr("Server &config:"), row(m_config, browseConfig));
    form->addRow(tr("Client-config-&dir:"), row(m_ccd, browseCcd));
    form->addRow(tr("Client co&mmon name:"), m_client);
    lay->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    lay->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Nothing to open until the one required input is there.
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_config, &QLineEdit::textChanged, ok,
            [this, ok] { ok->setEnabled(!m_config->text().trimmed().isEmpty()); });

    connect(browseConfig, &QPushButton::clicked, this, [this] {
        const QString path = sinkOrDialogs(m_sink).openFileName(
            this, tr("OpenVPN Server Config"), m_config->text(),
            tr("OpenVPN configs (*.conf *.ovpn);;All files (*)"));
        if (!path.isEmpty())
            setConfig(path);
    });
    connect(browseCcd, &QPushButton::clicked, this, [this] {
        const QString dir =
            sinkOrDialogs(m_sink).existingDirectory(this, tr("Client-config-dir"), m_ccd->text());
        if (!dir.isEmpty()) {
            m_ccd->setText(dir);
            reloadClients();
        }
    });
    connect(m_config, &QLineEdit::editingFinished, this, [this] { setConfig(m_config->text()); });
    connect(m_ccd, &QLineEdit::editingFinished, this, &ServerConnectionDialog::reloadClients);
    resize(560, sizeHint().height());
}

void ServerConnectionDialog::setConfig(const QString& path) {
    m_config->setText(path);
    m_ccd->setText(serverDefaultCcdDir(path));
    reloadClients();
}

void ServerConnectionDialog::reloadClients() {
    const QString keep = m_client->currentText();
    m_client->clear();
    m_client->addItem(tr("(any client without a file)"), QString());
    m_message->clear();
    if (m_config->text().isEmpty())
        return;
    auto names = serverClientNames(m_config->text(), m_ccd->text());
    if (!names) {
        m_message->setText(errorText(names.error()));
        return;
    }
    for (const QString& n : names.value())
        m_client->addItem(n, n);
    const int i = m_client->findText(keep);
    m_client->setCurrentIndex(i < 0 ? (m_client->count() > 1 ? 1 : 0) : i);
}

ServerRequest ServerConnectionDialog::request() const {
    ServerRequest r;
    r.config = m_config->text();
    r.ccdDir = m_ccd->text();
    const int i = m_client->findText(m_client->currentText());
    r.client = i >= 0 ? m_client->itemData(i).toString() : m_client->currentText();
    return r;
}

} // namespace splitroute::app
