#include "pipelinesettings.h"

#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "guiutil.h"
#include "models/dealboardmodel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString kindText(Stage::Kind kind)
{
    switch (kind) {
    case Stage::Kind::Open:
        return PipelineSettingsPage::tr("Open", "stage kind: its deals are still in progress; an adjective");
    case Stage::Kind::Won:
        return PipelineSettingsPage::tr("Won");
    case Stage::Kind::Lost:
        return PipelineSettingsPage::tr("Lost");
    }
    return {};
}

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(QColor(colour));
    return QIcon(pixmap);
}

} // namespace

PipelineSettingsPage::PipelineSettingsPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(GuiUtil::actor())
{
    setObjectName(QStringLiteral("pipelineSettings"));
    const Result<User> me = UserService(m_db, m_actor).current();
    m_canEdit = me && me->editsPipelines();

    m_pipelines = new QComboBox(this);
    m_pipelines->setObjectName(QStringLiteral("settingsPipeline"));
    m_pipelines->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *addPipeline = new QPushButton(tr("New &Pipeline…"), this);
    auto *renamePipeline = new QPushButton(tr("Re&name…"), this);
    m_pipelineButtons = {addPipeline, renamePipeline};

    m_stages = new QTreeWidget(this);
    m_stages->setObjectName(QStringLiteral("stages"));
    m_stages->setRootIsDecorated(false);
    m_stages->setHeaderLabels(
        {tr("Stage"), tr("Kind"), tr("Win probability"), tr("Checkpoint"), tr("Deals")});
    m_stages->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stages->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add Stage…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_delete = new QPushButton(tr("De&lete…"), this);

    auto *note = new QLabel(this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setText(m_canEdit ? tr("Changes to pipelines are saved at once. Won and Lost close every pipeline.")
                            : tr("Only a process owner or an administrator edits pipelines."));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Pipeline:"), this));
    top->addWidget(m_pipelines);
    top->addWidget(addPipeline);
    top->addWidget(renamePipeline);
    top->addStretch(1);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_up, m_down, m_delete})
        side->addWidget(b);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_stages, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(note);

    connect(m_pipelines, &QComboBox::currentIndexChanged, this, &PipelineSettingsPage::showStages);
    connect(m_stages, &QTreeWidget::itemSelectionChanged, this, &PipelineSettingsPage::updateButtons);
    connect(m_stages, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editStage();
    });
    connect(addPipeline, &QPushButton::clicked, this, &PipelineSettingsPage::addPipeline);
    connect(renamePipeline, &QPushButton::clicked, this, &PipelineSettingsPage::renamePipeline);
    connect(m_add, &QPushButton::clicked, this, &PipelineSettingsPage::addStage);
    connect(m_edit, &QPushButton::clicked, this, &PipelineSettingsPage::editStage);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(m_delete, &QPushButton::clicked, this, &PipelineSettingsPage::deleteStage);
    reload();
}

const Pipeline *PipelineSettingsPage::current() const
{
    const qint64 id = m_pipelines->currentData().toLongLong();
    for (const Pipeline &p : m_all) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

qint64 PipelineSettingsPage::currentStageId() const
{
    const QTreeWidgetItem *item = m_stages->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void PipelineSettingsPage::reload(qint64 selectPipeline, qint64 selectStage)
{
    if (selectPipeline == 0)
        selectPipeline = m_pipelines->currentData().toLongLong();
    if (selectStage == 0)
        selectStage = currentStageId();
    const Result<QList<Pipeline>> all = PipelineService(m_db, m_actor).pipelines();
    if (!all) {
        GuiUtil::showError(this, tr("Pipelines"), all.error());
        return;
    }
    m_all = *all;
    {
        const QSignalBlocker blocker(m_pipelines);
        m_pipelines->clear();
        for (const Pipeline &p : std::as_const(m_all))
            m_pipelines->addItem(p.name, p.id);
        m_pipelines->setCurrentIndex(qMax(0, m_pipelines->findData(selectPipeline)));
    }
    showStages();
    for (int i = 0; i < m_stages->topLevelItemCount(); ++i) {
        if (m_stages->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == selectStage)
            m_stages->setCurrentItem(m_stages->topLevelItem(i));
    }
    updateButtons();
}

void PipelineSettingsPage::showStages()
{
    m_stages->clear();
    const Pipeline *p = current();
    if (!p)
        return;
    // The board's counts: one grouped query over the board index.
    const DealBoardModel board(m_db, p->id, m_actor);
    for (const Stage &s : p->stages) {
        const int boardRow = board.rowOfStage(s.id);
        const qint64 deals = boardRow >= 0 ? board.countAt(boardRow) : 0;
        auto *item = new QTreeWidgetItem(
            m_stages, {s.name, kindText(s.kind), tr("%1 %").arg(s.probability),
                       s.checkpointDays > 0 ? tr("%n day(s)", nullptr, s.checkpointDays) : tr("none"),
                       QLocale().toString(deals)});
        item->setIcon(0, swatch(s.colour));
        item->setData(0, Qt::UserRole, s.id);
        item->setData(4, Qt::UserRole, deals);
        item->setData(1, Qt::UserRole, int(s.kind));
    }
    updateButtons();
}

void PipelineSettingsPage::updateButtons()
{
    QTreeWidgetItem *item = m_stages->currentItem();
    const bool open = item && item->data(1, Qt::UserRole).toInt() == int(Stage::Kind::Open);
    const int row = item ? m_stages->indexOfTopLevelItem(item) : -1;
    int openCount = 0;
    for (int i = 0; i < m_stages->topLevelItemCount(); ++i) {
        if (m_stages->topLevelItem(i)->data(1, Qt::UserRole).toInt() == int(Stage::Kind::Open))
            ++openCount;
    }
    for (QPushButton *b : std::as_const(m_pipelineButtons))
        b->setEnabled(m_canEdit);
    m_add->setEnabled(m_canEdit && current());
    m_edit->setEnabled(m_canEdit && item);
    m_up->setEnabled(m_canEdit && open && row > 0);
    m_down->setEnabled(m_canEdit && open && row < openCount - 1);
    m_delete->setEnabled(m_canEdit && open && openCount > 1);
}

void PipelineSettingsPage::addPipeline()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Pipeline"), tr("Name of the new pipeline:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Result<qint64> id = PipelineService(m_db, m_actor).addPipeline(name);
    if (!id) {
        GuiUtil::showError(this, tr("New Pipeline"), id.error());
        return;
    }
    reload(*id);
}

void PipelineSettingsPage::renamePipeline()
{
    const Pipeline *p = current();
    if (!p)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Pipeline"), tr("New name of “%1”:").arg(p->name), QLineEdit::Normal, p->name, &ok);
    if (!ok)
        return;
    const Status s = PipelineService(m_db, m_actor).renamePipeline(p->id, name);
    if (!s)
        GuiUtil::showError(this, tr("Rename Pipeline"), s.error());
    reload();
}

void PipelineSettingsPage::addStage()
{
    const Pipeline *p = current();
    if (!p)
        return;
    Stage stage;
    stage.position = -1;
    StageDialog dialog(m_db, p->id, stage, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(p->id, dialog.stageId());
}

void PipelineSettingsPage::editStage()
{
    const Pipeline *p = current();
    if (!p)
        return;
    const Stage *s = p->stageById(currentStageId());
    if (!s)
        return;
    StageDialog dialog(m_db, p->id, *s, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(p->id, s->id);
}

void PipelineSettingsPage::moveStage(int delta)
{
    const Pipeline *p = current();
    if (!p)
        return;
    QList<qint64> open;
    for (const Stage &s : p->stages) {
        if (s.kind == Stage::Kind::Open)
            open.append(s.id);
    }
    const qint64 id = currentStageId();
    const int from = int(open.indexOf(id));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= open.size())
        return;
    open.move(from, to);
    const Status s = PipelineService(m_db, m_actor).reorderStages(p->id, open);
    if (!s)
        GuiUtil::showError(this, tr("Move Stage"), s.error());
    reload(p->id, id);
}

void PipelineSettingsPage::deleteStage()
{
    const Pipeline *p = current();
    if (!p)
        return;
    const Stage *stage = p->stageById(currentStageId());
    if (!stage)
        return;
    const qint64 deals = m_stages->currentItem()->data(4, Qt::UserRole).toLongLong();
    qint64 target = 0;
    if (deals > 0) {
        QStringList names;
        QList<qint64> ids;
        for (const Stage &s : p->stages) {
            if (s.id != stage->id && s.kind != Stage::Kind::Lost) {
                names.append(s.name);
                ids.append(s.id);
            }
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Delete Stage"),
            tr("“%1” has %n deal(s). Move them to:", nullptr, int(deals)).arg(stage->name), names, 0, false,
            &ok);
        if (!ok)
            return;
        target = ids.value(names.indexOf(chosen));
    } else {
        QMessageBox box(QMessageBox::Question, tr("Delete Stage"),
                        tr("Delete the stage “%1”? It has no deals.").arg(stage->name), QMessageBox::Cancel,
                        this);
        box.setTextFormat(Qt::PlainText);
        QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() != del)
            return;
    }
    const Status s = PipelineService(m_db, m_actor).deleteStage(stage->id, target);
    if (!s)
        GuiUtil::showError(this, tr("Delete Stage"), s.error());
    reload(p->id, target);
}

StageDialog::StageDialog(DatabasePtr db, qint64 pipelineId, const Stage &stage, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_pipelineId(pipelineId)
    , m_stage(stage)
{
    setObjectName(QStringLiteral("stageDialog"));
    setWindowTitle(stage.id > 0 ? tr("Edit Stage") : tr("New Stage"));
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_name = new QLineEdit(stage.name, this);
    m_colour = new QToolButton(this);
    m_colour->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_probability = new QSpinBox(this);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(tr(" %"));
    m_probability->setValue(stage.probability);
    m_checkpoint = new QSpinBox(this);
    m_checkpoint->setRange(0, 3650);
    m_checkpoint->setSpecialValueText(tr("None"));
    m_checkpoint->setSuffix(tr(" days"));
    m_checkpoint->setValue(stage.checkpointDays);
    setColour(stage.colour);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(tr("&Win probability:"), m_probability);
    form->addRow(tr("&Checkpoint:"), m_checkpoint);
    auto *hint =
        new QLabel(tr("A deal longer in the stage than its checkpoint is marked late on the board."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StageDialog::reject);
    connect(m_colour, &QToolButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_stage.colour), this, tr("Stage Colour"));
        if (chosen.isValid())
            setColour(chosen.name());
    });
}

void StageDialog::setColour(const QString &colour)
{
    m_stage.colour = colour;
    m_colour->setIcon(swatch(colour));
    m_colour->setText(colour);
}

void StageDialog::accept()
{
    m_stage.name = m_name->text();
    m_stage.probability = m_probability->value();
    m_stage.checkpointDays = m_checkpoint->value();
    PipelineService service(m_db, GuiUtil::actor());
    if (m_stage.id > 0) {
        const Status s = service.updateStage(m_stage);
        if (!s) {
            m_error->setText(s.error().message);
            m_error->show();
            m_name->setFocus();
            return;
        }
    } else {
        const Result<qint64> id = service.addStage(m_pipelineId, m_stage);
        if (!id) {
            m_error->setText(id.error().message);
            m_error->show();
            m_name->setFocus();
            return;
        }
        m_stage.id = *id;
    }
    QDialog::accept();
}
