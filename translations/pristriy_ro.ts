<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pristriy</source>
        <translation>Despre Pristriy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pristriy %1&lt;/h3&gt;&lt;p&gt;A desktop CRM that puts your company&apos;s business processes on screen: contacts, companies, pipelines and route maps.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pristriy %1&lt;/h3&gt;&lt;p&gt;Un CRM desktop care aduce pe ecran procesele de afaceri ale companiei dvs.: contacte, companii, pâlnii de vânzări și hărți de proces.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licențiat sub GNU General Public License, versiunea 3 sau (la alegerea dvs.) orice versiune ulterioară (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Construit cu Qt %1, rulează pe Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivityGenerator</name>
    <message>
        <source>Preparing the demo tasks and calls failed.</source>
        <translation>Pregătirea sarcinilor și apelurilor demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>Writing the demo tasks and calls failed.</source>
        <translation>Scrierea sarcinilor și apelurilor demonstrative a eșuat.</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Activități&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>Adaugă &amp;sarcină…</translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation>Înregistrează &amp;apel…</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>Adaugă n&amp;otă…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Apeluri</translation>
    </message>
    <message>
        <source>Save the record first; then tasks, calls and notes can be added.</source>
        <translation>Salvați mai întâi înregistrarea; apoi se pot adăuga sarcini, apeluri și note.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Sarcini (%1)</translation>
    </message>
    <message>
        <source>Missed, incoming</source>
        <translation>Nepreluat, primit</translation>
    </message>
    <message>
        <source>Unanswered, outgoing</source>
        <translation>Fără răspuns, efectuat</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Efectuat</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Calls (%1)</source>
        <translation>Apeluri (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Note (%1)</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Partajează…</translation>
    </message>
    <message>
        <source>Let other users see and change this record</source>
        <translation>Permiteți altor utilizatori să vadă și să modifice această înregistrare</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Absence of “%1”</source>
        <translation>Absența lui „%1”</translation>
    </message>
    <message>
        <source>While away, “%1” is shown as away and counts as unavailable when work is handed out. Both days are included.</source>
        <translation>Pe durata absenței, „%1” apare ca absent și nu primește lucru la repartizare. Ambele zile sunt incluse.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Până la:</translation>
    </message>
    <message>
        <source>&amp;Mark Away</source>
        <translation>&amp;Marchează absența</translation>
    </message>
    <message>
        <source>&amp;Not Away</source>
        <translation>&amp;Elimină absența</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Ultima zi este înaintea primei.</translation>
    </message>
</context>
<context>
    <name>AxisScale</name>
    <message>
        <source>%1 K</source>
        <comment>thousands, shortened: 20 K</comment>
        <translation>%1 mii</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions, shortened: 60 M</comment>
        <translation>%1 mil.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billions (thousands of millions), shortened: 2 B</comment>
        <translation>%1 mld.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log Call</source>
        <translation>Înregistrare apel</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Efectuat</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Preluat</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nepreluat</translation>
    </message>
    <message>
        <source>+40 721 234 567</source>
        <translation>+40 721 234 567</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direcție:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Rezultat:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>Î&amp;nceput:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urată:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>Reading or saving the call failed; nothing was changed.</source>
        <translation>Citirea sau salvarea apelului a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>A call needs a phone number or the contact or company it was with.</source>
        <translation>Un apel are nevoie de un număr de telefon sau de contactul ori compania cu care a avut loc.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Numărul de telefon</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it has no digits.</source>
        <translation>„%1” nu este un număr de telefon: nu conține cifre.</translation>
    </message>
    <message>
        <source>The call&apos;s notes</source>
        <translation>Notele apelului</translation>
    </message>
    <message>
        <source>A call cannot last less than 0 seconds (%1 given).</source>
        <translation>Un apel nu poate dura mai puțin de 0 secunde (s-a dat %1).</translation>
    </message>
    <message>
        <source>A missed call has no duration (%1 s given).</source>
        <translation>Un apel nepreluat nu are durată (s-au dat %1 s).</translation>
    </message>
    <message>
        <source>A call cannot start in the future (%1).</source>
        <translation>Un apel nu poate începe în viitor (%1).</translation>
    </message>
    <message>
        <source>A sales manager records their own calls, not those of “%1”.</source>
        <translation>Un manager de vânzări își înregistrează propriile apeluri, nu pe cele ale lui „%1”.</translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation>Nu există niciun apel cu id-ul %1.</translation>
    </message>
    <message>
        <source>The call %1 was taken by “%2”; a sales manager sees only their own calls and those of records they may see.</source>
        <translation>Apelul %1 a fost preluat de „%2”; un manager de vânzări vede doar propriile apeluri și pe cele ale înregistrărilor pe care le poate vedea.</translation>
    </message>
</context>
<context>
    <name>ChangeTypeCommand</name>
    <message>
        <source>This element cannot become one of that kind.</source>
        <translation>Acest element nu poate deveni unul de acest tip.</translation>
    </message>
    <message>
        <source>The element is already of that kind.</source>
        <translation>Elementul este deja de acest tip.</translation>
    </message>
    <message>
        <source>An event sub-process has no sequence flows: remove them first.</source>
        <translation>Un subproces de eveniment nu are fluxuri de secvență: eliminați-le mai întâi.</translation>
    </message>
    <message>
        <source>A start event takes no incoming sequence flow: remove it first.</source>
        <translation>Un eveniment de start nu primește niciun flux de secvență: eliminați-l mai întâi.</translation>
    </message>
    <message>
        <source>No sequence flow may leave an end event: remove it first.</source>
        <translation>Niciun flux de secvență nu poate pleca dintr-un eveniment final: eliminați-l mai întâi.</translation>
    </message>
</context>
<context>
    <name>ChannelListEditor</name>
    <message>
        <source>work</source>
        <translation>serviciu</translation>
    </message>
    <message>
        <source>office</source>
        <translation>birou</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altul</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>acasă</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Adaugă e-mail</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Adaugă telefon</translation>
    </message>
    <message>
        <source>Label: choose one or type your own</source>
        <translation>Etichetă: alegeți una sau tastați-o pe a dvs.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nume@example.com</translation>
    </message>
    <message>
        <source>+40 721 234 567</source>
        <translation>+40 721 234 567</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Elimină acest e-mail</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Elimină acest telefon</translation>
    </message>
</context>
<context>
    <name>ChannelStore</name>
    <message>
        <source>Saving e-mails and phones failed.</source>
        <translation>Salvarea e-mailurilor și a telefoanelor a eșuat.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>„%1” nu este un număr de telefon.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--password-file needs the name of a file holding the password.</source>
        <translation>--password-file are nevoie de numele unui fișier care conține parola.</translation>
    </message>
    <message>
        <source>--password-file goes with --as LOGIN.</source>
        <translation>--password-file se folosește împreună cu --as LOGIN.</translation>
    </message>
    <message>
        <source>--as needs the login of a user.</source>
        <translation>--as are nevoie de numele de autentificare al unui utilizator.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Fișierul de parolă %1 nu poate fi citit: %2.</translation>
    </message>
    <message>
        <source>Password of “%1”: </source>
        <translation>Parola lui „%1”: </translation>
    </message>
    <message>
        <source>“%1” has a password: give it in the environment variable PRISTRIY_PASSWORD or in a file with --password-file FILE.</source>
        <translation>„%1” are parolă: dați-o în variabila de mediu PRISTRIY_PASSWORD sau într-un fișier cu --password-file FIȘIER.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”; after %n wrong password(s) in a row the next try waits until %2.</source>
        <translation>Parolă greșită pentru „%1”; parole greșite la rând: %n, următoarea încercare este posibilă după %2.</translation>
    </message>
    <message>
        <source>Wrong password for “%1”.</source>
        <translation>Parolă greșită pentru „%1”.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “%1”: try again in %n second(s).</source>
        <translation>Prea multe parole greșite pentru „%1”: încercați din nou peste %n s.</translation>
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
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Domeniu:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-mailuri:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefoane:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etalii</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Companie nouă</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — Companie</translation>
    </message>
    <message>
        <source>No contacts work here yet.</source>
        <translation>Încă nu lucrează niciun contact aici.</translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation>&amp;Contacte (%1)</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Renunță la modificări</translation>
    </message>
    <message>
        <source>This company has unsaved changes. Discard them?</source>
        <translation>Această companie are modificări nesalvate. Renunțați la ele?</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Ac&amp;tivități</translation>
    </message>
    <message>
        <source>D&amp;eals (%1)</source>
        <translation>&amp;Oportunități (%1)</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <source>Search company names (Ctrl+F)</source>
        <translation>Caută în numele companiilor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Show only the companies of this industry</source>
        <translation>Afișează doar companiile din acest domeniu</translation>
    </message>
    <message>
        <source>No companies match “%1”.</source>
        <translation>Nicio companie nu corespunde cu „%1”.</translation>
    </message>
    <message>
        <source>No companies in the industry “%1”.</source>
        <translation>Nicio companie în domeniul „%1”.</translation>
    </message>
    <message>
        <source>No companies yet.
Use File › New Company to add one.</source>
        <translation>Încă nu există companii.
Folosiți Fișier › Companie nouă pentru a adăuga una.</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Saving the company failed; nothing was changed.</source>
        <translation>Salvarea companiei a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>O companie are nevoie de un nume.</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Numele companiei</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>Domeniul</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Site-ul web</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Responsabilul</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Notele</translation>
    </message>
    <message>
        <source>The company no longer exists (it may have been deleted).</source>
        <translation>Compania nu mai există (este posibil să fi fost ștearsă).</translation>
    </message>
    <message>
        <source>There is no company with the id %1.</source>
        <translation>Nu există nicio companie cu id-ul %1.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Start typing to pick a company; a new name creates one</source>
        <translation>Începeți să tastați pentru a alege o companie; un nume nou creează una</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>Website, fair, referral…</source>
        <translation>Site web, târg, recomandare…</translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, newsletter</source>
        <translation>Separate prin virgulă, de ex. vip, newsletter</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prenume:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nume de &amp;familie:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>F&amp;uncție:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Companie:</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-mailuri:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefoane:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Data &amp;nașterii:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sursă:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etichete:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Contact nou</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Contact</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Renunță la modificări</translation>
    </message>
    <message>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation>Acest contact are modificări nesalvate. Renunțați la ele?</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message>
        <source>Search names, e-mails, phones and companies (Ctrl+F)</source>
        <translation>Caută nume, e-mailuri, telefoane și companii (Ctrl+F)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Show only the contacts from this source</source>
        <translation>Afișează doar contactele din această sursă</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Show only the contacts with this tag</source>
        <translation>Afișează doar contactele cu această etichetă</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Niciun contact nu corespunde cu „%1”.</translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation>Niciun contact nu corespunde acestor filtre.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one.</source>
        <translation>Încă nu există contacte.
Apăsați Ctrl+N pentru a-l adăuga pe primul.</translation>
    </message>
    <message>
        <source>Show only the contacts of the owners with this name</source>
        <translation>Arată doar contactele responsabililor cu acest nume</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Saving the contact failed; nothing was changed.</source>
        <translation>Salvarea contactului a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>A contact needs a given name or a family name.</source>
        <translation>Un contact are nevoie de un prenume sau de un nume de familie.</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Prenumele</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Numele de familie</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Funcția</translation>
    </message>
    <message>
        <source>The company name</source>
        <translation>Numele companiei</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Sursa</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Responsabilul</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Notele</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>O etichetă</translation>
    </message>
    <message>
        <source>The birthday %1 is in the future.</source>
        <translation>Data nașterii %1 este în viitor.</translation>
    </message>
    <message>
        <source>The company of this contact no longer exists.</source>
        <translation>Compania acestui contact nu mai există.</translation>
    </message>
    <message>
        <source>The contact is in the trash; restore it before editing.</source>
        <translation>Contactul este în coș; restaurați-l înainte de a-l edita.</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Nu există niciun contact cu id-ul %1.</translation>
    </message>
</context>
<context>
    <name>CreateElementCommand</name>
    <message>
        <source>This diagram has no process to add elements to.</source>
        <translation>Această diagramă nu are niciun proces în care să se adauge elemente.</translation>
    </message>
    <message>
        <source>Drop the lane into a pool.</source>
        <translation>Plasați culoarul într-un bazin.</translation>
    </message>
    <message>
        <source>Lanes are added to a pool or next to a lane.</source>
        <translation>Culoarele se adaugă într-un bazin sau lângă un culoar.</translation>
    </message>
    <message>
        <source>A boundary event goes on the border of a task or sub-process.</source>
        <translation>Un eveniment de graniță se plasează pe marginea unei sarcini sau a unui subproces.</translation>
    </message>
    <message>
        <source>This pool is collapsed: it has no process to add elements to.</source>
        <translation>Acest bazin este restrâns: nu are niciun proces în care să se adauge elemente.</translation>
    </message>
    <message>
        <source>Drop the element into a pool.</source>
        <translation>Plasați elementul într-un bazin.</translation>
    </message>
    <message>
        <source>This pool is collapsed: it has no process to hold lanes.</source>
        <translation>Acest bazin este restrâns: nu are niciun proces care să conțină culoare.</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <source>New Company Field</source>
        <translation>Câmp nou pentru companii</translation>
    </message>
    <message>
        <source>New Contact Field</source>
        <translation>Câmp nou pentru contacte</translation>
    </message>
    <message>
        <source>What users see, e.g. Budget</source>
        <translation>Ce văd utilizatorii, de ex. Buget</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. budget</source>
        <translation>litere mici, cifre și _, de ex. buget</translation>
    </message>
    <message>
        <source>The stable name used by import, export and the command line; it cannot be changed later</source>
        <translation>Numele stabil folosit de import, export și linia de comandă; nu mai poate fi schimbat ulterior</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Da/Nu</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opțiune</translation>
    </message>
    <message>
        <source>Comma separated, e.g. small, medium, large</source>
        <translation>Separate prin virgulă, de ex. mic, mediu, mare</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etichetă:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Cheie:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Opțiuni:</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditors</name>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
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
        <translation>Salvarea câmpurilor personalizate a eșuat.</translation>
    </message>
    <message>
        <source>The key “%1” must start with a letter and have only lower-case letters, digits and _.</source>
        <translation>Cheia „%1” trebuie să înceapă cu o literă și să conțină doar litere mici, cifre și _.</translation>
    </message>
    <message>
        <source>The custom field “%1” needs a label.</source>
        <translation>Câmpul personalizat „%1” are nevoie de o etichetă.</translation>
    </message>
    <message>
        <source>The choice field “%1” needs at least one choice.</source>
        <translation>Câmpul de tip opțiune „%1” are nevoie de cel puțin o opțiune.</translation>
    </message>
    <message>
        <source>There is already a custom field with the key “%1”.</source>
        <translation>Există deja un câmp personalizat cu cheia „%1”.</translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation>Câmpul personalizat nu mai există.</translation>
    </message>
    <message>
        <source>“%1” expects a number, not “%2”.</source>
        <translation>„%1” așteaptă un număr, nu „%2”.</translation>
    </message>
    <message>
        <source>“%1” expects a date (YYYY-MM-DD), not “%2”.</source>
        <translation>„%1” așteaptă o dată (AAAA-LL-ZZ), nu „%2”.</translation>
    </message>
    <message>
        <source>“%1” expects yes or no, not “%2”.</source>
        <translation>„%1” așteaptă da sau nu, nu „%2”.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices of “%2”: %3.</source>
        <translation>„%1” nu este una dintre opțiunile lui „%2”: %3.</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>Tip de câmp necunoscut.</translation>
    </message>
    <message>
        <source>There is no custom field “%1”.</source>
        <translation>Nu există niciun câmp personalizat „%1”.</translation>
    </message>
    <message>
        <source>Custom fields belong to contacts, companies or deals, not “%1”.</source>
        <translation>Câmpurile personalizate aparțin contactelor, companiilor sau oportunităților, nu „%1”.</translation>
    </message>
</context>
<context>
    <name>DashboardBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nimic de afișat</translation>
    </message>
    <message>
        <source>%1: %2
Click to list these deals</source>
        <translation>%1: %2
Faceți clic pentru a lista aceste oportunități</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pâlnie de vânzări:</translation>
    </message>
    <message>
        <source>Count each deal:</source>
        <translation>Numără fiecare oportunitate:</translation>
    </message>
    <message>
        <source>in the stage it is &amp;in now</source>
        <translation>în etapa în care se află a&amp;cum</translation>
    </message>
    <message>
        <source>Current: every deal once, in its stage today; Won and Lost are bands too.</source>
        <translation>Curent: fiecare oportunitate o singură dată, în etapa sa de azi; Câștigat și Pierdut sunt și ele benzi.</translation>
    </message>
    <message>
        <source>in every stage it has &amp;reached (conversion funnel)</source>
        <translation>în fiecare etapă atinsă (pâlnie de con&amp;versie)</translation>
    </message>
    <message>
        <source>Reached: a deal counts in the furthest stage it has ever reached and in every stage before it, so no band is wider than the one above. A lost deal has reached the stage it was lost in.</source>
        <translation>Atinsă: o oportunitate contează în cea mai avansată etapă pe care a atins-o vreodată și în fiecare etapă dinaintea ei, astfel încât nicio bandă nu este mai lată decât cea de deasupra. O oportunitate pierdută a atins etapa în care a fost pierdută.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Entered their stage</source>
        <translation>Intrate în etapa actuală</translation>
    </message>
    <message>
        <source>Which date of a deal the period applies to: when it was created, or when it entered the stage it is in now.</source>
        <translation>La ce dată a oportunității se aplică perioada: când a fost creată sau când a intrat în etapa în care se află acum.</translation>
    </message>
    <message>
        <source>Deals &amp;that were:</source>
        <translation>Oportunități care au &amp;fost:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Responsabili:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sursă:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Pâlnie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Stages: conversion and time in stage</source>
        <translation>Etape: conversie și timp în etapă</translation>
    </message>
    <message>
        <source>Lost deals by reason</source>
        <translation>Oportunități pierdute după motiv</translation>
    </message>
    <message>
        <source>No lost deals</source>
        <translation>Nicio oportunitate pierdută</translation>
    </message>
    <message>
        <source>Lost deals by the stage they were lost in</source>
        <translation>Oportunități pierdute după etapa în care au fost pierdute</translation>
    </message>
    <message>
        <source>No deals won</source>
        <translation>Nicio oportunitate câștigată</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Manageri</translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation>Exportă tabelul ca CSV…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exportă tabelul ca CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Dashboard as &amp;PNG…</source>
        <translation>Salvează tabloul de bord ca &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Dashboard as PNG</source>
        <translation>Salvează tabloul de bord ca PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>„%1” nu a putut fi scris.</translation>
    </message>
    <message>
        <source>Save Dashboard as P&amp;DF…</source>
        <translation>Salvează tabloul de bord ca P&amp;DF…</translation>
    </message>
    <message>
        <source>Save Dashboard as PDF</source>
        <translation>Salvează tabloul de bord ca PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;Stages Table as CSV…</source>
        <translation>Exportă tabelul de &amp;etape ca CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Managers Table as CSV…</source>
        <translation>Exportă tabelul de &amp;manageri ca CSV…</translation>
    </message>
    <message>
        <source>Export Lost &amp;Reasons as CSV…</source>
        <translation>Exportă motivele de pie&amp;rdere ca CSV…</translation>
    </message>
    <message>
        <source>Export Revenue by &amp;Month as CSV…</source>
        <translation>Exportă venitul pe &amp;luni ca CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Toți</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln owner(s)</source>
        <translation>
            <numerusform>%Ln responsabil</numerusform>
            <numerusform>%Ln responsabili</numerusform>
            <numerusform>%Ln de responsabili</numerusform>
        </translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toate sursele</translation>
    </message>
    <message>
        <source>No pipeline</source>
        <translation>Nicio pâlnie de vânzări</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>Numărarea a eșuat: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now in stage:&lt;/b&gt; every deal once, in the stage it is in today.</source>
        <translation>&lt;b&gt;Acum în etapă:&lt;/b&gt; fiecare oportunitate o singură dată, în etapa în care se află azi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reached stage:&lt;/b&gt; a deal counts in the furthest stage it has ever reached and in every stage before it; a lost deal has reached the stage it was lost in.</source>
        <translation>&lt;b&gt;Etapă atinsă:&lt;/b&gt; o oportunitate contează în cea mai avansată etapă pe care a atins-o vreodată și în fiecare etapă dinaintea ei; o oportunitate pierdută a atins etapa în care a fost pierdută.</translation>
    </message>
    <message>
        <source>Deals in the filter</source>
        <translation>Oportunități din filtru</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdut</translation>
    </message>
    <message>
        <source>Win rate (won of closed)</source>
        <translation>Rată de câștig (câștigate din închise)</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Venit câștigat</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other currency(s), see the tooltip</source>
        <translation>
            <numerusform>și încă %Ln monedă, vedeți indicația</numerusform>
            <numerusform>și încă %Ln monede, vedeți indicația</numerusform>
            <numerusform>și încă %Ln de monede, vedeți indicația</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), %1</source>
        <translation>
            <numerusform>%Ln oportunitate, %1</numerusform>
            <numerusform>%Ln oportunități, %1</numerusform>
            <numerusform>%Ln de oportunități, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue won by month, %1</source>
        <translation>Venit câștigat pe luni, %1</translation>
    </message>
    <message>
        <source>All deals of %1</source>
        <translation>Toate oportunitățile din %1</translation>
    </message>
    <message>
        <source>%1 — in it now (%2)</source>
        <translation>%1 — aflate acum aici (%2)</translation>
    </message>
    <message>
        <source>%1 — reached it or went further (%2)</source>
        <translation>%1 — au ajuns aici sau mai departe (%2)</translation>
    </message>
    <message>
        <source>Lost: %1 (%2)</source>
        <translation>Pierdute: %1 (%2)</translation>
    </message>
    <message>
        <source>Lost (%1)</source>
        <translation>Pierdute (%1)</translation>
    </message>
    <message>
        <source>Lost while in %1 (%2)</source>
        <translation>Pierdute în %1 (%2)</translation>
    </message>
    <message>
        <source>Spent time in %1 and moved on (%2)</source>
        <translation>Au stat în %1 și au mers mai departe (%2)</translation>
    </message>
    <message>
        <source>Won in %1 (%2)</source>
        <translation>Câștigate în %1 (%2)</translation>
    </message>
    <message>
        <source>Deals of %1 (%2)</source>
        <translation>Oportunitățile lui %1 (%2)</translation>
    </message>
    <message>
        <source>Won by %1 (%2)</source>
        <translation>Câștigate de %1 (%2)</translation>
    </message>
    <message>
        <source>Lost by %1 (%2)</source>
        <translation>Pierdute de %1 (%2)</translation>
    </message>
    <message>
        <source>Funnel — %1</source>
        <translation>Pâlnie — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tipărire</translation>
    </message>
    <message>
        <source>The printer “%1” could not be used.</source>
        <translation>Imprimanta „%1” nu a putut fi folosită.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), counted in %1 ms</source>
        <translation>
            <numerusform>%Ln oportunitate, numărată în %1 ms</numerusform>
            <numerusform>%Ln oportunități, numărate în %1 ms</numerusform>
            <numerusform>%Ln de oportunități, numărate în %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ale mele</translation>
    </message>
    <message>
        <source>A sales manager&apos;s dashboard counts their own deals only.</source>
        <translation>Tabloul de bord al unui manager de vânzări numără doar oportunitățile proprii.</translation>
    </message>
    <message>
        <source>No deal matches these filters. Widen the period or choose other owners or another source.</source>
        <translation>Nicio oportunitate nu corespunde acestor filtre. Lărgiți perioada sau alegeți alți responsabili ori altă sursă.</translation>
    </message>
    <message>
        <source>You own no deals in the pipeline “%1” yet. Deals you add in the Deals area (Ctrl+3) are counted here.</source>
        <translation>Nu sunteți încă responsabil de nicio oportunitate în pâlnia „%1”. Oportunitățile adăugate în zona Oportunități (Ctrl+3) sunt numărate aici.</translation>
    </message>
    <message>
        <source>No deals in the pipeline “%1” yet. Deals added in the Deals area (Ctrl+3) are counted here.</source>
        <translation>Încă nu există oportunități în pâlnia „%1”. Oportunitățile adăugate în zona Oportunități (Ctrl+3) sunt numărate aici.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Pristriy database. Choose another file; this one was not changed.</source>
        <translation>%1 nu este o bază de date Pristriy. Alegeți alt fișier; acesta nu a fost modificat.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program (or wait for it to finish) and try again.</source>
        <translation>Baza de date %1 este blocată de alt program. Închideți celălalt program (sau așteptați să termine) și încercați din nou.</translation>
    </message>
    <message>
        <source>Pristriy cannot write to %1. Check that the file and its folder are writable, or copy the file somewhere writable.</source>
        <translation>Pristriy nu poate scrie în %1. Verificați dacă fișierul și dosarul său permit scrierea sau copiați fișierul într-un loc care permite scrierea.</translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation>Baza de date %1 nu a putut fi citită: %2</translation>
    </message>
    <message>
        <source>Pristriy cannot read %1: %2</source>
        <translation>Pristriy nu poate citi %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pristriy database (it is not an SQLite file). Choose another file; this one was not changed.</source>
        <translation>%1 nu este o bază de date Pristriy (nu este un fișier SQLite). Alegeți alt fișier; acesta nu a fost modificat.</translation>
    </message>
    <message>
        <source>%1 is not a file. Give the path of a database file.</source>
        <translation>%1 nu este un fișier. Indicați calea unui fișier de bază de date.</translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is). Pristriy needs to write to it: copy it to a writable folder or change its permissions. The file was not changed.</source>
        <translation>%1 este doar pentru citire (sau dosarul său este). Pristriy trebuie să scrie în el: copiați-l într-un dosar care permite scrierea sau schimbați-i permisiunile. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the new database. Choose another location with --db.</source>
        <translation>Dosarul %1 pentru noua bază de date nu poate fi creat. Alegeți altă locație cu --db.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Pristriy&apos;s. Choose another file; this one was not changed.</source>
        <translation>%1 este o bază de date SQLite, dar nu una a Pristriy. Alegeți alt fișier; acesta nu a fost modificat.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Pristriy (schema %2; this version reads up to %3). Update Pristriy to open it; the file was not changed.</source>
        <translation>%1 a fost creată de o versiune mai nouă a Pristriy (schema %2; această versiune citește până la %3). Actualizați Pristriy pentru a o deschide; fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>Before upgrading %1, Pristriy could not save a backup copy to %2, so it did not upgrade. Free some disk space and try again.</source>
        <translation>Înainte de actualizarea %1, Pristriy nu a putut salva o copie de rezervă în %2, așa că nu a făcut actualizarea. Eliberați spațiu pe disc și încercați din nou.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2. Choose another location with --db.</source>
        <translation>Baza de date %1 nu poate fi creată: %2. Alegeți altă locație cu --db.</translation>
    </message>
    <message>
        <source>A copy made before the upgrade is at %1.</source>
        <translation>O copie făcută înainte de actualizare se află în %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); Pristriy did not change it. %3</source>
        <translation>Baza de date %1 este deteriorată (%2); Pristriy nu a modificat-o. %3</translation>
    </message>
    <message>
        <source>%1 was left half-written by a program that stopped (its journal %2 is still there), and Pristriy cannot tell whether it is one of its databases without finishing that program&apos;s work. Open it with the program that made it, then try again; the file was not changed.</source>
        <translation>%1 a rămas scris pe jumătate de un program care s-a oprit (jurnalul său %2 este încă acolo), iar Pristriy nu poate afla dacă este una dintre bazele sale de date fără a termina lucrul acelui program. Deschideți-l cu programul care l-a creat, apoi încercați din nou; fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Verificarea a fost anulată.</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled. It was left unfinished by a program that stopped; open it again to check it.</source>
        <translation>Verificarea fișierului %1 a fost anulată. Fișierul a rămas neterminat de un program care s-a oprit; deschideți-l din nou pentru a-l verifica.</translation>
    </message>
    <message>
        <source>No database file was named. Give the path of a database file.</source>
        <translation>Nu a fost indicat niciun fișier de bază de date. Indicați calea unui fișier de bază de date.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Open Database</source>
        <translation>Deschide baza de date</translation>
    </message>
    <message>
        <source>Pristriy databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze de date Pristriy (*.sqlite *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message>
        <source>Choose another database file, or quit.</source>
        <translation>Alegeți alt fișier de bază de date sau ieșiți.</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Alegeți alt fișier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Date demonstrative</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Bază de date nouă</translation>
    </message>
    <message>
        <source>Opening the Database</source>
        <translation>Se deschide baza de date</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Se verifică %1…</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>Verificare bază de date</translation>
    </message>
    <message>
        <source>No problems were found in %1.</source>
        <translation>Nu s-au găsit probleme în %1.</translation>
    </message>
    <message>
        <source>Until then, avoid changing the data: a damaged file can lose more.</source>
        <translation>Până atunci, evitați să modificați datele: un fișier deteriorat poate pierde și mai mult.</translation>
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
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
</context>
<context>
    <name>DealBoardPage</name>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pâlnie de vânzări:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunitate</numerusform>
            <numerusform>%Ln oportunități</numerusform>
            <numerusform>%Ln de oportunități</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>Mută oportunitatea</translation>
    </message>
    <message>
        <source>Deal Lost</source>
        <translation>Oportunitate pierdută</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>De ce a fost pierdută oportunitatea?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Pano&amp;u</translation>
    </message>
    <message>
        <source>The deals as columns of stages</source>
        <translation>Oportunitățile sub formă de coloane de etape</translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation>&amp;Listă</translation>
    </message>
    <message>
        <source>The deals as a sortable list</source>
        <translation>Oportunitățile sub formă de listă sortabilă</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>Oportunitate &amp;nouă…</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
    <message>
        <source>&amp;Undo Changes to Deal</source>
        <translation>&amp;Anulează modificările oportunității</translation>
    </message>
    <message>
        <source>&amp;Undo Move of Deal</source>
        <translation>&amp;Anulează mutarea oportunității</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mută în coș</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdut</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Anulează mutarea în coș</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>Move to &amp;Stage</source>
        <translation>Mută în &amp;etapă</translation>
    </message>
    <message>
        <source>Mark as &amp;Won</source>
        <translation>Marchează ca câș&amp;tigată</translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation>Marchează ca &amp;pierdută…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mută în &amp;coș</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+ încă %n</numerusform>
            <numerusform>+ încă %n</numerusform>
            <numerusform>+ încă %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>robot</source>
        <translation>robot</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalii</translation>
    </message>
    <message>
        <source>&amp;Line Items</source>
        <translation>P&amp;oziții</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activități</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Istoric</translation>
    </message>
    <message>
        <source>Follows the line items</source>
        <translation>Urmează pozițiile</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pâlnie de vânzări:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapă:</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>&amp;Motiv de pierdere:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Sumă:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Compa&amp;nie:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>Data estimată de înc&amp;hidere:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Pro&amp;babilitate:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>S&amp;ursă:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>La</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(alegeți un motiv)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiv)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The stage&apos;s (%1 %)</source>
        <translation>Cea a etapei (%1 %)</translation>
    </message>
    <message>
        <source>Deal — %1</source>
        <translation>Oportunitate — %1</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(creată)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation>(etapă ștearsă)</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>O oportunitate are nevoie de un titlu.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>„%1” nu este un cod de monedă precum EUR sau RON.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>„%1” nu este o sumă în %2 (cel mult %n zecimală).</numerusform>
            <numerusform>„%1” nu este o sumă în %2 (cel mult %n zecimale).</numerusform>
            <numerusform>„%1” nu este o sumă în %2 (cel mult %n de zecimale).</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation>O oportunitate pierdută are nevoie de motivul pierderii.</translation>
    </message>
    <message>
        <source>Choose the contact from the list that drops down while typing, or clear the field.</source>
        <translation>Alegeți contactul din lista care apare în timp ce tastați sau goliți câmpul.</translation>
    </message>
    <message>
        <source>Choose the company from the list that drops down while typing, or clear the field.</source>
        <translation>Alegeți compania din lista care apare în timp ce tastați sau goliți câmpul.</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Salvați modificările aduse la „%1”?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Save the deal to add tasks, calls and notes.</source>
        <translation>Salvați oportunitatea pentru a adăuga sarcini, apeluri și note.</translation>
    </message>
    <message>
        <source>The amount is the net total of the line items (before tax)</source>
        <translation>Suma este totalul net al pozițiilor (fără TVA)</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
    <message>
        <source>New deal in “%1”</source>
        <translation>Oportunitate nouă în „%1”</translation>
    </message>
    <message>
        <source>The pipeline “%1” has no open stage for a new deal.</source>
        <translation>Pâlnia „%1” nu are nicio etapă deschisă pentru o oportunitate nouă.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Save the new deal?</source>
        <translation>Salvați oportunitatea nouă?</translation>
    </message>
</context>
<context>
    <name>DealColumnModel</name>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Întârziată</translation>
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
        <translation>Întârziată</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>&amp;My deals</source>
        <translation>&amp;Oportunitățile mele</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>Search title or contact</source>
        <translation>Caută în titlu sau contact</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Toți</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Se caută…</translation>
    </message>
</context>
<context>
    <name>DealGenerator</name>
    <message>
        <source>Demo deals need a pipeline with stages.</source>
        <translation>Oportunitățile demonstrative au nevoie de o pâlnie de vânzări cu etape.</translation>
    </message>
    <message>
        <source>Preparing the demo users failed.</source>
        <translation>Pregătirea utilizatorilor demonstrativi a eșuat.</translation>
    </message>
    <message>
        <source>Writing the demo users failed.</source>
        <translation>Scrierea utilizatorilor demonstrativi a eșuat.</translation>
    </message>
    <message>
        <source>Preparing the demo products failed.</source>
        <translation>Pregătirea produselor demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>Writing the demo products failed.</source>
        <translation>Scrierea produselor demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>Preparing the demo deals failed.</source>
        <translation>Pregătirea oportunităților demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>Writing demo deals failed.</source>
        <translation>Scrierea oportunităților demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Anulat; nu s-a adăugat nimic.</translation>
    </message>
    <message>
        <source>The numbers of deals and products cannot be negative.</source>
        <translation>Numărul de oportunități și de produse nu poate fi negativ.</translation>
    </message>
    <message>
        <source>Demo deals need between 1 and 10000 sales managers.</source>
        <translation>Oportunitățile demonstrative au nevoie de între 1 și 10000 de manageri de vânzări.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Baza de date nu este deschisă.</translation>
    </message>
    <message>
        <source>Preparing the demo route maps failed.</source>
        <translation>Pregătirea hărților de proces demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>The route map template %1 cannot be read.</source>
        <translation>Șablonul de hartă de proces %1 nu poate fi citit.</translation>
    </message>
    <message>
        <source>Writing the demo route maps failed.</source>
        <translation>Scrierea hărților de proces demonstrative a eșuat.</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pâlnie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Expected Close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
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
        <translation>&amp;Etapă:</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Oportunitățile nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toate etapele</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunitate</numerusform>
            <numerusform>%Ln oportunități</numerusform>
            <numerusform>%Ln de oportunități</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Reading or saving the deal failed; nothing was changed.</source>
        <translation>Citirea sau salvarea oportunității a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>O oportunitate are nevoie de un titlu.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Titlul</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>Sursa</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>„%1” nu este un cod de monedă precum EUR sau RON.</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100 %.</source>
        <translation>O probabilitate este între 0 și 100 %.</translation>
    </message>
    <message>
        <source>There is no deal with the id %1.</source>
        <translation>Nu există nicio oportunitate cu id-ul %1.</translation>
    </message>
    <message>
        <source>A sales manager creates deals of their own, not of “%1”.</source>
        <translation>Un manager de vânzări creează oportunități proprii, nu ale lui „%1”.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Nu există nicio pâlnie de vânzări cu id-ul %1.</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage of its pipeline.</source>
        <translation>O oportunitate nouă începe într-o etapă deschisă a pâlniei sale de vânzări.</translation>
    </message>
    <message>
        <source>A sales manager cannot give a deal away; a director can.</source>
        <translation>Un manager de vânzări nu poate ceda o oportunitate; un director poate.</translation>
    </message>
    <message>
        <source>The stage “%1” is not in the deal&apos;s pipeline.</source>
        <translation>Etapa „%1” nu face parte din pâlnia de vânzări a oportunității.</translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation>O oportunitate pierdută are nevoie de motivul pierderii.</translation>
    </message>
    <message>
        <source>The line item “%1” needs a quantity above 0, a discount between 0 and 100 % and a total that fits.</source>
        <translation>Poziția „%1” are nevoie de o cantitate mai mare decât 0, de o reducere între 0 și 100 % și de un total care încape.</translation>
    </message>
    <message>
        <source>The line items add up to more than can be stored.</source>
        <translation>Pozițiile însumează mai mult decât se poate stoca.</translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager sees and changes only their own deals and those shared with them.</source>
        <translation>Oportunitatea %1 aparține lui „%2”; un manager de vânzări vede și modifică doar propriile oportunități și pe cele partajate cu el.</translation>
    </message>
    <message>
        <source>The owner “%1” is not an active user.</source>
        <translation>Responsabilul „%1” nu este un utilizator activ.</translation>
    </message>
    <message>
        <source>Only a lost deal has a lost reason.</source>
        <translation>Doar o oportunitate pierdută are un motiv de pierdere.</translation>
    </message>
    <message>
        <source>The lost reason is not one of the active reasons.</source>
        <translation>Motivul de pierdere nu este unul dintre motivele active.</translation>
    </message>
    <message>
        <source>The contact or company of the deal no longer exists.</source>
        <translation>Contactul sau compania oportunității nu mai există.</translation>
    </message>
    <message>
        <source>A deal enters another pipeline in one of its open stages.</source>
        <translation>O oportunitate intră într-o altă pâlnie de vânzări într-una dintre etapele ei deschise.</translation>
    </message>
    <message>
        <source>The line item %1 needs a name.</source>
        <translation>Poziția %1 are nevoie de un nume.</translation>
    </message>
    <message>
        <source>The line item name</source>
        <translation>Numele poziției</translation>
    </message>
    <message>
        <source>The unit price of “%1” cannot be negative.</source>
        <translation>Prețul unitar al „%1” nu poate fi negativ.</translation>
    </message>
    <message>
        <source>The deal %1 has no line item %2.</source>
        <translation>Oportunitatea %1 nu are poziția %2.</translation>
    </message>
    <message>
        <source>Searching the deals failed.</source>
        <translation>Căutarea oportunităților a eșuat.</translation>
    </message>
    <message>
        <source>There is no deal with the id %1 in the trash.</source>
        <translation>Nu există nicio oportunitate cu id-ul %1 în coș.</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Unitatea</translation>
    </message>
    <message>
        <source>The tax rate of “%1” is between 0 and 100 %.</source>
        <translation>Cota de TVA pentru „%1” este între 0 și 100 %.</translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager moves to the trash, restores and deletes only their own deals and those shared with them.</source>
        <translation>Oportunitatea %1 îi aparține lui „%2”; un manager de vânzări mută în coș, restaurează și șterge doar oportunitățile proprii și pe cele partajate cu el.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>“%1” is not a language of the demo data; use en, ro, ru or uk.</source>
        <translation>„%1” nu este o limbă a datelor demonstrative; folosiți en, ro, ru sau uk.</translation>
    </message>
    <message>
        <source>The data of this database is in %1; demo data cannot be added in %2.</source>
        <translation>Datele acestei baze de date sunt în %1; nu se pot adăuga date demonstrative în %2.</translation>
    </message>
    <message>
        <source>Recording the database&apos;s language failed.</source>
        <translation>Înregistrarea limbii bazei de date a eșuat.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Preparing the demo data failed.</source>
        <translation>Pregătirea datelor demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>Writing demo companies failed.</source>
        <translation>Scrierea companiilor demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>Writing demo contacts failed.</source>
        <translation>Scrierea contactelor demonstrative a eșuat.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Anulat; nu s-a adăugat nimic.</translation>
    </message>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation>Numărul de contacte nu poate fi negativ.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Baza de date nu este deschisă.</translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <source>Creating a demo database with %1 and %2…</source>
        <translation>Se creează o bază de date demonstrativă cu %1 și %2…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacte</numerusform>
            <numerusform>%Ln de contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunitate</numerusform>
            <numerusform>%Ln oportunități</numerusform>
            <numerusform>%Ln de oportunități</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Deals: %1</source>
        <translation>Oportunități: %1</translation>
    </message>
    <message>
        <source>Reading the deals…</source>
        <translation>Se citesc oportunitățile…</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Oportunitățile nu au putut fi citite: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) — double-click one to open its card.</source>
        <translation>
            <numerusform>%Ln oportunitate — faceți dublu clic pe ea pentru a-i deschide fișa.</numerusform>
            <numerusform>%Ln oportunități — faceți dublu clic pe una pentru a-i deschide fișa.</numerusform>
            <numerusform>%Ln de oportunități — faceți dublu clic pe una pentru a-i deschide fișa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Oportunitatea %1</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Recording the change (%1) failed; nothing was changed.</source>
        <translation>Înregistrarea modificării (%1) a eșuat; nu s-a modificat nimic.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>New Database</source>
        <translation>Bază de date nouă</translation>
    </message>
    <message>
        <source>Welcome to Pristriy</source>
        <translation>Bun venit în Pristriy</translation>
    </message>
    <message>
        <source>A new database will be made in %1.</source>
        <translation>O bază de date nouă va fi creată în %1.</translation>
    </message>
    <message>
        <source>&amp;Demo contacts and deals</source>
        <translation>Contacte și oportunități &amp;demonstrative</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacte</numerusform>
            <numerusform>%Ln de contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunitate</numerusform>
            <numerusform>%Ln oportunități</numerusform>
            <numerusform>%Ln de oportunități</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 with their stage history, tasks and calls, five sales managers and route maps: to try Pristriy out. Its people and companies are made up.</source>
        <translation>%1 și %2 cu istoricul etapelor, sarcini și apeluri, cinci manageri de vânzări și hărți de proces: pentru a încerca Pristriy. Persoanele și companiile sunt inventate.</translation>
    </message>
    <message>
        <source>&amp;Empty database</source>
        <translation>Bază de date &amp;goală</translation>
    </message>
    <message>
        <source>Only the pipelines “Sales” and “Turnkey renovation” and a few lost reasons, ready for your own contacts and deals.</source>
        <translation>Doar pâlniile „Vânzări” și „Renovare la cheie” și câteva motive de pierdere, gata pentru propriile contacte și oportunități.</translation>
    </message>
    <message>
        <source>Pipelines, stages, lost reasons, products and route maps are named in this language. You can rename them later.</source>
        <translation>Pâlniile, etapele, motivele de pierdere, produsele și hărțile de proces sunt denumite în această limbă. Le puteți redenumi ulterior.</translation>
    </message>
    <message>
        <source>&amp;Language of the data:</source>
        <translation>&amp;Limba datelor:</translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation>&amp;Creează baza de date</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
</context>
<context>
    <name>FunnelDealListModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>Counting the deals failed.</source>
        <translation>Numărarea oportunităților a eșuat.</translation>
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
        <translation>Numărarea pâlniei a eșuat.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Nu există nicio pâlnie de vânzări cu id-ul %1.</translation>
    </message>
    <message>
        <source>The pipeline “%1” lacks its Won or Lost stage.</source>
        <translation>Pâlniei de vânzări „%1” îi lipsește etapa Câștigat sau Pierdut.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>Perioada începe pe %1, după sfârșitul ei pe %2.</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Niciun motiv înregistrat</translation>
    </message>
    <message>
        <source>The stage %1 is not a stage of the pipeline “%2”.</source>
        <translation>Etapa %1 nu este o etapă a pâlniei de vânzări „%2”.</translation>
    </message>
    <message>
        <source>A month of revenue needs a date.</source>
        <translation>O lună de venit are nevoie de o dată.</translation>
    </message>
    <message>
        <source>Unknown drill-down.</source>
        <translation>Detaliere necunoscută.</translation>
    </message>
</context>
<context>
    <name>FunnelTableModel</name>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Față de precedenta</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Față de prima</translation>
    </message>
    <message>
        <source>Avg days in stage</source>
        <translation>Zile medii în etapă</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Zile (mediană)</translation>
    </message>
    <message>
        <source>Lost here</source>
        <translation>Pierdute aici</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdut</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Rată de câștig</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motiv de pierdere</translation>
    </message>
    <message>
        <source>Month won</source>
        <translation>Luna câștigului</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %Ln other currency(s)</source>
        <translation>
            <numerusform>%1 + încă %Ln monedă</numerusform>
            <numerusform>%1 + încă %Ln monede</numerusform>
            <numerusform>%1 + încă %Ln de monede</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click to list these deals</source>
        <translation>Faceți dublu clic pentru a lista aceste oportunități</translation>
    </message>
</context>
<context>
    <name>FunnelWidget</name>
    <message>
        <source>Funnel</source>
        <translation>Pâlnie</translation>
    </message>
    <message>
        <source>No deals in this filter</source>
        <translation>Nicio oportunitate în acest filtru</translation>
    </message>
    <message>
        <source>closed without a sale</source>
        <translation>închise fără vânzare</translation>
    </message>
    <message>
        <source>first stage</source>
        <translation>prima etapă</translation>
    </message>
    <message>
        <source>%1 of previous · %2 of first</source>
        <translation>%1 din precedenta · %2 din prima</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s) in it now</source>
        <translation>
            <numerusform>%1: %Ln oportunitate aflată acum aici</numerusform>
            <numerusform>%1: %Ln oportunități aflate acum aici</numerusform>
            <numerusform>%1: %Ln de oportunități aflate acum aici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s) reached it or went further</source>
        <translation>
            <numerusform>%1: %Ln oportunitate a ajuns aici sau mai departe</numerusform>
            <numerusform>%1: %Ln oportunități au ajuns aici sau mai departe</numerusform>
            <numerusform>%1: %Ln de oportunități au ajuns aici sau mai departe</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list these deals</source>
        <translation>Faceți clic pentru a lista aceste oportunități</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) · %1</source>
        <translation>
            <numerusform>%Ln oportunitate · %1</numerusform>
            <numerusform>%Ln oportunități · %1</numerusform>
            <numerusform>%Ln de oportunități · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>To get the data back, save what can still be read into a new file with: %1 (then open that file).</source>
        <translation>Pentru a recupera datele, salvați ce se mai poate citi într-un fișier nou cu: %1 (apoi deschideți acel fișier).</translation>
    </message>
    <message>
        <source>To get the data back, restore the newest backup, %1 (made before the last upgrade; later changes are not in it), or save what can still be read into a new file with: %2 (then open that file).</source>
        <translation>Pentru a recupera datele, restaurați cea mai nouă copie de rezervă, %1 (făcută înainte de ultima actualizare; modificările ulterioare nu sunt în ea), sau salvați ce se mai poate citi într-un fișier nou cu: %2 (apoi deschideți acel fișier).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>și încă %n problemă</numerusform>
            <numerusform>și încă %n probleme</numerusform>
            <numerusform>și încă %n de probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2.</source>
        <translation>Baza de date %1 este deteriorată: %2.</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Reducere %</translation>
    </message>
    <message>
        <source>Add a product: type its name or SKU…</source>
        <translation>Adăugați un produs: tastați numele sau codul SKU…</translation>
    </message>
    <message>
        <source>Add &amp;Line</source>
        <translation>Adaugă &amp;poziție</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Elimină poziția</translation>
    </message>
    <message>
        <source>Line item %1, %2: %3</source>
        <translation>Poziția %1, %2: %3</translation>
    </message>
    <message>
        <source>a line item needs a name.</source>
        <translation>o poziție are nevoie de un nume.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity above 0 with at most three decimals.</source>
        <translation>„%1” nu este o cantitate mai mare decât 0 cu cel mult trei zecimale.</translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation>„%1” nu este un preț în %2.</translation>
    </message>
    <message>
        <source>“%1” is not a discount between 0 and 100 %.</source>
        <translation>„%1” nu este o reducere între 0 și 100 %.</translation>
    </message>
    <message>
        <source>the total is too large to be stored.</source>
        <translation>totalul este prea mare pentru a fi stocat.</translation>
    </message>
    <message>
        <source>Not a number this column takes; see the message below.</source>
        <translation>Nu este un număr acceptat de această coloană; vedeți mesajul de mai jos.</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Total: —</translation>
    </message>
    <message>
        <source>No line items yet.</source>
        <translation>Încă nu există poziții.</translation>
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
        <translation>Adaugă produs</translation>
    </message>
    <message>
        <source>“%1” is priced in %2 and the deal in %3: enter its price in %3.</source>
        <translation>„%1” are prețul în %2, iar oportunitatea în %3: introduceți prețul în %3.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Poziție nouă</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total net</translation>
    </message>
    <message>
        <source>Adds the product typed on the left, or a line named as typed</source>
        <translation>Adaugă produsul scris în stânga sau o poziție cu numele scris</translation>
    </message>
    <message>
        <source>“%1” is not a tax rate between 0 and 100 %.</source>
        <translation>„%1” nu este o cotă de TVA între 0 și 100 %.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Net: %1 · Tax: %2 · Total: %3</source>
        <translation>Net: %1 · TVA: %2 · Total: %3</translation>
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
        <translation>Se anulează…</translation>
    </message>
</context>
<context>
    <name>LostReasonService</name>
    <message>
        <source>Reading or saving the lost reasons failed; nothing was changed.</source>
        <translation>Citirea sau salvarea motivelor de pierdere a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits the lost reasons; “%1” is not one.</source>
        <translation>Doar un proprietar de proces sau un administrator editează motivele de pierdere; „%1” nu este unul dintre ei.</translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation>Un motiv de pierdere are nevoie de un nume.</translation>
    </message>
    <message>
        <source>The lost reason</source>
        <translation>Motivul de pierdere</translation>
    </message>
    <message>
        <source>There is already a lost reason “%1”.</source>
        <translation>Există deja un motiv de pierdere „%1”.</translation>
    </message>
    <message>
        <source>There is no lost reason with the id %1.</source>
        <translation>Nu există niciun motiv de pierdere cu id-ul %1.</translation>
    </message>
    <message>
        <source>A new order must list every lost reason once.</source>
        <translation>O nouă ordine trebuie să conțină fiecare motiv de pierdere o singură dată.</translation>
    </message>
    <message numerus="yes">
        <source>%n lost deal(s) name the reason “%1”; make it inactive instead, so that it is no longer offered.</source>
        <translation>
            <numerusform>%n oportunitate pierdută menționează motivul „%1”; dezactivați-l în schimb, ca să nu mai fie oferit.</numerusform>
            <numerusform>%n oportunități pierdute menționează motivul „%1”; dezactivați-l în schimb, ca să nu mai fie oferit.</numerusform>
            <numerusform>%n de oportunități pierdute menționează motivul „%1”; dezactivați-l în schimb, ca să nu mai fie oferit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostReasonSettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Redenumește…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mută în &amp;sus</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Dezactivează</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ș&amp;terge…</translation>
    </message>
    <message>
        <source>Changes are saved at once. A reason that lost deals name can be deactivated (no longer offered) but not deleted.</source>
        <translation>Modificările se salvează imediat. Un motiv menționat de oportunități pierdute poate fi dezactivat (nu mai este oferit), dar nu și șters.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits the lost reasons.</source>
        <translation>Doar un proprietar de proces sau un administrator editează motivele de pierdere.</translation>
    </message>
    <message>
        <source>Lost Reasons</source>
        <translation>Motive de pierdere</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiv)</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>A&amp;ctivează</translation>
    </message>
    <message>
        <source>New Lost Reason</source>
        <translation>Motiv de pierdere nou</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motiv:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Redenumire motiv de pierdere</translation>
    </message>
    <message>
        <source>Delete Lost Reason</source>
        <translation>Ștergere motiv de pierdere</translation>
    </message>
    <message>
        <source>Delete the lost reason “%1”?</source>
        <translation>Ștergeți motivul de pierdere „%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companii</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Coș de gunoi</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>&amp;Contact nou…</translation>
    </message>
    <message>
        <source>New Compan&amp;y…</source>
        <translation>Companie nou&amp;ă…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Deschide baza de date…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Anulează mutarea în coș</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Mută în coș</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;About Pristriy</source>
        <translation>&amp;Despre Pristriy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Despre &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Instrumente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>%1 — Pristriy</source>
        <translation>%1 — Pristriy</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Fișierul bazei de date</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>Șterge &amp;definitiv…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact salvat.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>Companie salvată.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mută în coș</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln înregistrare restaurată.</numerusform>
            <numerusform>%Ln înregistrări restaurate.</numerusform>
            <numerusform>%Ln de înregistrări restaurate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacte</numerusform>
            <numerusform>%Ln de contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln companie</numerusform>
            <numerusform>%Ln companii</numerusform>
            <numerusform>%Ln de companii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the trash</source>
        <translation>
            <numerusform>%Ln înregistrare în coș</numerusform>
            <numerusform>%Ln înregistrări în coș</numerusform>
            <numerusform>%Ln de înregistrări în coș</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln contact mutat în coș.</numerusform>
            <numerusform>%Ln contacte mutate în coș.</numerusform>
            <numerusform>%Ln de contacte mutate în coș.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln companie mutată în coș.</numerusform>
            <numerusform>%Ln companii mutate în coș.</numerusform>
            <numerusform>%Ln de companii mutate în coș.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Process Map…</source>
        <translation>Deschide harta de &amp;proces…</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunitate</numerusform>
            <numerusform>%Ln oportunități</numerusform>
            <numerusform>%Ln de oportunități</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablou de bord</translation>
    </message>
    <message>
        <source>Open Process Map from &amp;Database…</source>
        <translation>Deschide harta de proces din &amp;baza de date…</translation>
    </message>
    <message>
        <source>&amp;New Process Map</source>
        <translation>Hartă de proces &amp;nouă</translation>
    </message>
    <message>
        <source>%1 — %2 — Pristriy</source>
        <translation>%1 — %2 — Pristriy</translation>
    </message>
    <message>
        <source>New Process Map from &amp;Template</source>
        <translation>Hartă de proces nouă din ș&amp;ablon</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilizatori…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln oportunitate mutată în coș.</numerusform>
            <numerusform>%Ln oportunități mutate în coș.</numerusform>
            <numerusform>%Ln de oportunități mutate în coș.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was not closed properly the last time: Pristriy finished SQLite&apos;s recovery and checked it, no problems found.</source>
        <translation>Baza de date nu a fost închisă corect ultima dată: Pristriy a încheiat recuperarea SQLite și a verificat-o; nicio problemă.</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>&amp;Verifică baza de date</translation>
    </message>
    <message>
        <source>Check the database file for damage, as SQLite&apos;s quick_check does</source>
        <translation>Verifică dacă fișierul bazei de date este deteriorat, cum face quick_check din SQLite</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is not open.</source>
        <translation>Baza de date nu este deschisă.</translation>
    </message>
    <message>
        <source>The schema version of the database could not be read.</source>
        <translation>Versiunea schemei bazei de date nu a putut fi citită.</translation>
    </message>
    <message>
        <source>Upgrading the database from schema %1 to %2 failed at step %3 (%4). Nothing was changed.</source>
        <translation>Actualizarea bazei de date de la schema %1 la %2 a eșuat la pasul %3 (%4). Nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The database could not be prepared for the upgrade.</source>
        <translation>Baza de date nu a putut fi pregătită pentru actualizare.</translation>
    </message>
</context>
<context>
    <name>MyTasksDock</name>
    <message>
        <source>My Tasks</source>
        <translation>Sarcinile mele</translation>
    </message>
    <message>
        <source>My &amp;Tasks</source>
        <translation>&amp;Sarcinile mele</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Memento</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termen %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation>Oportunitatea „%1”</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <source>A sales manager sees their own tasks, not those of “%1”.</source>
        <translation>Un manager de vânzări își vede propriile sarcini, nu pe cele ale lui „%1”.</translation>
    </message>
    <message>
        <source>Reading the tasks failed: %1</source>
        <translation>Citirea sarcinilor a eșuat: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Legată de</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Restante (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Azi (%1)</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Viitoare (%1)</translation>
    </message>
    <message>
        <source>No due date (%1)</source>
        <translation>Fără termen (%1)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioritate ridicată</translation>
    </message>
    <message>
        <source>Related to: %1</source>
        <translation>Legată de: %1</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <source>&amp;New Task…</source>
        <translation>Sarcină &amp;nouă…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; overdue, &lt;b&gt;%2&lt;/b&gt; due today, &lt;b&gt;%3&lt;/b&gt; upcoming</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; restante, &lt;b&gt;%2&lt;/b&gt; scadente azi, &lt;b&gt;%3&lt;/b&gt; viitoare</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No open tasks. Tasks given to you appear here; &lt;b&gt;New Task…&lt;/b&gt; adds one.</source>
        <translation>Nicio sarcină deschisă. Sarcinile care vă sunt atribuite apar aici; &lt;b&gt;Sarcină nouă…&lt;/b&gt; adaugă una.</translation>
    </message>
</context>
<context>
    <name>NestedLaneCommand</name>
    <message>
        <source>Lanes are added to a lane of a pool.</source>
        <translation>Culoarele se adaugă într-un culoar al unui bazin.</translation>
    </message>
    <message>
        <source>This lane is too narrow to hold lanes.</source>
        <translation>Acest culoar este prea îngust pentru a conține culoare.</translation>
    </message>
    <message>
        <source>Lanes are added next to a lane inside a lane.</source>
        <translation>Culoarele se adaugă lângă un culoar aflat în interiorul altui culoar.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation>Ce ar trebui să știe echipa?</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <source>Reading or saving the note failed; nothing was changed.</source>
        <translation>Citirea sau salvarea notei a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>O notă are nevoie de text.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>Nu există nicio notă cu id-ul %1.</translation>
    </message>
    <message>
        <source>The note %1 was written by “%2”; a sales manager changes only their own notes.</source>
        <translation>Nota %1 a fost scrisă de „%2”; un manager de vânzări modifică doar propriile note.</translation>
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
        <translation>%1 (inactiv)</translation>
    </message>
    <message>
        <source>Not a user of this database</source>
        <translation>Nu este utilizator al acestei baze de date</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of “%1”</source>
        <translation>Parola lui „%1”</translation>
    </message>
    <message>
        <source>“%1” has a password. A new one replaces it.</source>
        <translation>„%1” are o parolă. Una nouă o înlocuiește.</translation>
    </message>
    <message>
        <source>“%1” has no password: anybody may start as this user.</source>
        <translation>„%1” nu are parolă: oricine poate porni ca acest utilizator.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Asked when somebody starts as “%1” on another computer account than theirs.</source>
        <translation>
            <numerusform>Cel puțin %n caracter. Se cere când cineva pornește ca „%1” din alt cont de computer decât al său.</numerusform>
            <numerusform>Cel puțin %n caractere. Se cere când cineva pornește ca „%1” din alt cont de computer decât al său.</numerusform>
            <numerusform>Cel puțin %n de caractere. Se cere când cineva pornește ca „%1” din alt cont de computer decât al său.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Parolă &amp;nouă:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>R&amp;epetați-o:</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>&amp;Setează parola</translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation>&amp;Elimină parola</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <source>This diagram has no process to paste into.</source>
        <translation>Această diagramă nu are niciun proces în care să se lipească.</translation>
    </message>
    <message>
        <source>The clipboard holds no BPMN process to paste.</source>
        <translation>Clipboardul nu conține niciun proces BPMN de lipit.</translation>
    </message>
    <message>
        <source>The clipboard holds no drawn elements to paste.</source>
        <translation>Clipboardul nu conține elemente desenate de lipit.</translation>
    </message>
</context>
<context>
    <name>PhoneReindex</name>
    <message>
        <source>“%1” is not a region phone numbers know.</source>
        <translation>„%1” nu este o regiune cunoscută pentru numerele de telefon.</translation>
    </message>
    <message>
        <source>Cancelled; the phone region was not changed.</source>
        <translation>Anulat; regiunea telefoanelor nu a fost schimbată.</translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>Reading or saving the pipeline failed; nothing was changed.</source>
        <translation>Citirea sau salvarea pâlniei de vânzări a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>There is no stage with the id %1.</source>
        <translation>Nu există nicio etapă cu id-ul %1.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Nu există nicio pâlnie de vânzări cu id-ul %1.</translation>
    </message>
    <message>
        <source>There is no pipeline “%1”.</source>
        <translation>Nu există nicio pâlnie de vânzări „%1”.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>O etapă are nevoie de un nume.</translation>
    </message>
    <message>
        <source>The stage name</source>
        <translation>Numele etapei</translation>
    </message>
    <message>
        <source>A stage colour is written #rrggbb, not “%1”.</source>
        <translation>Culoarea unei etape se scrie #rrggbb, nu „%1”.</translation>
    </message>
    <message>
        <source>A win probability is between 0 and 100 %.</source>
        <translation>O probabilitate de câștig este între 0 și 100 %.</translation>
    </message>
    <message>
        <source>A checkpoint is a number of days, 1 or more (0 for none).</source>
        <translation>Un termen de control este un număr de zile, 1 sau mai mult (0 pentru niciunul).</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits pipelines; “%1” is not one.</source>
        <translation>Doar un proprietar de proces sau un administrator editează pâlniile de vânzări; „%1” nu este unul dintre ei.</translation>
    </message>
    <message>
        <source>The pipeline already has a stage “%1”.</source>
        <translation>Pâlnia de vânzări are deja o etapă „%1”.</translation>
    </message>
    <message>
        <source>A new order must list every open stage of the pipeline once.</source>
        <translation>O nouă ordine trebuie să conțină fiecare etapă deschisă a pâlniei de vânzări o singură dată.</translation>
    </message>
    <message>
        <source>Won and Lost close every pipeline; they cannot be deleted.</source>
        <translation>Câștigat și Pierdut închid fiecare pâlnie de vânzări; nu pot fi șterse.</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still has %n deal(s); move them first or choose the stage they move to.</source>
        <translation>
            <numerusform>Etapa „%1” mai are %n oportunitate; mutați-o mai întâi sau alegeți etapa în care să fie mutată.</numerusform>
            <numerusform>Etapa „%1” mai are %n oportunități; mutați-le mai întâi sau alegeți etapa în care să fie mutate.</numerusform>
            <numerusform>Etapa „%1” mai are %n de oportunități; mutați-le mai întâi sau alegeți etapa în care să fie mutate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deals of a deleted stage move to another stage of the same pipeline (not Lost, which needs a reason for each).</source>
        <translation>Oportunitățile unei etape șterse se mută într-o altă etapă a aceleiași pâlnii de vânzări (nu în Pierdut, care cere un motiv pentru fiecare).</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>O pâlnie de vânzări are nevoie de un nume.</translation>
    </message>
    <message>
        <source>The pipeline name</source>
        <translation>Numele pâlniei de vânzări</translation>
    </message>
    <message>
        <source>There is already a pipeline “%1”.</source>
        <translation>Există deja o pâlnie de vânzări „%1”.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdut</translation>
    </message>
    <message>
        <source>“%1” is the last open stage of its pipeline; new deals start in an open stage, so add another one first.</source>
        <translation>„%1” este ultima etapă deschisă a pâlniei sale de vânzări; oportunitățile noi încep într-o etapă deschisă, așa că adăugați mai întâi încă una.</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsPage</name>
    <message>
        <source>Open</source>
        <comment>stage kind: its deals are still in progress; an adjective</comment>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigat</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdut</translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation>&amp;Pâlnie nouă…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Redenumește…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Probabilitate de câștig</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Termen de control</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>&amp;Add Stage…</source>
        <translation>&amp;Adaugă etapă…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mută în &amp;sus</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ș&amp;terge…</translation>
    </message>
    <message>
        <source>Changes to pipelines are saved at once. Won and Lost close every pipeline.</source>
        <translation>Modificările pâlniilor de vânzări se salvează imediat. Câștigat și Pierdut închid fiecare pâlnie.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits pipelines.</source>
        <translation>Doar un proprietar de proces sau un administrator editează pâlniile de vânzări.</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pâlnie de vânzări:</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pâlnii de vânzări</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>fără</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Pâlnie de vânzări nouă</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Numele noii pâlnii de vânzări:</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Redenumire pâlnie de vânzări</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Noul nume pentru „%1”:</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>Mutare etapă</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Ștergere etapă</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n deal(s). Move them to:</source>
        <translation>
            <numerusform>„%1” are %n oportunitate. Mutați-o în:</numerusform>
            <numerusform>„%1” are %n oportunități. Mutați-le în:</numerusform>
            <numerusform>„%1” are %n de oportunități. Mutați-le în:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “%1”? It has no deals.</source>
        <translation>Ștergeți etapa „%1”? Nu are oportunități.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regulă</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nu s-au găsit probleme.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n eroare</numerusform>
            <numerusform>%n erori</numerusform>
            <numerusform>%n de erori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertisment</numerusform>
            <numerusform>%n avertismente</numerusform>
            <numerusform>%n de avertismente</numerusform>
        </translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiții</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Colaborare</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Bazin</translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation>Flux de mesaje</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Sarcină utilizator</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Sarcină de serviciu</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Sarcină de trimitere</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Sarcină de primire</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Sarcină manuală</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Sarcină cu regulă de afaceri</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Sarcină script</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Activitate de apel</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Subproces</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Tranzacție</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Subproces ad-hoc</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Eveniment de start</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Eveniment final</translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation>Eveniment intermediar de captare</translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation>Eveniment intermediar de emitere</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Eveniment de graniță</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Poartă exclusivă</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Poartă paralelă</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Poartă inclusivă</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Poartă bazată pe evenimente</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Poartă complexă</translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation>Flux de secvență</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Asociere</translation>
    </message>
    <message>
        <source>Lane set</source>
        <translation>Set de culoare</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Culoar</translation>
    </message>
    <message>
        <source>Data object</source>
        <translation>Obiect de date</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Depozit de date</translation>
    </message>
    <message>
        <source>Data input</source>
        <translation>Intrare de date</translation>
    </message>
    <message>
        <source>Data output</source>
        <translation>Ieșire de date</translation>
    </message>
    <message>
        <source>Text annotation</source>
        <translation>Adnotare text</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Semnal</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escaladare</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing modelled yet: append the first step to the start event with the buttons beside it, or drag elements from the palette.</source>
        <translation>Nimic modelat încă: adăugați primul pas la evenimentul de start cu butoanele de lângă el sau trageți elemente din paletă.</translation>
    </message>
    <message>
        <source>The map is empty: drag a start event from the palette to begin.</source>
        <translation>Harta este goală: trageți un eveniment de start din paletă pentru a începe.</translation>
    </message>
</context>
<context>
    <name>ProcessDocument</name>
    <message>
        <source>%1 cannot be read as BPMN: %2</source>
        <translation>%1 nu poate fi citit ca BPMN: %2</translation>
    </message>
    <message>
        <source>The data cannot be read as BPMN.</source>
        <translation>Datele nu pot fi citite ca BPMN.</translation>
    </message>
</context>
<context>
    <name>ProcessEditor</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvează &amp;ca…</translation>
    </message>
    <message>
        <source>Open Map from &amp;Database…</source>
        <translation>Deschide harta din &amp;baza de date…</translation>
    </message>
    <message>
        <source>Save to Data&amp;base as…</source>
        <translation>Salvează în ba&amp;za de date ca…</translation>
    </message>
    <message>
        <source>&amp;Version History…</source>
        <translation>&amp;Istoric versiuni…</translation>
    </message>
    <message>
        <source>&amp;Export Drawing…</source>
        <translation>&amp;Exportă desenul…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Dec&amp;upează</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selectează t&amp;ot</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Rede&amp;numește</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Mărește</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Mi&amp;cșorează</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Potrivește</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Mărime &amp;reală</translation>
    </message>
    <message>
        <source>A&amp;ppend Task</source>
        <translation>A&amp;daugă sarcina următoare</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Aliniere la grilă</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Selectare</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Mână</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasou</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectează</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Eveniment de start</translation>
    </message>
    <message>
        <source>Intermediate event</source>
        <translation>Eveniment intermediar</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Eveniment final</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Sarcină utilizator</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Sarcină de serviciu</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Subproces</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Poartă exclusivă</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Poartă paralelă</translation>
    </message>
    <message>
        <source>Data object</source>
        <translation>Obiect de date</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Depozit de date</translation>
    </message>
    <message>
        <source>Text annotation</source>
        <translation>Adnotare text</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>&amp;Nou din șablon</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nou din șablon</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Aranjare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aliniază la &amp;stânga</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Aliniază pe &amp;centru</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aliniază la &amp;dreapta</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aliniază în s&amp;us</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Aliniază la &amp;mijloc</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aliniază &amp;jos</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Distribuie &amp;orizontal</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Distribuie &amp;vertical</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Proprietăți</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Open Process Map</source>
        <translation>Deschide harta de proces</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Fișiere BPMN 2.0 (*.bpmn *.xml);;Toate fișierele (*)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n element(s).</source>
        <translation>
            <numerusform>S-a deschis %1: %n element.</numerusform>
            <numerusform>S-a deschis %1: %n elemente.</numerusform>
            <numerusform>S-a deschis %1: %n de elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template %1 cannot be opened: %2</source>
        <translation>Șablonul %1 nu poate fi deschis: %2</translation>
    </message>
    <message numerus="yes">
        <source>New process map from a template: %n element(s).</source>
        <translation>
            <numerusform>Hartă de proces nouă dintr-un șablon: %n element.</numerusform>
            <numerusform>Hartă de proces nouă dintr-un șablon: %n elemente.</numerusform>
            <numerusform>Hartă de proces nouă dintr-un șablon: %n de elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another location.</source>
        <translation>%1 nu a putut fi salvat: %2. Alegeți altă locație.</translation>
    </message>
    <message>
        <source>Save Process Map</source>
        <translation>Salvare hartă de proces</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>S-a salvat %1.</translation>
    </message>
    <message>
        <source>This older version is read-only. Open the latest version to edit the map, or keep this one as a new map with Save to Database as…</source>
        <translation>Această versiune mai veche este doar pentru citire. Deschideți cea mai recentă versiune pentru a edita harta sau păstrați-o pe aceasta ca hartă nouă cu Salvează în baza de date ca…</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation>Fișiere BPMN 2.0 (*.bpmn)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Redenumire</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Insert %1 into a flow</source>
        <translation>Inserează %1 într-un flux</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Save the changes to this process map before closing?</source>
        <translation>Salvați modificările acestei hărți de proces înainte de închidere?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Fără titlu</translation>
    </message>
    <message>
        <source>%1, version %2 (read-only)</source>
        <translation>%1, versiunea %2 (doar citire)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versiunea %2</translation>
    </message>
    <message>
        <source>%1[*] — Process Map</source>
        <translation>%1[*] — Hartă de proces</translation>
    </message>
    <message>
        <source>The route map cannot be opened: %1</source>
        <translation>Harta de proces nu poate fi deschisă: %1</translation>
    </message>
    <message>
        <source>Open Map from Database</source>
        <translation>Deschide harta din baza de date</translation>
    </message>
    <message numerus="yes">
        <source>Opened version %1 of “%2”, read-only: %n element(s).</source>
        <translation>
            <numerusform>S-a deschis versiunea %1 a „%2”, doar citire: %n element.</numerusform>
            <numerusform>S-a deschis versiunea %1 a „%2”, doar citire: %n elemente.</numerusform>
            <numerusform>S-a deschis versiunea %1 a „%2”, doar citire: %n de elemente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”, version %2: %n element(s).</source>
        <translation>
            <numerusform>S-a deschis „%1”, versiunea %2: %n element.</numerusform>
            <numerusform>S-a deschis „%1”, versiunea %2: %n elemente.</numerusform>
            <numerusform>S-a deschis „%1”, versiunea %2: %n de elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to Database</source>
        <translation>Salvare în baza de date</translation>
    </message>
    <message>
        <source>Name of the route map:</source>
        <translation>Numele hărții de proces:</translation>
    </message>
    <message>
        <source>Saved “%1” as version %2.</source>
        <translation>„%1” a fost salvată ca versiunea %2.</translation>
    </message>
    <message>
        <source>Name of the new route map:</source>
        <translation>Numele noii hărți de proces:</translation>
    </message>
    <message>
        <source>Version History</source>
        <translation>Istoric versiuni</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Nu s-a putut exporta în %1: %2</translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation>Exportare desen</translation>
    </message>
    <message>
        <source>Exported the drawing to %1.</source>
        <translation>Desenul a fost exportat în %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagine PNG (*.png);;Desen SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tipărire</translation>
    </message>
    <message>
        <source>Sent the drawing to the printer.</source>
        <translation>Desenul a fost trimis la imprimantă.</translation>
    </message>
    <message>
        <source>Print Process Map</source>
        <translation>Tipărire hartă de proces</translation>
    </message>
    <message>
        <source>Select the elements to copy first.</source>
        <translation>Selectați mai întâi elementele de copiat.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n element(s).</source>
        <translation>
            <numerusform>S-a copiat %n element.</numerusform>
            <numerusform>S-au copiat %n elemente.</numerusform>
            <numerusform>S-au copiat %n de elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no BPMN elements to paste.</source>
        <translation>Clipboardul nu conține elemente BPMN de lipit.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n element(s).</source>
        <translation>
            <numerusform>S-a lipit %n element.</numerusform>
            <numerusform>S-au lipit %n elemente.</numerusform>
            <numerusform>S-au lipit %n de elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more elements to align.</source>
        <translation>Selectați două sau mai multe elemente pentru aliniere.</translation>
    </message>
    <message numerus="yes">
        <source>Align %n element(s)</source>
        <translation>
            <numerusform>Aliniază %n element</numerusform>
            <numerusform>Aliniază %n elemente</numerusform>
            <numerusform>Aliniază %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Select three or more elements to distribute.</source>
        <translation>Selectați trei sau mai multe elemente pentru distribuire.</translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n element(s)</source>
        <translation>
            <numerusform>Distribuie %n element</numerusform>
            <numerusform>Distribuie %n elemente</numerusform>
            <numerusform>Distribuie %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Append task</source>
        <translation>Adaugă sarcina următoare</translation>
    </message>
    <message>
        <source>Append gateway</source>
        <translation>Adaugă poarta următoare</translation>
    </message>
    <message>
        <source>Append intermediate event</source>
        <translation>Adaugă evenimentul intermediar următor</translation>
    </message>
    <message>
        <source>Append end event</source>
        <translation>Adaugă evenimentul final</translation>
    </message>
    <message>
        <source>Connect (C)</source>
        <translation>Conectează (C)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Șterge (Del)</translation>
    </message>
    <message>
        <source>Append %1</source>
        <translation>Adaugă în continuare: %1</translation>
    </message>
    <message>
        <source>%1: drag it onto the canvas, or click here and then on the canvas; the arrow shows the other kinds</source>
        <translation>%1: trageți-l pe planșă sau faceți clic aici și apoi pe planșă; săgeata arată celelalte tipuri</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Message start event</source>
        <translation>Eveniment de start cu mesaj</translation>
    </message>
    <message>
        <source>Timer start event</source>
        <translation>Eveniment de start cu temporizator</translation>
    </message>
    <message>
        <source>Conditional start event</source>
        <translation>Eveniment de start condițional</translation>
    </message>
    <message>
        <source>Signal start event</source>
        <translation>Eveniment de start cu semnal</translation>
    </message>
    <message>
        <source>Message catch event</source>
        <translation>Eveniment de captare cu mesaj</translation>
    </message>
    <message>
        <source>Timer catch event</source>
        <translation>Eveniment de captare cu temporizator</translation>
    </message>
    <message>
        <source>Conditional catch event</source>
        <translation>Eveniment de captare condițional</translation>
    </message>
    <message>
        <source>Signal catch event</source>
        <translation>Eveniment de captare cu semnal</translation>
    </message>
    <message>
        <source>Link catch event</source>
        <translation>Eveniment de captare cu legătură</translation>
    </message>
    <message>
        <source>Message throw event</source>
        <translation>Eveniment de emitere cu mesaj</translation>
    </message>
    <message>
        <source>Signal throw event</source>
        <translation>Eveniment de emitere cu semnal</translation>
    </message>
    <message>
        <source>Escalation throw event</source>
        <translation>Eveniment de emitere cu escaladare</translation>
    </message>
    <message>
        <source>Link throw event</source>
        <translation>Eveniment de emitere cu legătură</translation>
    </message>
    <message>
        <source>Compensation throw event</source>
        <translation>Eveniment de emitere cu compensare</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Eveniment de graniță</translation>
    </message>
    <message>
        <source>Message boundary event</source>
        <translation>Eveniment de graniță cu mesaj</translation>
    </message>
    <message>
        <source>Timer boundary event</source>
        <translation>Eveniment de graniță cu temporizator</translation>
    </message>
    <message>
        <source>Error boundary event</source>
        <translation>Eveniment de graniță cu eroare</translation>
    </message>
    <message>
        <source>Escalation boundary event</source>
        <translation>Eveniment de graniță cu escaladare</translation>
    </message>
    <message>
        <source>Conditional boundary event</source>
        <translation>Eveniment de graniță condițional</translation>
    </message>
    <message>
        <source>Signal boundary event</source>
        <translation>Eveniment de graniță cu semnal</translation>
    </message>
    <message>
        <source>Compensation boundary event</source>
        <translation>Eveniment de graniță cu compensare</translation>
    </message>
    <message>
        <source>Message boundary event (non-interrupting)</source>
        <translation>Eveniment de graniță cu mesaj (neîntreruptor)</translation>
    </message>
    <message>
        <source>Timer boundary event (non-interrupting)</source>
        <translation>Eveniment de graniță cu temporizator (neîntreruptor)</translation>
    </message>
    <message>
        <source>Escalation boundary event (non-interrupting)</source>
        <translation>Eveniment de graniță cu escaladare (neîntreruptor)</translation>
    </message>
    <message>
        <source>Conditional boundary event (non-interrupting)</source>
        <translation>Eveniment de graniță condițional (neîntreruptor)</translation>
    </message>
    <message>
        <source>Signal boundary event (non-interrupting)</source>
        <translation>Eveniment de graniță cu semnal (neîntreruptor)</translation>
    </message>
    <message>
        <source>Message end event</source>
        <translation>Eveniment final cu mesaj</translation>
    </message>
    <message>
        <source>Escalation end event</source>
        <translation>Eveniment final cu escaladare</translation>
    </message>
    <message>
        <source>Error end event</source>
        <translation>Eveniment final cu eroare</translation>
    </message>
    <message>
        <source>Compensation end event</source>
        <translation>Eveniment final cu compensare</translation>
    </message>
    <message>
        <source>Signal end event</source>
        <translation>Eveniment final cu semnal</translation>
    </message>
    <message>
        <source>Terminate end event</source>
        <translation>Eveniment final de terminare</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Sarcină de trimitere</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Sarcină de primire</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Sarcină manuală</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Sarcină cu regulă de afaceri</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Sarcină script</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Activitate de apel</translation>
    </message>
    <message>
        <source>Sub-process (collapsed)</source>
        <translation>Subproces (restrâns)</translation>
    </message>
    <message>
        <source>Sub-process (expanded)</source>
        <translation>Subproces (extins)</translation>
    </message>
    <message>
        <source>Event sub-process</source>
        <translation>Subproces de eveniment</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Tranzacție</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Subproces ad-hoc</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Poartă</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Poartă inclusivă</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Poartă bazată pe evenimente</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Poartă complexă</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacte</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Bazin</translation>
    </message>
    <message>
        <source>Pool (vertical)</source>
        <translation>Bazin (vertical)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Culoar</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Schimbă tipul</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Adaugă culoar deasupra</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Adaugă culoar dedesubt</translation>
    </message>
    <message>
        <source>Add lane to the left</source>
        <translation>Adaugă culoar la stânga</translation>
    </message>
    <message>
        <source>Add lane to the right</source>
        <translation>Adaugă culoar la dreapta</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>Schimbă &amp;tipul</translation>
    </message>
    <message>
        <source>Add Lane to the &amp;Left</source>
        <translation>Adaugă culoar la stân&amp;ga</translation>
    </message>
    <message>
        <source>Add Lane &amp;Above</source>
        <translation>Adaugă culoar &amp;deasupra</translation>
    </message>
    <message>
        <source>Add Lane to the &amp;Right</source>
        <translation>Adaugă culoar la d&amp;reapta</translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation>Adaugă culoar dede&amp;subt</translation>
    </message>
    <message>
        <source>The diagram of the file shown on the canvas</source>
        <translation>Diagrama din fișier afișată pe planșă</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagramă:</translation>
    </message>
    <message>
        <source>Showing the diagram “%1”.</source>
        <translation>Se afișează diagrama „%1”.</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>Schimbă ti&amp;pul…</translation>
    </message>
    <message>
        <source>&amp;Find Element…</source>
        <translation>Caută un &amp;element…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <source>Space (S): drag to make space, drag back to remove it; Ctrl moves the left or upper side</source>
        <translation>Spațiu (S): trageți pentru a crea spațiu, trageți înapoi pentru a-l elimina; Ctrl mută partea din stânga sau de sus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;Divide Lane in Two</source>
        <translation>Îm&amp;parte culoarul în două</translation>
    </message>
    <message>
        <source>Select one element to change its type.</source>
        <translation>Selectați un singur element pentru a-i schimba tipul.</translation>
    </message>
    <message>
        <source>This element has no other type to change to.</source>
        <translation>Acest element nu are alt tip în care să fie schimbat.</translation>
    </message>
    <message>
        <source>Find an element by name or id</source>
        <translation>Caută un element după nume sau id</translation>
    </message>
    <message>
        <source>No element is named “%1” or has that id.</source>
        <translation>Niciun element nu se numește „%1” și nici nu are acest id.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Space tool: drag to make space, drag back to remove it (Ctrl: the other side)</source>
        <translation>Instrumentul Spațiu: trageți pentru a crea spațiu, trageți înapoi pentru a-l elimina (Ctrl: cealaltă parte)</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Hand tool: drag to pan</source>
        <translation>Instrumentul Mână: trageți pentru a deplasa planșa</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Lasso tool: drag to select, also starting on an element</source>
        <translation>Instrumentul Lasou: trageți pentru a selecta, chiar și pornind de pe un element</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Connect tool: drag from one element to another</source>
        <translation>Instrumentul Conectează: trageți de la un element la altul</translation>
    </message>
    <message>
        <source>E, F2</source>
        <translation>E, F2</translation>
    </message>
    <message>
        <source>Edit the label of the selected element</source>
        <translation>Editează eticheta elementului selectat</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Change the type of the selected element</source>
        <translation>Schimbă tipul elementului selectat</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Append a task to the selected element</source>
        <translation>Adaugă o sarcină în continuarea elementului selectat</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Select tool; cancels a drag or an edit</source>
        <translation>Instrumentul Selectare; anulează o tragere sau o editare</translation>
    </message>
    <message>
        <source>Del, Backspace</source>
        <translation>Del, Backspace</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Șterge selecția</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Tastele săgeți</translation>
    </message>
    <message>
        <source>Move the selection by one grid step</source>
        <translation>Mută selecția cu un pas de grilă</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Selectează tot</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Cut, copy, paste</source>
        <translation>Decupează, copiază, lipește</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Space + drag, middle button drag</source>
        <translation>Space + tragere, tragere cu butonul din mijloc</translation>
    </message>
    <message>
        <source>Pan the canvas with any tool</source>
        <translation>Deplasează planșa cu orice instrument</translation>
    </message>
    <message>
        <source>Ctrl + wheel, %1, %2</source>
        <translation>Ctrl + rotiță, %1, %2</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Mărire/micșorare</translation>
    </message>
    <message>
        <source>Fit the diagram in the window</source>
        <translation>Potrivește diagrama în fereastră</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Mărime reală</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>F1, ?</source>
        <translation>F1, ?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Această listă</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tastă</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>&amp;New Process Map</source>
        <translation>Hartă de proces &amp;nouă</translation>
    </message>
    <message>
        <source>A new process map.</source>
        <translation>O hartă de proces nouă.</translation>
    </message>
    <message>
        <source>Save the changes to this process map first?</source>
        <translation>Salvați mai întâi modificările acestei hărți de proces?</translation>
    </message>
    <message>
        <source>Set colour</source>
        <translation>Setează culoarea</translation>
    </message>
</context>
<context>
    <name>ProcessExport</name>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Alegeți un nume de fișier care se termină în .png, .svg sau .pdf.</translation>
    </message>
    <message>
        <source>The process map has no diagram to draw.</source>
        <translation>Harta de proces nu are nicio diagramă de desenat.</translation>
    </message>
    <message>
        <source>The picture could not be drawn (too little memory?).</source>
        <translation>Imaginea nu a putut fi desenată (prea puțină memorie?).</translation>
    </message>
    <message>
        <source>The process map has no diagram to print.</source>
        <translation>Harta de proces nu are nicio diagramă de tipărit.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Imprimanta nu a putut fi pornită.</translation>
    </message>
</context>
<context>
    <name>ProcessMapDialog</name>
    <message>
        <source>Route Maps in the Database</source>
        <translation>Hărți de proces în baza de date</translation>
    </message>
    <message>
        <source>Route map</source>
        <translation>Hartă de proces</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiuni</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificată</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvată</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Redenumește…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mută în &amp;coș</translation>
    </message>
    <message>
        <source>Open the latest version to edit a map; older versions open read-only.</source>
        <translation>Deschideți cea mai recentă versiune pentru a edita o hartă; versiunile mai vechi se deschid doar pentru citire.</translation>
    </message>
    <message>
        <source>No route maps are stored in this database yet. Save one from the editor with File › Save to Database.</source>
        <translation>Încă nu există hărți de proces stocate în această bază de date. Salvați una din editor cu Fișier › Salvează în baza de date.</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Deschide doar pentru citire</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>Rename Route Map</source>
        <translation>Redenumire hartă de proces</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mută în coș</translation>
    </message>
    <message>
        <source>Move the route map “%1” with all its versions to the trash?</source>
        <translation>Mutați harta de proces „%1” cu toate versiunile ei în coș?</translation>
    </message>
</context>
<context>
    <name>ProcessMapStore</name>
    <message>
        <source>Reading or saving the route map failed; nothing was changed.</source>
        <translation>Citirea sau salvarea hărții de proces a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The route map cannot be saved: line %1, column %2: %3</source>
        <translation>Harta de proces nu poate fi salvată: linia %1, coloana %2: %3</translation>
    </message>
    <message>
        <source>The route map cannot be saved: %1</source>
        <translation>Harta de proces nu poate fi salvată: %1</translation>
    </message>
    <message>
        <source>The route map cannot be saved: it is not a BPMN 2.0 document.</source>
        <translation>Harta de proces nu poate fi salvată: nu este un document BPMN 2.0.</translation>
    </message>
    <message>
        <source>Only a process owner or an administrator changes route maps; “%1” is not one.</source>
        <translation>Doar un proprietar de proces sau un administrator modifică hărțile de proces; „%1” nu este unul dintre ei.</translation>
    </message>
    <message>
        <source>There is no route map with the id %1.</source>
        <translation>Nu există nicio hartă de proces cu id-ul %1.</translation>
    </message>
    <message>
        <source>There is no route map named “%1”.</source>
        <translation>Nu există nicio hartă de proces numită „%1”.</translation>
    </message>
    <message>
        <source>The route map “%1” has no version %2.</source>
        <translation>Harta de proces „%1” nu are versiunea %2.</translation>
    </message>
    <message>
        <source>A route map needs a name.</source>
        <translation>O hartă de proces are nevoie de un nume.</translation>
    </message>
    <message>
        <source>A route map name has at most %1 characters.</source>
        <translation>Numele unei hărți de proces are cel mult %1 caractere.</translation>
    </message>
    <message>
        <source>There is already a route map named “%1”; choose another name.</source>
        <translation>Există deja o hartă de proces numită „%1”; alegeți alt nume.</translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation>Nu există nicio pâlnie de vânzări cu id-ul %1.</translation>
    </message>
    <message>
        <source>The route map “%1” is in the trash; restore it before saving.</source>
        <translation>Harta de proces „%1” este în coș; restaurați-o înainte de a o salva.</translation>
    </message>
    <message>
        <source>The route map “%1” cannot be restored: another map has its name now. Rename that one first.</source>
        <translation>Harta de proces „%1” nu poate fi restaurată: o altă hartă are acum numele ei. Redenumiți-o mai întâi pe aceea.</translation>
    </message>
</context>
<context>
    <name>ProcessRules</name>
    <message>
        <source>An element cannot be connected to itself.</source>
        <translation>Un element nu poate fi conectat cu el însuși.</translation>
    </message>
    <message>
        <source>These elements are already connected.</source>
        <translation>Aceste elemente sunt deja conectate.</translation>
    </message>
    <message>
        <source>A sequence flow connects events, activities and gateways.</source>
        <translation>Un flux de secvență conectează evenimente, activități și porți.</translation>
    </message>
    <message>
        <source>These elements cannot be connected.</source>
        <translation>Aceste elemente nu pot fi conectate.</translation>
    </message>
    <message>
        <source>Only flows and associations can be reconnected.</source>
        <translation>Doar fluxurile și asocierile pot fi reconectate.</translation>
    </message>
    <message>
        <source>A sequence flow stays inside one pool; between pools draw a message flow.</source>
        <translation>Un flux de secvență rămâne în interiorul unui singur bazin; între bazine desenați un flux de mesaje.</translation>
    </message>
    <message>
        <source>A message flow connects elements of two different pools.</source>
        <translation>Un flux de mesaje conectează elemente din două bazine diferite.</translation>
    </message>
    <message>
        <source>An association joins a text annotation to another element.</source>
        <translation>O asociere leagă o adnotare text de un alt element.</translation>
    </message>
    <message>
        <source>A data association joins an activity to a data object or data store.</source>
        <translation>O asociere de date leagă o activitate de un obiect de date sau de un depozit de date.</translation>
    </message>
</context>
<context>
    <name>ProcessTemplates</name>
    <message>
        <source>Sales</source>
        <translation>Vânzări</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>Gestionarea reclamațiilor</translation>
    </message>
    <message>
        <source>Marketing event</source>
        <translation>Eveniment de marketing</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Atribuire</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation>Editare produs</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>Produs nou</translation>
    </message>
    <message>
        <source>pcs, h, m²…</source>
        <translation>buc., h, m²…</translation>
    </message>
    <message>
        <source>Offered for new line items</source>
        <translation>Oferit pentru poziții noi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>Cod &amp;SKU:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unitate:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preț:</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%):</source>
        <translation>Cotă &amp;TVA (%):</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>&amp;Activ:</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>„%1” nu este un cod de monedă precum EUR sau RON.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a price in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>„%1” nu este un preț în %2 (cel mult %n zecimală).</numerusform>
            <numerusform>„%1” nu este un preț în %2 (cel mult %n zecimale).</numerusform>
            <numerusform>„%1” nu este un preț în %2 (cel mult %n de zecimale).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a tax rate between 0 and 100 % (at most two decimals).</source>
        <translation>„%1” nu este o cotă de TVA între 0 și 100 % (cel mult două zecimale).</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Reading or saving the product failed; nothing was changed.</source>
        <translation>Citirea sau salvarea produsului a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>Un produs are nevoie de un nume.</translation>
    </message>
    <message>
        <source>The product name</source>
        <translation>Numele produsului</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>Codul SKU</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Unitatea</translation>
    </message>
    <message>
        <source>The price of “%1” cannot be negative.</source>
        <translation>Prețul lui „%1” nu poate fi negativ.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation>„%1” nu este un cod de monedă precum EUR sau RON.</translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation>O cotă de TVA este între 0 și 100 %.</translation>
    </message>
    <message>
        <source>Sales managers pick products from the catalogue; a process owner, director or administrator edits it.</source>
        <translation>Managerii de vânzări aleg produse din catalog; un proprietar de proces, un director sau un administrator îl editează.</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>Nu există niciun produs cu id-ul %1.</translation>
    </message>
    <message>
        <source>Another product has the SKU “%1”.</source>
        <translation>Un alt produs are codul SKU „%1”.</translation>
    </message>
</context>
<context>
    <name>ProductSettingsPage</name>
    <message>
        <source>Search name or SKU</source>
        <translation>Caută după nume sau cod SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dezactivează</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produse</translation>
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
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Changes to the catalogue are saved at once. A product is never deleted; an inactive one is no longer offered for new line items.</source>
        <translation>Modificările catalogului se salvează imediat. Un produs nu este niciodată șters; unul inactiv nu mai este oferit pentru poziții noi.</translation>
    </message>
    <message>
        <source>Process owners, directors and administrators edit the catalogue.</source>
        <translation>Proprietarii de proces, directorii și administratorii editează catalogul.</translation>
    </message>
    <message>
        <source>%1 of %2 products shown; search to narrow them.</source>
        <translation>Se afișează %1 din %2 produse; căutați pentru a le restrânge.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>Ac&amp;tivează</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>e.g. ${approved}</source>
        <translation>de ex. ${approved}</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclu</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. P3D</source>
        <translation>ISO 8601, de ex. P3D</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>de ex. Manager de vânzări</translation>
    </message>
    <message>
        <source>No checkpoint</source>
        <translation>Fără termen de control</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> zi(le)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Documentation:</source>
        <translation>&amp;Documentație:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condiție:</translation>
    </message>
    <message>
        <source>&amp;Timer:</source>
        <translation>&amp;Temporizator:</translation>
    </message>
    <message>
        <source>Timer &amp;value:</source>
        <translation>&amp;Valoare temporizator:</translation>
    </message>
    <message>
        <source>Assignee &amp;role:</source>
        <translation>&amp;Rol responsabil:</translation>
    </message>
    <message>
        <source>D&amp;ue in:</source>
        <translation>&amp;Scadență în:</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nimic selectat</translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected</source>
        <translation>
            <numerusform>%n element selectat</numerusform>
            <numerusform>%n elemente selectate</numerusform>
            <numerusform>%n de elemente selectate</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Umplere</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Culoare:</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>Altă culoare…</translation>
    </message>
    <message>
        <source>Fill Colour</source>
        <translation>Culoare de umplere</translation>
    </message>
    <message>
        <source>Line Colour</source>
        <translation>Culoarea liniei</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Mută %n element</numerusform>
            <numerusform>Mută %n elemente</numerusform>
            <numerusform>Mută %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Creează %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectează</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Asociază</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Șterge %n element</numerusform>
            <numerusform>Șterge %n elemente</numerusform>
            <numerusform>Șterge %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>Redenumește în „%1”</translation>
    </message>
    <message>
        <source>Change id to “%1”</source>
        <translation>Schimbă id-ul în „%1”</translation>
    </message>
    <message>
        <source>There is no element “%1”.</source>
        <translation>Nu există niciun element „%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, without spaces.</source>
        <translation>„%1” nu este un id valid: începeți cu o literă sau „_”, apoi folosiți litere, cifre, „_”, „-” sau „.”, fără spații.</translation>
    </message>
    <message>
        <source>The id “%1” is already used by another element.</source>
        <translation>Id-ul „%1” este deja folosit de alt element.</translation>
    </message>
    <message>
        <source>Edit documentation</source>
        <translation>Editează documentația</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Editează condiția</translation>
    </message>
    <message>
        <source>Edit timer</source>
        <translation>Editează temporizatorul</translation>
    </message>
    <message>
        <source>Edit assignee role</source>
        <translation>Editează rolul responsabilului</translation>
    </message>
    <message>
        <source>Edit due time</source>
        <translation>Editează termenul</translation>
    </message>
    <message>
        <source>Bend flow</source>
        <translation>Îndoaie fluxul</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lipește</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectează</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionează</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Adaugă culoar</translation>
    </message>
    <message>
        <source>Connect by message flow</source>
        <translation>Conectează prin flux de mesaje</translation>
    </message>
    <message>
        <source>Associate data</source>
        <translation>Asociază date</translation>
    </message>
    <message>
        <source>Default flow</source>
        <translation>Flux implicit</translation>
    </message>
    <message>
        <source>Conditional flow</source>
        <translation>Flux condițional</translation>
    </message>
    <message>
        <source>Default &amp;Flow</source>
        <translation>Flux &amp;implicit</translation>
    </message>
    <message>
        <source>Taken when no other outgoing flow&apos;s condition holds</source>
        <translation>Urmat atunci când nicio condiție a celorlalte fluxuri de ieșire nu este îndeplinită</translation>
    </message>
    <message>
        <source>C&amp;onditional Flow</source>
        <translation>Flux &amp;condițional</translation>
    </message>
    <message>
        <source>Taken only when its condition holds; write the condition in the properties</source>
        <translation>Urmat doar atunci când condiția sa este îndeplinită; scrieți condiția în proprietăți</translation>
    </message>
    <message>
        <source>Change container</source>
        <translation>Schimbă containerul</translation>
    </message>
    <message>
        <source>Change type to %1</source>
        <translation>Schimbă tipul în %1</translation>
    </message>
    <message>
        <source>Close lane gap</source>
        <translation>Închide golul dintre culoare</translation>
    </message>
    <message>
        <source>Remove the last pool</source>
        <translation>Elimină ultimul bazin</translation>
    </message>
    <message>
        <source>Make space</source>
        <translation>Creează spațiu</translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation>Elimină spațiul</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Implicită</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Albastru</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Portocaliu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Roșu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Set colour</source>
        <translation>Setează culoarea</translation>
    </message>
    <message>
        <source>Place labels</source>
        <translation>Plasează etichetele</translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>company</source>
        <translation>companie</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>oportunitate</translation>
    </message>
    <message>
        <source>“%1” is not a record kind; use contact, company or deal.</source>
        <translation>„%1” nu este un tip de înregistrare; folosiți contact, company sau deal.</translation>
    </message>
    <message>
        <source>Reading the %1 failed.</source>
        <translation>Citirea înregistrării (%1) a eșuat.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Nu există nicio înregistrare de tip %1 cu id-ul %2.</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to “%3” and is not shared with “%4”; a sales manager sees and changes only their own records and those shared with them.</source>
        <translation>Înregistrarea de tip %1 %2 aparține lui „%3” și nu este partajată cu „%4”; un manager de vânzări vede și modifică doar propriile înregistrări și pe cele partajate cu el.</translation>
    </message>
</context>
<context>
    <name>RecordDealsModel</name>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pâlnie</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
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
        <translation>Încă nu există oportunități cu acest contact.</translation>
    </message>
    <message>
        <source>No deals with this company yet.</source>
        <translation>Încă nu există oportunități cu această companie.</translation>
    </message>
    <message>
        <source>+ &amp;Deal</source>
        <translation>+ &amp;Oportunitate</translation>
    </message>
    <message>
        <source>Start a deal with this contact</source>
        <translation>Începe o oportunitate cu acest contact</translation>
    </message>
    <message>
        <source>Start a deal with this company</source>
        <translation>Începe o oportunitate cu această companie</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Oportunități (%1)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type a name, company or e-mail…</source>
        <translation>Tastați un nume, o companie sau un e-mail…</translation>
    </message>
    <message>
        <source>Type a company name…</source>
        <translation>Tastați numele unei companii…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Deschide contactul</translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation>Deschide compania</translation>
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
        <translation>(contactul %1)</translation>
    </message>
    <message>
        <source>(company %1)</source>
        <translation>(compania %1)</translation>
    </message>
</context>
<context>
    <name>RecordTrash</name>
    <message>
        <source>Changing the trash failed; nothing was changed.</source>
        <translation>Modificarea coșului a eșuat; nu s-a modificat nimic.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Da/Nu</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opțiune</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Custom Fields</source>
        <translation>&amp;Câmpuri personalizate</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Implicită a sistemului</translation>
    </message>
    <message>
        <source>The new language applies after restarting Pristriy.</source>
        <translation>Noua limbă se aplică după repornirea Pristriy.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this region. This setting belongs to the database, so everyone using it shares it.</source>
        <translation>Numerele de telefon tastate fără prefix de țară sunt interpretate ca numere din această regiune. Această setare aparține bazei de date, deci toți cei care o folosesc o împart.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Regiunea &amp;implicită pentru telefoane:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companii</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Cheie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opțiuni</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Elimină…</translation>
    </message>
    <message>
        <source>Changes to custom fields are saved at once.</source>
        <translation>Modificările câmpurilor personalizate se salvează imediat.</translation>
    </message>
    <message>
        <source>Fields of:</source>
        <translation>Câmpuri pentru:</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Câmpuri personalizate</translation>
    </message>
    <message>
        <source>Remove Custom Field</source>
        <translation>Eliminare câmp personalizat</translation>
    </message>
    <message>
        <source>Remove the field “%1”? The values stored in it for every record are deleted too.</source>
        <translation>Eliminați câmpul „%1”? Valorile stocate în el pentru fiecare înregistrare sunt și ele șterse.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Reading phone numbers in the new region…</source>
        <translation>Se citesc numerele de telefon în noua regiune…</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>&amp;Pâlnii de vânzări</translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation>P&amp;roduse</translation>
    </message>
    <message>
        <source>&amp;Lost Reasons</source>
        <translation>&amp;Motive de pierdere</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Partajare</translation>
    </message>
    <message>
        <source>The users ticked here see and change this record besides its owner.</source>
        <translation>Utilizatorii bifați aici văd și modifică această înregistrare, pe lângă responsabilul ei.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>This database has no other users to share with; an administrator adds them in Tools › Users.</source>
        <translation>Această bază de date nu are alți utilizatori cu care să partajați; un administrator îi adaugă în Instrumente › Utilizatori.</translation>
    </message>
</context>
<context>
    <name>ShareService</name>
    <message>
        <source>Reading or saving the sharing failed; nothing was changed.</source>
        <translation>Citirea sau salvarea partajării a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Only the owner of the %1 %2 (“%3”) or a director shares it.</source>
        <translation>Doar responsabilul înregistrării de tip %1 %2 („%3”) sau un director o poate partaja.</translation>
    </message>
    <message>
        <source>There is no user “%1” to share with.</source>
        <translation>Nu există niciun utilizator „%1” cu care să partajați.</translation>
    </message>
</context>
<context>
    <name>SideFts</name>
    <message>
        <source>The search index could not be prepared.</source>
        <translation>Indexul de căutare nu a putut fi pregătit.</translation>
    </message>
    <message>
        <source>The search index was not built.</source>
        <translation>Indexul de căutare nu a fost construit.</translation>
    </message>
    <message>
        <source>Building the search index failed.</source>
        <translation>Construirea indexului de căutare a eșuat.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Edit Stage</source>
        <translation>Editare etapă</translation>
    </message>
    <message>
        <source>New Stage</source>
        <translation>Etapă nouă</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Culoare:</translation>
    </message>
    <message>
        <source>&amp;Win probability:</source>
        <translation>&amp;Probabilitate de câștig:</translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation>&amp;Termen de control:</translation>
    </message>
    <message>
        <source>A deal longer in the stage than its checkpoint is marked late on the board.</source>
        <translation>O oportunitate aflată în etapă mai mult decât termenul de control este marcată ca întârziată pe panou.</translation>
    </message>
    <message>
        <source>Stage Colour</source>
        <translation>Culoarea etapei</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Sarcină nouă</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce trebuie făcut</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Te&amp;rmen:</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>La momentul termenului</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>Cu 15 minute înainte</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>Cu 1 oră înainte</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>Cu 1 zi înainte</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descriere:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritate:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Memento:</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Reading or saving the task failed; nothing was changed.</source>
        <translation>Citirea sau salvarea sarcinii a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation>Nu există nicio sarcină cu id-ul %1.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>O sarcină are nevoie de un titlu.</translation>
    </message>
    <message>
        <source>The task&apos;s title</source>
        <translation>Titlul sarcinii</translation>
    </message>
    <message>
        <source>The task&apos;s description</source>
        <translation>Descrierea sarcinii</translation>
    </message>
    <message>
        <source>A task&apos;s priority is 0 (low), 1 (normal) or 2 (high), not %1.</source>
        <translation>Prioritatea unei sarcini este 0 (scăzută), 1 (normală) sau 2 (ridicată), nu %1.</translation>
    </message>
    <message>
        <source>The reminder of “%1” is more than a day after its due time.</source>
        <translation>Mementoul pentru „%1” este la mai mult de o zi după termenul sarcinii.</translation>
    </message>
    <message>
        <source>The task %1 is assigned to “%2”; a sales manager sees and changes only their own tasks and those of records they may see.</source>
        <translation>Sarcina %1 este atribuită lui „%2”; un manager de vânzări vede și modifică doar propriile sarcini și pe cele ale înregistrărilor pe care le poate vedea.</translation>
    </message>
    <message>
        <source>A sales manager assigns tasks to themselves, not to “%1”.</source>
        <translation>Un manager de vânzări își atribuie sarcini sieși, nu lui „%1”.</translation>
    </message>
    <message>
        <source>There is no active user “%1” to assign the task to.</source>
        <translation>Nu există niciun utilizator activ „%1” căruia să i se atribuie sarcina.</translation>
    </message>
    <message>
        <source>A sales manager cannot hand a task to “%1”; a director can.</source>
        <translation>Un manager de vânzări nu poate preda o sarcină lui „%1”; un director poate.</translation>
    </message>
    <message>
        <source>A task list needs a limit of at least 1.</source>
        <translation>O listă de sarcini are nevoie de o limită de cel puțin 1.</translation>
    </message>
    <message>
        <source>A sales manager sees their own tasks, not those of “%1”.</source>
        <translation>Un manager de vânzări își vede propriile sarcini, nu pe cele ale lui „%1”.</translation>
    </message>
    <message>
        <source>The reminder of task %1 is for “%2”.</source>
        <translation>Mementoul sarcinii %1 este pentru „%2”.</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1: textul este prea lung (%2 caractere; cel mult %3).</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), which cannot be stored.</source>
        <translation>%1: textul conține un caracter de control (U+%2), care nu poate fi stocat.</translation>
    </message>
    <message>
        <source>%1 contains bytes that are not valid UTF-8 text (shown as U+FFFD). Check the encoding of the file or terminal it came from and type it again.</source>
        <translation>%1: textul conține octeți care nu sunt text UTF-8 valid (afișați ca U+FFFD). Verificați codificarea fișierului sau a terminalului din care provine și tastați-l din nou.</translation>
    </message>
    <message>
        <source>%1 has no visible characters (only spaces or zero-width characters). Type a name one can read.</source>
        <translation>%1: textul nu are caractere vizibile (doar spații sau caractere de lățime zero). Introduceți un nume care poate fi citit.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Reading the timeline failed.</source>
        <translation>Citirea cronologiei a eșuat.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <source>Line items changed (%1)</source>
        <translation>Poziții modificate (%1)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificat</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modificat: %1</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Partajat cu %1</translation>
    </message>
    <message>
        <source>No longer shared with %1</source>
        <translation>Nu mai este partajat cu %1</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Mutat în coș</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Restaurat din coș</translation>
    </message>
    <message>
        <source>A timeline page needs an offset of 0 or more and a limit of 1 or more.</source>
        <translation>O pagină a cronologiei are nevoie de un offset de 0 sau mai mare și de o limită de 1 sau mai mare.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Sarcină finalizată: %1</translation>
    </message>
    <message>
        <source>Task cancelled: %1</source>
        <translation>Sarcină anulată: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Sarcină: %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termen %1</translation>
    </message>
    <message>
        <source>Due %1 — %2</source>
        <translation>Termen %1 — %2</translation>
    </message>
    <message>
        <source>Missed incoming call %1</source>
        <translation>Apel primit nepreluat %1</translation>
    </message>
    <message>
        <source>Unanswered outgoing call %1</source>
        <translation>Apel efectuat fără răspuns %1</translation>
    </message>
    <message>
        <source>Incoming call %1, %2</source>
        <translation>Apel primit %1, %2</translation>
    </message>
    <message>
        <source>Outgoing call %1, %2</source>
        <translation>Apel efectuat %1, %2</translation>
    </message>
    <message>
        <source>Placed in stage %1</source>
        <translation>Plasată în etapa %1</translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation>Etapă: %1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or locked by another program; nothing was changed. Try again in a moment.</source>
        <translation>Baza de date este ocupată sau blocată de alt program; nu s-a modificat nimic. Încercați din nou peste un moment.</translation>
    </message>
    <message>
        <source>No transaction.</source>
        <translation>Nicio tranzacție.</translation>
    </message>
    <message>
        <source>Saving the change failed; nothing was changed.</source>
        <translation>Salvarea modificării a eșuat; nu s-a modificat nimic.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>There are no contacts in the trash.</source>
        <translation>Nu există contacte în coș.</translation>
    </message>
    <message>
        <source>There are no companies in the trash.</source>
        <translation>Nu există companii în coș.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurează</translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation>Readuce înregistrările selectate acolo unde erau</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>Șterge &amp;definitiv…</translation>
    </message>
    <message>
        <source>Delete the selected records for good; this cannot be undone</source>
        <translation>Șterge definitiv înregistrările selectate; acțiunea nu poate fi anulată</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți definitiv %n contact? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n contacte? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n de contacte? Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s) permanently? Their contacts stay, without a company. This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți definitiv %n companie? Contactele ei rămân, fără companie. Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n companii? Contactele lor rămân, fără companie. Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n de companii? Contactele lor rămân, fără companie. Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Șterge definitiv</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacte (%1)</translation>
    </message>
    <message>
        <source>Companies (%1)</source>
        <translation>Companii (%1)</translation>
    </message>
    <message>
        <source>There are no deals in the trash.</source>
        <translation>Nu există oportunități în coș.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s) permanently, with their tasks, calls, line items, notes and stage history? This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți definitiv %n oportunitate, cu sarcinile, apelurile, pozițiile, notele și istoricul etapelor? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n oportunități, cu sarcinile, apelurile, pozițiile, notele și istoricul etapelor? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n de oportunități, cu sarcinile, apelurile, pozițiile, notele și istoricul etapelor? Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Oportunități (%1)</translation>
    </message>
</context>
<context>
    <name>UpdateMembershipCommand</name>
    <message>
        <source>A collapsed pool has no process: elements cannot go into it.</source>
        <translation>Un bazin restrâns nu are proces: elementele nu pot fi plasate în el.</translation>
    </message>
    <message>
        <source>A boundary event stays on the border of a task or sub-process.</source>
        <translation>Un eveniment de graniță rămâne pe marginea unei sarcini sau a unui subproces.</translation>
    </message>
    <message>
        <source>A sequence flow cannot cross the border of a sub-process or pool: move the connected elements together, or remove the flow first.</source>
        <translation>Un flux de secvență nu poate traversa marginea unui subproces sau a unui bazin: mutați elementele conectate împreună sau eliminați mai întâi fluxul.</translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <source>Who Is Working?</source>
        <translation>Cine lucrează?</translation>
    </message>
    <message>
        <source>This database has several users. Choose yours: your changes are recorded under it and its role decides what you may see and change.</source>
        <translation>Această bază de date are mai mulți utilizatori. Alegeți-l pe al dvs.: modificările dvs. sunt înregistrate sub acest nume, iar rolul său decide ce puteți vedea și modifica.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Pornește</translation>
    </message>
    <message>
        <source>sales manager</source>
        <translation>manager de vânzări</translation>
    </message>
    <message>
        <source>process owner</source>
        <translation>proprietar de proces</translation>
    </message>
    <message>
        <source>director</source>
        <translation>director</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Unknown User</source>
        <translation>Utilizator necunoscut</translation>
    </message>
    <message>
        <source>“%1” is not an active user of %2.</source>
        <translation>„%1” nu este un utilizator activ în %2.</translation>
    </message>
    <message>
        <source>Starting as this user needs its password.</source>
        <translation>Pornirea ca acest utilizator cere parola sa.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Se verifică parola…</translation>
    </message>
    <message>
        <source>Wrong password for “%1”. Try again.</source>
        <translation>Parolă greșită pentru „%1”. Încercați din nou.</translation>
    </message>
    <message>
        <source>You may try the password of “%1” again.</source>
        <translation>Puteți încerca din nou parola lui „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for “%1”. Try again in %n second(s).</source>
        <translation>
            <numerusform>Prea multe parole greșite pentru „%1”. Încercați din nou peste %n secundă.</numerusform>
            <numerusform>Prea multe parole greșite pentru „%1”. Încercați din nou peste %n secunde.</numerusform>
            <numerusform>Prea multe parole greșite pentru „%1”. Încercați din nou peste %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your login “%1” is disabled in this database; an administrator can enable it.</source>
        <translation>Numele dvs. de autentificare „%1” este dezactivat în această bază de date; un administrator îl poate activa.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>O parolă are nevoie de cel puțin %n caracter.</numerusform>
            <numerusform>O parolă are nevoie de cel puțin %n caractere.</numerusform>
            <numerusform>O parolă are nevoie de cel puțin %n de caractere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Adaugă utilizator</translation>
    </message>
    <message>
        <source>Edit User “%1”</source>
        <translation>Editează utilizatorul „%1”</translation>
    </message>
    <message>
        <source>e.g. ana.popescu</source>
        <translation>de ex. ana.popescu</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Nume utilizator:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nume &amp;complet:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opțional</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>R&amp;epetați-o:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adaugă</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>A user needs a login.</source>
        <translation>Un utilizator are nevoie de un nume de autentificare.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Reading or saving users failed; nothing was changed.</source>
        <translation>Citirea sau salvarea utilizatorilor a eșuat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Nu există niciun utilizator „%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database; an administrator can add them.</source>
        <translation>„%1” nu este un utilizator al acestei baze de date; un administrator îl poate adăuga.</translation>
    </message>
    <message>
        <source>Only an administrator manages users; “%1” is not one.</source>
        <translation>Doar un administrator gestionează utilizatorii; „%1” nu este unul dintre ei.</translation>
    </message>
    <message>
        <source>A user needs a login.</source>
        <translation>Un utilizator are nevoie de un nume de autentificare.</translation>
    </message>
    <message>
        <source>The login</source>
        <translation>Numele de autentificare</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Numele</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>Există deja un utilizator „%1”.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Nu există niciun utilizator cu id-ul %1.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>O parolă are nevoie de cel puțin %n caracter.</numerusform>
            <numerusform>O parolă are nevoie de cel puțin %n caractere.</numerusform>
            <numerusform>O parolă are nevoie de cel puțin %n de caractere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password has at most %n character(s).</source>
        <translation>
            <numerusform>O parolă are cel mult %n caracter.</numerusform>
            <numerusform>O parolă are cel mult %n caractere.</numerusform>
            <numerusform>O parolă are cel mult %n de caractere.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password cannot contain a line break or a NUL character.</source>
        <translation>O parolă nu poate conține un sfârșit de rând sau caracterul NUL.</translation>
    </message>
    <message>
        <source>The user “%1” is disabled; an administrator can enable them.</source>
        <translation>Utilizatorul „%1” este dezactivat; un administrator îl poate activa.</translation>
    </message>
    <message>
        <source>“%1” is the last active administrator and must stay one; make another user an administrator first.</source>
        <translation>„%1” este ultimul administrator activ și trebuie să rămână; faceți mai întâi alt utilizator administrator.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?); no user was added.</source>
        <translation>Parola nu a putut fi criptată (memorie insuficientă?); niciun utilizator nu a fost adăugat.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation>Nu vă puteți dezactiva singur; alt administrator poate.</translation>
    </message>
    <message>
        <source>An absence needs the time it begins and the time it ends.</source>
        <translation>O absență are nevoie de momentul de început și de cel de sfârșit.</translation>
    </message>
    <message>
        <source>The absence would end (%1) before it begins (%2).</source>
        <translation>Absența s-ar încheia (%1) înainte să înceapă (%2).</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?); nothing was changed.</source>
        <translation>Parola nu a putut fi criptată (memorie insuficientă?); nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database.</source>
        <translation>„%1” nu este utilizator al acestei baze de date.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Sales manager</source>
        <translation>Manager de vânzări</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Proprietar de proces</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Dezactivat</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setată</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>Without a password anybody may start as this user.</source>
        <translation>Fără parolă, oricine poate porni ca acest utilizator.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nume utilizator</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nume complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>Only administrators change users; you may set your own password.</source>
        <translation>Doar administratorii modifică utilizatorii; vă puteți seta propria parolă.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Dezactivează</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>&amp;Parolă…</translation>
    </message>
    <message>
        <source>A&amp;way…</source>
        <translation>A&amp;bsență…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ctivează</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation>Nu vă puteți dezactiva singur; alt administrator poate.</translation>
    </message>
    <message>
        <source>No password protects %1: anybody may start as them and see or change all that their role allows. Select each and choose Password…</source>
        <translation>Nicio parolă nu îi protejează pe %1: oricine poate porni ca ei și vedea sau modifica tot ce le permite rolul. Selectați-i pe rând și alegeți Parolă…</translation>
    </message>
    <message>
        <source>Cannot Add the User</source>
        <translation>Utilizatorul nu poate fi adăugat</translation>
    </message>
    <message>
        <source>Cannot Set the Password</source>
        <translation>Parola nu poate fi setată</translation>
    </message>
    <message>
        <source>Saving the password of “%1”…</source>
        <translation>Se salvează parola lui „%1”…</translation>
    </message>
    <message>
        <source>Give Up Administration?</source>
        <translation>Renunțați la administrare?</translation>
    </message>
    <message>
        <source>As a %1 you will no longer manage users, here or in the command line.</source>
        <translation>Ca %1 nu veți mai gestiona utilizatorii, nici aici, nici în linia de comandă.</translation>
    </message>
    <message>
        <source>&amp;Change My Role</source>
        <translation>S&amp;chimbă-mi rolul</translation>
    </message>
    <message>
        <source>Cannot Change the User</source>
        <translation>Utilizatorul nu poate fi modificat</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Dezactivează utilizatorul</translation>
    </message>
    <message>
        <source>“%1” will no longer be able to start Pristriy or act in the command line. Their records stay; enabling them again gives everything back.</source>
        <translation>„%1” nu va mai putea porni Pristriy și nici acționa în linia de comandă. Înregistrările sale rămân; reactivarea redă totul.</translation>
    </message>
    <message>
        <source>Cannot Disable the User</source>
        <translation>Utilizatorul nu poate fi dezactivat</translation>
    </message>
    <message>
        <source>Cannot Enable the User</source>
        <translation>Utilizatorul nu poate fi activat</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Elimină parola</translation>
    </message>
    <message>
        <source>Anybody will be able to start as “%1” without a password.</source>
        <translation>Oricine va putea porni ca „%1” fără parolă.</translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation>&amp;Elimină parola</translation>
    </message>
    <message>
        <source>Cannot Remove the Password</source>
        <translation>Parola nu poate fi eliminată</translation>
    </message>
    <message>
        <source>Cannot Change the Absence</source>
        <translation>Absența nu poate fi modificată</translation>
    </message>
</context>
<context>
    <name>bpmn</name>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Fișierul nu este un XML bine format: %1</translation>
    </message>
    <message>
        <source>The file is not XML: %1</source>
        <translation>Fișierul nu este XML: %1</translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep</source>
        <translation>elementele sunt imbricate pe mai mult de %1 niveluri</translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation>Fișierul nu conține niciun element XML.</translation>
    </message>
    <message>
        <source>This is not a BPMN 2.0 file: the root element is &lt;%1&gt; in namespace &quot;%2&quot;, expected &lt;definitions&gt; in namespace &quot;%3&quot;.</source>
        <translation>Acesta nu este un fișier BPMN 2.0: elementul rădăcină este &lt;%1&gt; în spațiul de nume &quot;%2&quot;, se aștepta &lt;definitions&gt; în spațiul de nume &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>Duplicate id &quot;%1&quot;: already used by &lt;%2&gt; at line %3, column %4.</source>
        <translation>Id duplicat &quot;%1&quot;: deja folosit de &lt;%2&gt; la linia %3, coloana %4.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers with %2 to &quot;%3&quot;, which does not exist.</source>
        <translation>&lt;%1&gt; face referire prin %2 la &quot;%3&quot;, care nu există.</translation>
    </message>
    <message>
        <source>Edge &quot;%1&quot; has fewer than two waypoints and cannot be drawn.</source>
        <translation>Muchia &quot;%1&quot; are mai puțin de două puncte de trecere și nu poate fi desenată.</translation>
    </message>
    <message>
        <source>Shape &quot;%1&quot; has no bounds and cannot be drawn.</source>
        <translation>Forma &quot;%1&quot; nu are limite și nu poate fi desenată.</translation>
    </message>
    <message>
        <source>Cannot write the BPMN file: %1</source>
        <translation>Fișierul BPMN nu poate fi scris: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 nu poate fi creat: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 nu poate fi salvat: %2</translation>
    </message>
    <message>
        <source>The start event of a sub-process must be blank (no event definition).</source>
        <translation>Evenimentul de start al unui subproces trebuie să fie simplu (fără definiție de eveniment).</translation>
    </message>
    <message>
        <source>The sub-process has no start event.</source>
        <translation>Subprocesul nu are eveniment de start.</translation>
    </message>
    <message>
        <source>The process has no start event.</source>
        <translation>Procesul nu are eveniment de start.</translation>
    </message>
    <message>
        <source>The sub-process has no end event.</source>
        <translation>Subprocesul nu are eveniment final.</translation>
    </message>
    <message>
        <source>The process has no end event.</source>
        <translation>Procesul nu are eveniment final.</translation>
    </message>
    <message>
        <source>The sub-process has more than one blank start event.</source>
        <translation>Subprocesul are mai mult de un eveniment de start simplu.</translation>
    </message>
    <message>
        <source>The process has more than one blank start event.</source>
        <translation>Procesul are mai mult de un eveniment de start simplu.</translation>
    </message>
    <message>
        <source>The element is not connected to any sequence flow.</source>
        <translation>Elementul nu este conectat la niciun flux de secvență.</translation>
    </message>
    <message>
        <source>The flow splits implicitly; model the split with a gateway.</source>
        <translation>Fluxul se ramifică implicit; modelați ramificarea cu o poartă.</translation>
    </message>
    <message>
        <source>Several flows enter the element but it does not join them; use a joining gateway.</source>
        <translation>Mai multe fluxuri intră în element, dar acesta nu le unește; folosiți o poartă de unire.</translation>
    </message>
    <message>
        <source>Several flows enter the activity and are joined implicitly; use a joining gateway.</source>
        <translation>Mai multe fluxuri intră în activitate și sunt unite implicit; folosiți o poartă de unire.</translation>
    </message>
    <message>
        <source>The event has more than one event definition.</source>
        <translation>Evenimentul are mai mult de o definiție de eveniment.</translation>
    </message>
    <message>
        <source>The gateway is superfluous: it has only one incoming and one outgoing flow.</source>
        <translation>Poarta este de prisos: are un singur flux de intrare și un singur flux de ieșire.</translation>
    </message>
    <message>
        <source>The gateway both joins and forks.</source>
        <translation>Poarta atât unește, cât și ramifică.</translation>
    </message>
    <message>
        <source>The element has no label.</source>
        <translation>Elementul nu are etichetă.</translation>
    </message>
    <message>
        <source>The sequence flow has no condition and is not the default flow.</source>
        <translation>Fluxul de secvență nu are condiție și nu este fluxul implicit.</translation>
    </message>
    <message>
        <source>The sequence flow is a duplicate.</source>
        <translation>Fluxul de secvență este un duplicat.</translation>
    </message>
    <message>
        <source>The element has duplicate outgoing sequence flows.</source>
        <translation>Elementul are fluxuri de secvență de ieșire duplicate.</translation>
    </message>
    <message>
        <source>The element has duplicate incoming sequence flows.</source>
        <translation>Elementul are fluxuri de secvență de intrare duplicate.</translation>
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
        <translation>Utilizare: pristriy-cli bpmn validate FIȘIER
           pristriy-cli bpmn convert IN OUT
           pristriy-cli bpmn render IN OUT [--diagram ID]

render desenează diagramele din IN ca PNG, SVG sau PDF, după
sufixul lui OUT. Un PDF primește câte o pagină pentru fiecare diagramă. Pentru PNG și SVG
prima diagramă merge în OUT, iar fiecare dintre celelalte în OUT-DIAGRAMID.png
(sau .svg) alături. --diagram ID desenează doar acea diagramă, în OUT.
</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 was not converted; %2 is unchanged.</source>
        <translation>pristriy-cli: %1 nu a fost convertit; %2 nu a fost modificat.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1</source>
        <translation>pristriy-cli: %1</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot draw %1.</source>
        <translation>pristriy-cli: %1 nu poate fi desenat.</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot write %1: %2</source>
        <translation>pristriy-cli: %1 nu poate fi scris: %2</translation>
    </message>
    <message>
        <source>pristriy-cli: cannot tell the picture format of %1; name it .png, .svg or .pdf.</source>
        <translation>pristriy-cli: formatul imaginii %1 nu poate fi determinat; denumiți-o .png, .svg sau .pdf.</translation>
    </message>
    <message>
        <source>pristriy-cli: drawing needs a graphical application object.</source>
        <translation>pristriy-cli: desenarea necesită un obiect de aplicație grafică.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 was not drawn; %2 is unchanged.</source>
        <translation>pristriy-cli: %1 nu a fost desenat; %2 nu a fost modificat.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 has no diagram (BPMN DI) to draw.</source>
        <translation>pristriy-cli: %1 nu are nicio diagramă (BPMN DI) de desenat.</translation>
    </message>
    <message>
        <source>pristriy-cli: %1 has no diagram &quot;%2&quot;; its diagrams: %3.</source>
        <translation>pristriy-cli: %1 nu are diagrama &quot;%2&quot;; diagramele sale: %3.</translation>
    </message>
    <message>
        <source>pristriy-cli: wrong arguments for bpmn render.</source>
        <translation>pristriy-cli: argumente greșite pentru bpmn render.</translation>
    </message>
    <message>
        <source>pristriy-cli: wrong number of arguments for bpmn %1.</source>
        <translation>pristriy-cli: număr greșit de argumente pentru bpmn %1.</translation>
    </message>
    <message>
        <source>pristriy-cli: unknown bpmn command &quot;%1&quot;.</source>
        <translation>pristriy-cli: comandă bpmn necunoscută &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db are nevoie de un nume de fișier.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opțiune necunoscută %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>comandă necunoscută %1</translation>
    </message>
    <message>
        <source>--now needs a time.</source>
        <translation>--now are nevoie de un moment de timp.</translation>
    </message>
    <message>
        <source>--now expects an ISO-8601 time with Z or an offset, or a date, not “%1”.</source>
        <translation>--now așteaptă un moment ISO-8601 cu Z sau cu decalaj, ori o dată, nu „%1”.</translation>
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
        <translation>Utilizare: pristriy-cli [--db FILE] [--now TIME] COMMAND ...

Comenzi:
  demo --contacts N [--companies M] [--seed S] [--language en|ro|ru|uk]
                                                 umple baza de date cu date demonstrative
  demo --deals N [--products P] [--users U] [--contacts N] [--seed S] [--language L]
                                                 oportunități, produse, hărți de proces și
                                                 utilizatori demo (U manageri de vânzări); nume în limba L
  contacts count                                 numărul de contacte
  contacts add --given-name G --family-name F [--email E]... [--phone P]... [--company NAME]
                                                 adaugă un contact, afișează id-ul
  contacts search TEXT [--limit N] [--format json|csv]
                                                 caută contacte ca în caseta de căutare
  deals count [--pipeline NAME] [--stage NAME] [--owner LOGIN]
  deals list [--pipeline NAME] [--stage NAME] [--owner LOGIN] [--limit N] [--format json|csv]
  deals move ID STAGE [--reason LOST-REASON]     mută o oportunitate într-o etapă a pâlniei
  deals delete ID...                             mută oportunități în coș, cu sarcini și apeluri
  deals restore ID...                            readuce oportunități din coș
  tasks list [--overdue] [--assignee LOGIN] [--limit N] [--format json|csv]
                                                 sarcini deschise după termen (implicit: ale dvs.)
  users list [--format json|csv]                 utilizatorii, rolurile, absențele, cine are parolă
  users add LOGIN [--name &quot;FULL NAME&quot;] [--role ROLE]
                                                 adaugă un utilizator (ROLE: sales_manager, process_owner,
                                                 director sau administrator; implicit sales_manager)
  users set-name LOGIN &quot;FULL NAME&quot;
  users set-role LOGIN ROLE
  users disable LOGIN | users enable LOGIN       un utilizator dezactivat nu poate porni sau acționa
  users away LOGIN [--from TIME] --to TIME       o absență (datele includ ziua lor; --from:
                                                 acum); users away LOGIN --clear o încheie
  users available LOGIN [--at TIME]              true dacă e activ și nu e absent (la --now)
  users set-password LOGIN                       parola nouă se citește de la intrarea standard
  users clear-password LOGIN                     utilizatorul pornește din nou fără parolă
  report funnel --pipeline NAME [--mode current|reached] [--from DATE] [--to DATE]
      [--period created|entered] [--owner LOGIN]... [--source S]... [--format json|csv]
                                                 pâlnia: oportunități, sumă, conversie pe etapă
  check [--full]                                 verifică fișierul bazei de date (quick_check din SQLite;
                                                 --full: integrity_check, mai lent); ieșire 1 dacă e deteriorat
  bpmn validate FILE                             verifică un fișier BPMN
  bpmn convert IN OUT                            citește un fișier BPMN și îl scrie din nou
  bpmn render IN OUT [--diagram ID]              desenează diagramele ca .png, .svg sau .pdf

Opțiuni:
  --db FILE      baza de date (implicit: %1); dacă lipsește, se creează
  --now TIME     momentul rulării comenzii, ISO-8601 cu Z sau decalaj, ori o dată (UTC)
  --as LOGIN     (după deals, tasks, report sau users) acționează ca acel utilizator; implicit:
                 utilizatorul sistemului. Un utilizator cu parolă o cere: --password-file FILE (primul rând)
                 sau variabila de mediu PRISTRIY_PASSWORD; într-un terminal este cerută
  --help         acest text
  --version      versiunea
</translation>
    </message>
    <message>
        <source>--db was given an empty file name; name the database file, or leave --db out to use the default database.</source>
        <translation>--db a primit un nume de fișier gol; indicați fișierul bazei de date sau omiteți --db pentru a folosi baza de date implicită.</translation>
    </message>
</context>
</TS>
