#include "customfielddialog.h"

#include "crm/customfieldservice.h"
#include "guiutil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CustomFieldDialog::CustomFieldDialog(DatabasePtr db, const QString &entity, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_entity(entity)
{
    setWindowTitle(entity == QLatin1String("company") ? tr("New Company Field") : tr("New Contact Field"));
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_label = new QLineEdit(this);
    m_label->setPlaceholderText(tr("What users see, e.g. Budget"));
    m_key = new QLineEdit(this);
    m_key->setPlaceholderText(tr("lower-case letters, digits and _, e.g. budget"));
    m_key->setToolTip(
        tr("The stable name used by import, export and the command line; it cannot be changed later"));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Text"), QVariant::fromValue(int(CustomField::Type::Text)));
    m_type->addItem(tr("Number"), QVariant::fromValue(int(CustomField::Type::Number)));
    m_type->addItem(tr("Date"), QVariant::fromValue(int(CustomField::Type::Date)));
    m_type->addItem(tr("Yes/No"), QVariant::fromValue(int(CustomField::Type::YesNo)));
    m_type->addItem(tr("Choice"), QVariant::fromValue(int(CustomField::Type::Choice)));
    m_choices = new QLineEdit(this);
    m_choices->setPlaceholderText(tr("Comma separated, e.g. small, medium, large"));
    m_choices->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Choices:"), m_choices);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomFieldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomFieldDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_label, &QLineEdit::textEdited, this, &CustomFieldDialog::suggestKey);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_choices->setEnabled(m_type->currentData().toInt() == int(CustomField::Type::Choice));
    });
}

void CustomFieldDialog::suggestKey(const QString &label)
{
    if (m_keyEdited)
        return;
    QString key;
    for (const QChar c : label.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key.append(c);
        else if (!key.isEmpty() && !key.endsWith(u'_'))
            key.append(u'_');
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    m_key->setText(key);
}

void CustomFieldDialog::accept()
{
    CustomField field;
    field.entity = m_entity;
    field.key = m_key->text().trimmed();
    field.label = m_label->text().trimmed();
    field.type = CustomField::Type(m_type->currentData().toInt());
    if (field.type == CustomField::Type::Choice) {
        const QStringList parts = m_choices->text().split(u',');
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty() && !field.choices.contains(part.trimmed()))
                field.choices.append(part.trimmed());
        }
    }
    const Result<qint64> defined = CustomFieldService(m_db, GuiUtil::actor()).define(field);
    if (!defined) {
        m_error->setText(defined.error().message);
        m_error->show();
        return;
    }
    m_id = *defined;
    QDialog::accept();
}
