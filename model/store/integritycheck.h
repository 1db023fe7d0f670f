#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

struct sqlite3;

// SQLite's own check of a database file (PRAGMA quick_check, or the slower integrity_check that also
// compares every index with its table), and what to tell a user whose file fails it.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    struct Report
    {
        QStringList problems; // empty: the file passed
        qint64 milliseconds = 0;
        bool ok() const { return problems.isEmpty(); }
    };
    // Called now and then from the checking thread; false interrupts the check.
    using Progress = std::function<bool()>;

    // Returns the SQLite result code (SQLITE_INTERRUPT when progress said stop); errorText says more.
    static int run(sqlite3 *db, bool full, const Progress &progress, Report *report, QString *errorText);

    // The newest backup Pristriy made of path before an upgrade (path.vN-DATE-TIME.bak), or empty.
    static QString newestBackup(const QString &path);
    // How to get the data back from a damaged path: the newest backup, or sqlite3's .recover.
    static QString recoveryAdvice(const QString &path);
    // "The database F is damaged: the first problems."
    static QString summary(const QString &path, const QStringList &problems);
    // The summary, then the advice.
    static QString damageMessage(const QString &path, const QStringList &problems);
};
