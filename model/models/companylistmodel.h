#pragma once

#include "lazytablemodel.h"

// Companies (or those in the trash) for the company list.
class CompanyListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        NameColumn,
        IndustryColumn,
        WebsiteColumn,
        PhoneColumn,
        ContactsColumn,
        OwnerColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit CompanyListModel(DatabasePtr db, QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    bool showsTrash() const { return m_trash; }
    void setShowTrash(bool trash);
    QString industry() const { return m_industry; }
    void setIndustry(const QString &industry);

protected:
    QString fromClause() const override { return QStringLiteral("company co"); }
    QString idColumn() const override { return QStringLiteral("co.id"); }
    QString whereClause() const override;
    QVariantList whereBinds() const override;
    QVariant display(int column, const QVariant &raw) const override;

private:
    QString m_search;
    QString m_industry;
    bool m_trash = false;
};
