#include "bpmnexporter.h"
#include "bpmnlabelpainter.h"
#include "bpmnrenderer.h"

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmngenerator.h"
#include "bpmn/bpmnreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Declared first: moc must see the class before the XML strings below.
class TestBpmnRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void miwgSamples_data();
    void miwgSamples();
    void taskNameIsDrawn();
    void markupInNamesIsDrawnLiterally();
    void paintsOnlyWhatIsExposed();
    void largeDiagramRendersQuickly();
    void cliRendersEveryFormat_data();
    void cliRendersEveryFormat();
    void cliWritesEveryDiagram();
    void cliPicksOneDiagram();
    void cliRejectsUnknownDiagram();
    void cliRejectsUnreadableInput();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args);
    QString writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
};

namespace {

QString miwg(const QString &name)
{
    return QStringLiteral(PRISTRIY_TEST_DATA "/bpmn/miwg/") + name;
}

// One task named `taskName` (XML-escaped by the caller), drawn in as many diagrams as asked.
QByteArray taskProcess(const QString &taskName, int diagrams = 1)
{
    QString di;
    for (int i = 1; i <= diagrams; ++i) {
        di += uR"(
  <bpmndi:BPMNDiagram id="Diagram_%1"><bpmndi:BPMNPlane id="Plane_%1" bpmnElement="P">
    <bpmndi:BPMNShape id="Start_di%1" bpmnElement="Start"><dc:Bounds x="100" y="122" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Task_di%1" bpmnElement="Task"><dc:Bounds x="200" y="100" width="200" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="Flow_di%1" bpmnElement="Flow"><di:waypoint x="136" y="140"/><di:waypoint x="200" y="140"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>)"_s.arg(i);
    }
    return (uR"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="urn:t">
  <process id="P">
    <startEvent id="Start"/>
    <task id="Task" name="%1"/>
    <sequenceFlow id="Flow" sourceRef="Start" targetRef="Task"/>
  </process>%2
</definitions>
)"_s.arg(taskName, di))
        .toUtf8();
}

QVector<BpmnRenderer> renderersOf(const QByteArray &xml)
{
    BpmnReadResult result = BpmnReader::read(xml);
    if (!result.readable)
        return {};
    return BpmnExporter::renderers(result.document);
}

bool isInk(QRgb pixel)
{
    return qGray(pixel) < 160;
}

// The columns of `area` (image coordinates) that hold dark pixels: first and last, or -1.
std::pair<int, int> inkColumns(const QImage &image, const QRect &area)
{
    int first = -1;
    int last = -1;
    const QRect clipped = area & image.rect();
    for (int x = clipped.left(); x <= clipped.right(); ++x) {
        for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
            if (isInk(image.pixel(x, y))) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}

bool hasPaint(const QImage &image, const QRect &area)
{
    const QRect clipped = area & image.rect();
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                return true;
        }
    }
    return false;
}

// Where a diagram rectangle lands in the 1:1 image of the renderer.
QRect toImage(const BpmnRenderer &renderer, const QRectF &rect)
{
    return rect.translated(-BpmnExporter::pageRect(renderer).topLeft()).toAlignedRect();
}

} // namespace

void TestBpmnRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestBpmnRenderer::Run TestBpmnRenderer::cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(PRISTRIY_CLI_PATH), QStringList{u"bpmn"_s} + args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestBpmnRenderer::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestBpmnRenderer::miwgSamples_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"A.1.0", "A.2.0", "A.2.1", "A.3.0", "A.4.0", "A.4.1", "B.1.0", "B.2.0", "C.1.0"})
        QTest::newRow(name) << miwg(QString::fromLatin1(name) + u".bpmn"_s);
}

void TestBpmnRenderer::miwgSamples()
{
    QFETCH(QString, file);
    BpmnReadResult result = BpmnReader::readFile(file);
    QVERIFY(result.readable);
    const BpmnDiModel di = BpmnDiModel::fromDocument(result.document);
    const QVector<BpmnRenderer> renderers = BpmnExporter::renderers(result.document);
    QCOMPARE(renderers.size(), di.diagrams().size());
    QVERIFY(!renderers.isEmpty());
    for (int d = 0; d < renderers.size(); ++d) {
        const BpmnRenderer &renderer = renderers.at(d);
        const BpmnDiModel::Diagram &diagram = di.diagrams().at(d);
        const int diShapes =
            int(std::count_if(diagram.shapes.cbegin(), diagram.shapes.cend(),
                              [](const BpmnDiModel::Shape &shape) { return shape.bounds.has_value(); }));

        QImage image(BpmnExporter::pageRect(renderer).size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(-BpmnExporter::pageRect(renderer).topLeft());
        const BpmnRenderer::Stats stats = renderer.render(&painter);
        painter.end();
        QCOMPARE(stats.shapes, diShapes);
        QCOMPARE(stats.edges, int(diagram.edges.size()));

        // The picture is the diagram at 1:1 plus the margin.
        const QImage exported = BpmnExporter::toImage(renderer);
        QVERIFY(std::abs(exported.width() - image.width()) <= 1);
        QVERIFY(std::abs(exported.height() - image.height()) <= 1);
        QVERIFY(hasPaint(exported, exported.rect()));
        for (const BpmnRenderModel::Shape &shape : renderer.model().shapes()) {
            const QRect area = toImage(renderer, shape.bounds.adjusted(-1, -1, 1, 1));
            QVERIFY2(hasPaint(exported, area), qPrintable(u"nothing drawn for "_s + shape.elementId));
        }
    }
}

void TestBpmnRenderer::taskNameIsDrawn()
{
    const QVector<BpmnRenderer> named = renderersOf(taskProcess(u"Approve the deal"_s));
    const QVector<BpmnRenderer> unnamed = renderersOf(taskProcess(QString()));
    QCOMPARE(named.size(), 1);
    QCOMPARE(unnamed.size(), 1);
    const QRectF inside(225, 115, 150, 50); // the task without its border and corner icon
    const QImage withName = BpmnExporter::toImage(named.first());
    const QImage withoutName = BpmnExporter::toImage(unnamed.first());
    QVERIFY(inkColumns(withName, toImage(named.first(), inside)).first >= 0);
    QCOMPARE(inkColumns(withoutName, toImage(unnamed.first(), inside)).first, -1);
}

void TestBpmnRenderer::markupInNamesIsDrawnLiterally()
{
    const QString literal = u"<b>bold</b>"_s;
    const QVector<BpmnRenderer> markup = renderersOf(taskProcess(u"&lt;b&gt;bold&lt;/b&gt;"_s));
    const QVector<BpmnRenderer> plain = renderersOf(taskProcess(u"bold"_s));
    QCOMPARE(markup.size(), 1);
    QCOMPARE(markup.first().model().shapes().at(1).text, literal);
    const QRectF inside(205, 105, 190, 70);
    const auto [markupLeft, markupRight] =
        inkColumns(BpmnExporter::toImage(markup.first()), toImage(markup.first(), inside));
    const auto [plainLeft, plainRight] =
        inkColumns(BpmnExporter::toImage(plain.first()), toImage(plain.first(), inside));
    QVERIFY(markupLeft >= 0 && plainLeft >= 0);
    const qreal expected = QFontMetricsF(BpmnLabelPainter::font()).horizontalAdvance(literal);
    const int markupWidth = markupRight - markupLeft + 1;
    // The tags are shown: the ink is as wide as the literal string, far wider than "bold".
    QVERIFY2(std::abs(markupWidth - expected) <= 4,
             qPrintable(u"ink %1 px, literal text %2 px"_s.arg(markupWidth).arg(expected)));
    QVERIFY(markupWidth > 2 * (plainRight - plainLeft + 1));
}

void TestBpmnRenderer::paintsOnlyWhatIsExposed()
{
    const QVector<BpmnRenderer> renderers = renderersOf(taskProcess(u"Task"_s));
    QCOMPARE(renderers.size(), 1);
    QImage image(600, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    BpmnRenderer::Stats stats = renderers.first().render(&painter, QRectF(300, 120, 20, 20));
    QCOMPARE(stats.shapes, 1);
    QCOMPARE(stats.edges, 0);
    stats = renderers.first().render(&painter, QRectF(1000, 1000, 10, 10));
    QCOMPARE(stats.shapes, 0);
    stats = renderers.first().render(&painter);
    QCOMPARE(stats.shapes, 2);
    QCOMPARE(stats.edges, 1);
}

void TestBpmnRenderer::largeDiagramRendersQuickly()
{
    const QByteArray xml = generateLargeProcess(5000, 7);
    BpmnReadResult result = BpmnReader::read(xml);
    QVERIFY(result.readable);
    QElapsedTimer timer;
    timer.start();
    const QVector<BpmnRenderer> renderers = BpmnExporter::renderers(result.document);
    const qint64 built = timer.elapsed();
    QCOMPARE(renderers.size(), 1);
    const QImage image = BpmnExporter::toImage(renderers.first());
    const qint64 painted = timer.elapsed() - built;
    qInfo("5,000 elements: models %lld ms, image %dx%d painted in %lld ms", built, image.width(),
          image.height(), painted);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() <= BpmnExporter::maxImageSide && image.height() <= BpmnExporter::maxImageSide);
    QVERIFY(qreal(image.width()) * image.height() <= BpmnExporter::maxImagePixels * 1.01);
    // Generous for loaded CI machines; a workstation needs a fraction of this.
    QVERIFY(built + painted < 10000);
}

void TestBpmnRenderer::cliRendersEveryFormat_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG");
    QTest::newRow("svg") << u"svg"_s << QByteArray("<svg");
    QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
}

void TestBpmnRenderer::cliRendersEveryFormat()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, signature);
    const QString output = m_dir.filePath(u"A.4.0."_s + suffix);
    const Run run = cli({u"render"_s, miwg(u"A.4.0.bpmn"_s), output});
    QCOMPARE(run.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (suffix == u"svg")
        QVERIFY(data.contains(signature));
    else
        QVERIFY(data.startsWith(signature));
    if (suffix == u"png") {
        const QImage image = QImage::fromData(data, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800 && image.height() > 500);
    }
}

void TestBpmnRenderer::cliWritesEveryDiagram()
{
    const QString input = writeFile(u"two.bpmn"_s, taskProcess(u"Task"_s, 2));
    const QString output = m_dir.filePath(u"two.png"_s);
    const Run run = cli({u"render"_s, input, output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!QImage(output).isNull());
    QVERIFY(!QImage(m_dir.filePath(u"two-Diagram_2.png"_s)).isNull());
    QVERIFY(!QFile::exists(m_dir.filePath(u"two-Diagram_1.png"_s)));

    const QString pdf = m_dir.filePath(u"two.pdf"_s);
    QCOMPARE(cli({u"render"_s, input, pdf}).exitCode, 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // One page per diagram.
    const QString text = QString::fromLatin1(file.readAll());
    QCOMPARE(text.count(QRegularExpression(u"/Type\\s*/Page(?!s)"_s)), 2);
}

void TestBpmnRenderer::cliPicksOneDiagram()
{
    const QString input = writeFile(u"pick.bpmn"_s, taskProcess(u"Task"_s, 2));
    const QString output = m_dir.filePath(u"pick.svg"_s);
    const Run run = cli({u"render"_s, input, output, u"--diagram"_s, u"Diagram_2"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(output));
    QVERIFY(!QFile::exists(m_dir.filePath(u"pick-Diagram_2.svg"_s)));
    QCOMPARE(run.out.trimmed(), output);
}

void TestBpmnRenderer::cliRejectsUnknownDiagram()
{
    const QString input = writeFile(u"unknown.bpmn"_s, taskProcess(u"Task"_s, 2));
    const QString output = m_dir.filePath(u"unknown.png"_s);
    const Run run = cli({u"render"_s, input, output, u"--diagram"_s, u"Nope"_s});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.exitCode != -1);
    QVERIFY2(run.err.contains(u"Nope"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
}

void TestBpmnRenderer::cliRejectsUnreadableInput()
{
    const QString input = writeFile(u"broken.bpmn"_s, QByteArrayLiteral("<definitions><process"));
    const QString output = m_dir.filePath(u"broken.png"_s);
    const Run run = cli({u"render"_s, input, output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(output));
    QCOMPARE(cli({u"render"_s, m_dir.filePath(u"missing.bpmn"_s), output}).exitCode, 2);
    QVERIFY(!QFile::exists(output));
}

QTEST_MAIN(TestBpmnRenderer)
#include "tst_bpmnrenderer.moc"
