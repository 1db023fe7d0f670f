#include "usereditdialogs.h"

#include "crm/userservice.h"
#include "models/usertablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLineEdit *makePasswordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

// Empty when the two entries make an acceptable password (or both are empty and none is needed).
QString passwordProblem(const QString &password, const QString &repeat, bool required)
{
    if (password.isEmpty() && repeat.isEmpty() && !required)
        return {};
    if (password.size() < UserService::kMinPasswordLength) {
        return UserEditDialog::tr("A password needs at least %n character(s).", nullptr,
                                  UserService::kMinPasswordLength);
    }
    if (password != repeat)
        return UserEditDialog::tr("The two passwords differ.");
    return {};
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

UserEditDialog::UserEditDialog(const User &user, bool adding, QWidget *parent)
    : QDialog(parent)
    , m_user(user)
    , m_adding(adding)
{
    setWindowTitle(adding ? tr("Add User") : tr("Edit User “%1”").arg(user.login));
    m_login = new QLineEdit(user.login, this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setReadOnly(!adding);
    m_login->setPlaceholderText(tr("e.g. ana.popescu"));
    m_name = new QLineEdit(user.displayName, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (User::Role r : User::allRoles())
        m_role->addItem(UserTableModel::roleText(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    m_password = makePasswordEdit(QStringLiteral("password"), this);
    m_repeat = makePasswordEdit(QStringLiteral("repeat"), this);
    if (adding) {
        m_password->setPlaceholderText(tr("optional"));
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("Re&peat it:"), m_repeat);
    } else {
        m_password->hide();
        m_repeat->hide();
    }
    m_error = makeErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(okCancel(this, adding ? tr("&Add") : tr("&Save")));
    setMinimumWidth(440);
}

User UserEditDialog::user() const
{
    User u = m_user;
    u.login = m_login->text().trimmed();
    u.displayName = m_name->text().trimmed();
    u.role = User::Role(m_role->currentData().toInt());
    return u;
}

QString UserEditDialog::password() const
{
    return m_adding ? m_password->text() : QString();
}

void UserEditDialog::accept()
{
    if (m_login->text().trimmed().isEmpty()) {
        showError(m_error, tr("A user needs a login."));
        m_login->setFocus();
        return;
    }
    if (m_adding) {
        if (const QString p = passwordProblem(m_password->text(), m_repeat->text(), false); !p.isEmpty()) {
            showError(m_error, p);
            m_password->setFocus();
            return;
        }
    }
    QDialog::accept();
}

PasswordDialog::PasswordDialog(const User &user, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Password of “%1”").arg(user.login));
    auto *intro = new QLabel(
        user.hasPassword ? tr("“%1” has a password. A new one replaces it.").arg(user.login)
                         : tr("“%1” has no password: anybody may start as this user.").arg(user.login),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_password = makePasswordEdit(QStringLiteral("password"), this);
    m_repeat = makePasswordEdit(QStringLiteral("repeat"), this);
    auto *hint = new QLabel(tr("At least %n character(s). Asked when somebody starts as “%1” on another "
                               "computer account than theirs.",
                               nullptr, UserService::kMinPasswordLength)
                                .arg(user.login),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("Re&peat it:"), m_repeat);
    m_error = makeErrorLabel(this);
    QDialogButtonBox *buttons = okCancel(this, tr("&Set Password"));
    if (user.hasPassword) {
        QPushButton *remove = buttons->addButton(tr("&Remove Password"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("removePassword"));
        connect(remove, &QPushButton::clicked, this, [this] { done(RemoveResult); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::accept()
{
    if (const QString p = passwordProblem(m_password->text(), m_repeat->text(), true); !p.isEmpty()) {
        showError(m_error, p);
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

AwayDialog::AwayDialog(const User &user, const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Absence of “%1”").arg(user.login));
    auto *intro =
        new QLabel(tr("While away, “%1” is shown as away and counts as unavailable when work is handed "
                      "out. Both days are included.")
                       .arg(user.displayName.isEmpty() ? user.login : user.displayName),
                   this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QDate first = today;
    QDate last = today.addDays(6);
    if (user.hasAbsence()) {
        first = user.awayFrom.toLocalTime().date();
        const QDateTime end = user.awayUntil.toLocalTime();
        last = end.time() == QTime(0, 0) ? end.date().addDays(-1) : end.date();
    }
    m_from = new QDateEdit(first, this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(last, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    m_error = makeErrorLabel(this);
    QDialogButtonBox *buttons = okCancel(this, tr("&Mark Away"));
    if (user.hasAbsence()) {
        QPushButton *remove = buttons->addButton(tr("&Not Away"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("removeAbsence"));
        connect(remove, &QPushButton::clicked, this, [this] { done(RemoveResult); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QDateTime AwayDialog::from() const
{
    return m_from->date().startOfDay().toUTC();
}

QDateTime AwayDialog::until() const
{
    return m_to->date().addDays(1).startOfDay().toUTC();
}

void AwayDialog::accept()
{
    if (m_to->date() < m_from->date()) {
        showError(m_error, tr("The last day comes before the first."));
        m_to->setFocus();
        return;
    }
    QDialog::accept();
}
