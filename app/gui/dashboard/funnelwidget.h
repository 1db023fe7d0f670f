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
    // What is said instead of the bands when no deal is counted.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    bool isEmpty() const;
    const FunnelReport &report() const { return m_report; }
    FunnelMode mode() const { return m_mode; }

    // The bands drawn: indexes into report().stages, top to bottom.
    QList<int> bands() const { return m_bands; }
    QRect bandRect(int band) const; // in widget coordinates; empty when not drawn
    // Where a band's count and amount are written, on one line or two: inside the band, or beside it when
    // it is too narrow.
    QRect bandTextRect(int band) const;
    QStringList bandTextLines(int band) const;
    // The width of the stage names and conversions at the left; shortened when the widget is too narrow.
    int labelWidth() const;
    bool labelsShortened() const { return labelWidth() < m_labelWidth; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void bandClicked(int band); // an index into report().stages

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct BandLabel
    {
        QRect rect;
        QStringList lines;
        bool inside = false;
    };
    BandLabel bandLabel(int band) const;
    int bandAt(const QPoint &pos) const;
    QString conversionText(int band) const;

    FunnelReport m_report;
    FunnelMode m_mode = FunnelMode::Current;
    QList<int> m_bands;
    int m_labelWidth = 150; // what the longest label needs
    QString m_emptyText;
};
