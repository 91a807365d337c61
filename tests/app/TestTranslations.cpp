// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete: lupdate run over the window's sources (as the build does)
// into a copy of each committed .ts file must find every string already translated, with the
// placeholders of the English text and the plural forms of the language.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; ///< the translation, or its plural forms
};

QList<Message> readTs(const QString& path, QString* error) {
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                m.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    m.source.clear(); // not used by the sources any more
                if (!m.numerus)
                    m.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!m.source.isEmpty())
                out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?[1-9]"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured().remove(QLatin1Char('L')));
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        // English is the source language: only its plural forms are written out.
        QTest::newRow("en") << QStringLiteral("en") << 2;
        QTest::newRow("ja") << QStringLiteral("ja") << 1;
        QTest::newRow("ru") << QStringLiteral("ru") << 3;
    }

    void complete() {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QString source = QStringLiteral(SPLITROUTE_SOURCE_DIR);
        const QString committed =
            source + QStringLiteral("/translations/splitroute_%1.ts").arg(language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // lupdate writes locations relative to the .ts file: keep the copy where it lives.
        const QString copy = dir.filePath(QStringLiteral("splitroute_%1.ts").arg(language));
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SPLITROUTE_LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-I"), source, source + QStringLiteral("/app/gui"),
                       source + QStringLiteral("/app/main.cpp"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);

        QStringList problems;
        const bool english = language == QLatin1String("en");
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (english && !m.numerus)
                continue;
            if (m.unfinished && !english) {
                problems << QStringLiteral("untranslated ") + where;
                continue;
            }
            if (m.numerus && m.forms.size() != pluralForms)
                problems << QStringLiteral("%1 plural forms (want %2) ")
                                    .arg(m.forms.size())
                                    .arg(pluralForms) +
                                where;
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("empty translation ") + where;
                else if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ in \"%1\" for ").arg(form) +
                                    where;
            }
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 problem(s) in splitroute_%2.ts (run lupdate, "
                                            "then translate):\n")
                                 .arg(problems.size())
                                 .arg(language) +
                             problems.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
