#pragma once

#include "crm/dealservice.h"
#include "store/database.h"

#include <QList>
#include <QWidget>

#include <optional>

class DealBoardModel;
class DealCardDialog;
class DealColumnModel;
class DealColumnView;
class DealDropZone;
class DealFilterBar;
class DealListPage;
class QComboBox;
class QStackedWidget;
class QToolButton;
class QHBoxLayout;
class QLabel;
class QMenu;
class QScrollArea;
class QTimer;

// The deal board of a pipeline: a column per stage (the open ones, then Won and Lost) with its count and
// amount totals, and the cards. Dragging a card to another column moves the deal; while a card is
// dragged, drop zones for Won, Lost and the trash appear at the bottom and the board scrolls when the
// card nears its left or right edge. Moves, moves to the trash and saved card edits can be undone.
// The same deals can be shown as a sortable list instead; quick filters (my deals, owner, search) apply
// to both, Enter or a double-click opens a deal's card, and a right click offers what can be done to it.
class DealBoardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DealBoardPage(DatabasePtr db, QWidget *parent = nullptr);
    ~DealBoardPage() override;

    // Whether the database has a pipeline to show.
    static bool hasPipelines(const DatabasePtr &db);

    QComboBox *pipelineBox() const { return m_pipelines; }
    DealBoardModel *boardModel() const { return m_board; }
    qint64 pipelineId() const;
    void setPipeline(qint64 pipelineId);

    int columnCount() const { return int(m_columns.size()); }
    DealColumnView *columnView(int column) const;
    DealColumnModel *columnModel(int column) const;
    QLabel *countLabel(int column) const;
    // The column of a stage, -1 when the board has none.
    int columnOfStage(qint64 stageId) const;

    // What a drop does: moves the deal to the stage, asking for the lost reason on Lost. False when
    // nothing moved (cancelled or refused; a refusal is shown).
    bool dropDeal(qint64 dealId, qint64 stageId);
    // Moves the deal (recorded for undo); a refusal is shown and changes nothing.
    bool moveDeal(qint64 dealId, qint64 stageId, qint64 lostReasonId = 0);
    bool canUndo() const { return !m_undo.isEmpty(); }
    // Moves the deal of the last move back to the stage it came from, or puts back what the last save of
    // a deal card changed.
    bool undoMove();
    // What Undo would undo, for the menu.
    QString undoText() const;

    // The deal of the current card on the board, or the selected rows of the list.
    QList<qint64> selectedDealIds() const;
    // Moves the deals to the trash with their tasks and calls (Undo brings them back). False when nothing
    // moved (none given, or refused: the refusal is shown).
    bool trashDeals(const QList<qint64> &ids);
    // Brings deals back from the trash (the status bar's Undo after a move to the trash).
    bool restoreDeals(const QList<qint64> &ids);
    // What a right click on a deal offers: open, move to another stage, won, lost, the trash.
    QMenu *dealMenu(qint64 dealId, QWidget *parent);

    // While a card is dragged: the drop zones are shown, and the board scrolls near its edges.
    void setDragging(bool dragging);
    bool isDragging() const { return m_dragging; }
    DealDropZone *wonZone() const { return m_wonZone; }
    DealDropZone *lostZone() const { return m_lostZone; }
    DealDropZone *trashZone() const { return m_trashZone; }
    QWidget *dropZones() const { return m_dropZones; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QLabel *totalLabel(int column) const;
    QLabel *stageLabel(int column) const;
    // One step of the drag auto-scroll for a cursor at pos (in the scroll area's viewport); true when
    // the board scrolled.
    bool autoScrollAt(const QPoint &pos);

    DealFilterBar *filterBar() const { return m_filters; }
    DealListPage *listPage() const { return m_list; }
    bool isListShown() const;
    void showList(bool list);
    // Opens the card of a deal (not modal for the main window); nullptr when it cannot be read.
    DealCardDialog *openDeal(qint64 dealId);
    // Opens the card of a new deal in the first stage of the pipeline shown; nothing is written until
    // its Save (Cancel creates nothing).
    DealCardDialog *newDeal(const QString &title = {});

    // Reads the counts and the cards again.
    void refresh();
    void saveState() const;
    void restoreState();

signals:
    void undoChanged();
    void dealMoved(qint64 dealId, qint64 stageId);
    void dealOpened(DealCardDialog *card);
    void selectionChanged();
    void dealsTrashed(const QList<qint64> &ids);
    void dealsRestored(const QList<qint64> &ids);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Move
    {
        qint64 dealId = 0;
        qint64 fromStageId = 0;
        qint64 fromLostReasonId = 0;
        std::optional<DealService::Edit> before; // a saved card: what it was
        QList<qint64> trashed;                   // a move to the trash: these deals
    };
    struct Column
    {
        QWidget *frame = nullptr;
        DealColumnView *view = nullptr;
        DealColumnModel *model = nullptr;
        QLabel *name = nullptr;
        QLabel *count = nullptr;
        QLabel *total = nullptr;
    };

    void loadPipelines();
    // The quick filters share the top row while it is wide enough, else take a row of their own.
    void placeFilters();
    void buildColumns();
    void updateHeaders();
    void applyFilters();
    void pushUndo(const Move &move);
    // The totals of a column in at most two lines of the given width: the main currency, then the
    // others as far as they fit ("+2 more"); all of them in the tooltip.
    QString totalText(int row, int width, QString *toolTip) const;
    // Columns share the width of the board down to a minimum, then the board scrolls.
    void updateColumnWidths();
    void placeDropZones();
    void selectCard(DealColumnView *view);
    void onCardsDragged(bool started);

    DatabasePtr m_db;
    QString m_actor;
    QComboBox *m_pipelines = nullptr;
    DealFilterBar *m_filters = nullptr;
    QHBoxLayout *m_topRow = nullptr;
    QWidget *m_topRowWidget = nullptr;
    QHBoxLayout *m_filterRow = nullptr;
    QToolButton *m_boardButton = nullptr;
    QToolButton *m_listButton = nullptr;
    QStackedWidget *m_views = nullptr;
    DealListPage *m_list = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_columnsWidget = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    DealBoardModel *m_board = nullptr;
    QList<Column> m_columns;
    QList<Move> m_undo;
    QWidget *m_dropZones = nullptr;
    DealDropZone *m_wonZone = nullptr;
    DealDropZone *m_lostZone = nullptr;
    DealDropZone *m_trashZone = nullptr;
    QTimer *m_autoScroll = nullptr;
    bool m_dragging = false;
};
