#pragma once

#include "crm/contactfilter.h"
#include "crm/searchhits.h"
#include "lazytablemodel.h"
#include "text/phonenumbers.h"

// Contacts (or the contacts in the trash) for the contact list: lazy, sorted and filtered in SQL.
class ContactListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        NameColumn,
        CompanyColumn,
        PositionColumn,
        EmailColumn,
        PhoneColumn,
        OwnerColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit ContactListModel(DatabasePtr db, QObject *parent = nullptr);
    ~ContactListModel() override;

    ContactFilter filter() const { return m_filter; }
    void setFilter(const ContactFilter &filter);
    // Shortcut for the search box.
    void setSearchText(const QString &text);

protected:
    QString fromClause() const override;
    QString pageFromClause() const override;
    QString idColumn() const override { return QStringLiteral("c.id"); }
    QString whereClause() const override { return m_sql.where; }
    QVariantList whereBinds() const override { return m_sql.binds; }
    void prepareFilter() override;
    int countRows() override;
    QVariant display(int column, const QVariant &raw) const override;

private:
    // An owner filter without a search: SQLite drives such a list from the owner index and sorts every
    // contact of the owners for each page (200,000 of a million: over a second); walking the sort index
    // and keeping the owners' rows reads a few hundred rows a page when they own many. A probe of the
    // first rows of the order tells which way is cheaper.
    void chooseWalk(const ContactFilter &filter);

    ContactFilter m_filter;
    ContactFilter::Sql m_sql;
    PhoneNumbers m_phones;
    SearchHits m_hits;
    int m_hitCount = -1; // the row count when the hits alone decide it
    // The sort index a page walks, keeping the rows of the filter (see chooseWalk()); empty: the planner's
    // choice.
    QString m_walkIndex;
};
