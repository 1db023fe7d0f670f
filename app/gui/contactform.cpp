#include "contactform.h"

#include "activity/activitypanel.h"
#include "channellisteditor.h"
#include "crm/contactservice.h"
#include "crm/customfieldservice.h"
#include "customfieldeditors.h"
#include "guiutil.h"
#include "models/companylistmodel.h"
#include "ownerpicker.h"
#include "recorddealspanel.h"

#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

const QDate kNoDate(1900, 1, 1);

QStringList splitTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QPlainTextEdit *textBox(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

ContactForm::ContactForm(DatabasePtr db, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_id(id)
{
    setObjectName(QStringLiteral("contactForm"));
    buildUi();
}

QWidget *ContactForm::buildFields()
{
    auto *page = new QWidget;
    m_givenName = new QLineEdit(page);
    m_givenName->setObjectName(QStringLiteral("givenName"));
    m_familyName = new QLineEdit(page);
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_position = new QLineEdit(page);
    m_position->setObjectName(QStringLiteral("position"));
    m_company = new QLineEdit(page);
    m_company->setObjectName(QStringLiteral("company"));
    m_company->setPlaceholderText(tr("Start typing to pick a company; a new name creates one"));
    m_companies = new CompanyListModel(m_db, this);
    auto *completer = new QCompleter(m_companies, this);
    completer->setCompletionColumn(CompanyListModel::NameColumn);
    // The list model answers the display role only; the default (edit) role would put an empty text
    // into the field when a suggestion is highlighted or chosen.
    completer->setCompletionRole(Qt::DisplayRole);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setCompleter(completer);
    connect(m_company, &QLineEdit::textEdited, m_companies, &CompanyListModel::setSearchText);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ContactForm::chooseCompany);
    m_emails = new ChannelListEditor(ChannelListEditor::Email, page);
    m_phones = new ChannelListEditor(ChannelListEditor::Phone, page);

    m_birthday = new QDateEdit(page);
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_birthday->setCalendarPopup(true);
    m_birthday->setMinimumDate(kNoDate);
    m_birthday->setMaximumDate(QDate::currentDate());
    m_birthday->setSpecialValueText(tr("None"));
    m_birthday->setDate(kNoDate);
    m_birthday->setMaximumWidth(180);
    m_address = textBox(3, page);
    m_address->setObjectName(QStringLiteral("address"));
    m_source = new QLineEdit(page);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("Website, fair, referral…"));
    m_owner = new OwnerPicker(m_db, page);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_tags = new QLineEdit(page);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Comma separated, e.g. vip, newsletter"));
    m_notes = textBox(5, page);
    m_notes->setObjectName(QStringLiteral("notes"));

    auto *person = new QFormLayout;
    person->addRow(tr("&Given name:"), m_givenName);
    person->addRow(tr("&Family name:"), m_familyName);
    person->addRow(tr("&Position:"), m_position);
    person->addRow(tr("&Company:"), m_company);
    person->addRow(tr("E-mails:"), m_emails);
    person->addRow(tr("Phones:"), m_phones);

    auto *details = new QFormLayout;
    details->addRow(tr("&Birthday:"), m_birthday);
    details->addRow(tr("&Address:"), m_address);
    details->addRow(tr("&Source:"), m_source);
    details->addRow(tr("&Owner:"), m_owner);
    details->addRow(tr("&Tags:"), m_tags);
    m_custom = new CustomFieldEditors(this);
    const Result<QList<CustomField>> fields =
        CustomFieldService(m_db, GuiUtil::actor()).fields(QStringLiteral("contact"));
    if (fields)
        m_custom->build(*fields, details, page);
    else
        showError(fields.error().message);

    auto *columns = new QHBoxLayout;
    // Each column keeps its rows at the top, whatever the other column's height.
    for (QFormLayout *form : {person, details}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, form == person ? 3 : 2);
        if (form == person)
            columns->addSpacing(16);
    }
    auto *notes = new QFormLayout;
    notes->addRow(tr("&Notes:"), m_notes);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(columns);
    pageLayout->addLayout(notes);
    pageLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

void ContactForm::buildUi()
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; padding: 6px; "
                                          "border-radius: 3px; }"));
    m_error->hide();
    QWidget *fields = buildFields();
    // The banner about a missing name goes as soon as there is one.
    for (QLineEdit *name : {m_givenName, m_familyName}) {
        connect(name, &QLineEdit::textChanged, this, [this] {
            if (m_nameMissing &&
                !(m_givenName->text().trimmed().isEmpty() && m_familyName->text().trimmed().isEmpty())) {
                m_nameMissing = false;
                m_error->hide();
            }
        });
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactForm::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    if (m_id > 0) {
        // A saved contact shows its deals under the fields, and its tasks, calls, notes and timeline beside.
        QWidget *left = fields;
        if (RecordDealsPanel::available(m_db)) {
            m_deals = new RecordDealsPanel(m_db, RecordDealsPanel::Party::Contact, m_id, this);
            auto *column = new QSplitter(Qt::Vertical, this);
            column->setChildrenCollapsible(false);
            column->addWidget(fields);
            column->addWidget(m_deals);
            column->setStretchFactor(0, 1);
            column->setStretchFactor(1, 1);
            left = column;
        }
        auto *activity = new ActivityPanel(m_db, QStringLiteral("contact"), m_id, this);
        connect(activity, &ActivityPanel::openRecordRequested, this,
                [this](const QString &entity, qint64 id) {
                    if (entity == QLatin1String("deal") && m_deals)
                        m_deals->openDeal(id);
                });
        auto *split = new QSplitter(Qt::Horizontal, this);
        split->setChildrenCollapsible(false);
        split->addWidget(left);
        split->addWidget(activity);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        layout->addWidget(split, 1);
    } else {
        layout->addWidget(fields, 1);
    }
    layout->addWidget(buttons);
    GuiUtil::resizeWithinScreen(this, m_id > 0 ? QSize(1400, 860) : QSize(920, 600));
    setWindowTitle(m_id == 0 ? tr("New Contact") : tr("Contact"));
}

void ContactForm::chooseCompany(const QModelIndex &index)
{
    m_companyId = index.data(LazyTableModel::kIdRole).toLongLong();
    m_companyName = index.data(Qt::DisplayRole).toString();
    // The completer puts the same text into the field; set here too, whatever the order of the signals.
    m_company->setText(m_companyName);
}

bool ContactForm::load()
{
    Contact contact;
    contact.owner = GuiUtil::actor();
    if (m_id != 0) {
        const Result<Contact> got = ContactService(m_db, GuiUtil::actor()).get(m_id);
        if (!got) {
            showError(got.error().message);
            return false;
        }
        contact = *got;
        setWindowTitle(tr("%1 — Contact").arg(contact.displayName()));
    }
    setContact(contact);
    m_loaded = this->contact();
    return true;
}

QString ContactForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ContactForm::setContact(const Contact &c)
{
    m_givenName->setText(c.givenName);
    m_familyName->setText(c.familyName);
    m_position->setText(c.position);
    m_companyId = c.companyId;
    m_companyName = c.companyName;
    m_company->setText(c.companyName);
    m_emails->setChannels(c.emails);
    m_phones->setChannels(c.phones);
    m_birthday->setDate(c.birthday.isValid() ? c.birthday : kNoDate);
    m_address->setPlainText(c.address);
    m_source->setText(c.source);
    m_owner->setOwner(c.owner);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(c.notes);
    m_custom->setValues(c.custom);
}

Contact ContactForm::contact() const
{
    Contact c;
    c.id = m_id;
    c.givenName = m_givenName->text().trimmed();
    c.familyName = m_familyName->text().trimmed();
    c.position = m_position->text().trimmed();
    const QString company = m_company->text().trimmed();
    if (m_companyId != 0 && company == m_companyName) {
        c.companyId = m_companyId;
        c.companyName = m_companyName;
    } else {
        c.companyName = company; // the service finds the company by name or creates it
    }
    c.emails = m_emails->channels();
    c.phones = m_phones->channels();
    if (m_birthday->date() != kNoDate)
        c.birthday = m_birthday->date();
    c.address = m_address->toPlainText().trimmed();
    c.source = m_source->text().trimmed();
    c.owner = m_owner->owner();
    c.tags = splitTags(m_tags->text());
    c.notes = m_notes->toPlainText();
    c.custom = m_custom->values();
    return c;
}

bool ContactForm::isModified() const
{
    const Contact c = contact();
    const Contact &o = m_loaded;
    return c.givenName != o.givenName || c.familyName != o.familyName || c.position != o.position ||
           c.companyName != o.companyName || c.emails != o.emails || c.phones != o.phones ||
           c.birthday != o.birthday || c.address != o.address || c.source != o.source || c.owner != o.owner ||
           c.tags != o.tags || c.notes != o.notes || c.custom != o.custom;
}

bool ContactForm::save()
{
    const Contact c = contact();
    ContactService service(m_db, GuiUtil::actor());
    if (m_id == 0) {
        const Result<qint64> created = service.create(c);
        if (!created) {
            showError(created.error().message);
            m_nameMissing = c.givenName.isEmpty() && c.familyName.isEmpty();
            return false;
        }
        m_id = *created;
    } else if (const Status updated = service.update(c); !updated) {
        showError(updated.error().message);
        m_nameMissing = c.givenName.isEmpty() && c.familyName.isEmpty();
        return false;
    }
    m_nameMissing = false;
    m_error->hide();
    m_loaded = c;
    emit saved(m_id);
    return true;
}

void ContactForm::accept()
{
    if (save())
        QDialog::accept();
}

void ContactForm::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Discard Changes"), tr("This contact has unsaved changes. Discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void ContactForm::showError(const QString &text)
{
    m_nameMissing = false;
    m_error->setText(text);
    m_error->show();
}
