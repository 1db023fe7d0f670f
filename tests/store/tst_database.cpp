// Opening databases: new files, and every kind of file a user may point Pristriy at by mistake.
#include "filetools.h"
#include "store/database.h"
#include "store/databasefile.h"
#include "store/migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString makeDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Result<DatabasePtr> db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    return path;
}

bool isLockedForReading(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_BUSY;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFileIsCreatedAndMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/new.sqlite"));
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        QVERIFY(QFile::exists(path));
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!(*db)->setting(QStringLiteral("phone.default_region")).isEmpty());
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("a.sqlite"));
        {
            Result<DatabasePtr> db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        }
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->setting(QStringLiteral("k")), QStringLiteral("v"));
        QVERIFY((*db)->backupPath().isEmpty()); // nothing to upgrade, no backup
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("text file") << QByteArray("name,phone\nIon,0721\n")
                                   << int(StoreError::Code::NotADatabase);
        QTest::newRow("short binary") << QByteArray("\x00\x01\x02", 3) << int(StoreError::Code::NotADatabase);
        QByteArray fakeHeader("SQLite format 3");
        fakeHeader.append('\0');
        fakeHeader.append(QByteArray(200, '\xff'));
        // Its application id is all ones: not ours, so SQLite is not even asked.
        QTest::newRow("bad header") << fakeHeader << int(StoreError::Code::NotADatabase);
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = checksum(path);
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QVERIFY2(db.error().message.contains(QStringLiteral("bad.sqlite")), qPrintable(db.error().message));
        QCOMPARE(checksum(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void corruptPagesAreRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("corrupt.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        // Keep the 100-byte header, wreck the schema page behind it.
        f.seek(100);
        f.write(QByteArray(4000, '\x5a'));
        f.close();
        const QByteArray before = checksum(path);
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().code == StoreError::Code::Corrupt ||
                     db.error().code == StoreError::Code::NotADatabase,
                 qPrintable(db.error().fullText()));
        QVERIFY(db.error().message.contains(QStringLiteral("corrupt.sqlite")));
        QCOMPARE(checksum(path), before);
    }

    void truncatedFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("short.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        const QByteArray before = checksum(path);
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::Corrupt);
        QCOMPARE(checksum(path), before);
    }

    void otherSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = checksum(path);
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::NotADatabase);
        QCOMPARE(checksum(path), before);
    }

    void newerVersionIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("future.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = checksum(path);
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::NewerVersion);
        QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(checksum(path), before);
    }

    void readOnlyFileIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("ro.sqlite"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = checksum(path);
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::ReadOnly);
        QVERIFY(db.error().message.contains(QStringLiteral("ro.sqlite")));
        QCOMPARE(checksum(path), before);
    }

    void uncreatableLocationIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // A folder cannot be made inside a file.
        Result<DatabasePtr> db = Database::open(file + QStringLiteral("/sub/new.sqlite"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::CannotCreate);
    }

    void lockedByAnotherProcessIsReported()
    {
        const QString sqliteProgram = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqliteProgram.isEmpty(),
                 "the sqlite3 program (packaging/install-deps.sh installs it) is needed");
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("locked.sqlite"));
        const QByteArray before = checksum(path);
        QProcess other;
        other.start(sqliteProgram, {path});
        QVERIFY(other.waitForStarted());
        // An exclusive lock held by a real second process, as another program would.
        // The other program waits for our probes rather than giving up on them.
        other.write(".timeout 10000\nPRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT count(*) "
                    "FROM event;\n");
        QTRY_VERIFY(isLockedForReading(path));
        Database::Options options;
        options.busyTimeoutMs = 400;
        QElapsedTimer waited;
        waited.start();
        Result<DatabasePtr> db = Database::open(path, options);
        // "Locked" only after waiting the whole busy timeout for the other program, never at once.
        const qint64 waitedMs = waited.elapsed();
        other.write("ROLLBACK;\n.quit\n");
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::Locked);
        QVERIFY(db.error().message.contains(QStringLiteral("locked.sqlite")));
        QVERIFY2(waitedMs >= options.busyTimeoutMs, qPrintable(QString::number(waitedMs)));
        QCOMPARE(checksum(path), before);
    }

    void newDatabasesCarryTheApplicationId()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("id.sqlite"));
        QCOMPARE(FileTools::sqliteAnswer(path, "PRAGMA application_id").toUInt(),
                 DatabaseFile::kApplicationId);
    }

    void emptyPathIsRefused()
    {
        Result<DatabasePtr> db = Database::open(QString());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::Invalid);
    }

    // Another program's SQLite file is left exactly as it was, whatever its user_version: no journal
    // mode switched, no -wal, -shm or backup beside it.
    void foreignFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("hotJournal");
        const QString places = QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); "
                                              "INSERT INTO moz_places (url) VALUES ('https://example.org');");
        for (int v = 1; v <= 8; ++v) {
            QTest::addRow("user_version %d", v)
                << QStringLiteral("PRAGMA user_version = %1; ").arg(v) + places << false;
        }
        QTest::newRow("write-ahead log, user_version 8")
            << QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA user_version = 8; ") + places << false;
        QTest::newRow("another application id")
            << QStringLiteral("PRAGMA application_id = 252006674; PRAGMA user_version = 8; ") + places
            << false;
        QTest::newRow("our application id, other tables")
            << QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 9; ")
                       .arg(DatabaseFile::kApplicationId) +
                   places
            << false;
        QTest::newRow("our tables, user_version 0")
            << QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT); "
                              "CREATE TABLE event (id INTEGER PRIMARY KEY);")
            << false;
        QTest::newRow("hot journal, user_version 8")
            << QStringLiteral("PRAGMA user_version = 8; ") + places << true;
    }

    void foreignFilesAreLeftUntouched()
    {
        QFETCH(QString, sql);
        QFETCH(bool, hotJournal);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("places.sqlite"));
        QProcess shell;
        shell.start(FileTools::sqliteShell(), {path, sql});
        QVERIFY(shell.waitForFinished());
        QCOMPARE(shell.exitCode(), 0);
        if (hotJournal) {
            QVERIFY(FileTools::crashInTransaction(path));
            QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
        }
        const auto before = FileTools::snapshot(dir.path());
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::NotADatabase);
        QVERIFY2(db.error().message.contains(QStringLiteral("places.sqlite")),
                 qPrintable(db.error().message));
        QCOMPARE(FileTools::snapshot(dir.path()), before);
    }

    // A database of schema 8 (before the application id) is still known by its version and tables;
    // its upgrade gives it the id.
    void schema8FileGetsTheIdInItsUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
        QFile fixture(QStringLiteral(PRISTRIY_TEST_DATA "/fixtures/schema-v8.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QProcess shell;
        shell.start(FileTools::sqliteShell(), {path});
        shell.write(fixture.readAll());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished());
        QCOMPARE(FileTools::sqliteAnswer(path, "PRAGMA application_id"), QStringLiteral("0"));
        // Left half-written by a crash of an earlier Pristriy: still recognised (on a copy that is rolled
        // back), then rolled back for real and checked.
        QVERIFY(FileTools::crashInTransaction(path));
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        QVERIFY((*db)->recoveredAtOpen());
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QVERIFY(!(*db)->backupPath().isEmpty());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toUInt(), DatabaseFile::kApplicationId);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'crash_filler'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Nothing of the copy is left beside it.
        QStringList names =
            QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeIf([](const QString &n) { return n.startsWith(QLatin1String("v8.sqlite")); });
        QCOMPARE(names, QStringList());
    }

    // Single bytes changed anywhere past the header: whatever SQLite's integrity_check finds, `check
    // --full` reports (and quick_check's findings, `check`), with how to get the data back.
    void byteFlipsAreReportedByCheck()
    {
        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
        FileTools::Run r = FileTools::cli({QStringLiteral("--db"), pristine, QStringLiteral("demo"),
                                           QStringLiteral("--contacts"), QStringLiteral("400")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 size = QFileInfo(pristine).size();
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("byte offsets from seed %u", seed);
        QRandomGenerator random(seed);
        int damaged = 0;
        for (int i = 0; i < 40; ++i) {
            const QString path = dir.filePath(QStringLiteral("flipped.sqlite"));
            QFile::remove(path);
            QVERIFY(QFile::copy(pristine, path));
            const qint64 offset = 100 + qint64(random.bounded(quint64(size - 100)));
            QVERIFY(FileTools::flipByte(path, offset));
            const QString where = QStringLiteral("byte %1").arg(offset);
            const bool integrityOk =
                FileTools::sqliteAnswer(path, "PRAGMA integrity_check") == QLatin1String("ok");
            const bool quickOk = FileTools::sqliteAnswer(path, "PRAGMA quick_check") == QLatin1String("ok");
            const FileTools::Run full = FileTools::cli(
                {QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--full")});
            const FileTools::Run quick =
                FileTools::cli({QStringLiteral("--db"), path, QStringLiteral("check")});
            QVERIFY2(full.exitCode == (integrityOk ? 0 : 1), qPrintable(where + QString::fromUtf8(full.err)));
            QVERIFY2(quick.exitCode == (quickOk ? 0 : 1), qPrintable(where + QString::fromUtf8(quick.err)));
            if (!integrityOk) {
                ++damaged;
                QVERIFY2(full.err.contains("flipped.sqlite") && full.err.contains("damaged") &&
                             full.err.contains(".recover"),
                         qPrintable(where + QString::fromUtf8(full.err)));
            }
        }
        qInfo("%d of 40 single-byte changes were damage SQLite's integrity_check finds", damaged);
        QVERIFY(damaged > 0);
    }

    void connectionsArePerThread()
    {
        QTemporaryDir dir;
        Result<DatabasePtr> db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        const QString mainName = (*db)->connection().connectionName();
        QString workerName;
        bool workerOpen = false;
        QThread *worker = QThread::create([&] {
            QSqlDatabase c = (*db)->connection();
            workerName = c.connectionName();
            QSqlQuery q(c);
            workerOpen = q.exec(QStringLiteral("SELECT count(*) FROM event")) && q.next();
            q = QSqlQuery();
            c = QSqlDatabase();
            (*db)->closeThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(workerOpen);
        QVERIFY(workerName != mainName);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
