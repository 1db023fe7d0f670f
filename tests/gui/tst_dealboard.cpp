// The deal board on a demo database: columns and counts, moving a card (what a drop does), undo, a
// move to Lost without a reason refused; deals to the trash and back (Del, the context menu, Edit › Undo,
// the Trash's Deals tab); the board at 1280 px (columns that fit, drop zones and auto-scroll while
// dragging, totals in several currencies, "Late" beside the amount, headers never cut off).
#include "activity/mytasksdock.h"
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "dealboardpage.h"
#include "dealcolumnview.h"
#include "deals/dealcard.h"
#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/dealboardmodel.h"
#include "models/dealcolumnmodel.h"
#include "models/deallistmodel.h"
#include "recordtable.h"
#include "translator.h"
#include "trashpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

class TestDealBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void columnsMatchTheDatabase();
    void moveAndUndo();
    void lostWithoutReasonIsRefused();
    void mainWindowHasTheDealsArea();
    void deleteKeyTrashesTheSelectedCardAndUndoRestoresIt();
    void contextMenuMovesAndTrashes();
    void trashHasADealsTab();
    void columnsFitMoreStagesAt1280();
    void dragShowsDropZonesAndScrollsAtTheEdges();
    void dropOnWonAndLostZones();
    void totalsInSeveralCurrenciesAreNotCutOff();
    void lateMarkerLeavesTitleAndAmountWhole();
    void headersAreNotCutOff();
    void screenshot();

private:
    qint64 sqlCount(qint64 stageId) const;
    qint64 historyRows() const;
    // The first card of the first non-empty open column, and that column.
    qint64 firstDeal(DealBoardPage &page, int *column) const;
    qint64 deletedCount() const;

    QTemporaryDir m_dir;
    DatabasePtr m_db;
};

void TestDealBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dealboard"));
    QVERIFY(m_dir.isValid());
    Result<DatabasePtr> opened = Database::open(m_dir.filePath(QStringLiteral("deals.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    m_db = *opened;
    DemoGenerator::Options contacts;
    contacts.contacts = 300;
    contacts.seed = 3;
    const Status generated = DemoGenerator::generate(*m_db, contacts);
    QVERIFY2(generated.ok(), qPrintable(generated.error().fullText()));
    DealGenerator::Options deals;
    deals.deals = 400;
    deals.seed = 3;
    const Status dealt = DealGenerator::generate(*m_db, deals);
    QVERIFY2(dealt.ok(), qPrintable(dealt.error().fullText()));
}

void TestDealBoard::init()
{
    QSettings().clear();
}

qint64 TestDealBoard::sqlCount(qint64 stageId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM deal WHERE stage_id = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestDealBoard::historyRows() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM deal_stage_history")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestDealBoard::firstDeal(DealBoardPage &page, int *column) const
{
    for (int c = 0; c < page.columnCount(); ++c) {
        if (page.boardModel()->stageAt(c).kind == Stage::Kind::Open && page.columnModel(c)->rowCount() > 0) {
            *column = c;
            return page.columnModel(c)->idAt(0);
        }
    }
    return 0;
}

void TestDealBoard::columnsMatchTheDatabase()
{
    DealBoardPage page(m_db);
    QVERIFY(page.pipelineBox()->count() >= 2);
    for (int p = 0; p < page.pipelineBox()->count(); ++p) {
        page.pipelineBox()->setCurrentIndex(p);
        const Result<Pipeline> pipeline = PipelineService(m_db, GuiUtil::actor()).pipeline(page.pipelineId());
        QVERIFY(pipeline.ok());
        QCOMPARE(page.columnCount(), pipeline->stages.size());
        QCOMPARE(page.boardModel()->stageAt(page.columnCount() - 2).kind, Stage::Kind::Won);
        QCOMPARE(page.boardModel()->stageAt(page.columnCount() - 1).kind, Stage::Kind::Lost);
        qint64 total = 0;
        for (int c = 0; c < page.columnCount(); ++c) {
            const qint64 stageId = page.boardModel()->stageAt(c).id;
            QCOMPARE(page.columnView(c)->stageId(), stageId);
            QCOMPARE(qint64(page.columnModel(c)->rowCount()), page.boardModel()->countAt(c));
            QCOMPARE(page.boardModel()->countAt(c), sqlCount(stageId));
            QCOMPARE(page.countLabel(c)->text(),
                     DealBoardPage::tr("%Ln deal(s)", nullptr, int(page.boardModel()->countAt(c))));
            total += page.boardModel()->countAt(c);
        }
        QVERIFY(total > 0);
    }
}

void TestDealBoard::moveAndUndo()
{
    DealBoardPage page(m_db);
    int from = -1;
    const qint64 dealId = firstDeal(page, &from);
    QVERIFY(dealId > 0);
    const int to = from == 0 ? 1 : 0;
    const qint64 fromStage = page.boardModel()->stageAt(from).id;
    const qint64 toStage = page.boardModel()->stageAt(to).id;
    const qint64 fromCount = page.boardModel()->countAt(from);
    const qint64 toCount = page.boardModel()->countAt(to);
    const qint64 history = historyRows();
    QVERIFY(!page.canUndo());

    QVERIFY(page.dropDeal(dealId, toStage));
    QCOMPARE(page.boardModel()->countAt(from), fromCount - 1);
    QCOMPARE(page.boardModel()->countAt(to), toCount + 1);
    QCOMPARE(qint64(page.columnModel(from)->rowCount()), fromCount - 1);
    QCOMPARE(qint64(page.columnModel(to)->rowCount()), toCount + 1);
    QVERIFY(page.columnModel(to)->rowOfId(dealId) >= 0);
    QCOMPARE(sqlCount(toStage), toCount + 1);
    QCOMPARE(historyRows(), history + 1);
    QCOMPARE(DealService(m_db, GuiUtil::actor()).get(dealId)->stageId, toStage);
    QVERIFY(page.canUndo());

    QVERIFY(page.undoMove());
    QVERIFY(!page.canUndo());
    QCOMPARE(DealService(m_db, GuiUtil::actor()).get(dealId)->stageId, fromStage);
    QCOMPARE(page.boardModel()->countAt(from), fromCount);
    QCOMPARE(page.boardModel()->countAt(to), toCount);
    QCOMPARE(sqlCount(fromStage), fromCount);
    QCOMPARE(historyRows(), history + 2);
}

void TestDealBoard::lostWithoutReasonIsRefused()
{
    DealBoardPage page(m_db);
    int from = -1;
    const qint64 dealId = firstDeal(page, &from);
    QVERIFY(dealId > 0);
    const int lost = page.columnCount() - 1;
    QCOMPARE(page.boardModel()->stageAt(lost).kind, Stage::Kind::Lost);
    const qint64 lostCount = page.boardModel()->countAt(lost);
    const qint64 history = historyRows();

    bool shown = false;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        shown = box != nullptr;
        if (box)
            box->reject();
    });
    QVERIFY(!page.moveDeal(dealId, page.boardModel()->stageAt(lost).id, 0));
    QVERIFY(shown);
    QCOMPARE(page.boardModel()->countAt(lost), lostCount);
    QCOMPARE(sqlCount(page.boardModel()->stageAt(lost).id), lostCount);
    QCOMPARE(historyRows(), history);
    QVERIFY(!page.canUndo());

    // With a reason it moves, and undo brings it back.
    const Result<QList<LostReason>> reasons = PipelineService(m_db, GuiUtil::actor()).lostReasons();
    QVERIFY(reasons.ok() && !reasons->isEmpty());
    QVERIFY(page.moveDeal(dealId, page.boardModel()->stageAt(lost).id, reasons->first().id));
    QCOMPARE(page.boardModel()->countAt(lost), lostCount + 1);
    QVERIFY(page.undoMove());
    QCOMPARE(page.boardModel()->countAt(lost), lostCount);
}

void TestDealBoard::mainWindowHasTheDealsArea()
{
    MainWindow w(m_db);
    w.setCurrentArea(MainWindow::DealsArea);
    QCOMPARE(w.currentArea(), MainWindow::DealsArea);
    DealBoardPage *page = w.dealsPage();
    QVERIFY(page);
    int from = -1;
    const qint64 dealId = firstDeal(*page, &from);
    const qint64 fromStage = page->boardModel()->stageAt(from).id;
    QVERIFY(!w.undoAction()->isEnabled());
    QVERIFY(page->moveDeal(dealId, page->boardModel()->stageAt(from == 0 ? 1 : 0).id));
    QVERIFY(w.undoAction()->isEnabled());
    w.undoAction()->trigger();
    QCOMPARE(DealService(m_db, GuiUtil::actor()).get(dealId)->stageId, fromStage);
    QVERIFY(!w.undoAction()->isEnabled());
}

qint64 TestDealBoard::deletedCount() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NOT NULL")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestDealBoard::deleteKeyTrashesTheSelectedCardAndUndoRestoresIt()
{
    MainWindow w(m_db);
    w.resize(1280, 800);
    w.setCurrentArea(MainWindow::DealsArea);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DealBoardPage *page = w.dealsPage();
    int column = -1;
    const qint64 dealId = firstDeal(*page, &column);
    QVERIFY(dealId > 0);
    const qint64 count = page->boardModel()->countAt(column);
    QVERIFY(!w.deleteAction()->isEnabled()); // nothing selected yet

    DealColumnView *view = page->columnView(column);
    const QModelIndex index = page->columnModel(column)->index(0, DealColumnModel::TitleColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(page->selectedDealIds(), QList<qint64>{dealId});
    QVERIFY(w.deleteAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Delete);

    QTRY_COMPARE(page->boardModel()->countAt(column), count - 1);
    QCOMPARE(page->columnModel(column)->rowOfId(dealId), -1);
    QCOMPARE(DealService(m_db, GuiUtil::actor()).get(dealId).error().code, StoreError::Code::NotFound);
    QVERIFY(DealService(m_db, GuiUtil::actor()).getInTrash(dealId).ok());
    QTRY_VERIFY(w.trashPage()->dealModel()->rowOfId(dealId) >= 0);
    QVERIFY(w.undoAction()->isEnabled());
    QCOMPARE(w.undoAction()->text(), DealBoardPage::tr("&Undo Move to Trash"));
    auto *notice = w.findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY(notice && notice->isVisible());

    w.undoAction()->trigger();
    QTRY_COMPARE(page->boardModel()->countAt(column), count);
    QVERIFY(page->columnModel(column)->rowOfId(dealId) >= 0);
    QVERIFY(DealService(m_db, GuiUtil::actor()).get(dealId).ok());
    QVERIFY(!notice->isVisible());

    // The status bar's Undo does the same, from any area.
    QVERIFY(page->trashDeals({dealId}));
    w.setCurrentArea(MainWindow::ContactsArea);
    QVERIFY(notice->isVisible());
    notice->click();
    QVERIFY(DealService(m_db, GuiUtil::actor()).get(dealId).ok());
    QVERIFY(!page->canUndo());
}

void TestDealBoard::contextMenuMovesAndTrashes()
{
    DealBoardPage page(m_db);
    int column = -1;
    const qint64 dealId = firstDeal(page, &column);
    const qint64 stageId = page.boardModel()->stageAt(column).id;
    std::unique_ptr<QMenu> menu(page.dealMenu(dealId, &page));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("openDeal")));
    auto *stages = menu->findChild<QMenu *>(QStringLiteral("moveToStage"));
    QVERIFY(stages);
    int open = 0;
    for (int c = 0; c < page.columnCount(); ++c)
        open += page.boardModel()->stageAt(c).kind == Stage::Kind::Open ? 1 : 0;
    QCOMPARE(stages->actions().size(), open);
    QAction *other = nullptr;
    for (QAction *a : stages->actions()) {
        if (a->isChecked())
            QVERIFY(!a->isEnabled()); // where it is
        else if (!other)
            other = a;
    }
    QVERIFY(other);
    other->trigger();
    QVERIFY(DealService(m_db, GuiUtil::actor()).get(dealId)->stageId != stageId);
    QVERIFY(page.undoMove());
    QCOMPARE(DealService(m_db, GuiUtil::actor()).get(dealId)->stageId, stageId);

    QAction *trash = menu->findChild<QAction *>(QStringLiteral("trashDeal"));
    QVERIFY(trash && trash->isEnabled());
    const qint64 inTrash = deletedCount();
    trash->trigger();
    QCOMPARE(deletedCount(), inTrash + 1);
    QVERIFY(page.canUndo());
    QVERIFY(page.undoMove());
    QCOMPARE(deletedCount(), inTrash);
    QCOMPARE(DealService(m_db, GuiUtil::actor()).get(dealId)->stageId, stageId);

    // Won from the menu; Lost asks for the reason (Cancel: nothing happens).
    std::unique_ptr<QMenu> again(page.dealMenu(dealId, &page));
    const qint64 history = historyRows();
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    again->findChild<QAction *>(QStringLiteral("markLost"))->trigger();
    QCOMPARE(historyRows(), history);
    again->findChild<QAction *>(QStringLiteral("markWon"))->trigger();
    QCOMPARE(page.boardModel()
                 ->stageAt(page.columnOfStage(DealService(m_db, GuiUtil::actor()).get(dealId)->stageId))
                 .kind,
             Stage::Kind::Won);
    QVERIFY(page.undoMove());
}

void TestDealBoard::trashHasADealsTab()
{
    DealService deals(m_db, GuiUtil::actor());
    DealBoardPage probe(m_db);
    int column = -1;
    const qint64 first = firstDeal(probe, &column);
    const qint64 second = probe.columnModel(column)->idAt(1);
    QVERIFY(first > 0 && second > 0);
    QVERIFY(deals.moveToTrash({first, second}).ok());

    MainWindow w(m_db);
    w.setCurrentArea(MainWindow::TrashArea);
    TrashPage *trash = w.trashPage();
    trash->setCurrentKind(TrashPage::Deals);
    QCOMPARE(trash->currentKind(), TrashPage::Deals);
    QTRY_VERIFY(trash->dealModel()->rowOfId(first) >= 0);
    QVERIFY(trash->dealModel()->rowOfId(second) >= 0);
    QVERIFY2(w.countLabel()->text().contains(QString::number(trash->totalCount())),
             qPrintable(w.countLabel()->text()));
    QVERIFY(!w.deleteAction()->isEnabled());

    QVERIFY(trash->table(TrashPage::Deals)->selectId(first));
    QVERIFY(w.deleteAction()->isEnabled());
    trash->restoreSelected();
    QTRY_COMPARE(trash->dealModel()->rowOfId(first), -1);
    QVERIFY(deals.get(first).ok());

    QVERIFY(trash->table(TrashPage::Deals)->selectId(second));
    trash->purgeSelected(false);
    QTRY_COMPARE(trash->dealModel()->rowOfId(second), -1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM deal WHERE id = %1").arg(second)) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(trash->table(TrashPage::Deals)->isEmptyStateVisible());
}

namespace {

// The columns whose whole frame is inside the board's viewport.
int fullyVisibleColumns(DealBoardPage *page)
{
    QWidget *viewport = page->scrollArea()->viewport();
    int n = 0;
    for (int c = 0; c < page->columnCount(); ++c) {
        QWidget *frame = page->columnView(c)->parentWidget();
        const QRect r(frame->mapTo(viewport, QPoint(0, 0)), frame->size());
        if (r.left() >= 0 && r.right() < viewport->width())
            ++n;
    }
    return n;
}

} // namespace

void TestDealBoard::columnsFitMoreStagesAt1280()
{
    MainWindow w(m_db);
    w.resize(1280, 800);
    w.setCurrentArea(MainWindow::DealsArea);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DealBoardPage *page = w.dealsPage();
    QCOMPARE(page->columnCount(), 8);
    // Fixed 250 px columns showed three stages beside the navigation and My Tasks; now four do, and
    // without My Tasks five.
    QTRY_VERIFY2(fullyVisibleColumns(page) >= 4, qPrintable(QString::number(fullyVisibleColumns(page))));
    w.myTasksDock()->hide();
    QTRY_VERIFY2(fullyVisibleColumns(page) >= 5, qPrintable(QString::number(fullyVisibleColumns(page))));
    // Wide windows give the columns more room, never less than a readable card.
    w.resize(1600, 1000);
    QTRY_VERIFY(fullyVisibleColumns(page) >= 7);
    for (int c = 0; c < page->columnCount(); ++c)
        QVERIFY(page->columnView(c)->parentWidget()->width() >= 190);
}

void TestDealBoard::dragShowsDropZonesAndScrollsAtTheEdges()
{
    MainWindow w(m_db);
    w.resize(1280, 800);
    w.setCurrentArea(MainWindow::DealsArea);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DealBoardPage *page = w.dealsPage();
    QVERIFY(!page->dropZones()->isVisible());
    // The drag of a card shows the zones over the bottom of the board.
    emit page->columnView(0)->dragStarted();
    QVERIFY(page->isDragging());
    QVERIFY(page->dropZones()->isVisible());
    const QRect zones(page->dropZones()->mapTo(page, QPoint(0, 0)), page->dropZones()->size());
    QVERIFY(page->rect().contains(zones));
    QVERIFY(zones.bottom() > page->height() - 100);
    QCOMPARE(page->wonZone()->stageId(), page->boardModel()->stageAt(page->columnCount() - 2).id);
    QCOMPARE(page->lostZone()->stageId(), page->boardModel()->stageAt(page->columnCount() - 1).id);

    // Near the right edge the board scrolls right, near the left edge back; in the middle it stays.
    QScrollBar *bar = page->scrollArea()->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QWidget *viewport = page->scrollArea()->viewport();
    const int y = viewport->height() / 2;
    QCOMPARE(bar->value(), 0);
    QVERIFY(!page->autoScrollAt(QPoint(viewport->width() / 2, y)));
    QVERIFY(page->autoScrollAt(QPoint(viewport->width() - 5, y)));
    QVERIFY(bar->value() > 0);
    for (int i = 0; i < 200 && page->autoScrollAt(QPoint(viewport->width() - 5, y)); ++i) {
    }
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(page->autoScrollAt(QPoint(3, y)));
    QVERIFY(bar->value() < bar->maximum());
    emit page->columnView(0)->dragFinished();
    QVERIFY(!page->dropZones()->isVisible());
}

namespace {

// Drops the deal's card on a widget as a drag from its column would.
void dropCard(QWidget *target, qint64 dealId, qint64 fromStageId)
{
    QMimeData mime;
    mime.setData(DealColumnView::kMimeType, QStringLiteral("%1:%2").arg(dealId).arg(fromStageId).toLatin1());
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

void TestDealBoard::dropOnWonAndLostZones()
{
    DealBoardPage page(m_db);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDragging(true);
    int column = -1;
    const qint64 dealId = firstDeal(page, &column);
    const qint64 from = page.boardModel()->stageAt(column).id;
    const int won = page.columnCount() - 2;
    const qint64 wonCount = page.boardModel()->countAt(won);
    dropCard(page.wonZone(), dealId, from);
    QTRY_COMPARE(page.boardModel()->countAt(won), wonCount + 1);
    QCOMPARE(DealService(m_db, GuiUtil::actor()).get(dealId)->stageId, page.wonZone()->stageId());
    QVERIFY(page.undoMove());

    // Lost asks for the reason, as a drop on the Lost column does.
    const int lost = page.columnCount() - 1;
    const qint64 lostCount = page.boardModel()->countAt(lost);
    bool asked = false;
    QTimer::singleShot(50, this, [&asked] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->accept();
        }
    });
    dropCard(page.lostZone(), dealId, from);
    QTRY_VERIFY(asked);
    QTRY_COMPARE(page.boardModel()->countAt(lost), lostCount + 1);
    QVERIFY(DealService(m_db, GuiUtil::actor()).get(dealId)->lostReasonId > 0);
    QVERIFY(page.undoMove());

    // The trash zone moves it to the trash; Undo brings it back.
    const qint64 inTrash = deletedCount();
    dropCard(page.trashZone(), dealId, from);
    QTRY_COMPARE(deletedCount(), inTrash + 1);
    QVERIFY(page.undoMove());
    QCOMPARE(deletedCount(), inTrash);
    // Something that is not a deal is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page.wonZone(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestDealBoard::totalsInSeveralCurrenciesAreNotCutOff()
{
    const Result<Pipeline> sales =
        PipelineService(m_db, GuiUtil::actor()).pipelineNamed(QStringLiteral("Sales"));
    QVERIFY(sales.ok());
    const qint64 stageId = sales->stageNamed(QStringLiteral("Event"))->id;
    DealService deals(m_db, GuiUtil::actor());
    QList<qint64> made;
    const QStringList currencies = {QStringLiteral("USD"), QStringLiteral("RON"), QStringLiteral("GBP"),
                                    QStringLiteral("CHF"), QStringLiteral("PLN"), QStringLiteral("UAH")};
    for (const QString &currency : currencies) {
        Deal d;
        d.title = QStringLiteral("Export %1").arg(currency);
        d.pipelineId = sales->id;
        d.currency = currency;
        d.amountMinor = 123456789012;
        const Result<qint64> id = deals.create(d);
        QVERIFY(id.ok());
        QVERIFY(deals.moveToStage(*id, stageId).ok());
        made.append(*id);
    }
    for (const int width : {1280, 1600}) {
        MainWindow w(m_db);
        w.resize(width, width == 1280 ? 800 : 1000);
        w.setCurrentArea(MainWindow::DealsArea);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DealBoardPage *page = w.dealsPage();
        page->setPipeline(sales->id);
        const int column = page->columnOfStage(stageId);
        QLabel *total = page->totalLabel(column);
        QTRY_VERIFY(total->width() > 100);
        const QStringList lines = total->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QVERIFY2(total->fontMetrics().horizontalAdvance(line) <= total->contentsRect().width(),
                     qPrintable(QStringLiteral("%1 px: “%2” is wider than %3 px")
                                    .arg(width)
                                    .arg(line)
                                    .arg(total->contentsRect().width())));
        QVERIFY2(lines.last().contains(QStringLiteral("+")), qPrintable(lines.last())); // "+4 more"
        for (const QString &currency : currencies)
            QVERIFY2(total->toolTip().contains(currency), qPrintable(total->toolTip()));
    }
    QVERIFY(deals.moveToTrash(made).ok());
    QVERIFY(deals.purge(made).ok());
}

void TestDealBoard::lateMarkerLeavesTitleAndAmountWhole()
{
    // A card as the board paints it, late and not late: the title and amount lines are the same.
    QStandardItemModel model(1, DealColumnModel::ColumnCount);
    model.setData(model.index(0, DealColumnModel::TitleColumn),
                  QStringLiteral("Office fit-out, Bd. Unirii 12"));
    model.setData(model.index(0, DealColumnModel::AmountColumn), QStringLiteral("1.250,00 EUR"));
    model.setData(model.index(0, DealColumnModel::ContactColumn), QStringLiteral("Ștefan Popescu"));
    model.setData(model.index(0, DealColumnModel::OwnerColumn), QStringLiteral("Ana Rusu"));
    DealCardDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    const QSize size(230, delegate.sizeHint(option, model.index(0, 0)).height());
    option.rect = QRect(QPoint(0, 0), size);
    auto paint = [&](bool late) {
        model.setData(model.index(0, DealColumnModel::LateColumn), late);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, DealColumnModel::TitleColumn));
        return image;
    };
    const QImage onTime = paint(false);
    const QImage late = paint(true);
    QVERIFY(onTime != late); // the marker is drawn
    const int line = QFontMetrics(option.font).height();
    // The card's top edge, the title and the amount.
    const QRect titleAndAmount(0, 0, size.width(), 4 + 2 * line);
    QCOMPARE(late.copy(titleAndAmount), onTime.copy(titleAndAmount));
}

// The stage name and the count have a line each, elided to the column with the whole name in the
// tooltip: at 1280 px the Romanian "Commercial prop 63.780 de oportuni" ran the two into each other.
void TestDealBoard::headersAreNotCutOff()
{
    const Result<Pipeline> sales =
        PipelineService(m_db, GuiUtil::actor()).pipelineNamed(QStringLiteral("Sales"));
    QVERIFY(sales.ok());
    MainWindow w(m_db);
    w.resize(1280, 800);
    w.setCurrentArea(MainWindow::DealsArea);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DealBoardPage *page = w.dealsPage();
    page->setPipeline(sales->id);
    for (int c = 0; c < page->columnCount(); ++c) {
        for (QLabel *label : {page->stageLabel(c), page->countLabel(c)}) {
            QTRY_VERIFY(label->width() > 0);
            QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width(),
                     qPrintable(
                         QStringLiteral("“%1” is cut off at %2 px").arg(label->text()).arg(label->width())));
        }
        // The name and the count never share a line.
        const QRect name = page->stageLabel(c)->geometry();
        const QRect count = page->countLabel(c)->geometry();
        QVERIFY(!name.intersects(count));
        QVERIFY(count.top() >= name.bottom());
        QCOMPARE(page->stageLabel(c)->toolTip(), page->boardModel()->stageAt(c).name);
    }
}

// Screenshots of the board, a deal card with line items and the Trash's deals, at 1280×800 and
// 1600×1000 (run under Xvfb with PRISTRIY_SCREENSHOT_DIR; PRISTRIY_SCREENSHOT_DB: another database, a
// copy, since a few deals visit the trash; PRISTRIY_SCREENSHOT_LANG: the language).
void TestDealBoard::screenshot()
{
    const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PRISTRIY_SCREENSHOT_DIR not set");
    const QString language = qEnvironmentVariable("PRISTRIY_SCREENSHOT_LANG", QStringLiteral("en"));
    Translator::setConfiguredLanguage(language);
    Translator::install();
    // The translations are built into the application, not the tests: PRISTRIY_SCREENSHOT_QM names
    // the folder of the built .qm files.
    QList<QTranslator *> translators;
    if (const QString qm = qEnvironmentVariable("PRISTRIY_SCREENSHOT_QM"); !qm.isEmpty()) {
        for (const QString &code : {QStringLiteral("en"), language}) {
            auto *t = new QTranslator(qApp);
            QVERIFY(t->load(QStringLiteral("%1/pristriy_%2.qm").arg(qm, code)));
            QCoreApplication::installTranslator(t);
            translators.append(t);
        }
    }
    DatabasePtr db = m_db;
    QString tag = QStringLiteral("small");
    if (const QString path = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DB"); !path.isEmpty()) {
        Result<DatabasePtr> opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
        db = *opened;
        tag = QStringLiteral("large");
    }
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT d.id FROM deal d WHERE d.deleted_at IS NULL AND d.pipeline_id = 1 AND "
        "(SELECT count(*) FROM deal_line_item WHERE deal_id = d.id) >= 2 ORDER BY d.id LIMIT 3")));
    QList<qint64> deals;
    while (q.next())
        deals.append(q.value(0).toLongLong());
    QVERIFY(deals.size() == 3);
    QVERIFY(DealService(db, GuiUtil::actor()).moveToTrash({deals.at(1), deals.at(2)}).ok());
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        const QString name =
            QStringLiteral("%1/%2-%3-%4x%5-").arg(dir, tag, language).arg(size.width()).arg(size.height());
        MainWindow w(db);
        w.resize(size);
        w.setCurrentArea(MainWindow::DealsArea);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(300);
        QVERIFY(w.grab().save(name + QStringLiteral("board.png")));
        w.dealsPage()->setDragging(true);
        QTest::qWait(100);
        QVERIFY(w.grab().save(name + QStringLiteral("board-dragging.png")));
        w.dealsPage()->setDragging(false);
        DealCardDialog *card = w.dealsPage()->openDeal(deals.first());
        QVERIFY(card);
        card->tabs()->setCurrentIndex(1);
        QVERIFY(QTest::qWaitForWindowExposed(card));
        QTest::qWait(200);
        QVERIFY(card->grab().save(name + QStringLiteral("card-items.png")));
        card->tabs()->setCurrentIndex(0);
        QVERIFY(card->grab().save(name + QStringLiteral("card.png")));
        card->done(QDialog::Rejected);
        DealCardDialog *fresh = w.dealsPage()->newDeal();
        QVERIFY(QTest::qWaitForWindowExposed(fresh));
        QVERIFY(fresh->grab().save(name + QStringLiteral("card-new.png")));
        fresh->done(QDialog::Rejected);
        w.setCurrentArea(MainWindow::TrashArea);
        w.trashPage()->setCurrentKind(TrashPage::Deals);
        QTest::qWait(200);
        QVERIFY(w.grab().save(name + QStringLiteral("trash.png")));
    }
    QVERIFY(DealService(db, GuiUtil::actor()).restore({deals.at(1), deals.at(2)}).ok());
    for (QTranslator *t : std::as_const(translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Translator::setConfiguredLanguage(QStringLiteral("en"));
    Translator::install();
}

QTEST_MAIN(TestDealBoard)
#include "tst_dealboard.moc"
