// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/WindowActions.h"

#include "app/gui/ApplyController.h"
#include "app/gui/Workspace.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace splitroute::app {

namespace {
QIcon icon(const char* name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

WindowActions::WindowActions(const QStringList& tabNames, QObject* parent) : QObject(parent) {
    open = new QAction(icon("open"), tr("&Open…"), this);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(
        tr("Open a routing table (ip route, route print, netstat, snapshot) or a VPN input "
           "(OpenVPN profile, server config, log, AWS JSON)"));
    demo = new QAction(icon("demo"), tr("Open &Demo"), this);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    live = new QAction(icon("computer"), tr("&This Computer"), this);
    live->setShortcut(QKeySequence(Qt::Key_F5));
    live->setStatusTip(tr("Read this computer's routing table again"));
    saveSnapshot = new QAction(icon("save"), tr("&Save Snapshot…"), this);
    saveSnapshot->setShortcut(QKeySequence::Save);
    attachProfile = new QAction(icon("open"), tr("Attach &VPN Profile…"), this);
    attachProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    attachProfile->setStatusTip(
        tr("Read an OpenVPN profile: the networks it sends through the tunnel become rules"));
    openServer = new QAction(icon("networks"), tr("Open OpenVPN &Server Config…"), this);
    openServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    openServer->setStatusTip(tr("Read an OpenVPN server config and its client-config-dir: "
                                "what one client receives becomes a VPN connection"));
    openAws = new QAction(icon("networks"), tr("Open &AWS Client VPN…"), this);
    openAws->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    openAws->setStatusTip(
        tr("Read the AWS CLI's endpoint and routes JSON: what the endpoint pushes"));
    paste = new QAction(icon("networks"), tr("&Paste PUSH_REPLY or Log…"), this);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Paste what the server pushed (PUSH_REPLY or an OpenVPN client log)"));
    removeConnection = new QAction(tr("&Remove Connection"), this);
    closeTable = new QAction(tr("&Close Table"), this);
    closeTable->setShortcut(QKeySequence::Close);
    closeTable->setStatusTip(tr("Close the table on show and its VPN connections"));
    deleteSource = new QAction(this);
    deleteSource->setShortcut(QKeySequence::Delete);
    deleteSource->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connectionDetails = new QAction(icon("info"), tr("Connection &Details…"), this);
    connectionDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    device = new QAction(tr("&Tunnel Device…"), this);
    device->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    device->setStatusTip(tr("Choose the interface this connection's tunnel uses"));
    loadPolicy = new QAction(icon("open"), tr("&Load Policy…"), this);
    loadPolicy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    savePolicy = new QAction(icon("save"), tr("Save &Policy…"), this);
    savePolicy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    before = new QAction(icon("before"), tr("Show Table &Before"), this);
    before->setCheckable(true);
    before->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    before->setStatusTip(tr("Switch between the table before and after the change"));

    find = new QAction(tr("&Filter Routes"), this);
    find->setShortcut(QKeySequence::Find);

    copy = new QAction(tr("&Copy Rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    zoomIn = new QAction(icon("zoom-in"), tr("Zoom &In"), this);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomOut = new QAction(icon("zoom-out"), tr("Zoom &Out"), this);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomReset = new QAction(icon("zoom-fit"), tr("&Whole Address Space"), this);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    apply = new QAction(icon("apply"), tr("&Apply…"), this);
    apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    revert = new QAction(icon("revert"), tr("&Revert"), this);
    revert->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    exportPlan = new QAction(icon("export"), tr("&Export…"), this);
    exportPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    makePermanent = new QAction(icon("export"), tr("Make &Permanent…"), this);
    makePermanent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    keepSplit = new QAction(tr("&Keep This Split After Reconnects"), this);
    keepSplit->setCheckable(true);
    keepSplit->setStatusTip(tr("When the applied changes are kept, splitroute-keeper applies "
                               "them again each time the VPN reconnects"));
    for (QAction* a : {apply, revert, exportPlan, keepSplit, makePermanent})
        a->setEnabled(false);

    openLog = new QAction(tr("Open &Log File"), this);
    openLog->setStatusTip(tr("Open the file where Splitroute records what it did"));
    about = new QAction(icon("splitroute"), tr("&About Splitroute"), this);
    about->setMenuRole(QAction::AboutRole);
    aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    for (int i = 0; i < tabNames.size(); ++i) {
        auto* a = new QAction(tabNames[i], this);
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        tabs.push_back(a);
    }
}

std::vector<QAction*> WindowActions::windowShortcuts() const {
    std::vector<QAction*> out{
        open,    demo,   live,    saveSnapshot,      quit,          before,
        find,    zoomIn, zoomOut, zoomReset,         attachProfile, openServer,
        openAws, paste,  device,  connectionDetails, loadPolicy,    savePolicy};
    out.insert(out.end(), tabs.begin(), tabs.end());
    return out;
}

std::vector<QAction*> WindowActions::overTextFields() const {
    std::vector<QAction*> out{exportPlan, makePermanent, apply, find, before};
    out.insert(out.end(), tabs.begin(), tabs.end());
    return out;
}

void WindowActions::update(const Workspace& workspace, const ApplyController& controller) {
    const TableSource* s = workspace.currentSource();
    const auto table = workspace.shownTable();

    revert->setEnabled(controller.canRevert());
    revert->setToolTip(controller.target() == ApplyController::Target::Demo
                           ? tr("Undo the last changes applied to the demo machine")
                           : tr("Undo the last changes Splitroute applied to this computer"));
    revert->setStatusTip(revert->toolTip());

    before->setEnabled(s && s->before);
    before->setChecked(workspace.beforeRequested());
    const bool hasConnection = s && s->selected();
    for (QAction* a : {removeConnection, connectionDetails, device})
        a->setEnabled(hasConnection);
    for (QAction* a : {attachProfile, openServer, openAws, paste})
        a->setEnabled(s != nullptr);
    closeTable->setEnabled(s && s->kind != TableSource::Kind::Live);
    saveSnapshot->setEnabled(table != nullptr);

    const core::Plan* plan = workspace.plan();
    const bool canExport = plan && !plan->changes.empty();
    exportPlan->setEnabled(canExport);
    exportPlan->setToolTip(canExport ? tr("Write the planned changes as a script")
                                     : tr("Decide something in the Networks tab first"));
    exportPlan->setStatusTip(exportPlan->toolTip());
    // Written where it lasts: needs a connection (Undo needs no plan).
    const bool hasDecidable = workspace.canDecide();
    makePermanent->setEnabled(hasDecidable);
    makePermanent->setToolTip(
        hasDecidable ? tr("Write the split into the NetworkManager connections or the OpenVPN "
                          "profile, so that it lasts when the VPN reconnects; or undo that")
                     : tr("Open a table with a VPN connection first"));
    makePermanent->setStatusTip(makePermanent->toolTip());
    // The demo applies on its simulated backend; the live table through the helper.
    apply->setEnabled(controller.canApply());
    switch (controller.target()) {
    case ApplyController::Target::Demo:
        apply->setToolTip(tr("Apply the planned changes to the demo machine"));
        break;
    case ApplyController::Target::Helper:
        apply->setToolTip(tr("Apply the planned changes to this computer"));
        break;
    case ApplyController::Target::None:
        apply->setToolTip(tr("Open the demo or this computer's table to apply changes."));
        break;
    }
    apply->setStatusTip(apply->toolTip());
    // The keeper works on this computer's routes, for a tunnel device it can match.
    keepSplit->setEnabled(controller.canKeepSplit());
    keepSplit->setChecked(controller.keepSplit());
    keepSplit->setToolTip(controller.canKeepSplit()
                              ? tr("Hand the kept changes to splitroute-keeper, which applies "
                                   "them again after each reconnect")
                              : tr("Only this computer's table, with a VPN connection on a "
                                   "known tunnel device, can keep a split after reconnects."));
}

} // namespace splitroute::app
