#include "mytaskspage.h"

#include "activity/mytasksmodel.h"
#include "activity/taskservice.h"
#include "activitydialogs.h"
#include "guiutil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// In a narrow list the title carries its related record ("Call back — Kitchen renovation"), which
// the hidden Related column would otherwise show.
class TitleDelegate : public QStyledItemDelegate
{
public:
    TitleDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != MyTasksModel::TitleColumn || !index.parent().isValid() ||
            !m_view->isColumnHidden(MyTasksModel::RelatedColumn))
            return;
        const QString related = index.siblingAtColumn(MyTasksModel::RelatedColumn).data().toString();
        if (!related.isEmpty())
            option->text = MyTasksPage::tr("%1 — %2").arg(option->text, related);
    }

private:
    QTreeView *m_view;
};

} // namespace

MyTasksPage::MyTasksPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("myTasksPage"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    auto *add = new QPushButton(tr("&New Task…"), this);
    add->setObjectName(QStringLiteral("newTask"));
    connect(add, &QPushButton::clicked, this, &MyTasksPage::newTask);
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(add);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02020; }"));
    m_error->hide();
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("myTasks"));
    m_view->setUniformRowHeights(true); // the view asks only for the rows it shows
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);
    m_view->setItemDelegateForColumn(MyTasksModel::TitleColumn, new TitleDelegate(m_view));
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString entity = index.data(MyTasksModel::RelatedEntityRole).toString();
        const qint64 id = index.data(MyTasksModel::RelatedIdRole).toLongLong();
        if (!entity.isEmpty() && id > 0)
            emit openRecordRequested(entity, id);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    // The groups follow the clock: what was due in an hour becomes overdue.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    minute->start();
    setDatabase(std::move(db));
}

void MyTasksPage::setDatabase(DatabasePtr db)
{
    m_db = std::move(db);
    MyTasksModel *old = m_model;
    m_model = new MyTasksModel(m_db, GuiUtil::actor(), this);
    m_view->setModel(m_model);
    delete old;
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(MyTasksModel::TitleColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(MyTasksModel::DueColumn, 12 * digit);
    header->resizeSection(MyTasksModel::PriorityColumn, 7 * digit);
    header->resizeSection(MyTasksModel::RelatedColumn, 12 * digit);
    fitColumns();
    const auto expand = [this] {
        // A group's title ("Overdue (12)") spans the row.
        for (int g = 0; g < m_model->rowCount(); ++g)
            m_view->setFirstColumnSpanned(g, {}, true);
        // Overdue and today open; the long tails stay folded until asked for.
        m_view->expand(m_model->groupIndex(TaskBucket::Overdue));
        m_view->expand(m_model->groupIndex(TaskBucket::Today));
        updateSummary();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, expand);
    connect(m_model, &MyTasksModel::queryFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    expand();
}

void MyTasksPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void MyTasksPage::fitColumns()
{
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int width = m_view->viewport()->width();
    // The title keeps at least 20 characters: first the priority goes, then the related record.
    m_view->setColumnHidden(MyTasksModel::PriorityColumn, width < 62 * digit);
    m_view->setColumnHidden(MyTasksModel::RelatedColumn, width < 52 * digit);
}

void MyTasksPage::updateSummary()
{
    m_error->setVisible(!m_model->lastError().isEmpty());
    m_error->setText(m_model->lastError());
    const bool none = openTaskCount() == 0 && m_model->lastError().isEmpty();
    m_view->setVisible(!none);
    if (none) {
        m_summary->setText(tr("No open tasks. Tasks given to you appear here; <b>New Task…</b> adds one."));
        return;
    }
    m_summary->setText(tr("<b>%1</b> overdue, <b>%2</b> due today, <b>%3</b> upcoming")
                           .arg(m_model->count(TaskBucket::Overdue))
                           .arg(m_model->count(TaskBucket::Today))
                           .arg(m_model->count(TaskBucket::Upcoming)));
}

int MyTasksPage::openTaskCount() const
{
    return m_model->count(TaskBucket::Overdue) + m_model->count(TaskBucket::Today) +
           m_model->count(TaskBucket::Upcoming) + m_model->count(TaskBucket::NoDueDate);
}

void MyTasksPage::completeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.parent().isValid())
        return;
    const int row = current.row();
    const QModelIndex group = current.parent();
    m_model->setData(current.siblingAtColumn(MyTasksModel::TitleColumn), Qt::Checked, Qt::CheckStateRole);
    // After the refresh, keep the cursor where it was so that Space can go down a list.
    QTimer::singleShot(0, this, [this, row, groupRow = group.row()] {
        const QModelIndex g = m_model->index(groupRow, 0);
        const int rows = m_model->rowCount(g);
        if (rows > 0)
            m_view->setCurrentIndex(m_model->index(qMin(row, rows - 1), 0, g));
    });
}

void MyTasksPage::newTask()
{
    Task t;
    TaskDialog dialog(t, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<qint64> id = TaskService(m_db, GuiUtil::actor()).create(dialog.task());
        if (id)
            return;
        dialog.showError(id.error().message);
    }
}

bool MyTasksPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            completeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
