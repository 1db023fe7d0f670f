// Custom fields defined in settings: typed values, clear errors naming the field.
#include "../testutil.h"
#include "crm/customfieldservice.h"

class TestCustomFields : public QObject
{
    Q_OBJECT

private slots:
    void defineListRemove()
    {
        TempDatabase t;
        CustomFieldService service(t.db(), QStringLiteral("admin"));
        CustomField f;
        f.entity = QStringLiteral("company");
        f.key = QStringLiteral("segment");
        f.label = QStringLiteral("Segment");
        f.type = CustomField::Type::Choice;
        f.choices = {QStringLiteral("SMB"), QStringLiteral("Enterprise")};
        const Result<qint64> id = service.define(f);
        QVERIFY(id.ok());
        const auto fields = *service.fields(QStringLiteral("company"));
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().choices, f.choices);
        QCOMPARE(fields.first().type, CustomField::Type::Choice);
        QVERIFY(service.fields(QStringLiteral("contact"))->isEmpty());
        const Result<qint64> twice = service.define(f);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QStringLiteral("segment")));
        QVERIFY(service.remove(*id).ok());
        QVERIFY(service.fields(QStringLiteral("company"))->isEmpty());
        QVERIFY(!service.remove(*id).ok());
    }

    void badDefinitions_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("type");
        QTest::newRow("unknown entity") << "invoice"
                                        << "x"
                                        << "X" << int(CustomField::Type::Text);
        QTest::newRow("key with spaces") << "contact"
                                         << "room area"
                                         << "X" << int(CustomField::Type::Text);
        QTest::newRow("empty label") << "contact"
                                     << "area"
                                     << " " << int(CustomField::Type::Number);
        QTest::newRow("choice without choices") << "contact"
                                                << "kind"
                                                << "Kind" << int(CustomField::Type::Choice);
    }
    void badDefinitions()
    {
        QFETCH(QString, entity);
        QFETCH(QString, key);
        QFETCH(QString, label);
        QFETCH(int, type);
        TempDatabase t;
        CustomFieldService service(t.db(), QStringLiteral("admin"));
        CustomField f;
        f.entity = entity;
        f.key = key;
        f.label = label;
        f.type = CustomField::Type(type);
        QVERIFY(!service.define(f).ok());
        QVERIFY(service.fields(QStringLiteral("contact"))->isEmpty());
    }

    void valuesAreCheckedByType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("number") << int(CustomField::Type::Number) << QVariant(QStringLiteral("12.5"))
                                << "12.5";
        QTest::newRow("number refused")
            << int(CustomField::Type::Number) << QVariant(QStringLiteral("abc")) << "";
        QTest::newRow("date") << int(CustomField::Type::Date) << QVariant(QDate(2026, 5, 1)) << "2026-05-01";
        QTest::newRow("date text") << int(CustomField::Type::Date) << QVariant(QStringLiteral("2026-05-01"))
                                   << "2026-05-01";
        QTest::newRow("date refused")
            << int(CustomField::Type::Date) << QVariant(QStringLiteral("May")) << "";
        QTest::newRow("yes") << int(CustomField::Type::YesNo) << QVariant(true) << "1";
        QTest::newRow("no text") << int(CustomField::Type::YesNo) << QVariant(QStringLiteral("no")) << "0";
        QTest::newRow("yes/no refused")
            << int(CustomField::Type::YesNo) << QVariant(QStringLiteral("maybe")) << "";
        QTest::newRow("choice") << int(CustomField::Type::Choice) << QVariant(QStringLiteral("SMB")) << "SMB";
        QTest::newRow("choice refused")
            << int(CustomField::Type::Choice) << QVariant(QStringLiteral("Gov")) << "";
    }
    void valuesAreCheckedByType()
    {
        QFETCH(int, type);
        QFETCH(QVariant, value);
        QFETCH(QString, stored);
        CustomField f;
        f.label = QStringLiteral("Field");
        f.type = CustomField::Type(type);
        f.choices = {QStringLiteral("SMB"), QStringLiteral("Enterprise")};
        const Result<QString> r = CustomFieldService::toStored(f, value);
        if (stored.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(QStringLiteral("Field")));
        } else {
            QVERIFY(r.ok());
            QCOMPARE(*r, stored);
        }
    }
};

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"
