#pragma once

#include "store/database.h"

class QWidget;

// Fills a database with demo data on a worker thread, with a progress dialog that can cancel.
namespace DemoTask {

// Returns the generator's status; cancelled is set when the user cancelled (the database is then
// left as it was).
Status run(const DatabasePtr &db, qint64 contacts, QWidget *parent, bool *cancelled = nullptr);

} // namespace DemoTask
