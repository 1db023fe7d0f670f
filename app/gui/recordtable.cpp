#include "recordtable.h"

#include "models/lazytablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>

namespace {

// Down from a search box into its list (RecordTable::leadFromSearch).
class SearchToList : public QObject
{
public:
    SearchToList(QLineEdit *search, std::function<QAbstractItemView *()> target,
                 std::function<void()> beforeMove)
        : QObject(search)
        , m_target(std::move(target))
        , m_beforeMove(std::move(beforeMove))
    {
        search->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier);
        if ((key->key() != Qt::Key_Down && key->key() != Qt::Key_PageDown) || modifiers != Qt::NoModifier) {
            return QObject::eventFilter(watched, event);
        }
        if (m_beforeMove)
            m_beforeMove();
        QAbstractItemView *view = m_target();
        QAbstractItemModel *model = view ? view->model() : nullptr;
        if (!model || model->rowCount() == 0)
            return true; // nowhere to go; the box keeps the focus
        int column = 0;
        if (auto *table = qobject_cast<QTableView *>(view)) {
            while (column < model->columnCount() - 1 && table->isColumnHidden(column))
                ++column;
        }
        const QModelIndex first = model->index(0, column);
        view->setFocus(Qt::OtherFocusReason);
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        view->scrollTo(first);
        return true;
    }

private:
    std::function<QAbstractItemView *()> m_target;
    std::function<void()> m_beforeMove;
};

} // namespace

RecordTable::RecordTable(const QString &settingsKey, QWidget *parent)
    : QTableView(parent)
    , m_settingsKey(settingsKey)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setSortingEnabled(false); // sorting is ours: only on the columns the model sorts in SQL
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &RecordTable::onSortIndicatorChanged);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_model && index.isValid())
            emit idActivated(m_model->idAt(index.row()));
    });

    m_emptyLabel = new QLabel(viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont font = m_emptyLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_emptyLabel->setFont(font);
    m_emptyLabel->hide();
}

RecordTable::~RecordTable() = default;

void RecordTable::setLazyModel(LazyTableModel *model, const QList<int> &defaultWidths)
{
    m_model = model;
    setModel(model);
    for (int i = 0; i < defaultWidths.size(); ++i)
        setColumnWidth(i, defaultWidths.at(i));
    m_sortSection = model->sortColumn();
    m_sortOrder = model->sortOrder();
    {
        const QSignalBlocker blocker(horizontalHeader());
        horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
    }
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptId = currentId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptId != 0)
            selectId(m_keptId);
        updateEmptyState();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordTable::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordTable::updateEmptyState);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTable::selectedIdsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTable::selectedIdsChanged);
    updateEmptyState();
}

void RecordTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_emptyLabel->setText(text);
    updateEmptyState();
}

bool RecordTable::isEmptyStateVisible() const
{
    return !m_emptyLabel->isHidden();
}

qint64 RecordTable::currentId() const
{
    const QModelIndex index = currentIndex();
    if (!m_model || !index.isValid())
        return 0;
    return m_model->idAt(index.row());
}

QList<qint64> RecordTable::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_model->idAt(index.row()))
            ids.append(id);
    }
    return ids;
}

bool RecordTable::selectId(qint64 id)
{
    if (!m_model || id == 0)
        return false;
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void RecordTable::saveState() const
{
    if (m_settingsKey.isEmpty() || !m_model)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("tables/%1/header").arg(m_settingsKey), horizontalHeader()->saveState());
}

void RecordTable::restoreState()
{
    if (m_settingsKey.isEmpty() || !m_model)
        return;
    const QByteArray state =
        QSettings().value(QStringLiteral("tables/%1/header").arg(m_settingsKey)).toByteArray();
    if (state.isEmpty())
        return;
    {
        const QSignalBlocker blocker(horizontalHeader());
        horizontalHeader()->restoreState(state);
        horizontalHeader()->setSortIndicatorShown(true);
        horizontalHeader()->setSectionsClickable(true);
    }
    onSortIndicatorChanged(horizontalHeader()->sortIndicatorSection(),
                           horizontalHeader()->sortIndicatorOrder());
}

void RecordTable::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (!m_model)
        return;
    if (!m_model->isSortable(section)) {
        // Not sortable in SQL: keep the indicator on the column the list is sorted by.
        const QSignalBlocker blocker(horizontalHeader());
        horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
    m_model->sort(section, order);
}

void RecordTable::leadFromSearch(QLineEdit *search, QAbstractItemView *view, std::function<void()> beforeMove)
{
    QPointer<QAbstractItemView> guarded(view);
    leadFromSearch(
        search, [guarded]() -> QAbstractItemView * { return guarded.data(); }, std::move(beforeMove));
}

void RecordTable::leadFromSearch(QLineEdit *search, std::function<QAbstractItemView *()> target,
                                 std::function<void()> beforeMove)
{
    new SearchToList(search, std::move(target), std::move(beforeMove));
}

void RecordTable::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && currentIndex().isValid()) {
        // Handled here: the event must not travel on to a dialog's default button (Save).
        emit activated(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RecordTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateEmptyState();
}

void RecordTable::updateEmptyState()
{
    const bool empty = m_model && m_model->rowCount() == 0 && !m_emptyText.isEmpty();
    m_emptyLabel->setVisible(empty);
    if (empty) {
        const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
        m_emptyLabel->setGeometry(area.left(), area.top(), area.width(), qMin(area.height(), 160));
    }
}
