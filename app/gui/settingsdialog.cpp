#include "settingsdialog.h"

#include "crm/customfieldservice.h"
#include "crm/phonereindex.h"
#include "customfielddialog.h"
#include "deals/lostreasonsettings.h"
#include "deals/pipelinesettings.h"
#include "deals/productsettings.h"
#include "guiutil.h"
#include "longtask.h"
#include "text/phonenumbers.h"
#include "translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString kRegionKey = QStringLiteral("phone.default_region");

QString typeText(CustomField::Type type)
{
    switch (type) {
    case CustomField::Type::Text:
        return SettingsDialog::tr("Text");
    case CustomField::Type::Number:
        return SettingsDialog::tr("Number");
    case CustomField::Type::Date:
        return SettingsDialog::tr("Date");
    case CustomField::Type::YesNo:
        return SettingsDialog::tr("Yes/No");
    case CustomField::Type::Choice:
        return SettingsDialog::tr("Choice");
    }
    return {};
}

// Every territory libphonenumber knows, by name, as "Romania (RO)".
QList<std::pair<QString, QString>> regions()
{
    QList<std::pair<QString, QString>> list;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(QLocale::Territory(t));
        if (code.size() != 2 || !PhoneNumbers::isKnownRegion(code))
            continue;
        list.append({QLocale::territoryToString(QLocale::Territory(t)), code});
    }
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return list;
}

} // namespace

SettingsDialog::SettingsDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildGeneral(), tr("&General"));
    tabs->addTab(buildCustomFields(), tr("&Custom Fields"));
    tabs->addTab(new PipelineSettingsPage(m_db, this), tr("&Pipelines"));
    tabs->addTab(new ProductSettingsPage(m_db, this), tr("P&roducts"));
    tabs->addTab(new LostReasonSettingsPage(m_db, this), tr("&Lost Reasons"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(720, 500);
}

QWidget *SettingsDialog::buildGeneral()
{
    auto *page = new QWidget;
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Translator::languages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translator::configuredLanguage())));
    m_restartNote = new QLabel(tr("The new language applies after restarting Pristriy."), page);
    m_restartNote->setTextFormat(Qt::PlainText);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(m_language->currentData().toString() != Translator::configuredLanguage());
    });

    m_region = new QComboBox(page);
    m_region->setObjectName(QStringLiteral("phoneRegion"));
    for (const auto &[name, code] : regions())
        m_region->addItem(tr("%1 (%2)").arg(name, code), code);
    const QString region = m_db->setting(kRegionKey, PhoneNumbers::defaultRegionFromLocale());
    m_region->setCurrentIndex(qMax(0, m_region->findData(region)));
    auto *regionNote = new QLabel(tr("Phone numbers typed without a country code are read as numbers of this "
                                     "region. This setting belongs to the database, so everyone using it "
                                     "shares it."),
                                  page);
    regionNote->setTextFormat(Qt::PlainText);
    regionNote->setWordWrap(true);
    regionNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Default phone &region:"), m_region);
    form->addRow(QString(), regionNote);
    return page;
}

QWidget *SettingsDialog::buildCustomFields()
{
    auto *page = new QWidget;
    m_entity = new QComboBox(page);
    m_entity->addItem(tr("Contacts"), QStringLiteral("contact"));
    m_entity->addItem(tr("Companies"), QStringLiteral("company"));
    m_entity->addItem(tr("Deals"), QStringLiteral("deal"));
    m_fields = new QTreeWidget(page);
    m_fields->setObjectName(QStringLiteral("customFields"));
    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({tr("Label"), tr("Key"), tr("Type"), tr("Choices")});
    m_fields->header()->setStretchLastSection(true);
    m_fields->setColumnWidth(0, 160);
    m_fields->setColumnWidth(1, 130);
    m_fields->setColumnWidth(2, 90);
    auto *add = new QPushButton(tr("&Add…"), page);
    auto *remove = new QPushButton(tr("&Remove…"), page);
    remove->setEnabled(false);
    auto *note = new QLabel(tr("Changes to custom fields are saved at once."), page);
    note->setTextFormat(Qt::PlainText);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Fields of:"), page));
    top->addWidget(m_entity);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(note, 1);
    bottom->addWidget(add);
    bottom->addWidget(remove);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_fields, 1);
    layout->addLayout(bottom);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &SettingsDialog::reloadFields);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addField);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeField);
    connect(m_fields, &QTreeWidget::itemSelectionChanged, this,
            [this, remove] { remove->setEnabled(!m_fields->selectedItems().isEmpty()); });
    reloadFields();
    return page;
}

QString SettingsDialog::currentEntity() const
{
    return m_entity->currentData().toString();
}

void SettingsDialog::reloadFields()
{
    m_fields->clear();
    const Result<QList<CustomField>> fields =
        CustomFieldService(m_db, GuiUtil::actor()).fields(currentEntity());
    if (!fields) {
        GuiUtil::showError(this, tr("Custom Fields"), fields.error());
        return;
    }
    for (const CustomField &f : *fields) {
        auto *item = new QTreeWidgetItem(m_fields, {f.label, f.key, typeText(f.type), f.choices.join(u", ")});
        item->setData(0, Qt::UserRole, f.id);
    }
}

void SettingsDialog::addField()
{
    CustomFieldDialog dialog(m_db, currentEntity(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadFields();
}

void SettingsDialog::removeField()
{
    QTreeWidgetItem *item = m_fields->currentItem();
    if (!item)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Remove Custom Field"),
                    tr("Remove the field “%1”? The values stored in it for every record are deleted too.")
                        .arg(item->text(0)),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *removeButton = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != removeButton)
        return;
    const Status status =
        CustomFieldService(m_db, GuiUtil::actor()).remove(item->data(0, Qt::UserRole).toLongLong());
    if (!status)
        GuiUtil::showError(this, tr("Remove Custom Field"), status.error());
    reloadFields();
}

void SettingsDialog::accept()
{
    const QString region = m_region->currentData().toString();
    if (!region.isEmpty() && region != m_db->setting(kRegionKey, PhoneNumbers::defaultRegionFromLocale())) {
        // Numbers typed without a country code are read again in the new region.
        bool cancelled = false;
        const Status status = LongTask::run(
            m_db, this, tr("Reading phone numbers in the new region…"),
            [db = m_db, region](const LongTask::Progress &progress) {
                return PhoneReindex::run(*db, region, progress);
            },
            &cancelled);
        if (!status) {
            if (!cancelled)
                GuiUtil::showError(this, tr("Settings"), status.error());
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    if (language != Translator::configuredLanguage()) {
        Translator::setConfiguredLanguage(language);
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language applies after restarting Pristriy."));
    }
    QDialog::accept();
}
