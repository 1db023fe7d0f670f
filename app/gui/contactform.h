#pragma once

#include "crm/contact.h"
#include "store/database.h"

#include <QDialog>

class ChannelListEditor;
class CompanyListModel;
class CustomFieldEditors;
class OwnerPicker;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class RecordDealsPanel;

// Creates or edits one contact. Saving goes through ContactService; when the service refuses,
// the dialog stays open with the reason (naming the field) and nothing is saved.
class ContactForm : public QDialog
{
    Q_OBJECT

public:
    // id 0: a new contact.
    ContactForm(DatabasePtr db, qint64 id, QWidget *parent = nullptr);

    // Reads the contact and the custom fields; false (with the reason in errorText) when it cannot.
    bool load();
    qint64 contactId() const { return m_id; }
    QString errorText() const;
    // The contact as the fields say now.
    Contact contact() const;
    bool isModified() const;

    // Saves; returns whether it saved.
    bool save();

    void accept() override;
    void reject() override;

    // The contact's deals (a saved contact of a database with pipelines), else nullptr.
    RecordDealsPanel *dealsPanel() const { return m_deals; }

signals:
    void saved(qint64 id);

private:
    void buildUi();
    QWidget *buildFields();
    void setContact(const Contact &contact);
    void showError(const QString &text);
    // The company suggestion chosen from the drop-down (mouse or keyboard).
    void chooseCompany(const QModelIndex &index);

    DatabasePtr m_db;
    qint64 m_id = 0;
    Contact m_loaded;
    qint64 m_companyId = 0;
    QString m_companyName;
    // The banner says the contact needs a name; typing one clears it.
    bool m_nameMissing = false;

    QLabel *m_error = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_position = nullptr;
    QLineEdit *m_company = nullptr;
    CompanyListModel *m_companies = nullptr;
    ChannelListEditor *m_emails = nullptr;
    ChannelListEditor *m_phones = nullptr;
    QDateEdit *m_birthday = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_source = nullptr;
    OwnerPicker *m_owner = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CustomFieldEditors *m_custom = nullptr;
    RecordDealsPanel *m_deals = nullptr;
};
