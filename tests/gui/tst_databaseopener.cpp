// Opening the database at start: a database file that does not exist yet (the first start, or --db with a
// new file) is made after the first-start dialog, with demo contacts and deals or empty, its data named in
// the language chosen there; a file that cannot be opened is explained in a dialog and left unchanged.
#include "crm/contactservice.h"
#include "databaseopener.h"
#include "demo/democatalog.h"
#include "demo/demogenerator.h"
#include "firststartdialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
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

// Calls answer with the next modal widget of type W once it shows (from the event loop that shows it).
template<typename W>
void whenShown(QObject *context, std::function<void(W *)> answer)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        if (auto *w = qobject_cast<W *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(w);
        }
    });
    poll->start(20);
}

void clickRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role)
            button->click();
    }
}

QString makeDemoDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Result<DatabasePtr> db = Database::open(path);
    if (!db)
        return {};
    DemoGenerator::Options options;
    options.contacts = 300;
    if (!DemoGenerator::generate(**db, options))
        return {};
    return path;
}

// Makes an index's root page say it holds many more cells than it does: damage quick_check finds.
bool damageAnIndex(const QString &path)
{
    int page = 0;
    int pageSize = 0;
    {
        Result<DatabasePtr> db = Database::open(path);
        if (!db)
            return false;
        QSqlQuery q((*db)->connection());
        if (!q.exec(QStringLiteral("SELECT rootpage, (SELECT page_size FROM pragma_page_size) "
                                   "FROM sqlite_master WHERE name = 'contact_by_created'")) ||
            !q.next())
            return false;
        page = q.value(0).toInt();
        pageSize = q.value(1).toInt();
    }
    QFile f(path);
    return page > 1 && f.open(QIODevice::ReadWrite) && f.seek(qint64(page - 1) * pageSize + 3) &&
           f.write("\x7f\xff", 2) == 2;
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
    // Another program is writing: the window says it waits for it (rather than failing), and opens
    // the file as soon as the other program lets go.
    void waitsForAnotherProgramThenOpens()
    {
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite.isEmpty(), "the sqlite3 program is needed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        QVERIFY(Database::open(path).ok());
        QProcess other;
        other.start(sqlite, {path});
        QVERIFY(other.waitForStarted());
        other.write(".timeout 60000\nPRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\n"
                    "SELECT 'locked';\n");
        while (!other.readAllStandardOutput().contains("locked"))
            QVERIFY(other.waitForReadyRead(30000));
        QString shownText;
        whenShown<QProgressDialog>(this, [&](QProgressDialog *dialog) {
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog->labelText().contains(QStringLiteral("Waiting for another program")), 20000);
            shownText = dialog->labelText();
            if (qEnvironmentVariableIsSet("PRISTRIY_SHOTS"))
                dialog->grab().save(qEnvironmentVariable("PRISTRIY_SHOTS") + QStringLiteral("/waiting.png"));
            other.write("ROLLBACK;\n.quit\n");
            other.closeWriteChannel();
        });
        DatabasePtr db = DatabaseOpener::openInteractive(path, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(other.state(), QProcess::NotRunning, 30000);
        QVERIFY2(shownText.contains(QStringLiteral("busy.sqlite")), qPrintable(shownText));
        QVERIFY(db);
        QCOMPARE(*ContactService(db, QStringLiteral("t")).count(), 0);
    }

    // Tools › Check Database on a sound file says so; on a damaged one it says what is wrong and how
    // to get the data back.
    void checkDatabaseFromTheToolsMenu()
    {
        QTemporaryDir dir;
        const QString path = makeDemoDatabase(dir, QStringLiteral("checked.sqlite"));
        QVERIFY(!path.isEmpty());
        Result<DatabasePtr> opened = Database::open(path);
        QVERIFY(opened.ok());
        MainWindow window(*opened);
        QAction *check = window.findChild<QAction *>(QStringLiteral("checkDatabaseAction"));
        QVERIFY(check);
        bool inToolsMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(check))
                inToolsMenu = menu->text().contains(QStringLiteral("Tools"));
        }
        QVERIFY(inToolsMenu);
        QString shownText;
        whenShown<QMessageBox>(this, [&](QMessageBox *box) {
            shownText = box->text();
            clickRole(box, QMessageBox::AcceptRole);
        });
        check->trigger();
        QVERIFY2(shownText.contains(QStringLiteral("No problems")), qPrintable(shownText));
    }

    void checkDatabaseReportsDamage()
    {
        QTemporaryDir dir;
        const QString path = makeDemoDatabase(dir, QStringLiteral("damaged.sqlite"));
        QVERIFY(!path.isEmpty());
        QVERIFY(damageAnIndex(path));
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        QString shownText;
        QString details;
        whenShown<QMessageBox>(this, [&](QMessageBox *box) {
            shownText = box->text() + QLatin1Char('\n') + box->informativeText();
            details = box->detailedText();
            if (qEnvironmentVariableIsSet("PRISTRIY_SHOTS"))
                box->grab().save(qEnvironmentVariable("PRISTRIY_SHOTS") + QStringLiteral("/damaged.png"));
            clickRole(box, QMessageBox::AcceptRole);
        });
        DatabaseOpener::checkInteractive(*db, nullptr);
        QVERIFY2(shownText.contains(QStringLiteral("damaged.sqlite")) &&
                     shownText.contains(QStringLiteral("damaged")),
                 qPrintable(shownText));
        QVERIFY2(shownText.contains(QStringLiteral(".recover")), qPrintable(shownText));
        QVERIFY(!details.isEmpty());
    }

    // Damage is not met silently: the window checks the file in the background after it opened it and
    // says what is wrong and how to get the data back.
    void damageIsFoundInTheBackgroundAtStart()
    {
        QTemporaryDir dir;
        const QString path = makeDemoDatabase(dir, QStringLiteral("quietly-damaged.sqlite"));
        QVERIFY(!path.isEmpty());
        QVERIFY(damageAnIndex(path));
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        MainWindow window(*db);
        window.show();
        QString shownText;
        QString advice;
        whenShown<QMessageBox>(this, [&](QMessageBox *box) {
            shownText = box->text();
            advice = box->informativeText();
            clickRole(box, QMessageBox::AcceptRole);
        });
        window.checkDatabaseInBackground();
        QTRY_VERIFY_WITH_TIMEOUT(!shownText.isEmpty(), 30000);
        QVERIFY2(shownText.contains(QStringLiteral("quietly-damaged.sqlite")) &&
                     shownText.contains(QStringLiteral("damaged")),
                 qPrintable(shownText));
        QVERIFY2(advice.contains(QStringLiteral(".recover")), qPrintable(advice));
    }

    // pristriy --db "" (an unset shell variable) is refused, not taken for the default database.
    void emptyDbOptionIsRefused()
    {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(PRISTRIY_GUI_PATH), {QStringLiteral("--db"), QString()});
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 2);
        QVERIFY2(gui.readAllStandardError().contains("--db was given an empty file name"), "no message");
    }
};

QTEST_MAIN(TestDatabaseOpener)
#include "tst_databaseopener.moc"
