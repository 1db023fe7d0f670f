#include "databasefile.h"

#include "busywait.h"
#include "migrator.h"
#include "sqlitebulk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

namespace DatabaseFile {

namespace {

constexpr int kHeaderSize = 100;

quint32 bigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

int readFile(const QByteArray &name, int flags, BusyWait *busy, Stored *stored, QString *errorText)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc == SQLITE_OK) {
        if (busy)
            busy->install(db);
        rc = readStored(db, stored, errorText);
    } else if (errorText) {
        *errorText = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_close(db);
    return rc;
}

// A read-only connection cannot roll a hot journal back; a copy of the file and its journal can be.
int readRolledBackCopy(const QString &path, BusyWait *busy, Stored *stored, QString *errorText)
{
    QTemporaryDir dir(QFileInfo(path).absolutePath() + QStringLiteral("/.pristriy-check-XXXXXX"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    if (!dir.isValid() || !QFile::copy(path, copy) ||
        !QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal"))) {
        if (errorText)
            *errorText = QStringLiteral("no copy for the rollback");
        return SQLITE_READONLY_ROLLBACK;
    }
    return readFile(copy.toUtf8(), SQLITE_OPEN_READWRITE, busy, stored, errorText);
}

} // namespace

bool readHeader(const QString &path, Header *header, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    *header = Header();
    header->size = f.size();
    const QByteArray bytes = f.read(kHeaderSize);
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return true;
    header->sqlite = true;
    header->wal = bytes.at(18) == 2 && bytes.at(19) == 2;
    header->userVersion = bigEndian(bytes, 60, 4);
    header->applicationId = bigEndian(bytes, 68, 4);
    return true;
}

int readStored(sqlite3 *db, Stored *stored, QString *errorText)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db,
                                "SELECT (SELECT application_id FROM pragma_application_id), "
                                "(SELECT user_version FROM pragma_user_version), "
                                "(SELECT count(*) FROM sqlite_master), "
                                "(SELECT group_concat(name, char(10)) FROM sqlite_master "
                                "WHERE type = 'table')",
                                -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            stored->applicationId = quint32(sqlite3_column_int64(stmt, 0));
            stored->userVersion = sqlite3_column_int(stmt, 1);
            stored->objects = sqlite3_column_int(stmt, 2);
            const auto *names = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3));
            stored->tables = names ? QString::fromUtf8(names).split(QLatin1Char('\n')) : QStringList();
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK) {
        rc = sqlite3_extended_errcode(db);
        if (errorText)
            *errorText = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    return rc;
}

int probeUnmarked(const QString &path, const Header &header, BusyWait *busy, Stored *stored,
                  QString *errorText)
{
    const bool walFile = QFile::exists(path + QStringLiteral("-wal"));
    const bool journalFile = QFile::exists(path + QStringLiteral("-journal"));
    if (header.wal && !walFile && !journalFile) {
        // In write-ahead log mode even a read-only connection makes the -wal and -shm files. Nobody
        // has this file open (the -wal would be there), so the file alone is the whole database.
        const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
        if (readFile(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, busy, stored, errorText) == SQLITE_OK)
            return SQLITE_OK;
        // Another program may have begun to write meanwhile: read it the ordinary way.
    }
    int rc = SQLITE_OK;
    do {
        rc = readFile(QFile::encodeName(path), SQLITE_OPEN_READONLY, busy, stored, errorText);
        if (rc == SQLITE_READONLY_ROLLBACK)
            rc = readRolledBackCopy(path, busy, stored, errorText);
    } while ((rc & 0xff) == SQLITE_BUSY && busy && busy->pause());
    return rc;
}

QStringList expectedTables(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    QStringList tables;
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        // The migrations as the migrator runs them: with the functions they call, numbers skipped.
        bool ok = Migrator::registerFunctions(db);
        const QList<int> versions = Migrator::versions();
        for (int v : versions) {
            if (!ok || v > version)
                break;
            ok = SqliteBulk::exec(db, Migrator::migrationSql(v).toUtf8().constData()).ok();
        }
        Stored stored;
        if (ok && readStored(db, &stored, nullptr) == SQLITE_OK)
            tables = stored.tables;
    }
    sqlite3_close(db);
    cache.insert(version, tables);
    return tables;
}

bool isEmpty(const Stored &stored)
{
    return stored.applicationId == 0 && stored.userVersion == 0 && stored.objects == 0;
}

bool isOurs(const Stored &stored, int latestVersion)
{
    const int version = stored.userVersion;
    if (stored.applicationId == kApplicationId) {
        if (version > latestVersion)
            return true; // a newer Pristriy's file: its tables are not known here
    } else if (stored.applicationId != 0 || version < 1 || version >= kFirstVersionWithId) {
        return false;
    }
    const QStringList expected = expectedTables(qMin(version, latestVersion));
    if (expected.isEmpty())
        return false;
    for (const QString &table : expected) {
        if (!stored.tables.contains(table))
            return false;
    }
    return true;
}

} // namespace DatabaseFile
