// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Logging.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Workspace.h"
#include "app/gui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

void setApplicationNames() {
    QCoreApplication::setOrganizationName(QStringLiteral("Splitroute"));
    QCoreApplication::setApplicationName(QStringLiteral("splitroute"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPLITROUTE_VERSION));
}

/// --help and --version need no display: they are answered before the GUI application exists
/// (a QApplication without a display aborts).
bool wantsHelpOrVersion(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        for (const char* o : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], o) == 0)
                return true;
        if (std::strcmp(argv[i], "--") == 0)
            break;
    }
    return false;
}

/// The language must be known before any translated text: look for --lang by hand first.
QString languageArgument() {
    QString lang;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    return lang;
}

struct Options {
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the bundled demo.")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use this language instead of the system's."),
        QStringLiteral("code")};
    QCommandLineOption verbose{
        QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Log debug messages too (or set SPLITROUTE_LOG).")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of each tab to DIR and exit."),
                                  QStringLiteral("dir")};

    explicit Options(QCommandLineParser& parser) {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Split-tunnel route manager"));
        parser.addHelpOption();
        parser.addVersionOption();
        screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(demo);
        parser.addOption(lang);
        parser.addOption(verbose);
        parser.addOption(screenshot);
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QCoreApplication::translate("main", "Routing tables to open."),
                                     QStringLiteral("[FILE...]"));
    }
};

} // namespace

int main(int argc, char* argv[]) {
    if (wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        splitroute::app::installTranslations(app, languageArgument());
        QCommandLineParser parser;
        const Options options(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Splitroute"));
    QApplication::setDesktopFileName(QStringLiteral("org.splitroute.Splitroute"));
    const QString lang = languageArgument();
    splitroute::app::installTranslations(app, lang);

    QCommandLineParser parser;
    const Options options(parser);
    parser.process(app);

    splitroute::app::LogOptions log;
    log.verbose = parser.isSet(options.verbose);
    if (const char* env = std::getenv("SPLITROUTE_LOG"))
        log.environment = env;
    log.file = splitroute::app::defaultLogFile();
    (void)splitroute::app::initLogging(log);
    spdlog::info("splitroute {} started", SPLITROUTE_VERSION);

    splitroute::app::MainWindow window;
    bool opened = false;
    if (parser.isSet(options.demo))
        opened = window.workspace()->openDemo();
    for (const QString& f : parser.positionalArguments())
        opened = window.workspace()->openFile(f) || opened;
    if (!opened && !parser.isSet(options.demo))
        window.workspace()->openLive();

    if (parser.isSet(options.screenshot)) {
        window.resize(1280, 800);
        window.show();
        int rc = 0;
        QTimer::singleShot(300, &window, [&] {
            const QString suffix = lang.isEmpty() ? QStringLiteral("en") : lang;
            rc = window.saveScreenshots(parser.value(options.screenshot), suffix) ? 0 : 1;
            app.quit();
        });
        app.exec();
        return rc;
    }
    window.show();
    return app.exec();
}
