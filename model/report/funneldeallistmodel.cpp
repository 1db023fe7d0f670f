#include "funneldeallistmodel.h"

#include "store/money.h"
#include "store/timestamps.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

FunnelDealListModel::FunnelDealListModel(DatabasePtr db, QString actor, const FunnelFilter &filter,
                                         const FunnelCell &cell, QObject *parent)
    : LazyTableModel(db, parent)
    , m_actor(std::move(actor))
    , m_filter(filter)
    , m_cell(cell)
{
    setUp();
}

FunnelDealListModel::FunnelDealListModel(DatabasePtr db, QString where, QVariantList binds, int count,
                                         QObject *parent)
    : LazyTableModel(db, parent)
    , m_given(true)
    , m_where(std::move(where))
    , m_binds(std::move(binds))
    , m_count(count)
{
    setUp();
}

void FunnelDealListModel::setUp()
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("No."), QStringLiteral("d.id"), {}, right},
        {tr("Title"), QStringLiteral("d.title"), {QStringLiteral("d.title")}},
        {tr("Stage"), QStringLiteral("(SELECT name FROM stage WHERE id = d.stage_id)"), {}},
        {tr("Amount"),
         QStringLiteral("d.amount_minor"),
         {QStringLiteral("d.currency"), QStringLiteral("d.amount_minor")},
         right},
        {tr("Currency"), QStringLiteral("d.currency"), {}},
        {tr("Owner"),
         QStringLiteral(
             "coalesce((SELECT nullif(display_name, '') FROM app_user WHERE login = d.owner), d.owner)"),
         {QStringLiteral("d.owner")}},
        {tr("Created"), QStringLiteral("d.created_at"), {QStringLiteral("d.created_at")}},
    });
    refresh();
}

void FunnelDealListModel::prepareFilter()
{
    if (m_given)
        return;
    m_binds.clear();
    const Result<QString> where = FunnelQuery(database(), m_actor).drillDownWhere(m_filter, m_cell, &m_binds);
    if (!where) {
        m_where = QStringLiteral("0");
        m_binds.clear();
        emit queryFailed(where.error().fullText());
        return;
    }
    m_where = *where;
    m_count = -1;
}

Result<int> FunnelDealListModel::countOf(const DatabasePtr &db, const QString &where,
                                         const QVariantList &binds)
{
    if (where.endsWith(QLatin1String(" AND 0")))
        return 0; // no deal can be behind it (the Lost band of the reached funnel)
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM deal d INDEXED BY deal_funnel WHERE ") + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return StoreError::make(StoreError::Code::Sql, tr("Counting the deals failed."),
                                q.lastError().text());
    return q.value(0).toInt();
}

int FunnelDealListModel::countRows()
{
    if (m_count < 0) {
        const Result<int> n = countOf(database(), m_where, m_binds);
        if (!n) {
            emit queryFailed(n.error().fullText());
            return 0;
        }
        m_count = *n;
    }
    return m_count;
}

QVariant FunnelDealListModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == AmountColumn && role == Qt::DisplayRole) {
        const QVariant minor = LazyTableModel::data(index, role);
        if (!minor.isValid())
            return {};
        const QString currency = LazyTableModel::data(index.siblingAtColumn(CurrencyColumn), role).toString();
        return tr("%1 %2").arg(Money(minor.toLongLong(), currency).toString(QLocale()), currency);
    }
    return LazyTableModel::data(index, role);
}

QVariant FunnelDealListModel::display(int column, const QVariant &raw) const
{
    if (column == CreatedColumn) {
        const QDateTime at = Timestamps::fromText(raw.toString());
        return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
    }
    return raw;
}
