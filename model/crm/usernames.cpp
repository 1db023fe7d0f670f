#include "usernames.h"

#include "text/textfold.h"

#include <QSqlQuery>

#include <algorithm>

UserNames::UserNames(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT login, display_name FROM app_user")))
        return;
    while (q.next()) {
        const QString name = q.value(1).toString().trimmed();
        if (!name.isEmpty())
            m_names.insert(q.value(0).toString(), name);
    }
}

QString UserNames::of(const QString &login) const
{
    return m_names.value(login, login);
}

QString UserNames::sqlName(const QString &loginColumn)
{
    return QStringLiteral("coalesce((SELECT nullif(display_name, '') FROM app_user WHERE login = %1), %1)")
        .arg(loginColumn);
}

bool UserNames::matches(const QString &text, const QString &login, const QString &fullName)
{
    const QStringList wanted = TextFold::words(text);
    if (wanted.isEmpty())
        return false;
    const QStringList words = TextFold::words(fullName) + TextFold::words(login);
    for (const QString &w : wanted) {
        const bool found = std::any_of(words.cbegin(), words.cend(),
                                       [&w](const QString &word) { return word.startsWith(w); });
        if (!found)
            return false;
    }
    return true;
}
