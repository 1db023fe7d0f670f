// `pristriy-cli contacts search` as a whole process against the sqlite3 shell running the same search
// (the full-text match, the name order, the first 50 rows with e-mails and phones, JSON out), started
// alternately on the same database so that both meet the same machine load.
//
// PRISTRIY_BENCH_DB chooses the database (default /tmp/pristriy-bench-1m.sqlite, a `demo --contacts
// 1000000`); PRISTRIY_SQLITE3 the shell (default sqlite3 on the PATH). The time is the CLI's median;
// the counters give the shell's median, the median of the per-round ratios and the spread of both.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <iterator>

namespace {

QString benchDb()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_BENCH_DB");
    return fromEnv.isEmpty() ? QStringLiteral("/tmp/pristriy-bench-1m.sqlite") : fromEnv;
}

QString sqliteShell()
{
    const QString fromEnv = qEnvironmentVariable("PRISTRIY_SQLITE3");
    return fromEnv.isEmpty() ? QStringLiteral("sqlite3") : fromEnv;
}

struct Query
{
    const char *text;  // as typed
    const char *match; // the FTS5 expression the CLI makes of it
};

const Query kQueries[] = {
    {"popes", R"("popes"*)"},          {"pop", R"("pop"*)"}, {"kovalenko", R"("kovalenko"*)"},
    {"stef pop", R"("stef"* "pop"*)"}, {"a", R"("a"*)"},
};

// What the CLI's search runs, written as one statement for the shell.
QString shellSql(const char *match)
{
    return QStringLiteral(
               "SELECT c.id, c.given_name, c.family_name, co.name AS company, "
               "(SELECT json_group_array(value) FROM contact_channel WHERE contact_id = c.id AND kind = "
               "'email') "
               "AS emails, "
               "(SELECT json_group_array(value) FROM contact_channel WHERE contact_id = c.id AND kind = "
               "'phone') "
               "AS phones "
               "FROM contact c LEFT JOIN company co ON co.id = c.company_id WHERE c.id IN "
               "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH '%1') AND c.deleted_at IS NULL "
               "ORDER BY c.name_key, c.id LIMIT 50;")
        .arg(QString::fromUtf8(match));
}

// Runs a process to its end; its wall time in milliseconds, or -1 when it failed.
double runMs(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

void BM_CliSearchVsShell(benchmark::State &state)
{
    const Query &query = kQueries[state.range(0)];
    const QStringList cli = {QStringLiteral("--db"),        benchDb(),
                             QStringLiteral("contacts"),    QStringLiteral("search"),
                             QString::fromUtf8(query.text), QStringLiteral("--limit"),
                             QStringLiteral("50"),          QStringLiteral("--format"),
                             QStringLiteral("json")};
    const QStringList shell = {QStringLiteral("-readonly"), QStringLiteral("-json"), benchDb(),
                               shellSql(query.match)};
    // One of each first, so that both start from a warm file cache.
    runMs(QStringLiteral(PRISTRIY_CLI_PATH), cli);
    runMs(sqliteShell(), shell);
    QList<double> cliTimes, shellTimes, ratios;
    for (auto _ : state) {
        // Alternate which goes first, so that neither always follows the other.
        const bool cliFirst = cliTimes.size() % 2 == 0;
        const double a =
            cliFirst ? runMs(QStringLiteral(PRISTRIY_CLI_PATH), cli) : runMs(sqliteShell(), shell);
        const double b =
            cliFirst ? runMs(sqliteShell(), shell) : runMs(QStringLiteral(PRISTRIY_CLI_PATH), cli);
        const double cliMs = cliFirst ? a : b;
        const double shellMs = cliFirst ? b : a;
        if (cliMs < 0 || shellMs < 0) {
            state.SkipWithError("a process failed");
            return;
        }
        state.SetIterationTime(cliMs / 1000);
        cliTimes.append(cliMs);
        shellTimes.append(shellMs);
        ratios.append(cliMs / shellMs);
    }
    state.counters["cli_ms"] = median(cliTimes);
    state.counters["cli_min"] = *std::min_element(cliTimes.cbegin(), cliTimes.cend());
    state.counters["cli_max"] = *std::max_element(cliTimes.cbegin(), cliTimes.cend());
    state.counters["sqlite3_ms"] = median(shellTimes);
    state.counters["sqlite3_min"] = *std::min_element(shellTimes.cbegin(), shellTimes.cend());
    state.counters["sqlite3_max"] = *std::max_element(shellTimes.cbegin(), shellTimes.cend());
    state.counters["ratio"] = median(ratios);
    state.counters["ratio_min"] = *std::min_element(ratios.cbegin(), ratios.cend());
    state.counters["ratio_max"] = *std::max_element(ratios.cbegin(), ratios.cend());
    state.SetLabel(query.text);
}
BENCHMARK(BM_CliSearchVsShell)
    ->DenseRange(0, int(std::size(kQueries)) - 1)
    ->Iterations(15)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
