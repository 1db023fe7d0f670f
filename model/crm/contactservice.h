#pragma once

#include "contact.h"
#include "recordtrash.h"
#include "store/database.h"
#include "text/phonenumbers.h"

#include <QSqlDatabase>

// Writes and reads contacts. Every write is one transaction with its domain event.
class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    ContactService(DatabasePtr db, QString actor);

    Result<qint64> create(const Contact &contact);
    Status update(const Contact &contact);
    Result<Contact> get(qint64 id) const;
    Result<qint64> count() const;
    Result<qint64> trashCount() const;

    Status moveToTrash(const QList<qint64> &ids);
    Status restore(const QList<qint64> &ids);
    // Deletes records that are in the trash for good.
    Status purge(const QList<qint64> &ids);

    // The same matching as the contact list's search box, ordered by name; when typed digits match
    // both the start of some numbers and the end of others, the numbers that start with them come first.
    Result<QList<ContactSummary>> search(const QString &text, int limit) const;

    // The search document of a contact as stored now (used after company renames and restores).
    static Status refreshSearchDocument(QSqlDatabase &db, qint64 contactId);

private:
    StoreError check(const Contact &contact) const;
    Status writeDetails(QSqlDatabase &db, const Contact &contact, qint64 id, const QString &companyName);
    RecordTrash trash() const;

    DatabasePtr m_db;
    QString m_actor;
    PhoneNumbers m_phones;
};
