#pragma once

#include "crm/deal.h"
#include "crm/pipeline.h"
#include "store/database.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>

// The columns of a pipeline's board: one row per stage (the open stages in order, then Won and Lost)
// with its deal count and amount totals per currency. One grouped query over the board index reads
// them all; the acting user's permissions apply (a sales manager counts only their own deals).
class DealBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId
    {
        StageColumn,
        CountColumn,
        TotalColumn, // in the main currency
        ColumnCount
    };
    enum Role
    {
        StageIdRole = Qt::UserRole + 1,
        StageKindRole,  // Stage::Kind as int
        ColourRole,     // "#rrggbb"
        CheckpointRole, // days, 0 for none
        CountRole,      // qint64
        TotalMinorRole, // qint64, the main currency
        TotalsRole,     // QVariantMap currency -> qint64 minor units, every currency of the stage
    };

    // actor: the login whose permissions apply.
    DealBoardModel(DatabasePtr db, qint64 pipelineId, QString actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 pipelineId() const { return m_pipelineId; }
    QString mainCurrency() const { return m_mainCurrency; }
    const Stage &stageAt(int row) const { return m_stages.at(row).stage; }
    int rowOfStage(qint64 stageId) const;
    qint64 countAt(int row) const { return m_stages.at(row).count; }
    QMap<QString, qint64> totalsAt(int row) const { return m_stages.at(row).totals; }
    QString lastError() const { return m_lastError; }

    // Quick filters: the deals of one owner (empty: everybody's the user may see), words in the title.
    void setOwnerFilter(const QString &login);
    void setSearchText(const QString &text);
    QString ownerFilter() const { return m_filter.owner; }
    QString searchText() const { return m_filter.search; }

    // Reads the stages and the counts again (after changes elsewhere).
    void refresh();

signals:
    void queryFailed(const QString &message);

private:
    struct Column
    {
        Stage stage;
        qint64 count = 0;
        QMap<QString, qint64> totals;
    };
    bool readStages(QList<Column> *columns);
    bool readCounts(QList<Column> *columns);
    void fail(const QString &message);

    // Counts read before, per filter, while nothing has been written since (the event log's last id):
    // clearing a search shows the whole pipeline's counts again without counting it again.
    struct Counts
    {
        DealFilter filter;
        qint64 version = -1;
        QHash<qint64, std::pair<qint64, QMap<QString, qint64>>> byStage; // count and totals
    };
    QList<Counts> m_counted; // most recently used last

    DatabasePtr m_db;
    qint64 m_pipelineId = 0;
    QString m_actor;
    QString m_mainCurrency;
    DealFilter m_filter;
    QList<Column> m_stages;
    QString m_lastError;
};
