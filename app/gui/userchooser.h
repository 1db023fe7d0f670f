#pragma once

#include "crm/user.h"
#include "crm/userservice.h"
#include "store/database.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
template<typename T>
class QFutureWatcher;

// "Who is working?" at start. A database with several users asks which of them is at the keyboard,
// offering the operating-system login first; a database with one user or none needs no choice. Starting
// as another user than the operating-system login's own asks for that user's password when it has one;
// a few wrong passwords make the next try wait (UserService::signIn). The chosen login is the actor of
// every change and its role's permissions apply (GuiUtil::actor()).
class UserChooser : public QDialog
{
    Q_OBJECT

public:
    // systemLogin: the operating-system login, offered first and never asked for a password.
    UserChooser(DatabasePtr db, const QList<User> &users, const QString &systemLogin,
                QWidget *parent = nullptr);
    ~UserChooser() override;

    QString selectedLogin() const;
    void selectLogin(const QString &login);
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *startButton() const { return m_start; }
    QLabel *messageLabel() const { return m_message; }
    // A line above the choice (e.g. that the operating-system login is disabled here).
    void setNote(const QString &note);

    // Checks the password off the GUI thread when one is needed; closes only when it was right.
    void accept() override;

    // The active users of the database, in login order; empty on an error.
    static QList<User> activeUsers(const DatabasePtr &db);
    // Sets GuiUtil::actor() for this database: the given login (--user, which must be an active
    // user), or the user's choice when there are several. False when the choice was cancelled or the
    // given login is not a user (after saying so).
    static bool chooseFor(const DatabasePtr &db, const QString &requested, QWidget *parent);

    static QString roleText(User::Role role);

private:
    const User *selectedUser() const;
    void selectionChanged();
    void signInDone();
    void showWait();

    DatabasePtr m_db;
    QList<User> m_userList;
    QString m_systemLogin;
    QLabel *m_note = nullptr;
    QComboBox *m_users = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QTimer *m_waitTimer = nullptr;
    QString m_waitingLogin; // whose wrong passwords are being waited out
    QDateTime m_retryAt;
    QString m_checkingLogin;
    QFutureWatcher<Result<SignInResult>> *m_check = nullptr;
};
