#pragma once

#include "pipeline.h"
#include "store/database.h"

// The editable list of reasons a deal is lost. Everybody reads it; process owners and administrators
// edit it (as they edit pipelines). A reason that lost deals name is never deleted, only made inactive:
// it is no longer offered, and the deals keep it.
class LostReasonService
{
    Q_DECLARE_TR_FUNCTIONS(LostReasonService)

public:
    LostReasonService(DatabasePtr db, QString actor);

    // In their order; the inactive ones too unless activeOnly.
    Result<QList<LostReason>> list(bool activeOnly = false) const;
    Result<qint64> add(const QString &name);
    Status rename(qint64 id, const QString &name);
    Status setActive(qint64 id, bool active);
    // Every reason in its new order.
    Status reorder(const QList<qint64> &ids);
    // Deletes a reason no deal names; otherwise refused (make it inactive instead).
    Status remove(qint64 id);
    // How many deals name a reason.
    Result<qint64> usage(qint64 id) const;

private:
    Status requireEditor(QSqlDatabase &db) const;
    StoreError checkName(const QString &name) const;
    Status changed(QSqlDatabase &db, const QString &type, qint64 id, const QString &name);

    DatabasePtr m_db;
    QString m_actor;
};
