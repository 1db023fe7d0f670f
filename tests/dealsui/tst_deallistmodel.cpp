// The deal list model on a demo database: the model tester, sorting against SQL, the filters (pipeline,
// stage, owner, search over title and contact) against DealService::count, what a sales manager sees,
// and the list following changes.
#include "crm/contactservice.h"
#include "crm/dealservice.h"
#include "crm/pipelineservice.h"
#include "demo/dealgenerator.h"
#include "demo/demogenerator.h"
#include "models/deallistmodel.h"
#include "store/systemuser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDealListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTester();
    void newestFirstThenSorted();
    void filtersMatchTheService();
    void searchFindsTitleAndContact();
    void salesManagerSeesOwnDeals();
    void followsChanges();

private:
    qint64 scalar(const QString &sql) const;
    QString salesManager() const;

    QTemporaryDir m_dir;
    DatabasePtr m_db;
    QString m_admin;
};

void TestDealListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<DatabasePtr> opened = Database::open(m_dir.filePath(QStringLiteral("list.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    m_db = *opened;
    m_admin = SystemUser::login();
    DemoGenerator::Options contacts;
    contacts.contacts = 300;
    contacts.seed = 5;
    QVERIFY(DemoGenerator::generate(*m_db, contacts).ok());
    DealGenerator::Options deals;
    deals.deals = 1500;
    deals.seed = 5;
    const Status dealt = DealGenerator::generate(*m_db, deals);
    QVERIFY2(dealt.ok(), qPrintable(dealt.error().fullText()));
}

qint64 TestDealListModel::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString TestDealListModel::salesManager() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT login FROM app_user WHERE role = 'sales_manager' ORDER BY login LIMIT 1"));
    q.next();
    return q.value(0).toString();
}

void TestDealListModel::modelTester()
{
    DealListModel model(m_db, m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
    for (int column = 0; column < model.columnCount(); ++column)
        model.sort(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    model.setPipelineFilter(1);
    model.setSearchText(QStringLiteral("a"));
    model.setOwnerFilter(salesManager());
    model.setFilter({});
    QVERIFY(model.lastError().isEmpty());
}

void TestDealListModel::newestFirstThenSorted()
{
    DealListModel model(m_db, m_admin);
    QCOMPARE(model.rowCount(),
             int(scalar(QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL"))));
    QCOMPARE(model.idAt(0), scalar(QStringLiteral("SELECT max(id) FROM deal WHERE deleted_at IS NULL")));

    // Amount: by currency, then amount, across page boundaries.
    model.sort(DealListModel::AmountColumn, Qt::DescendingOrder);
    QString lastCurrency;
    qint64 lastAmount = 0;
    for (int row = 0; row < 400; ++row) {
        const QString currency = model.index(row, DealListModel::CurrencyColumn).data().toString();
        const qint64 amount = model.index(row, 0).data(DealListModel::kAmountMinorRole).toLongLong();
        if (row > 0 && currency == lastCurrency)
            QVERIFY2(amount <= lastAmount, qPrintable(QStringLiteral("row %1").arg(row)));
        if (row > 0)
            QVERIFY(currency <= lastCurrency);
        lastCurrency = currency;
        lastAmount = amount;
    }
    QVERIFY(model.index(0, DealListModel::AmountColumn)
                .data()
                .toString()
                .endsWith(model.index(0, DealListModel::CurrencyColumn).data().toString()));

    // Title: as SQL orders it.
    model.sort(DealListModel::TitleColumn, Qt::AscendingOrder);
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT id FROM deal WHERE deleted_at IS NULL ORDER BY title, id LIMIT 300")));
    for (int row = 0; q.next(); ++row)
        QCOMPARE(model.idAt(row), q.value(0).toLongLong());
    // The last row reads as fast as the first (backwards from the end).
    QVERIFY(q.exec(
        QStringLiteral("SELECT id FROM deal WHERE deleted_at IS NULL ORDER BY title DESC, id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(model.idAt(model.rowCount() - 1), q.value(0).toLongLong());
    QCOMPARE(model.rowOfId(q.value(0).toLongLong()), model.rowCount() - 1);
}

void TestDealListModel::filtersMatchTheService()
{
    DealListModel model(m_db, m_admin);
    DealService deals(m_db, m_admin);
    const Result<QList<Pipeline>> pipelines = PipelineService(m_db, m_admin).pipelines();
    QVERIFY(pipelines.ok());
    for (const Pipeline &p : *pipelines) {
        DealFilter f;
        f.pipelineId = p.id;
        model.setFilter(f);
        QCOMPARE(qint64(model.rowCount()), *deals.count(f));
        for (int row = 0; row < qMin(50, model.rowCount()); ++row)
            QCOMPARE(model.index(row, DealListModel::PipelineColumn).data().toString(), p.name);
        for (const Stage &s : p.stages) {
            f.stageId = s.id;
            model.setFilter(f);
            QCOMPARE(qint64(model.rowCount()), *deals.count(f));
            if (model.rowCount() > 0)
                QCOMPARE(model.index(0, DealListModel::StageColumn).data().toString(), s.name);
        }
    }
    DealFilter byOwner;
    byOwner.owner = salesManager();
    model.setFilter(byOwner);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(qint64(model.rowCount()), *deals.count(byOwner));
    // A stage of another pipeline selects nothing.
    DealFilter mismatch;
    mismatch.pipelineId = pipelines->at(0).id;
    mismatch.stageId = pipelines->at(1).stages.first().id;
    model.setFilter(mismatch);
    QCOMPARE(model.rowCount(), 0);
}

void TestDealListModel::searchFindsTitleAndContact()
{
    DealListModel model(m_db, m_admin);
    // A deal with a contact: its family name finds it.
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT d.id, c.family_name FROM deal d JOIN contact c ON c.id = d.contact_id "
                              "WHERE d.deleted_at IS NULL AND length(c.family_name) > 3 LIMIT 1")));
    QVERIFY(q.next());
    const qint64 dealId = q.value(0).toLongLong();
    const QString family = q.value(1).toString();
    model.setSearchText(family);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowOfId(dealId) >= 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString title = model.index(row, DealListModel::TitleColumn).data().toString();
        const QString contact = model.index(row, DealListModel::ContactColumn).data().toString();
        const qint64 id = model.idAt(row);
        const bool contactMatches =
            scalar(QStringLiteral("SELECT count(*) FROM deal d WHERE d.id = %1 AND d.contact_id IN "
                                  "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH '%2*')")
                       .arg(id)
                       .arg(family.toLower())) > 0;
        QVERIFY2(title.contains(family, Qt::CaseInsensitive) || contactMatches,
                 qPrintable(QStringLiteral("%1 / %2").arg(title, contact)));
    }
    // A title word.
    const QString title = model.index(0, DealListModel::TitleColumn).data().toString();
    model.setSearchText(title);
    QVERIFY(model.rowCount() >= 1);
    model.setSearchText(QStringLiteral("no deal is called this"));
    QCOMPARE(model.rowCount(), 0);
}

void TestDealListModel::salesManagerSeesOwnDeals()
{
    const QString login = salesManager();
    DealListModel model(m_db, login);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(qint64(model.rowCount()), *DealService(m_db, login).count({}));
    QVERIFY(model.rowCount() <
            int(scalar(QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL"))));
    model.sort(DealListModel::OwnerColumn, Qt::AscendingOrder);
    const QString shown = model.index(0, DealListModel::OwnerColumn).data().toString();
    const QString last = model.index(model.rowCount() - 1, DealListModel::OwnerColumn).data().toString();
    QCOMPARE(shown, last); // one owner only
}

void TestDealListModel::followsChanges()
{
    DealListModel model(m_db, m_admin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Deal d;
    d.title = QStringLiteral("Brand-new listed deal");
    d.pipelineId = 1;
    d.amountMinor = 123456;
    d.currency = QStringLiteral("EUR");
    const Result<qint64> id = DealService(m_db, m_admin).create(d);
    QVERIFY(id.ok());
    QVERIFY(reset.size() >= 1);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.idAt(0), *id);
    QCOMPARE(model.index(0, DealListModel::TitleColumn).data().toString(), d.title);
    QVERIFY(model.index(0, DealListModel::AmountColumn).data().toString().contains(QStringLiteral("EUR")));
}

QTEST_GUILESS_MAIN(TestDealListModel)
#include "tst_deallistmodel.moc"
