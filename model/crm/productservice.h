#pragma once

#include "product.h"
#include "store/database.h"

// The product catalogue. Everybody reads it; process owners, directors and administrators edit it.
// A product is never deleted (old line items name it); it is made inactive instead.
class ProductService
{
    Q_DECLARE_TR_FUNCTIONS(ProductService)

public:
    ProductService(DatabasePtr db, QString actor);

    // Products whose name or SKU contains text (all when empty), by name, at most limit of them.
    Result<QList<Product>> list(const QString &text = {}, bool activeOnly = false, int limit = 1000) const;
    Result<Product> get(qint64 id) const;
    Result<qint64> count() const;

    Result<qint64> create(const Product &product);
    Status update(const Product &product);
    Status setActive(qint64 id, bool active);

private:
    StoreError check(const Product &product) const;
    Status requireEditor(QSqlDatabase &db) const;

    DatabasePtr m_db;
    QString m_actor;
};
