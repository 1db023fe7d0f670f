#pragma once

#include "store/database.h"

#include <functional>

// Demo deals, deterministic for a seed: users of every role (the sales managers own the deals, and the
// operating-system user is an administrator so that the program works without logging in), a product
// catalogue, and deals over the pipelines with their stage histories and line items. The deals point at
// the contacts already in the database. Bulk-loads through the raw SQLite handle like DemoGenerator.
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
    };

    // The logins of the demo users, the sales managers first.
    static QStringList salesManagerLogins(qint64 count);

    // progress(done, total) as for DemoGenerator; returning false cancels and changes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Status generate(const Database &db, const Options &options, const Progress &progress = {});
};
