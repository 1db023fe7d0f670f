// The contact and company cards on large databases: their deals list (issue 9) on a million deals
// (PRISTRIY_BENCH_DEALS_DB, default /tmp/pristriy-bench-deals-1m.sqlite, made by
// `pristriy-cli --db PATH demo --contacts 100000 --deals 1000000`), and the contact list's Owner filter
// by name on a million contacts (PRISTRIY_BENCH_DB, default /tmp/pristriy-bench-1m.sqlite, made by
// `pristriy-cli --db PATH demo --contacts 1000000`). Each benchmark times the code under test and a
// baseline doing the same work in plain SQL alternately in one loop, so the ratio survives a noisy machine.
#include "models/contactlistmodel.h"
#include "models/recorddealsmodel.h"
#include "store/database.h"
#include "store/systemuser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>

#include <benchmark/benchmark.h>

namespace {

DatabasePtr openDb(const char *variable, const char *fallback)
{
    const QString fromEnv = qEnvironmentVariable(variable);
    Result<DatabasePtr> db = Database::open(fromEnv.isEmpty() ? QString::fromLatin1(fallback) : fromEnv);
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    return *db;
}

DatabasePtr dealsDb()
{
    static DatabasePtr db = openDb("PRISTRIY_BENCH_DEALS_DB", "/tmp/pristriy-bench-deals-1m.sqlite");
    return db;
}

DatabasePtr contactsDb()
{
    static DatabasePtr db = openDb("PRISTRIY_BENCH_DB", "/tmp/pristriy-bench-1m.sqlite");
    return db;
}

QVariantList row(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    QVariantList values;
    for (int i = 0; i < q.record().count(); ++i)
        values << q.value(i);
    return values;
}

void readRows(const QAbstractItemModel &model, int count)
{
    for (int r = 0; r < qMin(count, model.rowCount()); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            benchmark::DoNotOptimize(model.index(r, c).data());
    }
}

// The busiest contact or company (most live deals) and the owner of most of its deals.
struct Busiest
{
    qint64 id = 0;
    qint64 deals = 0;
    QString owner;
};

Busiest busiest(const char *column)
{
    static QHash<QByteArray, Busiest> found;
    if (found.contains(column))
        return found.value(column);
    const DatabasePtr db = dealsDb();
    const QVariantList top =
        row(db, QStringLiteral("SELECT %1, count(*) FROM deal WHERE deleted_at IS NULL AND %1 IS NOT NULL "
                               "GROUP BY %1 ORDER BY 2 DESC LIMIT 1")
                    .arg(QLatin1String(column)));
    Busiest b{top.at(0).toLongLong(), top.at(1).toLongLong(), {}};
    b.owner =
        row(db, QStringLiteral("SELECT owner FROM deal WHERE deleted_at IS NULL AND %1 = %2 GROUP BY owner "
                               "ORDER BY count(*) DESC LIMIT 1")
                    .arg(QLatin1String(column))
                    .arg(b.id))
            .at(0)
            .toString();
    found.insert(column, b);
    return b;
}

// The card's deals list opening (count and the first screen of rows), against the same count and rows
// read by one plain query each. range(0): 0 contact, 1 company; range(1): 0 administrator, 1 the owner
// of most of the deals (a sales manager, who sees his own only).
void BM_CardDeals(benchmark::State &state)
{
    const bool contact = state.range(0) == 0;
    const Busiest b = busiest(contact ? "contact_id" : "company_id");
    const QString actor = state.range(1) == 0 ? SystemUser::login() : b.owner;
    const DatabasePtr db = dealsDb();
    const QString column = contact ? QStringLiteral("contact_id") : QStringLiteral("company_id");
    const QString ownerTerm =
        state.range(1) == 0 ? QString() : QStringLiteral(" AND d.owner = '%1'").arg(actor);
    const QString where =
        QStringLiteral("d.deleted_at IS NULL AND d.%1 = %2%3").arg(column).arg(b.id).arg(ownerTerm);
    qint64 modelNs = 0;
    qint64 sqlNs = 0;
    int rows = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        {
            RecordDealsModel model(
                db, actor, contact ? RecordDealsModel::Party::Contact : RecordDealsModel::Party::Company,
                b.id);
            readRows(model, 30);
            rows = model.rowCount();
        }
        modelNs += t.nsecsElapsed();
        t.restart();
        {
            QSqlQuery count(db->connection());
            count.exec(QStringLiteral("SELECT count(*) FROM deal d WHERE ") + where);
            count.next();
            benchmark::DoNotOptimize(count.value(0));
            QSqlQuery page(db->connection());
            page.exec(
                QStringLiteral("SELECT d.id, d.title, (SELECT name FROM stage WHERE id = d.stage_id), "
                               "d.amount_minor, coalesce((SELECT nullif(display_name, '') FROM app_user "
                               "WHERE login = d.owner), d.owner), d.created_at, (SELECT name FROM pipeline "
                               "WHERE id = d.pipeline_id), d.currency FROM deal d WHERE ") +
                where + QStringLiteral(" ORDER BY d.created_at DESC, d.id DESC LIMIT 30"));
            while (page.next())
                benchmark::DoNotOptimize(page.value(1));
        }
        sqlNs += t.nsecsElapsed();
    }
    const double n = double(state.iterations());
    state.counters["rows"] = rows;
    state.counters["model_ms"] = modelNs / n / 1e6;
    state.counters["sql_ms"] = sqlNs / n / 1e6;
    state.counters["ratio"] = double(modelNs) / double(qMax<qint64>(1, sqlNs));
}
BENCHMARK(BM_CardDeals)
    ->ArgNames({"company", "manager"})
    ->Args({0, 0})
    ->Args({0, 1})
    ->Args({1, 0})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond);

// The open contact list filtered by an owner's name as typed (resolved to logins, then counted and the
// first screen read), against the same list filtered by the exact login, alternately on one model.
void BM_OwnerNameFilter(benchmark::State &state)
{
    const DatabasePtr db = contactsDb();
    ContactFilter byName;
    byName.ownerName = state.range(0) == 0 ? QStringLiteral("popescu") : QStringLiteral("ana pop");
    ContactFilter byLogin;
    byLogin.owner = QStringLiteral("ana.popescu");
    ContactListModel model(db);
    qint64 byNameNs = 0;
    qint64 byLoginNs = 0;
    int rows = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        model.setFilter(byName);
        readRows(model, 30);
        rows = model.rowCount();
        byNameNs += t.nsecsElapsed();
        t.restart();
        model.setFilter(byLogin);
        readRows(model, 30);
        byLoginNs += t.nsecsElapsed();
        if (model.rowCount() != rows)
            state.SkipWithError("the name and the login found different lists");
    }
    const double n = double(state.iterations());
    state.counters["rows"] = rows;
    state.counters["by_name_ms"] = byNameNs / n / 1e6;
    state.counters["by_login_ms"] = byLoginNs / n / 1e6;
    state.counters["ratio"] = double(byNameNs) / double(qMax<qint64>(1, byLoginNs));
}
BENCHMARK(BM_OwnerNameFilter)->ArgName("words")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
