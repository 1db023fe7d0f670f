#include "demotask.h"

#include "demo/demogenerator.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace DemoTask {

Status run(const DatabasePtr &db, qint64 contacts, QWidget *parent, bool *cancelled)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{contacts};
    std::atomic<bool> cancel{false};

    QProgressDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("DemoTask", "Pristriy"));
    dialog.setLabelText(QCoreApplication::translate("DemoTask", "Creating a demo database with %1 contacts…")
                            .arg(QLocale().toString(contacts)));
    dialog.setRange(0, 1000);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setValue(0);

    DemoGenerator::Options options;
    options.contacts = contacts;
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancel = true;
        dialog.setLabelText(QCoreApplication::translate("DemoTask", "Cancelling…"));
    });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 t = qMax<qint64>(1, total.load());
        dialog.setValue(int(qMin<qint64>(1000, done.load() * 1000 / t)));
    });
    poll.start();
    watcher.setFuture(QtConcurrent::run([db, options, &done, &total, &cancel] {
        const Status status = DemoGenerator::generate(*db, options, [&](qint64 d, qint64 t) {
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

} // namespace DemoTask
