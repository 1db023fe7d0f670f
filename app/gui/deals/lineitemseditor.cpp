#include "lineitemseditor.h"

#include "crm/lineitemmath.h"
#include "crm/productservice.h"
#include "dealinput.h"
#include "guiutil.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kProductRole = Qt::UserRole + 1;
constexpr int kMatches = 20;

QString columnName(int column)
{
    switch (column) {
    case LineItemsEditor::NameColumn:
        return LineItemsEditor::tr("Name");
    case LineItemsEditor::QuantityColumn:
        return LineItemsEditor::tr("Quantity");
    case LineItemsEditor::UnitColumn:
        return LineItemsEditor::tr("Unit");
    case LineItemsEditor::PriceColumn:
        return LineItemsEditor::tr("Unit price");
    case LineItemsEditor::DiscountColumn:
        return LineItemsEditor::tr("Discount %");
    case LineItemsEditor::TaxColumn:
        return LineItemsEditor::tr("Tax %");
    case LineItemsEditor::TotalColumn:
        return LineItemsEditor::tr("Net total");
    }
    return {};
}

} // namespace

LineItemsEditor::LineItemsEditor(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    m_productSearch = new QLineEdit(this);
    m_productSearch->setObjectName(QStringLiteral("productSearch"));
    m_productSearch->setPlaceholderText(tr("Add a product: type its name or SKU…"));
    m_productSearch->setClearButtonEnabled(true);
    m_productMatches = new QStringListModel(this);
    m_completer = new QCompleter(m_productMatches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kMatches);
    m_productSearch->setCompleter(m_completer);
    m_addLine = new QPushButton(tr("Add &Line"), this);
    m_addLine->setObjectName(QStringLiteral("addLine"));
    m_addLine->setToolTip(tr("Adds the product typed on the left, or a line named as typed"));
    m_remove = new QPushButton(tr("&Remove Line"), this);
    m_remove->setEnabled(false);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("lineItems"));
    QStringList headers;
    for (int c = 0; c < ColumnCount; ++c)
        headers.append(columnName(c));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = QuantityColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("lineItemsTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_total->setTextFormat(Qt::PlainText);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_productSearch, 1);
    top->addWidget(m_addLine);
    top->addWidget(m_remove);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_productSearch, &QLineEdit::textEdited, this, &LineItemsEditor::searchProducts);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                if (m_productIds.contains(text) && addProduct(m_productIds.value(text))) {
                    // After the completer has written the text into the field.
                    QMetaObject::invokeMethod(m_productSearch, &QLineEdit::clear, Qt::QueuedConnection);
                }
            });
    connect(m_addLine, &QPushButton::clicked, this, &LineItemsEditor::addTypedLine);
    connect(m_productSearch, &QLineEdit::returnPressed, this, [this] {
        // Enter on a line of the popup is the completer's; Enter in the field adds what was typed.
        if (!m_completer->popup()->isVisible())
            addTypedLine();
    });
    connect(m_remove, &QPushButton::clicked, this, &LineItemsEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_modified = true;
        recompute();
        emit changed();
    });
    recompute();
}

void LineItemsEditor::setCurrency(const QString &currency)
{
    m_currency = currency;
    recompute();
}

void LineItemsEditor::addRow(const LineItem &item)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(item.name);
    name->setData(kProductRole, item.productId);
    m_table->setItem(row, NameColumn, name);
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    auto *quantity = new QTableWidgetItem(DealInput::quantityText(item.quantityMilli));
    quantity->setTextAlignment(right);
    m_table->setItem(row, QuantityColumn, quantity);
    m_table->setItem(row, UnitColumn, new QTableWidgetItem(item.unit));
    auto *price = new QTableWidgetItem(DealInput::amountText(item.unitPriceMinor, m_currency));
    price->setTextAlignment(right);
    m_table->setItem(row, PriceColumn, price);
    auto *discount = new QTableWidgetItem(DealInput::percentText(item.discountBp));
    discount->setTextAlignment(right);
    m_table->setItem(row, DiscountColumn, discount);
    auto *tax = new QTableWidgetItem(DealInput::percentText(item.taxBp));
    tax->setTextAlignment(right);
    m_table->setItem(row, TaxColumn, tax);
    auto *total = new QTableWidgetItem;
    total->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    total->setTextAlignment(right);
    m_table->setItem(row, TotalColumn, total);
    m_filling = filling;
}

void LineItemsEditor::setItems(const QList<LineItem> &items)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const LineItem &item : items)
        addRow(item);
    m_filling = false;
    m_modified = false;
    recompute();
}

std::optional<QList<LineItem>> LineItemsEditor::items(QString *error, int *badRow, int *badColumn) const
{
    QList<LineItem> result;
    auto fail = [&](int row, int column, const QString &why) {
        if (error)
            *error = tr("Line item %1, %2: %3").arg(row + 1).arg(columnName(column), why);
        if (badRow)
            *badRow = row;
        if (badColumn)
            *badColumn = column;
        return std::nullopt;
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        LineItem item;
        item.name = m_table->item(row, NameColumn)->text().trimmed();
        item.productId = m_table->item(row, NameColumn)->data(kProductRole).toLongLong();
        if (item.name.isEmpty())
            return fail(row, NameColumn, tr("a line item needs a name."));
        const QString quantityText = m_table->item(row, QuantityColumn)->text();
        const std::optional<qint64> quantity = DealInput::quantity(quantityText);
        if (!quantity)
            return fail(row, QuantityColumn,
                        tr("“%1” is not a quantity above 0 with at most three decimals.").arg(quantityText));
        const QString priceText = m_table->item(row, PriceColumn)->text();
        const std::optional<qint64> price = DealInput::amount(priceText, m_currency);
        if (!price || *price < 0)
            return fail(row, PriceColumn, tr("“%1” is not a price in %2.").arg(priceText, m_currency));
        const QString discountText = m_table->item(row, DiscountColumn)->text();
        const std::optional<int> discount = DealInput::percentBp(discountText);
        if (!discount)
            return fail(row, DiscountColumn,
                        tr("“%1” is not a discount between 0 and 100 %.").arg(discountText));
        const QString taxText = m_table->item(row, TaxColumn)->text();
        const std::optional<int> tax = DealInput::percentBp(taxText);
        if (!tax)
            return fail(row, TaxColumn, tr("“%1” is not a tax rate between 0 and 100 %.").arg(taxText));
        item.unit = m_table->item(row, UnitColumn)->text().trimmed();
        item.quantityMilli = *quantity;
        item.unitPriceMinor = *price;
        item.discountBp = *discount;
        item.taxBp = *tax;
        const std::optional<qint64> total = LineItemMath::total(*quantity, *price, *discount);
        if (!total)
            return fail(row, TotalColumn, tr("the total is too large to be stored."));
        item.totalMinor = *total;
        result.append(item);
    }
    return result;
}

std::optional<qint64> LineItemsEditor::total() const
{
    const std::optional<LineItemMath::Totals> sums = totals();
    if (!sums)
        return std::nullopt;
    return sums->net;
}

std::optional<LineItemMath::Totals> LineItemsEditor::totals() const
{
    const std::optional<QList<LineItem>> all = items(nullptr);
    if (!all)
        return std::nullopt;
    LineItemMath::Totals sums;
    for (const LineItem &item : *all) {
        if (!LineItemMath::addLine(&sums, item.totalMinor, item.taxBp))
            return std::nullopt;
    }
    return sums;
}

void LineItemsEditor::recompute()
{
    const bool filling = m_filling;
    m_filling = true;
    LineItemMath::Totals sums;
    bool complete = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const std::optional<qint64> quantity =
            DealInput::quantity(m_table->item(row, QuantityColumn)->text());
        const std::optional<qint64> price =
            DealInput::amount(m_table->item(row, PriceColumn)->text(), m_currency);
        const std::optional<int> discount = DealInput::percentBp(m_table->item(row, DiscountColumn)->text());
        const std::optional<int> tax = DealInput::percentBp(m_table->item(row, TaxColumn)->text());
        const QList<std::pair<int, bool>> cells = {{QuantityColumn, bool(quantity)},
                                                   {PriceColumn, price && *price >= 0},
                                                   {DiscountColumn, bool(discount)},
                                                   {TaxColumn, bool(tax)}};
        for (const auto &[column, ok] : cells) {
            QTableWidgetItem *cell = m_table->item(row, column);
            cell->setForeground(ok ? palette().text() : QBrush(QColor(0xc6, 0x28, 0x28)));
            cell->setToolTip(ok ? QString() : tr("Not a number this column takes; see the message below."));
        }
        std::optional<qint64> total;
        if (quantity && price && *price >= 0 && discount)
            total = LineItemMath::total(*quantity, *price, *discount);
        m_table->item(row, TotalColumn)
            ->setText(total ? DealInput::amountText(*total, m_currency) : QStringLiteral("—"));
        if (!total || !tax || !LineItemMath::addLine(&sums, *total, *tax))
            complete = false;
    }
    m_filling = filling;
    const auto money = [this](qint64 minor) {
        return tr("%1 %2").arg(DealInput::amountText(minor, m_currency), m_currency);
    };
    m_total->setText(
        complete
            ? tr("Net: %1 · Tax: %2 · Total: %3").arg(money(sums.net), money(sums.tax), money(sums.gross))
            : tr("Total: —"));
    QString error;
    if (!complete && !items(&error))
        m_note->setText(error);
    else
        m_note->setText(m_table->rowCount() == 0 ? tr("No line items yet.") : QString());
}

void LineItemsEditor::searchProducts(const QString &text)
{
    m_productIds.clear();
    QStringList shown;
    if (!text.trimmed().isEmpty()) {
        const Result<QList<Product>> found =
            ProductService(m_db, GuiUtil::actor()).list(text, true, kMatches);
        if (found) {
            for (const Product &p : *found) {
                QString line =
                    p.sku.isEmpty()
                        ? tr("%1 · %2 %3")
                              .arg(p.name, DealInput::amountText(p.priceMinor, p.currency), p.currency)
                        : tr("%1 (%2) · %3 %4")
                              .arg(p.name, p.sku, DealInput::amountText(p.priceMinor, p.currency),
                                   p.currency);
                m_productIds.insert(line, p.id);
                shown.append(line);
            }
        }
    }
    m_productMatches->setStringList(shown);
    if (!shown.isEmpty())
        m_completer->complete();
}

bool LineItemsEditor::addProduct(qint64 productId)
{
    const Result<Product> p = ProductService(m_db, GuiUtil::actor()).get(productId);
    if (!p) {
        GuiUtil::showError(this, tr("Add Product"), p.error());
        return false;
    }
    LineItem item;
    item.productId = p->id;
    item.name = p->name;
    item.quantityMilli = 1000;
    item.unit = p->unit;
    item.taxBp = p->taxBp;
    // A price in another currency is not converted: the line starts at 0 for the user to fill in.
    item.unitPriceMinor = p->currency == m_currency ? p->priceMinor : 0;
    addRow(item);
    m_modified = true;
    recompute();
    if (p->currency != m_currency) {
        m_note->setText(tr("“%1” is priced in %2 and the deal in %3: enter its price in %3.")
                            .arg(p->name, p->currency, m_currency));
    }
    m_table->setCurrentCell(m_table->rowCount() - 1, QuantityColumn);
    emit changed();
    return true;
}

void LineItemsEditor::addEmptyRow()
{
    LineItem item;
    item.name = tr("New item");
    addRow(item);
    m_modified = true;
    recompute();
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    emit changed();
}

void LineItemsEditor::addTypedLine()
{
    const QString typed = m_productSearch->text().trimmed();
    if (typed.isEmpty()) {
        addEmptyRow();
        return;
    }
    qint64 productId = m_productIds.value(typed); // a line of the picker's list
    if (productId == 0) {
        const Result<QList<Product>> found =
            ProductService(m_db, GuiUtil::actor()).list(typed, true, kMatches);
        if (found) {
            for (const Product &p : *found) {
                if (p.name.compare(typed, Qt::CaseInsensitive) == 0 ||
                    (!p.sku.isEmpty() && p.sku.compare(typed, Qt::CaseInsensitive) == 0)) {
                    productId = p.id;
                    break;
                }
            }
        }
    }
    m_completer->popup()->hide();
    if (productId > 0 && addProduct(productId)) {
        m_productSearch->clear();
        return;
    }
    // Not in the catalogue: a line of its own, named as typed, with its price to fill in.
    LineItem item;
    item.name = typed;
    addRow(item);
    m_modified = true;
    recompute();
    m_productSearch->clear();
    m_table->setCurrentCell(m_table->rowCount() - 1, PriceColumn);
    m_table->setFocus();
    emit changed();
}

void LineItemsEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_modified = true;
    recompute();
    emit changed();
}
