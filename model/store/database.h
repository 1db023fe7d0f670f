#pragma once

#include "changenotifier.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

// One SQLite database file: opening with all the checks a user's file deserves (not a database,
// corrupt, newer version, read-only, locked), migrations after a backup, and a connection per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        bool backupBeforeMigration = true;
        // SQLite's page cache per connection. A long-lived program keeps what it read; a short one
        // (a command line run) is faster with SQLite's own 2 MB: a large cache is new memory for every
        // page read, and a page fault for each.
        int cacheSizeKb = 65536;
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

    QString m_path;
    QString m_backupPath;
    Options m_options;
    quintptr m_serial = 0;
    std::unique_ptr<ChangeNotifier> m_notifier;
};

using DatabasePtr = std::shared_ptr<Database>;
