#include "recorddealsmodel.h"

#include "crm/dealservice.h"
#include "crm/usernames.h"
#include "store/money.h"
#include "store/timestamps.h"
#include "text/displaytime.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

RecordDealsModel::RecordDealsModel(DatabasePtr db, QString actor, Party party, qint64 recordId,
                                   QObject *parent)
    : LazyTableModel(db, parent)
    , m_actor(std::move(actor))
    , m_party(party)
    , m_recordId(recordId)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("Title"), QStringLiteral("d.title"), {QStringLiteral("d.title")}},
        {tr("Stage"),
         QStringLiteral("(SELECT name FROM stage WHERE id = d.stage_id)"),
         {QStringLiteral("d.pipeline_id"), QStringLiteral("d.stage_id")}},
        {tr("Amount"),
         QStringLiteral("d.amount_minor"),
         {QStringLiteral("d.currency"), QStringLiteral("d.amount_minor")},
         right},
        {tr("Owner"), UserNames::sqlName(QStringLiteral("d.owner")), {QStringLiteral("d.owner")}},
        {tr("Created"), QStringLiteral("d.created_at"), {QStringLiteral("d.created_at")}, right},
        {tr("Pipeline"), QStringLiteral("(SELECT name FROM pipeline WHERE id = d.pipeline_id)"), {}},
        {tr("Currency"), QStringLiteral("d.currency"), {}},
    });
    connect(db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("deal") || entity == QLatin1String("stage") ||
            entity == QLatin1String("pipeline") || entity == QLatin1String("user")) {
            refresh();
        }
    });
    sort(CreatedColumn, Qt::DescendingOrder); // newest first; reads the list
}

QString RecordDealsModel::pageFromClause() const
{
    return m_party == Party::Contact ? QStringLiteral("deal d INDEXED BY deal_by_contact")
                                     : QStringLiteral("deal d INDEXED BY deal_by_company");
}

int RecordDealsModel::countRows()
{
    QSqlQuery q(database()->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(pageFromClause(), whereClause()));
    for (const QVariant &v : std::as_const(m_binds))
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    emit queryFailed(q.lastError().text());
    return 0;
}

QVariant RecordDealsModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == AmountColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QVariant minor = LazyTableModel::data(index, Qt::DisplayRole);
        if (!minor.isValid())
            return {};
        const QString currency = LazyTableModel::data(index.siblingAtColumn(CurrencyColumn)).toString();
        return tr("%1 %2").arg(Money(minor.toLongLong(), currency).toString(QLocale()), currency);
    }
    if (index.column() == StageColumn && role == Qt::ToolTipRole) {
        return tr("%1 › %2").arg(LazyTableModel::data(index.siblingAtColumn(PipelineColumn)).toString(),
                                 LazyTableModel::data(index).toString());
    }
    return LazyTableModel::data(index, role);
}

void RecordDealsModel::prepareFilter()
{
    QSqlDatabase db = database()->connection();
    m_binds.clear();
    const Result<QString> visible = DealService(database(), m_actor).visibleWhere(db, DealFilter(), &m_binds);
    if (!visible) {
        m_where = QStringLiteral("0");
        m_binds.clear();
        emit queryFailed(visible.error().fullText());
        return;
    }
    m_where = *visible + (m_party == Party::Contact ? QStringLiteral(" AND d.contact_id = ?")
                                                    : QStringLiteral(" AND d.company_id = ?"));
    m_binds << m_recordId;
}

QVariant RecordDealsModel::display(int column, const QVariant &raw) const
{
    if (column == CreatedColumn) {
        const QDateTime at = Timestamps::fromText(raw.toString());
        return at.isValid() ? DisplayTime::dateTime(at) : QString();
    }
    return raw;
}
