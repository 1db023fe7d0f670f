#include "migrator.h"

#include "sqlitebulk.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int userVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return version;
}

} // namespace

QStringList Migrator::migrationFiles()
{
    QStringList files =
        QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

int Migrator::latestVersion()
{
    return int(migrationFiles().size());
}

QString Migrator::migrationSql(int version)
{
    const QStringList files = migrationFiles();
    if (version < 1 || version > files.size())
        return {};
    QFile f(QStringLiteral(":/sql/") + files.at(version - 1));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

Status Migrator::migrate(QSqlDatabase &qdb, int targetVersion)
{
    sqlite3 *db = handleOf(qdb);
    if (!db)
        return StoreError::make(StoreError::Code::MigrationFailed, tr("The database is not open."));
    const int latest = latestVersion();
    const int target = targetVersion < 0 ? latest : qMin(targetVersion, latest);
    const int from = userVersion(db);
    if (from < 0)
        return StoreError::make(StoreError::Code::MigrationFailed,
                                tr("The schema version of the database could not be read."));
    if (from >= target)
        return okStatus();

    // Every step in one transaction: the file is either at the old version or at the new one.
    if (Status s = SqliteBulk::exec(db, "BEGIN IMMEDIATE"); !s)
        return s;
    for (int v = from + 1; v <= target; ++v) {
        const QByteArray sql = migrationSql(v).toUtf8();
        Status s = SqliteBulk::exec(db, sql.constData());
        if (s) {
            const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(v);
            s = SqliteBulk::exec(db, pragma.constData());
        }
        if (!s) {
            SqliteBulk::exec(db, "ROLLBACK");
            StoreError e = s.error();
            e.code = StoreError::Code::MigrationFailed;
            e.message = tr("Upgrading the database from schema %1 to %2 failed at step %3 (%4). "
                           "Nothing was changed.")
                            .arg(from)
                            .arg(target)
                            .arg(v)
                            .arg(e.message);
            return e;
        }
    }
    if (Status s = SqliteBulk::exec(db, "COMMIT"); !s) {
        SqliteBulk::exec(db, "ROLLBACK");
        return s;
    }
    return okStatus();
}
