#include "integritycheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sqlite3.h>

namespace {

constexpr int kMostProblems = 20;
constexpr int kProblemsInMessage = 3;

int progressCallback(void *progress)
{
    return (*static_cast<const IntegrityCheck::Progress *>(progress))() ? 0 : 1;
}

} // namespace

int IntegrityCheck::run(sqlite3 *db, bool full, const Progress &progress, Report *report, QString *errorText)
{
    QElapsedTimer timer;
    timer.start();
    *report = Report();
    if (progress)
        sqlite3_progress_handler(db, 200000, progressCallback, const_cast<Progress *>(&progress));
    const QByteArray sql = QByteArray(full ? "PRAGMA integrity_check(" : "PRAGMA quick_check(") +
                           QByteArray::number(kMostProblems) + ')';
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            // A row may hold several lines, under a "*** in database main ***" heading.
            const QString row =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            for (const QString &line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QString problem = line.trimmed();
                if (problem != QLatin1String("ok") && !problem.startsWith(QLatin1String("***")))
                    report->problems.append(problem);
            }
        }
    }
    if (rc == SQLITE_DONE) {
        rc = SQLITE_OK;
    } else {
        rc = sqlite3_extended_errcode(db);
        if (errorText)
            *errorText = QString::fromUtf8(sqlite3_errmsg(db));
        // A page SQLite cannot even read is a problem the check found.
        if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB) {
            report->problems.append(QString::fromUtf8(sqlite3_errmsg(db)));
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (progress)
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
    report->milliseconds = timer.elapsed();
    return rc;
}

QString IntegrityCheck::newestBackup(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfoList backups =
        info.dir().entryInfoList({info.fileName() + QStringLiteral(".v*.bak")}, QDir::Files, QDir::Time);
    return backups.isEmpty() ? QString() : backups.first().absoluteFilePath();
}

QString IntegrityCheck::recoveryAdvice(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QString recovered = QDir::toNativeSeparators(
        info.dir().filePath(info.completeBaseName() + QStringLiteral("-recovered.sqlite")));
    const QString recover = QStringLiteral("sqlite3 \"%1\" .recover | sqlite3 \"%2\"").arg(file, recovered);
    const QString backup = newestBackup(path);
    if (backup.isEmpty()) {
        return tr("To get the data back, save what can still be read into a new file with: %1 (then "
                  "open that file).")
            .arg(recover);
    }
    return tr("To get the data back, restore the newest backup, %1 (made before the last upgrade; later "
              "changes are not in it), or save what can still be read into a new file with: %2 (then "
              "open that file).")
        .arg(QDir::toNativeSeparators(backup), recover);
}

QString IntegrityCheck::summary(const QString &path, const QStringList &problems)
{
    QStringList shown = problems.mid(0, kProblemsInMessage);
    if (problems.size() > kProblemsInMessage)
        shown.append(tr("and %n more problem(s)", nullptr, int(problems.size() - kProblemsInMessage)));
    return tr("The database %1 is damaged: %2.")
        .arg(QDir::toNativeSeparators(path), shown.join(QStringLiteral("; ")));
}

QString IntegrityCheck::damageMessage(const QString &path, const QStringList &problems)
{
    return summary(path, problems) + QLatin1Char(' ') + recoveryAdvice(path);
}
