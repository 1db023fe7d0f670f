#pragma once

#include "store/database.h"

class QWidget;

// Opening the user's database at start and from File › Open, with the errors said clearly.
// A file that cannot be opened is never modified: the user chooses another file or quits.
namespace DatabaseOpener {

// Opens path; on failure says why and offers another file. Null when the user gives up.
DatabasePtr openInteractive(const QString &path, QWidget *parent);

// The database at start: --db when given (a missing file becomes a new, empty database), else the
// default file, which on first start is created and filled with demo data.
DatabasePtr openAtStart(const QString &dbOption, QWidget *parent, qint64 demoContacts = 2000);

// Asks for a database file to open; empty when cancelled.
QString chooseFile(QWidget *parent, const QString &startPath);

} // namespace DatabaseOpener
