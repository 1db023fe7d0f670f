#pragma once

#include "rowqueue.h"
#include "store/storeerror.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

struct sqlite3;

// Builds a full-text index on a thread of its own while the rows it indexes are still being written,
// then moves it into the main database in one go.
//
// A bulk load's writer is its slowest thread; indexing a million search documents after it (FTS5
// 'rebuild') adds seconds to the load. Here the documents go to a second, private database as they are
// made, into an FTS5 table defined exactly as the main one (its SQL is read from the main schema), and
// the finished index's shadow tables (data, idx, docsize, config) are copied over in place of the main
// table's empty ones. Only for an index that is empty when the load starts: anything else is rebuilt
// the ordinary way (see usable()).
class SideFts
{
public:
    struct Doc
    {
        qint64 id = 0;
        QByteArray text;
    };
    using Queue = RowQueue<Doc>;

    SideFts(sqlite3 *main, QByteArray table);
    ~SideFts();
    SideFts(const SideFts &) = delete;
    SideFts &operator=(const SideFts &) = delete;

    // Removes the side databases' folders (Pristriy-fts-XXXXXX in the temporary folder) that no running
    // process owns any more: those of a load that was killed. A live load holds a lock on a file in
    // its folder, which the system releases when the process ends. Returns how many were removed.
    static int removeStale();
    // The folder the side databases' folders are made in.
    static QString tempFolder();

    // True when the main table's index is empty and the side database could be made.
    static bool usable(sqlite3 *main, const QByteArray &table, const QByteArray &contentTable);

    Status start();
    Queue &queue() { return m_queue; }
    // Ends the input, waits for the index and copies it into the main database (inside the caller's
    // transaction). On an error the main table is left as it was and the caller rebuilds it.
    Status finish();
    void cancel();

private:
    void run();

    sqlite3 *m_main = nullptr;
    QByteArray m_table;
    QTemporaryDir m_dir;
    int m_ownerLock = -1; // a file descriptor holding the lock that marks m_dir as in use
    sqlite3 *m_side = nullptr;
    Queue m_queue;
    std::unique_ptr<QThread> m_thread;
    QString m_error;
};
