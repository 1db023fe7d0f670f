#pragma once

#include "contactfilter.h"

#include <QSqlDatabase>

// Evaluates the search part of a contact filter once, into a temporary table of the matching ids and
// their rank, and rewrites the filter to use it: a page of a list, or the first results of a search,
// then never re-runs the full-text or phone lookups nor sorts every hit.
class SearchHits
{
public:
    SearchHits(QSqlDatabase db, QString tableName);
    ~SearchHits();
    SearchHits(const SearchHits &) = delete;
    SearchHits &operator=(const SearchHits &) = delete;

    // Rewrites sql in place for a list ordered by orderBy (e.g. "c.name_key, c.id"); returns the
    // number of hits, or -1 when the filter has no search part.
    int apply(ContactFilter::Sql &sql, const QString &orderBy);
    // True when the hits alone decide which rows match (no other filter but "live").
    bool decidesAlone() const { return m_alone; }
    // True when the hits are few enough to be read and sorted; the query should then read their
    // sort keys from the contact_sort_keys index (see fromClause()).
    bool sortsHits() const { return m_sortHits; }
    // True when the hits have two ranks (a number's start and its last digits both matched).
    bool ranked() const { return m_ranked; }
    // The table of the hits (columns id, rank), valid after apply().
    QString table() const { return m_table; }
    // "contact c", with the index hint when the hits are sorted.
    QString fromClause() const;
    void drop();

private:
    QSqlDatabase m_db;
    QString m_table;
    bool m_alone = false;
    bool m_sortHits = false;
    bool m_ranked = false;
};
