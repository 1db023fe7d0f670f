#pragma once

#include "crm/deal.h"
#include "store/database.h"

#include <QHash>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableWidget;

// The line items of a deal as an editable table: name, quantity, unit price, discount and the total,
// computed exactly as the service will (LineItemMath) while typing. Products are picked from the
// catalogue by name or SKU; a cell that does not read as a number is marked and explained.
class LineItemsEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        QuantityColumn,
        PriceColumn,
        DiscountColumn,
        TotalColumn,
        ColumnCount
    };

    LineItemsEditor(DatabasePtr db, QWidget *parent = nullptr);

    void setCurrency(const QString &currency);
    void setItems(const QList<LineItem> &items);
    // The items as typed, or nothing with the reason (naming the row and the column) in error.
    std::optional<QList<LineItem>> items(QString *error, int *badRow = nullptr,
                                         int *badColumn = nullptr) const;
    // The sum of the rows that read; nothing when one does not.
    std::optional<qint64> total() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    QTableWidget *table() const { return m_table; }
    QLineEdit *productSearch() const { return m_productSearch; }
    QLabel *totalLabel() const { return m_total; }
    // Adds a row for a product of the catalogue (its name and price); false when there is none.
    bool addProduct(qint64 productId);
    void addEmptyRow();
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
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_note = nullptr;
};
