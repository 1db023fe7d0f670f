// Deals in pipelines: stage moves with their history and events, permissions, stage deletion, line items.
#include "../testutil.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "store/eventlog.h"
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

// Everything a stage move may touch, to show that a refused move touched nothing.
QString snapshot(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral(
        "SELECT (SELECT group_concat(id || ':' || stage_id || ':' || updated_at) FROM deal) || '|' || "
        "(SELECT count(*) FROM deal_stage_history) || '|' || (SELECT count(*) FROM event)"));
    q.next();
    return q.value(0).toString();
}

} // namespace

class TestDealService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;
    Pipeline m_sales;
    QString m_admin;

    qint64 stage(const QString &name) const { return m_sales.stageNamed(name)->id; }

    qint64 newDeal(const QString &owner, const QString &title = QStringLiteral("Office fit-out"))
    {
        Deal d;
        d.title = title;
        d.pipelineId = m_sales.id;
        d.amountMinor = 150000;
        d.currency = QStringLiteral("EUR");
        d.owner = owner;
        const Result<qint64> id = DealService(m_db, m_admin).create(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        m_admin = SystemUser::login();
        UserService users(m_db, m_admin);
        // The single-user case: the operating-system user is the administrator on first use.
        const Result<User> me = users.current();
        QVERIFY2(me.ok(), qPrintable(me.error().fullText()));
        QCOMPARE(me->role, User::Role::Administrator);
        const std::pair<const char *, User::Role> people[] = {{"ana", User::Role::SalesManager},
                                                              {"ivan", User::Role::SalesManager},
                                                              {"olena", User::Role::Director},
                                                              {"petru", User::Role::ProcessOwner}};
        for (const auto &[login, role] : people) {
            User u;
            u.login = QString::fromLatin1(login);
            u.role = role;
            QVERIFY(users.create(u).ok());
        }
        const Result<Pipeline> sales = PipelineService(m_db, m_admin).pipelineNamed(QStringLiteral("Sales"));
        QVERIFY(sales.ok());
        m_sales = *sales;
    }
    void cleanup()
    {
        m_db.reset();
        m_tmp.reset();
    }

    void seededPipelines()
    {
        const Result<QList<Pipeline>> all = PipelineService(m_db, m_admin).pipelines();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QStringList names;
        for (const Stage &s : m_sales.stages)
            names << s.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Presentation"), QStringLiteral("Commercial proposal"),
                              QStringLiteral("Agreement"), QStringLiteral("Payment"), QStringLiteral("Event"),
                              QStringLiteral("Closing"), QStringLiteral("Won"), QStringLiteral("Lost")}));
        QCOMPARE(all->at(1).name, QStringLiteral("Turnkey renovation"));
        QVERIFY(all->at(1).outcome(Stage::Kind::Won));
        QVERIFY(all->at(1).outcome(Stage::Kind::Lost));
    }

    void createWritesHistoryAndEvent()
    {
        const qint64 before = scalar(m_db, QStringLiteral("SELECT max(id) FROM event"));
        const qint64 id = newDeal(QStringLiteral("ana"));
        const Result<Deal> d = DealService(m_db, QStringLiteral("ana")).get(id);
        QVERIFY(d.ok());
        QCOMPARE(d->stageId, stage(QStringLiteral("Presentation")));
        QCOMPARE(d->amountMinor, 150000);
        QCOMPARE(scalar(m_db, QStringLiteral(
                                  "SELECT count(*) FROM deal_stage_history WHERE from_stage_id IS NULL")),
                 1);
        QSqlDatabase c = m_db->connection();
        const auto events = EventLog::since(c, before);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().type, QStringLiteral("deal.created"));
    }

    void unreadableTitleIsRefused_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("invalid UTF-8") << QString::fromUtf8("\xff\xfe") << QStringLiteral("not valid UTF-8");
        QTest::newRow("zero-width only")
            << QStringLiteral("\u200b\ufeff") << QStringLiteral("no visible characters");
    }
    void unreadableTitleIsRefused()
    {
        QFETCH(QString, title);
        QFETCH(QString, messagePart);
        const qint64 before = scalar(m_db, QStringLiteral("SELECT count(*) FROM deal"));
        Deal d;
        d.title = title;
        d.pipelineId = m_sales.id;
        d.currency = QStringLiteral("EUR");
        const Result<qint64> id = DealService(m_db, m_admin).create(d);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, StoreError::Code::Invalid);
        QVERIFY2(id.error().message.contains(messagePart), qPrintable(id.error().message));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal")), before);
        // Renaming a deal to it is refused too.
        const qint64 existing = newDeal(QStringLiteral("ana"));
        Deal edit = *DealService(m_db, m_admin).get(existing);
        edit.title = title;
        QVERIFY(!DealService(m_db, m_admin).update(edit).ok());
        QCOMPARE(DealService(m_db, m_admin).get(existing)->title, QStringLiteral("Office fit-out"));
    }

    void moveWritesHistoryAndEventTogether()
    {
        const qint64 id = newDeal(QStringLiteral("ana"));
        QSignalSpy spy(m_db->notifier(), &ChangeNotifier::changed);
        DealService ana(m_db, QStringLiteral("ana"));
        const Status s = ana.moveToStage(id, stage(QStringLiteral("Agreement")));
        QVERIFY2(s.ok(), qPrintable(s.error().fullText()));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("deal"));
        const Result<QList<StageChange>> history = ana.history(id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().fromStageId, stage(QStringLiteral("Presentation")));
        QCOMPARE(history->last().toStageId, stage(QStringLiteral("Agreement")));
        QCOMPARE(history->last().actor, QStringLiteral("ana"));
        QCOMPARE(history->last().via, StageChangeVia::User);
        QSqlQuery e(m_db->connection());
        QVERIFY(e.exec(QStringLiteral("SELECT type, actor, json_extract(payload, '$.to_stage_id') FROM event "
                                      "ORDER BY id DESC LIMIT 1")));
        QVERIFY(e.next());
        QCOMPARE(e.value(0).toString(), QStringLiteral("deal.stage_changed"));
        QCOMPARE(e.value(1).toString(), QStringLiteral("ana"));
        QCOMPARE(e.value(2).toLongLong(), stage(QStringLiteral("Agreement")));
    }

    void failedEventLeavesTheDealWhereItWas()
    {
        const qint64 id = newDeal(QStringLiteral("ana"));
        QSqlQuery t(m_db->connection());
        QVERIFY(t.exec(QStringLiteral("CREATE TEMP TRIGGER no_events BEFORE INSERT ON event "
                                      "BEGIN SELECT RAISE(ABORT, 'event table refused'); END")));
        QSignalSpy spy(m_db->notifier(), &ChangeNotifier::changed);
        const QString before = snapshot(m_db);
        const Status s =
            DealService(m_db, QStringLiteral("ana")).moveToStage(id, stage(QStringLiteral("Payment")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, StoreError::Code::Sql);
        QCOMPARE(snapshot(m_db), before);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT stage_id FROM deal WHERE id = %1").arg(id)),
                 stage(QStringLiteral("Presentation")));
        QCOMPARE(spy.size(), 0);
    }

    void salesManagerCannotTouchOthersDeals()
    {
        const qint64 ivans = newDeal(QStringLiteral("ivan"));
        const QString before = snapshot(m_db);
        DealService ana(m_db, QStringLiteral("ana"));
        const Status moved = ana.moveToStage(ivans, stage(QStringLiteral("Agreement")));
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, StoreError::Code::Denied);
        QVERIFY2(moved.error().message.contains(QStringLiteral("ivan")), qPrintable(moved.error().message));
        QCOMPARE(ana.get(ivans).error().code, StoreError::Code::Denied);
        Deal d;
        d.title = QStringLiteral("For Ivan");
        d.pipelineId = m_sales.id;
        d.owner = QStringLiteral("ivan");
        QCOMPARE(ana.create(d).error().code, StoreError::Code::Denied);
        QCOMPARE(snapshot(m_db), before);
        // Ana sees her own deals only; the director sees all of them.
        newDeal(QStringLiteral("ana"));
        QCOMPARE(*ana.count({}), 1);
        QCOMPARE(ana.list({}, 10)->first().owner, QStringLiteral("ana"));
        QCOMPARE(*DealService(m_db, QStringLiteral("olena")).count({}), 2);
        QVERIFY(DealService(m_db, QStringLiteral("olena"))
                    .moveToStage(ivans, stage(QStringLiteral("Agreement")))
                    .ok());
    }

    void strangersAndSalesManagersAreRefused()
    {
        QCOMPARE(DealService(m_db, QStringLiteral("nobody")).count({}).error().code,
                 StoreError::Code::Denied);
        Stage s;
        s.name = QStringLiteral("Demo");
        const QString before = snapshot(m_db);
        const Result<qint64> added = PipelineService(m_db, QStringLiteral("ana")).addStage(m_sales.id, s);
        QCOMPARE(added.error().code, StoreError::Code::Denied);
        User u;
        u.login = QStringLiteral("mallory");
        QCOMPARE(UserService(m_db, QStringLiteral("olena")).create(u).error().code, StoreError::Code::Denied);
        QCOMPARE(snapshot(m_db), before);
        QCOMPARE(UserService(m_db, m_admin).list()->size(), 5);
    }

    void wonAndLost()
    {
        const qint64 id = newDeal(QStringLiteral("ana"));
        DealService ana(m_db, QStringLiteral("ana"));
        const qint64 lost = stage(QStringLiteral("Lost"));
        const Status noReason = ana.moveToStage(id, lost);
        QCOMPARE(noReason.error().code, StoreError::Code::Invalid);
        QVERIFY(ana.moveToStage(id, lost, StageChangeVia::User, 2).ok());
        Result<Deal> d = ana.get(id);
        QCOMPARE(d->lostReasonId, 2);
        QVERIFY(d->closedAt.isValid());
        QVERIFY(ana.moveToStage(id, stage(QStringLiteral("Won"))).ok());
        d = ana.get(id);
        QCOMPARE(d->lostReasonId, 0);
        // A stage of another pipeline is refused.
        const Result<Pipeline> other =
            PipelineService(m_db, m_admin).pipelineNamed(QStringLiteral("Turnkey renovation"));
        QCOMPARE(ana.moveToStage(id, other->stages.first().id).error().code, StoreError::Code::Invalid);
    }

    void deletingAStageMovesItsDeals()
    {
        const qint64 a = newDeal(QStringLiteral("ana"));
        const qint64 b = newDeal(QStringLiteral("ivan"));
        DealService dir(m_db, QStringLiteral("olena"));
        QVERIFY(dir.moveToStage(a, stage(QStringLiteral("Payment"))).ok());
        QVERIFY(dir.moveToStage(b, stage(QStringLiteral("Payment"))).ok());
        PipelineService owner(m_db, QStringLiteral("petru"));
        const QString before = snapshot(m_db);
        const Status refused = owner.deleteStage(stage(QStringLiteral("Payment")));
        QCOMPARE(refused.error().code, StoreError::Code::Invalid);
        QCOMPARE(snapshot(m_db), before);
        QCOMPARE(PipelineService(m_db, QStringLiteral("olena"))
                     .deleteStage(stage(QStringLiteral("Payment")), stage(QStringLiteral("Event")))
                     .error()
                     .code,
                 StoreError::Code::Denied);

        const qint64 historyBefore = scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_stage_history"));
        const Status s = owner.deleteStage(stage(QStringLiteral("Payment")), stage(QStringLiteral("Event")));
        QVERIFY2(s.ok(), qPrintable(s.error().fullText()));
        QCOMPARE(dir.get(a)->stageId, stage(QStringLiteral("Event")));
        QCOMPARE(dir.get(b)->stageId, stage(QStringLiteral("Event")));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_stage_history")), historyBefore + 2);
        QCOMPARE(dir.history(a)->last().fromStageId, stage(QStringLiteral("Payment")));
        QCOMPARE(
            scalar(m_db, QStringLiteral("SELECT count(*) FROM event WHERE type = 'deal.stage_changed' AND "
                                        "json_extract(payload, '$.reason') = 'stage_deleted'")),
            2);
        const Result<Pipeline> after = owner.pipeline(m_sales.id);
        QVERIFY(!after->stageNamed(QStringLiteral("Payment")));
        QCOMPARE(after->stages.size(), m_sales.stages.size() - 1);
    }

    void editingStages()
    {
        PipelineService owner(m_db, QStringLiteral("petru"));
        Stage s;
        s.name = QStringLiteral("Site visit");
        s.colour = QStringLiteral("#123ABC");
        s.probability = 30;
        s.checkpointDays = 5;
        s.position = 1;
        const Result<qint64> id = owner.addStage(m_sales.id, s);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        Result<Pipeline> p = owner.pipeline(m_sales.id);
        QCOMPARE(p->stages.at(1).name, QStringLiteral("Site visit"));
        QCOMPARE(p->stages.at(1).colour, QStringLiteral("#123abc"));
        s.id = *id;
        s.name = QStringLiteral("Agreement");
        QCOMPARE(owner.updateStage(s).error().code, StoreError::Code::Invalid); // the name is taken
        s.name = QStringLiteral("On-site visit");
        s.colour = QStringLiteral("#ff0000");
        QVERIFY(owner.updateStage(s).ok());
        QList<qint64> order;
        for (const Stage &st : p->stages) {
            if (st.kind == Stage::Kind::Open)
                order.prepend(st.id);
        }
        QVERIFY(owner.reorderStages(m_sales.id, order).ok());
        p = owner.pipeline(m_sales.id);
        QCOMPARE(p->stages.first().name, QStringLiteral("Closing"));
        QCOMPARE(p->stages.last().kind, Stage::Kind::Lost);
        QCOMPARE(owner.reorderStages(m_sales.id, order.mid(1)).error().code, StoreError::Code::Invalid);
    }

    void amountFollowsLineItems()
    {
        Deal d;
        d.title = QStringLiteral("Renovation");
        d.pipelineId = m_sales.id;
        d.currency = QStringLiteral("RON");
        d.amountFromItems = true;
        DealService ana(m_db, QStringLiteral("ana"));
        const Result<qint64> id = ana.create(d);
        QVERIFY(id.ok());
        QList<LineItem> items;
        items.append({0, 0, QStringLiteral("Paint, litres"), 12500, 4599, 0, 0, {}, 0}); // 574.875 → 574.88
        items.append({0, 0, QStringLiteral("Labour, hours"), 3000, 12000, 1000, 0, {}, 0}); // 324.00
        QVERIFY(ana.setLineItems(*id, items).ok());
        const Result<QList<LineItem>> stored = ana.lineItems(*id);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).totalMinor, 57488);
        QCOMPARE(stored->at(1).totalMinor, 32400);
        QCOMPARE(ana.get(*id)->amountMinor, 57488 + 32400);
        items[0].discountBp = 20000;
        QCOMPARE(ana.setLineItems(*id, items).error().code, StoreError::Code::Invalid);
        QCOMPARE(ana.lineItems(*id)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDealService)
#include "tst_dealservice.moc"
