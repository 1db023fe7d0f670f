// "My tasks" and the activity timeline at the scale: a database of 1,000,000 demo deals (with their
// tasks, calls and notes) in which one sales manager has exactly 100,000 open tasks. Measures opening "My
// tasks" (counts of the four groups and the rows a view shows first), scrolling to its end, the reminder
// check the GUI runs every 30 s, a record's first timeline page, and completing a task.
#include "activity/mytasksmodel.h"
#include "activity/taskservice.h"
#include "activity/timeline.h"
#include "crm/userservice.h"
#include "store/database.h"
#include "store/systemuser.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

namespace {

const QString kUser = QStringLiteral("bench.tasks");
constexpr int kTasks = 100000;

QString benchDb()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_BENCH_ACTIVITY_DB");
    return fromEnv.isEmpty() ? QStringLiteral("/tmp/pristriy-bench-activity-1m.sqlite") : fromEnv;
}

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// Makes the database on first use, then gives bench.tasks (a sales manager) exactly 100,000 open tasks.
DatabasePtr openDb()
{
    if (!QFile::exists(benchDb())) {
        QProcess p;
        p.start(QStringLiteral(PRISTRIY_CLI_PATH),
                {QStringLiteral("--db"), benchDb(), QStringLiteral("demo"), QStringLiteral("--deals"),
                 QStringLiteral("1000000"), QStringLiteral("--contacts"), QStringLiteral("100000")});
        p.waitForFinished(900000);
        if (p.exitCode() != 0)
            qFatal("demo failed: %s", p.readAllStandardError().constData());
    }
    Result<DatabasePtr> db = Database::open(benchDb());
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("INSERT OR IGNORE INTO app_user (login, display_name, role, created_at) VALUES "
                          "('bench.tasks', 'Bench Tasks', 'sales_manager', '2026-01-01T00:00:00.000Z')"));
    const QString open = QStringLiteral("status = 'open' AND deleted_at IS NULL");
    if (scalar(*db, QStringLiteral("SELECT count(*) FROM task WHERE assignee = 'bench.tasks' AND ") + open) !=
        kTasks) {
        q.exec(
            QStringLiteral(
                "UPDATE task SET assignee = 'bench.tasks' WHERE id IN (SELECT id FROM task WHERE ") +
            open +
            QStringLiteral(" AND assignee <> 'bench.tasks' ORDER BY id LIMIT %1 - (SELECT count(*) FROM task "
                           "WHERE assignee = 'bench.tasks' AND ")
                .arg(kTasks) +
            open + QStringLiteral("))"));
        q.exec(QStringLiteral("PRAGMA optimize"));
    }
    return *db;
}

void readRows(const QAbstractItemModel &model, const QModelIndex &parent, int first, int count)
{
    for (int r = first; r < qMin(first + count, model.rowCount(parent)); ++r) {
        for (int c = 0; c < model.columnCount(parent); ++c)
            benchmark::DoNotOptimize(model.index(r, c, parent).data());
    }
}

// Opening "My tasks" with 100,000 open tasks: the four group counts and the first 30 rows of each group
// (what a view with every group expanded shows first).
void BM_MyTasksOpen(benchmark::State &state)
{
    DatabasePtr db = openDb();
    for (auto _ : state) {
        MyTasksModel model(db, kUser);
        int total = 0;
        for (int g = 0; g < 4; ++g) {
            const QModelIndex group = model.index(g, 0);
            benchmark::DoNotOptimize(group.data());
            readRows(model, group, 0, 30);
            total += model.rowCount(group);
        }
        state.counters["tasks"] = total;
        state.counters["overdue"] = model.count(TaskBucket::Overdue);
    }
}
BENCHMARK(BM_MyTasksOpen)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

// Jumping to the end of the largest group (a page read by offset from its start).
void BM_MyTasksScrollToEnd(benchmark::State &state)
{
    DatabasePtr db = openDb();
    MyTasksModel model(db, kUser);
    int largest = 0;
    for (int g = 1; g < 4; ++g) {
        if (model.rowCount(model.index(g, 0)) > model.rowCount(model.index(largest, 0)))
            largest = g;
    }
    for (auto _ : state) {
        state.PauseTiming();
        model.refresh(); // drops the cached pages
        state.ResumeTiming();
        const QModelIndex group = model.index(largest, 0);
        readRows(model, group, model.rowCount(group) - 30, 30);
        state.counters["rows"] = model.rowCount(group);
    }
}
BENCHMARK(BM_MyTasksScrollToEnd)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

// The reminder check the GUI makes every 30 s.
void BM_DueReminders(benchmark::State &state)
{
    DatabasePtr db = openDb();
    TaskService service(db, kUser);
    for (auto _ : state)
        benchmark::DoNotOptimize(service.dueReminders());
}
BENCHMARK(BM_DueReminders)->Iterations(50)->Unit(benchmark::kMillisecond)->UseRealTime();

// The first timeline page of the contact with the most deals (as a director sees it).
void BM_TimelineFirstPage(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const qint64 contact =
        scalar(db, QStringLiteral("SELECT contact_id FROM deal WHERE contact_id IS NOT NULL "
                                  "GROUP BY contact_id ORDER BY count(*) DESC LIMIT 1"));
    Timeline timeline(db, SystemUser::login());
    for (auto _ : state) {
        const Result<QList<TimelineEntry>> page = timeline.page(QStringLiteral("contact"), contact, 0, 50);
        if (!page)
            state.SkipWithError(qPrintable(page.error().fullText()));
        state.counters["entries"] = page ? page->size() : 0;
    }
}
BENCHMARK(BM_TimelineFirstPage)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

// Completing a task and reopening it: each is one transaction with its event, up to the commit.
void BM_CompleteTask(benchmark::State &state)
{
    DatabasePtr db = openDb();
    const qint64 task =
        scalar(db, QStringLiteral("SELECT max(id) FROM task WHERE assignee = 'bench.tasks' AND "
                                  "status = 'open' AND deleted_at IS NULL"));
    TaskService service(db, kUser);
    bool done = false;
    for (auto _ : state) {
        const Status s = done ? service.reopen(task) : service.complete(task);
        if (!s)
            state.SkipWithError(qPrintable(s.error().fullText()));
        done = !done;
    }
    if (done)
        service.reopen(task);
}
BENCHMARK(BM_CompleteTask)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
