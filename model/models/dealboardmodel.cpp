#include "dealboardmodel.h"

#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "store/eventlog.h"
#include "store/money.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

DealBoardModel::DealBoardModel(DatabasePtr db, qint64 pipelineId, QString actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_pipelineId(pipelineId)
    , m_actor(std::move(actor))
    , m_mainCurrency(m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR")))
{
    m_filter.pipelineId = m_pipelineId;
    connect(m_db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("deal") || entity == QLatin1String("stage") ||
            entity == QLatin1String("pipeline")) {
            refresh();
        }
    });
    refresh();
}

int DealBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int DealBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DealBoardModel::rowOfStage(qint64 stageId) const
{
    for (int row = 0; row < m_stages.size(); ++row) {
        if (m_stages.at(row).stage.id == stageId)
            return row;
    }
    return -1;
}

QVariant DealBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &c = m_stages.at(index.row());
    const qint64 mainTotal = c.totals.value(m_mainCurrency);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StageColumn:
            return c.stage.name;
        case CountColumn:
            return c.count;
        case TotalColumn:
            return tr("%1 %2").arg(Money(mainTotal, m_mainCurrency).toString(QLocale()), m_mainCurrency);
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == StageColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                 : Qt::AlignRight | Qt::AlignVCenter);
    case StageIdRole:
        return c.stage.id;
    case StageKindRole:
        return int(c.stage.kind);
    case ColourRole:
        return c.stage.colour;
    case CheckpointRole:
        return c.stage.checkpointDays;
    case CountRole:
        return c.count;
    case TotalMinorRole:
        return mainTotal;
    case TotalsRole: {
        QVariantMap totals;
        for (auto it = c.totals.cbegin(); it != c.totals.cend(); ++it)
            totals.insert(it.key(), it.value());
        return totals;
    }
    }
    return {};
}

QVariant DealBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case CountColumn:
        return tr("Deals");
    case TotalColumn:
        return tr("Amount");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void DealBoardModel::setOwnerFilter(const QString &login)
{
    if (login == m_filter.owner)
        return;
    m_filter.owner = login;
    refresh();
}

void DealBoardModel::setSearchText(const QString &text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    refresh();
}

void DealBoardModel::fail(const QString &message)
{
    m_lastError = message;
    emit queryFailed(message);
}

bool DealBoardModel::readStages(QList<Column> *columns)
{
    QSqlDatabase db = m_db->connection();
    Result<QList<Stage>> stages = PipelineService::stagesIn(db, m_pipelineId);
    if (!stages) {
        fail(stages.error().fullText());
        return false;
    }
    for (const Stage &s : std::as_const(*stages))
        columns->append({s, 0, {}});
    return true;
}

bool DealBoardModel::readCounts(QList<Column> *columns)
{
    constexpr int kKeptCounts = 4;
    QSqlDatabase db = m_db->connection();
    const qint64 version = EventLog::lastId(db);
    const auto sameFilter = [this](const Counts &c) {
        return c.filter.pipelineId == m_filter.pipelineId && c.filter.owner == m_filter.owner &&
               c.filter.search == m_filter.search;
    };
    for (int i = 0; i < m_counted.size(); ++i) {
        if (!sameFilter(m_counted.at(i)) || m_counted.at(i).version != version)
            continue;
        m_counted.move(i, m_counted.size() - 1);
        const Counts &known = m_counted.constLast();
        for (Column &c : *columns) {
            const auto it = known.byStage.constFind(c.stage.id);
            if (it != known.byStage.constEnd()) {
                c.count = it->first;
                c.totals = it->second;
            }
        }
        return true;
    }
    DealService deals(m_db, m_actor);
    const Result<DealService::BoardSql> sql = deals.boardSql(db, m_filter);
    if (!sql) {
        fail(sql.error().fullText());
        return false;
    }
    // Grouped by stage and currency, this reads the board index (pipeline, stage, currency, amount) alone,
    // or a search's matches alone.
    const QString &k = sql->keys;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1.stage_id, %1.currency, count(*), sum(%1.amount_minor) FROM %2 WHERE %3 "
                       "GROUP BY %1.stage_id, %1.currency")
            .arg(k, sql->keysFrom, sql->where));
    for (const QVariant &b : std::as_const(sql->binds))
        q.addBindValue(b);
    if (!q.exec()) {
        fail(q.lastError().text());
        return false;
    }
    QHash<qint64, int> rowOf;
    for (int row = 0; row < columns->size(); ++row)
        rowOf.insert(columns->at(row).stage.id, row);
    while (q.next()) {
        const int row = rowOf.value(q.value(0).toLongLong(), -1);
        if (row < 0)
            continue; // a deleted stage still holding deals is not a column of the board
        Column &c = (*columns)[row];
        c.count += q.value(2).toLongLong();
        c.totals[q.value(1).toString()] += q.value(3).toLongLong();
    }
    m_counted.removeIf([&](const Counts &c) { return sameFilter(c); });
    Counts counted;
    counted.filter = m_filter;
    counted.version = version;
    for (const Column &c : std::as_const(*columns))
        counted.byStage.insert(c.stage.id, {c.count, c.totals});
    m_counted.append(std::move(counted));
    while (m_counted.size() > kKeptCounts)
        m_counted.removeFirst();
    return true;
}

void DealBoardModel::refresh()
{
    m_lastError.clear();
    QList<Column> columns;
    if (readStages(&columns))
        readCounts(&columns);
    bool sameStages = columns.size() == m_stages.size();
    for (int row = 0; sameStages && row < columns.size(); ++row) {
        const Stage &a = columns.at(row).stage;
        const Stage &b = m_stages.at(row).stage;
        sameStages = a.id == b.id && a.name == b.name && a.colour == b.colour &&
                     a.checkpointDays == b.checkpointDays && a.kind == b.kind;
    }
    if (!sameStages) {
        beginResetModel();
        m_stages = columns;
        endResetModel();
        return;
    }
    m_stages = columns;
    if (!m_stages.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_stages.size()) - 1, ColumnCount - 1));
}
