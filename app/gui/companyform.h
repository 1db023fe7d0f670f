#pragma once

#include "crm/company.h"
#include "store/database.h"

#include <QDialog>

class ChannelListEditor;
class ContactListModel;
class CustomFieldEditors;
class OwnerPicker;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class RecordDealsPanel;
class RecordTable;

// Creates or edits one company and lists its contacts. Saving goes through CompanyService; when
// the service refuses, the dialog stays open with the reason and nothing is saved.
class CompanyForm : public QDialog
{
    Q_OBJECT

public:
    CompanyForm(DatabasePtr db, qint64 id, QWidget *parent = nullptr);

    bool load();
    qint64 companyId() const { return m_id; }
    QString errorText() const;
    Company company() const;
    bool isModified() const;
    bool save();
    // The company's people that the user may see (after load()).
    ContactListModel *contactsModel() const { return m_contacts; }
    // The company's deals (a saved company of a database with pipelines), else nullptr.
    RecordDealsPanel *dealsPanel() const { return m_deals; }
    QTabWidget *tabs() const { return m_tabs; }

    void accept() override;
    void reject() override;

signals:
    void saved(qint64 id);
    void contactOpenRequested(qint64 contactId);

private:
    void buildUi();
    QWidget *buildDetails();
    void addContactsTab();
    void addDealsTab();
    void setCompany(const Company &company);
    void showError(const QString &text);

    DatabasePtr m_db;
    qint64 m_id = 0;
    Company m_loaded;
    // The banner says the company needs a name; typing one clears it.
    bool m_nameMissing = false;

    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_website = nullptr;
    ChannelListEditor *m_emails = nullptr;
    ChannelListEditor *m_phones = nullptr;
    QPlainTextEdit *m_address = nullptr;
    OwnerPicker *m_owner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CustomFieldEditors *m_custom = nullptr;
    ContactListModel *m_contacts = nullptr;
    RecordTable *m_contactTable = nullptr;
    RecordDealsPanel *m_deals = nullptr;
};
