#pragma once

#include "crm/deal.h"
#include "crm/lineitemmath.h"
#include "store/database.h"

#include <QHash>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableWidget;

// The line items of a deal as an editable table: name, quantity, unit, unit price, discount, tax rate and
// the net total, computed exactly as the service will (LineItemMath) while typing, with the net, tax and
// gross sums below. Products are picked from the catalogue by name or SKU (their unit and tax rate come
// with them); Add Line adds the product typed in the picker, or a line named as typed. A cell that does
// not read as a number is marked and explained.
class LineItemsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        QuantityColumn,
        UnitColumn,
        PriceColumn,
        DiscountColumn,
        TaxColumn,
        TotalColumn, // net: after the discount, before tax
        ColumnCount
    };

    LineItemsEditor(DatabasePtr db, QWidget *parent = nullptr);

    void setCurrency(const QString &currency);
    void setItems(const QList<LineItem> &items);
    // The items as typed, or nothing with the reason (naming the row and the column) in error.
    std::optional<QList<LineItem>> items(QString *error, int *badRow = nullptr,
                                         int *badColumn = nullptr) const;
    // The net sum of the rows that read; nothing when one does not.
    std::optional<qint64> total() const;
    // Net, tax and gross; nothing when a row does not read.
    std::optional<LineItemMath::Totals> totals() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    QTableWidget *table() const { return m_table; }
    QLineEdit *productSearch() const { return m_productSearch; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *addLineButton() const { return m_addLine; }
    // Adds a row for a product of the catalogue (its name, unit, price and tax rate); false when there is
    // none.
    bool addProduct(qint64 productId);
    void addEmptyRow();
    // What Add Line and Enter in the picker do: the product whose name or SKU (or the picker's line) is
    // exactly what was typed, else a line named as typed; an empty picker adds an empty line to fill in.
    void addTypedLine();
    void removeCurrentRow();

signals:
    void changed();

private:
    void addRow(const LineItem &item);
    void recompute();
    void searchProducts(const QString &text);

    DatabasePtr m_db;
    QString m_currency;
    bool m_modified = false;
    bool m_filling = false;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_productSearch = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_productMatches = nullptr;
    QHash<QString, qint64> m_productIds;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_note = nullptr;
};
