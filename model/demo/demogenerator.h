#pragma once

#include "store/database.h"

#include <QDateTime>

#include <functional>

// Realistic demo data (Romanian, Russian, Ukrainian and English names, companies, phones, e-mails,
// birthdays), deterministic for a seed and a "now". Bulk-loads through the raw SQLite handle so that a
// million contacts take seconds; the search index is rebuilt once at the end.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        qint64 contacts = 1000;
        qint64 companies = -1; // -1: one company for every 20 contacts
        quint64 seed = 1;
        QString owner;                // empty: the demo sales managers
        QString language = QString(); // sources and industries: en, ro, ru, uk; empty: the database's
        QDateTime now = QDateTime();  // the records are made before it; invalid: the clock's time
    };

    // progress(done, total) is called now and then from the calling thread; returning false
    // cancels, and the database is left as it was before.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Status generate(const Database &db, const Options &options, const Progress &progress = {});
};
