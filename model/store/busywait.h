#pragma once

#include <QElapsedTimer>

#include <functional>

struct sqlite3;

// What a connection does when another connection holds the lock it needs: wait, as SQLite's busy
// timeout does, either up to a time limit or, with a callback, for as long as the callback agrees
// (the desktop application shows "waiting for another program…" with a Cancel button meanwhile).
class BusyWait
{
public:
    // Called from the waiting thread now and then with the time waited so far for this lock; false
    // stops waiting (the statement then fails with SQLITE_BUSY).
    using Callback = std::function<bool(qint64 waitedMs)>;

    BusyWait(int timeoutMs, Callback callback);
    BusyWait(const BusyWait &) = delete;
    BusyWait &operator=(const BusyWait &) = delete;

    // Makes db wait through this object; db must be closed or given back (restore) before it goes.
    void install(sqlite3 *db);
    // Back to SQLite's own busy timeout of timeoutMs.
    void restore(sqlite3 *db) const;

    bool gaveUp() const { return m_gaveUp; }

private:
    static int handler(void *self, int count);
    int wait(int count);

    int m_timeoutMs = 0;
    Callback m_callback;
    QElapsedTimer m_waited;
    bool m_gaveUp = false;
};
