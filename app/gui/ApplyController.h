// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "platform/HelperClient.h"

#include <optional>

class QWidget;

namespace splitroute::app {

class HelperSession;
class MessageSink;
class Workspace;

/// Applies the workspace's plan where its table lives — the demo's simulated backend, or this
/// computer through splitroute-helper — with one flow for both: apply (with progress), then a
/// countdown that keeps the change when confirmed and reverts it otherwise. Each apply is an
/// object of its own (ApplyRun): the progress dialog, the countdown and every connection made
/// for it go when it ends. Revert of the last change goes through the helper.
class ApplyController : public QObject {
    Q_OBJECT
public:
    enum class Target { None, Demo, Helper };

    /// `window`: the parent of the progress dialogs and the countdown.
    ApplyController(Workspace* workspace, QWidget* window);
    ~ApplyController() override;

    void setMessageSink(MessageSink* sink) { m_sink = sink; }
    /// Seconds the countdown waits for "Keep" before it reverts.
    void setConfirmSeconds(int seconds) { m_confirmSeconds = seconds; }
    [[nodiscard]] int confirmSeconds() const { return m_confirmSeconds; }
    /// Changes to the live table go through splitroute-helper (pkexec when not root). Setting
    /// options here (tests: a --simulate helper) also makes the live table read through it.
    void setHelperOptions(platform::HelperClientOptions options);
    /// The helper conversation, once one has started (else null).
    [[nodiscard]] HelperSession* helperSession() const { return m_helper; }
    [[nodiscard]] QString helperStateText() const;

    /// Where the table on show applies (None: a file, or nothing on show).
    [[nodiscard]] Target target() const;
    /// Whether the plan on show can be applied now (something planned, a target, not busy).
    [[nodiscard]] bool canApply() const;
    /// Whether Revert can ask the helper now.
    [[nodiscard]] bool canRevert() const;
    /// Whether an apply waits for its countdown or its outcome.
    [[nodiscard]] bool busy() const { return m_run != nullptr; }

    /// Applies the workspace's plan, then asks to keep it with a countdown that reverts
    /// unless confirmed. False when there is nothing to apply or an apply is under way.
    bool apply();
    /// Asks whether to undo the last change Splitroute applied to this computer, then does.
    void requestRevert();
    /// Asks the helper to undo the last applied (or the pending) transaction.
    bool revertLast();

signals:
    /// What can be applied or reverted may have changed.
    void stateChanged();
    /// A short note for the status bar.
    void statusMessage(const QString& text, int timeoutMs);

private:
    friend class ApplyRun;
    friend class DemoRun;
    friend class HelperRun;
    HelperSession* ensureHelper();
    /// helper->revert(target) with a progress dialog for long reverts (shown after 500 ms; no
    /// Cancel: a revert half done would leave a table nobody asked for).
    void revertWithProgress(const QString& target);
    void showError(const QString& title, const QString& text);
    void runFinished();

    Workspace* m_workspace;
    QPointer<QWidget> m_window;
    MessageSink* m_sink = nullptr;
    int m_confirmSeconds = 20;
    std::optional<platform::HelperClientOptions> m_helperOptions;
    HelperSession* m_helper = nullptr;
    QObject* m_run = nullptr; ///< the apply under way (an ApplyRun), or null
};

} // namespace splitroute::app
