// The board of a pipeline: column counts and totals as SQL and the CLI count them, cards per stage,
// following stage moves, quick filters, and a sales manager's board with only their deals.
#include "../testutil.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
#include "models/dealboardmodel.h"
#include "models/dealcolumnmodel.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>

namespace {

qint64 scalar(const DatabasePtr &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db->connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray cliCount(const QString &db, const QString &pipeline, const QString &stage)
{
    QProcess p;
    p.start(QStringLiteral(PRISTRIY_CLI_PATH),
            {QStringLiteral("--db"), db, QStringLiteral("deals"), QStringLiteral("count"),
             QStringLiteral("--pipeline"), pipeline, QStringLiteral("--stage"), stage});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return "failed: " + p.readAllStandardError();
    return p.readAllStandardOutput().trimmed();
}

} // namespace

class TestDealBoardModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;
    QString m_admin;
    QString m_ana;

private slots:
    void initTestCase()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        m_admin = SystemUser::login();
        m_ana = DealGenerator::salesManagerLogins(1).first();
        QVERIFY(DemoGenerator::generate(*m_db, {300, -1, 2, {}}).ok());
        DealGenerator::Options options;
        options.deals = 3000;
        options.seed = 2;
        QVERIFY(DealGenerator::generate(*m_db, options).ok());
    }

    void cleanup() { Timestamps::setClockForTesting({}); }

    void columnsCountLikeSqlAndTheCli()
    {
        DealBoardModel board(m_db, 1, m_admin);
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(board.lastError().isEmpty());
        const Pipeline sales = PipelineService(m_db, m_admin).pipeline(1).value();
        QCOMPARE(board.rowCount(), sales.stages.size());
        QCOMPARE(board.stageAt(board.rowCount() - 2).kind, Stage::Kind::Won);
        QCOMPARE(board.stageAt(board.rowCount() - 1).kind, Stage::Kind::Lost);
        qint64 all = 0;
        for (int row = 0; row < board.rowCount(); ++row) {
            const Stage &stage = board.stageAt(row);
            QCOMPARE(board.index(row, DealBoardModel::StageColumn).data().toString(), stage.name);
            const qint64 count = scalar(
                m_db, QStringLiteral("SELECT count(*) FROM deal WHERE stage_id = ? AND deleted_at IS NULL"),
                {stage.id});
            QCOMPARE(board.index(row, 0).data(DealBoardModel::CountRole).toLongLong(), count);
            QCOMPARE(cliCount(m_tmp->path(), sales.name, stage.name), QByteArray::number(count));
            const QVariantMap totals = board.index(row, 0).data(DealBoardModel::TotalsRole).toMap();
            for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
                QCOMPARE(it.value().toLongLong(),
                         scalar(m_db,
                                QStringLiteral(
                                    "SELECT sum(amount_minor) FROM deal WHERE stage_id = ? AND currency = ? "
                                    "AND deleted_at IS NULL"),
                                {stage.id, it.key()}));
            }
            QCOMPARE(board.index(row, 0).data(DealBoardModel::TotalMinorRole).toLongLong(),
                     totals.value(board.mainCurrency()).toLongLong());
            all += count;
        }
        QCOMPARE(all, scalar(m_db, QStringLiteral("SELECT count(*) FROM deal WHERE pipeline_id = 1")));
        QVERIFY(board.index(0, DealBoardModel::TotalColumn).data().toString().endsWith(board.mainCurrency()));
    }

    void aMoveUpdatesTheBoardAndTheColumns()
    {
        DealBoardModel board(m_db, 1, m_admin);
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 from = board.stageAt(0).id;
        const qint64 to = board.stageAt(1).id;
        DealColumnModel fromColumn(m_db, 1, from, m_admin);
        DealColumnModel toColumn(m_db, 1, to, m_admin);
        QAbstractItemModelTester t1(&fromColumn, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&toColumn, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 fromCount = board.countAt(0);
        const qint64 toCount = board.countAt(1);
        QCOMPARE(fromColumn.rowCount(), int(fromCount));
        QCOMPARE(toColumn.rowCount(), int(toCount));
        const qint64 deal = fromColumn.idAt(0);
        QVERIFY(deal > 0);
        QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);
        QVERIFY(DealService(m_db, m_admin).moveToStage(deal, to).ok());
        QTRY_COMPARE(board.countAt(0), fromCount - 1);
        QTRY_COMPARE(board.countAt(1), toCount + 1);
        QVERIFY(!changed.isEmpty());
        QTRY_COMPARE(fromColumn.rowCount(), int(fromCount - 1));
        QTRY_COMPARE(toColumn.rowCount(), int(toCount + 1));
        QCOMPARE(fromColumn.rowOfId(deal), -1);
        QVERIFY(toColumn.rowOfId(deal) >= 0);
    }

    void cardsShowWhatABoardNeeds()
    {
        const Pipeline sales = PipelineService(m_db, m_admin).pipeline(1).value();
        const Stage &first = sales.stages.first();
        DealColumnModel column(m_db, 1, first.id, m_admin);
        QAbstractItemModelTester tester(&column, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column.checkpointDays(), first.checkpointDays);
        QVERIFY(column.rowCount() > 10);
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("SELECT d.title, d.amount_minor, d.stage_entered_at, u.display_name, "
                           "trim(c.given_name || ' ' || c.family_name) FROM deal d JOIN app_user u ON "
                           "u.login = d.owner LEFT JOIN contact c ON c.id = d.contact_id WHERE d.id = ?"));
        const qint64 id = column.idAt(3);
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(column.index(3, DealColumnModel::TitleColumn).data().toString(), q.value(0).toString());
        QCOMPARE(column.index(3, 0).data(DealColumnModel::kAmountMinorRole).toLongLong(),
                 q.value(1).toLongLong());
        QCOMPARE(column.index(3, DealColumnModel::OwnerColumn).data().toString(), q.value(3).toString());
        QCOMPARE(column.index(3, DealColumnModel::ContactColumn).data().toString(), q.value(4).toString());
        // Late once the checkpoint has passed since the deal entered the stage.
        const QDateTime entered = Timestamps::fromText(q.value(2).toString());
        Timestamps::setClockForTesting([&] { return entered.addDays(first.checkpointDays).addSecs(-60); });
        column.refresh();
        QCOMPARE(column.isLate(3), false);
        Timestamps::setClockForTesting([&] { return entered.addDays(first.checkpointDays).addSecs(60); });
        column.refresh();
        QCOMPARE(column.isLate(3), true);
        // Won and Lost have no checkpoint.
        DealColumnModel won(m_db, 1, sales.outcome(Stage::Kind::Won)->id, m_admin);
        QVERIFY(won.rowCount() > 0);
        QCOMPARE(won.isLate(0), false);
    }

    void salesManagerSeesOwnDeals()
    {
        DealBoardModel board(m_db, 1, m_ana);
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 all = 0;
        for (int row = 0; row < board.rowCount(); ++row)
            all += board.countAt(row);
        const qint64 own = scalar(
            m_db, QStringLiteral("SELECT count(*) FROM deal WHERE pipeline_id = 1 AND owner = ?"), {m_ana});
        QVERIFY(own > 0);
        QCOMPARE(all, own);
        // Even when asking for somebody else's deals.
        board.setOwnerFilter(DealGenerator::salesManagerLogins(2).last());
        for (int row = 0; row < board.rowCount(); ++row)
            QCOMPARE(board.countAt(row), 0);
        DealColumnModel column(m_db, 1, board.stageAt(0).id, m_ana);
        QAbstractItemModelTester t(&column, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(column.rowCount() > 0);
        for (int row = 0; row < column.rowCount(); ++row)
            QCOMPARE(column.index(row, DealColumnModel::OwnerColumn).data().toString(),
                     QStringLiteral("Ana Popescu"));
    }

    void quickFilters()
    {
        DealBoardModel board(m_db, 1, m_admin);
        const QString ivan = DealGenerator::salesManagerLogins(2).last();
        board.setOwnerFilter(ivan);
        board.setSearchText(QStringLiteral("website"));
        int busiest = 0;
        for (int row = 0; row < board.rowCount(); ++row) {
            QCOMPARE(board.countAt(row),
                     scalar(m_db,
                            QStringLiteral(
                                "SELECT count(*) FROM deal WHERE stage_id = ? AND owner = ? AND title LIKE "
                                "'%Website%'"),
                            {board.stageAt(row).id, ivan}));
            if (board.countAt(row) > board.countAt(busiest))
                busiest = row;
        }
        QVERIFY(board.countAt(busiest) > 0);
        DealColumnModel column(m_db, 1, board.stageAt(busiest).id, m_admin);
        column.setOwnerFilter(ivan);
        column.setSearchText(QStringLiteral("website"));
        QCOMPARE(column.rowCount(), int(board.countAt(busiest)));
        board.setSearchText(QStringLiteral("100%_"));
        QCOMPARE(board.countAt(busiest), 0);
    }

    void unknownUserSeesNothing()
    {
        DealBoardModel board(m_db, 1, QStringLiteral("nobody"));
        QVERIFY(!board.lastError().isEmpty());
        for (int row = 0; row < board.rowCount(); ++row)
            QCOMPARE(board.countAt(row), 0);
        DealColumnModel column(m_db, 1, board.stageAt(0).id, QStringLiteral("nobody"));
        QCOMPARE(column.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDealBoardModel)
#include "tst_dealboardmodel.moc"
