#include "chartadapter.h"

#include "report/axisscale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

class DashboardBarChart::Impl
{
public:
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QLabel *empty = nullptr;
    QStackedLayout *stack = nullptr;
    QCategoryAxis *columns = nullptr;  // the months under vertical bars, labelled as room allows
    QBarCategoryAxis *names = nullptr; // the names beside horizontal bars, shortened as room requires
};

namespace {

// Axes go with their chart: removeAxis() hands an axis back instead of deleting it.
void deleteAxes(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void clearCategories(QCategoryAxis *axis)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
}

} // namespace

DashboardBarChart::DashboardBarChart(QWidget *parent)
    : QWidget(parent)
    , m_impl(new Impl)
{
    m_impl->chart = new QChart;
    m_impl->chart->legend()->hide();
    m_impl->chart->setAnimationOptions(QChart::NoAnimation);
    m_impl->chart->setBackgroundRoundness(0);
    m_impl->chart->setMargins(QMargins(4, 4, 4, 4));
    m_impl->view = new QChartView(m_impl->chart, this);
    m_impl->view->setRenderHint(QPainter::Antialiasing);
    m_impl->empty = new QLabel(this);
    m_impl->empty->setAlignment(Qt::AlignCenter);
    m_impl->empty->setWordWrap(true);
    m_impl->empty->setForegroundRole(QPalette::PlaceholderText);
    m_impl->stack = new QStackedLayout(this);
    m_impl->stack->setContentsMargins(0, 0, 0, 0);
    m_impl->stack->addWidget(m_impl->view);
    m_impl->stack->addWidget(m_impl->empty);
    setMinimumHeight(240);
    m_emptyText = tr("Nothing to show");
}

DashboardBarChart::~DashboardBarChart()
{
    delete m_impl;
}

void DashboardBarChart::setTitle(const QString &title)
{
    QFont f = font();
    f.setBold(true);
    m_impl->chart->setTitleFont(f);
    m_impl->chart->setTitle(title);
}

void DashboardBarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_impl->empty->setText(text);
}

QStringList DashboardBarChart::valueLabels() const
{
    for (QAbstractAxis *axis : m_impl->chart->axes()) {
        if (axis != m_impl->columns && axis->type() == QAbstractAxis::AxisTypeCategory)
            return static_cast<QCategoryAxis *>(axis)->categoriesLabels();
    }
    return {};
}

QStringList DashboardBarChart::columnLabels() const
{
    return m_impl->columns ? m_impl->columns->categoriesLabels() : QStringList();
}

void DashboardBarChart::setBars(const QList<Bar> &bars, bool horizontal, const QColor &colour)
{
    m_bars = bars;
    QChart *chart = m_impl->chart;
    chart->removeAllSeries();
    deleteAxes(chart);
    m_impl->columns = nullptr;
    m_impl->names = nullptr;
    if (bars.isEmpty()) {
        m_impl->empty->setText(QStringLiteral("%1\n\n%2").arg(chart->title(), m_emptyText));
        m_impl->stack->setCurrentWidget(m_impl->empty);
        return;
    }
    m_impl->stack->setCurrentWidget(m_impl->view);
    auto *set = new QBarSet(chart->title());
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    set->setLabelColor(palette().color(QPalette::Text));
    // Horizontal bars list the first item at the top.
    QList<Bar> ordered = bars;
    if (horizontal)
        std::reverse(ordered.begin(), ordered.end());
    double top = 0;
    bool whole = true;
    for (const Bar &b : std::as_const(ordered)) {
        set->append(b.value);
        top = qMax(top, b.value);
        whole = whole && b.value == std::round(b.value);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    // Values: round steps, labelled in the locale's format and shortened ("60 M").
    const AxisScale scale(top, 5, whole ? AxisScale::Values::Whole : AxisScale::Values::Fractional);
    auto *values = new QCategoryAxis;
    values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    values->setStartValue(-scale.step());
    for (const double tick : scale.ticks())
        values->append(scale.label(tick), tick);
    values->setRange(0, scale.max());

    QAbstractAxis *categories = nullptr;
    if (horizontal) {
        m_impl->names = new QBarCategoryAxis;
        categories = m_impl->names;
    } else {
        m_impl->columns = new QCategoryAxis;
        m_impl->columns->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        categories = m_impl->columns;
    }
    labelCategories();
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->setRange(0, scale.max());
    if (m_impl->columns)
        m_impl->columns->setRange(-0.5, double(bars.size()) - 0.5);

    const int count = int(bars.size());
    connect(set, &QBarSet::clicked, this, [this, horizontal, count](int index) {
        emit barClicked(horizontal ? count - 1 - index : index);
    });
    connect(set, &QBarSet::hovered, this, [this, horizontal, count](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const Bar &b = m_bars.at(horizontal ? count - 1 - index : index);
        QToolTip::showText(QCursor::pos(), tr("%1: %2\nClick to list these deals").arg(b.label, b.valueText),
                           this);
    });
}

int DashboardBarChart::columnLabelStep(int columns, int plotWidth, int labelWidth)
{
    if (columns <= 0)
        return 1;
    const double perColumn = double(qMax(1, plotWidth)) / columns;
    for (const int step : {1, 2, 3, 4, 6, 12, 24, 60, 120}) {
        if (step * perColumn >= labelWidth)
            return step;
    }
    return columns; // the latest only
}

void DashboardBarChart::labelCategories()
{
    const int n = int(m_bars.size());
    if (QBarCategoryAxis *names = m_impl->names) {
        // Names (reasons, stages) at the left take at most a third of the chart; the tooltip has them whole.
        const QFontMetrics metrics(names->labelsFont());
        const int room = qMax(80, width() / 3);
        QStringList labels;
        for (int i = n - 1; i >= 0; --i) { // the first bar at the top
            const QString shortened = metrics.elidedText(m_bars.at(i).label, Qt::ElideRight, room);
            QString label = shortened;
            // Labels must differ, or the axis drops one and the bars shift.
            for (int k = 2; labels.contains(label); ++k)
                label = shortened + QStringLiteral(" (%1)").arg(k);
            labels.append(label);
        }
        if (labels != names->categories()) {
            names->clear();
            names->append(labels);
        }
    }
    if (QCategoryAxis *columns = m_impl->columns) {
        // Columns (months): as many labels as fit side by side, the latest always.
        const QFontMetrics metrics(columns->labelsFont());
        int labelWidth = 0;
        for (const Bar &b : std::as_const(m_bars))
            labelWidth = qMax(labelWidth, metrics.horizontalAdvance(b.label));
        labelWidth += metrics.horizontalAdvance(QStringLiteral("MM"));
        // The plot: the chart less the value labels at its left and the margins.
        const int plotWidth = width() - metrics.horizontalAdvance(QStringLiteral("000,0 M")) - 40;
        const int step = columnLabelStep(n, plotWidth, labelWidth);
        QStringList labels;
        for (int i = 0; i < n; ++i) {
            if ((n - 1 - i) % step == 0)
                labels.append(m_bars.at(i).label);
        }
        if (labels == columns->categoriesLabels())
            return;
        clearCategories(columns);
        columns->setStartValue(-0.5);
        for (int i = 0; i < n; ++i) {
            if ((n - 1 - i) % step == 0)
                columns->append(m_bars.at(i).label, i);
        }
    }
}

void DashboardBarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    labelCategories();
}
