#include "productservice.h"

#include "store/eventlog.h"
#include "store/money.h"
#include "store/transaction.h"
#include "text/textcheck.h"
#include "userservice.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kEntity = QStringLiteral("product");
const QString kColumns =
    QStringLiteral("SELECT id, name, sku, unit, price_minor, currency, tax_bp, active FROM product ");

StoreError sqlError(const QSqlQuery &q)
{
    return StoreError::make(StoreError::Code::Sql,
                            ProductService::tr("Reading or saving the product failed; nothing was changed."),
                            q.lastError().text());
}

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.unit = q.value(3).toString();
    p.priceMinor = q.value(4).toLongLong();
    p.currency = q.value(5).toString();
    p.taxBp = q.value(6).toInt();
    p.active = q.value(7).toBool();
    return p;
}

QString likePattern(const QString &text)
{
    QString pattern = text.trimmed();
    pattern.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace

ProductService::ProductService(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

StoreError ProductService::check(const Product &p) const
{
    if (p.name.trimmed().isEmpty())
        return StoreError::invalid(tr("A product needs a name."));
    if (const QString e = TextCheck::problem(tr("The product name"), p.name, 300); !e.isEmpty())
        return StoreError::invalid(e);
    if (const QString e = TextCheck::problem(tr("The SKU"), p.sku, 100); !e.isEmpty())
        return StoreError::invalid(e);
    if (const QString e = TextCheck::problem(tr("The unit"), p.unit, 30); !e.isEmpty())
        return StoreError::invalid(e);
    if (p.priceMinor < 0)
        return StoreError::invalid(tr("The price of “%1” cannot be negative.").arg(p.name.trimmed()));
    if (!p.currency.isEmpty() && !Money::isCurrencyCode(p.currency.toUpper()))
        return StoreError::invalid(tr("“%1” is not a currency code such as EUR or RON.").arg(p.currency));
    if (p.taxBp < 0 || p.taxBp > 10000)
        return StoreError::invalid(tr("A tax rate is between 0 and 100 %."));
    return {};
}

Status ProductService::requireEditor(QSqlDatabase &db) const
{
    Result<User> actor = UserService::actingIn(db, m_actor);
    if (!actor)
        return actor.error();
    if (actor->role == User::Role::SalesManager) {
        return StoreError::make(StoreError::Code::Denied,
                                tr("Sales managers pick products from the catalogue; a process owner, "
                                   "director or administrator edits it."));
    }
    return okStatus();
}

Result<QList<Product>> ProductService::list(const QString &text, bool activeOnly, int limit) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    QString where = QStringLiteral("1");
    if (activeOnly)
        where += QStringLiteral(" AND active = 1");
    if (!text.trimmed().isEmpty())
        where += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR sku LIKE ? ESCAPE '\\')");
    q.prepare(kColumns + QStringLiteral("WHERE ") + where +
              QStringLiteral(" ORDER BY name COLLATE NOCASE, id LIMIT ?"));
    if (!text.trimmed().isEmpty()) {
        q.addBindValue(likePattern(text));
        q.addBindValue(likePattern(text));
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<Product> products;
    while (q.next())
        products.append(productFrom(q));
    return products;
}

Result<Product> ProductService::get(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return StoreError::notFound(tr("There is no product with the id %1.").arg(id));
    return productFrom(q);
}

Result<qint64> ProductService::count() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM product")) || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Result<qint64> ProductService::create(const Product &in)
{
    if (StoreError e = check(in); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = requireEditor(db); !s)
        return s.error();
    const QString currency = in.currency.isEmpty()
                                 ? m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR"))
                                 : in.currency.toUpper();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO product (name, sku, unit, price_minor, currency, tax_bp, active) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(in.name.trimmed());
    q.addBindValue(TextCheck::notNull(in.sku.trimmed()));
    q.addBindValue(TextCheck::notNull(in.unit.trimmed()));
    q.addBindValue(in.priceMinor);
    q.addBindValue(currency);
    q.addBindValue(in.taxBp);
    q.addBindValue(in.active ? 1 : 0);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067")) // SQLITE_CONSTRAINT_UNIQUE
            return StoreError::invalid(tr("Another product has the SKU “%1”.").arg(in.sku.trimmed()));
        return sqlError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = EventLog::append(db, QStringLiteral("product.created"), kEntity, id, m_actor,
                                    {{QStringLiteral("name"), in.name.trimmed()}});
        !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    emit m_db->notifier()->changed(kEntity, {id});
    return id;
}

Status ProductService::update(const Product &p)
{
    if (StoreError e = check(p); e.isError())
        return e;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = requireEditor(db); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE product SET name = ?, sku = ?, unit = ?, price_minor = ?, "
                       "currency = coalesce(nullif(?, ''), currency), tax_bp = ?, active = ? WHERE id = ?"));
    q.addBindValue(p.name.trimmed());
    q.addBindValue(TextCheck::notNull(p.sku.trimmed()));
    q.addBindValue(TextCheck::notNull(p.unit.trimmed()));
    q.addBindValue(p.priceMinor);
    q.addBindValue(TextCheck::notNull(p.currency.toUpper()));
    q.addBindValue(p.taxBp);
    q.addBindValue(p.active ? 1 : 0);
    q.addBindValue(p.id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return StoreError::invalid(tr("Another product has the SKU “%1”.").arg(p.sku.trimmed()));
        return sqlError(q);
    }
    if (q.numRowsAffected() == 0)
        return StoreError::notFound(tr("There is no product with the id %1.").arg(p.id));
    if (Status s = EventLog::append(db, QStringLiteral("product.updated"), kEntity, p.id, m_actor,
                                    {{QStringLiteral("name"), p.name.trimmed()}});
        !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit m_db->notifier()->changed(kEntity, {p.id});
    return okStatus();
}

Status ProductService::setActive(qint64 id, bool active)
{
    const Result<Product> p = get(id);
    if (!p)
        return p.error();
    Product changed = *p;
    changed.active = active;
    return update(changed);
}
