#pragma once

#include "storeerror.h"

#include <QByteArray>
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

namespace SqliteBulk {
// Runs one or more statements without results.
Status exec(sqlite3 *db, const char *sql);
} // namespace SqliteBulk
