// Tasks, calls, notes, sharing and the timeline: validation, permissions (a sales manager is refused what
// is not his and nothing changes), and the domain events written in the same transaction.
#include "activity/callservice.h"
#include "activity/noteservice.h"
#include "activity/shareservice.h"
#include "activity/taskservice.h"
#include "activity/timeline.h"
#include "activitytestbase.h"
#include "store/timestamps.h"

#include <QSignalSpy>

namespace {
const QString kAna = QStringLiteral("ana");
const QString kIvan = QStringLiteral("ivan");
const QString kOlena = QStringLiteral("olena");
} // namespace

class TestActivityServices : public QObject
{
    Q_OBJECT

private:
    ActivityFixture f;
    QDateTime m_now;

    qint64 anaTask(const QString &title, const QDateTime &due = {})
    {
        Task t;
        t.title = title;
        t.dueAt = due;
        t.dealId = f.deal;
        return ActivityFixture::must(TaskService(f.db, kAna).create(t));
    }

private slots:
    void init()
    {
        // Noon local time, so that "later today" exists.
        m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toUTC();
        Timestamps::setClockForTesting([this] { return m_now; });
        f.setUp();
    }
    void cleanup()
    {
        Timestamps::setClockForTesting({});
        f.tearDown();
    }

    void createTaskWritesRowAndEventTogether()
    {
        const qint64 before = f.lastEvent();
        QSignalSpy spy(f.db->notifier(), &ChangeNotifier::changed);
        Task t;
        t.title = QStringLiteral("  Send the offer  ");
        t.description = QStringLiteral("Line 1\nLine 2");
        t.dueAt = m_now.addDays(2);
        t.remindAt = m_now.addDays(2).addSecs(-3600);
        t.dealId = f.deal;
        t.contactId = f.contact;
        t.priority = 2;
        const Result<qint64> id = TaskService(f.db, kAna).create(t);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        QCOMPARE(f.eventsSince(before), QStringList{QStringLiteral("task.created")});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("task"));
        const Result<Task> read = TaskService(f.db, kAna).get(*id);
        QVERIFY(read.ok());
        QCOMPARE(read->title, QStringLiteral("Send the offer"));
        QCOMPARE(read->assignee, kAna); // empty assignee: the acting user
        QCOMPARE(read->createdBy, kAna);
        QCOMPARE(read->dueAt, t.dueAt);
        QCOMPARE(read->remindAt, t.remindAt);
        QCOMPARE(read->priority, 2);
        QCOMPARE(read->status, Task::Status::Open);
        QCOMPARE(read->description, t.description);
    }

    void badTasksAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("priority");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty title") << QStringLiteral("   ") << 1 << QStringLiteral("needs a title");
        QTest::newRow("priority") << QStringLiteral("Call back") << 7 << QStringLiteral("not 7");
        QTest::newRow("control character")
            << QString(QStringLiteral("Call") + QChar(1) + QStringLiteral("back")) << 1
            << QStringLiteral("U+0001");
    }
    void badTasksAreRefusedAndChangeNothing()
    {
        QFETCH(QString, title);
        QFETCH(int, priority);
        QFETCH(QString, expected);
        const QString before = f.snapshot();
        Task t;
        t.title = title;
        t.priority = priority;
        const Result<qint64> id = TaskService(f.db, kAna).create(t);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, StoreError::Code::Invalid);
        QVERIFY2(id.error().message.contains(expected), qPrintable(id.error().message));
        QCOMPARE(f.snapshot(), before);
    }

    void relatedRecordMustExist()
    {
        Task t;
        t.title = QStringLiteral("Ghost");
        t.dealId = 9999;
        const Result<qint64> id = TaskService(f.db, kAna).create(t);
        QCOMPARE(id.error().code, StoreError::Code::NotFound);
        QVERIFY(id.error().message.contains(QStringLiteral("9999")));
    }

    void salesManagerIsRefusedOthersTasks()
    {
        const qint64 task = anaTask(QStringLiteral("Prepare the contract"), m_now.addDays(1));
        const QString before = f.snapshot();
        TaskService ivan(f.db, kIvan);
        // Not his task, not a record he may see.
        QCOMPARE(ivan.get(task).error().code, StoreError::Code::Denied);
        QCOMPARE(ivan.complete(task).error().code, StoreError::Code::Denied);
        QCOMPARE(ivan.remove(task).error().code, StoreError::Code::Denied);
        Task edit = *TaskService(f.db, kAna).get(task);
        edit.title = QStringLiteral("Hijacked");
        QCOMPARE(ivan.update(edit).error().code, StoreError::Code::Denied);
        // Nor may he make tasks on ana's deal, or for ana.
        Task t;
        t.title = QStringLiteral("Steal the deal");
        t.dealId = f.deal;
        const Result<qint64> onDeal = ivan.create(t);
        QCOMPARE(onDeal.error().code, StoreError::Code::Denied);
        QVERIFY2(onDeal.error().message.contains(QStringLiteral("ana")), qPrintable(onDeal.error().message));
        Task forAna;
        forAna.title = QStringLiteral("Do my work");
        forAna.assignee = kAna;
        QCOMPARE(ivan.create(forAna).error().code, StoreError::Code::Denied);
        TaskService::Filter filter;
        filter.assignee = kAna;
        QCOMPARE(ivan.list(filter).error().code, StoreError::Code::Denied);
        QCOMPARE(f.snapshot(), before);
        // A director sees and changes everything.
        TaskService olena(f.db, kOlena);
        QVERIFY(olena.get(task).ok());
        QCOMPARE(olena.list(filter)->size(), 1);
        QVERIFY(olena.complete(task).ok());
        // An unknown login is refused.
        QCOMPARE(TaskService(f.db, QStringLiteral("mallory")).get(task).error().code,
                 StoreError::Code::Denied);
    }

    void directorAssignsToOthers()
    {
        Task t;
        t.title = QStringLiteral("Visit the client");
        t.assignee = kIvan;
        const Result<qint64> id = TaskService(f.db, kOlena).create(t);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        QCOMPARE(TaskService(f.db, kIvan).get(*id)->assignee, kIvan);
        t.assignee = QStringLiteral("nobody");
        const Result<qint64> bad = TaskService(f.db, kOlena).create(t);
        QCOMPARE(bad.error().code, StoreError::Code::Invalid);
        QVERIFY(bad.error().message.contains(QStringLiteral("nobody")));
    }

    void completeReopenDeleteWriteTheirEvents()
    {
        const qint64 task = anaTask(QStringLiteral("Call back"), m_now.addSecs(3600));
        TaskService ana(f.db, kAna);
        const qint64 before = f.lastEvent();
        QVERIFY(ana.complete(task).ok());
        Result<Task> t = ana.get(task);
        QCOMPARE(t->status, Task::Status::Done);
        QCOMPARE(t->completedAt, m_now);
        QVERIFY(ana.complete(task).ok()); // already done: nothing more recorded
        QVERIFY(ana.reopen(task).ok());
        t = ana.get(task);
        QCOMPARE(t->status, Task::Status::Open);
        QVERIFY(!t->completedAt.isValid());
        Task edit = *t;
        edit.title = QStringLiteral("Call back about the tiles");
        QVERIFY(ana.update(edit).ok());
        QVERIFY(ana.remove(task).ok());
        QCOMPARE(ana.get(task).error().code, StoreError::Code::NotFound);
        QCOMPARE(f.eventsSince(before),
                 (QStringList{QStringLiteral("task.completed"), QStringLiteral("task.reopened"),
                              QStringLiteral("task.updated"), QStringLiteral("task.deleted")}));
        QCOMPARE(f.scalar(QStringLiteral(
                     "SELECT payload LIKE '%\"title\"%' FROM event WHERE type = 'task.updated'")),
                 1);
    }

    void myTasksBuckets()
    {
        const qint64 overdue = anaTask(QStringLiteral("Overdue"), m_now.addSecs(-60));
        const qint64 today = anaTask(QStringLiteral("Today"), m_now.addSecs(3600));
        const qint64 upcoming = anaTask(QStringLiteral("Upcoming"), m_now.addDays(3));
        const qint64 undated = anaTask(QStringLiteral("Someday"));
        const qint64 done = anaTask(QStringLiteral("Done"), m_now.addSecs(-7200));
        QVERIFY(TaskService(f.db, kAna).complete(done).ok());
        QCOMPARE(TaskService::bucketOf(m_now.addSecs(-60), m_now), TaskBucket::Overdue);
        QCOMPARE(TaskService::bucketOf(m_now.addSecs(3600), m_now), TaskBucket::Today);
        QCOMPARE(TaskService::bucketOf(m_now.addDays(3), m_now), TaskBucket::Upcoming);
        QCOMPARE(TaskService::bucketOf({}, m_now), TaskBucket::NoDueDate);
        const Result<QList<Task>> all = TaskService(f.db, kAna).list({});
        QVERIFY(all.ok());
        QList<qint64> ids;
        for (const Task &t : *all)
            ids << t.id;
        QCOMPARE(ids, (QList<qint64>{overdue, today, upcoming, undated})); // due order, undated last, no done
        TaskService::Filter filter;
        filter.overdueOnly = true;
        QCOMPARE(TaskService(f.db, kAna).list(filter)->size(), 1);
        QCOMPARE(TaskService(f.db, kIvan).list({})->size(), 0);
    }

    void remindersFireOnceAndAgainWhenMoved()
    {
        Task t;
        t.title = QStringLiteral("Meeting");
        t.dueAt = m_now.addSecs(1800);
        t.remindAt = m_now.addSecs(600);
        const qint64 id = ActivityFixture::must(TaskService(f.db, kAna).create(t));
        TaskService ana(f.db, kAna);
        QCOMPARE(ana.dueReminders()->size(), 0); // not yet
        m_now = m_now.addSecs(601);
        QCOMPARE(ana.dueReminders()->size(), 1);
        QCOMPARE(TaskService(f.db, kIvan).dueReminders()->size(), 0); // only the assignee's
        QCOMPARE(TaskService(f.db, kIvan).markReminded(id).error().code, StoreError::Code::Denied);
        QVERIFY(ana.markReminded(id).ok());
        QCOMPARE(ana.dueReminders()->size(), 0); // shown once
        Task moved = *ana.get(id);
        moved.remindAt = m_now.addSecs(60);
        QVERIFY(ana.update(moved).ok());
        m_now = m_now.addSecs(61);
        QCOMPARE(ana.dueReminders()->size(), 1);
        QVERIFY(ana.complete(id).ok());
        QCOMPARE(ana.dueReminders()->size(), 0); // done tasks remind no more
    }

    void incomingCallIsMatchedByNumber()
    {
        const qint64 before = f.lastEvent();
        Call c;
        c.direction = Call::Direction::In;
        c.phone = QStringLiteral("0721 234 567"); // national format of the contact's +40 721 234 567
        c.durationS = 95;
        c.notes = QStringLiteral("Asked about delivery");
        const Result<qint64> id = CallService(f.db, kAna).record(c);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        const Result<Call> read = CallService(f.db, kAna).get(*id);
        QCOMPARE(read->contactId, f.contact);
        QCOMPARE(read->companyId, f.company);
        QCOMPARE(read->normalized, QStringLiteral("+40721234567"));
        QCOMPARE(read->userLogin, kAna);
        QCOMPARE(read->startedAt, m_now);
        QCOMPARE(f.eventsSince(before), QStringList{QStringLiteral("call.recorded")});
        QCOMPARE(*CallService(f.db, kAna).matchContact(QStringLiteral("+40721234567")), f.contact);
        QCOMPARE(CallService(f.db, kAna).forRecord(QStringLiteral("contact"), f.contact, 10)->size(), 1);
    }

    void missedCallEmitsCallMissed()
    {
        const qint64 before = f.lastEvent();
        Call c;
        c.outcome = Call::Outcome::Missed;
        c.phone = QStringLiteral("+40 21 555 0101"); // the company's number
        const Result<qint64> id = CallService(f.db, kAna).record(c);
        QVERIFY(id.ok());
        const Result<Call> read = CallService(f.db, kAna).get(*id);
        QCOMPARE(read->outcome, Call::Outcome::Missed);
        QCOMPARE(read->contactId, 0);
        QCOMPARE(read->companyId, f.company);
        QCOMPARE(f.eventsSince(before), QStringList{QStringLiteral("call.missed")});
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM call WHERE outcome = 'missed'")), 1);
    }

    void badCallsAreRefused()
    {
        const QString before = f.snapshot();
        Call missedWithDuration;
        missedWithDuration.outcome = Call::Outcome::Missed;
        missedWithDuration.phone = QStringLiteral("0721234567");
        missedWithDuration.durationS = 30;
        QCOMPARE(CallService(f.db, kAna).record(missedWithDuration).error().code, StoreError::Code::Invalid);
        Call nobody;
        QVERIFY(
            CallService(f.db, kAna).record(nobody).error().message.contains(QStringLiteral("phone number")));
        Call letters;
        letters.phone = QStringLiteral("call me");
        QCOMPARE(CallService(f.db, kAna).record(letters).error().code, StoreError::Code::Invalid);
        Call future;
        future.phone = QStringLiteral("0721234567");
        future.startedAt = m_now.addDays(1);
        QCOMPARE(CallService(f.db, kAna).record(future).error().code, StoreError::Code::Invalid);
        Call negative;
        negative.phone = QStringLiteral("0721234567");
        negative.durationS = -1;
        QCOMPARE(CallService(f.db, kAna).record(negative).error().code, StoreError::Code::Invalid);
        // ivan may not log a call against ana's contact by hand.
        Call onAnas;
        onAnas.contactId = f.contact;
        QCOMPARE(CallService(f.db, kIvan).record(onAnas).error().code, StoreError::Code::Denied);
        QCOMPARE(f.snapshot(), before);
    }

    void callMatchingKeepsToVisibleContacts()
    {
        // ivan gets a call from ana's contact: recorded, but not linked to a contact he may not see.
        Call c;
        c.phone = QStringLiteral("+40 721 234 567");
        const Result<qint64> id = CallService(f.db, kIvan).record(c);
        QVERIFY(id.ok());
        QCOMPARE(CallService(f.db, kIvan).get(*id)->contactId, 0);
        QCOMPARE(CallService(f.db, kAna).get(*id).error().code, StoreError::Code::Denied);
        Call own;
        own.phone = QStringLiteral("0744 000 111");
        QCOMPARE(CallService(f.db, kIvan).get(*CallService(f.db, kIvan).record(own))->contactId,
                 f.ivanContact);
    }

    void notesNeedAccess()
    {
        const qint64 before = f.lastEvent();
        NoteService ana(f.db, kAna);
        const Result<qint64> id =
            ana.add(QStringLiteral("contact"), f.contact, QStringLiteral("Prefers e-mail\n"));
        QVERIFY(id.ok());
        QCOMPARE(ana.get(*id)->body, QStringLiteral("Prefers e-mail"));
        QCOMPARE(ana.get(*id)->author, kAna);
        const QString snap = f.snapshot();
        NoteService ivan(f.db, kIvan);
        QCOMPARE(ivan.add(QStringLiteral("contact"), f.contact, QStringLiteral("x")).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(ivan.update(*id, QStringLiteral("x")).error().code, StoreError::Code::Denied);
        QCOMPARE(ivan.remove(*id).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.add(QStringLiteral("contact"), f.contact, QStringLiteral("  ")).error().code,
                 StoreError::Code::Invalid);
        QCOMPARE(ana.add(QStringLiteral("planet"), 1, QStringLiteral("x")).error().code,
                 StoreError::Code::Invalid);
        QCOMPARE(f.snapshot(), snap);
        QVERIFY(ana.update(*id, QStringLiteral("Prefers phone")).ok());
        QVERIFY(NoteService(f.db, kOlena).remove(*id).ok()); // a director may
        QCOMPARE(ana.forRecord(QStringLiteral("contact"), f.contact, 10)->size(), 0);
        QCOMPARE(f.eventsSince(before),
                 (QStringList{QStringLiteral("note.added"), QStringLiteral("note.updated"),
                              QStringLiteral("note.deleted")}));
    }

    void sharingOpensRecordsToASalesManager()
    {
        DealService ivanDeals(f.db, kIvan);
        QCOMPARE(ivanDeals.get(f.deal).error().code, StoreError::Code::Denied);
        QCOMPARE(*ivanDeals.count({}), 0);
        QCOMPARE(ContactService(f.db, kIvan).get(f.contact).error().code, StoreError::Code::Denied);
        // ivan may not share ana's records, nor may ana share what is not hers.
        QCOMPARE(ShareService(f.db, kIvan).share(QStringLiteral("deal"), f.deal, kIvan).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(ShareService(f.db, kAna).share(QStringLiteral("contact"), f.ivanContact, kAna).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(ShareService(f.db, kAna)
                     .share(QStringLiteral("deal"), f.deal, QStringLiteral("nobody"))
                     .error()
                     .code,
                 StoreError::Code::Invalid);
        const qint64 before = f.lastEvent();
        QVERIFY(ShareService(f.db, kAna).share(QStringLiteral("deal"), f.deal, kIvan).ok());
        QVERIFY(ShareService(f.db, kAna).share(QStringLiteral("contact"), f.contact, kIvan).ok());
        QVERIFY(ShareService(f.db, kAna).share(QStringLiteral("deal"), f.deal, kIvan).ok()); // twice: no-op
        QCOMPARE(f.eventsSince(before),
                 (QStringList{QStringLiteral("record.shared"), QStringLiteral("record.shared")}));
        QCOMPARE(*ShareService(f.db, kAna).sharedWith(QStringLiteral("deal"), f.deal), QStringList{kIvan});
        // Now ivan sees and works on them.
        QVERIFY(ivanDeals.get(f.deal).ok());
        QCOMPARE(*ivanDeals.count({}), 1);
        QCOMPARE(ivanDeals.list({}, 10)->size(), 1);
        QVERIFY(ContactService(f.db, kIvan).get(f.contact).ok());
        QVERIFY(NoteService(f.db, kIvan)
                    .add(QStringLiteral("deal"), f.deal, QStringLiteral("Covering for ana"))
                    .ok());
        Task t;
        t.title = QStringLiteral("Follow up while ana is away");
        t.dealId = f.deal;
        QVERIFY(TaskService(f.db, kIvan).create(t).ok());
        const qint64 stage = f.sales.stageNamed(QStringLiteral("Agreement"))->id;
        QVERIFY(ivanDeals.moveToStage(f.deal, stage).ok());
        Deal d = *ivanDeals.get(f.deal);
        d.owner = kIvan;
        QCOMPARE(ivanDeals.update(d).error().code, StoreError::Code::Denied); // shared is not given
        QVERIFY(ShareService(f.db, kAna).unshare(QStringLiteral("deal"), f.deal, kIvan).ok());
        QCOMPARE(ivanDeals.get(f.deal).error().code, StoreError::Code::Denied);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM event WHERE type = 'record.unshared'")), 1);
    }

    void timelineNewestFirstAndPaged()
    {
        NoteService notes(f.db, kAna);
        m_now = m_now.addSecs(60);
        ActivityFixture::must(notes.add(QStringLiteral("deal"), f.deal, QStringLiteral("First note")));
        m_now = m_now.addSecs(60);
        const qint64 task = anaTask(QStringLiteral("Send the offer"), m_now.addDays(1));
        m_now = m_now.addSecs(60);
        Call c;
        c.phone = QStringLiteral("0721234567");
        c.dealId = f.deal;
        c.durationS = 125;
        ActivityFixture::must(CallService(f.db, kAna).record(c));
        m_now = m_now.addSecs(60);
        QVERIFY(DealService(f.db, kAna)
                    .moveToStage(f.deal, f.sales.stageNamed(QStringLiteral("Agreement"))->id)
                    .ok());
        m_now = m_now.addSecs(60);
        QVERIFY(TaskService(f.db, kAna).complete(task).ok());

        Timeline timeline(f.db, kAna);
        const Result<QList<TimelineEntry>> all = timeline.page(QStringLiteral("deal"), f.deal, 0, 50);
        QVERIFY2(all.ok(), qPrintable(all.error().fullText()));
        QStringList titles;
        for (const TimelineEntry &e : *all)
            titles << e.title;
        // Newest first: the task done last, the stage change, the call, the note, the first placement.
        QCOMPARE(all->at(0).kind, TimelineEntry::Kind::Task);
        QCOMPARE(all->at(0).title, QStringLiteral("Task done: Send the offer"));
        QCOMPARE(all->at(1).kind, TimelineEntry::Kind::StageChange);
        QCOMPARE(all->at(1).title, QStringLiteral("Stage: Presentation → Agreement"));
        QCOMPARE(all->at(2).kind, TimelineEntry::Kind::Call);
        QVERIFY2(all->at(2).title.contains(QStringLiteral("2 min 5 s")), qPrintable(all->at(2).title));
        QCOMPARE(all->at(3).kind, TimelineEntry::Kind::Note);
        QVERIFY(titles.contains(QStringLiteral("Placed in stage Presentation")));
        QVERIFY(titles.contains(QStringLiteral("Created"))); // deal.created
        for (int i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).at >= all->at(i).at);
        // Pages join up to the whole.
        QList<TimelineEntry> paged;
        for (int offset = 0;; offset += 2) {
            const Result<QList<TimelineEntry>> page =
                timeline.page(QStringLiteral("deal"), f.deal, offset, 2);
            QVERIFY(page.ok());
            paged += *page;
            if (page->size() < 2)
                break;
        }
        QCOMPARE(paged.size(), all->size());
        for (int i = 0; i < paged.size(); ++i)
            QCOMPARE(paged.at(i).title, all->at(i).title);
        // The contact's timeline shows its deal's stage changes, named by the deal.
        const Result<QList<TimelineEntry>> contact =
            timeline.page(QStringLiteral("contact"), f.contact, 0, 50);
        bool stageSeen = false;
        for (const TimelineEntry &e : *contact) {
            if (e.title == QStringLiteral("Showroom floor — Stage: Presentation → Agreement")) {
                stageSeen = true;
                QCOMPARE(e.relatedEntity, QStringLiteral("deal")); // a double click opens the deal
                QCOMPARE(e.relatedId, f.deal);
            }
        }
        QVERIFY(stageSeen);
        // Refused to whoever may not see the record.
        QCOMPARE(Timeline(f.db, kIvan).page(QStringLiteral("deal"), f.deal, 0, 10).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(timeline.page(QStringLiteral("deal"), f.deal, -1, 10).error().code,
                 StoreError::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestActivityServices)
#include "tst_activityservices.moc"
