#include "dealboardpage.h"

#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "dealcolumnview.h"
#include "guiutil.h"
#include "models/dealboardmodel.h"
#include "models/dealcolumnmodel.h"
#include "store/money.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace {

constexpr int kColumnWidth = 250;
constexpr int kUndoDepth = 20;

// The column model with draggable cards.
class CardModel : public DealColumnModel
{
public:
    using DealColumnModel::DealColumnModel;

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return DealColumnModel::flags(index) | Qt::ItemIsDragEnabled;
    }
};

} // namespace

DealBoardPage::DealBoardPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(GuiUtil::actor())
{
    setObjectName(QStringLiteral("dealBoardPage"));
    m_pipelines = new QComboBox(this);
    m_pipelines->setObjectName(QStringLiteral("pipelineBox"));
    m_pipelines->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    pipelineLabel->setBuddy(m_pipelines);
    auto *bar = new QHBoxLayout;
    bar->addWidget(pipelineLabel);
    bar->addWidget(m_pipelines);
    bar->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_columnsWidget = new QWidget(m_scroll);
    m_columnsLayout = new QHBoxLayout(m_columnsWidget);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    m_scroll->setWidget(m_columnsWidget);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    loadPipelines();
    connect(m_pipelines, &QComboBox::currentIndexChanged, this, [this] {
        m_undo.clear();
        emit undoChanged();
        buildColumns();
    });
    buildColumns();
}

DealBoardPage::~DealBoardPage() = default;

bool DealBoardPage::hasPipelines(const DatabasePtr &db)
{
    const Result<QList<Pipeline>> pipelines = PipelineService(db, GuiUtil::actor()).pipelines();
    return pipelines.ok() && !pipelines->isEmpty();
}

void DealBoardPage::loadPipelines()
{
    const QSignalBlocker blocker(m_pipelines);
    m_pipelines->clear();
    const Result<QList<Pipeline>> pipelines = PipelineService(m_db, m_actor).pipelines();
    if (!pipelines) {
        GuiUtil::showError(this, tr("Deals"), pipelines.error());
        return;
    }
    for (const Pipeline &p : *pipelines)
        m_pipelines->addItem(p.name, p.id);
}

qint64 DealBoardPage::pipelineId() const
{
    return m_pipelines->currentData().toLongLong();
}

void DealBoardPage::setPipeline(qint64 pipelineId)
{
    const int index = m_pipelines->findData(pipelineId);
    if (index >= 0)
        m_pipelines->setCurrentIndex(index);
}

void DealBoardPage::buildColumns()
{
    while (QLayoutItem *item = m_columnsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_columns.clear();
    delete m_board;
    m_board = nullptr;
    if (pipelineId() <= 0)
        return;
    m_board = new DealBoardModel(m_db, pipelineId(), m_actor, this);
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const Stage &stage = m_board->stageAt(row);
        auto *frame = new QFrame(m_columnsWidget);
        frame->setObjectName(QStringLiteral("dealColumnFrame"));
        frame->setFixedWidth(kColumnWidth);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::AlternateBase);
        frame->setAutoFillBackground(true);
        auto *colour = new QFrame(frame);
        colour->setFixedHeight(4);
        colour->setStyleSheet(QStringLiteral("background: %1; border: none;").arg(stage.colour));
        auto *name = new QLabel(stage.name, frame);
        name->setTextFormat(Qt::PlainText);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        Column column;
        column.count = new QLabel(frame);
        column.count->setTextFormat(Qt::PlainText);
        column.count->setForegroundRole(QPalette::PlaceholderText);
        column.total = new QLabel(frame);
        column.total->setTextFormat(Qt::PlainText);
        // Two lines whatever the currencies, so that the cards of every column start level.
        column.total->setFixedHeight(2 * column.total->fontMetrics().height() + 2);
        column.total->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        column.model = new CardModel(m_db, pipelineId(), stage.id, m_actor, this);
        column.view = new DealColumnView(stage.id, frame);
        column.view->setModel(column.model);
        connect(column.view, &DealColumnView::dealDropped, this, &DealBoardPage::dropDeal);

        auto *header = new QHBoxLayout;
        header->addWidget(name, 1);
        header->addWidget(column.count);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(colour);
        auto *text = new QVBoxLayout;
        text->setContentsMargins(8, 4, 8, 4);
        text->addLayout(header);
        text->addWidget(column.total);
        layout->addLayout(text);
        layout->addWidget(column.view, 1);
        m_columnsLayout->addWidget(frame);
        m_columns.append(column);
    }
    m_columnsLayout->addStretch(1);
    updateHeaders();
}

QString DealBoardPage::totalText(int row) const
{
    const QMap<QString, qint64> totals = m_board->totalsAt(row);
    if (totals.isEmpty())
        return tr("%1 %2").arg(Money(0, m_board->mainCurrency()).toString(QLocale()),
                               m_board->mainCurrency());
    QStringList parts;
    // The main currency first.
    if (totals.contains(m_board->mainCurrency())) {
        const QString c = m_board->mainCurrency();
        parts.append(tr("%1 %2").arg(Money(totals.value(c), c).toString(QLocale()), c));
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.key() != m_board->mainCurrency())
            parts.append(tr("%1 %2").arg(Money(it.value(), it.key()).toString(QLocale()), it.key()));
    }
    if (parts.size() <= 1)
        return parts.join(QString());
    // The main currency, then the others on one line (all of them in the tooltip).
    return parts.first() + QLatin1Char('\n') + parts.mid(1).join(QStringLiteral(" · "));
}

void DealBoardPage::updateHeaders()
{
    if (!m_board)
        return;
    for (int i = 0; i < m_columns.size() && i < m_board->rowCount(); ++i) {
        m_columns[i].count->setText(tr("%Ln deal(s)", nullptr, int(m_board->countAt(i))));
        m_columns[i].total->setText(totalText(i));
        m_columns[i].total->setToolTip(totalText(i));
    }
}

DealColumnView *DealBoardPage::columnView(int column) const
{
    return m_columns.value(column).view;
}

DealColumnModel *DealBoardPage::columnModel(int column) const
{
    return m_columns.value(column).model;
}

QLabel *DealBoardPage::countLabel(int column) const
{
    return m_columns.value(column).count;
}

int DealBoardPage::columnOfStage(qint64 stageId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).view->stageId() == stageId)
            return i;
    }
    return -1;
}

bool DealBoardPage::dropDeal(qint64 dealId, qint64 stageId)
{
    const int column = columnOfStage(stageId);
    if (column < 0 || !m_board)
        return false;
    qint64 reasonId = 0;
    if (m_board->stageAt(m_board->rowOfStage(stageId)).kind == Stage::Kind::Lost) {
        const Result<QList<LostReason>> reasons = PipelineService(m_db, m_actor).lostReasons();
        if (!reasons) {
            GuiUtil::showError(this, tr("Move Deal"), reasons.error());
            return false;
        }
        QStringList names;
        QList<qint64> ids;
        for (const LostReason &r : *reasons) {
            if (r.active) {
                names.append(r.name);
                ids.append(r.id);
            }
        }
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Deal Lost"), tr("Why was the deal lost?"), names, 0, false, &ok);
        if (!ok)
            return false;
        reasonId = ids.value(names.indexOf(chosen));
    }
    return moveDeal(dealId, stageId, reasonId);
}

bool DealBoardPage::moveDeal(qint64 dealId, qint64 stageId, qint64 lostReasonId)
{
    DealService service(m_db, m_actor);
    const Result<Deal> deal = service.get(dealId);
    if (!deal) {
        GuiUtil::showError(this, tr("Move Deal"), deal.error());
        return false;
    }
    if (deal->stageId == stageId)
        return false;
    const Status moved = service.moveToStage(dealId, stageId, StageChangeVia::User, lostReasonId);
    if (!moved) {
        GuiUtil::showError(this, tr("Move Deal"), moved.error());
        return false;
    }
    m_undo.append({dealId, deal->stageId, deal->lostReasonId});
    while (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    refresh();
    emit undoChanged();
    emit dealMoved(dealId, stageId);
    return true;
}

bool DealBoardPage::undoMove()
{
    if (m_undo.isEmpty())
        return false;
    const Move move = m_undo.takeLast();
    emit undoChanged();
    const Status moved =
        DealService(m_db, m_actor)
            .moveToStage(move.dealId, move.fromStageId, StageChangeVia::User, move.fromLostReasonId);
    if (!moved) {
        GuiUtil::showError(this, tr("Undo"), moved.error());
        return false;
    }
    refresh();
    emit dealMoved(move.dealId, move.fromStageId);
    return true;
}

void DealBoardPage::refresh()
{
    if (!m_board)
        return;
    m_board->refresh();
    for (const Column &column : std::as_const(m_columns))
        column.model->refresh();
    updateHeaders();
}

void DealBoardPage::saveState() const
{
    QSettings().setValue(QStringLiteral("deals/pipeline"), pipelineId());
}

void DealBoardPage::restoreState()
{
    setPipeline(QSettings().value(QStringLiteral("deals/pipeline")).toLongLong());
}
