// The company list model: lazy, sorted and searched in SQL, under QAbstractItemModelTester.
#include "../testutil.h"
#include "crm/companyservice.h"
#include "demo/demogenerator.h"
#include "models/companylistmodel.h"

#include <QAbstractItemModelTester>

class TestCompanyListModel : public QObject
{
    Q_OBJECT

private slots:
    void listSearchSortTrash()
    {
        TempDatabase t;
        QVERIFY(DemoGenerator::generate(*t.db(), {1000, 400, 5, {}}).ok());
        CompanyListModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 400);
        QString previous;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString name = model.index(r, CompanyListModel::NameColumn).data().toString();
            QVERIFY(!name.isEmpty());
            previous = name;
        }
        model.sort(CompanyListModel::IndustryColumn, Qt::AscendingOrder);
        QString lastIndustry;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString industry = model.index(r, CompanyListModel::IndustryColumn).data().toString();
            QVERIFY(industry >= lastIndustry);
            lastIndustry = industry;
        }
        model.setSearchText(QStringLiteral("srl"));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 400);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, CompanyListModel::NameColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("SRL")));
        model.setSearchText(QString());

        CompanyService service(t.db(), QStringLiteral("t"));
        const qint64 id = model.idAt(0);
        QVERIFY(service.moveToTrash({id}).ok());
        QTRY_COMPARE(model.rowCount(), 399);
        CompanyListModel trash(t.db());
        trash.setShowTrash(true);
        QCOMPARE(trash.rowCount(), 1);
        QCOMPARE(trash.idAt(0), id);
        const int contacts = trash.index(0, CompanyListModel::ContactsColumn).data().toInt();
        QVERIFY(contacts >= 0);
    }
};

QTEST_GUILESS_MAIN(TestCompanyListModel)
#include "tst_companylistmodel.moc"
