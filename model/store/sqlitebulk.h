#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the raw SQLite handle, for bulk loads where QSqlQuery's per-row cost
// would dominate (a million demo contacts). Text is bound as UTF-8.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QByteArray &utf8);
    // Binds without a copy: utf8 must stay unchanged until run() returns.
    void bindStatic(int index, const QByteArray &utf8);
    void bind(int index, const QString &text) { bind(index, text.toUtf8()); }
    void bindNull(int index);
    // Runs the statement and resets it for the next row; false on error.
    bool run();
    qint64 lastInsertId() const;
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Inserts many rows with statements of several rows each ("VALUES (...), (...), ..."), which halves
// the per-row cost of a bulk load. Text is bound without a copy: it must stay unchanged until the
// next endRow() or flush() that writes its row.
class BulkInsert
{
public:
    // head: "INSERT INTO t (a, b, c)"; the VALUES part is made for `columns` columns.
    BulkInsert(sqlite3 *db, const QByteArray &head, int columns, int rowsPerStatement = 64);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    bool isValid() const { return m_many && m_one; }
    void text(const QByteArray &utf8) { m_pending.append({Value::Text, &utf8, 0}); }
    void integer(qint64 value) { m_pending.append({Value::Integer, nullptr, value}); }
    void null() { m_pending.append({Value::Null, nullptr, 0}); }
    // Ends a row; writes the pending rows when there are enough for one statement.
    bool endRow();
    // Writes whatever rows are pending.
    bool flush();
    QString errorText() const;

private:
    struct Value
    {
        enum Kind
        {
            Text,
            Integer,
            Null
        } kind;
        const QByteArray *text;
        qint64 integer;
    };
    bool runRows(sqlite3_stmt *stmt, int firstValue, int rows);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_many = nullptr;
    sqlite3_stmt *m_one = nullptr;
    int m_columns = 0;
    int m_rowsPerStatement = 0;
    QList<Value> m_pending;
};

namespace SqliteBulk {
// Runs one or more statements without results.
Status exec(sqlite3 *db, const char *sql);
} // namespace SqliteBulk
