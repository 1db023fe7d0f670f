#include "chartadapter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

class DashboardBarChart::Impl
{
public:
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QLabel *empty = nullptr;
    QStackedLayout *stack = nullptr;
};

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
    m_impl->empty->setForegroundRole(QPalette::PlaceholderText);
    m_impl->stack = new QStackedLayout(this);
    m_impl->stack->setContentsMargins(0, 0, 0, 0);
    m_impl->stack->addWidget(m_impl->view);
    m_impl->stack->addWidget(m_impl->empty);
    setMinimumHeight(220);
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

void DashboardBarChart::setBars(const QList<Bar> &bars, bool horizontal, const QColor &colour)
{
    m_bars = bars;
    QChart *chart = m_impl->chart;
    chart->removeAllSeries();
    // removeAxis() hands the axis back instead of deleting it: each recount leaked two.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
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
    QStringList categories;
    double top = 0;
    // Horizontal bars list the first item at the top.
    QList<Bar> ordered = bars;
    if (horizontal)
        std::reverse(ordered.begin(), ordered.end());
    for (const Bar &b : std::as_const(ordered)) {
        set->append(b.value);
        categories.append(b.label);
        top = qMax(top, b.value);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (!horizontal && categories.size() > 8)
        categoryAxis->setLabelsAngle(-90); // many months side by side
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
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
