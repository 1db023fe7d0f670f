#pragma once

#include "store/database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// File › Open Map from Database…: the route maps stored in the database with their versions,
// newest first. Opening the latest version edits the map; an older one opens read-only. Process
// owners and administrators also rename maps and move them to the trash here.
class ProcessMapDialog : public QDialog
{
    Q_OBJECT

public:
    // Preselects `mapId` when it is listed (the editor's Version History…).
    ProcessMapDialog(DatabasePtr db, QString actor, qint64 mapId = 0, QWidget *parent = nullptr);

    qint64 selectedMapId() const;
    // The chosen version's number (the latest when none is chosen); 0 without a map.
    int selectedVersion() const;
    bool isLatestSelected() const;

    QTreeWidget *mapList() const { return m_maps; }
    QTreeWidget *versionList() const { return m_versions; }

public slots:
    void reload();

private:
    void showVersions();
    void renameMap();
    void trashMap();
    void showError(const QString &message);
    void updateButtons();

    DatabasePtr m_db;
    QString m_actor;
    QTreeWidget *m_maps;
    QTreeWidget *m_versions;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_rename;
    QPushButton *m_trash;
    qint64 m_preselect;
};
