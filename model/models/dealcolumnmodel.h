#pragma once

#include "crm/deal.h"
#include "lazytablemodel.h"

// The cards of one board column: the deals of a stage that the acting user may see, paged lazily so
// that a column of 100,000 deals opens at once. Each card has its title, amount, contact, owner and
// whether it is late (longer in the stage than the stage's checkpoint allows).
class DealColumnModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        TitleColumn,
        AmountColumn, // "1 234,50 EUR"; AmountMinorRole gives the minor units
        CurrencyColumn,
        ContactColumn,
        OwnerColumn,
        LateColumn, // bool
        ColumnCount
    };
    static constexpr int kAmountMinorRole = Qt::UserRole + 2;

    // actor: the login whose permissions apply.
    DealColumnModel(DatabasePtr db, qint64 pipelineId, qint64 stageId, QString actor,
                    QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    qint64 stageId() const { return m_filter.stageId; }
    int checkpointDays() const { return m_checkpointDays; }
    bool isLate(int row) const { return data(index(row, LateColumn)).toBool(); }

    // Quick filters: the deals of one owner (empty: everybody's the user may see), words in the title.
    void setOwnerFilter(const QString &login);
    void setSearchText(const QString &text);

protected:
    QString fromClause() const override { return m_from; }
    QString pageFromClause() const override { return m_keysFrom; }
    QString idColumn() const override { return m_keys + QStringLiteral(".id"); }
    QString whereClause() const override { return m_where; }
    QVariantList whereBinds() const override { return m_binds; }
    void prepareFilter() override;
    QVariant display(int column, const QVariant &raw) const override;

private:
    void setKeys(const QString &keys);

    QString m_actor;
    QString m_keys = QStringLiteral("d");
    QString m_from = QStringLiteral("deal d");
    QString m_keysFrom = QStringLiteral("deal d");
    DealFilter m_filter;
    int m_checkpointDays = 0;
    QString m_where = QStringLiteral("0");
    QVariantList m_binds;
};
