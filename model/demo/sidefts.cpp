#include "sidefts.h"

#include "store/sqlitebulk.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SideFts", text);
}

qint64 scalar(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

QByteArray schemaSql(sqlite3 *db, const QByteArray &name)
{
    sqlite3_stmt *stmt = nullptr;
    QByteArray sql;
    if (sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE name = ?", -1, &stmt, nullptr) ==
        SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, name.constData(), int(name.size()), SQLITE_STATIC);
        if (sqlite3_step(stmt) == SQLITE_ROW)
            sql = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return sql;
}

// Copies every row of one table from the side database to the same table of the main one.
Status copyTable(sqlite3 *from, sqlite3 *to, const QByteArray &table)
{
    const QByteArray quoted = '"' + table + '"';
    const QByteArray clear = "DELETE FROM " + quoted;
    if (Status s = SqliteBulk::exec(to, clear.constData()); !s)
        return s;
    sqlite3_stmt *read = nullptr;
    const QByteArray select = "SELECT * FROM " + quoted;
    if (sqlite3_prepare_v2(from, select.constData(), -1, &read, nullptr) != SQLITE_OK)
        return StoreError::make(StoreError::Code::Sql, tr("Reading the search index failed."),
                                QString::fromUtf8(sqlite3_errmsg(from)));
    const int columns = sqlite3_column_count(read);
    QByteArray insert = "INSERT INTO " + quoted + " VALUES (";
    for (int c = 0; c < columns; ++c)
        insert += c ? ", ?" : "?";
    insert += ')';
    sqlite3_stmt *write = nullptr;
    Status result = okStatus();
    if (sqlite3_prepare_v2(to, insert.constData(), -1, &write, nullptr) != SQLITE_OK) {
        result = StoreError::make(StoreError::Code::Sql, tr("Writing the search index failed."),
                                  QString::fromUtf8(sqlite3_errmsg(to)));
    } else {
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                sqlite3_bind_value(write, c + 1, sqlite3_column_value(read, c));
            if (sqlite3_step(write) != SQLITE_DONE) {
                result = StoreError::make(StoreError::Code::Sql, tr("Writing the search index failed."),
                                          QString::fromUtf8(sqlite3_errmsg(to)));
                break;
            }
            sqlite3_reset(write);
        }
    }
    sqlite3_finalize(write);
    sqlite3_finalize(read);
    return result;
}

} // namespace

SideFts::SideFts(sqlite3 *main, QByteArray table)
    : m_main(main)
    , m_table(std::move(table))
{}

SideFts::~SideFts()
{
    cancel();
    if (m_side)
        sqlite3_close(m_side);
}

bool SideFts::usable(sqlite3 *main, const QByteArray &table, const QByteArray &contentTable)
{
    if (schemaSql(main, table).isEmpty())
        return false;
    // An external-content index over an empty content table is empty (the triggers keep them equal).
    return scalar(main, "SELECT count(*) FROM (SELECT 1 FROM \"" + contentTable + "\" LIMIT 1)") == 0;
}

Status SideFts::start()
{
    const QByteArray create = schemaSql(m_main, m_table);
    if (create.isEmpty() || !m_dir.isValid())
        return StoreError::make(StoreError::Code::Sql, tr("The search index could not be prepared."));
    const QByteArray path = m_dir.filePath(QStringLiteral("fts.sqlite")).toUtf8();
    if (sqlite3_open(path.constData(), &m_side) != SQLITE_OK)
        return StoreError::make(StoreError::Code::Sql, tr("The search index could not be prepared."),
                                QString::fromUtf8(sqlite3_errmsg(m_side)));
    if (Status s = SqliteBulk::exec(m_side, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                                            "PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536");
        !s)
        return s;
    if (Status s = SqliteBulk::exec(m_side, create.constData()); !s)
        return s;
    if (Status s = SqliteBulk::exec(m_side, "BEGIN"); !s)
        return s;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
    return okStatus();
}

void SideFts::run()
{
    const QByteArray sql = "INSERT INTO \"" + m_table + "\" (rowid, doc) VALUES (?, ?)";
    SqliteStatement insert(m_side, sql.constData());
    if (!insert.isValid())
        m_error = insert.errorText();
    Queue::Batch batch;
    while (m_queue.pop(&batch)) {
        if (!m_error.isEmpty())
            continue; // drain, so the producer never blocks
        for (const Doc &doc : std::as_const(batch)) {
            insert.bind(1, doc.id);
            insert.bindStatic(2, doc.text);
            if (!insert.run()) {
                m_error = insert.errorText();
                break;
            }
        }
    }
}

void SideFts::cancel()
{
    if (!m_thread)
        return;
    m_queue.finish();
    m_thread->wait();
    m_thread.reset();
}

Status SideFts::finish()
{
    cancel(); // ends the input and waits for the thread
    if (!m_side)
        return StoreError::make(StoreError::Code::Sql, tr("The search index was not built."));
    if (!m_error.isEmpty())
        return StoreError::make(StoreError::Code::Sql, tr("Building the search index failed."), m_error);
    if (Status s = SqliteBulk::exec(m_side, "COMMIT"); !s)
        return s;
    for (const char *suffix : {"_data", "_idx", "_docsize", "_config"}) {
        const QByteArray shadow = m_table + suffix;
        if (schemaSql(m_side, shadow).isEmpty())
            continue;
        if (Status s = copyTable(m_side, m_main, shadow); !s)
            return s;
    }
    return okStatus();
}
