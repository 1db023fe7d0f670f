#include "demodata.h"

#include "bulkload.h"

namespace DemoData {

Status generate(const Database &db, const DemoGenerator::Options &contacts,
                const DealGenerator::Options *deals)
{
    sqlite3 *handle = db.handle();
    if (!handle)
        return StoreError::make(StoreError::Code::Sql, DemoGenerator::tr("The database is not open."));
    // The generators' own loads become savepoints of this one transaction.
    BulkLoad load(handle);
    if (Status s = load.begin({}, {}); !s)
        return s;
    if (contacts.contacts > 0 || contacts.companies > 0) {
        if (Status s = DemoGenerator::generate(db, contacts); !s)
            return s;
    }
    if (deals) {
        if (Status s = DealGenerator::generate(db, *deals); !s)
            return s;
    }
    return load.commit();
}

} // namespace DemoData
