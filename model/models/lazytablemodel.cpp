#include "lazytablemodel.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// Pages kept in memory: enough for a screen and quick scrolling back, bounded whatever the table size.
constexpr int kCachedPages = 48;
} // namespace

LazyTableModel::LazyTableModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_pages(kCachedPages)
{}

void LazyTableModel::setColumns(QList<Column> columns)
{
    m_columns = std::move(columns);
}

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LazyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool LazyTableModel::isSortable(int column) const
{
    return column >= 0 && column < m_columns.size() && !m_columns.at(column).sortKeys.isEmpty();
}

Qt::ItemFlags LazyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_columns.at(section).alignment);
    return {};
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kIdRole &&
        role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_columns.at(index.column()).alignment);
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == kIdRole)
        return row->id;
    return display(index.column(), row->values.value(index.column()));
}

qint64 LazyTableModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : 0;
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

void LazyTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_lastError.clear();
    prepareFilter();
    m_rowCount = qMax(0, countRows());
    endResetModel();
}

int LazyTableModel::countRows()
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(fromClause(), whereClause()));
    for (const QVariant &v : whereBinds())
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    setError(q.lastError().text());
    return 0;
}

void LazyTableModel::setError(const QString &text) const
{
    m_lastError = text;
    emit const_cast<LazyTableModel *>(this)->queryFailed(text);
}

QStringList LazyTableModel::orderKeys() const
{
    QStringList keys = m_columns.value(m_sortColumn).sortKeys;
    keys.append(idColumn());
    return keys;
}

QString LazyTableModel::orderBy(bool reversed) const
{
    const bool descending = (m_sortOrder == Qt::DescendingOrder) != reversed;
    QStringList parts;
    for (const QString &key : orderKeys())
        parts.append(key + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    return parts.join(QStringLiteral(", "));
}

QString LazyTableModel::keysetCondition(bool after, const Row &anchor, QVariantList *binds) const
{
    // Row-value comparison walks the sort index from the anchor: (k1, k2, id) > (?, ?, ?).
    const bool greater = after == (m_sortOrder == Qt::AscendingOrder);
    const QStringList keys = orderKeys();
    QStringList marks;
    for (int i = 0; i < keys.size(); ++i) {
        marks.append(QStringLiteral("?"));
        binds->append(i < anchor.keys.size() ? anchor.keys.at(i) : QVariant(anchor.id));
    }
    return QStringLiteral("(%1) %2 (%3)")
        .arg(keys.join(QStringLiteral(", ")), greater ? QStringLiteral(">") : QStringLiteral("<"),
             marks.join(QStringLiteral(", ")));
}

bool LazyTableModel::runPageQuery(const QString &extraWhere, const QVariantList &extraBinds, bool reversed,
                                  int offset, int limit, Page *out) const
{
    QStringList selects;
    selects.append(idColumn());
    const QStringList keys = m_columns.value(m_sortColumn).sortKeys;
    selects.append(keys);
    for (const Column &c : m_columns)
        selects.append(c.select);
    QString where = whereClause();
    if (!extraWhere.isEmpty())
        where = QStringLiteral("(%1) AND %2").arg(where, extraWhere);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // The page's ids are chosen first; the shown columns (some of them subqueries) are computed for
    // those rows only, never for rows skipped by the offset or sorted away.
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM %2 WHERE %3 IN (SELECT %3 FROM %4 WHERE %5 ORDER BY %6 LIMIT %7 OFFSET %8) "
                  "ORDER BY %6")
                  .arg(selects.join(QStringLiteral(", ")), fromClause(), idColumn(), pageFromClause(), where,
                       orderBy(reversed))
                  .arg(limit)
                  .arg(offset));
    for (const QVariant &v : whereBinds())
        q.addBindValue(v);
    for (const QVariant &v : extraBinds)
        q.addBindValue(v);
    if (!q.exec()) {
        setError(q.lastError().text());
        return false;
    }
    const int keyCount = int(keys.size());
    const int columnCount = int(m_columns.size());
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.keys.reserve(keyCount);
        for (int i = 0; i < keyCount; ++i)
            row.keys.append(q.value(1 + i));
        row.values.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            row.values.append(q.value(1 + keyCount + i));
        out->append(std::move(row));
    }
    if (reversed)
        std::reverse(out->begin(), out->end());
    return true;
}

bool LazyTableModel::fetchPage(int page) const
{
    auto fetched = std::make_unique<Page>();
    fetched->reserve(kPageSize);
    const int first = page * kPageSize;
    const int expected = qMin(kPageSize, m_rowCount - first);
    bool ok = false;
    if (page > 0 && m_pages.contains(page - 1) && !m_pages.object(page - 1)->isEmpty()) {
        QVariantList binds;
        const QString cond = keysetCondition(true, m_pages.object(page - 1)->constLast(), &binds);
        ok = runPageQuery(cond, binds, false, 0, expected, fetched.get());
    } else if (m_pages.contains(page + 1) && !m_pages.object(page + 1)->isEmpty()) {
        QVariantList binds;
        const QString cond = keysetCondition(false, m_pages.object(page + 1)->constFirst(), &binds);
        ok = runPageQuery(cond, binds, true, 0, expected, fetched.get());
    } else if (first <= m_rowCount - first - expected) {
        ok = runPageQuery({}, {}, false, first, expected, fetched.get());
    } else {
        // Nearer the end: read backwards, so the last row costs no more than the first.
        const int fromEnd = m_rowCount - first - expected;
        ok = runPageQuery({}, {}, true, fromEnd, expected, fetched.get());
    }
    if (!ok)
        return false;
    m_pages.insert(page, fetched.release());
    return true;
}

const LazyTableModel::Row *LazyTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / kPageSize;
    if (!m_pages.contains(page) && !fetchPage(page))
        return nullptr;
    const Page *p = m_pages.object(page);
    const int offset = row % kPageSize;
    return offset < p->size() ? &p->at(offset) : nullptr;
}

int LazyTableModel::rowOfId(qint64 id) const
{
    // Counting the rows before the record under the same order is one indexed range count.
    QSqlQuery key(m_db->connection());
    QStringList selects = m_columns.value(m_sortColumn).sortKeys;
    if (selects.isEmpty())
        selects.append(idColumn());
    key.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE (%3) AND %4 = ?")
                    .arg(selects.join(QStringLiteral(", ")), fromClause(), whereClause(), idColumn()));
    for (const QVariant &v : whereBinds())
        key.addBindValue(v);
    key.addBindValue(id);
    if (!key.exec() || !key.next())
        return -1;
    Row anchor;
    anchor.id = id;
    for (int i = 0; i < m_columns.value(m_sortColumn).sortKeys.size(); ++i)
        anchor.keys.append(key.value(i));
    QVariantList binds = whereBinds();
    const QString cond = keysetCondition(false, anchor, &binds);
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE (%2) AND %3").arg(fromClause(), whereClause(), cond));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    const int row = q.value(0).toInt();
    return row < m_rowCount ? row : -1;
}
