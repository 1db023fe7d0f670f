#include "trashpage.h"

#include "crm/companyservice.h"
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "guiutil.h"
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "models/deallistmodel.h"
#include "recordtable.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

TrashPage::TrashPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    m_contacts = new ContactListModel(m_db, this);
    ContactFilter filter;
    filter.trash = true;
    {
        // A sales manager's trash holds his own contacts and those shared with him.
        QSqlDatabase connection = m_db->connection();
        filter.visibleTo = ContactFilter::visibilityFor(connection, GuiUtil::actor());
    }
    m_contacts->setFilter(filter);
    m_companies = new CompanyListModel(m_db, this);
    m_companies->setShowTrash(true);
    m_deals = new DealListModel(m_db, GuiUtil::actor(), this);
    DealFilter deals;
    deals.trash = true;
    m_deals->setFilter(deals);

    m_tabs = new QTabBar(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());

    m_contactTable = new RecordTable(QStringLiteral("trash-contacts"), this);
    m_contactTable->setObjectName(QStringLiteral("trashContactTable"));
    m_contactTable->setLazyModel(m_contacts, {180, 180, 140, 210, 130, 110, 140});
    m_contactTable->setEmptyText(tr("There are no contacts in the trash."));
    m_companyTable = new RecordTable(QStringLiteral("trash-companies"), this);
    m_companyTable->setObjectName(QStringLiteral("trashCompanyTable"));
    m_companyTable->setLazyModel(m_companies, {240, 150, 190, 140, 80, 120, 140});
    m_companyTable->setEmptyText(tr("There are no companies in the trash."));
    m_dealTable = new RecordTable(QStringLiteral("trash-deals"), this);
    m_dealTable->setObjectName(QStringLiteral("trashDealTable"));
    m_dealTable->setLazyModel(m_deals, {220, 130, 150, 130, 160, 160, 120, 110});
    m_dealTable->setColumnHidden(DealListModel::CurrencyColumn, true);
    m_dealTable->setEmptyText(tr("There are no deals in the trash."));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_contactTable);
    m_stack->addWidget(m_companyTable);
    m_stack->addWidget(m_dealTable);

    m_restore = new QPushButton(tr("&Restore"), this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Put the selected records back where they were"));
    m_purge = new QPushButton(tr("&Delete Permanently…"), this);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_purge->setToolTip(tr("Delete the selected records for good; this cannot be undone"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tabs);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        updateButtons();
        emit countChanged();
    });
    connect(m_restore, &QPushButton::clicked, this, &TrashPage::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, [this] { purgeSelected(true); });
    for (RecordTable *table : {m_contactTable, m_companyTable, m_dealTable}) {
        connect(table, &RecordTable::selectedIdsChanged, this, &TrashPage::updateButtons);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &TrashPage::updateTabs);
    }
    updateTabs();
}

TrashPage::Kind TrashPage::currentKind() const
{
    return Kind(qBound(0, m_tabs->currentIndex(), int(Deals)));
}

void TrashPage::setCurrentKind(Kind kind)
{
    m_tabs->setCurrentIndex(int(kind));
}

RecordTable *TrashPage::table(Kind kind) const
{
    switch (kind) {
    case Contacts:
        break;
    case Companies:
        return m_companyTable;
    case Deals:
        return m_dealTable;
    }
    return m_contactTable;
}

int TrashPage::totalCount() const
{
    return m_contacts->rowCount() + m_companies->rowCount() + m_deals->rowCount();
}

QList<qint64> TrashPage::selectedIds() const
{
    return table(currentKind())->selectedIds();
}

void TrashPage::restoreSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Kind kind = currentKind();
    const QString actor = GuiUtil::actor();
    const Status status = kind == Contacts    ? ContactService(m_db, actor).restore(ids)
                          : kind == Companies ? CompanyService(m_db, actor).restore(ids)
                                              : DealService(m_db, actor).restore(ids);
    if (!status) {
        GuiUtil::showError(this, tr("Restore"), status.error());
        return;
    }
    emit restored(kind == Contacts    ? QStringLiteral("contact")
                  : kind == Companies ? QStringLiteral("company")
                                      : QStringLiteral("deal"),
                  ids);
}

void TrashPage::purgeSelected(bool confirm)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Kind kind = currentKind();
    const int n = int(ids.size());
    if (confirm) {
        const QString question =
            kind == Contacts ? tr("Delete %n contact(s) permanently? This cannot be undone.", nullptr, n)
            : kind == Companies
                ? tr("Delete %n company(s) permanently? Their contacts stay, without a company. "
                     "This cannot be undone.",
                     nullptr, n)
                : tr("Delete %n deal(s) permanently, with their tasks, calls, line items, notes and stage "
                     "history? This cannot be undone.",
                     nullptr, n);
        QMessageBox box(QMessageBox::Warning, tr("Delete Permanently"), question, QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton *deleteButton = box.addButton(tr("Delete Permanently"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != deleteButton)
            return;
    }
    const QString actor = GuiUtil::actor();
    const Status status = kind == Contacts    ? ContactService(m_db, actor).purge(ids)
                          : kind == Companies ? CompanyService(m_db, actor).purge(ids)
                                              : DealService(m_db, actor).purge(ids);
    if (!status)
        GuiUtil::showError(this, tr("Delete Permanently"), status.error());
}

void TrashPage::saveState() const
{
    m_contactTable->saveState();
    m_companyTable->saveState();
    m_dealTable->saveState();
}

void TrashPage::restoreState()
{
    m_contactTable->restoreState();
    m_companyTable->restoreState();
    m_dealTable->restoreState();
    m_dealTable->setColumnHidden(DealListModel::CurrencyColumn, true);
}

void TrashPage::updateTabs()
{
    m_tabs->setTabText(0, tr("Contacts (%1)").arg(QLocale().toString(m_contacts->rowCount())));
    m_tabs->setTabText(1, tr("Companies (%1)").arg(QLocale().toString(m_companies->rowCount())));
    m_tabs->setTabText(2, tr("Deals (%1)").arg(QLocale().toString(m_deals->rowCount())));
    updateButtons();
    emit countChanged();
}

void TrashPage::updateButtons()
{
    const bool any = !selectedIds().isEmpty();
    m_restore->setEnabled(any);
    m_purge->setEnabled(any);
}
