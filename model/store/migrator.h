#pragma once

#include "storeerror.h"

#include <QSqlDatabase>
#include <QStringList>

// Numbered schema migrations from resources/sql, applied together in one transaction.
struct sqlite3;

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // The schema version this build writes.
    static int latestVersion();
    // The versions that have a migration, ascending. A migration's version is the number its file
    // name starts with ("012_search.sql" is 12); numbers between them may be missing (a branch's
    // migration numbered after those of others still being written), and are skipped.
    static QList<int> versions();
    // The SQL of one migration, for tests that build earlier versions; empty when none has that number.
    static QString migrationSql(int version);

    // Gives `db` the functions migrations may call (pristriy_search_words); anything that runs
    // migrationSql() itself needs them.
    static bool registerFunctions(sqlite3 *db);

    // Brings db from its PRAGMA user_version to latestVersion() (or to targetVersion).
    static Status migrate(QSqlDatabase &db, int targetVersion = -1);

private:
    static QStringList migrationFiles();
    static int versionOf(const QString &fileName);
};
