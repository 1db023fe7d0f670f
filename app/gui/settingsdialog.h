#pragma once

#include "store/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

// Language, the default phone region, the custom fields of contacts, companies and deals, and the deal
// settings: pipelines, products and lost reasons.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(DatabasePtr db, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *buildGeneral();
    QWidget *buildCustomFields();
    QString currentEntity() const;
    void reloadFields();
    void addField();
    void removeField();

    DatabasePtr m_db;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_entity = nullptr;
    QTreeWidget *m_fields = nullptr;
};
