#pragma once

#include "store/database.h"

#include <QWidget>

#include <optional>

class DealListModel;
class QComboBox;
class QLabel;
class QTableView;

// The deals as a sortable list: the deals of the pipeline chosen above (or of all pipelines), of one
// stage or all, with the quick filters of the deals area. A million deals open at once (the model
// reads pages). Enter or a double-click opens the deal's card; a right click asks the board for the
// deal's menu.
class DealListPage : public QWidget
{
    Q_OBJECT

public:
    DealListPage(DatabasePtr db, QWidget *parent = nullptr);

    DealListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *stageBox() const { return m_stages; }
    QLabel *countLabel() const { return m_count; }
    qint64 currentDealId() const;
    QList<qint64> selectedDealIds() const;

    // 0: every pipeline.
    void setPipeline(qint64 pipelineId);
    void setQuickFilters(const QString &owner, const QString &search);
    void refresh();
    void selectDeal(qint64 dealId);

    void saveState() const;
    void restoreState();

signals:
    void dealActivated(qint64 dealId);
    void selectionChanged();
    // A right click on a row (or the menu key on the current one).
    void dealMenuRequested(qint64 dealId, const QPoint &globalPos);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyPendingFilters();
    void fillStages();
    void updateCount();

    DatabasePtr m_db;
    qint64 m_pipelineId = 0;
    DealListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_stages = nullptr;
    QLabel *m_count = nullptr;
    std::optional<std::pair<QString, QString>> m_pendingFilters; // owner and search, while hidden
};
