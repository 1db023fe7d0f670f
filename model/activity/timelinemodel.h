#pragma once

#include "activity.h"
#include "store/database.h"

#include <QAbstractListModel>

// The timeline of one record as a list, newest first, read a page at a time as the view scrolls
// (canFetchMore/fetchMore). Follows changes of tasks, calls, notes and the record.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // TimelineEntry::Kind as int
        IdRole,
        AtRole, // QDateTime (UTC)
        ActorRole,
        TitleRole,
        DetailRole,
        StateRole,
        RelatedEntityRole, // what a double click opens (see TimelineEntry)
        RelatedIdRole,
    };
    static constexpr int kPageSize = 50;

    TimelineModel(DatabasePtr db, QString actor, QObject *parent = nullptr);

    void setRecord(const QString &entity, qint64 recordId);
    QString entity() const { return m_entity; }
    qint64 recordId() const { return m_recordId; }
    // Reads the first page again.
    void refresh();
    QString lastError() const { return m_lastError; }
    TimelineEntry entryAt(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void queryFailed(const QString &message);

private:
    void scheduleRefresh();

    DatabasePtr m_db;
    QString m_actor;
    QString m_entity;
    qint64 m_recordId = 0;
    QList<TimelineEntry> m_entries;
    bool m_atEnd = true;
    bool m_refreshPending = false;
    bool m_resetting = false;
    bool m_fetching = false;
    QString m_lastError;
};
