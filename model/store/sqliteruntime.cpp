#include "sqliteruntime.h"

#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <sqlite3.h>

#include <cstring>
#include <mutex>

namespace {

QMutex g_mutex;
QSet<QString> g_recovered; // database files SQLite recovered, by canonical path

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

// "recovered %d frames from WAL file %s" and "recovered %d pages from %s": the file name follows the
// last marker, and the database file is that name without its -wal or -journal suffix.
QString recoveredDatabase(int code, const char *message)
{
    const char *marker = code == SQLITE_NOTICE_RECOVER_WAL ? " from WAL file " : " pages from ";
    const char *at = std::strstr(message, marker);
    if (!at)
        return {};
    QString file = QString::fromUtf8(at + std::strlen(marker));
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-journal")}) {
        if (file.endsWith(suffix))
            return file.chopped(suffix.size());
    }
    return {};
}

// Called by SQLite from any thread, so it only records; it must not call SQLite.
void logCallback(void *, int code, const char *message)
{
    if (code != SQLITE_NOTICE_RECOVER_WAL && code != SQLITE_NOTICE_RECOVER_ROLLBACK)
        return;
    const QString database = recoveredDatabase(code, message);
    if (database.isEmpty())
        return;
    const QString key = canonical(database);
    QMutexLocker lock(&g_mutex);
    g_recovered.insert(key);
}

void configure()
{
    // SQLite counts every allocation under one process-wide mutex unless told not to; with the bulk
    // loads' second connection (the side search index) on another thread, the two writers spent a
    // tenth of their time waiting on it.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_config(SQLITE_CONFIG_LOG, logCallback, nullptr);
    sqlite3_initialize();
}

// Before main(), so before anything in the process opens a database: sqlite3_config is refused once
// SQLite has started.
[[maybe_unused]] const bool g_configuredAtStart = (SqliteRuntime::ensureConfigured(), true);

} // namespace

namespace SqliteRuntime {

void ensureConfigured()
{
    static std::once_flag once;
    std::call_once(once, configure);
}

bool takeRecovered(const QString &path)
{
    const QString key = canonical(path);
    QMutexLocker lock(&g_mutex);
    return g_recovered.remove(key);
}

void forgetRecovered(const QString &path)
{
    takeRecovered(path);
}

} // namespace SqliteRuntime
