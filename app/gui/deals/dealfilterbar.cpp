#include "dealfilterbar.h"

#include "crm/dealsearchhits.h"
#include "crm/userservice.h"
#include "guiutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTimer>
#include <QtConcurrent>

namespace {
// Long enough to let a quick typist's keys come together, short enough not to be felt: the lookup
// itself takes a few tens of milliseconds, and one overtaken by a newer key is stopped.
constexpr int kTypingPauseMs = 60;
} // namespace

DealFilterBar::DealFilterBar(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(GuiUtil::actor())
{
    setObjectName(QStringLiteral("dealFilterBar"));
    m_mine = new QCheckBox(tr("&My deals"), this);
    m_mine->setObjectName(QStringLiteral("myDeals"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("dealSearch"));
    m_search->setPlaceholderText(tr("Search title or contact"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    m_busy = new QLabel(tr("Searching…"), this);
    m_busy->setObjectName(QStringLiteral("dealSearchBusy"));
    m_busy->setEnabled(false);
    m_busy->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mine);
    layout->addWidget(ownerLabel);
    layout->addWidget(m_owner);
    layout->addWidget(m_search);
    layout->addWidget(m_busy);
    reloadOwners();

    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        m_owner->setEnabled(!on);
        emit changed();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, &DealFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // An emptied box needs no lookup: the whole board comes back at once.
        if (text.trimmed().isEmpty())
            applyNow();
        else
            m_typing->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &DealFilterBar::applyNow);
    connect(m_typing, &QTimer::timeout, this, &DealFilterBar::typingDone);
}

DealFilterBar::~DealFilterBar()
{
    // A lookup runs on the thread pool with this bar's database: stop it and let it end first.
    if (m_lookup)
        m_lookup->cancel();
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void DealFilterBar::setSearching(bool on)
{
    m_searching = on;
    m_busy->setVisible(on);
}

void DealFilterBar::typingDone()
{
    const int generation = ++m_generation;
    if (m_lookup) {
        m_lookup->cancel(); // its text is no longer wanted
        m_lookup.reset();
    }
    const QString search = m_search->text().trimmed();
    QSqlDatabase connection = m_db->connection();
    if (search.isEmpty() || DealSearchHits::isReady(connection, search)) {
        setSearching(false);
        emit changed();
        return;
    }
    setSearching(true);
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // typed on since: a newer lookup follows
        m_lookup.reset();
        setSearching(false);
        emit changed();
    });
    const std::weak_ptr<Database> weak = m_db;
    m_lookup = std::make_shared<DealSearchHits::Cancel>();
    watcher->setFuture(QtConcurrent::run([weak, search, cancel = m_lookup] {
        // The bar owns a reference to the database; a worker never holds the last one (~DealFilterBar waits).
        const DatabasePtr db = weak.lock();
        if (!db || cancel->isCancelled())
            return false;
        bool ok = false;
        {
            QSqlDatabase worker = db->connection();
            // A connection for one lookup: SQLite's small page cache, not the GUI's large one (whose
            // every page read is new memory, a page fault each: three times slower from cold).
            QSqlQuery(worker).exec(QStringLiteral("PRAGMA cache_size = -2048"));
            ok = DealSearchHits::prefetch(worker, search, cancel).ok();
        }
        db->closeThreadConnection();
        return ok;
    }));
}

void DealFilterBar::reloadOwners()
{
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everybody"), QString());
    const Result<QList<User>> users = UserService(m_db, m_actor).list();
    if (users) {
        for (const User &u : *users) {
            if (u.active)
                m_owner->addItem(u.displayName.isEmpty() ? u.login : u.displayName, u.login);
        }
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
}

QString DealFilterBar::owner() const
{
    return m_mine->isChecked() ? m_actor : m_owner->currentData().toString();
}

QString DealFilterBar::searchText() const
{
    return m_search->text();
}

void DealFilterBar::applyNow()
{
    m_typing->stop();
    typingDone();
}

void DealFilterBar::clear()
{
    const QSignalBlocker a(m_mine);
    const QSignalBlocker b(m_owner);
    const QSignalBlocker c(m_search);
    m_mine->setChecked(false);
    m_owner->setEnabled(true);
    m_owner->setCurrentIndex(0);
    m_search->clear();
    m_typing->stop();
    ++m_generation; // a lookup still running is no longer wanted
    if (m_lookup) {
        m_lookup->cancel();
        m_lookup.reset();
    }
    setSearching(false);
    emit changed();
}
