// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Planner.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace splitroute::app {

class MessageSink;

/// Export…: a format picker with a live preview of the script and of its undo script,
/// Copy and Save. The scripts come from core's exporters.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// Where its file dialogs go (tests); null: the real ones.
    void setMessageSink(MessageSink* sink) { m_sink = sink; }
    ExportDialog(core::Plan plan, QWidget* parent = nullptr);

    /// Selects a format by its name ("sh", "nmcli", …); false when unknown.
    bool setFormat(const QString& format);
    [[nodiscard]] QString script() const;
    [[nodiscard]] QString undoScript() const;
    [[nodiscard]] QString errorText() const;
    /// What the exporter warns about the script shown (a plan made on another system's
    /// table); empty when nothing.
    [[nodiscard]] QString noticeText() const;
    [[nodiscard]] QLineEdit* connectionEdit() const { return m_connection; }

private slots:
    void render();
    void onSave();
    void onCopy();

private:
    MessageSink* m_sink = nullptr;
    core::Plan m_plan;
    QComboBox* m_format = nullptr;
    QLineEdit* m_connection = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QPlainTextEdit* m_undo = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_notice = nullptr;
};

} // namespace splitroute::app
