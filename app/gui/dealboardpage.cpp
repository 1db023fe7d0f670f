#include "dealboardpage.h"

#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "dealcolumnview.h"
#include "deals/dealcard.h"
#include "deals/dealfilterbar.h"
#include "deals/deallistpage.h"
#include "guiutil.h"
#include "models/dealboardmodel.h"
#include "models/dealcolumnmodel.h"
#include "models/deallistmodel.h"
#include "store/money.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kColumnWidth = 250;
constexpr int kUndoDepth = 20;

// The column model with draggable cards.
// Its row count is the board's count of the stage (same filter, read just before by one grouped query)
// instead of a count of its own: a search over a million deals then costs one grouped query, not one per
// column.
class CardModel : public DealColumnModel
{
public:
    CardModel(DatabasePtr db, qint64 pipelineId, qint64 stageId, QString actor, DealBoardModel *board,
              QObject *parent)
        : DealColumnModel(std::move(db), pipelineId, stageId, std::move(actor), parent)
        , m_board(board)
    {}

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return DealColumnModel::flags(index) | Qt::ItemIsDragEnabled;
    }

    void setFilters(const QString &owner, const QString &search)
    {
        m_owner = owner;
        m_search = search;
        setOwnerFilter(owner);
        setSearchText(search);
    }

protected:
    int countRows() override
    {
        const int row = m_board ? m_board->rowOfStage(stageId()) : -1;
        if (row < 0 || !m_board->lastError().isEmpty() || m_board->ownerFilter() != m_owner ||
            m_board->searchText() != m_search) {
            return DealColumnModel::countRows();
        }
        return int(m_board->countAt(row));
    }

private:
    QPointer<DealBoardModel> m_board;
    QString m_owner;
    QString m_search;
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
    m_boardButton = new QToolButton(this);
    m_boardButton->setObjectName(QStringLiteral("showBoard"));
    m_boardButton->setText(tr("&Board"));
    m_boardButton->setCheckable(true);
    m_boardButton->setChecked(true);
    m_boardButton->setToolTip(tr("The deals as columns of stages"));
    m_listButton = new QToolButton(this);
    m_listButton->setObjectName(QStringLiteral("showList"));
    m_listButton->setText(tr("Li&st"));
    m_listButton->setCheckable(true);
    m_listButton->setToolTip(tr("The deals as a sortable list"));
    auto *viewGroup = new QButtonGroup(this);
    viewGroup->addButton(m_boardButton);
    viewGroup->addButton(m_listButton);
    viewGroup->setExclusive(true);
    m_filters = new DealFilterBar(m_db, this);
    auto *newDealButton = new QToolButton(this);
    newDealButton->setObjectName(QStringLiteral("newDeal"));
    newDealButton->setText(tr("&New Deal…"));
    newDealButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(newDealButton, &QToolButton::clicked, this, &DealBoardPage::newDeal);
    auto *bar = new QHBoxLayout;
    bar->addWidget(pipelineLabel);
    bar->addWidget(m_pipelines);
    bar->addSpacing(8);
    bar->addWidget(m_boardButton);
    bar->addWidget(m_listButton);
    bar->addSpacing(8);
    bar->addWidget(newDealButton);
    bar->addSpacing(16);
    bar->addWidget(m_filters);
    bar->addStretch(1);
    m_topRow = bar;

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_columnsWidget = new QWidget(m_scroll);
    m_columnsLayout = new QHBoxLayout(m_columnsWidget);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    m_scroll->setWidget(m_columnsWidget);

    m_list = new DealListPage(m_db, this);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_scroll);
    m_views->addWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The bar may be clipped in a narrow window rather than widen the whole window (the areas share it).
    auto *barWidget = new QWidget(this);
    bar->setContentsMargins(0, 0, 0, 0);
    barWidget->setLayout(bar);
    barWidget->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(barWidget);
    m_topRowWidget = barWidget;
    m_filterRow = new QHBoxLayout;
    m_filterRow->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_views, 1);

    loadPipelines();
    connect(m_pipelines, &QComboBox::currentIndexChanged, this, [this] {
        m_undo.clear();
        emit undoChanged();
        buildColumns();
        m_list->setPipeline(pipelineId());
    });
    connect(m_filters, &DealFilterBar::changed, this, &DealBoardPage::applyFilters);
    connect(m_listButton, &QToolButton::toggled, this, &DealBoardPage::showList);
    connect(m_list, &DealListPage::dealActivated, this, &DealBoardPage::openDeal);
    buildColumns();
    m_list->setPipeline(pipelineId());
}

void DealBoardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeFilters();
}

void DealBoardPage::placeFilters()
{
    const bool onTop = m_topRow->indexOf(m_filters) >= 0;
    const int topWithoutFilters =
        m_topRow->sizeHint().width() - (onTop ? m_filters->sizeHint().width() + m_topRow->spacing() : 0);
    const bool fits = topWithoutFilters + m_filters->sizeHint().width() + m_topRow->spacing() <= width();
    if (fits == onTop)
        return;
    if (fits) {
        m_filterRow->removeWidget(m_filters);
        m_topRow->insertWidget(m_topRow->count() - 1, m_filters); // before the stretch
    } else {
        m_topRow->removeWidget(m_filters);
        m_filterRow->addWidget(m_filters);
        m_filterRow->addStretch(1);
    }
    // The second row's stretch goes with it.
    if (fits) {
        while (QLayoutItem *item = m_filterRow->takeAt(0))
            delete item;
    }
}

bool DealBoardPage::isListShown() const
{
    return m_views->currentWidget() == m_list;
}

void DealBoardPage::showList(bool list)
{
    const QSignalBlocker blocker(m_listButton);
    m_listButton->setChecked(list);
    m_boardButton->setChecked(!list);
    m_views->setCurrentWidget(list ? static_cast<QWidget *>(m_list) : m_scroll);
}

void DealBoardPage::applyFilters()
{
    const QString owner = m_filters->owner();
    const QString search = m_filters->searchText().trimmed();
    if (m_board) {
        m_board->setOwnerFilter(owner);
        m_board->setSearchText(search);
    }
    for (const Column &column : std::as_const(m_columns))
        static_cast<CardModel *>(column.model)->setFilters(owner, search);
    updateHeaders();
    m_list->setQuickFilters(owner, search);
    emit dealMoved(0, 0); // the counts changed
}

DealCardDialog *DealBoardPage::openDeal(qint64 dealId)
{
    auto *card = new DealCardDialog(m_db, dealId, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    if (!card->load()) {
        GuiUtil::showError(this, tr("Deal"), StoreError::invalid(card->errorText()));
        delete card;
        return nullptr;
    }
    connect(card, &DealCardDialog::saved, this, [this](qint64 id, const DealService::Edit &before) {
        Move move;
        move.dealId = id;
        move.before = before;
        pushUndo(move);
        refresh();
        emit dealMoved(id, 0);
    });
    card->open();
    emit dealOpened(card);
    return card;
}

DealCardDialog *DealBoardPage::newDeal()
{
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("New Deal"), tr("Title of the new deal in “%1”:").arg(m_pipelines->currentText()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return nullptr;
    return createDeal(title);
}

DealCardDialog *DealBoardPage::createDeal(const QString &title)
{
    Deal deal;
    deal.title = title;
    deal.pipelineId = pipelineId();
    const Result<qint64> id = DealService(m_db, m_actor).create(deal);
    if (!id) {
        GuiUtil::showError(this, tr("New Deal"), id.error());
        return nullptr;
    }
    refresh();
    emit dealMoved(*id, 0);
    return openDeal(*id);
}

void DealBoardPage::pushUndo(const Move &move)
{
    m_undo.append(move);
    while (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    emit undoChanged();
}

QString DealBoardPage::undoText() const
{
    if (!m_undo.isEmpty() && m_undo.constLast().before)
        return tr("&Undo Changes to Deal");
    return tr("&Undo Move of Deal");
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
    m_board->setOwnerFilter(m_filters->owner());
    m_board->setSearchText(m_filters->searchText().trimmed());
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
        auto *cards = new CardModel(m_db, pipelineId(), stage.id, m_actor, m_board, this);
        cards->setFilters(m_filters->owner(), m_filters->searchText().trimmed());
        column.model = cards;
        column.view = new DealColumnView(stage.id, frame);
        column.view->setModel(column.model);
        connect(column.view, &DealColumnView::dealDropped, this, &DealBoardPage::dropDeal);
        connect(column.view, &DealColumnView::activated, this,
                [this, model = column.model](const QModelIndex &index) {
                    if (const qint64 id = model->idAt(index.row()); id > 0)
                        openDeal(id);
                });

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
    pushUndo({dealId, deal->stageId, deal->lostReasonId, std::nullopt});
    refresh();
    emit dealMoved(dealId, stageId);
    return true;
}

bool DealBoardPage::undoMove()
{
    if (m_undo.isEmpty())
        return false;
    const Move move = m_undo.takeLast();
    emit undoChanged();
    DealService deals(m_db, m_actor);
    const Status undone = move.before ? deals.save(*move.before)
                                      : deals.moveToStage(move.dealId, move.fromStageId, StageChangeVia::User,
                                                          move.fromLostReasonId);
    if (!undone) {
        GuiUtil::showError(this, tr("Undo"), undone.error());
        return false;
    }
    refresh();
    emit dealMoved(move.dealId, move.before ? move.before->deal.stageId : move.fromStageId);
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
    QSettings().setValue(QStringLiteral("deals/list"), isListShown());
    m_list->saveState();
}

void DealBoardPage::restoreState()
{
    setPipeline(QSettings().value(QStringLiteral("deals/pipeline")).toLongLong());
    showList(QSettings().value(QStringLiteral("deals/list")).toBool());
    m_list->restoreState();
}
