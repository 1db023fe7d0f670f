// The deal board on a demo database: columns and counts, moving a card (what a drop does), undo, and a
// move to Lost without a reason refused.
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "dealboardpage.h"
#include "dealcolumnview.h"
#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "models/dealboardmodel.h"
#include "models/dealcolumnmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void screenshot();

private:
    qint64 sqlCount(qint64 stageId) const;
    qint64 historyRows() const;
    // The first card of the first non-empty open column, and that column.
    qint64 firstDeal(DealBoardPage &page, int *column) const;

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

void TestDealBoard::screenshot()
{
    const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PRISTRIY_SCREENSHOT_DIR not set");
    MainWindow w(m_db);
    w.resize(1280, 780);
    w.setCurrentArea(MainWindow::DealsArea);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.grab().save(dir + QStringLiteral("/deal-board.png")));
}

QTEST_MAIN(TestDealBoard)
#include "tst_dealboard.moc"
