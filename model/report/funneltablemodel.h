#pragma once

#include "funnel.h"

#include <QAbstractTableModel>
#include <optional>

// The dashboard's tables over a computed FunnelReport: each cell with a number knows the deals behind it
// (cellAt), and every table exports as CSV.
class FunnelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Table
    {
        Stages,   // stage, deals, amount, conversions, time in stage, lost here
        Managers, // manager, deals, amount, won, lost, win rate, conversion
        LostReasons,
        Months, // revenue won by month
    };
    static constexpr int kSortRole = Qt::UserRole + 1;     // the exported value
    static constexpr int kFullTextRole = Qt::UserRole + 2; // amounts in every currency

    explicit FunnelTableModel(Table table, QObject *parent = nullptr);

    Table table() const { return m_table; }
    void setReport(const FunnelReport &report, FunnelMode mode);
    const FunnelReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The deals behind the number in a cell; none for cells that are no count of deals.
    std::optional<FunnelCell> cellAt(const QModelIndex &index) const;
    // The table as CSV (header, then one line per row), numbers unformatted.
    QString toCsv() const;

    // "1 234 EUR + 56 USD": the main currency first.
    static QString amountText(const FunnelAmounts &amounts, const QString &mainCurrency);
    // "1 234 EUR + 2 other currencies".
    static QString shortAmountText(const FunnelAmounts &amounts, const QString &mainCurrency);
    // "1.23 M EUR + 2 other currencies": for tight places such as the funnel's bands.
    static QString compactAmountText(const FunnelAmounts &amounts, const QString &mainCurrency);
    // "57.4 %", or "—" when undefined (negative).
    static QString percentText(double fraction);
    static QString daysText(double days);

private:
    QVariant value(int row, int column, bool forExport) const;

    Table m_table;
    FunnelMode m_mode = FunnelMode::Current;
    FunnelReport m_report;
    QList<int> m_rows; // band indexes shown (Stages)
};
