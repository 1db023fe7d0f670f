#pragma once

#include "models/recorddealsmodel.h"
#include "store/database.h"

#include <QDialog>
#include <QWidget>

class DealCardDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RecordTable;

// The deals of a contact or a company on its card: title, stage, amount and owner, newest first. A double
// click or Enter opens the deal's card; "+ Deal" starts a deal with this contact (and its company) or this
// company filled in.
class RecordDealsPanel : public QWidget
{
    Q_OBJECT

public:
    using Party = RecordDealsModel::Party;

    RecordDealsPanel(DatabasePtr db, Party party, qint64 recordId, QWidget *parent = nullptr);

    RecordDealsModel *model() const { return m_model; }
    RecordTable *table() const { return m_table; }
    QPushButton *newDealButton() const { return m_newDeal; }
    // "Deals (n)" above the list; a tab that says it already hides it.
    void setHeadingVisible(bool visible);

    // Whether the database has a pipeline a deal could be started in (without one the cards show no deals).
    static bool available(const DatabasePtr &db);

    // Opens the card of a deal; nullptr when it cannot be read (after saying why).
    DealCardDialog *openDeal(qint64 dealId);
    // Asks for the title and the pipeline, then createDeal(); nullptr when cancelled or refused.
    DealCardDialog *newDeal();
    // Creates the deal in the first stage of the pipeline with this contact and its company, or this
    // company, filled in, and opens its card; a refusal is shown and creates nothing.
    DealCardDialog *createDeal(const QString &title, qint64 pipelineId);

signals:
    void countChanged(int count);
    void dealOpened(DealCardDialog *card);

private:
    DatabasePtr m_db;
    Party m_party;
    qint64 m_recordId = 0;
    RecordDealsModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QPushButton *m_newDeal = nullptr;
    QLabel *m_heading = nullptr;
};

// "+ Deal": the title of the new deal and its pipeline (the last one chosen is offered again).
class NewRecordDealDialog : public QDialog
{
    Q_OBJECT

public:
    // forWhom: the contact's or company's name, for the heading.
    NewRecordDealDialog(const DatabasePtr &db, const QString &forWhom, QWidget *parent = nullptr);

    QString title() const;
    qint64 pipelineId() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *pipelineBox() const { return m_pipeline; }

    void accept() override;

private:
    QLineEdit *m_title = nullptr;
    QComboBox *m_pipeline = nullptr;
    QLabel *m_error = nullptr;
};
