#pragma once

#include "crm/company.h"
#include "store/database.h"

#include <QDialog>

class ChannelListEditor;
class ContactListModel;
class CustomFieldEditors;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
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

    void accept() override;
    void reject() override;

signals:
    void saved(qint64 id);
    void contactOpenRequested(qint64 contactId);

private:
    void buildUi();
    QWidget *buildDetails();
    void setCompany(const Company &company);
    void showError(const QString &text);

    DatabasePtr m_db;
    qint64 m_id = 0;
    Company m_loaded;

    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_website = nullptr;
    ChannelListEditor *m_emails = nullptr;
    ChannelListEditor *m_phones = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CustomFieldEditors *m_custom = nullptr;
    ContactListModel *m_contacts = nullptr;
    RecordTable *m_contactTable = nullptr;
};
