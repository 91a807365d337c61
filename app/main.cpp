// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"
#include "app/gui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Splitroute"));
    QApplication::setApplicationName(QStringLiteral("splitroute"));
    QApplication::setApplicationDisplayName(QStringLiteral("Splitroute"));
    QApplication::setApplicationVersion(QStringLiteral(SPLITROUTE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.splitroute.Splitroute"));

    // The language must be known before any translated text: look for --lang by hand first.
    QString lang;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    splitroute::app::installTranslations(app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Split-tunnel route manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the bundled demo."));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use this language instead of the system's."),
        QStringLiteral("code"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of each tab to DIR and exit."),
                                  QStringLiteral("dir"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(demo);
    parser.addOption(langOpt);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Routing tables to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    splitroute::app::MainWindow window;
    bool opened = false;
    if (parser.isSet(demo))
        opened = window.openDemo();
    for (const QString& f : parser.positionalArguments())
        opened = window.openFile(f) || opened;
    if (!opened && !parser.isSet(demo))
        window.openLive();

    if (parser.isSet(screenshot)) {
        window.resize(1280, 800);
        window.show();
        int rc = 0;
        QTimer::singleShot(300, &window, [&] {
            const QString suffix = lang.isEmpty() ? QStringLiteral("en") : lang;
            rc = window.saveScreenshots(parser.value(screenshot), suffix) ? 0 : 1;
            app.quit();
        });
        app.exec();
        return rc;
    }
    window.show();
    return app.exec();
}
