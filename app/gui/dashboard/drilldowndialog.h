#pragma once

#include "report/funnel.h"
#include "store/database.h"

#include <QDialog>

class FunnelDealListModel;
class QLabel;
class QTableView;

// The deals behind one number of the dashboard, in a lazy list; a double-click (or Enter) opens the
// deal's card. The ids are found off the GUI thread; the list appears when they are there.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(DatabasePtr db, const QString &actor, const FunnelFilter &filter, const FunnelCell &cell,
                    const QString &title, QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    // Null until the ids are read (see loaded()).
    FunnelDealListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void openDeal(qint64 id);

signals:
    void loaded();

private:
    void showList(const QString &where, const QVariantList &binds, int count);

    DatabasePtr m_db;
    FunnelDealListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
};
