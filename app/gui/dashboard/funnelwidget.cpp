#include "funnelwidget.h"

#include "report/funneltablemodel.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int kBandHeight = 46;
constexpr int kGap = 6;
constexpr int kLabelWidth = 230;
constexpr int kMargin = 8;

} // namespace

FunnelWidget::FunnelWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Funnel"));
}

void FunnelWidget::setReport(const FunnelReport &report, FunnelMode mode)
{
    m_report = report;
    m_mode = mode;
    m_bands.clear();
    const int count = mode == FunnelMode::Current ? int(report.stages.size()) : report.wonIndex() + 1;
    for (int i = 0; i < count; ++i)
        m_bands.append(i);
    updateGeometry();
    update();
}

QSize FunnelWidget::sizeHint() const
{
    const int n = qMax(1, int(m_bands.size()));
    return {kLabelWidth + 420, 2 * kMargin + n * kBandHeight + (n - 1) * kGap};
}

QSize FunnelWidget::minimumSizeHint() const
{
    return {kLabelWidth + 200, sizeHint().height()};
}

QRect FunnelWidget::bandRect(int band) const
{
    const int row = int(m_bands.indexOf(band));
    if (row < 0)
        return {};
    qint64 widest = 1;
    for (int b : m_bands)
        widest = qMax(widest, m_report.count(b, m_mode));
    const int area = width() - kLabelWidth - 2 * kMargin;
    const qint64 n = m_report.count(band, m_mode);
    const int w = qMax(6, int(double(area) * double(n) / double(widest)));
    const int x = kLabelWidth + kMargin + (area - w) / 2;
    const int y = kMargin + row * (kBandHeight + kGap);
    return {x, y, w, kBandHeight};
}

int FunnelWidget::bandAt(const QPoint &pos) const
{
    for (int b : m_bands) {
        const QRect r = bandRect(b);
        // The whole row counts, so that thin bands are easy to hit.
        if (pos.y() >= r.top() && pos.y() <= r.bottom())
            return b;
    }
    return -1;
}

void FunnelWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    if (m_bands.isEmpty() || m_report.deals == 0) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No deals in this filter"));
        return;
    }
    for (int b : m_bands) {
        const FunnelStage &s = m_report.stages.at(b);
        const QRect band = bandRect(b);
        const QRect row(kMargin, band.top(), kLabelWidth - kMargin, kBandHeight);
        // The label: the stage and its conversions.
        p.setFont(bold);
        p.setPen(text);
        p.drawText(row.adjusted(0, 2, 0, -kBandHeight / 2), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(s.name, Qt::ElideRight, row.width()));
        p.setFont(small);
        p.setPen(muted);
        QString conversion;
        if (s.kind == Stage::Kind::Lost) {
            conversion = tr("closed without a sale");
        } else if (b == 0) {
            conversion = tr("first stage");
        } else {
            conversion = tr("%1 of previous · %2 of first")
                             .arg(FunnelTableModel::percentText(m_report.conversionFromPrevious(b)),
                                  FunnelTableModel::percentText(m_report.conversionFromFirst(b)));
        }
        p.drawText(row.adjusted(0, kBandHeight / 2, 0, -2), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(conversion, Qt::ElideRight, row.width()));
        // The band.
        const QColor colour(s.colour);
        p.setPen(QPen(colour.darker(110), 1));
        p.setBrush(colour.lighter(150));
        p.drawRoundedRect(band, 4, 4);
        const qint64 n = m_report.count(b, m_mode);
        const QString label =
            tr("%Ln deal(s) · %1", nullptr, int(n))
                .arg(FunnelTableModel::shortAmountText(m_report.amountOf(b, m_mode), m_report.mainCurrency));
        p.setFont(font());
        p.setPen(text);
        const int area = width() - kLabelWidth - 2 * kMargin;
        const QRect textRect(kLabelWidth + kMargin, band.top(), area, kBandHeight);
        p.drawText(textRect, Qt::AlignCenter, p.fontMetrics().elidedText(label, Qt::ElideRight, area));
    }
}

void FunnelWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int b = bandAt(event->position().toPoint());
    if (b >= 0)
        emit bandClicked(b);
}

void FunnelWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int b = bandAt(event->position().toPoint());
    setCursor(b >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (b >= 0) {
        const FunnelStage &s = m_report.stages.at(b);
        const QString what =
            m_mode == FunnelMode::Current
                ? tr("%1: %Ln deal(s) in it now", nullptr, int(m_report.count(b, m_mode)))
                : tr("%1: %Ln deal(s) reached it or went further", nullptr, int(m_report.count(b, m_mode)));
        QToolTip::showText(
            event->globalPosition().toPoint(),
            what.arg(s.name) + QLatin1Char('\n') +
                FunnelTableModel::amountText(m_report.amountOf(b, m_mode), m_report.mainCurrency) +
                QLatin1Char('\n') + tr("Click to list these deals"),
            this);
    }
}
