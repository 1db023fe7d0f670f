// The deals list, the board's quick filters and the deal card's reads and save on a million deals
// (PRISTRIY_BENCH_DEALS_DB, default /tmp/pristriy-bench-deals-1m.sqlite, made by
// `pristriy-cli --db PATH demo --deals 1000000`).
#include "crm/dealsearchhits.h"
#include "crm/dealservice.h"
#include "demo/dealgenerator.h"
#include "models/dealboardmodel.h"
#include "models/deallistmodel.h"
#include "store/database.h"
#include "store/systemuser.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <thread>

namespace {

QString benchDb()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_BENCH_DEALS_DB");
    return fromEnv.isEmpty() ? QStringLiteral("/tmp/pristriy-bench-deals-1m.sqlite") : fromEnv;
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

void readRows(const QAbstractItemModel &model, int first, int count)
{
    for (int r = first; r < qMin(first + count, model.rowCount()); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            benchmark::DoNotOptimize(model.index(r, c).data());
    }
}

const char *sortName(int column)
{
    switch (column) {
    case DealListModel::CreatedColumn:
        return "newest first";
    case DealListModel::TitleColumn:
        return "by title";
    case DealListModel::AmountColumn:
        return "by amount";
    case DealListModel::StageColumn:
        return "by stage";
    case DealListModel::OwnerColumn:
        return "by owner";
    case DealListModel::ExpectedCloseColumn:
        return "by expected close";
    }
    return "?";
}

// Opening the list (the count and the first screen of rows) under a sort.
void BM_DealListOpen(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const int column = int(state.range(0));
    for (auto _ : state) {
        DealListModel model(db, SystemUser::login());
        model.sort(column, column == DealListModel::TitleColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
        readRows(model, 0, 40);
        state.counters["rows"] = model.rowCount();
    }
    state.SetLabel(sortName(column));
}
BENCHMARK(BM_DealListOpen)
    ->Arg(DealListModel::CreatedColumn)
    ->Arg(DealListModel::AmountColumn)
    ->Arg(DealListModel::StageColumn)
    ->Arg(DealListModel::OwnerColumn)
    ->Arg(DealListModel::TitleColumn)
    ->Arg(DealListModel::ExpectedCloseColumn)
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Scrolling to the last screen of the list (newest first) from the top.
void BM_DealListLastRows(benchmark::State &state)
{
    DatabasePtr db = openDb();
    DealListModel model(db, SystemUser::login());
    for (auto _ : state) {
        model.refresh();
        readRows(model, model.rowCount() - 40, 40);
    }
}
BENCHMARK(BM_DealListLastRows)->Iterations(5)->Unit(benchmark::kMillisecond)->UseRealTime();

// A filter applied to an open list: 0 pipeline and stage, 1 owner, 2 search (title or contact).
void BM_DealListFilter(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const qint64 stage =
        scalar(db, QStringLiteral("SELECT stage_id FROM deal GROUP BY stage_id ORDER BY count(*) "
                                  "DESC LIMIT 1"));
    const qint64 pipeline =
        scalar(db, QStringLiteral("SELECT pipeline_id FROM stage WHERE id = %1").arg(stage));
    DealListModel model(db, SystemUser::login());
    DealFilter f;
    switch (state.range(0)) {
    case 0:
        f.pipelineId = pipeline;
        f.stageId = stage;
        state.SetLabel("pipeline and stage");
        break;
    case 1:
        f.owner = DealGenerator::salesManagerLogins(1).first();
        state.SetLabel("owner");
        break;
    case 2:
        f.search = QStringLiteral("ionescu");
        state.SetLabel("search \"ionescu\", found before");
        break;
    case 3:
        state.SetLabel("search \"ionescu\", first time (one scan of the deals)");
        break;
    default:
        state.SetLabel("search \"ionescu\", first time, scanned on a worker: the GUI thread's part");
        break;
    }
    const QStringList spellings = {QStringLiteral("Ionescu"), QStringLiteral("IONESCU"),
                                   QStringLiteral("IOnescu"), QStringLiteral("IONescu"),
                                   QStringLiteral("IONEscu")};
    int round = 0;
    for (auto _ : state) {
        if (state.range(0) >= 3)
            f.search = spellings.at(round++ % spellings.size()); // the same deals, not yet found
        if (state.range(0) == 4) {
            // As the deals area's filter bar does: the scan on a worker thread, then the filter.
            state.PauseTiming();
            std::thread worker([&] {
                {
                    QSqlDatabase connection = db->connection();
                    if (!DealSearchHits::prefetch(connection, f.search))
                        qFatal("prefetch failed");
                }
                db->closeThreadConnection();
            });
            worker.join();
            state.ResumeTiming();
        }
        model.setFilter({});
        model.setFilter(f);
        readRows(model, 0, 40);
        state.counters["rows"] = model.rowCount();
    }
}
BENCHMARK(BM_DealListFilter)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Arg(3)
    ->Arg(4)
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The board of the largest pipeline with a quick filter: 0 one owner, 1 a search.
void BM_BoardQuickFilter(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const qint64 pipeline = scalar(
        db,
        QStringLiteral("SELECT pipeline_id FROM deal GROUP BY pipeline_id ORDER BY count(*) DESC LIMIT 1"));
    DealBoardModel board(db, pipeline, SystemUser::login());
    for (auto _ : state) {
        if (state.range(0) == 0) {
            board.setOwnerFilter(DealGenerator::salesManagerLogins(1).first());
            board.setOwnerFilter({});
            board.setOwnerFilter(DealGenerator::salesManagerLogins(1).first());
        } else {
            board.setSearchText(QStringLiteral("ionescu"));
        }
        benchmark::DoNotOptimize(board.countAt(0));
        if (state.range(0) == 1)
            board.setSearchText({});
    }
    state.SetLabel(state.range(0) == 0 ? "owner (two refreshes)" : "search \"ionescu\"");
}
BENCHMARK(BM_BoardQuickFilter)->Arg(0)->Arg(1)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the deal card reads (deal, custom values, line items, stage history) and its save (fields and a
// stage move in one transaction), at a million deals.
void BM_DealCardReadAndSave(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const qint64 id = scalar(db, QStringLiteral("SELECT max(deal_id) FROM deal_line_item"));
    DealService service(db, SystemUser::login());
    for (auto _ : state) {
        const Result<Deal> d = service.get(id);
        benchmark::DoNotOptimize(service.customValues(id));
        const Result<QList<LineItem>> items = service.lineItems(id);
        benchmark::DoNotOptimize(service.history(id));
        if (state.range(0) == 1) {
            DealService::Edit edit;
            edit.deal = *d;
            edit.deal.source =
                edit.deal.source == QLatin1String("bench") ? QString() : QStringLiteral("bench");
            edit.items = *items;
            edit.itemsChanged = true;
            const Status s = service.save(edit);
            if (!s)
                state.SkipWithError(qPrintable(s.error().fullText()));
        }
    }
    state.SetLabel(state.range(0) == 0 ? "read" : "read and save");
}
BENCHMARK(BM_DealCardReadAndSave)
    ->Arg(0)
    ->Arg(1)
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
