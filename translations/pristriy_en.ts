<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>ActivityGenerator</name>
    <message>
        <source>Preparing the demo tasks and calls failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo tasks and calls failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first; then tasks, calls and notes can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed, incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered, outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other users see and change this record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Absence of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While away, “%1” is shown as away and counts as unavailable when work is handed out. Both days are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AxisScale</name>
    <message>
        <source>%1 K</source>
        <comment>thousands, shortened: 20 K</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions, shortened: 60 M</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>billions (thousands of millions), shortened: 2 B</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+40 721 234 567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>Reading or saving the call failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call needs a phone number or the contact or company it was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call cannot last less than 0 seconds (%1 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missed call has no duration (%1 s given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call cannot start in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales manager records their own calls, not those of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call %1 was taken by “%2”; a sales manager sees only their own calls and those of records they may see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeTypeCommand</name>
    <message>
        <source>This element cannot become one of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element is already of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event sub-process has no sequence flows: remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start event takes no incoming sequence flow: remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence flow may leave an end event: remove it first.</source>
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
    <name>CliContext</name>
    <message>
        <source>--password-file needs the name of a file holding the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file goes with --as LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs the login of a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of “%1”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a password: give it in the environment variable PRISTRIY_PASSWORD or in a file with --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for “%1”; after %n wrong password(s) in a row the next try waits until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords for “%1”: try again in %n second(s).</source>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Show only the contacts of the owners with this name</source>
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
    <name>CreateElementCommand</name>
    <message>
        <source>This diagram has no process to add elements to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the lane into a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes are added to a pool or next to a lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary event goes on the border of a task or sub-process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pool is collapsed: it has no process to add elements to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the element into a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pool is collapsed: it has no process to hold lanes.</source>
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
    <message>
        <source>Custom fields belong to contacts, companies or deals, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardBarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Click to list these deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count each deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the stage it is &amp;in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current: every deal once, in its stage today; Won and Lost are bands too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in every stage it has &amp;reached (conversion funnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: a deal counts in the furthest stage it has ever reached and in every stage before it, so no band is wider than the one above. A lost deal has reached the stage it was lost in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered their stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which date of a deal the period applies to: when it was created, or when it entered the stage it is in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals &amp;that were:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: conversion and time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lost deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost deals by the stage they were lost in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dashboard as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dashboard as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dashboard as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Stages Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Managers Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Lost &amp;Reasons as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Revenue by &amp;Month as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln owner(s)</source>
        <translation>
            <numerusform>%Ln owner</numerusform>
            <numerusform>%Ln owners</numerusform>
        </translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Now in stage:&lt;/b&gt; every deal once, in the stage it is in today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reached stage:&lt;/b&gt; a deal counts in the furthest stage it has ever reached and in every stage before it; a lost deal has reached the stage it was lost in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate (won of closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other currency(s), see the tooltip</source>
        <translation>
            <numerusform>and %Ln other currency, see the tooltip</numerusform>
            <numerusform>and %Ln other currencies, see the tooltip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), %1</source>
        <translation>
            <numerusform>%Ln deal, %1</numerusform>
            <numerusform>%Ln deals, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue won by month, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deals of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — in it now (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reached it or went further (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost while in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent time in %1 and moved on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s), counted in %1 ms</source>
        <translation>
            <numerusform>%Ln deal, counted in %1 ms</numerusform>
            <numerusform>%Ln deals, counted in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales manager&apos;s dashboard counts their own deals only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal matches these filters. Widen the period or choose other owners or another source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You own no deals in the pipeline “%1” yet. Deals you add in the Deals area (Ctrl+3) are counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals in the pipeline “%1” yet. Deals added in the Deals area (Ctrl+3) are counted here.</source>
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
    <message>
        <source>The database %1 is damaged (%2); Pristriy did not change it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left half-written by a program that stopped (its journal %2 is still there), and Pristriy cannot tell whether it is one of its databases without finishing that program&apos;s work. Open it with the program that made it, then try again; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 was cancelled. It was left unfinished by a program that stopped; open it again to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was named. Give the path of a database file.</source>
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
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, avoid changing the data: a damaged file can lose more.</source>
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
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
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
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals as columns of stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals as a sortable list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Changes to Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Move of Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage&apos;s (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>“%1” is not an amount in %2 (at most %n decimal).</numerusform>
            <numerusform>“%1” is not an amount in %2 (at most %n decimals).</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact from the list that drops down while typing, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company from the list that drops down while typing, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deal to add tasks, calls and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is the net total of the line items (before tax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline “%1” has no open stage for a new deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new deal?</source>
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
        <translation type="unfinished"></translation>
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
    <name>DealFilterBar</name>
    <message>
        <source>&amp;My deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
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
    <message>
        <source>Preparing the demo route maps failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map template %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo route maps failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListPage</name>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
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
        <source>The line item “%1” needs a quantity above 0, a discount between 0 and 100 % and a total that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line items add up to more than can be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager sees and changes only their own deals and those shared with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner “%1” is not an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lost deal has a lost reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason is not one of the active reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact or company of the deal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal enters another pipeline in one of its open stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line item %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price of “%1” cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal %1 has no line item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the deals failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal with the id %1 in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate of “%1” is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal %1 belongs to “%2”; a sales manager moves to the trash, restores and deletes only their own deals and those shared with them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>“%1” is not a language of the demo data; use en, ro, ru or uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of this database is in %1; demo data cannot be added in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the database&apos;s language failed.</source>
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
        <source>Creating a demo database with %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Deals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) — double-click one to open its card.</source>
        <translation>
            <numerusform>%Ln deal — double-click one to open its card.</numerusform>
            <numerusform>%Ln deals — double-click one to open its card.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal %1</source>
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
    <name>FirstStartDialog</name>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Pristriy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database will be made in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo contacts and deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 with their stage history, tasks and calls, five sales managers and route maps: to try Pristriy out. Its people and companies are made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the pipelines “Sales” and “Turnkey renovation” and a few lost reasons, ready for your own contacts and deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines, stages, lost reasons, products and route maps are named in this language. You can rename them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelDealListModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
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
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the deals failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelQuery</name>
    <message>
        <source>Counting the funnel failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline “%1” lacks its Won or Lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage %1 is not a stage of the pipeline “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month of revenue needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown drill-down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelTableModel</name>
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
    <message>
        <source>From previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 + %Ln other currency(s)</source>
        <translation>
            <numerusform>%1 + %Ln other currency</numerusform>
            <numerusform>%1 + %Ln other currencies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to list these deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelWidget</name>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals in this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of previous · %2 of first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s) in it now</source>
        <translation>
            <numerusform>%1: %Ln deal in it now</numerusform>
            <numerusform>%1: %Ln deals in it now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln deal(s) reached it or went further</source>
        <translation>
            <numerusform>%1: %Ln deal reached it or went further</numerusform>
            <numerusform>%1: %Ln deals reached it or went further</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list these deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) · %1</source>
        <translation>
            <numerusform>%Ln deal · %1</numerusform>
            <numerusform>%Ln deals · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>To get the data back, save what can still be read into a new file with: %1 (then open that file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get the data back, restore the newest backup, %1 (made before the last upgrade; later changes are not in it), or save what can still be read into a new file with: %2 (then open that file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>and %n more problem</numerusform>
            <numerusform>and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product: type its name or SKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a quantity above 0 with at most three decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a discount between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total is too large to be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number this column takes; see the message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is priced in %2 and the deal in %3: enter its price in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the product typed on the left, or a line named as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tax rate between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net: %1 · Tax: %2 · Total: %3</source>
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
    <name>LostReasonService</name>
    <message>
        <source>Reading or saving the lost reasons failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits the lost reasons; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a lost reason “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lost reason with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new order must list every lost reason once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lost deal(s) name the reason “%1”; make it inactive instead, so that it is no longer offered.</source>
        <translation>
            <numerusform>%n lost deal name the reason “%1”; make it inactive instead, so that it is no longer offered.</numerusform>
            <numerusform>%n lost deals name the reason “%1”; make it inactive instead, so that it is no longer offered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostReasonSettingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved at once. A reason that lost deals name can be deactivated (no longer offered) but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits the lost reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Lost Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lost Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the lost reason “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%Ln record restored.</numerusform>
            <numerusform>%Ln records restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in the trash</source>
        <translation>
            <numerusform>%Ln record in the trash</numerusform>
            <numerusform>%Ln records in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln contact moved to the trash.</numerusform>
            <numerusform>%Ln contacts moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln company moved to the trash.</numerusform>
            <numerusform>%Ln companies moved to the trash.</numerusform>
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
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Process Map from &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Process Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Pristriy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Process Map from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) moved to the trash.</source>
        <translation>
            <numerusform>%Ln deal moved to the trash.</numerusform>
            <numerusform>%Ln deals moved to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was not closed properly the last time: Pristriy finished SQLite&apos;s recovery and checked it, no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database file for damage, as SQLite&apos;s quick_check does</source>
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
    <message>
        <source>The database could not be prepared for the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyTasksDock</name>
    <message>
        <source>My Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <source>A sales manager sees their own tasks, not those of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tasks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <source>&amp;New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; overdue, &lt;b&gt;%2&lt;/b&gt; due today, &lt;b&gt;%3&lt;/b&gt; upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks. Tasks given to you appear here; &lt;b&gt;New Task…&lt;/b&gt; adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NestedLaneCommand</name>
    <message>
        <source>Lanes are added to a lane of a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lane is too narrow to hold lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes are added next to a lane inside a lane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <source>Reading or saving the note failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note %1 was written by “%2”; a sales manager changes only their own notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a user of this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a password. A new one replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no password: anybody may start as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Asked when somebody starts as “%1” on another computer account than theirs.</source>
        <translation>
            <numerusform>At least %n character. Asked when somebody starts as “%1” on another computer account than theirs.</numerusform>
            <numerusform>At least %n characters. Asked when somebody starts as “%1” on another computer account than theirs.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <source>This diagram has no process to paste into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no BPMN process to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no drawn elements to paste.</source>
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
        <translation>
            <numerusform>The stage “%1” still has %n deal; move them first or choose the stage they move to.</numerusform>
            <numerusform>The stage “%1” still has %n deals; move them first or choose the stage they move to.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deals of a deleted stage move to another stage of the same pipeline (not Lost, which needs a reason for each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a pipeline “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the last open stage of its pipeline; new deals start in an open stage, so add another one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineSettingsPage</name>
    <message>
        <source>Open</source>
        <comment>stage kind: its deals are still in progress; an adjective</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to pipelines are saved at once. Won and Lost close every pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a process owner or an administrator edits pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n deal(s). Move them to:</source>
        <translation>
            <numerusform>“%1” has %n deal. Move them to:</numerusform>
            <numerusform>“%1” has %n deals. Move them to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “%1”? It has no deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing modelled yet: append the first step to the start event with the buttons beside it, or drag elements from the palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is empty: drag a start event from the palette to begin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessDocument</name>
    <message>
        <source>%1 cannot be read as BPMN: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot be read as BPMN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessEditor</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Map from &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to Data&amp;base as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppend Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Process Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n element(s).</source>
        <translation>
            <numerusform>Opened %1: %n element.</numerusform>
            <numerusform>Opened %1: %n elements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New process map from a template: %n element(s).</source>
        <translation>
            <numerusform>New process map from a template: %n element.</numerusform>
            <numerusform>New process map from a template: %n elements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Process Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This older version is read-only. Open the latest version to edit the map, or keep this one as a new map with Save to Database as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert %1 into a flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this process map before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Process Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Map from Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened version %1 of “%2”, read-only: %n element(s).</source>
        <translation>
            <numerusform>Opened version %1 of “%2”, read-only: %n element.</numerusform>
            <numerusform>Opened version %1 of “%2”, read-only: %n elements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”, version %2: %n element(s).</source>
        <translation>
            <numerusform>Opened “%1”, version %2: %n element.</numerusform>
            <numerusform>Opened “%1”, version %2: %n elements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save to Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the route map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new route map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the drawing to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the drawing to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Process Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the elements to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n element(s).</source>
        <translation>
            <numerusform>Copied %n element.</numerusform>
            <numerusform>Copied %n elements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no BPMN elements to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n element(s).</source>
        <translation>
            <numerusform>Pasted %n element.</numerusform>
            <numerusform>Pasted %n elements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more elements to align.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Align %n element(s)</source>
        <translation>
            <numerusform>Align %n element</numerusform>
            <numerusform>Align %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select three or more elements to distribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n element(s)</source>
        <translation>
            <numerusform>Distribute %n element</numerusform>
            <numerusform>Distribute %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Append task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append intermediate event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append end event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: drag it onto the canvas, or click here and then on the canvas; the arrow shows the other kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal start event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message catch event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer catch event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional catch event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal catch event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link catch event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message throw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal throw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation throw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link throw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation throw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation boundary event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message boundary event (non-interrupting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer boundary event (non-interrupting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation boundary event (non-interrupting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional boundary event (non-interrupting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal boundary event (non-interrupting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message end event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation end event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error end event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation end event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal end event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate end event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-process (collapsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-process (expanded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event sub-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool (vertical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lane to the &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lane &amp;Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lane to the &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lane &amp;Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram of the file shown on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the diagram “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Element…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space (S): drag to make space, drag back to remove it; Ctrl moves the left or upper side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Divide Lane in Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one element to change its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This element has no other type to change to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an element by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element is named “%1” or has that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space tool: drag to make space, drag back to remove it (Ctrl: the other side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand tool: drag to pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso tool: drag to select, also starting on an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect tool: drag from one element to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E, F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the label of the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type of the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a task to the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select tool; cancels a drag or an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection by one grid step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut, copy, paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space + drag, middle button drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan the canvas with any tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl + wheel, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the diagram in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1, ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Process Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new process map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this process map first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessExport</name>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process map has no diagram to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be drawn (too little memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process map has no diagram to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessMapDialog</name>
    <message>
        <source>Route Maps in the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the latest version to edit a map; older versions open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route maps are stored in this database yet. Save one from the editor with File › Save to Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Route Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the route map “%1” with all its versions to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessMapStore</name>
    <message>
        <source>Reading or saving the route map failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map cannot be saved: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map cannot be saved: it is not a BPMN 2.0 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a process owner or an administrator changes route maps; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route map with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route map named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map “%1” has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route map needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route map name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a route map named “%1”; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map “%1” is in the trash; restore it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route map “%1” cannot be restored: another map has its name now. Rename that one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessRules</name>
    <message>
        <source>An element cannot be connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These elements are already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence flow connects events, activities and gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These elements cannot be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only flows and associations can be reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence flow stays inside one pool; between pools draw a message flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message flow connects elements of two different pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An association joins a text annotation to another element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data association joins an activity to a data object or data store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessTemplates</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs, h, m²…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered for new line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a price in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>“%1” is not a price in %2 (at most %n decimal).</numerusform>
            <numerusform>“%1” is not a price in %2 (at most %n decimals).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a tax rate between 0 and 100 % (at most two decimals).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Reading or saving the product failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of “%1” cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or RON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales managers pick products from the catalogue; a process owner, director or administrator edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product has the SKU “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductSettingsPage</name>
    <message>
        <source>Search name or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the catalogue are saved at once. A product is never deleted; an inactive one is no longer offered for new line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process owners, directors and administrators edit the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 products shown; search to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>e.g. ${approved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 8601, e.g. P3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected</source>
        <translation>
            <numerusform>%n element selected</numerusform>
            <numerusform>%n elements selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Move %n element</numerusform>
            <numerusform>Move %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Delete %n element</numerusform>
            <numerusform>Delete %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change id to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no element “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid id: start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is already used by another element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assignee role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect by message flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken when no other outgoing flow&apos;s condition holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onditional Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken only when its condition holds; write the condition in the properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close lane gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAccess</name>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a record kind; use contact, company or deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 belongs to “%3” and is not shared with “%4”; a sales manager sees and changes only their own records and those shared with them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDealsModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDealsPanel</name>
    <message>
        <source>No deals with this contact yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals with this company yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a deal with this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a deal with this company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type a name, company or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a company name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(contact %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(company %1)</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users ticked here see and change this record besides its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no other users to share with; an administrator adds them in Tools › Users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareService</name>
    <message>
        <source>Reading or saving the sharing failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the %1 %2 (“%3”) or a director shares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “%1” to share with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideFts</name>
    <message>
        <source>The search index could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was not built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Edit Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Win probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal longer in the stage than its checkpoint is marked late on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Reading or saving the task failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task&apos;s priority is 0 (low), 1 (normal) or 2 (high), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder of “%1” is more than a day after its due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task %1 is assigned to “%2”; a sales manager sees and changes only their own tasks and those of records they may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales manager assigns tasks to themselves, not to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user “%1” to assign the task to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales manager cannot hand a task to “%1”; a director can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task list needs a limit of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales manager sees their own tasks, not those of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder of task %1 is for “%2”.</source>
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
    <message>
        <source>%1 contains bytes that are not valid UTF-8 text (shown as U+FFFD). Check the encoding of the file or terminal it came from and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no visible characters (only spaces or zero-width characters). Type a name one can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Reading the timeline failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeline page needs an offset of 0 or more and a limit of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed incoming call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered outgoing call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
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
        <translation>
            <numerusform>Delete %n contact permanently? This cannot be undone.</numerusform>
            <numerusform>Delete %n contacts permanently? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s) permanently? Their contacts stay, without a company. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n company permanently? Their contacts stay, without a company. This cannot be undone.</numerusform>
            <numerusform>Delete %n companies permanently? Their contacts stay, without a company. This cannot be undone.</numerusform>
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
    <message>
        <source>There are no deals in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s) permanently, with their tasks, calls, line items, notes and stage history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n deal permanently, with their tasks, calls, line items, notes and stage history? This cannot be undone.</numerusform>
            <numerusform>Delete %n deals permanently, with their tasks, calls, line items, notes and stage history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateMembershipCommand</name>
    <message>
        <source>A collapsed pool has no process: elements cannot go into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary event stays on the border of a task or sub-process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence flow cannot cross the border of a sub-process or pool: move the connected elements together, or remove the flow first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserChooser</name>
    <message>
        <source>Who Is Working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has several users. Choose yours: your changes are recorded under it and its role decides what you may see and change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an active user of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting as this user needs its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for “%1”. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may try the password of “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for “%1”. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords for “%1”. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords for “%1”. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your login “%1” is disabled in this database; an administrator can enable it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ana.popescu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a login.</source>
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
        <source>There is no user with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password has at most %n character(s).</source>
        <translation>
            <numerusform>A password has at most %n character.</numerusform>
            <numerusform>A password has at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password cannot contain a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user “%1” is disabled; an administrator can enable them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the last active administrator and must stay one; make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?); no user was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An absence needs the time it begins and the time it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence would end (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password anybody may start as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators change users; you may set your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password protects %1: anybody may start as them and see or change all that their role allows. Select each and choose Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add the User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Set the Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Up Administration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a %1 you will no longer manage users, here or in the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change My Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will no longer be able to start Pristriy or act in the command line. Their records stay; enabling them again gives everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Disable the User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Enable the User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anybody will be able to start as “%1” without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove the Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Absence</source>
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
        <source>--now needs a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now expects an ISO-8601 time with Z or an offset, or a date, not “%1”.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db was given an empty file name; name the database file, or leave --db out to use the default database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
