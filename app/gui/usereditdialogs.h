#pragma once

#include "crm/user.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// The small dialogs of Tools › Users. Each checks what it can before it closes (a login, two equal
// passwords, a range that ends after it begins) and says what is wrong beside the fields.

// Adding (login, name, role, an optional first password) or editing (name and role) a user.
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    UserEditDialog(const User &user, bool adding, QWidget *parent = nullptr);

    User user() const;
    QString password() const; // empty: none (adding only)

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    User m_user;
    bool m_adding = false;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

// Setting a user's password (twice), or removing it (done(RemoveResult)).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int RemoveResult = 2;

    PasswordDialog(const User &user, QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

// Marking a user away for whole days, both ends included, or ending the absence (done(RemoveResult)).
class AwayDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int RemoveResult = 2;

    // today: the first day offered when the user has no absence yet.
    AwayDialog(const User &user, const QDate &today, QWidget *parent = nullptr);

    // The absence in UTC: from the local midnight of the first day to the local midnight after the last.
    QDateTime from() const;
    QDateTime until() const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_error = nullptr;
};
