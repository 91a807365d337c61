// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "core/ChangeSet.h"
#include "core/plan/KeptPolicy.h"
#include "platform/HelperClient.h"

#include <optional>

class QWidget;

namespace splitroute::app {

class HelperSession;
class KeeperWatch;
class MessageSink;
struct VpnConnection;
class Workspace;

/// Applies the workspace's plan where its table lives — the demo's simulated backend, or this
/// computer through splitroute-helper — with one flow for both: apply (with progress), then a
/// countdown that keeps the change when confirmed and reverts it otherwise. Each apply is an
/// object of its own (ApplyRun): the progress dialog, the countdown and every connection made
/// for it go when it ends. Before it starts, a preview (how many additions and deletions, the
/// first changes) asks through the MessageSink. Revert undoes the last kept apply: on the
/// demo's backend by the inverse of its changes, on this computer through the helper. On this
/// computer a kept apply can also be handed to splitroute-keeper (setKeepSplit).
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
    /// Whether Revert can undo something now (the helper on this computer; the demo after a
    /// kept apply).
    [[nodiscard]] bool canRevert() const;
    /// Whether an apply waits for its countdown or its outcome.
    [[nodiscard]] bool busy() const { return m_run != nullptr; }

    /// Shows what the plan changes and asks to go ahead; then applies the workspace's plan and
    /// asks to keep it with a countdown that reverts unless confirmed. False when there is
    /// nothing to apply, an apply is under way, or the preview was cancelled.
    bool apply();
    /// Asks whether to undo the last change Splitroute applied (this computer or the demo),
    /// then does.
    void requestRevert();
    /// Undoes the last applied (or the pending) change: the demo's by the inverse of its
    /// changes, this computer's through the helper.
    bool revertLast();

    /// The preview's text: how many additions and deletions, then the first `shown` changes
    /// and "… and N more".
    [[nodiscard]] static QString previewText(const core::ChangeSet& changes, int shown = 10);

    // --- splitroute-keeper ---
    /// Whether "Keep this split after reconnects" can work for what is on show: this computer,
    /// through the helper, with a connection whose tunnel device is known.
    [[nodiscard]] bool canKeepSplit() const;
    [[nodiscard]] bool keepSplit() const { return m_keepSplit; }
    /// When on, an apply that is kept is also handed to the keeper (the helper's `keep`); when
    /// turned off for a connection the keeper holds (kept in this session, or reported by the
    /// keeper), the helper is asked to `forget` it.
    void setKeepSplit(bool on);
    /// The kept policy for the selected connection's decisions, matched by its device.
    [[nodiscard]] std::optional<core::KeptPolicy> keptPolicyOnShow() const;
    /// A kept-policy name for a connection (its file's or its name, made valid; else its
    /// device).
    [[nodiscard]] static QString keptNameFor(const VpnConnection& connection);
    /// Watches the keeper's state file (status bar, notifications).
    [[nodiscard]] KeeperWatch* keeperWatch() const { return m_keeper; }
    /// The keeper's state for the selected connection, for the status bar (empty: not shown).
    [[nodiscard]] QString keeperText() const;

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
    void sendKeep(const core::KeptPolicy& kept);

    Workspace* m_workspace;
    QPointer<QWidget> m_window;
    MessageSink* m_sink = nullptr;
    int m_confirmSeconds = 20;
    std::optional<platform::HelperClientOptions> m_helperOptions;
    HelperSession* m_helper = nullptr;
    QObject* m_run = nullptr; ///< the apply under way (an ApplyRun), or null
    /// The last kept demo apply, and the backend it was applied to (a new demo forgets it).
    std::optional<core::ChangeSet> m_demoKept;
    int m_demoKeptOn = 0; ///< Workspace::demoGeneration() of the demo it was applied to
    bool m_keepSplit = false;
    QStringList m_keptThisSession; ///< names handed to the keeper by this window
    KeeperWatch* m_keeper = nullptr;
};

} // namespace splitroute::app
