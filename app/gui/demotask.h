#pragma once

#include "store/database.h"

class QWidget;

// Fills a database with demo data on a worker thread, with a progress dialog that can cancel.
namespace DemoTask {

// How much demo data the first start makes.
struct Size
{
    qint64 contacts = 2000;
    qint64 deals = 3000;
};

// Demo contacts, then demo deals (with their users, products, route maps, tasks and calls) in the
// database's language. Returns the generators' status; cancelled is set when the user cancelled (what the
// running generator had begun is then left out).
Status run(const DatabasePtr &db, const Size &size, QWidget *parent, bool *cancelled = nullptr);

} // namespace DemoTask
