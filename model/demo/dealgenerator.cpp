#include "dealgenerator.h"

#include "activity/activitygenerator.h"
#include "bulkload.h"
#include "crm/lineitemmath.h"
#include "crm/user.h"
#include "demonames.h"
#include "rowqueue.h"
#include "store/sqlitebulk.h"
#include "store/systemuser.h"
#include "store/timestamps.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>

#include <sqlite3.h>

#include <random>

namespace {

using Bytes = QByteArray;

// Demo data is made against a fixed "now", so that it is the same for a seed whatever day it is made.
constexpr qint64 kNowSecs = 1793491200; // 2026-11-01T00:00:00Z
constexpr qint64 kDay = 86400;
constexpr int kHistoryDays = 730;

struct PipelineInfo
{
    qint64 id = 0;
    QList<qint64> open;
    qint64 won = 0;
    qint64 lost = 0;
    QList<Bytes> subjects;
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

const QList<Bytes> kSalesSubjects = {
    "CRM licences", "Annual support", "Staff training",       "Equipment supply",   "Consulting",
    "Website",      "Maintenance",    "Software integration", "Marketing campaign", "Office supplies"};
const QList<Bytes> kRenovationSubjects = {"Kitchen renovation", "Bathroom renovation", "Apartment renovation",
                                          "Office fit-out",     "Facade works",        "Roof repair",
                                          "Flooring",           "Electrical works",    "Heating system",
                                          "Window replacement"};
const QList<const char *> kProductNames = {"Consulting hour",  "Licence, standard",
                                           "Licence, premium", "Support plan",
                                           "Training day",     "Installation",
                                           "Laptop",           "Monitor",
                                           "Office chair",     "Desk",
                                           "Ceramic tiles",    "Laminate flooring",
                                           "Paint, 10 l",      "Plasterboard",
                                           "Electrical cable", "Window unit",
                                           "Door unit",        "Radiator",
                                           "Boiler",           "Design project",
                                           "Delivery",         "Waste removal",
                                           "Site supervision", "Kitchen cabinet",
                                           "Bathroom set"};
const QList<const char *> kUnits = {"pcs", "h", "m²", "set", "day"};

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
    {
        for (const char *c : {"EUR", "USD", "RON"}) {
            if (Bytes(c) != m_mainCurrency)
                m_otherCurrencies.append(Bytes(c));
        }
        for (const char *s : DemoNames::sources)
            m_sources.append(Bytes(s));
        const QDate first = QDate(2026, 11, 1).addDays(-kHistoryDays - 1);
        for (int d = 0; d <= kHistoryDays + 200; ++d)
            m_days.append(first.addDays(d).toString(Qt::ISODate).toLatin1());
        m_firstDay = kNowSecs / kDay - kHistoryDays - 1;
    }

    Status run(BulkLoad &load, const DealGenerator::Progress &progress);

private:
    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(int percent) { return pick(100) < percent; }
    Bytes timestamp(qint64 secs) const;
    Bytes date(qint64 secs) const { return m_days.at(int(secs / kDay - m_firstDay)); }

    Status readReferences();
    Status insertUsers();
    Status insertProducts();
    Status insertDeals(const DealGenerator::Progress &progress);
    void makeDeal(DealRow &row);
    void makeHistory(DealRow &row, const PipelineInfo &pipeline, qint64 created);
    void makeItems(DealRow &row);

    sqlite3 *m_db;
    DealGenerator::Options m_options;
    std::mt19937_64 m_rng;
    Bytes m_mainCurrency;
    QList<Bytes> m_otherCurrencies;
    QList<Bytes> m_sources;
    QList<Bytes> m_days;
    qint64 m_firstDay = 0;
    QList<Bytes> m_managers;
    QList<PipelineInfo> m_pipelines;
    QList<qint64> m_lostReasons;
    QList<ContactRef> m_contacts;
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

Status Generator::readReferences()
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        m_db,
        "SELECT pipeline_id, id, kind, funnel_bit FROM stage WHERE deleted_at IS NULL "
        "ORDER BY (SELECT position FROM pipeline WHERE id = pipeline_id), pipeline_id, position, id",
        -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const qint64 pipelineId = sqlite3_column_int64(stmt, 0);
        if (m_pipelines.isEmpty() || m_pipelines.last().id != pipelineId) {
            m_pipelines.append({pipelineId, {}, 0, 0, {}, {}});
            m_pipelines.last().subjects = m_pipelines.size() == 1 ? kSalesSubjects : kRenovationSubjects;
        }
        PipelineInfo &p = m_pipelines.last();
        const Bytes kind(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)));
        const qint64 id = sqlite3_column_int64(stmt, 1);
        p.funnelBits.insert(id, qint64(1) << qBound(0, sqlite3_column_int(stmt, 3), 62));
        if (kind == "won")
            p.won = id;
        else if (kind == "lost")
            p.lost = id;
        else
            p.open.append(id);
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
    m_nextDealId = BulkLoad::nextId(m_db, "deal");
    return okStatus();
}

Status Generator::insertUsers()
{
    SqliteStatement user(m_db, "INSERT OR IGNORE INTO app_user (login, display_name, role, created_at) "
                               "VALUES (?, ?, ?, ?)");
    if (!user.isValid())
        return sqlFailed(DealGenerator::tr("Preparing the demo users failed."), user.errorText());
    const Bytes created = timestamp(kNowSecs - kHistoryDays * kDay);
    const auto add = [&](const Bytes &login, const Bytes &name, User::Role role) {
        user.bind(1, login);
        user.bind(2, name);
        user.bind(3, User::roleName(role));
        user.bind(4, created);
        return user.run();
    };
    const QStringList managers = DealGenerator::salesManagerLogins(m_options.salesManagers);
    for (int i = 0; i < managers.size(); ++i) {
        const Bytes login = managers.at(i).toUtf8();
        const Bytes name = i < kManagers.size() ? Bytes(kManagers.at(i).name)
                                                : Bytes("Sales manager " + Bytes::number(i + 1));
        m_managers.append(login);
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
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = first + i;
        const int n = int(i % kProductNames.size());
        const qint64 round = i / kProductNames.size();
        const Bytes name =
            Bytes(kProductNames.at(n)) + (round > 0 ? ' ' + Bytes::number(round + 1) : Bytes());
        const qint64 price = (5 + pick(2000)) * 100 + (chance(30) ? pick(100) : 0);
        product.bind(1, id);
        product.bind(2, name);
        product.bind(3, "SKU-" + Bytes::number(id).rightJustified(6, '0'));
        const Bytes unit(kUnits.at(pick(int(kUnits.size()))));
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

// Most deals stop early, some are lost on the way, some make it to Won; each step takes hours to weeks,
// and a deal whose next step would fall after "now" stays where it is.
void Generator::makeHistory(DealRow &row, const PipelineInfo &pipeline, qint64 created)
{
    qint64 at = created;
    int index = 0;
    row.history.append({0, pipeline.open.first(), timestamp(at), at});
    for (;;) {
        const int r = pick(100);
        const int stop = index == 0 ? 35 : 15;
        if (r < stop)
            break;
        const qint64 next = at + 3600 + pick(int(14 * kDay));
        if (next >= kNowSecs)
            break;
        at = next;
        const qint64 from = row.history.last().to;
        if (r < stop + 7 && !m_lostReasons.isEmpty()) {
            row.lostReasonId = m_lostReasons.at(pick(int(m_lostReasons.size())));
            row.history.append({from, pipeline.lost, timestamp(at), at});
            break;
        }
        if (++index == pipeline.open.size()) {
            row.history.append({from, pipeline.won, timestamp(at), at});
            break;
        }
        row.history.append({from, pipeline.open.at(index), timestamp(at), at});
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
    row.expectedClose = date(qMin(at + (14 + pick(76)) * kDay, kNowSecs + 199 * kDay));
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
    row.title = pipeline.subjects.at(pick(int(pipeline.subjects.size()))) + " #" + Bytes::number(row.id);
    const ContactRef *contact =
        !m_contacts.isEmpty() && chance(85) ? &m_contacts.at(pick(int(m_contacts.size()))) : nullptr;
    row.contactId = contact ? contact->id : 0;
    row.companyId = contact ? contact->companyId : 0;
    const int manager = contact && contact->manager >= 0 && contact->manager < m_managers.size() && chance(80)
                            ? contact->manager
                            : pick(int(m_managers.size()));
    row.owner = &m_managers.at(manager);
    row.source = &m_sources.at(pick(int(m_sources.size())));
    const qint64 created = kNowSecs - 1 - pick(int(kHistoryDays * kDay));
    row.lostReasonId = 0;
    row.history.clear();
    row.items.clear();
    makeHistory(row, pipeline, created);
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
    if (Status s = insertUsers(); !s)
        return s;
    if (Status s = readReferences(); !s)
        return s;
    if (Status s = insertProducts(); !s)
        return s;
    mark("users and products");
    if (Status s = insertDeals(progress); !s)
        return s;
    mark("deals");
    // Tasks (some overdue) and calls (some missed) of the new deals, due around the day it runs.
    if (Status s =
            ActivityGenerator::insert(m_db, m_options.seed, m_nextDealId, m_nextDealId + m_options.deals,
                                      Timestamps::now().toSecsSinceEpoch());
        !s) {
        return s;
    }
    mark("tasks and calls");
    if (Status s = load.rebuild(); !s)
        return s;
    const Bytes event = "INSERT INTO event (occurred_at, type, entity, actor, payload) VALUES ('" +
                        Bytes(Timestamps::nowText().toLatin1()) +
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
    Status result = okStatus();
    {
        BulkLoad load(handle);
        Generator generator(handle, options, currency);
        result = generator.run(load, progress);
    }
    if (result) {
        emit db.notifier()->changed(QStringLiteral("user"), {});
        emit db.notifier()->changed(QStringLiteral("product"), {});
        emit db.notifier()->changed(QStringLiteral("deal"), {});
    }
    return result;
}
