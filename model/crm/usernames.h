#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// People are stored by login (owners, assignees, authors, actors) and shown by their full names: the
// login only where a login is asked for (the CLI, the user settings). The users of a database are few,
// so their names are read once per use into a map.
class UserNames
{
public:
    // Reads the names of every user (an error leaves the map empty: logins are shown as they are).
    explicit UserNames(QSqlDatabase db);

    // The full name of the login, or the login itself when it has none or is not a user.
    QString of(const QString &login) const;
    const QHash<QString, QString> &names() const { return m_names; }

    // SQL for the name of the login held in column (e.g. "c.owner"), the login when it has none.
    static QString sqlName(const QString &loginColumn);

    // Whether text names someone: every folded word of text begins a word of the full name or of the
    // login, as the search box matches contacts ("ana", "Popescu", "ana pop", "ana.popescu").
    static bool matches(const QString &text, const QString &login, const QString &fullName);

private:
    QHash<QString, QString> m_names;
};
