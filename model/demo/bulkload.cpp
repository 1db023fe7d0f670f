#include "bulkload.h"

#include "store/sqlitebulk.h"

#include <QElapsedTimer>
#include <QThread>

#include <sqlite3.h>

namespace {
constexpr int kWalSwitchMs = 3000;
} // namespace

BulkLoad::BulkLoad(sqlite3 *db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db) == 0)
{
    if (m_nested) {
        // The outer load's settings stand; only the cache is made large again for this part.
        SqliteBulk::exec(m_db, "PRAGMA cache_size = -524288");
        return;
    }
    // A large cache keeps index building in memory, and the sorter may use a second core. When no
    // other connection has the file open, a rollback journal replaces the write-ahead log for the
    // load: pages appended to the file need no journal, so the data is written once instead of twice.
    SqliteBulk::exec(m_db, "PRAGMA cache_size = -524288; PRAGMA threads = 2");
    m_rollbackJournal =
        SqliteBulk::exec(m_db, "PRAGMA journal_mode = DELETE").ok() && journalMode(m_db) == "delete";
    if (m_rollbackJournal)
        SqliteBulk::exec(m_db, "PRAGMA synchronous = OFF");
    // The generators make every reference themselves; checking them row by row would need the indexes
    // that are dropped for the load (tests run foreign_key_check on what they make).
    SqliteBulk::exec(m_db, "PRAGMA foreign_keys = OFF");
}

BulkLoad::~BulkLoad()
{
    if (m_nested) {
        if (m_inTransaction && !m_committed)
            SqliteBulk::exec(m_db, "ROLLBACK TO bulk_load; RELEASE bulk_load");
        return;
    }
    if (m_inTransaction && !m_committed)
        SqliteBulk::exec(m_db, "ROLLBACK");
    SqliteBulk::exec(m_db, "PRAGMA cache_size = -65536; PRAGMA threads = 0; PRAGMA foreign_keys = ON");
    if (m_rollbackJournal) {
        // Synchronous back on before the switch, so the file is on disk when WAL mode starts. The
        // switch needs the file to itself; a reader that came meanwhile (in rollback-journal mode) makes
        // SQLite answer "busy" at once, so it is tried again for a while. Should it still fail, the file
        // stays in rollback-journal mode, which is as safe, and the next open switches it.
        SqliteBulk::exec(m_db, "PRAGMA synchronous = FULL");
        QElapsedTimer waited;
        waited.start();
        bool wal = false;
        for (int attempt = 0; !(wal = SqliteBulk::exec(m_db, "PRAGMA journal_mode = WAL").ok() &&
                                      journalMode(m_db) == "wal") &&
                              waited.elapsed() < kWalSwitchMs;
             ++attempt) {
            QThread::msleep(qMin(2 + attempt * 5, 50));
        }
        if (wal)
            SqliteBulk::exec(m_db, "PRAGMA synchronous = NORMAL");
    }
    if (timing())
        qInfo("demo: back to write-ahead log");
    if (m_committed)
        SqliteBulk::exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

bool BulkLoad::timing()
{
    return qEnvironmentVariableIsSet("PRISTRIY_DEMO_TIMING");
}

QByteArray BulkLoad::journalMode(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    QByteArray mode;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        mode = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return mode;
}

qint64 BulkLoad::nextId(sqlite3 *db, const char *table)
{
    const QByteArray sql = "SELECT coalesce(max(id), 0) + 1 FROM " + QByteArray(table);
    sqlite3_stmt *stmt = nullptr;
    qint64 next = 1;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        next = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return next;
}

QList<BulkLoad::SchemaObject> BulkLoad::objectsOf(const QList<QByteArray> &tables,
                                                  const QList<QByteArray> &keep) const
{
    QList<SchemaObject> objects;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(m_db,
                       "SELECT name, sql, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger') "
                       "AND sql IS NOT NULL ORDER BY type, name",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        const QByteArray table(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)));
        if (tables.contains(table) && !keep.contains(name))
            objects.append({name, QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)))});
    }
    sqlite3_finalize(stmt);
    return objects;
}

Status BulkLoad::begin(const QList<QByteArray> &tables, const QList<QByteArray> &keep)
{
    if (Status s = SqliteBulk::exec(m_db, m_nested ? "SAVEPOINT bulk_load" : "BEGIN IMMEDIATE"); !s)
        return s;
    m_inTransaction = true;
    m_dropped = objectsOf(tables, keep);
    for (const SchemaObject &o : std::as_const(m_dropped)) {
        const bool isTrigger = o.sql.startsWith("CREATE TRIGGER");
        const QByteArray drop = (isTrigger ? "DROP TRIGGER \"" : "DROP INDEX \"") + o.name + '"';
        if (Status s = SqliteBulk::exec(m_db, drop.constData()); !s)
            return s;
    }
    return okStatus();
}

Status BulkLoad::rebuild()
{
    // Index builds sort in several runs on two threads with a small page cache: as fast as with the
    // large one on a quiet machine, faster on a busy one, and 500 MB less memory.
    SqliteBulk::exec(m_db, "PRAGMA cache_size = -8192");
    QElapsedTimer phase;
    phase.start();
    for (const SchemaObject &o : std::as_const(m_dropped)) {
        if (Status s = SqliteBulk::exec(m_db, o.sql.constData()); !s)
            return s;
        if (timing())
            qInfo("demo: index %s %lld ms", o.name.constData(), phase.restart());
    }
    m_dropped.clear();
    return okStatus();
}

Status BulkLoad::commit()
{
    QElapsedTimer timer;
    timer.start();
    Status s = SqliteBulk::exec(m_db, m_nested ? "RELEASE bulk_load" : "COMMIT");
    if (timing())
        qInfo("demo: commit %lld ms", timer.elapsed());
    if (s)
        m_committed = true;
    return s;
}
