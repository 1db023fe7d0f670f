#include "demonames.h"

namespace {

QList<DemoNames::Locale> makeLocales()
{
    using DemoNames::Locale;
    Locale ro{
        "ro",
        "40",
        {{"Ion", "ion"},         {"Andrei", "andrei"},     {"Mihai", "mihai"},   {"Alexandru", "alexandru"},
         {"Ștefan", "stefan"},   {"Gheorghe", "gheorghe"}, {"Vasile", "vasile"}, {"Constantin", "constantin"},
         {"Dumitru", "dumitru"}, {"Florin", "florin"},     {"Răzvan", "razvan"}, {"Cristian", "cristian"},
         {"Bogdan", "bogdan"},   {"Adrian", "adrian"},     {"Marius", "marius"}, {"Sorin", "sorin"},
         {"Lucian", "lucian"},   {"Tudor", "tudor"},       {"Radu", "radu"},     {"Ovidiu", "ovidiu"},
         {"Cătălin", "catalin"}, {"Ionuț", "ionut"},       {"Petru", "petru"},   {"Victor", "victor"}},
        {{"Maria", "maria"},       {"Elena", "elena"},
         {"Ioana", "ioana"},       {"Ana", "ana"},
         {"Andreea", "andreea"},   {"Mihaela", "mihaela"},
         {"Cristina", "cristina"}, {"Alexandra", "alexandra"},
         {"Gabriela", "gabriela"}, {"Irina", "irina"},
         {"Simona", "simona"},     {"Daniela", "daniela"},
         {"Roxana", "roxana"},     {"Oana", "oana"},
         {"Raluca", "raluca"},     {"Loredana", "loredana"},
         {"Ștefania", "stefania"}, {"Bianca", "bianca"},
         {"Diana", "diana"},       {"Corina", "corina"},
         {"Adina", "adina"},       {"Lăcrămioara", "lacramioara"},
         {"Teodora", "teodora"},   {"Camelia", "camelia"}},
        {{"Popescu", "popescu"},
         {"Ionescu", "ionescu"},
         {"Popa", "popa"},
         {"Pop", "pop"},
         {"Radu", "radu"},
         {"Dumitru", "dumitru"},
         {"Stan", "stan"},
         {"Stoica", "stoica"},
         {"Gheorghe", "gheorghe"},
         {"Rusu", "rusu"},
         {"Munteanu", "munteanu"},
         {"Matei", "matei"},
         {"Constantin", "constantin"},
         {"Șerban", "serban"},
         {"Mocanu", "mocanu"},
         {"Moldovan", "moldovan"},
         {"Lungu", "lungu"},
         {"Ciobanu", "ciobanu"},
         {"Diaconu", "diaconu"},
         {"Niculescu", "niculescu"},
         {"Țurcanu", "turcanu"},
         {"Bălan", "balan"},
         {"Toma", "toma"},
         {"Ursu", "ursu"},
         {"Nistor", "nistor"},
         {"Dragomir", "dragomir"},
         {"Cojocaru", "cojocaru"},
         {"Vlad", "vlad"},
         {"Manole", "manole"},
         {"Florea", "florea"},
         {"Enache", "enache"},
         {"Sârbu", "sarbu"},
         {"Mihăilescu", "mihailescu"},
         {"Dobre", "dobre"},
         {"Barbu", "barbu"},
         {"Nedelcu", "nedelcu"}},
        {"București", "Cluj-Napoca", "Iași", "Timișoara", "Constanța", "Brașov", "Chișinău", "Sibiu"},
        {"Strada Victoriei", "Bulevardul Unirii", "Strada Republicii", "Calea Dorobanților",
         "Strada Mihai Eminescu", "Bulevardul Ștefan cel Mare"},
        {"Carpați", "Dunărea", "Transilvania", "Agro", "Construct", "Tehnic", "Nord", "Lumina", "Vest",
         "Prima", "Moldova", "Delta", "Soft", "Invest", "Grup", "Trans"},
        {"SRL", "SA", "SRL-D"},
        {"Director general", "Manager de vânzări", "Contabil-șef", "Inginer", "Specialist achiziții",
         "Director comercial", "Administrator"},
        {"gmail.com", "yahoo.com", "mail.ro", "rdslink.ro"}};
    Locale ru{
        "ru",
        "7",
        {{"Александр", "aleksandr"}, {"Сергей", "sergey"},   {"Дмитрий", "dmitriy"}, {"Андрей", "andrey"},
         {"Алексей", "aleksey"},     {"Иван", "ivan"},       {"Михаил", "mikhail"},  {"Николай", "nikolay"},
         {"Владимир", "vladimir"},   {"Евгений", "evgeniy"}, {"Павел", "pavel"},     {"Артём", "artyom"},
         {"Максим", "maksim"},       {"Олег", "oleg"},       {"Юрий", "yuriy"},      {"Виктор", "viktor"},
         {"Игорь", "igor"},          {"Роман", "roman"},     {"Денис", "denis"},     {"Кирилл", "kirill"}},
        {{"Елена", "elena"},     {"Ольга", "olga"},         {"Наталья", "natalya"},
         {"Татьяна", "tatyana"}, {"Ирина", "irina"},        {"Светлана", "svetlana"},
         {"Анна", "anna"},       {"Мария", "mariya"},       {"Екатерина", "ekaterina"},
         {"Юлия", "yuliya"},     {"Людмила", "lyudmila"},   {"Дарья", "darya"},
         {"Алёна", "alyona"},    {"Ксения", "kseniya"},     {"Вера", "vera"},
         {"Галина", "galina"},   {"Марина", "marina"},      {"Полина", "polina"},
         {"Софья", "sofya"},     {"Валентина", "valentina"}},
        {{"Иванов", "ivanov"},     {"Смирнов", "smirnov"},    {"Кузнецов", "kuznetsov"},
         {"Попов", "popov"},       {"Васильев", "vasilyev"},  {"Петров", "petrov"},
         {"Соколов", "sokolov"},   {"Михайлов", "mikhaylov"}, {"Новиков", "novikov"},
         {"Фёдоров", "fyodorov"},  {"Морозов", "morozov"},    {"Волков", "volkov"},
         {"Алексеев", "alekseev"}, {"Лебедев", "lebedev"},    {"Семёнов", "semyonov"},
         {"Егоров", "egorov"},     {"Павлов", "pavlov"},      {"Козлов", "kozlov"},
         {"Степанов", "stepanov"}, {"Николаев", "nikolaev"},  {"Орлов", "orlov"},
         {"Андреев", "andreev"},   {"Макаров", "makarov"},    {"Никитин", "nikitin"},
         {"Захаров", "zakharov"},  {"Зайцев", "zaytsev"},     {"Соловьёв", "solovyov"},
         {"Борисов", "borisov"},   {"Яковлев", "yakovlev"},   {"Григорьев", "grigoryev"},
         {"Романов", "romanov"},   {"Воробьёв", "vorobyov"}},
        {"Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург", "Самара", "Ростов-на-Дону"},
        {"ул. Ленина", "пр. Мира", "ул. Гагарина", "ул. Садовая", "Невский пр.", "ул. Пушкина"},
        {"Техно", "Строй", "Альфа", "Вектор", "Сибирь", "Волга", "Прогресс", "Восток", "Монолит", "Снаб",
         "Инвест", "Ресурс", "Гранит", "Союз"},
        {"ООО", "АО", "ИП"},
        {"Генеральный директор", "Менеджер по продажам", "Главный бухгалтер", "Инженер",
         "Специалист по закупкам", "Коммерческий директор"},
        {"mail.ru", "yandex.ru", "gmail.com", "bk.ru"}};
    Locale uk{
        "uk",
        "380",
        {{"Олександр", "oleksandr"}, {"Андрій", "andrii"},   {"Сергій", "serhii"},    {"Дмитро", "dmytro"},
         {"Михайло", "mykhailo"},    {"Іван", "ivan"},       {"Василь", "vasyl"},     {"Юрій", "yurii"},
         {"Тарас", "taras"},         {"Богдан", "bohdan"},   {"Олег", "oleh"},        {"Петро", "petro"},
         {"Максим", "maksym"},       {"Віталій", "vitalii"}, {"Ярослав", "yaroslav"}, {"Микола", "mykola"},
         {"Остап", "ostap"},         {"Назар", "nazar"},     {"Роман", "roman"},      {"Євген", "yevhen"}},
        {{"Олена", "olena"},        {"Наталія", "nataliia"}, {"Оксана", "oksana"},      {"Ірина", "iryna"},
         {"Тетяна", "tetiana"},     {"Юлія", "yuliia"},      {"Марія", "mariia"},       {"Ганна", "hanna"},
         {"Світлана", "svitlana"},  {"Людмила", "liudmyla"}, {"Катерина", "kateryna"},  {"Софія", "sofiia"},
         {"Вікторія", "viktoriia"}, {"Галина", "halyna"},    {"Христина", "khrystyna"}, {"Зоряна", "zoriana"},
         {"Лариса", "larysa"},      {"Надія", "nadiia"},     {"Дарина", "daryna"},      {"Ярина", "yaryna"}},
        {{"Шевченко", "shevchenko"},
         {"Коваленко", "kovalenko"},
         {"Бондаренко", "bondarenko"},
         {"Ткаченко", "tkachenko"},
         {"Кравченко", "kravchenko"},
         {"Олійник", "oliinyk"},
         {"Шевчук", "shevchuk"},
         {"Коваль", "koval"},
         {"Поліщук", "polishchuk"},
         {"Бойко", "boiko"},
         {"Ткачук", "tkachuk"},
         {"Савченко", "savchenko"},
         {"Руденко", "rudenko"},
         {"Мельник", "melnyk"},
         {"Мороз", "moroz"},
         {"Лисенко", "lysenko"},
         {"Петренко", "petrenko"},
         {"Клименко", "klymenko"},
         {"Павленко", "pavlenko"},
         {"Кравчук", "kravchuk"},
         {"Гончаренко", "honcharenko"},
         {"Марченко", "marchenko"},
         {"Левченко", "levchenko"},
         {"Ковальчук", "kovalchuk"},
         {"Яковенко", "yakovenko"},
         {"Зінченко", "zinchenko"},
         {"Франко", "franko"},
         {"Грушевський", "hrushevskyi"},
         {"Вишневський", "vyshnevskyi"},
         {"Остапчук", "ostapchuk"}},
        {"Київ", "Львів", "Харків", "Одеса", "Дніпро", "Запоріжжя", "Вінниця", "Івано-Франківськ"},
        {"вул. Хрещатик", "вул. Шевченка", "просп. Свободи", "вул. Франка", "вул. Грушевського",
         "вул. Соборна"},
        {"Укр", "Агро", "Буд", "Дніпро", "Карпати", "Світанок", "Енерго", "Технолюкс", "Галич", "Поділля",
         "Сяйво", "Інвест", "Промінь", "Лан"},
        {"ТОВ", "ПП", "ФОП"},
        {"Директор", "Менеджер з продажу", "Головний бухгалтер", "Інженер", "Фахівець із закупівель",
         "Комерційний директор"},
        {"ukr.net", "gmail.com", "i.ua", "meta.ua"}};
    Locale en{"en",
              "44",
              {{"James", "james"},
               {"John", "john"},
               {"Robert", "robert"},
               {"Michael", "michael"},
               {"William", "william"},
               {"David", "david"},
               {"Richard", "richard"},
               {"Thomas", "thomas"},
               {"Charles", "charles"},
               {"Daniel", "daniel"},
               {"Matthew", "matthew"},
               {"George", "george"},
               {"Oliver", "oliver"},
               {"Harry", "harry"},
               {"Jack", "jack"},
               {"Edward", "edward"}},
              {{"Mary", "mary"},
               {"Patricia", "patricia"},
               {"Jennifer", "jennifer"},
               {"Linda", "linda"},
               {"Elizabeth", "elizabeth"},
               {"Susan", "susan"},
               {"Jessica", "jessica"},
               {"Sarah", "sarah"},
               {"Emily", "emily"},
               {"Olivia", "olivia"},
               {"Amelia", "amelia"},
               {"Charlotte", "charlotte"},
               {"Sophie", "sophie"},
               {"Grace", "grace"},
               {"Chloé", "chloe"},
               {"Zoë", "zoe"}},
              {{"Smith", "smith"},       {"Johnson", "johnson"}, {"Williams", "williams"},
               {"Brown", "brown"},       {"Jones", "jones"},     {"Miller", "miller"},
               {"Davis", "davis"},       {"Wilson", "wilson"},   {"Taylor", "taylor"},
               {"Anderson", "anderson"}, {"Thomas", "thomas"},   {"Jackson", "jackson"},
               {"White", "white"},       {"Harris", "harris"},   {"Martin", "martin"},
               {"Thompson", "thompson"}, {"Evans", "evans"},     {"Walker", "walker"},
               {"O'Brien", "obrien"},    {"Wright", "wright"},   {"Robinson", "robinson"},
               {"Clarke", "clarke"},     {"Hughes", "hughes"},   {"Edwards", "edwards"}},
              {"London", "Manchester", "Birmingham", "Leeds", "Bristol", "Edinburgh", "Cardiff"},
              {"High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "King Street"},
              {"Atlas", "Northern", "Bright", "Summit", "Harbour", "Crown", "Oak", "Pioneer", "Sterling",
               "Apex", "Meridian", "Blue", "Granite", "Horizon"},
              {"Ltd", "PLC", "LLP"},
              {"Managing Director", "Sales Manager", "Finance Director", "Engineer", "Procurement Specialist",
               "Head of Operations"},
              {"gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com"}};
    return {ro, ru, uk, en};
}

bool endsWith(const char *text, const char *suffix)
{
    return QByteArray(text).endsWith(suffix);
}

} // namespace

const QList<DemoNames::Locale> &DemoNames::locales()
{
    static const QList<Locale> all = makeLocales();
    return all;
}

DemoNames::Name DemoNames::femaleFamily(const Locale &locale, const Name &male, QByteArray *nativeStore,
                                        QByteArray *latinStore)
{
    const QByteArray code(locale.code);
    if (code == "ru" && (endsWith(male.native, "ов") || endsWith(male.native, "ев") ||
                         endsWith(male.native, "ёв") || endsWith(male.native, "ин"))) {
        *nativeStore = QByteArray(male.native) + "а";
        *latinStore = QByteArray(male.latin) + "a";
        return {nativeStore->constData(), latinStore->constData()};
    }
    if (code == "uk" && endsWith(male.native, "ський")) {
        QByteArray n(male.native);
        n.chop(int(QByteArray("ий").size()));
        *nativeStore = n + "а";
        QByteArray l(male.latin);
        l.chop(2);
        *latinStore = l + "a";
        return {nativeStore->constData(), latinStore->constData()};
    }
    return male;
}

const QList<const char *> DemoNames::industries = {
    "Construction", "Retail",      "Manufacturing", "IT services", "Logistics", "Agriculture",
    "Healthcare",   "Hospitality", "Finance",       "Education",   "Energy",    "Real estate"};

const QList<const char *> DemoNames::sources = {"Website",     "Referral",     "Cold call", "Exhibition",
                                                "Advertising", "Social media", "Partner"};
