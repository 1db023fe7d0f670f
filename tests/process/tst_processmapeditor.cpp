// The editor with route maps in the database: save makes a new version, older versions open
// read-only (nothing can change them), the database dialog lists maps and versions, and a user
// who may not change maps is told so and nothing is stored.
#include "../testutil.h"
#include "processdocument.h"
#include "processeditor.h"
#include "processmapdialog.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processtemplates.h"
#include "processview.h"

#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnxmlcompare.h"
#include "crm/userservice.h"
#include "process/processmapstore.h"
#include "store/systemuser.h"

#include <QAction>
#include <QMouseEvent>
#include <QSqlQuery>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

class TestProcessMapEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    QString m_admin;

    static QString salesTemplate() { return ProcessTemplates::all().first().fileName; }

    static void dragShape(ProcessEditor &editor, const QString &elementId, QPoint by)
    {
        editor.view()->resetZoom();
        const QRectF bounds = editor.scene()->shapeItemForElement(elementId)->renderShape().bounds;
        editor.view()->centerOn(bounds.center());
        QWidget *viewport = editor.view()->viewport();
        const QPoint from = editor.view()->mapFromScene(bounds.center());
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 4; ++step) {
            const QPoint at = from + by * step / 4;
            QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, from + by);
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_admin = SystemUser::login();
        UserService users(m_tmp->db(), m_admin);
        QVERIFY(users.current().ok());
        User ana;
        ana.login = QStringLiteral("ana");
        ana.role = User::Role::SalesManager;
        QVERIFY(users.create(ana).ok());
    }

    void saveMakesVersionsAndOldOnesAreReadOnly()
    {
        ProcessEditor editor;
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setDatabase(m_tmp->db(), m_admin);
        QVERIFY(editor.editorAction(QStringLiteral("openFromDatabase"))->isVisible());
        QVERIFY(editor.newFromTemplate(salesTemplate(), false));
        QVERIFY(editor.saveToDatabase(QStringLiteral("Sales"), QStringLiteral("from the template"), false));
        QVERIFY(editor.mapId() != 0);
        QCOMPARE(editor.mapVersion(), 1);
        QVERIFY(editor.document()->undoStack()->isClean());
        QVERIFY(editor.windowTitle().contains(QStringLiteral("Sales, version 1")));
        const BpmnDocument version1 = editor.document()->document().clone();

        // An edit, then Save (Ctrl+S): a new version, the first one unchanged.
        editor.scene()->selectAllElements();
        const QString someId =
            editor.scene()->shapeItem(editor.scene()->selectedShapeIds().first())->elementId();
        editor.scene()->clearSelection();
        dragShape(editor, someId, QPoint(0, 60));
        QVERIFY(!editor.document()->undoStack()->isClean());
        QTest::keyClick(editor.view(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(editor.mapVersion(), 2);
        QVERIFY(editor.document()->undoStack()->isClean());
        const ProcessMapStore store(m_tmp->db(), m_admin);
        QCOMPARE(store.versions(editor.mapId())->size(), 2);
        const BpmnReadResult stored1 = BpmnReader::read(store.read(editor.mapId(), 1)->xml);
        QVERIFY(BpmnXmlCompare::compare(version1, stored1.document).equal);
        const BpmnReadResult stored2 = BpmnReader::read(store.read(editor.mapId(), 2)->xml);
        QVERIFY(BpmnXmlCompare::compare(editor.document()->document(), stored2.document).equal);

        // Version 1 opens read-only: no tool but the hand, no edit action, no save.
        QVERIFY(editor.openMap(editor.mapId(), 1, false));
        QVERIFY(editor.isReadOnly());
        QVERIFY(editor.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(editor.handToolAction()->isChecked());
        QVERIFY(!editor.selectToolAction()->isEnabled());
        QVERIFY(!editor.paletteAction(BpmnElementType::Task)->isEnabled());
        QVERIFY(!editor.editorAction(QStringLiteral("delete"))->isEnabled());
        QVERIFY(!editor.editorAction(QStringLiteral("paste"))->isEnabled());
        const BpmnDocument shown = editor.document()->document().clone();
        QVERIFY(BpmnXmlCompare::compare(version1, shown).equal);
        dragShape(editor, someId, QPoint(0, 60));
        QTest::keyClick(editor.view(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor.view(), Qt::Key_Delete);
        QVERIFY(BpmnXmlCompare::compare(shown, editor.document()->document()).equal);
        QVERIFY(!editor.saveToDatabase(QString(), QString(), false));
        QCOMPARE(store.versions(editor.mapId())->size(), 2);
        // ... but it can still be exported.
        QTemporaryDir dir;
        QVERIFY(editor.exportDrawing(dir.filePath(QStringLiteral("v1.png")), false));

        // The latest opens for editing again.
        QVERIFY(editor.openMap(editor.mapId(), 0, false));
        QVERIFY(!editor.isReadOnly());
        QCOMPARE(editor.mapVersion(), 2);
        QVERIFY(editor.selectToolAction()->isChecked());
        QVERIFY(editor.editorAction(QStringLiteral("delete"))->isEnabled());
    }

    void aSalesManagerCannotSave()
    {
        ProcessEditor editor;
        editor.setDatabase(m_tmp->db(), QStringLiteral("ana"));
        QVERIFY(editor.newFromTemplate(salesTemplate(), false));
        QVERIFY(!editor.saveToDatabase(QStringLiteral("Sales"), QString(), false));
        QCOMPARE(editor.mapId(), 0);
        QVERIFY(ProcessMapStore(m_tmp->db(), m_admin).maps()->isEmpty());
        editor.document()->undoStack()->setClean();
    }

    void dialogListsMapsAndVersions()
    {
        ProcessMapStore store(m_tmp->db(), m_admin);
        QFile file(salesTemplate());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        const qint64 sales = *store.create(QStringLiteral("Sales"), xml);
        QVERIFY(store.save(sales, xml, QStringLiteral("second")).ok());
        const qint64 assignment = *store.create(QStringLiteral("Assignment"), xml);

        ProcessMapDialog dialog(m_tmp->db(), m_admin, sales);
        QCOMPARE(dialog.mapList()->topLevelItemCount(), 2);
        QCOMPARE(dialog.mapList()->topLevelItem(0)->text(0), QStringLiteral("Assignment")); // by name
        QCOMPARE(dialog.selectedMapId(), sales);                                            // preselected
        QCOMPARE(dialog.versionList()->topLevelItemCount(), 2);
        QCOMPARE(dialog.selectedVersion(), 2);
        QVERIFY(dialog.isLatestSelected());
        dialog.versionList()->setCurrentItem(dialog.versionList()->topLevelItem(1));
        QCOMPARE(dialog.selectedVersion(), 1);
        QVERIFY(!dialog.isLatestSelected());
        dialog.mapList()->setCurrentItem(dialog.mapList()->topLevelItem(0));
        QCOMPARE(dialog.selectedMapId(), assignment);
        QCOMPARE(dialog.versionList()->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestProcessMapEditor)
#include "tst_processmapeditor.moc"
