#pragma once

#include "store/database.h"

#include <QWidget>

class CompanyListModel;
class ContactListModel;
class DealListModel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class RecordTable;

// Contacts, companies and deals in the trash: restore them, or delete them for good after asking. A
// sales manager sees his own records there and those shared with him.
class TrashPage : public QWidget
{
    Q_OBJECT

public:
    enum Kind
    {
        Contacts,
        Companies,
        Deals
    };

    explicit TrashPage(DatabasePtr db, QWidget *parent = nullptr);

    Kind currentKind() const;
    void setCurrentKind(Kind kind);
    RecordTable *table(Kind kind) const;
    ContactListModel *contactModel() const { return m_contacts; }
    CompanyListModel *companyModel() const { return m_companies; }
    DealListModel *dealModel() const { return m_deals; }
    // Every record in the trash, of all kinds.
    int totalCount() const;
    QList<qint64> selectedIds() const;

    void restoreSelected();
    // Asks first; confirm = false skips the question (tests).
    void purgeSelected(bool confirm = true);

    void saveState() const;
    void restoreState();

signals:
    void countChanged();
    void restored(const QString &entity, const QList<qint64> &ids);

private:
    void updateTabs();
    void updateButtons();

    DatabasePtr m_db;
    ContactListModel *m_contacts = nullptr;
    CompanyListModel *m_companies = nullptr;
    DealListModel *m_deals = nullptr;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    RecordTable *m_contactTable = nullptr;
    RecordTable *m_companyTable = nullptr;
    RecordTable *m_dealTable = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
};
