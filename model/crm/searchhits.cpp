#include "searchhits.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
// So few hits are always read and sorted.
constexpr int kAlwaysSortBelow = 2000;
// How far down the sort order the probe looks for a first page of hits.
constexpr int kProbeRows = 20000;
constexpr int kPageRows = 128;
} // namespace

SearchHits::SearchHits(QSqlDatabase db, QString tableName)
    : m_db(std::move(db))
    , m_table(std::move(tableName))
{}

SearchHits::~SearchHits()
{
    drop();
}

void SearchHits::drop()
{
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_table));
}

QString SearchHits::fromClause() const
{
    return m_sortHits ? QStringLiteral("contact c INDEXED BY contact_sort_keys")
                      : QStringLiteral("contact c");
}

int SearchHits::apply(ContactFilter::Sql &sql, const QString &orderBy)
{
    m_alone = false;
    m_sortHits = false;
    m_ranked = false;
    drop();
    const int at = sql.searchClause.isEmpty() ? -1 : int(sql.where.indexOf(sql.searchClause));
    if (at < 0)
        return -1;
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, rank INTEGER NOT NULL)").arg(m_table)))
        return -1;
    q.prepare(QStringLiteral("INSERT INTO %1 (id, rank) %2").arg(m_table, sql.hitsSql));
    for (const QVariant &b : std::as_const(sql.hitsBinds))
        q.addBindValue(b);
    if (!q.exec())
        return -1; // the plain subquery stays and reports the error when it runs
    // Contacts in the trash keep their phones (not their search documents): a live list drops them.
    if (sql.where.startsWith(QLatin1String("c.deleted_at IS NULL")) &&
        !q.exec(
            QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM contact WHERE deleted_at IS NOT NULL)")
                .arg(m_table))) {
        return -1;
    }
    int hits = 0;
    if (q.exec(QStringLiteral("SELECT count(*), min(rank) <> max(rank) FROM %1").arg(m_table)) && q.next()) {
        hits = q.value(0).toInt();
        m_ranked = q.value(1).toBool();
    }
    // Two ways to the first rows in order: read every hit's sort key from the small sort-keys index
    // and sort them (cost grows with the hits), or walk the sort index and keep the rows that are hits
    // (cost grows with how far down the first hits lie: a match on given names or e-mail is spread
    // over the whole order, a match on family names sits in one place). A probe of the first rows of
    // the order tells which.
    m_sortHits = true;
    if (hits > kAlwaysSortBelow && !orderBy.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT count(*) FROM (SELECT c.id FROM contact c WHERE c.deleted_at IS NULL "
                           "ORDER BY %1 LIMIT %2) w WHERE w.id IN (SELECT id FROM %3)")
                .arg(orderBy)
                .arg(kProbeRows)
                .arg(m_table));
        if (q.exec() && q.next())
            m_sortHits = q.value(0).toInt() < kPageRows;
    }
    // The unary + keeps SQLite from driving the query from the hits, so that it walks the sort index.
    const QString membership = (m_sortHits ? QStringLiteral("c.id IN (SELECT id FROM %1)")
                                           : QStringLiteral("+c.id IN (SELECT id FROM %1)"))
                                   .arg(m_table);
    sql.where.replace(at, sql.searchClause.size(), membership);
    sql.binds.erase(sql.binds.begin() + sql.searchBindAt,
                    sql.binds.begin() + sql.searchBindAt + sql.hitsBinds.size());
    sql.searchClause.clear();
    // Every hit is a live contact now.
    m_alone = sql.binds.isEmpty() && sql.where == QStringLiteral("c.deleted_at IS NULL AND ") + membership;
    return hits;
}
