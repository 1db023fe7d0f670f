#include "dashboardpage.h"

#include "chartadapter.h"
#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "drilldowndialog.h"
#include "funnelwidget.h"
#include "guiutil.h"
#include "ownersmenu.h"
#include "report/funneldeallistmodel.h"
#include "report/funnelquery.h"
#include "report/funneltablemodel.h"
#include "store/money.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

struct DashboardPage::Outcome
{
    quint64 generation = 0;
    bool ok = false;
    FunnelReport report;
    QString error;
    qint64 ms = 0;
};

namespace {

// Each user's own filters, by login: a sales manager does not inherit the director's choice of owners.
QString settingsGroup(const QString &actor)
{
    return QStringLiteral("dashboard/users/") + QString::fromLatin1(QUrl::toPercentEncoding(actor));
}

QLabel *kpiLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setWordWrap(true);
    return label;
}

QString kpiText(const QString &caption, const QString &value, const QString &note = {})
{
    QString html = QStringLiteral("<div>%1</div><div style='font-size:14pt; font-weight:600'>%2</div>")
                       .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
    if (!note.isEmpty())
        html += QStringLiteral("<div style='font-size:small'>%1</div>").arg(note.toHtmlEscaped());
    return html;
}

// A table that shows all its rows without scrolling inside the page.
QTableView *tableView(QWidget *parent, FunnelTableModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Numbers and headings take the width they need, never cut; the name column has the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto fit = [view] {
        int h = view->horizontalHeader()->height() + 2 * view->frameWidth();
        for (int r = 0; r < view->model()->rowCount(); ++r)
            h += view->rowHeight(r);
        view->setFixedHeight(qMax(h, view->horizontalHeader()->height() + 30));
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    fit();
    return view;
}

QGroupBox *section(QWidget *parent, const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

double major(qint64 minor, const QString &currency)
{
    return double(minor) / std::pow(10.0, Money::minorDigits(currency));
}

} // namespace

DashboardPage::DashboardPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(GuiUtil::actor())
{
    const Result<User> me = UserService(m_db, m_actor).byLogin(m_actor);
    m_ownDealsOnly = me && !me->seesAllDeals();
    buildUi();
    fillPipelines();
    fillOwners();
    m_changeTimer = new QTimer(this);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(300);
    connect(m_changeTimer, &QTimer::timeout, this, &DashboardPage::recompute);
    connect(m_db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("deal") || entity == QLatin1String("stage") ||
            entity == QLatin1String("pipeline") || entity == QLatin1String("user") ||
            entity == QLatin1String("lost_reason")) {
            if (entity == QLatin1String("user"))
                fillOwners();
            else if (entity != QLatin1String("deal"))
                fillPipelines();
            if (isVisible())
                m_changeTimer->start();
            else
                m_dirty = true; // counted when shown again
        }
    });
}

QIcon DashboardPage::areaIcon()
{
    // Themes name a chart icon differently (Breeze and its kin: view-statistics, office-chart-bar); the
    // freedesktop naming specification has none, so most desktops get the bundled one.
    for (const QString &name : {QStringLiteral("view-statistics"), QStringLiteral("office-chart-bar")}) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return QIcon(QStringLiteral(":/icons/dashboard.svg"));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        m_dirty = false;
        recompute();
    }
}

DashboardPage::~DashboardPage()
{
    // Counting runs on the page's own threads with its database: let it end before the database goes.
    // (The lists of deals opened from here wait for their own reading.)
    m_workers.waitForDone();
}

void DashboardPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Filters: what is counted on the first row, the period on the second; the mode is the funnel's own.
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(4, 4, 4, 4);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);
    m_pipeline = new QComboBox(bar);
    m_pipeline->setObjectName(QStringLiteral("dashboardPipeline"));
    m_pipeline->setMinimumContentsLength(16);
    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), bar);
    pipelineLabel->setBuddy(m_pipeline);
    first->addWidget(pipelineLabel);
    first->addWidget(m_pipeline);
    first->addSpacing(12);
    m_owners = new QToolButton(bar);
    m_owners->setObjectName(QStringLiteral("ownersButton"));
    m_owners->setPopupMode(QToolButton::InstantPopup);
    m_owners->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ownersMenu = new OwnersMenu(m_owners);
    m_owners->setMenu(m_ownersMenu);
    auto *ownersLabel = new QLabel(tr("Owners:"), bar);
    ownersLabel->setBuddy(m_owners);
    first->addWidget(ownersLabel);
    first->addWidget(m_owners);
    first->addSpacing(12);
    m_source = new QComboBox(bar);
    m_source->setObjectName(QStringLiteral("sourceBox"));
    m_source->setMinimumContentsLength(12);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *sourceLabel = new QLabel(tr("&Source:"), bar);
    sourceLabel->setBuddy(m_source);
    first->addWidget(sourceLabel);
    first->addWidget(m_source);
    first->addStretch(1);
    m_export = new QToolButton(bar);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    first->addWidget(m_export);

    m_periodKind = new QComboBox(bar);
    m_periodKind->setObjectName(QStringLiteral("periodKind"));
    m_periodKind->addItem(tr("Created"), int(FunnelFilter::Period::Created));
    m_periodKind->addItem(tr("Entered their stage"), int(FunnelFilter::Period::StageEntered));
    m_periodKind->setToolTip(tr("Which date of a deal the period applies to: when it was created, or when "
                                "it entered the stage it is in now."));
    auto *periodLabel = new QLabel(tr("Deals &that were:"), bar);
    periodLabel->setBuddy(m_periodKind);
    second->addWidget(periodLabel);
    second->addWidget(m_periodKind);
    m_fromBox = new QCheckBox(tr("from"), bar);
    m_fromBox->setObjectName(QStringLiteral("periodFromEnabled"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-3), bar);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_toBox = new QCheckBox(tr("to"), bar);
    m_toBox->setObjectName(QStringLiteral("periodToEnabled"));
    m_to = new QDateEdit(QDate::currentDate(), bar);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    second->addWidget(m_fromBox);
    second->addWidget(m_from);
    second->addWidget(m_toBox);
    second->addWidget(m_to);
    second->addStretch(1);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    second->addWidget(m_status);
    // In a window narrower than the page is designed for, the filters scroll sideways rather than widen it.
    auto *barScroll = new QScrollArea(this);
    barScroll->setFrameShape(QFrame::NoFrame);
    barScroll->setWidgetResizable(true);
    barScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    barScroll->setWidget(bar);
    barScroll->setFixedHeight(bar->sizeHint().height() +
                              barScroll->horizontalScrollBar()->sizeHint().height());
    outer->addWidget(barScroll);
    m_filterBar = bar;

    // The numbers.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setAutoFillBackground(true);
    m_content->setMinimumWidth(1000); // narrower, the page scrolls sideways instead of squeezing the tables
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(6, 6, 6, 6);

    // The funnel with its mode: how each deal is counted is a question about the funnel, asked beside it.
    auto *funnelBox = new QWidget(m_content);
    auto *funnelLayout = new QVBoxLayout(funnelBox);
    funnelLayout->setContentsMargins(0, 0, 0, 0);
    auto *modeRow = new QHBoxLayout;
    auto *modeLabel = new QLabel(tr("Count each deal:"), funnelBox);
    modeRow->addWidget(modeLabel, 0, Qt::AlignTop);
    auto *modeChoices = new QVBoxLayout;
    m_current = new QRadioButton(tr("in the stage it is &in now"), funnelBox);
    m_current->setObjectName(QStringLiteral("modeCurrent"));
    m_current->setToolTip(tr("Current: every deal once, in its stage today; Won and Lost are bands too."));
    m_reached = new QRadioButton(tr("in every stage it has &reached (conversion funnel)"), funnelBox);
    m_reached->setObjectName(QStringLiteral("modeReached"));
    m_reached->setToolTip(tr("Reached: a deal counts in the furthest stage it has ever reached and in every "
                             "stage before it, so no band is wider than the one above. A lost deal has "
                             "reached the stage it was lost in."));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_current, int(FunnelMode::Current));
    m_modeGroup->addButton(m_reached, int(FunnelMode::Reached));
    m_current->setChecked(true);
    modeChoices->addWidget(m_current);
    modeChoices->addWidget(m_reached);
    modeRow->addLayout(modeChoices);
    modeRow->addStretch(1);
    funnelLayout->addLayout(modeRow);
    m_modeCaption = new QLabel(funnelBox);
    m_modeCaption->setObjectName(QStringLiteral("modeCaption"));
    m_modeCaption->setWordWrap(true);
    m_modeCaption->setForegroundRole(QPalette::PlaceholderText);
    funnelLayout->addWidget(m_modeCaption);
    m_funnel = new FunnelWidget(funnelBox);
    funnelLayout->addWidget(m_funnel);
    funnelLayout->addStretch(1);
    // The outcome in a row of figures above the funnel, which then has the whole width for its bands.
    auto *kpis = new QWidget(m_content);
    auto *kpiLayout = new QHBoxLayout(kpis);
    m_kpiDeals = kpiLabel(kpis, QStringLiteral("kpiDeals"));
    m_kpiWon = kpiLabel(kpis, QStringLiteral("kpiWon"));
    m_kpiLost = kpiLabel(kpis, QStringLiteral("kpiLost"));
    m_kpiWinRate = kpiLabel(kpis, QStringLiteral("kpiWinRate"));
    m_kpiRevenue = kpiLabel(kpis, QStringLiteral("kpiRevenue"));
    for (QLabel *l : {m_kpiDeals, m_kpiWon, m_kpiLost, m_kpiWinRate})
        kpiLayout->addWidget(l, 2, Qt::AlignTop);
    kpiLayout->addWidget(m_kpiRevenue, 3, Qt::AlignTop);
    grid->addWidget(section(m_content, tr("Outcome"), kpis), 0, 0, 1, 2);
    grid->addWidget(section(m_content, tr("Funnel"), funnelBox), 1, 0, 1, 2);

    // Tables and charts with many columns or months take the whole width.
    m_stagesModel = new FunnelTableModel(FunnelTableModel::Table::Stages, this);
    m_managersModel = new FunnelTableModel(FunnelTableModel::Table::Managers, this);
    m_reasonsModel = new FunnelTableModel(FunnelTableModel::Table::LostReasons, this);
    m_monthsModel = new FunnelTableModel(FunnelTableModel::Table::Months, this);
    m_stagesView = tableView(m_content, m_stagesModel);
    m_stagesView->setObjectName(QStringLiteral("stagesTable"));
    grid->addWidget(section(m_content, tr("Stages: conversion and time in stage"), m_stagesView), 2, 0, 1, 2);

    m_lostReasons = new DashboardBarChart(m_content);
    m_lostReasons->setObjectName(QStringLiteral("lostReasonsChart"));
    m_lostReasons->setTitle(tr("Lost deals by reason"));
    m_lostReasons->setEmptyText(tr("No lost deals"));
    m_lostStages = new DashboardBarChart(m_content);
    m_lostStages->setObjectName(QStringLiteral("lostStagesChart"));
    m_lostStages->setTitle(tr("Lost deals by the stage they were lost in"));
    m_lostStages->setEmptyText(tr("No lost deals"));
    grid->addWidget(m_lostReasons, 3, 0);
    grid->addWidget(m_lostStages, 3, 1);
    m_revenue = new DashboardBarChart(m_content);
    m_revenue->setObjectName(QStringLiteral("revenueChart"));
    m_revenue->setEmptyText(tr("No deals won"));
    grid->addWidget(m_revenue, 4, 0, 1, 2);
    m_managersView = tableView(m_content, m_managersModel);
    m_managersView->setObjectName(QStringLiteral("managersTable"));
    grid->addWidget(section(m_content, tr("Managers"), m_managersView), 5, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(6, 1);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    // Drill-down everywhere.
    connect(m_funnel, &FunnelWidget::bandClicked, this, [this](int band) {
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::Stage;
        cell.mode = mode();
        cell.stageId = m_report.stages.at(band).stageId;
        drillDown(cell, cellTitle(cell));
    });
    connect(m_lostReasons, &DashboardBarChart::barClicked, this, [this](int i) {
        if (i < 0 || i >= m_report.lostByReason.size())
            return;
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::LostReason;
        cell.reasonId = m_report.lostByReason.at(i).reasonId;
        drillDown(cell, cellTitle(cell));
    });
    connect(m_lostStages, &DashboardBarChart::barClicked, this, [this](int i) {
        if (i < 0 || i >= m_report.openStageCount())
            return;
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::LostAtStage;
        cell.stageId = m_report.stages.at(i).stageId;
        drillDown(cell, cellTitle(cell));
    });
    connect(m_revenue, &DashboardBarChart::barClicked, this, [this](int i) {
        if (i < 0 || i >= m_report.revenueByMonth.size())
            return;
        FunnelCell cell;
        cell.kind = FunnelCell::Kind::WonInMonth;
        cell.month = m_report.revenueByMonth.at(i).month;
        drillDown(cell, cellTitle(cell));
    });
    for (QTableView *view : {m_stagesView, m_managersView}) {
        connect(view, &QTableView::activated, this, [this, view](const QModelIndex &index) {
            const auto *model = static_cast<const FunnelTableModel *>(view->model());
            if (const std::optional<FunnelCell> cell = model->cellAt(index))
                drillDown(*cell, cellTitle(*cell));
        });
        auto *csv = new QAction(tr("Export Table as CSV…"), view);
        connect(csv, &QAction::triggered, this, [this, view] {
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Export Table as CSV"), {}, tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                exportCsv(static_cast<const FunnelTableModel *>(view->model()), path);
        });
        view->addAction(csv);
    }

    // Filters recount.
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        fillSources();
        recompute();
    });
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this] {
        showReport();
        saveState();
    });
    connect(m_periodKind, &QComboBox::currentIndexChanged, this, &DashboardPage::recompute);
    connect(m_fromBox, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toBox, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromBox, m_toBox})
        connect(box, &QCheckBox::toggled, this, &DashboardPage::recompute);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::recompute);
    connect(m_source, &QComboBox::currentIndexChanged, this, &DashboardPage::recompute);
    // The users are read again each time the drop-down opens; a tick only changes the filter.
    connect(m_ownersMenu, &QMenu::aboutToShow, this, &DashboardPage::fillOwners);
    connect(m_ownersMenu, &OwnersMenu::selectionChanged, this, [this](const QStringList &logins) {
        m_ownerLogins = logins;
        updateOwnersText();
        recompute();
    });

    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Save Dashboard as &PNG…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Dashboard as PNG"), {}, tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportImage(path))
            QMessageBox::warning(this, tr("Export"), tr("“%1” could not be written.").arg(path));
    });
    menu->addAction(tr("Save Dashboard as P&DF…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Dashboard as PDF"), {}, tr("PDF files (*.pdf)"));
        if (!path.isEmpty() && !exportPdf(path))
            QMessageBox::warning(this, tr("Export"), tr("“%1” could not be written.").arg(path));
    });
    menu->addSeparator();
    const std::pair<QString, FunnelTableModel *> tables[] = {
        {tr("Export &Stages Table as CSV…"), m_stagesModel},
        {tr("Export &Managers Table as CSV…"), m_managersModel},
        {tr("Export Lost &Reasons as CSV…"), m_reasonsModel},
        {tr("Export Revenue by &Month as CSV…"), m_monthsModel}};
    for (const auto &[label, model] : tables) {
        FunnelTableModel *m = model;
        menu->addAction(label, this, [this, m] {
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Export Table as CSV"), {}, tr("CSV files (*.csv)"));
            if (!path.isEmpty() && !exportCsv(m, path))
                QMessageBox::warning(this, tr("Export"), tr("“%1” could not be written.").arg(path));
        });
    }
    menu->addSeparator();
    menu->addAction(tr("&Print…"), this, &DashboardPage::print);
    m_export->setMenu(menu);
}

void DashboardPage::fillPipelines()
{
    const Result<QList<Pipeline>> pipelines = PipelineService(m_db, m_actor).pipelines();
    if (!pipelines)
        return;
    // A stage edited elsewhere leaves the choices as they were: the list is not rebuilt under the user.
    bool same = m_pipeline->count() == pipelines->size();
    for (int i = 0; same && i < pipelines->size(); ++i) {
        same = m_pipeline->itemData(i).toLongLong() == pipelines->at(i).id &&
               m_pipeline->itemText(i) == pipelines->at(i).name;
    }
    if (same)
        return;
    const qint64 current = m_pipeline->currentData().toLongLong();
    const QSignalBlocker blocker(m_pipeline);
    m_pipeline->clear();
    for (const Pipeline &p : *pipelines)
        m_pipeline->addItem(p.name, p.id);
    const int i = m_pipeline->findData(current);
    m_pipeline->setCurrentIndex(i >= 0 ? i : 0);
    if (current > 0 && m_pipeline->currentData().toLongLong() != current)
        fillSources(); // the pipeline shown went away: its sources with it
}

void DashboardPage::fillOwners()
{
    // Never rebuilds the drop-down while it is shown (OwnersMenu waits): an entry deleted from inside its
    // own click crashed the application.
    QList<OwnersMenu::Owner> owners;
    if (const Result<QList<User>> users = UserService(m_db, m_actor).list()) {
        for (const User &u : *users) {
            owners.append(
                {u.login, u.displayName.isEmpty() ? u.login : tr("%1 (%2)").arg(u.displayName, u.login)});
        }
    }
    m_ownersMenu->setOwners(owners);
    m_ownersMenu->setSelection(m_ownerLogins);
    updateOwnersText();
}

void DashboardPage::updateOwnersText()
{
    if (m_ownDealsOnly) {
        m_owners->setEnabled(false);
        m_owners->setText(tr("Mine"));
        m_owners->setToolTip(tr("A sales manager's dashboard counts their own deals only."));
        return;
    }
    m_owners->setText(m_ownerLogins.isEmpty()     ? tr("Everybody")
                      : m_ownerLogins.size() == 1 ? m_ownerLogins.first()
                                                  : tr("%Ln owner(s)", nullptr, int(m_ownerLogins.size())));
}

void DashboardPage::fillSources()
{
    const QString current = m_source->currentData().toString();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    const qint64 pipeline = m_pipeline->currentData().toLongLong();
    if (pipeline > 0) {
        // Read off the GUI thread: the distinct sources of a million deals take a moment.
        auto *watcher = new QFutureWatcher<QStringList>(this);
        connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, current, pipeline] {
            watcher->deleteLater();
            if (m_pipeline->currentData().toLongLong() != pipeline)
                return;
            const QSignalBlocker b(m_source);
            for (const QString &s : watcher->result()) {
                if (!s.isEmpty() && m_source->findData(s) < 0)
                    m_source->addItem(s, s);
            }
            const int i = m_source->findData(current);
            m_source->setCurrentIndex(i >= 0 ? i : 0);
        });
        const std::weak_ptr<Database> weak = m_db;
        const QString actor = m_actor;
        watcher->setFuture(QtConcurrent::run(&m_workers, [weak, actor, pipeline] {
            // The page owns the database; a worker never holds the last reference (~DashboardPage waits).
            const DatabasePtr db = weak.lock();
            if (!db)
                return QStringList();
            const Result<QStringList> sources = FunnelQuery(db, actor).sources(pipeline);
            db->closeThreadConnection();
            return sources ? *sources : QStringList();
        }));
    }
    if (!current.isEmpty()) {
        m_source->addItem(current, current);
        m_source->setCurrentIndex(1);
    }
}

FunnelFilter DashboardPage::filter() const
{
    FunnelFilter f;
    f.pipelineId = m_pipeline->currentData().toLongLong();
    f.period = FunnelFilter::Period(m_periodKind->currentData().toInt());
    if (m_fromBox->isChecked())
        f.from = m_from->date();
    if (m_toBox->isChecked())
        f.to = m_to->date();
    f.owners = m_ownerLogins;
    if (const QString s = m_source->currentData().toString(); !s.isEmpty())
        f.sources = {s};
    return f;
}

FunnelMode DashboardPage::mode() const
{
    return m_reached->isChecked() ? FunnelMode::Reached : FunnelMode::Current;
}

void DashboardPage::setMode(FunnelMode mode)
{
    (mode == FunnelMode::Reached ? m_reached : m_current)->setChecked(true);
    showReport();
    saveState();
}

void DashboardPage::setPipeline(qint64 pipelineId)
{
    const int i = m_pipeline->findData(pipelineId);
    if (i >= 0)
        m_pipeline->setCurrentIndex(i);
}

void DashboardPage::setOwners(const QStringList &logins)
{
    m_ownerLogins = m_ownDealsOnly ? QStringList() : logins;
    m_ownersMenu->setSelection(m_ownerLogins);
    updateOwnersText();
    recompute();
}

void DashboardPage::setPeriod(FunnelFilter::Period period, const QDate &from, const QDate &to)
{
    m_restoring = true;
    m_periodKind->setCurrentIndex(m_periodKind->findData(int(period)));
    m_fromBox->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_toBox->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
    m_restoring = false;
    recompute();
}

void DashboardPage::restoreState()
{
    QSettings s;
    s.beginGroup(settingsGroup(m_actor));
    m_restoring = true;
    setPipeline(s.value(QStringLiteral("pipeline")).toLongLong());
    (s.value(QStringLiteral("mode")).toString() == QLatin1String("reached") ? m_reached : m_current)
        ->setChecked(true);
    m_periodKind->setCurrentIndex(qMax(
        0, m_periodKind->findData(s.value(QStringLiteral("period")).toString() == QLatin1String("entered")
                                      ? int(FunnelFilter::Period::StageEntered)
                                      : int(FunnelFilter::Period::Created))));
    const QDate from = QDate::fromString(s.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(s.value(QStringLiteral("to")).toString(), Qt::ISODate);
    m_fromBox->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_toBox->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
    if (!m_ownDealsOnly)
        m_ownerLogins = s.value(QStringLiteral("owners")).toStringList();
    m_ownersMenu->setSelection(m_ownerLogins);
    updateOwnersText();
    fillSources();
    const QString source = s.value(QStringLiteral("source")).toString();
    if (!source.isEmpty() && m_source->findData(source) < 0)
        m_source->addItem(source, source);
    m_source->setCurrentIndex(qMax(0, m_source->findData(source)));
    m_restoring = false;
    recompute();
}

void DashboardPage::saveState() const
{
    if (m_restoring)
        return;
    QSettings s;
    s.beginGroup(settingsGroup(m_actor));
    const FunnelFilter f = filter();
    s.setValue(QStringLiteral("pipeline"), f.pipelineId);
    s.setValue(QStringLiteral("mode"),
               mode() == FunnelMode::Reached ? QStringLiteral("reached") : QStringLiteral("current"));
    s.setValue(QStringLiteral("period"), f.period == FunnelFilter::Period::StageEntered
                                             ? QStringLiteral("entered")
                                             : QStringLiteral("created"));
    s.setValue(QStringLiteral("from"), f.from.isValid() ? f.from.toString(Qt::ISODate) : QString());
    s.setValue(QStringLiteral("to"), f.to.isValid() ? f.to.toString(Qt::ISODate) : QString());
    s.setValue(QStringLiteral("owners"), f.owners);
    s.setValue(QStringLiteral("source"), f.sources.value(0));
}

void DashboardPage::recompute()
{
    if (m_restoring)
        return;
    saveState();
    if (m_pipeline->currentData().toLongLong() <= 0) {
        m_status->setText(tr("No pipeline"));
        return;
    }
    ++m_generation;
    if (m_running) {
        m_pending = true; // counted when the running count ends; its result will be thrown away
        return;
    }
    startCompute();
}

void DashboardPage::startCompute()
{
    m_running = true;
    m_pending = false;
    m_status->setText(tr("Counting…"));
    const FunnelFilter f = filter();
    const quint64 generation = m_generation;
    const std::weak_ptr<Database> weak = m_db;
    const QString actor = m_actor;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        const Outcome outcome = watcher->result();
        if (outcome.generation == m_generation)
            showOutcome(outcome);
        if (m_pending || outcome.generation != m_generation)
            startCompute();
    });
    watcher->setFuture(QtConcurrent::run(&m_workers, [weak, actor, f, generation] {
        QElapsedTimer timer;
        timer.start();
        Outcome o;
        o.generation = generation;
        const DatabasePtr db = weak.lock();
        if (!db) {
            o.error = QStringLiteral("closed");
            return o;
        }
        const Result<FunnelReport> r = FunnelQuery(db, actor).compute(f);
        db->closeThreadConnection();
        o.ok = r.ok();
        if (r)
            o.report = *r;
        else
            o.error = r.error().fullText();
        o.ms = timer.elapsed();
        return o;
    }));
}

void DashboardPage::showOutcome(const Outcome &outcome)
{
    if (!outcome.ok) {
        m_status->setText(tr("Counting failed: %1").arg(outcome.error));
        return;
    }
    m_report = outcome.report;
    m_status->setText(tr("%Ln deal(s), counted in %1 ms", nullptr, int(m_report.deals))
                          .arg(QLocale().toString(outcome.ms)));
    showReport();
    emit reportShown();
}

void DashboardPage::showReport()
{
    const FunnelMode m = mode();
    const QLocale locale;
    m_modeCaption->setText(m == FunnelMode::Current
                               ? tr("<b>Now in stage:</b> every deal once, in the stage it is in today.")
                               : tr("<b>Reached stage:</b> a deal counts in the furthest stage it has ever "
                                    "reached and in every stage before it; a lost deal has reached the stage "
                                    "it was lost in."));
    // Nothing counted: say whether the filter or the pipeline is empty, and what to do.
    const FunnelFilter &f = m_report.filter;
    const bool narrowed = !f.owners.isEmpty() || !f.sources.isEmpty() || f.from.isValid() || f.to.isValid();
    QString empty;
    if (narrowed)
        empty =
            tr("No deal matches these filters. Widen the period or choose other owners or another source.");
    else if (m_ownDealsOnly)
        empty = tr("You own no deals in the pipeline “%1” yet. Deals you add in the Deals area (Ctrl+3) are "
                   "counted here.")
                    .arg(m_report.pipelineName);
    else
        empty =
            tr("No deals in the pipeline “%1” yet. Deals added in the Deals area (Ctrl+3) are counted here.")
                .arg(m_report.pipelineName);
    m_funnel->setEmptyText(empty);
    m_funnel->setReport(m_report, m);
    m_stagesModel->setReport(m_report, m);
    m_managersModel->setReport(m_report, m);
    m_reasonsModel->setReport(m_report, m);
    m_monthsModel->setReport(m_report, m);

    const QString main = m_report.mainCurrency;
    qint64 wonMain = 0;
    FunnelAmounts wonAmount;
    if (!m_report.stages.isEmpty())
        wonAmount = m_report.stages.at(m_report.wonIndex()).currentAmount;
    wonMain = wonAmount.value(main);
    Q_UNUSED(wonMain);
    m_kpiDeals->setText(kpiText(tr("Deals in the filter"), locale.toString(m_report.deals)));
    m_kpiWon->setText(kpiText(tr("Won"), locale.toString(m_report.won())));
    m_kpiLost->setText(kpiText(tr("Lost"), locale.toString(m_report.lost())));
    m_kpiWinRate->setText(
        kpiText(tr("Win rate (won of closed)"), FunnelTableModel::percentText(m_report.winRate())));
    const int otherCurrencies = int(wonAmount.size()) - (wonAmount.contains(main) ? 1 : 0);
    m_kpiRevenue->setText(kpiText(
        tr("Revenue won"), tr("%1 %2").arg(Money(wonAmount.value(main), main).toString(locale), main),
        otherCurrencies > 0 ? tr("and %Ln other currency(s), see the tooltip", nullptr, otherCurrencies)
                            : QString()));
    m_kpiRevenue->setToolTip(FunnelTableModel::amountText(wonAmount, main));

    QList<DashboardBarChart::Bar> reasons;
    for (const FunnelLostReason &r : std::as_const(m_report.lostByReason))
        reasons.append(
            {r.name, double(r.deals),
             tr("%Ln deal(s), %1", nullptr, int(r.deals)).arg(FunnelTableModel::amountText(r.amount, main))});
    m_lostReasons->setBars(reasons, true, QColor(0xc6, 0x28, 0x28));
    QList<DashboardBarChart::Bar> stages;
    for (int i = 0; i < m_report.openStageCount(); ++i) {
        const FunnelStage &s = m_report.stages.at(i);
        stages.append({s.name, double(s.lostHere),
                       tr("%Ln deal(s), %1", nullptr, int(s.lostHere))
                           .arg(FunnelTableModel::amountText(s.lostHereAmount, main))});
    }
    if (m_report.lost() == 0)
        stages.clear();
    m_lostStages->setBars(stages, true, QColor(0xe5, 0x73, 0x73));
    QList<DashboardBarChart::Bar> months;
    for (const FunnelMonth &mo : std::as_const(m_report.revenueByMonth)) {
        months.append({locale.toString(mo.month, QStringLiteral("MMM yy")),
                       major(mo.amount.value(main), main),
                       tr("%Ln deal(s), %1", nullptr, int(mo.deals))
                           .arg(FunnelTableModel::amountText(mo.amount, main))});
    }
    m_revenue->setTitle(tr("Revenue won by month, %1").arg(main));
    m_revenue->setBars(months, false, QColor(0x2e, 0x7d, 0x32));
}

QString DashboardPage::cellTitle(const FunnelCell &cell) const
{
    const auto stageName = [&]() -> QString {
        for (const FunnelStage &s : m_report.stages) {
            if (s.stageId == cell.stageId)
                return s.name;
        }
        return QString::number(cell.stageId);
    };
    const QString pipeline = m_report.pipelineName;
    switch (cell.kind) {
    case FunnelCell::Kind::All:
        return tr("All deals of %1").arg(pipeline);
    case FunnelCell::Kind::Stage:
        return cell.mode == FunnelMode::Current
                   ? tr("%1 — in it now (%2)").arg(stageName(), pipeline)
                   : tr("%1 — reached it or went further (%2)").arg(stageName(), pipeline);
    case FunnelCell::Kind::LostReason: {
        for (const FunnelLostReason &r : m_report.lostByReason) {
            if (r.reasonId == cell.reasonId)
                return tr("Lost: %1 (%2)").arg(r.name, pipeline);
        }
        return tr("Lost (%1)").arg(pipeline);
    }
    case FunnelCell::Kind::LostAtStage:
        return tr("Lost while in %1 (%2)").arg(stageName(), pipeline);
    case FunnelCell::Kind::StayedIn:
        return tr("Spent time in %1 and moved on (%2)").arg(stageName(), pipeline);
    case FunnelCell::Kind::WonInMonth:
        return tr("Won in %1 (%2)")
            .arg(QString(QLocale().standaloneMonthName(cell.month.month()) + QLatin1Char(' ') +
                         QString::number(cell.month.year())),
                 pipeline);
    case FunnelCell::Kind::Manager:
        return tr("Deals of %1 (%2)").arg(cell.owner, pipeline);
    case FunnelCell::Kind::ManagerWon:
        return tr("Won by %1 (%2)").arg(cell.owner, pipeline);
    case FunnelCell::Kind::ManagerLost:
        return tr("Lost by %1 (%2)").arg(cell.owner, pipeline);
    }
    return pipeline;
}

QDialog *DashboardPage::drillDown(const FunnelCell &cell, const QString &title)
{
    // The report's filter: the numbers shown, even when the filter widgets changed since.
    auto *dialog = new DrillDownDialog(m_db, m_actor, m_report.filter, cell, title, this);
    dialog->show();
    return dialog;
}

void DashboardPage::render(QPainter *painter, const QRect &target) const
{
    const QSize size = m_content->size();
    const double scale = qMin(double(target.width()) / size.width(), double(target.height()) / size.height());
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    m_content->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}

bool DashboardPage::exportImage(const QString &path) const
{
    return m_content->grab().save(path, "PNG");
}

bool DashboardPage::exportPdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(144);
    writer.setTitle(tr("Funnel — %1").arg(m_report.pipelineName));
    writer.setCreator(QStringLiteral("Pristriy"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    render(&painter, QRect(QPoint(), writer.pageLayout().paintRectPixels(writer.resolution()).size()));
    return painter.end();
}

bool DashboardPage::exportCsv(const FunnelTableModel *model, const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    const QByteArray csv = model->toCsv().toUtf8();
    return f.write(csv) == csv.size();
}

void DashboardPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(&printer))
        GuiUtil::showError(
            this, tr("Print"),
            StoreError::invalid(tr("The printer “%1” could not be used.").arg(printer.printerName())));
}

bool DashboardPage::printTo(QPrinter *printer) const
{
    printer->setDocName(tr("Funnel — %1").arg(m_report.pipelineName));
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    render(&painter, QRect(QPoint(), printer->pageLayout().paintRectPixels(printer->resolution()).size()));
    return painter.end();
}
