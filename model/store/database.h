#pragma once

#include "changenotifier.h"
#include "databasefile.h"
#include "integritycheck.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

// One SQLite database file: opening with all the checks a user's file deserves (not a database,
// another program's database, corrupt, newer version, read-only, locked, left behind by a crash),
// migrations after a backup, and a connection per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // What a long open is doing, for a progress display.
    enum class OpenPhase
    {
        Waiting,  // for another program to release the file
        Checking, // the file after SQLite recovered it from a crash (PRAGMA quick_check)
        Upgrading,
    };

    struct Options
    {
        int busyTimeoutMs = 5000;
        bool backupBeforeMigration = true;
        // SQLite's page cache per connection. A long-lived program keeps what it read; a short one
        // (a command line run) is faster with SQLite's own 2 MB: a large cache is new memory for every
        // page read, and a page fault for each.
        int cacheSizeKb = 65536;
        // False: a file of an earlier schema is opened as it is, for checking (pristriy-cli check).
        bool migrate = true;
        // Called now and then from the opening thread during a long open. With it, a locked file is
        // waited for as long as it returns true (not only busyTimeoutMs); false gives up.
        std::function<bool(OpenPhase phase, qint64 elapsedMs)> progress;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when it does not exist) and migrates to the current schema.
    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path) { return open(path, Options()); }

    // The file the user's data lives in when no --db is given.
    static QString defaultPath();

    QString path() const { return m_path; }
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; } // the copy made before the last migration
    // SQLite recovered the file from an interrupted write when it was opened (a crash left a hot
    // journal or a write-ahead log); it was then checked with PRAGMA quick_check and passed.
    bool recoveredAtOpen() const { return m_recoveredAtOpen; }
    qint64 recoveryCheckMs() const { return m_recoveryCheckMs; }

    // PRAGMA quick_check (integrity_check when full) on the calling thread's connection. The report
    // lists what is wrong; an error means the check itself could not run (locked, cancelled).
    Result<IntegrityCheck::Report> check(bool full, const IntegrityCheck::Progress &progress = {}) const;

    // The connection of the calling thread (created on first use; GUI thread and workers differ).
    QSqlDatabase connection() const;
    // The raw SQLite handle of the calling thread's connection, for bulk work.
    sqlite3 *handle() const;
    // Ends the calling thread's connection; workers call it before they finish.
    void closeThreadConnection() const;

    // Emits after commits, so that models and views follow.
    ChangeNotifier *notifier() const { return m_notifier.get(); }

    // Database-wide settings (table setting).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value) const;

private:
    Database(QString path, Options options);
    QString connectionName() const;
    StoreError configure(QSqlDatabase &db) const;
    StoreError verifyAndRecover(sqlite3 *handle, const DatabaseFile::Stored &stored, bool unmarked);
    StoreError backUp(int fromVersion);
    StoreError finishOpen(QSqlDatabase &conn);

    QString m_path;
    QString m_backupPath;
    Options m_options;
    bool m_ready = false; // checked and configured: connections of other threads may be made
    bool m_recoveredAtOpen = false;
    qint64 m_recoveryCheckMs = 0;
    quintptr m_serial = 0;
    std::unique_ptr<ChangeNotifier> m_notifier;
};

using DatabasePtr = std::shared_ptr<Database>;
