#pragma once

#include "demotask.h"
#include "store/database.h"

class QWidget;

// Opening the user's database at start and from File › Open, with the errors said clearly.
// A file that cannot be opened is never modified: the user chooses another file or quits.
namespace DatabaseOpener {

// Opens path; on failure says why and offers another file. Null when the user gives up.
DatabasePtr openInteractive(const QString &path, QWidget *parent);

// The database at start: --db when given, else the default file. A file that does not exist yet is made
// after the first-start dialog has asked for demo data or an empty database and the language of its
// data; *created then tells that it was made now. Null when the user quits.
DatabasePtr openAtStart(const QString &dbOption, QWidget *parent, bool *created = nullptr,
                        const DemoTask::Size &demo = {});

// Asks for a database file to open; empty when cancelled.
QString chooseFile(QWidget *parent, const QString &startPath);

} // namespace DatabaseOpener
