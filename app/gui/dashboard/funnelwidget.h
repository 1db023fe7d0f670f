#pragma once

#include "report/funnel.h"

#include <QWidget>

// The funnel drawn as bands, one per stage, centred, their width by the deals counted in the mode; each
// labelled with the count, the amount and the conversion from the previous and the first stage. A click
// on a band asks for its deals.
class FunnelWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelWidget(QWidget *parent = nullptr);

    void setReport(const FunnelReport &report, FunnelMode mode);
    const FunnelReport &report() const { return m_report; }
    FunnelMode mode() const { return m_mode; }

    // The bands drawn: indexes into report().stages, top to bottom.
    QList<int> bands() const { return m_bands; }
    QRect bandRect(int band) const; // in widget coordinates; empty when not drawn

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void bandClicked(int band); // an index into report().stages

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int bandAt(const QPoint &pos) const;

    FunnelReport m_report;
    FunnelMode m_mode = FunnelMode::Current;
    QList<int> m_bands;
};
