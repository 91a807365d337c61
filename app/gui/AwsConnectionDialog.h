// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/VpnConnection.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace splitroute::app {

class MessageSink;

/// Asks for the AWS CLI's endpoint JSON (`aws ec2 describe-client-vpn-endpoints`), the
/// optional routes JSON (`describe-client-vpn-routes`), the endpoint (when the file holds
/// several) and the optional downloaded .ovpn.
class AwsConnectionDialog : public QDialog {
    Q_OBJECT
public:
    /// Where its file dialogs go (tests); null: the real ones.
    void setMessageSink(MessageSink* sink) { m_sink = sink; }
    explicit AwsConnectionDialog(QWidget* parent = nullptr);

    void setEndpointsFile(const QString& path);
    [[nodiscard]] AwsRequest request() const;

    [[nodiscard]] QLineEdit* endpointsEdit() const { return m_endpoints; }
    [[nodiscard]] QLineEdit* routesEdit() const { return m_routes; }
    [[nodiscard]] QLineEdit* profileEdit() const { return m_profile; }
    [[nodiscard]] QComboBox* endpointCombo() const { return m_endpoint; }

private:
    MessageSink* m_sink = nullptr;
    void reloadEndpoints();

    QLineEdit* m_endpoints = nullptr;
    QLineEdit* m_routes = nullptr;
    QLineEdit* m_profile = nullptr;
    QComboBox* m_endpoint = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace splitroute::app
