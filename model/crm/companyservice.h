#pragma once

#include "company.h"
#include "recordtrash.h"
#include "store/database.h"
#include "text/phonenumbers.h"

#include <QSqlDatabase>

class CompanyService
{
    Q_DECLARE_TR_FUNCTIONS(CompanyService)

public:
    CompanyService(DatabasePtr db, QString actor);

    Result<qint64> create(const Company &company);
    Status update(const Company &company);
    Result<Company> get(qint64 id) const;
    Result<qint64> count() const;

    Status moveToTrash(const QList<qint64> &ids);
    Status restore(const QList<qint64> &ids);
    Status purge(const QList<qint64> &ids);

    // Inside the caller's transaction: the live company with this name (case- and accent-
    // insensitively), created when there is none. Appends company.created when it makes one.
    static Result<qint64> findOrCreateIn(QSqlDatabase &db, const QString &name, const QString &actor,
                                         bool *created = nullptr);

private:
    StoreError check(const Company &company) const;
    Status writeDetails(QSqlDatabase &db, const Company &company, qint64 id);
    // The trash steps of companies; members collects the contacts of a company being purged.
    RecordTrash trash(QList<qint64> *members) const;

    DatabasePtr m_db;
    QString m_actor;
    PhoneNumbers m_phones;
};
