#pragma once

#include <QString>

// Who is at the keyboard: the operating-system login, recorded as the actor of every change.
namespace SystemUser {

// USER, then USERNAME and LOGNAME, then the password database, then the home folder's name; never
// empty, so that a change always records somebody.
QString login();

} // namespace SystemUser
