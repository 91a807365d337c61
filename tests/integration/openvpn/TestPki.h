// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A throw-away CA with a server and a client certificate (EC keys: fast) for the tests that
// run a real OpenVPN: DIR/ca.crt, DIR/server.{crt,key}, DIR/client.{crt,key}.

#include "integration/ProcessUtil.h"

#include <QString>
#include <QStringList>

namespace proctest {

/// Makes the PKI in `dir` with `openssl`; false (with a warning naming the call) on failure.
inline bool makeTestPki(const QString& openssl, const QString& dir) {
    auto ssl = [&](const QStringList& args) {
        RunResult r = run(openssl, args);
        if (!r.ok)
            qWarning("openssl %s: %s", qPrintable(args.join(' ')), qPrintable(r.err));
        return r.ok;
    };
    if (!ssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
              "-keyout", dir + "/ca.key", "-out", dir + "/ca.crt", "-days", "2", "-subj",
              "/CN=splitroute-test-ca"}))
        return false;
    for (const QString name : {"server", "client"}) {
        if (!writeText(dir + "/" + name + ".ext",
                       QString("extendedKeyUsage=%1\nkeyUsage=digitalSignature\n")
                           .arg(name == QString("server") ? "serverAuth" : "clientAuth")))
            return false;
        if (!ssl({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                  "-keyout", dir + "/" + name + ".key", "-out", dir + "/" + name + ".csr", "-subj",
                  "/CN=" + name}))
            return false;
        if (!ssl({"x509", "-req", "-in", dir + "/" + name + ".csr", "-CA", dir + "/ca.crt",
                  "-CAkey", dir + "/ca.key", "-CAcreateserial", "-out", dir + "/" + name + ".crt",
                  "-days", "2", "-extfile", dir + "/" + name + ".ext"}))
            return false;
    }
    return true;
}

} // namespace proctest
