// Opening and checking a database of a million contacts: what Database::open's checks cost over
// SQLite's own open, and how long quick_check takes (after a crash, and in Tools › Check Database).
// Each figure comes with a baseline measured alternately in the same run: SQLite opening the file as
// any program does, or the sqlite3 shell running the same check.
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

namespace {

QString benchDb()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_BENCH_STORE_DB");
    return fromEnv.isEmpty() ? QStringLiteral("/tmp/pristriy-bench-store-1m.sqlite") : fromEnv;
}

bool ensureDb()
{
    if (QFile::exists(benchDb()))
        return true;
    QProcess demo;
    demo.start(QStringLiteral(PRISTRIY_CLI_PATH),
               {QStringLiteral("--db"), benchDb(), QStringLiteral("demo"), QStringLiteral("--contacts"),
                QStringLiteral("1000000"), QStringLiteral("--seed"), QStringLiteral("7")});
    return demo.waitForFinished(-1) && demo.exitCode() == 0;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// SQLite alone: open read-write, read the schema, close.
double openWithSqlite()
{
    QElapsedTimer t;
    t.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(benchDb().toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return msSince(t);
}

// Database::open with every check, then the same read, then close.
double openWithPristriy(benchmark::State &state)
{
    QElapsedTimer t;
    t.start();
    {
        Result<DatabasePtr> db = Database::open(benchDb());
        if (!db) {
            state.SkipWithError(qPrintable(db.error().fullText()));
            return 0;
        }
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    }
    return msSince(t);
}

void BM_Open(benchmark::State &state)
{
    if (!ensureDb()) {
        state.SkipWithError("the benchmark database could not be made");
        return;
    }
    openWithPristriy(state); // a first upgrade, if any, is not measured
    double sqliteMs = 0;
    double pristriyMs = 0;
    for (auto _ : state) {
        sqliteMs += openWithSqlite();
        pristriyMs += openWithPristriy(state);
    }
    const double n = double(state.iterations());
    state.counters["sqlite_ms"] = sqliteMs / n;
    state.counters["pristriy_ms"] = pristriyMs / n;
    state.counters["ratio"] = pristriyMs / sqliteMs;
}
BENCHMARK(BM_Open)->Iterations(20)->Repetitions(5)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_QuickCheck(benchmark::State &state)
{
    if (!ensureDb()) {
        state.SkipWithError("the benchmark database could not be made");
        return;
    }
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    Result<DatabasePtr> db = Database::open(benchDb());
    if (!db || shell.isEmpty()) {
        state.SkipWithError("no database or no sqlite3 shell");
        return;
    }
    double shellMs = 0;
    double pristriyMs = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(shell, {benchDb(), QStringLiteral("PRAGMA quick_check")});
        p.waitForFinished(-1);
        shellMs += msSince(t);
        t.restart();
        const Result<IntegrityCheck::Report> report = (*db)->check(false);
        pristriyMs += msSince(t);
        if (!report || !report->ok())
            state.SkipWithError("the check failed");
    }
    const double n = double(state.iterations());
    state.counters["sqlite3_shell_ms"] = shellMs / n;
    state.counters["pristriy_ms"] = pristriyMs / n;
    state.counters["ratio"] = pristriyMs / shellMs;
}
BENCHMARK(BM_QuickCheck)->Iterations(1)->Repetitions(3)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
