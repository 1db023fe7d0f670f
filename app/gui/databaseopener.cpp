#include "databaseopener.h"

#include "demo/democatalog.h"
#include "demotask.h"
#include "firststartdialog.h"
#include "guiutil.h"
#include "longtask.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseOpener", text);
}

// Opens that finish within this time show no dialog at all.
constexpr int kQuietOpenMs = 300;

QString phaseText(int phase, const QString &file)
{
    switch (Database::OpenPhase(phase)) {
    case Database::OpenPhase::Waiting:
        return tr("Waiting for another program to finish with the database\n%1\n\nAnother program (or "
                  "another Pristriy window) is writing to it. Pristriy opens it as soon as that is done.")
            .arg(file);
    case Database::OpenPhase::Checking:
        return tr("Checking the database\n%1\n\nIt was not closed properly the last time (a program "
                  "stopped while writing to it), so Pristriy checks that nothing is damaged. On a large "
                  "database this takes a while.")
            .arg(file);
    case Database::OpenPhase::Upgrading:
        return tr("Upgrading the database\n%1\n\nA backup copy is made first; on a large database "
                  "this takes a while.")
            .arg(file);
    }
    return tr("Opening the database\n%1").arg(file);
}

} // namespace

namespace DatabaseOpener {

QString chooseFile(QWidget *parent, const QString &startPath)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Database"), QFileInfo(startPath).absolutePath(),
                                        tr("Pristriy databases (*.sqlite *.db);;All files (*)"));
}

Result<DatabasePtr> open(const QString &path, QWidget *parent)
{
    struct Shared
    {
        std::atomic<int> phase{-1};
        std::atomic<bool> cancel{false};
        std::optional<Result<DatabasePtr>> result;
    };
    auto shared = std::make_shared<Shared>();
    Database::Options options;
    options.progress = [shared](Database::OpenPhase phase, qint64) {
        shared->phase = int(phase);
        return !shared->cancel.load();
    };
    std::unique_ptr<QThread> worker(QThread::create([shared, path, options] {
        Result<DatabasePtr> opened = Database::open(path, options);
        if (opened)
            (*opened)->closeThreadConnection();
        shared->result = std::move(opened);
    }));
    worker->start();
    // Most files open in milliseconds: then there is no dialog and no event loop at all.
    if (!worker->wait(QDeadlineTimer(kQuietOpenMs))) {
        const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        QProgressDialog dialog(parent);
        dialog.setWindowTitle(tr("Opening the Database"));
        // Long paths wrap instead of being cut off.
        auto *label = new QLabel(&dialog);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        dialog.setLabel(label);
        dialog.setLabelText(phaseText(shared->phase, file));
        dialog.setRange(0, 0);
        dialog.setMinimumDuration(0);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        dialog.setWindowModality(Qt::ApplicationModal);
        dialog.setMinimumWidth(520);
        QEventLoop loop;
        QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
            shared->cancel = true;
            dialog.setLabelText(tr("Cancelling…"));
        });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
            if (!shared->cancel)
                dialog.setLabelText(phaseText(shared->phase, file));
        });
        poll.start(100);
        dialog.show();
        if (!worker->isFinished())
            loop.exec();
        worker->wait();
    }
    return std::move(*shared->result);
}

DatabasePtr openInteractive(const QString &path, QWidget *parent)
{
    QString current = path;
    for (;;) {
        Result<DatabasePtr> opened = open(current, parent);
        if (opened)
            return *opened;
        const StoreError &error = opened.error();
        qWarning().noquote() << "Cannot open database" << current << error.fullText();
        QMessageBox box(QMessageBox::Critical, tr("Cannot Open the Database"), error.message,
                        QMessageBox::NoButton, parent);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Choose another database file, or quit."));
        if (!error.detail.isEmpty())
            box.setDetailedText(error.detail);
        QPushButton *choose = box.addButton(tr("Choose Another File…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel)->setText(tr("Quit"));
        box.setDefaultButton(choose);
        box.exec();
        if (box.clickedButton() != choose)
            return {};
        const QString next = chooseFile(parent, current);
        if (next.isEmpty())
            return {};
        current = next;
    }
}

void checkInteractive(const DatabasePtr &db, QWidget *parent)
{
    const QString file = QDir::toNativeSeparators(db->path());
    std::optional<Result<IntegrityCheck::Report>> result;
    bool cancelled = false;
    const Status status = LongTask::run(
        db, parent, tr("Checking %1…").arg(file),
        [db, &result](const LongTask::Progress &progress) {
            // SQLite does not say how far it has got: the dialog shows that it is busy.
            result = db->check(false, [&progress] { return progress(0, 0); });
            return okStatus();
        },
        &cancelled);
    if (!status || !result || cancelled)
        return;
    if (!*result) {
        GuiUtil::showError(parent, tr("Check Database"), result->error());
        return;
    }
    const IntegrityCheck::Report &report = **result;
    if (report.ok()) {
        QMessageBox::information(parent, tr("Check Database"), tr("No problems were found in %1.").arg(file));
        return;
    }
    showDamage(db->path(), report.problems, parent);
}

void showDamage(const QString &path, const QStringList &problems, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("Check Database"), IntegrityCheck::summary(path, problems),
                    QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(IntegrityCheck::recoveryAdvice(path) + QStringLiteral("\n\n") +
                           tr("Until then, avoid changing the data: a damaged file can lose more."));
    box.setDetailedText(problems.join(QLatin1Char('\n')));
    // Wide enough that the file names and the recovery command are not broken into short lines.
    for (const char *name : {"qt_msgbox_label", "qt_msgbox_informativelabel"}) {
        if (auto *label = box.findChild<QLabel *>(QLatin1String(name)))
            label->setMinimumWidth(box.fontMetrics().averageCharWidth() * 80);
    }
    box.exec();
}

DatabasePtr openAtStart(const QString &dbOption, QWidget *parent, bool *created, const DemoTask::Size &demo)
{
    if (created)
        *created = false;
    const QString path = dbOption.isEmpty() ? Database::defaultPath() : dbOption;
    if (QFileInfo::exists(path))
        return openInteractive(path, parent);

    FirstStartDialog::Choice choice;
    if (!FirstStartDialog::ask(path, demo.contacts, demo.deals, parent, &choice))
        return {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    DatabasePtr db = openInteractive(path, parent);
    // The user may have chosen another, existing, file instead.
    if (!db || QFileInfo(db->path()) != QFileInfo(path))
        return db;
    if (created)
        *created = true;
    if (const Status named = DemoCatalog::applyLanguage(*db, choice.language); !named) {
        GuiUtil::showError(parent, tr("New Database"), named.error());
        return db;
    }
    if (!choice.demo)
        return db;
    bool cancelled = false;
    const Status status = DemoTask::run(db, demo, parent, &cancelled);
    if (!status && !cancelled)
        GuiUtil::showError(parent, tr("Demo Data"), status.error());
    return db;
}

} // namespace DatabaseOpener
