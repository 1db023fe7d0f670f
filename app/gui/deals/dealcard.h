#pragma once

#include "crm/dealservice.h"
#include "crm/pipeline.h"
#include "store/database.h"

#include <QDialog>

class CustomFieldEditors;
class LineItemsEditor;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class RecordPicker;

// The card of a deal: every field (pipeline and stage, amount and currency, contact, company, owner,
// expected close, probability, source, lost reason and the custom fields of deals), the line items,
// the activities (tasks, calls, notes, timeline) and the stage history. Save writes everything in one
// transaction (DealService::save); bad input is explained above the fields, the field gets the focus,
// and nothing is saved.
class DealCardDialog : public QDialog
{
    Q_OBJECT

public:
    // dealId 0: a new deal (see prepareNew), written only by Save.
    DealCardDialog(DatabasePtr db, qint64 dealId, QWidget *parent = nullptr);
    ~DealCardDialog() override;

    // Before load() of a new deal: its pipeline (it starts in the first open stage) and title.
    void prepareNew(qint64 pipelineId, const QString &title = {});
    // Before load() of a new deal: the contact and company it starts with (0: none), as when it is started
    // from their cards. They are part of what the card opens with, not a change to save.
    void prepareParties(qint64 contactId, qint64 companyId);
    bool isNew() const { return m_dealId == 0; }

    // Reads the deal; false (errorText says why) when it cannot be shown.
    bool load();
    QString errorText() const { return m_loadError; }
    qint64 dealId() const { return m_dealId; }

    // Saves what is shown; false with the reason shown when refused.
    bool save();
    void accept() override;
    void reject() override;
    bool isModified() const;

    // The state the card was loaded with: what Undo after a save puts back.
    const DealService::Edit &loadedState() const { return m_loaded; }

    // For tests.
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *pipelineBox() const { return m_pipeline; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *lostReasonBox() const { return m_lostReason; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QCheckBox *fromItemsBox() const { return m_fromItems; }
    RecordPicker *contactPicker() const { return m_contact; }
    RecordPicker *companyPicker() const { return m_company; }
    QComboBox *ownerBox() const { return m_owner; }
    QDateEdit *expectedCloseEdit() const { return m_expectedClose; }
    QSpinBox *probabilityBox() const { return m_probability; }
    QLineEdit *sourceEdit() const { return m_source; }
    LineItemsEditor *lineItems() const { return m_items; }
    QLabel *errorLabel() const { return m_error; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *historyView() const { return m_history; }
    QWidget *activityPanel() const { return m_activity; }

signals:
    // After a save: the deal and what it was before (for Undo).
    void saved(qint64 dealId, const DealService::Edit &before);
    // After the first save of a new deal.
    void created(qint64 dealId);

private:
    QWidget *buildDetails();
    QWidget *buildHistory();
    void fillPipelines();
    void fillStages(qint64 pipelineId, qint64 stageId);
    void fillLostReasons(qint64 current);
    void fillOwners(const QString &current);
    void updateStageDependent();
    void updateAmount();
    // A deal without an amount of its own follows its line items once it has some, unless the user
    // chose otherwise.
    void followItemsByDefault();
    // The deal a new card starts from: the first open stage, the default currency, the acting user.
    Result<Deal> newDeal() const;
    QString pipelineName(qint64 pipelineId) const;
    void addActivityPanel();
    void loadHistory();
    void showError(const QString &message, QWidget *field);
    void openContact(qint64 id);
    void openCompany(qint64 id);
    // What the fields say, or nothing (the error is shown). Not strict: an empty title passes (to tell
    // whether a new card was changed).
    std::optional<DealService::Edit> collect(bool strict = true);

    DatabasePtr m_db;
    QString m_actor;
    qint64 m_dealId = 0;
    qint64 m_newPipelineId = 0;
    QString m_newTitle;
    qint64 m_newContactId = 0;
    qint64 m_newCompanyId = 0;
    bool m_fromItemsChosen = false; // the user ticked or cleared "follows the line items"
    QString m_loadError;
    DealService::Edit m_loaded;
    QList<Pipeline> m_pipelines;
    QStringList m_customKeys;

    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_lostReason = nullptr;
    QLabel *m_lostReasonLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_fromItems = nullptr;
    RecordPicker *m_contact = nullptr;
    RecordPicker *m_company = nullptr;
    QComboBox *m_owner = nullptr;
    QDateEdit *m_expectedClose = nullptr;
    QSpinBox *m_probability = nullptr;
    QLineEdit *m_source = nullptr;
    CustomFieldEditors *m_custom = nullptr;
    LineItemsEditor *m_items = nullptr;
    QTreeWidget *m_history = nullptr;
    QWidget *m_activity = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
