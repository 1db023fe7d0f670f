#pragma once

#include "crm/product.h"
#include "store/database.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// Settings › Products: the catalogue line items are picked from. Process owners, directors and
// administrators add and edit products and make them inactive; sales managers see the catalogue.
class ProductSettingsPage : public QWidget
{
    Q_OBJECT

public:
    ProductSettingsPage(DatabasePtr db, QWidget *parent = nullptr);

    QTreeWidget *productList() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    bool canEdit() const { return m_canEdit; }
    qint64 currentProductId() const;

    void addProduct();
    void editProduct();
    void toggleActive();
    void reload();

private:
    void updateButtons();

    DatabasePtr m_db;
    QString m_actor;
    bool m_canEdit = false;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_active = nullptr;
};

// A product's fields; the service checks them on Save and its refusal is shown without closing.
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    ProductDialog(DatabasePtr db, const Product &product, QWidget *parent = nullptr);

    void accept() override;
    qint64 productId() const { return m_product.id; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *skuEdit() const { return m_sku; }
    QLineEdit *priceEdit() const { return m_price; }
    QLineEdit *taxEdit() const { return m_tax; }
    QComboBox *currencyBox() const { return m_currency; }
    QLabel *errorLabel() const { return m_error; }

private:
    void fail(const QString &message, QWidget *field);

    DatabasePtr m_db;
    Product m_product;
    QLabel *m_error = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_sku = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_tax = nullptr;
    QCheckBox *m_activeBox = nullptr;
};
