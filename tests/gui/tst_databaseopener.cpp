// Opening the database at start: the first start makes a demo database; a file that cannot be opened
// is explained in a dialog and left unchanged.
#include "crm/contactservice.h"
#include "databaseopener.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestDatabaseOpener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstStartMakesADemoDatabaseOnce()
    {
        const QString path = Database::defaultPath();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        {
            DatabasePtr db = DatabaseOpener::openAtStart(QString(), nullptr, 300);
            QVERIFY(db);
            QCOMPARE(db->path(), path);
            QCOMPARE(*ContactService(db, QStringLiteral("t")).count(), 300);
        }
        // The second start opens it as it is.
        DatabasePtr again = DatabaseOpener::openAtStart(QString(), nullptr, 300);
        QVERIFY(again);
        QCOMPARE(*ContactService(again, QStringLiteral("t")).count(), 300);
        again.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }

    void missingDbOptionMakesAnEmptyDatabase()
    {
        QTemporaryDir dir;
        DatabasePtr db =
            DatabaseOpener::openAtStart(dir.filePath(QStringLiteral("new.sqlite")), nullptr, 300);
        QVERIFY(db);
        QCOMPARE(*ContactService(db, QStringLiteral("t")).count(), 0);
    }

    void unusableFileIsExplainedAndUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customers.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,phone\nIon,0721\n");
        f.close();
        QString shownText;
        // The user reads the message and chooses Quit.
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shownText = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
            }
        });
        DatabasePtr db = DatabaseOpener::openInteractive(path, nullptr);
        QVERIFY(!db);
        QVERIFY2(shownText.contains(QStringLiteral("customers.csv")), qPrintable(shownText));
        QVERIFY(shownText.contains(QStringLiteral("not a Pristriy database")));
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("name,phone\nIon,0721\n"));
    }
};

QTEST_MAIN(TestDatabaseOpener)
#include "tst_databaseopener.moc"
