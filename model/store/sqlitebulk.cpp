#include "sqlitebulk.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStatic(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

namespace {
QByteArray valuesClause(int columns, int rows)
{
    QByteArray row = "(";
    for (int c = 0; c < columns; ++c)
        row += c ? ",?" : "?";
    row += ')';
    QByteArray all = " VALUES ";
    for (int r = 0; r < rows; ++r) {
        if (r)
            all += ',';
        all += row;
    }
    return all;
}
} // namespace

BulkInsert::BulkInsert(sqlite3 *db, const QByteArray &head, int columns, int rowsPerStatement)
    : m_db(db)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
{
    const QByteArray many = head + valuesClause(columns, rowsPerStatement);
    const QByteArray one = head + valuesClause(columns, 1);
    if (sqlite3_prepare_v2(db, many.constData(), -1, &m_many, nullptr) != SQLITE_OK)
        m_many = nullptr;
    if (sqlite3_prepare_v2(db, one.constData(), -1, &m_one, nullptr) != SQLITE_OK)
        m_one = nullptr;
    m_pending.reserve(columns * rowsPerStatement);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_many);
    sqlite3_finalize(m_one);
}

bool BulkInsert::runRows(sqlite3_stmt *stmt, int firstValue, int rows)
{
    const int count = rows * m_columns;
    for (int i = 0; i < count; ++i) {
        const Value &v = m_pending.at(firstValue + i);
        switch (v.kind) {
        case Value::Text:
            sqlite3_bind_text(stmt, i + 1, v.text->constData(), int(v.text->size()), SQLITE_STATIC);
            break;
        case Value::Integer:
            sqlite3_bind_int64(stmt, i + 1, v.integer);
            break;
        case Value::Null:
            sqlite3_bind_null(stmt, i + 1);
            break;
        }
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE;
}

bool BulkInsert::endRow()
{
    if (m_pending.size() < m_columns * m_rowsPerStatement)
        return true;
    const bool ok = runRows(m_many, 0, m_rowsPerStatement);
    m_pending.clear();
    return ok;
}

bool BulkInsert::flush()
{
    bool ok = true;
    const int rows = int(m_pending.size()) / m_columns;
    for (int r = 0; r < rows && ok; ++r)
        ok = runRows(m_one, r * m_columns, 1);
    m_pending.clear();
    return ok;
}

QString BulkInsert::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Status SqliteBulk::exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return StoreError::make(StoreError::Code::Sql, text, QString::fromUtf8(sql).left(200));
    }
    return okStatus();
}
