// Contacts at a million records: demo generation, the list's first rows and last row, prefix search,
// the CLI search as a whole process, and the memory the open list holds.
#include "crm/contactservice.h"
#include "demo/demogenerator.h"
#include "models/contactlistmodel.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>

namespace {

constexpr qint64 kContacts = 1000000;

QString benchDb()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_BENCH_DB");
    return fromEnv.isEmpty() ? QStringLiteral("/tmp/pristriy-bench-1m.sqlite") : fromEnv;
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

void readRows(const QAbstractItemModel &model, int first, int count)
{
    for (int r = first; r < qMin(first + count, model.rowCount()); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            benchmark::DoNotOptimize(model.index(r, c).data());
    }
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Makes the million-contact database (timed), or reuses it when PRISTRIY_BENCH_REUSE is set.
void BM_DemoMillion(benchmark::State &state)
{
    for (auto _ : state) {
        if (qEnvironmentVariableIsSet("PRISTRIY_BENCH_REUSE") && QFile::exists(benchDb())) {
            state.SkipWithError("reusing an existing database; demo generation not measured");
            break;
        }
        removeDb(benchDb());
        DatabasePtr db = openDb();
        const Status s = DemoGenerator::generate(*db, {kContacts, -1, 1, {}});
        if (!s)
            state.SkipWithError(qPrintable(s.error().fullText()));
    }
}
BENCHMARK(BM_DemoMillion)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// Opening the database and showing the first screen of the contact list (sorted by name).
void BM_ListFirstRows(benchmark::State &state)
{
    for (auto _ : state) {
        DatabasePtr db = openDb();
        ContactListModel model(db);
        readRows(model, 0, 40);
        state.counters["rows"] = model.rowCount();
    }
}
BENCHMARK(BM_ListFirstRows)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

// From the top of an open list to its last row (the scroll bar dragged to the end).
void BM_ListJumpToLast(benchmark::State &state)
{
    DatabasePtr db = openDb();
    for (auto _ : state) {
        state.PauseTiming();
        auto model = std::make_unique<ContactListModel>(db);
        readRows(*model, 0, 40);
        state.ResumeTiming();
        readRows(*model, model->rowCount() - 40, 40);
    }
}
BENCHMARK(BM_ListJumpToLast)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

// From the top to the middle, where neither end helps.
void BM_ListJumpToMiddle(benchmark::State &state)
{
    DatabasePtr db = openDb();
    for (auto _ : state) {
        state.PauseTiming();
        auto model = std::make_unique<ContactListModel>(db);
        state.ResumeTiming();
        readRows(*model, model->rowCount() / 2, 40);
    }
}
BENCHMARK(BM_ListJumpToMiddle)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

// A sales manager's list: his own contacts (a fifth of the million) and those shared with him, as
// the contact list opens for him; then his last row.
void BM_SalesManagerListFirstRows(benchmark::State &state)
{
    DatabasePtr db = openDb();
    ContactFilter mine;
    mine.visibleTo = QStringLiteral("ana.popescu");
    for (auto _ : state) {
        ContactListModel model(db);
        model.setFilter(mine);
        readRows(model, 0, 40);
        state.counters["rows"] = model.rowCount();
    }
}
BENCHMARK(BM_SalesManagerListFirstRows)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SalesManagerListJumpToLast(benchmark::State &state)
{
    DatabasePtr db = openDb();
    ContactFilter mine;
    mine.visibleTo = QStringLiteral("ana.popescu");
    for (auto _ : state) {
        state.PauseTiming();
        auto model = std::make_unique<ContactListModel>(db);
        model->setFilter(mine);
        readRows(*model, 0, 40);
        state.ResumeTiming();
        readRows(*model, model->rowCount() - 40, 40);
    }
}
BENCHMARK(BM_SalesManagerListJumpToLast)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

const QStringList &queries()
{
    static const QStringList q = {
        QStringLiteral("pop"),       QStringLiteral("ion"),      QStringLiteral("shevch"),
        QStringLiteral("Шевч"),      QStringLiteral("stef pop"), QStringLiteral("iva"),
        QStringLiteral("kovalenko"), QStringLiteral("mar"),      QStringLiteral("olena k"),
        QStringLiteral("4567"),      QStringLiteral("+40 721"),  QStringLiteral("a")};
    return q;
}

// Typing in the search box: the list's count and its first 50 rows for each query.
void BM_ListPrefixSearch(benchmark::State &state)
{
    DatabasePtr db = openDb();
    ContactListModel model(db);
    const QString query = queries().at(int(state.range(0)));
    for (auto _ : state) {
        model.setSearchText(query);
        readRows(model, 0, 50);
        state.PauseTiming();
        model.setSearchText(QString());
        state.ResumeTiming();
    }
    state.SetLabel(query.toStdString());
    state.counters["hits"] = model.rowCount();
}
BENCHMARK(BM_ListPrefixSearch)
    ->DenseRange(0, 11)
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The service search the CLI uses: first 50 results, ordered by name.
void BM_ServiceSearch(benchmark::State &state)
{
    DatabasePtr db = openDb();
    ContactService service(db, QStringLiteral("bench"));
    const QString query = queries().at(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(service.search(query, 50));
    state.SetLabel(query.toStdString());
}
BENCHMARK(BM_ServiceSearch)->DenseRange(0, 11)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

// `pristriy-cli contacts search` as a whole process, start to exit.
void BM_CliSearchProcess(benchmark::State &state)
{
    const QString query = queries().at(int(state.range(0)));
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral(PRISTRIY_CLI_PATH),
                {QStringLiteral("--db"), benchDb(), QStringLiteral("contacts"), QStringLiteral("search"),
                 query, QStringLiteral("--limit"), QStringLiteral("50")});
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            state.SkipWithError("the CLI failed");
    }
    state.SetLabel(query.toStdString());
}
BENCHMARK(BM_CliSearchProcess)
    ->Arg(0)
    ->Arg(1)
    ->Arg(4)
    ->Arg(11)
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Resident memory with the list open after scrolling through its first 5,000 rows and its end.
void BM_ListResidentMemory(benchmark::State &state)
{
    for (auto _ : state) {
        DatabasePtr db = openDb();
        ContactListModel model(db);
        readRows(model, 0, 5000);
        readRows(model, model.rowCount() - 5000, 5000);
        model.setSearchText(QStringLiteral("a"));
        readRows(model, 0, 500);
        state.counters["rss_MB"] = double(residentKb()) / 1024.0;
    }
}
BENCHMARK(BM_ListResidentMemory)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
