#pragma once

#include "store/storeerror.h"

#include <QMutex>
#include <QSqlDatabase>

#include <memory>

struct sqlite3;

// The deals a quick search matches: every word starts a word of the title (deal_fts), or every word
// starts a word of the contact's name, company or e-mail (contact_fts, the contact list's search). Both
// are index lookups, so a search costs what it finds, not the size of the deal table.
//
// The matches are found once per search into a temporary table that every board column, count and list
// page of that search then reads. Besides the id it holds what the board sorts and groups by (pipeline,
// stage, currency, amount, owner) with an index in board order, so that a column's first cards and the
// counts per stage read only the matches. The table is reused while nothing has been written (the event
// log's last id is unchanged).
namespace DealSearchHits {

// The temporary table of the matches (columns id, pipeline_id, stage_id, currency, amount_minor, owner;
// index by pipeline, stage, currency, amount) on this connection, e.g. "temp.deal_hits_…"; created or
// refreshed as needed. Only a few searches are kept per connection.
Result<QString> tableFor(QSqlDatabase &db, const QString &search);

// Stops a prefetch() from another thread (the user typed on): the lookup in progress is interrupted
// and fails, keeping nothing; one not started yet does not start.
class Cancel
{
public:
    void cancel();
    bool isCancelled() const;

private:
    friend Result<qint64> prefetch(QSqlDatabase &, const QString &, const std::shared_ptr<Cancel> &);
    mutable QMutex m_mutex;
    bool m_cancelled = false;
    sqlite3 *m_running = nullptr;
};

// Finds the matches on the calling thread's connection (a worker's) and keeps them for the database
// file, so that tableFor() on another connection (the GUI's) fills its table from them without looking
// them up again. Returns the number of matches.
Result<qint64> prefetch(QSqlDatabase &db, const QString &search, const std::shared_ptr<Cancel> &cancel = {});

// Whether tableFor() would answer without looking up the matches (found before, nothing written since).
bool isReady(QSqlDatabase &db, const QString &search);

// True when the text has something in it but nothing to search for (only punctuation): no deal matches.
bool matchesNothing(const QString &search);

} // namespace DealSearchHits
