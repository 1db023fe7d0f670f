// The funnel dashboard at a million deals with their history: the whole dashboard's numbers, a filter
// change, a drill-down, and `pristriy-cli report funnel` as a whole process.
// PRISTRIY_BENCH_REPORT_DB chooses the database (default /tmp/pristriy-bench-report-1m.sqlite); it is
// made with `pristriy-cli demo --deals 1000000` when it does not exist.
#include "report/funneldeallistmodel.h"
#include "report/funnelquery.h"
#include "store/database.h"
#include "store/systemuser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

namespace {

QString benchDb()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_BENCH_REPORT_DB");
    return fromEnv.isEmpty() ? QStringLiteral("/tmp/pristriy-bench-report-1m.sqlite") : fromEnv;
}

// Closed before main() returns: the SQL driver's registry is gone by the time statics are destroyed.
DatabasePtr &openDatabase()
{
    static DatabasePtr db;
    return db;
}

DatabasePtr database()
{
    DatabasePtr &db = openDatabase();
    if (db)
        return db;
    if (!QFile::exists(benchDb())) {
        QProcess p;
        p.start(QStringLiteral(PRISTRIY_CLI_PATH), {QStringLiteral("--db"), benchDb(), QStringLiteral("demo"),
                                                    QStringLiteral("--deals"), QStringLiteral("1000000")});
        p.waitForFinished(600000);
        if (p.exitCode() != 0)
            qFatal("demo failed: %s", p.readAllStandardError().constData());
    }
    Result<DatabasePtr> opened = Database::open(benchDb());
    if (!opened)
        qFatal("%s", qPrintable(opened.error().fullText()));
    db = *opened;
    return db;
}

qint64 largestPipeline(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral(
            "SELECT pipeline_id FROM deal GROUP BY pipeline_id ORDER BY count(*) DESC LIMIT 1")) ||
        !q.next())
        qFatal("no deals");
    return q.value(0).toLongLong();
}

FunnelFilter filterFor(int variant, qint64 pipelineId)
{
    FunnelFilter f;
    f.pipelineId = pipelineId;
    switch (variant) {
    case 1: // one manager
        f.owners = {QStringLiteral("ana.popescu")};
        break;
    case 2: // created in a quarter
        f.from = QDate(2026, 4, 1);
        f.to = QDate(2026, 6, 30);
        break;
    case 3: // stage entered this year, two managers, one source
        f.period = FunnelFilter::Period::StageEntered;
        f.from = QDate(2026, 1, 1);
        f.owners = {QStringLiteral("ivan.petrov"), QStringLiteral("john.smith")};
        f.sources = {QStringLiteral("Website")};
        break;
    default:
        break;
    }
    return f;
}

// Every number of the dashboard for the largest pipeline without a filter (arg: threads).
void BM_FunnelDashboard(benchmark::State &state)
{
    const DatabasePtr db = database();
    const qint64 pipeline = largestPipeline(db);
    FunnelQuery query(db, SystemUser::login());
    query.setThreads(int(state.range(0)));
    for (auto _ : state) {
        const Result<FunnelReport> r = query.compute(filterFor(0, pipeline));
        if (!r) {
            state.SkipWithError(qPrintable(r.error().fullText()));
            break;
        }
        state.counters["deals"] = double(r->deals);
    }
}
BENCHMARK(BM_FunnelDashboard)->Arg(2)->Arg(1)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

// The dashboard again after a filter change (arg: 1 a manager, 2 a quarter, 3 stage entered + owners +
// source).
void BM_FunnelFilterChange(benchmark::State &state)
{
    const DatabasePtr db = database();
    const qint64 pipeline = largestPipeline(db);
    FunnelQuery query(db, SystemUser::login());
    for (auto _ : state) {
        const Result<FunnelReport> r = query.compute(filterFor(int(state.range(0)), pipeline));
        if (!r) {
            state.SkipWithError(qPrintable(r.error().fullText()));
            break;
        }
        state.counters["deals"] = double(r->deals);
    }
}
BENCHMARK(BM_FunnelFilterChange)
    ->Arg(1)
    ->Arg(2)
    ->Arg(3)
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The ids behind the widest band of the reached funnel (the first stage: every deal of the pipeline).
void BM_FunnelDrillDown(benchmark::State &state)
{
    const DatabasePtr db = database();
    const qint64 pipeline = largestPipeline(db);
    FunnelQuery query(db, SystemUser::login());
    const Result<FunnelReport> r = query.compute(filterFor(0, pipeline));
    FunnelCell cell;
    cell.kind = FunnelCell::Kind::Stage;
    cell.mode = FunnelMode::Reached;
    cell.stageId = r->stages.at(int(state.range(0))).stageId;
    for (auto _ : state) {
        const Result<QList<qint64>> ids = query.drillDown(filterFor(0, pipeline), cell);
        state.counters["ids"] = double(ids->size());
    }
}
BENCHMARK(BM_FunnelDrillDown)->Arg(0)->Arg(3)->Iterations(5)->Unit(benchmark::kMillisecond)->UseRealTime();

// The list a drill-down opens (its conditions, the count and the first page), for the widest band of
// the reached funnel.
void BM_FunnelDrillDownList(benchmark::State &state)
{
    const DatabasePtr db = database();
    const qint64 pipeline = largestPipeline(db);
    const Result<FunnelReport> r = FunnelQuery(db, SystemUser::login()).compute(filterFor(0, pipeline));
    FunnelCell cell;
    cell.kind = FunnelCell::Kind::Stage;
    cell.mode = FunnelMode::Reached;
    cell.stageId = r->stages.at(int(state.range(0))).stageId;
    FunnelQuery query(db, SystemUser::login());
    for (auto _ : state) {
        // As the dialog does it: the conditions and the count (on a worker there), then the lazy list.
        QVariantList binds;
        const Result<QString> where = query.drillDownWhere(filterFor(0, pipeline), cell, &binds);
        const Result<int> count = FunnelDealListModel::countOf(db, *where, binds);
        QElapsedTimer gui; // what the GUI thread does: the model and its first page
        gui.start();
        FunnelDealListModel model(db, *where, binds, *count);
        for (int row = 0; row < qMin(40, model.rowCount()); ++row)
            benchmark::DoNotOptimize(model.index(row, 0).data());
        state.counters["gui_ms"] = double(gui.nsecsElapsed()) / 1e6;
        state.counters["rows"] = model.rowCount();
    }
}
BENCHMARK(BM_FunnelDrillDownList)
    ->Arg(0)
    ->Arg(3)
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// `pristriy-cli report funnel --pipeline Sales --format json` as a whole process, start to exit.
void BM_ReportFunnelProcess(benchmark::State &state)
{
    database();
    const QStringList modes = {QStringLiteral("current"), QStringLiteral("reached")};
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral(PRISTRIY_CLI_PATH),
                {QStringLiteral("--db"), benchDb(), QStringLiteral("report"), QStringLiteral("funnel"),
                 QStringLiteral("--pipeline"), QStringLiteral("Sales"), QStringLiteral("--mode"),
                 modes.at(int(state.range(0))), QStringLiteral("--format"), QStringLiteral("json")});
        p.waitForFinished(60000);
        if (p.exitCode() != 0) {
            state.SkipWithError(p.readAllStandardError().constData());
            break;
        }
    }
}
BENCHMARK(BM_ReportFunnelProcess)
    ->Arg(0)
    ->Arg(1)
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    openDatabase().reset();
    return 0;
}
