// The funnel dashboard's numbers on histories built by hand: a deal skipping a stage, moved back, lost,
// re-opened, won; every figure of both modes, the filters, and the drill-down behind each number.
#include "../testutil.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "demo/dealgenerator.h"
#include "report/funnelquery.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace {

const QDateTime kDay0(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);

// Every number of a report equals the length of its drill-down list, and the bands behave.
void checkConsistent(const FunnelQuery &query, const FunnelFilter &filter, const FunnelReport &r)
{
    const auto ids = [&](const FunnelCell &cell) {
        const Result<QList<qint64>> got = query.drillDown(filter, cell);
        if (!got)
            qFatal("%s", qPrintable(got.error().fullText()));
        return qint64(got->size());
    };
    QCOMPARE(ids({}), r.deals);
    qint64 sum = 0;
    for (int i = 0; i < r.stages.size(); ++i) {
        const FunnelStage &s = r.stages.at(i);
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::Stage;
        cell.stageId = s.stageId;
        cell.mode = FunnelMode::Current;
        QCOMPARE(ids(cell), s.current);
        cell.mode = FunnelMode::Reached;
        QCOMPARE(ids(cell), s.reached);
        sum += s.current;
        if (i > 0 && i < r.lostIndex())
            QVERIFY2(s.reached <= r.stages.at(i - 1).reached, "a reached band is wider than the one above");
        FunnelCell lostAt;
        lostAt.kind = FunnelCell::Kind::LostAtStage;
        lostAt.stageId = s.stageId;
        QCOMPARE(ids(lostAt), s.lostHere);
        if (s.kind == Stage::Kind::Open) {
            FunnelCell stayed;
            stayed.kind = FunnelCell::Kind::StayedIn;
            stayed.stageId = s.stageId;
            QVERIFY(ids(stayed) <= s.stays);
            QCOMPARE(ids(stayed) > 0, s.stays > 0);
        }
    }
    QCOMPARE(sum, r.deals); // in current mode the bands add up to the deals
    qint64 lost = 0;
    for (const FunnelLostReason &reason : r.lostByReason) {
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::LostReason;
        cell.reasonId = reason.reasonId;
        QCOMPARE(ids(cell), reason.deals);
        lost += reason.deals;
    }
    QCOMPARE(lost, r.lost());
    qint64 won = 0;
    for (const FunnelMonth &m : r.revenueByMonth) {
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::WonInMonth;
        cell.month = m.month;
        QCOMPARE(ids(cell), m.deals);
        won += m.deals;
    }
    QCOMPARE(won, r.won());
    qint64 managed = 0;
    for (const FunnelManager &m : r.managers) {
        FunnelCell cell;
        cell.owner = m.login;
        cell.kind = FunnelCell::Kind::Manager;
        QCOMPARE(ids(cell), m.deals);
        cell.kind = FunnelCell::Kind::ManagerWon;
        QCOMPARE(ids(cell), m.won);
        cell.kind = FunnelCell::Kind::ManagerLost;
        QCOMPARE(ids(cell), m.lost);
        managed += m.deals;
    }
    QCOMPARE(managed, r.deals);
}

// The funnel columns recomputed from the stage history, as migration 7 does: "id|reached|lost_at|stays"
// per deal with the stays sorted.
QStringList factsFromHistory(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral(
        "SELECT d.id, d.funnel_reached, coalesce(d.funnel_lost_at, 0), d.funnel_stays, "
        "(SELECT sum(DISTINCT CASE WHEN s.kind <> 'lost' AND s.pipeline_id = d.pipeline_id THEN 1 << "
        "s.funnel_bit "
        "   ELSE 0 END) "
        "   FROM deal_stage_history h JOIN stage s ON s.id = h.to_stage_id WHERE h.deal_id = d.id), "
        "CASE WHEN (SELECT kind FROM stage WHERE id = d.stage_id) = 'lost' THEN (SELECT from_stage_id FROM "
        "   deal_stage_history WHERE deal_id = d.id ORDER BY id DESC LIMIT 1) ELSE 0 END, "
        "(SELECT group_concat(x, ';') FROM (SELECT h.to_stage_id || ':' || CAST(round((julianday((SELECT at "
        "   FROM deal_stage_history n WHERE n.deal_id = h.deal_id AND n.id > h.id ORDER BY n.id LIMIT 1)) - "
        "   julianday(h.at)) * 86400) AS INTEGER) AS x FROM deal_stage_history h WHERE h.deal_id = d.id "
        "   AND EXISTS (SELECT 1 FROM deal_stage_history n WHERE n.deal_id = h.deal_id AND n.id > h.id) "
        "   ORDER BY h.id)) "
        "FROM deal d ORDER BY d.id"));
    QStringList mismatches;
    while (q.next()) {
        const QString kept = QStringLiteral("%1|%2|%3")
                                 .arg(q.value(1).toLongLong())
                                 .arg(q.value(2).toLongLong())
                                 .arg(q.value(3).toString());
        const QString fresh = QStringLiteral("%1|%2|%3")
                                  .arg(q.value(4).toLongLong())
                                  .arg(q.value(5).toLongLong())
                                  .arg(q.value(6).toString());
        if (kept != fresh)
            mismatches.append(QStringLiteral("deal %1: kept %2, history says %3")
                                  .arg(q.value(0).toLongLong())
                                  .arg(kept, fresh));
    }
    return mismatches;
}

} // namespace

class TestFunnelQuery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;
    Pipeline m_sales;
    QString m_admin;
    QDateTime m_now;
    QMap<QString, qint64> m_deal;

    qint64 stage(const QString &name) const { return m_sales.stageNamed(name)->id; }
    int band(const QString &name) const
    {
        for (int i = 0; i < m_sales.stages.size(); ++i) {
            if (m_sales.stages.at(i).name == name)
                return i;
        }
        return -1;
    }
    void at(int day, int hour = 0) { m_now = kDay0.addDays(day).addSecs(hour * 3600); }

    qint64 create(const QString &key, const QString &owner, qint64 amountMajor, const QString &source,
                  const QString &currency = QStringLiteral("EUR"))
    {
        Deal d;
        d.title = key;
        d.pipelineId = m_sales.id;
        d.amountMinor = amountMajor * 100;
        d.currency = currency;
        d.owner = owner;
        d.source = source;
        const Result<qint64> id = DealService(m_db, m_admin).create(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        m_deal.insert(key, *id);
        return *id;
    }
    void move(const QString &key, const QString &stageName, qint64 reason = 0)
    {
        const Status s = DealService(m_db, m_admin)
                             .moveToStage(m_deal.value(key), stage(stageName), StageChangeVia::User, reason);
        if (!s)
            qFatal("%s", qPrintable(s.error().fullText()));
    }

    // The histories every test counts (days after 2026-03-01):
    //   straight   ana  1000 EUR Website   P d0, C d2, A d5                      now A
    //   skipper    ana  2000 EUR Referral  P d0, A d1 (skips C), Won d4           now Won (March)
    //   backwards  ivan 3000 EUR Website   P d0, C d1, A d3, back to C d4         now C
    //   loser      ivan 4000 EUR Referral  P d0, C d2, Lost d3 (Price too high)   now Lost, at C
    //   reopened   ana  5000 EUR Website   P d0, Lost d1 (at P), Payment d3       now Payment
    //   fresh      ivan  600 USD Website   P d6                                   now P
    //   winner     ana  7000 EUR Partner   P d0, C d1, A d2, Pay d3, E d4, Cl d5, Won d40 (April)
    void buildHistories()
    {
        at(0);
        for (const auto &[key, owner, amount, source] :
             {std::tuple{"straight", "ana", 1000, "Website"}, std::tuple{"skipper", "ana", 2000, "Referral"},
              std::tuple{"backwards", "ivan", 3000, "Website"}, std::tuple{"loser", "ivan", 4000, "Referral"},
              std::tuple{"reopened", "ana", 5000, "Website"}, std::tuple{"winner", "ana", 7000, "Partner"}}) {
            create(QString::fromLatin1(key), QString::fromLatin1(owner), amount, QString::fromLatin1(source));
        }
        at(1);
        move(QStringLiteral("skipper"), QStringLiteral("Agreement"));
        move(QStringLiteral("backwards"), QStringLiteral("Commercial proposal"));
        move(QStringLiteral("reopened"), QStringLiteral("Lost"), 2);
        move(QStringLiteral("winner"), QStringLiteral("Commercial proposal"));
        at(2);
        move(QStringLiteral("straight"), QStringLiteral("Commercial proposal"));
        move(QStringLiteral("loser"), QStringLiteral("Commercial proposal"));
        move(QStringLiteral("winner"), QStringLiteral("Agreement"));
        at(3);
        move(QStringLiteral("backwards"), QStringLiteral("Agreement"));
        move(QStringLiteral("loser"), QStringLiteral("Lost"), 1);
        move(QStringLiteral("reopened"), QStringLiteral("Payment"));
        move(QStringLiteral("winner"), QStringLiteral("Payment"));
        at(4);
        move(QStringLiteral("skipper"), QStringLiteral("Won"));
        move(QStringLiteral("backwards"), QStringLiteral("Commercial proposal"));
        move(QStringLiteral("winner"), QStringLiteral("Event"));
        at(5);
        move(QStringLiteral("straight"), QStringLiteral("Agreement"));
        move(QStringLiteral("winner"), QStringLiteral("Closing"));
        at(6);
        create(QStringLiteral("fresh"), QStringLiteral("ivan"), 600, QStringLiteral("Website"),
               QStringLiteral("USD"));
        at(40);
        move(QStringLiteral("winner"), QStringLiteral("Won"));
        at(50);
    }

    FunnelReport report(const FunnelFilter &filter, const QString &actor = {})
    {
        FunnelQuery query(m_db, actor.isEmpty() ? m_admin : actor);
        const Result<FunnelReport> r = query.compute(filter);
        if (!r)
            qFatal("%s", qPrintable(r.error().fullText()));
        checkConsistent(query, filter, *r);
        // One thread counts the same as two.
        query.setThreads(1);
        const Result<FunnelReport> single = query.compute(filter);
        if (!single || single->deals != r->deals || single->stages.size() != r->stages.size())
            qFatal("one thread counted differently");
        for (int i = 0; i < r->stages.size(); ++i) {
            if (single->stages.at(i).current != r->stages.at(i).current ||
                single->stages.at(i).reached != r->stages.at(i).reached ||
                single->stages.at(i).medianDays != r->stages.at(i).medianDays ||
                single->stages.at(i).currentAmount != r->stages.at(i).currentAmount)
                qFatal("one thread counted differently");
        }
        return *r;
    }
    FunnelFilter sales() const
    {
        FunnelFilter f;
        f.pipelineId = m_sales.id;
        return f;
    }
    QList<qint64> drill(const FunnelFilter &f, FunnelCell::Kind kind, const QString &stageName,
                        FunnelMode mode = FunnelMode::Current)
    {
        FunnelCell cell;
        cell.kind = kind;
        cell.mode = mode;
        cell.stageId = stageName.isEmpty() ? 0 : stage(stageName);
        return *FunnelQuery(m_db, m_admin).drillDown(f, cell);
    }
    QList<qint64> ids(std::initializer_list<const char *> keys) const
    {
        QList<qint64> result;
        for (const char *k : keys)
            result.append(m_deal.value(QString::fromLatin1(k)));
        std::sort(result.begin(), result.end());
        return result;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        m_admin = SystemUser::login();
        m_now = kDay0;
        Timestamps::setClockForTesting([this] { return m_now; });
        UserService users(m_db, m_admin);
        QVERIFY(users.current().ok());
        for (const char *login : {"ana", "ivan"}) {
            User u;
            u.login = QString::fromLatin1(login);
            u.displayName = u.login.toUpper();
            u.role = User::Role::SalesManager;
            QVERIFY(users.create(u).ok());
        }
        m_sales = *PipelineService(m_db, m_admin).pipelineNamed(QStringLiteral("Sales"));
        m_deal.clear();
    }
    void cleanup()
    {
        Timestamps::setClockForTesting({});
        m_db.reset();
        m_tmp.reset();
    }

    void currentMode()
    {
        buildHistories();
        const FunnelReport r = report(sales());
        QCOMPARE(r.deals, 7);
        QCOMPARE(r.stages.size(), 8);
        const QList<qint64> current = {1, 1, 1, 1, 0, 0, 2, 1};
        for (int i = 0; i < 8; ++i)
            QCOMPARE(r.stages.at(i).current, current.at(i));
        QCOMPARE(r.stages.at(band(QStringLiteral("Presentation"))).currentAmount,
                 (FunnelAmounts{{QStringLiteral("USD"), 60000}}));
        QCOMPARE(r.stages.at(band(QStringLiteral("Won"))).currentAmount,
                 (FunnelAmounts{{QStringLiteral("EUR"), 900000}}));
        QCOMPARE(r.stages.at(band(QStringLiteral("Lost"))).currentAmount,
                 (FunnelAmounts{{QStringLiteral("EUR"), 400000}}));
        QCOMPARE(r.amount, (FunnelAmounts{{QStringLiteral("EUR"), 2200000}, {QStringLiteral("USD"), 60000}}));
        QCOMPARE(r.count(band(QStringLiteral("Won")), FunnelMode::Current), 2);
        QCOMPARE(drill(sales(), FunnelCell::Kind::Stage, QStringLiteral("Commercial proposal")),
                 ids({"backwards"}));
        QCOMPARE(drill(sales(), FunnelCell::Kind::Stage, QStringLiteral("Payment")), ids({"reopened"}));
        QCOMPARE(drill(sales(), FunnelCell::Kind::Stage, QStringLiteral("Won")), ids({"skipper", "winner"}));
    }

    void reachedMode()
    {
        buildHistories();
        const FunnelReport r = report(sales());
        // Furthest reached: straight A, skipper Won, backwards A, loser C, reopened Payment, fresh P,
        // winner Won. A deal counts there and in every stage before; a won deal in all of them.
        const QList<qint64> reached = {7, 6, 5, 3, 2, 2, 2, 0};
        for (int i = 0; i < 8; ++i)
            QCOMPARE(r.stages.at(i).reached, reached.at(i));
        QCOMPARE(r.stages.at(band(QStringLiteral("Agreement"))).reachedAmount,
                 (FunnelAmounts{{QStringLiteral("EUR"), 1800000}})); // 1000 + 2000 + 3000 + 5000 + 7000
        QCOMPARE(r.stages.at(0).reachedAmount,
                 (FunnelAmounts{{QStringLiteral("EUR"), 2200000}, {QStringLiteral("USD"), 60000}}));
        QCOMPARE(drill(sales(), FunnelCell::Kind::Stage, QStringLiteral("Payment"), FunnelMode::Reached),
                 ids({"skipper", "reopened", "winner"}));
        QCOMPARE(drill(sales(), FunnelCell::Kind::Stage, QStringLiteral("Commercial proposal"),
                       FunnelMode::Reached),
                 ids({"straight", "skipper", "backwards", "loser", "reopened", "winner"}));
        QCOMPARE(drill(sales(), FunnelCell::Kind::Stage, QStringLiteral("Won"), FunnelMode::Reached),
                 ids({"skipper", "winner"}));
        QVERIFY(
            drill(sales(), FunnelCell::Kind::Stage, QStringLiteral("Lost"), FunnelMode::Reached).isEmpty());

        // Conversions from the reached counts, in both modes.
        QCOMPARE(r.conversionFromPrevious(0), 1.0);
        QCOMPARE(r.conversionFromPrevious(1), 6.0 / 7);
        QCOMPARE(r.conversionFromPrevious(2), 5.0 / 6);
        QCOMPARE(r.conversionFromPrevious(3), 3.0 / 5);
        QCOMPARE(r.conversionFromPrevious(4), 2.0 / 3);
        QCOMPARE(r.conversionFromPrevious(5), 1.0);
        QCOMPARE(r.conversionFromPrevious(6), 1.0);
        QCOMPARE(r.conversionFromFirst(3), 3.0 / 7);
        QCOMPARE(r.conversionFromFirst(6), 2.0 / 7);
        QCOMPARE(r.conversionFromPrevious(7), -1.0);
        QCOMPARE(r.conversionFromFirst(7), -1.0);
    }

    void timeInStage()
    {
        buildHistories();
        const FunnelReport r = report(sales());
        const auto check = [&](const char *name, qint64 stays, double average, double median) {
            const FunnelStage &s = r.stages.at(band(QString::fromLatin1(name)));
            QCOMPARE(s.stays, stays);
            QVERIFY2(qAbs(s.averageDays - average) < 1e-9, qPrintable(QString::number(s.averageDays)));
            QCOMPARE(s.medianDays, median);
        };
        // Finished stays only; a deal moved back has two stays in a stage, the current one not counted.
        check("Presentation", 6, 8.0 / 6, 1.0);        // 2 1 1 2 1 1
        check("Commercial proposal", 4, 7.0 / 4, 1.5); // straight 3, backwards 2, loser 1, winner 1
        check("Agreement", 3, 5.0 / 3, 1.0);           // skipper 3, backwards 1, winner 1
        check("Payment", 1, 1.0, 1.0);
        check("Event", 1, 1.0, 1.0);
        check("Closing", 1, 35.0, 35.0);
        QCOMPARE(r.stages.at(band(QStringLiteral("Won"))).stays, 0);
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::StayedIn;
        cell.stageId = stage(QStringLiteral("Agreement"));
        QCOMPARE(*FunnelQuery(m_db, m_admin).drillDown(sales(), cell),
                 ids({"skipper", "backwards", "winner"}));
    }

    void outcomesAndManagers()
    {
        buildHistories();
        const FunnelReport r = report(sales());
        QCOMPARE(r.won(), 2);
        QCOMPARE(r.lost(), 1);
        QCOMPARE(r.winRate(), 2.0 / 3);
        // The re-opened deal is no longer lost: only "loser" counts, at Commercial proposal.
        QCOMPARE(r.lostByReason.size(), 1);
        QCOMPARE(r.lostByReason.first().reasonId, 1);
        QCOMPARE(r.lostByReason.first().name, QStringLiteral("Price too high"));
        QCOMPARE(r.lostByReason.first().deals, 1);
        QCOMPARE(r.stages.at(band(QStringLiteral("Commercial proposal"))).lostHere, 1);
        QCOMPARE(r.stages.at(band(QStringLiteral("Presentation"))).lostHere, 0);
        QCOMPARE(drill(sales(), FunnelCell::Kind::LostAtStage, QStringLiteral("Commercial proposal")),
                 ids({"loser"}));
        // Revenue by the month the deals were won in.
        QCOMPARE(r.revenueByMonth.size(), 2);
        QCOMPARE(r.revenueByMonth.at(0).month, QDate(2026, 3, 1));
        QCOMPARE(r.revenueByMonth.at(0).amount, (FunnelAmounts{{QStringLiteral("EUR"), 200000}}));
        QCOMPARE(r.revenueByMonth.at(1).month, QDate(2026, 4, 1));
        QCOMPARE(r.revenueByMonth.at(1).deals, 1);
        QCOMPARE(r.revenueByMonth.at(1).amount, (FunnelAmounts{{QStringLiteral("EUR"), 700000}}));
        // Managers.
        QCOMPARE(r.managers.size(), 2);
        const FunnelManager &ana = r.managers.at(0);
        QCOMPARE(ana.login, QStringLiteral("ana"));
        QCOMPARE(ana.name, QStringLiteral("ANA"));
        QCOMPARE(ana.deals, 4);
        QCOMPARE(ana.amount, (FunnelAmounts{{QStringLiteral("EUR"), 1500000}}));
        QCOMPARE(ana.won, 2);
        QCOMPARE(ana.lost, 0);
        QCOMPARE(ana.winRate(), 1.0);
        QCOMPARE(ana.conversion(), 0.5);
        const FunnelManager &ivan = r.managers.at(1);
        QCOMPARE(ivan.deals, 3);
        QCOMPARE(ivan.won, 0);
        QCOMPARE(ivan.lost, 1);
        QCOMPARE(ivan.winRate(), 0.0);
        QCOMPARE(ivan.conversion(), 0.0);
    }

    void filters()
    {
        buildHistories();
        FunnelFilter f = sales();
        f.owners = {QStringLiteral("ivan")};
        FunnelReport r = report(f);
        QCOMPARE(r.deals, 3);
        QCOMPARE(r.stages.at(0).current, 1);
        QCOMPARE(r.stages.at(1).current, 1);
        QCOMPARE(r.stages.at(band(QStringLiteral("Lost"))).current, 1);
        QCOMPARE(r.stages.at(band(QStringLiteral("Agreement"))).reached, 1); // backwards

        f = sales();
        f.sources = {QStringLiteral("Referral"), QStringLiteral("Partner")};
        r = report(f);
        QCOMPARE(r.deals, 3);
        QCOMPARE(r.won(), 2);

        // Created in the period: only "fresh" was created on day 6 or later.
        f = sales();
        f.from = QDate(2026, 3, 7);
        r = report(f);
        QCOMPARE(r.deals, 1);
        QCOMPARE(r.stages.at(0).currentAmount, (FunnelAmounts{{QStringLiteral("USD"), 60000}}));
        f.from = {};
        f.to = QDate(2026, 3, 6); // inclusive
        QCOMPARE(report(f).deals, 6);
        f.to = QDate(2026, 3, 1);
        QCOMPARE(report(f).deals, 6);
        f.to = QDate(2026, 2, 28);
        QCOMPARE(report(f).deals, 0);

        // Entered the stage they are in now in the period: skipper (Won d4), backwards (C d4), loser
        // (Lost d3), reopened (Payment d3).
        f = sales();
        f.period = FunnelFilter::Period::StageEntered;
        f.from = QDate(2026, 3, 4);
        f.to = QDate(2026, 3, 5);
        QCOMPARE(*FunnelQuery(m_db, m_admin).drillDown(f, {}),
                 ids({"skipper", "backwards", "loser", "reopened"}));
        r = report(f);
        QCOMPARE(r.deals, 4);

        // A reversed period is refused with both dates named.
        f.from = QDate(2026, 3, 9);
        const Result<FunnelReport> bad = FunnelQuery(m_db, m_admin).compute(f);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("2026-03-09")));
        f = sales();
        f.pipelineId = 99;
        QCOMPARE(FunnelQuery(m_db, m_admin).compute(f).error().code, StoreError::Code::NotFound);
    }

    void salesManagerSeesOwnDeals()
    {
        buildHistories();
        const FunnelReport r = report(sales(), QStringLiteral("ana"));
        QCOMPARE(r.deals, 4);
        QCOMPARE(r.managers.size(), 1);
        FunnelFilter f = sales();
        f.owners = {QStringLiteral("ivan")};
        QCOMPARE(report(f, QStringLiteral("ana")).deals, 0);
    }

    void reorderedStagesFollow()
    {
        buildHistories();
        // Agreement before Commercial proposal: "backwards" and "straight" reached both, the loser only C.
        QList<qint64> order;
        for (const Stage &s : m_sales.stages) {
            if (s.kind == Stage::Kind::Open)
                order.append(s.id);
        }
        order.swapItemsAt(1, 2);
        QVERIFY(PipelineService(m_db, m_admin).reorderStages(m_sales.id, order).ok());
        m_sales = *PipelineService(m_db, m_admin).pipelineNamed(QStringLiteral("Sales"));
        const FunnelReport r = report(sales());
        QCOMPARE(r.stages.at(1).name, QStringLiteral("Agreement"));
        QCOMPARE(r.stages.at(1).reached, 6); // all but fresh: the loser reached C, now after A
        QCOMPARE(r.stages.at(2).reached, 6);
    }

    void factsFollowEveryWriter()
    {
        buildHistories();
        QCOMPARE(factsFromHistory(m_db), QStringList());
        // Deleting a stage moves its deals with history rows of their own.
        QVERIFY(PipelineService(m_db, m_admin)
                    .deleteStage(stage(QStringLiteral("Payment")), stage(QStringLiteral("Event")))
                    .ok());
        QCOMPARE(factsFromHistory(m_db), QStringList());
        m_sales = *PipelineService(m_db, m_admin).pipelineNamed(QStringLiteral("Sales"));
        report(sales());
    }

    void movedToAnotherPipeline()
    {
        // A deal that moves to another pipeline starts its funnel there afresh: what it reached in the old
        // one is no stage of the new one.
        buildHistories();
        const Pipeline renovation =
            *PipelineService(m_db, m_admin).pipelineNamed(QStringLiteral("Turnkey renovation"));
        const qint64 deal = m_deal.value(QStringLiteral("winner"));
        const qint64 estimate = renovation.stageNamed(QStringLiteral("Estimate"))->id;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE deal SET pipeline_id = %1, stage_id = %2, closed_at = NULL WHERE id = %3")
                .arg(renovation.id)
                .arg(estimate)
                .arg(deal)));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, actor, "
                           "via) VALUES (%1, %2, %3, '2026-04-20T00:00:00.000Z', 'test', 'user')")
                .arg(deal)
                .arg(stage(QStringLiteral("Won")))
                .arg(estimate)));
        QCOMPARE(factsFromHistory(m_db), QStringList());
        FunnelFilter f;
        f.pipelineId = renovation.id;
        const FunnelReport r = report(f);
        QCOMPARE(r.deals, 1);
        QCOMPARE(r.stages.at(0).reached, 1); // it entered at Estimate: counted in every stage before it
        QCOMPARE(r.stages.at(2).reached, 1);
        QCOMPARE(r.stages.at(3).reached, 0);
        QCOMPARE(r.stages.at(r.wonIndex()).reached, 0); // won in the old pipeline, not in this one
        QCOMPARE(r.stages.at(2).current, 1);
        QCOMPARE(r.stages.at(2).stays, 0);
        const FunnelReport sales = report(this->sales());
        QCOMPARE(sales.deals, 6);
        QCOMPARE(sales.won(), 1);
    }

    void demoDataIsConsistent()
    {
        Timestamps::setClockForTesting({});
        DealGenerator::Options o;
        o.deals = 3000;
        o.seed = 7;
        QVERIFY(DealGenerator::generate(*m_db, o).ok());
        // The generator writes the funnel columns itself (the trigger is off during bulk loads).
        QCOMPARE(factsFromHistory(m_db), QStringList());
        const FunnelReport r = report(sales());
        QVERIFY(r.deals > 1500);
        QVERIFY(r.won() > 0 && r.lost() > 0);
        QVERIFY(r.stages.at(0).averageDays > 0);
        FunnelFilter f = sales();
        f.owners = {QStringLiteral("ana.popescu"), QStringLiteral("ivan.petrov")};
        f.period = FunnelFilter::Period::StageEntered;
        f.from = QDate(2026, 1, 1);
        report(f);
        // The trigger takes over after the load.
        const QList<qint64> lost = *FunnelQuery(m_db, m_admin)
                                        .drillDown(sales(), {FunnelCell::Kind::Stage,
                                                             FunnelMode::Current,
                                                             stage(QStringLiteral("Lost")),
                                                             0,
                                                             {},
                                                             {}});
        QVERIFY(!lost.isEmpty());
        QVERIFY(DealService(m_db, m_admin).moveToStage(lost.first(), stage(QStringLiteral("Closing"))).ok());
        QCOMPARE(factsFromHistory(m_db), QStringList());
    }

    void upgradedDatabaseIsCounted()
    {
        // A database of version 6 with a stage history gets its funnel columns from migration 7.
        m_db.reset();
        m_tmp.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
        QFile fixture(QStringLiteral(PRISTRIY_TEST_DATA "/fixtures/schema-v6.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, fixture.readAll().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        Result<DatabasePtr> opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
        m_db = *opened;
        QCOMPARE(factsFromHistory(m_db), QStringList());
        FunnelFilter f;
        f.pipelineId = 1;
        const FunnelReport r = report(f, QStringLiteral("dir"));
        QCOMPARE(r.deals, 2);
        QCOMPARE(r.stages.at(0).current, 1);
        QCOMPARE(r.stages.at(0).reached, 2);
        QCOMPARE(r.stages.at(1).reached, 1); // deal 2 reached Agreement, so Commercial proposal too
        QCOMPARE(r.stages.at(2).reached, 1);
        QCOMPARE(r.stages.at(1).lostHere, 1); // moved back to C, lost there
        QCOMPARE(r.stages.at(0).stays, 1);
        QCOMPARE(r.stages.at(0).averageDays, 2.0);
        QCOMPARE(r.stages.at(2).medianDays, 1.5);
        QCOMPARE(r.stages.at(1).medianDays, 5.5);
        QCOMPARE(r.lostByReason.first().name, QStringLiteral("Chose a competitor"));
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestFunnelQuery)
#include "tst_funnelquery.moc"
