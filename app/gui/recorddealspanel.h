#pragma once

#include "models/recorddealsmodel.h"
#include "store/database.h"

#include <QWidget>

class DealCardDialog;
class QLabel;
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
    // Opens the card of a new deal with this contact and its company, or this company, filled in, in the
    // pipeline of the last deal started from a card (the card can move it to another); nothing is written
    // until its Save. pipelineId 0: that pipeline.
    DealCardDialog *newDeal(qint64 pipelineId = 0);

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
