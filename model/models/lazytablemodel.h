#pragma once

#include "store/database.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QVariantList>

// A read-only table over an SQL query that never loads the whole result: rows are fetched in pages
// by keyset (from a neighbouring page) or by offset from the nearer end, sorting and filtering run in
// SQL, and only a bounded number of pages is cached. Subclasses describe the columns and the filter.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;        // translated header
        QString select;       // SQL expression for the value shown
        QStringList sortKeys; // SQL expressions to ORDER BY (the id is appended); empty: not sortable
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 128;

    explicit LazyTableModel(DatabasePtr db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSortable(int column) const;

    qint64 idAt(int row) const;
    // The row of a record under the current sort and filter, -1 when it is not in the list.
    int rowOfId(qint64 id) const;
    // The last SQL error, empty when the last query worked.
    QString lastError() const { return m_lastError; }

    // Re-reads the count and drops the cache (after changes or a new filter).
    void refresh();

signals:
    void queryFailed(const QString &message);

protected:
    // FROM clause with joins, using the alias of the main table given by idColumn (e.g. "c.id").
    virtual QString fromClause() const = 0;
    // The FROM clause of the query that picks a page's ids (it may add an index hint).
    virtual QString pageFromClause() const { return fromClause(); }
    virtual QString idColumn() const = 0;
    // WHERE clause (never empty; "1" for none) and its bound values.
    virtual QString whereClause() const = 0;
    virtual QVariantList whereBinds() const = 0;
    // Called before counting; a subclass may prepare temporary tables for its filter.
    virtual void prepareFilter() {}
    // The number of rows under the current filter; a subclass may know it more cheaply.
    virtual int countRows();
    // What the view shows for a value read from SQL (dates in local time, for instance).
    virtual QVariant display(int column, const QVariant &raw) const
    {
        Q_UNUSED(column);
        return raw;
    }

    void setColumns(QList<Column> columns);
    // The ORDER BY of the current sort, e.g. "c.name_key ASC, c.id ASC".
    QString orderByClause() const { return orderBy(false); }
    const QList<Column> &columns() const { return m_columns; }
    DatabasePtr database() const { return m_db; }

private:
    struct Row
    {
        qint64 id = 0;
        QVariantList keys;   // the sort key values, for keyset paging
        QVariantList values; // one per column
    };
    using Page = QList<Row>;

    const Row *rowAt(int row) const;
    bool fetchPage(int page) const;
    QStringList orderKeys() const;
    QString orderBy(bool reversed) const;
    QString keysetCondition(bool after, const Row &anchor, QVariantList *binds) const;
    bool runPageQuery(const QString &extraWhere, const QVariantList &extraBinds, bool reversed, int offset,
                      int limit, Page *out) const;
    void setError(const QString &text) const;

    DatabasePtr m_db;
    QList<Column> m_columns;
    int m_rowCount = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QCache<int, Page> m_pages;
    mutable QString m_lastError;
};
