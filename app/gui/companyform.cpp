#include "companyform.h"

#include "activity/activitypanel.h"
#include "channellisteditor.h"
#include "crm/companyservice.h"
#include "crm/customfieldservice.h"
#include "customfieldeditors.h"
#include "guiutil.h"
#include "models/contactlistmodel.h"
#include "ownerpicker.h"
#include "recorddealspanel.h"
#include "recordtable.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *textBox(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

CompanyForm::CompanyForm(DatabasePtr db, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_id(id)
{
    setObjectName(QStringLiteral("companyForm"));
    buildUi();
}

QWidget *CompanyForm::buildDetails()
{
    auto *page = new QWidget;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_industry = new QLineEdit(page);
    m_industry->setObjectName(QStringLiteral("industry"));
    m_website = new QLineEdit(page);
    m_website->setObjectName(QStringLiteral("website"));
    m_website->setPlaceholderText(tr("https://example.com"));
    m_emails = new ChannelListEditor(ChannelListEditor::Email, page);
    m_phones = new ChannelListEditor(ChannelListEditor::Phone, page);
    m_address = textBox(3, page);
    m_address->setObjectName(QStringLiteral("address"));
    m_owner = new OwnerPicker(m_db, page);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_notes = textBox(5, page);
    m_notes->setObjectName(QStringLiteral("notes"));

    auto *left = new QFormLayout;
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("&Industry:"), m_industry);
    left->addRow(tr("&Website:"), m_website);
    left->addRow(tr("E-mails:"), m_emails);
    left->addRow(tr("Phones:"), m_phones);
    auto *right = new QFormLayout;
    right->addRow(tr("&Address:"), m_address);
    right->addRow(tr("&Owner:"), m_owner);
    m_custom = new CustomFieldEditors(this);
    const Result<QList<CustomField>> fields =
        CustomFieldService(m_db, GuiUtil::actor()).fields(QStringLiteral("company"));
    if (fields)
        m_custom->build(*fields, right, page);
    else
        showError(fields.error().message);

    auto *columns = new QHBoxLayout;
    // Each column keeps its rows at the top, whatever the other column's height.
    for (QFormLayout *form : {left, right}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, form == left ? 3 : 2);
        if (form == left)
            columns->addSpacing(16);
    }
    auto *notes = new QFormLayout;
    notes->addRow(tr("N&otes:"), m_notes);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns);
    layout->addLayout(notes);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

void CompanyForm::buildUi()
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; padding: 6px; "
                                          "border-radius: 3px; }"));
    m_error->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDetails(), tr("&Details"));
    // The banner about a missing name goes as soon as there is one.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_nameMissing && !text.trimmed().isEmpty()) {
            m_nameMissing = false;
            m_error->hide();
        }
    });
    if (m_id > 0) {
        // The people, the deals, the tasks, calls, notes and the timeline of a saved company.
        addContactsTab();
        addDealsTab();
        auto *activity = new ActivityPanel(m_db, QStringLiteral("company"), m_id, m_tabs);
        connect(activity, &ActivityPanel::openRecordRequested, this,
                [this](const QString &entity, qint64 id) {
                    if (entity == QLatin1String("deal") && m_deals)
                        m_deals->openDeal(id);
                    else if (entity == QLatin1String("contact"))
                        emit contactOpenRequested(id);
                });
        m_tabs->addTab(activity, tr("&Activities"));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompanyForm::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    GuiUtil::resizeWithinScreen(this, QSize(980, 640));
    setWindowTitle(m_id == 0 ? tr("New Company") : tr("Company"));
}

bool CompanyForm::load()
{
    Company company;
    company.owner = GuiUtil::actor();
    if (m_id != 0) {
        const Result<Company> got = CompanyService(m_db, GuiUtil::actor()).get(m_id);
        if (!got) {
            showError(got.error().message);
            return false;
        }
        company = *got;
        setWindowTitle(tr("%1 — Company").arg(company.name));
    }
    setCompany(company);
    m_loaded = this->company();
    return true;
}

void CompanyForm::addContactsTab()
{
    m_contacts = new ContactListModel(m_db, this);
    ContactFilter filter;
    filter.companyId = m_id;
    {
        // A sales manager sees the people of the company that are his or shared with him.
        QSqlDatabase connection = m_db->connection();
        filter.visibleTo = ContactFilter::visibilityFor(connection, GuiUtil::actor());
    }
    m_contacts->setFilter(filter);
    m_contactTable = new RecordTable(QString(), this);
    m_contactTable->setObjectName(QStringLiteral("companyContacts"));
    m_contactTable->setLazyModel(m_contacts, {170, 0, 150, 190, 130, 100, 140});
    m_contactTable->hideColumn(ContactListModel::CompanyColumn);
    m_contactTable->setEmptyText(tr("No contacts work here yet."));
    const int tab = m_tabs->addTab(m_contactTable, QString());
    const auto updateTitle = [this, tab] {
        m_tabs->setTabText(tab, tr("&Contacts (%1)").arg(QLocale().toString(m_contacts->rowCount())));
    };
    updateTitle();
    connect(m_contacts, &QAbstractItemModel::modelReset, this, updateTitle);
    connect(m_contactTable, &RecordTable::idActivated, this, &CompanyForm::contactOpenRequested);
}

void CompanyForm::addDealsTab()
{
    if (!RecordDealsPanel::available(m_db))
        return;
    m_deals = new RecordDealsPanel(m_db, RecordDealsPanel::Party::Company, m_id, m_tabs);
    m_deals->setHeadingVisible(false); // the tab says it
    const int tab = m_tabs->addTab(m_deals, QString());
    const auto updateTitle = [this, tab](int count) {
        m_tabs->setTabText(tab, tr("D&eals (%1)").arg(QLocale().toString(count)));
    };
    updateTitle(m_deals->model()->rowCount());
    connect(m_deals, &RecordDealsPanel::countChanged, this, updateTitle);
}

QString CompanyForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CompanyForm::setCompany(const Company &c)
{
    m_name->setText(c.name);
    m_industry->setText(c.industry);
    m_website->setText(c.website);
    m_emails->setChannels(c.emails);
    m_phones->setChannels(c.phones);
    m_address->setPlainText(c.address);
    m_owner->setOwner(c.owner);
    m_notes->setPlainText(c.notes);
    m_custom->setValues(c.custom);
}

Company CompanyForm::company() const
{
    Company c;
    c.id = m_id;
    c.name = m_name->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.website = m_website->text().trimmed();
    c.emails = m_emails->channels();
    c.phones = m_phones->channels();
    c.address = m_address->toPlainText().trimmed();
    c.owner = m_owner->owner();
    c.notes = m_notes->toPlainText();
    c.custom = m_custom->values();
    return c;
}

bool CompanyForm::isModified() const
{
    const Company c = company();
    const Company &o = m_loaded;
    return c.name != o.name || c.industry != o.industry || c.website != o.website || c.emails != o.emails ||
           c.phones != o.phones || c.address != o.address || c.owner != o.owner || c.notes != o.notes ||
           c.custom != o.custom;
}

bool CompanyForm::save()
{
    const Company c = company();
    CompanyService service(m_db, GuiUtil::actor());
    if (m_id == 0) {
        const Result<qint64> created = service.create(c);
        if (!created) {
            showError(created.error().message);
            m_nameMissing = c.name.isEmpty();
            return false;
        }
        m_id = *created;
    } else if (const Status updated = service.update(c); !updated) {
        showError(updated.error().message);
        m_nameMissing = c.name.isEmpty();
        return false;
    }
    m_nameMissing = false;
    m_error->hide();
    m_loaded = c;
    emit saved(m_id);
    return true;
}

void CompanyForm::accept()
{
    if (save())
        QDialog::accept();
}

void CompanyForm::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Discard Changes"), tr("This company has unsaved changes. Discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void CompanyForm::showError(const QString &text)
{
    m_nameMissing = false;
    m_error->setText(text);
    m_error->show();
}
