#include "databaseopener.h"

#include "demo/democatalog.h"
#include "demotask.h"
#include "firststartdialog.h"
#include "guiutil.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseOpener", text);
}

} // namespace

namespace DatabaseOpener {

QString chooseFile(QWidget *parent, const QString &startPath)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Database"), QFileInfo(startPath).absolutePath(),
                                        tr("Pristriy databases (*.sqlite *.db);;All files (*)"));
}

DatabasePtr openInteractive(const QString &path, QWidget *parent)
{
    QString current = path;
    for (;;) {
        Result<DatabasePtr> opened = Database::open(current);
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
