#include "userchooser.h"

#include "guiutil.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

// Failures in the error colour; progress and hints in the normal one.
void setMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    label->show();
}

} // namespace

UserChooser::UserChooser(DatabasePtr db, const QList<User> &users, const QString &systemLogin,
                         QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_userList(users)
    , m_systemLogin(systemLogin)
{
    setWindowTitle(tr("Who Is Working?"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    auto *intro = new QLabel(
        users.size() > 1 ? tr("This database has several users. Choose yours: your changes are recorded "
                              "under it and its role decides what you may see and change.")
                         : tr("Starting as this user needs its password."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_users = new QComboBox(this);
    m_users->setObjectName(QStringLiteral("users"));
    for (const User &u : users) {
        const QString name = u.displayName.isEmpty() ? u.login : u.displayName;
        m_users->addItem(tr("%1 (%2) — %3").arg(name, u.login, roleText(u.role)), u.login);
    }
    m_users->setEnabled(users.size() > 1);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setClearButtonEnabled(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_users);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserChooser::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &UserChooser::showWait);
    m_check = new QFutureWatcher<Result<SignInResult>>(this);
    connect(m_check, &QFutureWatcher<Result<SignInResult>>::finished, this, &UserChooser::signInDone);
    connect(m_users, &QComboBox::currentIndexChanged, this, &UserChooser::selectionChanged);
    selectLogin(systemLogin);
    selectionChanged();
}

UserChooser::~UserChooser()
{
    // The check holds no pointer to this dialog; it may finish after the dialog is gone.
    m_check->disconnect(this);
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

void UserChooser::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

const User *UserChooser::selectedUser() const
{
    const QString login = selectedLogin();
    for (const User &u : m_userList) {
        if (u.login == login)
            return &u;
    }
    return nullptr;
}

void UserChooser::selectionChanged()
{
    const User *user = selectedUser();
    const bool asks = user && user->asksPasswordFrom(m_systemLogin);
    m_passwordLabel->setVisible(asks);
    m_password->setVisible(asks);
    m_password->clear();
    if (asks)
        m_password->setFocus();
    m_message->hide();
    showWait();
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

void UserChooser::accept()
{
    const User *user = selectedUser();
    if (!user || m_check->isRunning())
        return;
    if (!user->asksPasswordFrom(m_systemLogin)) {
        QDialog::accept();
        return;
    }
    m_checkingLogin = user->login;
    m_start->setEnabled(false);
    m_users->setEnabled(false);
    m_password->setEnabled(false);
    setMessage(m_message, tr("Checking the password…"), false);
    const DatabasePtr db = m_db;
    const QString login = user->login;
    const QString password = m_password->text();
    m_check->setFuture(QtConcurrent::run([db, login, password] {
        const Result<SignInResult> result = UserService(db, login).signIn(login, password);
        db->closeThreadConnection();
        return result;
    }));
}

void UserChooser::signInDone()
{
    const Result<SignInResult> result = m_check->result();
    m_users->setEnabled(m_userList.size() > 1);
    m_password->setEnabled(true);
    m_start->setEnabled(true);
    if (!result) {
        setMessage(m_message, result.error().message, true);
        return;
    }
    switch (result->outcome) {
    case SignInResult::Outcome::Accepted:
        m_message->hide();
        QDialog::accept();
        return;
    case SignInResult::Outcome::WrongPassword:
        setMessage(m_message, tr("Wrong password for “%1”. Try again.").arg(m_checkingLogin), true);
        break;
    case SignInResult::Outcome::Locked:
        break;
    }
    m_password->selectAll();
    m_password->setFocus();
    if (result->retryAt.isValid()) {
        m_waitingLogin = m_checkingLogin;
        m_retryAt = result->retryAt;
        showWait();
    }
}

// While wrong passwords are waited out, Start stays off for that user and the label counts down.
void UserChooser::showWait()
{
    const bool waiting = !m_waitingLogin.isEmpty() && m_waitingLogin == selectedLogin();
    const qint64 left = waiting ? Timestamps::now().secsTo(m_retryAt) : 0;
    if (!waiting || left <= 0) {
        m_waitTimer->stop();
        if (!m_check->isRunning())
            m_start->setEnabled(true);
        if (waiting) {
            m_waitingLogin.clear();
            setMessage(m_message, tr("You may try the password of “%1” again.").arg(selectedLogin()), false);
        }
        return;
    }
    m_start->setEnabled(false);
    setMessage(m_message,
               tr("Too many wrong passwords for “%1”. Try again in %n second(s).", nullptr, int(left))
                   .arg(m_waitingLogin),
               true);
    if (!m_waitTimer->isActive())
        m_waitTimer->start();
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
    const QString me = SystemUser::login();
    const QList<User> users = activeUsers(db);
    QList<User> offered = users;
    if (!requested.isEmpty()) {
        const auto it =
            std::find_if(users.begin(), users.end(), [&](const User &u) { return u.login == requested; });
        if (it == users.end()) {
            QMessageBox::warning(parent, tr("Unknown User"),
                                 tr("“%1” is not an active user of %2.").arg(requested, db->path()));
            return false;
        }
        if (!it->asksPasswordFrom(me)) {
            GuiUtil::setActor(requested);
            return true;
        }
        offered = {*it};
    } else {
        GuiUtil::setActor(QString());
        if (users.isEmpty())
            return true; // a new database: the operating-system login becomes its administrator
        // One user: nobody to choose between. When it is not the operating-system login (a database
        // made elsewhere), that login could do nothing here, so the one user it is.
        if (users.size() == 1 && !users.first().asksPasswordFrom(me)) {
            GuiUtil::setActor(users.first().login);
            return true;
        }
    }
    UserChooser dialog(db, offered, me, parent);
    const Result<User> mine = UserService(db, me).byLogin(me);
    if (mine && !mine->active)
        dialog.setNote(
            tr("Your login “%1” is disabled in this database; an administrator can enable it.").arg(me));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    GuiUtil::setActor(dialog.selectedLogin());
    return true;
}
