// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers of the integration tests that drive real programs (openvpn, ip, the keeper):
// find a tool, run it without a shell, read and write small text files.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace proctest {

/// The program's path on PATH or in the sbin/bin folders; empty when absent.
inline QString findTool(const QString& name) {
    QString p = QStandardPaths::findExecutable(name);
    if (p.isEmpty())
        p = QStandardPaths::findExecutable(name, {"/usr/sbin", "/sbin", "/usr/bin", "/bin"});
    return p;
}

struct RunResult {
    bool ok = false; ///< exited normally with status 0
    QString out;
    QString err;
};

/// Runs a program with arguments (no shell); kills it after `timeoutMs`.
inline RunResult run(const QString& program, const QStringList& args, int timeoutMs = 15000) {
    QProcess p;
    p.start(program, args);
    RunResult r;
    if (!p.waitForStarted(timeoutMs)) {
        r.err = "cannot start " + program;
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        r.err = program + " timed out";
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

inline QString readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline bool writeText(const QString& path, const QString& text) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

} // namespace proctest
