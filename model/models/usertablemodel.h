#pragma once

#include "crm/user.h"
#include "store/database.h"

#include <QAbstractTableModel>

// The team in Tools › Users: every user of the database (a team is tens of people, not a million, so the
// whole list is read), with role, whether they may work, their absence and whether they have a password.
// Follows the database: a change to any user re-reads the list.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        RoleColumn,
        StatusColumn,
        AwayColumn,
        PasswordColumn,
        ColumnCount
    };
    static constexpr int kLoginRole = Qt::UserRole + 1;

    explicit UserTableModel(DatabasePtr db, QObject *parent = nullptr);

    // Re-reads the users; "away now" is judged at `now` (UTC).
    void reload(const QDateTime &now);
    void reload();
    QString lastError() const { return m_lastError; }
    const QList<User> &users() const { return m_users; }
    User userAt(int row) const { return m_users.value(row); }
    int rowOfLogin(const QString &login) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleText(User::Role role);
    // "1/3/26 – 7/3/26" in local dates, the last day included; a bound that is no midnight with its time.
    static QString awayText(const User &user);

signals:
    void reloaded();

private:
    QVariant display(const User &u, int column) const;

    DatabasePtr m_db;
    QList<User> m_users;
    QDateTime m_now;
    QString m_lastError;
};
