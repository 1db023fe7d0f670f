// MyTasksModel and TimelineModel under QAbstractItemModelTester: groups, counts, paging, completing a task
// from the model, and a timeline read page by page.
#include "activity/callservice.h"
#include "activity/mytasksmodel.h"
#include "activity/noteservice.h"
#include "activity/taskservice.h"
#include "activity/timelinemodel.h"
#include "activitytestbase.h"
#include "store/timestamps.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

class TestActivityModels : public QObject
{
    Q_OBJECT

private:
    ActivityFixture f;
    QDateTime m_now;

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toUTC();
        Timestamps::setClockForTesting([this] { return m_now; });
        f.setUp();
    }
    void cleanup()
    {
        Timestamps::setClockForTesting({});
        f.tearDown();
    }

    void groupsCountsAndPages()
    {
        // 300 overdue (more than two pages), 2 today, 5 upcoming, 1 undated, and ivan's and done ones.
        {
            QSqlQuery q(f.db->connection());
            q.exec(QStringLiteral("BEGIN"));
            q.prepare(QStringLiteral(
                "INSERT INTO task (title, due_at, assignee, deal_id, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
            const auto add = [&](const QString &title, const QDateTime &due, const QString &who,
                                 const QString &status) {
                q.addBindValue(title);
                q.addBindValue(due.isValid() ? QVariant(Timestamps::toText(due))
                                             : QVariant(QMetaType(QMetaType::QString)));
                q.addBindValue(who);
                q.addBindValue(f.deal);
                q.addBindValue(status);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            };
            for (int i = 0; i < 300; ++i)
                add(QStringLiteral("Overdue %1").arg(i, 3, 10, QLatin1Char('0')),
                    m_now.addSecs(-3600 * (300 - i)), QStringLiteral("ana"), QStringLiteral("open"));
            add(QStringLiteral("Today A"), m_now.addSecs(60), QStringLiteral("ana"), QStringLiteral("open"));
            add(QStringLiteral("Today B"), m_now.addSecs(120), QStringLiteral("ana"), QStringLiteral("open"));
            for (int i = 0; i < 5; ++i)
                add(QStringLiteral("Upcoming %1").arg(i), m_now.addDays(i + 2), QStringLiteral("ana"),
                    QStringLiteral("open"));
            add(QStringLiteral("Someday"), {}, QStringLiteral("ana"), QStringLiteral("open"));
            add(QStringLiteral("Ivan's"), m_now.addSecs(60), QStringLiteral("ivan"), QStringLiteral("open"));
            add(QStringLiteral("Done"), m_now.addSecs(60), QStringLiteral("ana"), QStringLiteral("done"));
            q.exec(QStringLiteral("COMMIT"));
        }
        MyTasksModel model(f.db, QStringLiteral("ana"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.count(TaskBucket::Overdue), 300);
        QCOMPARE(model.count(TaskBucket::Today), 2);
        QCOMPARE(model.count(TaskBucket::Upcoming), 5);
        QCOMPARE(model.count(TaskBucket::NoDueDate), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Overdue (300)"));
        const QModelIndex overdue = model.index(0, 0);
        QCOMPARE(model.rowCount(overdue), 300);
        // Due order across page boundaries (128 rows a page).
        QCOMPARE(model.index(0, 0, overdue).data().toString(), QStringLiteral("Overdue 000"));
        QCOMPARE(model.index(129, 0, overdue).data().toString(), QStringLiteral("Overdue 129"));
        QCOMPARE(model.index(299, 0, overdue).data().toString(), QStringLiteral("Overdue 299"));
        const QModelIndex today = model.index(1, 0);
        QCOMPARE(model.index(0, 0, today).data().toString(), QStringLiteral("Today A"));
        QCOMPARE(model.index(0, MyTasksModel::RelatedColumn, today).data().toString(),
                 QStringLiteral("Showroom floor"));
        QCOMPARE(model.index(0, 0, today).data(MyTasksModel::RelatedEntityRole).toString(),
                 QStringLiteral("deal"));
        QCOMPARE(model.index(0, 0, today).data(MyTasksModel::RelatedIdRole).toLongLong(), f.deal);
        QCOMPARE(model.index(0, 0, model.index(3, 0)).data().toString(), QStringLiteral("Someday"));
        QCOMPARE(model.index(0, 0, today).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Checking a task completes it (with its event) and it leaves the list after the refresh.
        const qint64 before = f.lastEvent();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setData(model.index(0, 0, today), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(f.eventsSince(before), QStringList{QStringLiteral("task.completed")});
        QVERIFY(reset.wait(2000));
        QCOMPARE(model.count(TaskBucket::Today), 1);
        QCOMPARE(model.index(0, 0, model.index(1, 0)).data().toString(), QStringLiteral("Today B"));

        // Time passes: what was due today becomes overdue.
        m_now = m_now.addSecs(600);
        model.refresh();
        QCOMPARE(model.count(TaskBucket::Today), 0);
        QCOMPARE(model.count(TaskBucket::Overdue), 301);
    }

    void salesManagerCannotLookAtOthers()
    {
        MyTasksModel model(f.db, QStringLiteral("ivan"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssignee(QStringLiteral("ana"));
        QVERIFY(model.lastError().contains(QStringLiteral("sales manager")));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        MyTasksModel director(f.db, QStringLiteral("olena"));
        Task t;
        t.title = QStringLiteral("For ana");
        t.dueAt = m_now.addDays(3);
        QVERIFY(TaskService(f.db, QStringLiteral("ana")).create(t).ok());
        director.setAssignee(QStringLiteral("ana"));
        QVERIFY(director.lastError().isEmpty());
        QCOMPARE(director.count(TaskBucket::Upcoming), 1);
    }

    void timelinePagesIn()
    {
        NoteService notes(f.db, QStringLiteral("ana"));
        for (int i = 0; i < 120; ++i) {
            m_now = m_now.addSecs(60);
            ActivityFixture::must(
                notes.add(QStringLiteral("deal"), f.deal, QStringLiteral("Note %1").arg(i)));
        }
        TimelineModel model(f.db, QStringLiteral("ana"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecord(QStringLiteral("deal"), f.deal);
        QCOMPARE(model.rowCount(), TimelineModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, 0).data(TimelineModel::DetailRole).toString(), QStringLiteral("Note 119"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 120 + 2); // the notes, the deal's creation and its first placement
        QCOMPARE(model.index(119, 0).data(TimelineModel::DetailRole).toString(), QStringLiteral("Note 0"));
        // A new call shows on top after the change is noticed.
        m_now = m_now.addSecs(60);
        Call c;
        c.outcome = Call::Outcome::Missed;
        c.dealId = f.deal;
        c.phone = QStringLiteral("0721234567");
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ActivityFixture::must(CallService(f.db, QStringLiteral("ana")).record(c));
        QVERIFY(reset.wait(2000));
        QCOMPARE(model.index(0, 0).data(TimelineModel::KindRole).toInt(), int(TimelineEntry::Kind::Call));
        QCOMPARE(model.index(0, 0).data(TimelineModel::StateRole).toString(), QStringLiteral("missed"));
        QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("Missed incoming call")));
        // Refused records show nothing and say why.
        TimelineModel refused(f.db, QStringLiteral("ivan"));
        refused.setRecord(QStringLiteral("deal"), f.deal);
        QCOMPARE(refused.rowCount(), 0);
        QVERIFY(!refused.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivityModels)
#include "tst_activitymodels.moc"
