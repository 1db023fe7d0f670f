// Demo deals: the same data for a seed, stage histories a funnel can count on, exact line items, users of
// every role with the operating-system user as an administrator.
#include "../testutil.h"
#include "crm/dealservice.h"
#include "crm/lineitemmath.h"
#include "crm/userservice.h"
#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
#include "store/systemuser.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A digest of every row a query returns.
QByteArray digest(const DatabasePtr &db, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db->connection());
    if (!q.exec(sql))
        return {};
    while (q.next()) {
        for (int c = 0; c < q.record().count(); ++c)
            hash.addData(QByteArray(q.value(c).toString().toUtf8() + '\x1f'));
        hash.addData("\x1e");
    }
    return hash.result().toHex();
}

QByteArray everything(const DatabasePtr &db)
{
    return digest(db, QStringLiteral("SELECT * FROM deal ORDER BY id")) +
           digest(db, QStringLiteral("SELECT * FROM deal_stage_history ORDER BY id")) +
           digest(db, QStringLiteral("SELECT * FROM deal_line_item ORDER BY id")) +
           digest(db, QStringLiteral("SELECT * FROM product ORDER BY id")) +
           digest(db, QStringLiteral("SELECT login, display_name, role FROM app_user ORDER BY login"));
}

void generate(const DatabasePtr &db, qint64 contacts, qint64 deals, quint64 seed)
{
    if (contacts > 0)
        QVERIFY(DemoGenerator::generate(*db, {contacts, -1, seed, {}}).ok());
    DealGenerator::Options options;
    options.deals = deals;
    options.seed = seed;
    const Status s = DealGenerator::generate(*db, options);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
}

} // namespace

class TestDealGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameDataForASeed()
    {
        TempDatabase a;
        TempDatabase b;
        TempDatabase c;
        generate(a.db(), 200, 1500, 7);
        generate(b.db(), 200, 1500, 7);
        generate(c.db(), 200, 1500, 8);
        QCOMPARE(everything(a.db()), everything(b.db()));
        QVERIFY(everything(a.db()) != everything(c.db()));
    }

    void historiesAreConsistent()
    {
        TempDatabase tmp;
        const DatabasePtr db = tmp.db();
        generate(db, 300, 4000, 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM deal")), 4000);
        // The first row places the deal; every later one starts where the previous one ended, later.
        QCOMPARE(
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM (SELECT from_stage_id, at, "
                           "row_number() OVER w AS rn, lag(to_stage_id) OVER w AS prev, lag(at) OVER w AS "
                           "prev_at FROM deal_stage_history WINDOW w AS (PARTITION BY deal_id ORDER BY id)) "
                           "WHERE (rn = 1 AND from_stage_id IS NOT NULL) OR (rn > 1 AND (from_stage_id IS "
                           "NOT prev OR at <= prev_at))")),
            0);
        // The deal is where its history ended, since then; created where it began.
        QCOMPARE(
            scalar(
                db,
                QStringLiteral(
                    "SELECT count(*) FROM deal d WHERE "
                    "stage_id IS NOT (SELECT to_stage_id FROM deal_stage_history WHERE deal_id = d.id "
                    "ORDER BY id DESC LIMIT 1) OR stage_entered_at IS NOT (SELECT at FROM "
                    "deal_stage_history WHERE deal_id = d.id ORDER BY id DESC LIMIT 1) OR created_at "
                    "IS NOT (SELECT at FROM deal_stage_history WHERE deal_id = d.id ORDER BY id LIMIT 1)")),
            0);
        // Won and lost deals are closed, lost ones with a reason; open ones are neither.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id WHERE "
                                      "(s.kind <> 'open') <> (d.closed_at IS NOT NULL) OR "
                                      "(s.kind = 'lost') <> (d.lost_reason_id IS NOT NULL) OR "
                                      "d.closed_at IS NOT NULL AND d.closed_at <> d.stage_entered_at OR "
                                      "s.pipeline_id <> d.pipeline_id")),
            0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM deal_stage_history h JOIN deal d ON d.id = "
                                      "h.deal_id JOIN stage s ON s.id = h.to_stage_id WHERE s.pipeline_id <> "
                                      "d.pipeline_id")),
            0);
        // Most deals stop early; some win, some are lost; both pipelines have deals.
        const qint64 open = scalar(db, QStringLiteral("SELECT count(*) FROM deal WHERE closed_at IS NULL"));
        const qint64 won = scalar(
            db, QStringLiteral(
                    "SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id WHERE s.kind = 'won'"));
        const qint64 lost = scalar(
            db, QStringLiteral(
                    "SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id WHERE s.kind = 'lost'"));
        QVERIFY2(open > won + lost, qPrintable(QStringLiteral("%1 %2 %3").arg(open).arg(won).arg(lost)));
        QVERIFY(won > 100);
        QVERIFY(lost > 100);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT pipeline_id) FROM deal")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE "
                                           "integrity_check <> 'ok'")),
                 0);
    }

    void lineItemsAreExact()
    {
        TempDatabase tmp;
        const DatabasePtr db = tmp.db();
        generate(db, 0, 2000, 5);
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT quantity_milli, unit_price_minor, discount_bp, total_minor FROM "
                                  "deal_line_item")));
        int items = 0;
        while (q.next()) {
            ++items;
            QCOMPARE(
                LineItemMath::total(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()),
                std::optional<qint64>(q.value(3).toLongLong()));
        }
        QVERIFY(items > 300);
        // The amount follows the line items where it is set to.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM deal d WHERE amount_from_items = 1 AND "
                                      "amount_minor <> (SELECT sum(total_minor) FROM deal_line_item WHERE "
                                      "deal_id = d.id)")),
            0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM deal d WHERE amount_from_items = 0 AND EXISTS "
                                      "(SELECT 1 FROM deal_line_item WHERE deal_id = d.id)")),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM product WHERE price_minor > 0")), 50);
        // Without contacts the deals have none.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM deal WHERE contact_id IS NOT NULL")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    }

    void usersOfEveryRole()
    {
        TempDatabase tmp;
        const DatabasePtr db = tmp.db();
        DealGenerator::Options options;
        options.deals = 500;
        options.salesManagers = 7;
        options.products = 3;
        QVERIFY(DealGenerator::generate(*db, options).ok());
        const QString me = SystemUser::login();
        const Result<User> user = UserService(db, me).current();
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().fullText()));
        QCOMPARE(user->role, User::Role::Administrator);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'sales_manager'")), 7);
        for (const char *role : {"director", "process_owner", "administrator"}) {
            QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM app_user WHERE role = '%1'")
                                   .arg(QLatin1String(role))) >= 1);
        }
        // Sales managers own the deals, every one of them some.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM deal d WHERE NOT EXISTS (SELECT 1 FROM app_user "
                                      "WHERE login = d.owner AND role = 'sales_manager')")),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT owner) FROM deal")), 7);
        QCOMPARE(DealService(db, me).count({}).value(), 500);
        const QString ana = DealGenerator::salesManagerLogins(1).first();
        QCOMPARE(DealService(db, ana).count({}).value(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM deal WHERE owner = '%1'").arg(ana)));
        // A second run adds to what is there.
        QVERIFY(DealGenerator::generate(*db, options).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM deal")), 1000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'sales_manager'")), 7);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    }

    // `demo --deals` as a user runs it: contacts for the deals, then the CLI works without --as.
    void cliDemoDeals()
    {
        TempDatabase tmp;
        const auto cli = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(PRISTRIY_CLI_PATH),
                    QStringList{QStringLiteral("--db"), tmp.path()} + args);
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput().trimmed());
        };
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("300"),
                      QStringLiteral("--users"), QStringLiteral("3"), QStringLiteral("--products"),
                      QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("4")})
                     .first,
                 0);
        QCOMPARE(cli({QStringLiteral("deals"), QStringLiteral("count")}),
                 std::make_pair(0, QByteArray("300")));
        const QByteArray users = cli({QStringLiteral("users"), QStringLiteral("list"),
                                      QStringLiteral("--format"), QStringLiteral("csv")})
                                     .second;
        const QByteArray me = SystemUser::login().toUtf8();
        QVERIFY(users.contains(QByteArray(me + ',' + me + ",administrator")));
        QCOMPARE(users.count("sales_manager"), 3);
        const DatabasePtr db = tmp.reopen();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contact")), 100);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM product")), 10);
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("-1")}).first, 2);
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("5"),
                      QStringLiteral("--users"), QStringLiteral("0")})
                     .first,
                 2);
    }

    void refusesBadNumbers()
    {
        TempDatabase tmp;
        DealGenerator::Options options;
        options.deals = -1;
        QVERIFY(!DealGenerator::generate(*tmp.db(), options).ok());
        options.deals = 10;
        options.salesManagers = 0;
        QVERIFY(!DealGenerator::generate(*tmp.db(), options).ok());
        QCOMPARE(scalar(tmp.db(), QStringLiteral("SELECT count(*) FROM deal")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDealGenerator)
#include "tst_dealgenerator.moc"
