#include "demotask.h"

#include "demo/demogenerator.h"
#include "longtask.h"

#include <QCoreApplication>
#include <QLocale>

namespace DemoTask {

Status run(const DatabasePtr &db, qint64 contacts, QWidget *parent, bool *cancelled)
{
    DemoGenerator::Options options;
    options.contacts = contacts;
    const QString label = QCoreApplication::translate(
        "DemoTask", "Creating a demo database with %Ln contact(s)…", nullptr, int(contacts));
    return LongTask::run(
        db, parent, label,
        [db, options](const LongTask::Progress &progress) {
            return DemoGenerator::generate(*db, options, progress);
        },
        cancelled);
}

} // namespace DemoTask
