// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <vector>

class QAction;

namespace splitroute::app {

class ApplyController;
class Workspace;

/// Every action of the main window — text, icon, shortcut, tips — and when each is enabled,
/// in one place. update() reads the workspace and the apply controller; the window connects
/// the actions to what they do and puts them in menus and toolbars.
class WindowActions : public QObject {
    Q_OBJECT
public:
    /// `tabNames`: one "Ctrl+N" action per tab of the window, in order.
    WindowActions(const QStringList& tabNames, QObject* parent);

    /// Sets what is enabled, and the tips that say why not, from the state of the parts.
    void update(const Workspace& workspace, const ApplyController& apply);

    // File
    QAction* open = nullptr;
    QAction* demo = nullptr;
    QAction* live = nullptr;
    QAction* closeTable = nullptr;
    QAction* saveSnapshot = nullptr;
    QAction* loadPolicy = nullptr;
    QAction* savePolicy = nullptr;
    QAction* quit = nullptr;
    // VPN
    QAction* attachProfile = nullptr;
    QAction* openServer = nullptr;
    QAction* openAws = nullptr;
    QAction* paste = nullptr;
    QAction* device = nullptr;
    QAction* connectionDetails = nullptr;
    QAction* removeConnection = nullptr;
    QAction* deleteSource = nullptr; ///< Delete in the sources dock
    // Edit
    QAction* copy = nullptr;
    QAction* find = nullptr;
    // View
    std::vector<QAction*> tabs;
    QAction* before = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* zoomReset = nullptr;
    // Routes
    QAction* apply = nullptr;
    QAction* revert = nullptr;
    QAction* exportPlan = nullptr;
    /// Make Permanent…: the split written into NetworkManager or the OpenVPN profile.
    QAction* makePermanent = nullptr;
    /// Checkable: a kept apply is also handed to splitroute-keeper (this computer only).
    QAction* keepSplit = nullptr;
    // Help
    QAction* openLog = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;

    /// The actions reachable by shortcut everywhere, also when their menu is closed.
    [[nodiscard]] std::vector<QAction*> windowShortcuts() const;
    /// The window shortcuts that text fields must not swallow (a line edit takes Ctrl+E as
    /// "end of line"): the window routes them to the action while a text field has the focus.
    /// Not the editing keys (copy, paste, undo, redo).
    [[nodiscard]] std::vector<QAction*> overTextFields() const;
};

} // namespace splitroute::app
