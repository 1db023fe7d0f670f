#pragma once

#include "store/database.h"

#include <QStringList>
#include <QTextStream>

// What every pristriy-cli command gets: its arguments, the streams, and the database on demand.
class CliContext
{
public:
    CliContext(QString dbPath, QStringList args);

    const QStringList &args() const { return m_args; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Opens --db (or the default database) once; prints the error and returns null on failure. When
    // --as names another user than the operating-system login and that user has a password, the
    // password is checked here (see takeActorOption) and a wrong one gives null too.
    DatabasePtr database() { return database(Database::Options()); }
    DatabasePtr database(const Database::Options &options);
    QString dbPath() const { return m_dbPath; }
    // The user the CLI acts as: the operating-system user.
    static QString actor();
    // Takes "--as LOGIN" and "--password-file FILE" out of the arguments, wherever they are: *login
    // becomes LOGIN, or actor() without the option. False (after printing why) when LOGIN is missing.
    // The password of LOGIN comes from FILE (its first line), else from the environment variable
    // PRISTRIY_PASSWORD, else, on a terminal, from a prompt; never from the command line.
    bool takeActorOption(QString *login);
    // A CSV field, quoted when it needs to be.
    static QString csvField(const QString &value);

    // Now: the global --now when given (main sets the clock), else the system clock.
    static QDateTime now();
    // A time given on the command line: YYYY-MM-DD (local; with endOfDay the midnight after it, so that
    // a "to" date includes its day) or an ISO-8601 date-time (local unless it says Z or an offset).
    static bool parseTime(const QString &text, bool endOfDay, QDateTime *utc);

    // A secret line: read from standard input; on a terminal after a prompt on stderr, without echo.
    // Null when there is nothing to read.
    QString readSecretLine(const QString &prompt);
    bool stdinIsTerminal() const;

    // Prints "pristriy-cli: MESSAGE" to stderr and returns the exit code for failures.
    int fail(const QString &message, int code = 1);

private:
    bool signInActor(const DatabasePtr &db);

    QString m_dbPath;
    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
    DatabasePtr m_db;
    QString m_asLogin; // --as, when given
    QString m_passwordFile;
};
