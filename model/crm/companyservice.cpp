#include "companyservice.h"

#include "channelstore.h"
#include "contactservice.h"
#include "customfieldservice.h"
#include "recordtrash.h"
#include "searchdocument.h"
#include "store/eventlog.h"
#include "store/timestamps.h"
#include "store/transaction.h"
#include "text/textcheck.h"
#include "text/textfold.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("company");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            CompanyService::tr("Saving the company failed; nothing was changed."),
                            q.lastError().text());
}

Status refreshCompanySearch(QSqlDatabase &db, qint64 id, const Company &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO company_search (id, doc) VALUES (?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET doc = excluded.doc"));
    q.addBindValue(id);
    q.addBindValue(SearchDocument::forCompany(c.name, c.website, c.emails));
    if (!q.exec())
        return sqlError(q);
    return okStatus();
}

} // namespace

CompanyService::CompanyService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_phones(m_db->setting(QStringLiteral("phone.default_region"), PhoneNumbers::defaultRegionFromLocale()))
{}

StoreError CompanyService::check(const Company &c) const
{
    if (const QString p = TextCheck::nameProblem(tr("The company name"), c.name); !p.isEmpty())
        return StoreError::invalid(p);
    if (c.name.trimmed().isEmpty())
        return StoreError::invalid(tr("A company needs a name."));
    const std::pair<QString, QString> fields[] = {
        {tr("The industry"), c.industry}, {tr("The website"), c.website}, {tr("The owner"), c.owner}};
    for (const auto &[label, text] : fields) {
        if (const QString p = TextCheck::problem(label, text); !p.isEmpty())
            return StoreError::invalid(p);
    }
    for (const auto &[label, text] :
         {std::pair{tr("The address"), c.address}, std::pair{tr("The notes"), c.notes}}) {
        if (const QString p = TextCheck::problem(label, text, 100000, true); !p.isEmpty())
            return StoreError::invalid(p);
    }
    return ChannelStore::validate(c.emails, c.phones);
}

Status CompanyService::writeDetails(QSqlDatabase &db, const Company &c, qint64 id)
{
    if (Status s = ChannelStore::write(db, ChannelStore::Owner::Company, id, c.emails, c.phones, m_phones);
        !s)
        return s;
    if (Status s = CustomFieldService::writeValues(db, kEntity, id, c.custom); !s)
        return s;
    return refreshCompanySearch(db, id, c);
}

Result<qint64> CompanyService::findOrCreateIn(QSqlDatabase &db, const QString &nameIn, const QString &actor,
                                              bool *created)
{
    const QString name = nameIn.trimmed();
    if (created)
        *created = false;
    QSqlQuery find(db);
    find.prepare(QStringLiteral(
        "SELECT id FROM company WHERE name_key = ? AND deleted_at IS NULL ORDER BY id LIMIT 1"));
    find.addBindValue(TextFold::sortKey(name));
    if (!find.exec())
        return sqlError(find);
    if (find.next())
        return find.value(0).toLongLong();
    if (const QString p = TextCheck::nameProblem(tr("The company name"), name); !p.isEmpty())
        return StoreError::invalid(p);

    const QString now = Timestamps::nowText();
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO company (name, name_key, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    ins.addBindValue(name);
    ins.addBindValue(TextFold::sortKey(name));
    ins.addBindValue(TextCheck::notNull(actor));
    ins.addBindValue(now);
    ins.addBindValue(now);
    if (!ins.exec())
        return sqlError(ins);
    const qint64 id = ins.lastInsertId().toLongLong();
    Company c;
    c.name = name;
    if (Status s = refreshCompanySearch(db, id, c); !s)
        return s.error();
    if (Status s = EventLog::append(db, QStringLiteral("company.created"), kEntity, id, actor,
                                    {{QStringLiteral("name"), name}});
        !s) {
        return s.error();
    }
    if (created)
        *created = true;
    return id;
}

Result<qint64> CompanyService::create(const Company &c)
{
    if (StoreError e = check(c); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = Timestamps::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO company (name, name_key, industry, website, address, owner, notes, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(TextCheck::notNull(c.name.trimmed()));
    q.addBindValue(TextFold::sortKey(c.name));
    q.addBindValue(TextCheck::notNull(c.industry.trimmed()));
    q.addBindValue(TextCheck::notNull(c.website.trimmed()));
    q.addBindValue(TextCheck::notNull(c.address.trimmed()));
    q.addBindValue(c.owner.isEmpty() ? m_actor : c.owner);
    q.addBindValue(TextCheck::notNull(c.notes));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = writeDetails(db, c, id); !s)
        return s.error();
    if (Status s = EventLog::append(db, QStringLiteral("company.created"), kEntity, id, m_actor,
                                    {{QStringLiteral("name"), c.name.trimmed()}});
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Status CompanyService::update(const Company &c)
{
    if (StoreError e = check(c); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT name FROM company WHERE id = ? AND deleted_at IS NULL"));
    old.addBindValue(c.id);
    if (!old.exec())
        return sqlError(old);
    if (!old.next())
        return StoreError::notFound(tr("The company no longer exists (it may have been deleted)."));
    const bool renamed = old.value(0).toString() != c.name.trimmed();

    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE company SET name = ?, name_key = ?, industry = ?, website = ?, address = ?, "
                       "owner = ?, notes = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(TextCheck::notNull(c.name.trimmed()));
    q.addBindValue(TextFold::sortKey(c.name));
    q.addBindValue(TextCheck::notNull(c.industry.trimmed()));
    q.addBindValue(TextCheck::notNull(c.website.trimmed()));
    q.addBindValue(TextCheck::notNull(c.address.trimmed()));
    q.addBindValue(TextCheck::notNull(c.owner));
    q.addBindValue(TextCheck::notNull(c.notes));
    q.addBindValue(Timestamps::nowText());
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = writeDetails(db, c, c.id); !s)
        return s;
    if (renamed) {
        // Contacts sort and are found by their company's name: follow the rename.
        QSqlQuery members(db);
        members.prepare(
            QStringLiteral("UPDATE contact SET company_key = ? WHERE company_id = ? RETURNING id"));
        members.addBindValue(TextFold::sortKey(c.name));
        members.addBindValue(c.id);
        if (!members.exec())
            return sqlError(members);
        QList<qint64> ids;
        while (members.next())
            ids.append(members.value(0).toLongLong());
        for (qint64 contactId : std::as_const(ids)) {
            if (Status s = ContactService::refreshSearchDocument(db, contactId); !s)
                return s;
        }
    }
    if (Status s = EventLog::append(db, QStringLiteral("company.updated"), kEntity, c.id, m_actor,
                                    {{QStringLiteral("name"), c.name.trimmed()}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {c.id});
    if (renamed)
        emit m_db->notifier()->changed(QStringLiteral("contact"), {});
    return okStatus();
}

Result<Company> CompanyService::get(qint64 id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, name, industry, website, address, owner, notes, created_at, updated_at, "
                       "deleted_at FROM company WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no company with the id %1.").arg(id));
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.industry = q.value(2).toString();
    c.website = q.value(3).toString();
    c.address = q.value(4).toString();
    c.owner = q.value(5).toString();
    c.notes = q.value(6).toString();
    c.createdAt = Timestamps::fromText(q.value(7).toString());
    c.updatedAt = Timestamps::fromText(q.value(8).toString());
    c.deletedAt = Timestamps::fromText(q.value(9).toString());
    if (Status s = ChannelStore::read(db, ChannelStore::Owner::Company, id, &c.emails, &c.phones); !s)
        return s.error();
    Result<QVariantMap> custom = CustomFieldService::readValues(db, kEntity, id);
    if (!custom)
        return custom.error();
    c.custom = *custom;
    return c;
}

Result<qint64> CompanyService::count() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM company WHERE deleted_at IS NULL")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

RecordTrash CompanyService::trash(QList<qint64> *members) const
{
    RecordTrash::Steps steps;
    steps.afterTrash = [](QSqlDatabase &db, qint64 id) -> Status {
        QSqlQuery doc(db);
        doc.prepare(QStringLiteral("DELETE FROM company_search WHERE id = ?"));
        doc.addBindValue(id);
        return doc.exec() ? okStatus() : Status(sqlError(doc));
    };
    steps.afterRestore = [this](QSqlDatabase &db, qint64 id) -> Status {
        const Result<Company> c = get(id);
        return c ? refreshCompanySearch(db, id, *c) : Status(c.error());
    };
    // Contacts sort and are found by their company's name: it goes with the company.
    steps.beforePurge = [members](QSqlDatabase &db, qint64 id) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE contact SET company_key = '' WHERE company_id = ? RETURNING id"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        members->clear();
        while (q.next())
            members->append(q.value(0).toLongLong());
        return okStatus();
    };
    steps.afterPurge = [members](QSqlDatabase &db, qint64) -> Status {
        for (qint64 contactId : std::as_const(*members)) {
            if (Status s = ContactService::refreshSearchDocument(db, contactId); !s)
                return s;
        }
        return okStatus();
    };
    return RecordTrash(m_db, kEntity, m_actor, steps);
}

Status CompanyService::moveToTrash(const QList<qint64> &ids)
{
    QList<qint64> members;
    return trash(&members).moveToTrash(ids);
}

Status CompanyService::restore(const QList<qint64> &ids)
{
    QList<qint64> members;
    return trash(&members).restore(ids);
}

Status CompanyService::purge(const QList<qint64> &ids)
{
    QList<qint64> members;
    return trash(&members).purge(ids);
}
