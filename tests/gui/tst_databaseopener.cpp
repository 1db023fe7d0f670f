// Opening the database at start: a database file that does not exist yet (the first start, or --db with a
// new file) is made after the first-start dialog, with demo contacts and deals or empty, its data named in
// the language chosen there; a file that cannot be opened is explained in a dialog and left unchanged.
#include "crm/contactservice.h"
#include "databaseopener.h"
#include "demo/democatalog.h"
#include "firststartdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

class TestDatabaseOpener : public QObject
{
    Q_OBJECT

private:
    // What the user does in the first-start dialog when it comes up; *shown tells whether it did.
    void whenAsked(const std::function<void(FirstStartDialog *)> &act, bool *shown)
    {
        *shown = false;
        QTimer::singleShot(0, this, [act, shown] {
            auto *dialog = qobject_cast<FirstStartDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            *shown = true;
            act(dialog);
        });
    }

    static void choose(FirstStartDialog *dialog, bool demo, const QString &language)
    {
        dialog->findChild<QRadioButton *>(demo ? QStringLiteral("demoChoice") : QStringLiteral("emptyChoice"))
            ->click();
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("dataLanguage"));
        combo->setCurrentIndex(combo->findData(language));
        dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The README's first start: the dialog comes up with the demo and the program's language chosen and the
    // Create button the default, so Enter makes a demo database with contacts and deals; the next start
    // opens it without asking.
    void firstStartMakesADemoDatabaseOnce()
    {
        const QString path = Database::defaultPath();
        removeDatabase(path);
        bool defaultsOk = false;
        bool shown = false;
        whenAsked(
            [&defaultsOk](FirstStartDialog *dialog) {
                auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
                defaultsOk = dialog->findChild<QRadioButton *>(QStringLiteral("demoChoice"))->isChecked() &&
                             create->isDefault() &&
                             dialog->findChild<QComboBox *>(QStringLiteral("dataLanguage"))->currentData() ==
                                 QStringLiteral("en");
                QTest::keyClick(dialog, Qt::Key_Return);
            },
            &shown);
        bool created = false;
        {
            DatabasePtr db = DatabaseOpener::openAtStart(QString(), nullptr, &created, {300, 200});
            QVERIFY(shown);
            QVERIFY(defaultsOk);
            QVERIFY(db);
            QVERIFY(created);
            QCOMPARE(db->path(), path);
            QCOMPARE(*ContactService(db, QStringLiteral("t")).count(), 300);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM deal")), 200);
            QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM deal_stage_history")) > 200);
            QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM task")) > 0);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM process_map")), 4);
        }
        // The second start opens it as it is, without a question.
        whenAsked([](FirstStartDialog *dialog) { dialog->reject(); }, &shown);
        DatabasePtr again = DatabaseOpener::openAtStart(QString(), nullptr, &created, {300, 200});
        QVERIFY(again);
        QVERIFY(!shown);
        QVERIFY(!created);
        QCOMPARE(*ContactService(again, QStringLiteral("t")).count(), 300);
        again.reset();
        QTest::qWait(10); // the unanswered timer
        removeDatabase(path);
    }

    // --db with a file that does not exist yet asks the same: demo data or an empty database, and the
    // language.
    void newDbFileAsksForDemoAndLanguage_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("firstPipeline");
        QTest::newRow("empty, Romanian") << false << QStringLiteral("ro") << QStringLiteral("Vânzări");
        QTest::newRow("demo, Ukrainian") << true << QStringLiteral("uk") << QStringLiteral("Продажі");
        QTest::newRow("empty, English") << false << QStringLiteral("en") << QStringLiteral("Sales");
    }

    void newDbFileAsksForDemoAndLanguage()
    {
        QFETCH(bool, demo);
        QFETCH(QString, language);
        QFETCH(QString, firstPipeline);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        bool shown = false;
        whenAsked([&](FirstStartDialog *dialog) { choose(dialog, demo, language); }, &shown);
        bool created = false;
        DatabasePtr db = DatabaseOpener::openAtStart(path, nullptr, &created, {300, 100});
        QVERIFY(shown);
        QVERIFY(db);
        QVERIFY(created);
        QCOMPARE(db->path(), path);
        QCOMPARE(*ContactService(db, QStringLiteral("t")).count(), demo ? 300 : 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM deal")), demo ? 100 : 0);
        QCOMPARE(DemoCatalog::databaseLanguage(*db), language);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pipeline ORDER BY position")) && q.next());
        QCOMPARE(q.value(0).toString(), firstPipeline);
    }

    // Quit in the dialog makes no file.
    void quitMakesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        bool shown = false;
        whenAsked(
            [](FirstStartDialog *dialog) {
                dialog->findChild<QPushButton *>(QStringLiteral("quitButton"))->click();
            },
            &shown);
        DatabasePtr db = DatabaseOpener::openAtStart(path, nullptr);
        QVERIFY(shown);
        QVERIFY(!db);
        QVERIFY(!QFile::exists(path));
    }

    // The language of the data is the program's to begin with.
    void dialogOffersTheProgramsLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("ro_RO")));
        FirstStartDialog dialog(QStringLiteral("/tmp/x.sqlite"), 2000, 1500);
        QCOMPARE(dialog.choice().language, QStringLiteral("ro"));
        QVERIFY(dialog.choice().demo);
        QLocale::setDefault(before);
        const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/first-start.png")));
        }
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
