#pragma once

#include <QString>

// Process-wide SQLite set-up, done once before SQLite starts: allocation counting off (see
// configure()) and a log callback through which SQLite says when it has recovered a file from an
// interrupted write (it rolled a hot journal back, or rebuilt the index of a write-ahead log that a
// crash left behind).
namespace SqliteRuntime {

// Safe to call any number of times; the first call configures SQLite when it has not started yet.
void ensureConfigured();

// Whether SQLite, in this process, recovered the database at path (an absolute file path) since the
// last call for that path; the answer clears the record.
bool takeRecovered(const QString &path);

// Forgets what was recorded for path (before opening it anew).
void forgetRecovered(const QString &path);

} // namespace SqliteRuntime
