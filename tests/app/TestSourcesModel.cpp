// SPDX-License-Identifier: GPL-3.0-or-later
// The sources dock's model over a workspace (app/gui/SourcesModel), checked by
// QAbstractItemModelTester through opening, selecting, reloading and closing.
#include "TestUtil.h"

#include "app/RecordingSink.h"
#include "app/gui/SourcesModel.h"
#include "app/gui/SourcesView.h"
#include "app/gui/Workspace.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QStandardPaths>

using namespace splitroute;
using namespace splitroute::app;

namespace {
QString data(const char* rel) {
    return QStringLiteral(SPLITROUTE_TEST_DATA_DIR "/") + QLatin1String(rel);
}
} // namespace

class TestSourcesModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SplitrouteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_sourcesmodel"));
    }

    void tree() {
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        SourcesModel model(&ws);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two headings, nothing under them.
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex live = model.index(SourcesModel::LiveRow, 0);
        const QModelIndex files = model.index(SourcesModel::FilesRow, 0);
        QCOMPARE(live.data().toString(), QStringLiteral("This computer"));
        QCOMPARE(live.data(SourcesModel::SourceIndexRole).toInt(), -1); // not read yet
        QVERIFY(!live.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(files.data(SourcesModel::SourceIndexRole).toInt(), -2);
        QVERIFY(!(model.flags(files) & Qt::ItemIsSelectable));
        QCOMPARE(model.rowCount(files), 0);

        // Tables under "Opened files", their connections under them.
        QVERIFY(ws.openDemo());
        QVERIFY(ws.openFile(data("sources/two-tunnels.ip.txt")));
        QVERIFY(ws.attachProfile(data("sources/primary.ovpn")));
        QVERIFY(ws.attachProfile(data("sources/backup.ovpn")));
        QCOMPARE(model.rowCount(files), 2);
        const QModelIndex demo = model.index(0, 0, files);
        const QModelIndex table = model.index(1, 0, files);
        QCOMPARE(demo.data().toString(), QStringLiteral("Demo: laptop on a full-tunnel VPN"));
        QCOMPARE(table.data().toString(), QStringLiteral("two-tunnels.ip.txt"));
        QVERIFY(table.data(Qt::ToolTipRole).toString().contains(QStringLiteral("route")));
        QCOMPARE(table.data(SourcesModel::SourceIndexRole).toInt(), 1);
        QVERIFY(!table.data(SourcesModel::ConnectionIndexRole).isValid());
        QCOMPARE(model.rowCount(demo), 1);
        QCOMPARE(model.rowCount(table), 2);
        const QModelIndex backup = model.index(1, 0, table);
        QCOMPARE(backup.parent(), table);
        QCOMPARE(backup.data(SourcesModel::SourceIndexRole).toInt(), 1);
        QCOMPARE(backup.data(SourcesModel::ConnectionIndexRole).toInt(), 1);
        QVERIFY(backup.data().toString().startsWith(QStringLiteral("backup.ovpn → ")));
        QVERIFY(backup.data(Qt::ToolTipRole).toString().contains(QStringLiteral("pushed network")));
        QCOMPARE(model.rowCount(backup), 0);
        // What the workspace has picked: the connection just attached.
        QCOMPARE(model.currentItem(), backup);
        QCOMPARE(model.connectionItem(1, 1), backup);
        QCOMPARE(model.sourceItem(0), demo);
        ws.selectSource(0);
        QCOMPARE(model.currentItem(), demo);

        // This computer, read: its index is the workspace's, wherever it sits in the list.
        auto table2 = std::make_shared<const core::RouteTable>(*ws.source(1)->table);
        ws.setLiveTable(table2, QStringLiteral("test"));
        QCOMPARE(ws.source(2)->kind, TableSource::Kind::Live);
        QCOMPARE(model.index(SourcesModel::LiveRow, 0).data(SourcesModel::SourceIndexRole).toInt(),
                 2);
        QCOMPARE(model.rowCount(files), 2);
        QCOMPARE(model.currentItem(), model.index(SourcesModel::LiveRow, 0));

        // Closing the demo moves the others up: the items name the new positions.
        QVERIFY(ws.closeTable(0));
        QCOMPARE(model.rowCount(files), 1);
        QCOMPARE(model.index(0, 0, files).data(SourcesModel::SourceIndexRole).toInt(), 0);
        QCOMPARE(model.index(SourcesModel::LiveRow, 0).data(SourcesModel::SourceIndexRole).toInt(),
                 1);
        QCOMPARE(model.rowCount(model.index(0, 0, files)), 2);
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    }

    void viewFollowsAndPicks() {
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        SourcesView view(&ws);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(ws.openDemo());
        QVERIFY(ws.openFile(data("sources/two-tunnels.ip.txt")));
        QVERIFY(ws.attachProfile(data("sources/primary.ovpn")));
        SourcesModel* model = view.sourcesModel();
        // The view shows what the workspace picked...
        QCOMPARE(view.currentIndex(), model->connectionItem(1, 0));
        // ...and picking in the view picks in the workspace.
        view.setCurrentIndex(model->connectionItem(0, 0));
        QCOMPARE(ws.currentIndex(), 0);
        QVERIFY(ws.connectionFocused());
        view.setCurrentIndex(model->sourceItem(1));
        QCOMPARE(ws.currentIndex(), 1);
        QVERIFY(!ws.connectionFocused());
        // Delete: the connection picked, else the table picked.
        view.setCurrentIndex(model->connectionItem(1, 0));
        view.deleteCurrent();
        QCOMPARE(ws.connectionCount(), 0);
        QCOMPARE(view.currentIndex(), model->sourceItem(1));
        view.deleteCurrent();
        QCOMPARE(ws.sourceCount(), 1);
        QCOMPARE(view.currentIndex(), model->sourceItem(0));
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    }
};

QTEST_MAIN(TestSourcesModel)
#include "TestSourcesModel.moc"
