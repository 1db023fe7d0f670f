#include "database.h"

#include "busywait.h"
#include "databasefile.h"
#include "migrator.h"
#include "sqliteruntime.h"
#include "text/phonenumbers.h"
#include "timestamps.h"

#include <QAtomicInteger>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
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

namespace {

QAtomicInteger<quintptr> g_nextSerial = 1;

// How long one connection waits for a lock while opening before a new one takes over (BusyWait).
constexpr int kBusySliceMs = 1000;

QMutex g_namesMutex;
QSet<QString> g_connectionNames; // every connection any Database made, to remove them at the end

bool isWritableFile(const QFileInfo &info)
{
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    // Permission bits first: a file marked read-only stays read-only even for root.
    return (info.permissions() & anyWrite) && info.isWritable();
}

StoreError errorFromCode(int extendedCode, const QString &sqliteText, const QString &path,
                         const QString &detail = {})
{
    const QString file = QDir::toNativeSeparators(path);
    const QString log = detail.isEmpty() ? sqliteText : detail;
    switch (extendedCode & 0xff) {
    case SQLITE_NOTADB:
        return StoreError::make(StoreError::Code::NotADatabase,
                                Database::tr("%1 is not a Pristriy database. Choose another file; "
                                             "this one was not changed.")
                                    .arg(file),
                                log);
    case SQLITE_CORRUPT:
        return StoreError::make(StoreError::Code::Corrupt,
                                Database::tr("The database %1 is damaged (%2); Pristriy did not change it. "
                                             "%3")
                                    .arg(file, sqliteText, IntegrityCheck::recoveryAdvice(path)),
                                log);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::make(StoreError::Code::Locked,
                                Database::tr("The database %1 is locked by another program. Close the "
                                             "other program (or wait for it to finish) and try again.")
                                    .arg(file),
                                log);
    case SQLITE_READONLY:
        if (extendedCode == SQLITE_READONLY_ROLLBACK) {
            return StoreError::make(
                StoreError::Code::NotADatabase,
                Database::tr("%1 was left half-written by a program that stopped (its journal %2 is "
                             "still there), and Pristriy cannot tell whether it is one of its databases "
                             "without finishing that program's work. Open it with the program that made "
                             "it, then try again; the file was not changed.")
                    .arg(file, QDir::toNativeSeparators(path + QStringLiteral("-journal"))),
                log);
        }
        Q_FALLTHROUGH();
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return StoreError::make(StoreError::Code::ReadOnly,
                                Database::tr("Pristriy cannot write to %1. Check that the file and its "
                                             "folder are writable, or copy the file somewhere writable.")
                                    .arg(file),
                                log);
    default:
        return StoreError::make(StoreError::Code::Sql,
                                Database::tr("The database %1 could not be read: %2").arg(file, sqliteText),
                                log);
    }
}

StoreError errorFromSql(const QSqlError &error, const QString &path)
{
    return errorFromCode(error.nativeErrorCode().toInt(), error.databaseText(), path, error.text());
}

StoreError foreignFileError(const QString &path)
{
    return StoreError::make(StoreError::Code::NotADatabase,
                            Database::tr("%1 is an SQLite database, but not one of Pristriy's. Choose "
                                         "another file; this one was not changed.")
                                .arg(QDir::toNativeSeparators(path)));
}

StoreError newerVersionError(const QString &path, int version)
{
    return StoreError::make(StoreError::Code::NewerVersion,
                            Database::tr("%1 was made by a newer version of Pristriy (schema %2; this "
                                         "version reads up to %3). Update Pristriy to open it; the file "
                                         "was not changed.")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(version)
                                .arg(Migrator::latestVersion()));
}

QString uniqueBackupPath(const QString &path, int fromVersion)
{
    const QString stamp = Timestamps::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(fromVersion).arg(stamp);
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = QStringLiteral("%1.v%2-%3-%4.bak").arg(path).arg(fromVersion).arg(stamp).arg(i);
    return candidate;
}

void removeNewFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

BusyWait::Callback waitingCallback(const Database::Options &options)
{
    if (!options.progress)
        return {};
    const auto progress = options.progress;
    return [progress](qint64 waited) { return progress(Database::OpenPhase::Waiting, waited); };
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
            // Removing closes it. Not QSqlDatabase::database(): the last reference may go on another
            // thread (a worker's task ending after the window let go), where Qt refuses that call.
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
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA temp_store = MEMORY"),
          QStringLiteral("PRAGMA cache_size = -%1").arg(m_options.cacheSizeKb)}) {
        if (!q.exec(pragma))
            return errorFromSql(q.lastError(), m_path);
    }
    // Switching to the write-ahead log needs the file to itself for a moment. While another program
    // writes to it in rollback-journal mode (a demo load), SQLite answers "busy" at once, without
    // waiting: that is no reason to refuse the file. SQLite is as safe in that mode (readers and the
    // writer only wait for each other), and the next open after the load switches it back.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const StoreError e = errorFromSql(q.lastError(), m_path);
        if (e.code != StoreError::Code::Locked)
            return e;
        qInfo().noquote() << "Database" << m_path << "stays in rollback-journal mode for now:" << e.detail;
    }
    // NORMAL is safe against power loss with the write-ahead log only; a rollback journal needs FULL.
    const bool wal = q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
                     q.value(0).toString() == QLatin1String("wal");
    if (!q.exec(wal ? QStringLiteral("PRAGMA synchronous = NORMAL")
                    : QStringLiteral("PRAGMA synchronous = FULL")))
        return errorFromSql(q.lastError(), m_path);
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
    // Until open() has checked the file, its first connection changes nothing (not even the journal
    // mode); open() configures it after the checks.
    if (db.open() && m_ready)
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

Result<IntegrityCheck::Report> Database::check(bool full, const IntegrityCheck::Progress &progress) const
{
    sqlite3 *db = handle();
    if (!db)
        return errorFromSql(connection().lastError(), m_path);
    IntegrityCheck::Report report;
    QString text;
    const int rc = IntegrityCheck::run(db, full, progress, &report, &text);
    if (rc == SQLITE_INTERRUPT)
        return StoreError::make(StoreError::Code::Invalid, tr("The check was cancelled."));
    if (rc != SQLITE_OK)
        return errorFromCode(rc, text, m_path);
    return report;
}

StoreError Database::verifyAndRecover(sqlite3 *handle, const DatabaseFile::Stored &stored, bool unmarked)
{
    QString text;
    if (!DatabaseFile::isOurs(stored, Migrator::latestVersion()) ||
        (!unmarked && stored.applicationId != DatabaseFile::kApplicationId))
        return foreignFileError(m_path);
    if (stored.userVersion > Migrator::latestVersion())
        return newerVersionError(m_path, stored.userVersion);

    if (SqliteRuntime::takeRecovered(m_path)) {
        // What a crash interrupted is undone; whether the rest is sound is what quick_check says.
        m_recoveredAtOpen = true;
        QElapsedTimer elapsed;
        elapsed.start();
        const auto progress = m_options.progress;
        IntegrityCheck::Progress checkProgress;
        if (progress)
            checkProgress = [&] { return progress(OpenPhase::Checking, elapsed.elapsed()); };
        IntegrityCheck::Report report;
        const int checked = IntegrityCheck::run(handle, false, checkProgress, &report, &text);
        m_recoveryCheckMs = report.milliseconds;
        qInfo().noquote() << "Database" << m_path << "was recovered from an interrupted write; quick_check"
                          << (report.ok() ? "passed" : "failed") << "in" << report.milliseconds << "ms";
        if (checked == SQLITE_INTERRUPT) {
            return StoreError::make(StoreError::Code::Invalid,
                                    tr("Checking %1 was cancelled. It was left unfinished by a program "
                                       "that stopped; open it again to check it.")
                                        .arg(QDir::toNativeSeparators(m_path)));
        }
        if (checked != SQLITE_OK)
            return errorFromCode(checked, text, m_path);
        if (!report.ok()) {
            return StoreError::make(StoreError::Code::Corrupt,
                                    IntegrityCheck::damageMessage(m_path, report.problems),
                                    report.problems.join(QLatin1Char('\n')));
        }
    }
    if (m_options.migrate && stored.userVersion < Migrator::latestVersion() &&
        m_options.backupBeforeMigration) {
        // The copy is the long part of an upgrade (seconds on a large file).
        if (m_options.progress)
            m_options.progress(OpenPhase::Upgrading, 0);
        return backUp(stored.userVersion);
    }
    return {};
}

StoreError Database::backUp(int fromVersion)
{
    const QString backup = uniqueBackupPath(m_path, fromVersion);
    // Written under another name and renamed when complete: a copy cut short (the program killed, the
    // disk full) is never taken for a backup.
    const QString partial = backup + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    const bool copied = q.exec();
    if (!copied || !QFile::rename(partial, backup)) {
        QFile::remove(partial);
        StoreError e = copied ? StoreError::make(StoreError::Code::MigrationFailed, QString())
                              : errorFromSql(q.lastError(), m_path);
        if (e.code == StoreError::Code::Locked || e.code == StoreError::Code::Corrupt)
            return e;
        e.code = StoreError::Code::MigrationFailed;
        e.message = tr("Before upgrading %1, Pristriy could not save a backup copy to %2, so it "
                       "did not upgrade. Free some disk space and try again.")
                        .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(backup));
        return e;
    }
    m_backupPath = backup;
    return {};
}

StoreError Database::finishOpen(QSqlDatabase &conn)
{
    if (StoreError e = configure(conn); e.isError())
        return e;
    if (m_options.migrate) {
        if (schemaVersion() < Migrator::latestVersion() && m_options.progress)
            m_options.progress(OpenPhase::Upgrading, 0);
        const Status migrated = Migrator::migrate(conn);
        if (!migrated) {
            StoreError e = migrated.error();
            if (!m_backupPath.isEmpty()) {
                e.message += QLatin1Char(' ') + tr("A copy made before the upgrade is at %1.")
                                                    .arg(QDir::toNativeSeparators(m_backupPath));
            }
            return e;
        }
        // Phone numbers typed without a country code are read in this region; it is the database's, as
        // the stored search keys depend on it.
        if (setting(QStringLiteral("phone.default_region")).isEmpty()) {
            if (Status s = setSetting(QStringLiteral("phone.default_region"),
                                      PhoneNumbers::defaultRegionFromLocale());
                !s)
                return s.error();
        }
    }
    m_ready = true;
    return {};
}

Result<DatabasePtr> Database::open(const QString &pathIn, const Options &options)
{
    SqliteRuntime::ensureConfigured();
    if (pathIn.isEmpty())
        return StoreError::invalid(tr("No database file was named. Give the path of a database file."));
    const QFileInfo info(pathIn);
    const QString path = info.absoluteFilePath();
    const QString file = QDir::toNativeSeparators(path);
    const bool existed = info.exists();
    bool empty = !existed; // nothing in it yet: it is made a new database
    bool unmarked = false; // a database of schema 1 to 10, from before the application id
    BusyWait busy(options.busyTimeoutMs, waitingCallback(options), kBusySliceMs);
    SqliteRuntime::forgetRecovered(path);

    if (existed) {
        if (!info.isFile()) {
            return StoreError::make(StoreError::Code::NotADatabase,
                                    tr("%1 is not a file. Give the path of a database file.").arg(file));
        }
        DatabaseFile::Header header;
        QString readError;
        if (!DatabaseFile::readHeader(path, &header, &readError)) {
            return StoreError::make(StoreError::Code::ReadOnly,
                                    tr("Pristriy cannot read %1: %2").arg(file, readError));
        }
        if (header.size > 0 && !header.sqlite) {
            return StoreError::make(StoreError::Code::NotADatabase,
                                    tr("%1 is not a Pristriy database (it is not an SQLite file). "
                                       "Choose another file; this one was not changed.")
                                        .arg(file));
        }
        if (!isWritableFile(info) || !QFileInfo(info.absolutePath()).isWritable()) {
            return StoreError::make(StoreError::Code::ReadOnly,
                                    tr("%1 is read-only (or its folder is). Pristriy needs to write to "
                                       "it: copy it to a writable folder or change its permissions. "
                                       "The file was not changed.")
                                        .arg(file));
        }
        // Nothing SQLite does on open (not even switching the journal mode) happens to a file before
        // it is known to be Pristriy's: by its application id, or read without changing it.
        if (header.size == 0) {
            empty = true;
        } else if (header.applicationId == DatabaseFile::kApplicationId) {
            if (int(header.userVersion) > Migrator::latestVersion())
                return newerVersionError(path, int(header.userVersion));
        } else if (header.applicationId != 0) {
            return foreignFileError(path);
        } else {
            DatabaseFile::Stored stored;
            QString text;
            const int rc = DatabaseFile::probeUnmarked(path, header, &busy, &stored, &text);
            if (rc != SQLITE_OK)
                return errorFromCode(rc, text, path);
            if (DatabaseFile::isEmpty(stored))
                empty = true;
            else if (!DatabaseFile::isOurs(stored, Migrator::latestVersion()))
                return foreignFileError(path);
            else
                unmarked = true;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return StoreError::make(StoreError::Code::CannotCreate,
                                tr("Cannot create the folder %1 for the new database. Choose another "
                                   "location with --db.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    DatabasePtr db(new Database(path, options));
    QSqlDatabase conn;
    sqlite3 *handle = nullptr;
    StoreError error;
    for (;;) {
        conn = db->connection();
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
        handle = db->handle();
        busy.install(handle);
        if (empty)
            break;
        // The first read: SQLite rolls back a journal a crash left behind, or recovers the write-ahead
        // log, exactly as it does for any program; only then is the file looked at. A connection stuck
        // waiting is replaced by a new one for as long as waiting may go on.
        DatabaseFile::Stored stored;
        QString text;
        const int rc = DatabaseFile::readStored(handle, &stored, &text);
        if ((rc & 0xff) == SQLITE_BUSY && busy.pause()) {
            conn = QSqlDatabase();
            db->closeThreadConnection();
            continue;
        }
        error =
            rc == SQLITE_OK ? db->verifyAndRecover(handle, stored, unmarked) : errorFromCode(rc, text, path);
        break;
    }
    if (!error.isError())
        error = db->finishOpen(conn);
    busy.restore(handle);
    if (error.isError()) {
        conn = QSqlDatabase();
        db.reset();
        if (!existed)
            removeNewFile(path);
        return error;
    }
    db->m_options.progress = nullptr; // it belongs to this open only
    return db;
}
