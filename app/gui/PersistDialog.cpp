// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PersistDialog.h"

#include "app/gui/Background.h"
#include "app/gui/DialogMessageSink.h"
#include "app/gui/TableSource.h"
#include "core/FileBytes.h"
#include "core/persist/Diff.h"
#include "core/persist/ProfileBlock.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <filesystem>
#include <system_error>

namespace splitroute::app {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

std::string bytes(const QString& s) {
    return s.toStdString();
}

} // namespace

/// What NetworkManager holds and allows, as the last background step found it, and that
/// step's own outcome (a write or an undo).
struct PersistDialog::NmState {
    QString unavailable; ///< why nothing can be written there ("" = it can)
#ifndef _WIN32
    std::optional<platform::NmPersistPreview> preview;
    std::optional<platform::NmUndoPreview> undo; ///< a split written earlier, to take back
#endif
    QString result; ///< what the step did, or why it failed ("" = it only looked)
    bool failed = false;
};

PersistDialog::Context PersistDialog::contextFor(const TableSource* source) {
    Context c;
    if (!source)
        return c;
    c.thisComputer = source->kind == TableSource::Kind::Live;
    c.demo = source->kind == TableSource::Kind::Demo;
    const VpnConnection* v = source->selected();
    if (!v)
        return c;
    c.connectionName = v->name;
    c.tunnelDevice = qs(v->device.str());
    switch (v->kind) {
    case core::Connection::Kind::Profile:
        c.profile = qs(v->path);
        break;
    case core::Connection::Kind::Aws:
        c.profile = qs(v->aws.profile);
        if (c.profile.isEmpty())
            c.noProfileReason = tr("No AWS Client VPN profile was given with this endpoint. The "
                                   "AWS VPN Client ignores profile options that change routes; "
                                   "use Keep This Split After Reconnects instead.");
        break;
    case core::Connection::Kind::Server:
        c.noProfileReason = tr("This connection was read from a server config, not from a "
                               "client profile. Attach the client's profile (VPN menu) to "
                               "write the split into it.");
        break;
    case core::Connection::Kind::Push:
        c.noProfileReason = tr("This connection was read from a PUSH_REPLY or a log. Attach the "
                               "client's profile (VPN menu) to write the split into it.");
        break;
    }
    return c;
}

PersistDialog::PersistDialog(Context context, const core::Plan* plan, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_nm(std::make_shared<NmState>()) {
    if (plan && !plan->changes.empty())
        m_plan = *plan;
#ifndef _WIN32
    m_runner = platform::systemNmcliRunner();
    m_stateDir = qs(platform::nmPersistStateDir());
#endif
    setWindowTitle(m_context.connectionName.isEmpty()
                       ? tr("Make Permanent")
                       : tr("Make Permanent — %1").arg(m_context.connectionName));

    m_intro = new QLabel(tr("Write this split where it lasts when the VPN reconnects. Nothing "
                            "is written until you press Write; Undo takes it back exactly."),
                         this);
    m_intro->setWordWrap(true);

    auto* where = new QGroupBox(tr("Where"), this);
    m_nmRadio = new QRadioButton(tr("&NetworkManager connections"), where);
    m_nmLabel = new QLabel(where);
    m_profileRadio = new QRadioButton(tr("OpenVPN &profile"), where);
    m_profileLabel = new QLabel(where);
    for (QLabel* l : {m_nmLabel, m_profileLabel}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setContentsMargins(24, 0, 0, 4);
    }
    m_output = new QLineEdit(where);
    m_choose = new QPushButton(tr("C&hoose…"), where);
    auto* outputLabel = new QLabel(tr("Write &to:"), where);
    outputLabel->setBuddy(m_output);
    auto* outputRow = new QHBoxLayout;
    outputRow->setContentsMargins(24, 0, 0, 0);
    outputRow->addWidget(outputLabel);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_choose);
    auto* whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(m_nmRadio);
    whereLayout->addWidget(m_nmLabel);
    whereLayout->addWidget(m_profileRadio);
    whereLayout->addWidget(m_profileLabel);
    whereLayout->addLayout(outputRow);

    auto* previewLabel = new QLabel(tr("&Exactly what will be written:"), this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(160);
    previewLabel->setBuddy(m_preview);

    m_reconnect = new QCheckBox(
        tr("&Reconnect the VPN afterwards, so that it takes effect now (it drops for a moment)"),
        this);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("&Write"), QDialogButtonBox::ActionRole);
    m_undo = buttons->addButton(tr("&Undo…"), QDialogButtonBox::ActionRole);
    // Enter does not write: the preview must be read first (a path typed in "Write to" and
    // Enter would otherwise write what was not shown yet).
    m_write->setAutoDefault(false);
    m_undo->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &PersistDialog::write);
    connect(m_undo, &QPushButton::clicked, this, &PersistDialog::undo);
    connect(m_nmRadio, &QRadioButton::toggled, this, &PersistDialog::refresh);
    connect(m_choose, &QPushButton::clicked, this, &PersistDialog::chooseOutput);
    connect(m_output, &QLineEdit::editingFinished, this, [this] {
        if (profileOutput() != m_previewedOutput)
            refreshProfile();
    });
    // A path being typed has no preview yet: Write and Undo wait for it (Enter or Tab).
    connect(m_output, &QLineEdit::textEdited, this, &PersistDialog::refresh);

    auto* lay = new QVBoxLayout(this);
    lay->addWidget(m_intro);
    lay->addWidget(where);
    lay->addWidget(previewLabel);
    lay->addWidget(m_preview, 1);
    lay->addWidget(m_reconnect);
    lay->addLayout(statusRow);
    lay->addWidget(buttons);
    resize(880, 580);

    // Written in place by default, as OpenVPN reads it there; the demo's profile and a file
    // that cannot be written only into a copy the user names.
    if (!m_context.demo && QFileInfo(m_context.profile).isWritable())
        m_output->setText(m_context.profile);
    if (m_context.thisComputer)
        m_nmRadio->setChecked(true);
    else
        m_profileRadio->setChecked(true);
#ifdef _WIN32
    m_nm->unavailable = tr("NetworkManager is Linux's.");
#else
    if (!m_context.thisComputer)
        m_nm->unavailable =
            tr("NetworkManager's connections belong to this computer: open This Computer's "
               "table (File menu) to write them.");
#endif
    refresh();
}

PersistDialog::~PersistDialog() {
    // ~QWidget hides the dialog, and the line edit losing the focus would preview into a
    // half-destroyed dialog.
    disconnect(m_output, nullptr, this, nullptr);
}

void PersistDialog::reject() {
    if (m_changing) {
        setStatus(tr("NetworkManager is being changed; wait for its answer before closing."),
                  false);
        return;
    }
    QDialog::reject();
}

void PersistDialog::start() {
    refreshProfile();
#ifndef _WIN32
    if (m_context.thisComputer)
        runNm(discovery(), false);
#endif
}

bool PersistDialog::targetAvailable(Target t) const {
    if (t == Target::Profile)
        return m_profileReason.isEmpty() || m_outputHasBlock;
#ifdef _WIN32
    return false;
#else
    return !m_busy && (m_nm->preview.has_value() || m_nm->undo.has_value());
#endif
}

QString PersistDialog::targetText(Target t) const {
    return t == Target::Profile ? m_profileLabel->text() : m_nmLabel->text();
}

PersistDialog::Target PersistDialog::target() const {
    return m_nmRadio->isChecked() ? Target::NetworkManager : Target::Profile;
}

void PersistDialog::setTarget(Target t) {
    (t == Target::NetworkManager ? m_nmRadio : m_profileRadio)->setChecked(true);
}

QString PersistDialog::previewText() const {
    return m_preview->toPlainText();
}

QString PersistDialog::statusText() const {
    return m_status->text();
}

QString PersistDialog::profileOutput() const {
    return m_output->text().trimmed();
}

void PersistDialog::setProfileOutput(const QString& path) {
    m_output->setText(path);
    refreshProfile();
}

void PersistDialog::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: palette(bright-text); background: "
                                                   "#b3261e; padding: 2px;")
                                  : QString());
}

void PersistDialog::setBusy(bool busy, const QString& what) {
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        setStatus(what, false);
    refresh();
}

void PersistDialog::chooseOutput() {
    const QString suggested = profileOutput().isEmpty() ? m_context.profile : profileOutput();
    const QString path =
        sinkOrDialogs(m_sink).saveFileName(this, tr("Write the Profile To"), suggested,
                                           tr("OpenVPN profiles (*.ovpn *.conf);;All files (*)"));
    if (!path.isEmpty())
        setProfileOutput(path);
}

// --- The OpenVPN profile ---

void PersistDialog::refreshProfile() {
    m_profileReason.clear();
    m_outputBytes.clear();
    m_profileText.clear();
    m_profileDiff.clear();
    m_blockLine = 0;
    m_existingBlockLine = 0;
    m_inputBytes.clear();
    m_previewedOutput = profileOutput();
    m_outputHasBlock = false;
    const QString input = m_context.profile;
    const QString output = profileOutput();
    if (input.isEmpty()) {
        m_profileReason = m_context.noProfileReason.isEmpty()
                              ? tr("No OpenVPN client profile is attached to this connection.")
                              : m_context.noProfileReason;
        refresh();
        return;
    }
    auto original = core::readFileBytes(bytes(input));
    if (!original) {
        m_profileReason = qs(original.error().message);
        refresh();
        return;
    }
    m_inputBytes = QByteArray::fromStdString(*original);
    const bool sameFile = QFileInfo(output) == QFileInfo(input);
    if (output.isEmpty() || (m_context.demo && sameFile)) {
        m_profileReason =
            m_context.demo ? tr("The demo's profile is part of Splitroute: choose where to write "
                                "a copy with the split (Choose…).")
            : QFileInfo(input).isWritable()
                ? tr("Choose where to write the profile with the split.")
                : tr("%1 cannot be written here: choose where to write a copy with the split "
                     "(Choose…).")
                      .arg(QDir::toNativeSeparators(input));
        refresh();
        return;
    }
    std::string current; // the output file now: Undo works on it
    if (QFileInfo::exists(output)) {
        auto now = core::readFileBytes(bytes(output));
        if (!now) {
            m_profileReason = qs(now.error().message);
            refresh();
            return;
        }
        current = std::move(*now);
        m_outputBytes = QByteArray::fromStdString(current);
        if (auto span = core::findSplitBlock(current, bytes(output)); span && span->found) {
            m_outputHasBlock = true;
            m_existingBlockLine = span->beginLine;
        }
    }
    if (!m_plan) {
        m_profileReason = tr("Nothing to write: decide something in the Networks tab first.");
        refresh();
        return;
    }
    core::BlockOptions options;
    options.fileName = bytes(input);
    options.outputName = bytes(output);
    options.connection = bytes(m_context.connectionName);
    auto edit = core::writeSplitBlock(*original, *m_plan, options);
    if (!edit) {
        m_profileReason = qs(edit.error().message);
        refresh();
        return;
    }
    m_profileText = QByteArray::fromStdString(edit->text);
    m_blockLine = edit->blockLine;
    // What changes in the output file (which is the profile itself unless a copy is asked for).
    const std::string& before = QFileInfo::exists(output) ? current : *original;
    m_profileDiff = qs(core::unifiedDiff(before, edit->text, {bytes(input), bytes(output)}));
    refresh();
}

bool PersistDialog::profileUnchanged() {
    const QString output = profileOutput();
    const auto now = [](const QString& path) {
        auto b = core::readFileBytes(bytes(path));
        return b ? QByteArray::fromStdString(*b) : QByteArray();
    };
    if (output == m_previewedOutput && now(m_context.profile) == m_inputBytes &&
        now(output) == m_outputBytes)
        return true;
    refreshProfile();
    setStatus(tr("The file changed since the preview was made: nothing was written. Read the "
                 "new preview, then try again."),
              true);
    return false;
}

void PersistDialog::writeProfile() {
    const QString input = m_context.profile;
    const QString output = profileOutput();
    if (!profileUnchanged())
        return;
    const unsigned mode = core::existingFileMode({bytes(output), bytes(input)}, 0600);
    if (auto w = core::writeFileBytesAtomically(bytes(output), m_profileText.toStdString(), mode);
        !w) {
        setStatus(tr("Nothing was written: %1").arg(qs(w.error().message)), true);
        return;
    }
    const int line = m_blockLine;
    refreshProfile();
    setStatus(tr("Wrote the split into %1 (line %2). OpenVPN uses it the next time it connects "
                 "with this profile; Undo takes it out again.")
                  .arg(QDir::toNativeSeparators(output))
                  .arg(line),
              false);
    emit changed();
}

void PersistDialog::undoProfile() {
    const QString output = profileOutput();
    if (!profileUnchanged())
        return;
    auto without = core::removeSplitBlock(m_outputBytes.toStdString(), bytes(output));
    if (!without) {
        setStatus(qs(without.error().message), true);
        return;
    }
    const QString diff = qs(
        core::unifiedDiff(m_outputBytes.toStdString(), *without, {bytes(output), bytes(output)}));
    if (!sinkOrDialogs(m_sink).confirm(
            this, tr("Undo"),
            tr("Take the Splitroute block out of %1? Every other line stays as it is.")
                .arg(QDir::toNativeSeparators(output)),
            diff, tr("Undo")))
        return;
    if (!profileUnchanged())
        return;
    const unsigned mode = core::existingFileMode({bytes(output)}, 0600);
    if (auto w = core::writeFileBytesAtomically(bytes(output), *without, mode); !w) {
        setStatus(tr("Nothing was changed: %1").arg(qs(w.error().message)), true);
        return;
    }
    refreshProfile();
    setStatus(tr("Took the split out of %1.").arg(QDir::toNativeSeparators(output)), false);
    emit changed();
}

// --- NetworkManager ---

#ifndef _WIN32
namespace {

// Re-activates what changed (platform::reactivateNm) and says so, with what failed: " Reconnected:
// corp-vpn." Runs on the worker thread.
QString reconnectNm(platform::NmcliClient& nm, const std::vector<core::NmConnectionEdit>& edits,
                    const platform::NmConnectionInfo& vpn) {
    std::vector<std::string> warnings;
    const auto done = platform::reactivateNm(nm, edits, vpn, warnings);
    QString text;
    QStringList names;
    for (const auto& n : done)
        names << qs(n);
    if (!names.isEmpty())
        text += QLatin1Char(' ') +
                PersistDialog::tr("Reconnected: %1.").arg(names.join(QStringLiteral(", ")));
    for (const auto& w : warnings)
        text += QLatin1Char(' ') + qs(w);
    return text;
}

} // namespace

// Looks at NetworkManager (reads only): the VPN on the tunnel device and what writing the plan
// means for it, and a split written earlier (for that VPN, or — when it is not connected —
// any that has a backup).
std::function<std::shared_ptr<PersistDialog::NmState>()> PersistDialog::discovery() const {
    return [runner = m_runner, plan = m_plan, device = bytes(m_context.tunnelDevice),
            dir = bytes(m_stateDir)] {
        auto st = std::make_shared<NmState>();
        platform::NmcliClient nm(runner);
        std::optional<platform::NmConnectionInfo> vpn;
        if (plan) {
            auto p = platform::previewNmPersist(nm, *plan, {}, dir);
            if (p) {
                vpn = p->vpn;
                st->preview = std::move(*p);
            } else {
                st->unavailable = qs(p.error().message);
            }
        } else {
            st->unavailable = tr("Nothing to write: decide something in the Networks tab first.");
            if (!device.empty())
                if (auto v = nm.vpnForDevice(device))
                    vpn = *v;
        }
        if (vpn) {
            std::error_code ec;
            if (std::filesystem::exists(platform::nmBackupPath(dir, vpn->uuid), ec)) {
                auto u = platform::previewNmUndo(nm, *vpn, dir);
                if (u)
                    st->undo = std::move(*u);
                else
                    st->result = tr("The split written earlier cannot be taken back: %1")
                                     .arg(qs(u.error().message)),
                    st->failed = true;
            }
        } else {
            // The VPN is not connected: a split written earlier can still be taken back when
            // there is one; with several, the user connects the one meant.
            const auto uuids = platform::nmPersistedUuids(dir);
            if (uuids.size() == 1) {
                if (auto u = platform::previewNmUndo(nm, uuids.front(), dir))
                    st->undo = std::move(*u);
            } else {
                QStringList names;
                for (const auto& uuid : uuids)
                    if (auto c = nm.findConnection(uuid))
                        names << QLatin1Char('\'') + qs(c->name) + QLatin1Char('\'');
                if (!names.isEmpty())
                    st->unavailable +=
                        QLatin1Char('\n') +
                        tr("Splitroute wrote splits to %1: connect the VPN whose split to take "
                           "back.")
                            .arg(names.join(QStringLiteral(", ")));
            }
        }
        return st;
    };
}

void PersistDialog::runNm(std::function<std::shared_ptr<NmState>()> work, bool changing) {
    m_changing = changing;
    setBusy(true, changing ? tr("Writing to NetworkManager…") : tr("Asking NetworkManager…"));
    runInBackground<std::shared_ptr<NmState>>(
        this, std::move(work), [this](std::shared_ptr<NmState> state) { takeNm(state); });
}

void PersistDialog::takeNm(const std::shared_ptr<NmState>& state) {
    m_nm = state ? state : std::make_shared<NmState>();
    m_changing = false;
    setBusy(false);
    if (!state->result.isEmpty())
        setStatus(state->result, state->failed);
    else
        setStatus(QString(), false);
    // Nothing for NetworkManager: show the profile when it can be written.
    if (target() == Target::NetworkManager && !targetAvailable(Target::NetworkManager) &&
        targetAvailable(Target::Profile))
        setTarget(Target::Profile);
    refresh();
    emit idle();
    if (!state->result.isEmpty() && !state->failed)
        emit changed();
}
#endif

// --- Both ---

void PersistDialog::write() {
    if (!m_write->isEnabled())
        return;
    if (target() == Target::Profile) {
        writeProfile();
        return;
    }
#ifndef _WIN32
    if (!m_nm->preview)
        return;
    auto discover = discovery();
    runNm(
        [preview = *m_nm->preview, reconnect = m_reconnect->isChecked(), runner = m_runner,
         plan = *m_plan, dir = bytes(m_stateDir), discover] {
            platform::NmcliClient nm(runner);
            // What runs is what was shown: settings changed since (another tool, another
            // window) give a new preview instead of a write over them.
            auto again = platform::previewNmPersist(nm, plan, {preview.vpn.uuid, {}, {}}, dir);
            if (!again || again->vpn.uuid != preview.vpn.uuid ||
                !platform::sameEdits(again->edits, preview.edits) ||
                again->persisted != preview.persisted) {
                auto st = discover();
                st->result = tr("NetworkManager's settings changed since the preview was made: "
                                "nothing was written. Read the new preview, then try again.");
                st->failed = true;
                return st;
            }
            if (auto a = platform::applyNmPersist(nm, preview); !a) {
                auto st = discover();
                std::error_code ec;
                st->result =
                    (std::filesystem::exists(preview.backup, ec) ? tr("Writing failed: %1")
                                                                 : tr("Nothing was changed: %1"))
                        .arg(qs(a.error().message));
                st->failed = true;
                return st;
            }
            QStringList names{qs(preview.vpn.name)};
            if (preview.underlying)
                for (const auto& e : preview.edits)
                    if (e.role == core::NmRole::Underlying) {
                        names << qs(e.name);
                        break;
                    }
            QString text =
                tr("Wrote the split to %1; the values before are saved in %2.")
                    .arg(QLatin1Char('\'') + names.join(QStringLiteral("', '")) + QLatin1Char('\''),
                         qs(preview.backup));
            if (reconnect) {
                text += reconnectNm(nm, preview.edits, preview.vpn);
            } else {
                text += QLatin1Char(' ') + tr("NetworkManager uses it when the VPN connects next.");
            }
            auto st = discover();
            st->result = text;
            return st;
        },
        true);
#endif
}

void PersistDialog::undo() {
    if (!m_undo->isEnabled())
        return;
    if (target() == Target::Profile) {
        undoProfile();
        return;
    }
#ifndef _WIN32
    if (!m_nm->undo)
        return;
    const platform::NmUndoPreview& u = *m_nm->undo;
    QString details = qs(platform::formatNmEdits(u.edits, true));
    for (const auto& w : u.warnings)
        details += QStringLiteral("\n") + qs(w);
    if (!sinkOrDialogs(m_sink).confirm(
            this, tr("Undo"),
            tr("Write back the values that '%1' had before Splitroute changed it?")
                .arg(qs(u.vpn.name)),
            details, tr("Undo")))
        return;
    auto discover = discovery();
    runNm(
        [u, reconnect = m_reconnect->isChecked(), runner = m_runner, discover] {
            platform::NmcliClient nm(runner);
            if (auto a = platform::applyNmUndo(nm, u); !a) {
                auto st = discover();
                st->result = tr("Undo failed: %1").arg(qs(a.error().message));
                st->failed = true;
                return st;
            }
            QString text = tr("Restored the values '%1' had before (saved in %2, now removed).")
                               .arg(qs(u.vpn.name), qs(u.backup));
            if (reconnect)
                text += reconnectNm(nm, u.edits, u.vpn);
            auto st = discover();
            st->result = text;
            return st;
        },
        true);
#endif
}

void PersistDialog::refresh() {
    const bool nm = target() == Target::NetworkManager;
    // NetworkManager
    QString nmText;
    bool nmCanWrite = false;
    bool nmCanUndo = false;
    QString nmPreview;
#ifndef _WIN32
    if (m_busy) {
        nmText = tr("Asking NetworkManager…");
    } else {
        const NmState& s = *m_nm;
        QStringList lines;
        if (s.preview) {
            const auto& p = *s.preview;
            lines << tr("VPN: '%1' on %2").arg(qs(p.vpn.name), m_context.tunnelDevice);
            if (p.underlying)
                lines << tr("Bypass routes: '%1' on %2")
                             .arg(qs(p.underlying->name), qs(p.underlying->device));
        } else if (!s.unavailable.isEmpty()) {
            lines << s.unavailable;
        }
        if (s.undo)
            lines << tr("A split Splitroute wrote to '%1' is in place; Undo restores the values "
                        "before.")
                         .arg(qs(s.undo->vpn.name));
        nmText = lines.join(QLatin1Char('\n'));
        nmCanUndo = s.undo.has_value();
        if (s.preview && s.preview->persisted) {
            nmText += QLatin1Char('\n') + tr("To write another split, undo this one first.");
        } else if (s.preview && s.preview->edits.empty()) {
            nmPreview = tr("# NetworkManager already holds this split: nothing to write.");
        } else if (s.preview) {
            nmPreview = qs(platform::formatNmEdits(s.preview->edits, false)) +
                        tr("# The values before are saved to %1 first.").arg(qs(s.preview->backup));
            nmCanWrite = true;
        }
        if (s.undo && !nmCanWrite) {
            nmPreview = tr("# Written earlier; Undo runs:") + QLatin1Char('\n') +
                        qs(platform::formatNmEdits(s.undo->edits, true));
        }
    }
#else
    nmText = m_nm->unavailable;
#endif
    m_nmLabel->setText(nmText);

    // The profile
    QStringList profileLines;
    if (!m_context.profile.isEmpty())
        profileLines << tr("Profile: %1").arg(QDir::toNativeSeparators(m_context.profile));
    if (!m_profileReason.isEmpty())
        profileLines << m_profileReason;
    if (m_outputHasBlock)
        profileLines << tr("%1 holds a Splitroute block (line %2); Undo takes it out.")
                            .arg(QDir::toNativeSeparators(profileOutput()))
                            .arg(m_existingBlockLine);
    m_profileLabel->setText(profileLines.join(QLatin1Char('\n')));
    const bool profileSame = !m_profileText.isEmpty() && m_profileText == m_outputBytes;
    const bool profileCanWrite =
        m_profileReason.isEmpty() && !m_profileText.isEmpty() && !profileSame;
    QString profilePreview = m_profileDiff;
    if (profileSame)
        profilePreview = tr("# %1 already holds this split: nothing to write.")
                             .arg(QDir::toNativeSeparators(profileOutput()));
    const bool hasProfile = !m_context.profile.isEmpty();
    m_output->setEnabled(hasProfile && !nm);
    m_choose->setEnabled(hasProfile && !nm);

    m_preview->setPlainText(nm ? nmPreview : profilePreview);
    // The profile does not wait for NetworkManager, only for a write to it; a path being typed
    // has no preview yet.
    const bool profileReady = !m_changing && profileOutput() == m_previewedOutput;
    if (!nm && profileOutput() != m_previewedOutput)
        m_preview->setPlainText(tr("# Press Enter to see what will be written to this file."));
    m_write->setEnabled(nm ? !m_busy && nmCanWrite : profileReady && profileCanWrite);
    m_undo->setEnabled(nm ? !m_busy && nmCanUndo : profileReady && m_outputHasBlock);
    m_reconnect->setEnabled(nm && !m_busy);
    m_reconnect->setVisible(nm);
    m_write->setToolTip(nm ? tr("Run the nmcli calls shown") : tr("Write the profile shown"));
}

} // namespace splitroute::app
