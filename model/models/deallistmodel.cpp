#include "deallistmodel.h"

#include "crm/dealservice.h"
#include "store/money.h"
#include "store/timestamps.h"
#include "text/displaytime.h"

#include <QLocale>

DealListModel::DealListModel(DatabasePtr db, QString actor, QObject *parent)
    : LazyTableModel(db, parent)
    , m_actor(std::move(actor))
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    // Sort keys the indexes serve: the id (newest first), pipeline and stage and amount (the board
    // index), the owner (the owner index). Title and expected close sort by a scan (a top-N sort).
    setColumns({
        {tr("Title"), QStringLiteral("d.title"), {QStringLiteral("d.title")}},
        {tr("Pipeline"),
         QStringLiteral("(SELECT name FROM pipeline WHERE id = d.pipeline_id)"),
         {QStringLiteral("d.pipeline_id")}},
        {tr("Stage"),
         QStringLiteral("(SELECT name FROM stage WHERE id = d.stage_id)"),
         {QStringLiteral("d.pipeline_id"), QStringLiteral("d.stage_id")}},
        {tr("Amount"),
         QStringLiteral("d.amount_minor"),
         {QStringLiteral("d.currency"), QStringLiteral("d.amount_minor")},
         right},
        {tr("Contact"),
         QStringLiteral(
             "(SELECT trim(given_name || ' ' || family_name) FROM contact WHERE id = d.contact_id)"),
         {}},
        {tr("Company"), QStringLiteral("(SELECT name FROM company WHERE id = d.company_id)"), {}},
        {tr("Owner"),
         QStringLiteral(
             "coalesce((SELECT nullif(display_name, '') FROM app_user WHERE login = d.owner), d.owner)"),
         {QStringLiteral("d.owner")}},
        {tr("Expected Close"), QStringLiteral("d.expected_close"), {QStringLiteral("d.expected_close")}},
        {tr("Created"), QStringLiteral("d.created_at"), {QStringLiteral("d.id")}},
        {tr("Currency"), QStringLiteral("d.currency"), {}},
    });
    connect(db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("deal") || entity == QLatin1String("stage") ||
            entity == QLatin1String("pipeline") || entity == QLatin1String("contact") ||
            entity == QLatin1String("company") || entity == QLatin1String("user")) {
            refresh();
        }
    });
    sort(CreatedColumn, Qt::DescendingOrder);
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
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

void DealListModel::setFilter(const DealFilter &filter)
{
    if (filter.pipelineId == m_filter.pipelineId && filter.stageId == m_filter.stageId &&
        filter.owner == m_filter.owner && filter.search == m_filter.search &&
        filter.trash == m_filter.trash) {
        return;
    }
    m_filter = filter;
    refresh();
}

void DealListModel::setPipelineFilter(qint64 pipelineId)
{
    DealFilter f = m_filter;
    f.pipelineId = pipelineId;
    setFilter(f);
}

void DealListModel::setStageFilter(qint64 stageId)
{
    DealFilter f = m_filter;
    f.stageId = stageId;
    setFilter(f);
}

void DealListModel::setOwnerFilter(const QString &login)
{
    DealFilter f = m_filter;
    f.owner = login;
    setFilter(f);
}

void DealListModel::setSearchText(const QString &text)
{
    DealFilter f = m_filter;
    f.search = text;
    setFilter(f);
}

QString DealListModel::pageFromClause() const
{
    // No index orders by these: one sequential scan with a top-N sort (0.4 s at a million deals) beats
    // walking the board index and looking up every row (4 s).
    if (sortColumn() == TitleColumn || sortColumn() == ExpectedCloseColumn)
        return QStringLiteral("deal d NOT INDEXED");
    return fromClause();
}

void DealListModel::prepareFilter()
{
    QSqlDatabase db = database()->connection();
    m_binds.clear();
    const Result<QString> where = DealService(database(), m_actor).visibleWhere(db, m_filter, &m_binds);
    if (!where) {
        m_where = QStringLiteral("0");
        m_binds.clear();
        emit queryFailed(where.error().fullText());
        return;
    }
    m_where = *where;
}

QVariant DealListModel::display(int column, const QVariant &raw) const
{
    if (column == ExpectedCloseColumn) {
        const QDate date = Timestamps::dateFromText(raw.toString());
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    }
    if (column == CreatedColumn) {
        const QDateTime at = Timestamps::fromText(raw.toString());
        return at.isValid() ? DisplayTime::dateTime(at) : QString();
    }
    return raw;
}
