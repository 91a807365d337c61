// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/Planner.h"
#ifndef _WIN32
#include "platform/linux/NmPersist.h"
#endif

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace splitroute::app {

class MessageSink;
struct TableSource;

/// Make Permanent…: writes the split where it lasts when the VPN reconnects — the
/// NetworkManager connections of this computer (the VPN connection on the plan's tunnel
/// device and the one bypass routes leave through), or the connection's OpenVPN profile —
/// after showing exactly what will be written (the nmcli calls, or the profile's diff), and
/// takes it back later from the same place (Undo). What is written and how it is undone is
/// platform::NmPersist's and core's ProfileBlock's, as for `splitroute-cli persist`.
/// NetworkManager is asked in the background (nmcli may be slow); the dialog shows that it
/// is busy and stays usable.
class PersistDialog : public QDialog {
    Q_OBJECT
public:
    enum class Target { NetworkManager, Profile };

    /// What the dialog works on, taken from the window's selection.
    struct Context {
        QString connectionName;    ///< as the window names it ("corporate")
        QString tunnelDevice;      ///< the connection's tunnel device ("" = not known)
        bool thisComputer = false; ///< the table is this computer's (NetworkManager is too)
        QString profile;           ///< the connection's OpenVPN client profile, or empty
        QString noProfileReason;   ///< why there is none (a server config, a pasted push, …)
        bool demo = false;         ///< the demo: its profile is Splitroute's, only copies
    };
    /// The context of `source`'s selected connection.
    [[nodiscard]] static Context contextFor(const TableSource* source);

    /// `plan`: the split to write (copied; null or without changes: only Undo is offered).
    PersistDialog(Context context, const core::Plan* plan, QWidget* parent = nullptr);
    ~PersistDialog() override;

    /// Where questions and file dialogs go (tests); null: Qt's dialogs.
    void setMessageSink(MessageSink* sink) { m_sink = sink; }
#ifndef _WIN32
    /// Replaces nmcli (tests); default platform::systemNmcliRunner(). Before start().
    void setNmcliRunner(platform::NmcliRunner runner) {
        m_runner = std::move(runner);
    }
#endif
    /// Where NetworkManager backups are kept; default platform::nmPersistStateDir().
    void setStateDir(const QString& dir) {
        m_stateDir = dir;
    }
    /// Reads the profile and asks NetworkManager (in the background) what can be written.
    void start();

    /// Whether NetworkManager is being asked or written to.
    [[nodiscard]] bool busy() const {
        return m_busy;
    }
    [[nodiscard]] bool targetAvailable(Target t) const;
    /// The line under a target: what it writes to, or why it cannot.
    [[nodiscard]] QString targetText(Target t) const;
    [[nodiscard]] Target target() const;
    void setTarget(Target t);
    /// Exactly what Write will write (nmcli calls, or the profile's unified diff).
    [[nodiscard]] QString previewText() const;
    /// The last result or refusal, in a sentence.
    [[nodiscard]] QString statusText() const;
    /// Where the profile with the split is written (default: the profile itself).
    [[nodiscard]] QString profileOutput() const;
    void setProfileOutput(const QString& path);

    [[nodiscard]] QPushButton* writeButton() const {
        return m_write;
    }
    [[nodiscard]] QPushButton* undoButton() const {
        return m_undo;
    }
    [[nodiscard]] QCheckBox* reconnectBox() const {
        return m_reconnect;
    }

public slots:
    void write();
    void undo();
    /// Close / Escape: refused while a Write or Undo is still running (its outcome would be
    /// lost from view); looking at NetworkManager is simply abandoned.
    void reject() override;

signals:
    /// A background step finished (the targets found, a write, an undo).
    void idle();
    /// Something was written or taken back (the status line says what).
    void changed();

private:
    struct NmState;
    void refresh();
    void refreshProfile();
    void chooseOutput();
    void setBusy(bool busy, const QString& what = {});
    void setStatus(const QString& text, bool error);
#ifndef _WIN32
    /// `changing`: the job writes (the dialog then stays open until it is done).
    void runNm(std::function<std::shared_ptr<NmState>()> work, bool changing);
    void takeNm(const std::shared_ptr<NmState>& state);
    [[nodiscard]] std::function<std::shared_ptr<NmState>()> discovery() const;
#endif
    void writeProfile();
    void undoProfile();
    /// Whether the profile and the output file are still what the preview was made from, and
    /// the preview is for the path in "Write to"; otherwise previews again and says so.
    bool profileUnchanged();

    MessageSink* m_sink = nullptr;
    Context m_context;
    std::optional<core::Plan> m_plan;
    QString m_stateDir;
#ifndef _WIN32
    platform::NmcliRunner m_runner;
#endif
    std::shared_ptr<NmState> m_nm;
    bool m_busy = false;
    bool m_changing = false; ///< a Write or Undo runs: closing waits for its answer

    // The profile: what is there and what Write makes of it.
    QString m_profileReason;   ///< why it cannot be written ("" = it can)
    QString m_previewedOutput; ///< the "Write to" path the preview is for
    QByteArray m_inputBytes;   ///< the profile as the preview read it
    QByteArray m_outputBytes;  ///< the output file now (empty: not there)
    QByteArray m_profileText;  ///< the output after Write
    QString m_profileDiff;
    int m_blockLine = 0;         ///< where Write puts the block
    int m_existingBlockLine = 0; ///< where the output's block is now
    bool m_outputHasBlock = false;

    QLabel* m_intro = nullptr;
    QRadioButton* m_nmRadio = nullptr;
    QLabel* m_nmLabel = nullptr;
    QRadioButton* m_profileRadio = nullptr;
    QLabel* m_profileLabel = nullptr;
    QLineEdit* m_output = nullptr;
    QPushButton* m_choose = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QCheckBox* m_reconnect = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_write = nullptr;
    QPushButton* m_undo = nullptr;
};

} // namespace splitroute::app
