#pragma once

#include "report/funnel.h"
#include "store/database.h"

#include <QIcon>
#include <QThreadPool>
#include <QWidget>

class QPrinter;

class DashboardBarChart;
class FunnelTableModel;
class FunnelWidget;
class OwnersMenu;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;
class QRadioButton;

// The directors' funnel dashboard: the funnel of a pipeline in two clearly labelled modes, time in
// stage, win rate, lost deals by reason and by stage, revenue won by month and a table per manager.
// Filters (pipeline, period by creation or stage entry, owners, source) and the mode are remembered per user.
// Counting runs off the GUI thread; a result that a newer filter has overtaken is thrown away. It
// follows changes to deals and stages. Every band, bar and table cell opens the list of exactly the deals
// behind its number; the dashboard exports to PNG and PDF, each table to CSV, and prints.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(DatabasePtr db, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The area's icon: a chart from the desktop's icon theme, or the bundled funnel.
    static QIcon areaIcon();

    void restoreState();
    void saveState() const;

    FunnelFilter filter() const;
    FunnelMode mode() const;
    void setMode(FunnelMode mode);
    void setPipeline(qint64 pipelineId);
    void setOwners(const QStringList &logins);
    void setPeriod(FunnelFilter::Period period, const QDate &from, const QDate &to);

    // The last report shown, and whether a newer one is being counted.
    const FunnelReport &report() const { return m_report; }
    bool isBusy() const { return m_running || m_pending; }
    // The threads counting runs on, the page's own (tests hold them back to overtake a count).
    QThreadPool *workers() { return &m_workers; }
    // Opens the list of the deals behind a number (non-modal); returns it for tests.
    QDialog *drillDown(const FunnelCell &cell, const QString &title);

    FunnelWidget *funnelWidget() const { return m_funnel; }
    DashboardBarChart *lostByReasonChart() const { return m_lostReasons; }
    DashboardBarChart *lostByStageChart() const { return m_lostStages; }
    DashboardBarChart *revenueChart() const { return m_revenue; }
    QTableView *stagesTable() const { return m_stagesView; }
    QTableView *managersTable() const { return m_managersView; }
    QWidget *content() const { return m_content; }
    QWidget *filterBar() const { return m_filterBar; }

    // Exports (also in the page's Export menu).
    bool exportImage(const QString &path) const; // .png
    bool exportPdf(const QString &path) const;
    // Prints the dashboard on one landscape page of the printer (print() asks which printer first).
    bool printTo(QPrinter *printer) const;
    bool exportCsv(const FunnelTableModel *model, const QString &path) const;

signals:
    // After a report is shown.
    void reportShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome;
    void buildUi();
    void fillPipelines();
    void fillOwners();
    void updateOwnersText();
    void fillSources();
    void recompute();
    void startCompute();
    void showOutcome(const Outcome &outcome);
    void showReport();
    QString cellTitle(const FunnelCell &cell) const;
    void print();
    void render(QPainter *painter, const QRect &target) const;

    DatabasePtr m_db;
    QString m_actor;
    QThreadPool m_workers;
    FunnelReport m_report;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_restoring = false;
    bool m_dirty = false;
    bool m_ownDealsOnly = false; // a sales manager: only their deals count, whoever is chosen

    QComboBox *m_pipeline = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QRadioButton *m_current = nullptr;
    QRadioButton *m_reached = nullptr;
    QComboBox *m_periodKind = nullptr;
    QCheckBox *m_fromBox = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toBox = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_owners = nullptr;
    OwnersMenu *m_ownersMenu = nullptr;
    QStringList m_ownerLogins; // chosen; empty: everybody
    QComboBox *m_source = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_changeTimer = nullptr;

    QWidget *m_filterBar = nullptr;
    QWidget *m_content = nullptr;
    FunnelWidget *m_funnel = nullptr;
    QLabel *m_modeCaption = nullptr;
    QLabel *m_kpiDeals = nullptr;
    QLabel *m_kpiWon = nullptr;
    QLabel *m_kpiLost = nullptr;
    QLabel *m_kpiWinRate = nullptr;
    QLabel *m_kpiRevenue = nullptr;
    DashboardBarChart *m_lostReasons = nullptr;
    DashboardBarChart *m_lostStages = nullptr;
    DashboardBarChart *m_revenue = nullptr;
    FunnelTableModel *m_stagesModel = nullptr;
    FunnelTableModel *m_managersModel = nullptr;
    FunnelTableModel *m_reasonsModel = nullptr;
    FunnelTableModel *m_monthsModel = nullptr;
    QTableView *m_stagesView = nullptr;
    QTableView *m_managersView = nullptr;
};
