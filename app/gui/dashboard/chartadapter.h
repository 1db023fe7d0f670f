#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

// A bar chart for the dashboard. The only place that includes Qt Charts (deprecated after Qt 6.10):
// moving to another chart library means rewriting this adapter alone.
class DashboardBarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText; // shown in the tooltip and on the bar
    };

    explicit DashboardBarChart(QWidget *parent = nullptr);
    ~DashboardBarChart() override;

    void setTitle(const QString &title);
    // Horizontal bars read best for long labels (reasons, stages); vertical ones for months.
    void setBars(const QList<Bar> &bars, bool horizontal, const QColor &colour);
    int barCount() const { return int(m_bars.size()); }
    QString emptyText() const { return m_emptyText; }
    void setEmptyText(const QString &text);

    // What the axes say: the value labels ("0", "20 M", ...) and, under vertical bars, the labelled columns.
    QStringList valueLabels() const;
    QStringList columnLabels() const;
    // Label every how many columns, so that labels of labelWidth never overlap (1, 2, 3, 4, 6, 12, ...).
    static int columnLabelStep(int columns, int plotWidth, int labelWidth);

signals:
    void barClicked(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void labelCategories();

    class Impl;
    Impl *m_impl = nullptr;
    QList<Bar> m_bars;
    QString m_emptyText;
};
