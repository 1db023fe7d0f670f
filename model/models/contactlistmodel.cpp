#include "contactlistmodel.h"

#include "store/timestamps.h"

#include <QAtomicInteger>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInteger<int> g_nextModel = 1;
} // namespace

ContactListModel::ContactListModel(DatabasePtr db, QObject *parent)
    : LazyTableModel(db, parent)
    , m_phones(db->setting(QStringLiteral("phone.default_region"), PhoneNumbers::defaultRegionFromLocale()))
    , m_hitsTable(QStringLiteral("temp.contact_hits_%1").arg(g_nextModel.fetchAndAddRelaxed(1)))
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("Name"), QStringLiteral("trim(c.given_name || ' ' || c.family_name)"), {QStringLiteral("c.name_key")}},
        {tr("Company"), QStringLiteral("(SELECT name FROM company WHERE id = c.company_id)"),
         {QStringLiteral("c.company_key"), QStringLiteral("c.name_key")}},
        {tr("Position"), QStringLiteral("c.position"), {}},
        {tr("E-mail"),
         QStringLiteral("(SELECT value FROM contact_channel WHERE contact_id = c.id AND kind = 'email' "
                        "ORDER BY position LIMIT 1)"),
         {}},
        {tr("Phone"),
         QStringLiteral("(SELECT value FROM contact_channel WHERE contact_id = c.id AND kind = 'phone' "
                        "ORDER BY position LIMIT 1)"),
         {}},
        {tr("Owner"), QStringLiteral("c.owner"), {QStringLiteral("c.owner"), QStringLiteral("c.name_key")}},
        {tr("Created"), QStringLiteral("c.created_at"), {QStringLiteral("c.created_at")}, right},
    });
    m_sql = m_filter.toSql(m_phones);
    connect(db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("contact") || entity == QLatin1String("company"))
            refresh();
    });
    refresh();
}

ContactListModel::~ContactListModel()
{
    QSqlQuery q(database()->connection());
    q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_hitsTable));
}

QString ContactListModel::fromClause() const
{
    return QStringLiteral("contact c");
}

void ContactListModel::setFilter(const ContactFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ContactListModel::setSearchText(const QString &text)
{
    ContactFilter f = m_filter;
    f.search = text;
    setFilter(f);
}

void ContactListModel::prepareFilter()
{
    m_sql = m_filter.toSql(m_phones);
    QSqlQuery q(database()->connection());
    q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_hitsTable));
    // The full-text part is evaluated once per filter into a temporary table, not once per page.
    const QString fts = QStringLiteral("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)");
    const int at = int(m_sql.where.indexOf(fts));
    if (at < 0)
        return;
    const int bindIndex = int(m_sql.where.left(at).count(QLatin1Char('?')));
    q.prepare(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY)").arg(m_hitsTable));
    if (!q.exec())
        return;
    q.prepare(QStringLiteral("INSERT INTO %1 (id) SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?")
                  .arg(m_hitsTable));
    q.addBindValue(m_sql.binds.at(bindIndex));
    if (!q.exec())
        return; // the plain subquery stays in place and reports the error when it runs
    m_sql.where.replace(at, fts.size(), QStringLiteral("c.id IN %1").arg(m_hitsTable));
    m_sql.binds.removeAt(bindIndex);
}

QVariant ContactListModel::display(int column, const QVariant &raw) const
{
    if (column == CreatedColumn) {
        const QDateTime utc = Timestamps::fromText(raw.toString());
        return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QVariant();
    }
    return raw;
}
