#pragma once

#include "store/storeerror.h"

struct sqlite3;

// Demo tasks, calls and notes for the deals of a demo run (DealGenerator calls it inside its bulk load):
// a task for about 30 % of the deals (open on open deals, done on closed ones; due from two weeks ago to
// six weeks ahead of the day it runs, so some are overdue, some due today; some with a reminder), a call
// for about 30 % of the deals with a contact (a fifth of them missed), and a note on one deal in ten.
// Calls fall on the day the deal was made. Deterministic for a seed and a day; one INSERT ... SELECT per
// table over the new deals.
namespace ActivityGenerator {

// Deals with firstDealId <= id < endDealId; anchorSecs: the Unix time "now" (its day anchors due dates).
Status insert(sqlite3 *db, quint64 seed, qint64 firstDealId, qint64 endDealId, qint64 anchorSecs);

} // namespace ActivityGenerator
