#include "funnelquery.h"

#include "crm/pipelineservice.h"
#include "crm/userservice.h"
#include "store/timestamps.h"
#include "store/transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

// What one counting pass needs to know about the pipeline and the acting user.
struct FunnelQuery::Context
{
    qint64 pipelineId = 0;
    QString pipelineName;
    QList<Stage> stages;      // open stages in order, then Won, then Lost
    QList<quint64> stageBits; // 1 << funnel_bit, per entry of stages
    QHash<qint64, int> indexOf;
    std::vector<int> denseIndex; // indexOf by stage id - firstId, when the ids are close together
    qint64 firstId = 0;
    int openCount = 0;
    qint64 wonId = 0;
    qint64 lostId = 0;
    QString restrictedTo; // a sales manager's login: only their deals count
    QString mainCurrency;

    // The bits of Won and of the open stages at or after position index: "reached index or later".
    int bandOf(qint64 stageId) const
    {
        const qint64 i = stageId - firstId;
        if (!denseIndex.empty())
            return i >= 0 && i < qint64(denseIndex.size()) ? denseIndex[size_t(i)] : -1;
        return indexOf.value(stageId, -1);
    }

    quint64 reachedMask(int index) const
    {
        quint64 mask = stageBits.at(openCount);
        for (int i = index; i < openCount; ++i)
            mask |= stageBits.at(i);
        return mask;
    }
};

namespace {

StoreError sqlError(const QString &detail)
{
    return StoreError::make(StoreError::Code::Sql, FunnelQuery::tr("Counting the funnel failed."), detail);
}

QString dayStart(const QDate &date)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
}

// Counts and amounts per slot (a band, a reason, a month, a manager), amounts per currency (a currency
// whose amounts add up to nothing is left out).
struct Tally
{
    std::vector<qint64> count;
    std::vector<std::vector<qint64>> amount; // [currency][slot]

    void add(int slot, int currency, qint64 value)
    {
        if (size_t(slot) >= count.size())
            count.resize(size_t(slot) + 1, 0);
        ++count[size_t(slot)];
        if (size_t(currency) >= amount.size())
            amount.resize(size_t(currency) + 1);
        std::vector<qint64> &a = amount[size_t(currency)];
        if (size_t(slot) >= a.size())
            a.resize(size_t(slot) + 1, 0);
        a[size_t(slot)] += value;
    }
    qint64 countAt(int slot) const { return size_t(slot) < count.size() ? count[size_t(slot)] : 0; }
    FunnelAmounts amountAt(int slot, const QList<QString> &currencies) const
    {
        FunnelAmounts result;
        for (size_t c = 0; c < amount.size(); ++c) {
            if (size_t(slot) < amount[c].size() && amount[c][size_t(slot)] != 0)
                result[currencies.at(int(c))] += amount[c][size_t(slot)];
        }
        return result;
    }
};

// What one thread counted over its part of the deals. Slots of reasons, months and managers are made as
// their keys turn up, so parts are merged by key.
struct Part
{
    QList<QString> currencies;
    Tally current;  // slot: band index
    Tally furthest; // slot: furthest reached band + 1 (0: none)
    Tally lostAt;   // slot: band index, or the band count for "unknown"
    Tally total;    // slot 0
    QHash<qint64, int> reasonSlot;
    Tally reasons;
    QHash<int, int> monthSlot; // year * 12 + month - 1
    Tally months;
    QHash<QByteArray, int> managerSlot;
    Tally managers, managersWon, managersLost;
    std::vector<std::vector<qint64>> stays; // seconds, per open band
    QString error;

    int currencyOf(const char *text, int size)
    {
        const QString code = QString::fromLatin1(text, size);
        int i = int(currencies.indexOf(code));
        if (i < 0) {
            currencies.append(code);
            i = int(currencies.size()) - 1;
        }
        return i;
    }
};

struct Scan
{
    const FunnelQuery::Context *ctx = nullptr;
    QByteArray sql;
    QVariantList binds;
};

bool bindAll(sqlite3_stmt *stmt, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        int rc = SQLITE_OK;
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        } else {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

// Parses "stage:seconds;stage:seconds" and hands each stay to f.
template<typename F>
void forEachStay(const char *p, const char *end, F f)
{
    while (p < end) {
        qint64 stage = 0;
        while (p < end && *p >= '0' && *p <= '9')
            stage = stage * 10 + (*p++ - '0');
        if (p >= end || *p != ':')
            return;
        ++p;
        bool negative = false;
        if (p < end && *p == '-') {
            negative = true;
            ++p;
        }
        qint64 seconds = 0;
        while (p < end && *p >= '0' && *p <= '9')
            seconds = seconds * 10 + (*p++ - '0');
        f(stage, negative ? -seconds : seconds);
        if (p < end && *p == ';')
            ++p;
    }
}

// The furthest band a set of reached bits stands for: Won (openCount), the last open stage among them
// (in the current order), or -1.
int furthestOf(const FunnelQuery::Context &ctx, quint64 mask)
{
    if (mask & ctx.stageBits.at(ctx.openCount))
        return ctx.openCount;
    for (int i = ctx.openCount - 1; i >= 0; --i) {
        if (mask & ctx.stageBits.at(i))
            return i;
    }
    return -1;
}

void count(const Scan &scan, sqlite3 *db, Part *part)
{
    const FunnelQuery::Context &ctx = *scan.ctx;
    // Read the pages in place instead of copying each into the page cache.
    sqlite3_exec(db, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, scan.sql.constData(), int(scan.sql.size()), &stmt, nullptr) != SQLITE_OK ||
        !bindAll(stmt, scan.binds)) {
        part->error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return;
    }
    const int bands = int(ctx.stages.size());
    const int lostIndex = bands - 1;
    const int wonIndex = bands - 2;
    part->stays.resize(size_t(ctx.openCount));
    // The few reached sets that occur, with their furthest band.
    std::vector<std::pair<quint64, int>> furthestCache;
    QByteArray lastCurrency;
    int lastCurrencyIndex = -1;
    std::vector<QByteArray> owners; // by slot, searched in order while there are few

    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 stageId = sqlite3_column_int64(stmt, 0);
        const quint64 reached = quint64(sqlite3_column_int64(stmt, 1));
        const qint64 amount = sqlite3_column_int64(stmt, 6);
        const char *currency = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 5));
        const int currencySize = sqlite3_column_bytes(stmt, 5);
        if (lastCurrencyIndex < 0 || lastCurrency.size() != currencySize ||
            memcmp(lastCurrency.constData(), currency, size_t(currencySize)) != 0) {
            lastCurrency = QByteArray(currency, currencySize);
            lastCurrencyIndex = part->currencyOf(currency, currencySize);
        }
        const int cur = lastCurrencyIndex;
        const int band = ctx.bandOf(stageId);
        part->total.add(0, cur, amount);
        if (band >= 0)
            part->current.add(band, cur, amount);
        int furthest = -2;
        for (const auto &[mask, known] : furthestCache) {
            if (mask == reached) {
                furthest = known;
                break;
            }
        }
        if (furthest == -2) {
            furthest = furthestOf(ctx, reached);
            if (furthestCache.size() < 64)
                furthestCache.emplace_back(reached, furthest);
        }
        part->furthest.add(furthest + 1, cur, amount);

        // The manager.
        const char *owner = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4));
        const int ownerSize = sqlite3_column_bytes(stmt, 4);
        int lastOwnerSlot = -1;
        if (owners.size() <= 16) {
            for (size_t o = 0; o < owners.size(); ++o) {
                if (owners[o].size() == ownerSize &&
                    memcmp(owners[o].constData(), owner, size_t(ownerSize)) == 0) {
                    lastOwnerSlot = int(o);
                    break;
                }
            }
        } else {
            lastOwnerSlot = part->managerSlot.value(QByteArray::fromRawData(owner, ownerSize), -1);
        }
        if (lastOwnerSlot < 0) {
            const QByteArray key(owner, ownerSize);
            lastOwnerSlot = int(part->managerSlot.size());
            part->managerSlot.insert(key, lastOwnerSlot);
            owners.push_back(key);
        }
        part->managers.add(lastOwnerSlot, cur, amount);

        if (band == wonIndex) {
            part->managersWon.add(lastOwnerSlot, cur, amount);
            const char *closed = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 7));
            if (closed && sqlite3_column_bytes(stmt, 7) >= 7) {
                const int year = (closed[0] - '0') * 1000 + (closed[1] - '0') * 100 + (closed[2] - '0') * 10 +
                                 (closed[3] - '0');
                const int month = (closed[5] - '0') * 10 + (closed[6] - '0');
                const int key = year * 12 + month - 1;
                auto it = part->monthSlot.constFind(key);
                if (it == part->monthSlot.cend())
                    it = part->monthSlot.insert(key, int(part->monthSlot.size()));
                part->months.add(*it, cur, amount);
            }
        } else if (band == lostIndex) {
            part->managersLost.add(lastOwnerSlot, cur, amount);
            const qint64 lostAt = sqlite3_column_int64(stmt, 2);
            const int at = ctx.bandOf(lostAt);
            part->lostAt.add(at >= 0 ? at : bands, cur, amount);
            const qint64 reason = sqlite3_column_int64(stmt, 3);
            auto it = part->reasonSlot.constFind(reason);
            if (it == part->reasonSlot.cend())
                it = part->reasonSlot.insert(reason, int(part->reasonSlot.size()));
            part->reasons.add(*it, cur, amount);
        }

        const char *stays = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 8));
        const int staysSize = sqlite3_column_bytes(stmt, 8);
        if (stays && staysSize > 0) {
            forEachStay(stays, stays + staysSize, [&](qint64 stage, qint64 seconds) {
                const int i = ctx.bandOf(stage);
                if (i >= 0 && i < ctx.openCount)
                    part->stays[size_t(i)].push_back(seconds);
            });
        }
    }
    if (rc != SQLITE_DONE)
        part->error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
}

void mergeTally(Tally *into, int intoSlot, const Tally &from, int fromSlot, const QList<int> &currencyMap)
{
    const qint64 n = from.countAt(fromSlot);
    if (n == 0)
        return;
    if (size_t(intoSlot) >= into->count.size())
        into->count.resize(size_t(intoSlot) + 1, 0);
    into->count[size_t(intoSlot)] += n;
    for (size_t c = 0; c < from.amount.size(); ++c) {
        if (size_t(fromSlot) >= from.amount[c].size())
            continue;
        const size_t to = size_t(currencyMap.at(int(c)));
        if (to >= into->amount.size())
            into->amount.resize(to + 1);
        std::vector<qint64> &a = into->amount[to];
        if (size_t(intoSlot) >= a.size())
            a.resize(size_t(intoSlot) + 1, 0);
        a[size_t(intoSlot)] += from.amount[c][size_t(fromSlot)];
    }
}

void mergeFixed(Tally *into, const Tally &from, const QList<int> &currencyMap)
{
    for (int s = 0; s < int(from.count.size()); ++s)
        mergeTally(into, s, from, s, currencyMap);
}

template<typename Key>
void mergeKeyed(QHash<Key, int> *intoSlots, Tally *into, const QHash<Key, int> &fromSlots, const Tally &from,
                const QList<int> &currencyMap)
{
    for (auto it = fromSlots.cbegin(); it != fromSlots.cend(); ++it) {
        auto found = intoSlots->constFind(it.key());
        if (found == intoSlots->cend())
            found = intoSlots->insert(it.key(), int(intoSlots->size()));
        mergeTally(into, *found, from, it.value(), currencyMap);
    }
}

void merge(Part *into, Part &from)
{
    QList<int> currencyMap;
    for (const QString &c : std::as_const(from.currencies)) {
        const QByteArray code = c.toLatin1();
        currencyMap.append(into->currencyOf(code.constData(), int(code.size())));
    }
    mergeFixed(&into->current, from.current, currencyMap);
    mergeFixed(&into->furthest, from.furthest, currencyMap);
    mergeFixed(&into->lostAt, from.lostAt, currencyMap);
    mergeFixed(&into->total, from.total, currencyMap);
    mergeKeyed(&into->reasonSlot, &into->reasons, from.reasonSlot, from.reasons, currencyMap);
    mergeKeyed(&into->monthSlot, &into->months, from.monthSlot, from.months, currencyMap);
    // The three manager tallies share their slots.
    for (auto it = from.managerSlot.cbegin(); it != from.managerSlot.cend(); ++it) {
        auto found = into->managerSlot.constFind(it.key());
        if (found == into->managerSlot.cend())
            found = into->managerSlot.insert(it.key(), int(into->managerSlot.size()));
        mergeTally(&into->managers, *found, from.managers, it.value(), currencyMap);
        mergeTally(&into->managersWon, *found, from.managersWon, it.value(), currencyMap);
        mergeTally(&into->managersLost, *found, from.managersLost, it.value(), currencyMap);
    }
    if (into->stays.size() < from.stays.size())
        into->stays.resize(from.stays.size());
    for (size_t i = 0; i < from.stays.size(); ++i) {
        std::vector<qint64> &s = into->stays[i];
        s.insert(s.end(), from.stays[i].begin(), from.stays[i].end());
        from.stays[i] = {};
    }
    if (into->error.isEmpty())
        into->error = from.error;
}

double median(std::vector<qint64> &values)
{
    const size_t n = values.size();
    auto mid = values.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    const double upper = double(*mid);
    if (n % 2 == 1)
        return upper;
    const double lower = double(*std::max_element(values.begin(), mid));
    return (lower + upper) / 2;
}

void addAmounts(FunnelAmounts *into, const FunnelAmounts &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        (*into)[it.key()] += it.value();
}

} // namespace

FunnelQuery::FunnelQuery(DatabasePtr db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

Result<FunnelQuery::Context> FunnelQuery::context(QSqlDatabase &db, const FunnelFilter &filter) const
{
    Context ctx;
    {
        Transaction tx(db); // the acting user may be made on first use
        if (!tx.isActive())
            return tx.beginError();
        Result<User> user = UserService::actingIn(db, m_actor);
        if (!user)
            return user.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        if (!user->seesAllDeals())
            ctx.restrictedTo = user->login;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM pipeline WHERE id = ?"));
    q.addBindValue(filter.pipelineId);
    if (!q.exec())
        return sqlError(q.lastError().text());
    if (!q.next())
        return StoreError::notFound(tr("There is no pipeline with the id %1.").arg(filter.pipelineId));
    ctx.pipelineId = filter.pipelineId;
    ctx.pipelineName = q.value(0).toString();
    Result<QList<Stage>> stages = PipelineService::stagesIn(db, filter.pipelineId);
    if (!stages)
        return stages.error();
    ctx.stages = *stages;
    QHash<qint64, int> bits;
    q.prepare(QStringLiteral("SELECT id, funnel_bit FROM stage WHERE pipeline_id = ?"));
    q.addBindValue(filter.pipelineId);
    if (!q.exec())
        return sqlError(q.lastError().text());
    while (q.next())
        bits.insert(q.value(0).toLongLong(), q.value(1).toInt());
    for (int i = 0; i < ctx.stages.size(); ++i) {
        const Stage &s = ctx.stages.at(i);
        ctx.indexOf.insert(s.id, i);
        ctx.stageBits.append(quint64(1) << qBound(0, bits.value(s.id), 62));
        if (s.kind == Stage::Kind::Open)
            ++ctx.openCount;
        else if (s.kind == Stage::Kind::Won)
            ctx.wonId = s.id;
        else
            ctx.lostId = s.id;
    }
    if (!ctx.stages.isEmpty()) {
        qint64 first = ctx.stages.first().id, last = first;
        for (const Stage &s : std::as_const(ctx.stages)) {
            first = qMin(first, s.id);
            last = qMax(last, s.id);
        }
        if (last - first < 4096) {
            ctx.firstId = first;
            ctx.denseIndex.assign(size_t(last - first + 1), -1);
            for (int i = 0; i < ctx.stages.size(); ++i)
                ctx.denseIndex[size_t(ctx.stages.at(i).id - first)] = i;
        }
    }
    if (ctx.stages.size() != ctx.openCount + 2 || !ctx.wonId || !ctx.lostId)
        return StoreError::invalid(
            tr("The pipeline “%1” lacks its Won or Lost stage.").arg(ctx.pipelineName));
    ctx.mainCurrency = m_db->setting(QStringLiteral("currency.default"), QStringLiteral("EUR"));
    return ctx;
}

Status FunnelQuery::check(const FunnelFilter &filter) const
{
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        return StoreError::invalid(
            tr("The period starts on %1, after its end on %2.")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    }
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pipeline WHERE id = ?"));
    q.addBindValue(filter.pipelineId);
    if (!q.exec())
        return sqlError(q.lastError().text());
    if (!q.next())
        return StoreError::notFound(tr("There is no pipeline with the id %1.").arg(filter.pipelineId));
    return okStatus();
}

QString FunnelQuery::filterWhere(const Context &ctx, const FunnelFilter &filter, QVariantList *binds) const
{
    QString where = QStringLiteral("d.pipeline_id = ? AND d.deleted_at IS NULL");
    binds->append(ctx.pipelineId);
    const QString column = filter.period == FunnelFilter::Period::Created
                               ? QStringLiteral("d.created_at")
                               : QStringLiteral("d.stage_entered_at");
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND %1 >= ?").arg(column);
        binds->append(dayStart(filter.from));
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND %1 < ?").arg(column);
        binds->append(dayStart(filter.to.addDays(1)));
    }
    const auto in = [&](const QString &col, const QStringList &values) {
        QStringList marks;
        for (const QString &v : values) {
            marks.append(QStringLiteral("?"));
            binds->append(v);
        }
        where += QStringLiteral(" AND %1 IN (%2)").arg(col, marks.join(QLatin1Char(',')));
    };
    if (!filter.owners.isEmpty())
        in(QStringLiteral("d.owner"), filter.owners);
    if (!filter.sources.isEmpty())
        in(QStringLiteral("d.source"), filter.sources);
    if (!ctx.restrictedTo.isEmpty()) {
        where += QStringLiteral(" AND d.owner = ?");
        binds->append(ctx.restrictedTo);
    }
    return where;
}

Result<FunnelReport> FunnelQuery::compute(const FunnelFilter &filter) const
{
    if (Status s = check(filter); !s)
        return s.error();
    QSqlDatabase db = m_db->connection();
    Result<Context> ctx = context(db, filter);
    if (!ctx)
        return ctx.error();

    // The owners counted: those of the filter, or every owner of the pipeline (found by seeking from one
    // to the next in the index). The index is ordered by owner, then creation time, so that "owner IN
    // (...)" makes a period one range per owner instead of a full scan, and the owners split the deals
    // between the threads.
    QStringList owners = filter.owners;
    if (owners.isEmpty() && ctx->restrictedTo.isEmpty()) {
        QSqlQuery first(db);
        // ORDER BY … LIMIT 1 rather than min(): the same seek, but never an aggregate over the range
        // (through the Qt driver min() read every row of the pipeline: 140 ms of a filter change).
        first.prepare(QStringLiteral("SELECT d.owner FROM deal d INDEXED BY deal_funnel WHERE "
                                     "d.pipeline_id = ? AND d.deleted_at IS NULL ORDER BY d.owner LIMIT 1"));
        first.addBindValue(filter.pipelineId);
        if (!first.exec())
            return sqlError(first.lastError().text());
        QSqlQuery next(db);
        next.prepare(QStringLiteral("SELECT d.owner FROM deal d INDEXED BY deal_funnel WHERE "
                                    "d.pipeline_id = ? AND d.deleted_at IS NULL AND d.owner > ? "
                                    "ORDER BY d.owner LIMIT 1"));
        QVariant owner = first.next() ? first.value(0) : QVariant();
        while (!owner.isNull() && owners.size() <= 1000) {
            owners.append(owner.toString());
            next.addBindValue(filter.pipelineId);
            next.addBindValue(owner.toString());
            if (!next.exec())
                return sqlError(next.lastError().text());
            owner = next.next() ? next.value(0) : QVariant();
        }
        if (!owner.isNull())
            owners.clear(); // very many owners: one scan of everything
    }
    const QString select = QStringLiteral(
        "SELECT d.stage_id, d.funnel_reached, d.funnel_lost_at, d.lost_reason_id, d.owner, d.currency, "
        "d.amount_minor, d.closed_at, d.funnel_stays FROM deal d INDEXED BY deal_funnel WHERE ");
    // The threads share the deals by creation time: each owner's deals are a range of the index by
    // creation time, so every thread seeks into each owner's range at its part of the period.
    QStringList bounds;
    if (m_threads > 1 && !owners.isEmpty() && owners.size() <= 50) {
        QString first, last;
        // Two seeks per owner (min and max in one statement would read the whole range).
        QSqlQuery low(db), high(db);
        const QString edge = QStringLiteral("SELECT d.created_at FROM deal d INDEXED BY deal_funnel WHERE "
                                            "d.pipeline_id = ? AND d.deleted_at IS NULL AND d.owner = ? "
                                            "ORDER BY d.created_at %1 LIMIT 1");
        low.prepare(edge.arg(QStringLiteral("ASC")));
        high.prepare(edge.arg(QStringLiteral("DESC")));
        for (const QString &owner : std::as_const(owners)) {
            for (QSqlQuery *q : {&low, &high}) {
                q->addBindValue(filter.pipelineId);
                q->addBindValue(owner);
                if (!q->exec())
                    return sqlError(q->lastError().text());
                if (!q->next())
                    continue;
                const QString at = q->value(0).toString();
                if (q == &low)
                    first = first.isEmpty() || at < first ? at : first;
                else
                    last = last.isEmpty() || at > last ? at : last;
            }
        }
        if (filter.period == FunnelFilter::Period::Created) {
            if (filter.from.isValid() && dayStart(filter.from) > first)
                first = dayStart(filter.from);
            if (filter.to.isValid() && dayStart(filter.to.addDays(1)) < last)
                last = dayStart(filter.to.addDays(1));
        }
        const QDateTime from = Timestamps::fromText(first), to = Timestamps::fromText(last);
        const qint64 span = from.isValid() && to.isValid() ? from.msecsTo(to) : 0;
        for (int i = 1; i < m_threads && span > 1000; ++i)
            bounds.append(Timestamps::toText(from.addMSecs(span * i / m_threads)));
    }
    QList<Scan> scans;
    for (int i = 0; i <= bounds.size(); ++i) {
        FunnelFilter f = filter;
        f.owners = owners;
        Scan scan;
        scan.ctx = &*ctx;
        QString where = filterWhere(*ctx, f, &scan.binds);
        if (i > 0) {
            where += QStringLiteral(" AND d.created_at >= ?");
            scan.binds.append(bounds.at(i - 1));
        }
        if (i < bounds.size()) {
            where += QStringLiteral(" AND d.created_at < ?");
            scan.binds.append(bounds.at(i));
        }
        scan.sql = (select + where).toUtf8();
        scans.append(scan);
    }
    std::vector<Part> parts(size_t(scans.size()));
    QList<QThread *> threads;
    for (int i = 1; i < scans.size(); ++i) {
        QThread *t = QThread::create([this, &scans, &parts, i] {
            count(scans.at(i), m_db->handle(), &parts[size_t(i)]);
            m_db->closeThreadConnection();
        });
        t->start();
        threads.append(t);
    }
    count(scans.at(0), m_db->handle(), &parts[0]);
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    Part &all = parts[0];
    for (size_t i = 1; i < parts.size(); ++i)
        merge(&all, parts[i]);
    if (!all.error.isEmpty())
        return sqlError(all.error);

    // The report.
    FunnelReport r;
    r.filter = filter;
    r.pipelineId = ctx->pipelineId;
    r.pipelineName = ctx->pipelineName;
    r.mainCurrency = ctx->mainCurrency;
    const QList<QString> &cur = all.currencies;
    const int bands = int(ctx->stages.size());
    r.deals = all.total.countAt(0);
    r.amount = all.total.amountAt(0, cur);
    for (int i = 0; i < bands; ++i) {
        const Stage &s = ctx->stages.at(i);
        FunnelStage b;
        b.stageId = s.id;
        b.name = s.name;
        b.colour = s.colour;
        b.kind = s.kind;
        b.current = all.current.countAt(i);
        b.currentAmount = all.current.amountAt(i, cur);
        b.lostHere = all.lostAt.countAt(i);
        b.lostHereAmount = all.lostAt.amountAt(i, cur);
        r.stages.append(b);
    }
    // Reached: the deals whose furthest band is this one or later (Won: Won itself).
    qint64 running = 0;
    FunnelAmounts runningAmount;
    for (int i = ctx->openCount; i >= 0; --i) {
        running += all.furthest.countAt(i + 1);
        addAmounts(&runningAmount, all.furthest.amountAt(i + 1, cur));
        r.stages[i].reached = running;
        r.stages[i].reachedAmount = runningAmount;
    }
    for (int i = 0; i < ctx->openCount && size_t(i) < all.stays.size(); ++i) {
        std::vector<qint64> &stays = all.stays[size_t(i)];
        FunnelStage &b = r.stages[i];
        b.stays = qint64(stays.size());
        if (stays.empty())
            continue;
        double sum = 0;
        for (qint64 s : stays)
            sum += double(s);
        b.averageDays = sum / double(stays.size()) / 86400.0;
        b.medianDays = median(stays) / 86400.0;
    }

    QHash<qint64, QString> reasonNames;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name FROM lost_reason")))
        return sqlError(q.lastError().text());
    while (q.next())
        reasonNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    for (auto it = all.reasonSlot.cbegin(); it != all.reasonSlot.cend(); ++it) {
        FunnelLostReason row;
        row.reasonId = it.key();
        row.name = it.key() ? reasonNames.value(it.key()) : tr("No reason recorded");
        row.deals = all.reasons.countAt(it.value());
        row.amount = all.reasons.amountAt(it.value(), cur);
        r.lostByReason.append(row);
    }
    std::sort(r.lostByReason.begin(), r.lostByReason.end(), [](const auto &a, const auto &b) {
        return a.deals != b.deals ? a.deals > b.deals : a.reasonId < b.reasonId;
    });
    for (auto it = all.monthSlot.cbegin(); it != all.monthSlot.cend(); ++it) {
        FunnelMonth m;
        m.month = QDate(it.key() / 12, it.key() % 12 + 1, 1);
        m.deals = all.months.countAt(it.value());
        m.amount = all.months.amountAt(it.value(), cur);
        r.revenueByMonth.append(m);
    }
    std::sort(r.revenueByMonth.begin(), r.revenueByMonth.end(),
              [](const auto &a, const auto &b) { return a.month < b.month; });

    QHash<QString, QString> names;
    if (!q.exec(QStringLiteral("SELECT login, display_name FROM app_user")))
        return sqlError(q.lastError().text());
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    for (auto it = all.managerSlot.cbegin(); it != all.managerSlot.cend(); ++it) {
        FunnelManager m;
        m.login = QString::fromUtf8(it.key());
        m.name = names.value(m.login, m.login);
        m.deals = all.managers.countAt(it.value());
        m.amount = all.managers.amountAt(it.value(), cur);
        m.won = all.managersWon.countAt(it.value());
        m.wonAmount = all.managersWon.amountAt(it.value(), cur);
        m.lost = all.managersLost.countAt(it.value());
        r.managers.append(m);
    }
    std::sort(r.managers.begin(), r.managers.end(),
              [](const auto &a, const auto &b) { return a.login < b.login; });
    return r;
}

Result<QString> FunnelQuery::cellWhere(const Context &ctx, const FunnelCell &cell, QVariantList *binds) const
{
    const int band = ctx.indexOf.value(cell.stageId, -1);
    const auto needBand = [&]() -> StoreError {
        if (band < 0)
            return StoreError::notFound(tr("The stage %1 is not a stage of the pipeline “%2”.")
                                            .arg(cell.stageId)
                                            .arg(ctx.pipelineName));
        return {};
    };
    switch (cell.kind) {
    case FunnelCell::Kind::All:
        return QStringLiteral("1");
    case FunnelCell::Kind::Stage:
        if (StoreError e = needBand(); e.isError())
            return e;
        if (cell.mode == FunnelMode::Current) {
            binds->append(cell.stageId);
            return QStringLiteral("d.stage_id = ?");
        }
        if (band == ctx.openCount + 1)
            return QStringLiteral("0"); // Lost is no band of the reached funnel
        binds->append(qint64(band == ctx.openCount ? ctx.stageBits.at(band) : ctx.reachedMask(band)));
        return QStringLiteral("(d.funnel_reached & ?) <> 0");
    case FunnelCell::Kind::LostReason:
        binds->append(ctx.lostId);
        binds->append(cell.reasonId);
        return QStringLiteral("d.stage_id = ? AND coalesce(d.lost_reason_id, 0) = ?");
    case FunnelCell::Kind::LostAtStage:
        if (StoreError e = needBand(); e.isError())
            return e;
        binds->append(ctx.lostId);
        binds->append(cell.stageId);
        return QStringLiteral("d.stage_id = ? AND d.funnel_lost_at = ?");
    case FunnelCell::Kind::StayedIn:
        if (StoreError e = needBand(); e.isError())
            return e;
        binds->append(QStringLiteral("%;%1:%").arg(cell.stageId));
        return QStringLiteral("(';' || d.funnel_stays) LIKE ?");
    case FunnelCell::Kind::WonInMonth:
        if (!cell.month.isValid())
            return StoreError::invalid(tr("A month of revenue needs a date."));
        binds->append(ctx.wonId);
        binds->append(cell.month.toString(QStringLiteral("yyyy-MM")));
        return QStringLiteral("d.stage_id = ? AND substr(d.closed_at, 1, 7) = ?");
    case FunnelCell::Kind::Manager:
        binds->append(cell.owner);
        return QStringLiteral("d.owner = ?");
    case FunnelCell::Kind::ManagerWon:
    case FunnelCell::Kind::ManagerLost:
        binds->append(cell.owner);
        binds->append(cell.kind == FunnelCell::Kind::ManagerWon ? ctx.wonId : ctx.lostId);
        return QStringLiteral("d.owner = ? AND d.stage_id = ?");
    }
    return StoreError::invalid(tr("Unknown drill-down."));
}

Result<QString> FunnelQuery::drillDownWhere(const FunnelFilter &filter, const FunnelCell &cell,
                                            QVariantList *binds) const
{
    if (Status s = check(filter); !s)
        return s.error();
    QSqlDatabase db = m_db->connection();
    Result<Context> ctx = context(db, filter);
    if (!ctx)
        return ctx.error();
    QVariantList all;
    QString where = filterWhere(*ctx, filter, &all);
    const Result<QString> c = cellWhere(*ctx, cell, &all);
    if (!c)
        return c.error();
    binds->append(all);
    return QString(where + QStringLiteral(" AND ") + *c);
}

Result<QList<qint64>> FunnelQuery::drillDown(const FunnelFilter &filter, const FunnelCell &cell) const
{
    QVariantList binds;
    const Result<QString> where = drillDownWhere(filter, cell, &binds);
    if (!where)
        return where.error();
    if (where->endsWith(QLatin1String(" AND 0")))
        return QList<qint64>(); // no deal can be behind it (the Lost band of the reached funnel)
    // The funnel index holds every column the conditions read; sorting the ids here is cheaper than
    // ordering them in SQL.
    sqlite3 *db = m_db->handle();
    const QByteArray sql =
        (QStringLiteral("SELECT d.id FROM deal d INDEXED BY deal_funnel WHERE ") + *where).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK ||
        !bindAll(stmt, binds)) {
        const QString error =
            QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(": ") + QString::fromUtf8(sql);
        sqlite3_finalize(stmt);
        return sqlError(error);
    }
    std::vector<qint64> ids;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        ids.push_back(sqlite3_column_int64(stmt, 0));
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (!error.isEmpty())
        return sqlError(error);
    std::sort(ids.begin(), ids.end());
    return QList<qint64>(ids.begin(), ids.end());
}

Result<QStringList> FunnelQuery::sources(qint64 pipelineId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT DISTINCT source FROM deal WHERE pipeline_id = ? AND deleted_at IS NULL "
                             "ORDER BY source"));
    q.addBindValue(pipelineId);
    if (!q.exec())
        return sqlError(q.lastError().text());
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

qint64 FunnelReport::count(int index, FunnelMode mode) const
{
    if (index < 0 || index >= stages.size())
        return 0;
    return mode == FunnelMode::Current ? stages.at(index).current : stages.at(index).reached;
}

FunnelAmounts FunnelReport::amountOf(int index, FunnelMode mode) const
{
    if (index < 0 || index >= stages.size())
        return {};
    return mode == FunnelMode::Current ? stages.at(index).currentAmount : stages.at(index).reachedAmount;
}

double FunnelReport::conversionFromPrevious(int index) const
{
    if (stages.isEmpty() || index < 0 || index >= lostIndex())
        return -1;
    if (index == 0)
        return stages.at(0).reached > 0 ? 1.0 : -1;
    const qint64 before = stages.at(index - 1).reached;
    return before > 0 ? double(stages.at(index).reached) / double(before) : -1;
}

double FunnelReport::conversionFromFirst(int index) const
{
    if (index < 0 || index >= lostIndex() || stages.isEmpty())
        return -1;
    const qint64 first = stages.at(0).reached;
    return first > 0 ? double(stages.at(index).reached) / double(first) : -1;
}
