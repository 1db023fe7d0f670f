#include "recorddealspanel.h"

#include "crm/companyservice.h"
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "deals/dealcard.h"
#include "guiutil.h"
#include "recordtable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QHBoxLayout>
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
    connect(m_newDeal, &QPushButton::clicked, this, &RecordDealsPanel::newDeal);
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

DealCardDialog *RecordDealsPanel::newDeal()
{
    QString name;
    if (m_party == Party::Contact) {
        if (const Result<Contact> c = ContactService(m_db, GuiUtil::actor()).get(m_recordId))
            name = c->displayName();
    } else if (const Result<Company> c = CompanyService(m_db, GuiUtil::actor()).get(m_recordId)) {
        name = c->name;
    }
    NewRecordDealDialog dialog(m_db, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return createDeal(dialog.title(), dialog.pipelineId());
}

DealCardDialog *RecordDealsPanel::createDeal(const QString &title, qint64 pipelineId)
{
    Deal deal;
    deal.title = title;
    deal.pipelineId = pipelineId;
    if (m_party == Party::Contact) {
        deal.contactId = m_recordId;
        // The contact's company as saved: the deal is with both.
        const Result<Contact> contact = ContactService(m_db, GuiUtil::actor()).get(m_recordId);
        if (!contact) {
            GuiUtil::showError(this, tr("New Deal"), contact.error());
            return nullptr;
        }
        deal.companyId = contact->companyId;
    } else {
        deal.companyId = m_recordId;
    }
    const Result<qint64> id = DealService(m_db, GuiUtil::actor()).create(deal);
    if (!id) {
        GuiUtil::showError(this, tr("New Deal"), id.error());
        return nullptr;
    }
    m_table->selectId(*id);
    return openDeal(*id);
}

NewRecordDealDialog::NewRecordDealDialog(const DatabasePtr &db, const QString &forWhom, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newRecordDealDialog"));
    setWindowTitle(tr("New Deal"));
    auto *intro =
        new QLabel(forWhom.isEmpty() ? tr("A new deal:") : tr("A new deal with %1:").arg(forWhom), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newDealTitle"));
    m_title->setMinimumWidth(320);
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("newDealPipeline"));
    if (const Result<QList<Pipeline>> pipelines = PipelineService(db, GuiUtil::actor()).pipelines()) {
        for (const Pipeline &p : *pipelines)
            m_pipeline->addItem(p.name, p.id);
    }
    m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(QSettings().value(kPipelineKey).toLongLong())));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newDealError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Pipeline:"), m_pipeline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRecordDealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, m_error, &QWidget::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString NewRecordDealDialog::title() const
{
    return m_title->text().trimmed();
}

qint64 NewRecordDealDialog::pipelineId() const
{
    return m_pipeline->currentData().toLongLong();
}

void NewRecordDealDialog::accept()
{
    if (title().isEmpty()) {
        m_error->setText(tr("A deal needs a title."));
        m_error->show();
        m_title->setFocus();
        return;
    }
    QSettings().setValue(kPipelineKey, pipelineId());
    QDialog::accept();
}
