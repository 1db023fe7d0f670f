// pristriy-cli deals and users, run as a user would run them.
#include "../testutil.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "store/systemuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PRISTRIY_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestDealsCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    QList<qint64> m_deals; // ana's, ivan's, and one in Turnkey renovation of ana's

    QString stateOf()
    {
        QSqlQuery q(m_tmp->db()->connection());
        q.exec(QStringLiteral(
            "SELECT (SELECT group_concat(id || ':' || stage_id || ':' || coalesce(deleted_at, '-')) FROM "
            "deal) || "
            "'|' || "
            "(SELECT count(*) FROM deal_stage_history) || '|' || (SELECT count(*) FROM event)"));
        q.next();
        return q.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        m_tmp = std::make_unique<TempDatabase>();
        DatabasePtr db = m_tmp->db();
        const QString admin = SystemUser::login();
        UserService users(db, admin);
        QVERIFY(users.current().ok());
        for (const QString &login : {QStringLiteral("ana"), QStringLiteral("ivan")}) {
            User u;
            u.login = login;
            QVERIFY(users.create(u).ok());
        }
        PipelineService pipelines(db, admin);
        const Result<QList<Pipeline>> all = pipelines.pipelines();
        DealService deals(db, admin);
        const std::tuple<const char *, const char *, qint64, int> rows[] = {
            {"Kitchen, Str. Lalelelor 5", "ana", 250000, 0},
            {"Office, Bd. Unirii 12", "ivan", 990000, 0},
            {"Flat, Kyiv", "ana", 1200000, 1}};
        for (const auto &[title, owner, amount, pipeline] : rows) {
            Deal d;
            d.title = QString::fromUtf8(title);
            d.owner = QString::fromLatin1(owner);
            d.amountMinor = amount;
            d.currency = QStringLiteral("EUR");
            d.pipelineId = all->at(pipeline).id;
            const Result<qint64> id = deals.create(d);
            QVERIFY(id.ok());
            m_deals.append(*id);
        }
    }

    void usersList()
    {
        const Run r = cli(m_tmp->path(), {QStringLiteral("users"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("ana"));
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("sales_manager"));
        const Run csv = cli(m_tmp->path(), {QStringLiteral("users"), QStringLiteral("list"),
                                            QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("login,display_name,role,active,"));
        QVERIFY(csv.out.contains("\nivan,ivan,sales_manager,1,"));
    }

    void count_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("all") << QStringList{} << QByteArray("3\n");
        QTest::addRow("pipeline") << QStringList{QStringLiteral("--pipeline"), QStringLiteral("sales")}
                                  << QByteArray("2\n");
        QTest::addRow("stage") << QStringList{QStringLiteral("--stage"), QStringLiteral("Request")}
                               << QByteArray("1\n");
        QTest::addRow("as ana") << QStringList{QStringLiteral("--as"), QStringLiteral("ana")}
                                << QByteArray("2\n");
        QTest::addRow("owner") << QStringList{QStringLiteral("--owner"), QStringLiteral("ivan")}
                               << QByteArray("1\n");
    }

    void count()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const Run r =
            cli(m_tmp->path(), QStringList{QStringLiteral("deals"), QStringLiteral("count")} + args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, expected);
    }

    void list()
    {
        const Run r =
            cli(m_tmp->path(), {QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--pipeline"),
                                QStringLiteral("Sales"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray deals = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(deals.size(), 2);
        const QJsonObject first = deals.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), m_deals.at(0));
        QCOMPARE(first.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Kitchen, Str. Lalelelor 5"));
        QCOMPARE(first.value(QStringLiteral("pipeline")).toString(), QStringLiteral("Sales"));
        QCOMPARE(first.value(QStringLiteral("stage")).toString(), QStringLiteral("Presentation"));
        QCOMPARE(first.value(QStringLiteral("amount")).toInteger(), 250000);
        QCOMPARE(first.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("ana"));

        const Run csv =
            cli(m_tmp->path(), {QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--limit"),
                                QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out, QByteArray("id,title,pipeline,stage,amount,currency,owner\n") +
                              QByteArray::number(m_deals.at(0)) +
                              ",\"Kitchen, Str. Lalelelor 5\",Sales,Presentation,250000,EUR,ana\n");
    }

    void move()
    {
        const QString id = QString::number(m_deals.at(0));
        const Run r =
            cli(m_tmp->path(), {QStringLiteral("deals"), QStringLiteral("move"), id,
                                QStringLiteral("Agreement"), QStringLiteral("--as"), QStringLiteral("ana")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Result<QList<StageChange>> history =
            DealService(m_tmp->db(), SystemUser::login()).history(m_deals.at(0));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().actor, QStringLiteral("ana"));
        const Run count = cli(m_tmp->path(), {QStringLiteral("deals"), QStringLiteral("count"),
                                              QStringLiteral("--stage"), QStringLiteral("Agreement")});
        QCOMPARE(count.out, QByteArray("1\n"));
    }

    void refusedMoves_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString ivans = QString::number(m_deals.at(1));
        QTest::addRow("someone else's deal")
            << QStringList{ivans, QStringLiteral("Agreement"), QStringLiteral("--as"), QStringLiteral("ana")}
            << QStringLiteral("belongs to “ivan”");
        QTest::addRow("unknown stage")
            << QStringList{ivans, QStringLiteral("Nowhere")} << QStringLiteral("no stage “Nowhere”");
        QTest::addRow("stage of another pipeline")
            << QStringList{ivans, QStringLiteral("Site survey")} << QStringLiteral("no stage “Site survey”");
        QTest::addRow("unknown user") << QStringList{ivans, QStringLiteral("Agreement"),
                                                     QStringLiteral("--as"), QStringLiteral("mallory")}
                                      << QStringLiteral("not a user");
        QTest::addRow("lost without reason")
            << QStringList{ivans, QStringLiteral("Lost")} << QStringLiteral("reason");
        QTest::addRow("no such deal")
            << QStringList{QStringLiteral("999999"), QStringLiteral("Agreement")} << QStringLiteral("999999");
    }

    void refusedMoves()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString before = stateOf();
        const Run r = cli(m_tmp->path(), QStringList{QStringLiteral("deals"), QStringLiteral("move")} + args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(stateOf(), before);
    }

    void lostWithReason()
    {
        const Run r = cli(m_tmp->path(),
                          {QStringLiteral("deals"), QStringLiteral("move"), QString::number(m_deals.at(1)),
                           QStringLiteral("lost"), QStringLiteral("--reason"), QStringLiteral("No budget")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(DealService(m_tmp->db(), SystemUser::login()).get(m_deals.at(1))->lostReasonId, 3);
    }

    void deleteAndRestore()
    {
        const QString kitchen = QString::number(m_deals.at(0));
        const QString flat = QString::number(m_deals.at(2));
        const Run del = cli(m_tmp->path(), {QStringLiteral("--now"), QStringLiteral("2030-01-02T03:04:05Z"),
                                            QStringLiteral("deals"), QStringLiteral("delete"), kitchen, flat,
                                            QStringLiteral("--as"), QStringLiteral("ana")});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        QCOMPARE(del.out, QByteArray("Deal " + kitchen.toLatin1() + " is in the trash.\nDeal " +
                                     flat.toLatin1() + " is in the trash.\n"));
        QSqlQuery q(m_tmp->db()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT deleted_at FROM deal WHERE id = ") + kitchen) && q.next());
        QVERIFY2(q.value(0).toString().startsWith(QLatin1String("2030-01-02T03:04:05")),
                 qPrintable(q.value(0).toString()));
        const Run count = cli(m_tmp->path(), {QStringLiteral("deals"), QStringLiteral("count"),
                                              QStringLiteral("--as"), QStringLiteral("ana")});
        QCOMPARE(count.out, QByteArray("0\n"));

        const Run restore = cli(m_tmp->path(), {QStringLiteral("deals"), QStringLiteral("restore"), kitchen,
                                                QStringLiteral("--as"), QStringLiteral("ana")});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QCOMPARE(restore.out, QByteArray("Deal " + kitchen.toLatin1() + " is restored.\n"));
        const Run after = cli(m_tmp->path(), {QStringLiteral("deals"), QStringLiteral("count"),
                                              QStringLiteral("--as"), QStringLiteral("ana")});
        QCOMPARE(after.out, QByteArray("1\n"));
        QVERIFY(cli(m_tmp->path(), {QStringLiteral("deals"), QStringLiteral("restore"), flat}).exitCode == 0);
    }

    void refusedTrash_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString anas = QString::number(m_deals.at(0));
        const QString ivans = QString::number(m_deals.at(1));
        QTest::addRow("someone else's deal") << QStringList{QStringLiteral("delete"), anas, ivans,
                                                            QStringLiteral("--as"), QStringLiteral("ana")}
                                             << QStringLiteral("belongs to “ivan”");
        QTest::addRow("no such deal") << QStringList{QStringLiteral("delete"), anas, QStringLiteral("999999")}
                                      << QStringLiteral("999999");
        QTest::addRow("restore a live deal")
            << QStringList{QStringLiteral("restore"), anas} << QStringLiteral("in the trash");
        QTest::addRow("not an id") << QStringList{QStringLiteral("delete"), QStringLiteral("x1")}
                                   << QStringLiteral("not a deal ID");
        QTest::addRow("no id") << QStringList{QStringLiteral("delete")} << QStringLiteral("needs the ID");
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("restore"), anas, QStringLiteral("--all")}
            << QStringLiteral("--all");
    }

    void refusedTrash()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString before = stateOf();
        const Run r = cli(m_tmp->path(), QStringList{QStringLiteral("deals")} + args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(stateOf(), before);
    }
};

QTEST_GUILESS_MAIN(TestDealsCli)
#include "tst_dealscli.moc"
