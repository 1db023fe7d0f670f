// The services behind the deal card and the deal settings: the product catalogue, line items one at a
// time, the lost reasons, deal edits with custom fields (all or nothing), pipeline editing by process
// owners, and what sales managers are refused.
#include "../testutil.h"
#include "crm/contactservice.h"
#include "crm/customfieldservice.h"
#include "crm/dealservice.h"
#include "crm/lostreasonservice.h"
#include "crm/pipelineservice.h"
#include "crm/productservice.h"
#include "crm/userservice.h"
#include "store/systemuser.h"

#include <QSqlQuery>

namespace {

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every table a refused write might have touched.
QString snapshot(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral(
        "SELECT (SELECT group_concat(id || ':' || pipeline_id || ':' || stage_id || ':' || title || ':' || "
        "amount_minor || ':' || updated_at || ':' || coalesce(lost_reason_id, '')) FROM deal) || '|' || "
        "(SELECT count(*) FROM deal_stage_history) || '|' || (SELECT count(*) FROM event) || '|' || "
        "(SELECT coalesce(group_concat(id || ':' || name || ':' || quantity_milli || ':' || total_minor), "
        "'') "
        "FROM deal_line_item) || '|' || (SELECT count(*) FROM custom_value) || '|' || "
        "(SELECT group_concat(id || ':' || name || ':' || position || ':' || colour || ':' || "
        "coalesce(deleted_at, '')) FROM stage) || '|' || (SELECT group_concat(name) FROM pipeline) || '|' || "
        "(SELECT group_concat(id || name || active || position) FROM lost_reason) || '|' || "
        "(SELECT coalesce(group_concat(id || name || price_minor || active), '') FROM product)"));
    q.next();
    return q.value(0).toString();
}

} // namespace

class TestDealsUiServices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tmp;
    DatabasePtr m_db;
    Pipeline m_sales;
    Pipeline m_turnkey;
    QString m_admin;

    qint64 stage(const QString &name) const { return m_sales.stageNamed(name)->id; }

    qint64 newDeal(const QString &owner, bool fromItems = false)
    {
        Deal d;
        d.title = QStringLiteral("Office fit-out");
        d.pipelineId = m_sales.id;
        d.amountMinor = 150000;
        d.currency = QStringLiteral("EUR");
        d.owner = owner;
        d.amountFromItems = fromItems;
        const Result<qint64> id = DealService(m_db, m_admin).create(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }

    void reloadPipelines()
    {
        const Result<QList<Pipeline>> all = PipelineService(m_db, m_admin).pipelines();
        QVERIFY(all.ok());
        m_sales = all->at(0);
        m_turnkey = all->at(1);
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_db = m_tmp->db();
        m_admin = SystemUser::login();
        UserService users(m_db, m_admin);
        QVERIFY(users.current().ok());
        const std::pair<const char *, User::Role> people[] = {{"ana", User::Role::SalesManager},
                                                              {"ivan", User::Role::SalesManager},
                                                              {"olena", User::Role::Director},
                                                              {"petru", User::Role::ProcessOwner}};
        for (const auto &[login, role] : people) {
            User u;
            u.login = QString::fromLatin1(login);
            u.role = role;
            QVERIFY(users.create(u).ok());
        }
        reloadPipelines();
    }
    void cleanup()
    {
        m_db.reset();
        m_tmp.reset();
    }

    // ---- products ----

    void productCatalogue()
    {
        ProductService petru(m_db, QStringLiteral("petru"));
        Product p;
        p.name = QStringLiteral("  Conference room chair ");
        p.sku = QStringLiteral("CH-100");
        p.unit = QStringLiteral("pcs");
        p.priceMinor = 12999;
        p.currency = QStringLiteral("eur");
        p.taxBp = 1900;
        const Result<qint64> id = petru.create(p);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        const Result<Product> read = petru.get(*id);
        QVERIFY(read.ok());
        QCOMPARE(read->name, QStringLiteral("Conference room chair"));
        QCOMPARE(read->currency, QStringLiteral("EUR"));
        QCOMPARE(read->priceMinor, 12999);
        QCOMPARE(read->taxBp, 1900);
        QVERIFY(read->active);

        Product desk;
        desk.name = QStringLiteral("Standing desk");
        desk.sku = QStringLiteral("DK-1");
        desk.priceMinor = 45000;
        QVERIFY(petru.create(desk).ok());
        // Search by name or SKU, by name.
        QCOMPARE(petru.list(QStringLiteral("dk-"))->size(), 1);
        QCOMPARE(petru.list(QStringLiteral("chair"))->first().sku, QStringLiteral("CH-100"));
        QCOMPARE(petru.list()->first().name, QStringLiteral("Conference room chair"));

        // Inactive products stay readable but are not offered.
        QVERIFY(petru.setActive(*id, false).ok());
        QCOMPARE(petru.list({}, true)->size(), 1);
        QCOMPARE(petru.list({}, false)->size(), 2);
        QVERIFY(!petru.get(*id)->active);
    }

    void productValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("tax");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << " "
                                 << "" << qint64(1) << "EUR" << 0 << "needs a name";
        QTest::newRow("negative price") << "Chair"
                                        << "" << qint64(-1) << "EUR" << 0 << "cannot be negative";
        QTest::newRow("bad currency") << "Chair"
                                      << "" << qint64(1) << "EURO" << 0 << "not a currency code";
        QTest::newRow("tax above 100%") << "Chair"
                                        << "" << qint64(1) << "EUR" << 10001 << "tax rate";
        QTest::newRow("duplicate SKU") << "Chair"
                                       << "SKU-1" << qint64(1) << "EUR" << 0 << "SKU-1";
        QTest::newRow("control character")
            << QStringLiteral("Chair\x01") << "" << qint64(1) << "EUR" << 0 << "control character";
    }
    void productValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, sku);
        QFETCH(qint64, price);
        QFETCH(QString, currency);
        QFETCH(int, tax);
        QFETCH(QString, message);
        ProductService admin(m_db, m_admin);
        Product existing;
        existing.name = QStringLiteral("Existing");
        existing.sku = QStringLiteral("SKU-1");
        QVERIFY(admin.create(existing).ok());
        const QString before = snapshot(m_db);
        Product p;
        p.name = name;
        p.sku = sku;
        p.priceMinor = price;
        p.currency = currency;
        p.taxBp = tax;
        const Result<qint64> id = admin.create(p);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, StoreError::Code::Invalid);
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(snapshot(m_db), before);
    }

    void salesManagerCannotEditTheCatalogue()
    {
        Product p;
        p.name = QStringLiteral("Chair");
        const Result<qint64> id = ProductService(m_db, m_admin).create(p);
        QVERIFY(id.ok());
        const QString before = snapshot(m_db);
        ProductService ana(m_db, QStringLiteral("ana"));
        QCOMPARE(ana.create(p).error().code, StoreError::Code::Denied);
        p.id = *id;
        p.priceMinor = 1;
        QCOMPARE(ana.update(p).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.setActive(*id, false).error().code, StoreError::Code::Denied);
        QCOMPARE(snapshot(m_db), before);
        // but reads it
        QCOMPARE(ana.list()->size(), 1);
    }

    // ---- line items ----

    void lineItemsOneAtATime()
    {
        const qint64 deal = newDeal(QStringLiteral("ana"), true);
        DealService ana(m_db, QStringLiteral("ana"));
        LineItem chairs;
        chairs.name = QStringLiteral("Chair");
        chairs.quantityMilli = 2500; // 2.5
        chairs.unitPriceMinor = 1999;
        chairs.discountBp = 1000; // 10 %
        const Result<qint64> a = ana.addLineItem(deal, chairs);
        QVERIFY2(a.ok(), qPrintable(a.error().fullText()));
        // 2.5 × 19.99 = 49.975, less 10 % = 44.9775 → 44.98
        QCOMPARE(ana.lineItems(deal)->first().totalMinor, 4498);
        QCOMPARE(ana.get(deal)->amountMinor, 4498);

        LineItem desk;
        desk.name = QStringLiteral("Desk");
        desk.quantityMilli = 1;  // 0.001
        desk.unitPriceMinor = 5; // 0.005 → rounds half away from zero to 0.01
        const Result<qint64> b = ana.addLineItem(deal, desk);
        QVERIFY(b.ok());
        QCOMPARE(ana.lineItems(deal)->at(1).totalMinor, 0);
        desk.id = *b;
        desk.quantityMilli = 3000;
        desk.unitPriceMinor = 100000;
        desk.discountBp = 250;
        QVERIFY(ana.updateLineItem(deal, desk).ok());
        // 3 × 1000.00 less 2.5 % = 2925.00
        QCOMPARE(ana.lineItems(deal)->at(1).totalMinor, 292500);
        QCOMPARE(ana.get(deal)->amountMinor, 4498 + 292500);
        QCOMPARE(ana.lineItems(deal)->at(1).id, *b); // ids stay

        QVERIFY(ana.removeLineItem(deal, *a).ok());
        QCOMPARE(ana.lineItems(deal)->size(), 1);
        QCOMPARE(ana.get(deal)->amountMinor, 292500);
        QCOMPARE(ana.removeLineItem(deal, *a).error().code, StoreError::Code::NotFound);
    }

    void amountStaysWhenNotFollowingItems()
    {
        const qint64 deal = newDeal(QStringLiteral("ana"), false);
        DealService ana(m_db, QStringLiteral("ana"));
        LineItem item;
        item.name = QStringLiteral("Chair");
        item.unitPriceMinor = 1000;
        QVERIFY(ana.addLineItem(deal, item).ok());
        QCOMPARE(ana.get(deal)->amountMinor, 150000);
        // Switching the amount to follow the items takes their sum at once.
        Deal d = *ana.get(deal);
        d.amountFromItems = true;
        QVERIFY(ana.update(d).ok());
        QCOMPARE(ana.get(deal)->amountMinor, 1000);
    }

    void badLineItemsChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("discount");
        QTest::newRow("no name") << "" << qint64(1000) << qint64(1) << 0;
        QTest::newRow("zero quantity") << "Chair" << qint64(0) << qint64(1) << 0;
        QTest::newRow("discount above 100%") << "Chair" << qint64(1000) << qint64(1) << 10001;
        QTest::newRow("negative price") << "Chair" << qint64(1000) << qint64(-5) << 0;
        QTest::newRow("total overflows") << "Chair" << qint64(1000000000) << qint64(9000000000000000) << 0;
    }
    void badLineItemsChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(qint64, quantity);
        QFETCH(qint64, price);
        QFETCH(int, discount);
        const qint64 deal = newDeal(QStringLiteral("ana"), true);
        DealService ana(m_db, QStringLiteral("ana"));
        LineItem good;
        good.name = QStringLiteral("Good");
        good.unitPriceMinor = 100;
        const Result<qint64> goodId = ana.addLineItem(deal, good);
        QVERIFY(goodId.ok());
        const QString before = snapshot(m_db);
        LineItem bad;
        bad.name = name;
        bad.quantityMilli = quantity;
        bad.unitPriceMinor = price;
        bad.discountBp = discount;
        QCOMPARE(ana.addLineItem(deal, bad).error().code, StoreError::Code::Invalid);
        bad.id = *goodId;
        QCOMPARE(ana.updateLineItem(deal, bad).error().code, StoreError::Code::Invalid);
        QCOMPARE(snapshot(m_db), before);
    }

    void lineItemsOfOthersDealsAreRefused()
    {
        const qint64 deal = newDeal(QStringLiteral("ivan"));
        LineItem item;
        item.name = QStringLiteral("Chair");
        const QString before = snapshot(m_db);
        QCOMPARE(DealService(m_db, QStringLiteral("ana")).addLineItem(deal, item).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(snapshot(m_db), before);
    }

    // ---- lost reasons ----

    void lostReasonList()
    {
        LostReasonService petru(m_db, QStringLiteral("petru"));
        const Result<qint64> id = petru.add(QStringLiteral("  Went silent "));
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        QCOMPARE(petru.list()->last().name, QStringLiteral("Went silent"));
        QCOMPARE(petru.add(QStringLiteral("went SILENT")).error().code, StoreError::Code::Invalid);
        QCOMPARE(petru.add(QStringLiteral(" ")).error().code, StoreError::Code::Invalid);
        QVERIFY(petru.rename(*id, QStringLiteral("Stopped answering")).ok());
        QCOMPARE(petru.rename(*id, QStringLiteral("No budget")).error().code, StoreError::Code::Invalid);

        // Reorder: the new one first.
        QList<qint64> ids;
        for (const LostReason &r : *petru.list())
            ids.append(r.id);
        ids.move(ids.size() - 1, 0);
        QVERIFY(petru.reorder(ids).ok());
        QCOMPARE(petru.list()->first().name, QStringLiteral("Stopped answering"));
        QCOMPARE(petru.reorder(ids.mid(1)).error().code, StoreError::Code::Invalid);

        // An inactive reason is not offered, and a lost move cannot use it.
        QVERIFY(petru.setActive(*id, false).ok());
        QCOMPARE(petru.list(true)->size(), 5);
        const qint64 deal = newDeal(QStringLiteral("ana"));
        QCOMPARE(DealService(m_db, QStringLiteral("ana"))
                     .moveToStage(deal, stage(QStringLiteral("Lost")), StageChangeVia::User, *id)
                     .error()
                     .code,
                 StoreError::Code::Invalid);

        // A reason a lost deal names is kept; an unused one can go.
        const qint64 price = petru.list()->at(1).id;
        QVERIFY(DealService(m_db, QStringLiteral("ana"))
                    .moveToStage(deal, stage(QStringLiteral("Lost")), StageChangeVia::User, price)
                    .ok());
        const QString before = snapshot(m_db);
        const Status used = petru.remove(price);
        QCOMPARE(used.error().code, StoreError::Code::Invalid);
        QVERIFY2(used.error().message.contains(QStringLiteral("inactive")), qPrintable(used.error().message));
        QCOMPARE(snapshot(m_db), before);
        QCOMPARE(*petru.usage(price), 1);
        QVERIFY(petru.remove(*id).ok());
        QCOMPARE(petru.list()->size(), 5);
    }

    void salesManagerCannotEditLostReasons()
    {
        LostReasonService ana(m_db, QStringLiteral("ana"));
        const QString before = snapshot(m_db);
        QCOMPARE(ana.add(QStringLiteral("Mine")).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.rename(1, QStringLiteral("Mine")).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.setActive(1, false).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.remove(1).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.reorder({5, 4, 3, 2, 1}).error().code, StoreError::Code::Denied);
        QCOMPARE(LostReasonService(m_db, QStringLiteral("olena")).add(QStringLiteral("x")).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(snapshot(m_db), before);
    }

    // ---- deal edits ----

    void updateAllFieldsWithCustomFields()
    {
        CustomField budget;
        budget.entity = QStringLiteral("deal");
        budget.key = QStringLiteral("budget_year");
        budget.label = QStringLiteral("Budget year");
        budget.type = CustomField::Type::Number;
        QVERIFY2(CustomFieldService(m_db, m_admin).define(budget).ok(), "a deal custom field");
        CustomField channel;
        channel.entity = QStringLiteral("deal");
        channel.key = QStringLiteral("channel");
        channel.label = QStringLiteral("Channel");
        channel.type = CustomField::Type::Choice;
        channel.choices = QStringList{QStringLiteral("Web"), QStringLiteral("Phone")};
        QVERIFY(CustomFieldService(m_db, m_admin).define(channel).ok());
        QCOMPARE(CustomFieldService(m_db, m_admin).fields(QStringLiteral("deal"))->size(), 2);

        Contact c;
        c.givenName = QStringLiteral("Maria");
        c.familyName = QStringLiteral("Ionescu");
        const Result<qint64> contact = ContactService(m_db, m_admin).create(c);
        QVERIFY(contact.ok());

        const qint64 id = newDeal(QStringLiteral("ana"));
        DealService ana(m_db, QStringLiteral("ana"));
        Deal d = *ana.get(id);
        d.title = QStringLiteral("Office fit-out, phase 2");
        d.amountMinor = 990050;
        d.currency = QStringLiteral("RON");
        d.contactId = *contact;
        d.expectedClose = QDate(2027, 3, 31);
        d.probability = 40;
        d.source = QStringLiteral("Referral");
        const Status s = ana.update(
            d, {{QStringLiteral("budget_year"), 2027}, {QStringLiteral("channel"), QStringLiteral("Web")}});
        QVERIFY2(s.ok(), qPrintable(s.error().fullText()));
        const Deal read = *ana.get(id);
        QCOMPARE(read.title, d.title);
        QCOMPARE(read.amountMinor, 990050);
        QCOMPARE(read.currency, QStringLiteral("RON"));
        QCOMPARE(read.contactId, *contact);
        QCOMPARE(read.expectedClose, QDate(2027, 3, 31));
        QCOMPARE(read.probability, 40);
        QCOMPARE(read.source, QStringLiteral("Referral"));
        const QVariantMap custom = *ana.customValues(id);
        QCOMPARE(custom.value(QStringLiteral("budget_year")).toInt(), 2027);
        QCOMPARE(custom.value(QStringLiteral("channel")).toString(), QStringLiteral("Web"));

        // A value that does not fit its field changes nothing, the other fields neither.
        const QString before = snapshot(m_db);
        d.title = QStringLiteral("Changed");
        const Status bad = ana.update(d, {{QStringLiteral("channel"), QStringLiteral("Fax")}});
        QCOMPARE(bad.error().code, StoreError::Code::Invalid);
        QVERIFY2(bad.error().message.contains(QStringLiteral("Fax")), qPrintable(bad.error().message));
        QCOMPARE(snapshot(m_db), before);
        // An empty value clears the field.
        QVERIFY(ana.update(*ana.get(id), {{QStringLiteral("channel"), QString()}}).ok());
        QVERIFY(!ana.customValues(id)->contains(QStringLiteral("channel")));
        QVERIFY(ana.customValues(id)->contains(QStringLiteral("budget_year")));
    }

    void saveMovesAndEditsTogether()
    {
        const qint64 id = newDeal(QStringLiteral("ana"), true);
        DealService ana(m_db, QStringLiteral("ana"));
        const qint64 history = scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_stage_history"));
        DealService::Edit edit;
        edit.deal = *ana.get(id);
        edit.deal.title = QStringLiteral("Signed");
        edit.deal.stageId = stage(QStringLiteral("Lost"));
        edit.deal.lostReasonId = 2;
        edit.itemsChanged = true;
        LineItem item;
        item.name = QStringLiteral("Chair");
        item.quantityMilli = 4000;
        item.unitPriceMinor = 2500;
        edit.items = {item};
        const Status s = ana.save(edit);
        QVERIFY2(s.ok(), qPrintable(s.error().fullText()));
        const Deal read = *ana.get(id);
        QCOMPARE(read.title, QStringLiteral("Signed"));
        QCOMPARE(read.stageId, stage(QStringLiteral("Lost")));
        QCOMPARE(read.lostReasonId, 2);
        QCOMPARE(read.amountMinor, 10000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_stage_history")), history + 1);
        QCOMPARE(ana.history(id)->last().via, StageChangeVia::User);

        // The lost reason of a lost deal can be corrected without a move.
        edit.deal = read;
        edit.deal.lostReasonId = 3;
        edit.itemsChanged = false;
        QVERIFY(ana.save(edit).ok());
        QCOMPARE(ana.get(id)->lostReasonId, 3);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_stage_history")), history + 1);

        // A bad line item refuses the whole save: no move, no title change.
        const QString before = snapshot(m_db);
        edit.deal = *ana.get(id);
        edit.deal.title = QStringLiteral("Reopened");
        edit.deal.stageId = stage(QStringLiteral("Agreement"));
        edit.itemsChanged = true;
        item.quantityMilli = 0;
        edit.items = {item};
        const Status bad = ana.save(edit);
        QCOMPARE(bad.error().code, StoreError::Code::Invalid);
        QCOMPARE(snapshot(m_db), before);
        // A move to Lost without a reason as well.
        edit.items.clear();
        edit.itemsChanged = false;
        edit.deal.stageId = stage(QStringLiteral("Agreement"));
        QVERIFY(ana.save(edit).ok());
        edit.deal = *ana.get(id);
        edit.deal.stageId = stage(QStringLiteral("Lost"));
        edit.deal.lostReasonId = 0;
        const QString before2 = snapshot(m_db);
        QCOMPARE(ana.save(edit).error().code, StoreError::Code::Invalid);
        QCOMPARE(snapshot(m_db), before2);
    }

    void moveToAnotherPipeline()
    {
        const qint64 id = newDeal(QStringLiteral("ana"));
        DealService ana(m_db, QStringLiteral("ana"));
        const qint64 survey = m_turnkey.stageNamed(QStringLiteral("Site survey"))->id;
        QCOMPARE(ana.moveToPipeline(id, m_turnkey.outcome(Stage::Kind::Won)->id).error().code,
                 StoreError::Code::Invalid);
        QVERIFY(ana.moveToPipeline(id, survey).ok());
        const Deal d = *ana.get(id);
        QCOMPARE(d.pipelineId, m_turnkey.id);
        QCOMPARE(d.stageId, survey);
        const StageChange last = ana.history(id)->last();
        QCOMPARE(last.fromStageId, stage(QStringLiteral("Presentation")));
        QCOMPARE(last.toStageId, survey);
    }

    void searchMatchesTitleOrContact()
    {
        Contact c;
        c.givenName = QStringLiteral("Zoltan");
        c.familyName = QStringLiteral("Kovacs");
        const Result<qint64> contact = ContactService(m_db, m_admin).create(c);
        QVERIFY(contact.ok());
        const qint64 withContact = newDeal(QStringLiteral("ana"));
        DealService admin(m_db, m_admin);
        Deal d = *admin.get(withContact);
        d.contactId = *contact;
        QVERIFY(admin.update(d).ok());
        newDeal(QStringLiteral("ana"));
        DealFilter f;
        f.search = QStringLiteral("kovac");
        QCOMPARE(*admin.count(f), 1);
        QCOMPARE(admin.list(f, 10)->first().id, withContact);
        f.search = QStringLiteral("fit-out");
        QCOMPARE(*admin.count(f), 2);
        f.search = QStringLiteral("100%_");
        QCOMPARE(*admin.count(f), 0);
        // The found deals follow writes: a new deal with the text in its title is found at once.
        f.search = QStringLiteral("kovac");
        QCOMPARE(*admin.count(f), 1);
        Deal more = *admin.get(withContact);
        more.title = QStringLiteral("Kovacs follow-up");
        more.contactId = 0;
        const qint64 second = newDeal(QStringLiteral("ana"));
        more.id = second;
        QVERIFY(admin.update(more).ok());
        QCOMPARE(*admin.count(f), 2);
        // A sales manager's search stays within what he may see.
        QCOMPARE(*DealService(m_db, QStringLiteral("ivan")).count(f), 0);
    }

    void searchMatchesTheStartOfTitleWords()
    {
        DealService admin(m_db, m_admin);
        const auto titled = [&](const QString &title) {
            const qint64 id = newDeal(QStringLiteral("ana"));
            Deal d = *admin.get(id);
            d.title = title;
            if (!admin.update(d).ok())
                qFatal("cannot rename the deal");
            return id;
        };
        const qint64 cafe = titled(QStringLiteral("Café Ștefan #5000"));
        const qint64 order = titled(QStringLiteral("Order #50001"));
        const qint64 flat = titled(QStringLiteral("Flat W2 N15"));
        const auto found = [&](const QString &text) {
            DealFilter f;
            f.search = text;
            QList<qint64> ids;
            for (const DealSummary &s : *admin.list(f, 100))
                ids.append(s.id);
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        // Word starts, case and accents aside; every word must match.
        QCOMPARE(found(QStringLiteral("#5000")), (QList<qint64>{cafe, order}));
        QCOMPARE(found(QStringLiteral("cafe STEF")), QList<qint64>{cafe});
        QCOMPARE(found(QStringLiteral("café 50001")), QList<qint64>{});
        // A letter-digit run is one word.
        QCOMPARE(found(QStringLiteral("W1")), QList<qint64>{});
        QCOMPARE(found(QStringLiteral("w2")), QList<qint64>{flat});
        // Nothing to search for (punctuation, wildcards, quotes): no deal rather than all.
        for (const QString &text : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("*"),
                                    QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("#")}) {
            DealFilter f;
            f.search = text;
            QCOMPARE(*admin.count(f), 0);
        }
        // A renamed deal is found by its new title at once (the title index follows every write).
        Deal renamed = *admin.get(order);
        renamed.title = QStringLiteral("Renamed order");
        QVERIFY(admin.update(renamed).ok());
        QCOMPARE(found(QStringLiteral("#5000")), QList<qint64>{cafe});
        QCOMPARE(found(QStringLiteral("renamed")), QList<qint64>{order});
    }

    // ---- pipelines ----

    void processOwnerEditsPipelines()
    {
        PipelineService petru(m_db, QStringLiteral("petru"));
        const Result<qint64> pipeline = petru.addPipeline(QStringLiteral("Service contracts"));
        QVERIFY2(pipeline.ok(), qPrintable(pipeline.error().fullText()));
        QCOMPARE(petru.addPipeline(QStringLiteral("sales")).error().code, StoreError::Code::Invalid);
        Pipeline p = *petru.pipeline(*pipeline);
        QCOMPARE(p.stages.size(), 3);
        QCOMPARE(p.stages.at(1).kind, Stage::Kind::Won);
        QCOMPARE(p.stages.at(2).kind, Stage::Kind::Lost);
        QVERIFY(petru.renamePipeline(*pipeline, QStringLiteral("Service")).ok());
        QCOMPARE(petru.pipeline(*pipeline)->name, QStringLiteral("Service"));
        QCOMPARE(petru.renamePipeline(*pipeline, QStringLiteral("SALES")).error().code,
                 StoreError::Code::Invalid);

        // add, rename, recolour, reorder
        Stage offer;
        offer.name = QStringLiteral("Offer");
        offer.colour = QStringLiteral("#112233");
        offer.probability = 30;
        offer.checkpointDays = 5;
        offer.position = -1; // after the open stages
        const Result<qint64> offerId = petru.addStage(*pipeline, offer);
        QVERIFY(offerId.ok());
        p = *petru.pipeline(*pipeline);
        Stage renamed = *p.stageById(*offerId);
        renamed.name = QStringLiteral("Quote");
        renamed.colour = QStringLiteral("#AABBCC");
        QVERIFY(petru.updateStage(renamed).ok());
        p = *petru.pipeline(*pipeline);
        QCOMPARE(p.stageById(*offerId)->name, QStringLiteral("Quote"));
        QCOMPARE(p.stageById(*offerId)->colour, QStringLiteral("#aabbcc"));
        const Status reordered = petru.reorderStages(*pipeline, {*offerId, p.stages.first().id});
        QVERIFY2(reordered.ok(), qPrintable(reordered.error().fullText()));
        QCOMPARE(petru.pipeline(*pipeline)->stages.first().id, *offerId);

        // The last open stage stays.
        QVERIFY(petru.deleteStage(p.stages.first().id).ok());
        const QString before = snapshot(m_db);
        const Status last = petru.deleteStage(*offerId);
        QCOMPARE(last.error().code, StoreError::Code::Invalid);
        QVERIFY2(last.error().message.contains(QStringLiteral("last open stage")),
                 qPrintable(last.error().message));
        QCOMPARE(snapshot(m_db), before);
    }

    void deletingAStageWithDealsMovesThemWithHistory()
    {
        const qint64 a = newDeal(QStringLiteral("ana"));
        const qint64 b = newDeal(QStringLiteral("ivan"));
        PipelineService petru(m_db, QStringLiteral("petru"));
        const qint64 presentation = stage(QStringLiteral("Presentation"));
        const qint64 agreement = stage(QStringLiteral("Agreement"));
        QVERIFY(DealService(m_db, m_admin).moveToStage(a, agreement).ok());

        // Refused without a target, or with a target in another pipeline.
        QString before = snapshot(m_db);
        QCOMPARE(petru.deleteStage(agreement).error().code, StoreError::Code::Invalid);
        QCOMPARE(petru.deleteStage(agreement, m_turnkey.stages.first().id).error().code,
                 StoreError::Code::Invalid);
        QCOMPARE(snapshot(m_db), before);

        const qint64 history = scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_stage_history"));
        QVERIFY(petru.deleteStage(agreement, presentation).ok());
        QCOMPARE(DealService(m_db, m_admin).get(a)->stageId, presentation);
        QCOMPARE(DealService(m_db, m_admin).get(b)->stageId, presentation);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM deal_stage_history")), history + 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT deal_id, from_stage_id, to_stage_id, actor, via FROM "
                                      "deal_stage_history ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), a);
        QCOMPARE(q.value(1).toLongLong(), agreement);
        QCOMPARE(q.value(2).toLongLong(), presentation);
        QCOMPARE(q.value(3).toString(), QStringLiteral("petru"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("user"));
        reloadPipelines();
        QVERIFY(!m_sales.stageById(agreement));
    }

    void salesManagerCannotEditPipelines()
    {
        PipelineService ana(m_db, QStringLiteral("ana"));
        const QString before = snapshot(m_db);
        Stage s;
        s.name = QStringLiteral("Mine");
        QCOMPARE(ana.addPipeline(QStringLiteral("Mine")).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.renamePipeline(m_sales.id, QStringLiteral("Mine")).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(ana.addStage(m_sales.id, s).error().code, StoreError::Code::Denied);
        Stage existing = *m_sales.stageNamed(QStringLiteral("Agreement"));
        existing.colour = QStringLiteral("#000000");
        QCOMPARE(ana.updateStage(existing).error().code, StoreError::Code::Denied);
        QList<qint64> open;
        for (const Stage &st : m_sales.stages) {
            if (st.kind == Stage::Kind::Open)
                open.prepend(st.id);
        }
        QCOMPARE(ana.reorderStages(m_sales.id, open).error().code, StoreError::Code::Denied);
        QCOMPARE(ana.deleteStage(existing.id, stage(QStringLiteral("Presentation"))).error().code,
                 StoreError::Code::Denied);
        // A director neither.
        QCOMPARE(PipelineService(m_db, QStringLiteral("olena")).addStage(m_sales.id, s).error().code,
                 StoreError::Code::Denied);
        QCOMPARE(snapshot(m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestDealsUiServices)
#include "tst_dealsuiservices.moc"
