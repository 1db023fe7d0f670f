#include "democatalog.h"

#include "store/sqlitebulk.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <sqlite3.h>

namespace {

// One word in the four languages, UTF-8.
struct Text
{
    const char *en;
    const char *ro;
    const char *ru;
    const char *uk;

    const char *in(int language) const
    {
        const char *all[] = {en, ro, ru, uk};
        return all[language];
    }
};

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("ro"), QStringLiteral("ru"),
                                QStringLiteral("uk")};
const QString kLanguageSetting = QStringLiteral("database.language");

int indexOf(const QString &code)
{
    return qMax(0, int(kLanguages.indexOf(code)));
}

// What migration 004 seeds, by id.
const QList<Text> kPipelines = {
    {"Sales", "Vânzări", "Продажи", "Продажі"},
    {"Turnkey renovation", "Renovare la cheie", "Ремонт под ключ", "Ремонт під ключ"},
};
const QList<Text> kStages = {
    {"Presentation", "Prezentare", "Презентация", "Презентація"},
    {"Commercial proposal", "Ofertă comercială", "Коммерческое предложение", "Комерційна пропозиція"},
    {"Agreement", "Acord", "Согласование", "Узгодження"},
    {"Payment", "Plată", "Оплата", "Оплата"},
    {"Event", "Eveniment", "Мероприятие", "Захід"},
    {"Closing", "Închidere", "Закрытие", "Закриття"},
    {"Won", "Câștigat", "Выиграна", "Виграна"},
    {"Lost", "Pierdut", "Проиграна", "Програна"},
    {"Request", "Solicitare", "Заявка", "Заявка"},
    {"Site survey", "Măsurători", "Выезд на замер", "Виїзд на замір"},
    {"Estimate", "Deviz", "Смета", "Кошторис"},
    {"Contract", "Contract", "Договор", "Договір"},
    {"Works in progress", "Lucrări în curs", "Выполнение работ", "Виконання робіт"},
    {"Acceptance", "Recepție", "Приёмка", "Приймання"},
    {"Won", "Câștigat", "Выиграна", "Виграна"},
    {"Lost", "Pierdut", "Проиграна", "Програна"},
};
const QList<Text> kLostReasons = {
    {"Price too high", "Preț prea mare", "Слишком высокая цена", "Зависока ціна"},
    {"Chose a competitor", "A ales un concurent", "Выбрали конкурента", "Обрали конкурента"},
    {"No budget", "Fără buget", "Нет бюджета", "Немає бюджету"},
    {"No response", "Nu mai răspunde", "Нет ответа", "Немає відповіді"},
    {"Timing not right", "Moment nepotrivit", "Неподходящее время", "Невчасно"},
};

// The route maps and what their elements and roles are called.
const QList<Text> kMapWords = {
    {"Complaint handling", "Gestionarea reclamațiilor", "Работа с жалобами", "Робота зі скаргами"},
    {"Marketing event", "Eveniment de marketing", "Маркетинговое мероприятие", "Маркетинговий захід"},
    {"Assignment", "Însărcinare", "Поручение", "Доручення"},
    // assignment.bpmn
    {"Accepted?", "Acceptat?", "Принято?", "Прийнято?"},
    {"Check the result", "Verifică rezultatul", "Проверить результат", "Перевірити результат"},
    {"Do the task", "Execută sarcina", "Выполнить задачу", "Виконати завдання"},
    {"Give the task", "Atribuie sarcina", "Поставить задачу", "Поставити завдання"},
    {"Return with remarks", "Returnează cu observații", "Вернуть с замечаниями", "Повернути із зауваженнями"},
    {"Task closed", "Sarcină închisă", "Задача закрыта", "Завдання закрито"},
    {"Task needed", "E nevoie de o sarcină", "Нужна задача", "Потрібне завдання"},
    {"Work result", "Rezultatul lucrării", "Результат работы", "Результат роботи"},
    {"Yes", "Da", "Да", "Так"},
    {"No", "Nu", "Нет", "Ні"},
    {"Manager", "Manager", "Руководитель", "Керівник"},
    {"Performer", "Executant", "Исполнитель", "Виконавець"},
    // complaint-handling.bpmn
    {"Analyse the cause", "Analizează cauza", "Проанализировать причину", "Проаналізувати причину"},
    {"Compensate the client", "Despăgubește clientul", "Компенсировать клиенту", "Компенсувати клієнтові"},
    {"Complaint closed", "Reclamație închisă", "Жалоба закрыта", "Скаргу закрито"},
    {"Complaint form", "Formular de reclamație", "Бланк жалобы", "Бланк скарги"},
    {"Complaint justified?", "Reclamație întemeiată?", "Жалоба обоснована?", "Скарга обґрунтована?"},
    {"Complaint received", "Reclamație primită", "Жалоба получена", "Скаргу отримано"},
    {"Explain the decision", "Explică decizia", "Объяснить решение", "Пояснити рішення"},
    {"Inform the client", "Informează clientul", "Сообщить клиенту", "Повідомити клієнта"},
    {"Register complaint", "Înregistrează reclamația", "Зарегистрировать жалобу", "Зареєструвати скаргу"},
    {"Customer service", "Relații cu clienții", "Служба поддержки", "Служба підтримки"},
    {"Quality manager", "Manager de calitate", "Менеджер по качеству", "Менеджер з якості"},
    {"Sales manager", "Manager de vânzări", "Менеджер по продажам", "Менеджер з продажу"},
    // marketing-event.bpmn
    {"Book the venue", "Rezervă locația", "Забронировать площадку", "Забронювати майданчик"},
    {"Collect feedback", "Colectează impresiile", "Собрать отзывы", "Зібрати відгуки"},
    {"Event completed", "Eveniment încheiat", "Мероприятие завершено", "Захід завершено"},
    {"Event day", "Ziua evenimentului", "День мероприятия", "День заходу"},
    {"Event decided", "Eveniment aprobat", "Мероприятие утверждено", "Захід затверджено"},
    {"Event report", "Raportul evenimentului", "Отчёт о мероприятии", "Звіт про захід"},
    {"Hold the event", "Desfășoară evenimentul", "Провести мероприятие", "Провести захід"},
    {"Invite the guests", "Invită oaspeții", "Пригласить гостей", "Запросити гостей"},
    {"Plan the event", "Planifică evenimentul", "Спланировать мероприятие", "Спланувати захід"},
    {"Event manager", "Organizator de evenimente", "Организатор мероприятий", "Організатор заходів"},
    {"Marketing manager", "Manager de marketing", "Маркетолог", "Маркетолог"},
    // sales.bpmn (its stages are those of the pipeline)
    {"Act and invoice", "Proces-verbal și factură", "Акт и счёт", "Акт і рахунок"},
    {"Deal closed", "Oportunitate închisă", "Сделка закрыта", "Угоду закрито"},
    {"Lead qualified", "Client potențial calificat", "Лид квалифицирован", "Лід кваліфіковано"},
    {"Meeting protocol", "Proces-verbal al întâlnirii", "Протокол встречи", "Протокол зустрічі"},
    {"Satisfaction questionnaire", "Chestionar de satisfacție", "Анкета удовлетворённости",
     "Анкета задоволеності"},
    {"Accountant", "Contabil", "Бухгалтер", "Бухгалтер"},
};

const QList<DemoCatalog::MapTemplate> kMapTemplates = {
    {":/templates/sales.bpmn", "Sales"},
    {":/templates/complaint-handling.bpmn", "Complaint handling"},
    {":/templates/marketing-event.bpmn", "Marketing event"},
    {":/templates/assignment.bpmn", "Assignment"},
};

const QList<Text> kSalesSubjects = {
    {"CRM licences", "Licențe CRM", "Лицензии CRM", "Ліцензії CRM"},
    {"Annual support", "Suport anual", "Годовая поддержка", "Річна підтримка"},
    {"Staff training", "Instruirea personalului", "Обучение персонала", "Навчання персоналу"},
    {"Equipment supply", "Livrare de echipamente", "Поставка оборудования", "Постачання обладнання"},
    {"Consulting", "Consultanță", "Консалтинг", "Консалтинг"},
    {"Website", "Site web", "Сайт", "Сайт"},
    {"Maintenance", "Mentenanță", "Обслуживание", "Обслуговування"},
    {"Software integration", "Integrare software", "Интеграция ПО", "Інтеграція ПЗ"},
    {"Marketing campaign", "Campanie de marketing", "Маркетинговая кампания", "Маркетингова кампанія"},
    {"Office supplies", "Rechizite de birou", "Канцтовары", "Канцтовари"},
};
const QList<Text> kRenovationSubjects = {
    {"Kitchen renovation", "Renovare bucătărie", "Ремонт кухни", "Ремонт кухні"},
    {"Bathroom renovation", "Renovare baie", "Ремонт ванной", "Ремонт ванної"},
    {"Apartment renovation", "Renovare apartament", "Ремонт квартиры", "Ремонт квартири"},
    {"Office fit-out", "Amenajare birou", "Отделка офиса", "Оздоблення офісу"},
    {"Facade works", "Lucrări la fațadă", "Фасадные работы", "Фасадні роботи"},
    {"Roof repair", "Reparație acoperiș", "Ремонт кровли", "Ремонт покрівлі"},
    {"Flooring", "Pardoseli", "Полы", "Підлога"},
    {"Electrical works", "Lucrări electrice", "Электромонтаж", "Електромонтаж"},
    {"Heating system", "Sistem de încălzire", "Система отопления", "Система опалення"},
    {"Window replacement", "Înlocuire ferestre", "Замена окон", "Заміна вікон"},
};
const QList<Text> kProducts = {
    {"Consulting hour", "Oră de consultanță", "Час консультации", "Година консультації"},
    {"Licence, standard", "Licență, standard", "Лицензия, стандарт", "Ліцензія, стандарт"},
    {"Licence, premium", "Licență, premium", "Лицензия, премиум", "Ліцензія, преміум"},
    {"Support plan", "Abonament de suport", "Пакет поддержки", "Пакет підтримки"},
    {"Training day", "Zi de instruire", "День обучения", "День навчання"},
    {"Installation", "Instalare", "Установка", "Встановлення"},
    {"Laptop", "Laptop", "Ноутбук", "Ноутбук"},
    {"Monitor", "Monitor", "Монитор", "Монітор"},
    {"Office chair", "Scaun de birou", "Офисное кресло", "Офісне крісло"},
    {"Desk", "Masă de birou", "Письменный стол", "Письмовий стіл"},
    {"Ceramic tiles", "Plăci ceramice", "Керамическая плитка", "Керамічна плитка"},
    {"Laminate flooring", "Parchet laminat", "Ламинат", "Ламінат"},
    {"Paint, 10 l", "Vopsea, 10 l", "Краска, 10 л", "Фарба, 10 л"},
    {"Plasterboard", "Gips-carton", "Гипсокартон", "Гіпсокартон"},
    {"Electrical cable", "Cablu electric", "Электрический кабель", "Електричний кабель"},
    {"Window unit", "Fereastră", "Оконный блок", "Віконний блок"},
    {"Door unit", "Ușă", "Дверной блок", "Дверний блок"},
    {"Radiator", "Calorifer", "Радиатор", "Радіатор"},
    {"Boiler", "Centrală termică", "Котёл", "Котел"},
    {"Design project", "Proiect de design", "Дизайн-проект", "Дизайн-проєкт"},
    {"Delivery", "Livrare", "Доставка", "Доставка"},
    {"Waste removal", "Evacuarea molozului", "Вывоз мусора", "Вивезення сміття"},
    {"Site supervision", "Dirigenție de șantier", "Технадзор", "Технагляд"},
    {"Kitchen cabinet", "Corp de bucătărie", "Кухонный шкаф", "Кухонна шафа"},
    {"Bathroom set", "Set de baie", "Комплект для ванной", "Комплект для ванної"},
};
const QList<Text> kUnits = {
    {"pcs", "buc.", "шт.", "шт."},      {"h", "h", "ч", "год"},      {"m²", "m²", "м²", "м²"},
    {"set", "set", "компл.", "компл."}, {"day", "zi", "дн.", "дн."},
};
const QList<Text> kSources = {
    {"Website", "Site web", "Сайт", "Сайт"},
    {"Referral", "Recomandare", "Рекомендация", "Рекомендація"},
    {"Cold call", "Apel la rece", "Холодный звонок", "Холодний дзвінок"},
    {"Exhibition", "Expoziție", "Выставка", "Виставка"},
    {"Advertising", "Publicitate", "Реклама", "Реклама"},
    {"Social media", "Rețele sociale", "Соцсети", "Соцмережі"},
    {"Partner", "Partener", "Партнёр", "Партнер"},
};
const QList<Text> kIndustries = {
    {"Construction", "Construcții", "Строительство", "Будівництво"},
    {"Retail", "Comerț cu amănuntul", "Розничная торговля", "Роздрібна торгівля"},
    {"Manufacturing", "Producție", "Производство", "Виробництво"},
    {"IT services", "Servicii IT", "ИТ-услуги", "ІТ-послуги"},
    {"Logistics", "Logistică", "Логистика", "Логістика"},
    {"Agriculture", "Agricultură", "Сельское хозяйство", "Сільське господарство"},
    {"Healthcare", "Sănătate", "Здравоохранение", "Охорона здоров’я"},
    {"Hospitality", "Ospitalitate", "Гостиничный бизнес", "Готельний бізнес"},
    {"Finance", "Finanțe", "Финансы", "Фінанси"},
    {"Education", "Educație", "Образование", "Освіта"},
    {"Energy", "Energie", "Энергетика", "Енергетика"},
    {"Real estate", "Imobiliare", "Недвижимость", "Нерухомість"},
};
const QList<Text> kTasks = {
    {"Call back", "Sună înapoi", "Перезвонить", "Передзвонити"},
    {"Send the commercial proposal", "Trimite oferta comercială", "Отправить коммерческое предложение",
     "Надіслати комерційну пропозицію"},
    {"Prepare the contract", "Pregătește contractul", "Подготовить договор", "Підготувати договір"},
    {"Meeting at the client's office", "Întâlnire la sediul clientului", "Встреча в офисе клиента",
     "Зустріч в офісі клієнта"},
    {"Send the invoice", "Trimite factura", "Отправить счёт", "Надіслати рахунок"},
    {"Check the payment", "Verifică plata", "Проверить оплату", "Перевірити оплату"},
    {"Agree on the delivery date", "Stabilește data livrării", "Согласовать дату поставки",
     "Узгодити дату постачання"},
    {"Demo of the product", "Demonstrație a produsului", "Демонстрация продукта", "Демонстрація продукту"},
    {"Ask for feedback", "Cere o părere despre colaborare", "Запросить отзыв", "Попросити відгук"},
    {"Confirm the technical details", "Confirmă detaliile tehnice", "Уточнить технические детали",
     "Уточнити технічні деталі"},
};
const QList<Text> kCallNotes = {
    {"Asked for a discount", "A cerut o reducere", "Просил скидку", "Просив знижку"},
    {"Wants the offer by e-mail", "Vrea oferta pe e-mail", "Хочет предложение по e-mail",
     "Хоче пропозицію електронною поштою"},
    {"Call again next week", "Sună din nou săptămâna viitoare", "Перезвонить на следующей неделе",
     "Передзвонити наступного тижня"},
};
const QList<Text> kNotes = {
    {"The client compares us with two other offers.", "Clientul ne compară cu alte două oferte.",
     "Клиент сравнивает нас с двумя другими предложениями.",
     "Клієнт порівнює нас із двома іншими пропозиціями."},
    {"Decision maker: the technical director.", "Decizia o ia directorul tehnic.",
     "Решение принимает технический директор.", "Рішення ухвалює технічний директор."},
    {"Budget approved for next quarter.", "Buget aprobat pentru trimestrul următor.",
     "Бюджет утверждён на следующий квартал.", "Бюджет затверджено на наступний квартал."},
    {"Prefers to be called in the morning.", "Preferă să fie sunat dimineața.", "Предпочитает звонки утром.",
     "Воліє, щоб йому телефонували зранку."},
};

QList<QByteArray> column(const QList<Text> &texts, int language)
{
    QList<QByteArray> out;
    out.reserve(texts.size());
    for (const Text &t : texts)
        out.append(QByteArray(t.in(language)));
    return out;
}

DemoCatalog::Words makeWords(int language)
{
    DemoCatalog::Words w;
    w.salesSubjects = column(kSalesSubjects, language);
    w.renovationSubjects = column(kRenovationSubjects, language);
    w.products = column(kProducts, language);
    w.units = column(kUnits, language);
    w.sources = column(kSources, language);
    w.industries = column(kIndustries, language);
    w.tasks = column(kTasks, language);
    w.callNotes = column(kCallNotes, language);
    w.notes = column(kNotes, language);
    return w;
}

// English name → the Text, over every name translate() knows.
const QHash<QString, const Text *> &nameIndex()
{
    static const QHash<QString, const Text *> index = [] {
        QHash<QString, const Text *> h;
        for (const QList<Text> *list : {&kPipelines, &kStages, &kLostReasons, &kMapWords}) {
            for (const Text &t : *list)
                h.insert(QString::fromUtf8(t.en), &t);
        }
        return h;
    }();
    return index;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoCatalog", text);
}

// Renames the rows 1.. of table whose name is still the English seed's; a name another row already has
// stays as it is.
Status renameSeeds(sqlite3 *db, const char *table, const QList<Text> &seeds, int language)
{
    const QByteArray sql =
        QByteArray("UPDATE OR IGNORE ") + table + " SET name = ?1 WHERE id = ?2 AND name = ?3";
    SqliteStatement rename(db, sql.constData());
    const auto failed = [&] {
        return StoreError::make(StoreError::Code::Sql,
                                tr("Naming the pipelines in the database's language failed."),
                                rename.errorText());
    };
    if (!rename.isValid())
        return failed();
    for (int i = 0; i < seeds.size(); ++i) {
        rename.bind(1, QByteArray(seeds.at(i).in(language)));
        rename.bind(2, qint64(i + 1));
        rename.bind(3, QByteArray(seeds.at(i).en));
        if (!rename.run())
            return failed();
    }
    return okStatus();
}

} // namespace

namespace DemoCatalog {

QStringList languages()
{
    return kLanguages;
}

bool isLanguage(const QString &code)
{
    return kLanguages.contains(code);
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("ro"))
        return QStringLiteral("Română");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("uk"))
        return QStringLiteral("Українська");
    return QStringLiteral("English");
}

QString languageFor(const QString &localeName)
{
    const QString code = localeName.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    return isLanguage(code) ? code : kLanguages.first();
}

QString databaseLanguage(const Database &db)
{
    const QString code = db.setting(kLanguageSetting);
    return isLanguage(code) ? code : kLanguages.first();
}

Result<QString> languageForDemo(const Database &db, const QString &requested)
{
    if (!requested.isEmpty() && !isLanguage(requested))
        return StoreError::invalid(
            tr("“%1” is not a language of the demo data; use en, ro, ru or uk.").arg(requested));
    const QString recorded = db.setting(kLanguageSetting);
    if (requested.isEmpty())
        return isLanguage(recorded) ? recorded : kLanguages.first();
    if (!recorded.isEmpty() && recorded != requested)
        return StoreError::invalid(tr("The data of this database is in %1; demo data cannot be added in %2.")
                                       .arg(nativeName(recorded), nativeName(requested)));
    return requested;
}

const Words &words(const QString &code)
{
    static const QList<Words> all = {makeWords(0), makeWords(1), makeWords(2), makeWords(3)};
    return all.at(indexOf(code));
}

Status applyLanguage(sqlite3 *db, const QString &code)
{
    if (!isLanguage(code))
        return StoreError::invalid(
            tr("“%1” is not a language of the demo data; use en, ro, ru or uk.").arg(code));
    const int language = indexOf(code);
    for (const auto &[table, seeds] : {std::pair{"pipeline", &kPipelines}, std::pair{"stage", &kStages},
                                       std::pair{"lost_reason", &kLostReasons}}) {
        if (Status s = renameSeeds(db, table, *seeds, language); !s)
            return s;
    }
    SqliteStatement setting(db, "INSERT INTO setting (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    setting.bind(1, kLanguageSetting);
    setting.bind(2, code);
    if (!setting.isValid() || !setting.run())
        return StoreError::make(StoreError::Code::Sql, tr("Recording the database's language failed."),
                                setting.errorText());
    return okStatus();
}

Status applyLanguage(const Database &db, const QString &code)
{
    Transaction transaction(db.connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (Status s = applyLanguage(db.handle(), code); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    for (const char *table : {"pipeline", "stage", "lost_reason"})
        emit db.notifier()->changed(QString::fromLatin1(table), {});
    return okStatus();
}

QString translate(const QString &english, const QString &code)
{
    const Text *text = nameIndex().value(english);
    return text ? QString::fromUtf8(text->in(indexOf(code))) : english;
}

QString localizedTemplate(const QString &xml, const QString &code)
{
    if (indexOf(code) == 0)
        return xml;
    // The names of elements and the roles of the Pristriy extension; everything else stays as written.
    static const QRegularExpression attribute(QStringLiteral("\\b(name|role)=\"([^\"<&]*)\""));
    QString out;
    out.reserve(xml.size() + xml.size() / 4);
    qsizetype last = 0;
    for (auto it = attribute.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString english = m.captured(2);
        const QString local = translate(english, code);
        if (local == english)
            continue;
        out += QStringView(xml).mid(last, m.capturedStart(2) - last);
        out += local.toHtmlEscaped();
        last = m.capturedEnd(2);
    }
    out += QStringView(xml).mid(last);
    return out;
}

const QList<MapTemplate> &mapTemplates()
{
    return kMapTemplates;
}

} // namespace DemoCatalog
