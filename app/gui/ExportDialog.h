// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/NmcliExporter.h"
#include "core/plan/Planner.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace splitroute::app {

class MessageSink;
struct TableSource;

/// Export…: a format picker with a live preview of the script and of its undo script;
/// Copy and Save act on the one shown (Script or Undo script tab) and suggest a file name
/// (split-CONNECTION.sh, …); shell scripts are saved executable. The scripts come from core's
/// exporters, with comments for someone who used the window (core::ExportOrigin::Window).
/// For nmcli, the NetworkManager connections of this computer are offered: nmcli is asked in
/// the background (runInBackground), the connection can be typed while it runs.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// Lists the NetworkManager connections as `nmcli -t -f NAME,TYPE connection show`
    /// prints them; nullopt when nmcli could not be run. Called on a worker thread, never the
    /// GUI thread: it must not touch the dialog or any widget, and it may still be running
    /// after the dialog is gone (its result is then dropped).
    using NmcliRunner = std::function<std::optional<QString>()>;

    /// Where its file dialogs go (tests); null: the real ones.
    void setMessageSink(MessageSink* sink) { m_sink = sink; }
    ExportDialog(core::Plan plan, QWidget* parent = nullptr);

    /// Replaces the nmcli call (tests); asked once, in the background, when the nmcli format
    /// is first shown. An answer still coming from the runner replaced is ignored.
    void setNmcliRunner(NmcliRunner runner);
    /// The VPN connection the plan is for, as the window names it: the suggested file names.
    void setConnectionName(const QString& name);
    /// The same from a source: its selected connection's name (nothing when none).
    void setConnectionName(const TableSource* source);

    /// Selects a format by its name ("sh", "nmcli", …); false when unknown.
    bool setFormat(const QString& format);
    [[nodiscard]] QString script() const;
    [[nodiscard]] QString undoScript() const;
    [[nodiscard]] QString errorText() const;
    /// What the exporter warns about the script shown (a plan made on another system's
    /// table); empty when nothing.
    [[nodiscard]] QString noticeText() const;
    /// Shows the Undo script tab (true) or the Script tab: what Copy and Save take.
    void showUndo(bool undo);
    [[nodiscard]] bool showingUndo() const;
    /// The file name Save suggests for the script shown ("split-corporate.sh", …).
    [[nodiscard]] QString suggestedFileName() const;
    /// The NetworkManager connections found (once nmcli answered, after the nmcli format
    /// was shown).
    [[nodiscard]] const std::vector<core::NmConnection>& nmConnections() const {
        return m_nmConnections;
    }
    /// nmcli is being asked: the connection list is not there yet (it can be typed).
    [[nodiscard]] bool lookingForConnections() const { return m_nmState == NmState::Asking; }
    /// "Looking for NetworkManager connections…", shown while nmcli is asked.
    [[nodiscard]] QLabel* lookingLabel() const { return m_lookingLabel; }

    [[nodiscard]] QLineEdit* connectionEdit() const;
    [[nodiscard]] QComboBox* connectionCombo() const;
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }

    /// Unix permission bits a saved shell script gets: rwxr-xr-x less the process umask.
    [[nodiscard]] static int executablePermissions();

private slots:
    void render();
    void onSave();
    void onCopy();

private:
    class ConnectionBox;
    /// What the worker thread hands back: nmcli's answer, parsed and ordered.
    struct NmLookup {
        bool ran = false; ///< nmcli answered (else: not installed or failed)
        std::vector<core::NmConnection> connections;
    };
    enum class NmState { NotAsked, Asking, Done };

    void startNmLookup();
    void takeNmLookup(NmLookup lookup);
    void showLooking(bool looking);
    [[nodiscard]] QString format() const;
    [[nodiscard]] QString shownText() const;

    MessageSink* m_sink = nullptr;
    core::Plan m_plan;
    NmcliRunner m_nmcliRunner;
    NmState m_nmState = NmState::NotAsked;
    unsigned m_nmLookupId = 0; ///< the lookup whose answer is awaited (older ones are dropped)
    bool m_nmcliRan = false;   ///< nmcli answered (else: not installed or failed)
    std::vector<core::NmConnection> m_nmConnections;
    QString m_connectionName;
    QComboBox* m_format = nullptr;
    ConnectionBox* m_connection = nullptr;
    QWidget* m_looking = nullptr;
    QLabel* m_lookingLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QPlainTextEdit* m_undo = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace splitroute::app
