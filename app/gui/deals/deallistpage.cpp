#include "deallistpage.h"

#include "crm/pipelineservice.h"
#include "guiutil.h"
#include "models/deallistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Enter opens the current deal (a table view only edits on Enter).
class DealTableView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

DealListPage::DealListPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("dealListPage"));
    m_model = new DealListModel(m_db, GuiUtil::actor(), this);
    auto *view = new DealTableView(this);
    m_view = view;
    m_view->setObjectName(QStringLiteral("dealList"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(DealListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setColumnHidden(DealListModel::CurrencyColumn, true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(DealListModel::TitleColumn, 240);
    m_view->setColumnWidth(DealListModel::PipelineColumn, 130);
    m_view->setColumnWidth(DealListModel::StageColumn, 150);
    m_view->setColumnWidth(DealListModel::AmountColumn, 130);
    m_view->setColumnWidth(DealListModel::ContactColumn, 160);
    m_view->setColumnWidth(DealListModel::CompanyColumn, 160);
    m_view->setColumnWidth(DealListModel::OwnerColumn, 120);
    m_view->setColumnWidth(DealListModel::ExpectedCloseColumn, 110);

    m_stages = new QComboBox(this);
    m_stages->setObjectName(QStringLiteral("stageFilter"));
    m_stages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *stageLabel = new QLabel(tr("&Stage:"), this);
    stageLabel->setBuddy(m_stages);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("dealListCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(stageLabel);
    bar->addWidget(m_stages);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    view->onEnter = [this] {
        if (const qint64 id = currentDealId(); id > 0)
            emit dealActivated(id);
    };
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->idAt(index.row()); id > 0)
            emit dealActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DealListPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DealListPage::selectionChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QModelIndex index = m_view->indexAt(pos);
        QPoint at = m_view->viewport()->mapToGlobal(pos);
        if (!index.isValid() && !m_view->underMouse()) {
            index = m_view->currentIndex();
            at = m_view->viewport()->mapToGlobal(m_view->visualRect(index).center());
        }
        if (!index.isValid())
            return;
        if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
            m_view->selectRow(index.row());
        if (const qint64 id = m_model->idAt(index.row()); id > 0)
            emit dealMenuRequested(id, at);
    });
    connect(m_stages, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStageFilter(m_stages->currentData().toLongLong()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DealListPage::updateCount);
    connect(m_model, &DealListModel::queryFailed, this, [this](const QString &message) {
        m_count->setText(tr("The deals could not be read: %1").arg(message));
    });
    fillStages();
    updateCount();
}

qint64 DealListPage::currentDealId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

QList<qint64> DealListPage::selectedDealIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_model->idAt(index.row()); id > 0)
            ids.append(id);
    }
    return ids;
}

void DealListPage::fillStages()
{
    const qint64 current = m_stages->currentData().toLongLong();
    const QSignalBlocker blocker(m_stages);
    m_stages->clear();
    m_stages->addItem(tr("All stages"), 0);
    if (m_pipelineId > 0) {
        const Result<Pipeline> pipeline = PipelineService(m_db, GuiUtil::actor()).pipeline(m_pipelineId);
        if (pipeline) {
            for (const Stage &s : pipeline->stages)
                m_stages->addItem(s.name, s.id);
        }
    }
    m_stages->setCurrentIndex(qMax(0, m_stages->findData(current)));
}

void DealListPage::setPipeline(qint64 pipelineId)
{
    if (pipelineId == m_pipelineId && m_model->filter().pipelineId == pipelineId)
        return;
    m_pipelineId = pipelineId;
    fillStages();
    DealFilter f = m_model->filter();
    f.pipelineId = pipelineId;
    f.stageId = m_stages->currentData().toLongLong();
    m_model->setFilter(f);
}

void DealListPage::setQuickFilters(const QString &owner, const QString &search)
{
    // Behind the board the list waits until it is shown: the board's search then costs no list count.
    m_pendingFilters = std::make_pair(owner, search);
    if (!isHidden())
        applyPendingFilters();
}

void DealListPage::applyPendingFilters()
{
    if (!m_pendingFilters)
        return;
    DealFilter f = m_model->filter();
    f.owner = m_pendingFilters->first;
    f.search = m_pendingFilters->second;
    m_pendingFilters.reset();
    m_model->setFilter(f);
}

void DealListPage::showEvent(QShowEvent *event)
{
    applyPendingFilters();
    QWidget::showEvent(event);
}

void DealListPage::refresh()
{
    fillStages();
    m_model->refresh();
}

void DealListPage::selectDeal(qint64 dealId)
{
    const int row = m_model->rowOfId(dealId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, DealListModel::TitleColumn));
    m_view->scrollTo(m_view->currentIndex());
}

void DealListPage::updateCount()
{
    if (!m_model->lastError().isEmpty())
        return;
    m_count->setText(tr("%Ln deal(s)", nullptr, m_model->rowCount()));
}

void DealListPage::saveState() const
{
    QSettings().setValue(QStringLiteral("deals/listHeader"), m_view->horizontalHeader()->saveState());
}

void DealListPage::restoreState()
{
    const QByteArray state = QSettings().value(QStringLiteral("deals/listHeader")).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    m_view->setColumnHidden(DealListModel::CurrencyColumn, true);
    const QHeaderView *header = m_view->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}
