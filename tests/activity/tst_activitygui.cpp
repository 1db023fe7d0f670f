// The activity panel of a record card, "My tasks" in the main window and reminders, offscreen: adding a
// note, task and call through the panel's dialogs, refusals shown and nothing written, completing a task
// with Space, opening the related record, and a reminder popping up once.
#include "activity/activitydialogs.h"
#include "activity/activitypanel.h"
#include "activity/mytasksdock.h"
#include "activity/mytasksmodel.h"
#include "activity/mytaskspage.h"
#include "activity/noteservice.h"
#include "activity/reminderwatcher.h"
#include "activity/taskservice.h"
#include "activitytestbase.h"
#include "companyform.h"
#include "contactform.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

namespace {

// Runs fill on the next modal dialog of type T once it shows, then presses Save.
template<typename T>
void whenDialog(std::function<void(T *)> fill, bool save = true)
{
    QTimer::singleShot(0, [fill, save] {
        T *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())) != nullptr);
        fill(dialog);
        auto *buttons = dialog->template findChild<QDialogButtonBox *>();
        if (save)
            buttons->button(QDialogButtonBox::Save)->click();
        else
            dialog->reject();
    });
}

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    const QPixmap pixmap = w->grab();
    QVERIFY(!pixmap.isNull());
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestActivityGui : public QObject
{
    Q_OBJECT

private:
    ActivityFixture f;
    QByteArray m_user;

    void actAs(const char *login) { qputenv("USER", login); }

private slots:
    void init()
    {
        m_user = qgetenv("USER");
        f.setUp();
        actAs("ana");
    }
    void cleanup()
    {
        qputenv("USER", m_user);
        f.tearDown();
    }

    void panelAddsNoteTaskAndCall()
    {
        ActivityPanel panel(f.db, QStringLiteral("contact"), f.contact);
        panel.resize(640, 480);
        panel.show();
        auto *tabs = panel.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(3), QStringLiteral("Notes (0)"));

        whenDialog<NoteDialog>([](NoteDialog *d) {
            d->findChild<QPlainTextEdit *>(QStringLiteral("body"))
                ->setPlainText(QStringLiteral("Wants samples"));
        });
        panel.findChild<QPushButton *>(QStringLiteral("addNote"))->click();
        QTRY_COMPARE(tabs->tabText(3), QStringLiteral("Notes (1)"));
        QVERIFY(panel.findChild<QListWidget *>(QStringLiteral("notes"))
                    ->item(0)
                    ->text()
                    .startsWith(QStringLiteral("Wants samples")));

        whenDialog<TaskDialog>([](TaskDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Send samples"));
            d->findChild<QComboBox *>(QStringLiteral("priority"))->setCurrentIndex(2);
        });
        panel.findChild<QPushButton *>(QStringLiteral("addTask"))->click();
        QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Tasks (1)"));
        const Result<QList<Task>> tasks =
            TaskService(f.db, QStringLiteral("ana")).forRecord(QStringLiteral("contact"), f.contact, 10);
        QCOMPARE(tasks->size(), 1);
        QCOMPARE(tasks->first().priority, 2);
        QCOMPARE(tasks->first().companyId, f.company); // the contact's company comes along
        QCOMPARE(tasks->first().assignee, QStringLiteral("ana"));

        whenDialog<CallDialog>([](CallDialog *d) {
            // The contact's number is filled in.
            QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("phone"))->text(),
                     QStringLiteral("+40 721 234 567"));
            d->findChild<QSpinBox *>(QStringLiteral("minutes"))->setValue(3);
        });
        panel.findChild<QPushButton *>(QStringLiteral("logCall"))->click();
        QTRY_COMPARE(tabs->tabText(2), QStringLiteral("Calls (1)"));

        // Completing the task from the panel's list.
        auto *taskList = panel.findChild<QTreeWidget *>(QStringLiteral("tasks"));
        taskList->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(TaskService(f.db, QStringLiteral("ana")).get(tasks->first().id)->status,
                     Task::Status::Done);

        // The timeline has it all, newest first.
        auto *timeline = panel.findChild<QListView *>(QStringLiteral("timeline"));
        QTRY_VERIFY(timeline->model()->rowCount() >= 4);
        tabs->setCurrentIndex(0);
        saveShot(&panel, QStringLiteral("activity-panel.png"));
    }

    void badInputKeepsTheDialogOpenAndSaysWhy()
    {
        ActivityPanel panel(f.db, QStringLiteral("deal"), f.deal);
        panel.show();
        const QString before = f.snapshot();
        QString shown;
        QTimer::singleShot(0, [&shown] {
            auto *d = qobject_cast<TaskDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            d->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("   "));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            // The panel shows the dialog again with the reason; read it, then give up.
            QTimer::singleShot(100, [&shown] {
                auto *again = qobject_cast<TaskDialog *>(QApplication::activeModalWidget());
                if (!again)
                    return;
                auto *error = again->findChild<QLabel *>(QStringLiteral("error"));
                shown = error->isVisible() ? error->text() : QString();
                again->reject();
            });
        });
        panel.addTask();
        QVERIFY2(shown.contains(QStringLiteral("title")), qPrintable(shown));
        QCOMPARE(f.snapshot(), before);
    }

    void refusedRecordIsShownAsSuch()
    {
        actAs("ivan");
        ActivityPanel panel(f.db, QStringLiteral("deal"), f.deal);
        panel.show();
        auto *error = panel.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("ana")), qPrintable(error->text()));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("addNote"))->isEnabled());
    }

    void contactAndCompanyFormsEmbedThePanel()
    {
        actAs(qPrintable(f.admin));
        ContactForm contact(f.db, f.contact);
        QVERIFY(contact.load());
        QVERIFY(contact.findChild<ActivityPanel *>() != nullptr);
        ContactForm fresh(f.db, 0);
        QVERIFY(fresh.findChild<ActivityPanel *>() == nullptr); // nothing to relate to yet
        CompanyForm company(f.db, f.company);
        QVERIFY(company.load());
        QVERIFY(company.findChild<ActivityPanel *>() != nullptr);
        NoteService(f.db, f.admin)
            .add(QStringLiteral("contact"), f.contact, QStringLiteral("Met at the fair"));
        contact.show();
        QTest::qWait(50);
        saveShot(&contact, QStringLiteral("activity-contactform.png"));
    }

    void myTasksCompleteWithSpaceAndOpenRecord()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Task overdue;
        overdue.title = QStringLiteral("Call Radu back");
        overdue.dueAt = now.addSecs(-3600);
        overdue.contactId = f.contact;
        const qint64 first = ActivityFixture::must(TaskService(f.db, QStringLiteral("ana")).create(overdue));
        Task second = overdue;
        second.title = QStringLiteral("Send the offer");
        second.dueAt = now.addSecs(-1800);
        second.dealId = f.deal;
        ActivityFixture::must(TaskService(f.db, QStringLiteral("ana")).create(second));
        MyTasksPage page(f.db);
        page.resize(600, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        MyTasksModel *model = page.model();
        QCOMPARE(model->count(TaskBucket::Overdue), 2);
        QTreeView *view = page.view();
        QVERIFY(view->isExpanded(model->groupIndex(TaskBucket::Overdue)));
        const QModelIndex firstTask = model->index(0, 0, model->groupIndex(TaskBucket::Overdue));
        QCOMPARE(firstTask.data().toString(), QStringLiteral("Call Radu back"));
        view->setCurrentIndex(firstTask);
        QSignalSpy open(&page, &MyTasksPage::openRecordRequested);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("contact"));
        QCOMPARE(open.first().at(1).toLongLong(), f.contact);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_COMPARE(model->count(TaskBucket::Overdue), 1);
        QCOMPARE(TaskService(f.db, QStringLiteral("ana")).get(first)->status, Task::Status::Done);
        QCOMPARE(f.scalar(QStringLiteral(
                     "SELECT count(*) FROM event WHERE type = 'task.completed' AND actor = 'ana'")),
                 1);
        // The cursor stays in the group, on the next task.
        QTRY_COMPARE(view->currentIndex().data().toString(), QStringLiteral("Send the offer"));

        // Wide, every column shows; narrow (the dock), the title keeps the room and the related
        // record moves into its text and tooltip.
        page.resize(900, 400);
        QTRY_VERIFY(!view->isColumnHidden(MyTasksModel::RelatedColumn));
        QVERIFY(!view->isColumnHidden(MyTasksModel::PriorityColumn));
        page.resize(300, 400);
        QTRY_VERIFY(view->isColumnHidden(MyTasksModel::RelatedColumn));
        QVERIFY(view->isColumnHidden(MyTasksModel::PriorityColumn));
        const QModelIndex offer = model->index(0, 0, model->groupIndex(TaskBucket::Overdue));
        const QString related = offer.siblingAtColumn(MyTasksModel::RelatedColumn).data().toString();
        QVERIFY(!related.isEmpty());
        QVERIFY(offer.data(Qt::ToolTipRole).toString().contains(related));
        QStyleOptionViewItem option;
        option.initFrom(view);
        const QSize narrowHint = view->itemDelegateForIndex(offer)->sizeHint(option, offer);
        page.resize(900, 400);
        QTRY_VERIFY(!view->isColumnHidden(MyTasksModel::RelatedColumn));
        QVERIFY(view->itemDelegateForIndex(offer)->sizeHint(option, offer).width() < narrowHint.width());
    }

    void myTasksDockStartsHiddenWithNothingToDo()
    {
        // ivan has no tasks: on the first start the dock stays out of the way; asked for, it says so.
        actAs("ivan");
        QSettings().remove(QStringLiteral("mainwindow/state"));
        MainWindow window(f.db);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MyTasksDock *dock = window.myTasksDock();
        QVERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(dock->page()
                    ->findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("No open tasks")));
        QVERIFY(!dock->page()->view()->isVisible());
        // A task given to him shows the list.
        Task t;
        t.title = QStringLiteral("Call Radu back");
        t.dueAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        t.assignee = QStringLiteral("ivan");
        ActivityFixture::must(TaskService(f.db, QStringLiteral("ivan")).create(t));
        QTRY_VERIFY(dock->page()->view()->isVisible());
        QCOMPARE(dock->page()->openTaskCount(), 1);
    }

    void mainWindowShowsMyTasksAndReminders()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Task t;
        t.title = QStringLiteral("Meeting with Radu");
        t.description = QStringLiteral("Bring the tile samples.");
        t.dueAt = now.addSecs(900);
        t.remindAt = now.addSecs(-1);
        t.contactId = f.contact;
        const qint64 id = ActivityFixture::must(TaskService(f.db, QStringLiteral("ana")).create(t));
        for (int i = 0; i < 6; ++i) {
            Task more;
            more.title = QStringLiteral("Follow-up %1").arg(i + 1);
            more.dueAt = now.addDays(i - 2).addSecs(3600);
            more.dealId = f.deal;
            more.priority = i % 3;
            ActivityFixture::must(TaskService(f.db, QStringLiteral("ana")).create(more));
        }
        MainWindow window(f.db);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MyTasksDock *dock = window.myTasksDock();
        QVERIFY(dock && dock->isVisible());
        QCOMPARE(dock->page()->model()->count(TaskBucket::Today) +
                     dock->page()->model()->count(TaskBucket::Upcoming) +
                     dock->page()->model()->count(TaskBucket::Overdue),
                 7);
        dock->reminders()->check();
        QTRY_COMPARE(dock->reminderBoxes().size(), 1);
        QMessageBox *box = dock->reminderBoxes().first();
        QCOMPARE(box->text(), QStringLiteral("Meeting with Radu"));
        QVERIFY(TaskService(f.db, QStringLiteral("ana")).get(id)->remindedAt.isValid());
        dock->reminders()->check(); // once only
        QCOMPARE(dock->reminderBoxes().size(), 1);
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("activity-mytasks.png"));
        saveShot(box, QStringLiteral("activity-reminder.png"));
        // "Open" in the reminder opens the contact.
        QPushButton *openButton = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QStringLiteral("Open"))
                openButton = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(openButton);
        actAs(qPrintable(f.admin));
        openButton->click();
        QTRY_VERIFY(window.findChild<ContactForm *>() != nullptr);
    }

    // With PRISTRIY_ACTIVITY_DEMO_DB (a `demo --deals 1000000` database): "My tasks" of a demo sales manager
    // in the main window, for the screenshot and a look at the time it takes to show.
    void demoDatabaseScreenshot()
    {
        const QString path = qEnvironmentVariable("PRISTRIY_ACTIVITY_DEMO_DB");
        if (path.isEmpty())
            QSKIP("PRISTRIY_ACTIVITY_DEMO_DB is not set");
        actAs("ana.popescu");
        Result<DatabasePtr> db = Database::open(path);
        QVERIFY(db.ok());
        QElapsedTimer timer;
        timer.start();
        MyTasksPage page(*db);
        page.resize(560, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        qInfo("My tasks of ana.popescu: %d tasks shown in %lld ms",
              page.model()->count(TaskBucket::Overdue) + page.model()->count(TaskBucket::Today) +
                  page.model()->count(TaskBucket::Upcoming),
              timer.elapsed());
        QVERIFY(page.model()->count(TaskBucket::Overdue) > 0);
        saveShot(&page, QStringLiteral("activity-mytasks-1m.png"));
    }
};

QTEST_MAIN(TestActivityGui)
#include "tst_activitygui.moc"
