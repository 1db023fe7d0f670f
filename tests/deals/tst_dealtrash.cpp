// Deals in the trash: they leave the board, lists, funnel, My Tasks and the timelines together with their
// tasks and calls, come back with exactly those, and leave nothing behind when deleted for good.
// Permissions as for contacts; a refused or failed call changes nothing. Also: a new deal created with
// its custom values and line items in one transaction, and line items keeping unit and tax rate.
#include "../testutil.h"
#include "activity/callservice.h"
#include "activity/noteservice.h"
#include "activity/shareservice.h"
#include "activity/taskservice.h"
#include "activity/timeline.h"
#include "crm/contactservice.h"
#include "crm/customfieldservice.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "models/dealboardmodel.h"
#include "report/funnelquery.h"
#include "store/systemuser.h"

#include <QSignalSpy>
#include <QSqlQuery>

namespace {

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Everything a trash call may touch.
QString snapshot(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral(
        "SELECT (SELECT group_concat(id || ':' || coalesce(deleted_at, '-')) FROM deal) || '|' || "
        "(SELECT group_concat(id || ':' || coalesce(deleted_at, '-') || ':' || trashed_with_deal) FROM task) "
        "|| '|' || (SELECT group_concat(id || ':' || coalesce(deleted_at, '-')) FROM call) || '|' || "
        "(SELECT count(*) FROM event)"));
    q.next();
    return q.value(0).toString();
}

} // namespace

class TestDealTrash : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;
    Pipeline m_sales;
    QString m_admin;
    qint64 m_contact = 0;

    qint64 newDeal(const QString &owner, const QString &title = QStringLiteral("Office fit-out"))
    {
        Deal d;
        d.title = title;
        d.pipelineId = m_sales.id;
        d.amountMinor = 150000;
        d.currency = QStringLiteral("EUR");
        d.owner = owner;
        d.contactId = m_contact;
        const Result<qint64> id = DealService(m_db, m_admin).create(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

    qint64 newTask(const QString &assignee, qint64 dealId, const QString &title)
    {
        Task t;
        t.title = title;
        t.assignee = assignee;
        t.dealId = dealId;
        t.contactId = m_contact;
        t.dueAt = QDateTime::currentDateTimeUtc().addDays(-1); // overdue: first in My Tasks
        t.remindAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        const Result<qint64> id = TaskService(m_db, m_admin).create(t);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

    qint64 newCall(qint64 dealId)
    {
        Call c;
        c.phone = QStringLiteral("+40 721 000 111");
        c.contactId = m_contact;
        c.dealId = dealId;
        c.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        c.userLogin = QStringLiteral("ana");
        const Result<qint64> id = CallService(m_db, m_admin).record(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

    QList<qint64> myTaskIds(const QString &login)
    {
        QList<qint64> ids;
        const Result<QList<Task>> tasks = TaskService(m_db, login).list({});
        for (const Task &t : *tasks)
            ids.append(t.id);
        return ids;
    }

    // The kinds and ids on the contact's timeline, "task:3", "call:1", "stage:7".
    QStringList contactTimeline()
    {
        const Result<QList<TimelineEntry>> entries =
            Timeline(m_db, m_admin).page(QStringLiteral("contact"), m_contact, 0, 100);
        if (!entries)
            qFatal("%s", qPrintable(entries.error().fullText()));
        QStringList out;
        for (const TimelineEntry &e : *entries) {
            if (e.kind == TimelineEntry::Kind::Task)
                out << QStringLiteral("task:%1").arg(e.id);
            else if (e.kind == TimelineEntry::Kind::Call)
                out << QStringLiteral("call:%1").arg(e.id);
            else if (e.kind == TimelineEntry::Kind::StageChange)
                out << QStringLiteral("stage:%1").arg(e.relatedId);
        }
        out.sort();
        return out;
    }

    qint64 funnelDeals()
    {
        FunnelFilter filter;
        filter.pipelineId = m_sales.id;
        const Result<FunnelReport> report = FunnelQuery(m_db, m_admin).compute(filter);
        if (!report)
            qFatal("%s", qPrintable(report.error().fullText()));
        return report->deals;
    }

    qint64 boardCount()
    {
        DealBoardModel board(m_db, m_sales.id, m_admin);
        qint64 n = 0;
        for (int row = 0; row < board.rowCount(); ++row)
            n += board.countAt(row);
        return n;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        m_admin = SystemUser::login();
        UserService users(m_db, m_admin);
        QVERIFY(users.current().ok());
        const std::pair<const char *, User::Role> people[] = {{"ana", User::Role::SalesManager},
                                                              {"ivan", User::Role::SalesManager},
                                                              {"olena", User::Role::Director}};
        for (const auto &[login, role] : people) {
            User u;
            u.login = QString::fromLatin1(login);
            u.role = role;
            QVERIFY(users.create(u).ok());
        }
        const Result<Pipeline> sales = PipelineService(m_db, m_admin).pipelineNamed(QStringLiteral("Sales"));
        QVERIFY(sales.ok());
        m_sales = *sales;
        Contact c;
        c.givenName = QStringLiteral("Ștefan");
        c.familyName = QStringLiteral("Popescu");
        c.owner = QStringLiteral("ana");
        const Result<qint64> contact = ContactService(m_db, m_admin).create(c);
        QVERIFY2(contact.ok(), qPrintable(contact.error().fullText()));
        m_contact = *contact;
    }
    void cleanup()
    {
        m_db.reset();
        m_tmp.reset();
    }

    void trashHidesTheDealAndItsActivitiesRestoreBringsThemBack()
    {
        const qint64 kept = newDeal(QStringLiteral("ana"), QStringLiteral("Kept"));
        const qint64 id = newDeal(QStringLiteral("ana"));
        DealService ana(m_db, QStringLiteral("ana"));
        QVERIFY(ana.moveToStage(id, m_sales.stageNamed(QStringLiteral("Agreement"))->id).ok());
        QVERIFY(ana.setLineItems(id, {LineItem{0, 0, QStringLiteral("Design"), 1000, 50000, 0, 0, {}, 1900}})
                    .ok());
        const qint64 task = newTask(QStringLiteral("ana"), id, QStringLiteral("Send the proposal"));
        const qint64 deletedBefore = newTask(QStringLiteral("ana"), id, QStringLiteral("Deleted by itself"));
        QVERIFY(TaskService(m_db, m_admin).remove(deletedBefore).ok());
        const qint64 otherTask = newTask(QStringLiteral("ana"), kept, QStringLiteral("Call back"));
        const qint64 call = newCall(id);
        const qint64 otherCall = newCall(kept);
        QVERIFY(
            NoteService(m_db, m_admin).add(QStringLiteral("deal"), id, QStringLiteral("Budget 1.5k")).ok());

        const QStringList timelineBefore = contactTimeline();
        QVERIFY(timelineBefore.contains(QStringLiteral("task:%1").arg(task)));
        QVERIFY(timelineBefore.contains(QStringLiteral("call:%1").arg(call)));
        QVERIFY(timelineBefore.contains(QStringLiteral("stage:%1").arg(id)));
        QCOMPARE(myTaskIds(QStringLiteral("ana")), (QList<qint64>{task, otherTask}));
        QCOMPARE(TaskService(m_db, QStringLiteral("ana")).dueReminders().value().size(), 2);
        QCOMPARE(boardCount(), 2);
        QCOMPARE(funnelDeals(), 2);
        const qint64 itemsBefore = scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_line_item"));

        QSignalSpy spy(m_db->notifier(), &ChangeNotifier::changed);
        const Status trashed = ana.moveToTrash({id});
        QVERIFY2(trashed.ok(), qPrintable(trashed.error().fullText()));
        QStringList notified;
        for (const QList<QVariant> &args : std::as_const(spy))
            notified << args.at(0).toString();
        QVERIFY(notified.contains(QStringLiteral("deal")));
        QVERIFY(notified.contains(QStringLiteral("task")));
        QVERIFY(notified.contains(QStringLiteral("call")));

        // Gone from everything a user looks at; nothing of it is lost.
        QCOMPARE(ana.get(id).error().code, StoreError::Code::NotFound);
        QCOMPARE(*ana.count({}), 1);
        DealFilter inTrash;
        inTrash.trash = true;
        QCOMPARE(*ana.count(inTrash), 1);
        QCOMPARE(ana.list(inTrash, 10)->first().id, id);
        QCOMPARE(boardCount(), 1);
        QCOMPARE(funnelDeals(), 1);
        QCOMPARE(myTaskIds(QStringLiteral("ana")), QList<qint64>{otherTask});
        QCOMPARE(TaskService(m_db, QStringLiteral("ana")).dueReminders().value().size(), 1);
        QCOMPARE(TaskService(m_db, m_admin).forRecord(QStringLiteral("contact"), m_contact, 10)->size(), 1);
        QCOMPARE(CallService(m_db, m_admin).forRecord(QStringLiteral("contact"), m_contact, 10)->size(), 1);
        QCOMPARE(CallService(m_db, m_admin).forRecord(QStringLiteral("contact"), m_contact, 10)->first().id,
                 otherCall);
        const QStringList timelineTrashed = contactTimeline();
        QVERIFY(!timelineTrashed.contains(QStringLiteral("task:%1").arg(task)));
        QVERIFY(!timelineTrashed.contains(QStringLiteral("call:%1").arg(call)));
        QVERIFY(!timelineTrashed.contains(QStringLiteral("stage:%1").arg(id)));
        QVERIFY(timelineTrashed.contains(QStringLiteral("task:%1").arg(otherTask)));
        QVERIFY(timelineTrashed.contains(QStringLiteral("stage:%1").arg(kept)));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_line_item")), itemsBefore);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM event WHERE type = 'deal.trashed' AND "
                                             "entity_id = %1 AND actor = 'ana'")
                                  .arg(id)),
                 1);
        // Trashing again changes nothing.
        const QString again = snapshot(m_db);
        QVERIFY(ana.moveToTrash({id}).ok());
        QCOMPARE(snapshot(m_db), again);

        // Restored: everything that went with it is back; the task deleted by itself stays deleted.
        const Status restored = ana.restore({id});
        QVERIFY2(restored.ok(), qPrintable(restored.error().fullText()));
        QCOMPARE(ana.get(id)->stageId, m_sales.stageNamed(QStringLiteral("Agreement"))->id);
        QCOMPARE(ana.lineItems(id)->size(), 1);
        QCOMPARE(contactTimeline(), timelineBefore);
        QCOMPARE(myTaskIds(QStringLiteral("ana")), (QList<qint64>{task, otherTask}));
        QCOMPARE(TaskService(m_db, m_admin).get(deletedBefore).error().code, StoreError::Code::NotFound);
        QCOMPARE(boardCount(), 2);
        QCOMPARE(funnelDeals(), 2);
        QCOMPARE(*ana.count(inTrash), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM task WHERE trashed_with_deal = 1")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM event WHERE type = 'deal.restored' AND "
                                             "entity_id = %1")
                                  .arg(id)),
                 1);
    }

    void purgeRemovesEverythingOfTheDeal()
    {
        const qint64 id = newDeal(QStringLiteral("ana"));
        const qint64 kept = newDeal(QStringLiteral("ana"), QStringLiteral("Kept"));
        CustomField area;
        area.entity = QStringLiteral("deal");
        area.key = QStringLiteral("area");
        area.label = QStringLiteral("Area");
        area.type = CustomField::Type::Number;
        QVERIFY(CustomFieldService(m_db, m_admin).define(area).ok());
        DealService admin(m_db, m_admin);
        Deal d = *admin.get(id);
        QVERIFY(admin.update(d, {{QStringLiteral("area"), 30}}).ok());
        QVERIFY(admin.setLineItems(id, {LineItem{0, 0, QStringLiteral("Design"), 1000, 50000, 0, 0, {}, 0}})
                    .ok());
        newTask(QStringLiteral("ana"), id, QStringLiteral("Send the proposal"));
        const qint64 keptTask = newTask(QStringLiteral("ana"), kept, QStringLiteral("Call back"));
        newCall(id);
        const qint64 keptCall = newCall(kept);
        QVERIFY(NoteService(m_db, m_admin).add(QStringLiteral("deal"), id, QStringLiteral("Budget")).ok());
        QVERIFY(ShareService(m_db, m_admin).share(QStringLiteral("deal"), id, QStringLiteral("ivan")).ok());

        // A live deal is not deleted for good.
        DealService ana(m_db, QStringLiteral("ana"));
        QVERIFY(ana.purge({id}).ok());
        QVERIFY(ana.get(id).ok());

        QVERIFY(ana.moveToTrash({id}).ok());
        const Status purged = ana.purge({id});
        QVERIFY2(purged.ok(), qPrintable(purged.error().fullText()));
        const QString of = QStringLiteral(" WHERE deal_id = %1").arg(id);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal WHERE id = %1").arg(id)), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM task") + of), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM call") + of), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM call WHERE deal_id IS NULL")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_line_item") + of), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_stage_history") + of), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM note WHERE entity = 'deal'")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM record_share WHERE entity = 'deal'")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM custom_value")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM event WHERE type = 'deal.purged'")), 1);
        // The other deal keeps its own.
        QVERIFY(TaskService(m_db, m_admin).get(keptTask).ok());
        QVERIFY(CallService(m_db, m_admin).get(keptCall).ok());
        QVERIFY(ana.get(kept).ok());
        QCOMPARE(ana.restore({id}).ok(), true); // nothing left to restore: nothing happens
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal WHERE id = %1").arg(id)), 0);
    }

    void salesManagerTrashesOnlyWhatHeMayChange()
    {
        const qint64 ivans = newDeal(QStringLiteral("ivan"));
        const qint64 shared = newDeal(QStringLiteral("ivan"), QStringLiteral("Shared"));
        const qint64 anas = newDeal(QStringLiteral("ana"), QStringLiteral("Her own"));
        newTask(QStringLiteral("ivan"), ivans, QStringLiteral("Ivan's task"));
        QVERIFY(
            ShareService(m_db, m_admin).share(QStringLiteral("deal"), shared, QStringLiteral("ana")).ok());
        DealService ana(m_db, QStringLiteral("ana"));

        // One refused deal refuses the whole call.
        const QString before = snapshot(m_db);
        const Status refused = ana.moveToTrash({anas, ivans});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, StoreError::Code::Denied);
        QVERIFY2(refused.error().message.contains(QStringLiteral("ivan")),
                 qPrintable(refused.error().message));
        QCOMPARE(snapshot(m_db), before);

        QVERIFY(ana.moveToTrash({anas, shared}).ok());
        DealFilter inTrash;
        inTrash.trash = true;
        QCOMPARE(*ana.count(inTrash), 2);
        QCOMPARE(*DealService(m_db, QStringLiteral("ivan")).count(inTrash), 1); // his shared one

        // The director trashes anybody's, and Ana cannot restore or purge Ivan's.
        QVERIFY(DealService(m_db, QStringLiteral("olena")).moveToTrash({ivans}).ok());
        QCOMPARE(*ana.count(inTrash), 2);
        QCOMPARE(ana.restore({ivans}).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.purge({ivans}).error().code, StoreError::Code::Denied);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal WHERE id = %1").arg(ivans)), 1);
        // Strangers are refused.
        QCOMPARE(DealService(m_db, QStringLiteral("nobody")).moveToTrash({anas}).error().code,
                 StoreError::Code::Denied);
    }

    void failedTrashChangesNothing()
    {
        const qint64 id = newDeal(QStringLiteral("ana"));
        newTask(QStringLiteral("ana"), id, QStringLiteral("Send the proposal"));
        newCall(id);
        QSqlQuery t(m_db->connection());
        QVERIFY(t.exec(QStringLiteral("CREATE TEMP TRIGGER no_events BEFORE INSERT ON event "
                                      "BEGIN SELECT RAISE(ABORT, 'event table refused'); END")));
        QSignalSpy spy(m_db->notifier(), &ChangeNotifier::changed);
        const QString before = snapshot(m_db);
        const Status s = DealService(m_db, QStringLiteral("ana")).moveToTrash({id});
        QVERIFY(!s.ok());
        QCOMPARE(snapshot(m_db), before);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(myTaskIds(QStringLiteral("ana")).size(), 1);
    }

    void createWritesItemsAndCustomValuesInOneTransaction()
    {
        CustomField area;
        area.entity = QStringLiteral("deal");
        area.key = QStringLiteral("area");
        area.label = QStringLiteral("Area");
        area.type = CustomField::Type::Number;
        QVERIFY(CustomFieldService(m_db, m_admin).define(area).ok());
        Deal d;
        d.title = QStringLiteral("Kitchen");
        d.pipelineId = m_sales.id;
        d.currency = QStringLiteral("RON");
        d.amountFromItems = true;
        const QList<LineItem> items = {
            LineItem{0, 0, QStringLiteral("Laminate"), 12500, 4500, 500, 0, QStringLiteral("m²"), 1900},
            LineItem{0, 0, QStringLiteral("Labour"), 2000, 10000, 0, 0, QStringLiteral("h"), 0}};
        DealService ana(m_db, QStringLiteral("ana"));
        const Result<qint64> id = ana.create(d, {{QStringLiteral("area"), 30}}, items);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        QCOMPARE(ana.get(*id)->amountMinor, 53438 + 20000);
        const Result<QList<LineItem>> stored = ana.lineItems(*id);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->first().unit, QStringLiteral("m²"));
        QCOMPARE(stored->first().taxBp, 1900);
        QCOMPARE(stored->first().totalMinor, 53438);
        QCOMPARE(stored->last().unit, QStringLiteral("h"));
        QCOMPARE(ana.customValues(*id)->value(QStringLiteral("area")).toString(), QStringLiteral("30"));

        // A bad line refuses the whole deal.
        const qint64 deals = scalar(m_db, QStringLiteral("SELECT count(*) FROM deal"));
        const qint64 events = scalar(m_db, QStringLiteral("SELECT count(*) FROM event"));
        QList<LineItem> bad = items;
        bad[1].taxBp = 12000;
        const Result<qint64> refused = ana.create(d, {}, bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Labour")),
                 qPrintable(refused.error().message));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal")), deals);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM event")), events);
    }

    void lineItemsKeepUnitAndTax()
    {
        const qint64 id = newDeal(QStringLiteral("ana"));
        DealService ana(m_db, QStringLiteral("ana"));
        LineItem item{0, 0, QStringLiteral("Paint"), 3000, 2599, 0, 0, QStringLiteral("l"), 900};
        const Result<qint64> itemId = ana.addLineItem(id, item);
        QVERIFY2(itemId.ok(), qPrintable(itemId.error().fullText()));
        QCOMPARE(ana.lineItems(id)->first().taxBp, 900);
        item.id = *itemId;
        item.unit = QStringLiteral("can");
        item.taxBp = 1900;
        QVERIFY(ana.updateLineItem(id, item).ok());
        QCOMPARE(ana.lineItems(id)->first().unit, QStringLiteral("can"));
        QCOMPARE(ana.lineItems(id)->first().taxBp, 1900);
        item.taxBp = -5;
        QCOMPARE(ana.updateLineItem(id, item).error().code, StoreError::Code::Invalid);
        QCOMPARE(ana.lineItems(id)->first().taxBp, 1900);
    }
};

QTEST_GUILESS_MAIN(TestDealTrash)
#include "tst_dealtrash.moc"
