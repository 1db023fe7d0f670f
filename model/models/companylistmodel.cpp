#include "companylistmodel.h"

#include "crm/usernames.h"
#include "store/timestamps.h"
#include "text/displaytime.h"
#include "text/textfold.h"

CompanyListModel::CompanyListModel(DatabasePtr db, QObject *parent)
    : LazyTableModel(db, parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        {tr("Name"), QStringLiteral("co.name"), {QStringLiteral("co.name_key")}},
        {tr("Industry"),
         QStringLiteral("co.industry"),
         {QStringLiteral("co.industry"), QStringLiteral("co.name_key")}},
        {tr("Website"), QStringLiteral("co.website"), {}},
        {tr("Phone"),
         QStringLiteral("(SELECT value FROM company_channel WHERE company_id = co.id AND kind = 'phone' "
                        "ORDER BY position LIMIT 1)"),
         {}},
        {tr("Contacts"),
         QStringLiteral("(SELECT count(*) FROM contact WHERE company_id = co.id AND deleted_at IS NULL)"),
         {},
         right},
        {tr("Owner"), UserNames::sqlName(QStringLiteral("co.owner")), {}},
        {tr("Created"), QStringLiteral("co.created_at"), {QStringLiteral("co.created_at")}, right},
    });
    connect(db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("contact") || entity == QLatin1String("company") ||
            entity == QLatin1String("user"))
            refresh();
    });
    refresh();
}

void CompanyListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

void CompanyListModel::setShowTrash(bool trash)
{
    if (trash == m_trash)
        return;
    m_trash = trash;
    refresh();
}

void CompanyListModel::setIndustry(const QString &industry)
{
    if (industry == m_industry)
        return;
    m_industry = industry;
    refresh();
}

QString CompanyListModel::whereClause() const
{
    QStringList parts;
    parts << (m_trash ? QStringLiteral("co.deleted_at IS NOT NULL")
                      : QStringLiteral("co.deleted_at IS NULL"));
    const QStringList words = TextFold::words(m_search);
    if (words.isEmpty() && !m_search.trimmed().isEmpty())
        parts << QStringLiteral("0"); // only punctuation: nothing to find, so nothing found
    if (!words.isEmpty()) {
        parts << (m_trash
                      ? QStringLiteral("co.name_key LIKE ?")
                      : QStringLiteral("co.id IN (SELECT rowid FROM company_fts WHERE company_fts MATCH ?)"));
    }
    if (!m_industry.isEmpty())
        parts << QStringLiteral("co.industry = ?");
    return parts.join(QStringLiteral(" AND "));
}

QVariantList CompanyListModel::whereBinds() const
{
    QVariantList binds;
    const QStringList words = TextFold::words(m_search);
    if (!words.isEmpty()) {
        if (m_trash) {
            binds << QVariant(QLatin1Char('%') + words.join(QLatin1Char('%')) + QLatin1Char('%'));
        } else {
            QStringList terms;
            for (const QString &w : words)
                terms << QLatin1Char('"') + w + QStringLiteral("\"*");
            binds << terms.join(QLatin1Char(' '));
        }
    }
    if (!m_industry.isEmpty())
        binds << m_industry;
    return binds;
}

QVariant CompanyListModel::display(int column, const QVariant &raw) const
{
    if (column == CreatedColumn) {
        const QDateTime utc = Timestamps::fromText(raw.toString());
        return utc.isValid() ? DisplayTime::dateTime(utc) : QVariant();
    }
    return raw;
}
