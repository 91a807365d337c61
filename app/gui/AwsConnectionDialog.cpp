// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/AwsConnectionDialog.h"

#include "app/gui/DialogMessageSink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace splitroute::app {

AwsConnectionDialog::AwsConnectionDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Open AWS Client VPN Endpoint"));
    auto* lay = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Save the output of <tt>aws ec2 describe-client-vpn-endpoints</tt> and "
           "<tt>aws ec2 describe-client-vpn-routes</tt> as JSON files; Splitroute derives what "
           "the endpoint pushes. The downloaded .ovpn adds the client's own options."),
        this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    auto* form = new QFormLayout;
    auto fileRow = [this](QLineEdit* edit, const QString& title, const QString& filter) {
        auto* w = new QWidget(this);
        auto* h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        auto* browse = new QPushButton(tr("Browse…"), w);
        h->addWidget(edit, 1);
        h->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
            const QString path =
                sinkOrDialogs(m_sink).openFileName(this, title, edit->text(), filter);
            if (path.isEmpty())
                return;
            if (edit == m_endpoints)
                setEndpointsFile(path);
            else
                edit->setText(path);
        });
        return w;
    };
    const QString json = tr("AWS CLI JSON (*.json);;All files (*)");
    m_endpoints = new QLineEdit(this);
    m_endpoints->setObjectName(QStringLiteral("awsEndpoints"));
    m_routes = new QLineEdit(this);
    m_routes->setObjectName(QStringLiteral("awsRoutes"));
    m_routes->setPlaceholderText(tr("optional: without it a split tunnel's networks are unknown"));
    m_profile = new QLineEdit(this);
    m_profile->setObjectName(QStringLiteral("awsProfile"));
    m_profile->setPlaceholderText(tr("optional"));
    m_endpoint = new QComboBox(this);
    m_endpoint->setObjectName(QStringLiteral("awsEndpoint"));
    form->addRow(tr("&Endpoints JSON:"), fileRow(m_endpoints, tr("Endpoints JSON"), json));
    form->addRow(tr("E&ndpoint:"), m_endpoint);
    form->addRow(tr("&Routes JSON:"), fileRow(m_routes, tr("Routes JSON"), json));
    form->addRow(tr("Downloaded &profile:"),
                 fileRow(m_profile, tr("Client VPN Profile"),
                         tr("OpenVPN profiles (*.ovpn *.conf);;All files (*)")));
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
    connect(m_endpoints, &QLineEdit::textChanged, ok,
            [this, ok] { ok->setEnabled(!m_endpoints->text().trimmed().isEmpty()); });
    connect(m_endpoints, &QLineEdit::editingFinished, this, &AwsConnectionDialog::reloadEndpoints);
    resize(600, sizeHint().height());
}

void AwsConnectionDialog::setEndpointsFile(const QString& path) {
    m_endpoints->setText(path);
    reloadEndpoints();
}

void AwsConnectionDialog::reloadEndpoints() {
    m_endpoint->clear();
    m_message->clear();
    if (m_endpoints->text().isEmpty())
        return;
    auto eps = readAwsEndpointsFile(m_endpoints->text());
    if (!eps) {
        m_message->setText(errorText(eps.error()));
        return;
    }
    for (const auto& e : eps.value()) {
        const QString id = QString::fromStdString(e.id);
        QString text = id;
        if (!e.description.empty())
            text += QStringLiteral(" — ") + QString::fromStdString(e.description);
        if (!e.statusCode.empty() && e.statusCode != "available")
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(e.statusCode));
        m_endpoint->addItem(text, id);
    }
}

AwsRequest AwsConnectionDialog::request() const {
    AwsRequest r;
    r.endpoints = m_endpoints->text();
    r.routes = m_routes->text();
    r.profile = m_profile->text();
    r.endpointId = m_endpoint->currentData().toString();
    return r;
}

} // namespace splitroute::app
