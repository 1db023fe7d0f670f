#pragma once

#include "store/database.h"

#include <QStringList>
#include <QVariant>

// A typed field that settings add to contacts or companies.
struct CustomField
{
    enum class Type
    {
        Text,
        Number,
        Date,
        YesNo,
        Choice
    };

    qint64 id = 0;
    QString entity; // "contact" or "company"
    QString key;    // stable identifier, [a-z0-9_]
    QString label;  // what users see
    Type type = Type::Text;
    QStringList choices;
    int position = 0;

    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *type);
};

class CustomFieldService
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldService)

public:
    CustomFieldService(DatabasePtr db, QString actor);

    Result<QList<CustomField>> fields(const QString &entity) const;
    Result<qint64> define(const CustomField &field);
    Status remove(qint64 fieldId);

    // The canonical stored text of a value, or why it does not fit the field.
    static Result<QString> toStored(const CustomField &field, const QVariant &value);
    static QVariant fromStored(const CustomField &field, const QString &stored);

    // Inside the caller's transaction: replaces the record's values for the given keys.
    static Status writeValues(QSqlDatabase &db, const QString &entity, qint64 recordId,
                              const QVariantMap &values);
    static Result<QVariantMap> readValues(QSqlDatabase &db, const QString &entity, qint64 recordId);

private:
    static Result<QList<CustomField>> fieldsIn(QSqlDatabase &db, const QString &entity);

    DatabasePtr m_db;
    QString m_actor;
};
