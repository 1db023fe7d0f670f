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
class DealFilterBar;
class DealListPage;
class QComboBox;
class QStackedWidget;
class QToolButton;
class QHBoxLayout;
class QLabel;
class QScrollArea;

// The deal board of a pipeline: a column per stage (the open ones, then Won and Lost) with its count and
// amount total, and the cards. Dragging a card to another column moves the deal; moves can be undone.
// The same deals can be shown as a sortable list instead; quick filters (my deals, owner, search) apply
// to both, and Enter or a double-click opens a deal's card (its saved edits can be undone too).
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

    DealFilterBar *filterBar() const { return m_filters; }
    DealListPage *listPage() const { return m_list; }
    bool isListShown() const;
    void showList(bool list);
    // Opens the card of a deal (not modal for the main window); nullptr when it cannot be read.
    DealCardDialog *openDeal(qint64 dealId);
    // Asks for a title, creates the deal in the first stage of the pipeline shown and opens its card.
    DealCardDialog *newDeal();
    // Creates the deal (refusals are shown) and opens its card.
    DealCardDialog *createDeal(const QString &title);

    // Reads the counts and the cards again.
    void refresh();
    void saveState() const;
    void restoreState();

signals:
    void undoChanged();
    void dealMoved(qint64 dealId, qint64 stageId);
    void dealOpened(DealCardDialog *card);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Move
    {
        qint64 dealId = 0;
        qint64 fromStageId = 0;
        qint64 fromLostReasonId = 0;
        std::optional<DealService::Edit> before; // a saved card: what it was
    };
    struct Column
    {
        DealColumnView *view = nullptr;
        DealColumnModel *model = nullptr;
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
    QString totalText(int row) const;

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
};
