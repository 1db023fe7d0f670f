#pragma once

#include "storeerror.h"

#include <QSqlDatabase>
#include <QStringList>

// Numbered schema migrations from resources/sql, applied together in one transaction.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // The schema version this build writes.
    static int latestVersion();
    // The SQL of one migration (1-based), for tests that build earlier versions.
    static QString migrationSql(int version);

    // Brings db from its PRAGMA user_version to latestVersion() (or to targetVersion).
    static Status migrate(QSqlDatabase &db, int targetVersion = -1);

private:
    static QStringList migrationFiles();
};
