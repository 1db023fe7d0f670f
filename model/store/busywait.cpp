#include "busywait.h"

#include <QThread>

#include <sqlite3.h>

#include <iterator>

BusyWait::BusyWait(int timeoutMs, Callback callback)
    : m_timeoutMs(timeoutMs)
    , m_callback(std::move(callback))
{}

void BusyWait::install(sqlite3 *db)
{
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

int BusyWait::wait(int count)
{
    if (count == 0) {
        m_waited.start();
        m_gaveUp = false;
    }
    const qint64 waited = m_waited.elapsed();
    if (m_callback) {
        if (!m_callback(waited)) {
            m_gaveUp = true;
            return 0;
        }
    } else if (waited >= m_timeoutMs) {
        m_gaveUp = true;
        return 0;
    }
    // Short sleeps first, as SQLite's own busy timeout does: most locks are held for milliseconds.
    static const int delays[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
    const int delay = count < int(std::size(delays)) ? delays[count] : 100;
    const qint64 left = m_callback ? delay : qMax<qint64>(1, m_timeoutMs - waited);
    QThread::msleep(ulong(qMin<qint64>(delay, left)));
    return 1;
}
