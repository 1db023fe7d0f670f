#pragma once

#include "store/database.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

// The quick filters of the deals area, shared by the board and the list: my deals, one owner, and a
// search over the title and the contact (typing waits a moment before it filters).
class DealFilterBar : public QWidget
{
    Q_OBJECT

public:
    DealFilterBar(DatabasePtr db, QWidget *parent = nullptr);

    // The login whose deals are shown, empty for everybody's (that the user may see).
    QString owner() const;
    QString searchText() const;
    bool isActive() const { return !owner().isEmpty() || !searchText().trimmed().isEmpty(); }

    QCheckBox *myDealsBox() const { return m_mine; }
    QComboBox *ownerBox() const { return m_owner; }
    QLineEdit *searchEdit() const { return m_search; }
    // Filters at once (without waiting for the typing pause).
    void applyNow();
    void clear();
    // Reads the users again.
    void reloadOwners();

signals:
    void changed();

private:
    DatabasePtr m_db;
    QString m_actor;
    QCheckBox *m_mine = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_typing = nullptr;
};
