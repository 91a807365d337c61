// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ApplyController.h"

#include "app/gui/EffectText.h"
#include "app/gui/HelperSession.h"
#include "app/gui/KeepChangesDialog.h"
#include "app/gui/KeeperWatch.h"
#include "app/gui/MessageSink.h"
#include "app/gui/Workspace.h"
#include "app/gui/Translations.h"
#include "platform/HelperLocation.h"
#include "platform/RouteBackend.h"

#include <QProgressDialog>
#include <QRegularExpression>
#include <QWidget>

#include <spdlog/spdlog.h>

namespace splitroute::app {

namespace {
std::string utf8(const QString& s) {
    return s.toStdString();
}
} // namespace

/// One apply, from the first change to "keep" or "revert". Everything made for it — dialogs,
/// connections to the helper — has it as parent or context, so it all goes when it does.
class ApplyRun : public QObject {
public:
    ApplyRun(ApplyController* controller, core::ChangeSet changes)
        : QObject(controller), m_controller(controller), m_changes(std::move(changes)) {}
    /// Starts the apply; false when it could not (and the run is over).
    virtual bool start() = 0;

protected:
    /// The changes took effect: the countdown decides between keep() and revert().
    void askToKeep() {
        auto* dialog =
            new KeepChangesDialog(m_controller->m_confirmSeconds, m_controller->m_window.data());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this](int result) {
            if (result == QDialog::Accepted) {
                spdlog::info("kept {} route change(s)", m_changes.size());
                keep();
            } else {
                spdlog::info("reverting {} route change(s) (not kept)", m_changes.size());
                revert();
            }
            finish();
        });
        dialog->open();
    }
    virtual void keep() = 0;
    virtual void revert() = 0;
    /// The run is over: the controller forgets it, and it goes with what it made.
    void finish() {
        m_controller->runFinished();
        deleteLater();
    }

    ApplyController* m_controller;
    core::ChangeSet m_changes;
};

/// The demo: the simulated backend applies at once.
class DemoRun final : public ApplyRun {
public:
    using ApplyRun::ApplyRun;
    bool start() override {
        Workspace* ws = m_controller->m_workspace;
        platform::RouteBackend* backend = ws->demoBackend();
        const platform::ApplyResult r = backend->apply(m_changes);
        if (!r.ok()) {
            // Take back what did take effect, so the table is never left half-changed.
            core::ChangeSet done;
            done.changes.assign(m_changes.changes.begin(),
                                m_changes.changes.begin() + static_cast<long>(r.applied));
            const platform::ApplyResult back = backend->apply(done.inverse());
            if (!back.ok())
                spdlog::error("demo: taking back a failed apply failed too: {}",
                              back.failure->error.toString());
            ws->reloadDemoTable();
            m_controller->showError(ApplyController::tr("Cannot apply"),
                                    ApplyController::tr("Change %1 failed: %2")
                                        .arg(r.failure->index + 1)
                                        .arg(QString::fromStdString(r.failure->error.toString())));
            finish();
            return false;
        }
        spdlog::info("demo: applied {} route change(s)", m_changes.size());
        ws->reloadDemoTable();
        emit m_controller->statusMessage(ApplyController::tr("%n route change(s) applied.", nullptr,
                                                             static_cast<int>(m_changes.size())),
                                         8000);
        askToKeep();
        return true;
    }

private:
    void keep() override {
        // Revert can take it back later: the inverse of these changes on this backend.
        m_controller->m_demoKept = m_changes;
        m_controller->m_demoKeptOn = m_controller->m_workspace->demoGeneration();
    }
    void revert() override {
        Workspace* ws = m_controller->m_workspace;
        const platform::ApplyResult undo = ws->demoBackend()->apply(m_changes.inverse());
        ws->reloadDemoTable();
        if (!undo.ok()) {
            m_controller->showError(ApplyController::tr("Cannot revert"),
                                    QString::fromStdString(undo.failure->error.toString()));
        } else {
            spdlog::info("demo: reverted {} route change(s)", m_changes.size());
            emit m_controller->statusMessage(ApplyController::tr("The changes were reverted."),
                                             8000);
        }
    }
};

/// This computer: the helper applies in batches and reports progress; it reverts by itself
/// should the countdown's answer never come.
class HelperRun final : public ApplyRun {
public:
    HelperRun(ApplyController* controller, core::ChangeSet changes, HelperSession* helper,
              std::optional<core::KeptPolicy> kept)
        : ApplyRun(controller, std::move(changes)), m_helper(helper), m_kept(std::move(kept)) {}
    bool start() override {
        // Long batches report progress; the dialog shows itself only if the apply takes a while.
        auto* progress =
            new QProgressDialog(ApplyController::tr("Applying route changes…"), QString(), 0,
                                static_cast<int>(m_changes.size()), m_controller->m_window.data());
        progress->setWindowTitle(ApplyController::tr("Applying"));
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->setMinimumDuration(500);
        // Cancel: the helper finishes the batch it is applying, then rolls it back at once.
        progress->setCancelButtonText(ApplyController::tr("Cancel"));
        progress->setValue(0);
        HelperSession* helper = m_helper;
        connect(progress, &QProgressDialog::canceled, this, [this, helper] {
            m_cancelled = true;
            spdlog::info("apply cancelled");
            helper->cancelApply();
        });
        connect(helper, &HelperSession::progress, progress, [progress](qint64 done, qint64 total) {
            progress->setMaximum(static_cast<int>(total));
            progress->setValue(static_cast<int>(done));
        });
        connect(this, &QObject::destroyed, progress, &QWidget::close);
        connect(helper, &HelperSession::applied, this,
                [this, progress](bool ok, const QString& message) {
                    disconnect(m_helper, nullptr, progress, nullptr);
                    disconnect(m_helper, &HelperSession::applied, this, nullptr);
                    progress->close();
                    onApplied(ok, message);
                });
        // The helper reverts by itself a little after our countdown, should this window hang.
        const auto helperTimeout = static_cast<std::uint32_t>(m_controller->m_confirmSeconds + 10);
        spdlog::info("applying {} route change(s) through the helper", m_changes.size());
        helper->apply(m_changes, helperTimeout);
        return true;
    }

private:
    void onApplied(bool ok, const QString& message) {
        Workspace* ws = m_controller->m_workspace;
        if (!ok) {
            if (m_cancelled) {
                spdlog::info("apply cancelled: {}", utf8(message));
                emit m_controller->statusMessage(message, 8000);
            } else {
                m_controller->showError(ApplyController::tr("Cannot apply"), message);
            }
            ws->openLive();
            finish();
            return;
        }
        spdlog::info("helper: {}", utf8(message));
        emit m_controller->statusMessage(message, 8000);
        ws->openLive();
        askToKeep();
    }
    void keep() override {
        m_helper->confirm();
        // Kept, and asked to last (the box may be ticked during the countdown): the keeper
        // holds it from now on (queued after confirm).
        if (m_kept && m_controller->m_keepSplit)
            m_controller->sendKeep(*m_kept);
    }
    void revert() override { m_controller->revertWithProgress(QStringLiteral("pending")); }

    QPointer<HelperSession> m_helper;
    std::optional<core::KeptPolicy> m_kept; ///< the decisions applied, as a kept policy
    bool m_cancelled = false;
};

ApplyController::ApplyController(Workspace* workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window) {
    m_keeper = new KeeperWatch(this);
    m_keeper->setStateDir(QString::fromLatin1(platform::kKeeperStateDir));
    connect(m_keeper, &KeeperWatch::changed, this, &ApplyController::stateChanged);
    connect(m_keeper, &KeeperWatch::statusMessage, this, &ApplyController::statusMessage);
}

ApplyController::~ApplyController() = default;

void ApplyController::showError(const QString& title, const QString& text) {
    spdlog::error("{}: {}", utf8(title), utf8(text));
    if (m_sink)
        m_sink->error(nullptr, title, text);
}

void ApplyController::setHelperOptions(platform::HelperClientOptions options) {
    delete m_helper;
    m_helper = nullptr;
    m_helperOptions = std::move(options);
    // The table the helper changes is the one to show (a --simulate helper in tests).
    m_workspace->setLiveReader([this] {
        ensureHelper()->list();
        return true;
    });
    emit stateChanged();
}

QString ApplyController::helperStateText() const {
    if (m_helper)
        return m_helper->stateText();
    const platform::HelperLocation helper =
        platform::locateHelper(m_helperOptions ? m_helperOptions->helperPath : std::string());
    if (helper.origin == platform::HelperLocation::Origin::BuildTree)
        return tr("Helper: not started (will use the helper of the build tree %1)")
            .arg(QString::fromStdString(helper.buildDir));
    return tr("Helper: not started");
}

HelperSession* ApplyController::ensureHelper() {
    if (m_helper)
        return m_helper;
    m_helper = new HelperSession(m_helperOptions.value_or(platform::HelperClientOptions{}), this);
    connect(m_helper, &HelperSession::stateChanged, this, &ApplyController::stateChanged);
    connect(m_helper, &HelperSession::listed, this,
            [this](std::shared_ptr<const core::RouteTable> table) {
                m_workspace->setLiveTable(
                    std::move(table),
                    tr("helper (%1)").arg(backendDisplayName(m_helper->backendName())));
            });
    connect(m_helper, &HelperSession::failed, this,
            [this](const QString& message) { showError(tr("The helper failed"), message); });
    connect(m_helper, &HelperSession::reverted, this, [this](bool ok, const QString& message) {
        if (ok) {
            spdlog::info("helper: {}", utf8(message));
            emit statusMessage(message, 8000);
        } else {
            showError(tr("Cannot revert"), message);
        }
        m_workspace->openLive();
    });
    connect(m_helper, &HelperSession::kept, this, [this](bool ok, const QString& message) {
        if (ok) {
            spdlog::info("helper: {}", utf8(message));
            emit statusMessage(message, 8000);
        } else {
            showError(tr("Cannot keep the split after reconnects"), message);
        }
        m_keeper->reload();
    });
    connect(m_helper, &HelperSession::forgotten, this, [this](bool ok, const QString& message) {
        if (ok) {
            spdlog::info("helper: {}", utf8(message));
            emit statusMessage(message, 8000);
        } else {
            showError(tr("Cannot stop keeping the split"), message);
        }
        m_keeper->reload();
    });
    connect(m_helper, &HelperSession::confirmed, this, [this](bool ok, const QString& message) {
        if (ok) {
            spdlog::info("helper: {}", utf8(message));
            emit statusMessage(message, 8000);
        } else {
            showError(tr("Cannot keep the changes"), message);
        }
        m_workspace->openLive();
    });
    return m_helper;
}

ApplyController::Target ApplyController::target() const {
    const TableSource* s = m_workspace->currentSource();
    if (!s)
        return Target::None;
    if (s->kind == TableSource::Kind::Demo && m_workspace->demoBackend())
        return Target::Demo;
    if (s->kind == TableSource::Kind::Live)
        return Target::Helper;
    return Target::None;
}

bool ApplyController::canApply() const {
    const core::Plan* plan = m_workspace->plan();
    if (!plan || plan->changes.empty())
        return false;
    switch (target()) {
    case Target::Demo:
        return true;
    case Target::Helper:
        return !m_helper || m_helper->state() != HelperSession::State::Busy;
    case Target::None:
        break;
    }
    return false;
}

bool ApplyController::canRevert() const {
    switch (target()) {
    case Target::Demo:
        return !m_run && m_demoKept && m_demoKeptOn == m_workspace->demoGeneration();
    case Target::Helper:
        return !m_helper || m_helper->state() != HelperSession::State::Busy;
    case Target::None:
        break;
    }
    return false;
}

QString ApplyController::previewText(const core::ChangeSet& changes, int shown) {
    int additions = 0;
    for (const core::RouteChange& c : changes.changes)
        additions += c.kind == core::ChangeKind::Add ? 1 : 0;
    const int deletions = static_cast<int>(changes.size()) - additions;
    QStringList lines;
    lines << tr("%n addition(s)", nullptr, additions) + QStringLiteral(", ") +
                 tr("%n deletion(s)", nullptr, deletions) + QLatin1Char(':');
    for (int i = 0; i < static_cast<int>(changes.size()) && i < shown; ++i) {
        const core::RouteChange& c = changes.changes[static_cast<std::size_t>(i)];
        lines << (c.kind == core::ChangeKind::Add ? QStringLiteral("+ ") : QStringLiteral("− ")) +
                     QString::fromStdString(c.route.toString());
    }
    if (static_cast<int>(changes.size()) > shown)
        lines << tr("… and %n more", nullptr, static_cast<int>(changes.size()) - shown);
    return lines.join(QLatin1Char('\n'));
}

bool ApplyController::apply() {
    const core::Plan* plan = m_workspace->plan();
    if (!plan || plan->changes.empty() || m_run)
        return false;
    const Target where = target();
    if (where == Target::None)
        return false;
    // What will happen, before it does. The question runs an event loop: the plan is copied.
    const core::ChangeSet changes = plan->changes;
    const QString question = where == Target::Demo
                                 ? tr("Apply %n route change(s) to the demo machine?", nullptr,
                                      static_cast<int>(changes.size()))
                                 : tr("Apply %n route change(s) to this computer?", nullptr,
                                      static_cast<int>(changes.size()));
    const QString effect = tr("Effect: %1.").arg(EffectText::summary(plan->effective));
    if (m_sink && !m_sink->confirm(nullptr, tr("Apply Route Changes"),
                                   question + QStringLiteral("\n\n") + effect +
                                       QStringLiteral("\n\n") + previewText(changes),
                                   QString(), tr("&Apply"))) {
        spdlog::info("apply of {} route change(s) cancelled at the preview", changes.size());
        return false;
    }
    if (m_run || target() != where)
        return false; // something else started or changed while the preview was open
    ApplyRun* run = nullptr;
    switch (where) {
    case Target::Demo:
        run = new DemoRun(this, changes);
        break;
    case Target::Helper: {
        HelperSession* helper = ensureHelper();
        if (helper->state() == HelperSession::State::Busy ||
            helper->state() == HelperSession::State::Pending)
            return false;
        run = new HelperRun(this, changes, helper, keptPolicyOnShow());
        break;
    }
    case Target::None:
        return false;
    }
    m_run = run;
    emit stateChanged();
    return run->start();
}

void ApplyController::runFinished() {
    m_run = nullptr;
    emit stateChanged();
}

void ApplyController::requestRevert() {
    const QString text =
        target() == Target::Demo
            ? tr("Undo the last route changes Splitroute applied to the demo machine?")
            : tr("Undo the last route changes Splitroute applied to this computer?");
    if (m_sink && !m_sink->question(nullptr, tr("Revert"), text))
        return;
    revertLast();
}

bool ApplyController::revertLast() {
    if (target() == Target::Demo) {
        if (!canRevert())
            return false;
        const core::ChangeSet undo = m_demoKept->inverse();
        m_demoKept.reset();
        const platform::ApplyResult r = m_workspace->demoBackend()->apply(undo);
        if (!r.ok()) {
            // Take back what the undo did, so the table stays as it was kept.
            core::ChangeSet done;
            done.changes.assign(undo.changes.begin(),
                                undo.changes.begin() + static_cast<long>(r.applied));
            (void)m_workspace->demoBackend()->apply(done.inverse());
            m_workspace->reloadDemoTable();
            showError(tr("Cannot revert"), QString::fromStdString(r.failure->error.toString()));
            emit stateChanged();
            return false;
        }
        spdlog::info("demo: reverted {} kept route change(s)", undo.size());
        m_workspace->reloadDemoTable();
        emit statusMessage(
            tr("Reverted: %n route change(s) undone.", nullptr, static_cast<int>(undo.size())),
            8000);
        emit stateChanged();
        return true;
    }
    HelperSession* helper = ensureHelper();
    if (helper->state() == HelperSession::State::Busy)
        return false;
    spdlog::info("reverting the last change through the helper");
    revertWithProgress(QStringLiteral("last"));
    return true;
}

void ApplyController::revertWithProgress(const QString& target) {
    HelperSession* helper = ensureHelper();
    // The number of changes is not known before the helper's first progress event.
    auto* progress =
        new QProgressDialog(tr("Reverting route changes…"), QString(), 0, 0, m_window.data());
    progress->setWindowTitle(tr("Reverting"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(500);
    progress->setValue(0);
    // The dialog is the context: its connections go when it closes.
    connect(helper, &HelperSession::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(static_cast<int>(total));
        progress->setValue(static_cast<int>(done));
    });
    connect(helper, &HelperSession::reverted, progress, [progress, helper] {
        QObject::disconnect(helper, nullptr, progress, nullptr);
        progress->close();
    });
    helper->revert(target);
}

void ApplyController::sendKeep(const core::KeptPolicy& kept) {
    const QString name = QString::fromStdString(kept.name);
    spdlog::info("handing {} to splitroute-keeper (device {})", kept.name, kept.match.value);
    m_keptThisSession.removeAll(name);
    m_keptThisSession << name;
    ensureHelper()->keep(kept.toJson());
}

bool ApplyController::canKeepSplit() const {
    if (target() != Target::Helper)
        return false;
    const TableSource* s = m_workspace->currentSource();
    return s && s->selected() && !s->selected()->device.empty();
}

void ApplyController::setKeepSplit(bool on) {
    if (m_keepSplit == on)
        return;
    m_keepSplit = on;
    if (!on && canKeepSplit()) {
        // The keeper holds this connection's split (ours, or reported): stop it.
        const VpnConnection& c = *m_workspace->currentSource()->selected();
        const QString name = keptNameFor(c);
        const platform::KeptStatus* held =
            m_keeper->find(QString::fromStdString(c.device.str()), name);
        const QString heldName = held ? QString::fromStdString(held->name) : QString();
        if (m_keptThisSession.contains(name) || !heldName.isEmpty()) {
            const QString forget = heldName.isEmpty() ? name : heldName;
            m_keptThisSession.removeAll(forget);
            spdlog::info("asking splitroute-keeper to forget {}", utf8(forget));
            ensureHelper()->forget(forget);
        }
    }
    emit stateChanged();
}

QString ApplyController::keptNameFor(const VpnConnection& connection) {
    QString base = connection.name;
    for (const char* suffix : {".ovpn", ".conf", ".json"})
        if (base.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            base.chop(static_cast<int>(qstrlen(suffix)));
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9._-]+"));
    base.replace(invalid, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    base.truncate(64);
    if (core::isValidKeptName(base.toStdString()))
        return base;
    return QString::fromStdString(connection.device.str());
}

std::optional<core::KeptPolicy> ApplyController::keptPolicyOnShow() const {
    if (!canKeepSplit() || !m_workspace->decisions())
        return std::nullopt;
    const VpnConnection& c = *m_workspace->currentSource()->selected();
    core::KeptPolicy kept;
    kept.name = keptNameFor(c).toStdString();
    kept.match = {core::KeptMatch::Kind::Device, c.device.str()};
    kept.policy = *m_workspace->decisions();
    // The helper's own checks, before asking it.
    if (auto again = core::KeptPolicy::fromJson(kept.toJson()); !again.ok()) {
        spdlog::warn("cannot keep {}: {}", kept.name, again.error().toString());
        return std::nullopt;
    }
    return kept;
}

QString ApplyController::keeperText() const {
    if (!canKeepSplit())
        return {};
    const VpnConnection& c = *m_workspace->currentSource()->selected();
    return m_keeper->describe(QString::fromStdString(c.device.str()), keptNameFor(c));
}

} // namespace splitroute::app
