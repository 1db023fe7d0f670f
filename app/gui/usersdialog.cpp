#include "usersdialog.h"

#include "crm/userservice.h"
#include "guiutil.h"
#include "models/usertablemodel.h"
#include "store/timestamps.h"
#include "usereditdialogs.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

const QString kGeometryKey = QStringLiteral("usersdialog/geometry");

QPushButton *actionButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *go = box.addButton(yes, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace

UsersDialog::UsersDialog(DatabasePtr db, QString actor, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_model = new UserTableModel(m_db, this);

    m_intro = new QLabel(tr("Only administrators change users; you may set your own password."), this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("unprotectedWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel#unprotectedWarning { background: #fff4ce; color: #3b2f00; "
                       "border: 1px solid #e0c060; border-radius: 3px; padding: 6px; }"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::NameColumn, QHeaderView::Stretch);
    for (int c : {int(UserTableModel::LoginColumn), int(UserTableModel::RoleColumn),
                  int(UserTableModel::StatusColumn), int(UserTableModel::AwayColumn),
                  int(UserTableModel::PasswordColumn)}) {
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }

    m_add = actionButton(tr("&Add…"), QStringLiteral("add"), this);
    m_edit = actionButton(tr("&Edit…"), QStringLiteral("edit"), this);
    m_active = actionButton(tr("&Disable"), QStringLiteral("active"), this);
    m_password = actionButton(tr("&Password…"), QStringLiteral("password"), this);
    m_away = actionButton(tr("A&way…"), QStringLiteral("away"), this);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editSelected);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::passwordOfSelected);
    connect(m_away, &QPushButton::clicked, this, &UsersDialog::awayOfSelected);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editSelected();
        else if (m_password->isEnabled())
            passwordOfSelected();
    });

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_active, m_password, m_away})
        side->addWidget(b);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setTextFormat(Qt::PlainText);
    m_busy->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_warning);
    layout->addLayout(middle, 1);
    layout->addLayout(bottom);

    m_work = new QFutureWatcher<Status>(this);
    connect(m_work, &QFutureWatcher<Status>::finished, this, [this] {
        const Status s = m_work->result();
        setEnabled(true);
        m_busy->hide();
        if (!s)
            GuiUtil::showError(this, m_workTitle, s.error());
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_reselect.isEmpty())
            m_reselect = selectedLogin();
    });
    connect(m_model, &UserTableModel::reloaded, this, [this] {
        selectLogin(m_reselect);
        m_reselect.clear();
        updateWarning();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersDialog::updateButtons);

    resize(960, 520);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    selectLogin(m_actor);
    updateWarning();
    updateButtons();
}

bool UsersDialog::isBusy() const
{
    return m_work->isRunning();
}

void UsersDialog::done(int result)
{
    if (isBusy())
        return;
    QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

void UsersDialog::selectLogin(const QString &login)
{
    const int row = m_model->rowOfLogin(login);
    if (row < 0) {
        if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
            m_table->selectRow(0);
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QString UsersDialog::selectedLogin() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->userAt(rows.first().row()).login;
}

bool UsersDialog::selected(User *user) const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    *user = m_model->userAt(rows.first().row());
    return true;
}

bool UsersDialog::actorManagesUsers() const
{
    const int row = m_model->rowOfLogin(m_actor);
    if (row < 0)
        return false;
    const User me = m_model->userAt(row);
    return me.active && me.managesUsers();
}

void UsersDialog::updateButtons()
{
    const bool admin = actorManagesUsers();
    User u;
    const bool any = selected(&u);
    const bool self = any && u.login == m_actor;
    m_intro->setVisible(!admin);
    m_add->setEnabled(admin);
    m_edit->setEnabled(admin && any);
    m_active->setEnabled(admin && any && !self);
    m_active->setText(any && !u.active ? tr("&Enable") : tr("&Disable"));
    m_active->setToolTip(self ? tr("You cannot disable yourself; another administrator can.") : QString());
    m_password->setEnabled(any && (admin || self));
    m_away->setEnabled(admin && any);
}

void UsersDialog::updateWarning()
{
    QStringList open;
    for (const User &u : m_model->users()) {
        if (u.active && u.role != User::Role::SalesManager && !u.hasPassword)
            open << u.login;
    }
    if (!m_model->lastError().isEmpty()) {
        m_warning->setText(m_model->lastError());
    } else if (!open.isEmpty()) {
        m_warning->setText(tr("No password protects %1: anybody may start as them and see or change all "
                              "that their role allows. Select each and choose Password…")
                               .arg(QLocale().createSeparatedList(open)));
    }
    m_warning->setVisible(!m_model->lastError().isEmpty() || !open.isEmpty());
}

bool UsersDialog::apply(const QString &title, const std::function<Status()> &change)
{
    const Status s = change();
    if (!s) {
        GuiUtil::showError(this, title, s.error());
        return false;
    }
    return true;
}

void UsersDialog::applyInBackground(const QString &title, const QString &busyText, const QString &selectAfter,
                                    const std::function<Status(const DatabasePtr &db)> &change)
{
    if (isBusy())
        return;
    m_workTitle = title;
    m_reselect = selectAfter;
    m_busy->setText(busyText);
    m_busy->show();
    setEnabled(false);
    const DatabasePtr db = m_db;
    m_work->setFuture(QtConcurrent::run([db, change] {
        const Status s = change(db);
        db->closeThreadConnection();
        return s;
    }));
}

void UsersDialog::addUser()
{
    User fresh;
    UserEditDialog dialog(fresh, true, this);
    // On a refusal (a login that exists) the dialog comes back with what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        const User u = dialog.user();
        m_reselect = u.login;
        const bool added = apply(tr("Cannot Add the User"), [&]() -> Status {
            const Result<qint64> id = UserService(m_db, m_actor).create(u);
            return id ? okStatus() : Status(id.error());
        });
        if (!added) {
            m_reselect.clear();
            continue;
        }
        const QString password = dialog.password();
        if (!password.isEmpty()) {
            const QString actor = m_actor;
            applyInBackground(tr("Cannot Set the Password"), tr("Saving the password of “%1”…").arg(u.login),
                              u.login, [actor, u, password](const DatabasePtr &db) {
                                  return UserService(db, actor).setPassword(u.login, password);
                              });
        }
        return;
    }
}

void UsersDialog::editSelected()
{
    User u;
    if (!selected(&u))
        return;
    UserEditDialog dialog(u, false, this);
    while (dialog.exec() == QDialog::Accepted) {
        const User changed = dialog.user();
        if (u.login == m_actor && u.role == User::Role::Administrator &&
            changed.role != User::Role::Administrator &&
            !confirm(this, tr("Give Up Administration?"),
                     tr("As a %1 you will no longer manage users, here or in the command line.")
                         .arg(UserTableModel::roleText(changed.role)),
                     tr("&Change My Role"))) {
            continue;
        }
        if (apply(tr("Cannot Change the User"), [&] { return UserService(m_db, m_actor).update(changed); }))
            return;
    }
}

void UsersDialog::toggleActive()
{
    User u;
    if (!selected(&u))
        return;
    if (u.active &&
        !confirm(this, tr("Disable User"),
                 tr("“%1” will no longer be able to start Pristriy or act in the command line. Their records "
                    "stay; enabling them again gives everything back.")
                     .arg(u.login),
                 tr("&Disable"))) {
        return;
    }
    apply(u.active ? tr("Cannot Disable the User") : tr("Cannot Enable the User"),
          [&] { return UserService(m_db, m_actor).setActive(u.login, !u.active); });
}

void UsersDialog::passwordOfSelected()
{
    User u;
    if (!selected(&u))
        return;
    PasswordDialog dialog(u, this);
    const int result = dialog.exec();
    if (result == PasswordDialog::RemoveResult) {
        if (confirm(this, tr("Remove Password"),
                    tr("Anybody will be able to start as “%1” without a password.").arg(u.login),
                    tr("&Remove Password"))) {
            apply(tr("Cannot Remove the Password"),
                  [&] { return UserService(m_db, m_actor).clearPassword(u.login); });
        }
        return;
    }
    if (result != QDialog::Accepted)
        return;
    const QString actor = m_actor;
    const QString login = u.login;
    const QString password = dialog.password();
    applyInBackground(tr("Cannot Set the Password"), tr("Saving the password of “%1”…").arg(login), login,
                      [actor, login, password](const DatabasePtr &db) {
                          return UserService(db, actor).setPassword(login, password);
                      });
}

void UsersDialog::awayOfSelected()
{
    User u;
    if (!selected(&u))
        return;
    AwayDialog dialog(u, Timestamps::now().toLocalTime().date(), this);
    const int result = dialog.exec();
    if (result == AwayDialog::RemoveResult) {
        apply(tr("Cannot Change the Absence"), [&] { return UserService(m_db, m_actor).clearAway(u.login); });
    } else if (result == QDialog::Accepted) {
        apply(tr("Cannot Change the Absence"),
              [&] { return UserService(m_db, m_actor).setAway(u.login, dialog.from(), dialog.until()); });
    }
}
