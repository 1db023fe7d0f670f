#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;
class BusyWait;

// What a file on disk is, found out without changing it: Pristriy's databases carry an application
// id (PRAGMA application_id, set by schema 11) and the tables of their schema version; files of
// schema 1 to 10 were made before the id and are known by their version and tables alone.
namespace DatabaseFile {

// "PRIS" in the header's application id field (offset 68).
constexpr quint32 kApplicationId = 0x50524953;
// The first schema version whose files carry kApplicationId.
constexpr int kFirstVersionWithId = 11;

// The 100-byte header as it is on disk. Only fields a writer never changes under a reader are
// trusted from it (the magic string, the application id); the rest is read through SQLite.
struct Header
{
    qint64 size = 0;
    bool sqlite = false; // starts with "SQLite format 3\0"
    bool wal = false;    // write-ahead log mode (file format numbers 2)
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};

// False when the file cannot be read (error says why).
bool readHeader(const QString &path, Header *header, QString *error);

// What SQLite reads from a database: its ids and its tables.
struct Stored
{
    quint32 applicationId = 0;
    int userVersion = 0;
    int objects = 0; // everything in sqlite_master
    QStringList tables;
};

// Reads through an open connection, in one statement (so one read transaction, after SQLite has
// recovered whatever a crash left unfinished). Returns the SQLite result code; errorText says more.
int readStored(sqlite3 *db, Stored *stored, QString *errorText);

// Reads a file without an application id without changing it or leaving files beside it: read-only,
// and without the write-ahead log's side files when nobody has it open. A journal left by a crash
// (which a read-only connection cannot roll back) is rolled back on a copy made beside the file and
// removed after. Returns the SQLite result code.
int probeUnmarked(const QString &path, const Header &header, BusyWait *busy, Stored *stored,
                  QString *errorText);

// The tables a database of schema version has (every migration up to it, run in memory).
QStringList expectedTables(int version);

// Whether stored looks like a Pristriy database of its version: the id (or a version from before the
// id) and every table that version has. Versions newer than this build's are only checked by id.
bool isOurs(const Stored &stored, int latestVersion);
// An SQLite file with nothing in it yet.
bool isEmpty(const Stored &stored);

} // namespace DatabaseFile
