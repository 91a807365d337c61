#include "app/gui/ChangesView.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#if __has_include("core/TableDiff.h")
#include "core/TableDiff.h"
#define SPLITROUTE_HAVE_TABLE_DIFF 1
#endif

namespace splitroute::app {

ChangesView::ChangesView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_placeholder);

    auto* page = new QWidget(this);
    auto* pl = new QVBoxLayout(page);
    pl->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(page);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Change"), tr("Destination"), tr("Before"), tr("After")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    pl->addWidget(m_summary);
    pl->addWidget(m_list);
    m_stack->addWidget(page);
    lay->addWidget(m_stack);
    setTables(nullptr, nullptr);
}

bool ChangesView::available() {
#ifdef SPLITROUTE_HAVE_TABLE_DIFF
    return true;
#else
    return false;
#endif
}

void ChangesView::setTables(std::shared_ptr<const core::RouteTable> before,
                            std::shared_ptr<const core::RouteTable> after) {
    m_list->clear();
    if (!available()) {
        m_placeholder->setText(tr("The before/after comparison is not available in this build "
                                  "(core table diff missing)."));
        m_stack->setCurrentIndex(0);
        return;
    }
    if (!before || !after) {
        m_placeholder->setText(tr("This source has a single table. Changes appear here when a "
                                  "source has a table before and after (for example the demo)."));
        m_stack->setCurrentIndex(0);
        return;
    }
#ifdef SPLITROUTE_HAVE_TABLE_DIFF
    // Filled in when the table diff is merged.
#endif
    m_stack->setCurrentIndex(1);
}

} // namespace splitroute::app
