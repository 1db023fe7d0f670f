#pragma once

#include <QElapsedTimer>

#include <functional>

struct sqlite3;

// What a connection does when another connection holds the lock it needs: wait, as SQLite's busy
// timeout does, either up to a time limit or, with a callback, for as long as the callback agrees
// (the desktop application shows "waiting for another program…" with a Cancel button meanwhile).
//
// With a slice, one connection waits at most that long before its statement fails with SQLITE_BUSY
// while mayRetry() still says yes: a connection that began to wait while another program held the
// file in exclusive locking mode can stay stuck after the lock is gone, and a new connection is not.
class BusyWait
{
public:
    // Called from the waiting thread now and then with the time waited so far; false stops waiting.
    using Callback = std::function<bool(qint64 waitedMs)>;

    BusyWait(int timeoutMs, Callback callback, int sliceMs = 0);
    BusyWait(const BusyWait &) = delete;
    BusyWait &operator=(const BusyWait &) = delete;

    // Makes db wait through this object (a new slice); db must be closed or given back (restore)
    // before this object goes.
    void install(sqlite3 *db);
    // Back to SQLite's own busy timeout of timeoutMs.
    void restore(sqlite3 *db) const;

    // After SQLITE_BUSY: whether waiting may go on (on a new connection): not cancelled, time left.
    bool mayRetry() const { return !m_cancelled && !m_timedOut; }
    // Sleeps a little before such a retry; false when waiting may not go on.
    bool pause();

private:
    static int handler(void *self, int count);
    int wait(int count);
    bool goOn();

    int m_timeoutMs = 0;
    int m_sliceMs = 0;
    Callback m_callback;
    QElapsedTimer m_waited; // since the first wait
    QElapsedTimer m_slice;  // since this connection began to wait
    bool m_cancelled = false;
    bool m_timedOut = false;
};
