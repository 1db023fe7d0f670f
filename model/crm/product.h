#pragma once

#include <QString>

// An entry of the product catalogue: what line items of deals are picked from.
struct Product
{
    qint64 id = 0;
    QString name;
    QString sku; // empty, or unique in the catalogue
    QString unit;
    qint64 priceMinor = 0; // in the product's currency
    QString currency;      // empty on create: the database's default currency
    int taxBp = 0;         // hundredths of a percent: 1900 = 19%
    bool active = true;    // inactive products stay on old deals but are not offered for new items
};
