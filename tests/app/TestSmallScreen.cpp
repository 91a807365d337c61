// SPDX-License-Identifier: GPL-3.0-or-later
// The window at 1024×700 (a small laptop screen), offscreen: every column of the Networks
// tab fits or elides with its full text in a tooltip, the map's toolbar actions are all
// reachable (on the bar or behind its extension button), the sources dock shows the demo's
// name or its tooltip does; and no two entries of a menu (or the menu bar) share a mnemonic.

#include "Mnemonics.h"
#include "RecordingSink.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapPage.h"
#include "app/gui/NetworksView.h"
#include "app/gui/SourcesModel.h"
#include "app/gui/SourcesView.h"
#include "app/gui/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace splitroute;
using namespace splitroute::app;

namespace {
constexpr int kPadding = 12; // a cell's margins and the elision's slack

/// With SPLITROUTE_SMALLSCREEN_SHOTS=DIR, saves the window as DIR/NAME.png to look at.
void shot(QWidget& w, const char* name) {
    const QString dir = qEnvironmentVariable("SPLITROUTE_SMALLSCREEN_SHOTS");
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + ".png"));
}

/// The first clash of mnemonics among `actions` ("" when none).
QString clash(const QList<QAction*>& actions) {
    QMap<QChar, QString> seen;
    for (QAction* a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString text = a->menu() ? a->menu()->title() : a->text();
        const QChar m = mnemonictest::mnemonicOf(text);
        if (m.isNull())
            continue;
        if (seen.contains(m))
            return QStringLiteral("'%1': \"%2\" and \"%3\"").arg(m, seen.value(m), text);
        seen.insert(m, text);
    }
    return {};
}
} // namespace

class TestSmallScreen : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void networksColumnsFitOrTell();
    void mapToolBarReachable();
    void sourcesNameShownOrTold();
    void menuMnemonicsUnique();

private:
    void openWindow(MainWindow& w);
};

void TestSmallScreen::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // no saved window layout
    QSettings().clear();
}

void TestSmallScreen::openWindow(MainWindow& w) {
    w.resize(1024, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.workspace()->plan());
    QCOMPARE(w.size(), QSize(1024, 700));
}

void TestSmallScreen::networksColumnsFitOrTell() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    openWindow(w);
    w.setCurrentTab(MainWindow::NetworksTab);
    QCoreApplication::processEvents();
    QTreeWidget* list = w.networksView()->list();
    QVERIFY(list->isVisible());
    shot(w, "networks-1024x700");
    QHeaderView* h = list->header();
    // Nothing cut off at the right: the columns share the view's width.
    int total = 0;
    for (int c = 0; c < list->columnCount(); ++c)
        total += h->sectionSize(c);
    QVERIFY2(total <= list->viewport()->width() + 1,
             qPrintable(QStringLiteral("%1 > %2").arg(total).arg(list->viewport()->width())));
    const QFontMetrics fm = list->fontMetrics();
    for (int c = 0; c < list->columnCount(); ++c) {
        const QString head = list->headerItem()->text(c);
        const bool headFits = fm.horizontalAdvance(head) + kPadding <= h->sectionSize(c);
        QVERIFY2(headFits || list->headerItem()->toolTip(c) == head, qPrintable(head));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = list->topLevelItem(i);
            const QString text = item->text(c);
            if (text.isEmpty())
                continue;
            const bool fits = fm.horizontalAdvance(text) + kPadding <= h->sectionSize(c);
            QVERIFY2(fits || item->toolTip(c).contains(text),
                     qPrintable(QStringLiteral("row %1 column \"%2\": \"%3\" (%4 px) in %5 px")
                                    .arg(i)
                                    .arg(head, text)
                                    .arg(fm.horizontalAdvance(text))
                                    .arg(h->sectionSize(c))));
        }
    }
    // "Goes through now" and "Hint" get a usable width.
    QVERIFY(h->sectionSize(NetworksView::NowColumn) >= 60);
    QVERIFY(h->sectionSize(NetworksView::HintColumn) >= 60);
}

void TestSmallScreen::mapToolBarReachable() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    openWindow(w);
    w.setCurrentTab(MainWindow::MapTab);
    QCoreApplication::processEvents();
    QToolBar* bar = w.mapPage()->toolBar();
    QVERIFY(bar->isVisible());
    shot(w, "map-1024x700");
    QVERIFY(bar->width() <= w.mapPage()->width());
    auto* extension = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
    const bool folded = extension && extension->isVisible();
    int shown = 0;
    for (QAction* a : bar->actions()) {
        if (a->isSeparator())
            continue;
        QWidget* b = bar->widgetForAction(a);
        QVERIFY(b);
        const bool onBar = b->isVisible() && bar->rect().contains(b->geometry());
        QVERIFY2(onBar || folded, qPrintable(a->text()));
        shown += onBar;
    }
    QVERIFY(shown > 0);
    // The view switches are on the bar itself.
    for (auto v : {MapPage::View::Before, MapPage::View::Planned, MapPage::View::After}) {
        QWidget* b = bar->widgetForAction(w.mapPage()->viewAction(v));
        QVERIFY(b && b->isVisible());
    }
    // Narrower still: the bar folds what does not fit behind its extension button, which
    // shows it all.
    w.resize(720, 700);
    QTRY_VERIFY(bar->width() < bar->sizeHint().width());
    QTRY_VERIFY(extension && extension->isVisible());
    QVERIFY(bar->width() <= w.mapPage()->width());
    QList<QAction*> hidden;
    for (QAction* a : bar->actions())
        if (!a->isSeparator() && !bar->widgetForAction(a)->isVisible())
            hidden << a;
    QVERIFY(!hidden.isEmpty());
    // The extension button pops up a menu of what is folded.
    QList<QAction*> offered;
    bool popped = false;
    QTimer::singleShot(300, this, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            popped = true;
            offered = menu->actions();
            menu->close();
        }
    });
    extension->click();
    QTRY_VERIFY(popped);
    for (QAction* a : hidden)
        QVERIFY2(offered.contains(a), qPrintable(a->text()));
}

void TestSmallScreen::sourcesNameShownOrTold() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    openWindow(w);
    SourcesView* view = w.sourcesView();
    QVERIFY(view->isVisible());
    QVERIFY2(view->width() >= 200, qPrintable(QString::number(view->width())));
    const QString name = w.workspace()->currentSource()->name;
    const QModelIndex item = view->sourcesModel()->currentItem();
    QVERIFY(item.isValid());
    QCOMPARE(item.data(Qt::DisplayRole).toString(), name);
    const QRect rect = view->visualRect(item);
    const int needed = view->fontMetrics().horizontalAdvance(name) + view->iconSize().width() + 8;
    const bool fits = rect.left() + needed <= view->viewport()->width();
    QVERIFY2(fits || view->toolTipFor(item).startsWith(name), qPrintable(view->toolTipFor(item)));
    // The tooltip starts with the name in any case, the model's details follow.
    QVERIFY(view->toolTipFor(item).startsWith(name + QLatin1Char('\n')));
}

void TestSmallScreen::menuMnemonicsUnique() {
    MainWindow w;
    QVERIFY(w.menuBar());
    const QString bar = clash(w.menuBar()->actions());
    QVERIFY2(bar.isEmpty(), qPrintable(QStringLiteral("menu bar: ") + bar));
    int menus = 0;
    for (QMenu* m : w.findChildren<QMenu*>()) {
        const QString c = clash(m->actions());
        QVERIFY2(c.isEmpty(), qPrintable(m->title() + QStringLiteral(": ") + c));
        ++menus;
    }
    QVERIFY(menus >= 6);
}

QTEST_MAIN(TestSmallScreen)
#include "TestSmallScreen.moc"
