<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pristriy</source>
        <translation>О программе Pristriy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pristriy %1&lt;/h3&gt;&lt;p&gt;A desktop CRM that puts your company&apos;s business processes on screen: contacts, companies, pipelines and route maps.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pristriy %1&lt;/h3&gt;&lt;p&gt;Настольная CRM, которая показывает бизнес-процессы вашей компании на экране: контакты, компании, воронки и карты процессов.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Распространяется на условиях GNU General Public License версии 3 или (по вашему выбору) любой более поздней версии (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Собрано с Qt %1, работает на Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivityGenerator</name>
    <message>
        <source>Preparing the demo tasks and calls failed.</source>
        <translation>Не удалось подготовить демонстрационные задачи и звонки.</translation>
    </message>
    <message>
        <source>Writing the demo tasks and calls failed.</source>
        <translation>Не удалось записать демонстрационные задачи и звонки.</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Дела&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>Добавить &amp;задачу…</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>Записать з&amp;вонок…</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>Добавить з&amp;аметку…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Save the record first; then tasks, calls and notes can be added.</source>
        <translation>Сначала сохраните запись; затем можно будет добавлять задачи, звонки и заметки.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Задачи (%1)</translation>
    </message>
    <message>
        <source>Missed, incoming</source>
        <translation>Пропущенный, входящий</translation>
    </message>
    <message>
        <source>Unanswered, outgoing</source>
        <translation>Без ответа, исходящий</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Calls (%1)</source>
        <translation>Звонки (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Заметки (%1)</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Поделиться…</translation>
    </message>
    <message>
        <source>Let other users see and change this record</source>
        <translation>Разрешить другим пользователям видеть и изменять эту запись</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Absence of “%1”</source>
        <translation>Отсутствие: «%1»</translation>
    </message>
    <message>
        <source>While away, “%1” is shown as away and counts as unavailable when work is handed out. Both days are included.</source>
        <translation>На время отсутствия «%1» отмечается как отсутствующий и не учитывается при распределении работы. Обе даты включаются.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Mark Away</source>
        <translation>&amp;Отметить отсутствие</translation>
    </message>
    <message>
        <source>&amp;Not Away</source>
        <translation>С&amp;нять отсутствие</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
</context>
<context>
    <name>AxisScale</name>
    <message>
        <source>%1 K</source>
        <comment>thousands, shortened: 20 K</comment>
        <translation>%1 тыс.</translation>
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
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечен</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>+40 721 234 567</source>
        <translation>+40 721 234 567</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
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
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>Reading or saving the call failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить звонок; ничего не изменено.</translation>
    </message>
    <message>
        <source>A call needs a phone number or the contact or company it was with.</source>
        <translation>Для звонка нужен номер телефона либо контакт или компания, с которыми он состоялся.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it has no digits.</source>
        <translation>«%1» — не номер телефона: в нём нет цифр.</translation>
    </message>
    <message>
        <source>The call&apos;s notes</source>
        <translation>Заметки к звонку</translation>
    </message>
    <message>
        <source>A call cannot last less than 0 seconds (%1 given).</source>
        <translation>Длительность звонка не может быть меньше 0 секунд (указано: %1).</translation>
    </message>
    <message>
        <source>A missed call has no duration (%1 s given).</source>
        <translation>У пропущенного звонка нет длительности (указано: %1 с).</translation>
    </message>
    <message>
        <source>A call cannot start in the future (%1).</source>
        <translation>Звонок не может начинаться в будущем (%1).</translation>
    </message>
    <message>
        <source>A sales manager records their own calls, not those of “%1”.</source>
        <translation>Менеджер по продажам записывает только свои звонки, а не звонки пользователя «%1».</translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation>Нет звонка с идентификатором %1.</translation>
    </message>
    <message>
        <source>The call %1 was taken by “%2”; a sales manager sees only their own calls and those of records they may see.</source>
        <translation>Звонок %1 принял пользователь «%2»; менеджер по продажам видит только свои звонки и звонки записей, доступных ему.</translation>
    </message>
</context>
<context>
    <name>ChangeTypeCommand</name>
    <message>
        <source>This element cannot become one of that kind.</source>
        <translation>Этот элемент нельзя преобразовать в элемент такого вида.</translation>
    </message>
    <message>
        <source>The element is already of that kind.</source>
        <translation>Элемент уже относится к этому виду.</translation>
    </message>
    <message>
        <source>An event sub-process has no sequence flows: remove them first.</source>
        <translation>У событийного подпроцесса не бывает потоков управления: сначала удалите их.</translation>
    </message>
    <message>
        <source>A start event takes no incoming sequence flow: remove it first.</source>
        <translation>Начальное событие не принимает входящий поток управления: сначала удалите его.</translation>
    </message>
    <message>
        <source>No sequence flow may leave an end event: remove it first.</source>
        <translation>Из конечного события не может выходить поток управления: сначала удалите его.</translation>
    </message>
</context>
<context>
    <name>ChannelListEditor</name>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>office</source>
        <translation>офис</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>личный</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Добавить адрес эл. почты</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>Label: choose one or type your own</source>
        <translation>Метка: выберите или введите свою</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+40 721 234 567</source>
        <translation>+40 721 234 567</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Удалить этот адрес эл. почты</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Удалить этот телефон</translation>
    </message>
</context>
<context>
    <name>ChannelStore</name>
    <message>
        <source>Saving e-mails and phones failed.</source>
        <translation>Не удалось сохранить адреса эл. почты и телефоны.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адрес эл. почты.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--password-file needs the name of a file holding the password.</source>
        <translation>--password-file требует имя файла с паролем.</translation>
    </message>
    <message>
        <source>--password-file goes with --as LOGIN.</source>
        <translation>--password-file используется вместе с --as LOGIN.</translation>
    </message>
    <message>
        <source>--as needs the login of a user.</source>
        <translation>--as требует логин пользователя.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Не удаётся прочитать файл пароля %1: %2.</translation>
    </message>
    <message>
        <source>Password of “%1”: </source>
        <translation>Пароль «%1»: </translation>
    </message>
    <message>
        <source>“%1” has a password: give it in the environment variable PRISTRIY_PASSWORD or in a file with --password-file FILE.</source>
        <translation>У «%1» есть пароль: укажите его в переменной окружения PRISTRIY_PASSWORD или в файле через --password-file ФАЙЛ.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”; after %n wrong password(s) in a row the next try waits until %2.</source>
        <translation>Неверный пароль для «%1»; неверных паролей подряд: %n, следующая попытка возможна после %2.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”.</source>
        <translation>Неверный пароль для «%1».</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “%1”: try again in %n second(s).</source>
        <translation>Слишком много неверных паролей для «%1»: повторите через %n с.</translation>
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
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>О&amp;трасль:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Детали</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — Компания</translation>
    </message>
    <message>
        <source>No contacts work here yet.</source>
        <translation>Здесь пока не работает ни один контакт.</translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation>&amp;Контакты (%1)</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>This company has unsaved changes. Discard them?</source>
        <translation>В этой компании есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Де&amp;ла</translation>
    </message>
    <message>
        <source>D&amp;eals (%1)</source>
        <translation>С&amp;делки (%1)</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <source>Search company names (Ctrl+F)</source>
        <translation>Поиск по названиям компаний (Ctrl+F)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Show only the companies of this industry</source>
        <translation>Показывать только компании этой отрасли</translation>
    </message>
    <message>
        <source>No companies match “%1”.</source>
        <translation>Нет компаний, соответствующих «%1».</translation>
    </message>
    <message>
        <source>No companies in the industry “%1”.</source>
        <translation>Нет компаний в отрасли «%1».</translation>
    </message>
    <message>
        <source>No companies yet.
Use File › New Company to add one.</source>
        <translation>Компаний пока нет.
Чтобы добавить компанию, выберите Файл › Новая компания.</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Saving the company failed; nothing was changed.</source>
        <translation>Не удалось сохранить компанию; ничего не изменено.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>У компании должно быть название.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The company no longer exists (it may have been deleted).</source>
        <translation>Компания больше не существует (возможно, она удалена).</translation>
    </message>
    <message>
        <source>There is no company with the id %1.</source>
        <translation>Нет компании с идентификатором %1.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Start typing to pick a company; a new name creates one</source>
        <translation>Выберите компанию или введите новое название</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Website, fair, referral…</source>
        <translation>Сайт, выставка, рекомендация…</translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, newsletter</source>
        <translation>Через запятую: vip, рассылка</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Новый контакт</translation>
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
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation>В этом контакте есть несохранённые изменения. Отменить их?</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message>
        <source>Search names, e-mails, phones and companies (Ctrl+F)</source>
        <translation>Поиск по именам, адресам эл. почты, телефонам и компаниям (Ctrl+F)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Show only the contacts from this source</source>
        <translation>Показывать только контакты из этого источника</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Show only the contacts with this tag</source>
        <translation>Показывать только контакты с этим тегом</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Нет контактов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation>Нет контактов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one.</source>
        <translation>Контактов пока нет.
Нажмите Ctrl+N, чтобы добавить первый.</translation>
    </message>
    <message>
        <source>Show only the contacts of the owners with this name</source>
        <translation>Показать только контакты ответственных с этим именем</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Saving the contact failed; nothing was changed.</source>
        <translation>Не удалось сохранить контакт; ничего не изменено.</translation>
    </message>
    <message>
        <source>A contact needs a given name or a family name.</source>
        <translation>У контакта должно быть имя или фамилия.</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>The birthday %1 is in the future.</source>
        <translation>Дата рождения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The company of this contact no longer exists.</source>
        <translation>Компания этого контакта больше не существует.</translation>
    </message>
    <message>
        <source>The contact is in the trash; restore it before editing.</source>
        <translation>Контакт находится в корзине; восстановите его перед изменением.</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Нет контакта с идентификатором %1.</translation>
    </message>
</context>
<context>
    <name>CreateElementCommand</name>
    <message>
        <source>This diagram has no process to add elements to.</source>
        <translation>В этой диаграмме нет процесса, в который можно добавить элементы.</translation>
    </message>
    <message>
        <source>Drop the lane into a pool.</source>
        <translation>Перетащите дорожку в пул.</translation>
    </message>
    <message>
        <source>Lanes are added to a pool or next to a lane.</source>
        <translation>Дорожки добавляются в пул или рядом с дорожкой.</translation>
    </message>
    <message>
        <source>A boundary event goes on the border of a task or sub-process.</source>
        <translation>Граничное событие размещается на границе задачи или подпроцесса.</translation>
    </message>
    <message>
        <source>This pool is collapsed: it has no process to add elements to.</source>
        <translation>Этот пул свёрнут: в нём нет процесса, в который можно добавить элементы.</translation>
    </message>
    <message>
        <source>Drop the element into a pool.</source>
        <translation>Перетащите элемент в пул.</translation>
    </message>
    <message>
        <source>This pool is collapsed: it has no process to hold lanes.</source>
        <translation>Этот пул свёрнут: в нём нет процесса, который мог бы содержать дорожки.</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <source>New Company Field</source>
        <translation>Новое поле компании</translation>
    </message>
    <message>
        <source>New Contact Field</source>
        <translation>Новое поле контакта</translation>
    </message>
    <message>
        <source>What users see, e.g. Budget</source>
        <translation>То, что видят пользователи, например: Бюджет</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. budget</source>
        <translation>строчные латинские буквы, цифры и _, например: budget</translation>
    </message>
    <message>
        <source>The stable name used by import, export and the command line; it cannot be changed later</source>
        <translation>Постоянное имя для импорта, экспорта и командной строки; позже его изменить нельзя</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Да/Нет</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Comma separated, e.g. small, medium, large</source>
        <translation>Через запятую, например: малый, средний, крупный</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Подпись:</translation>
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
        <translation>&amp;Варианты:</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditors</name>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
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
        <translation>Не удалось сохранить дополнительные поля.</translation>
    </message>
    <message>
        <source>The key “%1” must start with a letter and have only lower-case letters, digits and _.</source>
        <translation>Ключ «%1» должен начинаться с буквы и содержать только строчные латинские буквы, цифры и _.</translation>
    </message>
    <message>
        <source>The custom field “%1” needs a label.</source>
        <translation>У дополнительного поля «%1» должна быть подпись.</translation>
    </message>
    <message>
        <source>The choice field “%1” needs at least one choice.</source>
        <translation>У поля выбора «%1» должен быть хотя бы один вариант.</translation>
    </message>
    <message>
        <source>There is already a custom field with the key “%1”.</source>
        <translation>Дополнительное поле с ключом «%1» уже существует.</translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation>Дополнительное поле больше не существует.</translation>
    </message>
    <message>
        <source>“%1” expects a number, not “%2”.</source>
        <translation>Поле «%1» ожидает число, а не «%2».</translation>
    </message>
    <message>
        <source>“%1” expects a date (YYYY-MM-DD), not “%2”.</source>
        <translation>Поле «%1» ожидает дату (ГГГГ-ММ-ДД), а не «%2».</translation>
    </message>
    <message>
        <source>“%1” expects yes or no, not “%2”.</source>
        <translation>Поле «%1» ожидает значение yes или no, а не «%2».</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices of “%2”: %3.</source>
        <translation>«%1» не входит в варианты поля «%2»: %3.</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>Неизвестный тип поля.</translation>
    </message>
    <message>
        <source>There is no custom field “%1”.</source>
        <translation>Нет дополнительного поля «%1».</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not “%1”.</source>
        <translation>Дополнительные поля бывают у контактов, компаний и сделок, но не у «%1».</translation>
    </message>
</context>
<context>
    <name>DashboardBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>%1: %2
Click to list these deals</source>
        <translation>%1: %2
Щёлкните, чтобы показать список этих сделок</translation>
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
        <translation>Учитывать каждую сделку:</translation>
    </message>
    <message>
        <source>in the stage it is &amp;in now</source>
        <translation>на &amp;текущем этапе</translation>
    </message>
    <message>
        <source>Current: every deal once, in its stage today; Won and Lost are bands too.</source>
        <translation>Текущий: каждая сделка один раз, на её сегодняшнем этапе; «Выиграна» и «Проиграна» — тоже полосы.</translation>
    </message>
    <message>
        <source>in every stage it has &amp;reached (conversion funnel)</source>
        <translation>на всех &amp;достигнутых этапах (конверсия)</translation>
    </message>
    <message>
        <source>Reached: a deal counts in the furthest stage it has ever reached and in every stage before it, so no band is wider than the one above. A lost deal has reached the stage it was lost in.</source>
        <translation>Достигнутые: сделка учитывается на самом дальнем этапе, которого она когда-либо достигла, и на каждом этапе перед ним, поэтому ни одна полоса не шире вышестоящей. Проигранная сделка считается достигшей этапа, на котором она проиграна.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Созданы</translation>
    </message>
    <message>
        <source>Entered their stage</source>
        <translation>Перешли на свой этап</translation>
    </message>
    <message>
        <source>Which date of a deal the period applies to: when it was created, or when it entered the stage it is in now.</source>
        <translation>К какой дате сделки относится период: к дате создания или к дате перехода на её текущий этап.</translation>
    </message>
    <message>
        <source>Deals &amp;that were:</source>
        <translation>Сделки, &amp;которые:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Ответственные:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Stages: conversion and time in stage</source>
        <translation>Этапы: конверсия и время на этапе</translation>
    </message>
    <message>
        <source>Lost deals by reason</source>
        <translation>Проигранные сделки по причинам</translation>
    </message>
    <message>
        <source>No lost deals</source>
        <translation>Нет проигранных сделок</translation>
    </message>
    <message>
        <source>Lost deals by the stage they were lost in</source>
        <translation>Проигранные сделки по этапам, на которых они проиграны</translation>
    </message>
    <message>
        <source>No deals won</source>
        <translation>Нет выигранных сделок</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation>Экспорт таблицы в CSV…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Экспорт таблицы в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Dashboard as &amp;PNG…</source>
        <translation>Сохранить показатели в &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Dashboard as PNG</source>
        <translation>Сохранить показатели в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>Не удалось записать «%1».</translation>
    </message>
    <message>
        <source>Save Dashboard as P&amp;DF…</source>
        <translation>Сохранить показатели в PD&amp;F…</translation>
    </message>
    <message>
        <source>Save Dashboard as PDF</source>
        <translation>Сохранить показатели в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;Stages Table as CSV…</source>
        <translation>Экспорт таблицы &amp;этапов в CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Managers Table as CSV…</source>
        <translation>Экспорт таблицы &amp;менеджеров в CSV…</translation>
    </message>
    <message>
        <source>Export Lost &amp;Reasons as CSV…</source>
        <translation>Экспорт причин п&amp;роигрыша в CSV…</translation>
    </message>
    <message>
        <source>Export Revenue by &amp;Month as CSV…</source>
        <translation>Экспорт выручки по м&amp;есяцам в CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln owner(s)</source>
        <translation>
            <numerusform>%Ln ответственный</numerusform>
            <numerusform>%Ln ответственных</numerusform>
            <numerusform>%Ln ответственных</numerusform>
        </translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>No pipeline</source>
        <translation>Нет воронки</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>Ошибка подсчёта: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now in stage:&lt;/b&gt; every deal once, in the stage it is in today.</source>
        <translation>&lt;b&gt;Сейчас на этапе:&lt;/b&gt; каждая сделка один раз, на том этапе, где она сегодня.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reached stage:&lt;/b&gt; a deal counts in the furthest stage it has ever reached and in every stage before it; a lost deal has reached the stage it was lost in.</source>
        <translation>&lt;b&gt;Достигли этапа:&lt;/b&gt; сделка учитывается на самом дальнем этапе, которого она когда-либо достигла, и на каждом этапе перед ним; проигранная сделка считается достигшей этапа, на котором она проиграна.</translation>
    </message>
    <message>
        <source>Deals in the filter</source>
        <translation>Сделок в фильтре</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Win rate (won of closed)</source>
        <translation>Доля выигранных (от закрытых)</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Выручка по выигранным</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other currency(s), see the tooltip</source>
        <translation>
            <numerusform>и ещё %Ln валюта, см. подсказку</numerusform>
            <numerusform>и ещё %Ln валюты, см. подсказку</numerusform>
            <numerusform>и ещё %Ln валют, см. подсказку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), %1</source>
        <translation>
            <numerusform>%Ln сделка, %1</numerusform>
            <numerusform>%Ln сделки, %1</numerusform>
            <numerusform>%Ln сделок, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue won by month, %1</source>
        <translation>Выручка по выигранным по месяцам, %1</translation>
    </message>
    <message>
        <source>All deals of %1</source>
        <translation>Все сделки: %1</translation>
    </message>
    <message>
        <source>%1 — in it now (%2)</source>
        <translation>%1 — сейчас на этапе (%2)</translation>
    </message>
    <message>
        <source>%1 — reached it or went further (%2)</source>
        <translation>%1 — дошли до этапа или дальше (%2)</translation>
    </message>
    <message>
        <source>Lost: %1 (%2)</source>
        <translation>Проиграны по причине «%1» (%2)</translation>
    </message>
    <message>
        <source>Lost (%1)</source>
        <translation>Проигранные (%1)</translation>
    </message>
    <message>
        <source>Lost while in %1 (%2)</source>
        <translation>Проиграны на этапе %1 (%2)</translation>
    </message>
    <message>
        <source>Spent time in %1 and moved on (%2)</source>
        <translation>Побывали на этапе %1 и пошли дальше (%2)</translation>
    </message>
    <message>
        <source>Won in %1 (%2)</source>
        <translation>Выиграны в течение %1 (%2)</translation>
    </message>
    <message>
        <source>Deals of %1 (%2)</source>
        <translation>Сделки: %1 (%2)</translation>
    </message>
    <message>
        <source>Won by %1 (%2)</source>
        <translation>Выигранные сделки: %1 (%2)</translation>
    </message>
    <message>
        <source>Lost by %1 (%2)</source>
        <translation>Проигранные сделки: %1 (%2)</translation>
    </message>
    <message>
        <source>Funnel — %1</source>
        <translation>Воронка — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>The printer “%1” could not be used.</source>
        <translation>Не удалось использовать принтер «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), counted in %1 ms</source>
        <translation>
            <numerusform>%Ln сделка, подсчитано за %1 мс</numerusform>
            <numerusform>%Ln сделки, подсчитано за %1 мс</numerusform>
            <numerusform>%Ln сделок, подсчитано за %1 мс</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>A sales manager&apos;s dashboard counts their own deals only.</source>
        <translation>Показатели менеджера по продажам учитывают только его собственные сделки.</translation>
    </message>
    <message>
        <source>No deal matches these filters. Widen the period or choose other owners or another source.</source>
        <translation>Нет сделок, подходящих под эти фильтры. Расширьте период или выберите других ответственных или другой источник.</translation>
    </message>
    <message>
        <source>You own no deals in the pipeline “%1” yet. Deals you add in the Deals area (Ctrl+3) are counted here.</source>
        <translation>У вас пока нет сделок в воронке «%1». Сделки, добавленные в разделе «Сделки» (Ctrl+3), учитываются здесь.</translation>
    </message>
    <message>
        <source>No deals in the pipeline “%1” yet. Deals added in the Deals area (Ctrl+3) are counted here.</source>
        <translation>В воронке «%1» пока нет сделок. Сделки, добавленные в разделе «Сделки» (Ctrl+3), учитываются здесь.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Pristriy database. Choose another file; this one was not changed.</source>
        <translation>%1 не является базой данных Pristriy. Выберите другой файл; этот файл не изменён.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program (or wait for it to finish) and try again.</source>
        <translation>База данных %1 заблокирована другой программой. Закройте другую программу (или дождитесь её завершения) и повторите попытку.</translation>
    </message>
    <message>
        <source>Pristriy cannot write to %1. Check that the file and its folder are writable, or copy the file somewhere writable.</source>
        <translation>Pristriy не может записывать в %1. Проверьте, что файл и его папка доступны для записи, или скопируйте файл в место, доступное для записи.</translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation>Не удалось прочитать базу данных %1: %2</translation>
    </message>
    <message>
        <source>Pristriy cannot read %1: %2</source>
        <translation>Pristriy не может прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pristriy database (it is not an SQLite file). Choose another file; this one was not changed.</source>
        <translation>%1 не является базой данных Pristriy (это не файл SQLite). Выберите другой файл; этот файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is not a file. Give the path of a database file.</source>
        <translation>%1 не является файлом. Укажите путь к файлу базы данных.</translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is). Pristriy needs to write to it: copy it to a writable folder or change its permissions. The file was not changed.</source>
        <translation>%1 (или его папка) доступен только для чтения. Pristriy нужно записывать в него: скопируйте его в папку, доступную для записи, или измените права доступа. Файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the new database. Choose another location with --db.</source>
        <translation>Не удаётся создать папку %1 для новой базы данных. Укажите другое место с помощью --db.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Pristriy&apos;s. Choose another file; this one was not changed.</source>
        <translation>%1 — база данных SQLite, но не Pristriy. Выберите другой файл; этот файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Pristriy (schema %2; this version reads up to %3). Update Pristriy to open it; the file was not changed.</source>
        <translation>%1 создана более новой версией Pristriy (схема %2; эта версия читает схемы до %3). Обновите Pristriy, чтобы открыть её; файл не изменён.</translation>
    </message>
    <message>
        <source>Before upgrading %1, Pristriy could not save a backup copy to %2, so it did not upgrade. Free some disk space and try again.</source>
        <translation>Перед обновлением %1 Pristriy не удалось сохранить резервную копию в %2, поэтому обновление не выполнено. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2. Choose another location with --db.</source>
        <translation>Не удаётся создать базу данных %1: %2. Укажите другое место с помощью --db.</translation>
    </message>
    <message>
        <source>A copy made before the upgrade is at %1.</source>
        <translation>Копия, сделанная перед обновлением, находится в %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); Pristriy did not change it. %3</source>
        <translation>База данных %1 повреждена (%2); Pristriy её не изменил. %3</translation>
    </message>
    <message>
        <source>%1 was left half-written by a program that stopped (its journal %2 is still there), and Pristriy cannot tell whether it is one of its databases without finishing that program&apos;s work. Open it with the program that made it, then try again; the file was not changed.</source>
        <translation>%1 остался недописанным программой, которая остановилась (её журнал %2 всё ещё на месте), и Pristriy не может определить, его ли это база данных, не завершив работу той программы. Откройте файл в программе, которая его создала, затем повторите попытку; файл не изменён.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled. It was left unfinished by a program that stopped; open it again to check it.</source>
        <translation>Проверка файла %1 отменена. Файл остался незавершённым после остановки программы; откройте его снова, чтобы проверить.</translation>
    </message>
    <message>
        <source>No database file was named. Give the path of a database file.</source>
        <translation>Файл базы данных не указан. Укажите путь к файлу базы данных.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Pristriy databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Pristriy (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Choose another database file, or quit.</source>
        <translation>Выберите другой файл базы данных или выйдите из программы.</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Opening the Database</source>
        <translation>Открывается база данных</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>No problems were found in %1.</source>
        <translation>В %1 проблем не найдено.</translation>
    </message>
    <message>
        <source>Until then, avoid changing the data: a damaged file can lose more.</source>
        <translation>До тех пор не изменяйте данные: повреждённый файл может потерять ещё больше.</translation>
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
        <translation>Этап</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
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
        <translation>Сделки</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>Перемещение сделки</translation>
    </message>
    <message>
        <source>Deal Lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Почему сделка проиграна?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>The deals as columns of stages</source>
        <translation>Сделки в виде колонок по этапам</translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>The deals as a sortable list</source>
        <translation>Сделки в виде сортируемого списка</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>&amp;Новая сделка…</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>&amp;Undo Changes to Deal</source>
        <translation>&amp;Отменить изменения сделки</translation>
    </message>
    <message>
        <source>&amp;Undo Move of Deal</source>
        <translation>&amp;Отменить перемещение сделки</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Отменить перемещение в корзину</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Move to &amp;Stage</source>
        <translation>Перенести на &amp;этап</translation>
    </message>
    <message>
        <source>Mark as &amp;Won</source>
        <translation>Отметить как &amp;выигранную</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation>Отметить как &amp;проигранную…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Переместить в &amp;корзину</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
            <numerusform>+ ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>robot</source>
        <translation>робот</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Детали</translation>
    </message>
    <message>
        <source>&amp;Line Items</source>
        <translation>По&amp;зиции</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Де&amp;ла</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Исто&amp;рия</translation>
    </message>
    <message>
        <source>Follows the line items</source>
        <translation>Считать по позициям</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>&amp;Причина проигрыша:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>К&amp;омпания:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>О&amp;тветственный:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>Ожидаемое закр&amp;ытие:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>В&amp;ероятность:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(выберите причину)</translation>
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
        <translation>Как у этапа (%1 %)</translation>
    </message>
    <message>
        <source>Deal — %1</source>
        <translation>Сделка — %1</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(создана)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation>(удалённый этап)</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>«%1» — не код валюты, например EUR или RON.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>«%1» — не сумма в %2 (не более %n знака после запятой).</numerusform>
            <numerusform>«%1» — не сумма в %2 (не более %n знаков после запятой).</numerusform>
            <numerusform>«%1» — не сумма в %2 (не более %n знаков после запятой).</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation>Для проигранной сделки нужно указать причину проигрыша.</translation>
    </message>
    <message>
        <source>Choose the contact from the list that drops down while typing, or clear the field.</source>
        <translation>Выберите контакт из списка, который раскрывается при вводе, или очистите поле.</translation>
    </message>
    <message>
        <source>Choose the company from the list that drops down while typing, or clear the field.</source>
        <translation>Выберите компанию из списка, который раскрывается при вводе, или очистите поле.</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Save the deal to add tasks, calls and notes.</source>
        <translation>Сохраните сделку, чтобы добавлять задачи, звонки и заметки.</translation>
    </message>
    <message>
        <source>The amount is the net total of the line items (before tax)</source>
        <translation>Сумма — итог позиций без налога</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>New deal in “%1”</source>
        <translation>Новая сделка в «%1»</translation>
    </message>
    <message>
        <source>The pipeline “%1” has no open stage for a new deal.</source>
        <translation>В воронке «%1» нет открытого этапа для новой сделки.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the new deal?</source>
        <translation>Сохранить новую сделку?</translation>
    </message>
</context>
<context>
    <name>DealColumnModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
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
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Просрочена</translation>
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
        <translation>Просрочена</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>&amp;My deals</source>
        <translation>&amp;Мои сделки</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Search title or contact</source>
        <translation>Поиск: название, контакт</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>DealGenerator</name>
    <message>
        <source>Demo deals need a pipeline with stages.</source>
        <translation>Для демонстрационных сделок нужна воронка с этапами.</translation>
    </message>
    <message>
        <source>Preparing the demo users failed.</source>
        <translation>Не удалось подготовить демонстрационных пользователей.</translation>
    </message>
    <message>
        <source>Writing the demo users failed.</source>
        <translation>Не удалось записать демонстрационных пользователей.</translation>
    </message>
    <message>
        <source>Preparing the demo products failed.</source>
        <translation>Не удалось подготовить демонстрационные товары.</translation>
    </message>
    <message>
        <source>Writing the demo products failed.</source>
        <translation>Не удалось записать демонстрационные товары.</translation>
    </message>
    <message>
        <source>Preparing the demo deals failed.</source>
        <translation>Не удалось подготовить демонстрационные сделки.</translation>
    </message>
    <message>
        <source>Writing demo deals failed.</source>
        <translation>Не удалось записать демонстрационные сделки.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Отменено; ничего не добавлено.</translation>
    </message>
    <message>
        <source>The numbers of deals and products cannot be negative.</source>
        <translation>Количество сделок и товаров не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Demo deals need between 1 and 10000 sales managers.</source>
        <translation>Для демонстрационных сделок нужно от 1 до 10000 менеджеров по продажам.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Preparing the demo route maps failed.</source>
        <translation>Не удалось подготовить демонстрационные карты процессов.</translation>
    </message>
    <message>
        <source>The route map template %1 cannot be read.</source>
        <translation>Не удаётся прочитать шаблон карты процесса %1.</translation>
    </message>
    <message>
        <source>Writing the demo route maps failed.</source>
        <translation>Не удалось записать демонстрационные карты процессов.</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Expected Close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
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
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Не удалось прочитать сделки: %1</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Reading or saving the deal failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить сделку; ничего не изменено.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>«%1» — не код валюты, например EUR или RON.</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100 %.</source>
        <translation>Вероятность должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>There is no deal with the id %1.</source>
        <translation>Нет сделки с идентификатором %1.</translation>
    </message>
    <message>
        <source>A sales manager creates deals of their own, not of “%1”.</source>
        <translation>Менеджер по продажам создаёт только свои сделки, а не сделки пользователя «%1».</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Нет воронки с идентификатором %1.</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage of its pipeline.</source>
        <translation>Новая сделка начинается на открытом этапе своей воронки.</translation>
    </message>
    <message>
        <source>A sales manager cannot give a deal away; a director can.</source>
        <translation>Менеджер по продажам не может передать сделку другому; это может сделать директор.</translation>
    </message>
    <message>
        <source>The stage “%1” is not in the deal&apos;s pipeline.</source>
        <translation>Этапа «%1» нет в воронке сделки.</translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation>Для проигранной сделки нужно указать причину проигрыша.</translation>
    </message>
    <message>
        <source>The line item “%1” needs a quantity above 0, a discount between 0 and 100 % and a total that fits.</source>
        <translation>У позиции «%1» количество должно быть больше 0, скидка — от 0 до 100 %, а итоговая сумма — допустимой величины.</translation>
    </message>
    <message>
        <source>The line items add up to more than can be stored.</source>
        <translation>Сумма позиций слишком велика для сохранения.</translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager sees and changes only their own deals and those shared with them.</source>
        <translation>Сделка %1 принадлежит «%2»; менеджер по продажам видит и изменяет только свои сделки и те, к которым ему открыт доступ.</translation>
    </message>
    <message>
        <source>The owner “%1” is not an active user.</source>
        <translation>Ответственный «%1» не является активным пользователем.</translation>
    </message>
    <message>
        <source>Only a lost deal has a lost reason.</source>
        <translation>Причина проигрыша бывает только у проигранной сделки.</translation>
    </message>
    <message>
        <source>The lost reason is not one of the active reasons.</source>
        <translation>Эта причина проигрыша не входит в число активных.</translation>
    </message>
    <message>
        <source>The contact or company of the deal no longer exists.</source>
        <translation>Контакт или компания сделки больше не существует.</translation>
    </message>
    <message>
        <source>A deal enters another pipeline in one of its open stages.</source>
        <translation>Сделка переходит в другую воронку на один из её открытых этапов.</translation>
    </message>
    <message>
        <source>The line item %1 needs a name.</source>
        <translation>У позиции %1 должно быть наименование.</translation>
    </message>
    <message>
        <source>The line item name</source>
        <translation>Наименование позиции</translation>
    </message>
    <message>
        <source>The unit price of “%1” cannot be negative.</source>
        <translation>Цена за единицу для «%1» не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The deal %1 has no line item %2.</source>
        <translation>У сделки %1 нет позиции %2.</translation>
    </message>
    <message>
        <source>Searching the deals failed.</source>
        <translation>Не удалось выполнить поиск сделок.</translation>
    </message>
    <message>
        <source>There is no deal with the id %1 in the trash.</source>
        <translation>В корзине нет сделки с id %1.</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>The tax rate of “%1” is between 0 and 100 %.</source>
        <translation>Ставка налога для «%1» должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager moves to the trash, restores and deletes only their own deals and those shared with them.</source>
        <translation>Сделка %1 принадлежит «%2»; менеджер по продажам перемещает в корзину, восстанавливает и удаляет только свои сделки и те, к которым ему открыт доступ.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>“%1” is not a language of the demo data; use en, ro, ru or uk.</source>
        <translation>«%1» — не язык демонстрационных данных; используйте en, ro, ru или uk.</translation>
    </message>
    <message>
        <source>The data of this database is in %1; demo data cannot be added in %2.</source>
        <translation>Данные этой базы на языке %1; демонстрационные данные на языке %2 добавить нельзя.</translation>
    </message>
    <message>
        <source>Recording the database&apos;s language failed.</source>
        <translation>Не удалось записать язык базы данных.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Preparing the demo data failed.</source>
        <translation>Не удалось подготовить демонстрационные данные.</translation>
    </message>
    <message>
        <source>Writing demo companies failed.</source>
        <translation>Не удалось записать демонстрационные компании.</translation>
    </message>
    <message>
        <source>Writing demo contacts failed.</source>
        <translation>Не удалось записать демонстрационные контакты.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Отменено; ничего не добавлено.</translation>
    </message>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation>Количество контактов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <source>Creating a demo database with %1 and %2…</source>
        <translation>Создание демонстрационной базы: %1 и %2…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Deals: %1</source>
        <translation>Сделки: %1</translation>
    </message>
    <message>
        <source>Reading the deals…</source>
        <translation>Чтение сделок…</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Не удалось прочитать сделки: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) — double-click one to open its card.</source>
        <translation>
            <numerusform>%Ln сделка — дважды щёлкните, чтобы открыть её карточку.</numerusform>
            <numerusform>%Ln сделки — дважды щёлкните по сделке, чтобы открыть её карточку.</numerusform>
            <numerusform>%Ln сделок — дважды щёлкните по сделке, чтобы открыть её карточку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Сделка %1</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Recording the change (%1) failed; nothing was changed.</source>
        <translation>Не удалось записать изменение (%1); ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Welcome to Pristriy</source>
        <translation>Добро пожаловать в Pristriy</translation>
    </message>
    <message>
        <source>A new database will be made in %1.</source>
        <translation>Новая база данных будет создана в %1.</translation>
    </message>
    <message>
        <source>&amp;Demo contacts and deals</source>
        <translation>&amp;Демонстрационные контакты и сделки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 with their stage history, tasks and calls, five sales managers and route maps: to try Pristriy out. Its people and companies are made up.</source>
        <translation>%1 и %2 с историей этапов, задачами и звонками, пять менеджеров по продажам и карты процессов — чтобы попробовать Pristriy. Люди и компании вымышлены.</translation>
    </message>
    <message>
        <source>&amp;Empty database</source>
        <translation>&amp;Пустая база данных</translation>
    </message>
    <message>
        <source>Only the pipelines “Sales” and “Turnkey renovation” and a few lost reasons, ready for your own contacts and deals.</source>
        <translation>Только воронки «Продажи» и «Ремонт под ключ» и несколько причин проигрыша — для ваших собственных контактов и сделок.</translation>
    </message>
    <message>
        <source>Pipelines, stages, lost reasons, products and route maps are named in this language. You can rename them later.</source>
        <translation>Воронки, этапы, причины проигрыша, товары и карты процессов будут названы на этом языке. Позже их можно переименовать.</translation>
    </message>
    <message>
        <source>&amp;Language of the data:</source>
        <translation>&amp;Язык данных:</translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation>&amp;Создать базу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Counting the deals failed.</source>
        <translation>Не удалось подсчитать сделки.</translation>
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
        <translation>Не удалось подсчитать воронку.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Нет воронки с идентификатором %1.</translation>
    </message>
    <message>
        <source>The pipeline “%1” lacks its Won or Lost stage.</source>
        <translation>В воронке «%1» нет этапа «Выиграна» или «Проиграна».</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>Начало периода (%1) позже его конца (%2).</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Причина не указана</translation>
    </message>
    <message>
        <source>The stage %1 is not a stage of the pipeline “%2”.</source>
        <translation>Этап %1 не относится к воронке «%2».</translation>
    </message>
    <message>
        <source>A month of revenue needs a date.</source>
        <translation>Для месяца выручки нужна дата.</translation>
    </message>
    <message>
        <source>Unknown drill-down.</source>
        <translation>Неизвестная детализация.</translation>
    </message>
</context>
<context>
    <name>FunnelTableModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>От предыдущего</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>От первого</translation>
    </message>
    <message>
        <source>Avg days in stage</source>
        <translation>Сред. дней на этапе</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медиана дней</translation>
    </message>
    <message>
        <source>Lost here</source>
        <translation>Проиграно здесь</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Month won</source>
        <translation>Месяц выигрыша</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %Ln other currency(s)</source>
        <translation>
            <numerusform>%1 + ещё %Ln валюта</numerusform>
            <numerusform>%1 + ещё %Ln валюты</numerusform>
            <numerusform>%1 + ещё %Ln валют</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click to list these deals</source>
        <translation>Дважды щёлкните, чтобы показать список этих сделок</translation>
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
        <translation>В этом фильтре нет сделок</translation>
    </message>
    <message>
        <source>closed without a sale</source>
        <translation>закрыты без продажи</translation>
    </message>
    <message>
        <source>first stage</source>
        <translation>первый этап</translation>
    </message>
    <message>
        <source>%1 of previous · %2 of first</source>
        <translation>%1 от пред. · %2 от первого</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s) in it now</source>
        <translation>
            <numerusform>%1: сейчас здесь %Ln сделка</numerusform>
            <numerusform>%1: сейчас здесь %Ln сделки</numerusform>
            <numerusform>%1: сейчас здесь %Ln сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s) reached it or went further</source>
        <translation>
            <numerusform>%1: %Ln сделка дошла до этапа или дальше</numerusform>
            <numerusform>%1: %Ln сделки дошли до этапа или дальше</numerusform>
            <numerusform>%1: %Ln сделок дошло до этапа или дальше</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list these deals</source>
        <translation>Щёлкните, чтобы показать список этих сделок</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) · %1</source>
        <translation>
            <numerusform>%Ln сделка · %1</numerusform>
            <numerusform>%Ln сделки · %1</numerusform>
            <numerusform>%Ln сделок · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>To get the data back, save what can still be read into a new file with: %1 (then open that file).</source>
        <translation>Чтобы вернуть данные, сохраните то, что ещё можно прочитать, в новый файл командой: %1 (затем откройте этот файл).</translation>
    </message>
    <message>
        <source>To get the data back, restore the newest backup, %1 (made before the last upgrade; later changes are not in it), or save what can still be read into a new file with: %2 (then open that file).</source>
        <translation>Чтобы вернуть данные, восстановите самую новую резервную копию, %1 (сделана перед последним обновлением; более поздних изменений в ней нет), или сохраните то, что ещё можно прочитать, в новый файл командой: %2 (затем откройте этот файл).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>и ещё %n проблема</numerusform>
            <numerusform>и ещё %n проблемы</numerusform>
            <numerusform>и ещё %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2.</source>
        <translation>База данных %1 повреждена: %2.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Add a product: type its name or SKU…</source>
        <translation>Добавить товар: введите название или артикул…</translation>
    </message>
    <message>
        <source>Add &amp;Line</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>Line item %1, %2: %3</source>
        <translation>Позиция %1, %2: %3</translation>
    </message>
    <message>
        <source>a line item needs a name.</source>
        <translation>у позиции должно быть наименование.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity above 0 with at most three decimals.</source>
        <translation>«%1» — не количество больше 0 с не более чем тремя знаками после запятой.</translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation>«%1» — не цена в %2.</translation>
    </message>
    <message>
        <source>“%1” is not a discount between 0 and 100 %.</source>
        <translation>«%1» — не скидка от 0 до 100 %.</translation>
    </message>
    <message>
        <source>the total is too large to be stored.</source>
        <translation>итоговая сумма слишком велика для сохранения.</translation>
    </message>
    <message>
        <source>Not a number this column takes; see the message below.</source>
        <translation>Этот столбец не принимает такое число; см. сообщение ниже.</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Итого: —</translation>
    </message>
    <message>
        <source>No line items yet.</source>
        <translation>Позиций пока нет.</translation>
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
        <translation>Добавить товар</translation>
    </message>
    <message>
        <source>“%1” is priced in %2 and the deal in %3: enter its price in %3.</source>
        <translation>Цена «%1» указана в %2, а сделка — в %3: введите цену в %3.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Налог %</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Без налога</translation>
    </message>
    <message>
        <source>Adds the product typed on the left, or a line named as typed</source>
        <translation>Добавляет товар, введённый слева, или позицию с введённым названием</translation>
    </message>
    <message>
        <source>“%1” is not a tax rate between 0 and 100 %.</source>
        <translation>«%1» — не ставка налога от 0 до 100 %.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Net: %1 · Tax: %2 · Total: %3</source>
        <translation>Без налога: %1 · Налог: %2 · Итого: %3</translation>
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
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>LostReasonService</name>
    <message>
        <source>Reading or saving the lost reasons failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить причины проигрыша; ничего не изменено.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits the lost reasons; “%1” is not one.</source>
        <translation>Причины проигрыша может изменять только владелец процесса или администратор; «%1» им не является.</translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation>У причины проигрыша должно быть название.</translation>
    </message>
    <message>
        <source>The lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>There is already a lost reason “%1”.</source>
        <translation>Причина проигрыша «%1» уже существует.</translation>
    </message>
    <message>
        <source>There is no lost reason with the id %1.</source>
        <translation>Нет причины проигрыша с идентификатором %1.</translation>
    </message>
    <message>
        <source>A new order must list every lost reason once.</source>
        <translation>В новом порядке каждая причина проигрыша должна быть указана ровно один раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n lost deal(s) name the reason “%1”; make it inactive instead, so that it is no longer offered.</source>
        <translation>
            <numerusform>Причина «%1» указана в %n проигранной сделке; вместо удаления сделайте её неактивной, чтобы она больше не предлагалась.</numerusform>
            <numerusform>Причина «%1» указана в %n проигранных сделках; вместо удаления сделайте её неактивной, чтобы она больше не предлагалась.</numerusform>
            <numerusform>Причина «%1» указана в %n проигранных сделках; вместо удаления сделайте её неактивной, чтобы она больше не предлагалась.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostReasonSettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Д&amp;еактивировать</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Changes are saved at once. A reason that lost deals name can be deactivated (no longer offered) but not deleted.</source>
        <translation>Изменения сохраняются сразу. Причину, указанную в проигранных сделках, можно деактивировать (она больше не предлагается), но нельзя удалить.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits the lost reasons.</source>
        <translation>Причины проигрыша может изменять только владелец процесса или администратор.</translation>
    </message>
    <message>
        <source>Lost Reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивна)</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <source>New Lost Reason</source>
        <translation>Новая причина проигрыша</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Переименование причины проигрыша</translation>
    </message>
    <message>
        <source>Delete Lost Reason</source>
        <translation>Удаление причины проигрыша</translation>
    </message>
    <message>
        <source>Delete the lost reason “%1”?</source>
        <translation>Удалить причину проигрыша «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>Новый кон&amp;такт…</translation>
    </message>
    <message>
        <source>New Compan&amp;y…</source>
        <translation>Новая &amp;компания…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Отменить перемещение в корзину</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Переместить в корзину</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About Pristriy</source>
        <translation>&amp;О программе Pristriy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>%1 — Pristriy</source>
        <translation>%1 — Pristriy</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Удалить навсегда…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Контакт сохранён.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>Компания сохранена.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln запись восстановлена.</numerusform>
            <numerusform>%Ln записи восстановлены.</numerusform>
            <numerusform>%Ln записей восстановлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the trash</source>
        <translation>
            <numerusform>%Ln запись в корзине</numerusform>
            <numerusform>%Ln записи в корзине</numerusform>
            <numerusform>%Ln записей в корзине</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln контакт перемещён в корзину.</numerusform>
            <numerusform>%Ln контакта перемещены в корзину.</numerusform>
            <numerusform>%Ln контактов перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln компания перемещена в корзину.</numerusform>
            <numerusform>%Ln компании перемещены в корзину.</numerusform>
            <numerusform>%Ln компаний перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Process Map…</source>
        <translation>Открыть карту &amp;процесса…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln сделка</numerusform>
            <numerusform>%Ln сделки</numerusform>
            <numerusform>%Ln сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Open Process Map from &amp;Database…</source>
        <translation>Открыть карту процесса из &amp;базы данных…</translation>
    </message>
    <message>
        <source>&amp;New Process Map</source>
        <translation>&amp;Новая карта процесса</translation>
    </message>
    <message>
        <source>%1 — %2 — Pristriy</source>
        <translation>%1 — %2 — Pristriy</translation>
    </message>
    <message>
        <source>New Process Map from &amp;Template</source>
        <translation>Новая карта процесса из &amp;шаблона</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln сделка перемещена в корзину.</numerusform>
            <numerusform>%Ln сделки перемещены в корзину.</numerusform>
            <numerusform>%Ln сделок перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was not closed properly the last time: Pristriy finished SQLite&apos;s recovery and checked it, no problems found.</source>
        <translation>В прошлый раз база данных не была закрыта правильно: Pristriy завершил восстановление SQLite и проверил её, проблем нет.</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>Проверить &amp;базу данных</translation>
    </message>
    <message>
        <source>Check the database file for damage, as SQLite&apos;s quick_check does</source>
        <translation>Проверить файл базы данных на повреждения, как это делает quick_check в SQLite</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The schema version of the database could not be read.</source>
        <translation>Не удалось прочитать версию схемы базы данных.</translation>
    </message>
    <message>
        <source>Upgrading the database from schema %1 to %2 failed at step %3 (%4). Nothing was changed.</source>
        <translation>Не удалось обновить базу данных со схемы %1 до %2 на шаге %3 (%4). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database could not be prepared for the upgrade.</source>
        <translation>Не удалось подготовить базу данных к обновлению.</translation>
    </message>
</context>
<context>
    <name>MyTasksDock</name>
    <message>
        <source>My Tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>My &amp;Tasks</source>
        <translation>Мои &amp;задачи</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation>Сделка «%1»</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <source>A sales manager sees their own tasks, not those of “%1”.</source>
        <translation>Менеджер по продажам видит только свои задачи, а не задачи пользователя «%1».</translation>
    </message>
    <message>
        <source>Reading the tasks failed: %1</source>
        <translation>Не удалось прочитать задачи: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Просроченные (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Сегодня (%1)</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Предстоящие (%1)</translation>
    </message>
    <message>
        <source>No due date (%1)</source>
        <translation>Без срока (%1)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Высокий приоритет</translation>
    </message>
    <message>
        <source>Related to: %1</source>
        <translation>Связано с: %1</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <source>&amp;New Task…</source>
        <translation>&amp;Новая задача…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; overdue, &lt;b&gt;%2&lt;/b&gt; due today, &lt;b&gt;%3&lt;/b&gt; upcoming</source>
        <translation>Просрочено: &lt;b&gt;%1&lt;/b&gt;, на сегодня: &lt;b&gt;%2&lt;/b&gt;, предстоит: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No open tasks. Tasks given to you appear here; &lt;b&gt;New Task…&lt;/b&gt; adds one.</source>
        <translation>Открытых задач нет. Здесь появляются задачи, поставленные вам; &lt;b&gt;Новая задача…&lt;/b&gt; добавляет задачу.</translation>
    </message>
</context>
<context>
    <name>NestedLaneCommand</name>
    <message>
        <source>Lanes are added to a lane of a pool.</source>
        <translation>Дорожки добавляются в дорожку пула.</translation>
    </message>
    <message>
        <source>This lane is too narrow to hold lanes.</source>
        <translation>Эта дорожка слишком узкая, чтобы вместить дорожки.</translation>
    </message>
    <message>
        <source>Lanes are added next to a lane inside a lane.</source>
        <translation>Дорожки добавляются рядом с дорожкой, вложенной в другую дорожку.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation>Что должна знать команда?</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <source>Reading or saving the note failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить заметку; ничего не изменено.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>В заметке должен быть текст.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>Нет заметки с идентификатором %1.</translation>
    </message>
    <message>
        <source>The note %1 was written by “%2”; a sales manager changes only their own notes.</source>
        <translation>Заметку %1 написал пользователь «%2»; менеджер по продажам изменяет только свои заметки.</translation>
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
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <source>Not a user of this database</source>
        <translation>Не пользователь этой базы данных</translation>
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
        <translation>У «%1» есть пароль. Новый заменит его.</translation>
    </message>
    <message>
        <source>“%1” has no password: anybody may start as this user.</source>
        <translation>У «%1» нет пароля: кто угодно может войти под этим пользователем.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Asked when somebody starts as “%1” on another computer account than theirs.</source>
        <translation>
            <numerusform>Не менее %n символа. Запрашивается, когда кто-то входит как «%1» под чужой учётной записью компьютера.</numerusform>
            <numerusform>Не менее %n символов. Запрашивается, когда кто-то входит как «%1» под чужой учётной записью компьютера.</numerusform>
            <numerusform>Не менее %n символов. Запрашивается, когда кто-то входит как «%1» под чужой учётной записью компьютера.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>&amp;Задать пароль</translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation>&amp;Удалить пароль</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <source>This diagram has no process to paste into.</source>
        <translation>В этой диаграмме нет процесса, в который можно вставить элементы.</translation>
    </message>
    <message>
        <source>The clipboard holds no BPMN process to paste.</source>
        <translation>В буфере обмена нет процесса BPMN для вставки.</translation>
    </message>
    <message>
        <source>The clipboard holds no drawn elements to paste.</source>
        <translation>В буфере обмена нет нарисованных элементов для вставки.</translation>
    </message>
</context>
<context>
    <name>PhoneReindex</name>
    <message>
        <source>“%1” is not a region phone numbers know.</source>
        <translation>«%1» — неизвестный регион для телефонных номеров.</translation>
    </message>
    <message>
        <source>Cancelled; the phone region was not changed.</source>
        <translation>Отменено; регион телефонов не изменён.</translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>Reading or saving the pipeline failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить воронку; ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no stage with the id %1.</source>
        <translation>Нет этапа с идентификатором %1.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Нет воронки с идентификатором %1.</translation>
    </message>
    <message>
        <source>There is no pipeline “%1”.</source>
        <translation>Нет воронки «%1».</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>У этапа должно быть название.</translation>
    </message>
    <message>
        <source>The stage name</source>
        <translation>Название этапа</translation>
    </message>
    <message>
        <source>A stage colour is written #rrggbb, not “%1”.</source>
        <translation>Цвет этапа записывается как #rrggbb, а не «%1».</translation>
    </message>
    <message>
        <source>A win probability is between 0 and 100 %.</source>
        <translation>Вероятность выигрыша должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>A checkpoint is a number of days, 1 or more (0 for none).</source>
        <translation>Контрольный срок — число дней, не меньше 1 (0 — без срока).</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits pipelines; “%1” is not one.</source>
        <translation>Воронки может изменять только владелец процесса или администратор; «%1» им не является.</translation>
    </message>
    <message>
        <source>The pipeline already has a stage “%1”.</source>
        <translation>В воронке уже есть этап «%1».</translation>
    </message>
    <message>
        <source>A new order must list every open stage of the pipeline once.</source>
        <translation>В новом порядке каждый открытый этап воронки должен быть указан ровно один раз.</translation>
    </message>
    <message>
        <source>Won and Lost close every pipeline; they cannot be deleted.</source>
        <translation>Этапы «Выиграна» и «Проиграна» завершают каждую воронку; их нельзя удалить.</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still has %n deal(s); move them first or choose the stage they move to.</source>
        <translation>
            <numerusform>На этапе «%1» ещё есть %n сделка; сначала переместите её или выберите этап, на который она перейдёт.</numerusform>
            <numerusform>На этапе «%1» ещё есть %n сделки; сначала переместите их или выберите этап, на который они перейдут.</numerusform>
            <numerusform>На этапе «%1» ещё есть %n сделок; сначала переместите их или выберите этап, на который они перейдут.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deals of a deleted stage move to another stage of the same pipeline (not Lost, which needs a reason for each).</source>
        <translation>Сделки удаляемого этапа переходят на другой этап той же воронки (не на «Проиграна», где для каждой нужна причина).</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>У воронки должно быть название.</translation>
    </message>
    <message>
        <source>The pipeline name</source>
        <translation>Название воронки</translation>
    </message>
    <message>
        <source>There is already a pipeline “%1”.</source>
        <translation>Воронка «%1» уже существует.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>“%1” is the last open stage of its pipeline; new deals start in an open stage, so add another one first.</source>
        <translation>«%1» — последний открытый этап воронки; новые сделки начинаются на открытом этапе, поэтому сначала добавьте другой этап.</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsPage</name>
    <message>
        <source>Open</source>
        <comment>stage kind: its deals are still in progress; an adjective</comment>
        <translation>Открытый</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигрыш</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигрыш</translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation>&amp;Новая воронка…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Вероятность выигрыша</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Контрольный срок</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>&amp;Add Stage…</source>
        <translation>&amp;Добавить этап…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Changes to pipelines are saved at once. Won and Lost close every pipeline.</source>
        <translation>Изменения воронок сохраняются сразу. Каждая воронка завершается этапами «Выиграна» и «Проиграна».</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits pipelines.</source>
        <translation>Воронки может изменять только владелец процесса или администратор.</translation>
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
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Название новой воронки:</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Переименование воронки</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Новое название для «%1»:</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>Перемещение этапа</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n deal(s). Move them to:</source>
        <translation>
            <numerusform>На этапе «%1» %n сделка. Переместить сделки на:</numerusform>
            <numerusform>На этапе «%1» %n сделки. Переместить сделки на:</numerusform>
            <numerusform>На этапе «%1» %n сделок. Переместить сделки на:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “%1”? It has no deals.</source>
        <translation>Удалить этап «%1»? На нём нет сделок.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Определения</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Пул</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Поток сообщений</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Пользовательская задача</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Сервисная задача</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Задача отправки</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Задача получения</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Ручная задача</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Задача бизнес-правила</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Задача-сценарий</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Вызов процесса</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Подпроцесс</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Нерегламентированный подпроцесс</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Начальное событие</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Конечное событие</translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation>Промежуточное событие получения</translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation>Промежуточное событие отправки</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Граничное событие</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Исключающий шлюз</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Параллельный шлюз</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Включающий шлюз</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Шлюз на основе событий</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Комплексный шлюз</translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation>Поток управления</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Ассоциация</translation>
    </message>
    <message>
        <source>Lane set</source>
        <translation>Набор дорожек</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>Data object</source>
        <translation>Объект данных</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Хранилище данных</translation>
    </message>
    <message>
        <source>Data input</source>
        <translation>Входные данные</translation>
    </message>
    <message>
        <source>Data output</source>
        <translation>Выходные данные</translation>
    </message>
    <message>
        <source>Text annotation</source>
        <translation>Текстовая аннотация</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing modelled yet: append the first step to the start event with the buttons beside it, or drag elements from the palette.</source>
        <translation>Пока ничего не смоделировано: добавьте первый шаг к начальному событию кнопками рядом с ним или перетащите элементы из палитры.</translation>
    </message>
    <message>
        <source>The map is empty: drag a start event from the palette to begin.</source>
        <translation>Карта пуста: перетащите начальное событие из палитры, чтобы начать.</translation>
    </message>
</context>
<context>
    <name>ProcessDocument</name>
    <message>
        <source>%1 cannot be read as BPMN: %2</source>
        <translation>Не удаётся прочитать %1 как BPMN: %2</translation>
    </message>
    <message>
        <source>The data cannot be read as BPMN.</source>
        <translation>Не удаётся прочитать данные как BPMN.</translation>
    </message>
</context>
<context>
    <name>ProcessEditor</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Open Map from &amp;Database…</source>
        <translation>Открыть карту из &amp;базы данных…</translation>
    </message>
    <message>
        <source>Save to Data&amp;base as…</source>
        <translation>Сохранить в базу &amp;данных как…</translation>
    </message>
    <message>
        <source>&amp;Version History…</source>
        <translation>&amp;История версий…</translation>
    </message>
    <message>
        <source>&amp;Export Drawing…</source>
        <translation>&amp;Экспорт рисунка…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>В&amp;ыделить всё</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Пере&amp;именовать</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Вписать</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Фактический размер</translation>
    </message>
    <message>
        <source>A&amp;ppend Task</source>
        <translation>Добавить &amp;задачу</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Привязка к сетке</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Рука</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Лассо</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Соединить</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Начальное событие</translation>
    </message>
    <message>
        <source>Intermediate event</source>
        <translation>Промежуточное событие</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Конечное событие</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Пользовательская задача</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Сервисная задача</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Подпроцесс</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Исключающий шлюз</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Параллельный шлюз</translation>
    </message>
    <message>
        <source>Data object</source>
        <translation>Объект данных</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Хранилище данных</translation>
    </message>
    <message>
        <source>Text annotation</source>
        <translation>Текстовая аннотация</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Создать из &amp;шаблона</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Создание из шаблона</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Упорядочить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>По &amp;левому краю</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>По &amp;центру</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>По пр&amp;авому краю</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>По &amp;верхнему краю</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>По &amp;середине</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>По &amp;нижнему краю</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Распределить по &amp;горизонтали</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Распределить по в&amp;ертикали</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Open Process Map</source>
        <translation>Открытие карты процесса</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Файлы BPMN 2.0 (*.bpmn *.xml);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n element(s).</source>
        <translation>
            <numerusform>Открыт файл %1: %n элемент.</numerusform>
            <numerusform>Открыт файл %1: %n элемента.</numerusform>
            <numerusform>Открыт файл %1: %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template %1 cannot be opened: %2</source>
        <translation>Не удаётся открыть шаблон %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>New process map from a template: %n element(s).</source>
        <translation>
            <numerusform>Новая карта процесса из шаблона: %n элемент.</numerusform>
            <numerusform>Новая карта процесса из шаблона: %n элемента.</numerusform>
            <numerusform>Новая карта процесса из шаблона: %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another location.</source>
        <translation>Не удалось сохранить %1: %2. Выберите другое место.</translation>
    </message>
    <message>
        <source>Save Process Map</source>
        <translation>Сохранение карты процесса</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>This older version is read-only. Open the latest version to edit the map, or keep this one as a new map with Save to Database as…</source>
        <translation>Эта старая версия доступна только для чтения. Чтобы изменить карту, откройте последнюю версию или сохраните эту как новую карту командой «Сохранить в базу данных как…»</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation>Файлы BPMN 2.0 (*.bpmn)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименование</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Insert %1 into a flow</source>
        <translation>Вставить в поток: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to this process map before closing?</source>
        <translation>Сохранить изменения этой карты процесса перед закрытием?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>%1, version %2 (read-only)</source>
        <translation>%1, версия %2 (только чтение)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>%1[*] — Process Map</source>
        <translation>%1[*] — Карта процесса</translation>
    </message>
    <message>
        <source>The route map cannot be opened: %1</source>
        <translation>Не удаётся открыть карту процесса: %1</translation>
    </message>
    <message>
        <source>Open Map from Database</source>
        <translation>Открытие карты из базы данных</translation>
    </message>
    <message numerus="yes">
        <source>Opened version %1 of “%2”, read-only: %n element(s).</source>
        <translation>
            <numerusform>Открыта версия %1 карты «%2» только для чтения: %n элемент.</numerusform>
            <numerusform>Открыта версия %1 карты «%2» только для чтения: %n элемента.</numerusform>
            <numerusform>Открыта версия %1 карты «%2» только для чтения: %n элементов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”, version %2: %n element(s).</source>
        <translation>
            <numerusform>Открыта карта «%1», версия %2: %n элемент.</numerusform>
            <numerusform>Открыта карта «%1», версия %2: %n элемента.</numerusform>
            <numerusform>Открыта карта «%1», версия %2: %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to Database</source>
        <translation>Сохранение в базу данных</translation>
    </message>
    <message>
        <source>Name of the route map:</source>
        <translation>Название карты процесса:</translation>
    </message>
    <message>
        <source>Saved “%1” as version %2.</source>
        <translation>Карта «%1» сохранена как версия %2.</translation>
    </message>
    <message>
        <source>Name of the new route map:</source>
        <translation>Название новой карты процесса:</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>История версий</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation>Экспорт рисунка</translation>
    </message>
    <message>
        <source>Exported the drawing to %1.</source>
        <translation>Рисунок экспортирован в %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Sent the drawing to the printer.</source>
        <translation>Рисунок отправлен на принтер.</translation>
    </message>
    <message>
        <source>Print Process Map</source>
        <translation>Печать карты процесса</translation>
    </message>
    <message>
        <source>Select the elements to copy first.</source>
        <translation>Сначала выделите элементы для копирования.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n element(s).</source>
        <translation>
            <numerusform>Скопирован %n элемент.</numerusform>
            <numerusform>Скопировано %n элемента.</numerusform>
            <numerusform>Скопировано %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no BPMN elements to paste.</source>
        <translation>В буфере обмена нет элементов BPMN для вставки.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n element(s).</source>
        <translation>
            <numerusform>Вставлен %n элемент.</numerusform>
            <numerusform>Вставлено %n элемента.</numerusform>
            <numerusform>Вставлено %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more elements to align.</source>
        <translation>Выделите два или более элементов для выравнивания.</translation>
    </message>
    <message numerus="yes">
        <source>Align %n element(s)</source>
        <translation>
            <numerusform>Выравнивание %n элемента</numerusform>
            <numerusform>Выравнивание %n элементов</numerusform>
            <numerusform>Выравнивание %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Select three or more elements to distribute.</source>
        <translation>Выделите три или более элементов для распределения.</translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n element(s)</source>
        <translation>
            <numerusform>Распределение %n элемента</numerusform>
            <numerusform>Распределение %n элементов</numerusform>
            <numerusform>Распределение %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Append task</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>Append gateway</source>
        <translation>Добавить шлюз</translation>
    </message>
    <message>
        <source>Append intermediate event</source>
        <translation>Добавить промежуточное событие</translation>
    </message>
    <message>
        <source>Append end event</source>
        <translation>Добавить конечное событие</translation>
    </message>
    <message>
        <source>Connect (C)</source>
        <translation>Соединить (C)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Удалить (Del)</translation>
    </message>
    <message>
        <source>Append %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <source>%1: drag it onto the canvas, or click here and then on the canvas; the arrow shows the other kinds</source>
        <translation>%1: перетащите на холст или щёлкните здесь, а затем на холсте; стрелка показывает другие виды</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Message start event</source>
        <translation>Начальное событие (сообщение)</translation>
    </message>
    <message>
        <source>Timer start event</source>
        <translation>Начальное событие (таймер)</translation>
    </message>
    <message>
        <source>Conditional start event</source>
        <translation>Начальное событие (условие)</translation>
    </message>
    <message>
        <source>Signal start event</source>
        <translation>Начальное событие (сигнал)</translation>
    </message>
    <message>
        <source>Message catch event</source>
        <translation>Промежуточное событие получения (сообщение)</translation>
    </message>
    <message>
        <source>Timer catch event</source>
        <translation>Промежуточное событие получения (таймер)</translation>
    </message>
    <message>
        <source>Conditional catch event</source>
        <translation>Промежуточное событие получения (условие)</translation>
    </message>
    <message>
        <source>Signal catch event</source>
        <translation>Промежуточное событие получения (сигнал)</translation>
    </message>
    <message>
        <source>Link catch event</source>
        <translation>Промежуточное событие получения (ссылка)</translation>
    </message>
    <message>
        <source>Message throw event</source>
        <translation>Промежуточное событие отправки (сообщение)</translation>
    </message>
    <message>
        <source>Signal throw event</source>
        <translation>Промежуточное событие отправки (сигнал)</translation>
    </message>
    <message>
        <source>Escalation throw event</source>
        <translation>Промежуточное событие отправки (эскалация)</translation>
    </message>
    <message>
        <source>Link throw event</source>
        <translation>Промежуточное событие отправки (ссылка)</translation>
    </message>
    <message>
        <source>Compensation throw event</source>
        <translation>Промежуточное событие отправки (компенсация)</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Граничное событие</translation>
    </message>
    <message>
        <source>Message boundary event</source>
        <translation>Граничное событие (сообщение)</translation>
    </message>
    <message>
        <source>Timer boundary event</source>
        <translation>Граничное событие (таймер)</translation>
    </message>
    <message>
        <source>Error boundary event</source>
        <translation>Граничное событие (ошибка)</translation>
    </message>
    <message>
        <source>Escalation boundary event</source>
        <translation>Граничное событие (эскалация)</translation>
    </message>
    <message>
        <source>Conditional boundary event</source>
        <translation>Граничное событие (условие)</translation>
    </message>
    <message>
        <source>Signal boundary event</source>
        <translation>Граничное событие (сигнал)</translation>
    </message>
    <message>
        <source>Compensation boundary event</source>
        <translation>Граничное событие (компенсация)</translation>
    </message>
    <message>
        <source>Message boundary event (non-interrupting)</source>
        <translation>Граничное событие (сообщение, непрерывающее)</translation>
    </message>
    <message>
        <source>Timer boundary event (non-interrupting)</source>
        <translation>Граничное событие (таймер, непрерывающее)</translation>
    </message>
    <message>
        <source>Escalation boundary event (non-interrupting)</source>
        <translation>Граничное событие (эскалация, непрерывающее)</translation>
    </message>
    <message>
        <source>Conditional boundary event (non-interrupting)</source>
        <translation>Граничное событие (условие, непрерывающее)</translation>
    </message>
    <message>
        <source>Signal boundary event (non-interrupting)</source>
        <translation>Граничное событие (сигнал, непрерывающее)</translation>
    </message>
    <message>
        <source>Message end event</source>
        <translation>Конечное событие (сообщение)</translation>
    </message>
    <message>
        <source>Escalation end event</source>
        <translation>Конечное событие (эскалация)</translation>
    </message>
    <message>
        <source>Error end event</source>
        <translation>Конечное событие (ошибка)</translation>
    </message>
    <message>
        <source>Compensation end event</source>
        <translation>Конечное событие (компенсация)</translation>
    </message>
    <message>
        <source>Signal end event</source>
        <translation>Конечное событие (сигнал)</translation>
    </message>
    <message>
        <source>Terminate end event</source>
        <translation>Терминирующее конечное событие</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Задача отправки</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Задача получения</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Ручная задача</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Задача бизнес-правила</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Задача-сценарий</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Вызов процесса</translation>
    </message>
    <message>
        <source>Sub-process (collapsed)</source>
        <translation>Подпроцесс (свёрнутый)</translation>
    </message>
    <message>
        <source>Sub-process (expanded)</source>
        <translation>Подпроцесс (развёрнутый)</translation>
    </message>
    <message>
        <source>Event sub-process</source>
        <translation>Событийный подпроцесс</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Транзакция</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Нерегламентированный подпроцесс</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Включающий шлюз</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Шлюз на основе событий</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Комплексный шлюз</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Артефакты</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Пул</translation>
    </message>
    <message>
        <source>Pool (vertical)</source>
        <translation>Пул (вертикальный)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Изменить тип</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Добавить дорожку сверху</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Добавить дорожку снизу</translation>
    </message>
    <message>
        <source>Add lane to the left</source>
        <translation>Добавить дорожку слева</translation>
    </message>
    <message>
        <source>Add lane to the right</source>
        <translation>Добавить дорожку справа</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>Изменить &amp;тип</translation>
    </message>
    <message>
        <source>Add Lane to the &amp;Left</source>
        <translation>Добавить дорожку с&amp;лева</translation>
    </message>
    <message>
        <source>Add Lane &amp;Above</source>
        <translation>Добавить дорожку с&amp;верху</translation>
    </message>
    <message>
        <source>Add Lane to the &amp;Right</source>
        <translation>Добавить дорожку спр&amp;ава</translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation>Добавить дорожку с&amp;низу</translation>
    </message>
    <message>
        <source>The diagram of the file shown on the canvas</source>
        <translation>Диаграмма файла, показанная на холсте</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>Showing the diagram “%1”.</source>
        <translation>Показана диаграмма «%1».</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>Изменить &amp;тип…</translation>
    </message>
    <message>
        <source>&amp;Find Element…</source>
        <translation>&amp;Найти элемент…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <source>Space (S): drag to make space, drag back to remove it; Ctrl moves the left or upper side</source>
        <translation>Пространство (S): перетащите, чтобы добавить пространство, перетащите обратно, чтобы убрать его; с Ctrl сдвигается левая или верхняя часть</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Divide Lane in Two</source>
        <translation>&amp;Разделить дорожку на две</translation>
    </message>
    <message>
        <source>Select one element to change its type.</source>
        <translation>Выделите один элемент, чтобы изменить его тип.</translation>
    </message>
    <message>
        <source>This element has no other type to change to.</source>
        <translation>У этого элемента нет другого типа, на который его можно изменить.</translation>
    </message>
    <message>
        <source>Find an element by name or id</source>
        <translation>Найти элемент по названию или идентификатору</translation>
    </message>
    <message>
        <source>No element is named “%1” or has that id.</source>
        <translation>Нет элемента с названием или идентификатором «%1».</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Space tool: drag to make space, drag back to remove it (Ctrl: the other side)</source>
        <translation>Инструмент «Пространство»: перетащите, чтобы добавить пространство, перетащите обратно, чтобы убрать его (Ctrl: другая сторона)</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Hand tool: drag to pan</source>
        <translation>Инструмент «Рука»: перетаскивайте, чтобы перемещать холст</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Lasso tool: drag to select, also starting on an element</source>
        <translation>Инструмент «Лассо»: перетащите, чтобы выделить, даже начиная с элемента</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Connect tool: drag from one element to another</source>
        <translation>Инструмент «Соединить»: перетащите от одного элемента к другому</translation>
    </message>
    <message>
        <source>E, F2</source>
        <translation>E, F2</translation>
    </message>
    <message>
        <source>Edit the label of the selected element</source>
        <translation>Изменить подпись выделенного элемента</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Change the type of the selected element</source>
        <translation>Изменить тип выделенного элемента</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Append a task to the selected element</source>
        <translation>Добавить задачу после выделенного элемента</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Select tool; cancels a drag or an edit</source>
        <translation>Инструмент «Выделение»; отменяет перетаскивание или редактирование</translation>
    </message>
    <message>
        <source>Del, Backspace</source>
        <translation>Del, Backspace</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Удалить выделенное</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Клавиши со стрелками</translation>
    </message>
    <message>
        <source>Move the selection by one grid step</source>
        <translation>Сдвинуть выделенное на один шаг сетки</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Cut, copy, paste</source>
        <translation>Вырезать, копировать, вставить</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Space + drag, middle button drag</source>
        <translation>Space + перетаскивание, перетаскивание средней кнопкой мыши</translation>
    </message>
    <message>
        <source>Pan the canvas with any tool</source>
        <translation>Перемещать холст любым инструментом</translation>
    </message>
    <message>
        <source>Ctrl + wheel, %1, %2</source>
        <translation>Ctrl + колёсико, %1, %2</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштабирование</translation>
    </message>
    <message>
        <source>Fit the diagram in the window</source>
        <translation>Вписать диаграмму в окно</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Фактический размер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>F1, ?</source>
        <translation>F1, ?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>&amp;New Process Map</source>
        <translation>&amp;Новая карта процесса</translation>
    </message>
    <message>
        <source>A new process map.</source>
        <translation>Новая карта процесса.</translation>
    </message>
    <message>
        <source>Save the changes to this process map first?</source>
        <translation>Сначала сохранить изменения этой карты процесса?</translation>
    </message>
    <message>
        <source>Set colour</source>
        <translation>Задать цвет</translation>
    </message>
</context>
<context>
    <name>ProcessExport</name>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Выберите имя файла с расширением .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>The process map has no diagram to draw.</source>
        <translation>В карте процесса нет диаграммы для рисования.</translation>
    </message>
    <message>
        <source>The picture could not be drawn (too little memory?).</source>
        <translation>Не удалось нарисовать изображение (недостаточно памяти?).</translation>
    </message>
    <message>
        <source>The process map has no diagram to print.</source>
        <translation>В карте процесса нет диаграммы для печати.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
</context>
<context>
    <name>ProcessMapDialog</name>
    <message>
        <source>Route Maps in the Database</source>
        <translation>Карты процессов в базе данных</translation>
    </message>
    <message>
        <source>Route map</source>
        <translation>Карта процесса</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Переместить в &amp;корзину</translation>
    </message>
    <message>
        <source>Open the latest version to edit a map; older versions open read-only.</source>
        <translation>Чтобы изменить карту, откройте последнюю версию; старые версии открываются только для чтения.</translation>
    </message>
    <message>
        <source>No route maps are stored in this database yet. Save one from the editor with File › Save to Database.</source>
        <translation>В этой базе данных пока нет карт процессов. Сохраните карту из редактора командой Файл › Сохранить в базу данных.</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Rename Route Map</source>
        <translation>Переименование карты процесса</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Move the route map “%1” with all its versions to the trash?</source>
        <translation>Переместить карту процесса «%1» со всеми её версиями в корзину?</translation>
    </message>
</context>
<context>
    <name>ProcessMapStore</name>
    <message>
        <source>Reading or saving the route map failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить карту процесса; ничего не изменено.</translation>
    </message>
    <message>
        <source>The route map cannot be saved: line %1, column %2: %3</source>
        <translation>Не удаётся сохранить карту процесса: строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>The route map cannot be saved: %1</source>
        <translation>Не удаётся сохранить карту процесса: %1</translation>
    </message>
    <message>
        <source>The route map cannot be saved: it is not a BPMN 2.0 document.</source>
        <translation>Не удаётся сохранить карту процесса: это не документ BPMN 2.0.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator changes route maps; “%1” is not one.</source>
        <translation>Изменять карты процессов может только владелец процесса или администратор; «%1» им не является.</translation>
    </message>
    <message>
        <source>There is no route map with the id %1.</source>
        <translation>Нет карты процесса с идентификатором %1.</translation>
    </message>
    <message>
        <source>There is no route map named “%1”.</source>
        <translation>Нет карты процесса с названием «%1».</translation>
    </message>
    <message>
        <source>The route map “%1” has no version %2.</source>
        <translation>У карты процесса «%1» нет версии %2.</translation>
    </message>
    <message>
        <source>A route map needs a name.</source>
        <translation>У карты процесса должно быть название.</translation>
    </message>
    <message>
        <source>A route map name has at most %1 characters.</source>
        <translation>Название карты процесса может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>There is already a route map named “%1”; choose another name.</source>
        <translation>Карта процесса с названием «%1» уже существует; выберите другое название.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Нет воронки с идентификатором %1.</translation>
    </message>
    <message>
        <source>The route map “%1” is in the trash; restore it before saving.</source>
        <translation>Карта процесса «%1» находится в корзине; восстановите её перед сохранением.</translation>
    </message>
    <message>
        <source>The route map “%1” cannot be restored: another map has its name now. Rename that one first.</source>
        <translation>Карту процесса «%1» нельзя восстановить: теперь её название носит другая карта. Сначала переименуйте ту карту.</translation>
    </message>
</context>
<context>
    <name>ProcessRules</name>
    <message>
        <source>An element cannot be connected to itself.</source>
        <translation>Элемент нельзя соединить с самим собой.</translation>
    </message>
    <message>
        <source>These elements are already connected.</source>
        <translation>Эти элементы уже соединены.</translation>
    </message>
    <message>
        <source>A sequence flow connects events, activities and gateways.</source>
        <translation>Поток управления соединяет события, действия и шлюзы.</translation>
    </message>
    <message>
        <source>These elements cannot be connected.</source>
        <translation>Эти элементы нельзя соединить.</translation>
    </message>
    <message>
        <source>Only flows and associations can be reconnected.</source>
        <translation>Переподключать можно только потоки и ассоциации.</translation>
    </message>
    <message>
        <source>A sequence flow stays inside one pool; between pools draw a message flow.</source>
        <translation>Поток управления не выходит за пределы одного пула; между пулами рисуйте поток сообщений.</translation>
    </message>
    <message>
        <source>A message flow connects elements of two different pools.</source>
        <translation>Поток сообщений соединяет элементы двух разных пулов.</translation>
    </message>
    <message>
        <source>An association joins a text annotation to another element.</source>
        <translation>Ассоциация связывает текстовую аннотацию с другим элементом.</translation>
    </message>
    <message>
        <source>A data association joins an activity to a data object or data store.</source>
        <translation>Ассоциация данных связывает действие с объектом данных или хранилищем данных.</translation>
    </message>
</context>
<context>
    <name>ProcessTemplates</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>Обработка жалоб</translation>
    </message>
    <message>
        <source>Marketing event</source>
        <translation>Маркетинговое мероприятие</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation>Изменение товара</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>pcs, h, m²…</source>
        <translation>шт., ч, м²…</translation>
    </message>
    <message>
        <source>Offered for new line items</source>
        <translation>Предлагается для новых позиций</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Артикул:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Цена:</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%):</source>
        <translation>&amp;Ставка налога (%):</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>А&amp;ктивен:</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>«%1» — не код валюты, например EUR или RON.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a price in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>«%1» — не цена в %2 (не более %n знака после запятой).</numerusform>
            <numerusform>«%1» — не цена в %2 (не более %n знаков после запятой).</numerusform>
            <numerusform>«%1» — не цена в %2 (не более %n знаков после запятой).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a tax rate between 0 and 100 % (at most two decimals).</source>
        <translation>«%1» — не ставка налога от 0 до 100 % (не более двух знаков после запятой).</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Reading or saving the product failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить товар; ничего не изменено.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>У товара должно быть название.</translation>
    </message>
    <message>
        <source>The product name</source>
        <translation>Название товара</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>The price of “%1” cannot be negative.</source>
        <translation>Цена «%1» не может быть отрицательной.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>«%1» — не код валюты, например EUR или RON.</translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation>Ставка налога должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>Sales managers pick products from the catalogue; a process owner, director or administrator edits it.</source>
        <translation>Менеджеры по продажам выбирают товары из каталога; изменяет его владелец процесса, директор или администратор.</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>Нет товара с идентификатором %1.</translation>
    </message>
    <message>
        <source>Another product has the SKU “%1”.</source>
        <translation>Артикул «%1» уже есть у другого товара.</translation>
    </message>
</context>
<context>
    <name>ProductSettingsPage</name>
    <message>
        <source>Search name or SKU</source>
        <translation>Поиск по названию или артикулу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Д&amp;еактивировать</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
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
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Changes to the catalogue are saved at once. A product is never deleted; an inactive one is no longer offered for new line items.</source>
        <translation>Изменения каталога сохраняются сразу. Товары не удаляются; неактивный товар больше не предлагается для новых позиций.</translation>
    </message>
    <message>
        <source>Process owners, directors and administrators edit the catalogue.</source>
        <translation>Каталог могут изменять владельцы процессов, директора и администраторы.</translation>
    </message>
    <message>
        <source>%1 of %2 products shown; search to narrow them.</source>
        <translation>Показано товаров: %1 из %2; уточните поиск, чтобы сузить список.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активировать</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>e.g. ${approved}</source>
        <translation>например, ${approved}</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
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
        <translation>ISO 8601, например P3D</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>например, Менеджер по продажам</translation>
    </message>
    <message>
        <source>No checkpoint</source>
        <translation>Без контрольного срока</translation>
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
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Documentation:</source>
        <translation>&amp;Документация:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <source>&amp;Timer:</source>
        <translation>&amp;Таймер:</translation>
    </message>
    <message>
        <source>Timer &amp;value:</source>
        <translation>&amp;Значение таймера:</translation>
    </message>
    <message>
        <source>Assignee &amp;role:</source>
        <translation>&amp;Роль исполнителя:</translation>
    </message>
    <message>
        <source>D&amp;ue in:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ничего не выделено</translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected</source>
        <translation>
            <numerusform>Выделен %n элемент</numerusform>
            <numerusform>Выделено %n элемента</numerusform>
            <numerusform>Выделено %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Другой цвет…</translation>
    </message>
    <message>
        <source>Fill Colour</source>
        <translation>Цвет заливки</translation>
    </message>
    <message>
        <source>Line Colour</source>
        <translation>Цвет линии</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Перемещение %n элемента</numerusform>
            <numerusform>Перемещение %n элементов</numerusform>
            <numerusform>Перемещение %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Создание: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Соединить</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Ассоциация</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Удаление %n элемента</numerusform>
            <numerusform>Удаление %n элементов</numerusform>
            <numerusform>Удаление %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>Переименование в «%1»</translation>
    </message>
    <message>
        <source>Change id to “%1”</source>
        <translation>Изменение идентификатора на «%1»</translation>
    </message>
    <message>
        <source>There is no element “%1”.</source>
        <translation>Нет элемента «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, without spaces.</source>
        <translation>«%1» — недопустимый идентификатор: он должен начинаться с буквы или «_», а далее содержать буквы, цифры, «_», «-» или «.» без пробелов.</translation>
    </message>
    <message>
        <source>The id “%1” is already used by another element.</source>
        <translation>Идентификатор «%1» уже используется другим элементом.</translation>
    </message>
    <message>
        <source>Edit documentation</source>
        <translation>Изменение документации</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Изменение условия</translation>
    </message>
    <message>
        <source>Edit timer</source>
        <translation>Изменение таймера</translation>
    </message>
    <message>
        <source>Edit assignee role</source>
        <translation>Изменение роли исполнителя</translation>
    </message>
    <message>
        <source>Edit due time</source>
        <translation>Изменение срока</translation>
    </message>
    <message>
        <source>Bend flow</source>
        <translation>Изгиб потока</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставка</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Переподключение</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Изменение размера</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Добавление дорожки</translation>
    </message>
    <message>
        <source>Connect by message flow</source>
        <translation>Соединение потоком сообщений</translation>
    </message>
    <message>
        <source>Associate data</source>
        <translation>Ассоциация данных</translation>
    </message>
    <message>
        <source>Default flow</source>
        <translation>Поток по умолчанию</translation>
    </message>
    <message>
        <source>Conditional flow</source>
        <translation>Условный поток</translation>
    </message>
    <message>
        <source>Default &amp;Flow</source>
        <translation>&amp;Поток по умолчанию</translation>
    </message>
    <message>
        <source>Taken when no other outgoing flow&apos;s condition holds</source>
        <translation>Выбирается, когда не выполняется условие ни одного другого исходящего потока</translation>
    </message>
    <message>
        <source>C&amp;onditional Flow</source>
        <translation>У&amp;словный поток</translation>
    </message>
    <message>
        <source>Taken only when its condition holds; write the condition in the properties</source>
        <translation>Выбирается, только когда выполняется его условие; задайте условие в свойствах</translation>
    </message>
    <message>
        <source>Change container</source>
        <translation>Изменение контейнера</translation>
    </message>
    <message>
        <source>Change type to %1</source>
        <translation>Изменение типа: %1</translation>
    </message>
    <message>
        <source>Close lane gap</source>
        <translation>Устранение промежутка между дорожками</translation>
    </message>
    <message>
        <source>Remove the last pool</source>
        <translation>Удаление последнего пула</translation>
    </message>
    <message>
        <source>Make space</source>
        <translation>Добавление пространства</translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation>Удаление пространства</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Set colour</source>
        <translation>Задать цвет</translation>
    </message>
    <message>
        <source>Place labels</source>
        <translation>Разместить подписи</translation>
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
        <translation>компания</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>сделка</translation>
    </message>
    <message>
        <source>“%1” is not a record kind; use contact, company or deal.</source>
        <translation>«%1» — не тип записи; используйте contact, company или deal.</translation>
    </message>
    <message>
        <source>Reading the %1 failed.</source>
        <translation>Не удалось прочитать запись (%1).</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Нет записи (%1) с идентификатором %2.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to “%3” and is not shared with “%4”; a sales manager sees and changes only their own records and those shared with them.</source>
        <translation>Запись (%1, № %2) принадлежит «%3», и доступ к ней не открыт для «%4»; менеджер по продажам видит и изменяет только свои записи и те, к которым ему открыт доступ.</translation>
    </message>
</context>
<context>
    <name>RecordDealsModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
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
        <translation>С этим контактом пока нет сделок.</translation>
    </message>
    <message>
        <source>No deals with this company yet.</source>
        <translation>С этой компанией пока нет сделок.</translation>
    </message>
    <message>
        <source>+ &amp;Deal</source>
        <translation>+ &amp;Сделка</translation>
    </message>
    <message>
        <source>Start a deal with this contact</source>
        <translation>Начать сделку с этим контактом</translation>
    </message>
    <message>
        <source>Start a deal with this company</source>
        <translation>Начать сделку с этой компанией</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Сделки (%1)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Новая сделка</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type a name, company or e-mail…</source>
        <translation>Введите имя, компанию или адрес эл. почты…</translation>
    </message>
    <message>
        <source>Type a company name…</source>
        <translation>Введите название компании…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Открыть контакт</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>Открыть компанию</translation>
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
        <translation>(компания %1)</translation>
    </message>
</context>
<context>
    <name>RecordTrash</name>
    <message>
        <source>Changing the trash failed; nothing was changed.</source>
        <translation>Не удалось изменить корзину; ничего не изменено.</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Да/Нет</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>&amp;Custom Fields</source>
        <translation>Дополнительные по&amp;ля</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The new language applies after restarting Pristriy.</source>
        <translation>Новый язык будет применён после перезапуска Pristriy.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this region. This setting belongs to the database, so everyone using it shares it.</source>
        <translation>Номера телефонов, введённые без кода страны, считаются номерами этого региона. Этот параметр хранится в базе данных, поэтому он общий для всех её пользователей.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>&amp;Регион телефонов по умолчанию:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
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
        <translation>Варианты</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Changes to custom fields are saved at once.</source>
        <translation>Изменения дополнительных полей сохраняются сразу.</translation>
    </message>
    <message>
        <source>Fields of:</source>
        <translation>Поля для:</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Remove Custom Field</source>
        <translation>Удаление дополнительного поля</translation>
    </message>
    <message>
        <source>Remove the field “%1”? The values stored in it for every record are deleted too.</source>
        <translation>Удалить поле «%1»? Его значения во всех записях тоже будут удалены.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Reading phone numbers in the new region…</source>
        <translation>Перечитывание номеров телефонов для нового региона…</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>Ворон&amp;ки</translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation>&amp;Товары</translation>
    </message>
    <message>
        <source>&amp;Lost Reasons</source>
        <translation>При&amp;чины проигрыша</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Общий доступ</translation>
    </message>
    <message>
        <source>The users ticked here see and change this record besides its owner.</source>
        <translation>Отмеченные здесь пользователи, помимо ответственного, видят и могут изменять эту запись.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>This database has no other users to share with; an administrator adds them in Tools › Users.</source>
        <translation>В этой базе нет других пользователей для общего доступа; администратор добавляет их в «Инструменты › Пользователи».</translation>
    </message>
</context>
<context>
    <name>ShareService</name>
    <message>
        <source>Reading or saving the sharing failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить настройки общего доступа; ничего не изменено.</translation>
    </message>
    <message>
        <source>Only the owner of the %1 %2 (“%3”) or a director shares it.</source>
        <translation>Открыть доступ к записи (%1, № %2) может только её ответственный («%3») или директор.</translation>
    </message>
    <message>
        <source>There is no user “%1” to share with.</source>
        <translation>Нет пользователя «%1», которому можно открыть доступ.</translation>
    </message>
</context>
<context>
    <name>SideFts</name>
    <message>
        <source>The search index could not be prepared.</source>
        <translation>Не удалось подготовить поисковый индекс.</translation>
    </message>
    <message>
        <source>The search index was not built.</source>
        <translation>Поисковый индекс не построен.</translation>
    </message>
    <message>
        <source>Building the search index failed.</source>
        <translation>Не удалось построить поисковый индекс.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Edit Stage</source>
        <translation>Изменение этапа</translation>
    </message>
    <message>
        <source>New Stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>&amp;Win probability:</source>
        <translation>&amp;Вероятность выигрыша:</translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation>&amp;Контрольный срок:</translation>
    </message>
    <message>
        <source>A deal longer in the stage than its checkpoint is marked late on the board.</source>
        <translation>Сделка, находящаяся на этапе дольше контрольного срока, отмечается на доске как просроченная.</translation>
    </message>
    <message>
        <source>Stage Colour</source>
        <translation>Цвет этапа</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>В момент срока</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>За 15 минут</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Н&amp;апоминание:</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Reading or saving the task failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить задачу; ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation>Нет задачи с идентификатором %1.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>У задачи должно быть название.</translation>
    </message>
    <message>
        <source>The task&apos;s title</source>
        <translation>Название задачи</translation>
    </message>
    <message>
        <source>The task&apos;s description</source>
        <translation>Описание задачи</translation>
    </message>
    <message>
        <source>A task&apos;s priority is 0 (low), 1 (normal) or 2 (high), not %1.</source>
        <translation>Приоритет задачи — 0 (низкий), 1 (обычный) или 2 (высокий), а не %1.</translation>
    </message>
    <message>
        <source>The reminder of “%1” is more than a day after its due time.</source>
        <translation>Напоминание о «%1» наступает более чем через день после срока задачи.</translation>
    </message>
    <message>
        <source>The task %1 is assigned to “%2”; a sales manager sees and changes only their own tasks and those of records they may see.</source>
        <translation>Задача %1 поставлена пользователю «%2»; менеджер по продажам видит и изменяет только свои задачи и задачи записей, доступных ему.</translation>
    </message>
    <message>
        <source>A sales manager assigns tasks to themselves, not to “%1”.</source>
        <translation>Менеджер по продажам ставит задачи только себе, а не пользователю «%1».</translation>
    </message>
    <message>
        <source>There is no active user “%1” to assign the task to.</source>
        <translation>Нет активного пользователя «%1», которому можно поставить задачу.</translation>
    </message>
    <message>
        <source>A sales manager cannot hand a task to “%1”; a director can.</source>
        <translation>Менеджер по продажам не может передать задачу пользователю «%1»; это может сделать директор.</translation>
    </message>
    <message>
        <source>A task list needs a limit of at least 1.</source>
        <translation>Для списка задач нужен лимит не меньше 1.</translation>
    </message>
    <message>
        <source>A sales manager sees their own tasks, not those of “%1”.</source>
        <translation>Менеджер по продажам видит только свои задачи, а не задачи пользователя «%1».</translation>
    </message>
    <message>
        <source>The reminder of task %1 is for “%2”.</source>
        <translation>Напоминание о задаче %1 предназначено для «%2».</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1: слишком длинный текст (символов: %2; допускается не более %3).</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), which cannot be stored.</source>
        <translation>%1: содержит управляющий символ (U+%2), который нельзя сохранить.</translation>
    </message>
    <message>
        <source>%1 contains bytes that are not valid UTF-8 text (shown as U+FFFD). Check the encoding of the file or terminal it came from and type it again.</source>
        <translation>%1: содержит байты, не являющиеся допустимым текстом UTF-8 (показаны как U+FFFD). Проверьте кодировку файла или терминала, откуда взят текст, и введите его заново.</translation>
    </message>
    <message>
        <source>%1 has no visible characters (only spaces or zero-width characters). Type a name one can read.</source>
        <translation>%1: нет видимых символов (только пробелы или символы нулевой ширины). Введите имя, которое можно прочитать.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Reading the timeline failed.</source>
        <translation>Не удалось прочитать хронологию.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Line items changed (%1)</source>
        <translation>Изменены позиции (%1)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Открыт доступ для %1</translation>
    </message>
    <message>
        <source>No longer shared with %1</source>
        <translation>Закрыт доступ для %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Восстановлено из корзины</translation>
    </message>
    <message>
        <source>A timeline page needs an offset of 0 or more and a limit of 1 or more.</source>
        <translation>Для страницы хронологии нужны смещение не меньше 0 и лимит не меньше 1.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Задача выполнена: %1</translation>
    </message>
    <message>
        <source>Task cancelled: %1</source>
        <translation>Задача отменена: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Задача: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Due %1 — %2</source>
        <translation>Срок: %1 — %2</translation>
    </message>
    <message>
        <source>Missed incoming call %1</source>
        <translation>Пропущенный входящий звонок %1</translation>
    </message>
    <message>
        <source>Unanswered outgoing call %1</source>
        <translation>Исходящий звонок без ответа %1</translation>
    </message>
    <message>
        <source>Incoming call %1, %2</source>
        <translation>Входящий звонок %1, %2</translation>
    </message>
    <message>
        <source>Outgoing call %1, %2</source>
        <translation>Исходящий звонок %1, %2</translation>
    </message>
    <message>
        <source>Placed in stage %1</source>
        <translation>Помещена на этап %1</translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation>Этап: %1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>способ: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or locked by another program; nothing was changed. Try again in a moment.</source>
        <translation>База данных занята или заблокирована другой программой; ничего не изменено. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>No transaction.</source>
        <translation>Нет транзакции.</translation>
    </message>
    <message>
        <source>Saving the change failed; nothing was changed.</source>
        <translation>Не удалось сохранить изменение; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>There are no contacts in the trash.</source>
        <translation>В корзине нет контактов.</translation>
    </message>
    <message>
        <source>There are no companies in the trash.</source>
        <translation>В корзине нет компаний.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Вернуть выбранные записи на прежнее место</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Удалить навсегда…</translation>
    </message>
    <message>
        <source>Delete the selected records for good; this cannot be undone</source>
        <translation>Удалить выбранные записи навсегда; это действие нельзя отменить</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить навсегда %n контакт? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить навсегда %n контакта? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить навсегда %n контактов? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s) permanently? Their contacts stay, without a company. This cannot be undone.</source>
        <translation>
            <numerusform>Удалить навсегда %n компанию? Её контакты останутся, но без компании. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить навсегда %n компании? Их контакты останутся, но без компании. Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить навсегда %n компаний? Их контакты останутся, но без компании. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Удаление навсегда</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Контакты (%1)</translation>
    </message>
    <message>
        <source>Companies (%1)</source>
        <translation>Компании (%1)</translation>
    </message>
    <message>
        <source>There are no deals in the trash.</source>
        <translation>В корзине нет сделок.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s) permanently, with their tasks, calls, line items, notes and stage history? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить навсегда %n сделку с её задачами, звонками, позициями, заметками и историей этапов? Это нельзя отменить.</numerusform>
            <numerusform>Удалить навсегда %n сделки с их задачами, звонками, позициями, заметками и историей этапов? Это нельзя отменить.</numerusform>
            <numerusform>Удалить навсегда %n сделок с их задачами, звонками, позициями, заметками и историей этапов? Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Сделки (%1)</translation>
    </message>
</context>
<context>
    <name>UpdateMembershipCommand</name>
    <message>
        <source>A collapsed pool has no process: elements cannot go into it.</source>
        <translation>У свёрнутого пула нет процесса: в него нельзя поместить элементы.</translation>
    </message>
    <message>
        <source>A boundary event stays on the border of a task or sub-process.</source>
        <translation>Граничное событие должно оставаться на границе задачи или подпроцесса.</translation>
    </message>
    <message>
        <source>A sequence flow cannot cross the border of a sub-process or pool: move the connected elements together, or remove the flow first.</source>
        <translation>Поток управления не может пересекать границу подпроцесса или пула: перемещайте соединённые элементы вместе или сначала удалите поток.</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <source>Who Is Working?</source>
        <translation>Кто работает?</translation>
    </message>
    <message>
        <source>This database has several users. Choose yours: your changes are recorded under it and its role decides what you may see and change.</source>
        <translation>В этой базе данных несколько пользователей. Выберите своего: ваши изменения записываются от его имени, а его роль определяет, что вы можете видеть и изменять.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>sales manager</source>
        <translation>менеджер по продажам</translation>
    </message>
    <message>
        <source>process owner</source>
        <translation>владелец процесса</translation>
    </message>
    <message>
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>Unknown User</source>
        <translation>Неизвестный пользователь</translation>
    </message>
    <message>
        <source>“%1” is not an active user of %2.</source>
        <translation>«%1» не является активным пользователем %2.</translation>
    </message>
    <message>
        <source>Starting as this user needs its password.</source>
        <translation>Для входа под этим пользователем нужен его пароль.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
    <message>
        <source>Wrong password for “%1”. Try again.</source>
        <translation>Неверный пароль для «%1». Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>You may try the password of “%1” again.</source>
        <translation>Можно снова ввести пароль «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for “%1”. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных паролей для «%1». Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных паролей для «%1». Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных паролей для «%1». Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your login “%1” is disabled in this database; an administrator can enable it.</source>
        <translation>Ваш логин «%1» отключён в этой базе данных; администратор может его включить.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Edit User “%1”</source>
        <translation>Изменить пользователя «%1»</translation>
    </message>
    <message>
        <source>e.g. ana.popescu</source>
        <translation>напр. ana.popescu</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Полное &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>П&amp;овторите:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>A user needs a login.</source>
        <translation>У пользователя должен быть логин.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Reading or saving users failed; nothing was changed.</source>
        <translation>Не удалось прочитать или сохранить пользователей; ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Нет пользователя «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database; an administrator can add them.</source>
        <translation>«%1» не является пользователем этой базы данных; добавить его может администратор.</translation>
    </message>
    <message>
        <source>Only an administrator manages users; “%1” is not one.</source>
        <translation>Управлять пользователями может только администратор; «%1» им не является.</translation>
    </message>
    <message>
        <source>A user needs a login.</source>
        <translation>У пользователя должен быть логин.</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>Пользователь «%1» уже существует.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Нет пользователя с идентификатором %1.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password has at most %n character(s).</source>
        <translation>
            <numerusform>Пароль содержит не более %n символа.</numerusform>
            <numerusform>Пароль содержит не более %n символов.</numerusform>
            <numerusform>Пароль содержит не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password cannot contain a line break or a NUL character.</source>
        <translation>Пароль не может содержать перевод строки или символ NUL.</translation>
    </message>
    <message>
        <source>The user “%1” is disabled; an administrator can enable them.</source>
        <translation>Пользователь «%1» отключён; администратор может его включить.</translation>
    </message>
    <message>
        <source>“%1” is the last active administrator and must stay one; make another user an administrator first.</source>
        <translation>«%1» — последний активный администратор и должен им остаться; сначала назначьте администратором другого пользователя.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?); no user was added.</source>
        <translation>Не удалось вычислить хеш пароля (не хватает памяти?); пользователь не добавлен.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation>Нельзя отключить самого себя; это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>An absence needs the time it begins and the time it ends.</source>
        <translation>Для отсутствия нужны время начала и время окончания.</translation>
    </message>
    <message>
        <source>The absence would end (%1) before it begins (%2).</source>
        <translation>Отсутствие закончилось бы (%1) раньше, чем началось (%2).</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?); nothing was changed.</source>
        <translation>Не удалось вычислить хеш пароля (не хватает памяти?); ничего не изменено.</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database.</source>
        <translation>«%1» — не пользователь этой базы данных.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Sales manager</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Владелец процесса</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задан</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Without a password anybody may start as this user.</source>
        <translation>Без пароля кто угодно может войти под этим пользователем.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
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
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Only administrators change users; you may set your own password.</source>
        <translation>Изменять пользователей могут только администраторы; вы можете задать свой пароль.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>&amp;Пароль…</translation>
    </message>
    <message>
        <source>A&amp;way…</source>
        <translation>Отс&amp;утствие…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation>Нельзя отключить самого себя; это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>No password protects %1: anybody may start as them and see or change all that their role allows. Select each and choose Password…</source>
        <translation>Пароль не защищает %1: кто угодно может войти под ними и видеть или менять всё, что позволяет их роль. Выберите каждого и нажмите «Пароль…»</translation>
    </message>
    <message>
        <source>Cannot Add the User</source>
        <translation>Не удаётся добавить пользователя</translation>
    </message>
    <message>
        <source>Cannot Set the Password</source>
        <translation>Не удаётся задать пароль</translation>
    </message>
    <message>
        <source>Saving the password of “%1”…</source>
        <translation>Сохранение пароля «%1»…</translation>
    </message>
    <message>
        <source>Give Up Administration?</source>
        <translation>Отказаться от администрирования?</translation>
    </message>
    <message>
        <source>As a %1 you will no longer manage users, here or in the command line.</source>
        <translation>С ролью «%1» вы больше не сможете управлять пользователями ни здесь, ни в командной строке.</translation>
    </message>
    <message>
        <source>&amp;Change My Role</source>
        <translation>&amp;Сменить мою роль</translation>
    </message>
    <message>
        <source>Cannot Change the User</source>
        <translation>Не удаётся изменить пользователя</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Отключить пользователя</translation>
    </message>
    <message>
        <source>“%1” will no longer be able to start Pristriy or act in the command line. Their records stay; enabling them again gives everything back.</source>
        <translation>«%1» больше не сможет запускать Pristriy или работать в командной строке. Записи останутся; повторное включение вернёт всё.</translation>
    </message>
    <message>
        <source>Cannot Disable the User</source>
        <translation>Не удаётся отключить пользователя</translation>
    </message>
    <message>
        <source>Cannot Enable the User</source>
        <translation>Не удаётся включить пользователя</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Удалить пароль</translation>
    </message>
    <message>
        <source>Anybody will be able to start as “%1” without a password.</source>
        <translation>Кто угодно сможет войти как «%1» без пароля.</translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation>&amp;Удалить пароль</translation>
    </message>
    <message>
        <source>Cannot Remove the Password</source>
        <translation>Не удаётся удалить пароль</translation>
    </message>
    <message>
        <source>Cannot Change the Absence</source>
        <translation>Не удаётся изменить отсутствие</translation>
    </message>
</context>
<context>
    <name>bpmn</name>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Файл не является корректным XML: %1</translation>
    </message>
    <message>
        <source>The file is not XML: %1</source>
        <translation>Файл не является XML: %1</translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep</source>
        <translation>вложенность элементов превышает %1 уровней</translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation>В файле нет ни одного элемента XML.</translation>
    </message>
    <message>
        <source>This is not a BPMN 2.0 file: the root element is &lt;%1&gt; in namespace &quot;%2&quot;, expected &lt;definitions&gt; in namespace &quot;%3&quot;.</source>
        <translation>Это не файл BPMN 2.0: корневой элемент — &lt;%1&gt; в пространстве имён &quot;%2&quot;, ожидался &lt;definitions&gt; в пространстве имён &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Duplicate id &quot;%1&quot;: already used by &lt;%2&gt; at line %3, column %4.</source>
        <translation>Повторяющийся идентификатор &quot;%1&quot;: уже используется элементом &lt;%2&gt; в строке %3, столбце %4.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers with %2 to &quot;%3&quot;, which does not exist.</source>
        <translation>&lt;%1&gt; ссылается через %2 на несуществующий &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Edge &quot;%1&quot; has fewer than two waypoints and cannot be drawn.</source>
        <translation>У ребра &quot;%1&quot; меньше двух точек, его нельзя нарисовать.</translation>
    </message>
    <message>
        <source>Shape &quot;%1&quot; has no bounds and cannot be drawn.</source>
        <translation>У фигуры &quot;%1&quot; нет границ, её нельзя нарисовать.</translation>
    </message>
    <message>
        <source>Cannot write the BPMN file: %1</source>
        <translation>Не удаётся записать файл BPMN: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <source>The start event of a sub-process must be blank (no event definition).</source>
        <translation>Начальное событие подпроцесса должно быть простым (без определения события).</translation>
    </message>
    <message>
        <source>The sub-process has no start event.</source>
        <translation>У подпроцесса нет начального события.</translation>
    </message>
    <message>
        <source>The process has no start event.</source>
        <translation>У процесса нет начального события.</translation>
    </message>
    <message>
        <source>The sub-process has no end event.</source>
        <translation>У подпроцесса нет конечного события.</translation>
    </message>
    <message>
        <source>The process has no end event.</source>
        <translation>У процесса нет конечного события.</translation>
    </message>
    <message>
        <source>The sub-process has more than one blank start event.</source>
        <translation>У подпроцесса больше одного простого начального события.</translation>
    </message>
    <message>
        <source>The process has more than one blank start event.</source>
        <translation>У процесса больше одного простого начального события.</translation>
    </message>
    <message>
        <source>The element is not connected to any sequence flow.</source>
        <translation>Элемент не соединён ни с одним потоком управления.</translation>
    </message>
    <message>
        <source>The flow splits implicitly; model the split with a gateway.</source>
        <translation>Поток неявно разветвляется; смоделируйте ветвление шлюзом.</translation>
    </message>
    <message>
        <source>Several flows enter the element but it does not join them; use a joining gateway.</source>
        <translation>В элемент входят несколько потоков, но он их не объединяет; используйте объединяющий шлюз.</translation>
    </message>
    <message>
        <source>Several flows enter the activity and are joined implicitly; use a joining gateway.</source>
        <translation>В действие входят несколько потоков, и они объединяются неявно; используйте объединяющий шлюз.</translation>
    </message>
    <message>
        <source>The event has more than one event definition.</source>
        <translation>У события больше одного определения события.</translation>
    </message>
    <message>
        <source>The gateway is superfluous: it has only one incoming and one outgoing flow.</source>
        <translation>Шлюз лишний: у него только один входящий и один исходящий поток.</translation>
    </message>
    <message>
        <source>The gateway both joins and forks.</source>
        <translation>Шлюз одновременно объединяет и разветвляет потоки.</translation>
    </message>
    <message>
        <source>The element has no label.</source>
        <translation>У элемента нет подписи.</translation>
    </message>
    <message>
        <source>The sequence flow has no condition and is not the default flow.</source>
        <translation>У потока управления нет условия, и он не является потоком по умолчанию.</translation>
    </message>
    <message>
        <source>The sequence flow is a duplicate.</source>
        <translation>Этот поток управления дублируется.</translation>
    </message>
    <message>
        <source>The element has duplicate outgoing sequence flows.</source>
        <translation>У элемента есть повторяющиеся исходящие потоки управления.</translation>
    </message>
    <message>
        <source>The element has duplicate incoming sequence flows.</source>
        <translation>У элемента есть повторяющиеся входящие потоки управления.</translation>
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
        <translation>Использование: pristriy-cli bpmn validate ФАЙЛ
                pristriy-cli bpmn convert IN OUT
                pristriy-cli bpmn render IN OUT [--diagram ID]

render рисует диаграммы из IN в PNG, SVG или PDF — по расширению OUT.
В PDF каждая диаграмма получает свою страницу. Для PNG и SVG первая
диаграмма идёт в OUT, а каждая следующая — в OUT-DIAGRAMID.png
(или .svg) рядом. --diagram ID рисует только эту диаграмму, в OUT.
</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 was not converted; %2 is unchanged.</source>
        <translation>pristriy-cli: %1 не преобразован; %2 не изменён.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1</source>
        <translation>pristriy-cli: %1</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot draw %1.</source>
        <translation>pristriy-cli: не удаётся нарисовать %1.</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot write %1: %2</source>
        <translation>pristriy-cli: не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot tell the picture format of %1; name it .png, .svg or .pdf.</source>
        <translation>pristriy-cli: не удаётся определить формат изображения %1; назовите файл .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>pristriy-cli: drawing needs a graphical application object.</source>
        <translation>pristriy-cli: для рисования нужен графический объект приложения.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 was not drawn; %2 is unchanged.</source>
        <translation>pristriy-cli: %1 не нарисован; %2 не изменён.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 has no diagram (BPMN DI) to draw.</source>
        <translation>pristriy-cli: в %1 нет диаграммы (BPMN DI) для рисования.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 has no diagram &quot;%2&quot;; its diagrams: %3.</source>
        <translation>pristriy-cli: в %1 нет диаграммы &quot;%2&quot;; его диаграммы: %3.</translation>
    </message>
    <message>
        <source>pristriy-cli: wrong arguments for bpmn render.</source>
        <translation>pristriy-cli: неверные аргументы для bpmn render.</translation>
    </message>
    <message>
        <source>pristriy-cli: wrong number of arguments for bpmn %1.</source>
        <translation>pristriy-cli: неверное число аргументов для bpmn %1.</translation>
    </message>
    <message>
        <source>pristriy-cli: unknown bpmn command &quot;%1&quot;.</source>
        <translation>pristriy-cli: неизвестная команда bpmn &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db требует имя файла.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>неизвестная команда %1</translation>
    </message>
    <message>
        <source>--now needs a time.</source>
        <translation>--now требует время.</translation>
    </message>
    <message>
        <source>--now expects an ISO-8601 time with Z or an offset, or a date, not “%1”.</source>
        <translation>--now ожидает время ISO-8601 с Z или смещением либо дату, а не «%1».</translation>
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
        <translation>Использование: pristriy-cli [--db FILE] [--now TIME] COMMAND ...

Команды:
  demo --contacts N [--companies M] [--seed S] [--language en|ro|ru|uk]
                                                 заполнить базу демонстрационными данными
  demo --deals N [--products P] [--users U] [--contacts N] [--seed S] [--language L]
                                                 демо-сделки, товары, карты процессов и
                                                 пользователи (U менеджеров); названия на языке L
  contacts count                                 число контактов
  contacts add --given-name G --family-name F [--email E]... [--phone P]... [--company NAME]
                                                 добавить контакт, вывести его id
  contacts search TEXT [--limit N] [--format json|csv]
                                                 найти контакты, как поле поиска
  deals count [--pipeline NAME] [--stage NAME] [--owner LOGIN]
  deals list [--pipeline NAME] [--stage NAME] [--owner LOGIN] [--limit N] [--format json|csv]
  deals move ID STAGE [--reason LOST-REASON]     перенести сделку на этап её воронки
  deals delete ID...                             переместить сделки в корзину с задачами и звонками
  deals restore ID...                            вернуть сделки из корзины
  tasks list [--overdue] [--assignee LOGIN] [--limit N] [--format json|csv]
                                                 открытые задачи по сроку (по умолчанию: ваши)
  users list [--format json|csv]                 пользователи, роли, отсутствия, у кого есть пароль
  users add LOGIN [--name &quot;FULL NAME&quot;] [--role ROLE]
                                                 добавить пользователя (ROLE: sales_manager, process_owner,
                                                 director или administrator; по умолчанию sales_manager)
  users set-name LOGIN &quot;FULL NAME&quot;
  users set-role LOGIN ROLE
  users disable LOGIN | users enable LOGIN       отключённый пользователь не может ни войти, ни действовать
  users away LOGIN [--from TIME] --to TIME       отсутствие (даты включаются целиком; --from:
                                                 сейчас); users away LOGIN --clear завершает его
  users available LOGIN [--at TIME]              true, если активен и не отсутствует (на --now)
  users set-password LOGIN                       новый пароль читается со стандартного ввода
  users clear-password LOGIN                     пользователь снова входит без пароля
  report funnel --pipeline NAME [--mode current|reached] [--from DATE] [--to DATE]
      [--period created|entered] [--owner LOGIN]... [--source S]... [--format json|csv]
                                                 воронка: сделки, сумма, конверсия по этапам
  check [--full]                                 проверить файл базы данных (quick_check SQLite;
                                                 --full: integrity_check, медленнее); код 1 при повреждении
  bpmn validate FILE                             проверить файл BPMN
  bpmn convert IN OUT                            прочитать файл BPMN и записать заново
  bpmn render IN OUT [--diagram ID]              нарисовать диаграммы в .png, .svg или .pdf

Параметры:
  --db FILE      база данных (по умолчанию: %1); если файла нет, он создаётся
  --now TIME     время выполнения команды, ISO-8601 с Z или смещением, либо дата (UTC)
  --as LOGIN     (после deals, tasks, report или users) действовать от имени пользователя;
                 по умолчанию системный. Если у пользователя есть пароль: --password-file FILE (первая строка)
                 или переменная окружения PRISTRIY_PASSWORD; в терминале он запрашивается
  --help         эта справка
  --version      версия
</translation>
    </message>
    <message>
        <source>--db was given an empty file name; name the database file, or leave --db out to use the default database.</source>
        <translation>--db получил пустое имя файла; укажите файл базы данных или не указывайте --db, чтобы использовать базу данных по умолчанию.</translation>
    </message>
</context>
</TS>
