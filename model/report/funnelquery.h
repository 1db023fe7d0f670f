#pragma once

#include "funnel.h"
#include "store/database.h"

#include <QVariantList>

// The funnel dashboard's numbers, and the deals behind each of them.
//
// Everything is read from the index deal_funnel (schema 7): per deal the stage it is in, the stages it
// has ever reached (funnel_reached), the stage it was lost in, its finished stays and what the filters
// need, so that a pipeline of a million deals is counted in one pass over one index, split over two
// threads. The drill-down is SQL over the same columns with the same rules; tests check that every
// number equals the length of its drill-down list.
//
// A sales manager is counted over their own deals only, whatever the filter says.
// Any thread: each uses its own connection.
class FunnelQuery
{
    Q_DECLARE_TR_FUNCTIONS(FunnelQuery)

public:
    FunnelQuery(DatabasePtr db, QString actor);

    // Threads the counting pass is split over (default 2; 1 counts on the calling thread only).
    void setThreads(int threads) { m_threads = qMax(1, threads); }

    Result<FunnelReport> compute(const FunnelFilter &filter) const;

    // The ids of the deals behind a number, ascending.
    Result<QList<qint64>> drillDown(const FunnelFilter &filter, const FunnelCell &cell) const;
    // The same as a WHERE clause over deal d with its bound values, for lazy lists.
    Result<QString> drillDownWhere(const FunnelFilter &filter, const FunnelCell &cell,
                                   QVariantList *binds) const;

    // The sources used by the deals of a pipeline, sorted (for the filter's choices).
    Result<QStringList> sources(qint64 pipelineId) const;

    // Checks a filter: the pipeline exists, the period is not reversed. Says what is wrong.
    Status check(const FunnelFilter &filter) const;

    // What one count needs to know of the pipeline and the acting user (internal).
    struct Context;

private:
    Result<Context> context(QSqlDatabase &db, const FunnelFilter &filter) const;
    QString filterWhere(const Context &ctx, const FunnelFilter &filter, QVariantList *binds) const;
    Result<QString> cellWhere(const Context &ctx, const FunnelCell &cell, QVariantList *binds) const;

    DatabasePtr m_db;
    QString m_actor;
    int m_threads = 2;
};
