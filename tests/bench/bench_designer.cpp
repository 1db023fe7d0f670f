// The process designer's canvas on a generated 5,000-element diagram (and 10,000 for growth):
// open (parse + items), select-all, deselect-all, one frame of a 100-element drag (the merged
// move command and the repaint), undo of that drag, copy and paste of the whole diagram, align
// of every element. Each reports the process's resident memory (rssMB now, peakMB the peak).
// Arguments: elements, scene index method (0 BSP tree, 1 none), item cache mode (0 none, 1 device
// coordinate cache).
#include "arrangeshapescommand.h"
#include "moveshapescommand.h"
#include "processclipboard.h"
#include "processdocument.h"
#include "processscene.h"
#include "processview.h"

#include "bpmn/bpmngenerator.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

struct Canvas
{
    std::unique_ptr<ProcessDocument> document = std::make_unique<ProcessDocument>();
    std::unique_ptr<ProcessScene> scene;
    std::unique_ptr<ProcessView> view;

    explicit Canvas(const benchmark::State &state, bool load = true)
    {
        scene = std::make_unique<ProcessScene>(document.get());
        scene->setItemIndexMethod(state.range(1) == 0 ? QGraphicsScene::BspTreeIndex
                                                      : QGraphicsScene::NoIndex);
        scene->setItemCacheMode(state.range(2) == 0 ? QGraphicsItem::NoCache
                                                    : QGraphicsItem::DeviceCoordinateCache);
        view = std::make_unique<ProcessView>(scene.get());
        view->resize(1600, 1000);
        view->show();
        if (load)
            open(state);
    }

    void open(const benchmark::State &state)
    {
        static QByteArray data;
        static int size = 0;
        if (size != state.range(0)) {
            data = generateLargeProcess(int(state.range(0)), 1);
            size = int(state.range(0));
        }
        QString error;
        if (!document->loadData(data, &error))
            qFatal("%s", qPrintable(error));
        repaint();
    }

    void repaint()
    {
        view->viewport()->repaint();
        QCoreApplication::processEvents();
    }
};

// Resident memory of the process in MB from /proc/self/status: VmRSS now, VmHWM the peak.
double residentMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

void setCounters(benchmark::State &state, const Canvas &canvas)
{
    state.counters["items"] = canvas.scene->shapeItemCount() + canvas.scene->edgeItemCount();
    state.counters["rssMB"] = residentMb("VmRSS:");
    state.counters["peakMB"] = residentMb("VmHWM:");
}

void BM_Open(benchmark::State &state)
{
    Canvas canvas(state, false);
    for (auto _ : state)
        canvas.open(state);
    setCounters(state, canvas);
}

void BM_SelectAll(benchmark::State &state)
{
    Canvas canvas(state);
    for (auto _ : state) {
        canvas.scene->selectAllElements();
        canvas.repaint();
        state.PauseTiming();
        canvas.scene->clearSelection();
        canvas.repaint();
        state.ResumeTiming();
    }
    setCounters(state, canvas);
}

void BM_DeselectAll(benchmark::State &state)
{
    Canvas canvas(state);
    for (auto _ : state) {
        state.PauseTiming();
        canvas.scene->selectAllElements();
        canvas.repaint();
        state.ResumeTiming();
        canvas.scene->clearSelection();
        canvas.repaint();
    }
    setCounters(state, canvas);
}

MoveShapesCommand::Plan hundredShapes(const Canvas &canvas)
{
    return MoveShapesCommand::plan(*canvas.document, canvas.scene->selectedShapeIds().mid(0, 100));
}

void selectHundred(Canvas &canvas)
{
    // Rubber-band the top left corner of the diagram until it holds 100 shapes.
    const QRectF all = canvas.scene->itemsBoundingRect();
    for (qreal side = 200;; side *= 1.1) {
        QPainterPath area;
        area.addRect(QRectF(all.topLeft(), QSizeF(side, side)));
        canvas.scene->setSelectionArea(area, Qt::ReplaceSelection, Qt::ContainsItemShape);
        if (canvas.scene->selectedShapeIds().size() >= 100 || side > all.width() + all.height())
            break;
    }
}

void BM_DragFrame100(benchmark::State &state)
{
    Canvas canvas(state);
    selectHundred(canvas);
    const MoveShapesCommand::Plan plan = hundredShapes(canvas);
    QUndoStack *stack = canvas.document->undoStack();
    int frame = 0;
    for (auto _ : state) {
        ++frame;
        stack->push(new MoveShapesCommand(canvas.document.get(), plan, QPointF(frame % 50, frame % 30), 1));
        canvas.repaint();
    }
    state.counters["moved"] = plan.shapes.size();
    state.counters["steps"] = stack->count();
    setCounters(state, canvas);
}

void BM_UndoDrag100(benchmark::State &state)
{
    Canvas canvas(state);
    selectHundred(canvas);
    const MoveShapesCommand::Plan plan = hundredShapes(canvas);
    QUndoStack *stack = canvas.document->undoStack();
    int gesture = 0;
    for (auto _ : state) {
        state.PauseTiming();
        ++gesture;
        for (int step = 1; step <= 20; ++step)
            stack->push(new MoveShapesCommand(canvas.document.get(), plan, QPointF(step, step), gesture));
        canvas.repaint();
        state.ResumeTiming();
        stack->undo();
        canvas.repaint();
    }
    state.counters["moved"] = plan.shapes.size();
    setCounters(state, canvas);
}

// Ctrl+A, Ctrl+C, Ctrl+V of the whole diagram: the copy as BPMN XML and the paste command.
void BM_CopyPasteAll(benchmark::State &state)
{
    Canvas canvas(state);
    QUndoStack *stack = canvas.document->undoStack();
    for (auto _ : state) {
        canvas.scene->selectAllElements();
        const QByteArray xml = ProcessClipboard::copy(*canvas.document, canvas.scene->selectedIds());
        stack->push(new PasteCommand(canvas.document.get(), xml, QPointF(0, 0)));
        canvas.repaint();
        state.PauseTiming();
        stack->undo();
        canvas.repaint();
        state.ResumeTiming();
    }
    setCounters(state, canvas);
}

// Align-left of every element and its undo: one pass over the diagram's edges.
void BM_AlignAll(benchmark::State &state)
{
    Canvas canvas(state);
    canvas.scene->selectAllElements();
    const QStringList ids = canvas.scene->selectedShapeIds();
    QUndoStack *stack = canvas.document->undoStack();
    for (auto _ : state) {
        stack->push(new ArrangeShapesCommand(
            canvas.document.get(),
            ArrangeShapesCommand::alignDeltas(*canvas.document, ids, ArrangeShapesCommand::Alignment::Left),
            QStringLiteral("align")));
        canvas.repaint();
        stack->undo();
        canvas.repaint();
    }
    setCounters(state, canvas);
}

void arguments(benchmark::internal::Benchmark *benchmark)
{
    benchmark->ArgNames({"elements", "noIndex", "cache"});
    for (int elements : {5000, 10000}) {
        for (int index : {0, 1}) {
            for (int cache : {0, 1})
                benchmark->Args({elements, index, cache});
        }
    }
    benchmark->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
}

} // namespace

BENCHMARK(BM_Open)->Apply(arguments);
BENCHMARK(BM_SelectAll)->Apply(arguments);
BENCHMARK(BM_DeselectAll)->Apply(arguments);
BENCHMARK(BM_DragFrame100)->Apply(arguments)->Iterations(30);
BENCHMARK(BM_UndoDrag100)->Apply(arguments);
BENCHMARK(BM_CopyPasteAll)->Apply(arguments);
BENCHMARK(BM_AlignAll)->Apply(arguments);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
