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
    // Opens --db (or the default database) once; prints the error and returns null on failure.
    DatabasePtr database();
    QString dbPath() const { return m_dbPath; }
    // The user the CLI acts as: the operating-system user.
    static QString actor();
    // Takes "--as LOGIN" out of the arguments, wherever it is: *login becomes LOGIN, or actor() without
    // the option. False (after printing why) when LOGIN is missing.
    bool takeActorOption(QString *login);
    // A CSV field, quoted when it needs to be.
    static QString csvField(const QString &value);

    // Prints "pristriy-cli: MESSAGE" to stderr and returns the exit code for failures.
    int fail(const QString &message, int code = 1);

private:
    QString m_dbPath;
    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
    DatabasePtr m_db;
};
