#include "mytasksdock.h"

#include "activity/activity.h"
#include "activitypanel.h"
#include "mytaskspage.h"
#include "reminderwatcher.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

MyTasksDock::MyTasksDock(DatabasePtr db, QWidget *parent)
    : QDockWidget(tr("My Tasks"), parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("myTasksDock"));
    m_page = new MyTasksPage(m_db, this);
    setWidget(m_page);
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    toggleViewAction()->setText(tr("My &Tasks"));
    connect(m_page, &MyTasksPage::openRecordRequested, this, &MyTasksDock::openRecordRequested);
    m_reminders = new ReminderWatcher(m_db, this);
    connect(m_reminders, &ReminderWatcher::reminderDue, this, &MyTasksDock::showReminder);
}

void MyTasksDock::setDatabase(DatabasePtr db)
{
    m_db = std::move(db);
    m_page->setDatabase(m_db);
    m_reminders->setDatabase(m_db);
}

QList<QMessageBox *> MyTasksDock::reminderBoxes() const
{
    QList<QMessageBox *> boxes;
    for (QMessageBox *box : findChildren<QMessageBox *>(QStringLiteral("reminder")))
        boxes << box;
    return boxes;
}

void MyTasksDock::showReminder(const Task &task)
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Reminder"), task.title, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("reminder"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QString text;
    if (task.dueAt.isValid())
        text = tr("Due %1").arg(ActivityFormat::dateTime(task.dueAt));
    if (!task.description.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + task.description.left(500);
    box->setInformativeText(text);
    QString entity;
    qint64 id = 0;
    if (task.dealId > 0) {
        entity = QStringLiteral("deal");
        id = task.dealId;
    } else if (task.contactId > 0) {
        entity = QStringLiteral("contact");
        id = task.contactId;
    } else if (task.companyId > 0) {
        entity = QStringLiteral("company");
        id = task.companyId;
    }
    if (id > 0) {
        QPushButton *open = box->addButton(tr("Open"), QMessageBox::ActionRole);
        connect(open, &QPushButton::clicked, this,
                [this, entity, id] { emit openRecordRequested(entity, id); });
    }
    box->addButton(QMessageBox::Ok);
    box->show();
    QApplication::alert(window());
}

void MyTasksDock::openDealActivities(const DatabasePtr &db, qint64 dealId, QWidget *parent)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT title FROM deal WHERE id = ?"));
    q.addBindValue(dealId);
    const QString title = q.exec() && q.next() ? q.value(0).toString() : QString::number(dealId);
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("dealActivities"));
    dialog->setWindowTitle(tr("Deal “%1”").arg(title));
    auto *panel = new ActivityPanel(db, QStringLiteral("deal"), dealId, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 560);
    dialog->open();
}
