// Opening databases: new files, and every kind of file a user may point Pristriy at by mistake.
#include "store/database.h"
#include "store/migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
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
        QTest::newRow("bad header") << fakeHeader << int(StoreError::Code::Corrupt);
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
        options.busyTimeoutMs = 200;
        Result<DatabasePtr> db = Database::open(path, options);
        other.write("ROLLBACK;\n.quit\n");
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, StoreError::Code::Locked);
        QVERIFY(db.error().message.contains(QStringLiteral("locked.sqlite")));
        QCOMPARE(checksum(path), before);
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
