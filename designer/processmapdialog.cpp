#include "processmapdialog.h"

#include "process/processmapstore.h"
#include "store/timestamps.h"
#include "text/displaytime.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int LatestRole = Qt::UserRole + 1;

QString localTime(const QString &utc)
{
    return DisplayTime::dateTime(Timestamps::fromText(utc));
}

} // namespace

ProcessMapDialog::ProcessMapDialog(DatabasePtr db, QString actor, qint64 mapId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_maps(new QTreeWidget(this))
    , m_versions(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_preselect(mapId)
{
    setWindowTitle(tr("Route Maps in the Database"));
    m_maps->setObjectName(QStringLiteral("mapList"));
    m_versions->setObjectName(QStringLiteral("versionList"));
    m_maps->setHeaderLabels({tr("Route map"), tr("Versions"), tr("Changed")});
    m_versions->setHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("Comment")});
    for (QTreeWidget *list : {m_maps, m_versions}) {
        list->setRootIsDecorated(false);
        list->setUniformRowHeights(true);
        list->setAllColumnsShowFocus(true);
        list->header()->setStretchLastSection(true);
    }
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    m_rename = buttons->addButton(tr("&Rename…"), QDialogButtonBox::ActionRole);
    m_trash = buttons->addButton(tr("Move to &Trash"), QDialogButtonBox::ActionRole);
    const bool editor = ProcessMapStore(m_db, m_actor).canEdit();
    m_rename->setVisible(editor);
    m_trash->setVisible(editor);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &ProcessMapDialog::renameMap);
    connect(m_trash, &QPushButton::clicked, this, &ProcessMapDialog::trashMap);
    connect(m_maps, &QTreeWidget::currentItemChanged, this, &ProcessMapDialog::showVersions);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &ProcessMapDialog::updateButtons);
    connect(m_maps, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_versions, &QTreeWidget::itemActivated, this, &QDialog::accept);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_maps);
    splitter->addWidget(m_versions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Open the latest version to edit a map; older versions open read-only."), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 480);
    reload();
}

void ProcessMapDialog::reload()
{
    const qint64 current = selectedMapId() ? selectedMapId() : m_preselect;
    m_maps->clear();
    const Result<QList<ProcessMap>> maps = ProcessMapStore(m_db, m_actor).maps();
    if (!maps) {
        showError(maps.error().message);
        return;
    }
    for (const ProcessMap &map : *maps) {
        auto *item = new QTreeWidgetItem(
            m_maps, {map.name, QString::number(map.latestVersion), localTime(map.updatedAt)});
        item->setData(0, IdRole, map.id);
        item->setData(0, LatestRole, map.latestVersion);
        if (map.id == current)
            m_maps->setCurrentItem(item);
    }
    if (!m_maps->currentItem() && m_maps->topLevelItemCount() > 0)
        m_maps->setCurrentItem(m_maps->topLevelItem(0));
    if (maps->isEmpty())
        showError(tr("No route maps are stored in this database yet. Save one from the editor with File › "
                     "Save to Database."));
    for (int column = 0; column < 2; ++column)
        m_maps->resizeColumnToContents(column);
    showVersions();
}

void ProcessMapDialog::showVersions()
{
    m_versions->clear();
    const qint64 mapId = selectedMapId();
    if (mapId) {
        const Result<QList<ProcessMapVersion>> versions = ProcessMapStore(m_db, m_actor).versions(mapId);
        if (!versions) {
            showError(versions.error().message);
        } else {
            for (const ProcessMapVersion &v : *versions) {
                auto *item = new QTreeWidgetItem(
                    m_versions, {QString::number(v.version), localTime(v.savedAt), v.savedBy, v.comment});
                item->setData(0, IdRole, v.version);
            }
            if (m_versions->topLevelItemCount() > 0)
                m_versions->setCurrentItem(m_versions->topLevelItem(0));
            for (int column = 0; column < 3; ++column)
                m_versions->resizeColumnToContents(column);
        }
    }
    updateButtons();
}

qint64 ProcessMapDialog::selectedMapId() const
{
    const QTreeWidgetItem *item = m_maps->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

int ProcessMapDialog::selectedVersion() const
{
    const QTreeWidgetItem *map = m_maps->currentItem();
    if (!map)
        return 0;
    const QTreeWidgetItem *version = m_versions->currentItem();
    return version ? version->data(0, IdRole).toInt() : map->data(0, LatestRole).toInt();
}

bool ProcessMapDialog::isLatestSelected() const
{
    const QTreeWidgetItem *map = m_maps->currentItem();
    return map && selectedVersion() == map->data(0, LatestRole).toInt();
}

void ProcessMapDialog::updateButtons()
{
    const bool chosen = selectedMapId() != 0;
    m_open->setEnabled(chosen);
    m_open->setText(chosen && !isLatestSelected() ? tr("&Open Read-Only") : tr("&Open"));
    m_rename->setEnabled(chosen);
    m_trash->setEnabled(chosen);
}

void ProcessMapDialog::renameMap()
{
    const qint64 mapId = selectedMapId();
    if (!mapId)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Route Map"), tr("Name:"), QLineEdit::Normal,
                                               m_maps->currentItem()->text(0), &ok);
    if (!ok)
        return;
    if (const Status st = ProcessMapStore(m_db, m_actor).rename(mapId, name); !st) {
        showError(st.error().message);
        return;
    }
    m_message->hide();
    reload();
}

void ProcessMapDialog::trashMap()
{
    const qint64 mapId = selectedMapId();
    if (!mapId || QMessageBox::question(this, tr("Move to Trash"),
                                        tr("Move the route map “%1” with all its versions to the trash?")
                                            .arg(m_maps->currentItem()->text(0))) != QMessageBox::Yes)
        return;
    if (const Status st = ProcessMapStore(m_db, m_actor).moveToTrash(mapId); !st) {
        showError(st.error().message);
        return;
    }
    m_message->hide();
    reload();
}

void ProcessMapDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}
