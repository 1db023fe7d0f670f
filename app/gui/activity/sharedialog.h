#pragma once

#include "store/database.h"

#include <QDialog>

class QLabel;
class QListWidget;

// "Share…" on a contact, company or deal card: tick the users who may see and change the record
// besides its owner (sales managers see only their own records and those shared with them).
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    ShareDialog(DatabasePtr db, const QString &entity, qint64 recordId, QWidget *parent = nullptr);

    QListWidget *users() const { return m_users; }
    // The logins ticked now.
    QStringList chosen() const;

    void accept() override;

private:
    DatabasePtr m_db;
    QString m_entity;
    qint64 m_recordId = 0;
    QStringList m_before;
    QListWidget *m_users = nullptr;
    QLabel *m_error = nullptr;
};
