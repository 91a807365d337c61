#pragma once

#include <QDialog>

class QLabel;
class QTimer;

namespace splitroute::app {

/// "Keep these routes?" with a countdown: unless the user confirms in time, the dialog is
/// rejected and the caller reverts (like commit-confirmed on routers).
class KeepChangesDialog : public QDialog {
    Q_OBJECT
public:
    KeepChangesDialog(int seconds, QWidget* parent = nullptr);
    [[nodiscard]] int remaining() const { return m_remaining; }

private:
    void updateText();

    int m_remaining;
    QLabel* m_label = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace splitroute::app
