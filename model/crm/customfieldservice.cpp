#include "customfieldservice.h"

#include "store/eventlog.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql, CustomFieldService::tr("Saving custom fields failed."),
                            q.lastError().text());
}

bool isEntity(const QString &entity)
{
    return entity == QLatin1String("contact") || entity == QLatin1String("company") ||
           entity == QLatin1String("deal"); // schema 6
}

} // namespace

QString CustomField::typeName(Type type)
{
    switch (type) {
    case Type::Text:
        return QStringLiteral("text");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Date:
        return QStringLiteral("date");
    case Type::YesNo:
        return QStringLiteral("bool");
    case Type::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

bool CustomField::typeFromName(const QString &name, Type *type)
{
    for (Type t : {Type::Text, Type::Number, Type::Date, Type::YesNo, Type::Choice}) {
        if (typeName(t) == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

CustomFieldService::CustomFieldService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

Result<QList<CustomField>> CustomFieldService::fieldsIn(QSqlDatabase &db, const QString &entity)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, entity, key, label, type, choices, position FROM custom_field "
                             "WHERE entity = ? ORDER BY position, id"));
    q.addBindValue(entity);
    if (!q.exec())
        return sqlError(q);
    QList<CustomField> result;
    while (q.next()) {
        CustomField f;
        f.id = q.value(0).toLongLong();
        f.entity = q.value(1).toString();
        f.key = q.value(2).toString();
        f.label = q.value(3).toString();
        CustomField::typeFromName(q.value(4).toString(), &f.type);
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            f.choices.append(v.toString());
        f.position = q.value(6).toInt();
        result.append(f);
    }
    return result;
}

Result<QList<CustomField>> CustomFieldService::fields(const QString &entity) const
{
    QSqlDatabase db = m_db->connection();
    return fieldsIn(db, entity);
}

Result<qint64> CustomFieldService::define(const CustomField &field)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!isEntity(field.entity))
        return StoreError::invalid(
            tr("Custom fields belong to contacts, companies or deals, not “%1”.").arg(field.entity));
    if (!keyPattern.match(field.key).hasMatch()) {
        return StoreError::invalid(tr("The key “%1” must start with a letter and have only lower-case "
                                      "letters, digits and _.")
                                       .arg(field.key));
    }
    if (field.label.trimmed().isEmpty())
        return StoreError::invalid(tr("The custom field “%1” needs a label.").arg(field.key));
    if (field.type == CustomField::Type::Choice && field.choices.isEmpty())
        return StoreError::invalid(tr("The choice field “%1” needs at least one choice.").arg(field.label));

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO custom_field (entity, key, label, type, choices, position) "
                       "VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM custom_field "
                       "WHERE entity = ?))"));
    q.addBindValue(field.entity);
    q.addBindValue(field.key);
    q.addBindValue(field.label.trimmed());
    q.addBindValue(CustomField::typeName(field.type));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(field.choices)).toJson(QJsonDocument::Compact)));
    q.addBindValue(field.entity);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067")) // SQLITE_CONSTRAINT_UNIQUE
            return StoreError::invalid(
                tr("There is already a custom field with the key “%1”.").arg(field.key));
        return sqlError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s =
            EventLog::append(db, QStringLiteral("custom_field.created"), QStringLiteral("custom_field"), id,
                             m_actor, {{QStringLiteral("key"), field.key}});
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(QStringLiteral("custom_field"), {id});
    return id;
}

Status CustomFieldService::remove(qint64 fieldId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM custom_field WHERE id = ?"));
    q.addBindValue(fieldId);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return StoreError::notFound(tr("The custom field no longer exists."));
    if (Status s = EventLog::append(db, QStringLiteral("custom_field.deleted"),
                                    QStringLiteral("custom_field"), fieldId, m_actor);
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(QStringLiteral("custom_field"), {fieldId});
    return okStatus();
}

Result<QString> CustomFieldService::toStored(const CustomField &field, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    switch (field.type) {
    case CustomField::Type::Text:
        return text;
    case CustomField::Type::Number: {
        bool ok = false;
        double d =
            value.typeId() == QMetaType::QString ? QLocale::c().toDouble(text, &ok) : value.toDouble(&ok);
        if (!ok) {
            d = QLocale().toDouble(text, &ok);
            if (!ok)
                return StoreError::invalid(tr("“%1” expects a number, not “%2”.").arg(field.label, text));
        }
        return QString::number(d, 'g', 15);
    }
    case CustomField::Type::Date: {
        const QDate date =
            value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return StoreError::invalid(
                tr("“%1” expects a date (YYYY-MM-DD), not “%2”.").arg(field.label, text));
        return date.toString(Qt::ISODate);
    }
    case CustomField::Type::YesNo: {
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        const QString lower = text.toLower();
        if (lower == QLatin1String("1") || lower == QLatin1String("yes") || lower == QLatin1String("true"))
            return QStringLiteral("1");
        if (lower == QLatin1String("0") || lower == QLatin1String("no") || lower == QLatin1String("false"))
            return QStringLiteral("0");
        return StoreError::invalid(tr("“%1” expects yes or no, not “%2”.").arg(field.label, text));
    }
    case CustomField::Type::Choice:
        if (!field.choices.contains(text)) {
            return StoreError::invalid(tr("“%1” is not one of the choices of “%2”: %3.")
                                           .arg(text, field.label, field.choices.join(u", ")));
        }
        return text;
    }
    return StoreError::invalid(tr("Unknown field type."));
}

QVariant CustomFieldService::fromStored(const CustomField &field, const QString &stored)
{
    switch (field.type) {
    case CustomField::Type::Number:
        return stored.toDouble();
    case CustomField::Type::Date:
        return QDate::fromString(stored, Qt::ISODate);
    case CustomField::Type::YesNo:
        return stored == QLatin1String("1");
    case CustomField::Type::Text:
    case CustomField::Type::Choice:
        return stored;
    }
    return stored;
}

Status CustomFieldService::writeValues(QSqlDatabase &db, const QString &entity, qint64 recordId,
                                       const QVariantMap &values)
{
    if (values.isEmpty())
        return okStatus();
    const Result<QList<CustomField>> defined = fieldsIn(db, entity);
    if (!defined)
        return defined.error();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM custom_value WHERE field_id = ? AND record_id = ?"));
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)"));
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto field = std::find_if(defined->begin(), defined->end(),
                                        [&](const CustomField &f) { return f.key == it.key(); });
        if (field == defined->end())
            return StoreError::invalid(tr("There is no custom field “%1”.").arg(it.key()));
        del.bindValue(0, field->id);
        del.bindValue(1, recordId);
        if (!del.exec())
            return sqlError(del);
        if (!it.value().isValid() || it.value().toString().trimmed().isEmpty())
            continue; // an empty value clears the field
        const Result<QString> stored = toStored(*field, it.value());
        if (!stored)
            return stored.error();
        ins.bindValue(0, field->id);
        ins.bindValue(1, recordId);
        ins.bindValue(2, *stored);
        if (!ins.exec())
            return sqlError(ins);
    }
    return okStatus();
}

Result<QVariantMap> CustomFieldService::readValues(QSqlDatabase &db, const QString &entity, qint64 recordId)
{
    const Result<QList<CustomField>> defined = fieldsIn(db, entity);
    if (!defined)
        return defined.error();
    QVariantMap values;
    if (defined->isEmpty())
        return values;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT v.field_id, v.value FROM custom_value v JOIN custom_field f ON f.id = v.field_id "
        "WHERE v.record_id = ? AND f.entity = ?"));
    q.addBindValue(recordId);
    q.addBindValue(entity);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const qint64 fieldId = q.value(0).toLongLong();
        for (const CustomField &f : *defined) {
            if (f.id == fieldId)
                values.insert(f.key, fromStored(f, q.value(1).toString()));
        }
    }
    return values;
}
