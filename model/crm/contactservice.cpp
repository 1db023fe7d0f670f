#include "contactservice.h"

#include "activity/recordaccess.h"
#include "channelstore.h"
#include "companyservice.h"
#include "contactfilter.h"
#include "customfieldservice.h"
#include "recordtrash.h"
#include "searchdocument.h"
#include "searchhits.h"
#include "store/eventlog.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"
#include "text/textfold.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("contact");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            ContactService::tr("Saving the contact failed; nothing was changed."),
                            q.lastError().text());
}

QString nameKey(const QString &given, const QString &family)
{
    return TextFold::sortKey(family + QLatin1Char(' ') + given);
}

Status writeTags(QSqlDatabase &db, qint64 id, const QStringList &tags)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM contact_tag WHERE contact_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    QSqlQuery addTag(db);
    addTag.prepare(
        QStringLiteral("INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name "
                       "RETURNING id"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)"));
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            continue;
        addTag.bindValue(0, tag.trimmed());
        if (!addTag.exec() || !addTag.next())
            return sqlError(addTag);
        link.bindValue(0, id);
        link.bindValue(1, addTag.value(0).toLongLong());
        addTag.finish();
        if (!link.exec())
            return sqlError(link);
    }
    return okStatus();
}

QStringList readTags(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ? "
        "ORDER BY t.name"));
    q.addBindValue(id);
    QStringList tags;
    if (q.exec()) {
        while (q.next())
            tags.append(q.value(0).toString());
    }
    return tags;
}

} // namespace

ContactService::ContactService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_phones(m_db->setting(QStringLiteral("phone.default_region"), PhoneNumbers::defaultRegionFromLocale()))
{}

StoreError ContactService::check(const Contact &c) const
{
    for (const auto &[label, text] :
         {std::pair{tr("The given name"), c.givenName}, std::pair{tr("The family name"), c.familyName},
          std::pair{tr("The company name"), c.companyName}}) {
        if (const QString p = TextCheck::nameProblem(label, text); !p.isEmpty())
            return StoreError::invalid(p);
    }
    if (c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty())
        return StoreError::invalid(tr("A contact needs a given name or a family name."));
    const std::pair<QString, QString> lines[] = {
        {tr("The position"), c.position}, {tr("The source"), c.source}, {tr("The owner"), c.owner}};
    for (const auto &[label, text] : lines) {
        if (const QString p = TextCheck::problem(label, text); !p.isEmpty())
            return StoreError::invalid(p);
    }
    for (const auto &[label, text] :
         {std::pair{tr("The address"), c.address}, std::pair{tr("The notes"), c.notes}}) {
        if (const QString p = TextCheck::problem(label, text, 100000, true); !p.isEmpty())
            return StoreError::invalid(p);
    }
    for (const QString &tag : c.tags) {
        if (const QString p = TextCheck::problem(tr("A tag"), tag, 100); !p.isEmpty())
            return StoreError::invalid(p);
    }
    if (c.birthday.isValid() && c.birthday > Timestamps::now().date())
        return StoreError::invalid(
            tr("The birthday %1 is in the future.").arg(c.birthday.toString(Qt::ISODate)));
    return ChannelStore::validate(c.emails, c.phones);
}

Status ContactService::writeDetails(QSqlDatabase &db, const Contact &c, qint64 id, const QString &companyName)
{
    if (Status s = ChannelStore::write(db, ChannelStore::Owner::Contact, id, c.emails, c.phones, m_phones);
        !s)
        return s;
    if (Status s = writeTags(db, id, c.tags); !s)
        return s;
    if (Status s = CustomFieldService::writeValues(db, kEntity, id, c.custom); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO contact_search (id, doc) VALUES (?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET doc = excluded.doc"));
    q.addBindValue(id);
    q.addBindValue(SearchDocument::forContact(c.givenName, c.familyName, companyName, c.emails));
    if (!q.exec())
        return sqlError(q);
    return okStatus();
}

Result<qint64> ContactService::create(const Contact &c)
{
    if (StoreError e = check(c); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();

    qint64 companyId = c.companyId;
    QString companyName = c.companyName.trimmed();
    bool companyCreated = false;
    if (companyId == 0 && !companyName.isEmpty()) {
        Result<qint64> found = CompanyService::findOrCreateIn(db, companyName, m_actor, &companyCreated);
        if (!found)
            return found.error();
        companyId = *found;
    } else if (companyId != 0) {
        QSqlQuery co(db);
        co.prepare(QStringLiteral("SELECT name FROM company WHERE id = ? AND deleted_at IS NULL"));
        co.addBindValue(companyId);
        if (!co.exec() || !co.next())
            return StoreError::invalid(tr("The company of this contact no longer exists."));
        companyName = co.value(0).toString();
    }

    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO contact (given_name, family_name, name_key, position, company_id, company_key, "
        "birthday, address, source, owner, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(TextCheck::notNull(c.givenName.trimmed()));
    q.addBindValue(TextCheck::notNull(c.familyName.trimmed()));
    q.addBindValue(nameKey(c.givenName, c.familyName));
    q.addBindValue(TextCheck::notNull(c.position.trimmed()));
    q.addBindValue(companyId ? QVariant(companyId) : QVariant());
    q.addBindValue(TextFold::sortKey(companyName));
    q.addBindValue(c.birthday.isValid() ? QVariant(Timestamps::dateToText(c.birthday)) : QVariant());
    q.addBindValue(TextCheck::notNull(c.address.trimmed()));
    q.addBindValue(TextCheck::notNull(c.source.trimmed()));
    q.addBindValue(c.owner.isEmpty() ? m_actor : c.owner.trimmed());
    q.addBindValue(TextCheck::notNull(c.notes));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = writeDetails(db, c, id, companyName); !s)
        return s.error();
    if (Status s = EventLog::append(db, QStringLiteral("contact.created"), kEntity, id, m_actor,
                                    {{QStringLiteral("given_name"), c.givenName.trimmed()},
                                     {QStringLiteral("family_name"), c.familyName.trimmed()},
                                     {QStringLiteral("company_id"), companyId}});
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    if (companyCreated)
        emit m_db->notifier()->changed(QStringLiteral("company"), {companyId});
    return id;
}

Status ContactService::update(const Contact &c)
{
    if (StoreError e = check(c); e.isError())
        return e;
    const Result<Contact> before = get(c.id);
    if (!before)
        return before.error();
    if (before->deletedAt.isValid())
        return StoreError::invalid(tr("The contact is in the trash; restore it before editing."));

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    qint64 companyId = c.companyId;
    QString companyName = c.companyName.trimmed();
    bool companyCreated = false;
    if (companyId == 0 && !companyName.isEmpty()) {
        Result<qint64> found = CompanyService::findOrCreateIn(db, companyName, m_actor, &companyCreated);
        if (!found)
            return found.error();
        companyId = *found;
    } else if (companyId != 0 && companyId == before->companyId) {
        companyName = before->companyName;
    } else if (companyId != 0) {
        QSqlQuery co(db);
        co.prepare(QStringLiteral("SELECT name FROM company WHERE id = ? AND deleted_at IS NULL"));
        co.addBindValue(companyId);
        if (!co.exec() || !co.next())
            return StoreError::invalid(tr("The company of this contact no longer exists."));
        companyName = co.value(0).toString();
    }

    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE contact SET given_name = ?, family_name = ?, name_key = ?, position = ?, "
                       "company_id = ?, company_key = ?, birthday = ?, address = ?, source = ?, owner = ?, "
                       "notes = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(TextCheck::notNull(c.givenName.trimmed()));
    q.addBindValue(TextCheck::notNull(c.familyName.trimmed()));
    q.addBindValue(nameKey(c.givenName, c.familyName));
    q.addBindValue(TextCheck::notNull(c.position.trimmed()));
    q.addBindValue(companyId ? QVariant(companyId) : QVariant());
    q.addBindValue(TextFold::sortKey(companyName));
    q.addBindValue(c.birthday.isValid() ? QVariant(Timestamps::dateToText(c.birthday)) : QVariant());
    q.addBindValue(TextCheck::notNull(c.address.trimmed()));
    q.addBindValue(TextCheck::notNull(c.source.trimmed()));
    q.addBindValue(TextCheck::notNull(c.owner.trimmed()));
    q.addBindValue(TextCheck::notNull(c.notes));
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = writeDetails(db, c, c.id, companyName); !s)
        return s;

    QJsonArray changed;
    const auto note = [&](const char *field, bool differs) {
        if (differs)
            changed.append(QLatin1String(field));
    };
    note("given_name", before->givenName != c.givenName.trimmed());
    note("family_name", before->familyName != c.familyName.trimmed());
    note("position", before->position != c.position.trimmed());
    note("company", before->companyId != companyId);
    note("birthday", before->birthday != c.birthday);
    note("address", before->address != c.address.trimmed());
    note("source", before->source != c.source.trimmed());
    note("owner", before->owner != c.owner.trimmed());
    note("notes", before->notes != c.notes);
    note("tags", before->tags != c.tags);
    note("emails", before->emails != c.emails);
    note("phones", before->phones != c.phones);
    note("custom", before->custom != c.custom);
    if (Status s = EventLog::append(db, QStringLiteral("contact.updated"), kEntity, c.id, m_actor,
                                    {{QStringLiteral("changed"), changed}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {c.id});
    if (companyCreated)
        emit m_db->notifier()->changed(QStringLiteral("company"), {companyId});
    return okStatus();
}

Result<Contact> ContactService::get(qint64 id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.given_name, c.family_name, c.position, c.company_id, co.name, c.birthday, "
        "c.address, c.source, c.owner, c.notes, c.created_at, c.updated_at, c.deleted_at "
        "FROM contact c LEFT JOIN company co ON co.id = c.company_id WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no contact with the id %1.").arg(id));
    Contact c;
    c.id = q.value(0).toLongLong();
    c.givenName = q.value(1).toString();
    c.familyName = q.value(2).toString();
    c.position = q.value(3).toString();
    c.companyId = q.value(4).toLongLong();
    c.companyName = q.value(5).toString();
    c.birthday = Timestamps::dateFromText(q.value(6).toString());
    c.address = q.value(7).toString();
    c.source = q.value(8).toString();
    c.owner = q.value(9).toString();
    c.notes = q.value(10).toString();
    c.createdAt = Timestamps::fromText(q.value(11).toString());
    c.updatedAt = Timestamps::fromText(q.value(12).toString());
    c.deletedAt = Timestamps::fromText(q.value(13).toString());
    // A sales manager sees his own contacts and those shared with him.
    if (Status s = RecordAccess::checkLogin(db, m_actor, kEntity, id, c.owner); !s)
        return s.error();
    if (Status s = ChannelStore::read(db, ChannelStore::Owner::Contact, id, &c.emails, &c.phones); !s)
        return s.error();
    c.tags = readTags(db, id);
    Result<QVariantMap> custom = CustomFieldService::readValues(db, kEntity, id);
    if (!custom)
        return custom.error();
    c.custom = *custom;
    return c;
}

Result<qint64> ContactService::count() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contact WHERE deleted_at IS NULL")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Result<qint64> ContactService::trashCount() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Status ContactService::refreshSearchDocument(QSqlDatabase &db, qint64 contactId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.given_name, c.family_name, co.name, c.deleted_at FROM contact c "
                             "LEFT JOIN company co ON co.id = c.company_id WHERE c.id = ?"));
    q.addBindValue(contactId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || !q.value(3).isNull())
        return okStatus(); // gone or in the trash: no document
    Channels emails;
    Channels phones;
    if (Status s = ChannelStore::read(db, ChannelStore::Owner::Contact, contactId, &emails, &phones); !s)
        return s;
    QSqlQuery up(db);
    up.prepare(QStringLiteral("INSERT INTO contact_search (id, doc) VALUES (?, ?) "
                              "ON CONFLICT (id) DO UPDATE SET doc = excluded.doc"));
    up.addBindValue(contactId);
    up.addBindValue(SearchDocument::forContact(q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toString(), emails));
    if (!up.exec())
        return sqlError(up);
    return okStatus();
}

RecordTrash ContactService::trash() const
{
    RecordTrash::Steps steps;
    // Records in the trash have no search document.
    steps.afterTrash = [](QSqlDatabase &db, qint64 id) -> Status {
        QSqlQuery doc(db);
        doc.prepare(QStringLiteral("DELETE FROM contact_search WHERE id = ?"));
        doc.addBindValue(id);
        return doc.exec() ? okStatus() : Status(sqlError(doc));
    };
    steps.afterRestore = &ContactService::refreshSearchDocument;
    return RecordTrash(m_db, kEntity, m_actor, steps);
}

Status ContactService::moveToTrash(const QList<qint64> &ids)
{
    return trash().moveToTrash(ids);
}

Status ContactService::restore(const QList<qint64> &ids)
{
    return trash().restore(ids);
}

Status ContactService::purge(const QList<qint64> &ids)
{
    return trash().purge(ids);
}

Result<QList<ContactSummary>> ContactService::search(const QString &text, int limit) const
{
    ContactFilter filter;
    filter.search = text;
    QSqlDatabase db = m_db->connection();
    filter.visibleTo = ContactFilter::visibilityFor(db, m_actor);
    ContactFilter::Sql where = filter.toSql(m_phones);
    SearchHits hits(db, QStringLiteral("temp.contact_search_hits"));
    hits.apply(where, QStringLiteral("c.name_key, c.id"));
    // Numbers that start with the typed digits come before those that only end with them.
    const QString first =
        hits.ranked()
            ? QStringLiteral("SELECT c.id, h.rank AS r, c.name_key AS k FROM %1 JOIN %2 h ON h.id = c.id "
                             "WHERE %3 ORDER BY h.rank, c.name_key, c.id LIMIT ?")
                  .arg(hits.fromClause(), hits.table(), where.where)
            : QStringLiteral("SELECT c.id, 0 AS r, c.name_key AS k FROM %1 WHERE %2 "
                             "ORDER BY c.name_key, c.id LIMIT ?")
                  .arg(hits.fromClause(), where.where);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.given_name, c.family_name, co.name, "
                  "(SELECT group_concat(value, char(31)) FROM contact_channel WHERE contact_id = c.id "
                  "AND kind = 'email'), "
                  "(SELECT group_concat(value, char(31)) FROM contact_channel WHERE contact_id = c.id "
                  "AND kind = 'phone') "
                  "FROM (%1) f JOIN contact c ON c.id = f.id LEFT JOIN company co ON co.id = c.company_id "
                  "ORDER BY f.r, f.k, f.id")
                  .arg(first));
    for (const QVariant &v : where.binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<ContactSummary> result;
    while (q.next()) {
        ContactSummary s;
        s.id = q.value(0).toLongLong();
        s.givenName = q.value(1).toString();
        s.familyName = q.value(2).toString();
        s.company = q.value(3).toString();
        const QChar sep(31);
        if (!q.value(4).isNull())
            s.emails = q.value(4).toString().split(sep);
        if (!q.value(5).isNull())
            s.phones = q.value(5).toString().split(sep);
        result.append(s);
    }
    return result;
}
