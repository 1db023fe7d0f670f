#pragma once

// Shared by the storage tests: real processes (pristriy-cli, the sqlite3 shell) and the files they
// leave, compared byte for byte.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>

#include <sqlite3.h>

namespace FileTools {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run cli(const QStringList &args, int timeoutMs = 300000,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PRISTRIY_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timed out"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline QString sqliteShell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

// Every file of a folder with a digest of its bytes.
inline QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(dir.filePath(name));
        files.insert(name, f.open(QIODevice::ReadOnly)
                               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                               : QByteArray("(folder)"));
    }
    return files;
}

// Runs SQL in the sqlite3 shell and kills it (SIGKILL) in the middle of a write transaction that has
// already written to the file: a journal (or a write-ahead log) left behind by a crash.
inline bool crashInTransaction(const QString &path)
{
    QProcess shell;
    shell.start(sqliteShell(), {path});
    if (!shell.waitForStarted())
        return false;
    shell.write("PRAGMA cache_size = 2;\n"
                "BEGIN;\n"
                "CREATE TABLE crash_filler (x);\n"
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000) "
                "INSERT INTO crash_filler SELECT randomblob(700) FROM c;\n"
                "SELECT 'in-transaction';\n");
    while (!shell.readAllStandardOutput().contains("in-transaction")) {
        if (!shell.waitForReadyRead(30000))
            return false;
    }
    shell.kill();
    return shell.waitForFinished();
}

// One SQL answer from the plain SQLite library (which also rolls back whatever a crash left).
inline QString sqliteAnswer(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString answer;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
            QStringList rows;
            while (sqlite3_step(stmt) == SQLITE_ROW)
                rows.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
            answer = rows.join(QLatin1Char('\n'));
        } else {
            answer = QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return answer;
}

inline bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char byte = 0;
    if (!f.getChar(&byte) || !f.seek(offset))
        return false;
    return f.putChar(char(byte ^ 0x5a));
}

} // namespace FileTools
