#pragma once

#include "store/storeerror.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

// One bulk load of demo data on the raw SQLite handle: a large cache, a rollback journal instead of
// the write-ahead log when nobody else has the file open, foreign-key checks off, one transaction, and
// the indexes and triggers of the loaded tables dropped for the load and made again after it. The
// destructor rolls back what was not committed and puts the connection's settings back.
//
// Made while the connection is already in a transaction (an outer BulkLoad, so that contacts and
// deals are added together or not at all), it is a savepoint of that transaction and leaves the
// connection's settings to the outer one.
class BulkLoad
{
public:
    explicit BulkLoad(sqlite3 *db);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Begins the transaction and drops the indexes and triggers of tables, except those named in
    // keep (indexes that grow at their end as rows arrive in id order are cheaper to keep).
    Status begin(const QList<QByteArray> &tables, const QList<QByteArray> &keep);
    // Makes the dropped indexes and triggers again.
    Status rebuild();
    Status commit();

    // "delete", "wal", ... of the connection.
    static QByteArray journalMode(sqlite3 *db);
    // max(id) + 1 of a table (1 when empty).
    static qint64 nextId(sqlite3 *db, const char *table);
    static bool timing();

private:
    struct SchemaObject
    {
        QByteArray name;
        QByteArray sql;
    };
    QList<SchemaObject> objectsOf(const QList<QByteArray> &tables, const QList<QByteArray> &keep) const;

    sqlite3 *m_db = nullptr;
    bool m_nested = false;
    bool m_rollbackJournal = false;
    bool m_inTransaction = false;
    bool m_committed = false;
    QList<SchemaObject> m_dropped;
};
