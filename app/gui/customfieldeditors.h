#pragma once

#include "crm/customfieldservice.h"

#include <QObject>
#include <QVariantMap>

class QFormLayout;
class QWidget;

// The editors of the custom fields defined in settings, one form row each, chosen by type.
class CustomFieldEditors : public QObject
{
    Q_OBJECT

public:
    explicit CustomFieldEditors(QObject *parent = nullptr);

    // Adds a row per field to the form; the widgets belong to parentWidget.
    void build(const QList<CustomField> &fields, QFormLayout *form, QWidget *parentWidget);
    bool isEmpty() const { return m_editors.isEmpty(); }

    void setValues(const QVariantMap &values);
    // Every defined field: its value, or an invalid QVariant when empty (which clears it).
    QVariantMap values() const;

private:
    struct Editor
    {
        CustomField field;
        QWidget *widget = nullptr;
    };

    QList<Editor> m_editors;
};
