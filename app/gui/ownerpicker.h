#pragma once

#include "store/database.h"

#include <QComboBox>

// Chooses the owner of a record among the active users, shown by their full names (the login is the
// tooltip). An owner that is no longer an active user, or that is not a user at all (an imported list),
// stays as it is and is listed too, so opening and saving a record never changes its owner.
class OwnerPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit OwnerPicker(DatabasePtr db, QWidget *parent = nullptr);

    // The login of the chosen owner.
    QString owner() const;
    // Reads the users again and chooses login (listed even when it is not an active user).
    void setOwner(const QString &login);

private:
    DatabasePtr m_db;
};
