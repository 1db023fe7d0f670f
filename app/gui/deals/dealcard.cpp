#include "dealcard.h"

#include "companyform.h"
#include "contactform.h"
#include "crm/customfieldservice.h"
#include "crm/lostreasonservice.h"
#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "customfieldeditors.h"
#include "dealinput.h"
#include "guiutil.h"
#include "lineitemseditor.h"
#include "recordpicker.h"
#include "store/money.h"
#include "store/timestamps.h"
#ifdef PRISTRIY_HAVE_ACTIVITY_PANEL
#include "activity/activitypanel.h"
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const QDate kNoDate(1900, 1, 1);
const QStringList kCurrencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("RON"),
                                 QStringLiteral("UAH"), QStringLiteral("RUB"), QStringLiteral("GBP"),
                                 QStringLiteral("CHF"), QStringLiteral("PLN")};

QString viaText(StageChangeVia via)
{
    switch (via) {
    case StageChangeVia::User:
        return DealCardDialog::tr("by hand");
    case StageChangeVia::Robot:
        return DealCardDialog::tr("robot");
    case StageChangeVia::Import:
        return DealCardDialog::tr("import");
    }
    return {};
}

} // namespace

DealCardDialog::DealCardDialog(DatabasePtr db, qint64 dealId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(GuiUtil::actor())
    , m_dealId(dealId)
{
    setObjectName(QStringLiteral("dealCard"));
    setWindowTitle(tr("Deal"));
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dealCardError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    m_items = new LineItemsEditor(m_db, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(m_items, tr("&Line Items"));
#ifdef PRISTRIY_HAVE_ACTIVITY_PANEL
    if (m_dealId > 0) {
        addActivityPanel();
    } else {
        // Tasks, calls and notes need the deal to exist.
        auto *later = new QLabel(tr("Save the deal to add tasks, calls and notes."), this);
        later->setObjectName(QStringLiteral("activitiesAfterSave"));
        later->setAlignment(Qt::AlignCenter);
        later->setWordWrap(true);
        later->setForegroundRole(QPalette::PlaceholderText);
        m_activity = later;
        m_tabs->addTab(m_activity, tr("&Activities"));
    }
#endif
    m_tabs->addTab(buildHistory(), tr("&History"));

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | (m_dealId > 0 ? QDialogButtonBox::Close : QDialogButtonBox::Cancel), this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DealCardDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DealCardDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_items, &LineItemsEditor::changed, this, &DealCardDialog::followItemsByDefault);
    connect(m_items, &LineItemsEditor::changed, this, &DealCardDialog::updateAmount);
    resize(860, 640);
}

void DealCardDialog::addActivityPanel()
{
#ifdef PRISTRIY_HAVE_ACTIVITY_PANEL
    auto *activity = new ActivityPanel(m_db, QStringLiteral("deal"), m_dealId, this);
    connect(activity, &ActivityPanel::openRecordRequested, this, [this](const QString &entity, qint64 id) {
        if (entity == QLatin1String("contact"))
            openContact(id);
        else if (entity == QLatin1String("company"))
            openCompany(id);
    });
    const int index = m_activity ? m_tabs->indexOf(m_activity) : -1;
    if (index >= 0) {
        m_tabs->removeTab(index);
        delete m_activity;
        m_tabs->insertTab(index, activity, tr("&Activities"));
    } else {
        m_tabs->addTab(activity, tr("&Activities"));
    }
    m_activity = activity;
#endif
}

void DealCardDialog::prepareNew(qint64 pipelineId, const QString &title)
{
    m_newPipelineId = pipelineId;
    m_newTitle = title;
}

void DealCardDialog::prepareParties(qint64 contactId, qint64 companyId)
{
    m_newContactId = contactId;
    m_newCompanyId = companyId;
}

void DealCardDialog::followItemsByDefault()
{
    if (m_fromItemsChosen || m_fromItems->isChecked() || m_items->table()->rowCount() == 0)
        return;
    const bool noAmountYet = isNew() || (m_loaded.items.isEmpty() && m_loaded.deal.amountMinor == 0);
    if (noAmountYet)
        m_fromItems->setChecked(true);
}

DealCardDialog::~DealCardDialog() = default;

QWidget *DealCardDialog::buildDetails()
{
    auto *page = new QWidget;
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_pipeline = new QComboBox(page);
    m_pipeline->setObjectName(QStringLiteral("pipeline"));
    m_stage = new QComboBox(page);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_lostReason = new QComboBox(page);
    m_lostReason->setObjectName(QStringLiteral("lostReason"));
    m_amount = new QLineEdit(page);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setMaximumWidth(90);
    m_fromItems = new QCheckBox(tr("Follows the line items"), page);
    m_fromItems->setObjectName(QStringLiteral("amountFromItems"));
    m_contact = new RecordPicker(m_db, RecordPicker::Kind::Contact, page);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_company = new RecordPicker(m_db, RecordPicker::Kind::Company, page);
    m_company->setObjectName(QStringLiteral("company"));
    m_owner = new QComboBox(page);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_expectedClose = new QDateEdit(page);
    m_expectedClose->setObjectName(QStringLiteral("expectedClose"));
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setMinimumDate(kNoDate);
    m_expectedClose->setSpecialValueText(tr("None"));
    m_expectedClose->setDate(kNoDate);
    m_expectedClose->setMaximumWidth(200);
    m_probability = new QSpinBox(page);
    m_probability->setObjectName(QStringLiteral("probability"));
    m_probability->setRange(-1, 100);
    m_probability->setSuffix(tr(" %"));
    m_probability->setMaximumWidth(200);
    m_source = new QLineEdit(page);
    m_source->setObjectName(QStringLiteral("source"));

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    amountRow->addWidget(m_fromItems);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Pipeline:"), m_pipeline);
    form->addRow(tr("&Stage:"), m_stage);
    m_lostReasonLabel = new QLabel(tr("Lost &reason:"), page);
    m_lostReasonLabel->setBuddy(m_lostReason);
    form->addRow(m_lostReasonLabel, m_lostReason);
    auto *amountLabel = new QLabel(tr("&Amount:"), page);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    auto *contactLabel = new QLabel(tr("&Contact:"), page);
    contactLabel->setBuddy(m_contact->lineEdit());
    form->addRow(contactLabel, m_contact);
    auto *companyLabel = new QLabel(tr("Co&mpany:"), page);
    companyLabel->setBuddy(m_company->lineEdit());
    form->addRow(companyLabel, m_company);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Expected close:"), m_expectedClose);
    form->addRow(tr("Pro&bability:"), m_probability);
    form->addRow(tr("So&urce:"), m_source);

    m_custom = new CustomFieldEditors(this);
    const Result<QList<CustomField>> fields =
        CustomFieldService(m_db, m_actor).fields(QStringLiteral("deal"));
    if (fields) {
        m_custom->build(*fields, form, page);
        for (const CustomField &f : *fields)
            m_customKeys.append(f.key);
    }

    auto *inner = new QWidget;
    inner->setLayout(form);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        fillStages(m_pipeline->currentData().toLongLong(), 0);
        updateStageDependent();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealCardDialog::updateStageDependent);
    connect(m_fromItems, &QCheckBox::toggled, this, &DealCardDialog::updateAmount);
    connect(m_fromItems, &QCheckBox::clicked, this, [this] { m_fromItemsChosen = true; });
    m_fromItems->setToolTip(tr("The amount is the net total of the line items (before tax)"));
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (Money::isCurrencyCode(text.trimmed().toUpper()))
            m_items->setCurrency(text.trimmed().toUpper());
        updateAmount();
    });
    connect(m_contact, &RecordPicker::openRequested, this, &DealCardDialog::openContact);
    connect(m_company, &RecordPicker::openRequested, this, &DealCardDialog::openCompany);
    return page;
}

QWidget *DealCardDialog::buildHistory()
{
    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("stageHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("From"), tr("To"), tr("By"), tr("How")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return m_history;
}

void DealCardDialog::fillPipelines()
{
    const QSignalBlocker blocker(m_pipeline);
    m_pipeline->clear();
    const Result<QList<Pipeline>> all = PipelineService(m_db, m_actor).pipelines();
    if (all)
        m_pipelines = *all;
    for (const Pipeline &p : std::as_const(m_pipelines))
        m_pipeline->addItem(p.name, p.id);
}

void DealCardDialog::fillStages(qint64 pipelineId, qint64 stageId)
{
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    for (const Pipeline &p : std::as_const(m_pipelines)) {
        if (p.id != pipelineId)
            continue;
        for (const Stage &s : p.stages) {
            if (isNew() && s.kind != Stage::Kind::Open)
                continue; // a new deal starts in an open stage
            QPixmap swatch(12, 12);
            swatch.fill(QColor(s.colour));
            m_stage->addItem(QIcon(swatch), s.name, s.id);
            m_stage->setItemData(m_stage->count() - 1, int(s.kind), Qt::UserRole + 1);
        }
    }
    const int index = m_stage->findData(stageId);
    m_stage->setCurrentIndex(index >= 0 ? index : 0);
}

void DealCardDialog::fillLostReasons(qint64 current)
{
    m_lostReason->clear();
    m_lostReason->addItem(tr("(choose a reason)"), 0);
    const Result<QList<LostReason>> reasons = LostReasonService(m_db, m_actor).list();
    if (!reasons)
        return;
    for (const LostReason &r : *reasons) {
        if (r.active || r.id == current)
            m_lostReason->addItem(r.active ? r.name : tr("%1 (inactive)").arg(r.name), r.id);
    }
    m_lostReason->setCurrentIndex(qMax(0, m_lostReason->findData(current)));
}

void DealCardDialog::fillOwners(const QString &current)
{
    m_owner->clear();
    const Result<QList<User>> users = UserService(m_db, m_actor).list();
    if (users) {
        for (const User &u : *users) {
            if (u.active || u.login == current)
                m_owner->addItem(
                    u.displayName.isEmpty() ? u.login : tr("%1 (%2)").arg(u.displayName, u.login), u.login);
        }
    }
    if (m_owner->findData(current) < 0)
        m_owner->addItem(current, current);
    m_owner->setCurrentIndex(m_owner->findData(current));
}

void DealCardDialog::updateStageDependent()
{
    const bool lost = m_stage->currentData(Qt::UserRole + 1).toInt() == int(Stage::Kind::Lost);
    m_lostReason->setEnabled(lost);
    m_lostReasonLabel->setEnabled(lost);
    int stageProbability = 0;
    for (const Pipeline &p : std::as_const(m_pipelines)) {
        if (const Stage *s = p.stageById(m_stage->currentData().toLongLong()))
            stageProbability = s->probability;
    }
    m_probability->setSpecialValueText(tr("The stage's (%1 %)").arg(stageProbability));
}

void DealCardDialog::updateAmount()
{
    const bool follow = m_fromItems->isChecked();
    m_amount->setReadOnly(follow);
    if (!follow)
        return;
    const std::optional<qint64> total = m_items->total();
    const QString currency = m_currency->currentText().trimmed().toUpper();
    m_amount->setText(total && Money::isCurrencyCode(currency) ? DealInput::amountText(*total, currency)
                                                               : QStringLiteral("—"));
}

bool DealCardDialog::load()
{
    DealService service(m_db, m_actor);
    Result<Deal> deal = isNew() ? newDeal() : service.get(m_dealId);
    if (!deal) {
        m_loadError = deal.error().message;
        return false;
    }
    const Result<QVariantMap> custom =
        isNew() ? Result<QVariantMap>(QVariantMap()) : service.customValues(m_dealId);
    const Result<QList<LineItem>> items =
        isNew() ? Result<QList<LineItem>>(QList<LineItem>()) : service.lineItems(m_dealId);
    if (!custom || !items) {
        m_loadError = (!custom ? custom.error() : items.error()).message;
        return false;
    }
    m_fromItemsChosen = false;
    m_loaded.deal = *deal;
    m_loaded.custom.clear();
    for (const QString &key : std::as_const(m_customKeys))
        m_loaded.custom.insert(key, custom->value(key));
    m_loaded.items = *items;
    m_loaded.itemsChanged = true;

    const Deal &d = *deal;
    m_title->setText(d.title);
    fillPipelines();
    setWindowTitle(isNew() ? tr("New Deal") : tr("Deal — %1").arg(d.title));
    m_heading->setText(isNew() ? tr("New deal in “%1”").arg(pipelineName(d.pipelineId)) : d.title);
    m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(d.pipelineId)));
    fillStages(d.pipelineId, d.stageId);
    fillLostReasons(d.lostReasonId);
    {
        const QSignalBlocker blocker(m_currency);
        m_currency->clear();
        QStringList currencies = kCurrencies;
        const QString fallback = m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR"));
        for (const QString &c : {fallback, d.currency}) {
            if (!currencies.contains(c))
                currencies.prepend(c);
        }
        m_currency->addItems(currencies);
        m_currency->setCurrentText(d.currency);
    }
    m_items->setCurrency(d.currency);
    m_items->setItems(d.id > 0 ? *items : QList<LineItem>{});
    m_amount->setText(DealInput::amountText(d.amountMinor, d.currency));
    m_fromItems->setChecked(d.amountFromItems);
    m_contact->setRecordId(d.contactId);
    m_company->setRecordId(d.companyId);
    fillOwners(d.owner);
    m_expectedClose->setDate(d.expectedClose.isValid() ? d.expectedClose : kNoDate);
    m_probability->setValue(d.probability);
    m_source->setText(d.source);
    m_custom->setValues(*custom);
    updateStageDependent();
    updateAmount();
    loadHistory();
    m_error->hide();
    if (isNew())
        m_title->setFocus();
    return true;
}

Result<Deal> DealCardDialog::newDeal() const
{
    Deal d;
    d.title = m_newTitle.trimmed();
    d.pipelineId = m_newPipelineId;
    d.contactId = m_newContactId;
    d.companyId = m_newCompanyId;
    const Result<Pipeline> pipeline = PipelineService(m_db, m_actor).pipeline(m_newPipelineId);
    if (!pipeline)
        return pipeline.error();
    for (const Stage &s : pipeline->stages) {
        if (s.kind == Stage::Kind::Open) {
            d.stageId = s.id;
            break;
        }
    }
    if (d.stageId == 0)
        return StoreError::invalid(
            tr("The pipeline “%1” has no open stage for a new deal.").arg(pipeline->name));
    d.currency = m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR"));
    const Result<User> me = UserService(m_db, m_actor).current();
    if (!me)
        return me.error();
    d.owner = me->login;
    return d;
}

QString DealCardDialog::pipelineName(qint64 pipelineId) const
{
    for (const Pipeline &p : std::as_const(m_pipelines)) {
        if (p.id == pipelineId)
            return p.name;
    }
    return {};
}

void DealCardDialog::loadHistory()
{
    m_history->clear();
    if (isNew())
        return;
    const Result<QList<StageChange>> changes = DealService(m_db, m_actor).history(m_dealId);
    if (!changes)
        return;
    auto stageName = [this](qint64 id) {
        if (id == 0)
            return tr("(created)");
        for (const Pipeline &p : std::as_const(m_pipelines)) {
            if (const Stage *s = p.stageById(id))
                return p.id == m_loaded.deal.pipelineId ? s->name : tr("%1 › %2").arg(p.name, s->name);
        }
        return tr("(deleted stage)");
    };
    // Newest first, as the timeline.
    for (auto it = changes->crbegin(); it != changes->crend(); ++it) {
        new QTreeWidgetItem(m_history, {QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat),
                                        stageName(it->fromStageId), stageName(it->toStageId), it->actor,
                                        viaText(it->via)});
    }
}

void DealCardDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(field) || m_tabs->widget(i) == field)
                m_tabs->setCurrentIndex(i);
        }
        field->setFocus();
    }
}

std::optional<DealService::Edit> DealCardDialog::collect(bool strict)
{
    DealService::Edit edit;
    Deal &d = edit.deal;
    d = m_loaded.deal;
    d.title = m_title->text().trimmed();
    if (d.title.isEmpty() && strict) {
        showError(tr("A deal needs a title."), m_title);
        return std::nullopt;
    }
    d.currency = m_currency->currentText().trimmed().toUpper();
    if (!Money::isCurrencyCode(d.currency)) {
        showError(tr("“%1” is not a currency code such as EUR or RON.").arg(m_currency->currentText()),
                  m_currency);
        return std::nullopt;
    }
    QString itemError;
    int badRow = -1;
    int badColumn = -1;
    const std::optional<QList<LineItem>> items = m_items->items(&itemError, &badRow, &badColumn);
    if (!items) {
        showError(itemError, m_items->table());
        m_items->table()->setCurrentCell(badRow, badColumn);
        return std::nullopt;
    }
    edit.items = *items;
    edit.itemsChanged = m_items->isModified() || d.currency != m_loaded.deal.currency;
    d.amountFromItems = m_fromItems->isChecked();
    if (!d.amountFromItems) {
        const std::optional<qint64> amount = DealInput::amount(m_amount->text(), d.currency);
        if (!amount || *amount < 0) {
            showError(tr("“%1” is not an amount in %2 (at most %n decimal(s)).", nullptr,
                         Money::minorDigits(d.currency))
                          .arg(m_amount->text(), d.currency),
                      m_amount);
            return std::nullopt;
        }
        d.amountMinor = *amount;
    }
    d.stageId = m_stage->currentData().toLongLong();
    d.lostReasonId = 0;
    if (m_stage->currentData(Qt::UserRole + 1).toInt() == int(Stage::Kind::Lost)) {
        d.lostReasonId = m_lostReason->currentData().toLongLong();
        if (d.lostReasonId <= 0) {
            showError(tr("A lost deal needs the reason it was lost."), m_lostReason);
            return std::nullopt;
        }
    }
    if (!m_contact->isValid()) {
        showError(tr("Choose the contact from the list that drops down while typing, or clear the field."),
                  m_contact->lineEdit());
        return std::nullopt;
    }
    if (!m_company->isValid()) {
        showError(tr("Choose the company from the list that drops down while typing, or clear the field."),
                  m_company->lineEdit());
        return std::nullopt;
    }
    d.contactId = m_contact->lineEdit()->text().trimmed().isEmpty() ? 0 : m_contact->recordId();
    d.companyId = m_company->lineEdit()->text().trimmed().isEmpty() ? 0 : m_company->recordId();
    d.owner = m_owner->currentData().toString();
    d.expectedClose = m_expectedClose->date() == kNoDate ? QDate() : m_expectedClose->date();
    d.probability = m_probability->value();
    d.source = m_source->text().trimmed();
    edit.custom = m_custom->values();
    return edit;
}

bool DealCardDialog::isModified() const
{
    if (m_items->isModified())
        return true;
    DealCardDialog *self = const_cast<DealCardDialog *>(this);
    const QSignalBlocker blocker(self);
    const QString errorBefore = m_error->text();
    const bool errorShown = m_error->isVisible();
    const std::optional<DealService::Edit> now = self->collect(false);
    m_error->setText(errorBefore);
    m_error->setVisible(errorShown);
    if (!now)
        return true;
    const Deal &a = now->deal;
    const Deal &b = m_loaded.deal;
    if (a.title != b.title || a.stageId != b.stageId || a.currency != b.currency ||
        a.amountFromItems != b.amountFromItems || (!a.amountFromItems && a.amountMinor != b.amountMinor) ||
        a.contactId != b.contactId || a.companyId != b.companyId || a.owner != b.owner ||
        a.expectedClose != b.expectedClose || a.probability != b.probability || a.source != b.source ||
        (a.lostReasonId != 0 && a.lostReasonId != b.lostReasonId)) {
        return true;
    }
    for (const QString &key : std::as_const(m_customKeys)) {
        const QVariant x = now->custom.value(key);
        const QVariant y = m_loaded.custom.value(key);
        if (x.toString() != y.toString() && !(x.toString().isEmpty() && y.toString().isEmpty()))
            return true;
    }
    return false;
}

bool DealCardDialog::save()
{
    const std::optional<DealService::Edit> edit = collect();
    if (!edit)
        return false;
    if (isNew()) {
        const Result<qint64> id = DealService(m_db, m_actor).create(edit->deal, edit->custom, edit->items);
        if (!id) {
            showError(id.error().message, nullptr);
            return false;
        }
        m_dealId = *id;
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        load();
        addActivityPanel();
        emit created(m_dealId);
        return true;
    }
    const Status saved = DealService(m_db, m_actor).save(*edit);
    if (!saved) {
        showError(saved.error().message, nullptr);
        return false;
    }
    const DealService::Edit before = m_loaded;
    load();
    emit this->saved(m_dealId, before);
    return true;
}

void DealCardDialog::accept()
{
    if (save())
        QDialog::accept();
}

void DealCardDialog::reject()
{
    if (isModified()) {
        QMessageBox box(QMessageBox::Question, tr("Deal"),
                        isNew() ? tr("Save the new deal?")
                                : tr("Save the changes to “%1”?").arg(m_loaded.deal.title),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            accept();
            return;
        }
    }
    QDialog::reject();
}

void DealCardDialog::openContact(qint64 id)
{
    auto *form = new ContactForm(m_db, id, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (!form->load()) {
        QMessageBox::warning(this, tr("Contact"), form->errorText());
        delete form;
        return;
    }
    connect(form, &ContactForm::saved, this, [this](qint64 contactId) { m_contact->setRecordId(contactId); });
    form->open();
}

void DealCardDialog::openCompany(qint64 id)
{
    auto *form = new CompanyForm(m_db, id, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (!form->load()) {
        QMessageBox::warning(this, tr("Company"), form->errorText());
        delete form;
        return;
    }
    connect(form, &CompanyForm::saved, this, [this](qint64 companyId) { m_company->setRecordId(companyId); });
    form->open();
}
