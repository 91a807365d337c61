// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace splitroute::app {

QString backendDisplayName(const QString& name) {
    // platform::RouteBackend::name(): stable words for logs and JSON, shown translated.
    if (name == QLatin1String("simulated"))
        return QCoreApplication::translate("splitroute::app::Backend", "simulated");
    if (name == QLatin1String("netlink"))
        return QCoreApplication::translate("splitroute::app::Backend", "netlink");
    if (name == QLatin1String("iphelper"))
        return QCoreApplication::translate("splitroute::app::Backend", "IP Helper");
    return name;
}

QString installTranslations(QCoreApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    QString loaded;
    auto* own = new QTranslator(&app);
    // qt_add_translations embeds splitroute_<lang>.qm under :/i18n.
    if (own->load(locale, QStringLiteral("splitroute"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        app.installTranslator(own);
        loaded = locale.name().section('_', 0, 0);
    } else if (own->load(QStringLiteral("splitroute_en"), QStringLiteral(":/i18n"))) {
        // No translation for this language: English, with proper plural forms.
        app.installTranslator(own);
    } else {
        delete own;
    }
    // Qt's own texts (standard buttons such as Close, file dialogs, message boxes): qtbase_xx.qm
    // of the system's Qt (Debian: qt6-translations-l10n, which the package recommends).
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace splitroute::app
