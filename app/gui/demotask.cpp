#include "demotask.h"

#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
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
            // One bar for both: the contacts' share first, then the deals'.
            const qint64 total = contacts.contacts + deals.deals;
            const Status made = DemoGenerator::generate(*db, contacts, [&](qint64 done, qint64 of) {
                return progress(of > 0 ? done * contacts.contacts / of : 0, total);
            });
            if (!made || deals.deals == 0)
                return made;
            return DealGenerator::generate(
                *db, deals, [&](qint64 done, qint64) { return progress(contacts.contacts + done, total); });
        },
        cancelled);
}

} // namespace DemoTask
