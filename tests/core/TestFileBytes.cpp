// SPDX-License-Identifier: GPL-3.0-or-later
// core::readFileBytes: the bytes exactly as stored; a missing file is an Io error naming it.
// core::writeFileBytesAtomically: whole or nothing, its mode, through links, owner kept.

#include "core/FileBytes.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

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

    // Written whole with the mode asked for, replacing the old file; a failure names the file
    // and leaves neither the target nor the temporary file behind.
    void atomicWrite() {
        namespace fs = std::filesystem;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("sub/profile.ovpn").toStdString();
        static constexpr char raw[] = "\xEF\xBB\xBF"
                                      "client\r\n\0key\n"; // BOM, CRLF, a NUL
        const std::string bytes(raw, sizeof raw - 1);
        QVERIFY(splitroute::core::writeFileBytesAtomically(path, bytes, 0600).ok());
        QCOMPARE(*splitroute::core::readFileBytes(path), bytes);
        QCOMPARE(fs::status(path).permissions() & fs::perms::all,
                 fs::perms::owner_read | fs::perms::owner_write);
        QVERIFY(splitroute::core::writeFileBytesAtomically(path, "again", 0644).ok());
        QCOMPARE(*splitroute::core::readFileBytes(path), std::string("again"));
        QCOMPARE(fs::status(path).permissions() & fs::perms::all,
                 fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                     fs::perms::others_read);
        QVERIFY(!fs::exists(path + ".splitroute-tmp"));
        // A "directory" that is a file: refused (also to root).
        const std::string bad = path + "/x.ovpn";
        auto r = splitroute::core::writeFileBytesAtomically(bad, "x", 0600);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find(path) != std::string::npos, r.error().message.c_str());
        QVERIFY(!fs::exists(bad));
        QCOMPARE(*splitroute::core::readFileBytes(path), std::string("again"));
    }

    // A profile reached through a symbolic link: the target is rewritten, the link stays.
    void throughSymlink() {
        namespace fs = std::filesystem;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string real = dir.filePath("real.ovpn").toStdString();
        const std::string link = dir.filePath("link.ovpn").toStdString();
        std::ofstream(real) << "old\n";
        fs::create_symlink("real.ovpn", link);
        QVERIFY(writeFileBytesAtomically(link, "new\n", 0600).ok());
        QVERIFY(fs::is_symlink(link));
        QCOMPARE(*readFileBytes(real), std::string("new\n"));
        QVERIFY(!fs::exists(real + ".splitroute-tmp"));
    }

    // Root rewriting a user's file keeps its owner and group.
    void keepsOwner() {
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another user");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("user.ovpn").toStdString();
        std::ofstream(path) << "x\n";
        QCOMPARE(::chown(path.c_str(), 65534, 65534), 0);
        QVERIFY(writeFileBytesAtomically(path, "y\n", 0600).ok());
        struct stat st {};
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
    }
};

QTEST_APPLESS_MAIN(TestFileBytes)
#include "TestFileBytes.moc"
