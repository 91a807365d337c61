// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ExportDialog.h"

#include "app/gui/DialogMessageSink.h"

#include "core/export/Exporter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace splitroute::app {

ExportDialog::ExportDialog(core::Plan plan, QWidget* parent)
    : QDialog(parent), m_plan(std::move(plan)) {
    setWindowTitle(tr("Export Routes"));
    auto* lay = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    for (const auto& f : core::exportFormats())
        m_format->addItem(QString::fromStdString(f), QString::fromStdString(f));
    m_connection = new QLineEdit(this);
    m_connection->setPlaceholderText(tr("NetworkManager connection name (nmcli only)"));
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Connection:"), m_connection);
    lay->addLayout(form);
    auto* tabs = new QTabWidget(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_script = new QPlainTextEdit(this);
    m_undo = new QPlainTextEdit(this);
    for (QPlainTextEdit* e : {m_script, m_undo}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    tabs->addTab(m_script, tr("Script"));
    tabs->addTab(m_undo, tr("Undo script"));
    lay->addWidget(tabs, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    lay->addWidget(m_error);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(m_notice);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &ExportDialog::onCopy);
    connect(save, &QPushButton::clicked, this, &ExportDialog::onSave);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::render);
    connect(m_connection, &QLineEdit::textChanged, this, &ExportDialog::render);
    resize(760, 560);
    render();
}

bool ExportDialog::setFormat(const QString& format) {
    const int i = m_format->findData(format);
    if (i < 0)
        return false;
    m_format->setCurrentIndex(i);
    render();
    return true;
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

void ExportDialog::render() {
    auto exporter = core::makeExporter(m_format->currentData().toString().toStdString());
    m_connection->setEnabled(m_format->currentData().toString() == QLatin1String("nmcli"));
    if (!exporter) {
        m_error->setText(tr("Unknown format"));
        return;
    }
    core::ExportOptions options;
    options.connection = m_connection->text().trimmed().toStdString();
    auto r = exporter->render(m_plan, options);
    if (!r.ok()) {
        m_script->clear();
        m_undo->clear();
        m_notice->clear();
        m_error->setText(QString::fromStdString(r.error().message));
        return;
    }
    m_error->clear();
    QStringList notes;
    for (const auto& w : r.value().warnings)
        notes << tr("Check before running: %1").arg(QString::fromStdString(w));
    m_notice->setText(notes.join(QLatin1Char('\n')));
    m_script->setPlainText(QString::fromStdString(r.value().script));
    m_undo->setPlainText(QString::fromStdString(r.value().undo));
}

void ExportDialog::onCopy() {
    QApplication::clipboard()->setText(script());
}

void ExportDialog::onSave() {
    const QString path =
        sinkOrDialogs(m_sink).saveFileName(this, tr("Save Script"), QString(), QString());
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const QByteArray data = script().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        m_error->setText(tr("%1: %2").arg(path, f.errorString()));
}

} // namespace splitroute::app
