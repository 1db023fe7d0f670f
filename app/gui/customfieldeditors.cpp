#include "customfieldeditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace {

const QDate kNoDate(1900, 1, 1);

QWidget *makeEditor(const CustomField &field, QWidget *parent)
{
    switch (field.type) {
    case CustomField::Type::Text:
        return new QLineEdit(parent);
    case CustomField::Type::Number: {
        auto *edit = new QLineEdit(parent);
        auto *validator = new QDoubleValidator(edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setMaximumWidth(200);
        return edit;
    }
    case CustomField::Type::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(CustomFieldEditors::tr("None"));
        edit->setDate(kNoDate);
        edit->setMaximumWidth(200);
        return edit;
    }
    case CustomField::Type::YesNo:
        return new QCheckBox(parent);
    case CustomField::Type::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItem(CustomFieldEditors::tr("(none)"), QString());
        for (const QString &choice : field.choices)
            combo->addItem(choice, choice);
        return combo;
    }
    }
    return new QLineEdit(parent);
}

} // namespace

CustomFieldEditors::CustomFieldEditors(QObject *parent)
    : QObject(parent)
{}

void CustomFieldEditors::build(const QList<CustomField> &fields, QFormLayout *form, QWidget *parentWidget)
{
    for (const CustomField &field : fields) {
        QWidget *editor = makeEditor(field, parentWidget);
        editor->setObjectName(QStringLiteral("custom_%1").arg(field.key));
        auto *label = new QLabel(parentWidget);
        label->setTextFormat(Qt::PlainText);
        label->setText(tr("%1:").arg(field.label));
        label->setBuddy(editor);
        form->addRow(label, editor);
        m_editors.append({field, editor});
    }
}

void CustomFieldEditors::setValues(const QVariantMap &values)
{
    for (const Editor &e : std::as_const(m_editors)) {
        const QVariant value = values.value(e.field.key);
        switch (e.field.type) {
        case CustomField::Type::Text:
            static_cast<QLineEdit *>(e.widget)->setText(value.toString());
            break;
        case CustomField::Type::Number:
            static_cast<QLineEdit *>(e.widget)->setText(
                value.isValid() ? QLocale().toString(value.toDouble(), 'g', 15) : QString());
            break;
        case CustomField::Type::Date: {
            const QDate date = value.toDate();
            static_cast<QDateEdit *>(e.widget)->setDate(date.isValid() ? date : kNoDate);
            break;
        }
        case CustomField::Type::YesNo:
            static_cast<QCheckBox *>(e.widget)->setChecked(value.toBool());
            break;
        case CustomField::Type::Choice: {
            auto *combo = static_cast<QComboBox *>(e.widget);
            const QString text = value.toString();
            int index = combo->findData(text);
            if (index < 0 && !text.isEmpty()) {
                // A value that is no longer among the choices stays visible, not silently lost.
                combo->addItem(text, text);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(qMax(0, index));
            break;
        }
        }
    }
}

QVariantMap CustomFieldEditors::values() const
{
    QVariantMap result;
    for (const Editor &e : m_editors) {
        QVariant value;
        switch (e.field.type) {
        case CustomField::Type::Text: {
            const QString text = static_cast<QLineEdit *>(e.widget)->text().trimmed();
            if (!text.isEmpty())
                value = text;
            break;
        }
        case CustomField::Type::Number: {
            const QString text = static_cast<QLineEdit *>(e.widget)->text().trimmed();
            bool ok = false;
            const double number = QLocale().toDouble(text, &ok);
            if (ok)
                value = number;
            else if (!text.isEmpty())
                value = text; // the service says why it is not a number, naming the field
            break;
        }
        case CustomField::Type::Date: {
            const QDate date = static_cast<QDateEdit *>(e.widget)->date();
            if (date != kNoDate)
                value = date;
            break;
        }
        case CustomField::Type::YesNo:
            value = static_cast<QCheckBox *>(e.widget)->isChecked();
            break;
        case CustomField::Type::Choice: {
            const QString text = static_cast<QComboBox *>(e.widget)->currentData().toString();
            if (!text.isEmpty())
                value = text;
            break;
        }
        }
        result.insert(e.field.key, value);
    }
    return result;
}
