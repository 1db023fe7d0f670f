#include "recorddealspanel.h"

#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "deals/dealcard.h"
#include "guiutil.h"
#include "recordtable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString kPipelineKey = QStringLiteral("cards/newDealPipeline");
} // namespace

RecordDealsPanel::RecordDealsPanel(DatabasePtr db, Party party, qint64 recordId, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_party(party)
    , m_recordId(recordId)
{
    setObjectName(QStringLiteral("recordDeals"));
    m_model = new RecordDealsModel(m_db, GuiUtil::actor(), party, recordId, this);
    m_table = new RecordTable(
        party == Party::Contact ? QStringLiteral("contact-deals") : QStringLiteral("company-deals"), this);
    m_table->setObjectName(QStringLiteral("recordDealsTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setLazyModel(m_model, {200, 150, 120, 140, 125});
    for (int column : {RecordDealsModel::PipelineColumn, RecordDealsModel::CurrencyColumn})
        m_table->hideColumn(column);
    // The title takes what the card can spare: the other columns keep their widths in a narrow card.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RecordDealsModel::TitleColumn, QHeaderView::Stretch);
    m_table->setEmptyText(party == Party::Contact ? tr("No deals with this contact yet.")
                                                  : tr("No deals with this company yet."));

    m_newDeal = new QPushButton(tr("+ &Deal"), this);
    m_newDeal->setObjectName(QStringLiteral("newRecordDeal"));
    m_newDeal->setToolTip(party == Party::Contact ? tr("Start a deal with this contact")
                                                  : tr("Start a deal with this company"));
    auto *heading = m_heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("recordDealsHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *bar = new QHBoxLayout;
    bar->addWidget(heading);
    bar->addStretch(1);
    bar->addWidget(m_newDeal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    const auto updateCount = [this, heading] {
        const int n = m_model->rowCount();
        heading->setText(tr("Deals (%1)").arg(QLocale().toString(n)));
        emit countChanged(n);
    };
    updateCount();
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_table, &RecordTable::idActivated, this, &RecordDealsPanel::openDeal);
    connect(m_newDeal, &QPushButton::clicked, this, [this] { newDeal(); });
}

void RecordDealsPanel::setHeadingVisible(bool visible)
{
    m_heading->setVisible(visible);
}

bool RecordDealsPanel::available(const DatabasePtr &db)
{
    const Result<QList<Pipeline>> pipelines = PipelineService(db, GuiUtil::actor()).pipelines();
    return pipelines.ok() && !pipelines->isEmpty();
}

DealCardDialog *RecordDealsPanel::openDeal(qint64 dealId)
{
    auto *card = new DealCardDialog(m_db, dealId, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    if (!card->load()) {
        GuiUtil::showError(this, tr("Deal"), StoreError::invalid(card->errorText()));
        delete card;
        return nullptr;
    }
    card->open();
    emit dealOpened(card);
    return card;
}

DealCardDialog *RecordDealsPanel::newDeal(qint64 pipelineId)
{
    qint64 contactId = 0;
    qint64 companyId = 0;
    if (m_party == Party::Contact) {
        // The contact's company as saved: the deal is with both.
        const Result<Contact> contact = ContactService(m_db, GuiUtil::actor()).get(m_recordId);
        if (!contact) {
            GuiUtil::showError(this, tr("New Deal"), contact.error());
            return nullptr;
        }
        contactId = m_recordId;
        companyId = contact->companyId;
    } else {
        companyId = m_recordId;
    }
    if (pipelineId <= 0) {
        const Result<QList<Pipeline>> pipelines = PipelineService(m_db, GuiUtil::actor()).pipelines();
        if (!pipelines || pipelines->isEmpty())
            return nullptr;
        const qint64 last = QSettings().value(kPipelineKey).toLongLong();
        pipelineId = pipelines->first().id;
        for (const Pipeline &p : *pipelines) {
            if (p.id == last)
                pipelineId = last;
        }
    }
    auto *card = new DealCardDialog(m_db, 0, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->prepareNew(pipelineId);
    card->prepareParties(contactId, companyId);
    if (!card->load()) {
        GuiUtil::showError(this, tr("New Deal"), StoreError::invalid(card->errorText()));
        delete card;
        return nullptr;
    }
    connect(card, &DealCardDialog::created, this, [this](qint64 id) {
        // The list follows the new deal (the model reads it again on the change); its pipeline is offered
        // next time.
        if (const Result<Deal> deal = DealService(m_db, GuiUtil::actor()).get(id))
            QSettings().setValue(kPipelineKey, deal->pipelineId);
        m_table->selectId(id);
    });
    card->open();
    emit dealOpened(card);
    return card;
}
