#pragma once

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

// Batches of demo rows handed from the thread that makes them to the thread that writes them: making
// the text and writing it take about as long, and the machine has two cores.
template<typename Row>
class RowQueue
{
public:
    using Batch = QList<Row>;

    void push(Batch batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= kMaxBatches && !m_cancelled)
            m_notFull.wait(&m_mutex);
        m_batches.append(std::move(batch));
        m_notEmpty.wakeOne();
    }
    bool pop(Batch *batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.isEmpty() && !m_done)
            m_notEmpty.wait(&m_mutex);
        if (m_batches.isEmpty())
            return false;
        *batch = m_batches.takeFirst();
        m_notFull.wakeOne();
        return true;
    }
    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_done = true;
        m_notEmpty.wakeAll();
    }
    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        m_notFull.wakeAll();
    }
    bool cancelled()
    {
        QMutexLocker lock(&m_mutex);
        return m_cancelled;
    }

private:
    static constexpr int kMaxBatches = 4;
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    QList<Batch> m_batches;
    bool m_done = false;
    bool m_cancelled = false;
};
