#include "userchooser.h"

#include "crm/userservice.h"
#include "guiutil.h"
#include "store/systemuser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

UserChooser::UserChooser(const QList<User> &users, const QString &preferred, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Who Is Working?"));
    auto *intro = new QLabel(tr("This database has several users. Choose yours: your changes are recorded "
                                "under it and its role decides what you may see and change."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_users = new QComboBox(this);
    m_users->setObjectName(QStringLiteral("users"));
    for (const User &u : users) {
        const QString name = u.displayName.isEmpty() ? u.login : u.displayName;
        m_users->addItem(tr("%1 (%2) — %3").arg(name, u.login, roleText(u.role)), u.login);
    }
    selectLogin(preferred);
    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_users);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString UserChooser::selectedLogin() const
{
    return m_users->currentData().toString();
}

void UserChooser::selectLogin(const QString &login)
{
    const int index = m_users->findData(login);
    if (index >= 0)
        m_users->setCurrentIndex(index);
}

QString UserChooser::roleText(User::Role role)
{
    switch (role) {
    case User::Role::SalesManager:
        return tr("sales manager");
    case User::Role::ProcessOwner:
        return tr("process owner");
    case User::Role::Director:
        return tr("director");
    case User::Role::Administrator:
        return tr("administrator");
    }
    return {};
}

QList<User> UserChooser::activeUsers(const DatabasePtr &db)
{
    const Result<QList<User>> all = UserService(db, SystemUser::login()).list();
    QList<User> active;
    if (!all)
        return active;
    for (const User &u : *all) {
        if (u.active)
            active.append(u);
    }
    std::sort(active.begin(), active.end(), [](const User &a, const User &b) { return a.login < b.login; });
    return active;
}

bool UserChooser::chooseFor(const DatabasePtr &db, const QString &requested, QWidget *parent)
{
    const QList<User> users = activeUsers(db);
    if (!requested.isEmpty()) {
        for (const User &u : users) {
            if (u.login == requested) {
                GuiUtil::setActor(requested);
                return true;
            }
        }
        QMessageBox::warning(parent, tr("Unknown User"),
                             tr("“%1” is not an active user of %2.").arg(requested, db->path()));
        return false;
    }
    GuiUtil::setActor(QString());
    if (users.size() <= 1)
        return true; // one user or none: nobody to choose between
    UserChooser dialog(users, SystemUser::login(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    GuiUtil::setActor(dialog.selectedLogin());
    return true;
}
