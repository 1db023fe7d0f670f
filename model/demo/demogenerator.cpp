#include "demogenerator.h"

#include "bulkload.h"
#include "democatalog.h"
#include "demonames.h"
#include "rowqueue.h"
#include "sidefts.h"
#include "store/sqlitebulk.h"
#include "store/timestamps.h"
#include "text/phonenumbers.h"
#include "text/textfold.h"

#include <QDateTime>
#include <QDebug>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QTimeZone>

#include <sqlite3.h>

#include <random>

#include <time.h>

namespace {

using Bytes = QByteArray;

// A vocabulary entry with everything a row needs, folded and converted once.
struct Word
{
    Bytes native; // as shown
    Bytes folded; // for sort keys
    Bytes words;  // folded words for the search document
    Bytes latin;  // for e-mail addresses
};

Word makeWord(const char *native, const char *latin = "")
{
    const QString text = QString::fromUtf8(native);
    return {Bytes(native), TextFold::sortKey(text).toUtf8(), TextFold::words(text).join(u' ').toUtf8(),
            Bytes(latin)};
}

struct LocaleData
{
    const DemoNames::Locale *locale = nullptr;
    QList<Word> maleGiven, femaleGiven, maleFamily, femaleFamily;
    QList<Word> cities, streets, positions, domains;
};

struct Phone
{
    Bytes display, e164, reversedNational;
};

// One demo contact, made on the generating thread and written on the database thread.
struct ContactRow
{
    Bytes given, family, nameKey, position, companyKey, birthday, address, source, owner, created, doc;
    qint64 companyId = 0;
    QList<Bytes> emails;
    QList<Phone> phones;
};

using ContactQueue = RowQueue<ContactRow>;

struct CompanyRow
{
    qint64 id = 0;
    Bytes folded;
    Bytes words;
};

class Generator
{
public:
    Generator(sqlite3 *db, const DemoGenerator::Options &options, QString region,
              const DemoCatalog::Words &words)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
        , m_region(std::move(region))
        , m_words(words)
    {
        for (const DemoNames::Locale &l : DemoNames::locales())
            m_locales.append(prepare(l));
        m_owners = options.owner.isEmpty() ? QList<Bytes>{"ana.popescu", "ivan.petrov", "olena.kovalenko",
                                                          "john.smith", "maria.ionescu"}
                                           : QList<Bytes>{options.owner.toUtf8()};
        prepareDates();
    }

    Status run(BulkLoad &load, const DemoGenerator::Progress &progress);

private:
    static LocaleData prepare(const DemoNames::Locale &l)
    {
        LocaleData d;
        d.locale = &l;
        for (const auto &n : l.maleGiven)
            d.maleGiven.append(makeWord(n.native, n.latin));
        for (const auto &n : l.femaleGiven)
            d.femaleGiven.append(makeWord(n.native, n.latin));
        for (const auto &n : l.family) {
            d.maleFamily.append(makeWord(n.native, n.latin));
            Bytes nativeStore, latinStore;
            const DemoNames::Name f = DemoNames::femaleFamily(l, n, &nativeStore, &latinStore);
            d.femaleFamily.append(makeWord(f.native, f.latin));
        }
        for (const char *c : l.cities)
            d.cities.append(makeWord(c));
        for (const char *s : l.streets)
            d.streets.append(makeWord(s));
        for (const char *p : l.positions)
            d.positions.append(makeWord(p));
        for (const char *m : l.mailDomains)
            d.domains.append(makeWord(m));
        return d;
    }

    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T>
    const T &pickFrom(const QList<T> &list)
    {
        return list.at(pick(int(list.size())));
    }
    const LocaleData &pickLocale()
    {
        const int r = pick(100); // ro 35%, ru 25%, uk 25%, en 15%
        return m_locales.at(r < 35 ? 0 : r < 60 ? 1 : r < 85 ? 2 : 3);
    }
    Bytes digits(int count)
    {
        Bytes out(count, '0');
        for (int i = 0; i < count; ++i)
            out[i] = char('0' + pick(10));
        return out;
    }
    // Dates are made once, back from the day of "now": the data is the same for a seed and a "now".
    void prepareDates()
    {
        const QDate today = m_options.now.toUTC().date();
        for (int d = 0; d <= 4 * 365; ++d)
            m_days.append(today.addDays(-d).toString(Qt::ISODate).toLatin1());
        const QDate firstBirthday(1950, 1, 1);
        for (int d = 0; d < 55 * 365; ++d)
            m_birthdays.append(firstBirthday.addDays(d).toString(Qt::ISODate).toLatin1());
    }
    Bytes timestamp(int daysBack) { return timestampAt(daysBack, pick(86400)); }
    Bytes timestampAt(int daysBack, int secondOfDay) const
    {
        char time[] = "T00:00:00.000Z";
        const int parts[] = {secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60};
        for (int i = 0; i < 3; ++i) {
            time[1 + 3 * i] = char('0' + parts[i] / 10);
            time[2 + 3 * i] = char('0' + parts[i] % 10);
        }
        return m_days.at(daysBack) + time;
    }
    // The n-th of count records made over the last spanDays days: records arrive in the order they
    // were created, as they do in a real database, so created_at grows with the id.
    Bytes createdAt(qint64 n, qint64 count, int spanDays)
    {
        const qint64 span = qint64(spanDays) * 86400;
        const qint64 step = qMax<qint64>(1, span / qMax<qint64>(1, count));
        const qint64 second =
            qMin(span - 1, n * span / qMax<qint64>(1, count) + pick(int(qMin<qint64>(step, 86400))));
        return timestampAt(spanDays - int(second / 86400), int(second % 86400));
    }

    Phone makePhone(const LocaleData &l);
    Status insertCompanies(qint64 count);
    Status insertContacts(qint64 count, const DemoGenerator::Progress &progress, qint64 total, qint64 done,
                          SideFts *fts);
    void makeContact(ContactRow &row);

    sqlite3 *m_db;
    DemoGenerator::Options m_options;
    std::mt19937_64 m_rng;
    QString m_region;
    const DemoCatalog::Words &m_words;
    QList<LocaleData> m_locales;
    QList<Bytes> m_owners;
    QList<CompanyRow> m_companies;
    qint64 m_companyCursor = 0;
    int m_companyStepPerMillion = 1000000;
    qint64 m_contactIndex = 0;
    qint64 m_contactCount = 1;
    QList<Bytes> m_days;
    QList<Bytes> m_birthdays;
};

Phone Generator::makePhone(const LocaleData &l)
{
    const Bytes code(l.locale->countryCode);
    const Bytes lc(l.locale->code);
    Bytes nsn;
    Bytes intl;
    Bytes national;
    Bytes nationalRegion;
    if (lc == "ro") {
        nsn = "7" + digits(8);
        intl = "+40 " + nsn.mid(0, 3) + ' ' + nsn.mid(3, 3) + ' ' + nsn.mid(6);
        national = "0" + nsn.mid(0, 3) + '-' + nsn.mid(3, 3) + '-' + nsn.mid(6);
        nationalRegion = "RO";
    } else if (lc == "ru") {
        nsn = "9" + digits(9);
        intl = "+7 (" + nsn.mid(0, 3) + ") " + nsn.mid(3, 3) + '-' + nsn.mid(6, 2) + '-' + nsn.mid(8);
        national = "8 " + nsn.mid(0, 3) + ' ' + nsn.mid(3, 3) + '-' + nsn.mid(6, 2) + '-' + nsn.mid(8);
        nationalRegion = "RU";
    } else if (lc == "uk") {
        static const char *operators[] = {"50", "63", "66", "67", "68", "73",
                                          "93", "95", "96", "97", "98", "99"};
        nsn = Bytes(operators[pick(12)]) + digits(7);
        intl = "+380 " + nsn.mid(0, 2) + ' ' + nsn.mid(2, 3) + ' ' + nsn.mid(5, 2) + ' ' + nsn.mid(7);
        national = "0" + nsn.mid(0, 2) + ' ' + nsn.mid(2, 3) + ' ' + nsn.mid(5, 2) + ' ' + nsn.mid(7);
        nationalRegion = "UA";
    } else {
        nsn = "7" + digits(9);
        intl = "+44 " + nsn.mid(0, 4) + ' ' + nsn.mid(4);
        national = "0" + nsn.mid(0, 4) + ' ' + nsn.mid(4);
        nationalRegion = "GB";
    }
    // Numbers of the database's own region are often written the national way.
    const bool useNational = m_region.toLatin1() == nationalRegion && chance(40);
    Bytes reversed = nsn;
    std::reverse(reversed.begin(), reversed.end());
    return {useNational ? national : intl, Bytes("+" + code + nsn), reversed};
}

Status Generator::insertCompanies(qint64 count)
{
    SqliteStatement company(m_db, "INSERT INTO company (name, name_key, industry, website, address, owner, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement channel(m_db, "INSERT INTO company_channel (company_id, kind, label, value, normalized, "
                                  "digits_rev, position) VALUES (?, ?, ?, ?, ?, ?, 0)");
    SqliteStatement search(m_db, "INSERT INTO company_search (id, doc) VALUES (?, ?)");
    if (!company.isValid() || !channel.isValid() || !search.isValid())
        return StoreError::make(StoreError::Code::Sql, DemoGenerator::tr("Preparing the demo data failed."),
                                company.errorText());
    // Companies are made first, then written in the order of their names with growing creation times:
    // ids follow the name order, so the indexes led by the company (contacts by company, by company
    // name) grow at their end while the contacts are written company by company.
    struct Made
    {
        Bytes name, folded, words, industry, website, email, address, owner;
        QStringList docWords;
        Phone phone;
    };
    QList<Made> made;
    made.reserve(int(count));
    QHash<Bytes, int> seen;
    for (qint64 i = 0; i < count; ++i) {
        const LocaleData &l = pickLocale();
        const DemoNames::Locale &loc = *l.locale;
        const Bytes w1(loc.companyWords.at(pick(int(loc.companyWords.size()))));
        const Bytes w2(loc.companyWords.at(pick(int(loc.companyWords.size()))));
        const Bytes form(loc.companyForms.at(pick(int(loc.companyForms.size()))));
        const bool formFirst = Bytes(loc.code) == "ru" || Bytes(loc.code) == "uk";
        const Bytes core = w1 == w2 ? w1 : w1 + ' ' + w2;
        Bytes name = formFirst ? Bytes(form + " «" + core + "»") : Bytes(core + ' ' + form);
        const Word &city = pickFrom(l.cities);
        if (int &n = seen[name]; n++ > 0)
            name += " (" + city.native + (n > 1 ? Bytes(", " + Bytes::number(n)) : Bytes()) + ')';
        const QString nameText = QString::fromUtf8(name);
        const Bytes slug = TextFold::words(QString::fromUtf8(core)).join(u'-').toUtf8();
        const bool latinSlug = !slug.isEmpty() && slug.at(0) >= 'a' && slug.at(0) <= 'z';
        const Bytes tld = Bytes(loc.code) == "en" ? ".co.uk" : ".ro";
        Made m;
        m.name = name;
        m.folded = TextFold::sortKey(nameText).toUtf8();
        m.words = TextFold::words(nameText).join(u' ').toUtf8();
        m.industry = pickFrom(m_words.industries);
        m.website = latinSlug ? Bytes("www." + slug + tld) : Bytes();
        m.email = latinSlug ? Bytes("office@" + slug + tld) : Bytes();
        m.address = pickFrom(l.streets).native + ' ' + Bytes::number(1 + pick(120)) + ", " + city.native;
        m.owner = pickFrom(m_owners);
        m.phone = makePhone(l);
        m.docWords = TextFold::words(nameText);
        if (!m.website.isEmpty()) {
            m.docWords += TextFold::words(QString::fromLatin1(m.website));
            m.docWords += TextFold::words(QString::fromLatin1(m.email));
        }
        made.append(std::move(m));
    }
    std::stable_sort(made.begin(), made.end(),
                     [](const Made &x, const Made &y) { return x.folded < y.folded; });

    m_companies.reserve(int(count));
    for (qint64 i = 0; i < count; ++i) {
        const Made &m = made.at(int(i));
        company.bind(1, m.name);
        company.bind(2, m.folded);
        company.bind(3, m.industry);
        company.bind(4, m.website);
        company.bind(5, m.address);
        company.bind(6, m.owner);
        const Bytes created = createdAt(i, count, 4 * 365);
        company.bind(7, created);
        company.bind(8, created);
        if (!company.run())
            return StoreError::make(StoreError::Code::Sql,
                                    DemoGenerator::tr("Writing demo companies failed."), company.errorText());
        const qint64 id = company.lastInsertId();
        channel.bind(1, id);
        channel.bind(2, Bytes("phone"));
        channel.bind(3, Bytes("office"));
        channel.bind(4, m.phone.display);
        channel.bind(5, m.phone.e164);
        channel.bind(6, m.phone.reversedNational);
        channel.run();
        if (!m.website.isEmpty()) {
            channel.bind(1, id);
            channel.bind(2, Bytes("email"));
            channel.bind(3, Bytes("office"));
            channel.bind(4, m.email);
            channel.bind(5, m.email);
            channel.bindNull(6);
            channel.run();
        }
        search.bind(1, id);
        search.bind(2, m.docWords.join(u' ').toUtf8());
        if (!search.run())
            return StoreError::make(StoreError::Code::Sql,
                                    DemoGenerator::tr("Writing demo companies failed."), search.errorText());
        m_companies.append({id, m.folded, m.words});
    }
    return okStatus();
}

// CPU time of the calling thread, for the timing report: which side of the queue is the bottleneck.
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// The search document holds each word once, as SearchDocument makes it.
Bytes distinctWords(const Bytes &words)
{
    QList<Bytes> seen;
    Bytes out;
    out.reserve(words.size());
    for (const Bytes &word : words.split(' ')) {
        if (word.isEmpty() || seen.contains(word))
            continue;
        seen.append(word);
        if (!out.isEmpty())
            out += ' ';
        out += word;
    }
    return out;
}

void Generator::makeContact(ContactRow &row)
{
    const LocaleData &l = pickLocale();
    const bool female = chance(50);
    const Word &given = pickFrom(female ? l.femaleGiven : l.maleGiven);
    const int familyIndex = pick(int(l.maleFamily.size()));
    const Word &family = (female ? l.femaleFamily : l.maleFamily).at(familyIndex);
    // Contacts arrive company by company (a company's people are entered together), a quarter without one.
    const CompanyRow *company = nullptr;
    if (!m_companies.isEmpty() && chance(75)) {
        company = &m_companies.at(int(qMin<qint64>(m_companyCursor, m_companies.size() - 1)));
        if (pick(1000000) < m_companyStepPerMillion)
            ++m_companyCursor;
    }
    row.given = given.native;
    row.family = family.native;
    row.nameKey = family.folded + ' ' + given.folded;
    row.position = company ? pickFrom(l.positions).native : Bytes();
    row.companyId = company ? company->id : 0;
    row.companyKey = company ? company->folded : Bytes();
    row.birthday = chance(80) ? m_birthdays.at(pick(int(m_birthdays.size()))) : Bytes();
    row.address =
        pickFrom(l.streets).native + ' ' + Bytes::number(1 + pick(200)) + ", " + pickFrom(l.cities).native;
    row.source = pickFrom(m_words.sources);
    row.owner = pickFrom(m_owners);
    row.created = createdAt(m_contactIndex++, m_contactCount, 3 * 365);

    row.doc = given.words + ' ' + family.words;
    if (company)
        row.doc += ' ' + company->words;
    row.emails.clear();
    const int emailCount = chance(85) ? (chance(20) ? 2 : 1) : 0;
    for (int e = 0; e < emailCount; ++e) {
        const Word &domain = pickFrom(l.domains);
        const Bytes number = chance(50) ? Bytes::number(pick(100)) : Bytes();
        const Bytes local = (e == 0 ? Bytes(given.latin + '.') : given.latin.left(1)) + family.latin + number;
        row.emails.append(local + '@' + domain.native);
        // The words of the address as TextFold::words() splits it: a number stays with the name.
        row.doc += ' ' + (e == 0 ? Bytes(given.latin + ' ' + family.latin + number)
                                 : Bytes(given.latin.left(1) + family.latin + number));
        row.doc += ' ' + domain.words;
    }
    row.doc = distinctWords(row.doc);
    row.phones.clear();
    const int phoneCount = chance(90) ? (chance(25) ? 2 : 1) : 0;
    for (int p = 0; p < phoneCount; ++p)
        row.phones.append(makePhone(l));
}

Status Generator::insertContacts(qint64 count, const DemoGenerator::Progress &progress, qint64 total,
                                 qint64 done, SideFts *fts)
{
    BulkInsert contact(m_db,
                       "INSERT INTO contact (id, given_name, family_name, name_key, position, company_id, "
                       "company_key, birthday, address, source, owner, created_at, updated_at)",
                       13);
    BulkInsert channel(m_db,
                       "INSERT INTO contact_channel (contact_id, kind, label, value, normalized, digits_rev, "
                       "position)",
                       7);
    BulkInsert search(m_db, "INSERT INTO contact_search (id, doc)", 2);
    if (!contact.isValid() || !channel.isValid() || !search.isValid())
        return StoreError::make(StoreError::Code::Sql, DemoGenerator::tr("Preparing the demo data failed."),
                                contact.errorText());

    constexpr int kBatch = 5000;
    // A company's contacts come together; a slightly slow step leaves the last companies without any
    // rather than piling the surplus on the last one.
    m_contactIndex = 0;
    m_contactCount = qMax<qint64>(1, count);
    m_companyCursor = 0;
    m_companyStepPerMillion = int(qBound<qint64>(
        qint64(1), qint64(m_companies.size()) * 1000000 * 98 / 100 / qMax<qint64>(1, count * 3 / 4),
        qint64(1000000)));
    ContactQueue queue;
    // Ids are given here, in order, so that the rows of one contact can be written together (and the
    // side search index knows them as the documents are made).
    const qint64 firstId = BulkLoad::nextId(m_db, "contact");
    qint64 id = firstId;
    qint64 makerCpuMs = 0;
    const qint64 writerCpuStart = threadCpuMs();
    QThread *maker = QThread::create([&] {
        for (qint64 made = 0; made < count && !queue.cancelled();) {
            ContactQueue::Batch batch(int(qMin<qint64>(kBatch, count - made)));
            for (ContactRow &row : batch)
                makeContact(row);
            if (fts) {
                SideFts::Queue::Batch docs;
                docs.reserve(batch.size());
                for (int i = 0; i < batch.size(); ++i)
                    docs.append({firstId + made + i, batch.at(i).doc});
                fts->queue().push(std::move(docs));
            }
            made += batch.size();
            queue.push(std::move(batch));
        }
        makerCpuMs = threadCpuMs();
        queue.finish();
    });
    maker->start();
    const auto stop = [&](StoreError error) {
        queue.cancel();
        ContactQueue::Batch rest;
        while (queue.pop(&rest)) {
        }
        maker->wait();
        delete maker;
        return error;
    };
    const auto failed = [&](const BulkInsert &insert) {
        return stop(StoreError::make(StoreError::Code::Sql,
                                     DemoGenerator::tr("Writing demo contacts failed."), insert.errorText()));
    };

    const Bytes email("email"), phoneKind("phone"), work("work"), mobile("mobile"), personal("personal");
    qint64 written = 0;
    ContactQueue::Batch batch;
    while (queue.pop(&batch)) {
        for (const ContactRow &row : std::as_const(batch)) {
            contact.integer(id);
            contact.text(row.given);
            contact.text(row.family);
            contact.text(row.nameKey);
            contact.text(row.position);
            if (row.companyId)
                contact.integer(row.companyId);
            else
                contact.null();
            contact.text(row.companyKey);
            if (row.birthday.isEmpty())
                contact.null();
            else
                contact.text(row.birthday);
            contact.text(row.address);
            contact.text(row.source);
            contact.text(row.owner);
            contact.text(row.created);
            contact.text(row.created);
            if (!contact.endRow())
                return failed(contact);
            for (int e = 0; e < row.emails.size(); ++e) {
                channel.integer(id);
                channel.text(email);
                channel.text(e == 0 ? work : personal);
                channel.text(row.emails.at(e));
                channel.text(row.emails.at(e));
                channel.null();
                channel.integer(e);
                if (!channel.endRow())
                    return failed(channel);
            }
            for (int p = 0; p < row.phones.size(); ++p) {
                const Phone &phone = row.phones.at(p);
                channel.integer(id);
                channel.text(phoneKind);
                channel.text(p == 0 ? mobile : work);
                channel.text(phone.display);
                channel.text(phone.e164);
                channel.text(phone.reversedNational);
                channel.integer(p);
                if (!channel.endRow())
                    return failed(channel);
            }
            search.integer(id);
            search.text(row.doc);
            if (!search.endRow())
                return failed(search);
            ++id;
        }
        // The batch's text is about to go: write what still points into it.
        if (!contact.flush())
            return failed(contact);
        if (!channel.flush())
            return failed(channel);
        if (!search.flush())
            return failed(search);
        written += batch.size();
        if (progress && !progress(done + written, total))
            return stop(StoreError::make(StoreError::Code::Invalid,
                                         DemoGenerator::tr("Cancelled; nothing was added.")));
    }
    maker->wait();
    delete maker;
    if (BulkLoad::timing())
        qInfo("demo: contacts cpu: writer %lld ms, maker %lld ms", threadCpuMs() - writerCpuStart,
              makerCpuMs);
    return okStatus();
}

Status Generator::run(BulkLoad &load, const DemoGenerator::Progress &progress)
{
    const qint64 companies =
        m_options.companies >= 0 ? m_options.companies : qMax<qint64>(1, m_options.contacts / 20);
    const qint64 total = companies + m_options.contacts;
    QElapsedTimer phase;
    phase.start();
    const auto mark = [&](const char *what) {
        if (BulkLoad::timing())
            qInfo("demo: %s %lld ms", what, phase.restart());
    };
    // Indexes that grow at their end as rows arrive (led by the id, the creation time or the company,
    // see insertCompanies) are cheaper to keep than to rebuild.
    if (Status s = load.begin(
            {"contact", "contact_channel", "contact_search", "company", "company_channel", "company_search"},
            {"contact_sort_keys", "contact_channel_by_contact", "contact_by_created", "contact_by_company",
             "contact_by_company_name", "contact_in_trash", "contact_by_owner", "company_by_name",
             "company_by_created", "company_in_trash", "company_channel_by_company"});
        !s) {
        return s;
    }
    if (Status s = DemoCatalog::applyLanguage(m_db, m_options.language); !s)
        return s;
    if (Status s = insertCompanies(companies); !s)
        return s;
    if (progress && !progress(companies, total))
        return StoreError::make(StoreError::Code::Invalid,
                                DemoGenerator::tr("Cancelled; nothing was added."));
    mark("companies");
    // The contacts' search index is built beside the load when it starts empty (see SideFts).
    std::unique_ptr<SideFts> fts;
    if (SideFts::usable(m_db, "contact_fts", "contact_search")) {
        fts = std::make_unique<SideFts>(m_db, "contact_fts");
        if (!fts->start())
            fts.reset();
    }
    if (Status s = insertContacts(m_options.contacts, progress, total, companies, fts.get()); !s)
        return s;
    mark("contacts");
    if (Status s = load.rebuild(); !s)
        return s;
    phase.restart();
    const bool sideDone = fts && fts->finish();
    fts.reset();
    mark("side fts");
    if (Status s =
            SqliteBulk::exec(m_db, sideDone ? "INSERT INTO company_fts (company_fts) VALUES ('rebuild');"
                                            : "INSERT INTO contact_fts (contact_fts) VALUES ('rebuild');"
                                              "INSERT INTO company_fts (company_fts) VALUES ('rebuild');");
        !s) {
        return s;
    }
    mark("fts");
    const Bytes event = "INSERT INTO event (occurred_at, type, entity, actor, payload) VALUES ('" +
                        Timestamps::toText(m_options.now).toLatin1() +
                        "', 'demo.generated', 'database', 'demo', json_object('contacts', " +
                        Bytes::number(m_options.contacts) + ", 'companies', " + Bytes::number(companies) +
                        ", 'seed', " + Bytes::number(m_options.seed) + "))";
    if (Status s = SqliteBulk::exec(m_db, event.constData()); !s)
        return s;
    return load.commit();
}

} // namespace

Status DemoGenerator::generate(const Database &db, const Options &options, const Progress &progress)
{
    if (options.contacts < 0)
        return StoreError::invalid(tr("The number of contacts cannot be negative."));
    sqlite3 *handle = db.handle();
    if (!handle)
        return StoreError::make(StoreError::Code::Sql, tr("The database is not open."));
    const QString region =
        db.setting(QStringLiteral("phone.default_region"), PhoneNumbers::defaultRegionFromLocale());
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
        Generator generator(handle, resolved, region, DemoCatalog::words(resolved.language));
        result = generator.run(load, progress);
    }
    if (result) {
        emit db.notifier()->changed(QStringLiteral("contact"), {});
        emit db.notifier()->changed(QStringLiteral("company"), {});
    }
    return result;
}
