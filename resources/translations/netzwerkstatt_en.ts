<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Netzwerkstatt</source>
        <translation>About Netzwerkstatt</translation>
    </message>
    <message>
        <source>Netzwerkstatt {version}</source>
        <translation>Netzwerkstatt {version}</translation>
    </message>
    <message>
        <source>Das Programm der Geschäftsstelle eines kommunalen Netzwerks im Städtebauförderprogramm »Sozialer Zusammenhalt«: Mitglieder und Kontakte, Veranstaltungen, Fortbildung, Exkursionen und Berichte.</source>
        <translation>The program of the coordination office of a municipal network in the urban development funding programme “Social Cohesion” (Sozialer Zusammenhalt): members and contacts, events, further training, excursions and reports.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Lizenzen</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Lizenz der DejaVu-Schriften</source>
        <translation>Licence of the DejaVu fonts</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Qt und PySide6</source>
        <translation>Qt and PySide6</translation>
    </message>
    <message>
        <source>The Qt Company Ltd. und andere; verwendet unter der GNU Lesser General Public License Version 3 (LGPLv3). Die Qt-Bibliotheken liegen als eigene, austauschbare Dateien bei. Qt PDF enthält PDFium (BSD-Lizenz).</source>
        <translation>The Qt Company Ltd. and others; used under the GNU Lesser General Public License version 3 (LGPLv3). The Qt libraries are included as separate, replaceable files. Qt PDF contains PDFium (BSD licence).</translation>
    </message>
    <message>
        <source>Schriften DejaVu Sans</source>
        <translation>DejaVu Sans fonts</translation>
    </message>
    <message>
        <source>Bitstream-Vera- und DejaVu-Lizenz (frei nutzbar und weitergebbar); der vollständige Text steht im Reiter »Lizenz der DejaVu-Schriften« und in resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation>Bitstream Vera and DejaVu licence (free to use and redistribute); the full text is in the tab “Licence of the DejaVu fonts” and in resources/fonts/LICENSE-DejaVu.txt.</translation>
    </message>
    <message>
        <source>Gemeindedaten (Amtliche Gemeindeschlüssel, Namen, Einwohnerzahlen)</source>
        <translation>Municipality data (official municipality keys, names, population)</translation>
    </message>
    <message>
        <source>Datenlizenz Deutschland – Namensnennung – Version 2.0. Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys.</source>
        <translation>Data licence Germany – attribution – version 2.0 (Datenlizenz Deutschland – Namensnennung – Version 2.0). Source: Federal Statistical Office (Destatis), municipality directory GV-ISys.</translation>
    </message>
    <message>
        <source>Prüfregeln und Bibliotheken für E-Rechnungen</source>
        <translation>Validation rules and libraries for e-invoices</translation>
    </message>
    <message>
        <source>EN-16931-Prüfregeln von CEN/TC 434 (EUPL 1.2), XRechnung-Prüfregeln der KoSIT (Apache-Lizenz 2.0), SchXslt von David Maus (MIT-Lizenz), Saxon HE für Python (saxonche, Mozilla Public License 2.0), python-stdnum (LGPL 2.1); die Lizenztexte der Prüfregeln stehen in resources/einvoice/.</source>
        <translation>EN 16931 validation rules of CEN/TC 434 (EUPL 1.2), XRechnung validation rules of KoSIT (Apache License 2.0), SchXslt by David Maus (MIT licence), Saxon HE for Python (saxonche, Mozilla Public License 2.0), python-stdnum (LGPL 2.1); the licence texts of the rules are in resources/einvoice/.</translation>
    </message>
    <message>
        <source>Weitere Bibliotheken</source>
        <translation>Other libraries</translation>
    </message>
    <message>
        <source>Python (PSF-Lizenz), SQLAlchemy und Alembic (MIT-Lizenz), ReportLab (BSD-Lizenz), openpyxl (MIT-Lizenz), platformdirs (MIT-Lizenz), defusedxml (PSF-Lizenz), pypdf (BSD-Lizenz); für PostgreSQL-Server psycopg (LGPLv3).</source>
        <translation>Python (PSF licence), SQLAlchemy and Alembic (MIT licence), ReportLab (BSD licence), openpyxl (MIT licence), platformdirs (MIT licence), defusedxml (PSF licence), pypdf (BSD licence); for PostgreSQL servers psycopg (LGPLv3).</translation>
    </message>
</context>
<context>
    <name>AccreditationDialog</name>
    <message>
        <source>Anerkennung: %1</source>
        <translation>Accreditation: %1</translation>
    </message>
    <message>
        <source>Kammer</source>
        <translation>Chamber</translation>
    </message>
    <message>
        <source>Anerkennungsnummer</source>
        <translation>Accreditation number</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Fachrichtung</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Anerkannt am</source>
        <translation>Accredited on</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nachträglich</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Weitere Kammer hinzufügen</source>
        <translation>Add another chamber</translation>
    </message>
    <message>
        <source>Vorschlag aus der Tagesordnung (ohne Pausen, je 45 Minuten): %1 Punkte</source>
        <translation>Proposed from the agenda (without breaks, 45 minutes each): %1 points</translation>
    </message>
    <message>
        <source>Ohne Tagesordnung kein Vorschlag für die Punkte.</source>
        <translation>No agenda, so no proposal for the points.</translation>
    </message>
    <message>
        <source>Die Kammer muss Veranstaltungen vor ihrem Beginn anerkennen. 1 Punkt entspricht 45 Minuten.</source>
        <translation>The chamber must accredit events before they start. 1 point equals 45 minutes.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>akzeptiert</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>Nach Beginn anerkannt: Punkte nur bescheinigen, wenn die Kammer dies bestätigt hat</source>
        <translation>Recognised after the start: certify points only when the chamber has confirmed it</translation>
    </message>
    <message>
        <source>Anerkennung</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <source>Trotzdem speichern?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Punkt hinzufügen</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Neuer Punkt unter dem markierten (Strg+Einfg)</source>
        <translation>New item below the selected one (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Markierten Punkt entfernen (Strg+Entf)</source>
        <translation>Remove the selected item (Ctrl+Del)</translation>
    </message>
    <message>
        <source>▲ Nach oben</source>
        <translation>▲ Move up</translation>
    </message>
    <message>
        <source>Strg+↑</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <source>▼ Nach unten</source>
        <translation>▼ Move down</translation>
    </message>
    <message>
        <source>Strg+↓</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <source>Uhrzeit lösen</source>
        <translation>Release time</translation>
    </message>
    <message>
        <source>Die feste Beginnzeit des Punkts wieder aus den Dauern berechnen</source>
        <translation>Calculate the item&apos;s fixed start time from the durations again</translation>
    </message>
    <message>
        <source>Referent/in ▾</source>
        <translation>Speaker ▾</translation>
    </message>
    <message>
        <source>Aus dem Adressbuch wählen…</source>
        <translation>Choose from the address book…</translation>
    </message>
    <message>
        <source>Person entfernen (nur Text)</source>
        <translation>Remove person (text only)</translation>
    </message>
    <message>
        <source>Zum Bearbeiten doppelklicken oder lostippen. Dauer und Reihenfolge bestimmen die Uhrzeiten; eine eingetippte Beginnzeit (blau, fett) bleibt fest, z. B. für die Mittagspause.</source>
        <translation>Double-click or just start typing to edit. Durations and order determine the times; a start time you type in (blue, bold) stays fixed, e.g. for the lunch break.</translation>
    </message>
    <message>
        <source>Neuer Punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Referent/in wählen</source>
        <translation>Choose speaker</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message numerus="yes">
        <source>%n Punkte, %1–%2 Uhr</source>
        <translation>
            <numerusform>%n item, %1–%2</numerusform>
            <numerusform>%n items, %1–%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Noch keine Tagesordnung.</source>
        <translation>No agenda yet.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Referent/in</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 Min.</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>Feste Uhrzeit (bleibt beim Verschieben); »Uhrzeit lösen« rechnet sie wieder aus.</source>
        <translation>Fixed time (kept when items move); “Release time” calculates it again.</translation>
    </message>
    <message>
        <source>Ergibt sich aus dem Punkt davor. Eine eingetippte Uhrzeit bleibt fest.</source>
        <translation>Follows from the item before. A time you type in stays fixed.</translation>
    </message>
    <message>
        <source>Aus dem Adressbuch: %1</source>
        <translation>From the address book: %1</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <source>Betrag ändern</source>
        <translation>Change amount</translation>
    </message>
    <message>
        <source>Standardbetrag nach den Preisen der Reise (%1)</source>
        <translation>Standard amount according to the trip&apos;s prices (%1)</translation>
    </message>
    <message>
        <source>Individueller Betrag</source>
        <translation>Individual amount</translation>
    </message>
    <message>
        <source>z. B. Ermäßigung, Ausfallbeitrag erlassen</source>
        <translation>e.g. reduction, cancellation fee waived</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <source>Programmgebiet</source>
        <translation>Programme area</translation>
    </message>
    <message>
        <source>z. B. Gelsenkirchen-Bismarck</source>
        <translation>e.g. Gelsenkirchen-Bismarck</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>aufgenommen</source>
        <translation>admitted</translation>
    </message>
    <message>
        <source>beendet</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Name eintippen, Enter = anwesend</source>
        <translation>Type a name, Enter = present</translation>
    </message>
    <message>
        <source>Alle Offenen anwesend</source>
        <translation>Mark all open as present</translation>
    </message>
    <message>
        <source>Übrige: nicht erschienen</source>
        <translation>Remaining: did not attend</translation>
    </message>
    <message>
        <source>Alle noch offenen Anmeldungen als »nicht erschienen« markieren</source>
        <translation>Mark all registrations still open as “did not attend”</translation>
    </message>
    <message>
        <source>An der Tür hinzufügen…</source>
        <translation>Add at the door…</translation>
    </message>
    <message>
        <source>Jemand ist ohne Anmeldung gekommen</source>
        <translation>Someone has come without registering</translation>
    </message>
    <message>
        <source>Liste aus Excel einlesen…</source>
        <translation>Read list from Excel…</translation>
    </message>
    <message>
        <source>Eine unterschriebene Anwesenheitsliste (Excel) übernehmen</source>
        <translation>Take over a signed attendance list (Excel)</translation>
    </message>
    <message>
        <source>Online-Teilnahme einlesen…</source>
        <translation>Read online attendance…</translation>
    </message>
    <message>
        <source>Teilnahmebericht von Teams, Zoom oder Webex übernehmen (Minuten online)</source>
        <translation>Take over an attendance report of Teams, Zoom or Webex (minutes online)</translation>
    </message>
    <message>
        <source>Alle noch offenen Anmeldungen als anwesend markieren</source>
        <translation>Mark all open registrations as present</translation>
    </message>
    <message>
        <source>Tastatur: Leertaste = anwesend an/aus, O = anwesend online (hybrid), E = entschuldigt, N = nicht erschienen, Entf = offen, Ziffern = Minuten bei teilweiser Anwesenheit. Jede Eingabe wird sofort gespeichert.</source>
        <translation>Keyboard: Space = present on/off, O = present online (hybrid), E = excused, N = no-show, Del = open, digits = minutes of partial attendance. Every entry is saved at once.</translation>
    </message>
    <message>
        <source>%1 von %2 anwesend</source>
        <translation>%1 of %2 present</translation>
    </message>
    <message>
        <source>%1 entschuldigt</source>
        <translation>%1 excused</translation>
    </message>
    <message>
        <source>%1 nicht erschienen</source>
        <translation>%1 did not attend</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>%1: anwesend</source>
        <translation>%1: present</translation>
    </message>
    <message numerus="yes">
        <source>%n offene Anmeldung(en) jetzt »%1«.</source>
        <translation>
            <numerusform>%n open registration now “%1”.</numerusform>
            <numerusform>%n open registrations now “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>An der Tür hinzufügen</source>
        <translation>Add at the door</translation>
    </message>
    <message>
        <source>%1 ist als anwesend eingetragen.</source>
        <translation>%1 is recorded as present.</translation>
    </message>
    <message>
        <source>Anwesenheitsliste einlesen</source>
        <translation>Read attendance list</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Online-Teilnahme einlesen</source>
        <translation>Read online attendance</translation>
    </message>
    <message>
        <source>Teilnahmeberichte (*.csv *.txt *.xlsx)</source>
        <translation>Attendance reports (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Online-Teilnahme einlesen: %1</source>
        <translation>Read online attendance: %1</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Keine Daten für diesen Zeitraum.</source>
        <translation>No data for this period.</translation>
    </message>
    <message>
        <source>… und %1 weitere (siehe Tabelle)</source>
        <translation>… and %1 more (see table)</translation>
    </message>
</context>
<context>
    <name>Bereiche</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Arbeitsgruppen</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Fortbildung</source>
        <translation>Further training</translation>
    </message>
    <message>
        <source>Exkursionen</source>
        <translation>Excursions</translation>
    </message>
    <message>
        <source>Beiträge</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>BillingTab</name>
    <message>
        <source>z. B. Amt für Stadterneuerung</source>
        <translation>e.g. urban renewal department</translation>
    </message>
    <message>
        <source>leer: wie Stammdaten</source>
        <translation>empty: as in master data</translation>
    </message>
    <message>
        <source>z. B. 05113000-12345-67</source>
        <translation>e.g. 05113000-12345-67</translation>
    </message>
    <message>
        <source>leer: amtliche Zahl</source>
        <translation>empty: official figure</translation>
    </message>
    <message>
        <source>leer: nach Beitragsstaffel</source>
        <translation>empty: by fee schedule</translation>
    </message>
    <message>
        <source>Rechnung an (Zusatz)</source>
        <translation>Invoice to (addition)</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Leitweg-ID</source>
        <translation>Leitweg-ID (buyer reference)</translation>
    </message>
    <message>
        <source>E-Mail für Rechnungen</source>
        <translation>E-mail for invoices</translation>
    </message>
    <message>
        <source>Rechnungsweg</source>
        <translation>Invoice channel</translation>
    </message>
    <message>
        <source>Einwohner (abweichend)</source>
        <translation>Population (override)</translation>
    </message>
    <message>
        <source>Beitrag (abweichend)</source>
        <translation>Fee (override)</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Beitrag dieses Jahr</source>
        <translation>Fee this year</translation>
    </message>
    <message>
        <source>kein Mitglied im Jahr %1</source>
        <translation>not a member in %1</translation>
    </message>
    <message>
        <source>kein Beitrag</source>
        <translation>no fee</translation>
    </message>
    <message>
        <source>Einwohner: »%1« ist keine Zahl.</source>
        <translation>Population: “%1” is not a number.</translation>
    </message>
    <message>
        <source>Beitrag: »%1« ist kein Betrag.</source>
        <translation>Fee: “%1” is not an amount.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Kalenderdatei</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <source>Kalenderdatei (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>Kalenderdatei gespeichert (Termine: %1): %2</source>
        <translation>Calendar file saved (events: %1): %2</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>Bescheinigungen erstellen</source>
        <translation>Create certificates</translation>
    </message>
    <message>
        <source>Eine PDF-Datei je Person (Nachname_Vorname_Veranstaltung_Datum.pdf)</source>
        <translation>One PDF file per person (Lastname_Firstname_Event_Date.pdf)</translation>
    </message>
    <message>
        <source>Alle Bescheinigungen in einer PDF-Datei zum Drucken</source>
        <translation>All certificates in one PDF file for printing</translation>
    </message>
    <message>
        <source>E-Mail-Entwürfe für Outlook (.eml) mit der Bescheinigung im Anhang</source>
        <translation>E-mail drafts for Outlook (.eml) with the certificate attached</translation>
    </message>
    <message>
        <source>Per E-Mail senden (Mailserver aus Einstellungen › E-Mail)</source>
        <translation>Send by e-mail (mail server from Settings › E-mail)</translation>
    </message>
    <message>
        <source>Text aus der E-Mail-Vorlage »Bescheinigung«; bereits gesendete Bescheinigungen werden nicht noch einmal gesendet</source>
        <translation>Text from the mail template “Bescheinigung”; certificates already sent are not sent again</translation>
    </message>
    <message>
        <source>Ohne Kammerpunkte (nur Teilnahmebestätigung)</source>
        <translation>Without chamber points (attendance confirmation only)</translation>
    </message>
    <message>
        <source>Bescheinigungen gibt es nur für Personen mit dem Status »teilgenommen«. Bereits ausgestellte Bescheinigungen werden unverändert nachgedruckt.</source>
        <translation>Certificates are only issued to people with the status “attended”. Certificates already issued are reprinted unchanged.</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Ausgabe wählen.</source>
        <translation>Please choose at least one output.</translation>
    </message>
    <message>
        <source>Bescheinigungen werden erstellt…</source>
        <translation>Creating certificates…</translation>
    </message>
    <message>
        <source>%1 Bescheinigungen erstellt (%2 neu, %3 nachgedruckt).</source>
        <translation>%1 certificates created (%2 new, %3 reprinted).</translation>
    </message>
    <message>
        <source>%1 E-Mail-Entwürfe geschrieben.</source>
        <translation>%1 e-mail drafts written.</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Sammel-PDF ansehen</source>
        <translation>View combined PDF</translation>
    </message>
    <message>
        <source>Bescheinigungen</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>ChambersTab</name>
    <message>
        <source>Kammer</source>
        <translation>Chamber</translation>
    </message>
    <message>
        <source>Mitgliedergruppe</source>
        <translation>Member group</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Gilt ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Anforderung</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Übertrag</source>
        <translation>Carry-over</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>leer = alle Mitglieder</source>
        <translation>empty = all members</translation>
    </message>
    <message>
        <source>Überschuss ins Folgejahr übertragen</source>
        <translation>Carry surplus over into the next year</translation>
    </message>
    <message>
        <source>Regel speichern</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>Regel hinzufügen oder ändern</source>
        <translation>Add or change a rule</translation>
    </message>
    <message>
        <source>Anforderung je Jahr</source>
        <translation>Requirement per year</translation>
    </message>
    <message>
        <source>Kammer speichern</source>
        <translation>Save chamber</translation>
    </message>
    <message>
        <source>Kammer hinzufügen</source>
        <translation>Add chamber</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Jahresanforderungen je Kammer und Mitgliedergruppe; eine Regel gilt ab ihrem Jahr bis zur nächsten.</source>
        <translation>Yearly requirements per chamber and member group; a rule applies from its year until the next one.</translation>
    </message>
    <message>
        <source>Kammern</source>
        <translation>Chambers</translation>
    </message>
</context>
<context>
    <name>CheckOffModel</name>
    <message>
        <source>Da</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>anwesend (online)</source>
        <translation>present (online)</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <source>ganz</source>
        <translation>full</translation>
    </message>
    <message>
        <source>Minuten bei teilweiser Anwesenheit; »ganz« = die ganze Veranstaltung</source>
        <translation>Minutes for partial attendance; “full” = the whole event</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Ihre Änderungen wurden nicht gespeichert. Sie können neu laden (Ihre Änderungen gehen verloren) oder beide Fassungen vergleichen und dann entscheiden, welche gilt.</source>
        <translation>Your changes have not been saved. You can reload (your changes will be lost) or compare both versions and then decide which one applies.</translation>
    </message>
    <message>
        <source>Neu laden (eigene Änderungen verwerfen)</source>
        <translation>Reload (discard my changes)</translation>
    </message>
    <message>
        <source>Beide Fassungen anzeigen</source>
        <translation>Show both versions</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Veranstaltung kopieren</source>
        <translation>Copy event</translation>
    </message>
    <message>
        <source>Tagesordnung übernehmen</source>
        <translation>Take over agenda</translation>
    </message>
    <message>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Neuer Beginn</source>
        <translation>New start</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kopie anlegen</source>
        <translation>Create copy</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Kopie ist »geplant«, ohne Anmeldungen; Ende und Anmeldeschluss rücken mit.</source>
        <translation>The copy is “planned”, without registrations; end and registration deadline move along.</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <source>Erwartet</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Zu erstatten</source>
        <translation>To refund</translation>
    </message>
    <message>
        <source>Nur wer noch zahlen muss</source>
        <translation>Only those who still have to pay</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anmeldung</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Zimmer</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>individueller Betrag</source>
        <translation>individual amount</translation>
    </message>
    <message>
        <source>Gezahlt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Zahlungsstatus</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <source>Zahlung erfassen…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Erstattung erfassen…</source>
        <translation>Record refund…</translation>
    </message>
    <message>
        <source>Zahlungen…</source>
        <translation>Payments…</translation>
    </message>
    <message>
        <source>Betrag ändern…</source>
        <translation>Change amount…</translation>
    </message>
    <message>
        <source>Fällig: Beitrag pro Person, bei EZ plus Einzelzimmerzuschlag; Organisation, Referent/innen und Moderation reisen beitragsfrei, die Warteliste zahlt erst mit einem Platz. Abmeldung bis zum Anmeldeschluss kostenfrei, danach bleibt der Beitrag fällig, außer jemand rückt nach. Bei abgesagter Reise ist nichts fällig.</source>
        <translation>Due: contribution per person, for a single room plus the single room supplement; organisers, speakers and moderators travel free of charge, the waiting list only pays once they have a seat. Cancelling is free until the registration deadline, after that the contribution remains due unless someone moves up. Nothing is due if the trip is cancelled.</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Offene Beiträge: %1</source>
        <translation>Outstanding contributions: %1</translation>
    </message>
    <message>
        <source>Kosten: %1</source>
        <translation>Costs: %1</translation>
    </message>
    <message>
        <source>Beitrag %1 pro Person</source>
        <translation>Contribution %1 per person</translation>
    </message>
    <message>
        <source>, Einzelzimmerzuschlag %1</source>
        <translation>, single room supplement %1</translation>
    </message>
    <message>
        <source>Sonstige Kosten (trägt die Geschäftsstelle): %1</source>
        <translation>Other costs (borne by the coordination office): %1</translation>
    </message>
    <message>
        <source>Zahlung erfassen</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Zahlung</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Erstattung erfassen</source>
        <translation>Record refund</translation>
    </message>
    <message>
        <source>%1 hat nichts gezahlt; es gibt nichts zu erstatten.</source>
        <translation>%1 has not paid anything; there is nothing to refund.</translation>
    </message>
    <message>
        <source>Erstattung</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>%1 über %2 für %3 erfasst.</source>
        <translation>%1 of %2 recorded for %3.</translation>
    </message>
    <message>
        <source>Zahlungen</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Betrag ändern</source>
        <translation>Change amount</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>z. B. Anreise und Delft</source>
        <translation>e.g. Arrival and Delft</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>Heading</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Fast fertig</source>
        <translation>Almost done</translation>
    </message>
    <message>
        <source>Mit einer leeren Datenbank beginnen oder mit Demodaten zum Ausprobieren.</source>
        <translation>Start with an empty database or with demo data to try things out.</translation>
    </message>
    <message>
        <source>Demodaten einfügen, um sich umzusehen (Kommunen, Personen, Veranstaltungen)</source>
        <translation>Add demo data to look around (municipalities, people, events)</translation>
    </message>
    <message>
        <source>Demodaten gehören in eine eigene Datenbank zum Ausprobieren, nicht in die echte. Über Datei › Neue Datenbank… lässt sich jederzeit eine leere anlegen.</source>
        <translation>Demo data belongs in a separate database for trying things out, not in the real one. An empty one can be created at any time via File › New database….</translation>
    </message>
</context>
<context>
    <name>Dialoge</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentBatchDialog</name>
    <message>
        <source>Ordner…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Erstellen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
</context>
<context>
    <name>DocumentMail</name>
    <message>
        <source>Per E-Mail: %1 gesendet, %2 übersprungen (bereits gesendet), %3 fehlgeschlagen.</source>
        <translation>By e-mail: %1 sent, %2 skipped (already sent), %3 failed.</translation>
    </message>
    <message>
        <source>Unklar (Abbruch während des Sendens, bitte »Gesendete Elemente« prüfen): %1</source>
        <translation>Unclear (interrupted while sending, please check “Sent items”): %1</translation>
    </message>
    <message>
        <source>Das Senden wurde abgebrochen.</source>
        <translation>Sending was cancelled.</translation>
    </message>
    <message>
        <source>Keine E-Mail an: %1</source>
        <translation>No e-mail to: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Dubletten finden und zusammenführen</source>
        <translation>Find and merge duplicates</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kein Duplikat</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Die beiden sind verschiedene Personen; nicht mehr vorschlagen</source>
        <translation>These are two different people; do not suggest them again</translation>
    </message>
    <message>
        <source>Zusammenführen…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Oben wählen, welcher Datensatz bleibt, und je Feld, welcher Wert übernommen wird. Anmeldungen, Bescheinigungen, Verteiler, Arbeitsgruppen und Vorträge des anderen Datensatzes gehen auf ihn über.</source>
        <translation>Choose above which record remains, and for each field which value is taken over. Registrations, certificates, mailing lists, working groups and talks of the other record are transferred to it.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>mögliche Dublette</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <source>mögliche Dubletten</source>
        <translation>possible duplicates</translation>
    </message>
    <message>
        <source>Keine möglichen Dubletten gefunden.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <source>%1 behalten</source>
        <translation>Keep %1</translation>
    </message>
    <message>
        <source>%1 wird in %2 zusammengeführt.</source>
        <translation>%1 will be merged into %2.</translation>
    </message>
    <message>
        <source>Übernommen werden: %1. Danach wird der Datensatz von %2 gelöscht; der Vorgang steht im Verlauf.</source>
        <translation>Taken over: %1. Then the record of %2 is deleted; the change is recorded in the history.</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>beide Notizen behalten</source>
        <translation>keep both notes</translation>
    </message>
    <message>
        <source>keine weiteren Einträge</source>
        <translation>no further entries</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Einer der beiden Datensätze wurde inzwischen geändert. Die Ansicht wird neu geladen; bitte noch einmal prüfen.</source>
        <translation>One of the two records has been changed in the meantime. The view is reloaded; please check again.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Die technischen Angaben für die IT zeigen</source>
        <translation>Show the technical details for IT</translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Meldung und Details in die Zwischenablage kopieren</source>
        <translation>Copy message and details to the clipboard</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopiert</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>EventChooserDialog</name>
    <message>
        <source>Veranstaltung wählen</source>
        <translation>Choose event</translation>
    </message>
    <message>
        <source>Titel oder Art eingeben …</source>
        <translation>Type a title or type …</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>belegte Plätze / Plätze; teilgenommen: %1</source>
        <translation>seats taken / seats; attended: %1</translation>
    </message>
    <message>
        <source>Warteliste</source>
        <translation>Waiting list</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Angaben</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Versand</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Angaben und Tagesordnung speichern (Strg+S)</source>
        <translation>Save details and agenda (Ctrl+S)</translation>
    </message>
    <message>
        <source>Speichern und schließen</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Einladen…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <source>Persönliche Einladungen mit Tagesordnung und Kalendereintrag</source>
        <translation>Personal invitations with agenda and calendar entry</translation>
    </message>
    <message>
        <source>Erst nach dem ersten Speichern</source>
        <translation>Only after saving for the first time</translation>
    </message>
    <message>
        <source>Neue Veranstaltung</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Veranstaltung – %1</source>
        <translation>Event – %1</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Jemand anderes hat diese Veranstaltung gespeichert, während sie hier offen war.</source>
        <translation>Someone else saved this event while it was open here.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>z. B. Netzwerktreffen März 2027 in Bochum</source>
        <translation>e.g. Network meeting March 2027 in Bochum</translation>
    </message>
    <message>
        <source>Handlungsfeld wählen oder eingeben</source>
        <translation>Choose or enter a field of action</translation>
    </message>
    <message>
        <source>— keine —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>z. B. Rathaus Bochum, Ratssaal</source>
        <translation>e.g. Bochum town hall, council chamber</translation>
    </message>
    <message>
        <source>Straße, PLZ Ort</source>
        <translation>Street, postcode, town</translation>
    </message>
    <message>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source> Plätze</source>
        <translation> seats</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Text für Einladung und Ausschreibung</source>
        <translation>Text for the invitation and announcement</translation>
    </message>
    <message>
        <source>Nur für die Geschäftsstelle</source>
        <translation>For the coordination office only</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Arbeitsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Veranstaltungsort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Online-Link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Gastgebende Kommune</source>
        <translation>Host municipality</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Anmeldeschluss</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>Gebühr</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Ort und Anmeldung</source>
        <translation>Venue and registration</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Notizen (intern)</source>
        <translation>Notes (internal)</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Netzwerktreffen, Werkstätten, Sitzungen, Tagungen – mit Tagesordnung, Anmeldungen und Anwesenheit</source>
        <translation>Network meetings, workshops, sessions, conferences – with agenda, registrations and attendance</translation>
    </message>
    <message>
        <source>Neue Veranstaltung…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Reihe anlegen…</source>
        <translation>Create series…</translation>
    </message>
    <message>
        <source>Viele Termine auf einmal, z. B. jeden ersten Donnerstag im Monat</source>
        <translation>Many dates at once, e.g. every first Thursday of the month</translation>
    </message>
    <message>
        <source>Kalenderdatei…</source>
        <translation>Calendar file…</translation>
    </message>
    <message>
        <source>Alle kommenden Veranstaltungen als Kalenderdatei (.ics) für Outlook</source>
        <translation>All upcoming events as a calendar file (.ics) for Outlook</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Monatsübersicht</source>
        <translation>Monthly overview</translation>
    </message>
    <message>
        <source>Beteiligung der Kommunen</source>
        <translation>Participation of municipalities</translation>
    </message>
    <message>
        <source>Titel, Thema, Ort, Gastgeber oder Nr. …</source>
        <translation>Title, topic, place, host or no. …</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle Handlungsfelder</source>
        <translation>All fields of action</translation>
    </message>
    <message>
        <source>Filter zurücksetzen</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Kopieren…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <source>Eine neue Veranstaltung wie die markierte anlegen (mit Tagesordnung)</source>
        <translation>Create a new event like the selected one (with agenda)</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nur für versehentlich angelegte Veranstaltungen ohne Anmeldungen</source>
        <translation>Only for events created by mistake, without registrations</translation>
    </message>
    <message>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle Arbeitsgruppen</source>
        <translation>All working groups</translation>
    </message>
    <message>
        <source>Alle Gastgeber</source>
        <translation>All hosts</translation>
    </message>
    <message numerus="yes">
        <source>%n Veranstaltungen</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Bitte zuerst eine Veranstaltung auswählen.</source>
        <translation>Please select an event first.</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>»%1« löschen?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Nur möglich ohne Anmeldungen; die Tagesordnung wird mitgelöscht.</source>
        <translation>Only possible without registrations; the agenda is deleted as well.</translation>
    </message>
    <message>
        <source>Vormonat</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Nächster Monat</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Doppelklick auf eine Veranstaltung öffnet sie; Doppelklick auf einen freien Platz eines Tages legt dort eine neue an.</source>
        <translation>Double-click an event to open it; double-click an empty space on a day to create a new one there.</translation>
    </message>
    <message>
        <source>Teilnahmen der Kommunen %1–%2</source>
        <translation>Participation of municipalities %1–%2</translation>
    </message>
    <message>
        <source>Jahre</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Teilnahmen (Status teilgenommen) von Personen der Kommunen und Kreise je Jahr. Doppelklick zeigt die Einzelheiten einer Kommune.</source>
        <translation>Participations (status attended) of people from the municipalities and districts per year. Double-click shows the details of a municipality.</translation>
    </message>
    <message>
        <source>Kommune / Kreis</source>
        <translation>Municipality / district</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ExcursionsPage</name>
    <message>
        <source>Exkursionen</source>
        <translation>Excursions</translation>
    </message>
    <message>
        <source>Studienfahrten und Tagesexkursionen</source>
        <translation>Study trips and day excursions</translation>
    </message>
    <message>
        <source>Neue Exkursion…</source>
        <translation>New excursion…</translation>
    </message>
    <message>
        <source>Reiseunterlagen (PDF)…</source>
        <translation>Travel pack (PDF)…</translation>
    </message>
    <message>
        <source>Teilnehmerliste (Excel)…</source>
        <translation>Participant list (Excel)…</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Mindestzahl %1 noch nicht erreicht</source>
        <translation>Minimum number %1 not yet reached</translation>
    </message>
    <message>
        <source>Frei</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Wartend</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Zu erstatten: %1</source>
        <translation>To refund: %1</translation>
    </message>
    <message>
        <source>Keine Exkursionen für diese Auswahl. Mit »Neue Exkursion…« eine anlegen.</source>
        <translation>No excursions for this selection. Create one with “New excursion…”.</translation>
    </message>
    <message>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Reise</source>
        <translation>Trip</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Zimmerliste</source>
        <translation>Rooming list</translation>
    </message>
    <message>
        <source>Kommende und laufende</source>
        <translation>Upcoming and ongoing</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Keine Exkursion ausgewählt</source>
        <translation>No excursion selected</translation>
    </message>
    <message>
        <source>Exkursion angelegt. Jetzt Reise, Programm und Kosten eintragen.</source>
        <translation>Excursion created. Now enter the trip, programme and costs.</translation>
    </message>
    <message>
        <source>Reiseunterlagen</source>
        <translation>Travel pack</translation>
    </message>
    <message>
        <source>Reiseinformation</source>
        <translation>Travel information</translation>
    </message>
    <message>
        <source>%1 wird erstellt…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <source>Teilnehmerliste exportieren</source>
        <translation>Export participant list</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Die Liste wurde nicht gespeichert.</source>
        <translation>The list has not been saved.</translation>
    </message>
    <message>
        <source>%1 Personen exportiert: %2</source>
        <translation>%1 people exported: %2</translation>
    </message>
</context>
<context>
    <name>ExternalTrainingDialog</name>
    <message>
        <source>Externe Fortbildung: %1</source>
        <translation>External training: %1</translation>
    </message>
    <message>
        <source>Nachweis hat vorgelegen</source>
        <translation>Proof was shown</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Anbieter</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <source>Gebühr: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>eigener Betrag</source>
        <translation>own amount</translation>
    </message>
    <message>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Gebühr</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Bezahlt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ohne eigenen Betrag gilt die Gebühr der Veranstaltung (für die Rolle Teilnahme).</source>
        <translation>Without an own amount, the event&apos;s fee applies (for the role participant).</translation>
    </message>
</context>
<context>
    <name>FeesSettingsTab</name>
    <message>
        <source>Rechnungssteller</source>
        <translation>Invoicing party</translation>
    </message>
    <message>
        <source>Name (rechtlich)</source>
        <translation>Name (legal)</translation>
    </message>
    <message>
        <source>z. B. Stadt Essen</source>
        <translation>e.g. Stadt Essen</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Steuernummer</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>USt-IdNr.</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Umsatzsteuer Beiträge</source>
        <translation>VAT on fees</translation>
    </message>
    <message>
        <source>Steuersatz Beiträge (%)</source>
        <translation>Tax rate on fees (%)</translation>
    </message>
    <message>
        <source>Befreiungsgrund Beiträge</source>
        <translation>Exemption reason for fees</translation>
    </message>
    <message>
        <source>Umsatzsteuer Reisekosten</source>
        <translation>VAT on trip fees</translation>
    </message>
    <message>
        <source>Steuersatz Reisekosten (%)</source>
        <translation>Tax rate on trip fees (%)</translation>
    </message>
    <message>
        <source>Befreiungsgrund Reisekosten</source>
        <translation>Exemption reason for trip fees</translation>
    </message>
    <message>
        <source>Kürzel der Rechnungsnummern</source>
        <translation>Prefix of invoice numbers</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Zahlungsziel</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <source>Bei Eintritt oder Austritt im Jahr nur die Monate der Mitgliedschaft berechnen</source>
        <translation>Members joining or leaving during the year pay only for their months of membership</translation>
    </message>
    <message>
        <source>Leer lassen für den Standardtext</source>
        <translation>Leave empty for the standard text</translation>
    </message>
    <message>
        <source>Text der Zahlungserinnerung</source>
        <translation>Text of the payment reminder</translation>
    </message>
    <message>
        <source>Text der 2. Mahnung</source>
        <translation>Text of the 2nd reminder</translation>
    </message>
    <message>
        <source>Beitragsstaffel</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Einwohner unter (leer: oberste Stufe)</source>
        <translation>Population below (empty: top tier)</translation>
    </message>
    <message>
        <source>Beitrag €</source>
        <translation>Fee €</translation>
    </message>
    <message>
        <source>kein Beitrag</source>
        <translation>no fee</translation>
    </message>
    <message>
        <source>Fester Beitrag %1</source>
        <translation>Fixed fee %1</translation>
    </message>
    <message>
        <source>Einwohnerzahlen: %1, Stand %2. Abweichende Zahlen oder Beiträge trägt man bei der Organisation mit Begründung ein.</source>
        <translation>Population figures: %1, as of %2. Different figures or fees are entered on the organisation, with a reason.</translation>
    </message>
    <message>
        <source>Steuersatz</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <source>Steuersatz Reisekosten</source>
        <translation>Tax rate on trip fees</translation>
    </message>
    <message>
        <source>Beitragsstaffel, Zeile %1</source>
        <translation>Fee schedule, row %1</translation>
    </message>
    <message>
        <source>Beiträge &amp; Rechnungen</source>
        <translation>Fees &amp; invoices</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Datei wählen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Eine Excel-Liste (.xlsx) mit Personen oder Organisationen. Titelzeilen über den Überschriften und Spalten in beliebiger Reihenfolge sind kein Problem.</source>
        <translation>An Excel list (.xlsx) of people or organisations. Title rows above the headings and columns in any order are no problem.</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisationen (Mitglieder, Partner)</source>
        <translation>Organisations (members, partners)</translation>
    </message>
    <message>
        <source>Pfad der Excel-Datei</source>
        <translation>Path of the Excel file</translation>
    </message>
    <message>
        <source>das Blatt, mit dem Excel die Datei öffnet</source>
        <translation>the sheet Excel opens the file with</translation>
    </message>
    <message>
        <source>Durchsuchen…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tabellenblatt</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Erkannt werden deutsche und englische Überschriften, z. B. Anrede, Titel, Vorname, Nachname oder Name, Kommune/Institution/Organisation, Funktion, E-Mail, Telefon. Im nächsten Schritt lässt sich die Zuordnung ändern. Noch wird nichts gespeichert.</source>
        <translation>German and English headings are recognised, e.g. salutation, title, first name, last name or name, municipality/institution/organisation, function, e-mail, phone. The mapping can be changed in the next step. Nothing is saved yet.</translation>
    </message>
    <message>
        <source>Excel-Liste wählen</source>
        <translation>Choose Excel list</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx);;Alle Dateien (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Datei lesen …</source>
        <translation>Reading file …</translation>
    </message>
    <message>
        <source>Datei lesen</source>
        <translation>Read file</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Netzwerkstatt einrichten</source>
        <translation>Set up Netzwerkstatt</translation>
    </message>
    <message>
        <source>Weiter &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Zurück</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Datenbank wird eingerichtet…</source>
        <translation>Setting up the database…</translation>
    </message>
    <message>
        <source>Die Einrichtung ist nicht gelungen.</source>
        <translation>The setup did not succeed.</translation>
    </message>
    <message>
        <source>Die Datenbank wird angelegt…</source>
        <translation>Creating the database…</translation>
    </message>
    <message>
        <source>Demodaten werden eingefügt…</source>
        <translation>Adding demo data…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GermanDate</name>
    <message>
        <source>Das Jahr bitte mit vier Ziffern eingeben, z. B. 07.01.2027.</source>
        <translation>Please enter the year with four digits, e.g. 07.01.2027.</translation>
    </message>
    <message>
        <source>»%1« ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 07.01.2027.</source>
        <translation>“%1” is not a date. Please enter it as DD.MM.YYYY, e.g. 07.01.2027.</translation>
    </message>
    <message>
        <source>Bitte ein Datum eingeben, z. B. 07.01.2027.</source>
        <translation>Please enter a date, e.g. 07.01.2027.</translation>
    </message>
    <message>
        <source>Den %1 gibt es nicht. Bitte das Datum prüfen.</source>
        <translation>There is no %1. Please check the date.</translation>
    </message>
    <message>
        <source>»%1« ist keine Uhrzeit. Bitte als HH:MM eingeben, z. B. 14:30.</source>
        <translation>“%1” is not a time. Please enter it as HH:MM, e.g. 14:30.</translation>
    </message>
    <message>
        <source>Das Datum muss zwischen dem %1 und dem %2 liegen.</source>
        <translation>The date must lie between %1 and %2.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Benutzerhandbuch – Netzwerkstatt</source>
        <translation>User guide – Netzwerkstatt</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Zum Inhaltsverzeichnis am Anfang des Handbuchs</source>
        <translation>To the table of contents at the beginning of the guide</translation>
    </message>
    <message>
        <source>Im Handbuch suchen</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Weitersuchen</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Das Benutzerhandbuch wurde nicht gefunden:
{path}</source>
        <translation>The user guide was not found:
{path}</translation>
    </message>
    <message>
        <source>nicht gefunden</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Bild wählen…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>kein Bild</source>
        <translation>no image</translation>
    </message>
    <message>
        <source>Bild wählen</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Bild</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Die Datei ist kein lesbares Bild.</source>
        <translation>The file is not a readable image.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Anwesenheitsliste einlesen: %1</source>
        <translation>Read attendance list: %1</translation>
    </message>
    <message>
        <source>Unbekannte Personen neu anlegen</source>
        <translation>Create unknown people</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Datei kann nicht eingelesen werden.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n Fehler – es wird nichts übernommen, solange Fehler da sind.</source>
        <translation>
            <numerusform>%n error – nothing is taken over while there are errors.</numerusform>
            <numerusform>%n errors – nothing is taken over while there are errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mit »Übernehmen« wird die Anwesenheit gespeichert.</source>
        <translation>“Apply” saves the attendance.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>✚ neu</source>
        <translation>✚ new</translation>
    </message>
    <message>
        <source>↻ Aktualisierung</source>
        <translation>↻ update</translation>
    </message>
    <message>
        <source>⚠ mögliches Duplikat</source>
        <translation>⚠ possible duplicate</translation>
    </message>
    <message>
        <source>= unverändert</source>
        <translation>= unchanged</translation>
    </message>
    <message>
        <source>✖ Fehler</source>
        <translation>✖ error</translation>
    </message>
    <message>
        <source>? prüfen</source>
        <translation>? check</translation>
    </message>
    <message>
        <source>Aus Excel importieren</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Weiter &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Zurück</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InformationDialog</name>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Information under Art. 15 GDPR</translation>
    </message>
    <message>
        <source>PDF (zum Versenden oder Ausdrucken)</source>
        <translation>PDF (for sending or printing)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Ordner wählen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Ordner</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Auskunft erstellen</source>
        <translation>Create information</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enthält alle gespeicherten Angaben zur Person: Stammdaten, Einwilligung, Anmeldungen und Teilnahmen, Reiseangaben, Zahlungen, Bescheinigungen, Verteiler, Arbeitsgruppen und das Änderungsprotokoll. Eine JSON-Datei mit denselben Angaben wird daneben gespeichert. Die Auskunft wird im Verlauf vermerkt.</source>
        <translation>Contains all stored data on the person: master data, consent, registrations and participations, travel details, payments, certificates, mailing lists, working groups and the change log. A JSON file with the same data is saved beside it. The information request is noted in the history.</translation>
    </message>
    <message>
        <source>Ordner für die Auskunft</source>
        <translation>Folder for the information</translation>
    </message>
    <message>
        <source>Bitte einen Ordner wählen.</source>
        <translation>Please choose a folder.</translation>
    </message>
    <message>
        <source>Die Auskunft wurde gespeichert.</source>
        <translation>The information has been saved.</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Einladen – %1</source>
        <translation>Invite – %1</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation>Mailing list</translation>
    </message>
    <message>
        <source>Alle Kontakte der Mitgliedskommunen</source>
        <translation>All contacts of member municipalities</translation>
    </message>
    <message>
        <source>Arbeitsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Ausgewählte Personen</source>
        <translation>Chosen people</translation>
    </message>
    <message>
        <source>Angemeldete dieser Veranstaltung (Erinnerung)</source>
        <translation>Registered for this event (reminder)</translation>
    </message>
    <message>
        <source>Personen wählen…</source>
        <translation>Choose people…</translation>
    </message>
    <message>
        <source>Empfänger prüfen</source>
        <translation>Check recipients</translation>
    </message>
    <message>
        <source>Ausgelassen (Einwilligung, inaktiv, ohne Adresse):</source>
        <translation>Left out (consent, inactive, no address):</translation>
    </message>
    <message>
        <source>Versand</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Über den Mailserver senden</source>
        <translation>Send through the mail server</translation>
    </message>
    <message>
        <source>Outlook-Entwürfe (.eml) in einen Ordner schreiben</source>
        <translation>Write Outlook drafts (.eml) into a folder</translation>
    </message>
    <message>
        <source>Server: %1, Absender: %2</source>
        <translation>Server: %1, sender: %2</translation>
    </message>
    <message>
        <source>Kein Mailserver eingerichtet (Einstellungen › E-Mail).</source>
        <translation>No mail server set up (Settings › E-mail).</translation>
    </message>
    <message>
        <source>Ordner für die Entwürfe</source>
        <translation>Folder for the drafts</translation>
    </message>
    <message>
        <source>Ordner wählen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Unklare erneut senden…</source>
        <translation>Resend unclear…</translation>
    </message>
    <message>
        <source>Nachrichten, deren Versand abgebrochen wurde, beim nächsten Senden wieder mitnehmen</source>
        <translation>Include messages whose sending was interrupted the next time you send</translation>
    </message>
    <message>
        <source>Versandprotokoll</source>
        <translation>Send journal</translation>
    </message>
    <message>
        <source>Einladungen senden</source>
        <translation>Send invitations</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kalenderdatei (.ics)…</source>
        <translation>Calendar file (.ics)…</translation>
    </message>
    <message>
        <source>Den Termin als Kalenderdatei speichern, z. B. für den eigenen Kalender</source>
        <translation>Save the event as a calendar file, e.g. for your own calendar</translation>
    </message>
    <message>
        <source>Unklare Nachrichten</source>
        <translation>Unclear messages</translation>
    </message>
    <message>
        <source>Der Versand dieser Nachrichten wurde abgebrochen; sie können angekommen sein. Bitte in »Gesendete Elemente« prüfen. Beim nächsten Senden erneut mitnehmen?</source>
        <translation>Sending these messages was interrupted; they may have arrived. Please check “Sent Items”. Include them again the next time you send?</translation>
    </message>
    <message>
        <source>Erneut mitnehmen</source>
        <translation>Include again</translation>
    </message>
    <message>
        <source>Personen einladen</source>
        <translation>Invite people</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>%1 Personen gewählt</source>
        <translation>%1 people chosen</translation>
    </message>
    <message>
        <source>Entwürfe schreiben</source>
        <translation>Write drafts</translation>
    </message>
    <message>
        <source>Erinnerungen senden</source>
        <translation>Send reminders</translation>
    </message>
    <message>
        <source>%1 Empfänger, %2 ausgelassen</source>
        <translation>%1 recipients, %2 left out</translation>
    </message>
    <message>
        <source>Einladen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Niemand auf der Liste kann angeschrieben werden.</source>
        <translation>Nobody on the list can be written to.</translation>
    </message>
    <message>
        <source>Bitte einen Ordner für die Entwürfe wählen.</source>
        <translation>Please choose a folder for the drafts.</translation>
    </message>
    <message>
        <source>%1 Entwürfe schreiben?</source>
        <translation>Write %1 drafts?</translation>
    </message>
    <message>
        <source>%1 Nachrichten senden? Bereits gesendete werden übersprungen.</source>
        <translation>Send %1 messages? Those already sent are skipped.</translation>
    </message>
    <message>
        <source>Ausgelassen:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>Senden</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Beiträge &amp; Rechnungen</source>
        <translation>Fees &amp; invoices</translation>
    </message>
    <message>
        <source>Mitgliedsbeiträge nach Einwohnerzahl, Rechnungen als PDF und XRechnung, Zahlungen und Mahnungen</source>
        <translation>Member fees by population, invoices as PDF and XRechnung, payments and reminders</translation>
    </message>
    <message>
        <source>Beitragsrechnungen erstellen…</source>
        <translation>Create fee invoices…</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Reisekosten abrechnen…</source>
        <translation>Invoice trip fees…</translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Beitrag</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Rechnung</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Bezahlt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Mahnstufe</source>
        <translation>Reminder level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>nur offene Posten</source>
        <translation>open items only</translation>
    </message>
    <message>
        <source>Zahlung buchen…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Mahnen…</source>
        <translation>Send reminder…</translation>
    </message>
    <message>
        <source>Stornieren (Gutschrift)…</source>
        <translation>Cancel (credit note)…</translation>
    </message>
    <message>
        <source>Nachdrucken…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <source>Liste für die Kasse (Excel)…</source>
        <translation>List for the treasurer (Excel)…</translation>
    </message>
    <message>
        <source>Beiträge des Jahres</source>
        <translation>Fees of the year</translation>
    </message>
    <message>
        <source>Rechnungen</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>%1 Mitglieder, Beiträge zusammen %2; noch nicht berechnet: %3</source>
        <translation>%1 members, fees in total %2; not yet invoiced: %3</translation>
    </message>
    <message>
        <source>Beiträge %1: berechnet %2, bezahlt %3, offen %4</source>
        <translation>Fees %1: invoiced %2, paid %3, open %4</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Rechnung in der Liste wählen.</source>
        <translation>Please select an invoice in the list first.</translation>
    </message>
    <message>
        <source>Beiträge</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Rechnung %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Ordner für die Rechnungen wählen</source>
        <translation>Choose the folder for the invoices</translation>
    </message>
    <message>
        <source>Beitragsrechnungen</source>
        <translation>Fee invoices</translation>
    </message>
    <message>
        <source>%1 Rechnungen über zusammen %2 für %3 erstellen?</source>
        <translation>Create %1 invoices totalling %2 for %3?</translation>
    </message>
    <message>
        <source>Rechnungen erstellen</source>
        <translation>Create invoices</translation>
    </message>
    <message>
        <source>Rechnungen werden erstellt …</source>
        <translation>Creating invoices …</translation>
    </message>
    <message>
        <source>%1 Rechnungen erstellt in %2.</source>
        <translation>%1 invoices created in %2.</translation>
    </message>
    <message>
        <source>Reisekosten</source>
        <translation>Trip fees</translation>
    </message>
    <message>
        <source>In diesem Jahr gibt es keine Exkursion.</source>
        <translation>There is no excursion in this year.</translation>
    </message>
    <message>
        <source>Exkursion</source>
        <translation>Excursion</translation>
    </message>
    <message>
        <source>Zahlung gebucht; %1 ist jetzt %2.</source>
        <translation>Payment recorded; %1 is now %2.</translation>
    </message>
    <message>
        <source>Ordner für die Mahnung wählen</source>
        <translation>Choose the folder for the reminder</translation>
    </message>
    <message>
        <source>Mahnen</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Mahnung geschrieben: %1</source>
        <translation>Reminder written: %1</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Cancel invoice</translation>
    </message>
    <message>
        <source>Grund der Stornierung von %1:</source>
        <translation>Reason for cancelling %1:</translation>
    </message>
    <message>
        <source>Ordner für die Gutschrift wählen</source>
        <translation>Choose the folder for the credit note</translation>
    </message>
    <message>
        <source>Gutschrift %1 zu %2 erstellt.</source>
        <translation>Credit note %1 for %2 created.</translation>
    </message>
    <message>
        <source>Ordner für den Nachdruck wählen</source>
        <translation>Choose the folder for the reprint</translation>
    </message>
    <message>
        <source>Nachdrucken</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>%1 nachgedruckt in %2.</source>
        <translation>%1 reprinted in %2.</translation>
    </message>
    <message>
        <source>Liste für die Kasse</source>
        <translation>List for the treasurer</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 Rechnungen exportiert: %2</source>
        <translation>%1 invoices exported: %2</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>z. B. Quartiersmanagement, Frau Smit</source>
        <translation>e.g. neighbourhood management, Ms Smit</translation>
    </message>
    <message>
        <source>Was wird besichtigt oder besprochen?</source>
        <translation>What will be visited or discussed?</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Gastgeber / Kontakt</source>
        <translation>Host / contact</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Bitte beschreiben, was auf dem Programm steht.</source>
        <translation>Please describe what is on the programme.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wird abgebrochen…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Einladungsbriefe</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <source>Alle Ansprechpersonen der Mitglieder</source>
        <translation>All contact people of the members</translation>
    </message>
    <message>
        <source>Verteiler: %1</source>
        <translation>Mailing list: %1</translation>
    </message>
    <message>
        <source>Arbeitsgruppe: %1</source>
        <translation>Working group: %1</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Briefe erstellen und anzeigen</source>
        <translation>Create and show letters</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Einladungsbriefe werden erstellt…</source>
        <translation>Creating invitation letters…</translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <source>Exportieren (Excel)…</source>
        <translation>Export (Excel)…</translation>
    </message>
    <message>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Die Liste hat noch keine Spalten. Bitte zuerst auswählen, was sie zeigen soll.</source>
        <translation>The list has no columns yet. Please first choose what it should show.</translation>
    </message>
    <message>
        <source>Exportieren (Excel)</source>
        <translation>Export (Excel)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Die Liste wurde nicht gespeichert.</source>
        <translation>The list has not been saved.</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>%1 Einträge</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Die angezeigte Liste exportieren oder drucken</source>
        <translation>Export or print the list shown</translation>
    </message>
</context>
<context>
    <name>MailJournalView</name>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Nachricht</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1 Nachrichten im Versandprotokoll</source>
        <translation>%1 messages in the send journal</translation>
    </message>
</context>
<context>
    <name>MailSettingsTab</name>
    <message>
        <source>Mailserver</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <source>z. B. smtp.essen.de</source>
        <translation>e.g. smtp.essen.de</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>wird im Anmeldeinformationsspeicher von Windows abgelegt</source>
        <translation>kept in the Windows credential store</translation>
    </message>
    <message>
        <source>z. B. netzwerk@essen.de</source>
        <translation>e.g. netzwerk@essen.de</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Verschlüsselung</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Absender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Pause zwischen Nachrichten</source>
        <translation>Pause between messages</translation>
    </message>
    <message>
        <source>Verbindung testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Mit diesen Angaben beim Mailserver anmelden, ohne etwas zu senden</source>
        <translation>Log in to the mail server with these details, without sending anything</translation>
    </message>
    <message>
        <source>Standardtext</source>
        <translation>Default text</translation>
    </message>
    <message>
        <source>Platzhalter: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Beispielperson</source>
        <translation>Sample person</translation>
    </message>
    <message>
        <source>Beispielveranstaltung</source>
        <translation>Sample event</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Verbindung wird aufgebaut …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <source>Verbindung und Anmeldung in Ordnung.</source>
        <translation>Connection and login are fine.</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MailingListDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MailingListsWidget</name>
    <message>
        <source>E-Mail schreiben</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <source>Keine der gewählten Personen hat eine E-Mail-Adresse, an die geschrieben werden darf.</source>
        <translation>None of the selected people has an e-mail address that may be written to.</translation>
    </message>
    <message>
        <source>%1 Adressen sind zu viele für einen E-Mail-Link. Sie wurden in die Zwischenablage kopiert: bitte in Outlook ins Feld »Bcc« einfügen (Strg+V).</source>
        <translation>%1 addresses are too many for an e-mail link. They have been copied to the clipboard: please paste them into the “Bcc” field in Outlook (Ctrl+V).</translation>
    </message>
    <message>
        <source>Nicht enthalten: %1</source>
        <translation>Not included: %1</translation>
    </message>
    <message>
        <source>Adressen kopiert</source>
        <translation>Addresses copied</translation>
    </message>
    <message>
        <source>%1 Adressen sind in der Zwischenablage, getrennt durch Semikolon – in Outlook ins Feld »An« oder »Bcc« einfügen.</source>
        <translation>%1 addresses are on the clipboard, separated by semicolons – paste them into the “To” or “Bcc” field in Outlook.</translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation>Mailing list</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Neu…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Umbenennen…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Alle mit Rolle …</source>
        <translation>All with role …</translation>
    </message>
    <message>
        <source>Personen hinzufügen…</source>
        <translation>Add people…</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Adressen kopieren (Outlook)</source>
        <translation>Copy addresses (Outlook)</translation>
    </message>
    <message>
        <source>Alle Adressen, getrennt durch Semikolon, in die Zwischenablage</source>
        <translation>All addresses, separated by semicolons, to the clipboard</translation>
    </message>
    <message>
        <source>E-Mail-Programm öffnen (Bcc)</source>
        <translation>Open e-mail program (Bcc)</translation>
    </message>
    <message>
        <source>Neue E-Mail mit allen Adressen im Feld »Bcc«</source>
        <translation>New e-mail with all addresses in the “Bcc” field</translation>
    </message>
    <message>
        <source>Adressetiketten…</source>
        <translation>Address labels…</translation>
    </message>
    <message>
        <source>Adressetiketten (Avery Zweckform 3475 oder 3422) für alle im Verteiler</source>
        <translation>Address labels (Avery Zweckform 3475 or 3422) for everyone on the mailing list</translation>
    </message>
    <message>
        <source>Exportieren (Excel)…</source>
        <translation>Export (Excel)…</translation>
    </message>
    <message>
        <source>Kein Verteiler gewählt</source>
        <translation>No mailing list selected</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>, davon erhalten %1 E-Mails</source>
        <translation>, of whom %1 receive e-mails</translation>
    </message>
    <message>
        <source>Bitte zuerst einen Verteiler wählen oder anlegen.</source>
        <translation>Please choose or create a mailing list first.</translation>
    </message>
    <message>
        <source>Neuer Verteiler</source>
        <translation>New mailing list</translation>
    </message>
    <message>
        <source>Verteiler umbenennen</source>
        <translation>Rename mailing list</translation>
    </message>
    <message>
        <source>Verteiler löschen</source>
        <translation>Delete mailing list</translation>
    </message>
    <message>
        <source>Den Verteiler »%1« löschen?</source>
        <translation>Delete the mailing list “%1”?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Die Personen selbst bleiben erhalten.</source>
        <translation>The people themselves are kept.</translation>
    </message>
    <message>
        <source>Personen zu »%1« hinzufügen</source>
        <translation>Add people to “%1”</translation>
    </message>
    <message>
        <source>%1 Personen mit der Rolle »%2« hinzugefügt.</source>
        <translation>%1 people with the role “%2” added.</translation>
    </message>
    <message>
        <source>Avery Zweckform 3475 (70 × 36 mm)</source>
        <translation>Avery Zweckform 3475 (70 × 36 mm)</translation>
    </message>
    <message>
        <source>Avery Zweckform 3422 (70 × 35 mm)</source>
        <translation>Avery Zweckform 3422 (70 × 35 mm)</translation>
    </message>
    <message>
        <source>Adressetiketten</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <source>Etikettenbogen</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <source>Adressetiketten %1</source>
        <translation>Address labels %1</translation>
    </message>
    <message>
        <source>Verteiler exportieren</source>
        <translation>Export mailing list</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bereiche</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Datenbank &amp;öffnen…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Eine andere Netzwerkstatt-Datenbank öffnen</source>
        <translation>Open another Netzwerkstatt database</translation>
    </message>
    <message>
        <source>&amp;Neue Datenbank…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>Eine neue, leere Datenbank anlegen und öffnen</source>
        <translation>Create and open a new, empty database</translation>
    </message>
    <message>
        <source>&amp;Sicherung erstellen…</source>
        <translation>&amp;Create backup…</translation>
    </message>
    <message>
        <source>Eine Sicherungskopie der geöffneten Datenbank speichern</source>
        <translation>Save a backup copy of the open database</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Die geöffnete Datenbank aus einer Sicherung wiederherstellen</source>
        <translation>Restore the open database from a backup</translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Die angezeigten Daten neu aus der Datenbank lesen</source>
        <translation>Read the data shown from the database again</translation>
    </message>
    <message>
        <source>&amp;Protokollordner öffnen</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Den Ordner mit den Protokolldateien für die IT öffnen</source>
        <translation>Open the folder with the log files for IT</translation>
    </message>
    <message>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Das Handbuch mit den Aufgaben der Geschäftsstelle Schritt für Schritt</source>
        <translation>The guide to the office&apos;s tasks, step by step</translation>
    </message>
    <message>
        <source>Über &amp;Netzwerkstatt</source>
        <translation>About &amp;Netzwerkstatt</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Netzwerkstatt – {name}</source>
        <translation>Netzwerkstatt – {name}</translation>
    </message>
    <message>
        <source>Datenbank: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Geschäftsstelle, Briefkopf, Bescheinigungen, Kammern, Sicherungen und Sprache einstellen</source>
        <translation>Set up the office, letterhead, certificates, chambers, backups and language</translation>
    </message>
    <message>
        <source>Daten werden vorbereitet…</source>
        <translation>Preparing data…</translation>
    </message>
    <message>
        <source>Automatische Sicherung</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Automatische Sicherung erstellt: {name}</source>
        <translation>Automatic backup created: {name}</translation>
    </message>
    <message>
        <source>Automatische Sicherung fehlgeschlagen: {error}</source>
        <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Datenschutz: {detail}</source>
        <translation>Data protection: {detail}</translation>
    </message>
    <message>
        <source>Datenschutz: sensible Reiseangaben von {count} Reisen nach Ablauf der Frist gelöscht (Einzelheiten unter Exkursionen).</source>
        <translation>Data protection: sensitive travel details of {count} trips deleted after the retention period (details under Excursions).</translation>
    </message>
    <message>
        <source>Sensible Reiseangaben konnten nicht gelöscht werden: {error}</source>
        <translation>Sensitive travel details could not be deleted: {error}</translation>
    </message>
    <message>
        <source>Netzwerkstatt-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Netzwerkstatt databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Neue Datenbank anlegen</source>
        <translation>Create new database</translation>
    </message>
    <message>
        <source>Neue Datenbank</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Die Datei {path} gibt es schon.</source>
        <translation>The file {path} already exists.</translation>
    </message>
    <message>
        <source>Bitte einen neuen Namen wählen oder die Datei mit »Datenbank öffnen…« öffnen.</source>
        <translation>Please choose a new name or open the file with “Open database…”.</translation>
    </message>
    <message>
        <source>Diese Datenbank ist bereits geöffnet.</source>
        <translation>This database is already open.</translation>
    </message>
    <message>
        <source>Datenbank wird geöffnet…</source>
        <translation>Opening database…</translation>
    </message>
    <message>
        <source>Die Datenbank konnte nicht angelegt werden.</source>
        <translation>The database could not be created.</translation>
    </message>
    <message>
        <source>Die Datenbank konnte nicht geöffnet werden.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>Geöffnet: {where}</source>
        <translation>Opened: {where}</translation>
    </message>
    <message>
        <source>Sicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <source>Sicherungen über dieses Programm gibt es nur für SQLite-Datenbanken; einen Datenbankserver sichert die IT.</source>
        <translation>Backups through this program are only available for SQLite databases; IT backs up a database server.</translation>
    </message>
    <message>
        <source>Netzwerkstatt-Sicherung-{date}.sqlite</source>
        <translation>Netzwerkstatt-Backup-{date}.sqlite</translation>
    </message>
    <message>
        <source>Die Sicherung kann nicht die geöffnete Datenbank selbst überschreiben. Bitte einen anderen Dateinamen wählen.</source>
        <translation>The backup cannot overwrite the open database itself. Please choose another file name.</translation>
    </message>
    <message>
        <source>Die Sicherung ist fehlgeschlagen.</source>
        <translation>The backup failed.</translation>
    </message>
    <message>
        <source>Sicherung gespeichert: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>Die Sicherung wurde gespeichert.</source>
        <translation>The backup has been saved.</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Wiederherstellen über dieses Programm gibt es nur für SQLite-Datenbanken; einen Datenbankserver stellt die IT wieder her.</source>
        <translation>Restoring through this program is only available for SQLite databases; IT restores a database server.</translation>
    </message>
    <message>
        <source>Sicherung zum Wiederherstellen wählen</source>
        <translation>Choose backup to restore</translation>
    </message>
    <message>
        <source>Das ist die geöffnete Datenbank selbst, keine Sicherung.</source>
        <translation>This is the open database itself, not a backup.</translation>
    </message>
    <message>
        <source>Den Inhalt der Datenbank durch die Sicherung ersetzen?</source>
        <translation>Replace the content of the database with the backup?</translation>
    </message>
    <message>
        <source>Datenbank:
{db}

Sicherung:
{backup}

Alle Änderungen seit dieser Sicherung gehen in der Datenbank verloren. Der jetzige Stand wird vorher als Sicherheitskopie gespeichert.</source>
        <translation>Database:
{db}

Backup:
{backup}

All changes since this backup will be lost in the database. The current state is saved as a safety copy first.</translation>
    </message>
    <message>
        <source>Sicherung wird zurückgespielt…</source>
        <translation>Restoring backup…</translation>
    </message>
    <message>
        <source>Die Wiederherstellung ist fehlgeschlagen; die Datenbank ist unverändert.</source>
        <translation>The restore failed; the database is unchanged.</translation>
    </message>
    <message>
        <source>Aus: {source}</source>
        <translation>From: {source}</translation>
    </message>
    <message>
        <source>Der vorherige Stand wurde gesichert und kann bei Bedarf genauso wiederhergestellt werden:
{safety}</source>
        <translation>The previous state has been backed up and can be restored in the same way if needed:
{safety}</translation>
    </message>
    <message>
        <source>Die Datenbank wurde wiederhergestellt.</source>
        <translation>The database has been restored.</translation>
    </message>
    <message>
        <source>Die neue Sprache gilt ab dem nächsten Start von Netzwerkstatt.</source>
        <translation>The new language applies from the next start of Netzwerkstatt.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Überschriften und Spalten prüfen</source>
        <translation>Check headings and columns</translation>
    </message>
    <message>
        <source>Welche Spalte enthält was? Die Zuordnung wurde aus den Überschriften erkannt und lässt sich hier ändern.</source>
        <translation>Which column contains what? The mapping was recognised from the headings and can be changed here.</translation>
    </message>
    <message>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>erster Wert</source>
        <translation>first value</translation>
    </message>
    <message>
        <source>übernehmen als</source>
        <translation>take over as</translation>
    </message>
    <message>
        <source>Überschriften stehen in Zeile</source>
        <translation>Headings are in row</translation>
    </message>
    <message>
        <source>Überschriften</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>— nicht übernehmen —</source>
        <translation>— do not take over —</translation>
    </message>
    <message>
        <source>%1 von %2 Spalten zugeordnet; darunter %3.</source>
        <translation>%1 of %2 columns mapped; below them %3.</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Zeilen</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Keine bekannten Überschriften gefunden – bitte die Zeile mit den Überschriften wählen und die Spalten zuordnen. </source>
        <translation>No known headings found – please choose the row with the headings and map the columns. </translation>
    </message>
    <message>
        <source>Zuordnung</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>»%1« ist zwei Spalten zugeordnet. Bitte eine davon auf »nicht übernehmen« stellen.</source>
        <translation>“%1” is mapped to two columns. Please set one of them to “do not take over”.</translation>
    </message>
</context>
<context>
    <name>MeetingPackDialog</name>
    <message>
        <source>Sitzungsunterlagen</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <source>1 Person angemeldet</source>
        <translation>1 person registered</translation>
    </message>
    <message>
        <source>%1 Personen angemeldet</source>
        <translation>%1 people registered</translation>
    </message>
    <message>
        <source>Einladung (Titel, Datum, Zeit, Ort oder Link, Gastgeber)</source>
        <translation>Invitation (title, date, time, venue or link, host)</translation>
    </message>
    <message>
        <source>Tagesordnung mit Zeiten und Referierenden</source>
        <translation>Agenda with times and speakers</translation>
    </message>
    <message>
        <source>Teilnehmendenliste (Name, Funktion, Organisation)</source>
        <translation>Participant list (name, function, organisation)</translation>
    </message>
    <message>
        <source>Unterschriftenliste mit freien Zeilen</source>
        <translation>Sign-in sheet with blank rows</translation>
    </message>
    <message>
        <source>Namensschilder (10 je Bogen, Etikettenprodukt aus Einstellungen → Drucken)</source>
        <translation>Name badges (10 per sheet, label product from Settings → Printing)</translation>
    </message>
    <message>
        <source>Tischaufsteller (1 A4-Seite je Person, in der Mitte falten)</source>
        <translation>Table tents (1 A4 page per person, fold in the middle)</translation>
    </message>
    <message>
        <source>Teile</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>nach Organisation, dann Name</source>
        <translation>by organisation, then name</translation>
    </message>
    <message>
        <source>nach Nachname</source>
        <translation>by last name</translation>
    </message>
    <message>
        <source> Zeilen</source>
        <translation> rows</translation>
    </message>
    <message>
        <source>Freie Zeilen für Nachmeldungen</source>
        <translation>Blank rows for late registrations</translation>
    </message>
    <message>
        <source>Reihenfolge</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Für Exkursionen werden die Reiseunterlagen erstellt (Programm, Teilnehmende, Zimmerliste).</source>
        <translation>For excursions the travel pack is created (programme, participants, rooming list).</translation>
    </message>
    <message>
        <source>Erstellen und anzeigen</source>
        <translation>Create and show</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sitzungsunterlagen werden erstellt…</source>
        <translation>Creating meeting pack…</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Mitgliedskommunen, Partner und weitere Organisationen mit ihren Programmgebieten</source>
        <translation>Member municipalities, partners and other organisations with their programme areas</translation>
    </message>
    <message>
        <source>Suchen: Name, Ort oder Gemeindeschlüssel …</source>
        <translation>Search: name, place or municipality key …</translation>
    </message>
    <message>
        <source>alle Arten</source>
        <translation>all types</translation>
    </message>
    <message>
        <source>alle Organisationen</source>
        <translation>all organisations</translation>
    </message>
    <message>
        <source>Mitglieder heute</source>
        <translation>Members today</translation>
    </message>
    <message>
        <source>Mitglieder im Jahr</source>
        <translation>Members in year</translation>
    </message>
    <message>
        <source>alle Regierungsbezirke</source>
        <translation>all administrative districts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation>Administrative district</translation>
    </message>
    <message>
        <source>Mitgliedschaft</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Programmgebiete</source>
        <translation>Programme areas</translation>
    </message>
    <message>
        <source>AGS</source>
        <translation>AGS</translation>
    </message>
    <message>
        <source>Exportieren (Excel)…</source>
        <translation>Export (Excel)…</translation>
    </message>
    <message>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Importieren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Organisationen aus einer Excel-Liste übernehmen</source>
        <translation>Take over organisations from an Excel list</translation>
    </message>
    <message>
        <source>Neue Organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>Neue Mitgliedskommune…</source>
        <translation>New member municipality…</translation>
    </message>
    <message>
        <source>Aus dem amtlichen Verzeichnis der NRW-Kommunen wählen</source>
        <translation>Choose from the official directory of NRW municipalities</translation>
    </message>
    <message>
        <source>Mitglieder am %1</source>
        <translation>Members on %1</translation>
    </message>
    <message>
        <source>Mitglieder %1</source>
        <translation>Members %1</translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Organisation auswählen.</source>
        <translation>Please select an organisation first.</translation>
    </message>
    <message>
        <source>Organisationen exportieren</source>
        <translation>Export organisations</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Mitgliedschaft</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>beendet am</source>
        <translation>ended on</translation>
    </message>
    <message>
        <source>kein Beitrag</source>
        <translation>no fee</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Jahresbeitrag</source>
        <translation>Annual fee</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Mitglieder</name>
    <message>
        <source>Person anonymisieren</source>
        <translation>Anonymise person</translation>
    </message>
    <message>
        <source>Endgültig anonymisieren</source>
        <translation>Anonymise permanently</translation>
    </message>
    <message>
        <source>Die Person wurde inzwischen von jemand anderem geändert. Bitte die Liste neu laden und noch einmal versuchen.</source>
        <translation>The person has been changed by someone else in the meantime. Please reload the list and try again.</translation>
    </message>
    <message>
        <source>Sicherungen mit der Person</source>
        <translation>Backups holding the person</translation>
    </message>
    <message>
        <source>{count} Sicherungskopie(n) enthalten die Person noch mit allen Angaben. Sollen sie gelöscht werden?</source>
        <translation>{count} backup(s) still hold the person with all details. Delete them?</translation>
    </message>
    <message>
        <source>Sicherungen löschen</source>
        <translation>Delete backups</translation>
    </message>
    <message>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Diese Sicherungen ließen sich nicht löschen; bitte von Hand löschen:</source>
        <translation>These backups could not be deleted; please delete them by hand:</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+ %n weitere</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MunicipalityPickerDialog</name>
    <message>
        <source>Neue Mitgliedskommune</source>
        <translation>New member municipality</translation>
    </message>
    <message>
        <source>Name der Stadt oder Gemeinde …</source>
        <translation>Name of the town or municipality …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>kreisfrei</source>
        <translation>district-free</translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation>Administrative district</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>AGS</source>
        <translation>AGS</translation>
    </message>
    <message>
        <source>erfasst als</source>
        <translation>recorded as</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name, Gemeindeschlüssel, Kreis, Regierungsbezirk und Postleitzahl kommen aus dem amtlichen Gemeindeverzeichnis (Destatis).</source>
        <translation>Name, municipality key, district, administrative district and postcode come from the official municipality directory (Destatis).</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>%1 ist schon erfasst (als »%2«).</source>
        <translation>%1 is already recorded (as “%2”).</translation>
    </message>
</context>
<context>
    <name>NewExcursionDialog</name>
    <message>
        <source>Neue Exkursion</source>
        <translation>New excursion</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>z. B. Studienfahrt Lyon: Politique de la ville</source>
        <translation>e.g. Study trip Lyon: Politique de la ville</translation>
    </message>
    <message>
        <source>leer = unbegrenzt</source>
        <translation>empty = unlimited</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Ziel (Stadt)</source>
        <translation>Destination (city)</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Höchstzahl Teilnehmende</source>
        <translation>Maximum number of participants</translation>
    </message>
    <message>
        <source>Die Höchstzahl muss eine ganze Zahl sein (oder leer für unbegrenzt).</source>
        <translation>The maximum number must be a whole number (or empty for unlimited).</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Bemerkung: %1</source>
        <translation>Remark: %1</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Willkommen bei Netzwerkstatt</source>
        <translation>Welcome to Netzwerkstatt</translation>
    </message>
    <message>
        <source>Zuerst die Angaben der Geschäftsstelle. Sie erscheinen auf Briefköpfen, Listen und Bescheinigungen und lassen sich später unter Einstellungen ändern.</source>
        <translation>First the details of the coordination office. They appear on letterheads, lists and certificates and can be changed later under Settings.</translation>
    </message>
    <message>
        <source>Name der Geschäftsstelle*</source>
        <translation>Name of the office*</translation>
    </message>
    <message>
        <source>z. B. Geschäftsstelle Städtenetz Soziale Stadt NRW</source>
        <translation>e.g. Geschäftsstelle Städtenetz Soziale Stadt NRW</translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>OnlineImportDialog</name>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Spalten des Formulars</source>
        <translation>Columns of the form</translation>
    </message>
    <message>
        <source>– nicht übernehmen –</source>
        <translation>– do not use –</translation>
    </message>
    <message>
        <source>Die Datei kann nicht eingelesen werden.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n Fehler – es wird nichts übernommen, solange Fehler da sind.</source>
        <translation>
            <numerusform>%n error – nothing is taken over while there are errors.</numerusform>
            <numerusform>%n errors – nothing is taken over while there are errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Mitgliedschaften</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Programmgebiete</source>
        <translation>Programme areas</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Gastgeber</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Rechnungen</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Organisation löschen…</source>
        <translation>Delete organisation…</translation>
    </message>
    <message>
        <source>Kommune aus der NRW-Liste suchen, z. B. Gelsenkirchen …</source>
        <translation>Search for a municipality in the NRW list, e.g. Gelsenkirchen …</translation>
    </message>
    <message>
        <source>Aus NRW-Liste</source>
        <translation>From NRW list</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AGS</source>
        <translation>AGS</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ, Ort</source>
        <translation>Postcode, town</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Hinzufügen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Jahresbeitrag</source>
        <translation>Annual fee</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>aufgenommen</source>
        <translation>admitted</translation>
    </message>
    <message>
        <source>beendet</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Neue Person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Person öffnen…</source>
        <translation>Open person…</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Neue Organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>nicht in der NRW-Liste</source>
        <translation>not in the NRW list</translation>
    </message>
    <message>
        <source>kreisfrei</source>
        <translation>district-free</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Zeile auswählen.</source>
        <translation>Please select a row first.</translation>
    </message>
    <message>
        <source>Organisation speichern</source>
        <translation>Save organisation</translation>
    </message>
    <message>
        <source>Jemand anderes hat diese Organisation gespeichert, während sie hier offen war.</source>
        <translation>Someone else saved this organisation while it was open here.</translation>
    </message>
    <message>
        <source>Organisation löschen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>»%1« löschen?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Mitgliedschaften und Programmgebiete werden mit gelöscht. Das geht nur, solange ihr keine Personen und Veranstaltungen zugeordnet sind.</source>
        <translation>Memberships and programme areas are deleted as well. This is only possible as long as no people or events are assigned to it.</translation>
    </message>
    <message>
        <source>Die Änderungen an dieser Organisation sind noch nicht gespeichert.</source>
        <translation>The changes to this organisation have not been saved yet.</translation>
    </message>
</context>
<context>
    <name>OrganisationParticipationDialog</name>
    <message>
        <source>Beteiligung je Jahr: %1</source>
        <translation>Participation per year: %1</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OrganisationParticipationWidget</name>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Teilnahmen</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>Gastgeber</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Veranstaltungen: an denen jemand der Organisation teilgenommen hat; Gastgeber: selbst ausgerichtete Veranstaltungen</source>
        <translation>Events: in which someone from the organisation took part; host: events organised by the organisation itself</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Zahlen neu aus der Datenbank lesen (F5)</source>
        <translation>Read the figures from the database again (F5)</translation>
    </message>
    <message>
        <source>Mitgliedskommunen</source>
        <translation>Member municipalities</translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Aktive Personen</source>
        <translation>Active people</translation>
    </message>
    <message>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Teilnahmen</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Warteliste</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Nächste Veranstaltungen</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>Keine anstehenden Veranstaltungen.</source>
        <translation>No upcoming events.</translation>
    </message>
    <message>
        <source>Doppelklick öffnet die Veranstaltung</source>
        <translation>Double-click opens the event</translation>
    </message>
    <message>
        <source>Erste Schritte</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>Die Datenbank ist noch leer. Am schnellsten geht es mit der Mitgliederliste aus Excel; einzelne Personen und das erste Netzwerktreffen lassen sich auch direkt anlegen.</source>
        <translation>The database is still empty. The quickest start is the member list from Excel; single people and the first network meeting can also be added directly.</translation>
    </message>
    <message>
        <source>1. Mitgliederliste importieren…</source>
        <translation>1. Import the member list…</translation>
    </message>
    <message>
        <source>2. Erste Person anlegen…</source>
        <translation>2. Add the first person…</translation>
    </message>
    <message>
        <source>3. Erstes Netzwerktreffen anlegen…</source>
        <translation>3. Create the first network meeting…</translation>
    </message>
    <message>
        <source>Anerkennung fehlt für Veranstaltungen der nächsten %1 Wochen:</source>
        <translation>Recognition missing for events of the next %1 weeks:</translation>
    </message>
    <message>
        <source>Stand: {date}</source>
        <translation>As of: {date}</translation>
    </message>
    <message>
        <source>aktuell Mitglied im Netzwerk</source>
        <translation>currently a member of the network</translation>
    </message>
    <message>
        <source>Kommunen, Land, Institute, Träger</source>
        <translation>Municipalities, state, institutes, providers</translation>
    </message>
    <message>
        <source>Ansprechpersonen im Adressbestand</source>
        <translation>Contact persons in the address records</translation>
    </message>
    <message>
        <source>{done} durchgeführt · {planned} geplant</source>
        <translation>{done} held · {planned} planned</translation>
    </message>
    <message>
        <source>Veranstaltungen {year}</source>
        <translation>Events {year}</translation>
    </message>
    <message>
        <source>bestätigte Teilnahmen</source>
        <translation>confirmed participations</translation>
    </message>
    <message>
        <source>Teilnahmen {year}</source>
        <translation>Participations {year}</translation>
    </message>
    <message>
        <source>Einträge für kommende Termine</source>
        <translation>Entries for upcoming dates</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Daten werden geladen…</source>
        <translation>Loading data…</translation>
    </message>
</context>
<context>
    <name>PageInPreparation</name>
    <message>
        <source>Bereich »{area}« wird vorbereitet…</source>
        <translation>Preparing “{area}”…</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Reiseangaben: %1</source>
        <translation>Travel details: %1</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>Einzelzimmer (EZ)</source>
        <translation>Single room (EZ)</translation>
    </message>
    <message>
        <source>Doppelzimmer (DZ)</source>
        <translation>Double room (DZ)</translation>
    </message>
    <message>
        <source>noch offen</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Mobilnummer, unter der die Person unterwegs erreichbar ist</source>
        <translation>Mobile number at which the person can be reached while travelling</translation>
    </message>
    <message>
        <source>z. B. vegetarisch, glutenfrei</source>
        <translation>e.g. vegetarian, gluten-free</translation>
    </message>
    <message>
        <source>Name und Telefonnummer</source>
        <translation>Name and phone number</translation>
    </message>
    <message>
        <source>Zimmerwunsch</source>
        <translation>Room preference</translation>
    </message>
    <message>
        <source>Zimmerpartner/in</source>
        <translation>Room partner</translation>
    </message>
    <message>
        <source>Telefon (Reise)</source>
        <translation>Phone (trip)</translation>
    </message>
    <message>
        <source>Ernährung</source>
        <translation>Diet</translation>
    </message>
    <message>
        <source>Notfallkontakt</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source> (Auslandsreise)</source>
        <translation> (trip abroad)</translation>
    </message>
    <message>
        <source>Telefon, Ernährung, Notfallkontakt und Zimmerpartner/in werden nach der Reise automatisch gelöscht.</source>
        <translation>Phone, diet, emergency contact and room partner are deleted automatically after the trip.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Zimmer</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Zimmerpartner/in</source>
        <translation>Room partner</translation>
    </message>
    <message>
        <source>Telefon (Reise)</source>
        <translation>Phone (trip)</translation>
    </message>
    <message>
        <source>Ernährung</source>
        <translation>Diet</translation>
    </message>
    <message>
        <source>Notfallkontakt</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Anmelden…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>Reiseangaben…</source>
        <translation>Travel details…</translation>
    </message>
    <message>
        <source>Abmelden…</source>
        <translation>Cancel registration…</translation>
    </message>
    <message>
        <source>Infobriefe (PDF)…</source>
        <translation>Information letters (PDF)…</translation>
    </message>
    <message>
        <source>Ein persönlicher Brief an alle mit Platz: Reise, Zimmer, offener Betrag, Programm</source>
        <translation>A personal letter to everyone with a seat: trip, room, amount outstanding, programme</translation>
    </message>
    <message>
        <source>Sensible Angaben jetzt löschen…</source>
        <translation>Delete sensitive details now…</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Teilnehmende: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>%1 angemeldet</source>
        <translation>%1 registered</translation>
    </message>
    <message>
        <source> von %1, %2 frei</source>
        <translation> of %1, %2 free</translation>
    </message>
    <message>
        <source>, %1 auf der Warteliste</source>
        <translation>, %1 on the waiting list</translation>
    </message>
    <message>
        <source>Mindestzahl (%1) noch nicht erreicht.</source>
        <translation>Minimum number (%1) not yet reached.</translation>
    </message>
    <message>
        <source>Auslandsreise – Notfallkontakt fehlt bei: %1.</source>
        <translation>Trip abroad – emergency contact missing for: %1.</translation>
    </message>
    <message>
        <source>(nicht angemeldet)</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <source>Anmelden: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anmelden</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Trotzdem anmelden</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>Reiseangaben</source>
        <translation>Travel details</translation>
    </message>
    <message>
        <source>Reiseangaben von %1 gespeichert.</source>
        <translation>Travel details of %1 saved.</translation>
    </message>
    <message>
        <source>Abmelden</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>%1 ist bereits abgemeldet.</source>
        <translation>%1 has already cancelled.</translation>
    </message>
    <message>
        <source>Die Person steht auf der Warteliste; die Abmeldung ist kostenfrei.</source>
        <translation>The person is on the waiting list; cancelling is free of charge.</translation>
    </message>
    <message>
        <source>Bis zum Anmeldeschluss (%1) ist die Abmeldung kostenfrei; danach bleibt der Beitrag fällig, außer jemand rückt von der Warteliste nach.</source>
        <translation>Cancelling is free of charge until the registration deadline (%1); after that the contribution remains due unless someone moves up from the waiting list.</translation>
    </message>
    <message>
        <source>Bis zum Beginn der Reise ist die Abmeldung kostenfrei.</source>
        <translation>Cancelling is free of charge until the trip begins.</translation>
    </message>
    <message>
        <source>%1 von der Reise abmelden?</source>
        <translation>Cancel %1&apos;s registration for the trip?</translation>
    </message>
    <message>
        <source>%1 ist abgemeldet.</source>
        <translation>%1&apos;s registration has been cancelled.</translation>
    </message>
    <message>
        <source>Sensible Angaben löschen</source>
        <translation>Delete sensitive details</translation>
    </message>
    <message>
        <source>Die sensiblen Angaben aller Teilnehmenden dieser Reise jetzt löschen?</source>
        <translation>Delete the sensitive details of all participants of this trip now?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Gelöscht werden: %1. Das lässt sich nicht rückgängig machen.</source>
        <translation>To be deleted: %1. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Zahlungsweg</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bitte einen Betrag größer als 0 eingeben.</source>
        <translation>Please enter an amount greater than 0.</translation>
    </message>
    <message>
        <source>Zahlung buchen</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Rechnung</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Zahlungsdatum</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Betrag €</source>
        <translation>Amount €</translation>
    </message>
    <message>
        <source>Buchen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Zahlungen: %1</source>
        <translation>Payments: %1</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Betrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Erstattung</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Zahlung</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Zahlungsweg</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Eintrag löschen…</source>
        <translation>Delete entry…</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bitte zuerst einen Eintrag auswählen.</source>
        <translation>Please select an entry first.</translation>
    </message>
    <message>
        <source>Den Eintrag über %1 vom %2 löschen?</source>
        <translation>Delete the entry of %1 dated %2?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nur für falsch erfasste Einträge; die Löschung wird protokolliert.</source>
        <translation>Only for entries recorded by mistake; the deletion is logged.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Speichern unter…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Im PDF-Programm öffnen</source>
        <translation>Open in PDF program</translation>
    </message>
    <message>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 Seiten</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Der Drucker ließ sich nicht ansprechen.</source>
        <translation>The printer could not be reached.</translation>
    </message>
    <message>
        <source>Speichern unter</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Die Datei ließ sich nicht speichern.</source>
        <translation>The file could not be saved.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Alle Ansprechpersonen, Verteiler und die Datenschutz-Prüfung</source>
        <translation>All contact persons, mailing lists and the data protection review</translation>
    </message>
    <message>
        <source>Alle Personen</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation>Mailing lists</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Neue Person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Importieren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Personen aus einer Excel-Liste übernehmen</source>
        <translation>Take over people from an Excel list</translation>
    </message>
    <message>
        <source>Dubletten…</source>
        <translation>Duplicates…</translation>
    </message>
    <message>
        <source>Doppelt erfasste Personen finden und zusammenführen</source>
        <translation>Find and merge people recorded twice</translation>
    </message>
    <message>
        <source>Suchen: Name, Organisation, Funktion oder E-Mail …</source>
        <translation>Search: name, organisation, function or e-mail …</translation>
    </message>
    <message>
        <source>alle Organisationen</source>
        <translation>all organisations</translation>
    </message>
    <message>
        <source>alle Rollen</source>
        <translation>all roles</translation>
    </message>
    <message>
        <source>Kammer: alle</source>
        <translation>Chamber: all</translation>
    </message>
    <message>
        <source>ohne Kammer</source>
        <translation>without chamber</translation>
    </message>
    <message>
        <source>aktive und inaktive</source>
        <translation>active and inactive</translation>
    </message>
    <message>
        <source>nur aktive</source>
        <translation>active only</translation>
    </message>
    <message>
        <source>nur inaktive</source>
        <translation>inactive only</translation>
    </message>
    <message>
        <source>Einwilligung: alle</source>
        <translation>Consent: all</translation>
    </message>
    <message>
        <source>Einwilligung erteilt</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>ohne Einwilligung</source>
        <translation>without consent</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Anonymisierte zeigen</source>
        <translation>Show anonymised</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kammer</source>
        <translation>Chamber</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Exportieren (Excel)…</source>
        <translation>Export (Excel)…</translation>
    </message>
    <message>
        <source>Zum Verteiler</source>
        <translation>To mailing list</translation>
    </message>
    <message>
        <source>Die markierten Personen (oder alle gefundenen) einem Verteiler hinzufügen</source>
        <translation>Add the selected people (or all found) to a mailing list</translation>
    </message>
    <message>
        <source>Adressen kopieren (Outlook)</source>
        <translation>Copy addresses (Outlook)</translation>
    </message>
    <message>
        <source>E-Mail-Programm öffnen (Bcc)</source>
        <translation>Open e-mail program (Bcc)</translation>
    </message>
    <message>
        <source>An die markierten Personen (oder alle gefundenen) schreiben</source>
        <translation>Write to the selected people (or all found)</translation>
    </message>
    <message>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Person auswählen.</source>
        <translation>Please select a person first.</translation>
    </message>
    <message>
        <source>Neuer Verteiler…</source>
        <translation>New mailing list…</translation>
    </message>
    <message>
        <source>%1 Personen zu »%2« hinzugefügt (%3 waren schon darin).</source>
        <translation>%1 people added to “%2” (%3 were already in it).</translation>
    </message>
    <message>
        <source>Neuer Verteiler</source>
        <translation>New mailing list</translation>
    </message>
    <message>
        <source>Personen exportieren</source>
        <translation>Export people</translation>
    </message>
    <message>
        <source>Personen.xlsx</source>
        <translation>People.xlsx</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PeoplePickerDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name, Organisation, Funktion oder E-Mail …</source>
        <translation>Name, organisation, function or e-mail …</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>— Verteiler wählen —</source>
        <translation>— choose mailing list —</translation>
    </message>
    <message>
        <source>— Arbeitsgruppe wählen —</source>
        <translation>— choose working group —</translation>
    </message>
    <message>
        <source>Alle aktiven Personen des Verteilers werden übernommen.</source>
        <translation>All active people on the mailing list are taken over.</translation>
    </message>
    <message>
        <source>Alle heutigen Mitglieder der Arbeitsgruppe werden übernommen.</source>
        <translation>All current members of the working group are taken over.</translation>
    </message>
    <message>
        <source>Verteiler</source>
        <translation>Mailing list</translation>
    </message>
    <message>
        <source>Arbeitsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Die ersten 200 Treffer; bitte die Suche genauer fassen.</source>
        <translation>The first 200 matches; please narrow the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n Treffer. Mehrere mit Strg oder Umschalt markieren.</source>
        <translation>
            <numerusform>%n match. Select several with Ctrl or Shift.</numerusform>
            <numerusform>%n matches. Select several with Ctrl or Shift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Treffer.</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Einwilligung und Datenschutz</source>
        <translation>Consent and data protection</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Teilnahmen</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Vorgang</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(ohne)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <source>Organisation suchen …</source>
        <translation>Search organisation …</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>aktiv (erhält Einladungen)</source>
        <translation>active (receives invitations)</translation>
    </message>
    <message>
        <source>z. B. Vertretung, Erreichbarkeit, Absprachen</source>
        <translation>e.g. deputy, availability, arrangements</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>PLZ, Ort</source>
        <translation>Postcode, town</translation>
    </message>
    <message>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Kammer</source>
        <translation>Chamber</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Mitgliedsnummer</source>
        <translation>Membership number</translation>
    </message>
    <message>
        <source>Mitgliedergruppe</source>
        <translation>Member group</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <source>widerrufen am</source>
        <translation>withdrawn on</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>gilt für</source>
        <translation>applies to</translation>
    </message>
    <message>
        <source>erteilt über</source>
        <translation>given via</translation>
    </message>
    <message>
        <source>Widerruf</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)</source>
        <translation>Consent (Art. 6(1)(a) GDPR)</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 erstellen…</source>
        <translation>Create information under Art. 15…</translation>
    </message>
    <message>
        <source>Anonymisieren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Rechte der Person</source>
        <translation>Rights of the person</translation>
    </message>
    <message>
        <source>Auskunft: alle gespeicherten Angaben als PDF oder Excel, dazu maschinenlesbar als JSON. Anonymisieren: persönliche Angaben werden gelöscht, die Teilnahmen bleiben ohne Namen für die Statistik.</source>
        <translation>Information: all stored data as PDF or Excel, plus machine-readable as JSON. Anonymise: personal data is deleted, the participations remain without names for the statistics.</translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <source>Die Organisation »%1« ist nicht bekannt; bitte aus der Liste wählen oder zuerst unter »Mitglieder« anlegen.</source>
        <translation>The organisation “%1” is not known; please choose it from the list or create it first under “Members”.</translation>
    </message>
    <message>
        <source>✓ Einwilligung erteilt</source>
        <translation>✓ Consent given</translation>
    </message>
    <message>
        <source>keine Einwilligung erfasst</source>
        <translation>no consent recorded</translation>
    </message>
    <message>
        <source>✗ widerrufen – erhält keine E-Mails aus Verteilern</source>
        <translation>✗ withdrawn – receives no e-mails from mailing lists</translation>
    </message>
    <message>
        <source>Person speichern</source>
        <translation>Save person</translation>
    </message>
    <message>
        <source>Die E-Mail-Adresse %1 gehört schon zu %2. Ist das vielleicht dieselbe Person?</source>
        <translation>The e-mail address %1 already belongs to %2. Could this be the same person?</translation>
    </message>
    <message>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Unter »Dubletten« können zwei Datensätze zusammengeführt werden.</source>
        <translation>Two records can be merged under “Duplicates”.</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Jemand anderes hat diese Person gespeichert, während sie hier offen war.</source>
        <translation>Someone else saved this person while it was open here.</translation>
    </message>
    <message>
        <source>Die Änderungen an dieser Person sind noch nicht gespeichert.</source>
        <translation>The changes to this person have not been saved yet.</translation>
    </message>
    <message>
        <source>Erst speichern</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>Die Änderungen werden zuerst gespeichert.</source>
        <translation>The changes are saved first.</translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>Teilnahmeverlauf: %1</source>
        <translation>Participation history: %1</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PersonHistoryWidget</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>%1 Anmeldungen, davon %2 teilgenommen</source>
        <translation>%1 registrations, of which %2 attended</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>Name, Organisation, Funktion oder E-Mail …</source>
        <translation>Name, organisation, function or e-mail …</translation>
    </message>
    <message>
        <source>alle Rollen</source>
        <translation>all roles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Auswahl hinzufügen</source>
        <translation>Add selection</translation>
    </message>
    <message>
        <source>Alle gefundenen hinzufügen</source>
        <translation>Add all found</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Person gefunden</source>
        <translation>person found</translation>
    </message>
    <message>
        <source>Personen gefunden</source>
        <translation>people found</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>So würde jede Zeile übernommen. Gespeichert wird erst mit »Importieren« – und nur, wenn keine Zeile einen Fehler hat.</source>
        <translation>This is how each row would be taken over. Nothing is saved until “Import” – and only if no row has an error.</translation>
    </message>
    <message>
        <source>Mögliche Duplikate trotzdem als neue Personen anlegen</source>
        <translation>Create possible duplicates as new people anyway</translation>
    </message>
    <message>
        <source>alle Zeilen</source>
        <translation>all rows</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-Mail / AGS</source>
        <translation>E-mail / AGS</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Zeigen:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Aktualisierung</source>
        <translation>update</translation>
    </message>
    <message>
        <source>Aktualisierungen</source>
        <translation>updates</translation>
    </message>
    <message>
        <source>mögliches Duplikat</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <source>mögliche Duplikate</source>
        <translation>possible duplicates</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Fehler</source>
        <comment>one</comment>
        <translation>error</translation>
    </message>
    <message>
        <source>Fehler</source>
        <comment>several</comment>
        <translation>errors</translation>
    </message>
    <message>
        <source>… und %1 weitere</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Bitte die Fehler in der Excel-Datei korrigieren und die Datei erneut wählen:</source>
        <translation>Please correct the errors in the Excel file and choose the file again:</translation>
    </message>
    <message>
        <source>Neu angelegt werden auch die Organisationen: %1</source>
        <translation>The following organisations will also be created: %1</translation>
    </message>
    <message>
        <source>Import abgeschlossen</source>
        <translation>Import completed</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>PrintingTab</name>
    <message>
        <source>Avery Zweckform L4785 – Namensetiketten 80 × 50 mm</source>
        <translation>Avery Zweckform L4785 – name badge labels 80 × 50 mm</translation>
    </message>
    <message>
        <source>Sigel LP800 – Visitenkarten 85 × 55 mm</source>
        <translation>Sigel LP800 – business cards 85 × 55 mm</translation>
    </message>
    <message>
        <source>Avery Zweckform C32011 – Visitenkarten 85 × 54 mm</source>
        <translation>Avery Zweckform C32011 – business cards 85 × 54 mm</translation>
    </message>
    <message>
        <source>Normalpapier A4 mit Schnittmarken (85 × 55 mm)</source>
        <translation>Plain A4 paper with cut marks (85 × 55 mm)</translation>
    </message>
    <message>
        <source>Namensschilder auf</source>
        <translation>Name badges on</translation>
    </message>
    <message>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Unterschriftenlisten aufbewahren</source>
        <translation>Keep sign-in sheets for</translation>
    </message>
    <message>
        <source>Die Aufbewahrungsfrist steht im Datenschutzhinweis jeder Unterschriftenliste.</source>
        <translation>The retention period is stated in the data-protection note of every sign-in sheet.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Tag hinzufügen…</source>
        <translation>Add day…</translation>
    </message>
    <message>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Entfernen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Gastgeber / Kontakt</source>
        <translation>Host / contact</translation>
    </message>
    <message>
        <source>Punkt hinzufügen…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Tag %1 – %2, %3</source>
        <translation>Day %1 – %2, %3</translation>
    </message>
    <message>
        <source>Noch keine Tage im Programm</source>
        <translation>No days in the programme yet</translation>
    </message>
    <message>
        <source>Programm gespeichert.</source>
        <translation>Programme saved.</translation>
    </message>
    <message>
        <source>Jeder Reisetag steht schon im Programm.</source>
        <translation>Every day of the trip is already in the programme.</translation>
    </message>
    <message>
        <source>Tag hinzufügen</source>
        <translation>Add day</translation>
    </message>
    <message>
        <source>Tag bearbeiten</source>
        <translation>Edit day</translation>
    </message>
    <message>
        <source>Tag entfernen</source>
        <translation>Remove day</translation>
    </message>
    <message>
        <source>Den %1 mit %2 Programmpunkten entfernen?</source>
        <translation>Remove %1 with %2 programme items?</translation>
    </message>
    <message>
        <source>Bitte zuerst einen Tag hinzufügen.</source>
        <translation>Please add a day first.</translation>
    </message>
    <message>
        <source>Programmpunkt hinzufügen</source>
        <translation>Add programme item</translation>
    </message>
    <message>
        <source>Programmpunkt bearbeiten</source>
        <translation>Edit programme item</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Speichern, verwerfen oder zurück zum Formular und weiter bearbeiten?</source>
        <translation>Save, discard, or go back to the form and keep editing?</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Die Änderungen sind noch nicht gespeichert.</source>
        <translation>The changes have not been saved yet.</translation>
    </message>
</context>
<context>
    <name>RegistrationMail</name>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Die passenden E-Mails jetzt senden?</source>
        <translation>Send the matching e-mails now?</translation>
    </message>
    <message>
        <source>Senden</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Nicht jetzt</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <source>Liste durchsuchen …</source>
        <translation>Search the list …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Angemeldet</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Gebühr</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>eigener Betrag</source>
        <translation>own amount</translation>
    </message>
    <message>
        <source>Bezahlt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Personen anmelden…</source>
        <translation>Register people…</translation>
    </message>
    <message>
        <source>Abmelden</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>Markierte abmelden; wer auf der Warteliste vorne steht, rückt nach</source>
        <translation>Cancel the selected registrations; whoever is first on the waiting list moves up</translation>
    </message>
    <message>
        <source>Status ▾</source>
        <translation>Status ▾</translation>
    </message>
    <message>
        <source>Rolle ▾</source>
        <translation>Role ▾</translation>
    </message>
    <message>
        <source>Gebühr ▾</source>
        <translation>Fee ▾</translation>
    </message>
    <message>
        <source>Als bezahlt markieren</source>
        <translation>Mark as paid</translation>
    </message>
    <message>
        <source>Betrag und Zahlung bearbeiten…</source>
        <translation>Edit amount and payment…</translation>
    </message>
    <message>
        <source>Weiteres ▾</source>
        <translation>More ▾</translation>
    </message>
    <message>
        <source>Bemerkung bearbeiten…</source>
        <translation>Edit remark…</translation>
    </message>
    <message>
        <source>Teilnahmeverlauf der Person…</source>
        <translation>Participation history of the person…</translation>
    </message>
    <message>
        <source>Teilnehmendenliste exportieren (Excel)…</source>
        <translation>Export participant list (Excel)…</translation>
    </message>
    <message>
        <source>Anmeldungen aus Online-Formular einlesen…</source>
        <translation>Read registrations from an online form…</translation>
    </message>
    <message>
        <source>%1 von %2 Plätzen belegt</source>
        <translation>%1 of %2 seats taken</translation>
    </message>
    <message>
        <source>%1 angemeldet (ohne Platzgrenze)</source>
        <translation>%1 registered (no seat limit)</translation>
    </message>
    <message>
        <source>%1 auf der Warteliste</source>
        <translation>%1 on the waiting list</translation>
    </message>
    <message>
        <source>%1 abgemeldet</source>
        <translation>%1 cancelled</translation>
    </message>
    <message>
        <source>Warteliste (%1.)</source>
        <translation>Waiting list (%1.)</translation>
    </message>
    <message>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Bitte zuerst eine oder mehrere Personen markieren.</source>
        <translation>Please select one or more people first.</translation>
    </message>
    <message>
        <source>Personen anmelden: %1</source>
        <translation>Register people: %1</translation>
    </message>
    <message>
        <source>Anmelden</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Trotzdem anmelden</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>Warteliste: %1</source>
        <translation>Waiting list: %1</translation>
    </message>
    <message>
        <source>schon eingetragen: %1</source>
        <translation>already registered: %1</translation>
    </message>
    <message>
        <source>Anmeldungen einlesen</source>
        <translation>Read registrations</translation>
    </message>
    <message>
        <source>Formular-Export (*.xlsx *.csv)</source>
        <translation>Form export (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Anmeldungen einlesen: %1</source>
        <translation>Read registrations: %1</translation>
    </message>
    <message>
        <source>Angemeldet am</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message numerus="yes">
        <source>%n Anmeldung(en) jetzt »%1«.</source>
        <translation>
            <numerusform>%n registration now “%1”.</numerusform>
            <numerusform>%n registrations now “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Von der Warteliste nachgerückt: %1</source>
        <translation>Moved up from the waiting list: %1</translation>
    </message>
    <message>
        <source>Rolle ändern</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Rolle »%1« gesetzt.</source>
        <translation>Role “%1” set.</translation>
    </message>
    <message numerus="yes">
        <source>%n Zahlung(en) eingetragen.</source>
        <translation>
            <numerusform>%n payment recorded.</numerusform>
            <numerusform>%n payments recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gebühr von %1 gespeichert.</source>
        <translation>Fee of %1 saved.</translation>
    </message>
    <message>
        <source>Bemerkung gespeichert.</source>
        <translation>Remark saved.</translation>
    </message>
    <message>
        <source>Teilnehmendenliste exportieren</source>
        <translation>Export participant list</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 Personen nach %2 exportiert.</source>
        <translation>%1 people exported to %2.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sitzungsunterlagen, Mitgliederverzeichnis, Jahresbericht und Statistik</source>
        <translation>Meeting packs, member directory, annual report and statistics</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Sitzungsunterlagen</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <source>Einladung, Tagesordnung, Teilnehmenden- und Unterschriftenliste, Namensschilder und Tischaufsteller für eine Veranstaltung.</source>
        <translation>Invitation, agenda, participant list and sign-in sheet, name badges and table tents for an event.</translation>
    </message>
    <message>
        <source>Titel, Art oder Datum eingeben …</source>
        <translation>Enter title, type or date …</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sitzungsunterlagen erstellen…</source>
        <translation>Create meeting pack…</translation>
    </message>
    <message>
        <source>Einladungsbriefe…</source>
        <translation>Invitation letters…</translation>
    </message>
    <message>
        <source>Persönliche Briefe (DIN 5008) an einen Verteiler, alle Mitglieder oder eine Arbeitsgruppe</source>
        <translation>Personal letters (DIN 5008) to a mailing list, all members or a working group</translation>
    </message>
    <message>
        <source>Mitgliederverzeichnis</source>
        <translation>Member directory</translation>
    </message>
    <message>
        <source>Mitgliedsorganisationen mit Programmgebieten und Ansprechpersonen.</source>
        <translation>Member organisations with programme areas and contact persons.</translation>
    </message>
    <message>
        <source>auch Gäste</source>
        <translation>include guests</translation>
    </message>
    <message>
        <source>auch Kooperationspartner</source>
        <translation>include cooperation partners</translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>PDF anzeigen…</source>
        <translation>Show PDF…</translation>
    </message>
    <message>
        <source>Excel speichern…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <source>Jahresbericht</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Veranstaltungen nach Art und Monat, Teilnehmende, Teilnahme der Mitgliedskommunen, Fortbildungspunkte und Bescheinigungen, Mitgliedschaften, Arbeitsgruppen.</source>
        <translation>Events by type and month, participants, participation of member municipalities, training points and certificates, memberships, working groups.</translation>
    </message>
    <message>
        <source>Berichtsjahr</source>
        <translation>Report year</translation>
    </message>
    <message>
        <source>Jahresbericht erstellen…</source>
        <translation>Create annual report…</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1 von %2 Veranstaltungen; die Suche grenzt ein</source>
        <translation>%1 of %2 events; the search narrows them down</translation>
    </message>
    <message>
        <source>%1 Veranstaltungen</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Veranstaltung auswählen.</source>
        <translation>Please select an event first.</translation>
    </message>
    <message>
        <source>Einladungsbriefe</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <source>Mitgliederverzeichnis wird erstellt…</source>
        <translation>Creating member directory…</translation>
    </message>
    <message>
        <source>Excel speichern</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel-Datei wird geschrieben…</source>
        <translation>Writing Excel file…</translation>
    </message>
    <message>
        <source>Die Excel-Datei wurde gespeichert.</source>
        <translation>The Excel file has been saved.</translation>
    </message>
    <message>
        <source>Jahresbericht %1</source>
        <translation>Annual report %1</translation>
    </message>
    <message>
        <source>Jahresbericht wird erstellt…</source>
        <translation>Creating annual report…</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Bescheinigungen vollständig aufbewahren</source>
        <translation>Keep certificates in full for</translation>
    </message>
    <message>
        <source>Danach behält das Bescheinigungsregister nur Nummer, Datum und Veranstaltung; Name und Kammer-Mitgliedsnummer werden gelöscht. Üblich: Prüfzeitraum der Kammer plus ein Jahr.</source>
        <translation>After that the certificate register keeps only number, date and event; name and chamber membership number are deleted. Usual: the chamber&apos;s check period plus one year.</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <source>ohne Einwilligung oder widerrufen</source>
        <translation>without consent or withdrawn</translation>
    </message>
    <message>
        <source>ohne Teilnahme seit</source>
        <translation>no participation since</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Letzte Aktivität</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Datenschutz-Prüfliste</source>
        <translation>Data protection review list</translation>
    </message>
    <message>
        <source>Person öffnen…</source>
        <translation>Open person…</translation>
    </message>
    <message>
        <source>Auskunft…</source>
        <translation>Information…</translation>
    </message>
    <message>
        <source>Anonymisieren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Wen sollte die Geschäftsstelle um eine Einwilligung bitten, und wessen Angaben werden nicht mehr gebraucht? Doppelklick öffnet die Person.</source>
        <translation>Whom should the office ask for consent, and whose data is no longer needed? Double-click opens the person.</translation>
    </message>
    <message>
        <source>Person zu prüfen</source>
        <translation>person to review</translation>
    </message>
    <message>
        <source>Personen zu prüfen</source>
        <translation>people to review</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Person auswählen.</source>
        <translation>Please select a person first.</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Belegung</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Noch zu klären</source>
        <translation>Still to be settled</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Zimmerliste: %1</source>
        <translation>Rooming list: %1</translation>
    </message>
    <message>
        <source>Ohne Übernachtung: keine Zimmerliste nötig.</source>
        <translation>No overnight stay: no rooming list needed.</translation>
    </message>
    <message>
        <source>%1 Doppelzimmer, %2 Einzelzimmer für %3 Personen</source>
        <translation>%1 double rooms, %2 single rooms for %3 people</translation>
    </message>
    <message>
        <source>Keine Konflikte.</source>
        <translation>No conflicts.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Veranstaltungsreihe anlegen</source>
        <translation>Create event series</translation>
    </message>
    <message>
        <source>Netzwerktreffen {Monat} {Jahr}</source>
        <translation>Netzwerktreffen {Monat} {Jahr}</translation>
    </message>
    <message>
        <source>Platzhalter: {Monat}, {Jahr}, {Datum}, {Nr}</source>
        <translation>Placeholders: {Monat} (month), {Jahr} (year), {Datum} (date), {Nr} (number)</translation>
    </message>
    <message>
        <source>{Nr} beginnt bei </source>
        <translation>{Nr} starts at </translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>leer lassen, wenn der Ort wechselt</source>
        <translation>leave empty if the venue changes</translation>
    </message>
    <message>
        <source>— keine —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>kein Anmeldeschluss</source>
        <translation>no registration deadline</translation>
    </message>
    <message>
        <source> Tage vorher</source>
        <translation> days before</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nummerierung</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Veranstaltungsort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Online-Link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Gastgebende Kommune</source>
        <translation>Host municipality</translation>
    </message>
    <message>
        <source>Plätze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Gebühr</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Anmeldeschluss</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Arbeitsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Tagesordnung von</source>
        <translation>Agenda from</translation>
    </message>
    <message>
        <source>Jede Veranstaltung der Reihe</source>
        <translation>Every event of the series</translation>
    </message>
    <message>
        <source>monatlich</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>wöchentlich</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>am ersten</source>
        <translation>on the first</translation>
    </message>
    <message>
        <source>am zweiten</source>
        <translation>on the second</translation>
    </message>
    <message>
        <source>am dritten</source>
        <translation>on the third</translation>
    </message>
    <message>
        <source>am vierten</source>
        <translation>on the fourth</translation>
    </message>
    <message>
        <source>am letzten</source>
        <translation>on the last</translation>
    </message>
    <message>
        <source>Feiertage in NRW auslassen</source>
        <translation>Skip public holidays in NRW</translation>
    </message>
    <message>
        <source>%1 auslassen</source>
        <translation>Skip %1</translation>
    </message>
    <message>
        <source>Rhythmus</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Monate auslassen</source>
        <translation>Skip months</translation>
    </message>
    <message>
        <source>Termine</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Haken entfernen, um einzelne Termine auszulassen.</source>
        <translation>Remove the tick to skip individual dates.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>— keine Tagesordnung —</source>
        <translation>— no agenda —</translation>
    </message>
    <message>
        <source>alle </source>
        <translation>every </translation>
    </message>
    <message>
        <source> Monate</source>
        <translation> months</translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>jeden Monat</source>
        <translation>every month</translation>
    </message>
    <message>
        <source>jede Woche</source>
        <translation>every week</translation>
    </message>
    <message numerus="yes">
        <source>%n Termine ausgewählt</source>
        <translation>
            <numerusform>%n date selected</numerusform>
            <numerusform>%n dates selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Veranstaltungen anlegen</source>
        <translation>
            <numerusform>Create %n event</numerusform>
            <numerusform>Create %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Veranstaltungen wurden angelegt.</source>
        <translation>
            <numerusform>%n event has been created.</numerusform>
            <numerusform>%n events have been created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Geschäftsstelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Bescheinigungen</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name der Geschäftsstelle</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>z. B. Städtenetz Soziale Stadt NRW</source>
        <translation>e.g. Städtenetz Soziale Stadt NRW</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Beiträge &amp;&amp; Rechnungen</source>
        <translation>Fees &amp;&amp; invoices</translation>
    </message>
    <message>
        <source>Kammern</source>
        <translation>Chambers</translation>
    </message>
    <message>
        <source>Die Änderungen an den Einstellungen sind noch nicht gespeichert.</source>
        <translation>The changes to the settings have not been saved yet.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Unterzeichnet von</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Unterschrift (Bild)</source>
        <translation>Signature (image)</translation>
    </message>
    <message>
        <source>Ort für »Ort, Datum«</source>
        <translation>Place for “place, date”</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Leer lassen für den Standardtext</source>
        <translation>Leave empty for the standard text</translation>
    </message>
    <message>
        <source>Text der Bescheinigung</source>
        <translation>Text of the certificate</translation>
    </message>
    <message>
        <source>Kürzel der Nummern</source>
        <translation>Prefix of the numbers</translation>
    </message>
    <message>
        <source>Referierende und Moderierende erhalten Punkte</source>
        <translation>Speakers and moderators receive points</translation>
    </message>
    <message>
        <source>Jahresanforderung %1</source>
        <translation>Annual requirement %1</translation>
    </message>
    <message>
        <source>Automatische Sicherungen aufbewahren</source>
        <translation>Keep automatic backups</translation>
    </message>
    <message>
        <source>Ändern…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Wieder den Ordner »Sicherungen« neben der Datenbank verwenden</source>
        <translation>Use the folder “Sicherungen” beside the database again</translation>
    </message>
    <message>
        <source>Ordner</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Diese Datenbank liegt auf einem Datenbankserver; sie sichert die IT. Automatische Sicherungen gibt es nur für SQLite-Dateien.</source>
        <translation>This database is on a database server; IT backs it up. Automatic backups are only available for SQLite files.</translation>
    </message>
    <message>
        <source>Bei jedem Start sichert Netzwerkstatt die Datenbank, wenn sich etwas geändert hat. Standard ist der Ordner »Sicherungen« neben der Datenbank. Ein Ordner auf einem anderen Laufwerk, z. B. einem Netzlaufwerk, schützt die Daten auch, wenn dieser Computer ausfällt. Die Sicherung vor einem Update und die Sicherheitskopie beim Wiederherstellen kommen in denselben Ordner.</source>
        <translation>At every start Netzwerkstatt backs up the database if anything has changed. The default is the folder “Sicherungen” beside the database. A folder on another drive, e.g. a network drive, also protects the data if this computer fails. The backup before an update and the safety copy made when restoring go into the same folder.</translation>
    </message>
    <message>
        <source>Ordner für Sicherungen wählen</source>
        <translation>Choose folder for backups</translation>
    </message>
    <message>
        <source>Sprache des Programms</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>Die Sprache wird beim nächsten Start von Netzwerkstatt übernommen. Sie gilt für Sie auf diesem Computer. Bezeichnungen aus den Daten (z. B. Veranstaltungsarten und Status) und die gedruckten Dokumente bleiben deutsch.</source>
        <translation>The language is applied at the next start of Netzwerkstatt. It applies to you on this computer. Terms from the data (e.g. event types and statuses) and the printed documents remain in German.</translation>
    </message>
</context>
<context>
    <name>ShowError</name>
    <message>
        <source>Netzwerkstatt</source>
        <translation>Netzwerkstatt</translation>
    </message>
    <message>
        <source>Ein unerwarteter Fehler ist aufgetreten; die Arbeit kann meist fortgesetzt werden.</source>
        <translation>An unexpected error has occurred; you can usually carry on working.</translation>
    </message>
    <message>
        <source>Bitte die Details mit »Kopieren« an die IT weitergeben.</source>
        <translation>Please pass the details on to IT with “Copy”.</translation>
    </message>
    <message>
        <source>Sie stehen auch im Protokoll: %1</source>
        <translation>They are also in the log: %1</translation>
    </message>
    <message>
        <source>Netzwerkstatt – Fehler</source>
        <translation>Netzwerkstatt – Error</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>Logo und Unterschrift</source>
        <translation>Logo and signature</translation>
    </message>
    <message>
        <source>Für Bescheinigungen: wer unterschreibt, mit welchem Bild. Alles ist optional.</source>
        <translation>For certificates: who signs, with which image. Everything is optional.</translation>
    </message>
    <message>
        <source>z. B. Leitung der Geschäftsstelle</source>
        <translation>e.g. Head of the coordination office</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Unterschrift (Bild)</source>
        <translation>Signature (image)</translation>
    </message>
    <message>
        <source>Unterzeichnet von</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Netzwerkstatt</source>
        <translation>Netzwerkstatt</translation>
    </message>
    <message>
        <source>Die Datenbank konnte nicht geöffnet werden.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>Andere Datenbank wählen…</source>
        <translation>Choose another database…</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Netzwerkstatt-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Netzwerkstatt databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>StatementBatchDialog</name>
    <message>
        <source>Fortbildungsnachweise %1</source>
        <translation>Training statements %1</translation>
    </message>
    <message>
        <source>Ein Fortbildungsnachweis für jede Person mit Kammer oder angerechneter Teilnahme im Jahr %1, je eine PDF-Datei; jeder Nachweis kommt ins Bescheinigungsregister.</source>
        <translation>A training statement for everyone with a chamber or credited attendance in %1, one PDF file each; every statement goes into the certificate register.</translation>
    </message>
    <message>
        <source>Zusätzlich alle Nachweise in einer PDF-Datei zum Drucken</source>
        <translation>Also all statements in one PDF file for printing</translation>
    </message>
    <message>
        <source>E-Mail-Entwürfe für Outlook (.eml) mit dem Nachweis im Anhang</source>
        <translation>E-mail drafts for Outlook (.eml) with the statement attached</translation>
    </message>
    <message>
        <source>Für jede Person mit E-Mail-Adresse; Text aus der E-Mail-Vorlage »Jahresnachweis« (Einstellungen › E-Mail)</source>
        <translation>For everyone with an e-mail address; text from the mail template “Jahresnachweis” (Settings › E-mail)</translation>
    </message>
    <message>
        <source>Per E-Mail senden (Mailserver aus Einstellungen › E-Mail)</source>
        <translation>Send by e-mail (mail server from Settings › E-mail)</translation>
    </message>
    <message>
        <source>Text aus der E-Mail-Vorlage »Jahresnachweis«; bereits gesendete Nachweise werden nicht noch einmal gesendet</source>
        <translation>Text from the mail template “Jahresnachweis”; statements already sent are not sent again</translation>
    </message>
    <message>
        <source>Unveränderte Nachweise werden mit ihrer Nummer nachgedruckt. Abbrechen behält die fertigen Nachweise; für die übrigen wird keine Nummer vergeben.</source>
        <translation>Unchanged statements are reprinted with their number. Cancelling keeps the finished statements; the others get no number.</translation>
    </message>
    <message>
        <source>Bitte einen Zielordner angeben.</source>
        <translation>Please enter a target folder.</translation>
    </message>
    <message>
        <source>Fortbildungsnachweise werden erstellt…</source>
        <translation>Creating training statements…</translation>
    </message>
    <message>
        <source>%1 Fortbildungsnachweise (%2 neu, %3 nachgedruckt).</source>
        <translation>%1 training statements (%2 new, %3 reprinted).</translation>
    </message>
    <message>
        <source>%1 E-Mail-Entwürfe geschrieben.</source>
        <translation>%1 e-mail drafts written.</translation>
    </message>
    <message>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Teilnahme je Mitgliedskommune und Jahr</source>
        <translation>Participation per member municipality and year</translation>
    </message>
    <message>
        <source>Veranstaltungen je Art und Jahr</source>
        <translation>Events per type and year</translation>
    </message>
    <message>
        <source>Mitgliedsbeiträge je Jahr</source>
        <translation>Member fees per year</translation>
    </message>
    <message>
        <source>Auswertung</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Veranstaltungen je Art</source>
        <translation>Events per type</translation>
    </message>
    <message>
        <source>Mitgliedsbeiträge</source>
        <translation>Member fees</translation>
    </message>
    <message>
        <source>Teilnahme je Mitgliedskommune</source>
        <translation>Participation per member municipality</translation>
    </message>
    <message>
        <source>Noch keine Veranstaltungen erfasst.</source>
        <translation>No events recorded yet.</translation>
    </message>
    <message>
        <source>Wird gezählt…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kommune / Organisation</source>
        <translation>Municipality / organisation</translation>
    </message>
    <message>
        <source>Beiträge</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Beiträge nach Beitragsjahr in vollen Euro; berechnet ohne stornierte Rechnungen</source>
        <translation>Fees by fee year in whole euros; invoiced without cancelled invoices</translation>
    </message>
    <message>
        <source>%1 Veranstaltungen (ohne abgesagte)</source>
        <translation>%1 events (excluding cancelled ones)</translation>
    </message>
    <message>
        <source>%1 Teilnahmen; %2 Mitgliedskommunen, dazu weitere Kommunen mit Teilnahmen</source>
        <translation>%1 participations; %2 member municipalities, plus other municipalities with participations</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Wo sollen die Daten liegen?</source>
        <translation>Where should the data be kept?</translation>
    </message>
    <message>
        <source>Die Datenbank enthält alles, was das Programm speichert. Für einen einzelnen PC genügt die Datei auf diesem PC.</source>
        <translation>The database holds everything the program stores. For a single PC, the file on this PC is enough.</translation>
    </message>
    <message>
        <source>Auf diesem PC (empfohlen)</source>
        <translation>On this PC (recommended)</translation>
    </message>
    <message>
        <source>Vorhandene Datenbankdatei öffnen</source>
        <translation>Open an existing database file</translation>
    </message>
    <message>
        <source>Datei wählen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>PostgreSQL-Server (mehrere Arbeitsplätze)</source>
        <translation>PostgreSQL server (several workstations)</translation>
    </message>
    <message>
        <source>Eine Datenbankdatei auf einem Netzlaufwerk ist nicht sicher; für mehrere Arbeitsplätze bitte einen PostgreSQL-Server verwenden.</source>
        <translation>A database file on a network drive is not safe; for several workstations please use a PostgreSQL server.</translation>
    </message>
    <message>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Netzwerkstatt-Datenbank (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Netzwerkstatt database (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Fortbildung</source>
        <translation>Further training</translation>
    </message>
    <message>
        <source>Anerkannte Veranstaltungen, Fortbildungskonten und Bescheinigungen</source>
        <translation>Accredited events, training accounts and certificates</translation>
    </message>
    <message>
        <source>Anerkannte Veranstaltungen</source>
        <translation>Accredited events</translation>
    </message>
    <message>
        <source>Fortbildungskonten</source>
        <translation>Training accounts</translation>
    </message>
    <message>
        <source>Bescheinigungsregister</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kammern</source>
        <translation>Chambers</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Teilgenommen</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Bescheinigungen</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Anerkennen…</source>
        <translation>Accredit…</translation>
    </message>
    <message>
        <source>Eine weitere Veranstaltung als Fortbildung anerkennen lassen</source>
        <translation>Have another event accredited as further training</translation>
    </message>
    <message>
        <source>Anerkennung ändern…</source>
        <translation>Change accreditation…</translation>
    </message>
    <message>
        <source>Bescheinigungen…</source>
        <translation>Certificates…</translation>
    </message>
    <message>
        <source>Teilnahmebescheinigungen der ausgewählten Veranstaltung erstellen</source>
        <translation>Create attendance certificates for the selected event</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Veranstaltung auswählen.</source>
        <translation>Please select an event first.</translation>
    </message>
    <message>
        <source>Name, Organisation oder Mitgliedsnummer …</source>
        <translation>Name, organisation or membership number …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kammer</source>
        <translation>Chamber</translation>
    </message>
    <message>
        <source>Mitgliedsnr.</source>
        <translation>Membership no.</translation>
    </message>
    <message>
        <source>Anforderung</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Fehlt</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Fortbildungsnachweis…</source>
        <translation>Training statement…</translation>
    </message>
    <message>
        <source>Alle Nachweise des Jahres…</source>
        <translation>All statements of the year…</translation>
    </message>
    <message>
        <source>Fortbildungsnachweise für alle mit Kammer oder angerechneter Teilnahme, je eine PDF-Datei und eine Sammel-PDF</source>
        <translation>Training statements for everyone with a chamber or credited attendance, one PDF each and one combined PDF</translation>
    </message>
    <message>
        <source>Fortbildungskonten %1</source>
        <translation>Training accounts %1</translation>
    </message>
    <message>
        <source>Fortbildungskonto</source>
        <translation>Training account</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Anerkennungsnummer</source>
        <translation>Accreditation number</translation>
    </message>
    <message>
        <source>Externe Fortbildung erfassen…</source>
        <translation>Record external training…</translation>
    </message>
    <message>
        <source>Eine Fortbildung eines anderen Anbieters, die die Person meldet; sie erscheint gesondert im Fortbildungsnachweis</source>
        <translation>A training by another provider that the person reports; it appears separately on the training statement</translation>
    </message>
    <message>
        <source>Bitte oben eine Person wählen: hier stehen dann ihre angerechneten Veranstaltungen.</source>
        <translation>Select a person above to see the events credited to them.</translation>
    </message>
    <message>
        <source>%1 im Jahr %2: %3 %5 angerechnet; keine Jahresanforderung (keine Kammer oder keine Regel).</source>
        <translation>%1 in %2: %3 %5 credited; no yearly requirement (no chamber or no rule).</translation>
    </message>
    <message>
        <source>%1 im Jahr %2: %3 %5 angerechnet, Jahresanforderung %4, es fehlen noch %6.</source>
        <translation>%1 in %2: %3 %5 credited, yearly requirement %4, %6 still missing.</translation>
    </message>
    <message>
        <source>%1 im Jahr %2: %3 %5 angerechnet, die Jahresanforderung von %4 ist erfüllt.</source>
        <translation>%1 in %2: %3 %5 credited, the yearly requirement of %4 is met.</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Person auswählen.</source>
        <translation>Please select a person first.</translation>
    </message>
    <message>
        <source>Fortbildungsnachweis</source>
        <translation>Training statement</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Veranstaltung / Jahr</source>
        <translation>Event / year</translation>
    </message>
    <message>
        <source>Ausgestellt</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>widerrufen</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Nachdrucken…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <source>Widerrufen…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Neu ausstellen…</source>
        <translation>Reissue…</translation>
    </message>
    <message>
        <source>Prüfcode, z. B. K7QX-3M9P-2HDA</source>
        <translation>Check code, e.g. K7QX-3M9P-2HDA</translation>
    </message>
    <message>
        <source>Prüfen</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Bescheinigung auswählen.</source>
        <translation>Please select a certificate first.</translation>
    </message>
    <message>
        <source>Widerrufen</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Die Bescheinigung %1 bleibt im Register, gilt aber nicht mehr. Grund:</source>
        <translation>Certificate %1 stays in the register but is no longer valid. Reason:</translation>
    </message>
    <message>
        <source>Neu ausstellen</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <source>%1 wird widerrufen und mit den heutigen Daten unter einer neuen Nummer neu ausgestellt. Fortfahren?</source>
        <translation>%1 will be revoked and reissued with today&apos;s data under a new number. Continue?</translation>
    </message>
</context>
<context>
    <name>TravelTab</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>z. B. Dortmund Hbf, Treffpunkt Reisezentrum</source>
        <translation>e.g. Dortmund main station, meeting point at the travel centre</translation>
    </message>
    <message>
        <source>Abfahrt</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Rückkehr</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Anmeldeschluss</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source> Tage nach Reiseende</source>
        <translation> days after the end of the trip</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Reise</source>
        <translation>Trip</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Ziel (Stadt)</source>
        <translation>Destination (city)</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>An- und Abreise</source>
        <translation>Outward and return journey</translation>
    </message>
    <message>
        <source>Reiseart</source>
        <translation>Means of travel</translation>
    </message>
    <message>
        <source>Treffpunkt</source>
        <translation>Meeting point</translation>
    </message>
    <message>
        <source>Unterkunft</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Teilnahme</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Mindestens</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Höchstens</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Beitrag pro Person</source>
        <translation>Contribution per person</translation>
    </message>
    <message>
        <source>Einzelzimmerzuschlag</source>
        <translation>Single room supplement</translation>
    </message>
    <message>
        <source>Sonstige Kosten</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <source>Sonstige Kosten (Führungen, Bus, Dolmetscher) trägt die Geschäftsstelle; sie werden nicht auf die Teilnehmenden umgelegt.</source>
        <translation>Other costs (guided tours, coach, interpreters) are borne by the coordination office; they are not passed on to the participants.</translation>
    </message>
    <message>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>Sensible Angaben löschen</source>
        <translation>Delete sensitive details</translation>
    </message>
    <message>
        <source>Die Reisedaten von »%1« sind noch nicht gespeichert.</source>
        <translation>The trip details of “%1” have not been saved yet.</translation>
    </message>
    <message>
        <source>Reise speichern</source>
        <translation>Save trip</translation>
    </message>
    <message>
        <source>Reisedaten gespeichert.</source>
        <translation>Trip details saved.</translation>
    </message>
    <message>
        <source>Von der Warteliste nachgerückt: %1.</source>
        <translation>Moved up from the waiting list: %1.</translation>
    </message>
    <message>
        <source>Jemand anderes hat diese Reise gespeichert, während sie hier offen war.</source>
        <translation>Someone else saved this trip while it was open here.</translation>
    </message>
</context>
<context>
    <name>TripTab</name>
    <message>
        <source>Bitte zuerst eine Person in der Liste auswählen.</source>
        <translation>Please select a person in the list first.</translation>
    </message>
</context>
<context>
    <name>UpcomingEventsModel</name>
    <message>
        <source>ab {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ort / Format</source>
        <translation>Venue / format</translation>
    </message>
    <message>
        <source>Belegt</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Warteliste</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>{taken} Anmeldungen, keine Platzbegrenzung</source>
        <translation>{taken} registrations, no seat limit</translation>
    </message>
    <message>
        <source>Ausgebucht: {taken} von {capacity} Plätzen belegt</source>
        <translation>Fully booked: {taken} of {capacity} seats taken</translation>
    </message>
    <message>
        <source>{taken} von {capacity} Plätzen belegt</source>
        <translation>{taken} of {capacity} seats taken</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Ein Feld unterscheidet sich (hervorgehoben).</source>
        <translation>One field differs (highlighted).</translation>
    </message>
    <message>
        <source>%1 Felder unterscheiden sich (hervorgehoben).</source>
        <translation>%1 fields differ (highlighted).</translation>
    </message>
    <message>
        <source>Die Felder stimmen überein; gespeichert wurden nur andere Angaben.</source>
        <translation>The fields match; only other details were saved.</translation>
    </message>
    <message>
        <source>Sie können Ihre Fassung speichern (sie ersetzt die gespeicherte) oder die gespeicherte übernehmen (Ihre Änderungen gehen verloren).</source>
        <translation>You can save your version (it replaces the saved one) or take over the saved one (your changes will be lost).</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ihre Fassung</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Gespeicherte Fassung</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <source>Nur abweichende Felder zeigen</source>
        <translation>Show differing fields only</translation>
    </message>
    <message>
        <source>Meine Fassung speichern</source>
        <translation>Save my version</translation>
    </message>
    <message>
        <source>Gespeicherte Fassung übernehmen</source>
        <translation>Take over saved version</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>An der Tür: %1</source>
        <translation>At the door: %1</translation>
    </message>
    <message>
        <source>Name, Organisation oder E-Mail …</source>
        <translation>Name, organisation or e-mail …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>— keine —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Die Person wird ins Adressbuch aufgenommen; eine bekannte E-Mail-Adresse führt zur vorhandenen Person.</source>
        <translation>The person is added to the address book; a known e-mail address leads to the existing person.</translation>
    </message>
    <message>
        <source>Aus dem Adressbuch</source>
        <translation>From the address book</translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Als anwesend eintragen</source>
        <translation>Record as present</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte eine Person auswählen oder Vor- und Nachnamen der neuen Person eingeben.</source>
        <translation>Please choose a person or enter the first and last name of the new person.</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Arbeitsgruppen</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Arbeitsgruppen und Werkstattreihen: Mitglieder, Sitzungen und Anwesenheit</source>
        <translation>Working groups and workshop series: members, sessions and attendance</translation>
    </message>
    <message>
        <source>Neue Arbeitsgruppe…</source>
        <translation>New working group…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Leitung</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Sitzungen</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Nächste Sitzung</source>
        <translation>Next session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>beendet</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Angaben</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Wählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>beendet am</source>
        <translation>ended on</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nur für Gruppen ohne Sitzungen</source>
        <translation>Only for groups without sessions</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mitglieder hinzufügen…</source>
        <translation>Add members…</translation>
    </message>
    <message>
        <source>Rolle ▾</source>
        <translation>Role ▾</translation>
    </message>
    <message>
        <source>Ausgetreten</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Markierte heute austreten lassen; ihre Teilnahmen bleiben sichtbar</source>
        <translation>Let the selected members leave today; their participations remain visible</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Versehentlich eingetragene Mitgliedschaft löschen</source>
        <translation>Delete a membership recorded by mistake</translation>
    </message>
    <message>
        <source>Teilnahmeverlauf…</source>
        <translation>Participation history…</translation>
    </message>
    <message>
        <source>Mitglieder %1</source>
        <translation>Members %1</translation>
    </message>
    <message>
        <source>Neue Sitzung…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Sitzungsreihe…</source>
        <translation>Session series…</translation>
    </message>
    <message>
        <source>Mehrere Sitzungen auf einmal anlegen</source>
        <translation>Create several sessions at once</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Alle Mitglieder anmelden</source>
        <translation>Register all members</translation>
    </message>
    <message>
        <source>Die heutigen Mitglieder zur markierten Sitzung anmelden</source>
        <translation>Register today&apos;s members for the selected session</translation>
    </message>
    <message>
        <source>Anwesenheit %1</source>
        <translation>Attendance %1</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Zeichen: %1. Quote: Teilnahmen von durchgeführten Sitzungen während der Mitgliedschaft.</source>
        <translation>Symbols: %1. Rate: participations in sessions held during the membership.</translation>
    </message>
    <message>
        <source>die neue Arbeitsgruppe</source>
        <translation>the new working group</translation>
    </message>
    <message>
        <source>Die Angaben zu »%1« sind noch nicht gespeichert.</source>
        <translation>The details of “%1” have not been saved yet.</translation>
    </message>
    <message>
        <source>Keine Arbeitsgruppe ausgewählt</source>
        <translation>No working group selected</translation>
    </message>
    <message>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Neue Arbeitsgruppe</source>
        <translation>New working group</translation>
    </message>
    <message>
        <source>— niemand —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>Gast (kein Mitglied)</source>
        <translation>Guest (not a member)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Spaltenköpfe: Datum der Sitzung</source>
        <translation>Column headings: date of the session</translation>
    </message>
    <message>
        <source>Leitung wählen</source>
        <translation>Choose lead</translation>
    </message>
    <message>
        <source>»%1« löschen?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Bitte zuerst Mitglieder markieren.</source>
        <translation>Please select members first.</translation>
    </message>
    <message>
        <source>Bitte die Arbeitsgruppe zuerst speichern.</source>
        <translation>Please save the working group first.</translation>
    </message>
    <message>
        <source>Mitglieder hinzufügen: %1</source>
        <translation>Add members: %1</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Austritt</source>
        <translation>Leaving</translation>
    </message>
    <message numerus="yes">
        <source>%n Mitgliedschaft(en) löschen?</source>
        <translation>
            <numerusform>Delete %n membership?</numerusform>
            <numerusform>Delete %n memberships?</numerusform>
        </translation>
    </message>
    <message>
        <source>Für ehemalige Mitglieder besser »Ausgetreten« verwenden: dann bleibt die Mitgliedschaft in der Übersicht.</source>
        <translation>For former members it is better to use “Left”: then the membership remains in the overview.</translation>
    </message>
    <message>
        <source>%1. Sitzung %2</source>
        <translation>%1. Sitzung %2</translation>
    </message>
    <message>
        <source>{Nr}. Sitzung %1</source>
        <translation>{Nr}. Sitzung %1</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Sitzung auswählen.</source>
        <translation>Please select a session first.</translation>
    </message>
    <message>
        <source>Trotzdem anmelden</source>
        <translation>Register anyway</translation>
    </message>
</context>
</TS>
