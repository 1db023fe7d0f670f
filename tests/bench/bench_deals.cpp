// Deals at a million records with their stage history: the demo command as a whole process, the board of
// the largest pipeline (columns with counts and totals), the first cards of its largest column, and
// moving a card (DealService::moveToStage up to its commit).
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "demo/dealgenerator.h"
#include "models/dealboardmodel.h"
#include "models/dealcolumnmodel.h"
#include "store/database.h"
#include "store/systemuser.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

namespace {

QString benchDb()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_BENCH_DEALS_DB");
    return fromEnv.isEmpty() ? QStringLiteral("/tmp/pristriy-bench-deals-1m.sqlite") : fromEnv;
}

void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

DatabasePtr openDb()
{
    Result<DatabasePtr> db = Database::open(benchDb());
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    return *db;
}

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

qint64 largestPipeline(const DatabasePtr &db)
{
    return scalar(db,
                  QStringLiteral("SELECT pipeline_id FROM deal GROUP BY pipeline_id ORDER BY count(*) DESC "
                                 "LIMIT 1"));
}

void readAll(const QAbstractItemModel &model, int first, int count, int role = Qt::DisplayRole)
{
    for (int r = first; r < qMin(first + count, model.rowCount()); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            benchmark::DoNotOptimize(model.index(r, c).data(role));
    }
}

// `pristriy-cli demo --deals 1000000` (with 100,000 contacts for them) as a whole process, start to exit;
// or reuses the database when PRISTRIY_BENCH_REUSE is set.
void BM_DemoDealsProcess(benchmark::State &state)
{
    for (auto _ : state) {
        if (qEnvironmentVariableIsSet("PRISTRIY_BENCH_REUSE") && QFile::exists(benchDb())) {
            state.SkipWithError("reusing an existing database; demo generation not measured");
            break;
        }
        removeDb(benchDb());
        QProcess p;
        p.start(QStringLiteral(PRISTRIY_CLI_PATH),
                {QStringLiteral("--db"), benchDb(), QStringLiteral("demo"), QStringLiteral("--deals"),
                 QStringLiteral("1000000"), QStringLiteral("--contacts"), QStringLiteral("100000")});
        p.waitForFinished(600000);
        if (p.exitCode() != 0)
            state.SkipWithError(p.readAllStandardError().constData());
    }
}
BENCHMARK(BM_DemoDealsProcess)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// Opening the board of the largest pipeline: every column with its count and totals.
void BM_BoardOpen(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const qint64 pipeline = largestPipeline(db);
    const QString actor =
        state.range(0) == 0 ? SystemUser::login() : DealGenerator::salesManagerLogins(1).first();
    for (auto _ : state) {
        DealBoardModel board(db, pipeline, actor);
        readAll(board, 0, board.rowCount());
        readAll(board, 0, board.rowCount(), DealBoardModel::TotalsRole);
        state.counters["columns"] = board.rowCount();
        state.counters["deals_first"] = double(board.countAt(0));
    }
    state.SetLabel(state.range(0) == 0 ? "administrator" : "sales manager");
}
BENCHMARK(BM_BoardOpen)->Arg(0)->Arg(1)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

// The first screen of cards in the largest column of that board, and its last cards.
void BM_ColumnFirstCards(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const qint64 pipeline = largestPipeline(db);
    const qint64 stage =
        scalar(db, QStringLiteral("SELECT stage_id FROM deal WHERE pipeline_id = %1 GROUP BY "
                                  "stage_id ORDER BY count(*) DESC LIMIT 1")
                       .arg(pipeline));
    for (auto _ : state) {
        DealColumnModel column(db, pipeline, stage, SystemUser::login());
        readAll(column, 0, 30);
        if (state.range(0) == 1)
            readAll(column, column.rowCount() - 30, 30);
        state.counters["cards"] = column.rowCount();
    }
    state.SetLabel(state.range(0) == 0 ? "first cards" : "first and last cards");
}
BENCHMARK(BM_ColumnFirstCards)->Arg(0)->Arg(1)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

// Moving a card to the next column and back: each move is one DealService::moveToStage, up to its commit.
// With range 1 a board of the pipeline is open and follows the move (its refresh is included).
void BM_MoveCard(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const qint64 pipeline = largestPipeline(db);
    const Pipeline p = PipelineService(db, SystemUser::login()).pipeline(pipeline).value();
    const qint64 first = p.stages.at(0).id;
    const qint64 second = p.stages.at(1).id;
    const qint64 deal = scalar(db, QStringLiteral("SELECT max(id) FROM deal WHERE stage_id = %1").arg(first));
    DealService service(db, SystemUser::login());
    std::unique_ptr<DealBoardModel> board;
    if (state.range(0) == 1)
        board = std::make_unique<DealBoardModel>(db, pipeline, SystemUser::login());
    bool there = false;
    for (auto _ : state) {
        const Status s = service.moveToStage(deal, there ? first : second);
        if (!s)
            state.SkipWithError(qPrintable(s.error().fullText()));
        there = !there;
    }
    if (there)
        service.moveToStage(deal, first);
    state.SetLabel(state.range(0) == 0 ? "commit" : "commit and board refresh");
}
BENCHMARK(BM_MoveCard)->Arg(0)->Arg(1)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
