#include "demotask.h"

#include "demo/demodata.h"
#include "longtask.h"

#include <QCoreApplication>

namespace DemoTask {

Status run(const DatabasePtr &db, const Size &size, QWidget *parent, bool *cancelled)
{
    DemoGenerator::Options contacts;
    contacts.contacts = size.contacts;
    DealGenerator::Options deals;
    deals.deals = size.deals;
    const QString label =
        QCoreApplication::translate("DemoTask", "Creating a demo database with %1 and %2…")
            .arg(QCoreApplication::translate("DemoTask", "%Ln contact(s)", nullptr, int(size.contacts)),
                 QCoreApplication::translate("DemoTask", "%Ln deal(s)", nullptr, int(size.deals)));
    return LongTask::run(
        db, parent, label,
        [db, contacts, deals](const LongTask::Progress &progress) {
            // One bar for both, and one transaction: cancelled (or killed) part-way, nothing is left.
            return DemoData::generate(*db, contacts, deals.deals > 0 ? &deals : nullptr,
                                      [&](qint64 done, qint64 total) { return progress(done, total); });
        },
        cancelled);
}

} // namespace DemoTask
