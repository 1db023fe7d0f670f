// The designer's new screens as a user sees them: the editor with the grid, the resize handle and
// the artifacts in the palette, the File and Arrange menus, a label edited in place, a lasso in
// progress, copy/paste and align, the database dialog with versions, an older version read-only,
// and an exported drawing. Each grab must show a drawing (not a blank window); with
// PRISTRIY_SCREENSHOT_DIR set they are also saved there as designer-*.png.
#include "../testutil.h"
#include "connectcommand.h"
#include "processdocument.h"
#include "processeditor.h"
#include "processmapdialog.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processtemplates.h"
#include "processview.h"
#include "renamecommand.h"

#include "crm/userservice.h"
#include "process/processmapstore.h"
#include "store/systemuser.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSet>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

// Distinct colours in a sample of the picture: a blank or one-colour grab has very few.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestDesignerScreenshots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    QString m_admin;

    void save(const QImage &image, const QString &name)
    {
        QVERIFY2(colourCount(image) > 8, qPrintable(name));
        const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + QStringLiteral("/designer-%1.png").arg(name)));
    }
    void save(QWidget *widget, const QString &name) { save(widget->grab().toImage(), name); }

    static QString sales() { return ProcessTemplates::all().first().fileName; }

    static QString shapeOf(ProcessEditor &editor, const QString &name)
    {
        editor.scene()->selectAllElements();
        for (const QString &id : editor.scene()->selectedShapeIds()) {
            const BpmnRenderModel::Shape &shape = editor.scene()->shapeItem(id)->renderShape();
            if (shape.text == name && BpmnSchema::isActivity(shape.type)) {
                editor.scene()->clearSelection();
                return id;
            }
        }
        editor.scene()->clearSelection();
        return {};
    }

private slots:
    void initTestCase()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_admin = SystemUser::login();
        QVERIFY(UserService(m_tmp->db(), m_admin).current().ok());
    }

    void editor()
    {
        ProcessEditor editor;
        editor.resize(1400, 860);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setDatabase(m_tmp->db(), m_admin);
        QVERIFY(editor.newFromTemplate(sales(), false));
        editor.view()->resetZoom();
        const QString id = shapeOf(editor, QStringLiteral("Commercial proposal"));
        QVERIFY(!id.isEmpty());
        editor.scene()->selectIds({id});
        editor.view()->centerOn(editor.scene()->shapeItem(id));
        QApplication::processEvents();
        save(&editor, QStringLiteral("editor"));

        // In-place label editing.
        QTest::keyClick(editor.view(), Qt::Key_E);
        QVERIFY(editor.labelEditor());
        editor.labelEditor()->setText(QStringLiteral("Commercial proposal sent"));
        QApplication::processEvents();
        save(&editor, QStringLiteral("label-edit"));
        QTest::keyClick(editor.labelEditor(), Qt::Key_Escape);

        // The menus with the new entries.
        for (const QString &title : {QStringLiteral("&File"), QStringLiteral("&Arrange")}) {
            for (QAction *action : editor.menuBar()->actions()) {
                if (action->text() != title)
                    continue;
                QMenu *menu = action->menu();
                menu->popup(editor.mapToGlobal(QPoint(40, 40)));
                QApplication::processEvents();
                save(menu, title == u"&File" ? QStringLiteral("file-menu") : QStringLiteral("arrange-menu"));
                menu->hide();
            }
        }

        // A lasso being drawn (L, press, drag, not yet released).
        QTest::keyClick(editor.view(), Qt::Key_L);
        QWidget *viewport = editor.view()->viewport();
        const QPoint from(200, 120);
        const QPoint to(640, 420);
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= 6; ++step) {
            const QPoint at = from + (to - from) * step / 6;
            QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QApplication::processEvents();
        save(&editor, QStringLiteral("lasso"));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);

        // Copy three tasks, paste them below, nudge one out of line, align the copies to the top.
        QStringList tasks;
        for (const char *name : {"Presentation", "Commercial proposal", "Agreement"})
            tasks.append(shapeOf(editor, QString::fromLatin1(name)));
        editor.scene()->selectIds(tasks);
        editor.copy();
        QRectF area;
        for (const QString &task : tasks)
            area |= editor.scene()->shapeItem(task)->renderShape().bounds;
        editor.pasteAt(area.center() + QPointF(80, 260));
        const QStringList pasted = editor.scene()->selectedShapeIds();
        QCOMPARE(pasted.size(), 3);
        editor.scene()->selectIds({pasted.at(1)});
        editor.view()->setFocus();
        QTest::keyClick(editor.view(), Qt::Key_Down);
        QTest::keyClick(editor.view(), Qt::Key_Down);
        editor.scene()->selectIds(pasted);
        editor.editorAction(QStringLiteral("align3"))->trigger();
        QApplication::processEvents();
        save(&editor, QStringLiteral("paste-align"));

        // A note on the first copy, and the flow between the copies bent below them.
        editor.createElementAt(BpmnElementType::TextAnnotation,
                               editor.scene()->shapeItem(pasted.at(0))->renderShape().bounds.center() +
                                   QPointF(-40, 140));
        const QString note =
            editor.scene()->shapeItem(editor.scene()->selectedShapeIds().first())->elementId();
        editor.document()->undoStack()->push(
            new RenameCommand(editor.document(), note, QStringLiteral("For team B")));
        editor.document()->undoStack()->push(new ConnectCommand(
            editor.document(), note, editor.scene()->shapeItem(pasted.at(0))->elementId()));
        editor.scene()->selectIds({editor.scene()->shapeItemForElement(note)->diId()});
        editor.view()->centerOn(editor.scene()->shapeItem(pasted.at(1)));
        QApplication::processEvents();
        save(&editor, QStringLiteral("annotation"));
        editor.document()->undoStack()->setClean();
    }

    void databaseAndReadOnlyVersion()
    {
        ProcessMapStore store(m_tmp->db(), m_admin);
        QFile file(sales());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        const qint64 id = *store.create(QStringLiteral("Sales"), xml, QStringLiteral("from the template"));
        QVERIFY(store.save(id, xml, QStringLiteral("checkpoints for the payment")).ok());
        QVERIFY(store.save(id, xml, QStringLiteral("event stage added")).ok());
        for (const ProcessTemplates::Template &entry : ProcessTemplates::all().mid(1)) {
            QFile other(entry.fileName);
            QVERIFY(other.open(QIODevice::ReadOnly));
            QVERIFY(store.create(entry.title, other.readAll(), QStringLiteral("first draft")).ok());
        }
        ProcessMapDialog dialog(m_tmp->db(), m_admin, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.versionList()->setCurrentItem(dialog.versionList()->topLevelItem(2));
        QApplication::processEvents();
        save(&dialog, QStringLiteral("database-dialog"));

        ProcessEditor editor;
        editor.resize(1400, 860);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setDatabase(m_tmp->db(), m_admin);
        QVERIFY(editor.openMap(id, 1, false));
        QVERIFY(editor.isReadOnly());
        QApplication::processEvents();
        save(&editor, QStringLiteral("read-only-version"));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("sales.png"));
        QVERIFY(editor.exportDrawing(png, false));
        save(QImage(png), QStringLiteral("export"));
    }
};

QTEST_MAIN(TestDesignerScreenshots)
#include "tst_designerscreenshots.moc"
