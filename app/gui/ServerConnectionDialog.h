// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/VpnConnection.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace splitroute::app {

class MessageSink;

/// Asks for an OpenVPN server config, its client-config-dir (default: the one the config
/// names) and the client whose view to show (the common names found in that folder).
class ServerConnectionDialog : public QDialog {
    Q_OBJECT
public:
    /// Where its file dialogs go (tests); null: the real ones.
    void setMessageSink(MessageSink* sink) { m_sink = sink; }
    explicit ServerConnectionDialog(QWidget* parent = nullptr);

    void setConfig(const QString& path);
    [[nodiscard]] ServerRequest request() const;

    [[nodiscard]] QLineEdit* configEdit() const { return m_config; }
    [[nodiscard]] QLineEdit* ccdEdit() const { return m_ccd; }
    [[nodiscard]] QComboBox* clientCombo() const { return m_client; }

private:
    MessageSink* m_sink = nullptr;
    void reloadClients();

    QLineEdit* m_config = nullptr;
    QLineEdit* m_ccd = nullptr;
    QComboBox* m_client = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace splitroute::app
