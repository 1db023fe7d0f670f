#include "funneltablemodel.h"

#include "axisscale.h"
#include "store/money.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace {

enum StageColumn
{
    SStage,
    SDeals,
    SAmount,
    SFromPrevious,
    SFromFirst,
    SAverageDays,
    SMedianDays,
    SLostHere,
    SCount
};
enum ManagerColumn
{
    MName,
    MDeals,
    MAmount,
    MWon,
    MLost,
    MWinRate,
    MConversion,
    MCount
};
enum ReasonColumn
{
    RName,
    RDeals,
    RAmount,
    RCount
};
enum MonthColumn
{
    NMonth,
    NDeals,
    NAmount,
    NCount
};

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString amountsCsv(const FunnelAmounts &amounts, const QString &main)
{
    // Minor units of the main currency; other currencies in their own column.
    Q_UNUSED(main);
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts.append(it.key() + QLatin1Char(' ') + QString::number(it.value()));
    return parts.join(QLatin1Char(';'));
}

} // namespace

FunnelTableModel::FunnelTableModel(Table table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{}

void FunnelTableModel::setReport(const FunnelReport &report, FunnelMode mode)
{
    beginResetModel();
    m_report = report;
    m_mode = mode;
    m_rows.clear();
    const int bands = mode == FunnelMode::Current ? int(report.stages.size()) : report.wonIndex() + 1;
    for (int i = 0; i < bands; ++i)
        m_rows.append(i);
    endResetModel();
}

int FunnelTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Stages:
        return int(m_rows.size());
    case Table::Managers:
        return int(m_report.managers.size());
    case Table::LostReasons:
        return int(m_report.lostByReason.size());
    case Table::Months:
        return int(m_report.revenueByMonth.size());
    }
    return 0;
}

int FunnelTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Stages:
        return SCount;
    case Table::Managers:
        return MCount;
    case Table::LostReasons:
        return RCount;
    case Table::Months:
        return NCount;
    }
    return 0;
}

QVariant FunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_table) {
    case Table::Stages: {
        const QStringList names = {tr("Stage"),         tr("Deals"),      tr("Amount"),
                                   tr("From previous"), tr("From first"), tr("Avg days in stage"),
                                   tr("Median days"),   tr("Lost here")};
        return names.value(section);
    }
    case Table::Managers: {
        const QStringList names = {tr("Manager"), tr("Deals"),    tr("Amount"),    tr("Won"),
                                   tr("Lost"),    tr("Win rate"), tr("Conversion")};
        return names.value(section);
    }
    case Table::LostReasons: {
        const QStringList names = {tr("Lost reason"), tr("Deals"), tr("Amount")};
        return names.value(section);
    }
    case Table::Months: {
        const QStringList names = {tr("Month won"), tr("Deals"), tr("Revenue")};
        return names.value(section);
    }
    }
    return {};
}

QString FunnelTableModel::amountText(const FunnelAmounts &amounts, const QString &mainCurrency)
{
    const QLocale locale;
    QStringList parts;
    const auto add = [&](const QString &currency, qint64 minor) {
        Money m(minor, currency);
        parts.append(tr("%1 %2").arg(m.toString(locale), currency));
    };
    add(mainCurrency, amounts.value(mainCurrency));
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        if (it.key() != mainCurrency)
            add(it.key(), it.value());
    }
    return parts.join(QStringLiteral(" + "));
}

QString FunnelTableModel::shortAmountText(const FunnelAmounts &amounts, const QString &mainCurrency)
{
    const int others = int(amounts.size()) - (amounts.contains(mainCurrency) ? 1 : 0);
    const QString main =
        tr("%1 %2").arg(Money(amounts.value(mainCurrency), mainCurrency).toString(QLocale()), mainCurrency);
    return others > 0 ? tr("%1 + %Ln other currency(s)", nullptr, others).arg(main) : main;
}

QString FunnelTableModel::compactAmountText(const FunnelAmounts &amounts, const QString &mainCurrency)
{
    const int others = int(amounts.size()) - (amounts.contains(mainCurrency) ? 1 : 0);
    const double major =
        double(amounts.value(mainCurrency)) / std::pow(10.0, Money::minorDigits(mainCurrency));
    const QString main = tr("%1 %2").arg(AxisScale::compact(major, QLocale()), mainCurrency);
    return others > 0 ? tr("%1 + %Ln other currency(s)", nullptr, others).arg(main) : main;
}

QString FunnelTableModel::percentText(double fraction)
{
    if (fraction < 0)
        return QStringLiteral("—");
    return tr("%1 %").arg(QLocale().toString(fraction * 100, 'f', 1));
}

QString FunnelTableModel::daysText(double days)
{
    if (days < 0)
        return QStringLiteral("—");
    return QLocale().toString(days, 'f', 1);
}

QVariant FunnelTableModel::value(int row, int column, bool forExport) const
{
    const QString &main = m_report.mainCurrency;
    const auto amount = [&](const FunnelAmounts &a) -> QVariant {
        if (forExport)
            return amountsCsv(a, main);
        return shortAmountText(a, main);
    };
    const auto fraction = [&](double f) -> QVariant {
        if (forExport)
            return f < 0 ? QString() : QString::number(f, 'f', 6);
        return percentText(f);
    };
    const auto days = [&](double d) -> QVariant {
        if (forExport)
            return d < 0 ? QString() : QString::number(d, 'f', 2);
        return daysText(d);
    };
    switch (m_table) {
    case Table::Stages: {
        const int band = m_rows.at(row);
        const FunnelStage &s = m_report.stages.at(band);
        switch (column) {
        case SStage:
            return s.name;
        case SDeals:
            return m_report.count(band, m_mode);
        case SAmount:
            return amount(m_report.amountOf(band, m_mode));
        case SFromPrevious:
            return fraction(m_report.conversionFromPrevious(band));
        case SFromFirst:
            return fraction(m_report.conversionFromFirst(band));
        case SAverageDays:
            return days(s.averageDays);
        case SMedianDays:
            return days(s.medianDays);
        case SLostHere:
            return s.kind == Stage::Kind::Lost ? QVariant(forExport ? QString() : QStringLiteral("—"))
                                               : QVariant(s.lostHere);
        }
        break;
    }
    case Table::Managers: {
        const FunnelManager &m = m_report.managers.at(row);
        switch (column) {
        case MName:
            return m.name.isEmpty() || forExport ? m.login : m.name;
        case MDeals:
            return m.deals;
        case MAmount:
            return amount(m.amount);
        case MWon:
            return m.won;
        case MLost:
            return m.lost;
        case MWinRate:
            return fraction(m.winRate());
        case MConversion:
            return fraction(m.conversion());
        }
        break;
    }
    case Table::LostReasons: {
        const FunnelLostReason &r = m_report.lostByReason.at(row);
        switch (column) {
        case RName:
            return r.name;
        case RDeals:
            return r.deals;
        case RAmount:
            return amount(r.amount);
        }
        break;
    }
    case Table::Months: {
        const FunnelMonth &m = m_report.revenueByMonth.at(row);
        switch (column) {
        case NMonth:
            return forExport ? m.month.toString(QStringLiteral("yyyy-MM"))
                             : QString(QLocale().standaloneMonthName(m.month.month()) + QLatin1Char(' ') +
                                       QString::number(m.month.year()));
        case NDeals:
            return m.deals;
        case NAmount:
            return amount(m.amount);
        }
        break;
    }
    }
    return {};
}

QVariant FunnelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        const QVariant v = value(index.row(), index.column(), false);
        if (v.typeId() == QMetaType::LongLong)
            return QLocale().toString(v.toLongLong());
        return v;
    }
    if (role == kSortRole)
        return value(index.row(), index.column(), true);
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                   : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && m_table == Table::Stages && index.column() == 0)
        return QColor(m_report.stages.at(m_rows.at(index.row())).colour);
    if (role == Qt::ToolTipRole || role == kFullTextRole) {
        // Every currency in full, and the login of a manager.
        FunnelAmounts amounts;
        bool isAmount = false;
        if (m_table == Table::Stages && index.column() == SAmount) {
            amounts = m_report.amountOf(m_rows.at(index.row()), m_mode);
            isAmount = true;
        } else if (m_table == Table::Managers && index.column() == MAmount) {
            amounts = m_report.managers.at(index.row()).amount;
            isAmount = true;
        } else if (m_table == Table::LostReasons && index.column() == RAmount) {
            amounts = m_report.lostByReason.at(index.row()).amount;
            isAmount = true;
        } else if (m_table == Table::Months && index.column() == NAmount) {
            amounts = m_report.revenueByMonth.at(index.row()).amount;
            isAmount = true;
        }
        QString text = isAmount ? amountText(amounts, m_report.mainCurrency) : QString();
        if (m_table == Table::Managers && index.column() == MName)
            text = m_report.managers.at(index.row()).login;
        if (role == kFullTextRole)
            return text;
        if (cellAt(index))
            text +=
                (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Double-click to list these deals");
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    return {};
}

std::optional<FunnelCell> FunnelTableModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return std::nullopt;
    FunnelCell cell;
    cell.mode = m_mode;
    const int c = index.column();
    switch (m_table) {
    case Table::Stages: {
        const FunnelStage &s = m_report.stages.at(m_rows.at(index.row()));
        cell.stageId = s.stageId;
        if (c == SDeals || c == SAmount || c == SStage) {
            cell.kind = FunnelCell::Kind::Stage;
            return cell;
        }
        if (c == SLostHere && s.kind != Stage::Kind::Lost) {
            cell.kind = FunnelCell::Kind::LostAtStage;
            return cell;
        }
        if ((c == SAverageDays || c == SMedianDays) && s.kind == Stage::Kind::Open) {
            cell.kind = FunnelCell::Kind::StayedIn;
            return cell;
        }
        return std::nullopt;
    }
    case Table::Managers: {
        cell.owner = m_report.managers.at(index.row()).login;
        cell.kind = c == MWon    ? FunnelCell::Kind::ManagerWon
                    : c == MLost ? FunnelCell::Kind::ManagerLost
                                 : FunnelCell::Kind::Manager;
        return cell;
    }
    case Table::LostReasons:
        cell.kind = FunnelCell::Kind::LostReason;
        cell.reasonId = m_report.lostByReason.at(index.row()).reasonId;
        return cell;
    case Table::Months:
        cell.kind = FunnelCell::Kind::WonInMonth;
        cell.month = m_report.revenueByMonth.at(index.row()).month;
        return cell;
    }
    return std::nullopt;
}

QString FunnelTableModel::toCsv() const
{
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header.append(csvField(headerData(c, Qt::Horizontal).toString()));
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < columnCount(); ++c)
            fields.append(csvField(value(r, c, true).toString()));
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}
