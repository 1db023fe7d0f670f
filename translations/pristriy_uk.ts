<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pristriy</source>
        <translation>Про Pristriy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pristriy %1&lt;/h3&gt;&lt;p&gt;A desktop CRM that puts your company&apos;s business processes on screen: contacts, companies, pipelines and route maps.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pristriy %1&lt;/h3&gt;&lt;p&gt;Настільна CRM-система, що виводить бізнес-процеси вашої компанії на екран: контакти, компанії, воронки та карти процесів.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Поширюється на умовах GNU General Public License версії 3 або (на ваш вибір) будь-якої пізнішої версії (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Зібрано з Qt %1, працює на Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivityGenerator</name>
    <message>
        <source>Preparing the demo tasks and calls failed.</source>
        <translation>Не вдалося підготувати демонстраційні завдання та дзвінки.</translation>
    </message>
    <message>
        <source>Writing the demo tasks and calls failed.</source>
        <translation>Не вдалося записати демонстраційні завдання та дзвінки.</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Активності&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>Додати &amp;завдання…</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>&amp;Записати дзвінок…</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>Додати н&amp;отатку…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Save the record first; then tasks, calls and notes can be added.</source>
        <translation>Спершу збережіть запис; після цього можна буде додавати завдання, дзвінки та нотатки.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Завдання (%1)</translation>
    </message>
    <message>
        <source>Missed, incoming</source>
        <translation>Пропущений, вхідний</translation>
    </message>
    <message>
        <source>Unanswered, outgoing</source>
        <translation>Без відповіді, вихідний</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Calls (%1)</source>
        <translation>Дзвінки (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Нотатки (%1)</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Поділитися…</translation>
    </message>
    <message>
        <source>Let other users see and change this record</source>
        <translation>Дозволити іншим користувачам переглядати та змінювати цей запис</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Absence of “%1”</source>
        <translation>Відсутність: «%1»</translation>
    </message>
    <message>
        <source>While away, “%1” is shown as away and counts as unavailable when work is handed out. Both days are included.</source>
        <translation>На час відсутності «%1» позначається як відсутній і не враховується під час розподілу роботи. Обидві дати включно.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>&amp;Mark Away</source>
        <translation>&amp;Позначити відсутність</translation>
    </message>
    <message>
        <source>&amp;Not Away</source>
        <translation>З&amp;няти відсутність</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Останній день раніше за перший.</translation>
    </message>
</context>
<context>
    <name>AxisScale</name>
    <message>
        <source>%1 K</source>
        <comment>thousands, shortened: 20 K</comment>
        <translation>%1 тис.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions, shortened: 60 M</comment>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billions (thousands of millions), shortened: 2 B</comment>
        <translation>%1 млрд</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log Call</source>
        <translation>Записати дзвінок</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Прийнятий</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущений</translation>
    </message>
    <message>
        <source>+40 721 234 567</source>
        <translation>+380 67 123 4567</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Напрямок:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Тривал&amp;ість:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Нотат&amp;ки:</translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>Reading or saving the call failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти дзвінок; нічого не змінено.</translation>
    </message>
    <message>
        <source>A call needs a phone number or the contact or company it was with.</source>
        <translation>Для дзвінка потрібен номер телефону або контакт чи компанія, з якими він відбувся.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it has no digits.</source>
        <translation>«%1» не є номером телефону: у ньому немає цифр.</translation>
    </message>
    <message>
        <source>The call&apos;s notes</source>
        <translation>Нотатки до дзвінка</translation>
    </message>
    <message>
        <source>A call cannot last less than 0 seconds (%1 given).</source>
        <translation>Дзвінок не може тривати менше 0 секунд (вказано %1).</translation>
    </message>
    <message>
        <source>A missed call has no duration (%1 s given).</source>
        <translation>Пропущений дзвінок не має тривалості (вказано %1 с).</translation>
    </message>
    <message>
        <source>A call cannot start in the future (%1).</source>
        <translation>Дзвінок не може починатися в майбутньому (%1).</translation>
    </message>
    <message>
        <source>A sales manager records their own calls, not those of “%1”.</source>
        <translation>Менеджер з продажу записує лише власні дзвінки, а не дзвінки користувача «%1».</translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation>Немає дзвінка з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>The call %1 was taken by “%2”; a sales manager sees only their own calls and those of records they may see.</source>
        <translation>Дзвінок %1 здійснив користувач «%2»; менеджер з продажу бачить лише власні дзвінки та дзвінки записів, доступних йому.</translation>
    </message>
</context>
<context>
    <name>ChangeTypeCommand</name>
    <message>
        <source>This element cannot become one of that kind.</source>
        <translation>Цей елемент не можна перетворити на елемент такого типу.</translation>
    </message>
    <message>
        <source>The element is already of that kind.</source>
        <translation>Елемент уже має цей тип.</translation>
    </message>
    <message>
        <source>An event sub-process has no sequence flows: remove them first.</source>
        <translation>Подієвий підпроцес не має потоків керування: спершу вилучіть їх.</translation>
    </message>
    <message>
        <source>A start event takes no incoming sequence flow: remove it first.</source>
        <translation>Початкова подія не приймає вхідного потоку керування: спершу вилучіть його.</translation>
    </message>
    <message>
        <source>No sequence flow may leave an end event: remove it first.</source>
        <translation>З кінцевої події не може виходити потік керування: спершу вилучіть його.</translation>
    </message>
</context>
<context>
    <name>ChannelListEditor</name>
    <message>
        <source>work</source>
        <translation>робочий</translation>
    </message>
    <message>
        <source>office</source>
        <translation>офісний</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>особистий</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інший</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашній</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Додати ел. пошту</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Додати телефон</translation>
    </message>
    <message>
        <source>Label: choose one or type your own</source>
        <translation>Мітка: виберіть або введіть власну</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+40 721 234 567</source>
        <translation>+380 67 123 4567</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Вилучити цю ел. пошту</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Вилучити цей телефон</translation>
    </message>
</context>
<context>
    <name>ChannelStore</name>
    <message>
        <source>Saving e-mails and phones failed.</source>
        <translation>Не вдалося зберегти адреси ел. пошти та телефони.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» не є адресою ел. пошти.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» не є номером телефону.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--password-file needs the name of a file holding the password.</source>
        <translation>--password-file потребує назву файлу з паролем.</translation>
    </message>
    <message>
        <source>--password-file goes with --as LOGIN.</source>
        <translation>--password-file використовується разом із --as LOGIN.</translation>
    </message>
    <message>
        <source>--as needs the login of a user.</source>
        <translation>--as потребує логін користувача.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Не вдається прочитати файл пароля %1: %2.</translation>
    </message>
    <message>
        <source>Password of “%1”: </source>
        <translation>Пароль «%1»: </translation>
    </message>
    <message>
        <source>“%1” has a password: give it in the environment variable PRISTRIY_PASSWORD or in a file with --password-file FILE.</source>
        <translation>«%1» має пароль: вкажіть його у змінній середовища PRISTRIY_PASSWORD або у файлі через --password-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”; after %n wrong password(s) in a row the next try waits until %2.</source>
        <translation>Неправильний пароль для «%1»; неправильних паролів поспіль: %n, наступна спроба можлива після %2.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”.</source>
        <translation>Неправильний пароль для «%1».</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “%1”: try again in %n second(s).</source>
        <translation>Забагато неправильних паролів для «%1»: спробуйте знову через %n с.</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Галузь:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Веб&amp;сайт:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефони:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Н&amp;отатки:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробиці</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Нова компанія</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — Компанія</translation>
    </message>
    <message>
        <source>No contacts work here yet.</source>
        <translation>Тут ще не працює жоден контакт.</translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation>&amp;Контакти (%1)</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Відкинути зміни</translation>
    </message>
    <message>
        <source>This company has unsaved changes. Discard them?</source>
        <translation>Ця компанія має незбережені зміни. Відкинути їх?</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Ак&amp;тивності</translation>
    </message>
    <message>
        <source>D&amp;eals (%1)</source>
        <translation>У&amp;годи (%1)</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <source>Search company names (Ctrl+F)</source>
        <translation>Пошук за назвою компанії (Ctrl+F)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>Show only the companies of this industry</source>
        <translation>Показати лише компанії цієї галузі</translation>
    </message>
    <message>
        <source>No companies match “%1”.</source>
        <translation>Немає компаній, що відповідають «%1».</translation>
    </message>
    <message>
        <source>No companies in the industry “%1”.</source>
        <translation>Немає компаній у галузі «%1».</translation>
    </message>
    <message>
        <source>No companies yet.
Use File › New Company to add one.</source>
        <translation>Компаній ще немає.
Щоб додати компанію, виберіть Файл › Нова компанія.</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Saving the company failed; nothing was changed.</source>
        <translation>Не вдалося зберегти компанію; нічого не змінено.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Компанія повинна мати назву.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Назва компанії</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Галузь</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>The company no longer exists (it may have been deleted).</source>
        <translation>Компанії більше не існує (можливо, її видалено).</translation>
    </message>
    <message>
        <source>There is no company with the id %1.</source>
        <translation>Немає компанії з ідентифікатором %1.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Start typing to pick a company; a new name creates one</source>
        <translation>Почніть вводити, щоб вибрати компанію; нова назва створить нову компанію</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Website, fair, referral…</source>
        <translation>Вебсайт, виставка, рекомендація…</translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, newsletter</source>
        <translation>Через кому, напр. vip, розсилка</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>По&amp;сада:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компанія:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефони:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Дата народ&amp;ження:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Новий контакт</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Контакт</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Відкинути зміни</translation>
    </message>
    <message>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation>Цей контакт має незбережені зміни. Відкинути їх?</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message>
        <source>Search names, e-mails, phones and companies (Ctrl+F)</source>
        <translation>Пошук за іменами, ел. поштою, телефонами та компаніями (Ctrl+F)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Show only the contacts from this source</source>
        <translation>Показати лише контакти з цього джерела</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Show only the contacts with this tag</source>
        <translation>Показати лише контакти з цим тегом</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Немає контактів, що відповідають «%1».</translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation>Немає контактів, що відповідають цим фільтрам.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one.</source>
        <translation>Контактів ще немає.
Натисніть Ctrl+N, щоб додати перший.</translation>
    </message>
    <message>
        <source>Show only the contacts of the owners with this name</source>
        <translation>Показати лише контакти відповідальних із цим ім’ям</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Saving the contact failed; nothing was changed.</source>
        <translation>Не вдалося зберегти контакт; нічого не змінено.</translation>
    </message>
    <message>
        <source>A contact needs a given name or a family name.</source>
        <translation>Контакт повинен мати ім’я або прізвище.</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Назва компанії</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>The birthday %1 is in the future.</source>
        <translation>Дата народження %1 — у майбутньому.</translation>
    </message>
    <message>
        <source>The company of this contact no longer exists.</source>
        <translation>Компанії цього контакту більше не існує.</translation>
    </message>
    <message>
        <source>The contact is in the trash; restore it before editing.</source>
        <translation>Контакт у кошику; відновіть його перед редагуванням.</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Немає контакту з ідентифікатором %1.</translation>
    </message>
</context>
<context>
    <name>CreateElementCommand</name>
    <message>
        <source>This diagram has no process to add elements to.</source>
        <translation>У цій діаграмі немає процесу, до якого можна додати елементи.</translation>
    </message>
    <message>
        <source>Drop the lane into a pool.</source>
        <translation>Перетягніть доріжку в пул.</translation>
    </message>
    <message>
        <source>Lanes are added to a pool or next to a lane.</source>
        <translation>Доріжки додаються в пул або поруч з іншою доріжкою.</translation>
    </message>
    <message>
        <source>A boundary event goes on the border of a task or sub-process.</source>
        <translation>Граничну подію розміщують на межі завдання або підпроцесу.</translation>
    </message>
    <message>
        <source>This pool is collapsed: it has no process to add elements to.</source>
        <translation>Цей пул згорнуто: у ньому немає процесу, до якого можна додати елементи.</translation>
    </message>
    <message>
        <source>Drop the element into a pool.</source>
        <translation>Перетягніть елемент у пул.</translation>
    </message>
    <message>
        <source>This pool is collapsed: it has no process to hold lanes.</source>
        <translation>Цей пул згорнуто: у ньому немає процесу, який міг би містити доріжки.</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <source>New Company Field</source>
        <translation>Нове поле компанії</translation>
    </message>
    <message>
        <source>New Contact Field</source>
        <translation>Нове поле контакту</translation>
    </message>
    <message>
        <source>What users see, e.g. Budget</source>
        <translation>Що бачать користувачі, напр. Бюджет</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. budget</source>
        <translation>малі латинські літери, цифри та _, напр. budget</translation>
    </message>
    <message>
        <source>The stable name used by import, export and the command line; it cannot be changed later</source>
        <translation>Незмінна назва, яку використовують імпорт, експорт і командний рядок; пізніше її змінити не можна</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Так/Ні</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>Comma separated, e.g. small, medium, large</source>
        <translation>Через кому, напр. малий, середній, великий</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Підпис:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Варіанти:</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditors</name>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CustomFieldService</name>
    <message>
        <source>Saving custom fields failed.</source>
        <translation>Не вдалося зберегти додаткові поля.</translation>
    </message>
    <message>
        <source>The key “%1” must start with a letter and have only lower-case letters, digits and _.</source>
        <translation>Ключ «%1» має починатися з літери й містити лише малі латинські літери, цифри та _.</translation>
    </message>
    <message>
        <source>The custom field “%1” needs a label.</source>
        <translation>Додаткове поле «%1» повинно мати підпис.</translation>
    </message>
    <message>
        <source>The choice field “%1” needs at least one choice.</source>
        <translation>Поле вибору «%1» повинно мати принаймні один варіант.</translation>
    </message>
    <message>
        <source>There is already a custom field with the key “%1”.</source>
        <translation>Додаткове поле з ключем «%1» уже існує.</translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation>Додаткового поля більше не існує.</translation>
    </message>
    <message>
        <source>“%1” expects a number, not “%2”.</source>
        <translation>Поле «%1» очікує число, а не «%2».</translation>
    </message>
    <message>
        <source>“%1” expects a date (YYYY-MM-DD), not “%2”.</source>
        <translation>Поле «%1» очікує дату (РРРР-ММ-ДД), а не «%2».</translation>
    </message>
    <message>
        <source>“%1” expects yes or no, not “%2”.</source>
        <translation>Поле «%1» очікує «так» або «ні», а не «%2».</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices of “%2”: %3.</source>
        <translation>«%1» не є одним із варіантів поля «%2»: %3.</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>Невідомий тип поля.</translation>
    </message>
    <message>
        <source>There is no custom field “%1”.</source>
        <translation>Немає додаткового поля «%1».</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not “%1”.</source>
        <translation>Додаткові поля належать контактам, компаніям або угодам, а не «%1».</translation>
    </message>
</context>
<context>
    <name>DashboardBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Немає даних для показу</translation>
    </message>
    <message>
        <source>%1: %2
Click to list these deals</source>
        <translation>%1: %2
Клацніть, щоб переглянути список цих угод</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>Count each deal:</source>
        <translation>Враховувати кожну угоду:</translation>
    </message>
    <message>
        <source>in the stage it is &amp;in now</source>
        <translation>на етапі, де вона &amp;зараз</translation>
    </message>
    <message>
        <source>Current: every deal once, in its stage today; Won and Lost are bands too.</source>
        <translation>Поточний: кожна угода один раз, на її сьогоднішньому етапі; «Виграна» і «Програна» теж є смугами.</translation>
    </message>
    <message>
        <source>in every stage it has &amp;reached (conversion funnel)</source>
        <translation>на кожному етапі, якого вона дос&amp;ягла (воронка конверсії)</translation>
    </message>
    <message>
        <source>Reached: a deal counts in the furthest stage it has ever reached and in every stage before it, so no band is wider than the one above. A lost deal has reached the stage it was lost in.</source>
        <translation>Досягнутий: угода враховується на найдальшому етапі, якого вона будь-коли досягала, і на кожному етапі перед ним, тому жодна смуга не ширша за смугу над нею. Програна угода вважається такою, що досягла етапу, на якому її програно.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>створення</translation>
    </message>
    <message>
        <source>Entered their stage</source>
        <translation>переходу на поточний етап</translation>
    </message>
    <message>
        <source>Which date of a deal the period applies to: when it was created, or when it entered the stage it is in now.</source>
        <translation>До якої дати угоди застосовується період: дати створення чи дати переходу на етап, на якому вона зараз.</translation>
    </message>
    <message>
        <source>Deals &amp;that were:</source>
        <translation>&amp;Угоди за датою:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Відповідальні:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Stages: conversion and time in stage</source>
        <translation>Етапи: конверсія та час на етапі</translation>
    </message>
    <message>
        <source>Lost deals by reason</source>
        <translation>Програні угоди за причинами</translation>
    </message>
    <message>
        <source>No lost deals</source>
        <translation>Немає програних угод</translation>
    </message>
    <message>
        <source>Lost deals by the stage they were lost in</source>
        <translation>Програні угоди за етапом, на якому їх програно</translation>
    </message>
    <message>
        <source>No deals won</source>
        <translation>Немає виграних угод</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджери</translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation>Експортувати таблицю у CSV…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Експорт таблиці у CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Dashboard as &amp;PNG…</source>
        <translation>Зберегти панель показників як &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Dashboard as PNG</source>
        <translation>Збереження панелі показників як PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>Не вдалося записати «%1».</translation>
    </message>
    <message>
        <source>Save Dashboard as P&amp;DF…</source>
        <translation>Зберегти панель показників як P&amp;DF…</translation>
    </message>
    <message>
        <source>Save Dashboard as PDF</source>
        <translation>Збереження панелі показників як PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;Stages Table as CSV…</source>
        <translation>Експортувати таблицю &amp;етапів у CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Managers Table as CSV…</source>
        <translation>Експортувати таблицю &amp;менеджерів у CSV…</translation>
    </message>
    <message>
        <source>Export Lost &amp;Reasons as CSV…</source>
        <translation>Експортувати причини п&amp;рограшу у CSV…</translation>
    </message>
    <message>
        <source>Export Revenue by &amp;Month as CSV…</source>
        <translation>Експортувати виторг за м&amp;ісяцями у CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Д&amp;рук…</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln owner(s)</source>
        <translation>
            <numerusform>%Ln відповідальний</numerusform>
            <numerusform>%Ln відповідальні</numerusform>
            <numerusform>%Ln відповідальних</numerusform>
        </translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Усі джерела</translation>
    </message>
    <message>
        <source>No pipeline</source>
        <translation>Немає воронки</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>Не вдалося підрахувати: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now in stage:&lt;/b&gt; every deal once, in the stage it is in today.</source>
        <translation>&lt;b&gt;Зараз на етапі:&lt;/b&gt; кожна угода один раз, на етапі, де вона є сьогодні.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reached stage:&lt;/b&gt; a deal counts in the furthest stage it has ever reached and in every stage before it; a lost deal has reached the stage it was lost in.</source>
        <translation>&lt;b&gt;Досягнутий етап:&lt;/b&gt; угода враховується на найдальшому етапі, якого вона будь-коли досягала, і на кожному етапі перед ним; програна угода вважається такою, що досягла етапу, на якому її програно.</translation>
    </message>
    <message>
        <source>Deals in the filter</source>
        <translation>Угоди у фільтрі</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програна</translation>
    </message>
    <message>
        <source>Win rate (won of closed)</source>
        <translation>Частка виграних (від закритих)</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Виторг за виграними</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other currency(s), see the tooltip</source>
        <translation>
            <numerusform>і ще %Ln валюта, див. підказку</numerusform>
            <numerusform>і ще %Ln валюти, див. підказку</numerusform>
            <numerusform>і ще %Ln валют, див. підказку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), %1</source>
        <translation>
            <numerusform>%Ln угода, %1</numerusform>
            <numerusform>%Ln угоди, %1</numerusform>
            <numerusform>%Ln угод, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue won by month, %1</source>
        <translation>Виторг за виграними за місяцями, %1</translation>
    </message>
    <message>
        <source>All deals of %1</source>
        <translation>Усі угоди: %1</translation>
    </message>
    <message>
        <source>%1 — in it now (%2)</source>
        <translation>%1 — зараз на етапі (%2)</translation>
    </message>
    <message>
        <source>%1 — reached it or went further (%2)</source>
        <translation>%1 — досягли етапу або пройшли далі (%2)</translation>
    </message>
    <message>
        <source>Lost: %1 (%2)</source>
        <translation>Програно: %1 (%2)</translation>
    </message>
    <message>
        <source>Lost (%1)</source>
        <translation>Програні (%1)</translation>
    </message>
    <message>
        <source>Lost while in %1 (%2)</source>
        <translation>Програні на етапі %1 (%2)</translation>
    </message>
    <message>
        <source>Spent time in %1 and moved on (%2)</source>
        <translation>Пробули на етапі %1 і пішли далі (%2)</translation>
    </message>
    <message>
        <source>Won in %1 (%2)</source>
        <translation>Виграні за %1 (%2)</translation>
    </message>
    <message>
        <source>Deals of %1 (%2)</source>
        <translation>Угоди: %1 (%2)</translation>
    </message>
    <message>
        <source>Won by %1 (%2)</source>
        <translation>Виграні: %1 (%2)</translation>
    </message>
    <message>
        <source>Lost by %1 (%2)</source>
        <translation>Програні: %1 (%2)</translation>
    </message>
    <message>
        <source>Funnel — %1</source>
        <translation>Воронка — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>The printer “%1” could not be used.</source>
        <translation>Не вдалося використати принтер «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), counted in %1 ms</source>
        <translation>
            <numerusform>%Ln угода, підраховано за %1 мс</numerusform>
            <numerusform>%Ln угоди, підраховано за %1 мс</numerusform>
            <numerusform>%Ln угод, підраховано за %1 мс</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мої</translation>
    </message>
    <message>
        <source>A sales manager&apos;s dashboard counts their own deals only.</source>
        <translation>Панель менеджера з продажу враховує лише його власні угоди.</translation>
    </message>
    <message>
        <source>No deal matches these filters. Widen the period or choose other owners or another source.</source>
        <translation>Жодна угода не відповідає цим фільтрам. Розширте період або виберіть інших відповідальних чи інше джерело.</translation>
    </message>
    <message>
        <source>You own no deals in the pipeline “%1” yet. Deals you add in the Deals area (Ctrl+3) are counted here.</source>
        <translation>У вас поки немає угод у воронці «%1». Угоди, додані в розділі «Угоди» (Ctrl+3), враховуються тут.</translation>
    </message>
    <message>
        <source>No deals in the pipeline “%1” yet. Deals added in the Deals area (Ctrl+3) are counted here.</source>
        <translation>У воронці «%1» поки немає угод. Угоди, додані в розділі «Угоди» (Ctrl+3), враховуються тут.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Pristriy database. Choose another file; this one was not changed.</source>
        <translation>%1 не є базою даних Pristriy. Виберіть інший файл; цей файл не змінено.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program (or wait for it to finish) and try again.</source>
        <translation>Базу даних %1 заблоковано іншою програмою. Закрийте іншу програму (або дочекайтеся завершення її роботи) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Pristriy cannot write to %1. Check that the file and its folder are writable, or copy the file somewhere writable.</source>
        <translation>Pristriy не може записувати в %1. Перевірте, чи файл і його тека доступні для запису, або скопіюйте файл туди, де запис дозволено.</translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation>Не вдалося прочитати базу даних %1: %2</translation>
    </message>
    <message>
        <source>Pristriy cannot read %1: %2</source>
        <translation>Pristriy не може прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pristriy database (it is not an SQLite file). Choose another file; this one was not changed.</source>
        <translation>%1 не є базою даних Pristriy (це не файл SQLite). Виберіть інший файл; цей файл не змінено.</translation>
    </message>
    <message>
        <source>%1 is not a file. Give the path of a database file.</source>
        <translation>%1 не є файлом. Вкажіть шлях до файлу бази даних.</translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is). Pristriy needs to write to it: copy it to a writable folder or change its permissions. The file was not changed.</source>
        <translation>%1 (або його тека) доступний лише для читання. Pristriy потрібно записувати в нього: скопіюйте його в теку, доступну для запису, або змініть права доступу. Файл не змінено.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the new database. Choose another location with --db.</source>
        <translation>Не вдається створити теку %1 для нової бази даних. Виберіть інше розташування за допомогою --db.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Pristriy&apos;s. Choose another file; this one was not changed.</source>
        <translation>%1 — база даних SQLite, але не Pristriy. Виберіть інший файл; цей файл не змінено.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Pristriy (schema %2; this version reads up to %3). Update Pristriy to open it; the file was not changed.</source>
        <translation>%1 створено новішою версією Pristriy (схема %2; ця версія читає схеми до %3). Оновіть Pristriy, щоб відкрити його; файл не змінено.</translation>
    </message>
    <message>
        <source>Before upgrading %1, Pristriy could not save a backup copy to %2, so it did not upgrade. Free some disk space and try again.</source>
        <translation>Перед оновленням %1 Pristriy не вдалося зберегти резервну копію в %2, тому оновлення не виконано. Звільніть місце на диску і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2. Choose another location with --db.</source>
        <translation>Не вдається створити базу даних %1: %2. Виберіть інше розташування за допомогою --db.</translation>
    </message>
    <message>
        <source>A copy made before the upgrade is at %1.</source>
        <translation>Копія, зроблена перед оновленням, зберігається в %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); Pristriy did not change it. %3</source>
        <translation>Базу даних %1 пошкоджено (%2); Pristriy її не змінив. %3</translation>
    </message>
    <message>
        <source>%1 was left half-written by a program that stopped (its journal %2 is still there), and Pristriy cannot tell whether it is one of its databases without finishing that program&apos;s work. Open it with the program that made it, then try again; the file was not changed.</source>
        <translation>%1 залишився недописаним програмою, яка зупинилася (її журнал %2 досі на місці), і Pristriy не може визначити, чи це його база даних, не завершивши роботу тієї програми. Відкрийте файл у програмі, яка його створила, потім спробуйте ще раз; файл не змінено.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Перевірку скасовано.</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled. It was left unfinished by a program that stopped; open it again to check it.</source>
        <translation>Перевірку файлу %1 скасовано. Файл залишився незавершеним після зупинки програми; відкрийте його знову, щоб перевірити.</translation>
    </message>
    <message>
        <source>No database file was named. Give the path of a database file.</source>
        <translation>Файл бази даних не вказано. Вкажіть шлях до файлу бази даних.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Open Database</source>
        <translation>Відкриття бази даних</translation>
    </message>
    <message>
        <source>Pristriy databases (*.sqlite *.db);;All files (*)</source>
        <translation>Бази даних Pristriy (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>Choose another database file, or quit.</source>
        <translation>Виберіть інший файл бази даних або вийдіть.</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Вибрати інший файл…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Демонстраційні дані</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Opening the Database</source>
        <translation>Відкривається база даних</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Перевірка %1…</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>Перевірка бази даних</translation>
    </message>
    <message>
        <source>No problems were found in %1.</source>
        <translation>У %1 проблем не знайдено.</translation>
    </message>
    <message>
        <source>Until then, avoid changing the data: a damaged file can lose more.</source>
        <translation>До того часу не змінюйте дані: пошкоджений файл може втратити ще більше.</translation>
    </message>
</context>
<context>
    <name>DealBoardModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
</context>
<context>
    <name>DealBoardPage</name>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>Перемістити угоду</translation>
    </message>
    <message>
        <source>Deal Lost</source>
        <translation>Угоду програно</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Чому угоду програно?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Дошка</translation>
    </message>
    <message>
        <source>The deals as columns of stages</source>
        <translation>Угоди у стовпцях за етапами</translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation>С&amp;писок</translation>
    </message>
    <message>
        <source>The deals as a sortable list</source>
        <translation>Угоди у вигляді списку з сортуванням</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>&amp;Нова угода…</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Нова угода</translation>
    </message>
    <message>
        <source>&amp;Undo Changes to Deal</source>
        <translation>&amp;Скасувати зміни угоди</translation>
    </message>
    <message>
        <source>&amp;Undo Move of Deal</source>
        <translation>&amp;Скасувати переміщення угоди</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Перемістити до кошика</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програна</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграна</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Скасувати переміщення до кошика</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Move to &amp;Stage</source>
        <translation>Перемістити на &amp;етап</translation>
    </message>
    <message>
        <source>Mark as &amp;Won</source>
        <translation>Позначити як ви&amp;грану</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation>Позначити як &amp;програну…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Перемістити до &amp;кошика</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+ ще %n</numerusform>
            <numerusform>+ ще %n</numerusform>
            <numerusform>+ ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <source>by hand</source>
        <translation>вручну</translation>
    </message>
    <message>
        <source>robot</source>
        <translation>робот</translation>
    </message>
    <message>
        <source>import</source>
        <translation>імпорт</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Подро&amp;биці</translation>
    </message>
    <message>
        <source>&amp;Line Items</source>
        <translation>По&amp;зиції</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Активності</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>Follows the line items</source>
        <translation>Визначається позиціями</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>&amp;Причина програшу:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сума:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Ко&amp;мпанія:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Відповіда&amp;льний:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Очікуване закриття:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>&amp;Ймовірність:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>На</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(виберіть причину)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивна)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The stage&apos;s (%1 %)</source>
        <translation>Як в етапу (%1 %)</translation>
    </message>
    <message>
        <source>Deal — %1</source>
        <translation>Угода — %1</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(створено)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation>(видалений етап)</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Угода повинна мати назву.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>«%1» не є кодом валюти на кшталт EUR або RON.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>«%1» не є сумою в %2 (щонайбільше %n десятковий знак).</numerusform>
            <numerusform>«%1» не є сумою в %2 (щонайбільше %n десяткові знаки).</numerusform>
            <numerusform>«%1» не є сумою в %2 (щонайбільше %n десяткових знаків).</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation>Для програної угоди потрібно вказати причину програшу.</translation>
    </message>
    <message>
        <source>Choose the contact from the list that drops down while typing, or clear the field.</source>
        <translation>Виберіть контакт зі списку, що розкривається під час введення, або очистьте поле.</translation>
    </message>
    <message>
        <source>Choose the company from the list that drops down while typing, or clear the field.</source>
        <translation>Виберіть компанію зі списку, що розкривається під час введення, або очистьте поле.</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Зберегти зміни в «%1»?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Save the deal to add tasks, calls and notes.</source>
        <translation>Збережіть угоду, щоб додавати завдання, дзвінки й нотатки.</translation>
    </message>
    <message>
        <source>The amount is the net total of the line items (before tax)</source>
        <translation>Сума — підсумок позицій без податку</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Нова угода</translation>
    </message>
    <message>
        <source>New deal in “%1”</source>
        <translation>Нова угода в «%1»</translation>
    </message>
    <message>
        <source>The pipeline “%1” has no open stage for a new deal.</source>
        <translation>У воронці «%1» немає відкритого етапу для нової угоди.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Save the new deal?</source>
        <translation>Зберегти нову угоду?</translation>
    </message>
</context>
<context>
    <name>DealColumnModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DealColumnView</name>
    <message>
        <source>Late</source>
        <translation>Прострочено</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>&amp;My deals</source>
        <translation>&amp;Мої угоди</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Відповіда&amp;льний:</translation>
    </message>
    <message>
        <source>Search title or contact</source>
        <translation>Пошук за назвою або контактом</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
</context>
<context>
    <name>DealGenerator</name>
    <message>
        <source>Demo deals need a pipeline with stages.</source>
        <translation>Для демонстраційних угод потрібна воронка з етапами.</translation>
    </message>
    <message>
        <source>Preparing the demo users failed.</source>
        <translation>Не вдалося підготувати демонстраційних користувачів.</translation>
    </message>
    <message>
        <source>Writing the demo users failed.</source>
        <translation>Не вдалося записати демонстраційних користувачів.</translation>
    </message>
    <message>
        <source>Preparing the demo products failed.</source>
        <translation>Не вдалося підготувати демонстраційні товари.</translation>
    </message>
    <message>
        <source>Writing the demo products failed.</source>
        <translation>Не вдалося записати демонстраційні товари.</translation>
    </message>
    <message>
        <source>Preparing the demo deals failed.</source>
        <translation>Не вдалося підготувати демонстраційні угоди.</translation>
    </message>
    <message>
        <source>Writing demo deals failed.</source>
        <translation>Не вдалося записати демонстраційні угоди.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Скасовано; нічого не додано.</translation>
    </message>
    <message>
        <source>The numbers of deals and products cannot be negative.</source>
        <translation>Кількість угод і товарів не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Demo deals need between 1 and 10000 sales managers.</source>
        <translation>Для демонстраційних угод потрібно від 1 до 10000 менеджерів з продажу.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Базу даних не відкрито.</translation>
    </message>
    <message>
        <source>Preparing the demo route maps failed.</source>
        <translation>Не вдалося підготувати демонстраційні карти процесів.</translation>
    </message>
    <message>
        <source>The route map template %1 cannot be read.</source>
        <translation>Не вдається прочитати шаблон карти процесу %1.</translation>
    </message>
    <message>
        <source>Writing the demo route maps failed.</source>
        <translation>Не вдалося записати демонстраційні карти процесів.</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Expected Close</source>
        <translation>Очікуване закриття</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DealListPage</name>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Не вдалося прочитати угоди: %1</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Усі етапи</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Reading or saving the deal failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти угоду; нічого не змінено.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Угода повинна мати назву.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>«%1» не є кодом валюти на кшталт EUR або RON.</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100 %.</source>
        <translation>Ймовірність має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>There is no deal with the id %1.</source>
        <translation>Немає угоди з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>A sales manager creates deals of their own, not of “%1”.</source>
        <translation>Менеджер з продажу створює лише власні угоди, а не угоди користувача «%1».</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Немає воронки з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage of its pipeline.</source>
        <translation>Нова угода починається на відкритому етапі своєї воронки.</translation>
    </message>
    <message>
        <source>A sales manager cannot give a deal away; a director can.</source>
        <translation>Менеджер з продажу не може передати угоду іншому; це може зробити директор.</translation>
    </message>
    <message>
        <source>The stage “%1” is not in the deal&apos;s pipeline.</source>
        <translation>Етап «%1» не належить до воронки угоди.</translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation>Для програної угоди потрібно вказати причину програшу.</translation>
    </message>
    <message>
        <source>The line item “%1” needs a quantity above 0, a discount between 0 and 100 % and a total that fits.</source>
        <translation>Для позиції «%1» потрібні кількість більша за 0, знижка від 0 до 100 % і сума, яку можна зберегти.</translation>
    </message>
    <message>
        <source>The line items add up to more than can be stored.</source>
        <translation>Сума позицій перевищує максимально можливе для збереження значення.</translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager sees and changes only their own deals and those shared with them.</source>
        <translation>Угода %1 належить користувачу «%2»; менеджер з продажу бачить і змінює лише власні угоди та ті, до яких йому надано доступ.</translation>
    </message>
    <message>
        <source>The owner “%1” is not an active user.</source>
        <translation>Відповідальний «%1» не є активним користувачем.</translation>
    </message>
    <message>
        <source>Only a lost deal has a lost reason.</source>
        <translation>Причина програшу буває лише в програної угоди.</translation>
    </message>
    <message>
        <source>The lost reason is not one of the active reasons.</source>
        <translation>Причина програшу не входить до активних причин.</translation>
    </message>
    <message>
        <source>The contact or company of the deal no longer exists.</source>
        <translation>Контакту або компанії угоди більше не існує.</translation>
    </message>
    <message>
        <source>A deal enters another pipeline in one of its open stages.</source>
        <translation>Угода потрапляє до іншої воронки на один з її відкритих етапів.</translation>
    </message>
    <message>
        <source>The line item %1 needs a name.</source>
        <translation>Позиція %1 повинна мати назву.</translation>
    </message>
    <message>
        <source>The line item name</source>
        <translation>Назва позиції</translation>
    </message>
    <message>
        <source>The unit price of “%1” cannot be negative.</source>
        <translation>Ціна за одиницю «%1» не може бути від’ємною.</translation>
    </message>
    <message>
        <source>The deal %1 has no line item %2.</source>
        <translation>Угода %1 не має позиції %2.</translation>
    </message>
    <message>
        <source>Searching the deals failed.</source>
        <translation>Не вдалося виконати пошук угод.</translation>
    </message>
    <message>
        <source>There is no deal with the id %1 in the trash.</source>
        <translation>У кошику немає угоди з id %1.</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>The tax rate of “%1” is between 0 and 100 %.</source>
        <translation>Ставка податку для «%1» має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager moves to the trash, restores and deletes only their own deals and those shared with them.</source>
        <translation>Угода %1 належить «%2»; менеджер з продажу переміщує до кошика, відновлює й видаляє лише власні угоди та ті, до яких йому надано доступ.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>“%1” is not a language of the demo data; use en, ro, ru or uk.</source>
        <translation>«%1» — не мова демонстраційних даних; використовуйте en, ro, ru або uk.</translation>
    </message>
    <message>
        <source>The data of this database is in %1; demo data cannot be added in %2.</source>
        <translation>Дані цієї бази мовою %1; демонстраційні дані мовою %2 додати не можна.</translation>
    </message>
    <message>
        <source>Recording the database&apos;s language failed.</source>
        <translation>Не вдалося записати мову бази даних.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Preparing the demo data failed.</source>
        <translation>Не вдалося підготувати демонстраційні дані.</translation>
    </message>
    <message>
        <source>Writing demo companies failed.</source>
        <translation>Не вдалося записати демонстраційні компанії.</translation>
    </message>
    <message>
        <source>Writing demo contacts failed.</source>
        <translation>Не вдалося записати демонстраційні контакти.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Скасовано; нічого не додано.</translation>
    </message>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation>Кількість контактів не може бути від’ємною.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Базу даних не відкрито.</translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <source>Creating a demo database with %1 and %2…</source>
        <translation>Створення демонстраційної бази: %1 і %2…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакти</numerusform>
            <numerusform>%Ln контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Deals: %1</source>
        <translation>Угоди: %1</translation>
    </message>
    <message>
        <source>Reading the deals…</source>
        <translation>Читання угод…</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Не вдалося прочитати угоди: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) — double-click one to open its card.</source>
        <translation>
            <numerusform>%Ln угода — двічі клацніть угоду, щоб відкрити її картку.</numerusform>
            <numerusform>%Ln угоди — двічі клацніть угоду, щоб відкрити її картку.</numerusform>
            <numerusform>%Ln угод — двічі клацніть угоду, щоб відкрити її картку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Угода %1</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Recording the change (%1) failed; nothing was changed.</source>
        <translation>Не вдалося записати зміну (%1); нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>New Database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Welcome to Pristriy</source>
        <translation>Ласкаво просимо до Pristriy</translation>
    </message>
    <message>
        <source>A new database will be made in %1.</source>
        <translation>Нову базу даних буде створено в %1.</translation>
    </message>
    <message>
        <source>&amp;Demo contacts and deals</source>
        <translation>&amp;Демонстраційні контакти й угоди</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакти</numerusform>
            <numerusform>%Ln контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 with their stage history, tasks and calls, five sales managers and route maps: to try Pristriy out. Its people and companies are made up.</source>
        <translation>%1 і %2 з історією етапів, завданнями й дзвінками, п’ятеро менеджерів з продажу та карти процесів — щоб спробувати Pristriy. Люди й компанії вигадані.</translation>
    </message>
    <message>
        <source>&amp;Empty database</source>
        <translation>&amp;Порожня база даних</translation>
    </message>
    <message>
        <source>Only the pipelines “Sales” and “Turnkey renovation” and a few lost reasons, ready for your own contacts and deals.</source>
        <translation>Лише воронки «Продажі» та «Ремонт під ключ» і кілька причин програшу — для ваших власних контактів і угод.</translation>
    </message>
    <message>
        <source>Pipelines, stages, lost reasons, products and route maps are named in this language. You can rename them later.</source>
        <translation>Воронки, етапи, причини програшу, товари та карти процесів будуть названі цією мовою. Пізніше їх можна перейменувати.</translation>
    </message>
    <message>
        <source>&amp;Language of the data:</source>
        <translation>&amp;Мова даних:</translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation>&amp;Створити базу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
</context>
<context>
    <name>FunnelDealListModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Counting the deals failed.</source>
        <translation>Не вдалося підрахувати угоди.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>FunnelQuery</name>
    <message>
        <source>Counting the funnel failed.</source>
        <translation>Не вдалося підрахувати воронку.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Немає воронки з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>The pipeline “%1” lacks its Won or Lost stage.</source>
        <translation>У воронці «%1» бракує етапу «Виграна» або «Програна».</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>Період починається %1, тобто після свого кінця %2.</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Причину не вказано</translation>
    </message>
    <message>
        <source>The stage %1 is not a stage of the pipeline “%2”.</source>
        <translation>Етап %1 не належить до воронки «%2».</translation>
    </message>
    <message>
        <source>A month of revenue needs a date.</source>
        <translation>Для місяця виторгу потрібна дата.</translation>
    </message>
    <message>
        <source>Unknown drill-down.</source>
        <translation>Невідома деталізація.</translation>
    </message>
</context>
<context>
    <name>FunnelTableModel</name>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Від попереднього</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Від першого</translation>
    </message>
    <message>
        <source>Avg days in stage</source>
        <translation>Сер. днів на етапі</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медіана днів</translation>
    </message>
    <message>
        <source>Lost here</source>
        <translation>Програно тут</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програна</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Частка виграних</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсія</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина програшу</translation>
    </message>
    <message>
        <source>Month won</source>
        <translation>Місяць виграшу</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %Ln other currency(s)</source>
        <translation>
            <numerusform>%1 + ще %Ln валюта</numerusform>
            <numerusform>%1 + ще %Ln валюти</numerusform>
            <numerusform>%1 + ще %Ln валют</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click to list these deals</source>
        <translation>Двічі клацніть, щоб переглянути список цих угод</translation>
    </message>
</context>
<context>
    <name>FunnelWidget</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>No deals in this filter</source>
        <translation>Немає угод за цим фільтром</translation>
    </message>
    <message>
        <source>closed without a sale</source>
        <translation>закрито без продажу</translation>
    </message>
    <message>
        <source>first stage</source>
        <translation>перший етап</translation>
    </message>
    <message>
        <source>%1 of previous · %2 of first</source>
        <translation>%1 від попереднього · %2 від першого</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s) in it now</source>
        <translation>
            <numerusform>%1: зараз тут %Ln угода</numerusform>
            <numerusform>%1: зараз тут %Ln угоди</numerusform>
            <numerusform>%1: зараз тут %Ln угод</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s) reached it or went further</source>
        <translation>
            <numerusform>%1: %Ln угода досягла етапу або пройшла далі</numerusform>
            <numerusform>%1: %Ln угоди досягли етапу або пройшли далі</numerusform>
            <numerusform>%1: %Ln угод досягли етапу або пройшли далі</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list these deals</source>
        <translation>Клацніть, щоб переглянути список цих угод</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) · %1</source>
        <translation>
            <numerusform>%Ln угода · %1</numerusform>
            <numerusform>%Ln угоди · %1</numerusform>
            <numerusform>%Ln угод · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>To get the data back, save what can still be read into a new file with: %1 (then open that file).</source>
        <translation>Щоб повернути дані, збережіть те, що ще можна прочитати, у новий файл командою: %1 (потім відкрийте цей файл).</translation>
    </message>
    <message>
        <source>To get the data back, restore the newest backup, %1 (made before the last upgrade; later changes are not in it), or save what can still be read into a new file with: %2 (then open that file).</source>
        <translation>Щоб повернути дані, відновіть найновішу резервну копію, %1 (зроблена перед останнім оновленням; пізніших змін у ній немає), або збережіть те, що ще можна прочитати, у новий файл командою: %2 (потім відкрийте цей файл).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>і ще %n проблема</numerusform>
            <numerusform>і ще %n проблеми</numerusform>
            <numerusform>і ще %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2.</source>
        <translation>Базу даних %1 пошкоджено: %2.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Ціна за од.</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Знижка %</translation>
    </message>
    <message>
        <source>Add a product: type its name or SKU…</source>
        <translation>Додати товар: введіть назву або артикул…</translation>
    </message>
    <message>
        <source>Add &amp;Line</source>
        <translation>Додати &amp;рядок</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Вилучити рядок</translation>
    </message>
    <message>
        <source>Line item %1, %2: %3</source>
        <translation>Позиція %1, %2: %3</translation>
    </message>
    <message>
        <source>a line item needs a name.</source>
        <translation>позиція повинна мати назву.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity above 0 with at most three decimals.</source>
        <translation>«%1» не є кількістю, більшою за 0, з не більше ніж трьома десятковими знаками.</translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation>«%1» не є ціною в %2.</translation>
    </message>
    <message>
        <source>“%1” is not a discount between 0 and 100 %.</source>
        <translation>«%1» не є знижкою від 0 до 100 %.</translation>
    </message>
    <message>
        <source>the total is too large to be stored.</source>
        <translation>загальна сума завелика для збереження.</translation>
    </message>
    <message>
        <source>Not a number this column takes; see the message below.</source>
        <translation>Це число не підходить для цього стовпця; див. повідомлення нижче.</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Разом: —</translation>
    </message>
    <message>
        <source>No line items yet.</source>
        <translation>Позицій ще немає.</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 %4</source>
        <translation>%1 (%2) · %3 %4</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>Додати товар</translation>
    </message>
    <message>
        <source>“%1” is priced in %2 and the deal in %3: enter its price in %3.</source>
        <translation>Ціну «%1» вказано в %2, а угоду — в %3: введіть ціну в %3.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Нова позиція</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Податок %</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Без податку</translation>
    </message>
    <message>
        <source>Adds the product typed on the left, or a line named as typed</source>
        <translation>Додає товар, введений ліворуч, або позицію з введеною назвою</translation>
    </message>
    <message>
        <source>“%1” is not a tax rate between 0 and 100 %.</source>
        <translation>«%1» — не ставка податку від 0 до 100 %.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Net: %1 · Tax: %2 · Total: %3</source>
        <translation>Без податку: %1 · Податок: %2 · Разом: %3</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Pristriy</source>
        <translation>Pristriy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>LostReasonService</name>
    <message>
        <source>Reading or saving the lost reasons failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти причини програшу; нічого не змінено.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits the lost reasons; “%1” is not one.</source>
        <translation>Редагувати причини програшу може лише власник процесу або адміністратор; «%1» не має такої ролі.</translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation>Причина програшу повинна мати назву.</translation>
    </message>
    <message>
        <source>The lost reason</source>
        <translation>Причина програшу</translation>
    </message>
    <message>
        <source>There is already a lost reason “%1”.</source>
        <translation>Причина програшу «%1» уже існує.</translation>
    </message>
    <message>
        <source>There is no lost reason with the id %1.</source>
        <translation>Немає причини програшу з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>A new order must list every lost reason once.</source>
        <translation>Новий порядок має містити кожну причину програшу рівно один раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n lost deal(s) name the reason “%1”; make it inactive instead, so that it is no longer offered.</source>
        <translation>
            <numerusform>Причину «%1» вказано в %n програній угоді; натомість деактивуйте її, щоб вона більше не пропонувалася.</numerusform>
            <numerusform>Причину «%1» вказано в %n програних угодах; натомість деактивуйте її, щоб вона більше не пропонувалася.</numerusform>
            <numerusform>Причину «%1» вказано в %n програних угодах; натомість деактивуйте її, щоб вона більше не пропонувалася.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostReasonSettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Перей&amp;менувати…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Вго&amp;ру</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Де&amp;активувати</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Changes are saved at once. A reason that lost deals name can be deactivated (no longer offered) but not deleted.</source>
        <translation>Зміни зберігаються одразу. Причину, вказану в програних угодах, можна деактивувати (її більше не буде запропоновано), але не видалити.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits the lost reasons.</source>
        <translation>Редагувати причини програшу може лише власник процесу або адміністратор.</translation>
    </message>
    <message>
        <source>Lost Reasons</source>
        <translation>Причини програшу</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивна)</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Активувати</translation>
    </message>
    <message>
        <source>New Lost Reason</source>
        <translation>Нова причина програшу</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Перейменування причини програшу</translation>
    </message>
    <message>
        <source>Delete Lost Reason</source>
        <translation>Видалення причини програшу</translation>
    </message>
    <message>
        <source>Delete the lost reason “%1”?</source>
        <translation>Видалити причину програшу «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компанії</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>Новий кон&amp;такт…</translation>
    </message>
    <message>
        <source>New Compan&amp;y…</source>
        <translation>Нова &amp;компанія…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Скасувати переміщення до кошика</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Перемістити до кошика</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;About Pristriy</source>
        <translation>&amp;Про Pristriy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>%1 — Pristriy</source>
        <translation>%1 — Pristriy</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Файл бази даних</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Видалити назавжди…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Контакт збережено.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>Компанію збережено.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Перемістити до кошика</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>Відновлено %Ln запис.</numerusform>
            <numerusform>Відновлено %Ln записи.</numerusform>
            <numerusform>Відновлено %Ln записів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакти</numerusform>
            <numerusform>%Ln контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln компанія</numerusform>
            <numerusform>%Ln компанії</numerusform>
            <numerusform>%Ln компаній</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the trash</source>
        <translation>
            <numerusform>%Ln запис у кошику</numerusform>
            <numerusform>%Ln записи у кошику</numerusform>
            <numerusform>%Ln записів у кошику</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln контакт переміщено до кошика.</numerusform>
            <numerusform>%Ln контакти переміщено до кошика.</numerusform>
            <numerusform>%Ln контактів переміщено до кошика.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln компанію переміщено до кошика.</numerusform>
            <numerusform>%Ln компанії переміщено до кошика.</numerusform>
            <numerusform>%Ln компаній переміщено до кошика.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Process Map…</source>
        <translation>Відкрити карту &amp;процесу…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln угода</numerusform>
            <numerusform>%Ln угоди</numerusform>
            <numerusform>%Ln угод</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
    </message>
    <message>
        <source>Open Process Map from &amp;Database…</source>
        <translation>Відкрити карту процесу з &amp;бази даних…</translation>
    </message>
    <message>
        <source>&amp;New Process Map</source>
        <translation>&amp;Нова карта процесу</translation>
    </message>
    <message>
        <source>%1 — %2 — Pristriy</source>
        <translation>%1 — %2 — Pristriy</translation>
    </message>
    <message>
        <source>New Process Map from &amp;Template</source>
        <translation>Нова карта процесу із &amp;шаблону</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Користувачі…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln угоду переміщено до кошика.</numerusform>
            <numerusform>%Ln угоди переміщено до кошика.</numerusform>
            <numerusform>%Ln угод переміщено до кошика.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was not closed properly the last time: Pristriy finished SQLite&apos;s recovery and checked it, no problems found.</source>
        <translation>Минулого разу базу даних не було закрито правильно: Pristriy завершив відновлення SQLite і перевірив її, проблем немає.</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>&amp;Перевірити базу даних</translation>
    </message>
    <message>
        <source>Check the database file for damage, as SQLite&apos;s quick_check does</source>
        <translation>Перевірити файл бази даних на пошкодження, як це робить quick_check у SQLite</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is not open.</source>
        <translation>Базу даних не відкрито.</translation>
    </message>
    <message>
        <source>The schema version of the database could not be read.</source>
        <translation>Не вдалося прочитати версію схеми бази даних.</translation>
    </message>
    <message>
        <source>Upgrading the database from schema %1 to %2 failed at step %3 (%4). Nothing was changed.</source>
        <translation>Не вдалося оновити базу даних зі схеми %1 до %2 на кроці %3 (%4). Нічого не змінено.</translation>
    </message>
    <message>
        <source>The database could not be prepared for the upgrade.</source>
        <translation>Не вдалося підготувати базу даних до оновлення.</translation>
    </message>
</context>
<context>
    <name>MyTasksDock</name>
    <message>
        <source>My Tasks</source>
        <translation>Мої завдання</translation>
    </message>
    <message>
        <source>My &amp;Tasks</source>
        <translation>Мої &amp;завдання</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Термін: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation>Угода «%1»</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <source>A sales manager sees their own tasks, not those of “%1”.</source>
        <translation>Менеджер з продажу бачить лише власні завдання, а не завдання користувача «%1».</translation>
    </message>
    <message>
        <source>Reading the tasks failed: %1</source>
        <translation>Не вдалося прочитати завдання: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Пов’язано з</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Прострочені (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Сьогодні (%1)</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Наступні (%1)</translation>
    </message>
    <message>
        <source>No due date (%1)</source>
        <translation>Без терміну (%1)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Високий пріоритет</translation>
    </message>
    <message>
        <source>Related to: %1</source>
        <translation>Пов’язано з: %1</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <source>&amp;New Task…</source>
        <translation>&amp;Нове завдання…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; overdue, &lt;b&gt;%2&lt;/b&gt; due today, &lt;b&gt;%3&lt;/b&gt; upcoming</source>
        <translation>Прострочено: &lt;b&gt;%1&lt;/b&gt;, на сьогодні: &lt;b&gt;%2&lt;/b&gt;, наступні: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No open tasks. Tasks given to you appear here; &lt;b&gt;New Task…&lt;/b&gt; adds one.</source>
        <translation>Немає відкритих завдань. Тут з’являються доручені вам завдання; додати завдання можна кнопкою &lt;b&gt;Нове завдання…&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>NestedLaneCommand</name>
    <message>
        <source>Lanes are added to a lane of a pool.</source>
        <translation>Доріжки додаються до доріжки пулу.</translation>
    </message>
    <message>
        <source>This lane is too narrow to hold lanes.</source>
        <translation>Ця доріжка завузька, щоб умістити доріжки.</translation>
    </message>
    <message>
        <source>Lanes are added next to a lane inside a lane.</source>
        <translation>Доріжки додаються поруч із доріжкою всередині доріжки.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation>Що має знати команда?</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <source>Reading or saving the note failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти нотатку; нічого не змінено.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Нотатка повинна містити текст.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>Немає нотатки з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>The note %1 was written by “%2”; a sales manager changes only their own notes.</source>
        <translation>Нотатку %1 написав користувач «%2»; менеджер з продажу змінює лише власні нотатки.</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивний)</translation>
    </message>
    <message>
        <source>Not a user of this database</source>
        <translation>Не користувач цієї бази даних</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of “%1”</source>
        <translation>Пароль «%1»</translation>
    </message>
    <message>
        <source>“%1” has a password. A new one replaces it.</source>
        <translation>«%1» має пароль. Новий замінить його.</translation>
    </message>
    <message>
        <source>“%1” has no password: anybody may start as this user.</source>
        <translation>«%1» не має пароля: будь-хто може увійти як цей користувач.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Asked when somebody starts as “%1” on another computer account than theirs.</source>
        <translation>
            <numerusform>Щонайменше %n символ. Запитується, коли хтось входить як «%1» з чужого облікового запису комп’ютера.</numerusform>
            <numerusform>Щонайменше %n символи. Запитується, коли хтось входить як «%1» з чужого облікового запису комп’ютера.</numerusform>
            <numerusform>Щонайменше %n символів. Запитується, коли хтось входить як «%1» з чужого облікового запису комп’ютера.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Повторіть:</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>&amp;Встановити пароль</translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation>&amp;Видалити пароль</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <source>This diagram has no process to paste into.</source>
        <translation>У цій діаграмі немає процесу, у який можна вставити елементи.</translation>
    </message>
    <message>
        <source>The clipboard holds no BPMN process to paste.</source>
        <translation>У буфері обміну немає процесу BPMN для вставлення.</translation>
    </message>
    <message>
        <source>The clipboard holds no drawn elements to paste.</source>
        <translation>У буфері обміну немає намальованих елементів для вставлення.</translation>
    </message>
</context>
<context>
    <name>PhoneReindex</name>
    <message>
        <source>“%1” is not a region phone numbers know.</source>
        <translation>«%1» не є відомим регіоном телефонних номерів.</translation>
    </message>
    <message>
        <source>Cancelled; the phone region was not changed.</source>
        <translation>Скасовано; регіон телефонів не змінено.</translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>Reading or saving the pipeline failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти воронку; нічого не змінено.</translation>
    </message>
    <message>
        <source>There is no stage with the id %1.</source>
        <translation>Немає етапу з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Немає воронки з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>There is no pipeline “%1”.</source>
        <translation>Немає воронки «%1».</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Етап повинен мати назву.</translation>
    </message>
    <message>
        <source>The stage name</source>
        <translation>Назва етапу</translation>
    </message>
    <message>
        <source>A stage colour is written #rrggbb, not “%1”.</source>
        <translation>Колір етапу записується як #rrggbb, а не «%1».</translation>
    </message>
    <message>
        <source>A win probability is between 0 and 100 %.</source>
        <translation>Ймовірність виграшу має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>A checkpoint is a number of days, 1 or more (0 for none).</source>
        <translation>Контрольний строк — це кількість днів, 1 або більше (0 — без строку).</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits pipelines; “%1” is not one.</source>
        <translation>Редагувати воронки може лише власник процесу або адміністратор; «%1» не має такої ролі.</translation>
    </message>
    <message>
        <source>The pipeline already has a stage “%1”.</source>
        <translation>Воронка вже має етап «%1».</translation>
    </message>
    <message>
        <source>A new order must list every open stage of the pipeline once.</source>
        <translation>Новий порядок має містити кожен відкритий етап воронки рівно один раз.</translation>
    </message>
    <message>
        <source>Won and Lost close every pipeline; they cannot be deleted.</source>
        <translation>Етапи «Виграна» і «Програна» завершують кожну воронку; їх не можна видалити.</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still has %n deal(s); move them first or choose the stage they move to.</source>
        <translation>
            <numerusform>На етапі «%1» ще є %n угода; спершу перемістіть угоди або виберіть етап, на який їх буде переміщено.</numerusform>
            <numerusform>На етапі «%1» ще є %n угоди; спершу перемістіть угоди або виберіть етап, на який їх буде переміщено.</numerusform>
            <numerusform>На етапі «%1» ще є %n угод; спершу перемістіть угоди або виберіть етап, на який їх буде переміщено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deals of a deleted stage move to another stage of the same pipeline (not Lost, which needs a reason for each).</source>
        <translation>Угоди видаленого етапу переміщуються на інший етап тієї самої воронки (не на «Програна», бо для цього кожній потрібна причина).</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Воронка повинна мати назву.</translation>
    </message>
    <message>
        <source>The pipeline name</source>
        <translation>Назва воронки</translation>
    </message>
    <message>
        <source>There is already a pipeline “%1”.</source>
        <translation>Воронка «%1» уже існує.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програна</translation>
    </message>
    <message>
        <source>“%1” is the last open stage of its pipeline; new deals start in an open stage, so add another one first.</source>
        <translation>«%1» — останній відкритий етап своєї воронки; нові угоди починаються на відкритому етапі, тому спершу додайте інший.</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsPage</name>
    <message>
        <source>Open</source>
        <comment>stage kind: its deals are still in progress; an adjective</comment>
        <translation>Відкритий</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Програна</translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation>Нова &amp;воронка…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Перей&amp;менувати…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Ймовірність виграшу</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Контрольний строк</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>&amp;Add Stage…</source>
        <translation>&amp;Додати етап…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Вго&amp;ру</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Вида&amp;лити…</translation>
    </message>
    <message>
        <source>Changes to pipelines are saved at once. Won and Lost close every pipeline.</source>
        <translation>Зміни у воронках зберігаються одразу. Кожна воронка завершується етапами «Виграна» і «Програна».</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits pipelines.</source>
        <translation>Редагувати воронки може лише власник процесу або адміністратор.</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Нова воронка</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Назва нової воронки:</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Перейменування воронки</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Нова назва для «%1»:</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>Переміщення етапу</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Видалення етапу</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n deal(s). Move them to:</source>
        <translation>
            <numerusform>На етапі «%1» %n угода. Перемістити на:</numerusform>
            <numerusform>На етапі «%1» %n угоди. Перемістити на:</numerusform>
            <numerusform>На етапі «%1» %n угод. Перемістити на:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “%1”? It has no deals.</source>
        <translation>Видалити етап «%1»? На ньому немає угод.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не знайдено.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Визначення</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процес</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Взаємодія</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Пул</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Потік повідомлень</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Завдання користувача</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Сервісне завдання</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Завдання надсилання</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Завдання отримання</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Ручне завдання</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Завдання бізнес-правила</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Завдання сценарію</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Дія виклику</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Підпроцес</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакція</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Довільний (ad-hoc) підпроцес</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Початкова подія</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Кінцева подія</translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation>Проміжна подія отримання</translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation>Проміжна подія надсилання</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Гранична подія</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Виключний шлюз</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Паралельний шлюз</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Включний шлюз</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Шлюз на основі подій</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Складний шлюз</translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation>Потік керування</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Асоціація</translation>
    </message>
    <message>
        <source>Lane set</source>
        <translation>Набір доріжок</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Доріжка</translation>
    </message>
    <message>
        <source>Data object</source>
        <translation>Об’єкт даних</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Сховище даних</translation>
    </message>
    <message>
        <source>Data input</source>
        <translation>Вхідні дані</translation>
    </message>
    <message>
        <source>Data output</source>
        <translation>Вихідні дані</translation>
    </message>
    <message>
        <source>Text annotation</source>
        <translation>Текстова анотація</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Ескалація</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing modelled yet: append the first step to the start event with the buttons beside it, or drag elements from the palette.</source>
        <translation>Поки нічого не змодельовано: додайте перший крок до початкової події кнопками поруч із нею або перетягніть елементи з палітри.</translation>
    </message>
    <message>
        <source>The map is empty: drag a start event from the palette to begin.</source>
        <translation>Карта порожня: перетягніть початкову подію з палітри, щоб почати.</translation>
    </message>
</context>
<context>
    <name>ProcessDocument</name>
    <message>
        <source>%1 cannot be read as BPMN: %2</source>
        <translation>Не вдається прочитати %1 як BPMN: %2</translation>
    </message>
    <message>
        <source>The data cannot be read as BPMN.</source>
        <translation>Не вдається прочитати дані як BPMN.</translation>
    </message>
</context>
<context>
    <name>ProcessEditor</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Open Map from &amp;Database…</source>
        <translation>Відкрити карту з &amp;бази даних…</translation>
    </message>
    <message>
        <source>Save to Data&amp;base as…</source>
        <translation>Зберегти в баз&amp;у даних як…</translation>
    </message>
    <message>
        <source>&amp;Version History…</source>
        <translation>&amp;Історія версій…</translation>
    </message>
    <message>
        <source>&amp;Export Drawing…</source>
        <translation>&amp;Експортувати малюнок…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вирізати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Виділити &amp;все</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Пере&amp;йменувати</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Вписати</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Реальний розмір</translation>
    </message>
    <message>
        <source>A&amp;ppend Task</source>
        <translation>Додати завдан&amp;ня</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Прив&apos;язка до сітки</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Виділення</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Рука</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Ласо</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>З&apos;єднати</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Початкова подія</translation>
    </message>
    <message>
        <source>Intermediate event</source>
        <translation>Проміжна подія</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Кінцева подія</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Завдання користувача</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Сервісне завдання</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Підпроцес</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Виключний шлюз</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Паралельний шлюз</translation>
    </message>
    <message>
        <source>Data object</source>
        <translation>Об’єкт даних</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Сховище даних</translation>
    </message>
    <message>
        <source>Text annotation</source>
        <translation>Текстова анотація</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Створити із &amp;шаблону</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Створення із шаблону</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Упорядкувати</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Вирівняти по &amp;лівому краю</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Вирівняти по &amp;центру</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Вирівняти по &amp;правому краю</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Вирівняти по &amp;верхньому краю</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Вирівняти по &amp;середині</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Вирівняти по &amp;нижньому краю</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Розподілити по &amp;горизонталі</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Розподілити по в&amp;ертикалі</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Властивості</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>Open Process Map</source>
        <translation>Відкриття карти процесу</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Файли BPMN 2.0 (*.bpmn *.xml);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n element(s).</source>
        <translation>
            <numerusform>Відкрито %1: %n елемент.</numerusform>
            <numerusform>Відкрито %1: %n елементи.</numerusform>
            <numerusform>Відкрито %1: %n елементів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template %1 cannot be opened: %2</source>
        <translation>Не вдається відкрити шаблон %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>New process map from a template: %n element(s).</source>
        <translation>
            <numerusform>Нова карта процесу із шаблону: %n елемент.</numerusform>
            <numerusform>Нова карта процесу із шаблону: %n елементи.</numerusform>
            <numerusform>Нова карта процесу із шаблону: %n елементів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another location.</source>
        <translation>Не вдалося зберегти %1: %2. Виберіть інше розташування.</translation>
    </message>
    <message>
        <source>Save Process Map</source>
        <translation>Збереження карти процесу</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Збережено %1.</translation>
    </message>
    <message>
        <source>This older version is read-only. Open the latest version to edit the map, or keep this one as a new map with Save to Database as…</source>
        <translation>Ця старіша версія доступна лише для читання. Відкрийте найновішу версію, щоб редагувати карту, або збережіть цю як нову карту командою «Зберегти в базу даних як…»</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation>Файли BPMN 2.0 (*.bpmn)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перейменування</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Insert %1 into a flow</source>
        <translation>Вставити %1 у потік</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save the changes to this process map before closing?</source>
        <translation>Зберегти зміни в цій карті процесу перед закриттям?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>%1, version %2 (read-only)</source>
        <translation>%1, версія %2 (лише читання)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версія %2</translation>
    </message>
    <message>
        <source>%1[*] — Process Map</source>
        <translation>%1[*] — Карта процесу</translation>
    </message>
    <message>
        <source>The route map cannot be opened: %1</source>
        <translation>Не вдається відкрити карту процесу: %1</translation>
    </message>
    <message>
        <source>Open Map from Database</source>
        <translation>Відкриття карти з бази даних</translation>
    </message>
    <message numerus="yes">
        <source>Opened version %1 of “%2”, read-only: %n element(s).</source>
        <translation>
            <numerusform>Відкрито версію %1 карти «%2», лише для читання: %n елемент.</numerusform>
            <numerusform>Відкрито версію %1 карти «%2», лише для читання: %n елементи.</numerusform>
            <numerusform>Відкрито версію %1 карти «%2», лише для читання: %n елементів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”, version %2: %n element(s).</source>
        <translation>
            <numerusform>Відкрито «%1», версія %2: %n елемент.</numerusform>
            <numerusform>Відкрито «%1», версія %2: %n елементи.</numerusform>
            <numerusform>Відкрито «%1», версія %2: %n елементів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to Database</source>
        <translation>Збереження в базу даних</translation>
    </message>
    <message>
        <source>Name of the route map:</source>
        <translation>Назва карти процесу:</translation>
    </message>
    <message>
        <source>Saved “%1” as version %2.</source>
        <translation>«%1» збережено як версію %2.</translation>
    </message>
    <message>
        <source>Name of the new route map:</source>
        <translation>Назва нової карти процесу:</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>Історія версій</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не вдалося експортувати в %1: %2</translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation>Експорт малюнка</translation>
    </message>
    <message>
        <source>Exported the drawing to %1.</source>
        <translation>Малюнок експортовано в %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Малюнок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Sent the drawing to the printer.</source>
        <translation>Малюнок надіслано на принтер.</translation>
    </message>
    <message>
        <source>Print Process Map</source>
        <translation>Друк карти процесу</translation>
    </message>
    <message>
        <source>Select the elements to copy first.</source>
        <translation>Спершу виділіть елементи для копіювання.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n element(s).</source>
        <translation>
            <numerusform>Скопійовано %n елемент.</numerusform>
            <numerusform>Скопійовано %n елементи.</numerusform>
            <numerusform>Скопійовано %n елементів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no BPMN elements to paste.</source>
        <translation>У буфері обміну немає елементів BPMN для вставлення.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n element(s).</source>
        <translation>
            <numerusform>Вставлено %n елемент.</numerusform>
            <numerusform>Вставлено %n елементи.</numerusform>
            <numerusform>Вставлено %n елементів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more elements to align.</source>
        <translation>Виділіть два або більше елементів для вирівнювання.</translation>
    </message>
    <message numerus="yes">
        <source>Align %n element(s)</source>
        <translation>
            <numerusform>Вирівняти %n елемент</numerusform>
            <numerusform>Вирівняти %n елементи</numerusform>
            <numerusform>Вирівняти %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Select three or more elements to distribute.</source>
        <translation>Виділіть три або більше елементів для розподілу.</translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n element(s)</source>
        <translation>
            <numerusform>Розподілити %n елемент</numerusform>
            <numerusform>Розподілити %n елементи</numerusform>
            <numerusform>Розподілити %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Append task</source>
        <translation>Додати завдання</translation>
    </message>
    <message>
        <source>Append gateway</source>
        <translation>Додати шлюз</translation>
    </message>
    <message>
        <source>Append intermediate event</source>
        <translation>Додати проміжну подію</translation>
    </message>
    <message>
        <source>Append end event</source>
        <translation>Додати кінцеву подію</translation>
    </message>
    <message>
        <source>Connect (C)</source>
        <translation>З’єднати (C)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Видалити (Del)</translation>
    </message>
    <message>
        <source>Append %1</source>
        <translation>Додати: %1</translation>
    </message>
    <message>
        <source>%1: drag it onto the canvas, or click here and then on the canvas; the arrow shows the other kinds</source>
        <translation>%1: перетягніть на полотно або клацніть тут, а потім на полотні; стрілка показує інші різновиди</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Message start event</source>
        <translation>Початкова подія повідомлення</translation>
    </message>
    <message>
        <source>Timer start event</source>
        <translation>Початкова подія таймера</translation>
    </message>
    <message>
        <source>Conditional start event</source>
        <translation>Умовна початкова подія</translation>
    </message>
    <message>
        <source>Signal start event</source>
        <translation>Початкова подія сигналу</translation>
    </message>
    <message>
        <source>Message catch event</source>
        <translation>Проміжна подія отримання повідомлення</translation>
    </message>
    <message>
        <source>Timer catch event</source>
        <translation>Проміжна подія таймера</translation>
    </message>
    <message>
        <source>Conditional catch event</source>
        <translation>Умовна проміжна подія</translation>
    </message>
    <message>
        <source>Signal catch event</source>
        <translation>Проміжна подія отримання сигналу</translation>
    </message>
    <message>
        <source>Link catch event</source>
        <translation>Проміжна подія-зв’язок (отримання)</translation>
    </message>
    <message>
        <source>Message throw event</source>
        <translation>Проміжна подія надсилання повідомлення</translation>
    </message>
    <message>
        <source>Signal throw event</source>
        <translation>Проміжна подія надсилання сигналу</translation>
    </message>
    <message>
        <source>Escalation throw event</source>
        <translation>Проміжна подія надсилання ескалації</translation>
    </message>
    <message>
        <source>Link throw event</source>
        <translation>Проміжна подія-зв’язок (надсилання)</translation>
    </message>
    <message>
        <source>Compensation throw event</source>
        <translation>Проміжна подія надсилання компенсації</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Гранична подія</translation>
    </message>
    <message>
        <source>Message boundary event</source>
        <translation>Гранична подія повідомлення</translation>
    </message>
    <message>
        <source>Timer boundary event</source>
        <translation>Гранична подія таймера</translation>
    </message>
    <message>
        <source>Error boundary event</source>
        <translation>Гранична подія помилки</translation>
    </message>
    <message>
        <source>Escalation boundary event</source>
        <translation>Гранична подія ескалації</translation>
    </message>
    <message>
        <source>Conditional boundary event</source>
        <translation>Умовна гранична подія</translation>
    </message>
    <message>
        <source>Signal boundary event</source>
        <translation>Гранична подія сигналу</translation>
    </message>
    <message>
        <source>Compensation boundary event</source>
        <translation>Гранична подія компенсації</translation>
    </message>
    <message>
        <source>Message boundary event (non-interrupting)</source>
        <translation>Гранична подія повідомлення (без переривання)</translation>
    </message>
    <message>
        <source>Timer boundary event (non-interrupting)</source>
        <translation>Гранична подія таймера (без переривання)</translation>
    </message>
    <message>
        <source>Escalation boundary event (non-interrupting)</source>
        <translation>Гранична подія ескалації (без переривання)</translation>
    </message>
    <message>
        <source>Conditional boundary event (non-interrupting)</source>
        <translation>Умовна гранична подія (без переривання)</translation>
    </message>
    <message>
        <source>Signal boundary event (non-interrupting)</source>
        <translation>Гранична подія сигналу (без переривання)</translation>
    </message>
    <message>
        <source>Message end event</source>
        <translation>Кінцева подія повідомлення</translation>
    </message>
    <message>
        <source>Escalation end event</source>
        <translation>Кінцева подія ескалації</translation>
    </message>
    <message>
        <source>Error end event</source>
        <translation>Кінцева подія помилки</translation>
    </message>
    <message>
        <source>Compensation end event</source>
        <translation>Кінцева подія компенсації</translation>
    </message>
    <message>
        <source>Signal end event</source>
        <translation>Кінцева подія сигналу</translation>
    </message>
    <message>
        <source>Terminate end event</source>
        <translation>Кінцева подія припинення</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Завдання надсилання</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Завдання отримання</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Ручне завдання</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Завдання бізнес-правила</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Завдання сценарію</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Дія виклику</translation>
    </message>
    <message>
        <source>Sub-process (collapsed)</source>
        <translation>Підпроцес (згорнутий)</translation>
    </message>
    <message>
        <source>Sub-process (expanded)</source>
        <translation>Підпроцес (розгорнутий)</translation>
    </message>
    <message>
        <source>Event sub-process</source>
        <translation>Подієвий підпроцес</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакція</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Довільний (ad-hoc) підпроцес</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Включний шлюз</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Шлюз на основі подій</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Складний шлюз</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Артефакти</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Пул</translation>
    </message>
    <message>
        <source>Pool (vertical)</source>
        <translation>Пул (вертикальний)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Доріжка</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Змінити тип</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Додати доріжку вище</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Додати доріжку нижче</translation>
    </message>
    <message>
        <source>Add lane to the left</source>
        <translation>Додати доріжку ліворуч</translation>
    </message>
    <message>
        <source>Add lane to the right</source>
        <translation>Додати доріжку праворуч</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>Змінити &amp;тип</translation>
    </message>
    <message>
        <source>Add Lane to the &amp;Left</source>
        <translation>Додати доріжку ліво&amp;руч</translation>
    </message>
    <message>
        <source>Add Lane &amp;Above</source>
        <translation>Додати доріжку ви&amp;ще</translation>
    </message>
    <message>
        <source>Add Lane to the &amp;Right</source>
        <translation>Додати доріжку прав&amp;оруч</translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation>Додати доріжку ни&amp;жче</translation>
    </message>
    <message>
        <source>The diagram of the file shown on the canvas</source>
        <translation>Діаграма файлу, показана на полотні</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Діаграма:</translation>
    </message>
    <message>
        <source>Showing the diagram “%1”.</source>
        <translation>Показано діаграму «%1».</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>Змінити &amp;тип…</translation>
    </message>
    <message>
        <source>&amp;Find Element…</source>
        <translation>&amp;Знайти елемент…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Простір</translation>
    </message>
    <message>
        <source>Space (S): drag to make space, drag back to remove it; Ctrl moves the left or upper side</source>
        <translation>Простір (S): перетягніть, щоб додати простір, перетягніть назад, щоб прибрати його; з Ctrl зсувається ліва або верхня частина</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Divide Lane in Two</source>
        <translation>&amp;Розділити доріжку на дві</translation>
    </message>
    <message>
        <source>Select one element to change its type.</source>
        <translation>Виділіть один елемент, щоб змінити його тип.</translation>
    </message>
    <message>
        <source>This element has no other type to change to.</source>
        <translation>Цей елемент не можна змінити на інший тип.</translation>
    </message>
    <message>
        <source>Find an element by name or id</source>
        <translation>Знайти елемент за назвою або ідентифікатором</translation>
    </message>
    <message>
        <source>No element is named “%1” or has that id.</source>
        <translation>Немає елемента з назвою або ідентифікатором «%1».</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Space tool: drag to make space, drag back to remove it (Ctrl: the other side)</source>
        <translation>Інструмент «Простір»: перетягніть, щоб додати простір, перетягніть назад, щоб прибрати його (Ctrl: інша сторона)</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Hand tool: drag to pan</source>
        <translation>Інструмент «Рука»: перетягуйте, щоб переміщувати полотно</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Lasso tool: drag to select, also starting on an element</source>
        <translation>Інструмент «Ласо»: перетягніть, щоб виділити, навіть починаючи з елемента</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Connect tool: drag from one element to another</source>
        <translation>Інструмент «З’єднати»: перетягніть від одного елемента до іншого</translation>
    </message>
    <message>
        <source>E, F2</source>
        <translation>E, F2</translation>
    </message>
    <message>
        <source>Edit the label of the selected element</source>
        <translation>Змінити підпис виділеного елемента</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Change the type of the selected element</source>
        <translation>Змінити тип виділеного елемента</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Append a task to the selected element</source>
        <translation>Додати завдання після виділеного елемента</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Select tool; cancels a drag or an edit</source>
        <translation>Інструмент «Виділення»; скасовує перетягування або редагування</translation>
    </message>
    <message>
        <source>Del, Backspace</source>
        <translation>Del, Backspace</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Видалити виділене</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Клавіші зі стрілками</translation>
    </message>
    <message>
        <source>Move the selection by one grid step</source>
        <translation>Зсунути виділене на один крок сітки</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Виділити все</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Cut, copy, paste</source>
        <translation>Вирізати, копіювати, вставити</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Space + drag, middle button drag</source>
        <translation>Space + перетягування, перетягування середньою кнопкою миші</translation>
    </message>
    <message>
        <source>Pan the canvas with any tool</source>
        <translation>Переміщувати полотно будь-яким інструментом</translation>
    </message>
    <message>
        <source>Ctrl + wheel, %1, %2</source>
        <translation>Ctrl + коліщатко, %1, %2</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштабування</translation>
    </message>
    <message>
        <source>Fit the diagram in the window</source>
        <translation>Вписати діаграму у вікно</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Реальний розмір</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>F1, ?</source>
        <translation>F1, ?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Цей список</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавіша</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>&amp;New Process Map</source>
        <translation>&amp;Нова карта процесу</translation>
    </message>
    <message>
        <source>A new process map.</source>
        <translation>Нова карта процесу.</translation>
    </message>
    <message>
        <source>Save the changes to this process map first?</source>
        <translation>Спершу зберегти зміни цієї карти процесу?</translation>
    </message>
    <message>
        <source>Set colour</source>
        <translation>Задати колір</translation>
    </message>
</context>
<context>
    <name>ProcessExport</name>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Виберіть ім’я файлу із закінченням .png, .svg або .pdf.</translation>
    </message>
    <message>
        <source>The process map has no diagram to draw.</source>
        <translation>Карта процесу не має діаграми для малювання.</translation>
    </message>
    <message>
        <source>The picture could not be drawn (too little memory?).</source>
        <translation>Не вдалося намалювати зображення (замало пам’яті?).</translation>
    </message>
    <message>
        <source>The process map has no diagram to print.</source>
        <translation>Карта процесу не має діаграми для друку.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не вдалося запустити принтер.</translation>
    </message>
</context>
<context>
    <name>ProcessMapDialog</name>
    <message>
        <source>Route Maps in the Database</source>
        <translation>Карти процесів у базі даних</translation>
    </message>
    <message>
        <source>Route map</source>
        <translation>Карта процесу</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;йменувати…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Перемістити до &amp;кошика</translation>
    </message>
    <message>
        <source>Open the latest version to edit a map; older versions open read-only.</source>
        <translation>Щоб редагувати карту, відкрийте найновішу версію; старіші версії відкриваються лише для читання.</translation>
    </message>
    <message>
        <source>No route maps are stored in this database yet. Save one from the editor with File › Save to Database.</source>
        <translation>У цій базі даних ще немає карт процесів. Збережіть карту з редактора командою Файл › Зберегти в базу даних.</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>Відкрити лише для &amp;читання</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Rename Route Map</source>
        <translation>Перейменування карти процесу</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Перемістити до кошика</translation>
    </message>
    <message>
        <source>Move the route map “%1” with all its versions to the trash?</source>
        <translation>Перемістити карту процесу «%1» з усіма її версіями до кошика?</translation>
    </message>
</context>
<context>
    <name>ProcessMapStore</name>
    <message>
        <source>Reading or saving the route map failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти карту процесу; нічого не змінено.</translation>
    </message>
    <message>
        <source>The route map cannot be saved: line %1, column %2: %3</source>
        <translation>Не вдається зберегти карту процесу: рядок %1, стовпець %2: %3</translation>
    </message>
    <message>
        <source>The route map cannot be saved: %1</source>
        <translation>Не вдається зберегти карту процесу: %1</translation>
    </message>
    <message>
        <source>The route map cannot be saved: it is not a BPMN 2.0 document.</source>
        <translation>Не вдається зберегти карту процесу: це не документ BPMN 2.0.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator changes route maps; “%1” is not one.</source>
        <translation>Змінювати карти процесів може лише власник процесу або адміністратор; «%1» не має такої ролі.</translation>
    </message>
    <message>
        <source>There is no route map with the id %1.</source>
        <translation>Немає карти процесу з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>There is no route map named “%1”.</source>
        <translation>Немає карти процесу з назвою «%1».</translation>
    </message>
    <message>
        <source>The route map “%1” has no version %2.</source>
        <translation>Карта процесу «%1» не має версії %2.</translation>
    </message>
    <message>
        <source>A route map needs a name.</source>
        <translation>Карта процесу повинна мати назву.</translation>
    </message>
    <message>
        <source>A route map name has at most %1 characters.</source>
        <translation>Назва карти процесу може містити щонайбільше %1 символів.</translation>
    </message>
    <message>
        <source>There is already a route map named “%1”; choose another name.</source>
        <translation>Карта процесу з назвою «%1» уже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Немає воронки з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>The route map “%1” is in the trash; restore it before saving.</source>
        <translation>Карта процесу «%1» у кошику; відновіть її перед збереженням.</translation>
    </message>
    <message>
        <source>The route map “%1” cannot be restored: another map has its name now. Rename that one first.</source>
        <translation>Не вдається відновити карту процесу «%1»: тепер таку саму назву має інша карта. Спершу перейменуйте її.</translation>
    </message>
</context>
<context>
    <name>ProcessRules</name>
    <message>
        <source>An element cannot be connected to itself.</source>
        <translation>Елемент не можна з’єднати із самим собою.</translation>
    </message>
    <message>
        <source>These elements are already connected.</source>
        <translation>Ці елементи вже з’єднано.</translation>
    </message>
    <message>
        <source>A sequence flow connects events, activities and gateways.</source>
        <translation>Потік керування з’єднує події, дії та шлюзи.</translation>
    </message>
    <message>
        <source>These elements cannot be connected.</source>
        <translation>Ці елементи не можна з’єднати.</translation>
    </message>
    <message>
        <source>Only flows and associations can be reconnected.</source>
        <translation>Перепід’єднувати можна лише потоки та асоціації.</translation>
    </message>
    <message>
        <source>A sequence flow stays inside one pool; between pools draw a message flow.</source>
        <translation>Потік керування не виходить за межі одного пулу; між пулами проведіть потік повідомлень.</translation>
    </message>
    <message>
        <source>A message flow connects elements of two different pools.</source>
        <translation>Потік повідомлень з’єднує елементи двох різних пулів.</translation>
    </message>
    <message>
        <source>An association joins a text annotation to another element.</source>
        <translation>Асоціація з’єднує текстову анотацію з іншим елементом.</translation>
    </message>
    <message>
        <source>A data association joins an activity to a data object or data store.</source>
        <translation>Асоціація даних з’єднує дію з об’єктом даних або сховищем даних.</translation>
    </message>
</context>
<context>
    <name>ProcessTemplates</name>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>Обробка скарг</translation>
    </message>
    <message>
        <source>Marketing event</source>
        <translation>Маркетинговий захід</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Доручення</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation>Редагування товару</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Новий товар</translation>
    </message>
    <message>
        <source>pcs, h, m²…</source>
        <translation>шт., год, м²…</translation>
    </message>
    <message>
        <source>Offered for new line items</source>
        <translation>Пропонується для нових позицій</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Артикул:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Одиниця:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Ціна:</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%):</source>
        <translation>&amp;Ставка податку (%):</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>А&amp;ктивний:</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>«%1» не є кодом валюти на кшталт EUR або RON.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a price in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>«%1» не є ціною в %2 (щонайбільше %n десятковий знак).</numerusform>
            <numerusform>«%1» не є ціною в %2 (щонайбільше %n десяткові знаки).</numerusform>
            <numerusform>«%1» не є ціною в %2 (щонайбільше %n десяткових знаків).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a tax rate between 0 and 100 % (at most two decimals).</source>
        <translation>«%1» не є ставкою податку від 0 до 100 % (щонайбільше два десяткові знаки).</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Reading or saving the product failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти товар; нічого не змінено.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>Товар повинен мати назву.</translation>
    </message>
    <message>
        <source>The product name</source>
        <translation>Назва товару</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>The price of “%1” cannot be negative.</source>
        <translation>Ціна «%1» не може бути від’ємною.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>«%1» не є кодом валюти на кшталт EUR або RON.</translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation>Ставка податку має бути від 0 до 100 %.</translation>
    </message>
    <message>
        <source>Sales managers pick products from the catalogue; a process owner, director or administrator edits it.</source>
        <translation>Менеджери з продажу вибирають товари з каталогу; редагує його власник процесу, директор або адміністратор.</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>Немає товару з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>Another product has the SKU “%1”.</source>
        <translation>Артикул «%1» уже має інший товар.</translation>
    </message>
</context>
<context>
    <name>ProductSettingsPage</name>
    <message>
        <source>Search name or SKU</source>
        <translation>Пошук за назвою або артикулом</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Податок</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Де&amp;активувати</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товари</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Changes to the catalogue are saved at once. A product is never deleted; an inactive one is no longer offered for new line items.</source>
        <translation>Зміни в каталозі зберігаються одразу. Товари ніколи не видаляються; неактивний товар більше не пропонується для нових позицій.</translation>
    </message>
    <message>
        <source>Process owners, directors and administrators edit the catalogue.</source>
        <translation>Редагувати каталог можуть власники процесів, директори та адміністратори.</translation>
    </message>
    <message>
        <source>%1 of %2 products shown; search to narrow them.</source>
        <translation>Показано товарів: %1 з %2; скористайтеся пошуком, щоб звузити список.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активувати</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>e.g. ${approved}</source>
        <translation>напр. ${approved}</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. P3D</source>
        <translation>ISO 8601, напр. P3D</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>напр. Менеджер з продажу</translation>
    </message>
    <message>
        <source>No checkpoint</source>
        <translation>Без контрольного строку</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Ідентифікатор:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Documentation:</source>
        <translation>&amp;Документація:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Умова:</translation>
    </message>
    <message>
        <source>&amp;Timer:</source>
        <translation>&amp;Таймер:</translation>
    </message>
    <message>
        <source>Timer &amp;value:</source>
        <translation>&amp;Значення таймера:</translation>
    </message>
    <message>
        <source>Assignee &amp;role:</source>
        <translation>&amp;Роль виконавця:</translation>
    </message>
    <message>
        <source>D&amp;ue in:</source>
        <translation>Строк &amp;виконання:</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Нічого не виділено</translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected</source>
        <translation>
            <numerusform>Виділено %n елемент</numerusform>
            <numerusform>Виділено %n елементи</numerusform>
            <numerusform>Виділено %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Лінія</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Колір:</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Інший колір…</translation>
    </message>
    <message>
        <source>Fill Colour</source>
        <translation>Колір заливки</translation>
    </message>
    <message>
        <source>Line Colour</source>
        <translation>Колір лінії</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Перемістити %n елемент</numerusform>
            <numerusform>Перемістити %n елементи</numerusform>
            <numerusform>Перемістити %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Створити: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>З&apos;єднати</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Додати асоціацію</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Видалити %n елемент</numerusform>
            <numerusform>Видалити %n елементи</numerusform>
            <numerusform>Видалити %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>Перейменувати на «%1»</translation>
    </message>
    <message>
        <source>Change id to “%1”</source>
        <translation>Змінити ідентифікатор на «%1»</translation>
    </message>
    <message>
        <source>There is no element “%1”.</source>
        <translation>Немає елемента «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, without spaces.</source>
        <translation>«%1» не є допустимим ідентифікатором: він має починатися з літери або «_», а далі містити літери, цифри, «_», «-» або «.», без пробілів.</translation>
    </message>
    <message>
        <source>The id “%1” is already used by another element.</source>
        <translation>Ідентифікатор «%1» уже використовує інший елемент.</translation>
    </message>
    <message>
        <source>Edit documentation</source>
        <translation>Змінити документацію</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Змінити умову</translation>
    </message>
    <message>
        <source>Edit timer</source>
        <translation>Змінити таймер</translation>
    </message>
    <message>
        <source>Edit assignee role</source>
        <translation>Змінити роль виконавця</translation>
    </message>
    <message>
        <source>Edit due time</source>
        <translation>Змінити строк виконання</translation>
    </message>
    <message>
        <source>Bend flow</source>
        <translation>Вигнути потік</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставити</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Перепід’єднати</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Змінити розмір</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Додати доріжку</translation>
    </message>
    <message>
        <source>Connect by message flow</source>
        <translation>З’єднати потоком повідомлень</translation>
    </message>
    <message>
        <source>Associate data</source>
        <translation>Додати асоціацію даних</translation>
    </message>
    <message>
        <source>Default flow</source>
        <translation>Потік за замовчуванням</translation>
    </message>
    <message>
        <source>Conditional flow</source>
        <translation>Умовний потік</translation>
    </message>
    <message>
        <source>Default &amp;Flow</source>
        <translation>Потік за &amp;замовчуванням</translation>
    </message>
    <message>
        <source>Taken when no other outgoing flow&apos;s condition holds</source>
        <translation>Виконується, коли не справджується умова жодного іншого вихідного потоку</translation>
    </message>
    <message>
        <source>C&amp;onditional Flow</source>
        <translation>&amp;Умовний потік</translation>
    </message>
    <message>
        <source>Taken only when its condition holds; write the condition in the properties</source>
        <translation>Виконується, лише коли справджується його умова; запишіть умову у властивостях</translation>
    </message>
    <message>
        <source>Change container</source>
        <translation>Змінити контейнер</translation>
    </message>
    <message>
        <source>Change type to %1</source>
        <translation>Змінити тип на: %1</translation>
    </message>
    <message>
        <source>Close lane gap</source>
        <translation>Прибрати проміжок між доріжками</translation>
    </message>
    <message>
        <source>Remove the last pool</source>
        <translation>Вилучити останній пул</translation>
    </message>
    <message>
        <source>Make space</source>
        <translation>Додати простір</translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation>Прибрати простір</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Типовий</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синій</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Помаранчевий</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелений</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Червоний</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фіолетовий</translation>
    </message>
    <message>
        <source>Set colour</source>
        <translation>Задати колір</translation>
    </message>
    <message>
        <source>Place labels</source>
        <translation>Розмістити підписи</translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компанія</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>угода</translation>
    </message>
    <message>
        <source>“%1” is not a record kind; use contact, company or deal.</source>
        <translation>«%1» не є типом запису; використовуйте contact, company або deal.</translation>
    </message>
    <message>
        <source>Reading the %1 failed.</source>
        <translation>Не вдалося прочитати запис (%1).</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Немає запису (%1) з ідентифікатором %2.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to “%3” and is not shared with “%4”; a sales manager sees and changes only their own records and those shared with them.</source>
        <translation>Запис (%1 %2) належить користувачу «%3», і доступ до нього не надано користувачу «%4»; менеджер з продажу бачить і змінює лише власні записи та ті, до яких йому надано доступ.</translation>
    </message>
</context>
<context>
    <name>RecordDealsModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>RecordDealsPanel</name>
    <message>
        <source>No deals with this contact yet.</source>
        <translation>З цим контактом поки немає угод.</translation>
    </message>
    <message>
        <source>No deals with this company yet.</source>
        <translation>З цією компанією поки немає угод.</translation>
    </message>
    <message>
        <source>+ &amp;Deal</source>
        <translation>+ &amp;Угода</translation>
    </message>
    <message>
        <source>Start a deal with this contact</source>
        <translation>Почати угоду з цим контактом</translation>
    </message>
    <message>
        <source>Start a deal with this company</source>
        <translation>Почати угоду з цією компанією</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Угоди (%1)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Нова угода</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type a name, company or e-mail…</source>
        <translation>Введіть ім’я, компанію або ел. пошту…</translation>
    </message>
    <message>
        <source>Type a company name…</source>
        <translation>Введіть назву компанії…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Відкрити контакт</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>Відкрити компанію</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(contact %1)</source>
        <translation>(контакт %1)</translation>
    </message>
    <message>
        <source>(company %1)</source>
        <translation>(компанія %1)</translation>
    </message>
</context>
<context>
    <name>RecordTrash</name>
    <message>
        <source>Changing the trash failed; nothing was changed.</source>
        <translation>Не вдалося змінити кошик; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Так/Ні</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Загальні</translation>
    </message>
    <message>
        <source>&amp;Custom Fields</source>
        <translation>Додат&amp;кові поля</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>The new language applies after restarting Pristriy.</source>
        <translation>Нова мова застосується після перезапуску Pristriy.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this region. This setting belongs to the database, so everyone using it shares it.</source>
        <translation>Номери телефонів, введені без коду країни, вважаються номерами цього регіону. Цей параметр зберігається в базі даних, тому він спільний для всіх її користувачів.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>&amp;Регіон телефонів за замовчуванням:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компанії</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Варіанти</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Вилучити…</translation>
    </message>
    <message>
        <source>Changes to custom fields are saved at once.</source>
        <translation>Зміни в додаткових полях зберігаються одразу.</translation>
    </message>
    <message>
        <source>Fields of:</source>
        <translation>Поля для:</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Додаткові поля</translation>
    </message>
    <message>
        <source>Remove Custom Field</source>
        <translation>Вилучення додаткового поля</translation>
    </message>
    <message>
        <source>Remove the field “%1”? The values stored in it for every record are deleted too.</source>
        <translation>Вилучити поле «%1»? Значення, збережені в ньому для всіх записів, теж буде видалено.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Reading phone numbers in the new region…</source>
        <translation>Перечитування номерів телефонів для нового регіону…</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>&amp;Воронки</translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation>&amp;Товари</translation>
    </message>
    <message>
        <source>&amp;Lost Reasons</source>
        <translation>&amp;Причини програшу</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Спільний доступ</translation>
    </message>
    <message>
        <source>The users ticked here see and change this record besides its owner.</source>
        <translation>Позначені тут користувачі, крім відповідального, можуть переглядати та змінювати цей запис.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>This database has no other users to share with; an administrator adds them in Tools › Users.</source>
        <translation>У цій базі немає інших користувачів для спільного доступу; адміністратор додає їх в «Інструменти › Користувачі».</translation>
    </message>
</context>
<context>
    <name>ShareService</name>
    <message>
        <source>Reading or saving the sharing failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти налаштування спільного доступу; нічого не змінено.</translation>
    </message>
    <message>
        <source>Only the owner of the %1 %2 (“%3”) or a director shares it.</source>
        <translation>Надавати доступ до запису (%1 %2) може лише його відповідальний («%3») або директор.</translation>
    </message>
    <message>
        <source>There is no user “%1” to share with.</source>
        <translation>Немає користувача «%1», якому можна надати доступ.</translation>
    </message>
</context>
<context>
    <name>SideFts</name>
    <message>
        <source>The search index could not be prepared.</source>
        <translation>Не вдалося підготувати пошуковий індекс.</translation>
    </message>
    <message>
        <source>The search index was not built.</source>
        <translation>Пошуковий індекс не побудовано.</translation>
    </message>
    <message>
        <source>Building the search index failed.</source>
        <translation>Не вдалося побудувати пошуковий індекс.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Edit Stage</source>
        <translation>Редагування етапу</translation>
    </message>
    <message>
        <source>New Stage</source>
        <translation>Новий етап</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <source>&amp;Win probability:</source>
        <translation>&amp;Ймовірність виграшу:</translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation>Контрольний &amp;строк:</translation>
    </message>
    <message>
        <source>A deal longer in the stage than its checkpoint is marked late on the board.</source>
        <translation>Угоду, яка пробула на етапі довше за контрольний строк, на дошці позначено як прострочену.</translation>
    </message>
    <message>
        <source>Stage Colour</source>
        <translation>Колір етапу</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Що потрібно зробити</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>У момент терміну</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>За 15 хвилин</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>За 1 годину</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Пріоритет:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>На&amp;гадування:</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Reading or saving the task failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти завдання; нічого не змінено.</translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation>Немає завдання з ідентифікатором %1.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Завдання повинно мати назву.</translation>
    </message>
    <message>
        <source>The task&apos;s title</source>
        <translation>Назва завдання</translation>
    </message>
    <message>
        <source>The task&apos;s description</source>
        <translation>Опис завдання</translation>
    </message>
    <message>
        <source>A task&apos;s priority is 0 (low), 1 (normal) or 2 (high), not %1.</source>
        <translation>Пріоритет завдання має бути 0 (низький), 1 (звичайний) або 2 (високий), а не %1.</translation>
    </message>
    <message>
        <source>The reminder of “%1” is more than a day after its due time.</source>
        <translation>Нагадування для «%1» більш ніж на день пізніше за його термін.</translation>
    </message>
    <message>
        <source>The task %1 is assigned to “%2”; a sales manager sees and changes only their own tasks and those of records they may see.</source>
        <translation>Завдання %1 доручено користувачу «%2»; менеджер з продажу бачить і змінює лише власні завдання та завдання записів, доступних йому.</translation>
    </message>
    <message>
        <source>A sales manager assigns tasks to themselves, not to “%1”.</source>
        <translation>Менеджер з продажу доручає завдання лише собі, а не користувачу «%1».</translation>
    </message>
    <message>
        <source>There is no active user “%1” to assign the task to.</source>
        <translation>Немає активного користувача «%1», якому можна доручити завдання.</translation>
    </message>
    <message>
        <source>A sales manager cannot hand a task to “%1”; a director can.</source>
        <translation>Менеджер з продажу не може передати завдання користувачу «%1»; це може зробити директор.</translation>
    </message>
    <message>
        <source>A task list needs a limit of at least 1.</source>
        <translation>Для списку завдань потрібен ліміт не менше 1.</translation>
    </message>
    <message>
        <source>A sales manager sees their own tasks, not those of “%1”.</source>
        <translation>Менеджер з продажу бачить лише власні завдання, а не завдання користувача «%1».</translation>
    </message>
    <message>
        <source>The reminder of task %1 is for “%2”.</source>
        <translation>Нагадування про завдання %1 призначене для «%2».</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1: текст задовгий (%2 символів; щонайбільше %3).</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), which cannot be stored.</source>
        <translation>%1: текст містить керівний символ (U+%2), який не можна зберегти.</translation>
    </message>
    <message>
        <source>%1 contains bytes that are not valid UTF-8 text (shown as U+FFFD). Check the encoding of the file or terminal it came from and type it again.</source>
        <translation>%1: текст містить байти, що не є коректним текстом UTF-8 (показано як U+FFFD). Перевірте кодування файлу або термінала, звідки взято текст, і введіть його ще раз.</translation>
    </message>
    <message>
        <source>%1 has no visible characters (only spaces or zero-width characters). Type a name one can read.</source>
        <translation>%1: текст не містить видимих символів (лише пробіли або символи нульової ширини). Введіть ім’я, яке можна прочитати.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Reading the timeline failed.</source>
        <translation>Не вдалося прочитати хронологію.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Line items changed (%1)</source>
        <translation>Змінено позиції (%1)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Змінено: %1</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Надано доступ: %1</translation>
    </message>
    <message>
        <source>No longer shared with %1</source>
        <translation>Скасовано доступ: %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Переміщено до кошика</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Відновлено з кошика</translation>
    </message>
    <message>
        <source>A timeline page needs an offset of 0 or more and a limit of 1 or more.</source>
        <translation>Для сторінки хронології потрібні зсув не менше 0 і ліміт не менше 1.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Завдання виконано: %1</translation>
    </message>
    <message>
        <source>Task cancelled: %1</source>
        <translation>Завдання скасовано: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Завдання: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Термін: %1</translation>
    </message>
    <message>
        <source>Due %1 — %2</source>
        <translation>Термін: %1 — %2</translation>
    </message>
    <message>
        <source>Missed incoming call %1</source>
        <translation>Пропущений вхідний дзвінок %1</translation>
    </message>
    <message>
        <source>Unanswered outgoing call %1</source>
        <translation>Вихідний дзвінок без відповіді %1</translation>
    </message>
    <message>
        <source>Incoming call %1, %2</source>
        <translation>Вхідний дзвінок %1, %2</translation>
    </message>
    <message>
        <source>Outgoing call %1, %2</source>
        <translation>Вихідний дзвінок %1, %2</translation>
    </message>
    <message>
        <source>Placed in stage %1</source>
        <translation>Поміщено на етап %1</translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation>Етап: %1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or locked by another program; nothing was changed. Try again in a moment.</source>
        <translation>База даних зайнята або заблокована іншою програмою; нічого не змінено. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>No transaction.</source>
        <translation>Немає транзакції.</translation>
    </message>
    <message>
        <source>Saving the change failed; nothing was changed.</source>
        <translation>Не вдалося зберегти зміну; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>There are no contacts in the trash.</source>
        <translation>У кошику немає контактів.</translation>
    </message>
    <message>
        <source>There are no companies in the trash.</source>
        <translation>У кошику немає компаній.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Повернути вибрані записи туди, де вони були</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Видалити назавжди…</translation>
    </message>
    <message>
        <source>Delete the selected records for good; this cannot be undone</source>
        <translation>Остаточно видалити вибрані записи; цю дію не можна скасувати</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Остаточно видалити %n контакт? Цю дію не можна скасувати.</numerusform>
            <numerusform>Остаточно видалити %n контакти? Цю дію не можна скасувати.</numerusform>
            <numerusform>Остаточно видалити %n контактів? Цю дію не можна скасувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s) permanently? Their contacts stay, without a company. This cannot be undone.</source>
        <translation>
            <numerusform>Остаточно видалити %n компанію? Пов’язані контакти залишаться, але без компанії. Цю дію не можна скасувати.</numerusform>
            <numerusform>Остаточно видалити %n компанії? Пов’язані контакти залишаться, але без компанії. Цю дію не можна скасувати.</numerusform>
            <numerusform>Остаточно видалити %n компаній? Пов’язані контакти залишаться, але без компанії. Цю дію не можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Видалити назавжди</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Контакти (%1)</translation>
    </message>
    <message>
        <source>Companies (%1)</source>
        <translation>Компанії (%1)</translation>
    </message>
    <message>
        <source>There are no deals in the trash.</source>
        <translation>У кошику немає угод.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s) permanently, with their tasks, calls, line items, notes and stage history? This cannot be undone.</source>
        <translation>
            <numerusform>Видалити назавжди %n угоду з її завданнями, дзвінками, позиціями, нотатками та історією етапів? Це не можна скасувати.</numerusform>
            <numerusform>Видалити назавжди %n угоди з їхніми завданнями, дзвінками, позиціями, нотатками та історією етапів? Це не можна скасувати.</numerusform>
            <numerusform>Видалити назавжди %n угод з їхніми завданнями, дзвінками, позиціями, нотатками та історією етапів? Це не можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Угоди (%1)</translation>
    </message>
</context>
<context>
    <name>UpdateMembershipCommand</name>
    <message>
        <source>A collapsed pool has no process: elements cannot go into it.</source>
        <translation>Згорнутий пул не має процесу: у нього не можна поміщати елементи.</translation>
    </message>
    <message>
        <source>A boundary event stays on the border of a task or sub-process.</source>
        <translation>Гранична подія має залишатися на межі завдання або підпроцесу.</translation>
    </message>
    <message>
        <source>A sequence flow cannot cross the border of a sub-process or pool: move the connected elements together, or remove the flow first.</source>
        <translation>Потік керування не може перетинати межу підпроцесу або пулу: перемістіть з’єднані елементи разом або спершу вилучіть потік.</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <source>Who Is Working?</source>
        <translation>Хто працює?</translation>
    </message>
    <message>
        <source>This database has several users. Choose yours: your changes are recorded under it and its role decides what you may see and change.</source>
        <translation>Ця база даних має кількох користувачів. Виберіть свого: ваші зміни записуватимуться від його імені, а його роль визначає, що ви можете бачити та змінювати.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Почати</translation>
    </message>
    <message>
        <source>sales manager</source>
        <translation>менеджер з продажу</translation>
    </message>
    <message>
        <source>process owner</source>
        <translation>власник процесу</translation>
    </message>
    <message>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>Unknown User</source>
        <translation>Невідомий користувач</translation>
    </message>
    <message>
        <source>“%1” is not an active user of %2.</source>
        <translation>«%1» не є активним користувачем %2.</translation>
    </message>
    <message>
        <source>Starting as this user needs its password.</source>
        <translation>Для входу як цей користувач потрібен його пароль.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Перевірка пароля…</translation>
    </message>
    <message>
        <source>Wrong password for “%1”. Try again.</source>
        <translation>Неправильний пароль для «%1». Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>You may try the password of “%1” again.</source>
        <translation>Можна знову ввести пароль «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for “%1”. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних паролів для «%1». Спробуйте знову через %n секунду.</numerusform>
            <numerusform>Забагато неправильних паролів для «%1». Спробуйте знову через %n секунди.</numerusform>
            <numerusform>Забагато неправильних паролів для «%1». Спробуйте знову через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your login “%1” is disabled in this database; an administrator can enable it.</source>
        <translation>Ваш логін «%1» вимкнено в цій базі даних; адміністратор може його ввімкнути.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Пароль має містити щонайменше %n символ.</numerusform>
            <numerusform>Пароль має містити щонайменше %n символи.</numerusform>
            <numerusform>Пароль має містити щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Додати користувача</translation>
    </message>
    <message>
        <source>Edit User “%1”</source>
        <translation>Змінити користувача «%1»</translation>
    </message>
    <message>
        <source>e.g. ana.popescu</source>
        <translation>напр. ana.popescu</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Повне &amp;ім’я:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов’язково</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>П&amp;овторіть:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>A user needs a login.</source>
        <translation>Користувач повинен мати логін.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Reading or saving users failed; nothing was changed.</source>
        <translation>Не вдалося прочитати або зберегти користувачів; нічого не змінено.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Немає користувача «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database; an administrator can add them.</source>
        <translation>«%1» не є користувачем цієї бази даних; додати користувача може адміністратор.</translation>
    </message>
    <message>
        <source>Only an administrator manages users; “%1” is not one.</source>
        <translation>Керувати користувачами може лише адміністратор; «%1» не має такої ролі.</translation>
    </message>
    <message>
        <source>A user needs a login.</source>
        <translation>Користувач повинен мати логін.</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>Користувач «%1» уже існує.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Немає користувача з ідентифікатором %1.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Пароль має містити щонайменше %n символ.</numerusform>
            <numerusform>Пароль має містити щонайменше %n символи.</numerusform>
            <numerusform>Пароль має містити щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password has at most %n character(s).</source>
        <translation>
            <numerusform>Пароль містить не більше %n символу.</numerusform>
            <numerusform>Пароль містить не більше %n символів.</numerusform>
            <numerusform>Пароль містить не більше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password cannot contain a line break or a NUL character.</source>
        <translation>Пароль не може містити розрив рядка або символ NUL.</translation>
    </message>
    <message>
        <source>The user “%1” is disabled; an administrator can enable them.</source>
        <translation>Користувача «%1» вимкнено; адміністратор може його ввімкнути.</translation>
    </message>
    <message>
        <source>“%1” is the last active administrator and must stay one; make another user an administrator first.</source>
        <translation>«%1» — останній активний адміністратор і має ним залишитися; спершу призначте адміністратором іншого користувача.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?); no user was added.</source>
        <translation>Не вдалося обчислити хеш пароля (бракує пам’яті?); користувача не додано.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation>Не можна вимкнути самого себе; це може зробити інший адміністратор.</translation>
    </message>
    <message>
        <source>An absence needs the time it begins and the time it ends.</source>
        <translation>Для відсутності потрібні час початку й час закінчення.</translation>
    </message>
    <message>
        <source>The absence would end (%1) before it begins (%2).</source>
        <translation>Відсутність закінчилася б (%1) раніше, ніж почалася (%2).</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?); nothing was changed.</source>
        <translation>Не вдалося обчислити хеш пароля (бракує пам’яті?); нічого не змінено.</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database.</source>
        <translation>«%1» — не користувач цієї бази даних.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Sales manager</source>
        <translation>Менеджер з продажу</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Власник процесу</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Вимкнений</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Відсутній</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задано</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Without a password anybody may start as this user.</source>
        <translation>Без пароля будь-хто може увійти як цей користувач.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Only administrators change users; you may set your own password.</source>
        <translation>Змінювати користувачів можуть лише адміністратори; ви можете задати власний пароль.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Вимкнути</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>&amp;Пароль…</translation>
    </message>
    <message>
        <source>A&amp;way…</source>
        <translation>Відсу&amp;тність…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Увімкнути</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation>Не можна вимкнути самого себе; це може зробити інший адміністратор.</translation>
    </message>
    <message>
        <source>No password protects %1: anybody may start as them and see or change all that their role allows. Select each and choose Password…</source>
        <translation>Пароль не захищає %1: будь-хто може увійти як вони та бачити чи змінювати все, що дозволяє їхня роль. Виберіть кожного й натисніть «Пароль…»</translation>
    </message>
    <message>
        <source>Cannot Add the User</source>
        <translation>Не вдається додати користувача</translation>
    </message>
    <message>
        <source>Cannot Set the Password</source>
        <translation>Не вдається задати пароль</translation>
    </message>
    <message>
        <source>Saving the password of “%1”…</source>
        <translation>Збереження пароля «%1»…</translation>
    </message>
    <message>
        <source>Give Up Administration?</source>
        <translation>Відмовитися від адміністрування?</translation>
    </message>
    <message>
        <source>As a %1 you will no longer manage users, here or in the command line.</source>
        <translation>З роллю «%1» ви більше не зможете керувати користувачами ні тут, ні в командному рядку.</translation>
    </message>
    <message>
        <source>&amp;Change My Role</source>
        <translation>&amp;Змінити мою роль</translation>
    </message>
    <message>
        <source>Cannot Change the User</source>
        <translation>Не вдається змінити користувача</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Вимкнути користувача</translation>
    </message>
    <message>
        <source>“%1” will no longer be able to start Pristriy or act in the command line. Their records stay; enabling them again gives everything back.</source>
        <translation>«%1» більше не зможе запускати Pristriy чи працювати в командному рядку. Записи залишаться; повторне ввімкнення поверне все.</translation>
    </message>
    <message>
        <source>Cannot Disable the User</source>
        <translation>Не вдається вимкнути користувача</translation>
    </message>
    <message>
        <source>Cannot Enable the User</source>
        <translation>Не вдається ввімкнути користувача</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Видалити пароль</translation>
    </message>
    <message>
        <source>Anybody will be able to start as “%1” without a password.</source>
        <translation>Будь-хто зможе увійти як «%1» без пароля.</translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation>&amp;Видалити пароль</translation>
    </message>
    <message>
        <source>Cannot Remove the Password</source>
        <translation>Не вдається видалити пароль</translation>
    </message>
    <message>
        <source>Cannot Change the Absence</source>
        <translation>Не вдається змінити відсутність</translation>
    </message>
</context>
<context>
    <name>bpmn</name>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Файл не є правильно сформованим XML: %1</translation>
    </message>
    <message>
        <source>The file is not XML: %1</source>
        <translation>Файл не є XML: %1</translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep</source>
        <translation>елементи вкладено глибше ніж на %1 рівнів</translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation>Файл не містить жодного елемента XML.</translation>
    </message>
    <message>
        <source>This is not a BPMN 2.0 file: the root element is &lt;%1&gt; in namespace &quot;%2&quot;, expected &lt;definitions&gt; in namespace &quot;%3&quot;.</source>
        <translation>Це не файл BPMN 2.0: кореневий елемент — &lt;%1&gt; у просторі імен &quot;%2&quot;, а очікувався &lt;definitions&gt; у просторі імен &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдається відкрити %1: %2</translation>
    </message>
    <message>
        <source>Duplicate id &quot;%1&quot;: already used by &lt;%2&gt; at line %3, column %4.</source>
        <translation>Повторюваний ідентифікатор &quot;%1&quot;: його вже використовує &lt;%2&gt; у рядку %3, стовпці %4.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers with %2 to &quot;%3&quot;, which does not exist.</source>
        <translation>&lt;%1&gt; посилається через %2 на &quot;%3&quot;, якого не існує.</translation>
    </message>
    <message>
        <source>Edge &quot;%1&quot; has fewer than two waypoints and cannot be drawn.</source>
        <translation>Ребро &quot;%1&quot; має менше двох проміжних точок, і його не можна намалювати.</translation>
    </message>
    <message>
        <source>Shape &quot;%1&quot; has no bounds and cannot be drawn.</source>
        <translation>Фігура &quot;%1&quot; не має меж, і її не можна намалювати.</translation>
    </message>
    <message>
        <source>Cannot write the BPMN file: %1</source>
        <translation>Не вдається записати файл BPMN: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не вдається створити %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не вдається зберегти %1: %2</translation>
    </message>
    <message>
        <source>The start event of a sub-process must be blank (no event definition).</source>
        <translation>Початкова подія підпроцесу має бути порожньою (без визначення події).</translation>
    </message>
    <message>
        <source>The sub-process has no start event.</source>
        <translation>Підпроцес не має початкової події.</translation>
    </message>
    <message>
        <source>The process has no start event.</source>
        <translation>Процес не має початкової події.</translation>
    </message>
    <message>
        <source>The sub-process has no end event.</source>
        <translation>Підпроцес не має кінцевої події.</translation>
    </message>
    <message>
        <source>The process has no end event.</source>
        <translation>Процес не має кінцевої події.</translation>
    </message>
    <message>
        <source>The sub-process has more than one blank start event.</source>
        <translation>Підпроцес має більше однієї порожньої початкової події.</translation>
    </message>
    <message>
        <source>The process has more than one blank start event.</source>
        <translation>Процес має більше однієї порожньої початкової події.</translation>
    </message>
    <message>
        <source>The element is not connected to any sequence flow.</source>
        <translation>Елемент не з’єднано з жодним потоком керування.</translation>
    </message>
    <message>
        <source>The flow splits implicitly; model the split with a gateway.</source>
        <translation>Потік неявно розгалужується; змоделюйте розгалуження за допомогою шлюзу.</translation>
    </message>
    <message>
        <source>Several flows enter the element but it does not join them; use a joining gateway.</source>
        <translation>В елемент входять кілька потоків, але він їх не об’єднує; використайте об’єднувальний шлюз.</translation>
    </message>
    <message>
        <source>Several flows enter the activity and are joined implicitly; use a joining gateway.</source>
        <translation>У дію входять кілька потоків, які об’єднуються неявно; використайте об’єднувальний шлюз.</translation>
    </message>
    <message>
        <source>The event has more than one event definition.</source>
        <translation>Подія має більше одного визначення події.</translation>
    </message>
    <message>
        <source>The gateway is superfluous: it has only one incoming and one outgoing flow.</source>
        <translation>Шлюз зайвий: він має лише один вхідний і один вихідний потік.</translation>
    </message>
    <message>
        <source>The gateway both joins and forks.</source>
        <translation>Шлюз одночасно об’єднує та розгалужує потоки.</translation>
    </message>
    <message>
        <source>The element has no label.</source>
        <translation>Елемент не має підпису.</translation>
    </message>
    <message>
        <source>The sequence flow has no condition and is not the default flow.</source>
        <translation>Потік керування не має умови і не є потоком за замовчуванням.</translation>
    </message>
    <message>
        <source>The sequence flow is a duplicate.</source>
        <translation>Цей потік керування є дублікатом.</translation>
    </message>
    <message>
        <source>The element has duplicate outgoing sequence flows.</source>
        <translation>Елемент має дубльовані вихідні потоки керування.</translation>
    </message>
    <message>
        <source>The element has duplicate incoming sequence flows.</source>
        <translation>Елемент має дубльовані вхідні потоки керування.</translation>
    </message>
    <message>
        <source>Usage: pristriy-cli bpmn validate FILE
       pristriy-cli bpmn convert IN OUT
       pristriy-cli bpmn render IN OUT [--diagram ID]

render draws the diagrams of IN as PNG, SVG or PDF, chosen by the
suffix of OUT. A PDF gets one page per diagram. For PNG and SVG the
first diagram goes to OUT and every other one to OUT-DIAGRAMID.png
(or .svg) beside it. --diagram ID draws only that diagram, to OUT.
</source>
        <translation>Використання: pristriy-cli bpmn validate ФАЙЛ
               pristriy-cli bpmn convert IN OUT
               pristriy-cli bpmn render IN OUT [--diagram ID]

render малює діаграми з IN у PNG, SVG або PDF — за розширенням OUT.
У PDF кожна діаграма отримує окрему сторінку. Для PNG і SVG перша
діаграма йде в OUT, а кожна наступна — в OUT-DIAGRAMID.png
(або .svg) поруч. --diagram ID малює лише цю діаграму, в OUT.
</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 was not converted; %2 is unchanged.</source>
        <translation>pristriy-cli: %1 не перетворено; %2 не змінено.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1</source>
        <translation>pristriy-cli: %1</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot draw %1.</source>
        <translation>pristriy-cli: не вдається намалювати %1.</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot write %1: %2</source>
        <translation>pristriy-cli: не вдається записати %1: %2</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot tell the picture format of %1; name it .png, .svg or .pdf.</source>
        <translation>pristriy-cli: не вдається визначити формат зображення %1; назвіть файл .png, .svg або .pdf.</translation>
    </message>
    <message>
        <source>pristriy-cli: drawing needs a graphical application object.</source>
        <translation>pristriy-cli: для малювання потрібен графічний об’єкт застосунку.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 was not drawn; %2 is unchanged.</source>
        <translation>pristriy-cli: %1 не намальовано; %2 не змінено.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 has no diagram (BPMN DI) to draw.</source>
        <translation>pristriy-cli: у %1 немає діаграми (BPMN DI) для малювання.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 has no diagram &quot;%2&quot;; its diagrams: %3.</source>
        <translation>pristriy-cli: у %1 немає діаграми &quot;%2&quot;; його діаграми: %3.</translation>
    </message>
    <message>
        <source>pristriy-cli: wrong arguments for bpmn render.</source>
        <translation>pristriy-cli: неправильні аргументи для bpmn render.</translation>
    </message>
    <message>
        <source>pristriy-cli: wrong number of arguments for bpmn %1.</source>
        <translation>pristriy-cli: неправильна кількість аргументів для bpmn %1.</translation>
    </message>
    <message>
        <source>pristriy-cli: unknown bpmn command &quot;%1&quot;.</source>
        <translation>pristriy-cli: невідома команда bpmn &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db потребує назву файлу.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>невідомий параметр %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>невідома команда %1</translation>
    </message>
    <message>
        <source>--now needs a time.</source>
        <translation>--now потребує час.</translation>
    </message>
    <message>
        <source>--now expects an ISO-8601 time with Z or an offset, or a date, not “%1”.</source>
        <translation>--now очікує час ISO-8601 із Z або зсувом чи дату, а не «%1».</translation>
    </message>
    <message>
        <source>Usage: pristriy-cli [--db FILE] [--now TIME] COMMAND ...

Commands:
  demo --contacts N [--companies M] [--seed S] [--language en|ro|ru|uk]
                                                 fill the database with demo data
  demo --deals N [--products P] [--users U] [--contacts N] [--seed S] [--language L]
                                                 demo deals, products, route maps and users
                                                 (U sales managers); names in the language L
  contacts count                                 the number of contacts
  contacts add --given-name G --family-name F [--email E]... [--phone P]... [--company NAME]
                                                 add a contact, print its id
  contacts search TEXT [--limit N] [--format json|csv]
                                                 find contacts as the search box does
  deals count [--pipeline NAME] [--stage NAME] [--owner LOGIN]
  deals list [--pipeline NAME] [--stage NAME] [--owner LOGIN] [--limit N] [--format json|csv]
  deals move ID STAGE [--reason LOST-REASON]     move a deal to a stage of its pipeline
  deals delete ID...                             move deals to the trash, with their tasks and calls
  deals restore ID...                            bring deals back from the trash
  tasks list [--overdue] [--assignee LOGIN] [--limit N] [--format json|csv]
                                                 open tasks by due time (default: your own)
  users list [--format json|csv]                 the users, roles, absences, who has a password
  users add LOGIN [--name &quot;FULL NAME&quot;] [--role ROLE]
                                                 add a user (ROLE: sales_manager, process_owner,
                                                 director or administrator; default sales_manager)
  users set-name LOGIN &quot;FULL NAME&quot;
  users set-role LOGIN ROLE
  users disable LOGIN | users enable LOGIN       a disabled user can neither start nor act
  users away LOGIN [--from TIME] --to TIME       an absence (dates include their day; --from:
                                                 now); users away LOGIN --clear ends it
  users available LOGIN [--at TIME]              true when active and not away (at --now)
  users set-password LOGIN                       the new password is read from standard input
  users clear-password LOGIN                     the user starts without a password again
  report funnel --pipeline NAME [--mode current|reached] [--from DATE] [--to DATE]
      [--period created|entered] [--owner LOGIN]... [--source S]... [--format json|csv]
                                                 the funnel: deals, amount, conversion per stage
  check [--full]                                 check the database file (SQLite&apos;s quick_check;
                                                 --full: integrity_check, slower); exit 1 if damaged
  bpmn validate FILE                             check a BPMN file
  bpmn convert IN OUT                            read a BPMN file and write it again
  bpmn render IN OUT [--diagram ID]              draw the diagrams as .png, .svg or .pdf

Options:
  --db FILE      the database (default: %1); a new file is created
  --now TIME     the time the command runs at, ISO-8601 with Z or an offset, or a date (UTC)
  --as LOGIN     (after deals, tasks, report or users) act as that user; default: the system
                 user. A user with a password needs it: --password-file FILE (its first line)
                 or the environment variable PRISTRIY_PASSWORD; on a terminal it is asked
  --help         this text
  --version      the version
</source>
        <translation>Використання: pristriy-cli [--db FILE] [--now TIME] COMMAND ...

Команди:
  demo --contacts N [--companies M] [--seed S] [--language en|ro|ru|uk]
                                                 заповнити базу демонстраційними даними
  demo --deals N [--products P] [--users U] [--contacts N] [--seed S] [--language L]
                                                 демо-угоди, товари, карти процесів і
                                                 користувачі (U менеджерів); назви мовою L
  contacts count                                 кількість контактів
  contacts add --given-name G --family-name F [--email E]... [--phone P]... [--company NAME]
                                                 додати контакт, вивести його id
  contacts search TEXT [--limit N] [--format json|csv]
                                                 знайти контакти, як поле пошуку
  deals count [--pipeline NAME] [--stage NAME] [--owner LOGIN]
  deals list [--pipeline NAME] [--stage NAME] [--owner LOGIN] [--limit N] [--format json|csv]
  deals move ID STAGE [--reason LOST-REASON]     перемістити угоду на етап її воронки
  deals delete ID...                             перемістити угоди до кошика із завданнями й дзвінками
  deals restore ID...                            повернути угоди з кошика
  tasks list [--overdue] [--assignee LOGIN] [--limit N] [--format json|csv]
                                                 відкриті завдання за терміном (типово: ваші)
  users list [--format json|csv]                 користувачі, ролі, відсутності, хто має пароль
  users add LOGIN [--name &quot;FULL NAME&quot;] [--role ROLE]
                                                 додати користувача (ROLE: sales_manager, process_owner,
                                                 director або administrator; типово sales_manager)
  users set-name LOGIN &quot;FULL NAME&quot;
  users set-role LOGIN ROLE
  users disable LOGIN | users enable LOGIN       вимкнений користувач не може ні увійти, ні діяти
  users away LOGIN [--from TIME] --to TIME       відсутність (дати включно; --from:
                                                 зараз); users away LOGIN --clear завершує її
  users available LOGIN [--at TIME]              true, якщо активний і не відсутній (на --now)
  users set-password LOGIN                       новий пароль читається зі стандартного вводу
  users clear-password LOGIN                     користувач знову входить без пароля
  report funnel --pipeline NAME [--mode current|reached] [--from DATE] [--to DATE]
      [--period created|entered] [--owner LOGIN]... [--source S]... [--format json|csv]
                                                 воронка: угоди, сума, конверсія за етапами
  check [--full]                                 перевірити файл бази даних (quick_check SQLite;
                                                 --full: integrity_check, повільніше); код 1 у разі пошкодження
  bpmn validate FILE                             перевірити файл BPMN
  bpmn convert IN OUT                            прочитати файл BPMN і записати знову
  bpmn render IN OUT [--diagram ID]              намалювати діаграми у .png, .svg або .pdf

Параметри:
  --db FILE      база даних (типово: %1); якщо файлу немає, його буде створено
  --now TIME     час виконання команди, ISO-8601 із Z або зсувом, чи дата (UTC)
  --as LOGIN     (після deals, tasks, report або users) діяти як цей користувач;
                 типово системний. Якщо користувач має пароль: --password-file FILE (перший рядок)
                 або змінна середовища PRISTRIY_PASSWORD; у терміналі його буде запитано
  --help         ця довідка
  --version      версія
</translation>
    </message>
    <message>
        <source>--db was given an empty file name; name the database file, or leave --db out to use the default database.</source>
        <translation>--db отримав порожнє ім’я файлу; вкажіть файл бази даних або не вказуйте --db, щоб використати базу даних за замовчуванням.</translation>
    </message>
</context>
</TS>
