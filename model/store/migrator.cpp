#include "migrator.h"

#include "sqlitebulk.h"
#include "text/textfold.h"

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

// pristriy_search_words(text, ...): the distinct folded words of its arguments, space-separated, as
// the program's search documents hold them. Migrations that make search documents again call it.
void searchWords(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QStringList words;
    for (int i = 0; i < argc; ++i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        if (!text)
            continue;
        for (const QString &word : TextFold::words(QString::fromUtf8(text, sqlite3_value_bytes(argv[i])))) {
            if (!words.contains(word))
                words.append(word);
        }
    }
    const QByteArray out = words.join(QLatin1Char(' ')).toUtf8();
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

// What migrations may call besides SQLite's own functions.
bool Migrator::registerFunctions(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "pristriy_search_words", -1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                                      &searchWords, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QStringList Migrator::migrationFiles()
{
    QStringList files =
        QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

int Migrator::versionOf(const QString &fileName)
{
    // "012_search.sql" is version 12: the number before the first '_'.
    bool ok = false;
    const int version = fileName.section(QLatin1Char('_'), 0, 0).toInt(&ok);
    return ok ? version : -1;
}

QList<int> Migrator::versions()
{
    QList<int> result;
    for (const QString &file : migrationFiles()) {
        if (const int v = versionOf(file); v > 0)
            result.append(v);
    }
    return result;
}

int Migrator::latestVersion()
{
    const QList<int> all = versions();
    return all.isEmpty() ? 0 : all.constLast();
}

QString Migrator::migrationSql(int version)
{
    for (const QString &file : migrationFiles()) {
        if (versionOf(file) != version)
            continue;
        QFile f(QStringLiteral(":/sql/") + file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }
    return {};
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
    if (!registerFunctions(db))
        return StoreError::make(StoreError::Code::MigrationFailed,
                                tr("The database could not be prepared for "
                                   "the upgrade."),
                                QString::fromUtf8(sqlite3_errmsg(db)));

    // Every step in one transaction: the file is either at the old version or at the new one.
    if (Status s = SqliteBulk::exec(db, "BEGIN IMMEDIATE"); !s)
        return s;
    for (const int v : versions()) {
        if (v <= from || v > target)
            continue;
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
