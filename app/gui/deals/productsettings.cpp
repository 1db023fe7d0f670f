#include "productsettings.h"

#include "crm/productservice.h"
#include "crm/userservice.h"
#include "dealinput.h"
#include "guiutil.h"
#include "store/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// A screenful or two; the search narrows a large catalogue.
constexpr int kShown = 500;

enum ListColumn
{
    NameColumn,
    SkuColumn,
    UnitColumn,
    PriceColumn,
    TaxColumn,
    ActiveColumn
};

} // namespace

ProductSettingsPage::ProductSettingsPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(GuiUtil::actor())
{
    setObjectName(QStringLiteral("productSettings"));
    const Result<User> me = UserService(m_db, m_actor).current();
    m_canEdit = me && me->role != User::Role::SalesManager;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search name or SKU"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("products"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("SKU"), tr("Unit"), tr("Price"), tr("Tax"), tr("Active")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_active = new QPushButton(tr("&Deactivate"), this);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_active);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(middle, 1);
    layout->addWidget(m_note);

    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &ProductSettingsPage::reload);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ProductSettingsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_canEdit)
            editProduct();
    });
    connect(m_add, &QPushButton::clicked, this, &ProductSettingsPage::addProduct);
    connect(m_edit, &QPushButton::clicked, this, &ProductSettingsPage::editProduct);
    connect(m_active, &QPushButton::clicked, this, &ProductSettingsPage::toggleActive);
    reload();
}

qint64 ProductSettingsPage::currentProductId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ProductSettingsPage::reload()
{
    const qint64 selected = currentProductId();
    m_list->clear();
    ProductService service(m_db, m_actor);
    const Result<QList<Product>> products = service.list(m_search->text(), false, kShown);
    if (!products) {
        GuiUtil::showError(this, tr("Products"), products.error());
        return;
    }
    for (const Product &p : *products) {
        auto *item = new QTreeWidgetItem(
            m_list, {p.name, p.sku, p.unit,
                     tr("%1 %2").arg(DealInput::amountText(p.priceMinor, p.currency), p.currency),
                     tr("%1 %").arg(DealInput::percentText(p.taxBp)), p.active ? tr("yes") : tr("no")});
        item->setData(0, Qt::UserRole, p.id);
        item->setData(ActiveColumn, Qt::UserRole, p.active);
        item->setTextAlignment(PriceColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(TaxColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!p.active) {
            for (int c = 0; c <= ActiveColumn; ++c)
                item->setForeground(c, palette().placeholderText());
        }
        if (p.id == selected)
            m_list->setCurrentItem(item);
    }
    const qint64 total = service.count().ok() ? *service.count() : 0;
    QString note = m_canEdit
                       ? tr("Changes to the catalogue are saved at once. A product is never deleted; an "
                            "inactive one is no longer offered for new line items.")
                       : tr("Process owners, directors and administrators edit the catalogue.");
    if (total > products->size())
        note = tr("%1 of %2 products shown; search to narrow them.").arg(products->size()).arg(total) +
               QLatin1Char(' ') + note;
    m_note->setText(note);
    updateButtons();
}

void ProductSettingsPage::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_add->setEnabled(m_canEdit);
    m_edit->setEnabled(m_canEdit && item);
    m_active->setEnabled(m_canEdit && item);
    m_active->setText(item && !item->data(ActiveColumn, Qt::UserRole).toBool() ? tr("&Activate")
                                                                               : tr("&Deactivate"));
}

void ProductSettingsPage::addProduct()
{
    Product p;
    p.currency = m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR"));
    ProductDialog dialog(m_db, p, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ProductSettingsPage::editProduct()
{
    const Result<Product> p = ProductService(m_db, m_actor).get(currentProductId());
    if (!p)
        return;
    ProductDialog dialog(m_db, *p, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ProductSettingsPage::toggleActive()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Status s = ProductService(m_db, m_actor)
                         .setActive(currentProductId(), !item->data(ActiveColumn, Qt::UserRole).toBool());
    if (!s)
        GuiUtil::showError(this, tr("Products"), s.error());
    reload();
}

ProductDialog::ProductDialog(DatabasePtr db, const Product &product, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_product(product)
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(product.id > 0 ? tr("Edit Product") : tr("New Product"));
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_name = new QLineEdit(product.name, this);
    m_sku = new QLineEdit(product.sku, this);
    m_unit = new QLineEdit(product.unit, this);
    m_unit->setPlaceholderText(tr("pcs, h, m²…"));
    m_price = new QLineEdit(DealInput::amountText(product.priceMinor, product.currency), this);
    m_price->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_currency = new QComboBox(this);
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    QStringList currencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("RON"),
                              QStringLiteral("UAH"), QStringLiteral("RUB"), QStringLiteral("GBP")};
    if (!currencies.contains(product.currency))
        currencies.prepend(product.currency);
    m_currency->addItems(currencies);
    m_currency->setCurrentText(product.currency);
    m_tax = new QLineEdit(DealInput::percentText(product.taxBp), this);
    m_tax->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_activeBox = new QCheckBox(tr("Offered for new line items"), this);
    m_activeBox->setChecked(product.active);
    auto *price = new QHBoxLayout;
    price->addWidget(m_price, 1);
    price->addWidget(m_currency);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("&Unit:"), m_unit);
    auto *priceLabel = new QLabel(tr("&Price:"), this);
    priceLabel->setBuddy(m_price);
    form->addRow(priceLabel, price);
    form->addRow(tr("&Tax rate (%):"), m_tax);
    form->addRow(tr("&Active:"), m_activeBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    resize(420, sizeHint().height());
}

void ProductDialog::fail(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

void ProductDialog::accept()
{
    Product p = m_product;
    p.name = m_name->text();
    p.sku = m_sku->text();
    p.unit = m_unit->text();
    p.currency = m_currency->currentText().trimmed().toUpper();
    if (!Money::isCurrencyCode(p.currency))
        return fail(tr("“%1” is not a currency code such as EUR or RON.").arg(m_currency->currentText()),
                    m_currency);
    const std::optional<qint64> price = DealInput::amount(m_price->text(), p.currency);
    if (!price || *price < 0)
        return fail(
            tr("“%1” is not a price in %2 (at most %n decimal(s)).", nullptr, Money::minorDigits(p.currency))
                .arg(m_price->text(), p.currency),
            m_price);
    const std::optional<int> tax = DealInput::percentBp(m_tax->text());
    if (!tax)
        return fail(
            tr("“%1” is not a tax rate between 0 and 100 % (at most two decimals).").arg(m_tax->text()),
            m_tax);
    p.priceMinor = *price;
    p.taxBp = *tax;
    p.active = m_activeBox->isChecked();
    ProductService service(m_db, GuiUtil::actor());
    if (p.id > 0) {
        if (const Status s = service.update(p); !s)
            return fail(s.error().message, m_name);
    } else {
        const Result<qint64> id = service.create(p);
        if (!id)
            return fail(id.error().message, m_name);
        p.id = *id;
    }
    m_product = p;
    QDialog::accept();
}
