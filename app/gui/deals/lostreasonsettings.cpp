#include "lostreasonsettings.h"

#include "crm/lostreasonservice.h"
#include "crm/userservice.h"
#include "guiutil.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kActiveRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

LostReasonSettingsPage::LostReasonSettingsPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(GuiUtil::actor())
{
    setObjectName(QStringLiteral("lostReasonSettings"));
    const Result<User> me = UserService(m_db, m_actor).current();
    m_canEdit = me && me->editsPipelines();
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lostReasons"));
    m_add = new QPushButton(tr("&Add…"), this);
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_active = new QPushButton(tr("Deac&tivate"), this);
    m_delete = new QPushButton(tr("De&lete…"), this);
    auto *note =
        new QLabel(m_canEdit ? tr("Changes are saved at once. A reason that lost deals name can be "
                                  "deactivated (no longer offered) but not deleted.")
                             : tr("Only a process owner or an administrator edits the lost reasons."),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_rename, m_up, m_down, m_active, m_delete})
        side->addWidget(b);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(note);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &LostReasonSettingsPage::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_canEdit)
            renameReason();
    });
    connect(m_add, &QPushButton::clicked, this, &LostReasonSettingsPage::addReason);
    connect(m_rename, &QPushButton::clicked, this, &LostReasonSettingsPage::renameReason);
    connect(m_up, &QPushButton::clicked, this, [this] { moveReason(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveReason(1); });
    connect(m_active, &QPushButton::clicked, this, &LostReasonSettingsPage::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &LostReasonSettingsPage::deleteReason);
    reload();
}

qint64 LostReasonSettingsPage::currentReasonId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void LostReasonSettingsPage::reload(qint64 select)
{
    if (select == 0)
        select = currentReasonId();
    m_list->clear();
    const Result<QList<LostReason>> reasons = LostReasonService(m_db, m_actor).list();
    if (!reasons) {
        GuiUtil::showError(this, tr("Lost Reasons"), reasons.error());
        return;
    }
    for (const LostReason &r : *reasons) {
        auto *item = new QListWidgetItem(r.active ? r.name : tr("%1 (inactive)").arg(r.name), m_list);
        item->setData(Qt::UserRole, r.id);
        item->setData(kActiveRole, r.active);
        item->setData(kNameRole, r.name);
        if (!r.active)
            item->setForeground(palette().placeholderText());
        if (r.id == select)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void LostReasonSettingsPage::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    const int row = item ? m_list->row(item) : -1;
    m_add->setEnabled(m_canEdit);
    m_rename->setEnabled(m_canEdit && item);
    m_up->setEnabled(m_canEdit && row > 0);
    m_down->setEnabled(m_canEdit && item && row < m_list->count() - 1);
    m_active->setEnabled(m_canEdit && item);
    m_active->setText(item && !item->data(kActiveRole).toBool() ? tr("Ac&tivate") : tr("Deac&tivate"));
    m_delete->setEnabled(m_canEdit && item);
}

void LostReasonSettingsPage::addReason()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Lost Reason"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Result<qint64> id = LostReasonService(m_db, m_actor).add(name);
    if (!id) {
        GuiUtil::showError(this, tr("New Lost Reason"), id.error());
        return;
    }
    reload(*id);
}

void LostReasonSettingsPage::renameReason()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Lost Reason"), tr("Reason:"),
                                               QLineEdit::Normal, item->data(kNameRole).toString(), &ok);
    if (!ok)
        return;
    const Status s = LostReasonService(m_db, m_actor).rename(currentReasonId(), name);
    if (!s)
        GuiUtil::showError(this, tr("Rename Lost Reason"), s.error());
    reload();
}

void LostReasonSettingsPage::moveReason(int delta)
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    const qint64 id = currentReasonId();
    const int from = int(ids.indexOf(id));
    if (from < 0 || from + delta < 0 || from + delta >= ids.size())
        return;
    ids.move(from, from + delta);
    const Status s = LostReasonService(m_db, m_actor).reorder(ids);
    if (!s)
        GuiUtil::showError(this, tr("Lost Reasons"), s.error());
    reload(id);
}

void LostReasonSettingsPage::toggleActive()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Status s =
        LostReasonService(m_db, m_actor).setActive(currentReasonId(), !item->data(kActiveRole).toBool());
    if (!s)
        GuiUtil::showError(this, tr("Lost Reasons"), s.error());
    reload();
}

void LostReasonSettingsPage::deleteReason()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Lost Reason"),
                    tr("Delete the lost reason “%1”?").arg(item->data(kNameRole).toString()),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != del)
        return;
    const Status s = LostReasonService(m_db, m_actor).remove(currentReasonId());
    if (!s)
        GuiUtil::showError(this, tr("Delete Lost Reason"), s.error());
    reload();
}
