#pragma once

#include "store/database.h"

#include <functional>

class QWidget;

// Long work (demo data, re-keying phones, imports) on a worker thread while a modal progress dialog
// keeps the window alive and offers Cancel.
namespace LongTask {

// Reports done of total (a total of 0: busy, no fraction known); returns false when the user cancelled.
using Progress = std::function<bool(qint64 done, qint64 total)>;
using Work = std::function<Status(const Progress &progress)>;

// Runs work on a worker thread; the worker's database connection is closed when it ends.
// cancelled, when given, tells whether the user pressed Cancel.
Status run(const DatabasePtr &db, QWidget *parent, const QString &label, const Work &work,
           bool *cancelled = nullptr);

} // namespace LongTask
