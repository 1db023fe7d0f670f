#include "dealgenerator.h"

#include "activity/activitygenerator.h"
#include "bulkload.h"
#include "crm/lineitemmath.h"
#include "crm/user.h"
#include "democatalog.h"
#include "rowqueue.h"
#include "store/sqlitebulk.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QThread>
#include <QTimeZone>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <cmath>
#include <random>

namespace {

using Bytes = QByteArray;

constexpr qint64 kDay = 86400;
constexpr int kHistoryDays = 730;
constexpr int kFutureDays = 400;   // expected close dates reach this far past "now"
constexpr double kStayShare = 0.6; // a typical stay in a stage, as a share of its checkpoint

struct StageInfo
{
    qint64 id = 0;
    int probability = 0;
    int checkpointDays = 0;
};

struct PipelineInfo
{
    qint64 id = 0;
    QList<StageInfo> open;
    qint64 won = 0;
    qint64 lost = 0;
    const QList<Bytes> *subjects = nullptr;
    QHash<qint64, qint64> funnelBits; // stage id → its bit in deal.funnel_reached (schema 7)
};

struct ContactRef
{
    qint64 id = 0;
    qint64 companyId = 0;
    int manager = -1; // index into the sales managers, -1 when the owner is none of them
};

struct ProductRef
{
    qint64 id = 0;
    Bytes name;
    qint64 priceMinor = 0;
    Bytes unit;
    qint64 taxBp = 0;
};

// How a sales manager works: how much more often a stage converts for them, and how fast.
struct ManagerStyle
{
    double skill = 1;
    double pace = 1;
};

struct HistoryRow
{
    qint64 from = 0; // 0: the first placement
    qint64 to = 0;
    Bytes at;
    qint64 secs = 0;
};

struct ItemRow
{
    const ProductRef *product = nullptr;
    qint64 quantityMilli = 0;
    int discountBp = 0;
    qint64 totalMinor = 0;
};

// One demo deal with its history and line items, made on the generating thread.
struct DealRow
{
    qint64 id = 0;
    Bytes title;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    qint64 amountMinor = 0;
    const Bytes *currency = nullptr;
    qint64 contactId = 0;
    qint64 companyId = 0;
    const Bytes *owner = nullptr;
    Bytes expectedClose;
    const Bytes *source = nullptr;
    qint64 lostReasonId = 0;
    Bytes closedAt;
    qint64 funnelReached = 0; // the funnel facts the history trigger keeps outside bulk loads
    qint64 funnelLostAt = 0;
    Bytes funnelStays;
    QList<HistoryRow> history;
    QList<ItemRow> items;
};

using DealQueue = RowQueue<DealRow>;

struct DemoUser
{
    const char *login;
    const char *name;
};
// The first five own the demo contacts too (DemoGenerator).
const QList<DemoUser> kManagers = {{"ana.popescu", "Ana Popescu"},
                                   {"ivan.petrov", "Ivan Petrov"},
                                   {"olena.kovalenko", "Olena Kovalenko"},
                                   {"john.smith", "John Smith"},
                                   {"maria.ionescu", "Maria Ionescu"}};

StoreError sqlFailed(const QString &what, const QString &detail)
{
    return StoreError::make(StoreError::Code::Sql, what, detail);
}

class Generator
{
public:
    Generator(sqlite3 *db, const DealGenerator::Options &options, const QString &currency)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
        , m_mainCurrency(currency.toLatin1())
        , m_words(DemoCatalog::words(options.language))
        , m_nowSecs(options.now.toSecsSinceEpoch())
    {
        for (const char *c : {"EUR", "USD", "RON"}) {
            if (Bytes(c) != m_mainCurrency)
                m_otherCurrencies.append(Bytes(c));
        }
        m_firstDay = m_nowSecs / kDay - kHistoryDays - 7;
        const QDate first = QDateTime::fromSecsSinceEpoch(m_firstDay * kDay, QTimeZone::utc()).date();
        for (int d = 0; d <= kHistoryDays + 7 + kFutureDays; ++d)
            m_days.append(first.addDays(d).toString(Qt::ISODate).toLatin1());
    }

    Status run(BulkLoad &load, const DealGenerator::Progress &progress);

private:
    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(int percent) { return pick(100) < percent; }
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }
    double normal() { return std::normal_distribution<double>(0, 1)(m_rng); }
    Bytes timestamp(qint64 secs) const;
    Bytes date(qint64 secs) const
    {
        return m_days.at(qBound(0, int(secs / kDay - m_firstDay), int(m_days.size()) - 1));
    }
    qint64 workingTime(qint64 secs) const;
    qint64 createdAt();
    qint64 lostReason(int stageIndex, int openStages);

    Status readReferences();
    Status insertUsers();
    Status insertProducts();
    Status insertDeals(const DealGenerator::Progress &progress);
    Status insertRouteMaps();
    void makeDeal(DealRow &row);
    void makeHistory(DealRow &row, const PipelineInfo &pipeline, qint64 created, const ManagerStyle &style);
    void makeItems(DealRow &row);

    sqlite3 *m_db;
    DealGenerator::Options m_options;
    std::mt19937_64 m_rng;
    Bytes m_mainCurrency;
    const DemoCatalog::Words &m_words;
    qint64 m_nowSecs = 0;
    QList<Bytes> m_otherCurrencies;
    QList<Bytes> m_days;
    qint64 m_firstDay = 0;
    QList<Bytes> m_managers;
    QList<ManagerStyle> m_styles;
    QList<PipelineInfo> m_pipelines;
    QList<qint64> m_lostReasons;
    QList<ContactRef> m_contacts;
    QHash<qint64, Bytes> m_companyNames;
    QList<ProductRef> m_products;
    qint64 m_nextDealId = 1;
};

Bytes Generator::timestamp(qint64 secs) const
{
    const int s = int(secs % kDay);
    char time[] = "T00:00:00.000Z";
    const int parts[] = {s / 3600, s / 60 % 60, s % 60};
    for (int i = 0; i < 3; ++i) {
        time[1 + 3 * i] = char('0' + parts[i] / 10);
        time[2 + 3 * i] = char('0' + parts[i] % 10);
    }
    return date(secs) + time;
}

// The same moment moved into office hours (06:00–16:00 UTC, 8 to 18 in Bucharest and Kyiv) of a working
// day: Saturdays and Sundays become the Monday after.
qint64 Generator::workingTime(qint64 secs) const
{
    qint64 day = secs / kDay;
    const int weekday = int((day + 3) % 7); // 1970-01-01 was a Thursday; 0 is Monday
    if (weekday >= 5)
        day += 7 - weekday;
    return day * kDay + 6 * 3600 + (secs % kDay) * 10 / 24;
}

// Deals arrive more often lately (the team grows: twice as many as a year before), on working days.
qint64 Generator::createdAt()
{
    static const double growth = std::log(2.0) / 365;
    const double span = 1 - std::exp(-growth * kHistoryDays);
    for (;;) {
        const double ageDays = -std::log(1 - uniform() * span) / growth;
        // A moment whose working time comes after "now" (a weekend before a Monday "now") is drawn again.
        const qint64 created = workingTime(m_nowSecs - qint64(ageDays * kDay));
        if (created < m_nowSecs)
            return created;
    }
}

// Early stages lose deals to silence and missing budgets, late ones to price and competitors.
qint64 Generator::lostReason(int stageIndex, int openStages)
{
    static const int early[] = {12, 10, 22, 38, 18};
    static const int late[] = {38, 32, 14, 6, 10};
    const int n = int(m_lostReasons.size());
    const int last = qMax(1, openStages - 1);
    int total = 0;
    QVarLengthArray<int, 16> weights(n);
    for (int j = 0; j < n; ++j) {
        weights[j] = j < 5 ? (early[j] * (last - stageIndex) + late[j] * stageIndex) / last + 1 : 8;
        total += weights[j];
    }
    int r = pick(total);
    for (int j = 0; j < n; ++j) {
        if (r < weights[j])
            return m_lostReasons.at(j);
        r -= weights[j];
    }
    return m_lostReasons.last();
}

Status Generator::readReferences()
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        m_db,
        "SELECT pipeline_id, id, kind, funnel_bit, probability, checkpoint_days FROM stage "
        "WHERE deleted_at IS NULL "
        "ORDER BY (SELECT position FROM pipeline WHERE id = pipeline_id), pipeline_id, position, id",
        -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const qint64 pipelineId = sqlite3_column_int64(stmt, 0);
        if (m_pipelines.isEmpty() || m_pipelines.last().id != pipelineId) {
            m_pipelines.append(PipelineInfo());
            m_pipelines.last().id = pipelineId;
            m_pipelines.last().subjects =
                m_pipelines.size() == 1 ? &m_words.salesSubjects : &m_words.renovationSubjects;
        }
        PipelineInfo &p = m_pipelines.last();
        const Bytes kind(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)));
        const qint64 id = sqlite3_column_int64(stmt, 1);
        p.funnelBits.insert(id, qint64(1) << qBound(0, sqlite3_column_int(stmt, 3), 62));
        if (kind == "won") {
            p.won = id;
        } else if (kind == "lost") {
            p.lost = id;
        } else {
            const int checkpoint = sqlite3_column_int(stmt, 5); // 0 when NULL
            p.open.append({id, sqlite3_column_int(stmt, 4), checkpoint > 0 ? checkpoint : 7});
        }
    }
    sqlite3_finalize(stmt);
    m_pipelines.removeIf([](const PipelineInfo &p) { return p.open.isEmpty() || !p.won || !p.lost; });
    if (m_pipelines.isEmpty())
        return StoreError::invalid(DealGenerator::tr("Demo deals need a pipeline with stages."));

    sqlite3_prepare_v2(m_db, "SELECT id FROM lost_reason WHERE active = 1 ORDER BY position, id", -1, &stmt,
                       nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        m_lostReasons.append(sqlite3_column_int64(stmt, 0));
    sqlite3_finalize(stmt);

    QHash<Bytes, int> managerIndex;
    for (int i = 0; i < m_managers.size(); ++i)
        managerIndex.insert(m_managers.at(i), i);
    sqlite3_prepare_v2(m_db, "SELECT id, company_id, owner FROM contact WHERE deleted_at IS NULL ORDER BY id",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const Bytes owner(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)));
        m_contacts.append(
            {sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1), managerIndex.value(owner, -1)});
    }
    sqlite3_finalize(stmt);
    sqlite3_prepare_v2(m_db, "SELECT id, name FROM company WHERE deleted_at IS NULL", -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        m_companyNames.insert(sqlite3_column_int64(stmt, 0),
                              Bytes(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))));
    }
    sqlite3_finalize(stmt);
    m_nextDealId = BulkLoad::nextId(m_db, "deal");
    return okStatus();
}

Status Generator::insertUsers()
{
    SqliteStatement user(m_db, "INSERT OR IGNORE INTO app_user (login, display_name, role, created_at) "
                               "VALUES (?, ?, ?, ?)");
    if (!user.isValid())
        return sqlFailed(DealGenerator::tr("Preparing the demo users failed."), user.errorText());
    const Bytes created = timestamp(m_nowSecs - kHistoryDays * kDay);
    const auto add = [&](const Bytes &login, const Bytes &name, User::Role role) {
        user.bind(1, login);
        user.bind(2, name);
        user.bind(3, User::roleName(role));
        user.bind(4, created);
        return user.run();
    };
    const QStringList managers = DealGenerator::salesManagerLogins(m_options.salesManagers);
    // Some close more of what they start, some move faster; the funnel's table per manager shows it.
    static const ManagerStyle styles[] = {{1.25, 0.9}, {0.8, 1.2}, {1.1, 0.75}, {0.95, 1.1}, {1.0, 1.0}};
    for (int i = 0; i < managers.size(); ++i) {
        const Bytes login = managers.at(i).toUtf8();
        const Bytes name = i < kManagers.size() ? Bytes(kManagers.at(i).name)
                                                : Bytes("Sales manager " + Bytes::number(i + 1));
        m_managers.append(login);
        m_styles.append(styles[i % 5]);
        if (!add(login, name, User::Role::SalesManager))
            return sqlFailed(DealGenerator::tr("Writing the demo users failed."), user.errorText());
    }
    const Bytes system = SystemUser::login().toUtf8();
    if (!add("diana.rusu", "Diana Rusu", User::Role::Director) ||
        !add("pavel.sokolov", "Pavel Sokolov", User::Role::ProcessOwner) ||
        !add("admin", "Administrator", User::Role::Administrator) ||
        !add(system, system, User::Role::Administrator)) {
        return sqlFailed(DealGenerator::tr("Writing the demo users failed."), user.errorText());
    }
    return okStatus();
}

Status Generator::insertProducts()
{
    const qint64 count = m_options.products >= 0 ? m_options.products : 50;
    SqliteStatement product(m_db, "INSERT INTO product (id, name, sku, unit, price_minor, currency, tax_bp) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!product.isValid())
        return sqlFailed(DealGenerator::tr("Preparing the demo products failed."), product.errorText());
    const qint64 first = BulkLoad::nextId(m_db, "product");
    const QList<Bytes> &names = m_words.products;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = first + i;
        const int n = int(i % names.size());
        const qint64 round = i / names.size();
        const Bytes name = names.at(n) + (round > 0 ? ' ' + Bytes::number(round + 1) : Bytes());
        const qint64 price = (5 + pick(2000)) * 100 + (chance(30) ? pick(100) : 0);
        product.bind(1, id);
        product.bind(2, name);
        product.bind(3, "SKU-" + Bytes::number(id).rightJustified(6, '0'));
        const Bytes unit(m_words.units.at(pick(int(m_words.units.size()))));
        product.bind(4, unit);
        product.bind(5, price);
        product.bind(6, m_mainCurrency);
        const qint64 taxBp = chance(70) ? 1900 : chance(50) ? 900 : 0;
        product.bind(7, taxBp);
        if (!product.run())
            return sqlFailed(DealGenerator::tr("Writing the demo products failed."), product.errorText());
        m_products.append({id, name, price, unit, taxBp});
    }
    return okStatus();
}

// The route map templates, named in the database's language; the sales map follows the first pipeline.
// A map whose name is taken already (a second demo run) is left out.
Status Generator::insertRouteMaps()
{
    SqliteStatement map(m_db, "INSERT OR IGNORE INTO process_map (name, pipeline_id, created_at, updated_at) "
                              "VALUES (?1, ?2, ?3, ?3)");
    SqliteStatement version(m_db,
                            "INSERT INTO process_map_version (map_id, version, xml, saved_at, saved_by) "
                            "VALUES (?1, 1, ?2, ?3, 'demo')");
    if (!map.isValid() || !version.isValid())
        return sqlFailed(DealGenerator::tr("Preparing the demo route maps failed."), map.errorText());
    const Bytes saved = timestamp(workingTime(m_nowSecs - (kHistoryDays + 1) * kDay));
    const QString &language = m_options.language;
    for (const DemoCatalog::MapTemplate &t : DemoCatalog::mapTemplates()) {
        QFile file(QString::fromLatin1(t.resource));
        if (!file.open(QIODevice::ReadOnly))
            return sqlFailed(
                DealGenerator::tr("The route map template %1 cannot be read.").arg(file.fileName()),
                file.errorString());
        const QString xml = DemoCatalog::localizedTemplate(QString::fromUtf8(file.readAll()), language);
        map.bind(1, DemoCatalog::translate(QString::fromUtf8(t.name), language));
        if (qstrcmp(t.name, "Sales") == 0)
            map.bind(2, m_pipelines.first().id);
        else
            map.bindNull(2);
        map.bind(3, saved);
        if (!map.run())
            return sqlFailed(DealGenerator::tr("Writing the demo route maps failed."), map.errorText());
        if (sqlite3_changes(m_db) == 0)
            continue;
        version.bind(1, map.lastInsertId());
        version.bind(2, xml);
        version.bind(3, saved);
        if (!version.run())
            return sqlFailed(DealGenerator::tr("Writing the demo route maps failed."), version.errorText());
    }
    return okStatus();
}

// A stay in a stage lasts about 60 % of its checkpoint, long-tailed, so that most open deals are on time and
// some are late; a stage converts about as much as the step in win probability to the next says. A deal
// whose next move would come after "now" is still where it is.
void Generator::makeHistory(DealRow &row, const PipelineInfo &pipeline, qint64 created,
                            const ManagerStyle &style)
{
    qint64 at = created;
    int index = 0;
    row.history.append({0, pipeline.open.first().id, timestamp(at), at});
    // One deal in ten is forgotten for a while in one of its stages.
    const int stallAt = chance(10) ? pick(int(pipeline.open.size())) : -1;
    for (;;) {
        const StageInfo &stage = pipeline.open.at(index);
        const int nextProbability =
            index + 1 < pipeline.open.size() ? pipeline.open.at(index + 1).probability : 100;
        const double step =
            nextProbability > 0 ? double(qBound(1, stage.probability, 99)) / nextProbability : 0.5;
        const double conversion = qBound(0.05, std::pow(qBound(0.2, step, 0.97), 1 / style.skill), 0.98);
        const bool advances = uniform() < conversion;
        // Deals that end lost linger before someone says so.
        double days =
            stage.checkpointDays * kStayShare * style.pace * std::exp(0.8 * normal()) * (advances ? 1 : 1.5);
        if (index == stallAt)
            days *= 8;
        qint64 next = workingTime(at + qMax<qint64>(3600, qint64(days * kDay)));
        if (next <= at)
            next = at + 600 + pick(3000);
        if (next >= m_nowSecs)
            break;
        at = next;
        const qint64 from = row.history.last().to;
        if (!advances && !m_lostReasons.isEmpty()) {
            row.lostReasonId = lostReason(index, int(pipeline.open.size()));
            row.history.append({from, pipeline.lost, timestamp(at), at});
            break;
        }
        if (++index == pipeline.open.size()) {
            row.history.append({from, pipeline.won, timestamp(at), at});
            break;
        }
        row.history.append({from, pipeline.open.at(index).id, timestamp(at), at});
    }
    // What the trigger deal_stage_history_funnel writes outside bulk loads.
    row.funnelReached = 0;
    row.funnelStays.clear();
    for (int i = 0; i < row.history.size(); ++i) {
        const HistoryRow &h = row.history.at(i);
        if (h.to != pipeline.lost)
            row.funnelReached |= pipeline.funnelBits.value(h.to);
        if (i + 1 < row.history.size()) {
            if (i > 0)
                row.funnelStays += ';';
            row.funnelStays += Bytes::number(h.to) + ':' + Bytes::number(row.history.at(i + 1).secs - h.secs);
        }
    }
    row.funnelLostAt = row.history.last().to == pipeline.lost ? row.history.last().from : 0;
    row.stageId = row.history.last().to;
    const bool closed = row.stageId == pipeline.won || row.stageId == pipeline.lost;
    row.closedAt = closed ? row.history.last().at : Bytes();
    // Closed deals were expected around when they closed; open ones after the stages still ahead (a stalled
    // one's date may have passed).
    double ahead = 0;
    for (int i = index; i < pipeline.open.size(); ++i)
        ahead += pipeline.open.at(i).checkpointDays * kStayShare * style.pace;
    const qint64 expected =
        closed ? at + qint64((pick(21) - 10) * kDay) : at + qint64(ahead * std::exp(0.3 * normal()) * kDay);
    row.expectedClose = date(qMin(expected, m_nowSecs + (kFutureDays - 1) * kDay));
}

void Generator::makeItems(DealRow &row)
{
    const int count = 1 + pick(4);
    qint64 sum = 0;
    for (int i = 0; i < count; ++i) {
        ItemRow item;
        item.product = &m_products.at(pick(int(m_products.size())));
        item.quantityMilli = chance(20) ? 250 * (1 + pick(40)) : 1000 * (1 + pick(10));
        item.discountBp = chance(70) ? 0 : 250 * (1 + pick(8));
        item.totalMinor = *LineItemMath::total(item.quantityMilli, item.product->priceMinor, item.discountBp);
        sum += item.totalMinor;
        row.items.append(item);
    }
    row.amountMinor = sum;
    row.currency = &m_mainCurrency;
}

void Generator::makeDeal(DealRow &row)
{
    const int r = pick(100);
    const int pipelineIndex = m_pipelines.size() == 1 || r < 70 ? 0 : 1 + pick(int(m_pipelines.size()) - 1);
    const PipelineInfo &pipeline = m_pipelines.at(pipelineIndex);
    row.pipelineId = pipeline.id;
    const ContactRef *contact =
        !m_contacts.isEmpty() && chance(85) ? &m_contacts.at(pick(int(m_contacts.size()))) : nullptr;
    row.contactId = contact ? contact->id : 0;
    row.companyId = contact ? contact->companyId : 0;
    // "Kitchen renovation — Popescu Construct"; without a company, numbered.
    const Bytes &subject = pipeline.subjects->at(pick(int(pipeline.subjects->size())));
    const auto company = m_companyNames.constFind(row.companyId);
    if (company != m_companyNames.cend())
        row.title = subject + " — " + *company;
    else
        row.title = subject + " #" + Bytes::number(row.id);
    const int manager = contact && contact->manager >= 0 && contact->manager < m_managers.size() && chance(80)
                            ? contact->manager
                            : pick(int(m_managers.size()));
    row.owner = &m_managers.at(manager);
    row.source = &m_words.sources.at(pick(int(m_words.sources.size())));
    row.lostReasonId = 0;
    row.history.clear();
    row.items.clear();
    makeHistory(row, pipeline, createdAt(), m_styles.at(manager));
    if (!m_products.isEmpty() && chance(30)) {
        makeItems(row);
    } else {
        const qint64 major = pipelineIndex == 0 ? 100 + pick(20000) : 2000 + pick(200000);
        row.amountMinor = major * 100 + (chance(20) ? pick(100) : 0);
        row.currency =
            chance(90) ? &m_mainCurrency : &m_otherCurrencies.at(pick(int(m_otherCurrencies.size())));
    }
}

Status Generator::insertDeals(const DealGenerator::Progress &progress)
{
    BulkInsert deal(
        m_db,
        "INSERT INTO deal (id, title, pipeline_id, stage_id, amount_minor, currency, amount_from_items, "
        "contact_id, company_id, owner, expected_close, source, lost_reason_id, stage_entered_at, "
        "closed_at, created_at, updated_at, funnel_reached, funnel_lost_at, funnel_stays)",
        20);
    BulkInsert history(
        m_db, "INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, actor, via)", 6);
    BulkInsert item(
        m_db,
        "INSERT INTO deal_line_item (deal_id, product_id, name, quantity_milli, unit_price_minor, "
        "discount_bp, total_minor, position, unit, tax_bp)",
        10);
    if (!deal.isValid() || !history.isValid() || !item.isValid())
        return sqlFailed(DealGenerator::tr("Preparing the demo deals failed."), deal.errorText());

    const qint64 count = m_options.deals;
    constexpr int kBatch = 5000;
    DealQueue queue;
    QThread *maker = QThread::create([&] {
        qint64 id = m_nextDealId;
        for (qint64 made = 0; made < count && !queue.cancelled();) {
            DealQueue::Batch batch(int(qMin<qint64>(kBatch, count - made)));
            for (DealRow &row : batch) {
                row.id = id++;
                makeDeal(row);
            }
            made += batch.size();
            queue.push(std::move(batch));
        }
        queue.finish();
    });
    maker->start();
    const auto stop = [&](StoreError error) {
        queue.cancel();
        DealQueue::Batch rest;
        while (queue.pop(&rest)) {
        }
        maker->wait();
        delete maker;
        return error;
    };
    const auto failed = [&](const BulkInsert &insert) {
        return stop(sqlFailed(DealGenerator::tr("Writing demo deals failed."), insert.errorText()));
    };
    const auto idOrNull = [](BulkInsert &insert, qint64 id) {
        if (id > 0)
            insert.integer(id);
        else
            insert.null();
    };
    const Bytes user("user");
    qint64 written = 0;
    DealQueue::Batch batch;
    while (queue.pop(&batch)) {
        for (const DealRow &row : std::as_const(batch)) {
            deal.integer(row.id);
            deal.text(row.title);
            deal.integer(row.pipelineId);
            deal.integer(row.stageId);
            deal.integer(row.amountMinor);
            deal.text(*row.currency);
            deal.integer(row.items.isEmpty() ? 0 : 1);
            idOrNull(deal, row.contactId);
            idOrNull(deal, row.companyId);
            deal.text(*row.owner);
            deal.text(row.expectedClose);
            deal.text(*row.source);
            idOrNull(deal, row.lostReasonId);
            deal.text(row.history.last().at);
            if (row.closedAt.isEmpty())
                deal.null();
            else
                deal.text(row.closedAt);
            deal.text(row.history.first().at);
            deal.text(row.history.last().at);
            deal.integer(row.funnelReached);
            idOrNull(deal, row.funnelLostAt);
            deal.text(row.funnelStays);
            if (!deal.endRow())
                return failed(deal);
            for (const HistoryRow &h : row.history) {
                history.integer(row.id);
                idOrNull(history, h.from);
                history.integer(h.to);
                history.text(h.at);
                history.text(*row.owner);
                history.text(user);
                if (!history.endRow())
                    return failed(history);
            }
            for (int i = 0; i < row.items.size(); ++i) {
                const ItemRow &li = row.items.at(i);
                item.integer(row.id);
                item.integer(li.product->id);
                item.text(li.product->name);
                item.integer(li.quantityMilli);
                item.integer(li.product->priceMinor);
                item.integer(li.discountBp);
                item.integer(li.totalMinor);
                item.integer(i);
                item.text(li.product->unit);
                item.integer(li.product->taxBp);
                if (!item.endRow())
                    return failed(item);
            }
        }
        // The batch's text is about to go: write what still points into it.
        if (!deal.flush())
            return failed(deal);
        if (!history.flush())
            return failed(history);
        if (!item.flush())
            return failed(item);
        written += batch.size();
        if (progress && !progress(written, count))
            return stop(StoreError::make(StoreError::Code::Invalid,
                                         DealGenerator::tr("Cancelled; nothing was added.")));
    }
    maker->wait();
    delete maker;
    return okStatus();
}

Status Generator::run(BulkLoad &load, const DealGenerator::Progress &progress)
{
    QElapsedTimer phase;
    phase.start();
    const auto mark = [&](const char *what) {
        if (BulkLoad::timing())
            qInfo("demo: %s %lld ms", what, phase.restart());
    };
    // Indexes led by the deal id grow at their end as rows arrive in id order: cheaper to keep.
    if (Status s = load.begin({"deal", "deal_stage_history", "deal_line_item", "task", "call", "note"},
                              {"deal_stage_history_by_deal", "deal_line_item_by_deal", "deal_in_trash"});
        !s) {
        return s;
    }
    // The seeded pipelines, stages and lost reasons take the language's names before anything refers to them.
    if (Status s = DemoCatalog::applyLanguage(m_db, m_options.language); !s)
        return s;
    if (Status s = insertUsers(); !s)
        return s;
    if (Status s = readReferences(); !s)
        return s;
    if (Status s = insertProducts(); !s)
        return s;
    if (m_options.routeMaps) {
        if (Status s = insertRouteMaps(); !s)
            return s;
    }
    mark("users, products and maps");
    if (Status s = insertDeals(progress); !s)
        return s;
    mark("deals");
    // The title index's triggers are dropped for the load like the other triggers of the deal table.
    const Bytes titles = "INSERT INTO deal_fts (rowid, title) SELECT id, title FROM deal WHERE id >= " +
                         Bytes::number(m_nextDealId);
    if (Status s = SqliteBulk::exec(m_db, titles.constData()); !s)
        return s;
    mark("title index");
    // Tasks (some overdue) and calls (some missed) of the new deals, due around "now".
    const ActivityGenerator::Texts texts{m_words.tasks, m_words.callNotes, m_words.notes};
    if (Status s = ActivityGenerator::insert(m_db, m_options.seed, m_nextDealId,
                                             m_nextDealId + m_options.deals, m_nowSecs, texts);
        !s) {
        return s;
    }
    mark("tasks and calls");
    if (Status s = load.rebuild(); !s)
        return s;
    const Bytes event = "INSERT INTO event (occurred_at, type, entity, actor, payload) VALUES ('" +
                        Timestamps::toText(m_options.now).toLatin1() +
                        "', 'demo.generated', 'database', 'demo', json_object('deals', " +
                        Bytes::number(m_options.deals) + ", 'products', " + Bytes::number(m_products.size()) +
                        ", 'sales_managers', " + Bytes::number(m_managers.size()) + ", 'seed', " +
                        Bytes::number(m_options.seed) + "))";
    if (Status s = SqliteBulk::exec(m_db, event.constData()); !s)
        return s;
    return load.commit();
}

} // namespace

QStringList DealGenerator::salesManagerLogins(qint64 count)
{
    QStringList logins;
    for (qint64 i = 0; i < count; ++i) {
        logins.append(i < kManagers.size() ? QString::fromLatin1(kManagers.at(int(i)).login)
                                           : QStringLiteral("manager%1").arg(i + 1, 2, 10, QLatin1Char('0')));
    }
    return logins;
}

Status DealGenerator::generate(const Database &db, const Options &options, const Progress &progress)
{
    if (options.deals < 0 || options.products < -1)
        return StoreError::invalid(tr("The numbers of deals and products cannot be negative."));
    if (options.salesManagers < 1 || options.salesManagers > 10000)
        return StoreError::invalid(tr("Demo deals need between 1 and 10000 sales managers."));
    sqlite3 *handle = db.handle();
    if (!handle)
        return StoreError::make(StoreError::Code::Sql, tr("The database is not open."));
    const QString currency = db.setting(QStringLiteral("currency.default"), QStringLiteral("EUR"));
    Options resolved = options;
    if (!resolved.now.isValid())
        resolved.now = Timestamps::now();
    const Result<QString> language = DemoCatalog::languageForDemo(db, options.language);
    if (!language)
        return language.error();
    resolved.language = *language;
    Status result = okStatus();
    {
        BulkLoad load(handle);
        Generator generator(handle, resolved, currency);
        result = generator.run(load, progress);
    }
    if (result) {
        emit db.notifier()->changed(QStringLiteral("user"), {});
        emit db.notifier()->changed(QStringLiteral("product"), {});
        emit db.notifier()->changed(QStringLiteral("deal"), {});
        for (const char *entity : {"pipeline", "stage", "lost_reason", "process_map"})
            emit db.notifier()->changed(QString::fromLatin1(entity), {});
    }
    return result;
}
