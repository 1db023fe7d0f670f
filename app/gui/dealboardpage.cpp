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
#include <QCursor>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A column is never narrower than a readable card nor wider than a comfortable one; between the two the
// columns share the board's width (at 1280 px five of the eight stages of a pipeline fit).
constexpr int kMinColumnWidth = 190;
constexpr int kMaxColumnWidth = 320;
constexpr int kColumnSpacing = 8;
constexpr int kUndoDepth = 20;
// The drag auto-scroll: how near an edge it starts, and how often it steps.
constexpr int kScrollMargin = 56;
constexpr int kScrollIntervalMs = 30;
constexpr int kDropZoneHeight = 64;

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
    connect(newDealButton, &QToolButton::clicked, this, [this] { newDeal(); });
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
    m_columnsLayout->setSpacing(kColumnSpacing);
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

    // The drop zones float over the bottom of the board while a card is dragged.
    m_dropZones = new QWidget(this);
    m_dropZones->setObjectName(QStringLiteral("dealDropZones"));
    m_trashZone = new DealDropZone(tr("Move to Trash"), QColor(0x61, 0x61, 0x61), 0, m_dropZones);
    m_trashZone->setObjectName(QStringLiteral("trashDropZone"));
    m_lostZone = new DealDropZone(tr("Lost"), QColor(0xc6, 0x28, 0x28), 0, m_dropZones);
    m_lostZone->setObjectName(QStringLiteral("lostDropZone"));
    m_wonZone = new DealDropZone(tr("Won"), QColor(0x2e, 0x7d, 0x32), 0, m_dropZones);
    m_wonZone->setObjectName(QStringLiteral("wonDropZone"));
    auto *zones = new QHBoxLayout(m_dropZones);
    zones->setContentsMargins(0, 0, 0, 0);
    zones->setSpacing(kColumnSpacing);
    zones->addWidget(m_trashZone, 1);
    zones->addWidget(m_lostZone, 1);
    zones->addWidget(m_wonZone, 1);
    m_dropZones->hide();
    for (DealDropZone *zone : {m_wonZone, m_lostZone})
        connect(zone, &DealDropZone::dealDropped, this, &DealBoardPage::dropDeal);
    connect(m_trashZone, &DealDropZone::dealDropped, this, [this](qint64 dealId) { trashDeals({dealId}); });
    m_autoScroll = new QTimer(this);
    m_autoScroll->setInterval(kScrollIntervalMs);
    connect(m_autoScroll, &QTimer::timeout, this,
            [this] { autoScrollAt(m_scroll->viewport()->mapFromGlobal(QCursor::pos())); });
    m_scroll->viewport()->installEventFilter(this);

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
    connect(m_list, &DealListPage::selectionChanged, this, &DealBoardPage::selectionChanged);
    connect(m_list, &DealListPage::dealMenuRequested, this, [this](qint64 dealId, const QPoint &at) {
        QMenu *menu = dealMenu(dealId, this);
        menu->exec(at);
        delete menu;
    });
    buildColumns();
    m_list->setPipeline(pipelineId());
}

void DealBoardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeFilters();
    placeDropZones();
}

bool DealBoardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        updateColumnWidths();
    return QWidget::eventFilter(watched, event);
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
    emit selectionChanged();
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

DealCardDialog *DealBoardPage::newDeal(const QString &title)
{
    if (pipelineId() <= 0)
        return nullptr;
    auto *card = new DealCardDialog(m_db, 0, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->prepareNew(pipelineId(), title);
    if (!card->load()) {
        GuiUtil::showError(this, tr("New Deal"), StoreError::invalid(card->errorText()));
        delete card;
        return nullptr;
    }
    connect(card, &DealCardDialog::created, this, [this](qint64 id) {
        refresh();
        m_list->refresh();
        const Result<Deal> deal = DealService(m_db, m_actor).get(id);
        if (const int column = deal ? columnOfStage(deal->stageId) : -1; column >= 0) {
            DealColumnView *view = m_columns.at(column).view;
            const int row = m_columns.at(column).model->rowOfId(id);
            if (row >= 0)
                view->setCurrentIndex(m_columns.at(column).model->index(row, DealColumnModel::TitleColumn));
        }
        emit dealMoved(id, 0);
    });
    card->open();
    emit dealOpened(card);
    return card;
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
    if (!m_undo.isEmpty() && !m_undo.constLast().trashed.isEmpty())
        return tr("&Undo Move to Trash");
    return tr("&Undo Move of Deal");
}

QList<qint64> DealBoardPage::selectedDealIds() const
{
    if (isListShown())
        return m_list->selectedDealIds();
    for (const Column &column : m_columns) {
        const QModelIndexList rows = column.view->selectionModel()->selectedIndexes();
        for (const QModelIndex &index : rows) {
            if (const qint64 id = column.model->idAt(index.row()); id > 0)
                return {id};
        }
    }
    return {};
}

bool DealBoardPage::trashDeals(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    const Status trashed = DealService(m_db, m_actor).moveToTrash(ids);
    if (!trashed) {
        GuiUtil::showError(this, tr("Move to Trash"), trashed.error());
        return false;
    }
    Move move;
    move.trashed = ids;
    pushUndo(move);
    refresh();
    emit dealsTrashed(ids);
    emit dealMoved(0, 0); // the counts changed
    return true;
}

bool DealBoardPage::restoreDeals(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    const Status restored = DealService(m_db, m_actor).restore(ids);
    if (!restored) {
        GuiUtil::showError(this, tr("Undo"), restored.error());
        return false;
    }
    const qsizetype before = m_undo.size();
    m_undo.removeIf([&ids](const Move &m) {
        return !m.trashed.isEmpty() && std::all_of(m.trashed.cbegin(), m.trashed.cend(),
                                                   [&ids](qint64 id) { return ids.contains(id); });
    });
    if (m_undo.size() != before)
        emit undoChanged();
    refresh();
    emit dealsRestored(ids);
    emit dealMoved(0, 0);
    return true;
}

QMenu *DealBoardPage::dealMenu(qint64 dealId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("dealMenu"));
    const Result<Deal> deal = DealService(m_db, m_actor).get(dealId);
    QAction *open = menu->addAction(tr("&Open"), this, [this, dealId] { openDeal(dealId); });
    open->setObjectName(QStringLiteral("openDeal"));
    QFont bold = open->font();
    bold.setBold(true);
    open->setFont(bold);
    menu->setDefaultAction(open);
    if (!deal || !m_board || deal->pipelineId != pipelineId())
        return menu;
    QMenu *stages = menu->addMenu(tr("Move to &Stage"));
    stages->setObjectName(QStringLiteral("moveToStage"));
    qint64 won = 0;
    qint64 lost = 0;
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const Stage &stage = m_board->stageAt(row);
        if (stage.kind == Stage::Kind::Won)
            won = stage.id;
        else if (stage.kind == Stage::Kind::Lost)
            lost = stage.id;
        if (stage.kind != Stage::Kind::Open)
            continue;
        QAction *to =
            stages->addAction(stage.name, this, [this, dealId, id = stage.id] { dropDeal(dealId, id); });
        to->setCheckable(true);
        to->setChecked(stage.id == deal->stageId);
        to->setEnabled(stage.id != deal->stageId);
    }
    QAction *markWon =
        menu->addAction(tr("Mark as &Won"), this, [this, dealId, won] { dropDeal(dealId, won); });
    markWon->setObjectName(QStringLiteral("markWon"));
    markWon->setEnabled(won > 0 && deal->stageId != won);
    QAction *markLost =
        menu->addAction(tr("Mark as &Lost…"), this, [this, dealId, lost] { dropDeal(dealId, lost); });
    markLost->setObjectName(QStringLiteral("markLost"));
    markLost->setEnabled(lost > 0 && deal->stageId != lost);
    menu->addSeparator();
    QAction *trash = menu->addAction(tr("Move to &Trash"), this, [this, dealId] { trashDeals({dealId}); });
    trash->setObjectName(QStringLiteral("trashDeal"));
    trash->setShortcut(QKeySequence::Delete); // shown only; the Edit menu's action has the key
    trash->setShortcutContext(Qt::WidgetShortcut);
    return menu;
}

void DealBoardPage::setDragging(bool dragging)
{
    m_dragging = dragging;
    placeDropZones();
    m_dropZones->setVisible(dragging);
    if (dragging) {
        m_dropZones->raise();
        m_autoScroll->start();
    } else {
        m_autoScroll->stop();
    }
}

void DealBoardPage::onCardsDragged(bool started)
{
    setDragging(started);
}

void DealBoardPage::placeDropZones()
{
    if (!m_dropZones || !m_views)
        return;
    const QRect board = m_views->geometry();
    m_dropZones->setGeometry(board.left() + kColumnSpacing, board.bottom() - kDropZoneHeight - kColumnSpacing,
                             qMax(0, board.width() - 2 * kColumnSpacing), kDropZoneHeight);
}

bool DealBoardPage::autoScrollAt(const QPoint &pos)
{
    QWidget *viewport = m_scroll->viewport();
    if (pos.y() < 0 || pos.y() > viewport->height())
        return false;
    int step = 0;
    if (pos.x() < kScrollMargin)
        step = -(kScrollMargin - qMax(pos.x(), -kScrollMargin)) / 2 - 4;
    else if (pos.x() > viewport->width() - kScrollMargin)
        step = (pos.x() - (viewport->width() - kScrollMargin)) / 2 + 4;
    if (step == 0)
        return false;
    QScrollBar *bar = m_scroll->horizontalScrollBar();
    const int before = bar->value();
    bar->setValue(before + qBound(-40, step, 40));
    return bar->value() != before;
}

void DealBoardPage::selectCard(DealColumnView *view)
{
    if (!view->selectionModel()->hasSelection())
        return;
    // One card is selected on the board, whatever its column.
    for (const Column &column : std::as_const(m_columns)) {
        if (column.view != view)
            column.view->clearSelection();
    }
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
    m_wonZone->setStageId(0);
    m_lostZone->setStageId(0);
    if (pipelineId() <= 0)
        return;
    m_board = new DealBoardModel(m_db, pipelineId(), m_actor, this);
    m_board->setOwnerFilter(m_filters->owner());
    m_board->setSearchText(m_filters->searchText().trimmed());
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const Stage &stage = m_board->stageAt(row);
        if (stage.kind == Stage::Kind::Won)
            m_wonZone->setStageId(stage.id);
        else if (stage.kind == Stage::Kind::Lost)
            m_lostZone->setStageId(stage.id);
        auto *frame = new QFrame(m_columnsWidget);
        frame->setObjectName(QStringLiteral("dealColumnFrame"));
        frame->setFixedWidth(kMinColumnWidth);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::AlternateBase);
        frame->setAutoFillBackground(true);
        auto *colour = new QFrame(frame);
        colour->setFixedHeight(4);
        colour->setStyleSheet(QStringLiteral("background: %1; border: none;").arg(stage.colour));
        // The name has the first line to itself (elided to the column, whole in the tooltip), the count
        // the second: long Romanian names and counts never overlap.
        auto *name = new QLabel(stage.name, frame);
        name->setObjectName(QStringLiteral("stageName"));
        name->setTextFormat(Qt::PlainText);
        name->setToolTip(stage.name);
        name->setMinimumWidth(1);
        name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        Column column;
        column.frame = frame;
        column.name = name;
        column.count = new QLabel(frame);
        column.count->setObjectName(QStringLiteral("stageCount"));
        column.count->setTextFormat(Qt::PlainText);
        column.count->setForegroundRole(QPalette::PlaceholderText);
        column.count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        column.total = new QLabel(frame);
        column.total->setObjectName(QStringLiteral("stageTotal"));
        column.total->setTextFormat(Qt::PlainText);
        column.total->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        // Two lines whatever the currencies, so that the cards of every column start level.
        column.total->setFixedHeight(2 * column.total->fontMetrics().height() + 2);
        column.total->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *cards = new CardModel(m_db, pipelineId(), stage.id, m_actor, m_board, this);
        cards->setFilters(m_filters->owner(), m_filters->searchText().trimmed());
        column.model = cards;
        column.view = new DealColumnView(stage.id, frame);
        column.view->setModel(column.model);
        connect(column.view, &DealColumnView::dealDropped, this, &DealBoardPage::dropDeal);
        connect(column.view, &DealColumnView::dragStarted, this, [this] { onCardsDragged(true); });
        connect(column.view, &DealColumnView::dragFinished, this, [this] { onCardsDragged(false); });
        connect(column.view, &DealColumnView::dealMenuRequested, this,
                [this](qint64 dealId, const QPoint &at) {
                    QMenu *menu = dealMenu(dealId, this);
                    menu->exec(at);
                    delete menu;
                });
        connect(column.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view = column.view] {
                    selectCard(view);
                    emit selectionChanged();
                });
        connect(column.view, &DealColumnView::activated, this,
                [this, model = column.model](const QModelIndex &index) {
                    if (const qint64 id = model->idAt(index.row()); id > 0)
                        openDeal(id);
                });

        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(colour);
        auto *text = new QVBoxLayout;
        text->setContentsMargins(8, 4, 8, 4);
        text->setSpacing(1);
        text->addWidget(name);
        text->addWidget(column.count);
        text->addWidget(column.total);
        layout->addLayout(text);
        layout->addWidget(column.view, 1);
        m_columnsLayout->addWidget(frame);
        m_columns.append(column);
    }
    m_columnsLayout->addStretch(1);
    updateColumnWidths();
    emit selectionChanged();
}

void DealBoardPage::updateColumnWidths()
{
    if (m_columns.isEmpty()) {
        updateHeaders();
        return;
    }
    const int n = int(m_columns.size());
    const int available = m_scroll->viewport()->width();
    const int width = qBound(kMinColumnWidth, (available - kColumnSpacing * (n - 1)) / n, kMaxColumnWidth);
    for (const Column &column : std::as_const(m_columns))
        column.frame->setFixedWidth(width);
    updateHeaders();
}

QString DealBoardPage::totalText(int row, int width, QString *toolTip) const
{
    const QString main = m_board->mainCurrency();
    const QMap<QString, qint64> totals = m_board->totalsAt(row);
    auto amount = [](qint64 minor, const QString &currency) {
        return tr("%1 %2").arg(Money(minor, currency).toString(QLocale()), currency);
    };
    if (totals.isEmpty()) {
        *toolTip = amount(0, main);
        return *toolTip;
    }
    QStringList parts;
    // The main currency first.
    if (totals.contains(main))
        parts.append(amount(totals.value(main), main));
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.key() != main)
            parts.append(amount(it.value(), it.key()));
    }
    *toolTip = parts.join(QLatin1Char('\n'));
    const QFontMetrics fm(font());
    const QString first = fm.elidedText(parts.first(), Qt::ElideRight, width);
    if (parts.size() == 1)
        return first;
    // The second line takes the other currencies while they fit, then says how many more there are.
    const QString separator = QStringLiteral(" · ");
    const int others = int(parts.size()) - 1;
    QString second;
    int shown = 0;
    for (int i = 1; i < parts.size(); ++i) {
        const QString candidate = second.isEmpty() ? parts.at(i) : second + separator + parts.at(i);
        const int rest = others - shown - 1;
        const QString more = rest > 0 ? separator + tr("+%n more", nullptr, rest) : QString();
        if (fm.horizontalAdvance(candidate + more) > width)
            break;
        second = candidate;
        ++shown;
    }
    if (shown < others) {
        const QString more = tr("+%n more", nullptr, others - shown);
        second = second.isEmpty() ? more : second + separator + more;
    }
    return first + QLatin1Char('\n') + second;
}

void DealBoardPage::updateHeaders()
{
    if (!m_board)
        return;
    for (int i = 0; i < m_columns.size() && i < m_board->rowCount(); ++i) {
        const Column &column = m_columns.at(i);
        const int width = column.frame->width() - 16;
        const QString name = m_board->stageAt(i).name;
        column.name->setText(column.name->fontMetrics().elidedText(name, Qt::ElideRight, width));
        column.count->setText(tr("%Ln deal(s)", nullptr, int(m_board->countAt(i))));
        QString toolTip;
        column.total->setText(totalText(i, width, &toolTip));
        column.total->setToolTip(toolTip);
    }
}

QLabel *DealBoardPage::totalLabel(int column) const
{
    return m_columns.value(column).total;
}

QLabel *DealBoardPage::stageLabel(int column) const
{
    return m_columns.value(column).name;
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
    pushUndo({dealId, deal->stageId, deal->lostReasonId, std::nullopt, {}});
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
    if (!move.trashed.isEmpty()) {
        const Status restored = deals.restore(move.trashed);
        if (!restored) {
            GuiUtil::showError(this, tr("Undo"), restored.error());
            return false;
        }
        refresh();
        emit dealsRestored(move.trashed);
        emit dealMoved(0, 0);
        return true;
    }
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
    emit selectionChanged(); // the cards were read again
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
