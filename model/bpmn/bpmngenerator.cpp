#include "bpmngenerator.h"

#include "bpmnnamespaces.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRectF>
#include <QString>
#include <QVector>
#include <QXmlStreamWriter>

namespace {

struct Node
{
    QString id;
    QString type;
    QString name;
    QRectF bounds;
    QString defaultFlow;
};

struct Flow
{
    QString id;
    int source;
    int target;
    QString condition;
};

class Generator
{
public:
    explicit Generator(int seed)
        : m_random(quint32(seed))
    {}

    QByteArray run(int elements);

private:
    int addNode(const QString &type, const QString &name, int column, int lane);
    int addFlow(int source, int target, const QString &condition = QString());
    int addBlock(int previous);
    void write(QXmlStreamWriter &xml) const;
    void writeDiagram(QXmlStreamWriter &xml) const;
    QVector<QPointF> route(const Flow &flow) const;

    static constexpr int columnsPerRow = 25;
    QRandomGenerator m_random;
    QVector<Node> m_nodes;
    QVector<Flow> m_flows;
    int m_column = 0;
};

QString number(double value)
{
    return QString::number(value, 'f', 0);
}

QByteArray Generator::run(int elements)
{
    int previous = addNode(QStringLiteral("startEvent"), QStringLiteral("Start"), m_column++, 0);
    int used = 1;
    for (;;) {
        // Tasks take 2 elements, blocks 9: an odd remainder is evened out by one block near the end.
        const int remaining = elements - 2 - used;
        if (remaining < 2)
            break;
        const bool block = remaining >= 9 && (remaining < 20 ? remaining % 2 == 1 : m_random.bounded(5) == 0);
        if (block) {
            previous = addBlock(previous);
            used += 9;
        } else {
            const int task =
                addNode(QStringLiteral("task"), QStringLiteral("Task %1").arg(m_nodes.size()), m_column++, 0);
            addFlow(previous, task);
            previous = task;
            used += 2;
        }
    }
    const int end = addNode(QStringLiteral("endEvent"), QStringLiteral("End"), m_column++, 0);
    addFlow(previous, end);

    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    write(xml);
    return data;
}

int Generator::addNode(const QString &type, const QString &name, int column, int lane)
{
    const bool isEvent = type.endsWith(u"Event");
    const bool isGateway = type.endsWith(u"Gateway");
    const QSizeF size = isEvent ? QSizeF(36, 36) : isGateway ? QSizeF(50, 50) : QSizeF(100, 80);
    const int row = column / columnsPerRow;
    const QPointF center(100 + (column % columnsPerRow) * 150, 100 + row * 400 + lane * 120);
    const QRectF bounds(center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(),
                        size.height());
    m_nodes.append(Node{QStringLiteral("Node_%1").arg(m_nodes.size()), type, name, bounds, QString()});
    return m_nodes.size() - 1;
}

int Generator::addFlow(int source, int target, const QString &condition)
{
    m_flows.append(Flow{QStringLiteral("Flow_%1").arg(m_flows.size()), source, target, condition});
    return m_flows.size() - 1;
}

// An exclusive split into two tasks and the joining gateway: 4 nodes and 5 flows.
int Generator::addBlock(int previous)
{
    const int split = addNode(QStringLiteral("exclusiveGateway"), QStringLiteral("Approved?"), m_column++, 0);
    addFlow(previous, split);
    const int column = m_column++;
    const int yes = addNode(QStringLiteral("task"), QStringLiteral("Task %1").arg(m_nodes.size()), column, 0);
    const int no = addNode(QStringLiteral("task"), QStringLiteral("Task %1").arg(m_nodes.size()), column, 1);
    const int join = addNode(QStringLiteral("exclusiveGateway"), QString(), m_column++, 0);
    addFlow(split, yes, QStringLiteral("${approved}"));
    m_nodes[split].defaultFlow = m_flows.at(addFlow(split, no)).id;
    addFlow(yes, join);
    addFlow(no, join);
    return join;
}

void Generator::write(QXmlStreamWriter &xml) const
{
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("bpmn:definitions"));
    xml.writeAttribute(QStringLiteral("xmlns:bpmn"), BpmnNamespaces::model.toString());
    xml.writeAttribute(QStringLiteral("xmlns:bpmndi"), BpmnNamespaces::bpmnDi.toString());
    xml.writeAttribute(QStringLiteral("xmlns:dc"), BpmnNamespaces::dc.toString());
    xml.writeAttribute(QStringLiteral("xmlns:di"), BpmnNamespaces::di.toString());
    xml.writeAttribute(QStringLiteral("xmlns:xsi"), BpmnNamespaces::xsi.toString());
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("Definitions_generated"));
    xml.writeAttribute(QStringLiteral("targetNamespace"), QStringLiteral("https://pristriy.example/bpmn"));
    xml.writeStartElement(QStringLiteral("bpmn:process"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("Process_generated"));
    xml.writeAttribute(QStringLiteral("isExecutable"), QStringLiteral("false"));
    QVector<QStringList> incoming(m_nodes.size());
    QVector<QStringList> outgoing(m_nodes.size());
    for (const Flow &flow : m_flows) {
        outgoing[flow.source].append(flow.id);
        incoming[flow.target].append(flow.id);
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        xml.writeStartElement(u"bpmn:" + node.type);
        xml.writeAttribute(QStringLiteral("id"), node.id);
        if (!node.name.isEmpty())
            xml.writeAttribute(QStringLiteral("name"), node.name);
        if (!node.defaultFlow.isEmpty())
            xml.writeAttribute(QStringLiteral("default"), node.defaultFlow);
        for (const QString &flow : incoming.at(i))
            xml.writeTextElement(QStringLiteral("bpmn:incoming"), flow);
        for (const QString &flow : outgoing.at(i))
            xml.writeTextElement(QStringLiteral("bpmn:outgoing"), flow);
        xml.writeEndElement();
    }
    for (const Flow &flow : m_flows) {
        xml.writeStartElement(QStringLiteral("bpmn:sequenceFlow"));
        xml.writeAttribute(QStringLiteral("id"), flow.id);
        if (!flow.condition.isEmpty())
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("yes"));
        xml.writeAttribute(QStringLiteral("sourceRef"), m_nodes.at(flow.source).id);
        xml.writeAttribute(QStringLiteral("targetRef"), m_nodes.at(flow.target).id);
        if (!flow.condition.isEmpty()) {
            xml.writeStartElement(QStringLiteral("bpmn:conditionExpression"));
            xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("bpmn:tFormalExpression"));
            xml.writeCharacters(flow.condition);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // process
    writeDiagram(xml);
    xml.writeEndElement(); // definitions
    xml.writeEndDocument();
}

void Generator::writeDiagram(QXmlStreamWriter &xml) const
{
    const auto writeBounds = [&xml](const QString &element, const QRectF &rect) {
        xml.writeStartElement(element);
        xml.writeAttribute(QStringLiteral("x"), number(rect.x()));
        xml.writeAttribute(QStringLiteral("y"), number(rect.y()));
        xml.writeAttribute(QStringLiteral("width"), number(rect.width()));
        xml.writeAttribute(QStringLiteral("height"), number(rect.height()));
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("bpmndi:BPMNDiagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("Diagram_generated"));
    xml.writeStartElement(QStringLiteral("bpmndi:BPMNPlane"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("Plane_generated"));
    xml.writeAttribute(QStringLiteral("bpmnElement"), QStringLiteral("Process_generated"));
    for (const Node &node : m_nodes) {
        xml.writeStartElement(QStringLiteral("bpmndi:BPMNShape"));
        xml.writeAttribute(QStringLiteral("id"), node.id + u"_di");
        xml.writeAttribute(QStringLiteral("bpmnElement"), node.id);
        if (node.type.endsWith(u"Gateway"))
            xml.writeAttribute(QStringLiteral("isMarkerVisible"), QStringLiteral("true"));
        writeBounds(QStringLiteral("dc:Bounds"), node.bounds);
        if (node.type.endsWith(u"Event") || node.type.endsWith(u"Gateway")) {
            xml.writeStartElement(QStringLiteral("bpmndi:BPMNLabel"));
            writeBounds(QStringLiteral("dc:Bounds"),
                        QRectF(node.bounds.x() - 10, node.bounds.bottom() + 5, 60, 14));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    for (const Flow &flow : m_flows) {
        xml.writeStartElement(QStringLiteral("bpmndi:BPMNEdge"));
        xml.writeAttribute(QStringLiteral("id"), flow.id + u"_di");
        xml.writeAttribute(QStringLiteral("bpmnElement"), flow.id);
        for (const QPointF &point : route(flow)) {
            xml.writeStartElement(QStringLiteral("di:waypoint"));
            xml.writeAttribute(QStringLiteral("x"), number(point.x()));
            xml.writeAttribute(QStringLiteral("y"), number(point.y()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // plane
    xml.writeEndElement(); // diagram
}

QVector<QPointF> Generator::route(const Flow &flow) const
{
    const QRectF source = m_nodes.at(flow.source).bounds;
    const QRectF target = m_nodes.at(flow.target).bounds;
    const QPointF start(source.right(), source.center().y());
    const QPointF end(target.left(), target.center().y());
    if (qFuzzyCompare(start.y(), end.y()) && start.x() < end.x())
        return {start, end};
    if (start.x() < end.x()) // into or out of a branch below
        return {start, QPointF(start.x() + 25, start.y()), QPointF(start.x() + 25, end.y()), end};
    // wrapping to the next row
    const double between = source.bottom() + 60;
    return {QPointF(source.center().x(), source.bottom()), QPointF(source.center().x(), between),
            QPointF(end.x() - 25, between), QPointF(end.x() - 25, end.y()), end};
}

} // namespace

QByteArray generateLargeProcess(int elements, int seed)
{
    return Generator(seed).run(elements);
}
