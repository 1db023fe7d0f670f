#pragma once

#include "store/database.h"

#include <QWidget>

class CompanyListModel;
class QLineEdit;
class QTimer;
class RecordTable;

// The company list: search as you type, an industry filter, and the table.
class CompanyListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyListPage(DatabasePtr db, QWidget *parent = nullptr);

    CompanyListModel *model() const { return m_model; }
    RecordTable *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QList<qint64> selectedIds() const;

    void focusSearch();
    void saveState() const;
    void restoreState();

signals:
    void openRequested(qint64 id);
    void countChanged();
    void selectionChanged();

private:
    void applyFilter();

    CompanyListModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_industry = nullptr;
    QTimer *m_debounce = nullptr;
};
