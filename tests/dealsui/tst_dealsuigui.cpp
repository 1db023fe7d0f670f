// The deals area offscreen: the deal card opened from a board card and a list row (every field, line items
// with their totals, validation that changes nothing, undo of a saved card), the board/list switch, the
// quick filters following the counts, and the settings pages for pipelines, products and lost reasons.
#include "crm/customfieldservice.h"
#include "crm/dealservice.h"
#include "crm/lostreasonservice.h"
#include "crm/pipelineservice.h"
#include "crm/productservice.h"
#include "dealboardpage.h"
#include "dealcolumnview.h"
#include "deals/dealcard.h"
#include "deals/dealfilterbar.h"
#include "deals/deallistpage.h"
#include "deals/lineitemseditor.h"
#include "deals/lostreasonsettings.h"
#include "deals/pipelinesettings.h"
#include "deals/productsettings.h"
#include "deals/recordpicker.h"
#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/dealboardmodel.h"
#include "models/dealcolumnmodel.h"
#include "models/deallistmodel.h"
#include "settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

class TestDealsUiGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cardOpensFromBoardAndSavesEveryField();
    void newDealOpensItsCard();
    void newDealWithItemsFollowsThem();
    void cardLineItemsAndTotals();
    void cardRefusesBadInputAndChangesNothing();
    void cardEditCanBeUndone();
    void listOpensCardsAndFilters();
    void boardQuickFiltersFollowCounts();
    void staleSearchIsDiscarded();
    void settingsPages();
    void screenshots();

private:
    qint64 scalar(const QString &sql) const;
    QString snapshot() const;
    qint64 firstOpenDeal(DealBoardPage &page, int *column) const;
    QString salesManager() const;

    QTemporaryDir m_dir;
    DatabasePtr m_db;
    QString m_actor;
};

void TestDealsUiGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dealsuigui"));
    QVERIFY(m_dir.isValid());
    Result<DatabasePtr> opened = Database::open(m_dir.filePath(QStringLiteral("deals.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    m_db = *opened;
    m_actor = GuiUtil::actor();
    DemoGenerator::Options contacts;
    contacts.contacts = 300;
    contacts.seed = 7;
    QVERIFY(DemoGenerator::generate(*m_db, contacts).ok());
    DealGenerator::Options deals;
    deals.deals = 600;
    deals.seed = 7;
    const Status dealt = DealGenerator::generate(*m_db, deals);
    QVERIFY2(dealt.ok(), qPrintable(dealt.error().fullText()));
    CustomField channel;
    channel.entity = QStringLiteral("deal");
    channel.key = QStringLiteral("channel");
    channel.label = QStringLiteral("Channel");
    channel.type = CustomField::Type::Choice;
    channel.choices = QStringList{QStringLiteral("Web"), QStringLiteral("Phone"), QStringLiteral("Fair")};
    QVERIFY(CustomFieldService(m_db, m_actor).define(channel).ok());
}

void TestDealsUiGui::init()
{
    QSettings().clear();
}

qint64 TestDealsUiGui::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString TestDealsUiGui::snapshot() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral(
        "SELECT (SELECT group_concat(id || ':' || stage_id || ':' || title || ':' || amount_minor || ':' || "
        "updated_at) FROM deal) || '|' || (SELECT count(*) FROM deal_stage_history) || '|' || "
        "(SELECT count(*) FROM event) || '|' || (SELECT count(*) FROM deal_line_item) || '|' || "
        "(SELECT count(*) FROM custom_value)"));
    q.next();
    return q.value(0).toString();
}

QString TestDealsUiGui::salesManager() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT owner FROM deal GROUP BY owner ORDER BY count(*) DESC LIMIT 1"));
    q.next();
    return q.value(0).toString();
}

qint64 TestDealsUiGui::firstOpenDeal(DealBoardPage &page, int *column) const
{
    for (int c = 0; c < page.columnCount(); ++c) {
        if (page.boardModel()->stageAt(c).kind == Stage::Kind::Open && page.columnModel(c)->rowCount() > 0) {
            *column = c;
            return page.columnModel(c)->idAt(0);
        }
    }
    return 0;
}

void TestDealsUiGui::cardOpensFromBoardAndSavesEveryField()
{
    DealBoardPage page(m_db);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int column = -1;
    const qint64 dealId = firstOpenDeal(page, &column);
    QVERIFY(dealId > 0);

    // Enter on a card opens its card.
    DealCardDialog *card = nullptr;
    connect(&page, &DealBoardPage::dealOpened, this, [&card](DealCardDialog *c) { card = c; });
    DealColumnView *view = page.columnView(column);
    view->setFocus();
    view->setCurrentIndex(page.columnModel(column)->index(0, DealColumnModel::TitleColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(card);
    QCOMPARE(card->dealId(), dealId);
    const Deal before = *DealService(m_db, m_actor).get(dealId);
    QCOMPARE(card->titleEdit()->text(), before.title);

    // Every field.
    card->titleEdit()->setText(QStringLiteral("Edited in the card"));
    const int target = card->stageBox()->count() > 2 ? 2 : 1;
    card->stageBox()->setCurrentIndex(target);
    const qint64 stageId = card->stageBox()->currentData().toLongLong();
    card->fromItemsBox()->setChecked(false);
    card->amountEdit()->setText(QStringLiteral("12345.67"));
    card->currencyBox()->setCurrentText(QStringLiteral("RON"));
    const QStringList contacts = card->contactPicker()->suggestions(QStringLiteral("a"));
    QVERIFY(!contacts.isEmpty());
    QVERIFY(card->contactPicker()->choose(contacts.first()));
    const QStringList companies = card->companyPicker()->suggestions(QStringLiteral("a"));
    QVERIFY(!companies.isEmpty());
    QVERIFY(card->companyPicker()->choose(companies.first()));
    const int otherOwner = card->ownerBox()->currentIndex() == 0 ? 1 : 0;
    card->ownerBox()->setCurrentIndex(otherOwner);
    card->expectedCloseEdit()->setDate(QDate(2027, 6, 30));
    card->probabilityBox()->setValue(35);
    card->sourceEdit()->setText(QStringLiteral("Trade fair"));
    auto *channel = card->findChild<QComboBox *>(QStringLiteral("custom_channel"));
    QVERIFY(channel);
    channel->setCurrentIndex(channel->findData(QStringLiteral("Fair")));
    QVERIFY(card->isModified());
    const qint64 history = scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history"));
    QVERIFY2(card->save(), qPrintable(card->errorLabel()->text()));

    const Deal after = *DealService(m_db, m_actor).get(dealId);
    QCOMPARE(after.title, QStringLiteral("Edited in the card"));
    QCOMPARE(after.stageId, stageId);
    QCOMPARE(after.amountMinor, 1234567);
    QCOMPARE(after.currency, QStringLiteral("RON"));
    QCOMPARE(after.contactId, card->contactPicker()->recordId());
    QCOMPARE(after.companyId, card->companyPicker()->recordId());
    QCOMPARE(after.owner, card->ownerBox()->itemData(otherOwner).toString());
    QCOMPARE(after.expectedClose, QDate(2027, 6, 30));
    QCOMPARE(after.probability, 35);
    QCOMPARE(after.source, QStringLiteral("Trade fair"));
    QCOMPARE(DealService(m_db, m_actor).customValues(dealId)->value(QStringLiteral("channel")).toString(),
             QStringLiteral("Fair"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history")),
             history + (stageId == before.stageId ? 0 : 1));
    // The history tab shows the move first.
    QVERIFY(card->historyView()->topLevelItemCount() >= 1);
    QCOMPARE(card->historyView()->topLevelItem(0)->text(2), card->stageBox()->currentText());
    // The board follows: the deal is in its new column.
    QVERIFY(page.columnModel(page.columnOfStage(stageId))->rowOfId(dealId) >= 0);
    QVERIFY(!card->isModified());
    card->close();
}

void TestDealsUiGui::newDealOpensItsCard()
{
    DealBoardPage page(m_db);
    const qint64 before = page.boardModel()->countAt(0);
    const qint64 deals = scalar(QStringLiteral("SELECT count(*) FROM deal"));
    const qint64 events = scalar(QStringLiteral("SELECT count(*) FROM event"));

    // New Deal opens the card and writes nothing; Cancel leaves nothing behind.
    QPointer<DealCardDialog> card = page.newDeal();
    QVERIFY(card);
    QVERIFY(card->isNew());
    QCOMPARE(card->stageBox()->currentData().toLongLong(), page.boardModel()->stageAt(0).id);
    for (int i = 0; i < card->stageBox()->count(); ++i) // a new deal starts in an open stage
        QCOMPARE(card->stageBox()->itemData(i, Qt::UserRole + 1).toInt(), int(Stage::Kind::Open));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal")), deals);
    card->reject();
    QTRY_VERIFY(!card);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal")), deals);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event")), events);
    QCOMPARE(page.boardModel()->countAt(0), before);

    // Typed into and cancelled: it asks, Discard creates nothing.
    card = page.newDeal(QStringLiteral("Typed lead"));
    card->amountEdit()->setText(QStringLiteral("125"));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    card->reject();
    QTRY_VERIFY(!card);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal")), deals);

    // Save without a title is refused and writes nothing.
    card = page.newDeal();
    QVERIFY(!card->save());
    QVERIFY2(card->errorLabel()->text().contains(QStringLiteral("title")),
             qPrintable(card->errorLabel()->text()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal")), deals);

    // Save creates it, with what the card says.
    card->titleEdit()->setText(QStringLiteral("Fresh lead"));
    card->amountEdit()->setText(QStringLiteral("250"));
    QVERIFY2(card->save(), qPrintable(card->errorLabel()->text()));
    QVERIFY(!card->isNew());
    const qint64 id = card->dealId();
    QCOMPARE(DealService(m_db, m_actor).get(id)->title, QStringLiteral("Fresh lead"));
    QCOMPARE(DealService(m_db, m_actor).get(id)->amountMinor, 25000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal")), deals + 1);
    QCOMPARE(page.boardModel()->countAt(0), before + 1);
    QVERIFY(page.columnModel(0)->rowOfId(id) >= 0);
    QVERIFY(card->activityPanel() && !card->activityPanel()->inherits("QLabel"));
    card->close();
}

void TestDealsUiGui::newDealWithItemsFollowsThem()
{
    Product lamp;
    lamp.name = QStringLiteral("Desk lamp");
    lamp.sku = QStringLiteral("LAMP-7");
    lamp.unit = QStringLiteral("pcs");
    lamp.priceMinor = 4999;
    lamp.taxBp = 1900;
    lamp.currency = m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR"));
    const Result<qint64> lampId = ProductService(m_db, m_actor).create(lamp);
    QVERIFY2(lampId.ok(), qPrintable(lampId.error().fullText()));

    DealBoardPage page(m_db);
    DealCardDialog *card = page.newDeal(QStringLiteral("Lamps for the office"));
    QVERIFY(!card->fromItemsBox()->isChecked());
    LineItemsEditor *items = card->lineItems();
    // Add Line adds the product typed in the picker (by its SKU here), with its unit and tax rate.
    items->productSearch()->setText(QStringLiteral("lamp-7"));
    items->addLineButton()->click();
    QCOMPARE(items->table()->rowCount(), 1);
    QCOMPARE(items->table()->item(0, LineItemsEditor::NameColumn)->text(), lamp.name);
    QCOMPARE(items->table()->item(0, LineItemsEditor::UnitColumn)->text(), QStringLiteral("pcs"));
    QCOMPARE(items->productSearch()->text(), QString());
    // The amount follows the items from now on.
    QVERIFY(card->fromItemsBox()->isChecked());
    QVERIFY(card->amountEdit()->isReadOnly());
    // Text that is no product becomes a line of its own.
    items->productSearch()->setText(QStringLiteral("Installation on site"));
    QTest::keyClick(items->productSearch(), Qt::Key_Return);
    QCOMPARE(items->table()->rowCount(), 2);
    QCOMPARE(items->table()->item(1, LineItemsEditor::NameColumn)->text(),
             QStringLiteral("Installation on site"));
    items->table()->item(1, LineItemsEditor::PriceColumn)->setText(QStringLiteral("80"));
    items->table()->item(1, LineItemsEditor::UnitColumn)->setText(QStringLiteral("h"));
    items->table()->item(1, LineItemsEditor::QuantityColumn)->setText(QStringLiteral("1.5"));
    // 49.99 at 19 % = 9.4981 → 9.50; 120.00 at 0 %: net 169.99, tax 9.50, gross 179.49.
    const std::optional<LineItemMath::Totals> totals = items->totals();
    QVERIFY(totals);
    QCOMPARE(totals->net, 16999);
    QCOMPARE(totals->tax, 950);
    QCOMPARE(totals->gross, 17949);
    const QString label = items->totalLabel()->text();
    for (const QString &amount : {QStringLiteral("169"), QStringLiteral("9"), QStringLiteral("179")})
        QVERIFY2(label.contains(amount), qPrintable(label));
    // A bad tax rate is named and saves nothing.
    items->table()->item(0, LineItemsEditor::TaxColumn)->setText(QStringLiteral("120"));
    QVERIFY(!card->save());
    QVERIFY2(card->errorLabel()->text().contains(QStringLiteral("120")),
             qPrintable(card->errorLabel()->text()));
    items->table()->item(0, LineItemsEditor::TaxColumn)->setText(QStringLiteral("19"));
    QVERIFY2(card->save(), qPrintable(card->errorLabel()->text()));
    const qint64 id = card->dealId();
    const Result<Deal> deal = DealService(m_db, m_actor).get(id);
    QVERIFY(deal->amountFromItems);
    QCOMPARE(deal->amountMinor, 16999);
    const QList<LineItem> stored = *DealService(m_db, m_actor).lineItems(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).productId, *lampId);
    QCOMPARE(stored.at(0).taxBp, 1900);
    QCOMPARE(stored.at(0).unit, QStringLiteral("pcs"));
    QCOMPARE(stored.at(1).productId, 0);
    QCOMPARE(stored.at(1).unit, QStringLiteral("h"));
    QCOMPARE(stored.at(1).quantityMilli, 1500);
    card->close();

    // Unticked by the user, it stays as chosen.
    DealCardDialog *other = page.newDeal(QStringLiteral("Fixed price"));
    other->fromItemsBox()->click(); // on
    other->fromItemsBox()->click(); // off again, the user's choice
    other->lineItems()->addEmptyRow();
    QVERIFY(!other->fromItemsBox()->isChecked());
    other->done(QDialog::Rejected);
}

void TestDealsUiGui::cardLineItemsAndTotals()
{
    Product chair;
    chair.name = QStringLiteral("Ergonomic chair");
    chair.sku = QStringLiteral("ERGO-1");
    chair.priceMinor = 19999;
    chair.currency = m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR"));
    const Result<qint64> chairId = ProductService(m_db, m_actor).create(chair);
    QVERIFY2(chairId.ok(), qPrintable(chairId.error().fullText()));

    Deal d;
    d.title = QStringLiteral("Line item deal");
    d.pipelineId = 1;
    d.currency = chair.currency;
    d.amountFromItems = true;
    const Result<qint64> id = DealService(m_db, m_actor).create(d);
    QVERIFY(id.ok());
    DealCardDialog card(m_db, *id);
    QVERIFY(card.load());
    LineItemsEditor *items = card.lineItems();
    // The product picker offers the product by SKU.
    items->productSearch()->setText(QStringLiteral("ergo"));
    QVERIFY(items->addProduct(*chairId));
    QCOMPARE(items->table()->rowCount(), 1);
    QCOMPARE(items->table()->item(0, LineItemsEditor::NameColumn)->text(), chair.name);
    items->table()->item(0, LineItemsEditor::QuantityColumn)->setText(QStringLiteral("2.5"));
    items->table()->item(0, LineItemsEditor::DiscountColumn)->setText(QStringLiteral("10"));
    // 2.5 × 199.99 = 499.975, less 10 % = 449.9775 → 449.98
    QCOMPARE(*items->total(), 44998);
    QVERIFY(items->totalLabel()->text().contains(QLocale().toString(449.98, 'f', 2)) ||
            items->totalLabel()->text().contains(QStringLiteral("449")));
    // The amount follows the items while the box is checked.
    QVERIFY(card.fromItemsBox()->isChecked());
    QVERIFY(card.amountEdit()->isReadOnly());
    items->addEmptyRow();
    items->table()->item(1, LineItemsEditor::NameColumn)->setText(QStringLiteral("Delivery"));
    items->table()->item(1, LineItemsEditor::PriceColumn)->setText(QStringLiteral("25"));
    QCOMPARE(*items->total(), 47498);
    QVERIFY2(card.save(), qPrintable(card.errorLabel()->text()));
    const QList<LineItem> stored = *DealService(m_db, m_actor).lineItems(*id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).productId, *chairId);
    QCOMPARE(stored.at(0).quantityMilli, 2500);
    QCOMPARE(stored.at(0).discountBp, 1000);
    QCOMPARE(stored.at(0).totalMinor, 44998);
    QCOMPARE(DealService(m_db, m_actor).get(*id)->amountMinor, 47498);
    // Removing a line.
    items->table()->setCurrentCell(1, 0);
    items->removeCurrentRow();
    QVERIFY(card.save());
    QCOMPARE(DealService(m_db, m_actor).get(*id)->amountMinor, 44998);
}

void TestDealsUiGui::cardRefusesBadInputAndChangesNothing()
{
    DealBoardPage page(m_db);
    int column = -1;
    const qint64 dealId = firstOpenDeal(page, &column);
    DealCardDialog card(m_db, dealId);
    QVERIFY(card.load());
    card.show();
    const QString before = snapshot();

    struct Case
    {
        std::function<void()> spoil;
        QString says;
        QWidget *field;
    };
    const QList<Case> cases = {
        {[&] { card.titleEdit()->setText(QStringLiteral("  ")); }, QStringLiteral("title"), card.titleEdit()},
        {[&] {
             card.fromItemsBox()->setChecked(false);
             card.amountEdit()->setText(QStringLiteral("twelve"));
         },
         QStringLiteral("twelve"), card.amountEdit()},
        {[&] { card.currencyBox()->setCurrentText(QStringLiteral("EURO")); }, QStringLiteral("EURO"),
         card.currencyBox()},
        {[&] {
             card.lineItems()->addEmptyRow();
             card.lineItems()
                 ->table()
                 ->item(card.lineItems()->table()->rowCount() - 1, LineItemsEditor::QuantityColumn)
                 ->setText(QStringLiteral("-1"));
         },
         QStringLiteral("Quantity"), card.lineItems()->table()},
        {[&] { card.contactPicker()->lineEdit()->setText(QStringLiteral("Nobody typed freely")); },
         QStringLiteral("contact"), card.contactPicker()->lineEdit()},
        {[&] {
             card.stageBox()->setCurrentIndex(card.stageBox()->count() - 1); // Lost
             card.lostReasonBox()->setCurrentIndex(0);
         },
         QStringLiteral("reason"), card.lostReasonBox()},
    };
    for (const Case &c : cases) {
        QVERIFY(card.load());
        c.spoil();
        QVERIFY(!card.save());
        QVERIFY(card.errorLabel()->isVisible());
        QVERIFY2(card.errorLabel()->text().contains(c.says, Qt::CaseInsensitive),
                 qPrintable(card.errorLabel()->text()));
        QVERIFY2(card.focusWidget() == c.field || c.field->isAncestorOf(card.focusWidget()) ||
                     !QApplication::activeWindow(),
                 qPrintable(card.errorLabel()->text()));
        QCOMPARE(snapshot(), before);
    }
}

void TestDealsUiGui::cardEditCanBeUndone()
{
    DealBoardPage page(m_db);
    int column = -1;
    const qint64 dealId = firstOpenDeal(page, &column);
    const Deal before = *DealService(m_db, m_actor).get(dealId);
    const qint64 stageBefore = before.stageId;
    DealCardDialog *card = page.openDeal(dealId);
    QVERIFY(card);
    card->titleEdit()->setText(QStringLiteral("To be undone"));
    card->stageBox()->setCurrentIndex(card->stageBox()->findData(page.boardModel()->stageAt(column + 1).id));
    const qint64 countBefore = page.boardModel()->countAt(column);
    QVERIFY(card->save());
    QCOMPARE(page.boardModel()->countAt(column), countBefore - 1);
    QVERIFY(page.canUndo());
    QCOMPARE(page.undoText(), DealBoardPage::tr("&Undo Changes to Deal"));
    card->close();
    QVERIFY(page.undoMove());
    const Deal undone = *DealService(m_db, m_actor).get(dealId);
    QCOMPARE(undone.title, before.title);
    QCOMPARE(undone.stageId, stageBefore);
    QCOMPARE(page.boardModel()->countAt(column), countBefore);

    // The move undo of the board still works after a card edit.
    QVERIFY(page.moveDeal(dealId, page.boardModel()->stageAt(column + 1).id));
    QCOMPARE(page.undoText(), DealBoardPage::tr("&Undo Move of Deal"));
    QVERIFY(page.undoMove());
    QCOMPARE(DealService(m_db, m_actor).get(dealId)->stageId, stageBefore);
}

void TestDealsUiGui::listOpensCardsAndFilters()
{
    DealBoardPage page(m_db);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *listButton = page.findChild<QToolButton *>(QStringLiteral("showList"));
    QVERIFY(listButton);
    listButton->click();
    QVERIFY(page.isListShown());
    DealListPage *list = page.listPage();
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    DealFilter f;
    f.pipelineId = page.pipelineId();
    QCOMPARE(qint64(list->model()->rowCount()), *DealService(m_db, m_actor).count(f));

    // The stage filter.
    list->stageBox()->setCurrentIndex(1);
    f.stageId = list->stageBox()->currentData().toLongLong();
    QCOMPARE(qint64(list->model()->rowCount()), *DealService(m_db, m_actor).count(f));
    QVERIFY(list->countLabel()->text().contains(QString::number(list->model()->rowCount())));

    // Sorting by a header click.
    list->view()->sortByColumn(DealListModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(list->model()->sortColumn(), int(DealListModel::AmountColumn));

    // A double-click on a row opens the card.
    DealCardDialog *card = nullptr;
    connect(&page, &DealBoardPage::dealOpened, this, [&card](DealCardDialog *c) { card = c; });
    const QRect rect = list->view()->visualRect(list->model()->index(0, DealListModel::TitleColumn));
    // (A double-click needs the press before it, as a real one has.)
    QTest::mousePress(list->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(card);
    QCOMPARE(card->dealId(), list->model()->idAt(0));
    card->close();
    card = nullptr;
    // Enter on the current row as well.
    list->view()->setFocus();
    list->view()->setCurrentIndex(list->model()->index(1, DealListModel::TitleColumn));
    QTest::keyClick(list->view(), Qt::Key_Return);
    QTRY_VERIFY(card);
    QCOMPARE(card->dealId(), list->model()->idAt(1));
    card->close();

    // The quick filters apply to the list too.
    page.filterBar()->ownerBox()->setCurrentIndex(page.filterBar()->ownerBox()->findData(salesManager()));
    f.owner = salesManager();
    QCOMPARE(qint64(list->model()->rowCount()), *DealService(m_db, m_actor).count(f));

    // Switching back keeps the mode in the settings.
    page.saveState();
    DealBoardPage again(m_db);
    again.restoreState();
    QVERIFY(again.isListShown());
}

void TestDealsUiGui::boardQuickFiltersFollowCounts()
{
    DealBoardPage page(m_db);
    DealFilterBar *bar = page.filterBar();
    // A wide page keeps the quick filters on the top row; a narrow one (the My Tasks dock open beside
    // it) gives them a row of their own rather than clipping the search box.
    page.resize(1400, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *pipelines = page.findChild<QComboBox *>(QStringLiteral("pipelineBox"));
    const auto rowOf = [&](QWidget *w) { return w->mapTo(&page, QPoint(0, w->height() / 2)).y(); };
    QTRY_VERIFY(qAbs(rowOf(bar) - rowOf(pipelines)) < pipelines->height() / 2);
    page.resize(640, 700);
    QTRY_VERIFY(rowOf(bar) > rowOf(pipelines) + pipelines->height() / 2);
    QTRY_VERIFY(bar->searchEdit()->mapTo(&page, QPoint(bar->searchEdit()->width(), 0)).x() <= page.width());
    page.resize(1400, 700);
    QTRY_VERIFY(qAbs(rowOf(bar) - rowOf(pipelines)) < pipelines->height() / 2);
    DealService deals(m_db, m_actor);
    auto check = [&](const DealFilter &f) {
        for (int c = 0; c < page.columnCount(); ++c) {
            DealFilter stage = f;
            stage.pipelineId = page.pipelineId();
            stage.stageId = page.boardModel()->stageAt(c).id;
            const qint64 expected = *deals.count(stage);
            if (page.boardModel()->countAt(c) != expected || page.columnModel(c)->rowCount() != expected)
                return false;
            if (!page.countLabel(c)->text().contains(QString::number(expected)))
                return false;
        }
        return true;
    };
    // My deals: the acting user owns some deals of the demo?
    bar->myDealsBox()->setChecked(true);
    DealFilter mine;
    mine.owner = m_actor;
    QVERIFY(check(mine));
    bar->myDealsBox()->setChecked(false);
    QVERIFY(bar->ownerBox()->isEnabled());

    bar->ownerBox()->setCurrentIndex(bar->ownerBox()->findData(salesManager()));
    DealFilter owner;
    owner.owner = salesManager();
    QVERIFY(check(owner));
    qint64 total = 0;
    for (int c = 0; c < page.columnCount(); ++c)
        total += page.boardModel()->countAt(c);
    QVERIFY(total > 0);

    // Search: by a contact's family name (after the typing pause, or at once on Enter).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT c.family_name FROM deal d JOIN contact c ON c.id = d.contact_id "
                       "WHERE d.pipeline_id = 1 AND d.deleted_at IS NULL AND length(c.family_name) > 3 "
                       "LIMIT 1")));
    QVERIFY(q.next());
    bar->ownerBox()->setCurrentIndex(0);
    bar->searchEdit()->setText(q.value(0).toString());
    // A new search is looked up on a worker thread: the bar says so and the board keeps its columns
    // until the result is in.
    bar->applyNow();
    QVERIFY(bar->isSearching());
    QVERIFY(bar->findChild<QWidget *>(QStringLiteral("dealSearchBusy"))->isVisibleTo(bar));
    DealFilter search;
    search.search = q.value(0).toString();
    QTRY_VERIFY(check(search));
    QVERIFY(!bar->isSearching());
    // The same search again is answered at once (found before, nothing written since).
    bar->searchEdit()->setText(QString());
    bar->applyNow();
    QVERIFY(!bar->isSearching());
    bar->searchEdit()->setText(q.value(0).toString());
    bar->applyNow();
    QVERIFY(!bar->isSearching());
    QVERIFY(check(search));
    qint64 found = 0;
    for (int c = 0; c < page.columnCount(); ++c)
        found += page.boardModel()->countAt(c);
    QVERIFY(found > 0);
    bar->clear();
    QVERIFY(check({}));
}

void TestDealsUiGui::staleSearchIsDiscarded()
{
    // The user types on while a search is looked up: the older lookup is stopped, its result never
    // reaches the board, and the board shows the newer text.
    DealBoardPage page(m_db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DealFilterBar *bar = page.filterBar();
    QStringList applied;
    connect(bar, &DealFilterBar::changed, &page, [&] { applied << page.boardModel()->searchText(); });
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT c.family_name FROM deal d JOIN contact c ON c.id = d.contact_id "
                       "WHERE d.pipeline_id = 1 AND d.deleted_at IS NULL AND length(c.family_name) > 3 "
                       "ORDER BY d.id DESC LIMIT 1")));
    QVERIFY(q.next());
    const QString family = q.value(0).toString();
    bar->searchEdit()->setText(QStringLiteral("stale %1").arg(family));
    bar->applyNow();
    QVERIFY(bar->isSearching());
    bar->searchEdit()->setText(family.toUpper()); // not looked up before either
    bar->applyNow();
    QTRY_VERIFY(!bar->isSearching());
    QCOMPARE(applied, QStringList{family.toUpper()});
    QCOMPARE(page.boardModel()->searchText(), family.toUpper());
    qint64 found = 0;
    for (int c = 0; c < page.columnCount(); ++c)
        found += page.boardModel()->countAt(c);
    QVERIFY(found > 0);
    // Nothing more arrives later.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(applied.size(), 1);
}

void TestDealsUiGui::settingsPages()
{
    // Pipelines: reorder and delete a stage with deals, moving them (the target is chosen in a dialog).
    PipelineSettingsPage pipelines(m_db);
    QVERIFY(pipelines.canEdit());
    QCOMPARE(pipelines.pipelineBox()->count(), 2);
    QTreeWidget *stages = pipelines.stageList();
    stages->setCurrentItem(stages->topLevelItem(1));
    const qint64 second = pipelines.currentStageId();
    pipelines.moveStage(-1);
    QCOMPARE(stages->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), second);
    QCOMPARE(PipelineService(m_db, m_actor).pipeline(1)->stages.first().id, second);

    stages->setCurrentItem(stages->topLevelItem(0));
    const qint64 doomed = pipelines.currentStageId();
    const qint64 deals = scalar(QStringLiteral("SELECT count(*) FROM deal WHERE stage_id = %1").arg(doomed));
    QVERIFY(deals > 0);
    const qint64 history = scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history"));
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->accept(); // the first stage offered
    });
    pipelines.deleteStage();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal WHERE stage_id = %1").arg(doomed)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history")), history + deals);
    QVERIFY(!PipelineService(m_db, m_actor).pipeline(1)->stageById(doomed));

    // Products and lost reasons list what the services have.
    ProductSettingsPage products(m_db);
    QVERIFY(products.canEdit());
    QCOMPARE(qint64(products.productList()->topLevelItemCount()),
             qMin<qint64>(500, *ProductService(m_db, m_actor).count()));
    products.searchEdit()->setText(QStringLiteral("ERGO"));
    products.reload();
    QCOMPARE(products.productList()->topLevelItemCount(), 1);
    products.productList()->setCurrentItem(products.productList()->topLevelItem(0));
    products.toggleActive();
    QVERIFY(!ProductService(m_db, m_actor).list(QStringLiteral("ERGO"))->first().active);

    LostReasonSettingsPage reasons(m_db);
    QCOMPARE(reasons.reasonList()->count(), int(LostReasonService(m_db, m_actor).list()->size()));
    reasons.reasonList()->setCurrentRow(1);
    const qint64 moved = reasons.currentReasonId();
    reasons.moveReason(-1);
    QCOMPARE(LostReasonService(m_db, m_actor).list()->first().id, moved);

    // Custom fields: deals are one of the entities.
    SettingsDialog dialog(m_db);
    auto *entity = dialog.findChild<QComboBox *>();
    QVERIFY(entity);
    bool hasDeals = false;
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->findData(QStringLiteral("deal")) >= 0)
            hasDeals = true;
    }
    QVERIFY(hasDeals);
}

void TestDealsUiGui::screenshots()
{
    const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PRISTRIY_SCREENSHOT_DIR not set");
    MainWindow w(m_db);
    w.resize(1360, 800);
    w.setCurrentArea(MainWindow::DealsArea);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DealBoardPage *page = w.dealsPage();
    page->filterBar()->ownerBox()->setCurrentIndex(page->filterBar()->ownerBox()->findData(salesManager()));
    QVERIFY(w.grab().save(dir + QStringLiteral("/dealsui-board-filtered.png")));
    page->filterBar()->clear();
    page->showList(true);
    QVERIFY(w.grab().save(dir + QStringLiteral("/dealsui-list.png")));

    // A deal with line items and a contact.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT d.id FROM deal d WHERE d.contact_id IS NOT NULL AND d.deleted_at IS NULL "
                       "AND EXISTS (SELECT 1 FROM deal_line_item WHERE deal_id = d.id) "
                       "AND EXISTS (SELECT 1 FROM deal_stage_history h WHERE h.deal_id = d.id AND "
                       "h.from_stage_id IS NOT NULL) LIMIT 1")));
    QVERIFY(q.next());
    DealCardDialog *card = page->openDeal(q.value(0).toLongLong());
    QVERIFY(card);
    QVERIFY(QTest::qWaitForWindowExposed(card));
    const QStringList names = {QStringLiteral("details"), QStringLiteral("lineitems"),
                               QStringLiteral("activities"), QStringLiteral("history")};
    for (int i = 0; i < card->tabs()->count(); ++i) {
        card->tabs()->setCurrentIndex(i);
        const QString name = card->activityPanel() ? names.value(i) : names.value(i == 2 ? 3 : i);
        QVERIFY(card->grab().save(dir + QStringLiteral("/dealsui-card-%1.png").arg(name)));
    }
    card->titleEdit()->clear();
    card->save();
    card->tabs()->setCurrentIndex(0);
    QVERIFY(card->grab().save(dir + QStringLiteral("/dealsui-card-error.png")));
    card->load();
    card->close();

    // At scale: the list of a million deals (PRISTRIY_DEALSUI_1M_DB, made by `demo --deals 1000000`).
    const QString big = qEnvironmentVariable("PRISTRIY_DEALSUI_1M_DB");
    if (!big.isEmpty()) {
        Result<DatabasePtr> bigDb = Database::open(big);
        QVERIFY2(bigDb.ok(), qPrintable(bigDb.error().fullText()));
        MainWindow scaled(*bigDb);
        scaled.resize(1360, 800);
        scaled.setCurrentArea(MainWindow::DealsArea);
        scaled.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scaled));
        QThreadPool::globalInstance()->waitForDone(); // other areas' work off the GUI thread
        QElapsedTimer timer;
        timer.start();
        scaled.dealsPage()->showList(true);
        QApplication::processEvents();
        qInfo("1M deals: list shown in %lld ms", timer.elapsed());
        timer.restart();
        scaled.dealsPage()->filterBar()->searchEdit()->setText(QStringLiteral("ionescu"));
        scaled.dealsPage()->filterBar()->applyNow();
        QTRY_VERIFY_WITH_TIMEOUT(!scaled.dealsPage()->filterBar()->isSearching(), 30000);
        QApplication::processEvents();
        qInfo("1M deals: board and list filtered by a search in %lld ms", timer.elapsed());
        QVERIFY(scaled.grab().save(dir + QStringLiteral("/dealsui-list-1m.png")));
        QThreadPool::globalInstance()->waitForDone();
    }

    SettingsDialog settings(m_db, &w);
    settings.resize(760, 520);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    auto *tabs = settings.findChild<QTabWidget *>();
    QVERIFY(tabs);
    const QList<std::pair<int, QString>> pages = {{1, QStringLiteral("customfields")},
                                                  {2, QStringLiteral("pipelines")},
                                                  {3, QStringLiteral("products")},
                                                  {4, QStringLiteral("lostreasons")}};
    for (const auto &[index, name] : pages) {
        tabs->setCurrentIndex(index);
        if (name == QLatin1String("customfields")) {
            for (QComboBox *box : settings.findChildren<QComboBox *>()) {
                if (box->findData(QStringLiteral("deal")) >= 0)
                    box->setCurrentIndex(box->findData(QStringLiteral("deal")));
            }
        }
        QVERIFY(settings.grab().save(dir + QStringLiteral("/dealsui-settings-%1.png").arg(name)));
    }
}

QTEST_MAIN(TestDealsUiGui)
#include "tst_dealsuigui.moc"
