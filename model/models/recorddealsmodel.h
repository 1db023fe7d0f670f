#pragma once

#include "lazytablemodel.h"

// The deals of one contact or one company that the acting user may see, newest first (by creation time,
// which imported deals do not share with their ids): what the contact
// and company cards list (title, stage, amount, owner). A contact's or company's index finds them, so a
// card opens as fast on a million deals as on a hundred.
class RecordDealsModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum class Party
    {
        Contact,
        Company,
    };
    enum ColumnId
    {
        TitleColumn,
        StageColumn,  // its tooltip names the pipeline too
        AmountColumn, // "1 234,50 EUR"
        OwnerColumn,  // the full name
        CreatedColumn,
        PipelineColumn, // hidden by the cards
        CurrencyColumn, // hidden by the cards; the amount shows it
        ColumnCount
    };

    // actor: the login whose permissions apply.
    RecordDealsModel(DatabasePtr db, QString actor, Party party, qint64 recordId, QObject *parent = nullptr);

    Party party() const { return m_party; }
    qint64 recordId() const { return m_recordId; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString fromClause() const override { return QStringLiteral("deal d"); }
    // The party's index, whatever else the visibility condition offers the planner (a sales manager's
    // owner index holds all his deals, the party's index a handful).
    QString pageFromClause() const override;
    int countRows() override;
    QString idColumn() const override { return QStringLiteral("d.id"); }
    QString whereClause() const override { return m_where; }
    QVariantList whereBinds() const override { return m_binds; }
    void prepareFilter() override;
    QVariant display(int column, const QVariant &raw) const override;

private:
    QString m_actor;
    Party m_party;
    qint64 m_recordId = 0;
    QString m_where = QStringLiteral("0");
    QVariantList m_binds;
};
