// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTimer;

namespace splitroute::app {

/// "Keep these routes?" with a countdown: unless the user confirms in time, the dialog is
/// rejected and the caller reverts (like commit-confirmed on routers). Enter keeps, Esc reverts
/// at once; the text (and the accessible description) counts the seconds down.
class KeepChangesDialog : public QDialog {
    Q_OBJECT
public:
    KeepChangesDialog(int seconds, QWidget* parent = nullptr);
    [[nodiscard]] int remaining() const { return m_remaining; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton* keepButton() const { return m_keep; }
    [[nodiscard]] QPushButton* revertButton() const { return m_revert; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateText();

    int m_remaining;
    QLabel* m_label = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_revert = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace splitroute::app
