// pristriy-cli tasks list, and the demo's tasks and calls, run as a user would run them.
#include "activity/taskservice.h"
#include "activitytestbase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

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
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestTasksCli : public QObject
{
    Q_OBJECT

private:
    ActivityFixture f;
    qint64 m_overdue = 0;
    qint64 m_upcoming = 0;

    qint64 task(const QString &as, const QString &title, const QDateTime &due)
    {
        Task t;
        t.title = title;
        t.dueAt = due;
        return ActivityFixture::must(TaskService(f.db, as).create(t));
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_upcoming = task(QStringLiteral("ana"), QStringLiteral("Send \"the\" offer, v2"), now.addDays(3));
        m_overdue = task(QStringLiteral("ana"), QStringLiteral("Call back"), now.addDays(-2));
        task(QStringLiteral("ivan"), QStringLiteral("Ivan's own"), now.addDays(1));
        const qint64 done = task(QStringLiteral("ana"), QStringLiteral("Finished"), now.addDays(-5));
        QVERIFY(TaskService(f.db, QStringLiteral("ana")).complete(done).ok());
    }
    void cleanupTestCase() { f.tearDown(); }

    void listsOwnOpenTasksAsJson()
    {
        const Run r =
            cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--as"),
                                QStringLiteral("ana"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray tasks = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(tasks.size(), 2); // not the done one, not ivan's
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_overdue); // due order
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("overdue")).toBool(), true);
        QCOMPARE(tasks.at(1).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Send \"the\" offer, v2"));
        QCOMPARE(tasks.at(1).toObject().value(QStringLiteral("assignee")).toString(), QStringLiteral("ana"));
        QCOMPARE(tasks.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(tasks.at(1).toObject().value(QStringLiteral("due_at")).toString().endsWith(u'Z'));
    }

    void overdueOnlyAsCsv()
    {
        const Run r =
            cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--overdue"),
                                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--as"),
                                QStringLiteral("ana")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(
            lines.at(0),
            QByteArray("id,title,due_at,overdue,assignee,priority,status,deal_id,contact_id,company_id"));
        QVERIFY2(lines.at(1).startsWith(QByteArray(QByteArray::number(m_overdue) + ",Call back,")),
                 lines.at(1).constData());
        QVERIFY(lines.at(1).contains(",true,ana,1,open,"));
    }

    void quotesCsvFields()
    {
        const Run r =
            cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--as"), QStringLiteral("ana")});
        QVERIFY(r.out.contains("\"Send \"\"the\"\" offer, v2\""));
    }

    void salesManagerIsRefusedOthersTasks()
    {
        const Run r =
            cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--assignee"),
                                QStringLiteral("ana"), QStringLiteral("--as"), QStringLiteral("ivan")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("sales manager") && r.err.contains("ana"), r.err.constData());
        // A director may.
        const Run director =
            cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--assignee"),
                                QStringLiteral("ana"), QStringLiteral("--as"), QStringLiteral("olena")});
        QCOMPARE(director.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(director.out).array().size(), 2);
        // Nobody unknown.
        const Run stranger = cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"),
                                                 QStringLiteral("--as"), QStringLiteral("mallory")});
        QVERIFY(stranger.exitCode != 0);
        QVERIFY2(stranger.err.contains("mallory"), stranger.err.constData());
    }

    void badOptionsExitWithUsageCode()
    {
        QCOMPARE(cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"),
                                     QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
        QCOMPARE(
            cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--soon")})
                .exitCode,
            2);
        QCOMPARE(cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("drop")}).exitCode, 2);
        QCOMPARE(cli(f.tmp->path(), {QStringLiteral("tasks"), QStringLiteral("list"),
                                     QStringLiteral("--limit"), QStringLiteral("0")})
                     .exitCode,
                 2);
    }

    void demoMakesTasksAndCalls()
    {
        TempDatabase demo;
        const QString path = demo.path();
        demo.db().reset();
        const Run r = cli(path, {QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("3000"),
                                 QStringLiteral("--contacts"), QStringLiteral("500")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        DatabasePtr db = *Database::open(path);
        const auto scalar = [&](const char *sql) {
            QSqlQuery q(db->connection());
            q.exec(QString::fromLatin1(sql));
            q.next();
            return q.value(0).toLongLong();
        };
        // About 30 % of the deals have a task.
        QVERIFY(scalar("SELECT count(*) FROM task") > 600);
        QVERIFY(scalar("SELECT count(*) FROM task") < 1200);
        QVERIFY(scalar("SELECT count(*) FROM task WHERE status = 'open' AND due_at < "
                       "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')") > 0);
        QVERIFY(scalar("SELECT count(*) FROM task WHERE status = 'open' AND due_at > "
                       "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')") > 0);
        QVERIFY(scalar("SELECT count(*) FROM task WHERE status = 'done'") > 0);
        QCOMPARE(scalar("SELECT count(*) FROM task WHERE assignee NOT IN (SELECT login FROM app_user)"), 0);
        // Reminders in the past count as shown, so that opening the demo does not pop up thousands.
        QCOMPARE(scalar("SELECT count(*) FROM task WHERE reminded_at IS NULL AND remind_at < "
                        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 minute')"),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM call WHERE outcome = 'missed'") > 0);
        QVERIFY(scalar("SELECT count(*) FROM call WHERE outcome = 'answered' AND duration_s > 0") > 0);
        QCOMPARE(scalar("SELECT count(*) FROM call WHERE outcome = 'missed' AND duration_s > 0"), 0);
        QCOMPARE(scalar("SELECT count(*) FROM call c JOIN deal d ON d.id = c.deal_id WHERE c.contact_id IS "
                        "NOT d.contact_id"),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM call WHERE phone <> '' AND normalized LIKE '+%'") > 0);
        // The demo's sales managers see their overdue tasks on the command line.
        const Run overdue =
            cli(path, {QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--overdue"),
                       QStringLiteral("--as"), QStringLiteral("ana.popescu")});
        QVERIFY2(overdue.exitCode == 0, overdue.err.constData());
        QVERIFY(QJsonDocument::fromJson(overdue.out).array().size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestTasksCli)
#include "tst_taskscli.moc"
