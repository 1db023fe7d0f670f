#include "mainwindow.h"

#include "aboutdialog.h"
#include "activity/mytasksdock.h"
#include "activity/mytaskspage.h"
#include "companyform.h"
#include "companylistpage.h"
#include "contactform.h"
#include "contactlistpage.h"
#include "crm/companyservice.h"
#include "crm/contactservice.h"
#include "crm/usernames.h"
#include "dashboard/dashboardpage.h"
#include "databaseopener.h"
#include "dealboardpage.h"
#include "dealcolumnview.h"
#include "deals/dealfilterbar.h"
#include "deals/deallistpage.h"
#include "guiutil.h"
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "models/dealboardmodel.h"
#include "processeditor.h"
#include "processtemplates.h"
#include "recordtable.h"
#include "settingsdialog.h"
#include "store/systemuser.h"
#include "trashpage.h"
#include "userchooser.h"
#include "usersdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>

namespace {

constexpr int kUndoNoticeMs = 20000;

QString areaName(MainWindow::Area area)
{
    switch (area) {
    case MainWindow::ContactsArea:
        return MainWindow::tr("Contacts");
    case MainWindow::CompaniesArea:
        return MainWindow::tr("Companies");
    case MainWindow::DealsArea:
        return MainWindow::tr("Deals");
    case MainWindow::TrashArea:
        return MainWindow::tr("Trash");
    case MainWindow::DashboardArea:
        return MainWindow::tr("Dashboard");
    case MainWindow::AreaCount:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(DatabasePtr db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    // "My tasks" and reminders (a dock, View › My Tasks).
    m_myTasksDock = new MyTasksDock(m_db, this);
    addDockWidget(Qt::RightDockWidgetArea, m_myTasksDock);
    connect(m_myTasksDock, &MyTasksDock::openRecordRequested, this, &MainWindow::openRecord);
    createMenus();
    createCentral();
    createStatusBar();
    buildPages();
    restoreSettings();
    showRecoveryNotice();
}

MainWindow::~MainWindow()
{
    if (m_stopBackgroundCheck)
        *m_stopBackgroundCheck = true;
    m_backgroundCheck.waitForFinished();
}

void MainWindow::checkDatabaseInBackground()
{
    if (!m_db || m_db->recoveredAtOpen() || m_backgroundCheck.isRunning())
        return;
    const DatabasePtr db = m_db;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stopBackgroundCheck = stop;
    // The destructor stops and waits for the worker, so this window outlives it; the message is
    // posted to the window and dropped if the window has gone by then.
    m_backgroundCheck = QtConcurrent::run([this, db, stop] {
        const Result<IntegrityCheck::Report> report = db->check(false, [stop] { return !stop->load(); });
        db->closeThreadConnection();
        if (stop->load())
            return;
        QStringList problems;
        if (report)
            problems = report->problems;
        else if (report.error().code == StoreError::Code::Corrupt)
            problems = {report.error().detail.isEmpty() ? report.error().message : report.error().detail};
        if (problems.isEmpty())
            return;
        const QString path = db->path();
        QMetaObject::invokeMethod(
            this, [this, path, problems] { DatabaseOpener::showDamage(path, problems, this); },
            Qt::QueuedConnection);
    });
}

void MainWindow::showRecoveryNotice()
{
    if (!m_db || !m_db->recoveredAtOpen())
        return;
    // The file's name is beside it in the status bar already; a long path would cut this short.
    statusBar()->showMessage(tr("The database was not closed properly the last time: Pristriy finished "
                                "SQLite's recovery and checked it, no problems found."),
                             30000);
}

void MainWindow::createActions()
{
    m_newContactAction = new QAction(tr("New &Contact…"), this);
    m_newContactAction->setShortcut(QKeySequence::New);
    connect(m_newContactAction, &QAction::triggered, this, &MainWindow::newContact);
    m_newCompanyAction = new QAction(tr("New Compan&y…"), this);
    m_newCompanyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newCompanyAction, &QAction::triggered, this, &MainWindow::newCompany);
    m_openDatabaseAction = new QAction(tr("&Open Database…"), this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabase);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_undoAction = new QAction(tr("&Undo Move to Trash"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (currentArea() == DealsArea)
            m_deals->undoMove();
        else
            undoTrash();
    });
    m_deleteAction = new QAction(tr("&Move to Trash"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_areaGroup = new QActionGroup(this);
    for (int a = 0; a < AreaCount; ++a) {
        auto *action = new QAction(areaName(Area(a)), m_areaGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + a)));
        connect(action, &QAction::triggered, this, [this, a] { setCurrentArea(Area(a)); });
        m_areaActions.append(action);
    }

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_checkDatabaseAction = new QAction(tr("&Check Database"), this);
    m_checkDatabaseAction->setObjectName(QStringLiteral("checkDatabaseAction"));
    m_checkDatabaseAction->setStatusTip(
        tr("Check the database file for damage, as SQLite's quick_check does"));
    connect(m_checkDatabaseAction, &QAction::triggered, this, [this] {
        if (m_db)
            DatabaseOpener::checkInteractive(m_db, this);
    });
    m_aboutAction = new QAction(tr("&About Pristriy"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog::show(this); });
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newContactAction);
    file->addAction(m_newCompanyAction);
    file->addSeparator();
    file->addAction(m_openDatabaseAction);
    // Process maps open in editor windows of their own (closed with this one, asked to save first).
    QAction *newMap = file->addAction(tr("&New Process Map"), this, [this] {
        ProcessEditor::newMapInWindow(this, m_db, GuiUtil::actor());
    });
    newMap->setObjectName(QStringLiteral("newProcessMap"));
    QMenu *templates = file->addMenu(tr("New Process Map from &Template"));
    templates->setObjectName(QStringLiteral("processTemplatesMenu"));
    for (const ProcessTemplates::Template &entry : ProcessTemplates::all()) {
        QAction *action = templates->addAction(entry.title, this, [this, fileName = entry.fileName] {
            ProcessEditor::newFromTemplateInWindow(fileName, this, m_db, GuiUtil::actor());
        });
        action->setData(entry.fileName);
    }
    QAction *openMap =
        file->addAction(tr("Open &Process Map…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                        [this] { ProcessEditor::openInWindow(this, m_db, GuiUtil::actor()); });
    openMap->setObjectName(QStringLiteral("openProcessMap"));
    // Route maps stored in the database, with their versions (issue 4).
    QAction *openStored = file->addAction(tr("Open Process Map from &Database…"), this, [this] {
        if (m_db)
            ProcessEditor::openMapInWindow(this, m_db, GuiUtil::actor());
    });
    openStored->setObjectName(QStringLiteral("openProcessMapFromDatabase"));
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_areaActions);
    view->addSeparator();
    view->addAction(m_myTasksDock->toggleViewAction());
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *users = tools->addAction(tr("&Users…"), this, [this] {
        UsersDialog dialog(m_db, GuiUtil::actor(), this);
        dialog.exec();
    });
    users->setObjectName(QStringLiteral("usersAction"));
    tools->addAction(m_settingsAction);
    tools->addSeparator();
    tools->addAction(m_checkDatabaseAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createCentral()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    // The side bar is as wide as its longest name in the language shown: never a horizontal scroll bar.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                               "QListWidget#navigation::item { padding: 7px 10px; }"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    const QStyle::StandardPixmap icons[] = {QStyle::SP_FileDialogContentsView, QStyle::SP_DirHomeIcon,
                                            QStyle::SP_FileDialogDetailedView, QStyle::SP_TrashIcon,
                                            QStyle::SP_FileDialogInfoView};
    int widest = 0;
    for (int a = 0; a < AreaCount; ++a) {
        const QIcon icon = a == DashboardArea ? DashboardPage::areaIcon() : style()->standardIcon(icons[a]);
        new QListWidgetItem(icon, areaName(Area(a)), m_navigation);
        widest = qMax(widest, QFontMetrics(navFont).horizontalAdvance(areaName(Area(a))));
    }
    // Wide enough for the longest name in the language shown (Romanian's "Tablou de bord"), never a
    // scroll bar under five words.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(qMax(150, widest + style()->pixelMetric(QStyle::PM_SmallIconSize) + 44));
    m_stack = new QStackedWidget(this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < AreaCount)
            setCurrentArea(Area(row));
    });
}

void MainWindow::createStatusBar()
{
    m_undoLabel = new QLabel(this);
    m_undoLabel->setTextFormat(Qt::PlainText);
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setFlat(true);
    connect(m_undoButton, &QPushButton::clicked, this, &MainWindow::undoTrash);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoNoticeMs);
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        m_undoLabel->hide();
        m_undoButton->hide();
    });
    statusBar()->addWidget(m_undoLabel);
    statusBar()->addWidget(m_undoButton);
    m_undoLabel->hide();
    m_undoButton->hide();

    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setForegroundRole(QPalette::PlaceholderText);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setMinimumWidth(140);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::buildPages()
{
    const int area = m_stack->count() > 0 ? m_stack->currentIndex() : 0;
    while (m_stack->count() > 0) {
        QWidget *page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_contacts = new ContactListPage(m_db, m_stack);
    m_companies = new CompanyListPage(m_db, m_stack);
    m_deals = new DealBoardPage(m_db, m_stack);
    m_trash = new TrashPage(m_db, m_stack);
    m_stack->addWidget(m_contacts);
    m_stack->addWidget(m_companies);
    m_stack->addWidget(m_deals);
    m_stack->addWidget(m_trash);
    m_dashboard = new DashboardPage(m_db, m_stack);
    m_stack->addWidget(m_dashboard);
    const bool deals = DealBoardPage::hasPipelines(m_db);
    m_navigation->item(DealsArea)->setHidden(!deals);
    m_areaActions.at(DealsArea)->setVisible(deals);
    m_navigation->item(DashboardArea)->setHidden(!deals);
    m_areaActions.at(DashboardArea)->setVisible(deals);
    connect(m_dashboard, &DashboardPage::reportShown, this, &MainWindow::updateStatus);
    connect(m_deals, &DealBoardPage::undoChanged, this, &MainWindow::updateActions);
    connect(m_deals, &DealBoardPage::dealMoved, this, &MainWindow::updateStatus);
    connect(m_deals, &DealBoardPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_deals, &DealBoardPage::dealsTrashed, this, [this](const QList<qint64> &ids) {
        m_undoEntity = QStringLiteral("deal");
        m_undoIds = ids;
        showUndoNotice(tr("%Ln deal(s) moved to the trash.", nullptr, int(ids.size())));
        updateActions();
    });
    connect(m_deals, &DealBoardPage::dealsRestored, this, [this](const QList<qint64> &ids) {
        if (m_undoEntity == QLatin1String("deal"))
            hideUndoNotice();
        statusBar()->showMessage(tr("%Ln record(s) restored.", nullptr, int(ids.size())), 5000);
        updateActions();
    });

    connect(m_contacts, &ContactListPage::openRequested, this, [this](qint64 id) { openContact(id); });
    connect(m_companies, &CompanyListPage::openRequested, this, &MainWindow::openCompany);
    connect(m_contacts, &ContactListPage::countChanged, this, &MainWindow::updateStatus);
    connect(m_companies, &CompanyListPage::countChanged, this, &MainWindow::updateStatus);
    connect(m_trash, &TrashPage::countChanged, this, &MainWindow::updateStatus);
    connect(m_contacts, &ContactListPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_companies, &CompanyListPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_trash->table(TrashPage::Contacts), &RecordTable::selectedIdsChanged, this,
            &MainWindow::updateActions);
    connect(m_trash->table(TrashPage::Companies), &RecordTable::selectedIdsChanged, this,
            &MainWindow::updateActions);
    connect(m_trash->table(TrashPage::Deals), &RecordTable::selectedIdsChanged, this,
            &MainWindow::updateActions);
    connect(m_trash, &TrashPage::restored, this, [this](const QString &, const QList<qint64> &ids) {
        statusBar()->showMessage(tr("%Ln record(s) restored.", nullptr, int(ids.size())), 5000);
    });
    // Down from the deals search goes to the first deal: of the list, or of the board's first column that
    // has one; Enter there opens its card.
    RecordTable::leadFromSearch(m_deals->filterBar()->searchEdit(),
                                [deals = m_deals]() -> QAbstractItemView * {
                                    if (deals->isListShown())
                                        return deals->listPage()->view();
                                    for (int c = 0; c < deals->columnCount(); ++c) {
                                        QAbstractItemView *view = deals->columnView(c);
                                        if (view && view->model() && view->model()->rowCount() > 0)
                                            return view;
                                    }
                                    return nullptr;
                                });

    const QString file = QDir::toNativeSeparators(m_db->path());
    // With a user chosen at start, the title says who is working.
    if (GuiUtil::actor() != SystemUser::login())
        setWindowTitle(
            tr("%1 — %2 — Pristriy")
                .arg(QFileInfo(file).fileName(), UserNames(m_db->connection()).of(GuiUtil::actor())));
    else
        setWindowTitle(tr("%1 — Pristriy").arg(QFileInfo(file).fileName()));
    m_fileLabel->setText(file);
    m_fileLabel->setToolTip(tr("The database file"));
    hideUndoNotice();
    setCurrentArea(Area(area));
}

void MainWindow::setDatabase(DatabasePtr db)
{
    if (!db)
        return;
    saveSettings();
    m_db = std::move(db);
    buildPages();
    m_myTasksDock->setDatabase(m_db);
    m_contacts->restoreState();
    m_companies->restoreState();
    m_deals->restoreState();
    m_trash->restoreState();
    m_dashboard->restoreState();
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(qBound(0, m_stack->currentIndex(), AreaCount - 1));
}

void MainWindow::setCurrentArea(Area area)
{
    if ((area == DealsArea || area == DashboardArea) && m_navigation->item(area)->isHidden())
        area = ContactsArea;
    m_stack->setCurrentIndex(area);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(area);
    }
    m_areaActions.at(area)->setChecked(true);
    m_findAction->setEnabled(area == ContactsArea || area == CompaniesArea || area == DealsArea);
    m_deleteAction->setText(area == TrashArea ? tr("&Delete Permanently…") : tr("&Move to Trash"));
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    switch (currentArea()) {
    case ContactsArea:
        m_countLabel->setText(tr("%Ln contact(s)", nullptr, m_contacts->model()->rowCount()));
        break;
    case CompaniesArea:
        m_countLabel->setText(tr("%Ln company(s)", nullptr, m_companies->model()->rowCount()));
        break;
    case DealsArea: {
        qint64 n = 0;
        for (int row = 0; m_deals->boardModel() && row < m_deals->boardModel()->rowCount(); ++row)
            n += m_deals->boardModel()->countAt(row);
        m_countLabel->setText(tr("%Ln deal(s)", nullptr, int(n)));
        break;
    }
    case TrashArea: {
        m_countLabel->setText(tr("%Ln record(s) in the trash", nullptr, m_trash->totalCount()));
        break;
    }
    case DashboardArea:
        m_countLabel->setText(tr("%Ln deal(s)", nullptr, int(m_dashboard->report().deals)));
        break;
    case AreaCount:
        break;
    }
}

void MainWindow::updateActions()
{
    QList<qint64> ids;
    switch (currentArea()) {
    case ContactsArea:
        ids = m_contacts->selectedIds();
        break;
    case CompaniesArea:
        ids = m_companies->selectedIds();
        break;
    case TrashArea:
        ids = m_trash->selectedIds();
        break;
    case DealsArea:
        ids = m_deals->selectedDealIds();
        break;
    case DashboardArea:
    case AreaCount:
        break;
    }
    m_deleteAction->setEnabled(!ids.isEmpty());
    const bool deals = currentArea() == DealsArea;
    m_undoAction->setText(deals ? m_deals->undoText() : tr("&Undo Move to Trash"));
    m_undoAction->setEnabled(deals ? m_deals->canUndo() : !m_undoIds.isEmpty());
}

void MainWindow::newContact()
{
    openContact(0);
}

void MainWindow::newCompany()
{
    openCompany(0);
}

void MainWindow::openContact(qint64 id, QWidget *parent)
{
    auto *form = new ContactForm(m_db, id, parent ? parent : this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (!form->load()) {
        QMessageBox::warning(this, tr("Contact"), form->errorText());
        delete form;
        return;
    }
    connect(form, &ContactForm::saved, this, [this](qint64 savedId) {
        m_contacts->table()->selectId(savedId);
        statusBar()->showMessage(tr("Contact saved."), 4000);
    });
    form->open();
}

void MainWindow::openCompany(qint64 id)
{
    auto *form = new CompanyForm(m_db, id, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (!form->load()) {
        QMessageBox::warning(this, tr("Company"), form->errorText());
        delete form;
        return;
    }
    connect(form, &CompanyForm::saved, this, [this](qint64 savedId) {
        m_companies->table()->selectId(savedId);
        statusBar()->showMessage(tr("Company saved."), 4000);
    });
    connect(form, &CompanyForm::contactOpenRequested, this,
            [this, form](qint64 contactId) { openContact(contactId, form); });
    form->open();
}

void MainWindow::openRecord(const QString &entity, qint64 id)
{
    if (entity == QLatin1String("contact"))
        openContact(id);
    else if (entity == QLatin1String("company"))
        openCompany(id);
    else if (entity == QLatin1String("deal") && m_deals)
        m_deals->openDeal(id); // the deal card, with its activities
    else if (entity == QLatin1String("deal"))
        MyTasksDock::openDealActivities(m_db, id, this);
}

void MainWindow::deleteSelected()
{
    const Area area = currentArea();
    if (area == TrashArea) {
        m_trash->purgeSelected(true);
        return;
    }
    if (area == DealsArea) {
        m_deals->trashDeals(m_deals->selectedDealIds()); // the page records it for Undo
        return;
    }
    if (area != ContactsArea && area != CompaniesArea)
        return;
    const bool contacts = area == ContactsArea;
    const QList<qint64> ids = contacts ? m_contacts->selectedIds() : m_companies->selectedIds();
    if (ids.isEmpty())
        return;
    const Status status = contacts ? ContactService(m_db, GuiUtil::actor()).moveToTrash(ids)
                                   : CompanyService(m_db, GuiUtil::actor()).moveToTrash(ids);
    if (!status) {
        GuiUtil::showError(this, tr("Move to Trash"), status.error());
        return;
    }
    m_undoEntity = contacts ? QStringLiteral("contact") : QStringLiteral("company");
    m_undoIds = ids;
    m_undoAction->setEnabled(true);
    const int n = int(ids.size());
    showUndoNotice(contacts ? tr("%Ln contact(s) moved to the trash.", nullptr, n)
                            : tr("%Ln company(s) moved to the trash.", nullptr, n));
}

void MainWindow::undoTrash()
{
    if (m_undoIds.isEmpty())
        return;
    if (m_undoEntity == QLatin1String("deal")) {
        const QList<qint64> deals = m_undoIds;
        hideUndoNotice();
        m_deals->restoreDeals(deals); // shows its refusal and the status message
        updateActions();
        return;
    }
    const bool contacts = m_undoEntity == QLatin1String("contact");
    const QList<qint64> ids = m_undoIds;
    const Status status = contacts ? ContactService(m_db, GuiUtil::actor()).restore(ids)
                                   : CompanyService(m_db, GuiUtil::actor()).restore(ids);
    hideUndoNotice();
    if (!status) {
        GuiUtil::showError(this, tr("Undo"), status.error());
        return;
    }
    if (contacts && !ids.isEmpty())
        m_contacts->table()->selectId(ids.first());
    else if (!ids.isEmpty())
        m_companies->table()->selectId(ids.first());
    statusBar()->showMessage(tr("%Ln record(s) restored.", nullptr, int(ids.size())), 5000);
}

void MainWindow::showUndoNotice(const QString &text)
{
    statusBar()->clearMessage();
    m_undoLabel->setText(text);
    m_undoLabel->show();
    m_undoButton->show();
    m_undoTimer->start();
}

void MainWindow::hideUndoNotice()
{
    m_undoIds.clear();
    m_undoEntity.clear();
    m_undoAction->setEnabled(false);
    m_undoLabel->hide();
    m_undoButton->hide();
    m_undoTimer->stop();
}

void MainWindow::openDatabase()
{
    const QString path = DatabaseOpener::chooseFile(this, m_db->path());
    if (path.isEmpty())
        return;
    Result<DatabasePtr> opened = DatabaseOpener::open(path, this);
    if (!opened) {
        GuiUtil::showError(this, tr("Cannot Open the Database"), opened.error());
        return;
    }
    // Its users are not this database's: choose again (cancelled: stay with the open one).
    const QString previous = GuiUtil::actor();
    if (!UserChooser::chooseFor(*opened, QString(), this)) {
        GuiUtil::setActor(previous == SystemUser::login() ? QString() : previous);
        return;
    }
    setDatabase(*opened);
    showRecoveryNotice();
    // The previous file's check, if it still runs, stops; this file is checked like one opened at start.
    if (m_stopBackgroundCheck)
        *m_stopBackgroundCheck = true;
    m_backgroundCheck.waitForFinished();
    checkDatabaseInBackground();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::focusSearch()
{
    if (currentArea() == ContactsArea)
        m_contacts->focusSearch();
    else if (currentArea() == CompaniesArea)
        m_companies->focusSearch();
    else if (currentArea() == DealsArea) {
        QLineEdit *search = m_deals->filterBar()->searchEdit();
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    settings.setValue(QStringLiteral("mainwindow/area"), int(currentArea()));
    settings.setValue(QStringLiteral("mainwindow/trashKind"), int(m_trash->currentKind()));
    m_contacts->saveState();
    m_companies->saveState();
    m_deals->saveState();
    m_trash->saveState();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray()))
        resize(1280, 800);
    // First start: the tasks dock takes under a third of the width, the lists keep the rest.
    if (!restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray())) {
        resizeDocks({m_myTasksDock}, {qMax(360, width() * 3 / 10)}, Qt::Horizontal);
        // Nothing is waiting for this user: the dock stays out of the way until asked for (Ctrl+T).
        if (m_myTasksDock->page()->openTaskCount() == 0)
            m_myTasksDock->hide();
    }
    m_contacts->restoreState();
    m_companies->restoreState();
    m_deals->restoreState();
    m_trash->restoreState();
    m_dashboard->restoreState();
    m_trash->setCurrentKind(TrashPage::Kind(settings.value(QStringLiteral("mainwindow/trashKind")).toInt()));
    setCurrentArea(Area(qBound(0, settings.value(QStringLiteral("mainwindow/area")).toInt(), AreaCount - 1)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The process editors are windows of this one and go with it: each asks to save its
    // changes first, and a Cancel keeps the application open.
    for (ProcessEditor *editor : findChildren<ProcessEditor *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (editor->isWindow() && editor->isVisible() && !editor->close()) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}
