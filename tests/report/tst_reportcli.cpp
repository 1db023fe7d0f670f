// pristriy-cli report funnel, run as other tools run it: the same numbers as the dashboard, rows that add
// up, and clear refusals.
#include "../testutil.h"
#include "report/funnelquery.h"
#include "store/systemuser.h"

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

class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QJsonArray funnel(const QStringList &options)
    {
        const Run r = cli(m_path, QStringList{QStringLiteral("report"), QStringLiteral("funnel")} + options);
        if (r.exitCode != 0)
            qFatal("report funnel failed: %s", r.err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        if (!doc.isArray())
            qFatal("not a JSON array: %s", r.out.constData());
        return doc.array();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo =
            cli(m_path, {QStringLiteral("--now"), QStringLiteral("2026-11-02T09:00:00Z"), // periods of 2026
                         QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("3000")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void currentModeRowsAddUp()
    {
        const QJsonArray rows = funnel({QStringLiteral("--pipeline"), QStringLiteral("Sales"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(rows.size(), 8); // six stages, Won, Lost
        QStringList stages;
        qint64 deals = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            for (const char *key : {"stage", "deals", "amount", "conversion_from_previous",
                                    "conversion_from_first", "avg_days_in_stage"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            stages.append(row.value(QStringLiteral("stage")).toString());
            deals += row.value(QStringLiteral("deals")).toInteger();
            const QJsonValue conversion = row.value(QStringLiteral("conversion_from_first"));
            if (!conversion.isNull())
                QVERIFY(conversion.toDouble() >= 0 && conversion.toDouble() <= 1);
        }
        QCOMPARE(stages.first(), QStringLiteral("Presentation"));
        QCOMPARE(stages.at(6), QStringLiteral("Won"));
        QCOMPARE(stages.at(7), QStringLiteral("Lost"));

        // The same numbers as the dashboard's query.
        DatabasePtr db = *Database::open(m_path);
        FunnelFilter f;
        f.pipelineId = 1;
        const Result<FunnelReport> r = FunnelQuery(db, SystemUser::login()).compute(f);
        QVERIFY(r.ok());
        QCOMPARE(deals, r->deals);
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("deals")).toInteger(), r->stages.at(i).current);
            QCOMPARE(row.value(QStringLiteral("amount")).toInteger(),
                     r->stages.at(i).currentAmount.value(r->mainCurrency));
            if (i < r->wonIndex()) {
                QVERIFY(qAbs(row.value(QStringLiteral("avg_days_in_stage")).toDouble() -
                             r->stages.at(i).averageDays) < 0.006);
            }
        }
    }

    void reachedModeNeverWidens()
    {
        const QJsonArray rows =
            funnel({QStringLiteral("--pipeline"), QStringLiteral("sales"), QStringLiteral("--mode"),
                    QStringLiteral("reached"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(rows.size(), 7); // six stages and Won
        for (int i = 1; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const qint64 before = rows.at(i - 1).toObject().value(QStringLiteral("deals")).toInteger();
            const qint64 here = row.value(QStringLiteral("deals")).toInteger();
            QVERIFY(here <= before);
            QVERIFY(qAbs(row.value(QStringLiteral("conversion_from_previous")).toDouble() -
                         double(here) / double(before)) < 1e-6);
        }
    }

    void filtersAndCsv()
    {
        const Run r =
            cli(m_path, {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--pipeline"),
                         QStringLiteral("Sales"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--owner"),
                         QStringLiteral("ana.popescu"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines.first().startsWith("stage,kind,deals,amount,currency,conversion_from_previous,"
                                         "conversion_from_first,avg_days_in_stage"));
        QVERIFY(lines.at(1).startsWith("Presentation,open,"));
        DatabasePtr db = *Database::open(m_path);
        FunnelFilter f;
        f.pipelineId = 1;
        f.from = QDate(2026, 1, 1);
        f.to = QDate(2026, 6, 30);
        f.owners = {QStringLiteral("ana.popescu")};
        const Result<FunnelReport> rep = FunnelQuery(db, SystemUser::login()).compute(f);
        qint64 sum = 0;
        for (int i = 1; i < lines.size(); ++i)
            sum += lines.at(i).split(',').at(2).toLongLong();
        QCOMPARE(sum, rep->deals);
        QVERIFY(rep->deals > 0 && rep->deals < 1000);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const QString p = QStringLiteral("--pipeline");
        QTest::newRow("no pipeline") << QStringList{} << QStringLiteral("--pipeline");
        QTest::newRow("unknown pipeline") << QStringList{p, QStringLiteral("Nope")} << QStringLiteral("Nope");
        QTest::newRow("bad mode") << QStringList{p, QStringLiteral("Sales"), QStringLiteral("--mode"),
                                                 QStringLiteral("widest")}
                                  << QStringLiteral("widest");
        QTest::newRow("bad date") << QStringList{p, QStringLiteral("Sales"), QStringLiteral("--from"),
                                                 QStringLiteral("2026-13-01")}
                                  << QStringLiteral("2026-13-01");
        QTest::newRow("reversed") << QStringList{p,
                                                 QStringLiteral("Sales"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2026-05-01"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2026-04-01")}
                                  << QStringLiteral("2026-05-01");
        QTest::newRow("unknown owner")
            << QStringList{p, QStringLiteral("Sales"), QStringLiteral("--owner"), QStringLiteral("nobody")}
            << QStringLiteral("nobody");
        QTest::newRow("bad format") << QStringList{p, QStringLiteral("Sales"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << QStringLiteral("xml");
    }
    void refusals()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run r = cli(m_path, QStringList{QStringLiteral("report"), QStringLiteral("funnel")} + options);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
