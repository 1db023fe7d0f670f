#include "busywait.h"

#include <QThread>

#include <sqlite3.h>

#include <iterator>

BusyWait::BusyWait(int timeoutMs, Callback callback, int sliceMs)
    : m_timeoutMs(timeoutMs)
    , m_sliceMs(sliceMs)
    , m_callback(std::move(callback))
{}

void BusyWait::install(sqlite3 *db)
{
    m_slice.invalidate();
    if (db)
        sqlite3_busy_handler(db, &BusyWait::handler, this);
}

void BusyWait::restore(sqlite3 *db) const
{
    if (db)
        sqlite3_busy_timeout(db, m_timeoutMs);
}

int BusyWait::handler(void *self, int count)
{
    return static_cast<BusyWait *>(self)->wait(count);
}

bool BusyWait::goOn()
{
    if (!m_waited.isValid())
        m_waited.start();
    const qint64 waited = m_waited.elapsed();
    if (m_callback) {
        if (!m_callback(waited))
            m_cancelled = true;
    } else if (waited >= m_timeoutMs) {
        m_timedOut = true;
    }
    return mayRetry();
}

int BusyWait::wait(int count)
{
    if (!goOn())
        return 0;
    if (!m_slice.isValid())
        m_slice.start();
    if (m_sliceMs > 0 && m_slice.elapsed() >= m_sliceMs)
        return 0; // this connection gives up; the caller may try a new one
    // Short sleeps first, as SQLite's own busy timeout does: most locks are held for milliseconds.
    static const int delays[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
    int delay = count < int(std::size(delays)) ? delays[count] : 100;
    if (!m_callback)
        delay = int(qBound<qint64>(1, m_timeoutMs - m_waited.elapsed(), qint64(delay)));
    QThread::msleep(ulong(delay));
    return 1;
}

bool BusyWait::pause()
{
    if (!goOn())
        return false;
    QThread::msleep(10);
    return true;
}
