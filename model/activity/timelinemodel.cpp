#include "timelinemodel.h"

#include "timeline.h"

#include <QColor>
#include <QLocale>
#include <QTimer>

TimelineModel::TimelineModel(DatabasePtr db, QString actor, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    connect(m_db->notifier(), &ChangeNotifier::changed, this, [this](const QString &entity) {
        if (m_recordId > 0 &&
            (entity == QLatin1String("task") || entity == QLatin1String("call") ||
             entity == QLatin1String("note") || entity == m_entity || entity == QLatin1String("deal")))
            scheduleRefresh();
    });
}

void TimelineModel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void TimelineModel::setRecord(const QString &entity, qint64 recordId)
{
    m_entity = entity;
    m_recordId = recordId;
    refresh();
}

void TimelineModel::refresh()
{
    // The first page is read inside the reset: views (and testers) may ask for more from the reset signal.
    beginResetModel();
    m_entries.clear();
    m_atEnd = m_recordId <= 0;
    m_lastError.clear();
    if (!m_atEnd) {
        const Result<QList<TimelineEntry>> page =
            Timeline(m_db, m_actor).page(m_entity, m_recordId, 0, kPageSize);
        if (page) {
            m_entries = *page;
            m_atEnd = page->size() < kPageSize;
        } else {
            m_atEnd = true;
            m_lastError = page.error().message;
        }
    }
    // Receivers of modelReset (views, testers) may ask for more; the next page waits until the reset is over.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (!m_lastError.isEmpty())
        emit queryFailed(m_lastError);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_fetching;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_resetting || m_fetching)
        return;
    const Result<QList<TimelineEntry>> page =
        Timeline(m_db, m_actor).page(m_entity, m_recordId, int(m_entries.size()), kPageSize);
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        emit queryFailed(m_lastError);
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    // Receivers of the insertion may ask for more; one page at a time.
    m_fetching = true;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries += *page;
    endInsertRows();
    m_fetching = false;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString when = ActivityFormat::dateTime(e.at);
        if (!e.actorName.isEmpty())
            when += QStringLiteral(" · ") + e.actorName;
        QString text = e.title + QLatin1Char('\n') + when;
        if (!e.detail.isEmpty())
            text += QLatin1Char('\n') + e.detail.left(300);
        return text;
    }
    case Qt::ToolTipRole:
        return e.detail.isEmpty() ? e.title : e.title + QLatin1Char('\n') + e.detail;
    case Qt::ForegroundRole:
        if (e.kind == TimelineEntry::Kind::Call && e.state == QLatin1String("missed"))
            return QColor(0xb0, 0x20, 0x20);
        return {};
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    case AtRole:
        return e.at;
    case ActorRole:
        return e.actor;
    case TitleRole:
        return e.title;
    case DetailRole:
        return e.detail;
    case StateRole:
        return e.state;
    case RelatedEntityRole:
        return e.relatedEntity;
    case RelatedIdRole:
        return e.relatedId;
    default:
        return {};
    }
}
