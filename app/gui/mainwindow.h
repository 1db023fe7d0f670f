#pragma once

#include "store/database.h"

#include <QFuture>
#include <QMainWindow>

#include <atomic>
#include <memory>

class CompanyListPage;
class ContactListPage;
class DashboardPage;
class DealBoardPage;
class MyTasksDock;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class TrashPage;

// The shell: navigation between the areas, menus, the status bar, and the window's remembered state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area
    {
        ContactsArea,
        CompaniesArea,
        DealsArea, // only when the database has pipelines
        TrashArea,
        DashboardArea, // the funnel dashboard, for directors; only when the database has pipelines
        AreaCount
    };

    explicit MainWindow(DatabasePtr db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // SQLite's quick_check of the open database on a worker thread, saying something only when it
    // finds damage (what is wrong and how to get the data back), so that a damaged file is not used
    // without a word. A file opened after a crash was checked while opening and is not checked again.
    void checkDatabaseInBackground();

    DatabasePtr database() const { return m_db; }
    // Shows another database (File › Open); the current one stays open until this one works.
    void setDatabase(DatabasePtr db);

    Area currentArea() const;
    void setCurrentArea(Area area);

    ContactListPage *contactsPage() const { return m_contacts; }
    CompanyListPage *companiesPage() const { return m_companies; }
    DealBoardPage *dealsPage() const { return m_deals; }
    TrashPage *trashPage() const { return m_trash; }
    MyTasksDock *myTasksDock() const { return m_myTasksDock; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    QLabel *countLabel() const { return m_countLabel; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *undoAction() const { return m_undoAction; }

    void newContact();
    void newCompany();
    void openContact(qint64 id, QWidget *parent = nullptr);
    void openCompany(qint64 id);
    // Opens a contact, company or deal (from "My tasks" and reminders).
    void openRecord(const QString &entity, qint64 id);
    // Moves the selected records of the current list to the trash (Undo puts them back); in the
    // trash area it deletes them permanently after asking.
    void deleteSelected();
    void undoTrash();
    void openDatabase();
    void showSettings();
    void showRecoveryNotice();
    void focusSearch();

    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    std::shared_ptr<std::atomic<bool>> m_stopBackgroundCheck;
    QFuture<void> m_backgroundCheck;

    void createActions();
    void createMenus();
    void createCentral();
    void createStatusBar();
    void buildPages();
    void restoreSettings();
    void updateStatus();
    void updateActions();
    void showUndoNotice(const QString &text);
    void hideUndoNotice();

    DatabasePtr m_db;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    ContactListPage *m_contacts = nullptr;
    CompanyListPage *m_companies = nullptr;
    DealBoardPage *m_deals = nullptr;
    TrashPage *m_trash = nullptr;
    MyTasksDock *m_myTasksDock = nullptr;
    DashboardPage *m_dashboard = nullptr;

    QLabel *m_countLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_undoLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
    QTimer *m_undoTimer = nullptr;

    QAction *m_newContactAction = nullptr;
    QAction *m_newCompanyAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_checkDatabaseAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_areaGroup = nullptr;
    QList<QAction *> m_areaActions;

    // The last move to the trash, for Undo.
    QString m_undoEntity;
    QList<qint64> m_undoIds;
};
