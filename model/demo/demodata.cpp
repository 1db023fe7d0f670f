#include "demodata.h"

#include "bulkload.h"

namespace DemoData {

Status generate(const Database &db, const DemoGenerator::Options &contacts,
                const DealGenerator::Options *deals, const DemoGenerator::Progress &progress)
{
    sqlite3 *handle = db.handle();
    if (!handle)
        return StoreError::make(StoreError::Code::Sql, DemoGenerator::tr("The database is not open."));
    // The generators' own loads become savepoints of this one transaction.
    BulkLoad load(handle);
    if (Status s = load.begin({}, {}); !s)
        return s;
    const qint64 contactShare = contacts.contacts;
    const qint64 total = contactShare + (deals ? deals->deals : 0);
    if (contacts.contacts > 0 || contacts.companies > 0) {
        DemoGenerator::Progress step;
        if (progress) {
            step = [&](qint64 done, qint64 of) {
                return progress(of > 0 ? done * contactShare / of : 0, total);
            };
        }
        if (Status s = DemoGenerator::generate(db, contacts, step); !s)
            return s;
    }
    if (deals) {
        DealGenerator::Progress step;
        if (progress)
            step = [&](qint64 done, qint64) { return progress(contactShare + done, total); };
        if (Status s = DealGenerator::generate(db, *deals, step); !s)
            return s;
    }
    return load.commit();
}

} // namespace DemoData
