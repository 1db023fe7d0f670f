#include "contactfilter.h"

#include "searchquery.h"
#include "usernames.h"

#include "text/textfold.h"

#include <QSqlQuery>

namespace {
// Distinct contact owners looked at when a typed owner name is resolved: one index seek each. Real lists
// have a handful of owners; the bound keeps a list with an owner per contact from stalling the filter.
constexpr int kMaxOwnerSeeks = 2000;

// The contacts whose phone numbers match, with their rank (see ContactFilter::Sql).
QString phoneHits(const PhoneNumbers::Search &phone, QVariantList *binds)
{
    QStringList parts;
    if (!phone.e164Prefix.isEmpty()) {
        parts << QStringLiteral("SELECT contact_id, 0 AS rank FROM contact_channel WHERE kind = 'phone' AND "
                                "normalized >= ? AND normalized < ?");
        *binds << phone.e164Prefix << SearchQuery::prefixEnd(phone.e164Prefix);
    }
    if (!phone.reversedWhole.isEmpty()) {
        QStringList marks;
        for (const QString &key : phone.reversedWhole) {
            marks << QStringLiteral("?");
            *binds << key;
        }
        parts << QStringLiteral("SELECT contact_id, 0 FROM contact_channel WHERE digits_rev IN (%1)")
                     .arg(marks.join(u','));
    }
    if (!phone.reversedSuffix.isEmpty()) {
        parts << QStringLiteral(
            "SELECT contact_id, 1 FROM contact_channel WHERE digits_rev >= ? AND digits_rev < ?");
        *binds << phone.reversedSuffix << SearchQuery::prefixEnd(phone.reversedSuffix);
    }
    return QStringLiteral("SELECT contact_id AS id, min(rank) AS rank FROM (%1) GROUP BY contact_id")
        .arg(parts.join(QStringLiteral(" UNION ALL ")));
}

} // namespace

ContactFilter::Sql ContactFilter::toSql(const PhoneNumbers &phones) const
{
    Sql sql;
    QStringList parts;
    parts << (trash ? QStringLiteral("c.deleted_at IS NOT NULL") : QStringLiteral("c.deleted_at IS NULL"));
    const SearchQuery query = SearchQuery::parse(search, phones);
    if (query.matchesNothing)
        parts << QStringLiteral("0");
    if (!query.ftsMatch.isEmpty() && trash) {
        // Records in the trash have no search document: match their names directly.
        parts << QStringLiteral("(c.name_key LIKE ? ESCAPE '\\')");
        QString like = TextFold::sortKey(search);
        like.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        sql.binds << QVariant(QLatin1Char('%') + like + QLatin1Char('%'));
    }
    const bool words = !query.ftsMatch.isEmpty() && !trash;
    if (query.hasPhone()) {
        sql.hitsSql = phoneHits(query.phone, &sql.hitsBinds);
        if (words) {
            sql.hitsSql = QStringLiteral("SELECT id, rank FROM (%1) WHERE id IN "
                                         "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
                              .arg(sql.hitsSql);
            sql.hitsBinds << query.ftsMatch;
        }
    } else if (words) {
        sql.hitsSql =
            QStringLiteral("SELECT rowid AS id, 0 AS rank FROM contact_fts WHERE contact_fts MATCH ?");
        sql.hitsBinds << query.ftsMatch;
    }
    if (!sql.hitsSql.isEmpty()) {
        sql.searchClause = QStringLiteral("c.id IN (SELECT id FROM (%1))").arg(sql.hitsSql);
        sql.searchBindAt = int(sql.binds.size());
        parts << sql.searchClause;
        sql.binds << sql.hitsBinds;
    }
    if (!owner.isEmpty()) {
        parts << QStringLiteral("c.owner = ?");
        sql.binds << owner;
    }
    if (!ownerName.trimmed().isEmpty()) {
        if (ownerLogins.isEmpty()) {
            parts << QStringLiteral("0");
        } else {
            QStringList marks;
            for (const QString &login : ownerLogins) {
                marks << QStringLiteral("?");
                sql.binds << login;
            }
            parts << QStringLiteral("c.owner IN (%1)").arg(marks.join(u','));
        }
    }
    if (!visibleTo.isEmpty()) {
        parts << QStringLiteral("(c.owner = ? OR c.id IN (SELECT record_id FROM record_share "
                                "WHERE login = ? AND entity = 'contact'))");
        sql.binds << visibleTo << visibleTo;
    }
    if (!source.isEmpty()) {
        parts << QStringLiteral("c.source = ?");
        sql.binds << source;
    }
    if (companyId > 0) {
        parts << QStringLiteral("c.company_id = ?");
        sql.binds << companyId;
    }
    if (!tag.isEmpty()) {
        parts << QStringLiteral(
            "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name = ?)");
        sql.binds << tag;
    }
    sql.where = parts.join(QStringLiteral(" AND "));
    return sql;
}

void ContactFilter::resolveOwnerName(QSqlDatabase &db)
{
    ownerLogins.clear();
    if (ownerName.trimmed().isEmpty())
        return;
    const UserNames users(db);
    QStringList candidates;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT login FROM app_user"))) {
            while (q.next())
                candidates << q.value(0).toString();
        }
    }
    // The owners of live contacts, one seek each along the owner index.
    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT owner FROM contact INDEXED BY contact_by_owner "
                                "WHERE deleted_at IS NULL AND owner > ? ORDER BY owner LIMIT 1"));
    QString after = QStringLiteral(""); // not a null string: NULL would compare with nothing
    for (int seek = 0; seek < kMaxOwnerSeeks; ++seek) {
        next.bindValue(0, after);
        if (!next.exec() || !next.next())
            break;
        after = next.value(0).toString();
        candidates << after;
    }
    candidates.removeDuplicates();
    for (const QString &login : std::as_const(candidates)) {
        if (UserNames::matches(ownerName, login, users.of(login)))
            ownerLogins << login;
    }
    ownerLogins.sort();
}

QString ContactFilter::visibilityFor(QSqlDatabase &db, const QString &login)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT 1 FROM app_user WHERE login = ? AND active = 1 AND role = 'sales_manager'"));
    q.addBindValue(login);
    return q.exec() && q.next() ? login : QString();
}
