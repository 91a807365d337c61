// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace splitroute::app {

/// Installs the translators for `language` ("ja", "ru", …; empty: the system's UI
/// languages). Returns the language whose Splitroute translation was loaded, or "" (English).
QString installTranslations(QCoreApplication& app, const QString& language);

/// A route backend's name as platform gives it ("netlink", "iphelper", "simulated") in the
/// language of the window; an unknown name as it is.
QString backendDisplayName(const QString& name);

} // namespace splitroute::app
