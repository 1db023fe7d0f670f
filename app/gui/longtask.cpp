#include "longtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace LongTask {

Status run(const DatabasePtr &db, QWidget *parent, const QString &label, const Work &work, bool *cancelled)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{1};
    std::atomic<bool> cancel{false};

    QProgressDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("LongTask", "Pristriy"));
    dialog.setLabelText(label);
    dialog.setRange(0, 1000);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setValue(0);

    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancel = true;
        dialog.setLabelText(QCoreApplication::translate("LongTask", "Cancelling…"));
    });
    // The worker only stores numbers; the dialog reads them here, on the GUI thread.
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        // A total of 0: the work cannot say how far it has got, and the dialog shows that it is busy.
        if (total.load() <= 0) {
            if (dialog.maximum() != 0)
                dialog.setRange(0, 0);
            return;
        }
        const qint64 t = total.load();
        dialog.setValue(int(qMin<qint64>(1000, done.load() * 1000 / t)));
    });
    poll.start();
    watcher.setFuture(QtConcurrent::run([db, work, &done, &total, &cancel] {
        const Status status = work([&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancel.load();
        });
        db->closeThreadConnection();
        return status;
    }));
    loop.exec();
    poll.stop();
    if (cancelled)
        *cancelled = cancel.load();
    return watcher.result();
}

} // namespace LongTask
