#pragma once

#include "funnelquery.h"
#include "models/lazytablemodel.h"

// The deals behind one number of the funnel dashboard, paged lazily: the list a drill-down opens.
// Its rows are exactly FunnelQuery::drillDown(filter, cell). Sorting by a column other than the
// first (the id order) sorts every row of the list in SQL: slow for lists of hundreds of thousands.
class FunnelDealListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        IdColumn, // the first: the default order, by id, is what pages fast through a long list
        TitleColumn,
        StageColumn,
        AmountColumn,
        CurrencyColumn,
        OwnerColumn,
        CreatedColumn,
        ColumnCount
    };

    FunnelDealListModel(DatabasePtr db, QString actor, const FunnelFilter &filter, const FunnelCell &cell,
                        QObject *parent = nullptr);

    // The same list from a drill-down's WHERE clause and count found already (see FunnelQuery), off the
    // GUI thread: how the dashboard opens a list of hundreds of thousands of deals without waiting.
    FunnelDealListModel(DatabasePtr db, QString where, QVariantList binds, int count,
                        QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The number of the deals behind a drill-down (any thread), read through the funnel index.
    static Result<int> countOf(const DatabasePtr &db, const QString &where, const QVariantList &binds);

protected:
    QString fromClause() const override { return QStringLiteral("deal d"); }
    // Pages walk the deals in id order (the keyset), testing the conditions on the way.
    QString pageFromClause() const override { return QStringLiteral("deal d NOT INDEXED"); }
    QString idColumn() const override { return QStringLiteral("d.id"); }
    QString whereClause() const override { return m_where; }
    QVariantList whereBinds() const override { return m_binds; }
    void prepareFilter() override;
    int countRows() override;
    QVariant display(int column, const QVariant &raw) const override;

private:
    void setUp();

    QString m_actor;
    FunnelFilter m_filter;
    FunnelCell m_cell;
    bool m_given = false; // where, binds and count came with the constructor
    QString m_where = QStringLiteral("0");
    QVariantList m_binds;
    int m_count = -1;
};
