#pragma once

#include "store/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Defines a new custom field for contacts or companies; the service checks it, and its refusal is
// shown here without closing.
class CustomFieldDialog : public QDialog
{
    Q_OBJECT

public:
    CustomFieldDialog(DatabasePtr db, const QString &entity, QWidget *parent = nullptr);

    qint64 fieldId() const { return m_id; }
    void accept() override;

private:
    void suggestKey(const QString &label);

    DatabasePtr m_db;
    QString m_entity;
    qint64 m_id = 0;
    bool m_keyEdited = false;
    QLabel *m_error = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_choices = nullptr;
};
