#include "contactlistpage.h"

#include "guiutil.h"
#include "models/contactlistmodel.h"
#include "recordtable.h"

#include <QApplication>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kDebounceMs = 150;

QLineEdit *filterEdit(const QString &objectName, const QString &placeholder, const QString &toolTip,
                      QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(160);
    return edit;
}

// Offers the values of a small table (users, tags) while a filter is typed; refreshed when the
// filter box gets the focus, so new tags and users appear without reopening the window.
void completeFrom(QLineEdit *edit, const DatabasePtr &db, const QString &sql)
{
    auto *values = new QStringListModel(edit);
    auto *completer = new QCompleter(values, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    const auto load = [values, db, sql] {
        QStringList list;
        QSqlQuery q(db->connection());
        if (q.exec(sql)) {
            while (q.next() && list.size() < 1000)
                list << q.value(0).toString();
        }
        values->setStringList(list);
    };
    load();
    QObject::connect(qApp, &QApplication::focusChanged, edit, [edit, load](QWidget *, QWidget *now) {
        if (now == edit)
            load();
    });
}

} // namespace

ContactListPage::ContactListPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
{
    m_model = new ContactListModel(db, this);
    // A sales manager's list holds his own contacts and those shared with him.
    {
        QSqlDatabase connection = db->connection();
        m_visibleTo = ContactFilter::visibilityFor(connection, GuiUtil::actor());
    }
    if (!m_visibleTo.isEmpty()) {
        ContactFilter restricted;
        restricted.visibleTo = m_visibleTo;
        m_model->setFilter(restricted);
    }

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search names, e-mails, phones and companies (Ctrl+F)"));
    m_owner = filterEdit(QStringLiteral("ownerFilter"), tr("Owner"),
                         tr("Show only the contacts of the owners with this name"), this);
    m_source = filterEdit(QStringLiteral("sourceFilter"), tr("Source"),
                          tr("Show only the contacts from this source"), this);
    m_tag =
        filterEdit(QStringLiteral("tagFilter"), tr("Tag"), tr("Show only the contacts with this tag"), this);
    completeFrom(
        m_owner, db,
        QStringLiteral("SELECT CASE WHEN trim(display_name) <> '' THEN display_name ELSE login END AS name "
                       "FROM app_user WHERE active = 1 ORDER BY name COLLATE NOCASE"));
    completeFrom(m_tag, db, QStringLiteral("SELECT name FROM tag ORDER BY name COLLATE NOCASE"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_owner);
    filters->addWidget(m_source);
    filters->addWidget(m_tag);

    m_table = new RecordTable(QStringLiteral("contacts"), this);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setLazyModel(m_model, {180, 180, 140, 210, 130, 110, 140});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ContactListPage::applyFilter);
    for (QLineEdit *edit : {m_search, m_owner, m_source, m_tag})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Enter in the search box runs the search at once and moves to the first hit.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectId(m_model->idAt(0));
        }
    });

    // Down from the search box goes to the first hit; Enter there opens it.
    RecordTable::leadFromSearch(m_search, m_table, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            applyFilter();
        }
    });

    connect(m_table, &RecordTable::idActivated, this, &ContactListPage::openRequested);
    connect(m_table, &RecordTable::selectedIdsChanged, this, &ContactListPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactListPage::countChanged);
    updateEmptyText();
}

QList<qint64> ContactListPage::selectedIds() const
{
    return m_table->selectedIds();
}

void ContactListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactListPage::saveState() const
{
    m_table->saveState();
}

void ContactListPage::restoreState()
{
    m_table->restoreState();
}

void ContactListPage::applyFilter()
{
    ContactFilter filter = m_model->filter();
    filter.visibleTo = m_visibleTo;
    filter.search = m_search->text().trimmed();
    filter.ownerName = m_owner->text().trimmed();
    filter.source = m_source->text().trimmed();
    filter.tag = m_tag->text().trimmed();
    updateEmptyText();
    m_model->setFilter(filter);
}

void ContactListPage::updateEmptyText()
{
    const QString search = m_search->text().trimmed();
    const bool filtered = !m_owner->text().trimmed().isEmpty() || !m_source->text().trimmed().isEmpty() ||
                          !m_tag->text().trimmed().isEmpty();
    if (!search.isEmpty())
        m_table->setEmptyText(tr("No contacts match “%1”.").arg(search));
    else if (filtered)
        m_table->setEmptyText(tr("No contacts match these filters."));
    else
        m_table->setEmptyText(tr("No contacts yet.\nPress Ctrl+N to add the first one."));
}
