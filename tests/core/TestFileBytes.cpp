// SPDX-License-Identifier: GPL-3.0-or-later
// core::readFileBytes: the bytes exactly as stored; a missing file is an Io error naming it.

#include "core/FileBytes.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace splitroute::core;

class TestFileBytes : public QObject {
    Q_OBJECT
private slots:
    void exactBytes() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("f.bin")).toStdString();
        const std::string bytes("line 1\r\n\xef\xbb\xbf\0tail\xff", 18);
        {
            std::ofstream f(path, std::ios::binary);
            f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        }
        auto r = readFileBytes(path);
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), bytes.size());
        QVERIFY(r.value() == bytes);
    }

    void missingFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("absent.ovpn")).toStdString();
        auto r = readFileBytes(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QCOMPARE(r.error().message, "cannot open '" + path + "'");
        QCOMPARE(r.error().where.file, path);
    }
};

QTEST_APPLESS_MAIN(TestFileBytes)
#include "TestFileBytes.moc"
