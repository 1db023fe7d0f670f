#include "channelstore.h"

#include "text/phonenumbers.h"
#include "text/textcheck.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tableOf(ChannelStore::Owner owner)
{
    return owner == ChannelStore::Owner::Contact ? QStringLiteral("contact_channel")
                                                 : QStringLiteral("company_channel");
}

QString columnOf(ChannelStore::Owner owner)
{
    return owner == ChannelStore::Owner::Contact ? QStringLiteral("contact_id")
                                                 : QStringLiteral("company_id");
}

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql, ChannelStore::tr("Saving e-mails and phones failed."),
                            q.lastError().text());
}

} // namespace

StoreError ChannelStore::validate(const Channels &emails, const Channels &phones)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    for (const Channel &e : emails) {
        if (!emailPattern.match(e.value.trimmed()).hasMatch())
            return StoreError::invalid(tr("“%1” is not an e-mail address.").arg(e.value));
    }
    for (const Channel &p : phones) {
        if (!PhoneNumbers::looksLikePhone(p.value) || PhoneNumbers::digitsOf(p.value).size() < 3)
            return StoreError::invalid(tr("“%1” is not a phone number.").arg(p.value));
    }
    return {};
}

Status ChannelStore::write(QSqlDatabase &db, Owner owner, qint64 ownerId, const Channels &emails,
                           const Channels &phones, const PhoneNumbers &numbers)
{
    const QString table = tableOf(owner);
    const QString column = columnOf(owner);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column));
    del.addBindValue(ownerId);
    if (!del.exec())
        return sqlError(del);

    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO %1 (%2, kind, label, value, normalized, digits_rev, position) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .arg(table, column));
    int position = 0;
    for (const Channel &e : emails) {
        const QString value = e.value.trimmed();
        ins.bindValue(0, ownerId);
        ins.bindValue(1, QStringLiteral("email"));
        ins.bindValue(2, TextCheck::notNull(e.label.trimmed()));
        ins.bindValue(3, value);
        ins.bindValue(4, value.toLower());
        ins.bindValue(5, QVariant());
        ins.bindValue(6, position++);
        if (!ins.exec())
            return sqlError(ins);
    }
    position = 0;
    for (const Channel &p : phones) {
        const QString value = p.value.trimmed();
        const PhoneNumbers::Parsed parsed = numbers.parse(value);
        ins.bindValue(0, ownerId);
        ins.bindValue(1, QStringLiteral("phone"));
        ins.bindValue(2, TextCheck::notNull(p.label.trimmed()));
        ins.bindValue(3, value);
        ins.bindValue(4, TextCheck::notNull(parsed.e164));
        ins.bindValue(5, PhoneNumbers::reversed(parsed.nationalDigits));
        ins.bindValue(6, position++);
        if (!ins.exec())
            return sqlError(ins);
    }
    return okStatus();
}

Status ChannelStore::read(QSqlDatabase &db, Owner owner, qint64 ownerId, Channels *emails, Channels *phones)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, kind, label, value FROM %1 WHERE %2 = ? ORDER BY kind, position")
                  .arg(tableOf(owner), columnOf(owner)));
    q.addBindValue(ownerId);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        Channel c{q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString()};
        (q.value(1).toString() == QLatin1String("email") ? emails : phones)->append(c);
    }
    return okStatus();
}
