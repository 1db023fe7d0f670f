#pragma once

#include "store/storeerror.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

// Demo tasks, calls and notes for the deals of a demo run (DealGenerator calls it inside its bulk load):
// a task for about 30 % of the deals (on open deals mostly open, due from two weeks ago to six weeks ahead
// of "now", so some are overdue, some due today, some with a reminder; on closed deals done, due in the
// days before the deal closed), a call for about 30 % of the deals with a contact (a fifth of them
// missed), and a note on one deal in ten. Calls fall on the day the deal was made. Deterministic for a
// seed and a "now"; one INSERT ... SELECT per table over the new deals.
namespace ActivityGenerator {

// What the tasks, calls and notes say (UTF-8, in the database's language): ten task titles, three call
// notes, four notes.
struct Texts
{
    QList<QByteArray> tasks;
    QList<QByteArray> callNotes;
    QList<QByteArray> notes;
};

// Deals with firstDealId <= id < endDealId; anchorSecs: the Unix time "now" (its day anchors due dates).
Status insert(sqlite3 *db, quint64 seed, qint64 firstDealId, qint64 endDealId, qint64 anchorSecs,
              const Texts &texts);

} // namespace ActivityGenerator
