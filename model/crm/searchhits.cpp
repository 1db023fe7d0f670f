#include "searchhits.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kFtsClause =
    QStringLiteral("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)");
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
    drop();
    const int at = int(sql.where.indexOf(kFtsClause));
    if (at < 0)
        return -1;
    const int bindIndex = int(sql.where.left(at).count(QLatin1Char('?')));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY)").arg(m_table)))
        return -1;
    q.prepare(QStringLiteral("INSERT INTO %1 (id) SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?")
                  .arg(m_table));
    q.addBindValue(sql.binds.at(bindIndex));
    if (!q.exec())
        return -1; // the plain subquery stays and reports the error when it runs
    int hits = 0;
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(m_table)) && q.next())
        hits = q.value(0).toInt();
    // Two ways to the first rows in order: read every hit's sort key from the small sort-keys index
    // and sort them (cost grows with the hits), or walk the sort index and keep the rows that are hits
    // (cost grows with how far down the first hits lie: a match on given names or e-mail is spread
    // over the whole order, a match on family names sits in one place). A probe of the first rows of
    // the order tells which.
    m_sortHits = true;
    if (hits > kAlwaysSortBelow && !orderBy.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT count(*) FROM (SELECT c.id FROM contact c WHERE c.deleted_at IS NULL "
                           "ORDER BY %1 LIMIT %2) w WHERE w.id IN %3")
                .arg(orderBy)
                .arg(kProbeRows)
                .arg(m_table));
        if (q.exec() && q.next())
            m_sortHits = q.value(0).toInt() < kPageRows;
    }
    // The unary + keeps SQLite from driving the query from the hits, so that it walks the sort index.
    const QString membership =
        (m_sortHits ? QStringLiteral("c.id IN %1") : QStringLiteral("+c.id IN %1")).arg(m_table);
    sql.where.replace(at, kFtsClause.size(), membership);
    sql.binds.removeAt(bindIndex);
    // Records in the trash have no search document, so every hit is a live contact.
    m_alone = sql.binds.isEmpty() && sql.where == QStringLiteral("c.deleted_at IS NULL AND ") + membership;
    return hits;
}
