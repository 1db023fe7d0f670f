<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Romanian for the parts of Qt that Pristriy shows (standard buttons, text menus, file and colour
     dialogs, the command line help): Qt ships no qtbase_ro. Kept by hand, not by lupdate. -->
<TS version="2.1" language="ro_RO">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nu</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajutor</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Deschide</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvează</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abandonează</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplică</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Închide</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Resetează</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reîncearcă</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restabilește valorile implicite</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignoră</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;u la toate</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Salvează tot</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Renunță</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da la &amp;toate</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvează</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>În&amp;chide</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Închide fără a salva</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Anulează</translation>
        </message>
    </context>
    <context>
        <name>QErrorMessage</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>Fatal Error:</source>
            <translation>Eroare fatală:</translation>
        </message>
        <message>
            <source>&amp;Show this message again</source>
            <translation>&amp;Arată din nou acest mesaj</translation>
        </message>
        <message>
            <source>Critical Error:</source>
            <translation>Eroare critică:</translation>
        </message>
        <message>
            <source>Information:</source>
            <translation>Informație:</translation>
        </message>
        <message>
            <source>Debug Message:</source>
            <translation>Mesaj de depanare:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Avertisment:</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Top</source>
            <translation>Sus</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Derulează în jos</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Derulează aici</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Derulează la stânga</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Jos</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>O pagină în sus</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>O pagină la dreapta</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Derulează în sus</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Derulează la dreapta</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Marginea stângă</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>O pagină în jos</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>O pagină la stânga</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Marginea dreaptă</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Back</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fișier</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Deschide</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Deschide</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvează</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unitate</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fișiere</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Arată </translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>„%1” este protejat la scriere.
Îl ștergeți totuși?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Sigur doriți să ștergeți „%1”?</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Lista locurilor și a semnelor de carte</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nume fișier:</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Dosar de fișiere</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Dosar nou</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dosar</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Dosarul părinte</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Dosar &amp;nou</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Elimină</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Computerul meu</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Caută în:</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Creează un dosar nou</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Fișier %1</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Fișiere de tipul:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Găsește dosarul</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Arată fișierele &amp;ascunse</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Salvează ca</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Dosarul nu a fost găsit.
Verificați dacă numele dosarului este corect.</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bară laterală</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Listă</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Alege</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ș&amp;terge</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Dosare</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Redenumește</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Dosarul nu a putut fi șters.</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Dosar:</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Necunoscut</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 există deja.
Îl înlocuiți?</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Înainte</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Mergi înainte</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Mergi la dosarul părinte</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Locuri recente</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Mergi înapoi</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Treci la vizualizarea detaliată</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Creează un dosar nou</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Scurtătură</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detalii</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Fișierul nu a fost găsit.
Verificați dacă numele fișierului este corect.</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Treci la vizualizarea ca listă</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Taie</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiază</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refă</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lipește</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selectează tot</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Taie</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiază</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refă</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Anulează</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lipește</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selectează tot</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copiază adresa &amp;legăturii</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Kind</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensiune</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Computerul meu</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Nume de fișier nevalid</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;Numele „%1” nu poate fi folosit.&lt;/b&gt;&lt;p&gt;Încercați un alt nume, cu mai puține caractere sau fără semne de punctuație.</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Data modificării</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Redo</source>
            <translation>Refă</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Refă: %1</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Anulează: %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Redo</source>
            <translation>Refă</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Refă: %1</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Anulează: %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoModel</name>
        <message>
            <source>&lt;empty&gt;</source>
            <translation>&lt;gol&gt;</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>True</source>
            <translation>Adevărat</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Fals</translation>
        </message>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>Deschide lista de selecție</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <source>&amp;Red:</source>
            <translation>&amp;Roșu:</translation>
        </message>
        <message>
            <source>&amp;Sat:</source>
            <translation>&amp;Sat:</translation>
        </message>
        <message>
            <source>&amp;Val:</source>
            <translation>&amp;Val:</translation>
        </message>
        <message>
            <source>Hu&amp;e:</source>
            <translation>&amp;Nuanță:</translation>
        </message>
        <message>
            <source>&amp;HTML:</source>
            <translation>&amp;HTML:</translation>
        </message>
        <message>
            <source>Select Color</source>
            <translation>Alegeți culoarea</translation>
        </message>
        <message>
            <source>&amp;Add to Custom Colors</source>
            <translation>&amp;Adaugă la culorile personalizate</translation>
        </message>
        <message>
            <source>Bl&amp;ue:</source>
            <translation>Albastr&amp;u:</translation>
        </message>
        <message>
            <source>&amp;Pick Screen Color</source>
            <translation>&amp;Ia o culoare de pe ecran</translation>
        </message>
        <message>
            <source>Cursor at %1, %2
Press ESC to cancel</source>
            <translation>Cursorul la %1, %2
Apăsați Esc pentru a anula</translation>
        </message>
        <message>
            <source>&amp;Green:</source>
            <translation>V&amp;erde:</translation>
        </message>
        <message>
            <source>&amp;Basic colors</source>
            <translation>Culori de &amp;bază</translation>
        </message>
        <message>
            <source>&amp;Custom colors</source>
            <translation>Culori &amp;personalizate</translation>
        </message>
        <message>
            <source>A&amp;lpha channel:</source>
            <translation>Canal a&amp;lfa:</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Close</source>
            <translation>Închide</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>Detașează</translation>
        </message>
        <message>
            <source>Undocks and re-attaches the dock widget</source>
            <translation>Detașează și reatașează panoul</translation>
        </message>
        <message>
            <source>Closes the dock widget</source>
            <translation>Închide panoul</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Ce este aceasta?</translation>
        </message>
    </context>
    <context>
        <name>QWhatsThisAction</name>
        <message>
            <source>What's This?</source>
            <translation>Ce este aceasta?</translation>
        </message>
    </context>
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>Unknown options: %1.</source>
            <translation>Opțiuni necunoscute: %1.</translation>
        </message>
        <message>
            <source>Unknown option '%1'.</source>
            <translation>Opțiune necunoscută: „%1”.</translation>
        </message>
        <message>
            <source>[options]</source>
            <translation>[opțiuni]</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Opțiuni:</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>Afișează ajutorul, inclusiv opțiunile specifice Qt.</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>Utilizare: %1</translation>
        </message>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>Afișează ajutorul despre opțiunile liniei de comandă.</translation>
        </message>
        <message>
            <source>Unexpected value after '%1'.</source>
            <translation>Valoare neașteptată după „%1”.</translation>
        </message>
        <message>
            <source>Displays version information.</source>
            <translation>Afișează versiunea.</translation>
        </message>
        <message>
            <source>Arguments:</source>
            <translation>Argumente:</translation>
        </message>
        <message>
            <source>Missing value after '%1'.</source>
            <translation>Lipsește valoarea după „%1”.</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Arată detaliile...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Despre Qt</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ascunde detaliile...</translation>
        </message>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Despre Qt&lt;/h3&gt;&lt;p&gt;Acest program folosește Qt versiunea %1.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>Step &amp;down</source>
            <translation>Un pas în &amp;jos</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Un pas în &amp;sus</translation>
        </message>
        <message>
            <source>&amp;Select All</source>
            <translation>Selectează &amp;tot</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Introduceți o valoare:</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Derulează la stânga</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Derulează la dreapta</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
    </context>
    <context>
        <name>CloseButton</name>
        <message>
            <source>Close Tab</source>
            <translation>Închide fila</translation>
        </message>
    </context>
    <context>
        <name>QKeySequenceEdit</name>
        <message>
            <source>Press shortcut</source>
            <translation>Apăsați combinația de taste</translation>
        </message>
        <message>
            <source>%1, ...</source>
            <translation>%1, ...</translation>
        </message>
    </context>
</TS>
