#pragma once

#include <QString>
#include <QVariantList>

class PhoneNumbers;

// The WHERE clause of a contact list: trash or live, search text, owner, company, tag, source.
// The list model and the CLI search build their SQL from it, so both match alike.
struct ContactFilter
{
    QString search;
    QString owner;
    QString source;
    QString tag;
    qint64 companyId = 0;
    bool trash = false;

    bool operator==(const ContactFilter &o) const
    {
        return search == o.search && owner == o.owner && source == o.source && tag == o.tag &&
               companyId == o.companyId && trash == o.trash;
    }

    struct Sql
    {
        QString where; // over the alias c (contact)
        QVariantList binds;
    };
    Sql toSql(const PhoneNumbers &phones) const;
};
