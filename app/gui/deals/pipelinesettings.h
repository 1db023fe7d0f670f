#pragma once

#include "crm/pipeline.h"
#include "store/database.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;

// Settings › Pipelines: the pipelines and their stages. Process owners and administrators add, rename,
// recolour, reorder and delete stages (a stage with deals moves them to a chosen stage in the same
// operation); everybody else sees them read-only. Changes are saved at once.
class PipelineSettingsPage : public QWidget
{
    Q_OBJECT

public:
    PipelineSettingsPage(DatabasePtr db, QWidget *parent = nullptr);

    QComboBox *pipelineBox() const { return m_pipelines; }
    QTreeWidget *stageList() const { return m_stages; }
    qint64 currentStageId() const;
    bool canEdit() const { return m_canEdit; }

    void addPipeline();
    void renamePipeline();
    void addStage();
    void editStage();
    void moveStage(int delta);
    // Asks where its deals go when it has any, then deletes the stage.
    void deleteStage();

private:
    void reload(qint64 selectPipeline = 0, qint64 selectStage = 0);
    void showStages();
    void updateButtons();
    const Pipeline *current() const;

    DatabasePtr m_db;
    QString m_actor;
    bool m_canEdit = false;
    QList<Pipeline> m_all;
    QComboBox *m_pipelines = nullptr;
    QTreeWidget *m_stages = nullptr;
    QList<QPushButton *> m_pipelineButtons;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_delete = nullptr;
};

// A stage's name, colour, win probability and checkpoint; the service checks them on Save, and its
// refusal is shown without closing.
class StageDialog : public QDialog
{
    Q_OBJECT

public:
    StageDialog(DatabasePtr db, qint64 pipelineId, const Stage &stage, QWidget *parent = nullptr);

    void accept() override;
    qint64 stageId() const { return m_stage.id; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    void setColour(const QString &colour);

    DatabasePtr m_db;
    qint64 m_pipelineId = 0;
    Stage m_stage;
    QLabel *m_error = nullptr;
    QLineEdit *m_name = nullptr;
    QToolButton *m_colour = nullptr;
    QSpinBox *m_probability = nullptr;
    QSpinBox *m_checkpoint = nullptr;
};
