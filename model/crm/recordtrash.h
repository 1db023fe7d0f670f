#pragma once

#include "store/database.h"

#include <QSqlDatabase>

#include <functional>

// Moving records to the trash, back, and out for good: the same steps for contacts, companies and deals.
// All records of one call change in one transaction, each with its domain event
// (ENTITY.trashed, ENTITY.restored, ENTITY.purged); the notifier tells after the commit.
class RecordTrash
{
    Q_DECLARE_TR_FUNCTIONS(RecordTrash)

public:
    using Step = std::function<Status(QSqlDatabase &db, qint64 id)>;
    // What else changes with a record, inside the transaction; empty steps do nothing.
    struct Steps
    {
        Step afterTrash;
        Step afterRestore;
        Step beforePurge;
        Step afterPurge;
        // Refuses a record the actor may not change; empty: the contact check below.
        Step access;
    };

    // entity is both the table and the event prefix: "contact", "company" or "deal".
    RecordTrash(DatabasePtr db, QString entity, QString actor, Steps steps);

    Status moveToTrash(const QList<qint64> &ids) { return setTrashed(ids, true); }
    Status restore(const QList<qint64> &ids) { return setTrashed(ids, false); }
    // Only records that are in the trash are deleted; others are left alone.
    Status purge(const QList<qint64> &ids);

private:
    Status setTrashed(const QList<qint64> &ids, bool trashed);
    // A sales manager trashes, restores and purges only the contacts that are his or shared with him.
    Status checkAccess(QSqlDatabase &db, qint64 id) const;
    Status finish(QSqlDatabase &db, const QList<qint64> &changed);

    DatabasePtr m_db;
    QString m_entity;
    QString m_actor;
    Steps m_steps;
};
