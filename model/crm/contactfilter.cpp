#include "contactfilter.h"

#include "searchquery.h"

#include "text/textfold.h"

#include <QSqlQuery>

namespace {
// The shortest national number taken as a whole number when the typed digits are longer.
constexpr int kMinNationalDigits = 7;
} // namespace

ContactFilter::Sql ContactFilter::toSql(const PhoneNumbers &phones) const
{
    Sql sql;
    QStringList parts;
    parts << (trash ? QStringLiteral("c.deleted_at IS NOT NULL") : QStringLiteral("c.deleted_at IS NULL"));
    const SearchQuery query = SearchQuery::parse(search, phones);
    if (!query.ftsMatch.isEmpty()) {
        if (trash) {
            // Records in the trash have no search document: match their names directly.
            parts << QStringLiteral("(c.name_key LIKE ? ESCAPE '\\')");
            QString like = TextFold::sortKey(search);
            like.replace(u'\\', QStringLiteral("\\\\"))
                .replace(u'%', QStringLiteral("\\%"))
                .replace(u'_', QStringLiteral("\\_"));
            sql.binds << QVariant(QLatin1Char('%') + like + QLatin1Char('%'));
        } else {
            parts << QStringLiteral("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)");
            sql.binds << query.ftsMatch;
        }
    }
    if (!query.phoneKey.isEmpty()) {
        // Stored numbers ending in the typed digits, and stored numbers the typed digits end in (a
        // foreign number typed with its country code but without the +).
        QStringList marks;
        for (int length = kMinNationalDigits; length < query.phoneKey.size(); ++length)
            marks << QStringLiteral("?");
        QString condition = QStringLiteral("(digits_rev >= ? AND digits_rev < ?)");
        sql.binds << query.phoneKey << query.phoneKeyEnd();
        if (!marks.isEmpty()) {
            condition += QStringLiteral(" OR digits_rev IN (%1)").arg(marks.join(u','));
            for (int length = kMinNationalDigits; length < query.phoneKey.size(); ++length)
                sql.binds << query.phoneKey.left(length);
        }
        parts << QStringLiteral("c.id IN (SELECT contact_id FROM contact_channel WHERE %1)").arg(condition);
    }
    if (!owner.isEmpty()) {
        parts << QStringLiteral("c.owner = ?");
        sql.binds << owner;
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

QString ContactFilter::visibilityFor(QSqlDatabase &db, const QString &login)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT 1 FROM app_user WHERE login = ? AND active = 1 AND role = 'sales_manager'"));
    q.addBindValue(login);
    return q.exec() && q.next() ? login : QString();
}
