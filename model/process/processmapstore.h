#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A route map stored in the database; its drawings are the versions.
struct ProcessMap
{
    qint64 id = 0;
    QString name;
    qint64 pipelineId = 0; // 0: not tied to a pipeline
    QString createdAt;     // UTC
    QString updatedAt;     // UTC, the last save or rename
    QString deletedAt;     // UTC; empty while the map is not in the trash
    int latestVersion = 0;
};

// One saved drawing of a map. Listing versions leaves `xml` empty; read() fills it.
struct ProcessMapVersion
{
    qint64 mapId = 0;
    int version = 0;
    QString comment;
    QString savedAt; // UTC
    QString savedBy;
    QByteArray xml; // BPMN 2.0, UTF-8
};

// Route maps with versions in the database. Saving never overwrites: every save appends a new
// version, older ones stay readable. The XML is checked with the BPMN reader first (well-formed,
// BPMN, consistent) and stored as the writer's UTF-8, so every stored version opens again.
// Everybody reads; process owners and administrators create, save, rename and trash. Each
// change appends its domain event (process_map.created, .saved, .renamed, .trashed, .restored)
// in the same transaction; the notifier says "process_map" after the commit.
class ProcessMapStore
{
    Q_DECLARE_TR_FUNCTIONS(ProcessMapStore)

public:
    ProcessMapStore(DatabasePtr db, QString actor);

    // Maps outside the trash, by name (case-insensitive); with `trashed`, only those in the trash.
    Result<QList<ProcessMap>> maps(bool trashed = false) const;
    // Any map, in the trash or not.
    Result<ProcessMap> map(qint64 id) const;
    Result<ProcessMap> mapNamed(const QString &name) const; // outside the trash, case-insensitive
    // Newest first, without their XML.
    Result<QList<ProcessMapVersion>> versions(qint64 mapId) const;
    // One version with its XML; version 0 reads the latest.
    Result<ProcessMapVersion> read(qint64 mapId, int version = 0) const;

    // A new map with `xml` as version 1. Returns the map's id.
    Result<qint64> create(const QString &name, const QByteArray &xml, const QString &comment = QString(),
                          qint64 pipelineId = 0);
    // Appends a version; returns its number. A map in the trash is refused.
    Result<int> save(qint64 mapId, const QByteArray &xml, const QString &comment = QString());
    Status rename(qint64 mapId, const QString &name);
    Status setPipeline(qint64 mapId, qint64 pipelineId);
    Status moveToTrash(qint64 mapId);
    Status restore(qint64 mapId);

    // Whether the acting user may change maps (the editor offers saving only then).
    bool canEdit() const;
    // Reads `xml` as BPMN; the UTF-8 text to store, or why it cannot be stored (with line and column).
    static Result<QByteArray> normalisedXml(const QByteArray &xml);

private:
    Status requireEditor(QSqlDatabase &db) const;
    Result<ProcessMap> mapIn(QSqlDatabase &db, qint64 id) const;
    StoreError checkName(QSqlDatabase &db, const QString &name, qint64 exceptId) const;
    Status setTrashed(qint64 mapId, bool trashed);
    void notify(qint64 mapId) const;

    DatabasePtr m_db;
    QString m_actor;
};
