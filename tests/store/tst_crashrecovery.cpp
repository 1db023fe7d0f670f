// Files a crash left behind: a demo load killed (kill -9) at random moments, and journals or logs of
// other programs killed in the middle of a write. Opening must recover exactly as SQLite does, then
// check; the data is either all there or not at all.
#include "filetools.h"
#include "store/database.h"
#include "store/databasefile.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace FileTools;

namespace {

struct Counts
{
    qint64 contacts = -1;
    qint64 deals = -1;
    bool operator==(const Counts &o) const { return contacts == o.contacts && deals == o.deals; }
};

QString text(const Counts &c)
{
    return QStringLiteral("%1 contacts, %2 deals").arg(c.contacts).arg(c.deals);
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_env; // the children's temporary folder is this test's own
    QString m_base;            // a database with some contacts and deals, closed
    Counts m_old;
    Counts m_new; // after the demo below ran to its end
    qint64 m_demoMs = 0;

    QStringList demoArgs(const QString &db) const
    {
        return {QStringLiteral("--db"),  db,
                QStringLiteral("demo"),  QStringLiteral("--contacts"),
                QStringLiteral("20000"), QStringLiteral("--deals"),
                QStringLiteral("4000"),  QStringLiteral("--seed"),
                QStringLiteral("9")};
    }

    Counts counts(const QString &db, QByteArray *error)
    {
        Counts c;
        const Run contacts = cli(
            {QStringLiteral("--db"), db, QStringLiteral("contacts"), QStringLiteral("count")}, 300000, m_env);
        const Run deals = cli({QStringLiteral("--db"), db, QStringLiteral("deals"), QStringLiteral("count")},
                              300000, m_env);
        if (contacts.exitCode != 0 || deals.exitCode != 0) {
            *error = contacts.err + deals.err;
            return c;
        }
        c.contacts = contacts.out.trimmed().toLongLong();
        c.deals = deals.out.trimmed().toLongLong();
        return c;
    }

    QString tempFolder() const { return m_dir.filePath(QStringLiteral("tmp")); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!sqliteShell().isEmpty(),
                 "the sqlite3 program (packaging/install-deps.sh installs it) is needed");
        QVERIFY(QDir().mkpath(tempFolder()));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("TMPDIR"), tempFolder());
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        Run r = cli({QStringLiteral("--db"), m_base, QStringLiteral("demo"), QStringLiteral("--contacts"),
                     QStringLiteral("500"), QStringLiteral("--deals"), QStringLiteral("300")},
                    300000, m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray error;
        m_old = counts(m_base, &error);
        QVERIFY2(m_old.contacts == 500 && m_old.deals == 300, error.constData());

        const QString full = m_dir.filePath(QStringLiteral("full.sqlite"));
        QVERIFY(QFile::copy(m_base, full));
        QElapsedTimer timer;
        timer.start();
        r = cli(demoArgs(full), 300000, m_env);
        m_demoMs = timer.elapsed();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_new = counts(full, &error);
        QCOMPARE(m_new.contacts, m_old.contacts + 20000);
        QCOMPARE(m_new.deals, m_old.deals + 4000);
        qInfo("the demo takes %lld ms here", m_demoMs);
    }

    // kill -9 at a random moment of the demo, then open again: it always opens, passes SQLite's
    // integrity check, and holds either the old data or all of the new. PRISTRIY_KILL_ROUNDS runs more.
    void killedDemoLeavesOldOrNewState()
    {
        const int rounds = qEnvironmentVariableIsSet("PRISTRIY_KILL_ROUNDS")
                               ? qEnvironmentVariableIntValue("PRISTRIY_KILL_ROUNDS")
                               : 20;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill moments from seed %u", seed);
        QRandomGenerator random(seed);
        const QString work = m_dir.filePath(QStringLiteral("work.sqlite"));
        int killed = 0;
        int sawOld = 0;
        int sawNew = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const char *suffix : {"", "-journal", "-wal", "-shm"})
                QFile::remove(work + QLatin1String(suffix));
            QVERIFY(QFile::copy(m_base, work));
            QProcess demo;
            demo.setProcessEnvironment(m_env);
            demo.start(QStringLiteral(PRISTRIY_CLI_PATH), demoArgs(work));
            QVERIFY(demo.waitForStarted());
            // The moment is the input here: anywhere from the start to a little after the usual end.
            const int moment = int(random.bounded(quint32(m_demoMs * 11 / 10 + 1)));
            if (!demo.waitForFinished(moment)) {
                demo.kill();
                ++killed;
                QVERIFY(demo.waitForFinished());
            }
            const QString where = QStringLiteral("round %1, killed after %2 ms").arg(round).arg(moment);

            QByteArray error;
            const Counts after = counts(work, &error);
            QVERIFY2(after.contacts >= 0,
                     qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(error)));
            QVERIFY2(after == m_old || after == m_new,
                     qPrintable(where + QStringLiteral(": ") + text(after)));
            (after == m_old ? sawOld : sawNew)++;
            const Run check = cli({QStringLiteral("--db"), work, QStringLiteral("check")}, 300000, m_env);
            QVERIFY2(check.exitCode == 0,
                     qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(check.err)));
            QCOMPARE(sqliteAnswer(work, "PRAGMA integrity_check"), QStringLiteral("ok"));
            QCOMPARE(sqliteAnswer(work, "PRAGMA foreign_key_check"), QString());
            // The killed load's side folder went at the next start.
            QCOMPARE(QDir(tempFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
        }
        qInfo("%d of %d demos killed; %d left the old data, %d the new", killed, rounds, sawOld, sawNew);
        QVERIFY(killed > 0);
    }

    // A crash in the middle of a write to our database: SQLite rolls it back on open, Pristriy then
    // checks the file (quick_check) and says so.
    void hotJournalIsRolledBackAndChecked()
    {
        const QString path = m_dir.filePath(QStringLiteral("hot.sqlite"));
        QVERIFY(QFile::copy(m_base, path));
        QCOMPARE(sqliteAnswer(path, "PRAGMA journal_mode = DELETE"), QStringLiteral("delete"));
        QVERIFY(crashInTransaction(path));
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);

        Result<DatabasePtr> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        QVERIFY((*db)->recoveredAtOpen());
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'crash_filler'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q = QSqlQuery();
        db = StoreError();

        // Opened again without a crash in between: no recovery, no check.
        Result<DatabasePtr> again = Database::open(path);
        QVERIFY(again.ok());
        QVERIFY(!(*again)->recoveredAtOpen());
    }

    void walLeftBehindIsRecoveredAndChecked()
    {
        const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
        QVERIFY(QFile::copy(m_base, path));
        QCOMPARE(sqliteAnswer(path, "PRAGMA journal_mode"), QStringLiteral("wal"));
        // Committed rows in the log, then a crash: they are the database's now.
        QProcess shell;
        shell.start(sqliteShell(), {path});
        QVERIFY(shell.waitForStarted());
        shell.write("PRAGMA wal_autocheckpoint = 0;\n"
                    "INSERT INTO setting (key, value) VALUES ('left-in-the-log', 'yes');\n"
                    "SELECT 'written';\n");
        while (!shell.readAllStandardOutput().contains("written"))
            QVERIFY(shell.waitForReadyRead(30000));
        shell.kill();
        QVERIFY(shell.waitForFinished());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

        Result<DatabasePtr> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        QVERIFY((*db)->recoveredAtOpen());
        QCOMPARE((*db)->setting(QStringLiteral("left-in-the-log")), QStringLiteral("yes"));
    }

    // Damage found by the check after a crash: refused, with what is wrong and how to get the data
    // back (the newest backup, or sqlite3's .recover).
    void damageFoundAfterACrashIsRefusedWithAdvice()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_base, path));
        QCOMPARE(sqliteAnswer(path, "PRAGMA journal_mode = DELETE"), QStringLiteral("delete"));
        const int pageSize = sqliteAnswer(path, "PRAGMA page_size").toInt();
        const int page =
            sqliteAnswer(path, "SELECT rootpage FROM sqlite_master WHERE name = 'contact_by_created'")
                .toInt();
        QVERIFY(page > 1);
        {
            // The index's root page: its header says it holds many more cells than it does.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(page - 1) * pageSize + 3));
            QVERIFY(f.write("\x7f\xff", 2) == 2);
        }
        QVERIFY(crashInTransaction(path));
        QFile backup(path + QStringLiteral(".v8-20250101-120000.bak"));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.close();

        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::Corrupt);
        const QString message = db.error().message;
        QVERIFY2(message.contains(QStringLiteral("damaged.sqlite")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(".v8-20250101-120000.bak")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(".recover")), qPrintable(message));
        QVERIFY2(!db.error().detail.isEmpty(), "the problems SQLite found are kept for the log");
    }

    // The folders a killed load left in the temporary folder go on the next start; those of a load
    // that is still running stay.
    void staleSideFoldersAreRemovedLiveOnesKept()
    {
        const QString db = m_dir.filePath(QStringLiteral("side.sqlite"));
        QProcessEnvironment env = m_env;
        const QString temp = m_dir.filePath(QStringLiteral("side-tmp"));
        QVERIFY(QDir().mkpath(temp));
        env.insert(QStringLiteral("TMPDIR"), temp);
        QProcess demo;
        demo.setProcessEnvironment(env);
        demo.start(QStringLiteral(PRISTRIY_CLI_PATH),
                   {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--contacts"),
                    QStringLiteral("1000000")});
        QVERIFY(demo.waitForStarted());
        // While the load runs, its folder exists and another start leaves it alone.
        QTRY_VERIFY_WITH_TIMEOUT(
            !QDir(temp).entryList({QStringLiteral("Pristriy-fts-*")}, QDir::Dirs).isEmpty(), 60000);
        const Run other = cli({QStringLiteral("--version")}, 30000, env);
        QCOMPARE(other.exitCode, 0);
        const Run count = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.sqlite")),
                               QStringLiteral("contacts"), QStringLiteral("count")},
                              30000, env);
        QCOMPARE(count.exitCode, 0);
        QCOMPARE(QDir(temp).entryList({QStringLiteral("Pristriy-fts-*")}, QDir::Dirs).size(), 1);
        demo.kill();
        QVERIFY(demo.waitForFinished());
        QCOMPARE(QDir(temp).entryList({QStringLiteral("Pristriy-fts-*")}, QDir::Dirs).size(), 1);
        // A folder of an older build, untouched for a day, goes too.
        QVERIFY(QDir(temp).mkdir(QStringLiteral("Pristriy-a1B2c3")));
        QFile old(temp + QStringLiteral("/Pristriy-a1B2c3/fts.sqlite"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("x");
        old.close();
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
        old.close();
        const Run next = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("other.sqlite")),
                              QStringLiteral("contacts"), QStringLiteral("count")},
                             30000, env);
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(QDir(temp).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
