#include "funnelwidget.h"

#include "report/axisscale.h"
#include "report/funneltablemodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int kBandHeight = 46;
constexpr int kGap = 6;
constexpr int kMinLabelWidth = 150;
constexpr int kMargin = 8;
constexpr int kTextPadding = 8;

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QFont smallOf(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

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
    // The label column is as wide as its longest text (stage name or conversions) needs.
    const QFontMetrics bold(boldOf(font()));
    const QFontMetrics small(smallOf(font()));
    m_labelWidth = kMinLabelWidth;
    for (int b : std::as_const(m_bands)) {
        m_labelWidth = qMax(m_labelWidth, bold.horizontalAdvance(report.stages.at(b).name) + kMargin);
        m_labelWidth = qMax(m_labelWidth, small.horizontalAdvance(conversionText(b)) + kMargin);
    }
    updateGeometry();
    update();
}

QString FunnelWidget::conversionText(int band) const
{
    const FunnelStage &s = m_report.stages.at(band);
    if (s.kind == Stage::Kind::Lost)
        return tr("closed without a sale");
    if (band == 0)
        return tr("first stage");
    return tr("%1 of previous · %2 of first")
        .arg(FunnelTableModel::percentText(m_report.conversionFromPrevious(band)),
             FunnelTableModel::percentText(m_report.conversionFromFirst(band)));
}

FunnelWidget::BandLabel FunnelWidget::bandLabel(int band) const
{
    const QRect r = bandRect(band);
    if (r.isEmpty())
        return {};
    const int n = int(m_report.count(band, m_mode));
    const QString amount =
        FunnelTableModel::compactAmountText(m_report.amountOf(band, m_mode), m_report.mainCurrency);
    const QString oneLine = tr("%Ln deal(s) · %1", nullptr, n).arg(amount);
    // The count as the status bar says it: the main window's translation, plural forms included.
    const QStringList twoLines = {QCoreApplication::translate("MainWindow", "%Ln deal(s)", nullptr, n),
                                  amount};
    const QFontMetrics metrics(font());
    const auto widthOf = [&metrics](const QStringList &lines) {
        int w = 0;
        for (const QString &line : lines)
            w = qMax(w, metrics.horizontalAdvance(line));
        return w;
    };
    const bool twoFit = 2 * metrics.lineSpacing() <= r.height();
    // Inside the band, on one line or two; beside it, on the right, when it is too narrow for either.
    if (widthOf({oneLine}) + 2 * kTextPadding <= r.width())
        return {r, {oneLine}, true};
    if (twoFit && widthOf(twoLines) + 2 * kTextPadding <= r.width())
        return {r, twoLines, true};
    const QRect beside(r.right() + kTextPadding, r.top(),
                       qMax(0, width() - kMargin - r.right() - kTextPadding), r.height());
    if (widthOf({oneLine}) <= beside.width() || !twoFit)
        return {beside, {oneLine}, false};
    return {beside, twoLines, false};
}

QRect FunnelWidget::bandTextRect(int band) const
{
    return bandLabel(band).rect;
}

QStringList FunnelWidget::bandTextLines(int band) const
{
    return bandLabel(band).lines;
}

int FunnelWidget::labelWidth() const
{
    // At most 45 % of the widget: the bands keep room; a longer label is shortened (its tooltip is whole).
    return qBound(kMinLabelWidth, m_labelWidth, qMax(kMinLabelWidth, width() * 45 / 100));
}

void FunnelWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

bool FunnelWidget::isEmpty() const
{
    return m_bands.isEmpty() || m_report.deals == 0;
}

QSize FunnelWidget::sizeHint() const
{
    if (isEmpty())
        return {m_labelWidth + 420, 4 * fontMetrics().lineSpacing() + 2 * kMargin}; // a message, no bands
    const int n = qMax(1, int(m_bands.size()));
    return {m_labelWidth + 420, 2 * kMargin + n * kBandHeight + (n - 1) * kGap};
}

QSize FunnelWidget::minimumSizeHint() const
{
    return {kMinLabelWidth + 260, sizeHint().height()};
}

QRect FunnelWidget::bandRect(int band) const
{
    const int row = int(m_bands.indexOf(band));
    if (row < 0)
        return {};
    qint64 widest = 1;
    for (int b : m_bands)
        widest = qMax(widest, m_report.count(b, m_mode));
    const int label = labelWidth();
    const int area = width() - label - 2 * kMargin;
    const qint64 n = m_report.count(band, m_mode);
    const int w = qMax(6, int(double(area) * double(n) / double(widest)));
    const int x = label + kMargin + (area - w) / 2;
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
    const QFont bold = boldOf(font());
    const QFont small = smallOf(font());
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    if (isEmpty()) {
        p.setPen(muted);
        p.drawText(rect().adjusted(kMargin, 0, -kMargin, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   m_report.stages.isEmpty() ? tr("Counting…")
                   : m_emptyText.isEmpty()   ? tr("No deals in this filter")
                                             : m_emptyText);
        return;
    }
    const int labelColumn = labelWidth();
    for (int b : std::as_const(m_bands)) {
        const FunnelStage &s = m_report.stages.at(b);
        const QRect band = bandRect(b);
        const QRect row(kMargin, band.top(), labelColumn - kMargin, kBandHeight);
        // The label: the stage and its conversions.
        p.setFont(bold);
        p.setPen(text);
        p.drawText(row.adjusted(0, 2, 0, -kBandHeight / 2), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(s.name, Qt::ElideRight, row.width()));
        p.setFont(small);
        p.setPen(muted);
        p.drawText(row.adjusted(0, kBandHeight / 2, 0, -2), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(conversionText(b), Qt::ElideRight, row.width()));
        // The band, and its numbers inside it or, when it is too narrow, beside it.
        const QColor colour(s.colour);
        p.setPen(QPen(colour.darker(110), 1));
        p.setBrush(colour.lighter(150));
        p.drawRoundedRect(band, 4, 4);
        p.setFont(font());
        p.setPen(text);
        const BandLabel label = bandLabel(b);
        QStringList lines;
        for (const QString &line : label.lines)
            lines.append(p.fontMetrics().elidedText(line, Qt::ElideRight, label.rect.width()));
        p.drawText(label.rect, (label.inside ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                   lines.join(QLatin1Char('\n')));
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
