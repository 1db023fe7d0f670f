#include "phonereindex.h"

#include "store/transaction.h"
#include "text/phonenumbers.h"
#include "text/textcheck.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PhoneReindex", text);
}

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            tr("Changing the phone region failed; nothing was changed."),
                            q.lastError().text());
}

// Phones whose meaning depends on the region: all but those written with a leading +.
const char *const kTables[] = {"contact_channel", "company_channel"};

} // namespace

Status PhoneReindex::run(const Database &db, const QString &regionIn,
                         const std::function<bool(qint64, qint64)> &progress)
{
    const QString region = regionIn.toUpper();
    if (!PhoneNumbers::isKnownRegion(region))
        return StoreError::invalid(tr("“%1” is not a region phone numbers know.").arg(regionIn));
    const PhoneNumbers numbers(region);
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return tx.beginError();

    qint64 total = 0;
    QSqlQuery q(conn);
    for (const char *table : kTables) {
        if (!q.exec(
                QStringLiteral("SELECT count(*) FROM %1 WHERE kind = 'phone' AND ltrim(value) NOT LIKE '+%'")
                    .arg(QLatin1String(table))) ||
            !q.next()) {
            return sqlError(q);
        }
        total += q.value(0).toLongLong();
    }
    qint64 done = 0;
    for (const char *table : kTables) {
        QSqlQuery read(conn);
        read.setForwardOnly(true);
        if (!read.exec(
                QStringLiteral("SELECT id, value FROM %1 WHERE kind = 'phone' AND ltrim(value) NOT LIKE '+%'")
                    .arg(QLatin1String(table)))) {
            return sqlError(read);
        }
        QSqlQuery write(conn);
        write.prepare(QStringLiteral("UPDATE %1 SET normalized = ?, digits_rev = ? WHERE id = ?")
                          .arg(QLatin1String(table)));
        while (read.next()) {
            const PhoneNumbers::Parsed parsed = numbers.parse(read.value(1).toString());
            write.bindValue(0, TextCheck::notNull(parsed.e164));
            write.bindValue(1, PhoneNumbers::reversed(parsed.nationalDigits));
            write.bindValue(2, read.value(0));
            if (!write.exec())
                return sqlError(write);
            if (progress && ++done % 2000 == 0 && !progress(done, total))
                return StoreError::invalid(tr("Cancelled; the phone region was not changed."));
        }
    }
    QSqlQuery setting(conn);
    setting.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES ('phone.default_region', ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    setting.addBindValue(region);
    if (!setting.exec())
        return sqlError(setting);
    if (Status s = tx.commit(); !s)
        return s;
    if (progress)
        progress(total, total);
    emit db.notifier()->changed(QStringLiteral("setting"), {});
    emit db.notifier()->changed(QStringLiteral("contact"), {});
    emit db.notifier()->changed(QStringLiteral("company"), {});
    return okStatus();
}
