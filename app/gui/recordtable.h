#pragma once

#include <QList>
#include <QTableView>

#include <functional>

class LazyTableModel;
class QLabel;
class QLineEdit;

// A table over a LazyTableModel as every list of records needs it: sorting by header clicks on the
// columns the model can sort in SQL, the current record kept by id across refreshes, a message
// when the list is empty, column widths and sort remembered between sessions, and Enter opening the current
// record (also inside a dialog, whose default button it does not press).
class RecordTable : public QTableView
{
    Q_OBJECT

public:
    // settingsKey: where the header state lives in QSettings (empty: not remembered).
    explicit RecordTable(const QString &settingsKey, QWidget *parent = nullptr);
    ~RecordTable() override;

    void setLazyModel(LazyTableModel *model, const QList<int> &defaultWidths = {});
    LazyTableModel *lazyModel() const { return m_model; }

    // Shown over the empty table; plain text.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    bool isEmptyStateVisible() const;

    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Makes the record current and selected; false when it is not in the list.
    bool selectId(qint64 id);

    void saveState() const;
    void restoreState();

    // The keyboard path from a list's search box into the list: Down (or Page Down) there moves the focus
    // to the view's first row, where Enter opens it. beforeMove runs first (a page applies a search still
    // waiting for the typing pause, so the first row is the first hit).
    static void leadFromSearch(QLineEdit *search, QAbstractItemView *view,
                               std::function<void()> beforeMove = {});
    // The same for a page that shows one of several views: target says which one now (nullptr: none).
    static void leadFromSearch(QLineEdit *search, std::function<QAbstractItemView *()> target,
                               std::function<void()> beforeMove = {});

signals:
    void idActivated(qint64 id);
    void selectedIdsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void updateEmptyState();

    QString m_settingsKey;
    LazyTableModel *m_model = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QString m_emptyText;
    qint64 m_keptId = 0;
    int m_sortSection = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
