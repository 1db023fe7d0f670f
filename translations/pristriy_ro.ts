<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pristriy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pristriy %1&lt;/h3&gt;&lt;p&gt;A desktop CRM that puts your company&apos;s business processes on screen: contacts, companies, pipelines and route maps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelListEditor</name>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: choose one or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+40 721 234 567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelStore</name>
    <message>
        <source>Saving e-mails and phones failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts work here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Show only the companies of this industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies in the industry “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies yet.
Use File › New Company to add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>Saving the company failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Start typing to pick a company; a new name creates one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website, fair, referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Show only the contacts of this owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the contacts from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the contacts with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Saving the contact failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a given name or a family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company of this contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is in the trash; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <source>New Company Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What users see, e.g. Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stable name used by import, export and the command line; it cannot be changed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated, e.g. small, medium, large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldEditors</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldService</name>
    <message>
        <source>Saving custom fields failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields belong to contacts or companies, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” must start with a letter and have only lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field “%1” needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice field “%1” needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a custom field with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” expects a number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” expects a date (YYYY-MM-DD), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” expects yes or no, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices of “%2”: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no custom field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Pristriy database. Choose another file; this one was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup (Pristriy keeps one beside it before each upgrade); the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close the other program (or wait for it to finish) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pristriy cannot write to %1. Check that the file and its folder are writable, or copy the file somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pristriy cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pristriy database (it is not an SQLite file). Choose another file; this one was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (it is shorter than its header says). Restore it from a backup; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be switched to write-ahead logging; another program may hold it open. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Give the path of a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is). Pristriy needs to write to it: copy it to a writable folder or change its permissions. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the new database. Choose another location with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Pristriy&apos;s. Choose another file; this one was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Pristriy (schema %2; this version reads up to %3). Update Pristriy to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading %1, Pristriy could not save a backup copy to %2, so it did not upgrade. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2. Choose another location with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy made before the upgrade is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pristriy databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another database file, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealBoardModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealBoardPage</name>
    <message>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealColumnModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Responsabil</translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealColumnView</name>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealGenerator</name>
    <message>
        <source>Demo deals need a pipeline with stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo users failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo users failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo products failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo products failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo deals failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo deals failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of deals and products cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo deals need between 1 and 10000 sales managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Reading or saving the deal failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probability is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager sees and changes only their own deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales manager creates deals of their own, not of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new deal starts in an open stage of its pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales manager cannot give a deal away; a director can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage “%1” is not in the deal&apos;s pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line item “%1” needs a quantity above 0, a discount between 0 and 100 % and a total that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line items add up to more than can be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Preparing the demo data failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo companies failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo contacts failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <source>Creating a demo database with %1 contacts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Recording the change (%1) failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Pristriy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Compan&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pristriy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Pristriy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Process Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Move of Deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of the database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database from schema %1 to %2 failed at step %3 (%4). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneReindex</name>
    <message>
        <source>“%1” is not a region phone numbers know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the phone region was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>Reading or saving the pipeline failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage colour is written #rrggbb, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A win probability is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint is a number of days, 1 or more (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits pipelines; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline already has a stage “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new order must list every open stage of the pipeline once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won and Lost close every pipeline; they cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” still has %n deal(s); move them first or choose the stage they move to.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The deals of a deleted stage move to another stage of the same pipeline (not Lost, which needs a reason for each).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTrash</name>
    <message>
        <source>Changing the trash failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies after restarting Pristriy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this region. This setting belongs to the database, so everyone using it shares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to custom fields are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Custom Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the field “%1”? The values stored in it for every record are deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading phone numbers in the new region…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), which cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or locked by another program; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>There are no contacts in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no companies in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected records back where they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected records for good; this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s) permanently? Their contacts stay, without a company. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Reading or saving users failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user of this database; an administrator can add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user “%1” is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages users; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bpmn</name>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no XML element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a BPMN 2.0 file: the root element is &lt;%1&gt; in namespace &quot;%2&quot;, expected &lt;definitions&gt; in namespace &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate id &quot;%1&quot;: already used by &lt;%2&gt; at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers with %2 to &quot;%3&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge &quot;%1&quot; has fewer than two waypoints and cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape &quot;%1&quot; has no bounds and cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the BPMN file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start event of a sub-process must be blank (no event definition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-process has no start event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has no start event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-process has no end event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has no end event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-process has more than one blank start event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has more than one blank start event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element is not connected to any sequence flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow splits implicitly; model the split with a gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several flows enter the element but it does not join them; use a joining gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several flows enter the activity and are joined implicitly; use a joining gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has more than one event definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is superfluous: it has only one incoming and one outgoing flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway both joins and forks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence flow has no condition and is not the default flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence flow is a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element has duplicate outgoing sequence flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element has duplicate incoming sequence flows.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: %1 was not converted; %2 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: cannot draw %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: cannot tell the picture format of %1; name it .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: drawing needs a graphical application object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: %1 was not drawn; %2 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: %1 has no diagram (BPMN DI) to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: %1 has no diagram &quot;%2&quot;; its diagrams: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: wrong arguments for bpmn render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: wrong number of arguments for bpmn %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pristriy-cli: unknown bpmn command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pristriy-cli [--db FILE] COMMAND ...

Commands:
  demo --contacts N [--companies M] [--seed S]   fill the database with demo data
  demo --deals N [--products P] [--users U] [--contacts N] [--seed S]
                                                 demo deals, products and users (U sales managers)
  contacts count                                 the number of contacts
  contacts add --given-name G --family-name F [--email E]... [--phone P]... [--company NAME]
                                                 add a contact, print its id
  contacts search TEXT [--limit N] [--format json|csv]
                                                 find contacts as the search box does
  deals count [--pipeline NAME] [--stage NAME] [--owner LOGIN]
  deals list [--pipeline NAME] [--stage NAME] [--owner LOGIN] [--limit N] [--format json|csv]
  deals move ID STAGE [--reason LOST-REASON]     move a deal to a stage of its pipeline
  users list [--format json|csv]                 the users and their roles
  bpmn validate FILE                             check a BPMN file
  bpmn convert IN OUT                            read a BPMN file and write it again
  bpmn render IN OUT [--diagram ID]              draw the diagrams as .png, .svg or .pdf

Options:
  --db FILE      the database (default: %1); a new file is created
  --as LOGIN     (after deals or users) act as that user; default: the system user
  --help         this text
  --version      the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs the login of a user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
