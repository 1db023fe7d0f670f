#pragma once

#include "demotask.h"
#include "store/database.h"

class QWidget;

// Opening the user's database at start and from File › Open, with the errors said clearly.
// A file that cannot be opened is never modified: the user chooses another file or quits.
namespace DatabaseOpener {

// Opens path on a worker thread. When that takes a while, a dialog says why: waiting for another
// program that has the file locked (for as long as the user does not cancel), checking a file a crash
// left behind, or upgrading it.
Result<DatabasePtr> open(const QString &path, QWidget *parent);

// Opens path; on failure says why and offers another file. Null when the user gives up.
DatabasePtr openInteractive(const QString &path, QWidget *parent);

// Tools › Check Database: SQLite's check of the open file on a worker thread with a progress dialog,
// and a message that says what is wrong and how to recover, or that nothing is.
void checkInteractive(const DatabasePtr &db, QWidget *parent);
// The message of a check that found problems in path: what is wrong and how to get the data back.
void showDamage(const QString &path, const QStringList &problems, QWidget *parent);

// The database at start: --db when given, else the default file. A file that does not exist yet is made
// after the first-start dialog has asked for demo data or an empty database and the language of its
// data; *created then tells that it was made now. Null when the user quits.
DatabasePtr openAtStart(const QString &dbOption, QWidget *parent, bool *created = nullptr,
                        const DemoTask::Size &demo = {});

// Asks for a database file to open; empty when cancelled.
QString chooseFile(QWidget *parent, const QString &startPath);

} // namespace DatabaseOpener
