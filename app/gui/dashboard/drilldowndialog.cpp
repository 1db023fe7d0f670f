#include "drilldowndialog.h"

#include "report/funneldeallistmodel.h"
#include "report/funnelquery.h"

#if __has_include("dealcard.h")
#include "dealcard.h"
#define PRISTRIY_HAVE_DEAL_CARD 1
#endif

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

DrillDownDialog::DrillDownDialog(DatabasePtr db, const QString &actor, const FunnelFilter &filter,
                                 const FunnelCell &cell, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Deals: %1").arg(title));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    heading->setFont(f);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_count = new QLabel(tr("Reading the deals…"), this);
    m_count->setObjectName(QStringLiteral("drillDownCount"));
    layout->addWidget(m_count);
    m_view = new QTableView(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model)
            openDeal(m_model->idAt(index.row()));
    });

    // The conditions and the count off the GUI thread (a band may hold hundreds of thousands of deals);
    // the pages are read as they are shown.
    struct Found
    {
        QString where;
        QVariantList binds;
        int count = 0;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Found found = watcher->result();
        if (!found.error.isEmpty()) {
            m_count->setText(tr("The deals could not be read: %1").arg(found.error));
            return;
        }
        showList(found.where, found.binds, found.count);
    });
    const std::weak_ptr<Database> weak = db;
    watcher->setFuture(QtConcurrent::run([weak, actor, filter, cell] {
        Found found;
        // The dialog owns the database; a worker never holds the last reference (the destructor waits).
        const DatabasePtr shared = weak.lock();
        if (!shared)
            return found;
        Result<QString> where = FunnelQuery(shared, actor).drillDownWhere(filter, cell, &found.binds);
        if (where) {
            found.where = *where;
            const Result<int> n = FunnelDealListModel::countOf(shared, found.where, found.binds);
            if (n)
                found.count = *n;
            else
                found.error = n.error().fullText();
        } else {
            found.error = where.error().fullText();
        }
        shared->closeThreadConnection();
        return found;
    }));
}

DrillDownDialog::~DrillDownDialog()
{
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void DrillDownDialog::showList(const QString &where, const QVariantList &binds, int count)
{
    m_model = new FunnelDealListModel(m_db, where, binds, count, this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(FunnelDealListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(FunnelDealListModel::CurrencyColumn, true);
    m_view->horizontalHeader()->setSectionResizeMode(FunnelDealListModel::IdColumn,
                                                     QHeaderView::ResizeToContents);
    // Sorting a list this long by another column would sort every row: offered for shorter lists.
    m_view->setSortingEnabled(count <= 50000);
    m_count->setText(tr("%Ln deal(s) — double-click one to open its card.", nullptr, m_model->rowCount()));
    connect(m_model, &LazyTableModel::queryFailed, this, [this](const QString &message) {
        m_count->setText(tr("The deals could not be read: %1").arg(message));
    });
    emit loaded();
}

void DrillDownDialog::openDeal(qint64 id)
{
    if (id <= 0)
        return;
#ifdef PRISTRIY_HAVE_DEAL_CARD
    auto *card = new DealCardDialog(m_db, id, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    if (!card->load()) {
        QMessageBox::warning(this, windowTitle(), card->errorText());
        delete card;
        return;
    }
    card->show();
#else
    QMessageBox::information(this, windowTitle(), tr("Deal %1").arg(id));
#endif
}
