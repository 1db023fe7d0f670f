#pragma once

#include "store/database.h"

#include <QDateTime>

#include <functional>

// Demo deals, deterministic for a seed and a "now": users of every role (the sales managers own the deals,
// and the operating-system user is an administrator so that the program works without logging in), a
// product catalogue, route maps, and deals over the pipelines with their stage histories, line items,
// tasks, calls and notes. Histories look like a team's: a stay in a stage lasts about 60 % of the stage's
// checkpoint (long-tailed, a few deals stall), a stage converts about as its win probability says, some
// managers win more than others, lost reasons depend on the stage, and deals arrive on working days, more
// of them lately. The deals point at the contacts already in the database. Names are in the database's
// language (DemoCatalog), which the run records. Bulk-loads through the raw SQLite handle like
// DemoGenerator.
class DealGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DealGenerator)

public:
    struct Options
    {
        qint64 deals = 1000;
        qint64 products = -1;     // -1: 50
        qint64 salesManagers = 5; // besides a director, a process owner and an administrator
        quint64 seed = 1;
        QString language;      // en, ro, ru, uk; empty: the database's language (DemoCatalog)
        QDateTime now;         // histories end before it; invalid: the clock's time (Timestamps::now)
        bool routeMaps = true; // the route map templates stored in the database, in its language
    };

    // The logins of the demo users, the sales managers first.
    static QStringList salesManagerLogins(qint64 count);

    // progress(done, total) as for DemoGenerator; returning false cancels and changes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Status generate(const Database &db, const Options &options, const Progress &progress = {});
};
