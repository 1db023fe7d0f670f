#include "dealcolumnmodel.h"

#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "store/money.h"
#include "store/timestamps.h"

#include <QLocale>

DealColumnModel::DealColumnModel(DatabasePtr db, qint64 pipelineId, qint64 stageId, QString actor,
                                 QObject *parent)
    : LazyTableModel(db, parent)
    , m_actor(std::move(actor))
{
    m_filter.pipelineId = pipelineId;
    m_filter.stageId = stageId;
    setKeys(m_keys);
    connect(db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("deal") || entity == QLatin1String("stage") ||
            entity == QLatin1String("contact") || entity == QLatin1String("user")) {
            refresh();
        }
    });
    // The largest deals first, by currency: the board index (pipeline, stage, currency, amount) gives a
    // stage's cards in this order without sorting, however many there are. Sorting reads the first page.
    sort(AmountColumn, Qt::DescendingOrder);
}

void DealColumnModel::setKeys(const QString &keys)
{
    // The sort keys come from the alias the board orders by: the deal, or a search's table of matches.
    m_keys = keys;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("Title"), QStringLiteral("d.title"), {}},
        {tr("Amount"),
         QStringLiteral("d.amount_minor"),
         {keys + QStringLiteral(".currency"), keys + QStringLiteral(".amount_minor")},
         right},
        {tr("Currency"), QStringLiteral("d.currency"), {}},
        {tr("Contact"),
         QStringLiteral(
             "(SELECT trim(given_name || ' ' || family_name) FROM contact WHERE id = d.contact_id)"),
         {}},
        {tr("Owner"),
         QStringLiteral(
             "coalesce((SELECT nullif(display_name, '') FROM app_user WHERE login = d.owner), d.owner)"),
         {}},
        {tr("Late"), QStringLiteral("d.stage_entered_at"), {}},
    });
}

QVariant DealColumnModel::data(const QModelIndex &index, int role) const
{
    if (role == kAmountMinorRole)
        return LazyTableModel::data(index.siblingAtColumn(AmountColumn), Qt::DisplayRole);
    if (index.column() == AmountColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QVariant minor = LazyTableModel::data(index, role);
        if (!minor.isValid())
            return {};
        const QString currency = LazyTableModel::data(index.siblingAtColumn(CurrencyColumn), role).toString();
        return tr("%1 %2").arg(Money(minor.toLongLong(), currency).toString(QLocale()), currency);
    }
    return LazyTableModel::data(index, role);
}

void DealColumnModel::setOwnerFilter(const QString &login)
{
    if (login == m_filter.owner)
        return;
    m_filter.owner = login;
    refresh();
}

void DealColumnModel::setSearchText(const QString &text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    refresh();
}

void DealColumnModel::prepareFilter()
{
    QSqlDatabase db = database()->connection();
    const Result<Stage> stage = PipelineService::stageIn(db, m_filter.stageId);
    m_checkpointDays = stage && stage->kind == Stage::Kind::Open ? stage->checkpointDays : 0;
    DealService deals(database(), m_actor);
    const Result<DealService::BoardSql> sql = deals.boardSql(db, m_filter);
    if (!sql) {
        m_from = m_keysFrom = QStringLiteral("deal d");
        m_where = QStringLiteral("0");
        m_binds.clear();
        emit queryFailed(sql.error().fullText());
        return;
    }
    m_from = sql->from;
    m_keysFrom = sql->keysFrom;
    m_where = sql->where;
    m_binds = sql->binds;
    if (sql->keys != m_keys)
        setKeys(sql->keys);
}

QVariant DealColumnModel::display(int column, const QVariant &raw) const
{
    if (column == LateColumn) {
        if (m_checkpointDays <= 0)
            return false;
        const QDateTime entered = Timestamps::fromText(raw.toString());
        return entered.isValid() && entered.addDays(m_checkpointDays) < Timestamps::now();
    }
    return raw;
}
