#pragma once

#include "crm/dealsearchhits.h"
#include "store/database.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

// The quick filters of the deals area, shared by the board and the list: my deals, one owner, and a
// search over the title and the contact (typing waits a moment before it filters).
class DealFilterBar : public QWidget
{
    Q_OBJECT

public:
    DealFilterBar(DatabasePtr db, QWidget *parent = nullptr);
    ~DealFilterBar() override;

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
    // A search is being looked up on a worker thread (the board and list follow when it is done).
    bool isSearching() const { return m_searching; }

signals:
    void changed();

private:
    // The typing pause is over: a search not found before is looked up off the GUI thread first (index
    // lookups, tens of milliseconds at a million deals; a lookup for older text is stopped), then the
    // board and list filter with its result.
    void typingDone();
    void setSearching(bool on);

    DatabasePtr m_db;
    QString m_actor;
    QCheckBox *m_mine = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_typing = nullptr;
    QLabel *m_busy = nullptr;
    bool m_searching = false;
    int m_generation = 0;
    std::shared_ptr<DealSearchHits::Cancel> m_lookup; // of the lookup in progress
};
