// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace splitroute::app {

class MessageSink;

/// A PUSH_REPLY line (or an OpenVPN client log) pasted by the user, and the connection whose
/// profile receives it (or none: an empty client profile).
class PushReplyDialog : public QDialog {
    Q_OBJECT
public:
    /// Where its file dialogs go (tests); null: the real ones.
    void setMessageSink(MessageSink* sink) { m_sink = sink; }
    /// `connections`: names of the table's connections, in order.
    explicit PushReplyDialog(const QStringList& connections, int selected,
                             QWidget* parent = nullptr);

    [[nodiscard]] QString text() const;
    /// The connection index the push applies to, or -1 for none.
    [[nodiscard]] int baseConnection() const;

    [[nodiscard]] QPlainTextEdit* textEdit() const { return m_text; }
    [[nodiscard]] QComboBox* baseCombo() const { return m_base; }

private:
    MessageSink* m_sink = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_base = nullptr;
};

} // namespace splitroute::app
