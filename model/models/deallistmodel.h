#pragma once

#include "crm/deal.h"
#include "lazytablemodel.h"

// The list of deals the acting user may see, paged lazily, sorted and filtered in SQL (pipeline, stage,
// owner and a search over the title and the contact), so that a million deals open at once. The newest
// deals come first until another sort is chosen. With DealFilter::trash it lists the deals in the trash
// (the Trash area).
class DealListModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        TitleColumn,
        PipelineColumn,
        StageColumn,
        AmountColumn, // "1 234,50 EUR"; kAmountMinorRole gives the minor units
        ContactColumn,
        CompanyColumn,
        OwnerColumn,
        ExpectedCloseColumn,
        CreatedColumn,
        CurrencyColumn, // hidden by the page; the amount shows it
        ColumnCount
    };
    static constexpr int kAmountMinorRole = Qt::UserRole + 2;

    // actor: the login whose permissions apply.
    DealListModel(DatabasePtr db, QString actor, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const DealFilter &filter() const { return m_filter; }
    // Each setter reads the list again when the filter changed. A stage of another pipeline than the
    // pipeline filter selects nothing.
    void setFilter(const DealFilter &filter);
    void setPipelineFilter(qint64 pipelineId);
    void setStageFilter(qint64 stageId);
    void setOwnerFilter(const QString &login);
    void setSearchText(const QString &text);

protected:
    QString fromClause() const override { return QStringLiteral("deal d"); }
    QString pageFromClause() const override;
    QString idColumn() const override { return QStringLiteral("d.id"); }
    QString whereClause() const override { return m_where; }
    QVariantList whereBinds() const override { return m_binds; }
    void prepareFilter() override;
    QVariant display(int column, const QVariant &raw) const override;

private:
    QString m_actor;
    DealFilter m_filter;
    QString m_where = QStringLiteral("0");
    QVariantList m_binds;
};
