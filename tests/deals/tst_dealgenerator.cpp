// Demo deals: the same data for a seed and a "now", stage histories a funnel can count on and that look like
// a team's, exact line items, users of every role with the operating-system user as an administrator, names
// in the database's language.
#include "../testutil.h"
#include "bpmn/bpmnreader.h"
#include "crm/dealservice.h"
#include "crm/lineitemmath.h"
#include "crm/userservice.h"
#include "demo/dealgenerator.h"
#include "demo/democatalog.h"
#include "demo/demogenerator.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC); // a Monday

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
           digest(db, QStringLiteral("SELECT * FROM task ORDER BY id")) +
           digest(db, QStringLiteral("SELECT * FROM call ORDER BY id")) +
           digest(db, QStringLiteral("SELECT * FROM process_map_version ORDER BY map_id")) +
           digest(db, QStringLiteral("SELECT login, display_name, role FROM app_user ORDER BY login"));
}

void generate(const DatabasePtr &db, qint64 contacts, qint64 deals, quint64 seed, const QDateTime &now = kNow,
              const QString &language = {})
{
    if (contacts > 0)
        QVERIFY(DemoGenerator::generate(*db, {contacts, -1, seed, {}, language, now}).ok());
    DealGenerator::Options options;
    options.deals = deals;
    options.seed = seed;
    options.now = now;
    options.language = language;
    const Status s = DealGenerator::generate(*db, options);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
}

QStringList column(const DatabasePtr &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q(db->connection());
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

// Per open stage of the Sales pipeline, in order: the average finished stay in days and the share of the
// deals that reached it which went on to the next stage (or to Won).
struct StageFigures
{
    QList<double> averageDays;
    QList<double> conversion;
};

StageFigures salesFigures(const DatabasePtr &db)
{
    StageFigures f;
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral(
        "WITH h AS (SELECT deal_id, to_stage_id, at, lead(at) OVER w AS left_at, lead(to_stage_id) OVER w AS "
        "next FROM deal_stage_history WINDOW w AS (PARTITION BY deal_id ORDER BY id)) "
        "SELECT s.id, avg(julianday(h.left_at) - julianday(h.at)), count(*), "
        "sum((SELECT kind FROM stage WHERE id = h.next) <> 'lost') FROM stage s JOIN h ON h.to_stage_id = "
        "s.id "
        "WHERE s.pipeline_id = 1 AND s.kind = 'open' AND h.left_at IS NOT NULL GROUP BY s.id ORDER BY "
        "s.position"));
    while (q.next()) {
        f.averageDays.append(q.value(1).toDouble());
        f.conversion.append(q.value(3).toDouble() / q.value(2).toDouble());
    }
    return f;
}

double spread(const QList<double> &values)
{
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    return *low > 0 ? *high / *low : 0;
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

    // Dates follow "now": a month later, the same seed makes histories that end a month later, and nothing
    // happens after "now".
    void datesFollowNow()
    {
        for (const QDateTime &now : {kNow, kNow.addDays(31), kNow.addYears(3)}) {
            TempDatabase tmp;
            generate(tmp.db(), 200, 3000, 7, now);
            const QString nowText = Timestamps::toText(now);
            QCOMPARE(
                scalar(
                    tmp.db(),
                    QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE at >= '%1'").arg(nowText)),
                0);
            QCOMPARE(scalar(tmp.db(), QStringLiteral("SELECT count(*) FROM deal WHERE created_at < '%1'")
                                          .arg(Timestamps::toText(now.addDays(-740)))),
                     0);
            QCOMPARE(
                scalar(tmp.db(),
                       QStringLiteral("SELECT count(*) FROM contact WHERE created_at >= '%1'").arg(nowText)),
                0);
            // Some deal moved in the last week before "now"; open tasks fall due around it.
            QVERIFY(
                scalar(tmp.db(), QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE at >= '%1'")
                                     .arg(Timestamps::toText(now.addDays(-7)))) > 10);
            QVERIFY(
                scalar(tmp.db(), QStringLiteral("SELECT count(*) FROM task WHERE status = 'open' AND due_at "
                                                "BETWEEN '%1' AND '%2'")
                                     .arg(Timestamps::toText(now.addDays(-15)),
                                          Timestamps::toText(now.addDays(47)))) > 10);
            QCOMPARE(
                scalar(tmp.db(),
                       QStringLiteral("SELECT count(*) FROM task WHERE status = 'open' AND (due_at "
                                      "< '%1' OR due_at > '%2')")
                           .arg(Timestamps::toText(now.addDays(-15)), Timestamps::toText(now.addDays(47)))),
                0);
        }
    }

    // The board of a real team: every stage has deals in it, most of them on time; stays differ by stage,
    // conversion falls in the early stages, lost reasons are not all equal, managers differ.
    void looksLikeATeam()
    {
        TempDatabase tmp;
        const DatabasePtr db = tmp.db();
        generate(db, 500, 20000, 11);
        const QString now = Timestamps::toText(kNow);
        const qint64 open =
            scalar(db, QStringLiteral("SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id WHERE "
                                      "s.kind = 'open'"));
        const qint64 late =
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id WHERE s.kind = "
                           "'open' AND julianday(d.stage_entered_at) + s.checkpoint_days < julianday('%1')")
                           .arg(now));
        QVERIFY2(open > 20000 / 30, qPrintable(QString::number(open)));
        QVERIFY2(late > open * 15 / 100 && late < open * 55 / 100,
                 qPrintable(QStringLiteral("%1 late of %2 open").arg(late).arg(open)));
        // Every open stage of both pipelines holds deals.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM stage s WHERE s.kind = 'open' AND NOT EXISTS "
                                      "(SELECT 1 FROM deal WHERE stage_id = s.id)")),
            0);
        const StageFigures sales = salesFigures(db);
        QCOMPARE(sales.averageDays.size(), 6);
        QVERIFY2(spread(sales.averageDays) > 3,
                 qPrintable(QStringLiteral("stays %1").arg(spread(sales.averageDays))));
        // The presentation converts least; later stages convert better.
        QVERIFY2(
            sales.conversion.first() < 0.6 && sales.conversion.last() > 0.8,
            qPrintable(QStringLiteral("%1 … %2").arg(sales.conversion.first()).arg(sales.conversion.last())));
        QVERIFY(spread(sales.conversion) > 1.5);
        // Lost reasons: the most common is several times the rarest, and early losses differ from late ones.
        const QStringList reasons = column(
            db, QStringLiteral(
                    "SELECT count(*) FROM deal WHERE lost_reason_id IS NOT NULL GROUP BY lost_reason_id "
                    "ORDER BY 1"));
        QCOMPARE(reasons.size(), 5);
        QVERIFY2(reasons.last().toDouble() > 1.8 * reasons.first().toDouble(),
                 qPrintable(reasons.join(u' ')));
        const auto topReason = [&](const char *stages) {
            return scalar(
                db, QStringLiteral("SELECT lost_reason_id FROM deal WHERE funnel_lost_at IN (%1) GROUP BY "
                                   "lost_reason_id ORDER BY count(*) DESC LIMIT 1")
                        .arg(QLatin1String(stages)));
        };
        QVERIFY(topReason("1") != topReason("5, 6"));
        // Some managers win more often than others.
        const QStringList winRates =
            column(db, QStringLiteral(
                           "SELECT avg(s.kind = 'won') FROM deal d JOIN stage s ON s.id = d.stage_id WHERE "
                           "s.kind <> 'open' GROUP BY d.owner ORDER BY 1"));
        QCOMPARE(winRates.size(), 5);
        QVERIFY2(winRates.last().toDouble() > 1.3 * winRates.first().toDouble(),
                 qPrintable(winRates.join(u' ')));
        // Deals come in on working days, in office hours; more of them lately.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM deal WHERE strftime('%w', created_at) IN ('0', "
                                      "'6') OR substr(created_at, 12, 2) NOT BETWEEN '06' AND '15'")),
            0);
        const qint64 lastYear =
            scalar(db, QStringLiteral("SELECT count(*) FROM deal WHERE created_at >= '%1'")
                           .arg(Timestamps::toText(kNow.addYears(-1))));
        QVERIFY2(lastYear > 20000 * 55 / 100, qPrintable(QString::number(lastYear)));
    }

    // The pipelines, stages, lost reasons, products, route maps and activities of a demo database are named
    // in its language, which is recorded; the route maps stay valid BPMN.
    void namesInTheDatabaseLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("pipelines");
        QTest::addColumn<QString>("firstStage");
        QTest::addColumn<QString>("firstReason");
        QTest::addColumn<QString>("firstProduct");
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("mapElement");
        const auto S = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("en") << S("en") << QStringList{S("Sales"), S("Turnkey renovation")}
                            << S("Presentation") << S("Price too high") << S("Consulting hour")
                            << S("Complaint handling") << S("Register complaint");
        QTest::newRow("ro") << S("ro") << QStringList{S("Vânzări"), S("Renovare la cheie")} << S("Prezentare")
                            << S("Preț prea mare") << S("Oră de consultanță")
                            << S("Gestionarea reclamațiilor") << S("Înregistrează reclamația");
        QTest::newRow("ru") << S("ru") << QStringList{S("Продажи"), S("Ремонт под ключ")} << S("Презентация")
                            << S("Слишком высокая цена") << S("Час консультации") << S("Работа с жалобами")
                            << S("Зарегистрировать жалобу");
        QTest::newRow("uk") << S("uk") << QStringList{S("Продажі"), S("Ремонт під ключ")} << S("Презентація")
                            << S("Зависока ціна") << S("Година консультації") << S("Робота зі скаргами")
                            << S("Зареєструвати скаргу");
    }

    void namesInTheDatabaseLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, pipelines);
        QFETCH(QString, firstStage);
        QFETCH(QString, firstReason);
        QFETCH(QString, firstProduct);
        QFETCH(QString, map);
        QFETCH(QString, mapElement);
        TempDatabase tmp;
        const DatabasePtr db = tmp.db();
        generate(db, 200, 500, 3, kNow, language);
        QCOMPARE(DemoCatalog::databaseLanguage(*db), language);
        QCOMPARE(column(db, QStringLiteral("SELECT name FROM pipeline ORDER BY position")), pipelines);
        QCOMPARE(column(db, QStringLiteral("SELECT name FROM stage WHERE pipeline_id = 1 ORDER BY position"))
                     .first(),
                 firstStage);
        QCOMPARE(column(db, QStringLiteral("SELECT name FROM lost_reason ORDER BY position")).first(),
                 firstReason);
        QCOMPARE(column(db, QStringLiteral("SELECT name FROM product ORDER BY id")).first(), firstProduct);
        // Nothing of the English seeds or demo words is left in another language's database.
        const QStringList english = {QStringLiteral("Sales"),        QStringLiteral("Won"),
                                     QStringLiteral("Lost"),         QStringLiteral("No budget"),
                                     QStringLiteral("Office chair"), QStringLiteral("Call back"),
                                     QStringLiteral("Website")};
        const QStringList names =
            column(db, QStringLiteral("SELECT name FROM pipeline UNION ALL SELECT name FROM stage "
                                      "UNION ALL SELECT name FROM lost_reason UNION ALL SELECT "
                                      "name FROM product UNION ALL SELECT title FROM task UNION "
                                      "ALL SELECT DISTINCT source FROM deal"));
        for (const QString &word : english)
            QCOMPARE(names.contains(word), language == QLatin1String("en"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM company WHERE industry = 'Construction'")) >
                     0,
                 language == QLatin1String("en"));
        // Four route maps, the sales one following the first pipeline, in the language and valid.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM process_map")), 4);
        QCOMPARE(column(db, QStringLiteral("SELECT name FROM process_map WHERE pipeline_id = 1")),
                 QStringList{pipelines.first()});
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT m.name, v.xml FROM process_map m JOIN process_map_version v ON "
                                      "v.map_id = m.id")));
        int maps = 0;
        while (q.next()) {
            ++maps;
            const QByteArray xml = q.value(1).toString().toUtf8();
            const BpmnReadResult read = BpmnReader::read(xml);
            QVERIFY2(read.readable && !read.hasErrors(), qPrintable(q.value(0).toString()));
            if (q.value(0).toString() == map)
                QVERIFY2(xml.contains(QByteArray("name=\"" + mapElement.toUtf8() + '"')), xml.constData());
        }
        QCOMPARE(maps, 4);
        // A second run keeps the maps and the names.
        generate(db, 0, 100, 4, kNow, language);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM process_map")), 4);
        QCOMPARE(column(db, QStringLiteral("SELECT name FROM pipeline ORDER BY position")), pipelines);
    }

    // Demo data is added in the language of the data already there, or not at all.
    void otherLanguageRefused()
    {
        TempDatabase tmp;
        generate(tmp.db(), 50, 50, 1, kNow, QStringLiteral("ro"));
        DealGenerator::Options options;
        options.deals = 10;
        options.now = kNow;
        options.language = QStringLiteral("ru");
        const Status refused = DealGenerator::generate(*tmp.db(), options);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Română")),
                 qPrintable(refused.error().message));
        options.language = QStringLiteral("de");
        QVERIFY(!DealGenerator::generate(*tmp.db(), options).ok());
        QCOMPARE(scalar(tmp.db(), QStringLiteral("SELECT count(*) FROM deal")), 50);
        options.language.clear(); // the database's
        QVERIFY(DealGenerator::generate(*tmp.db(), options).ok());
        QCOMPARE(scalar(tmp.db(), QStringLiteral("SELECT count(*) FROM deal")), 60);
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
        // Over two years most deals have closed, most of them lost; some are still open; both pipelines have
        // deals.
        const qint64 open = scalar(db, QStringLiteral("SELECT count(*) FROM deal WHERE closed_at IS NULL"));
        const qint64 won = scalar(
            db, QStringLiteral(
                    "SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id WHERE s.kind = 'won'"));
        const qint64 lost = scalar(
            db, QStringLiteral(
                    "SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id WHERE s.kind = 'lost'"));
        QVERIFY2(open > 4000 / 25 && open < 4000 / 3 && lost > won && won > 4000 / 25,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(open).arg(won).arg(lost)));
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

    // The global --now pins the clock the demo reads: the same seed and "now" make the same data.
    void cliNowAndLanguage()
    {
        TempDatabase a;
        TempDatabase b;
        const auto cli = [](const QString &db, const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(PRISTRIY_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), p.readAllStandardError());
        };
        const QStringList demo = {QStringLiteral("--now"), QStringLiteral("2026-03-02T10:00:00Z"),
                                  QStringLiteral("demo"),  QStringLiteral("--deals"),
                                  QStringLiteral("300"),   QStringLiteral("--seed"),
                                  QStringLiteral("4"),     QStringLiteral("--language"),
                                  QStringLiteral("ro")};
        QCOMPARE(cli(a.path(), demo).first, 0);
        QCOMPARE(cli(b.path(), demo).first, 0);
        const DatabasePtr dbA = a.reopen();
        const DatabasePtr dbB = b.reopen();
        QCOMPARE(everything(dbA), everything(dbB));
        QCOMPARE(scalar(dbA, QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE at >= "
                                            "'2026-03-02T10:00:00.000Z'")),
                 0);
        QVERIFY(scalar(dbA, QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE at >= "
                                           "'2026-02-16T00:00:00.000Z'")) > 0);
        QCOMPARE(column(dbA, QStringLiteral("SELECT name FROM pipeline WHERE id = 1")),
                 QStringList{QStringLiteral("Vânzări")});
        const auto refused = [&](const QStringList &args, const char *message) {
            const auto [code, err] = cli(a.path(), args);
            QCOMPARE(code, 2);
            QVERIFY2(err.contains(message), err.constData());
        };
        refused({QStringLiteral("--now"), QStringLiteral("yesterday"), QStringLiteral("deals"),
                 QStringLiteral("count")},
                "--now expects");
        // Without a zone the time would mean another instant on every machine.
        refused({QStringLiteral("--now"), QStringLiteral("2026-03-02T10:00:00"), QStringLiteral("deals"),
                 QStringLiteral("count")},
                "--now expects");
        refused({QStringLiteral("--now")}, "--now needs");
        refused({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("5"),
                 QStringLiteral("--language"), QStringLiteral("de")},
                "--language expects");
        QCOMPARE(scalar(a.reopen(), QStringLiteral("SELECT count(*) FROM deal")), 300);
        // A date is its midnight, UTC; an offset is honoured.
        QCOMPARE(Timestamps::parseNow(QStringLiteral("2026-03-02")),
                 QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(Timestamps::parseNow(QStringLiteral("2026-03-02T12:00:00+02:00")),
                 QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
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
