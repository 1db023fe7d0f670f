#include "companylistpage.h"

#include "models/companylistmodel.h"
#include "recordtable.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kDebounceMs = 150;
} // namespace

CompanyListPage::CompanyListPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
{
    m_model = new CompanyListModel(db, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("companySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search company names (Ctrl+F)"));
    m_industry = new QLineEdit(this);
    m_industry->setObjectName(QStringLiteral("industryFilter"));
    m_industry->setPlaceholderText(tr("Industry"));
    m_industry->setToolTip(tr("Show only the companies of this industry"));
    m_industry->setClearButtonEnabled(true);
    m_industry->setMaximumWidth(200);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_industry);

    m_table = new RecordTable(QStringLiteral("companies"), this);
    m_table->setObjectName(QStringLiteral("companyTable"));
    m_table->setLazyModel(m_model, {240, 150, 190, 140, 80, 120, 140});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CompanyListPage::applyFilter);
    for (QLineEdit *edit : {m_search, m_industry})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
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

    connect(m_table, &RecordTable::idActivated, this, &CompanyListPage::openRequested);
    connect(m_table, &RecordTable::selectedIdsChanged, this, &CompanyListPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompanyListPage::countChanged);
    applyFilter();
}

QList<qint64> CompanyListPage::selectedIds() const
{
    return m_table->selectedIds();
}

void CompanyListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CompanyListPage::saveState() const
{
    m_table->saveState();
}

void CompanyListPage::restoreState()
{
    m_table->restoreState();
}

void CompanyListPage::applyFilter()
{
    const QString search = m_search->text().trimmed();
    const QString industry = m_industry->text().trimmed();
    if (!search.isEmpty())
        m_table->setEmptyText(tr("No companies match “%1”.").arg(search));
    else if (!industry.isEmpty())
        m_table->setEmptyText(tr("No companies in the industry “%1”.").arg(industry));
    else
        m_table->setEmptyText(tr("No companies yet.\nUse File › New Company to add one."));
    m_model->setSearchText(search);
    m_model->setIndustry(industry);
}
