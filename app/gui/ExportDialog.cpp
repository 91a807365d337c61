// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ExportDialog.h"

#ifndef _WIN32
#include "platform/linux/NmcliClient.h"
#endif

#include "app/gui/Background.h"
#include "app/gui/DialogMessageSink.h"
#include "app/gui/TableSource.h"

#include "core/export/Exporter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace splitroute::app {

namespace {
// `nmcli -t -f NAME,TYPE connection show`: only reads NetworkManager's list of profiles. Runs on
// a worker thread (it may wait seconds for a hung NetworkManager).
std::optional<QString> runNmcli() {
#ifdef _WIN32
    return std::nullopt;
#else
    // platform's runner: nmcli from PATH or $SPLITROUTE_NMCLI, under LC_ALL=C.UTF-8, bounded.
    const platform::NmcliRun r = platform::systemNmcliRunner()(
        {"-t", "-f", "NAME,TYPE", "connection", "show"}, std::string());
    if (!r.started || r.exitCode != 0)
        return std::nullopt;
    return QString::fromStdString(r.out);
#endif
}

bool isVpnLike(const core::NmConnection& c) {
    return c.type == "vpn" || c.type == "wireguard";
}

/// Shell scripts: saved executable.
bool isShellFormat(const QString& format) {
    return format == QLatin1String("sh") || format == QLatin1String("nmcli") ||
           format == QLatin1String("macos");
}
} // namespace

/// The connection box. While nmcli is asked its list is not there yet: the list part is
/// disabled (it does not open, the box is drawn disabled), but a name can be typed.
class ExportDialog::ConnectionBox : public QComboBox {
public:
    using QComboBox::QComboBox;

    void setListEnabled(bool enabled) {
        m_listEnabled = enabled;
        if (!enabled)
            hidePopup();
        update();
    }
    void showPopup() override {
        if (m_listEnabled)
            QComboBox::showPopup();
    }

protected:
    void initStyleOption(QStyleOptionComboBox* option) const override {
        QComboBox::initStyleOption(option);
        if (!m_listEnabled)
            option->state &= ~QStyle::State_Enabled;
    }

private:
    bool m_listEnabled = true;
};

ExportDialog::ExportDialog(core::Plan plan, QWidget* parent)
    : QDialog(parent), m_plan(std::move(plan)), m_nmcliRunner(&runNmcli) {
    setWindowTitle(tr("Export Routes"));
    auto* lay = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    for (const auto& f : core::exportFormats())
        m_format->addItem(QString::fromStdString(f), QString::fromStdString(f));
    m_connection = new ConnectionBox(this);
    m_connection->setEditable(true);
    m_connection->setInsertPolicy(QComboBox::NoInsert);
    m_connection->lineEdit()->setPlaceholderText(tr("NetworkManager connection name (nmcli only)"));
    // While nmcli is asked: a busy bar and a note under the connection box.
    m_looking = new QWidget(this);
    auto* lookingRow = new QHBoxLayout(m_looking);
    lookingRow->setContentsMargins(0, 0, 0, 0);
    auto* busy = new QProgressBar(m_looking);
    busy->setRange(0, 0); // busy
    busy->setMaximumWidth(120);
    busy->setTextVisible(false);
    m_lookingLabel = new QLabel(tr("Looking for NetworkManager connections…"), m_looking);
    m_lookingLabel->setWordWrap(true);
    lookingRow->addWidget(busy);
    lookingRow->addWidget(m_lookingLabel, 1);
    m_looking->hide();
    // Mnemonics: F, N, R, U, P, S — the Close button takes C.
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Co&nnection:"), m_connection);
    form->addRow(static_cast<QWidget*>(nullptr), m_looking);
    lay->addLayout(form);
    m_tabs = new QTabWidget(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_script = new QPlainTextEdit(this);
    m_undo = new QPlainTextEdit(this);
    for (QPlainTextEdit* e : {m_script, m_undo}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_tabs->addTab(m_script, tr("Sc&ript"));
    m_tabs->addTab(m_undo, tr("&Undo script"));
    lay->addWidget(m_tabs, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    lay->addWidget(m_error);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(m_notice);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Co&py"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the script shown (Script or Undo script) to the clipboard"));
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setToolTip(tr("Save the script shown (Script or Undo script) to a file"));
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::onCopy);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::onSave);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::render);
    connect(m_connection, &QComboBox::currentTextChanged, this, &ExportDialog::render);
    resize(760, 560);
    render();
}

void ExportDialog::setNmcliRunner(NmcliRunner runner) {
    m_nmcliRunner = std::move(runner);
    m_nmState = NmState::NotAsked;
    ++m_nmLookupId; // an answer still coming from the old runner is dropped
    showLooking(false);
    render();
}

void ExportDialog::setConnectionName(const QString& name) {
    m_connectionName = name;
}

void ExportDialog::setConnectionName(const TableSource* source) {
    if (source && source->selected())
        setConnectionName(source->selected()->name);
}

QComboBox* ExportDialog::connectionCombo() const {
    return m_connection;
}

QLineEdit* ExportDialog::connectionEdit() const {
    return m_connection->lineEdit();
}

bool ExportDialog::setFormat(const QString& format) {
    const int i = m_format->findData(format);
    if (i < 0)
        return false;
    m_format->setCurrentIndex(i);
    render();
    return true;
}

QString ExportDialog::format() const {
    return m_format->currentData().toString();
}

QString ExportDialog::script() const {
    return m_script->toPlainText();
}

QString ExportDialog::undoScript() const {
    return m_undo->toPlainText();
}

QString ExportDialog::errorText() const {
    return m_error->text();
}

QString ExportDialog::noticeText() const {
    return m_notice->text();
}

void ExportDialog::showUndo(bool undo) {
    m_tabs->setCurrentIndex(undo ? 1 : 0);
}

bool ExportDialog::showingUndo() const {
    return m_tabs->currentIndex() == 1;
}

QString ExportDialog::shownText() const {
    return showingUndo() ? undoScript() : script();
}

void ExportDialog::showLooking(bool looking) {
    m_looking->setVisible(looking);
    m_connection->setListEnabled(!looking);
}

void ExportDialog::startNmLookup() {
    m_nmState = NmState::Asking;
    const unsigned id = ++m_nmLookupId;
    showLooking(true);
    // The worker gets its own copy of the runner: it touches nothing of the dialog.
    runInBackground<NmLookup>(
        this,
        [runner = m_nmcliRunner] {
            NmLookup lookup;
            const std::optional<QString> out = runner ? runner() : std::nullopt;
            lookup.ran = out.has_value();
            if (out)
                lookup.connections = core::parseNmcliConnections(out->toStdString());
            // VPN-like ones first: the script wants the VPN's connection.
            std::stable_partition(lookup.connections.begin(), lookup.connections.end(), isVpnLike);
            return lookup;
        },
        [this, id](NmLookup lookup) {
            if (id == m_nmLookupId)
                takeNmLookup(std::move(lookup));
        });
}

void ExportDialog::takeNmLookup(NmLookup lookup) {
    m_nmState = NmState::Done;
    m_nmcliRan = lookup.ran;
    m_nmConnections = std::move(lookup.connections);
    {
        // Keep what was typed meanwhile, and where the cursor was.
        const QString typed = m_connection->currentText();
        const int cursor = m_connection->lineEdit()->cursorPosition();
        const QSignalBlocker block(m_connection);
        m_connection->clear();
        for (const auto& c : m_nmConnections) {
            m_connection->addItem(QString::fromStdString(c.name));
            m_connection->setItemData(m_connection->count() - 1,
                                      tr("Type: %1").arg(QString::fromStdString(c.type)),
                                      Qt::ToolTipRole);
        }
        m_connection->setEditText(typed);
        m_connection->lineEdit()->setCursorPosition(cursor);
    }
    showLooking(false);
    render();
}

QString ExportDialog::suggestedFileName() const {
    QString name = m_connectionName;
    if (format() == QLatin1String("nmcli") && !m_connection->currentText().trimmed().isEmpty())
        name = m_connection->currentText().trimmed();
    if (name.isEmpty())
        name = QString::fromStdString(m_plan.tunnelDevice);
    // Letters, digits, dot, dash and underscore; anything else becomes one dash.
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
    QString base = name.isEmpty() ? QStringLiteral("split") : QStringLiteral("split-") + name;
    const QString f = format();
    QString ext = QStringLiteral(".sh");
    if (f == QLatin1String("nmcli"))
        base += QStringLiteral("-nmcli");
    else if (f == QLatin1String("macos"))
        base += QStringLiteral("-macos");
    else if (f == QLatin1String("powershell"))
        ext = QStringLiteral(".ps1");
    else if (f == QLatin1String("cmd"))
        ext = QStringLiteral(".cmd");
    else if (f == QLatin1String("openvpn")) {
        base += QStringLiteral("-snippet");
        ext = QStringLiteral(".ovpn");
    } else if (f == QLatin1String("wireguard")) {
        base += QStringLiteral("-wireguard");
        ext = QStringLiteral(".conf");
    }
    if (showingUndo())
        base += QStringLiteral("-undo");
    // The undo of a snippet is a note, not a profile.
    if (showingUndo() && (f == QLatin1String("openvpn") || f == QLatin1String("wireguard")))
        ext = QStringLiteral(".txt");
    return base + ext;
}

void ExportDialog::render() {
    const QString f = format();
    auto exporter = core::makeExporter(f.toStdString());
    const bool nmcli = f == QLatin1String("nmcli");
    m_connection->setEnabled(nmcli);
    auto fail = [this](const QString& text) {
        m_script->clear();
        m_undo->clear();
        m_notice->clear();
        m_error->setText(text);
        m_copy->setEnabled(false);
        m_save->setEnabled(false);
    };
    if (!exporter) {
        fail(tr("Unknown format"));
        return;
    }
    if (nmcli && m_nmState == NmState::NotAsked)
        startNmLookup();
    m_looking->setVisible(nmcli && m_nmState == NmState::Asking);
    core::ExportOptions options;
    options.origin = core::ExportOrigin::Window;
    options.connection = m_connection->currentText().trimmed().toStdString();
    if (nmcli && options.connection.empty()) {
        if (m_nmState == NmState::Asking)
            fail(tr("Type the name of the VPN's NetworkManager connection, or wait for the "
                    "list of this computer's connections."));
        else if (m_nmConnections.empty())
            fail(m_nmcliRan
                     ? tr("No NetworkManager connections were found on this computer. Type the "
                          "name of the VPN's connection on the computer that runs the script.")
                     : tr("nmcli could not list this computer's NetworkManager connections. "
                          "Type the name of the VPN's connection on the computer that runs "
                          "the script."));
        else
            fail(tr("Choose the VPN's NetworkManager connection. Found on this computer: %1")
                     .arg(QString::fromStdString(core::describeNmcliConnections(m_nmConnections))));
        return;
    }
    auto r = exporter->render(m_plan, options);
    if (!r.ok()) {
        fail(QString::fromStdString(r.error().message));
        return;
    }
    m_error->clear();
    QStringList notes;
    for (const auto& w : r.value().warnings)
        notes << tr("Check before running: %1").arg(QString::fromStdString(w));
    m_notice->setText(notes.join(QLatin1Char('\n')));
    m_script->setPlainText(QString::fromStdString(r.value().script));
    m_undo->setPlainText(QString::fromStdString(r.value().undo));
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
}

void ExportDialog::onCopy() {
    const QString text = shownText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

int ExportDialog::executablePermissions() {
#ifdef Q_OS_UNIX
    // umask() can only be read by setting it; set it straight back.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0755 & ~static_cast<int>(mask);
#else
    return 0755;
#endif
}

void ExportDialog::onSave() {
    const QString text = shownText();
    if (text.isEmpty())
        return;
    const QString path = sinkOrDialogs(m_sink).saveFileName(
        this, showingUndo() ? tr("Save Undo Script") : tr("Save Script"), suggestedFileName(),
        QString());
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const QByteArray data = text.toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        m_error->setText(tr("%1: %2").arg(path, f.errorString()));
        return;
    }
    if (isShellFormat(format())) {
        // Qt's permission flags: owner bits twice (ReadOwner and ReadUser), then group, other.
        const int mode = executablePermissions();
        QFileDevice::Permissions p;
        if (mode & 0400)
            p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
        if (mode & 0200)
            p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
        if (mode & 0100)
            p |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
        if (mode & 0040)
            p |= QFileDevice::ReadGroup;
        if (mode & 0020)
            p |= QFileDevice::WriteGroup;
        if (mode & 0010)
            p |= QFileDevice::ExeGroup;
        if (mode & 0004)
            p |= QFileDevice::ReadOther;
        if (mode & 0002)
            p |= QFileDevice::WriteOther;
        if (mode & 0001)
            p |= QFileDevice::ExeOther;
        if (!QFile::setPermissions(path, p))
            m_error->setText(tr("%1: could not make it executable").arg(path));
    }
}

} // namespace splitroute::app
