#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock now, so a busy database fails here and not half-way through.
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = StoreError::make(StoreError::Code::Locked,
                                   tr("The database is busy or locked by another program; nothing was "
                                      "changed. Try again in a moment."),
                                   q.lastError().text());
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.isError() ? Status(m_error) : Status(StoreError::invalid(tr("No transaction.")));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const StoreError e =
            StoreError::make(StoreError::Code::Sql, tr("Saving the change failed; nothing was changed."),
                             q.lastError().text());
        rollback();
        return e;
    }
    m_active = false;
    return okStatus();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
