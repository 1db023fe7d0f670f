#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class PhoneNumbers;
class QSqlDatabase;

// The WHERE clause of a contact list: trash or live, search text, owner, company, tag, source.
// The list model and the CLI search build their SQL from it, so both match alike.
struct ContactFilter
{
    QString search;
    QString owner; // a login, exactly
    // What a user typed in the Owner box: a name or login, matched as UserNames::matches does against the
    // users and the owners of contacts. resolveOwnerName() turns it into ownerLogins before toSql().
    QString ownerName;
    QString source;
    QString tag;
    qint64 companyId = 0;
    bool trash = false;
    // A sales manager's login: only his contacts and those shared with him (record_share).
    QString visibleTo;

    bool operator==(const ContactFilter &o) const
    {
        return search == o.search && owner == o.owner && ownerName == o.ownerName && source == o.source &&
               tag == o.tag && companyId == o.companyId && trash == o.trash && visibleTo == o.visibleTo;
    }

    // The logins ownerName names, read by resolveOwnerName() (not part of the comparison: it follows
    // from ownerName and the database).
    QStringList ownerLogins;
    // Finds the logins ownerName matches: the users' full names and logins, and the owners of live contacts
    // that are not users (a contact list imported with names of its own). Without ownerName it does nothing.
    void resolveOwnerName(QSqlDatabase &db);

    struct Sql
    {
        QString where; // over the alias c (contact), complete
        QVariantList binds;
        // The contacts the search text matches, as a query of (id, rank): rank 0 for a match of the
        // words or of a number's start, 1 for a match of a number's last digits only. Empty when the
        // filter has no search that an index answers. where holds it as searchClause, whose binds start
        // at searchBindAt; SearchHits evaluates it once into a table and rewrites where to use that.
        QString hitsSql;
        QVariantList hitsBinds;
        QString searchClause;
        int searchBindAt = -1;
    };
    Sql toSql(const PhoneNumbers &phones) const;

    // What visibleTo must be for a user: his login when he is an active sales manager (who sees only
    // his own contacts and those shared with him), else empty (every other role, or a login that is
    // not a user of a single-user database, sees everything).
    static QString visibilityFor(QSqlDatabase &db, const QString &login);
};
