// The funnel dashboard as a director uses it, offscreen: it opens on demo data, a filter changes the
// numbers, a click on a band lists exactly the deals behind it, it follows a moved deal, and it exports.
#include "../testutil.h"
#include "crm/dealservice.h"
#include "dashboard/chartadapter.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/drilldowndialog.h"
#include "dashboard/funnelwidget.h"
#include "demo/dealgenerator.h"
#include "guiutil.h"
#include "mainwindow.h"
#include "report/funneldeallistmodel.h"
#include "report/funnelquery.h"
#include "report/funneltablemodel.h"
#include "store/systemuser.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPrinter>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QWindow>

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

    // Opens the Owners drop-down as a user does, clicks the owners at the given positions (0: the first
    // owner below Everybody), then closes it if it is still open: with Esc, or with a click outside.
    // Returns whether the page was counting at each click.
    static QList<bool> tickOwners(DashboardPage *page, const QList<int> &positions, bool clickOutside = false)
    {
        auto *button = page->findChild<QToolButton *>(QStringLiteral("ownersButton"));
        QList<bool> busy;
        QTimer::singleShot(0, page, [page, positions, clickOutside, &busy] {
            QPointer<QMenu> menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            for (int position : positions) {
                if (!menu)
                    return;
                QList<QAction *> owners;
                for (QAction *a : menu->actions()) {
                    if (!a->isSeparator() && a->data().isValid())
                        owners.append(a);
                }
                if (position >= owners.size())
                    return;
                busy.append(page->isBusy());
                // Through the menu's window, as the windowing system delivers a click.
                QTest::mouseClick(menu->windowHandle(), Qt::LeftButton, {},
                                  menu->actionGeometry(owners.at(position)).center());
            }
            if (menu && clickOutside)
                QTest::mouseClick(menu->windowHandle(), Qt::LeftButton, {}, QPoint(-20, menu->height() / 2));
            else if (menu)
                QTest::keyClick(menu, Qt::Key_Escape);
        });
        button->showMenu(); // returns when the drop-down closes
        return busy;
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
    void init()
    {
        QSettings().clear(); // each test starts from the dashboard's defaults
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

    // Issue 9: every filter of the dashboard changed through its widget while a count is out, the Owners
    // drop-down included (a tick there used to free the drop-down inside its own click: heap corruption).
    // The numbers shown at the end are those of the last filter, and that filter is what is remembered.
    void everyFilterChangesWhileCounting()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Unexpected nullptr parameter")));
        DashboardPage page(m_db);
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.restoreState();
        QVERIFY(waitForReport(&page));
        auto *pipeline = page.findChild<QComboBox *>(QStringLiteral("dashboardPipeline"));
        auto *periodKind = page.findChild<QComboBox *>(QStringLiteral("periodKind"));
        auto *source = page.findChild<QComboBox *>(QStringLiteral("sourceBox"));
        auto *from = page.findChild<QDateEdit *>(QStringLiteral("periodFrom"));
        auto *to = page.findChild<QDateEdit *>(QStringLiteral("periodTo"));
        auto *reached = page.findChild<QRadioButton *>(QStringLiteral("modeReached"));
        auto *current = page.findChild<QRadioButton *>(QStringLiteral("modeCurrent"));
        const QList<QCheckBox *> boxes = page.findChildren<QCheckBox *>(); // from, to
        QVERIFY(pipeline && periodKind && source && from && to && reached && current);
        QCOMPARE(boxes.size(), 2);
        QVERIFY(pipeline->count() >= 2);

        const auto changeAll = [&](int round) {
            // The first change starts a count; each of the others is made while it is out.
            QTest::keyClick(source, round % 2 == 0 ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(page.isBusy());
            QTest::keyClick(periodKind, round % 2 == 0 ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(page.isBusy());
            QTest::mouseClick(boxes.at(0), Qt::LeftButton);
            QTest::keyClick(from, Qt::Key_Up);
            QTest::mouseClick(boxes.at(1), Qt::LeftButton);
            QTest::keyClick(to, Qt::Key_Down);
            QTest::mouseClick(round % 2 == 0 ? reached : current, Qt::LeftButton);
            QVERIFY(page.isBusy());
            const QList<bool> busy = tickOwners(&page, {round % 3, (round + 1) % 3}, round == 1);
            QCOMPARE(busy.size(), 2);
            QVERIFY(busy.first() || round > 0); // later rounds race the count, as a user does
            QTest::keyClick(pipeline, round % 2 == 0 ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(page.isBusy());
        };

        // First with the counting held back (the page's threads busy), so that every change surely
        // overtakes the count out; then as it comes.
        QTRY_VERIFY(source->count() > 2); // the sources are read off the GUI thread
        QThreadPool *pool = page.workers();
        const int threads = pool->maxThreadCount();
        QSemaphore started;
        QSemaphore release;
        for (int i = 0; i < threads; ++i) {
            pool->start([&started, &release] {
                started.release();
                release.acquire();
            });
        }
        started.acquire(threads);
        changeAll(0);
        release.release(threads);
        QVERIFY(!QTest::currentTestFailed());
        for (int round = 1; round < 4; ++round) {
            QVERIFY(waitForReport(&page));
            QTRY_VERIFY(source->count() > 2);
            changeAll(round);
            QVERIFY(!QTest::currentTestFailed());
        }
        QVERIFY(waitForReport(&page));
        const FunnelFilter f = page.filter();
        QCOMPARE(page.report().filter, f);
        QCOMPARE(page.report().deals, expected(f).deals);

        // What is remembered is the filter shown.
        {
            DashboardPage again(m_db);
            again.restoreState();
            QVERIFY(waitForReport(&again));
            QCOMPARE(again.filter(), f);
            QCOMPARE(again.mode(), page.mode());
        }

        // A page closed and a list of deals closed while they are still counting.
        QTest::mouseClick(boxes.at(0), Qt::LeftButton);
        QVERIFY(page.isBusy());
        FunnelCell all;
        QPointer<QDialog> list = page.drillDown(all, QStringLiteral("all"));
        list->close();
        auto *doomed = new DashboardPage(m_db);
        doomed->show();
        doomed->restoreState();
        QVERIFY(doomed->isBusy());
        delete doomed;
        QTRY_VERIFY(list.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QCOMPARE(page.report().filter, page.filter());
    }

    // Issue 9: each user keeps their own dashboard filters. A sales manager does not inherit the
    // director's choice of owners (and counts their own deals only); each finds theirs again.
    void filtersAreRememberedPerUser()
    {
        const auto anonymous = qScopeGuard([] { GuiUtil::setActor(QString()); });
        const QString director = QStringLiteral("diana.rusu");
        const QStringList chosen = {QStringLiteral("ana.popescu"), QStringLiteral("ivan.petrov")};
        GuiUtil::setActor(director);
        {
            DashboardPage page(m_db);
            page.restoreState();
            QVERIFY(waitForReport(&page));
            page.setOwners(chosen);
            page.setPeriod(FunnelFilter::Period::StageEntered, QDate(2025, 1, 1), {});
            page.setMode(FunnelMode::Reached);
            QVERIFY(waitForReport(&page));
        }
        const QString manager = DealGenerator::salesManagerLogins(5).at(2);
        GuiUtil::setActor(manager);
        FunnelFilter managers;
        {
            DashboardPage page(m_db);
            page.restoreState();
            QVERIFY(waitForReport(&page));
            QVERIFY(page.filter().owners.isEmpty());
            QCOMPARE(page.filter().period, FunnelFilter::Period::Created);
            QVERIFY(!page.filter().from.isValid());
            QCOMPARE(page.mode(), FunnelMode::Current);
            // Their own deals, whoever else is asked for.
            FunnelFilter own = page.filter();
            own.owners = {manager};
            QCOMPARE(page.report().deals, expected(own).deals);
            QVERIFY(page.report().deals > 0);
            auto *owners = page.findChild<QToolButton *>(QStringLiteral("ownersButton"));
            QVERIFY(!owners->isEnabled());
            page.setOwners(chosen);
            QVERIFY(page.filter().owners.isEmpty());
            page.setPeriod(FunnelFilter::Period::Created, {}, QDate(2026, 3, 31));
            QVERIFY(waitForReport(&page));
            managers = page.filter();
        }
        GuiUtil::setActor(director);
        {
            DashboardPage page(m_db);
            page.restoreState();
            QVERIFY(waitForReport(&page));
            QCOMPARE(page.filter().owners, chosen);
            QCOMPARE(page.filter().period, FunnelFilter::Period::StageEntered);
            QCOMPARE(page.filter().from, QDate(2025, 1, 1));
            QVERIFY(!page.filter().to.isValid());
            QCOMPARE(page.mode(), FunnelMode::Reached);
        }
        GuiUtil::setActor(manager);
        {
            DashboardPage page(m_db);
            page.restoreState();
            QVERIFY(waitForReport(&page));
            QCOMPARE(page.filter(), managers);
        }
    }

    // Issue 9: at 1280×800 nothing of the dashboard is cut, in each language (Romanian's texts are the
    // longest): the filters, the status and Export fit; the funnel's texts fit; every table heading and
    // cell is whole; the value axes speak the locale and are shortened; the months are readable.
    void readsWellAt1280_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "ro", "ru", "uk"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void readsWellAt1280()
    {
        QFETCH(QString, language);
        QTranslator english;
        QTranslator own;
        QVERIFY(english.load(QStringLiteral("pristriy_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&english);
        if (language != QLatin1String("en")) {
            QVERIFY(own.load(QStringLiteral("pristriy_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&own);
        }
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&own);
            QCoreApplication::removeTranslator(&english);
            QLocale::setDefault(QLocale::c());
        });
        MainWindow window(m_db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentArea(MainWindow::DashboardArea);
        DashboardPage *page = window.dashboardPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->report().deals > 0, 30000);
        QCoreApplication::processEvents(); // the layouts follow the numbers

        // The filters fit without scrolling sideways; no text in them is cut.
        QWidget *bar = page->filterBar();
        auto *barScroll = qobject_cast<QScrollArea *>(bar->parentWidget()->parentWidget());
        QVERIFY(barScroll);
        QVERIFY2(bar->minimumSizeHint().width() <= barScroll->viewport()->width(),
                 qPrintable(QStringLiteral("filters need %1 px of %2")
                                .arg(bar->minimumSizeHint().width())
                                .arg(barScroll->viewport()->width())));
        QVERIFY(!barScroll->horizontalScrollBar()->isVisible());
        for (QWidget *w : bar->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)))
                continue;
            QVERIFY2(w->width() >= w->sizeHint().width(),
                     qPrintable(QStringLiteral("“%1” is cut").arg(w->property("text").toString())));
        }
        auto *status = page->findChild<QLabel *>(QStringLiteral("dashboardStatus"));
        QVERIFY(!status->text().isEmpty());
        QVERIFY(status->fontMetrics().horizontalAdvance(status->text()) <= status->contentsRect().width());
        // The mode, beside the funnel.
        for (auto *mode : page->content()->findChildren<QRadioButton *>())
            QVERIFY2(mode->width() >= mode->sizeHint().width(), qPrintable(mode->text()));

        // The page fits the window's width.
        auto *contentScroll = qobject_cast<QScrollArea *>(page->content()->parentWidget()->parentWidget());
        QVERIFY(contentScroll);
        QVERIFY(!contentScroll->horizontalScrollBar()->isVisible());

        // The funnel: names and conversions whole; each band's numbers fit where they are written.
        FunnelWidget *funnel = page->funnelWidget();
        QVERIFY(!funnel->labelsShortened());
        // Under load the page may still be settling (a scroll bar coming or going changes the
        // funnel's width): the bands are judged once its layout is final.
        const auto bandsInside = [funnel] {
            for (int b : funnel->bands()) {
                if (!funnel->rect().contains(funnel->bandTextRect(b)))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(bandsInside(), 10000);
        for (int b : funnel->bands()) {
            const QRect r = funnel->bandTextRect(b);
            const QStringList lines = funnel->bandTextLines(b);
            QVERIFY(!lines.isEmpty());
            QVERIFY(lines.size() * funnel->fontMetrics().lineSpacing() <= r.height());
            for (const QString &line : lines)
                QVERIFY2(funnel->fontMetrics().horizontalAdvance(line) <= r.width(), qPrintable(line));
            QVERIFY(funnel->rect().contains(r));
        }
        // The outcome figures are not cut.
        for (const char *name : {"kpiDeals", "kpiWon", "kpiLost", "kpiWinRate", "kpiRevenue"}) {
            auto *kpi = page->findChild<QLabel *>(QString::fromLatin1(name));
            QVERIFY(kpi->heightForWidth(kpi->width()) <= kpi->height());
        }

        // The tables: every heading and every cell whole.
        for (QTableView *view : {page->stagesTable(), page->managersTable()}) {
            QHeaderView *header = view->horizontalHeader();
            QVERIFY2(header->length() <= view->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 px of %3")
                                    .arg(view->objectName())
                                    .arg(header->length())
                                    .arg(view->viewport()->width())));
            const int margin = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                const QString heading = view->model()->headerData(c, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(heading) + margin,
                         qPrintable(heading));
                QVERIFY2(view->columnWidth(c) >= static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c),
                         qPrintable(heading));
            }
        }

        // The charts: the value axes in the locale's format, shortened; the months labelled side by side.
        for (DashboardBarChart *chart :
             {page->lostByReasonChart(), page->lostByStageChart(), page->revenueChart()}) {
            QVERIFY(chart->barCount() > 0);
            const QStringList labels = chart->valueLabels();
            QVERIFY(labels.size() >= 2);
            QCOMPARE(labels.first(), QLocale().toString(0));
            for (const QString &label : labels)
                QVERIFY2(!label.contains(QRegularExpression(QStringLiteral("\\d{5}"))), qPrintable(label));
        }
        DashboardBarChart *revenue = page->revenueChart();
        const QStringList months = revenue->columnLabels();
        QVERIFY(!months.isEmpty());
        QCOMPARE(months.last(),
                 QLocale().toString(page->report().revenueByMonth.last().month, QStringLiteral("MMM yy")));
        int widest = 0;
        for (const QString &month : months)
            widest = qMax(widest, revenue->fontMetrics().horizontalAdvance(month));
        QVERIFY(months.size() * widest < revenue->width()); // side by side, none over another
        QVERIFY(months.size() >= qMin(3, revenue->barCount()));

        const QString shots = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
                window.resize(size);
                QTest::qWait(200);
                window.grab().save(QStringLiteral("%1/dashboard-%2-%3x%4.png")
                                       .arg(shots, language)
                                       .arg(size.width())
                                       .arg(size.height()));
                // The whole page as it scrolls.
                page->content()->grab().save(QStringLiteral("%1/dashboard-%2-%3x%4-page.png")
                                                 .arg(shots, language)
                                                 .arg(size.width())
                                                 .arg(size.height()));
            }
        }
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
        // Its own icon in the area list: the theme's chart or the bundled funnel, no other area's.
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QImage icon =
            navigation->item(MainWindow::DashboardArea)->icon().pixmap(QSize(22, 22)).toImage();
        QVERIFY(!icon.isNull());
        for (int area = 0; area < MainWindow::AreaCount; ++area) {
            if (area != MainWindow::DashboardArea)
                QVERIFY(navigation->item(area)->icon().pixmap(QSize(22, 22)).toImage() != icon);
        }
        QVERIFY(!QIcon(QStringLiteral(":/icons/dashboard.svg")).pixmap(QSize(22, 22)).isNull());
        if (!QIcon::hasThemeIcon(QStringLiteral("view-statistics")) &&
            !QIcon::hasThemeIcon(QStringLiteral("office-chart-bar")))
            QCOMPARE(icon, QIcon(QStringLiteral(":/icons/dashboard.svg")).pixmap(QSize(22, 22)).toImage());
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
