#include "usertablemodel.h"

#include "crm/userservice.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

namespace {

bool isLocalMidnight(const QDateTime &utc)
{
    return utc.toLocalTime().time() == QTime(0, 0);
}

// A bound at local midnight is a day; any other a day and a time (without seconds).
QString boundText(const QDateTime &local, bool day)
{
    const QLocale locale;
    if (day)
        return locale.toString(local.date(), QLocale::ShortFormat);
    // Some locales' short time (C's among them) still has seconds: an absence does not need them.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QRegularExpression(QStringLiteral("[:.]?s+")));
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                       locale.toString(local.time(), timeFormat.trimmed()));
}

} // namespace

UserTableModel::UserTableModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    connect(m_db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("user"))
            reload();
    });
    reload();
}

void UserTableModel::reload()
{
    reload(Timestamps::now());
}

void UserTableModel::reload(const QDateTime &now)
{
    // Listing needs no role: the acting user is not checked here (the dialog and services are).
    const Result<QList<User>> all = UserService(m_db, SystemUser::login()).list();
    beginResetModel();
    m_now = now.toUTC();
    if (all) {
        m_users = *all;
        m_lastError.clear();
    } else {
        m_users.clear();
        m_lastError = all.error().message;
    }
    endResetModel();
    emit reloaded();
}

int UserTableModel::rowOfLogin(const QString &login) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).login == login)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::roleText(User::Role role)
{
    switch (role) {
    case User::Role::SalesManager:
        return tr("Sales manager");
    case User::Role::ProcessOwner:
        return tr("Process owner");
    case User::Role::Director:
        return tr("Director");
    case User::Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString UserTableModel::awayText(const User &u)
{
    if (!u.hasAbsence())
        return {};
    const QString from = boundText(u.awayFrom.toLocalTime(), isLocalMidnight(u.awayFrom));
    // An absence that ends at a midnight ends with the day before: show that last day.
    const bool wholeDays = isLocalMidnight(u.awayUntil);
    const QDateTime end = u.awayUntil.toLocalTime();
    const QString to = boundText(wholeDays ? end.addDays(-1) : end, wholeDays);
    return tr("%1 – %2").arg(from, to);
}

QVariant UserTableModel::display(const User &u, int column) const
{
    switch (column) {
    case LoginColumn:
        return u.login;
    case NameColumn:
        return u.displayName;
    case RoleColumn:
        return roleText(u.role);
    case StatusColumn:
        if (!u.active)
            return tr("Disabled");
        if (u.isAwayAt(m_now))
            return tr("Away");
        return tr("Active");
    case AwayColumn:
        return awayText(u);
    case PasswordColumn:
        return u.hasPassword ? tr("Set") : tr("None");
    default:
        return {};
    }
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(u, index.column());
    case kLoginRole:
        return u.login;
    case Qt::ForegroundRole:
        if (!u.active)
            return QColor(Qt::gray); // readable on light and dark palettes
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PasswordColumn && !u.hasPassword && u.role != User::Role::SalesManager)
            return tr("Without a password anybody may start as this user.");
        return {};
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case AwayColumn:
        return tr("Away");
    case PasswordColumn:
        return tr("Password");
    default:
        return {};
    }
}
