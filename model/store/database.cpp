#include "database.h"

#include "migrator.h"
#include "text/phonenumbers.h"
#include "timestamps.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <mutex>

namespace {

QAtomicInteger<quintptr> g_nextSerial = 1;

QMutex g_namesMutex;
QSet<QString> g_connectionNames; // every connection any Database made, to remove them at the end

constexpr int kSqliteHeaderSize = 100;

quint32 readBigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

bool isWritableFile(const QFileInfo &info)
{
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    // Permission bits first: a file marked read-only stays read-only even for root.
    return (info.permissions() & anyWrite) && info.isWritable();
}

StoreError errorFromSql(const QSqlError &error, const QString &path)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString file = QDir::toNativeSeparators(path);
    switch (code) {
    case SQLITE_NOTADB:
        return StoreError::make(StoreError::Code::NotADatabase,
                                Database::tr("%1 is not a Pristriy database. Choose another file; "
                                             "this one was not changed.")
                                    .arg(file),
                                error.text());
    case SQLITE_CORRUPT:
        return StoreError::make(StoreError::Code::Corrupt,
                                Database::tr("The database %1 is damaged. Restore it from a backup "
                                             "(Pristriy keeps one beside it before each upgrade); "
                                             "the file was not changed.")
                                    .arg(file),
                                error.text());
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::make(StoreError::Code::Locked,
                                Database::tr("The database %1 is locked by another program. Close the "
                                             "other program (or wait for it to finish) and try again.")
                                    .arg(file),
                                error.text());
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return StoreError::make(StoreError::Code::ReadOnly,
                                Database::tr("Pristriy cannot write to %1. Check that the file and its "
                                             "folder are writable, or copy the file somewhere writable.")
                                    .arg(file),
                                error.text());
    default:
        return StoreError::make(
            StoreError::Code::Sql,
            Database::tr("The database %1 could not be read: %2").arg(file, error.databaseText()),
            error.text());
    }
}

// Checks done on the bytes before SQLite sees the file, so a foreign file is never touched.
StoreError inspectHeader(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return StoreError::make(StoreError::Code::ReadOnly,
                                Database::tr("Pristriy cannot read %1: %2").arg(file, f.errorString()));
    }
    const qint64 size = f.size();
    if (size == 0)
        return {}; // an empty file is an empty database
    const QByteArray header = f.read(kSqliteHeaderSize);
    if (header.size() < kSqliteHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return StoreError::make(StoreError::Code::NotADatabase,
                                Database::tr("%1 is not a Pristriy database (it is not an SQLite file). "
                                             "Choose another file; this one was not changed.")
                                    .arg(file));
    }
    quint32 pageSize = readBigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = readBigEndian(header, 28, 4);
    const quint32 changeCounter = readBigEndian(header, 24, 4);
    const quint32 validFor = readBigEndian(header, 92, 4);
    const bool sizeKnown = pageCount > 0 && validFor == changeCounter;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 ||
        (sizeKnown && qint64(pageSize) * pageCount > size)) {
        return StoreError::make(StoreError::Code::Corrupt,
                                Database::tr("The database %1 is damaged (it is shorter than its header "
                                             "says). Restore it from a backup; the file was not changed.")
                                    .arg(file));
    }
    return {};
}

QString uniqueBackupPath(const QString &path, int fromVersion)
{
    const QString stamp = Timestamps::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(fromVersion).arg(stamp);
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = QStringLiteral("%1.v%2-%3-%4.bak").arg(path).arg(fromVersion).arg(stamp).arg(i);
    return candidate;
}

// SQLite counts every allocation under one process-wide mutex unless told not to; with the bulk
// loads' second connection (the side search index) on another thread, the two writers spent a tenth
// of their time waiting on it. Must run before SQLite initialises, so before the first open.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK)
            sqlite3_initialize();
    });
}

void removeNewFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Database::Database(QString path, Options options)
    : m_path(std::move(path))
    , m_options(options)
    , m_serial(g_nextSerial.fetchAndAddRelaxed(1))
    , m_notifier(std::make_unique<ChangeNotifier>())
{}

Database::~Database()
{
    const QString prefix = QStringLiteral("pristriy-%1-").arg(m_serial);
    QMutexLocker lock(&g_namesMutex);
    for (auto it = g_connectionNames.begin(); it != g_connectionNames.end();) {
        if (it->startsWith(prefix)) {
            {
                QSqlDatabase db = QSqlDatabase::database(*it, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(*it);
            it = g_connectionNames.erase(it);
        } else {
            ++it;
        }
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("pristriy.sqlite"));
}

QString Database::connectionName() const
{
    return QStringLiteral("pristriy-%1-%2")
        .arg(m_serial)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

StoreError Database::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA temp_store = MEMORY"),
          QStringLiteral("PRAGMA cache_size = -%1").arg(m_options.cacheSizeKb)}) {
        if (!q.exec(pragma))
            return errorFromSql(q.lastError(), m_path);
    }
    // journal_mode answers with the mode it got; anything but wal means we could not switch.
    q.exec(QStringLiteral("PRAGMA journal_mode"));
    if (q.next() && q.value(0).toString() != QLatin1String("wal")) {
        return StoreError::make(StoreError::Code::Locked,
                                tr("The database %1 could not be switched to write-ahead logging; "
                                   "another program may hold it open. Close it and try again.")
                                    .arg(QDir::toNativeSeparators(m_path)));
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    {
        QMutexLocker lock(&g_namesMutex);
        g_connectionNames.insert(name);
    }
    if (db.open())
        configure(db);
    return db;
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&g_namesMutex);
        if (!g_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Database::setSetting(const QString &key, const QString &value) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return errorFromSql(q.lastError(), m_path);
    return okStatus();
}

Result<DatabasePtr> Database::open(const QString &pathIn, const Options &options)
{
    configureSqliteOnce();
    const QFileInfo info(pathIn);
    const QString path = info.absoluteFilePath();
    const QString file = QDir::toNativeSeparators(path);
    const bool existed = info.exists();

    if (existed) {
        if (!info.isFile()) {
            return StoreError::make(StoreError::Code::NotADatabase,
                                    tr("%1 is not a file. Give the path of a database file.").arg(file));
        }
        if (StoreError e = inspectHeader(path); e.isError())
            return e;
        if (!isWritableFile(info) || !QFileInfo(info.absolutePath()).isWritable()) {
            return StoreError::make(StoreError::Code::ReadOnly,
                                    tr("%1 is read-only (or its folder is). Pristriy needs to write to "
                                       "it: copy it to a writable folder or change its permissions. "
                                       "The file was not changed.")
                                        .arg(file));
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return StoreError::make(StoreError::Code::CannotCreate,
                                tr("Cannot create the folder %1 for the new database. Choose another "
                                   "location with --db.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    DatabasePtr db(new Database(path, options));
    if (existed) {
        // Look before writing: the read-only connection never changes the file.
        const QString probeName = db->connectionName() + QStringLiteral("-probe");
        StoreError probeError;
        int version = 0;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(path);
            probe.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
            if (!probe.open()) {
                probeError = errorFromSql(probe.lastError(), path);
            } else {
                QSqlQuery q(probe);
                int tables = 0;
                if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
                    probeError = errorFromSql(q.lastError(), path);
                } else {
                    tables = q.value(0).toInt();
                    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                        probeError = errorFromSql(q.lastError(), path);
                    else
                        version = q.value(0).toInt();
                }
                if (!probeError.isError() && version == 0 && tables > 0) {
                    probeError = StoreError::make(
                        StoreError::Code::NotADatabase,
                        tr("%1 is an SQLite database, but not one of Pristriy's. Choose another file; "
                           "this one was not changed.")
                            .arg(file));
                }
                if (!probeError.isError() && version > Migrator::latestVersion()) {
                    probeError = StoreError::make(
                        StoreError::Code::NewerVersion,
                        tr("%1 was made by a newer version of Pristriy (schema %2; this version reads up "
                           "to %3). Update Pristriy to open it; the file was not changed.")
                            .arg(file)
                            .arg(version)
                            .arg(Migrator::latestVersion()));
                }
                probe.close();
            }
        }
        QSqlDatabase::removeDatabase(probeName);
        if (probeError.isError())
            return probeError;

        if (version > 0 && version < Migrator::latestVersion() && options.backupBeforeMigration) {
            const QString backup = uniqueBackupPath(path, version);
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(backup);
            if (!q.exec()) {
                StoreError e = errorFromSql(q.lastError(), path);
                e.code = StoreError::Code::MigrationFailed;
                e.message = tr("Before upgrading %1, Pristriy could not save a backup copy to %2, so it "
                               "did not upgrade. Free some disk space and try again.")
                                .arg(file, QDir::toNativeSeparators(backup));
                return e;
            }
            db->m_backupPath = backup;
        }
    }

    QSqlDatabase conn = db->connection();
    if (!conn.isOpen()) {
        StoreError e = errorFromSql(conn.lastError(), path);
        if (!existed) {
            e.code = StoreError::Code::CannotCreate;
            e.message = tr("Cannot create the database %1: %2. Choose another location with --db.")
                            .arg(file, conn.lastError().databaseText());
            conn = QSqlDatabase();
            db.reset();
            removeNewFile(path);
        }
        return e;
    }
    if (StoreError e = db->configure(conn); e.isError()) {
        conn = QSqlDatabase();
        db.reset();
        if (!existed)
            removeNewFile(path);
        return e;
    }
    const Status migrated = Migrator::migrate(conn);
    if (!migrated) {
        StoreError e = migrated.error();
        if (!db->m_backupPath.isEmpty()) {
            e.message += QLatin1Char(' ') + tr("A copy made before the upgrade is at %1.")
                                                .arg(QDir::toNativeSeparators(db->m_backupPath));
        }
        conn = QSqlDatabase();
        db.reset();
        if (!existed)
            removeNewFile(path);
        return e;
    }
    // Phone numbers typed without a country code are read in this region; it is the database's, as
    // the stored search keys depend on it.
    if (db->setting(QStringLiteral("phone.default_region")).isEmpty())
        db->setSetting(QStringLiteral("phone.default_region"), PhoneNumbers::defaultRegionFromLocale());
    return db;
}
