#pragma once

#include "store/database.h"

#include <QWidget>

class ContactListModel;
class QLineEdit;
class QTimer;
class RecordTable;

// The contact list: search as you type, filters by owner, source and tag, and the table.
class ContactListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactListPage(DatabasePtr db, QWidget *parent = nullptr);

    ContactListModel *model() const { return m_model; }
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
    void updateEmptyText();

    ContactListModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_tag = nullptr;
    QString m_visibleTo;
    QTimer *m_debounce = nullptr;
};
