// The funnel dashboard as a director uses it, offscreen: it opens on demo data, a filter changes the
// numbers, a click on a band lists exactly the deals behind it, it follows a moved deal, and it exports.
#include "../testutil.h"
#include "crm/dealservice.h"
#include "dashboard/chartadapter.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/drilldowndialog.h"
#include "dashboard/funnelwidget.h"
#include "demo/dealgenerator.h"
#include "mainwindow.h"
#include "report/funneldeallistmodel.h"
#include "report/funnelquery.h"
#include "report/funneltablemodel.h"
#include "store/systemuser.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

#if __has_include("dealcard.h")
#include "dealcard.h"
#endif

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;

    static bool waitForReport(DashboardPage *page)
    {
        QSignalSpy spy(page, &DashboardPage::reportShown);
        if (!spy.wait(30000))
            return false;
        // A newer count may follow the first result.
        while (page->isBusy()) {
            if (!spy.wait(30000))
                return false;
        }
        return true;
    }

    FunnelReport expected(const FunnelFilter &f) const
    {
        const Result<FunnelReport> r = FunnelQuery(m_db, SystemUser::login()).compute(f);
        if (!r)
            qFatal("%s", qPrintable(r.error().fullText()));
        return *r;
    }

    // The last list opened, once its deals are read.
    DrillDownDialog *lastDrillDown(DashboardPage *page) const
    {
        const QList<DrillDownDialog *> dialogs = page->findChildren<DrillDownDialog *>();
        if (dialogs.isEmpty())
            return nullptr;
        DrillDownDialog *d = dialogs.last();
        if (!d->model()) {
            QSignalSpy spy(d, &DrillDownDialog::loaded);
            if (!spy.wait(30000))
                return nullptr;
        }
        return d;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PristriyTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        DealGenerator::Options o;
        o.deals = 4000;
        o.seed = 3;
        o.now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC); // the periods below are of 2026
        QVERIFY(DealGenerator::generate(*m_db, o).ok());
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_tmp.reset();
    }

    void opensFiltersAndDrillsDown()
    {
        DashboardPage page(m_db);
        page.resize(1400, 1100);
        page.show();
        page.restoreState();
        QVERIFY(waitForReport(&page));
        const FunnelFilter all = page.filter();
        QCOMPARE(page.report().deals, expected(all).deals);
        QVERIFY(page.report().deals > 2000);
        QCOMPARE(page.funnelWidget()->bands().size(), 8); // current mode: stages, Won, Lost

        // A filter change: one manager.
        page.setOwners({QStringLiteral("ana.popescu")});
        QVERIFY(waitForReport(&page));
        FunnelFilter f = all;
        f.owners = {QStringLiteral("ana.popescu")};
        const FunnelReport ana = expected(f);
        QCOMPARE(page.report().deals, ana.deals);
        QVERIFY(ana.deals < page.report().deals + 1 && ana.deals < expected(all).deals);

        // The reached funnel; a click on the third band lists exactly its deals.
        page.setMode(FunnelMode::Reached);
        QCOMPARE(page.funnelWidget()->bands().size(), 7);
        const QRect band = page.funnelWidget()->bandRect(2);
        QVERIFY(!band.isEmpty());
        QTest::mouseClick(page.funnelWidget(), Qt::LeftButton, {}, band.center());
        DrillDownDialog *dialog = lastDrillDown(&page);
        QVERIFY(dialog);
        QCOMPARE(qint64(dialog->model()->rowCount()), ana.stages.at(2).reached);
        QCOMPARE(qint64(dialog->model()->rowCount()), page.report().count(2, FunnelMode::Reached));
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The list holds exactly the drill-down's ids.
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::Stage;
        cell.mode = FunnelMode::Reached;
        cell.stageId = ana.stages.at(2).stageId;
        const QList<qint64> ids = *FunnelQuery(m_db, SystemUser::login()).drillDown(f, cell);
        QList<qint64> listed;
        for (int r = 0; r < dialog->model()->rowCount(); ++r)
            listed.append(dialog->model()->idAt(r));
        std::sort(listed.begin(), listed.end());
        QCOMPARE(listed, ids);
#if __has_include("dealcard.h")
        // From the list, the deal's card.
        emit dialog->view()->activated(dialog->model()->index(0, FunnelDealListModel::TitleColumn));
        const QList<DealCardDialog *> cards = dialog->findChildren<DealCardDialog *>();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first()->dealId(), dialog->model()->idAt(0));
        QVERIFY(cards.first()->isVisible());
        cards.first()->close();
#endif
        dialog->close();

        // A bar of lost reasons and a cell of the managers' table drill down too.
        QVERIFY(page.lostByReasonChart()->barCount() > 0);
        emit page.lostByReasonChart()->barClicked(0);
        dialog = lastDrillDown(&page);
        QVERIFY(dialog);
        QCOMPARE(qint64(dialog->model()->rowCount()), page.report().lostByReason.first().deals);
        dialog->close();
        QTableView *managers = page.managersTable();
        QCOMPARE(managers->model()->rowCount(), 1);
        emit managers->activated(managers->model()->index(0, 3)); // Won
        dialog = lastDrillDown(&page);
        QVERIFY(dialog);
        QCOMPARE(qint64(dialog->model()->rowCount()), page.report().managers.first().won);
        dialog->close();

        // Remembered: a new page comes back with the same filter and mode.
        DashboardPage again(m_db);
        again.restoreState();
        QVERIFY(waitForReport(&again));
        QCOMPARE(again.filter(), page.filter());
        QCOMPARE(again.mode(), FunnelMode::Reached);
        page.setOwners({});
        page.setMode(FunnelMode::Current);
        QVERIFY(waitForReport(&page));
    }

    void staleResultsAreDiscarded()
    {
        DashboardPage page(m_db);
        page.show();
        page.restoreState();
        // Several filter changes in a row: only the last one's numbers are shown.
        page.setOwners({QStringLiteral("ivan.petrov")});
        page.setOwners({QStringLiteral("john.smith")});
        page.setPeriod(FunnelFilter::Period::Created, QDate(2026, 1, 1), QDate(2026, 6, 30));
        QVERIFY(waitForReport(&page));
        FunnelFilter f = page.filter();
        QCOMPARE(f.owners, QStringList{QStringLiteral("john.smith")});
        QCOMPARE(page.report().filter, f);
        QCOMPARE(page.report().deals, expected(f).deals);
        page.setOwners({});
        page.setPeriod(FunnelFilter::Period::Created, {}, {});
        QVERIFY(waitForReport(&page));
    }

    void followsMovedDeals()
    {
        DashboardPage page(m_db);
        page.show();
        page.restoreState();
        QVERIFY(waitForReport(&page));
        const FunnelReport before = page.report();
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::Stage;
        cell.stageId = before.stages.at(0).stageId;
        const qint64 deal = FunnelQuery(m_db, SystemUser::login()).drillDown(page.filter(), cell)->first();
        QVERIFY(DealService(m_db, SystemUser::login()).moveToStage(deal, before.stages.at(2).stageId).ok());
        QVERIFY(waitForReport(&page));
        QCOMPARE(page.report().stages.at(0).current, before.stages.at(0).current - 1);
        QCOMPARE(page.report().stages.at(2).current, before.stages.at(2).current + 1);
        QCOMPARE(page.report().stages.at(1).reached, before.stages.at(1).reached + 1); // skipped, counted
    }

    void tablesAndExports()
    {
        DashboardPage page(m_db);
        page.resize(1400, 1100);
        page.show();
        page.restoreState();
        QVERIFY(waitForReport(&page));
        for (QTableView *view : {page.stagesTable(), page.managersTable()})
            QAbstractItemModelTester tester(view->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every table in both modes; the deals behind the first number are as many as it says.
        for (const auto table : {FunnelTableModel::Table::Stages, FunnelTableModel::Table::Managers,
                                 FunnelTableModel::Table::LostReasons, FunnelTableModel::Table::Months}) {
            for (const auto mode : {FunnelMode::Current, FunnelMode::Reached}) {
                FunnelTableModel model(table);
                QAbstractItemModelTester tester(&model,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
                model.setReport(page.report(), mode);
                QVERIFY(model.rowCount() > 0);
                const QModelIndex deals = model.index(0, 1);
                const std::optional<FunnelCell> cell = model.cellAt(deals);
                QVERIFY(cell.has_value());
                const qint64 shown = QLocale().toLongLong(model.data(deals).toString());
                const Result<QList<qint64>> ids =
                    FunnelQuery(m_db, SystemUser::login()).drillDown(page.report().filter, *cell);
                QCOMPARE(qint64(ids->size()), shown);
            }
        }
        QTemporaryDir dir;
        QVERIFY(page.exportImage(dir.filePath(QStringLiteral("d.png"))));
        QVERIFY(QImage(dir.filePath(QStringLiteral("d.png"))).width() > 800);
        QVERIFY(page.exportPdf(dir.filePath(QStringLiteral("d.pdf"))));
        QFile pdf(dir.filePath(QStringLiteral("d.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // Printing draws the same page on the printer (here a PDF printer, as "Print to File" makes).
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
            printer.setPageOrientation(QPageLayout::Landscape);
            QVERIFY(page.printTo(&printer));
            QFile printed(dir.filePath(QStringLiteral("printed.pdf")));
            QVERIFY(printed.open(QIODevice::ReadOnly));
            const QByteArray bytes = printed.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.size() > 10000); // the funnel and tables, not an empty page
        }
        QVERIFY(page.exportCsv(static_cast<const FunnelTableModel *>(page.stagesTable()->model()),
                               dir.filePath(QStringLiteral("s.csv"))));
        QFile csv(dir.filePath(QStringLiteral("s.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines.first().startsWith("Stage,Deals,Amount,"));
        const QByteArray first = "Presentation," + QByteArray::number(page.report().stages.at(0).current);
        QVERIFY(lines.at(1).startsWith(first));
        // Screenshots for the README, when asked for.
        const QString shots = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.resize(1500, 1250);
            QTest::qWait(300); // layouts and charts settle
            page.grab().save(shots + QStringLiteral("/funnel-dashboard-current.png"));
            page.setMode(FunnelMode::Reached);
            QTest::qWait(300);
            page.grab().save(shots + QStringLiteral("/funnel-dashboard-reached.png"));
            QTest::mouseClick(page.funnelWidget(), Qt::LeftButton, {},
                              page.funnelWidget()->bandRect(1).center());
            QTest::qWait(300);
            if (DrillDownDialog *d = lastDrillDown(&page))
                d->grab().save(shots + QStringLiteral("/funnel-drilldown.png"));
        }
    }

    void mainWindowHasTheDashboard()
    {
        MainWindow window(m_db);
        window.show();
        window.setCurrentArea(MainWindow::DashboardArea);
        QCOMPARE(window.currentArea(), MainWindow::DashboardArea);
        QVERIFY(window.dashboardPage());
        QVERIFY(window.dashboardPage()->isVisible());
        const QString shots = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.resize(1280, 860);
            QSignalSpy spy(window.dashboardPage(), &DashboardPage::reportShown);
            spy.wait(10000);
            QTest::qWait(300);
            window.grab().save(shots + QStringLiteral("/funnel-mainwindow.png"));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
