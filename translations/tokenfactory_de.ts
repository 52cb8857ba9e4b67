<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Tr</name>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="+34"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Δ</source>
        <translation>%1 Δ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 Δ%</source>
        <translation>%1 Δ%</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <location filename="../ui/document.cpp" line="+66"/>
        <location filename="../ui/mainwindowfiles.cpp" line="+59"/>
        <location line="+126"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/documentedits.cpp" line="+107"/>
        <location line="+22"/>
        <location line="+20"/>
        <location line="+70"/>
        <location filename="../ui/documentscenarios.cpp" line="+125"/>
        <source>The node no longer exists</source>
        <translation>Der Knoten existiert nicht mehr</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The wire no longer exists</source>
        <translation>Die Verbindung existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insert Reroute</source>
        <translation>Umleitungspunkt einfügen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The link no longer exists</source>
        <translation>Die Verbindung existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+587"/>
        <source>A scenario needs a name</source>
        <translation>Ein Szenario braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../ui/documentscenarios.cpp" line="-91"/>
        <location filename="../ui/whatif/comparedialog.cpp" line="+62"/>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="+111"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-446"/>
        <source>A scenario named %1 exists already</source>
        <translation>Ein Szenario namens %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../ui/documentscenarios.cpp" line="+48"/>
        <location line="+17"/>
        <location line="+23"/>
        <source>The scenario no longer exists</source>
        <translation>Das Szenario existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/documentedits.cpp" line="+27"/>
        <source>Give the parameter a value first</source>
        <translation>Geben Sie dem Parameter zuerst einen Wert</translation>
    </message>
    <message>
        <location filename="../ui/nodefactory.cpp" line="+35"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabs</source>
        <translation>Fabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+30"/>
        <source>Packaging</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+6"/>
        <source>Optics</source>
        <translation>Optik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="+267"/>
        <source>Power</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+2"/>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="-230"/>
        <location filename="../ui/export/report.cpp" line="+288"/>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/messagetext.cpp" line="-54"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+379"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+38"/>
        <location filename="../ui/export/reportinputs.cpp" line="+43"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/nametext.cpp" line="-7"/>
        <source>Demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demand: %1</source>
        <translation>Nachfrage: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier: %1</source>
        <translation>Lieferant: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Datacenter of %1</source>
        <translation>Rechenzentrum für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop on a datacenter to build it from %1, or on the canvas for a new one.</source>
        <translation>Auf einem Rechenzentrum ablegen, um es aus %1 zu bauen, oder auf der Zeichenfläche für ein neues.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop on a datacenter to serve %1 there.</source>
        <translation>Auf einem Rechenzentrum ablegen, um dort %1 zu bedienen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Datacenter (%1)</source>
        <translation>Rechenzentrum (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 demand</source>
        <translation>Nachfrage %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 supplier</source>
        <translation>Lieferant %1</translation>
    </message>
    <message>
        <location filename="../ui/projectfiles.cpp" line="+40"/>
        <source>Token Factory projects and designs (*.tfproj *.json);;Projects (*.tfproj);;Designs (*.json)</source>
        <translation>Token-Factory-Projekte und -Entwürfe (*.tfproj *.json);;Projekte (*.tfproj);;Entwürfe (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token Factory project (*.tfproj);;Design as JSON (*.json)</source>
        <translation>Token-Factory-Projekt (*.tfproj);;Entwurf als JSON (*.json)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot open %1:

%2

The default design is shown instead.</source>
        <translation>%1 kann nicht geöffnet werden:

%2

Stattdessen wird der Standardentwurf angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+76"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Overview: zoom in to select wires</source>
        <translation>Übersicht: zum Auswählen von Verbindungen hineinzoomen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Zurüc&amp;ksetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cu&amp;t</source>
        <translation>A&amp;usschneiden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design &amp;Settings</source>
        <translation>Desi&amp;gneinstellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pr&amp;eferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auto Layout</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Frame Selection</source>
        <translation>Auswahl &amp;einrahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the nodes to frame first</source>
        <translation>Wählen Sie zuerst die einzurahmenden Knoten aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to Se&amp;lection</source>
        <translation>Auf Aus&amp;wahl zoomen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find No&amp;de…</source>
        <translation>Knoten &amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Minimap</source>
        <translation>&amp;Übersichtskarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loc&amp;k Canvas</source>
        <translation>Zeichenfläche sp&amp;erren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Solve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Balance (fixed shares)</source>
        <translation>&amp;Bilanzieren (feste Anteile)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Most Tokens</source>
        <translation>Optimieren: &amp;meiste Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Cheapest Plan for the Demand</source>
        <translation>Optimieren: &amp;günstigster Plan für die Nachfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimise: &amp;Least Power for the Demand</source>
        <translation>Optimieren: geringste &amp;Leistung für die Nachfrage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;About Token Factory Planner</source>
        <translation>&amp;Über Token Factory Planner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[*] — Token Factory Planner</source>
        <translation>%1[*] — Token Factory Planner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise (%1)</source>
        <translation>Optimieren (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · solving…</source>
        <translation>%1 · wird gelöst…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · solved in %2 µs</source>
        <translation>%1 · gelöst in %2 µs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · solved in %2 ms</source>
        <translation>%1 · gelöst in %2 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canvas locked: View ▸ Lock Canvas to edit again</source>
        <translation>Zeichenfläche gesperrt: Ansicht ▸ Zeichenfläche sperren, um wieder zu bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Auto Layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find a node by name, kind or part…</source>
        <translation>Knoten nach Name, Art oder Bauteil suchen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/docks/problemsdock.cpp" line="+45"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clipboard holds no nodes</source>
        <translation>Die Zwischenablage enthält keine Knoten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfiles.cpp" line="-138"/>
        <location line="+21"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Cannot save %1:
%2</source>
        <translation>%1 kann nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open %1:

%2</source>
        <translation>%1 kann nicht geöffnet werden:

%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Discard the changes and reload %1 from disk?</source>
        <translation>Änderungen verwerfen und %1 neu von der Festplatte laden?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1:

%2</source>
        <translation>%1 kann nicht gelesen werden:

%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (autosaved %2)</source>
        <translation>%1 (automatisch gespeichert %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token Factory Planner did not close properly. Restore the unsaved work?

%1</source>
        <translation>Token Factory Planner wurde nicht ordnungsgemäß beendet. Die ungespeicherte Arbeit wiederherstellen?

%1</translation>
    </message>
    <message>
        <location filename="../ui/unitformat.cpp" line="+51"/>
        <source> k</source>
        <comment>short scale: thousand</comment>
        <translation> Tsd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> M</source>
        <comment>short scale: million</comment>
        <translation> Mio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> B</source>
        <comment>short scale: billion (10^9)</comment>
        <translation> Mrd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> T</source>
        <comment>short scale: trillion (10^12)</comment>
        <translation> Bio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <location filename="../ui/docks/inspectordock.cpp" line="-303"/>
        <location filename="../ui/export/report.cpp" line="+35"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="+33"/>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About Token Factory Planner</source>
        <translation>Über Token Factory Planner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Token Factory Planner %1&lt;/h2&gt;&lt;p&gt;Plan AI datacenters as token factories: draw the suppliers and the datacenter, wire them, and see tokens per second, power, the cost of a million tokens and the bottleneck as you edit.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Token Factory Planner %1&lt;/h2&gt;&lt;p&gt;KI-Rechenzentren als Token-Fabriken planen: Lieferanten und Rechenzentrum zeichnen, verbinden und schon beim Bearbeiten Token pro Sekunde, Leistung, die Kosten einer Million Token und den Engpass sehen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in the web browser</source>
        <translation>Im Webbrowser öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Third-party libraries</source>
        <translation>&amp;Drittanbieter-Bibliotheken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+53"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect the next time the app starts.</source>
        <translation>Wird beim nächsten Start der App wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-4"/>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+3"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+301"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-2"/>
        <location filename="../ui/export/reportinputs.cpp" line="-4"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto&amp;save every:</source>
        <translation>Automatisch s&amp;peichern alle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Megawatts (MW)</source>
        <translation>Megawatt (MW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kilowatts (kW)</source>
        <translation>Kilowatt (kW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Power:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US dollars ($)</source>
        <translation>US-Dollar ($)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euros (€)</source>
        <translation>Euro (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$1 = €</source>
        <translation>1 $ = € </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange rate:</source>
        <translation>&amp;Wechselkurs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designs keep their figures in MW and US dollars; only the display changes.</source>
        <translation>Entwürfe speichern ihre Werte in MW und US-Dollar; nur die Anzeige ändert sich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New designs</source>
        <translation>Neue Entwürfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> $/MWh</source>
        <translation> $/MWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Electricity price:</source>
        <translation>&amp;Strompreis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given to designs started from the default design. Opened designs keep their own price.</source>
        <translation>Gilt für Entwürfe, die vom Standardentwurf ausgehen. Geöffnete Entwürfe behalten ihren eigenen Preis.</translation>
    </message>
    <message>
        <location filename="../ui/commands/addgoodcommand.cpp" line="+16"/>
        <source>Add good %1</source>
        <translation>Gut %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/addlinkcommand.cpp" line="+15"/>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <location filename="../ui/commands/addnodecommand.cpp" line="+15"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="+78"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Choose %1 %2 for %3 in %4</source>
        <translation>%1 %2 für %3 in %4 wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 of %2 in %3</source>
        <translation>%1 von %2 in %3 leeren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/removelinkcommand.cpp" line="+16"/>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/commands/removenodescommand.cpp" line="+17"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="-108"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Clear %1 of %2</source>
        <translation>%1 von %2 zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1 %2 for %3</source>
        <translation>%1 %2 für %3 wählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change share of %1 into %2</source>
        <translation>Anteil von %1 an %2 ändern</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="-306"/>
        <source>offline: no target</source>
        <translation>offline: kein Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workload&apos;s</source>
        <translation>die der Workload</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No %1 result calibrated: borrows the mean of %2; band ±%3%</source>
        <translation>Kein %1-Ergebnis kalibriert: übernimmt den Mittelwert von %2; Band ±%3 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calibrated on %1, but no calibration row is a model of this kind: read it as a ceiling; band ±%2%</source>
        <translation>Kalibriert auf %1, aber keine Kalibrierzeile ist ein Modell dieser Art: als Obergrenze lesen; Band ±%2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calibrated on %1, rows: %2; band ±%3%</source>
        <translation>Kalibriert auf %1, Zeilen: %2; Band ±%3 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Select a node to edit it.</source>
        <translation>Knoten zum Bearbeiten auswählen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario %1: edits go into its overrides; empty a field to use the Base value.</source>
        <translation>Szenario %1: Änderungen werden zu seinen Überschreibungen; leeren Sie ein Feld, um den Basiswert zu verwenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/export/report.cpp" line="+127"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>design default</source>
        <translation>Entwurfsstandard</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pin as a slider to the What-if panel</source>
        <translation>Als Schieberegler an das Was-wäre-wenn-Panel anheften</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>equal split</source>
        <translation>gleich verteilt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of %1 from %2</source>
        <translation>Anteil an %1 von %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/scenarioview.cpp" line="+29"/>
        <source>Scenario %1, %2: %3</source>
        <translation>Szenario %1, %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../ui/limittext.cpp" line="+25"/>
        <location filename="../ui/messagetext.cpp" line="-47"/>
        <location filename="../ui/shownproblems.cpp" line="+17"/>
        <source>&apos;%1&apos;</source>
        <comment>a name in a message</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/limittext.cpp" line="+17"/>
        <location line="+18"/>
        <source>%1 a year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>capacity of %1 (%2)</source>
        <translation>Kapazität von %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed activity of %1 (%2)</source>
        <translation>feste Aktivität von %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand of %1 (%2)</source>
        <translation>Nachfrage von %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token target (%1)</source>
        <translation>Token-Ziel (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power limit (%1)</source>
        <translation>Leistungsgrenze (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget (%1)</source>
        <translation>Budget (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <comment>a good at a node</comment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+1 %1 of %2 = %3 (range: being computed)</source>
        <translation>+1 %1 bei %2 = %3 (Bereich: wird berechnet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+1 %1 of %2 = %3 (holds from %4 to %5 %1)</source>
        <translation>+1 %1 bei %2 = %3 (gilt von %4 bis %5 %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>each %1 forced on idle %2 = %3</source>
        <translation>je erzwungene %1 beim ungenutzten %2 = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; becomes worth using below %1 a unit (now %2)</source>
        <translation>; lohnt sich unter %1 je Einheit (jetzt %2)</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+18"/>
        <location line="+209"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+11"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+1"/>
        <location filename="../ui/export/reportinputs.cpp" line="+2"/>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+2"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+2"/>
        <location filename="../ui/export/reportinputs.cpp" line="+4"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (known: %2)</source>
        <translation>%1 (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no node &apos;%1&apos;</source>
        <translation>Es gibt keinen Knoten „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no wire &apos;%1&apos;</source>
        <translation>Es gibt keine Leitung „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The good &apos;%1&apos; is not defined in the design</source>
        <translation>Das Gut „%1“ ist im Entwurf nicht definiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no system &apos;%1&apos;</source>
        <translation>Der Katalog hat kein System „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no accelerator &apos;%1&apos;</source>
        <translation>Der Katalog hat keinen Beschleuniger „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no workload &apos;%1&apos;</source>
        <translation>Der Katalog hat keinen Workload „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no scenario &apos;%1&apos; (there are none)</source>
        <translation>Es gibt kein Szenario „%1“ (es gibt keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no scenario &apos;%1&apos;</source>
        <translation>Es gibt kein Szenario „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The node id &apos;%1&apos; is used twice</source>
        <translation>Die Knoten-ID „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The good id &apos;%1&apos; is used twice</source>
        <translation>Die Gut-ID „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wire exists already</source>
        <translation>Diese Leitung gibt es schon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: must be %2, got %3</source>
        <translation>%1: muss %2 sein, ist %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: must be a number</source>
        <translation>%1: muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: must be finite, got %2</source>
        <translation>%1: muss endlich sein, ist %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infinity</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minus infinity</source>
        <translation>minus unendlich</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs %2 but nothing supplies it</source>
        <translation>%1 braucht %2, aber nichts liefert es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 makes no %2 per unit of activity (check its parameters), so it cannot supply its consumers</source>
        <translation>%1 erzeugt je Aktivitätseinheit kein %2 (prüfen Sie die Parameter) und kann seine Abnehmer daher nicht beliefern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 makes %2 only as a by-product and falls short of what its consumers need; add another producer or fix the shares</source>
        <translation>%1 erzeugt %2 nur als Nebenprodukt und deckt den Bedarf seiner Abnehmer nicht; fügen Sie einen weiteren Erzeuger hinzu oder korrigieren Sie die Anteile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shares of %1 into %2 are all 0, so nothing supplies it</source>
        <translation>Die Anteile von %1 an %2 sind alle 0, also liefert nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shares of %1 into %2 add up to %3, not 1; they are scaled to add up to 1</source>
        <translation>Die Anteile von %1 an %2 ergeben zusammen %3 statt 1; sie werden auf 1 skaliert</translation>
    </message>
    <message>
        <location filename="../ui/limittext.cpp" line="-63"/>
        <location line="+6"/>
        <location line="+10"/>
        <location filename="../ui/messagetext.cpp" line="+19"/>
        <source>%1 %2</source>
        <comment>an amount and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="+4"/>
        <source>%1 asks for %2 but gets %3: %4 (%5) unmet, limited by %6</source>
        <translation>%1 fordert %2 an, erhält aber %3: %4 (%5) fehlen, begrenzt durch %6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 is not valid: %3</source>
        <translation>%1: %2 ist ungültig: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a valid value</source>
        <translation>%1: %2 ist kein gültiger Wert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The solve gives figures that are not finite numbers (at %1): numbers in the design are too large or too small to be worked with together; check the recipe amounts, parameters and capacities of the nodes named</source>
        <translation>Die Lösung ergibt Zahlen, die nicht endlich sind (bei %1): Die Zahlen im Entwurf sind zu groß oder zu klein, um miteinander gerechnet zu werden; prüfen Sie die Rezeptmengen, Parameter und Kapazitäten der genannten Knoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures are not all finite numbers: numbers in the design are too large or too small to be worked with together; check the recipe amounts, parameters and capacities</source>
        <translation>Die Zahlen sind nicht alle endlich: Die Zahlen im Entwurf sind zu groß oder zu klein, um miteinander gerechnet zu werden; prüfen Sie die Rezeptmengen, Parameter und Kapazitäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The solve&apos;s figures do not balance (at %1), so they are not shown as a solution: numbers in the design are too far apart to be solved together; check the recipe amounts, shares and capacities of the nodes named</source>
        <translation>Die Zahlen der Lösung gehen nicht auf (bei %1) und werden daher nicht als Lösung gezeigt: Die Zahlen im Entwurf liegen zu weit auseinander, um gemeinsam gelöst zu werden; prüfen Sie die Rezeptmengen, Anteile und Kapazitäten der genannten Knoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The solve&apos;s figures do not balance, so they are not shown as a solution: numbers in the design are too far apart to be solved together; check the recipe amounts, shares and capacities</source>
        <translation>Die Zahlen der Lösung gehen nicht auf und werden daher nicht als Lösung gezeigt: Die Zahlen im Entwurf liegen zu weit auseinander, um gemeinsam gelöst zu werden; prüfen Sie die Rezeptmengen, Anteile und Kapazitäten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 by %2</source>
        <comment>a limit broken by an amount</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The limits cannot all hold; which of them conflict could not be worked out (the LP code found no answer to that question either)</source>
        <translation>Die Grenzen können nicht alle eingehalten werden; welche einander widersprechen, ließ sich nicht ermitteln (auch darauf fand der LP-Löser keine Antwort)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan over the quarters meets all the limits</source>
        <translation>Kein Plan über die Quartale hält alle Grenzen ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LP code found no plan over the quarters</source>
        <translation>Der LP-Löser fand keinen Plan über die Quartale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These limits cannot all hold: %1. The best achievable plan breaks %2.</source>
        <translation>Diese Grenzen können nicht alle eingehalten werden: %1. Der beste erreichbare Plan überschreitet %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These limits cannot all hold: %1. The best achievable plan breaks %2, held back by %3.</source>
        <translation>Diese Grenzen können nicht alle eingehalten werden: %1. Der beste erreichbare Plan überschreitet %2, begrenzt durch %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan over the quarters grows without limit: some stage between a supplier and the demand has no capacity, space or power limit</source>
        <translation>Der Plan über die Quartale wächst unbegrenzt: Eine Stufe zwischen einem Lieferanten und der Nachfrage hat keine Kapazitäts-, Flächen- oder Leistungsgrenze</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loop %1 makes more than it uses (something from nothing), so tokens/s grow without limit; check its recipes or give one of them a capacity</source>
        <translation>Der Kreislauf %1 erzeugt mehr, als er verbraucht (etwas aus nichts), also wachsen die Token/s unbegrenzt; prüfen Sie seine Rezepte oder geben Sie einem seiner Knoten eine Kapazität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loop %1 makes more than it uses (something from nothing), so the objective improves without limit; check its recipes or give one of them a capacity</source>
        <translation>Der Kreislauf %1 erzeugt mehr, als er verbraucht (etwas aus nichts), also verbessert sich der Zielwert unbegrenzt; prüfen Sie seine Rezepte oder geben Sie einem seiner Knoten eine Kapazität</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing limits %1 (no capacity), so tokens/s grow without limit; give it a capacity</source>
        <translation>Nichts begrenzt %1 (keine Kapazität), also wachsen die Token/s unbegrenzt; geben Sie dem Knoten eine Kapazität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so the objective improves without limit; give it a capacity</source>
        <translation>Nichts begrenzt %1 (keine Kapazität), also verbessert sich der Zielwert unbegrenzt; geben Sie dem Knoten eine Kapazität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so tokens/s grow without limit; give them capacities</source>
        <translation>Nichts begrenzt %1 (keine Kapazität), also wachsen die Token/s unbegrenzt; geben Sie den Knoten Kapazitäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing limits %1 (no capacity), so the objective improves without limit; give them capacities</source>
        <translation>Nichts begrenzt %1 (keine Kapazität), also verbessert sich der Zielwert unbegrenzt; geben Sie den Knoten Kapazitäten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing limits the plan, so tokens/s grow without limit; give the suppliers capacities</source>
        <translation>Nichts begrenzt den Plan, also wachsen die Token/s unbegrenzt; geben Sie den Lieferanten Kapazitäten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing limits the plan, so the objective improves without limit; give the suppliers capacities</source>
        <translation>Nichts begrenzt den Plan, also verbessert sich der Zielwert unbegrenzt; geben Sie den Lieferanten Kapazitäten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LP code stopped without an answer (numerical trouble); try simplifying the design</source>
        <translation>Der LP-Löser hielt ohne Antwort an (numerische Probleme); versuchen Sie, den Entwurf zu vereinfachen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LP code returned a plan that breaks a balance or limit by %1 (relative); the figures are not trusted</source>
        <translation>Der LP-Löser lieferte einen Plan, der eine Bilanz oder Grenze um %1 (relativ) verletzt; den Zahlen wird nicht vertraut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 GB</source>
        <comment>gigabytes</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 in %2 does not fit on %3 × %4: its weights take %5 and one sequence&apos;s KV cache %6, but a GPU has %7 of HBM (%8 usable)</source>
        <translation>%1 in %2 passt nicht auf %3 × %4: Die Gewichte belegen %5 und der KV-Cache einer Sequenz %6, eine GPU hat aber %7 HBM (%8 nutzbar)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>it needs a group of at least %n GPUs</source>
        <translation>
            <numerusform>nötig ist eine Gruppe von mindestens %n GPU</numerusform>
            <numerusform>nötig ist eine Gruppe von mindestens %n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it needs %n GPUs, more than one scale-up domain of %1</source>
        <translation>
            <numerusform>nötig ist %n GPU, mehr als eine Scale-up-Domäne mit %1</numerusform>
            <numerusform>nötig sind %n GPUs, mehr als eine Scale-up-Domäne mit %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2</source>
        <comment>a reason and what follows from it</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the service target of %1 tokens/s per user and a time to first token of %2</source>
        <translation>das Serviceziel von %1 Token/s pro Nutzer und %2 bis zum ersten Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service target of %1 tokens/s per user</source>
        <translation>das Serviceziel von %1 Token/s pro Nutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service target of a time to first token of %1</source>
        <translation>das Serviceziel von %1 bis zum ersten Token</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is out of reach: %2 serves %3 at most %4 tokens/s per user, with a first token after %5 (one sequence on %n GPUs)</source>
        <translation>
            <numerusform>%1 ist nicht erreichbar: %2 bedient %3 mit höchstens %4 Token/s pro Nutzer, erstes Token nach %5 (eine Sequenz auf %n GPU)</numerusform>
            <numerusform>%1 ist nicht erreichbar: %2 bedient %3 mit höchstens %4 Token/s pro Nutzer, erstes Token nach %5 (eine Sequenz auf %n GPUs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no dense %2 rate (it has %3)</source>
        <translation>%1 hat keine dichte %2-Rechenleistung (verfügbar: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog has no efficiency factors for the %1 family at %2</source>
        <translation>der Katalog hat keine Effizienzfaktoren für die Familie %1 bei %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog entry of %1 lacks figures the throughput model needs</source>
        <translation>dem Katalogeintrag von %1 fehlen Zahlen, die das Durchsatzmodell braucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog does not say how many GPUs %1 has</source>
        <translation>der Katalog gibt nicht an, wie viele GPUs %1 hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the catalog has no accelerator or system &apos;%1&apos;</source>
        <translation>der Katalog hat keinen Beschleuniger und kein System „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalog has no workload &apos;%1&apos;</source>
        <translation>der Katalog hat keinen Workload „%1“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1 hat keinen Parameter „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not take %2 (it takes no inputs)</source>
        <translation>%1 nimmt kein %2 an (es hat keine Eingänge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not take %2 (it takes %3)</source>
        <translation>%1 nimmt kein %2 an (es nimmt %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not produce %2</source>
        <translation>%1 erzeugt kein %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not connected to any demand, so it stays idle</source>
        <translation>%1 ist mit keiner Nachfrage verbunden und bleibt daher ungenutzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loop %1 uses up exactly what it makes, so no demand can be met through it (no unique balance)</source>
        <translation>Der Kreislauf %1 verbraucht genau, was er erzeugt, also kann über ihn keine Nachfrage gedeckt werden (kein eindeutiger Ausgleich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The loop %1 consumes more than it makes, so the demand cannot be balanced</source>
        <translation>Der Kreislauf %1 verbraucht mehr, als er erzeugt, also lässt sich die Nachfrage nicht ausgleichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The loop %1 nearly balances: its gain differs from 1 by about %2, within the tolerance of %3, so its activities would be the demand divided by that difference (check its recipe amounts)</source>
        <translation>Der Kreislauf %1 ist fast ausgeglichen: Sein Faktor weicht nur um etwa %2 von 1 ab, innerhalb der Toleranz von %3, daher wären seine Aktivitäten die Nachfrage geteilt durch diesen Unterschied (prüfen Sie seine Rezeptmengen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The design has no demand node, so nothing is produced</source>
        <translation>Der Entwurf hat keinen Nachfrage-Knoten, also wird nichts erzeugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design has no demand for tokens, so no tokens are made</source>
        <translation>Der Entwurf hat keine Nachfrage nach Token, also werden keine Token erzeugt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node needs a name</source>
        <translation>Ein Knoten braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the name of the base design; choose another name</source>
        <translation>%1 ist der Name des Basisentwurfs; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 cannot both be set</source>
        <translation>%1 und %2 können nicht beide gesetzt sein</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1: %2</source>
        <comment>a field and why its value does not fit</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: the range must start below its end, got %2 to %3</source>
        <translation>%1: Der Bereich muss unter seinem Ende beginnen, ist %2 bis %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two swept parameters must differ (both are %1)</source>
        <translation>Die beiden variierten Parameter müssen verschieden sein (beide sind %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan cannot be solved in %1 (the problems before this say why)</source>
        <translation>Der Plan ist in %1 nicht lösbar (die Probleme davor sagen, warum)</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="+5"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+104"/>
        <source>(model default)</source>
        <translation>(Modellstandard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+0"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overridden in scenario %1; Base: %2</source>
        <translation>In Szenario %1 überschrieben; Basis: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertainty: %1</source>
        <translation>Unsicherheit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a range (a distribution) for Monte Carlo and the tornado</source>
        <translation>Einen Bereich (eine Verteilung) für Monte Carlo und das Tornado-Diagramm angeben</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chosen in scenario %1; Base: %2</source>
        <translation>In Szenario %1 gewählt; Basis: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Price: %1 per %2</source>
        <translation>Preis: %1 pro %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gross margin: %1</source>
        <translation>Bruttomarge: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own cost %1</source>
        <translation>eigene Kosten %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>margin %1</source>
        <translation>Marge %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which: %1</source>
        <translation>Davon: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Activity: %1 %2</source>
        <translation>Aktivität: %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Capex: %1</source>
        <translation>Capex: %1</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Per rack (roofline): %1 tokens/s (band %2 to %3), %4 kW, %5 replicas of %6 GPUs, %7-bound, batch %8 each</source>
        <translation>Pro Rack (Roofline): %1 Token/s (Band %2 bis %3), %4 kW, %5 Repliken aus je %6 GPUs, %7-begrenzt, Batch je %8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>compute</source>
        <translation>Rechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-220"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the service target: %1 tokens/s per user, first token after %2</source>
        <translation>Beim Serviceziel: %1 Token/s pro Nutzer, erstes Token nach %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline maximum: %1 tokens/s per user, first token after %2</source>
        <translation>Offline-Maximum: %1 Token/s pro Nutzer, erstes Token nach %2</translation>
    </message>
    <message>
        <location line="+449"/>
        <source>Capacity: %1 %2, %3 used</source>
        <translation>Kapazität: %1 %2, %3 genutzt</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Share: &quot;%1&quot; is not a number</source>
        <translation>Anteil: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="+45"/>
        <location line="+202"/>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+101"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-191"/>
        <location filename="../ui/export/report.cpp" line="+280"/>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand tokens/s</source>
        <translation>Nachfrage Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max tokens/s</source>
        <translation>Max. Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <source>Tokens/year</source>
        <translation>Token/Jahr</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="-325"/>
        <source>IT power</source>
        <translation>IT-Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Facility power</source>
        <translation>Anlagenleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy/year</source>
        <translation>Energie/Jahr</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+140"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <location line="+501"/>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Racks installed</source>
        <translation>Installierte Racks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks delivered</source>
        <translation>Gelieferte Racks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power drawn</source>
        <translation>Bezogene Anlagenleistung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens made</source>
        <translation>Erzeugte Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens made over the plan</source>
        <translation>Im Plan erzeugte Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex over the plan</source>
        <translation>Capex über den Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+8"/>
        <source>NPV of the plan</source>
        <translation>Kapitalwert des Plans</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 in a quarter</source>
        <translation>%1 in einem Quartal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <extracomment>a figure of the plan over time in one quarter: &quot;Tokens/s online in 2027Q4&quot;</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+70"/>
        <source>Capital charge/year</source>
        <translation>Kapitalkosten/Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-7"/>
        <source>Opex/year</source>
        <translation>Opex/Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO/year</source>
        <translation>TCO/Jahr</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <source>Cost per million tokens</source>
        <translation>Kosten je Million Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="-492"/>
        <source>Tokens per joule</source>
        <translation>Token je Joule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per USD</source>
        <translation>Token je USD</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+420"/>
        <source>Cost per GPU-hour</source>
        <translation>Kosten pro GPU-Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/year per provisioned MW</source>
        <translation>Token/Jahr je bereitgestelltem MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+13"/>
        <source>NPV at the token price</source>
        <translation>Kapitalwert zum Tokenpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/kpipanel.cpp" line="+5"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no value without a token price.</source>
        <translation>%1 hat ohne Tokenpreis keinen Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no value in a quarter with nothing online.</source>
        <extracomment>a quarter&apos;s cost per million tokens, per GPU-hour or load at demand</extracomment>
        <translation>%1 hat in einem Quartal ohne laufende Anlagen keinen Wert.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Choose a quarter for %1.</source>
        <translation>Wählen Sie ein Quartal für %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a quarter; the design&apos;s timeline runs from %3 to %4.</source>
        <translation>%1: „%2“ ist kein Quartal; die Zeitachse des Entwurfs reicht von %3 bis %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is outside the design&apos;s timeline, which runs from %3 to %4.</source>
        <translation>%1: %2 liegt außerhalb der Zeitachse des Entwurfs, die von %3 bis %4 reicht.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The design cannot be solved as it is: %1</source>
        <translation>Der Entwurf lässt sich so nicht lösen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design cannot be solved as it is (see Problems).</source>
        <translation>Der Entwurf lässt sich so nicht lösen (siehe Probleme).</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-4"/>
        <location filename="../ui/charts/kpichart.cpp" line="+41"/>
        <location filename="../ui/export/report.cpp" line="-197"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its load at demand</source>
        <translation>Nachfrage/Kapazität</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Goal Seek: Make %1…</source>
        <translation>Zielwertsuche: %1 erreichen…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The demand over the tokens/s online in the quarter</source>
        <translation>Die Nachfrage geteilt durch die im Quartal in Betrieb befindlichen Token/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/docks/timelinedock.cpp" line="+177"/>
        <source>nothing online yet</source>
        <translation>noch nichts in Betrieb</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>– (no token price)</source>
        <translation>– (kein Tokenpreis)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan&apos;s cash flows at %1 per million tokens, discounted at the cost of capital, with the book value left at the end</source>
        <translation>Die Zahlungsströme des Plans bei %1 je Million Token, mit den Kapitalkosten abgezinst, samt dem am Ende verbleibenden Buchwert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not within the plan</source>
        <translation>nicht innerhalb des Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarter from which the plan&apos;s discounted cash so far stays at or above zero</source>
        <translation>Das Quartal, ab dem die bis dahin abgezinsten Zahlungen des Plans bei null oder darüber bleiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures — %1</source>
        <translation>Kennzahlen — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Being computed: the figures below are still those of the previous mode</source>
        <translation>Wird berechnet: Die Kennzahlen unten sind noch die des vorigen Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best reachable plan: what was asked cannot be had (see Problems)</source>
        <translation>Bester erreichbarer Plan: das Verlangte ist nicht möglich (siehe Probleme)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be solved: see Problems</source>
        <translation>Nicht lösbar: siehe Probleme</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+322"/>
        <location filename="../ui/export/report.cpp" line="+198"/>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-89"/>
        <location line="+106"/>
        <source>none binds</source>
        <translation>keiner bindet</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Online in the quarter, the quarter&apos;s capex, its opex at a yearly rate</source>
        <translation>In Betrieb im Quartal, Capex des Quartals, Opex als Jahresrate</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>none binds (tightest: %1)</source>
        <translation>keiner bindet (am knappsten: %1)</translation>
    </message>
    <message>
        <location filename="../ui/unitformat.cpp" line="-15"/>
        <location line="+5"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-272"/>
        <location filename="../ui/docks/settingsdock.cpp" line="-66"/>
        <location filename="../ui/scene/diffoverlay.cpp" line="+65"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="+2"/>
        <location line="+2"/>
        <source>%1× its capacity</source>
        <translation>%1-fache Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no capacity</source>
        <translation>keine Kapazität</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Demand of %1 tokens/s exceeds the capacities</source>
        <translation>Die Nachfrage von %1 Token/s übersteigt die Kapazitäten</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+73"/>
        <source>Optimise</source>
        <translation>Optimieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+59"/>
        <source>holds from %1 to %2 %3</source>
        <translation>gilt von %1 bis %2 %3</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>range: being computed</source>
        <translation>Bereich: wird berechnet</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+94"/>
        <source>Balance mode: producers split demand by their shares. Choose Solve ▸ Optimise to find the best plan and what one more unit of each supply is worth.</source>
        <translation>Bilanzmodus: Erzeuger teilen die Nachfrage nach ihren Anteilen auf. Wählen Sie Lösen ▸ Optimieren, um den besten Plan zu finden und zu sehen, was eine weitere Einheit jedes Angebots wert ist.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Optimal: %1 %2</source>
        <translation>Optimum: %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No plan meets all the limits (see Problems). Shown: the best reachable plan, %1 of the %2 tokens/s asked.</source>
        <translation>Kein Plan hält alle Grenzen ein (siehe Probleme). Gezeigt: der beste erreichbare Plan, %1 der verlangten %2 Token/s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held back by %1.</source>
        <translation>Begrenzt durch %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No best plan: something grows without limit (see Problems).</source>
        <translation>Kein bester Plan: etwas wächst unbegrenzt (siehe Probleme).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LP code found no answer (see Problems).</source>
        <translation>Der LP-Löser fand keine Antwort (siehe Probleme).</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Finding the best plan… The figures follow when it is solved; the window can be used meanwhile.</source>
        <translation>Der beste Plan wird gesucht… Die Kennzahlen folgen, sobald er gelöst ist; das Fenster kann währenddessen benutzt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Binding limits</source>
        <translation>Bindende Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one more unit of a good</source>
        <translation>Wert einer weiteren Einheit eines Guts</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+93"/>
        <source>%1 %2 per unit</source>
        <translation>%1 %2 je Einheit</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimisedock.cpp" line="+1"/>
        <source>Idle or held back</source>
        <translation>Ungenutzt oder zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/docks/optimiserows.cpp" line="+3"/>
        <source>%1
reduced cost %2 %3 per unit</source>
        <translation>%1
reduzierte Kosten %2 %3 je Einheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>worth using below %1</source>
        <translation>lohnt sich unter %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/palettedock.cpp" line="+50"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search kinds…</source>
        <translation>Arten suchen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/problemsdock.cpp" line="-30"/>
        <location line="+35"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scene/designscene.cpp" line="+444"/>
        <location line="+23"/>
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Connect an output to an input, not to another output</source>
        <translation>Verbinden Sie einen Ausgang mit einem Eingang, nicht mit einem anderen Ausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an input to an output, not to another input</source>
        <translation>Verbinden Sie einen Eingang mit einem Ausgang, nicht mit einem anderen Eingang</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+18"/>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+14"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename Frame</source>
        <translation>Rahmen umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Frame Colour</source>
        <translation>Rahmenfarbe ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Frame</source>
        <translation>Rahmen löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/scene/noteitem.cpp" line="+90"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Frame Here</source>
        <translation>Rahmen hier hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Note Here</source>
        <translation>Notiz hier hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame Selection</source>
        <translation>Auswahl einrahmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../ui/tools/clipboard.cpp" line="+62"/>
        <source>The clipboard holds no design: %1</source>
        <translation>Die Zwischenablage enthält keinen Entwurf: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to paste</source>
        <translation>Nichts zum Einfügen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Paste %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/quickaddpopup.cpp" line="+23"/>
        <source>Add a node: type to search…</source>
        <translation>Knoten hinzufügen: zum Suchen tippen…</translation>
    </message>
    <message>
        <location filename="../ui/scene/designview.cpp" line="+369"/>
        <source>No kind of node connects to %1</source>
        <translation>Keine Knotenart passt an %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add %1 and connect it</source>
        <translation>%1 hinzufügen und verbinden</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create a node of this kind</source>
        <translation>Ein Knoten dieser Art kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/scene/nodeitem.cpp" line="+327"/>
        <location line="+38"/>
        <source>BOTTLENECK</source>
        <translation>ENGPASS</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 of %2 %3</source>
        <comment>delivered of asked, unit</comment>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartkinds.cpp" line="+24"/>
        <source>Demand met and capacity use</source>
        <translation>Gedeckte Nachfrage und Kapazitätsnutzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost by node kind</source>
        <translation>Kosten nach Knotenart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each dollar per million tokens goes</source>
        <translation>Wohin jeder Dollar je Million Token geht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/export/report.cpp" line="+27"/>
        <source>Who earns what per million tokens</source>
        <translation>Wer was je Million Token verdient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power breakdown</source>
        <translation>Leistungsaufteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-65"/>
        <source>Throughput vs interactivity</source>
        <translation>Durchsatz vs. Interaktivität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows from suppliers to tokens</source>
        <translation>Flüsse von Lieferanten zu Token</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="+49"/>
        <source>A catalog system to compare, running the first datacenter&apos;s workload</source>
        <translation>Ein Katalogsystem zum Vergleich, mit der Workload des ersten Rechenzentrums</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this chart to the clipboard</source>
        <translation>Dieses Diagramm in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open this chart in a window of its own</source>
        <translation>Dieses Diagramm in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — Token Factory Planner</source>
        <translation>%1 — Token Factory Planner</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartsdock.cpp" line="+11"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartstyle.cpp" line="+89"/>
        <source>trillions</source>
        <translation>Billionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <location filename="../ui/charts/costchart.cpp" line="+30"/>
        <source>Cost by node kind: capex %1, opex %2 per year</source>
        <translation>Kosten nach Knotenart: Capex %1, Opex %2 pro Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost by node kind: no solution</source>
        <translation>Kosten nach Knotenart: keine Lösung</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+20"/>
        <location filename="../ui/export/report.cpp" line="-408"/>
        <source>Capital charge per year</source>
        <translation>Kapitalkosten pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Opex per year</source>
        <translation>Opex pro Jahr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1  capex %2</source>
        <translation>%1  Capex %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  opex %2/yr</source>
        <translation>%1  Opex %2/Jahr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>USD per year</source>
        <translation>USD pro Jahr</translation>
    </message>
    <message>
        <location filename="../ui/charts/kpichart.cpp" line="-6"/>
        <source>Capacity use: %1 of %2 tokens/s demanded</source>
        <translation>Kapazitätsnutzung: %1 von %2 nachgefragten Token/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand met and capacity use: no solution</source>
        <translation>Gedeckte Nachfrage und Kapazitätsnutzung: keine Lösung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also at capacity</source>
        <translation>Ebenfalls voll ausgelastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other limits and demand</source>
        <translation>Weitere Grenzen und Nachfrage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token demand met</source>
        <translation>Gedeckte Token-Nachfrage</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>% of capacity (of demand for tokens)</source>
        <translation>% der Kapazität (bei Token die Nachfrage)</translation>
    </message>
    <message>
        <location filename="../ui/charts/powerchart.cpp" line="+27"/>
        <source>Power at the meter: %1, IT %2</source>
        <translation>Leistung am Zähler: %1, IT %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power at the meter: none drawn</source>
        <translation>Leistung am Zähler: kein Verbrauch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (rack split estimated)</source>
        <translation> (Rack-Aufteilung geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="-318"/>
        <location filename="../ui/charts/powerchart.cpp" line="+12"/>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../ui/charts/powerchart.cpp" line="+1"/>
        <source>Host and network</source>
        <translation>Host und Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other IT loads</source>
        <translation>Sonstige IT-Lasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling and overhead</source>
        <translation>Kühlung und Overhead</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sankeywidget.cpp" line="+38"/>
        <source>Flows from suppliers to tokens: %1 per year of cost</source>
        <translation>Flüsse von Lieferanten zu Token: %1 Kosten pro Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from suppliers to tokens: no solution</source>
        <translation>Flüsse von Lieferanten zu Token: keine Lösung</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Bands and figures: dollars per year of TCO (capital charge + opex); on the bands: the flow each wire carries</source>
        <translation>Bänder und Beträge: Dollar TCO pro Jahr (Kapitalkosten + Opex); auf den Bändern: der Fluss jeder Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="-158"/>
        <location filename="../ui/charts/sankeywidget.cpp" line="-103"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuechainchart.cpp" line="-30"/>
        <source>Logic</source>
        <translation>Logik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Facility</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+33"/>
        <source>Foundry</source>
        <translation>Foundry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory makers</source>
        <translation>Speicherhersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packager</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+9"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="-8"/>
        <source>Accelerator vendor</source>
        <translation>Beschleunigerhersteller</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Optics makers</source>
        <translation>Optikhersteller</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-4"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Rack integrator</source>
        <translation>Rack-Integrator</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <source>Datacenter operator</source>
        <translation>Rechenzentrumsbetreiber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utility</source>
        <translation>Energieversorger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+10"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who earns what per million tokens: %1 per million tokens</source>
        <translation>Wer was je Million Token verdient: %1 je Million Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who earns what per million tokens: no tokens made</source>
        <translation>Wer was je Million Token verdient: keine Token erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own costs and the return on capital</source>
        <translation>Eigene Kosten und Kapitalrendite</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+65"/>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+1"/>
        <location filename="../ui/export/report.cpp" line="+480"/>
        <source>Gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuechainchart.cpp" line="+11"/>
        <source>Where each dollar per million tokens goes: %1 per million tokens</source>
        <translation>Wohin jeder Dollar je Million Token geht: %1 je Million Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each dollar per million tokens goes: no tokens made</source>
        <translation>Wohin jeder Dollar je Million Token geht: keine Token erzeugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opex: running costs and energy</source>
        <translation>Opex: Betriebskosten und Energie</translation>
    </message>
    <message>
        <location filename="../ui/charts/valuecapturechart.cpp" line="+31"/>
        <location filename="../ui/charts/valuechainchart.cpp" line="+37"/>
        <source>USD per million tokens</source>
        <translation>USD je Million Token</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="+108"/>
        <location filename="../ui/export/chartexport.cpp" line="+141"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="+128"/>
        <location line="+3"/>
        <location filename="../ui/export/canvasexport.cpp" line="+6"/>
        <location line="+14"/>
        <location line="+12"/>
        <location filename="../ui/export/chartexport.cpp" line="+6"/>
        <location line="+8"/>
        <location filename="../ui/export/exportactions.cpp" line="+166"/>
        <location line="+3"/>
        <location filename="../ui/export/report.cpp" line="+255"/>
        <location line="+11"/>
        <location filename="../ui/export/tables.cpp" line="+246"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="-20"/>
        <location line="+10"/>
        <source>Token factory design</source>
        <translation>Token-Fabrik-Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="-95"/>
        <location line="+98"/>
        <location filename="../ui/export/report.cpp" line="-6"/>
        <source>Token Factory Planner %1</source>
        <translation>Token Factory Planner %1</translation>
    </message>
    <message>
        <location filename="../ui/export/canvasexport.cpp" line="+13"/>
        <location filename="../ui/export/chartexport.cpp" line="-45"/>
        <location line="+16"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation>%1: Der Dateiname muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexport.cpp" line="-13"/>
        <location line="+16"/>
        <source>%1: size must be at least 16×16 pixels and DPI between 24 and 2400</source>
        <translation>%1: Die Größe muss mindestens 16×16 Pixel und die DPI zwischen 24 und 2400 liegen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unknown chart kind &apos;%1&apos;</source>
        <translation>Unbekannte Diagrammart „%1“</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="+44"/>
        <location filename="../ui/whatif/studydialog.cpp" line="-25"/>
        <location filename="../ui/export/exportactions.cpp" line="-117"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="+7"/>
        <source>PNG Size</source>
        <translation>PNG-Größe</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+23"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <location line="+37"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="-55"/>
        <source>Compare Scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Δ vs Base</source>
        <translation>Δ zur Basis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not solvable</source>
        <translation>nicht lösbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Table (CSV)…</source>
        <translation>&amp;Tabelle exportieren (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/whatif/studydialog.cpp" line="-49"/>
        <source>C&amp;opy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/export/exportactions.cpp" line="-17"/>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/whatif/studydialog.cpp" line="+45"/>
        <location filename="../ui/export/exportactions.cpp" line="+3"/>
        <location line="+78"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="-66"/>
        <source>Export Canvas</source>
        <translation>Zeichenfläche exportieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+27"/>
        <source>Export Timeline</source>
        <translation>Zeitachse exportieren</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chart Shown…</source>
        <translation>&amp;Angezeigtes Diagramm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;opy Chart Shown</source>
        <translation>Angezeigtes Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key Figures (CSV)…</source>
        <translation>K&amp;ennzahlen (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Node Steps (CSV)…</source>
        <translation>Knoten&amp;schritte (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows (CSV)…</source>
        <translation>&amp;Flüsse (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who Earns What (CSV)…</source>
        <translation>&amp;Wer was verdient (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeline, Every Series (CSV)…</source>
        <translation>Zeitachse, alle &amp;Reihen (CSV)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;anvas (PNG, SVG or PDF)…</source>
        <translation>&amp;Zeichenfläche (PNG, SVG oder PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-753"/>
        <source>Tokens per second</source>
        <translation>Token pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demand %1, capacities allow %2</source>
        <translation>Nachfrage %1, Kapazitäten erlauben %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per year</source>
        <translation>Token pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MWh per year</source>
        <translation>%1 MWh pro Jahr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>energy %1</source>
        <translation>Energie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCO per year</source>
        <translation>TCO pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>$ per million tokens</source>
        <translation>$ je Million Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the facility meter</source>
        <translation>am Anlagenzähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per dollar</source>
        <translation>Token je Dollar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, a ceiling</source>
        <translation>%1, Obergrenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tok/s</source>
        <translation>%1 Tok/s</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="-420"/>
        <location filename="../ui/export/report.cpp" line="+11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+685"/>
        <source>unsaved design</source>
        <translation>ungespeicherter Entwurf</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Token Factory Planner %1 · %2 · %3</source>
        <translation>Token Factory Planner %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+17"/>
        <source>Token factory report: %1</source>
        <translation>Token-Fabrik-Bericht: %1</translation>
    </message>
    <message>
        <location line="-825"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>annuity at the cost of capital, by asset class</source>
        <translation>Annuität zu den Kapitalkosten, je Anlagenklasse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>capital charge + opex</source>
        <translation>Kapitalkosten + Opex</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Token factory report</source>
        <translation>Token-Fabrik-Bericht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tokens per rack (roofline model)</source>
        <translation>Token pro Rack (Roofline-Modell)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs</source>
        <translation>Betreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per rack</source>
        <translation>Pro Rack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band (tokens/s)</source>
        <translation>Band (Token/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per user</source>
        <translation>Pro Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLPerf round</source>
        <translation>MLPerf-Runde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The band comes from the calibration residuals (docs/throughput-model.md); published results the model was not fitted to differ by more, most for mixtures of experts.</source>
        <translation>Das Band stammt aus den Kalibrierresiduen (docs/throughput-model.md); veröffentlichte Ergebnisse, an die das Modell nicht angepasst wurde, weichen stärker ab, am meisten bei Mixture-of-Experts-Modellen.</translation>
    </message>
    <message>
        <location filename="../ui/whatif/comparedialog.cpp" line="-40"/>
        <location filename="../ui/export/report.cpp" line="-22"/>
        <location line="+398"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/docks/scheduleeditor.cpp" line="+76"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+95"/>
        <source>Row %1: &quot;%2&quot; is not a quarter such as 2027Q3</source>
        <translation>Zeile %1: „%2“ ist kein Quartal wie 2027Q3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: &quot;%2&quot; is not a number</source>
        <translation>Zeile %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Default: %n quarter(s)</source>
        <translation>
            <numerusform>Standard: %n Quartal</numerusform>
            <numerusform>Standard: %n Quartale</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many quarters this stage delays its output (wafer start to die, die to package, package to rack)</source>
        <translation>Um wie viele Quartale diese Stufe ihre Ausgabe verzögert (Waferstart bis Die, Die bis Package, Package bis Rack)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time (quarters)</source>
        <translation>Vorlaufzeit (Quartale)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Schedule of</source>
        <translation>Zeitplan für</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/export/report.cpp" line="-397"/>
        <location line="+398"/>
        <location line="+114"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-58"/>
        <source>From quarter</source>
        <translation>Ab Quartal</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-103"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step a year after the last one</source>
        <translation>Ein Schritt ein Jahr nach dem letzten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+1"/>
        <source>Removes the selected steps</source>
        <translation>Entfernt die ausgewählten Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of quarter and value from a spreadsheet</source>
        <translation>Zeilen aus Quartal und Wert aus einer Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file of quarter and value rows</source>
        <translation>Eine CSV-Datei mit Zeilen aus Quartal und Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog&apos;s yearly capacity figures as a schedule</source>
        <translation>Die jährlichen Kapazitätszahlen des Katalogs als Zeitplan</translation>
    </message>
    <message>
        <location line="+93"/>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="+88"/>
        <source>%1 (scheduled)</source>
        <translation>%1 (mit Zeitplan)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Nothing to paste: rows of a quarter and a value are expected</source>
        <translation>Nichts einzufügen: erwartet werden Zeilen aus Quartal und Wert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no rows of a quarter and a value</source>
        <translation>%1 enthält keine Zeilen aus Quartal und Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Schedule</source>
        <translation>Zeitplan importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv *.txt)</source>
        <translation>CSV-Tabelle (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The catalog has no yearly figures after the timeline&apos;s first year for this entry</source>
        <translation>Der Katalog hat für diesen Eintrag keine Jahreszahlen nach dem ersten Jahr des Zeitplans</translation>
    </message>
    <message>
        <location filename="../ui/scene/noteitem.cpp" line="-55"/>
        <location line="+38"/>
        <location filename="../ui/export/report.cpp" line="-511"/>
        <location line="+398"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Move Note</source>
        <translation>Notiz verschieben</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-462"/>
        <source>none: borrowed</source>
        <translation>keine: übernommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ±%2%</source>
        <translation>%1 ±%2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The design cannot be solved:
%1</source>
        <translation>Der Entwurf ist nicht lösbar:
%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the most tokens/s</source>
        <translation>die meisten Token/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the least cost</source>
        <translation>die geringsten Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the least power</source>
        <translation>die geringste Leistung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to %2 %3</source>
        <translation>%1 bis %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shadow prices: what one more unit of each limit is worth</source>
        <translation>Schattenpreise: was eine weitere Einheit jeder Grenze wert ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design could not be optimised.</source>
        <translation>Das Design konnte nicht optimiert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optimise mode, splits free, for %1: %2 %3.</source>
        <translation>Optimierungsmodus, Aufteilungen frei, für %1: %2 %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures above are Balance mode&apos;s (the splits as set); these prices are the optimum&apos;s.</source>
        <translation>Die Kennzahlen oben sind die des Bilanzmodus (Aufteilungen wie eingestellt); diese Preise sind die des Optimums.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more unit is worth</source>
        <translation>Eine Einheit mehr ist wert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 more in the Optimise dock (Solve ▸ Optimise).</source>
        <translation>%1 weitere im Optimieren-Dock (Lösen ▸ Optimieren).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No capacity limits the design.</source>
        <translation>Keine Kapazität begrenzt den Entwurf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit (tightest first)</source>
        <translation>Grenze (knappste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+4"/>
        <location filename="../ui/export/report.cpp" line="+2"/>
        <source>Load at demand</source>
        <translation>Nachfrage/Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+169"/>
        <source>TCO per year over every accelerator&apos;s hours</source>
        <translation>TCO pro Jahr über alle Stunden aller Beschleuniger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per year per provisioned MW</source>
        <translation>Token pro Jahr je bereitgestelltem MW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MW built, at the meter</source>
        <translation>gebaute MW, am Zähler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per million tokens</source>
        <translation>je Million Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per year</source>
        <translation>Umsatz pro Jahr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over %1 years at the cost of capital</source>
        <translation>über %1 Jahre zu den Kapitalkosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discounted</source>
        <translation>abgezinst</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value added</source>
        <translation>Wertschöpfung</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-539"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+212"/>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base design (no scenario)</source>
        <translation>Basisdesign (kein Szenario)</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>No limit binds.</source>
        <translation>Keine Grenze bindet.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Binding limit</source>
        <translation>Bindende Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds over</source>
        <translation>Gilt im Bereich</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Each line is the most tokens/s per GPU a datacenter&apos;s hardware gives at each output speed per user; a dot is where the datacenter runs at its service target (docs/throughput-model.md).</source>
        <translation>Jede Linie zeigt die meisten Token/s pro GPU, die die Hardware eines Rechenzentrums bei jeder Ausgabegeschwindigkeit pro Nutzer liefert; ein Punkt zeigt, wo das Rechenzentrum bei seinem Serviceziel läuft (docs/throughput-model.md).</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Inputs that differ from the catalog (%1 of %2)</source>
        <translation>Eingaben, die vom Katalog abweichen (%1 von %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inputs that differ from the catalog</source>
        <translation>Eingaben, die vom Katalog abweichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values set on the design where the catalog (or the node kind&apos;s default) says otherwise or nothing.</source>
        <translation>Im Entwurf gesetzte Werte, zu denen der Katalog (oder der Standard der Knotenart) etwas anderes oder nichts sagt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: every input is the catalog&apos;s.</source>
        <translation>Keine: Alle Eingaben stammen aus dem Katalog.</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+206"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog or default</source>
        <translation>Katalog oder Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/export/reportinputs.cpp" line="+28"/>
        <source>scenario %1 (Base: %2)</source>
        <translation>Szenario %1 (Basis: %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Design settings</source>
        <translation>Entwurfseinstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>design setting</source>
        <translation>Entwurfseinstellung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scenario %1 (Base: %2); %3</source>
        <translation>Szenario %1 (Basis: %2); %3</translation>
    </message>
    <message>
        <location filename="../ui/documentcanvas.cpp" line="+14"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Frame %1</source>
        <translation>Rahmen %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Frame %1</source>
        <translation>Rahmen %1 löschen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Move Frame %1</source>
        <translation>Rahmen %1 verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Frame</source>
        <translation>Rahmen verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/scene/designscene.cpp" line="-19"/>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../ui/commands/addscenariocommand.cpp" line="+13"/>
        <source>Add Scenario %1</source>
        <translation>Szenario %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/removescenariocommand.cpp" line="+15"/>
        <source>Delete Scenario %1</source>
        <translation>Szenario %1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/commands/valuecommands.cpp" line="+175"/>
        <source>Rename Scenario %1 to %2</source>
        <translation>Szenario %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Change %1 in %2</source>
        <translation>%1 in %2 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear %1 in %2</source>
        <translation>%1 in %2 zurücksetzen</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Set Distribution of %1</source>
        <translation>Verteilung von %1 festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Distribution of %1</source>
        <translation>Verteilung von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+297"/>
        <source>Each value must lie between %1 and %2</source>
        <translation>Jeder Wert muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum must not be above the maximum</source>
        <translation>Das Minimum darf nicht über dem Maximum liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most likely value must lie between the minimum and the maximum</source>
        <translation>Der wahrscheinlichste Wert muss zwischen Minimum und Maximum liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard deviation must not be negative</source>
        <translation>Die Standardabweichung darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The median must be above 0</source>
        <translation>Der Median muss über 0 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigma of ln x must not be negative</source>
        <translation>Sigma von ln x darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../ui/messagetext.cpp" line="-18"/>
        <location filename="../ui/dialogs/distributiondialog.cpp" line="+41"/>
        <source>Uncertainty of %1</source>
        <translation>Unsicherheit von %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/distributiondialog.cpp" line="+3"/>
        <source>Monte Carlo draws %1 from this distribution; the tornado moves it to its P10 and P90. The value %2 stays the one ordinary solves use.</source>
        <translation>Monte Carlo zieht %1 aus dieser Verteilung; das Tornado-Diagramm setzt es auf P10 und P90. Der Wert %2 bleibt der, den normale Lösungen verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uniform</source>
        <translation>Gleichverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangular</source>
        <translation>Dreiecksverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normalverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lognormal</source>
        <translation>Log-Normalverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most likely:</source>
        <translation>Wahrscheinlichster Wert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean:</source>
        <translation>Mittelwert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard deviation:</source>
        <translation>Standardabweichung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median:</source>
        <translation>Median:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sigma of ln x:</source>
        <translation>Sigma von ln x:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="+44"/>
        <source>Goal Seek</source>
        <translation>Zielwertsuche</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Make:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal to:</source>
        <translation>Gleich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By changing:</source>
        <translation>Durch Ändern von:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Seek</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+92"/>
        <source>Seeking… solves so far: %1</source>
        <translation>Suche läuft … bisher %1 Lösungen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Being computed…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/whatif/montecarlodialog.cpp" line="+107"/>
        <source>The target is not a number.</source>
        <translation>Das Ziel ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 = %2 gives %3 = %4 (%5 solves).</source>
        <translation>%1 = %2 ergibt %3 = %4 (%5 Lösungen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+19"/>
        <source>%1 %2</source>
        <comment>a sentence, then the next</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No value of %1 within [%2, %3] gives %4 = %5: %4 jumps across it at %6 (the closest it gets is %7).</source>
        <translation>Kein Wert von %1 in [%2, %3] ergibt %4 = %5: %4 springt bei %6 darüber hinweg (am nächsten kommt es mit %7).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot reach it within %1&apos;s range [%2, %3]: %4 goes from %5 to %6 there.</source>
        <translation>Im Bereich von %1 [%2, %3] nicht erreichbar: %4 reicht dort von %5 bis %6.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not applied: scenario “%1” holds values, not schedules, so %2 alone would not give this figure. Untick “%3” and seek again for the value that gives it with the schedule&apos;s steps kept, or seek in the Base to scale the schedule.</source>
        <translation>Nicht übernommen: Das Szenario „%1“ enthält Werte, keine Zeitpläne, daher ergäbe %2 allein diese Kennzahl nicht. Deaktivieren Sie „%3“ und suchen Sie erneut nach dem Wert, der sie mit den Stufen des Zeitplans wie bisher ergibt, oder suchen Sie in der Basis, um den Zeitplan zu skalieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal seek: %1</source>
        <translation>Zielwertsuche: %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/montecarlodialog.cpp" line="-79"/>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uncertain:</source>
        <translation>Unsicher:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. %1</source>
        <translation>optional, z. B. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples:</source>
        <translation>Stichproben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/whatif/tornadodialog.cpp" line="+28"/>
        <source>Figure:</source>
        <translation>Kennzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (at least):</source>
        <translation>Ziel (mindestens):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No parameter carries a distribution: give some a range with the ~ button beside their field in the inspector.</source>
        <translation>Kein Parameter hat eine Verteilung: Geben Sie einigen mit der Schaltfläche ~ neben ihrem Feld im Inspektor einen Bereich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No parameter carries a distribution.</source>
        <translation>Kein Parameter hat eine Verteilung.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 samples (%2 unsolvable): P10 %3, P50 %4, P90 %5, mean %6</source>
        <translation>%1 Stichproben (%2 nicht lösbar): P10 %3, P50 %4, P90 %5, Mittelwert %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; P(%1 ≥ %2) = %3</source>
        <comment>a probability as a percentage</comment>
        <translation>; P(%1 ≥ %2) = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled after %1 of %2 samples. %3</source>
        <translation>Nach %1 von %2 Stichproben abgebrochen. %3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/scenariosdock.cpp" line="+16"/>
        <location line="+97"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new scenario with the overrides of the active one; edits then go into it</source>
        <translation>Ein neues Szenario mit den Überschreibungen des aktiven; Änderungen gehen dann dorthin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate Scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n parameter(s) overridden</source>
        <translation>
            <numerusform>%n Parameter überschrieben</numerusform>
            <numerusform>%n Parameter überschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base (the design)</source>
        <translation>Basis (der Entwurf)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The Base cannot be renamed</source>
        <translation>Die Basis kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="-72"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="-249"/>
        <location filename="../ui/whatif/studydialog.cpp" line="+3"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/whatif/studydialog.cpp" line="+18"/>
        <source>The chart appears here after a run.</source>
        <translation>Das Diagramm erscheint hier nach einem Lauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Data (CSV)…</source>
        <translation>&amp;Daten exportieren (CSV)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/whatif/sweepdialog.cpp" line="+29"/>
        <source>Sweep</source>
        <translation>Parameterstudie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sweep a second parameter (heat map)</source>
        <translation>Einen zweiten Parameter variieren (Heatmap)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Figures:</source>
        <translation>Kennzahlen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second parameter:</source>
        <translation>Zweiter Parameter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From, to, steps:</source>
        <translation>Von, bis, Schritte:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give a parameter and a range of numbers.</source>
        <translation>Geben Sie einen Parameter und einen Zahlenbereich an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick at least one figure.</source>
        <translation>Wählen Sie mindestens eine Kennzahl.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 points solved</source>
        <translation>%1 von %2 Punkten gelöst</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/whatif/resiliencedialog.cpp" line="+60"/>
        <location filename="../ui/whatif/tornadodialog.cpp" line="+31"/>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/tornadodialog.cpp" line="-42"/>
        <source>Tornado</source>
        <translation>Tornado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swing without a distribution (±):</source>
        <translation>Ausschlag ohne Verteilung (±):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 parameters moved one at a time; %2 at base %3</source>
        <translation>%1 Parameter einzeln verändert; %2 bei Basis %3</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifcharts.cpp" line="+49"/>
        <location line="+21"/>
        <source>%1 over %2 and %3</source>
        <translation>%1 über %2 und %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures against %1</source>
        <translation>Kennzahlen gegen %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Index (start = 100)</source>
        <comment>a sweep chart&apos;s axis: each figure over its value at the first point</comment>
        <translation>Index (Start = 100)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 over %2 samples: P10 %3, P50 %4, P90 %5</source>
        <translation>%1 über %2 Stichproben: P10 %3, P50 %4, P90 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; P(≥ %1) = %2</source>
        <comment>a probability as a percentage</comment>
        <translation>; P(≥ %1) = %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+42"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>P10 %1</source>
        <translation>P10 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P50 %1</source>
        <translation>P50 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P90 %1</source>
        <translation>P90 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tornado: %1 around %2</source>
        <translation>Tornado: %1 um %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameter low</source>
        <translation>Parameter niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter high</source>
        <translation>Parameter hoch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1 – %2]</source>
        <translation>[%1 – %2]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change of %1</source>
        <translation>Änderung von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenarios against the Base (% change)</source>
        <translation>Szenarien gegenüber der Basis (Änderung in %)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>% change against the Base</source>
        <translation>Änderung in % gegenüber der Basis</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifdock.cpp" line="+25"/>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin a parameter with the pin button beside its field in the inspector: it appears here as a slider, and dragging it re-solves live.</source>
        <translation>Heften Sie einen Parameter mit der Stecknadel neben seinem Feld im Inspektor an: Er erscheint hier als Schieberegler, und beim Ziehen wird sofort neu gelöst.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifui.cpp" line="+110"/>
        <source>P&amp;resentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;What-if</source>
        <translation>&amp;Was-wäre-wenn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>Szenarien &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goal Seek…</source>
        <translation>&amp;Zielwertsuche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sweep…</source>
        <translation>&amp;Parameterstudie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monte Carlo…</source>
        <translation>&amp;Monte Carlo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tornado…</source>
        <translation>&amp;Tornado…</translation>
    </message>
    <message>
        <location filename="../ui/scene/frameitem.cpp" line="+127"/>
        <source>Rename Frame to %1</source>
        <translation>Rahmen in %1 umbenennen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Resize Frame</source>
        <translation>Rahmengröße ändern</translation>
    </message>
    <message>
        <location filename="../ui/charts/interactivitychart.cpp" line="+144"/>
        <source>%1 (comparison)</source>
        <translation>%1 (Vergleich)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Throughput vs interactivity: no datacenter takes its racks from the catalog</source>
        <translation>Durchsatz vs. Interaktivität: kein Rechenzentrum bezieht seine Racks aus dem Katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput vs interactivity: %1</source>
        <translation>Durchsatz vs. Interaktivität: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s per GPU</source>
        <translation>Token/s pro GPU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output tokens/s each user sees</source>
        <translation>Ausgabe-Token/s, die jeder Nutzer sieht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 tokens/s per user</source>
        <translation>%1: %2 Token/s pro Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="-214"/>
        <source>Accelerators and racks</source>
        <translation>Beschleuniger und Racks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power plant</source>
        <translation>Kraftwerk</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Design Settings</source>
        <translation>Designeinstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build-out and site</source>
        <translation>Ausbau und Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning horizon (months)</source>
        <translation>Planungshorizont (Monate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity ($/MWh)</source>
        <translation>Strom ($/MWh)</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-381"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fab (logic wafers)</source>
        <translation>Fab (Logik-Wafer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced packaging (CoWoS)</source>
        <translation>Advanced Packaging (CoWoS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM maker</source>
        <translation>HBM-Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical transceivers</source>
        <translation>Optische Transceiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power supply</source>
        <translation>Stromversorgung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reroute</source>
        <translation>Umlenkpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any linear production step: an explicit recipe of inputs and outputs per unit of activity.</source>
        <translation>Ein beliebiger linearer Produktionsschritt: eine ausdrückliche Rezeptur aus Eingängen und Ausgängen je Aktivitätseinheit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A source of one good, with a capacity and a unit price.</source>
        <translation>Eine Quelle für ein Gut, mit Kapazität und Stückpreis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand for one good at a rate: the target the design is solved for.</source>
        <translation>Nachfrage nach einem Gut mit einer Rate: das Ziel, für das der Entwurf gelöst wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A foundry line: wafer starts per month become good logic dies.</source>
        <translation>Eine Foundry-Linie: Wafer-Starts pro Monat werden zu guten Logik-Dies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interposer wafers per month join logic dies and HBM stacks into accelerator packages.</source>
        <translation>Interposer-Wafer pro Monat verbinden Logik-Dies und HBM-Stacks zu Beschleuniger-Packages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A memory maker&apos;s supply of HBM stacks.</source>
        <translation>Das Angebot eines Speicherherstellers an HBM-Stacks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A maker&apos;s supply of optical transceiver modules.</source>
        <translation>Das Angebot eines Herstellers an optischen Transceiver-Modulen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds racks from accelerators and optics.</source>
        <translation>Baut Racks aus Beschleunigern und Optik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid or PPA power in MW, with its energy price.</source>
        <translation>Netz- oder PPA-Strom in MW, mit seinem Energiepreis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns racks and power into tokens/s; the racks arrive over the planning horizon.</source>
        <translation>Macht aus Racks und Strom Token/s; die Racks kommen über den Planungszeitraum hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bend point that tidies a wire: its good passes through unchanged.</source>
        <translation>Ein Knickpunkt, der eine Leitung ordnet: ihr Gut läuft unverändert hindurch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buys packaged accelerators (dies, HBM, packaging) and adds the board and its own content; sells at its gross margin.</source>
        <translation>Kauft gepackte Beschleuniger (Dies, HBM, Packaging), ergänzt die Platine und eigene Anteile und verkauft mit seiner Bruttomarge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planning horizon</source>
        <translation>Planungszeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Electricity price</source>
        <translation>Strompreis</translation>
    </message>
    <message>
        <location line="-35"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+1"/>
        <source>Default PUE</source>
        <translation>Standard-PUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+1"/>
        <source>Default utilization</source>
        <translation>Standardauslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis period</source>
        <translation>Betrachtungszeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators and racks: life</source>
        <translation>Beschleuniger und Racks: Nutzungsdauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators and racks: maintenance</source>
        <translation>Beschleuniger und Racks: Wartung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accelerators and racks: residual value</source>
        <translation>Beschleuniger und Racks: Restwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: life</source>
        <translation>Netzwerk: Nutzungsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: maintenance</source>
        <translation>Netzwerk: Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network: residual value</source>
        <translation>Netzwerk: Restwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: life</source>
        <translation>Gebäude: Nutzungsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: maintenance</source>
        <translation>Gebäude: Instandhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building: residual value</source>
        <translation>Gebäude: Restwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: life</source>
        <translation>Kraftwerk: Nutzungsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: maintenance</source>
        <translation>Kraftwerk: Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power plant: residual value</source>
        <translation>Kraftwerk: Restwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost</source>
        <translation>Betriebskosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die area</source>
        <translation>Die-Fläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wafer diameter</source>
        <translation>Wafer-Durchmesser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defect density</source>
        <translation>Defektdichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair recovery</source>
        <translation>Reparaturgewinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages per wafer</source>
        <translation>Packages pro Wafer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic dies per package</source>
        <translation>Logik-Dies pro Package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stacks per package</source>
        <translation>HBM-Stacks pro Package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembly yield</source>
        <translation>Montageausbeute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators per rack</source>
        <translation>Beschleuniger pro Rack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optics per accelerator</source>
        <translation>Optik pro Beschleuniger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT capacity</source>
        <translation>IT-Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/s per rack</source>
        <translation>Token/s pro Rack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack IT power</source>
        <translation>IT-Leistung pro Rack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens</source>
        <translation>Eingabe-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/s per user</source>
        <translation>Token/s pro Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build cost</source>
        <translation>Baukosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colocation price</source>
        <translation>Colocation-Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and storage</source>
        <translation>Netzwerk und Speicher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build-out period over which flows of parts accumulate.</source>
        <translation>Aufbauzeitraum, über den sich Teileflüsse aufsummieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default energy price for power supplies without their own.</source>
        <translation>Standard-Energiepreis für Stromversorgungen ohne eigenen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility over IT power for datacenters without their own PUE.</source>
        <translation>Anlagen- durch IT-Leistung für Rechenzentren ohne eigene PUE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual return the capital must earn (WACC); capital is charged as an annuity at this rate.</source>
        <translation>Jährliche Rendite, die das Kapital erwirtschaften muss (WACC); das Kapital wird als Annuität zu diesem Satz berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load factor: average share of peak throughput delivered, for datacenters without their own.</source>
        <translation>Auslastungsgrad: durchschnittlich gelieferter Anteil des Spitzendurchsatzes, für Rechenzentren ohne eigenen Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the outlay paid each year for insurance.</source>
        <translation>Anteil der Investition, der jährlich für Versicherung gezahlt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a million tokens sells for; unset means no revenue, NPV, payback or operator margin.</source>
        <translation>Verkaufspreis einer Million Token; leer heißt kein Umsatz, kein Kapitalwert, keine Amortisation und keine Betreibermarge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years over which the NPV of the build is taken.</source>
        <translation>Jahre, über die der Kapitalwert des Ausbaus berechnet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic life over which the outlay is recovered.</source>
        <translation>Wirtschaftliche Nutzungsdauer, über die die Investition zurückfließt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the outlay spent each year on upkeep.</source>
        <translation>Anteil der Investition, der jährlich für den Unterhalt ausgegeben wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the outlay the asset is worth at the end of its life.</source>
        <translation>Anteil der Investition, den die Anlage am Ende ihrer Nutzungsdauer noch wert ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most activity per period; unset means unlimited.</source>
        <translation>Höchste Aktivität pro Periode; leer heißt unbegrenzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capital cost per unit of activity (for flows, per unit bought over the horizon).</source>
        <translation>Investitionskosten je Aktivitätseinheit (bei Flüssen je über den Zeitraum gekaufter Einheit).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating cost per unit of activity and year.</source>
        <translation>Betriebskosten je Aktivitätseinheit und Jahr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of its price that is its margin (the price is unit_cost_usd).</source>
        <translation>Anteil des Preises, der Marge ist (der Preis sind die Stückkosten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demanded rate of the good.</source>
        <translation>Die nachgefragte Rate des Guts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area of one logic die.</source>
        <translation>Fläche eines Logik-Dies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diameter of the wafer.</source>
        <translation>Durchmesser des Wafers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D0 in the Poisson yield e^(-A D0).</source>
        <translation>D0 in der Poisson-Ausbeute e^(-A D0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of defective dies saved by redundancy (disabled cores).</source>
        <translation>Anteil defekter Dies, die durch Redundanz gerettet werden (abgeschaltete Kerne).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator packages per interposer wafer.</source>
        <translation>Beschleuniger-Packages pro Interposer-Wafer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic dies in one package.</source>
        <translation>Logik-Dies in einem Package.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stacks in one package.</source>
        <translation>HBM-Stacks in einem Package.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of assembled packages that pass test.</source>
        <translation>Anteil der montierten Packages, die den Test bestehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the rack&apos;s price that is its margin: the price is (parts bought + unit cost) ÷ (1 − margin).</source>
        <translation>Anteil des Rack-Preises, der Marge ist: der Preis ist (gekaufte Teile + Stückkosten) ÷ (1 − Marge).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator packages in one rack.</source>
        <translation>Beschleuniger-Packages in einem Rack.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transceiver modules per accelerator for the scale-out fabric.</source>
        <translation>Transceiver-Module pro Beschleuniger für das Scale-out-Netz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy price; unset uses the design&apos;s electricity price.</source>
        <translation>Energiepreis; leer nimmt den Strompreis des Entwurfs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the energy bill that is the utility&apos;s margin.</source>
        <translation>Anteil der Stromrechnung, der Marge des Versorgers ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical IT power the halls can host; unset means unlimited.</source>
        <translation>Kritische IT-Leistung, die die Hallen aufnehmen können; leer heißt unbegrenzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak serving throughput of one rack.</source>
        <translation>Höchster Serving-Durchsatz eines Racks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT power of one rack including its network share.</source>
        <translation>IT-Leistung eines Racks einschließlich seines Netzwerkanteils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power over IT power; unset uses the design default.</source>
        <translation>Anlagenleistung durch IT-Leistung; leer nimmt den Standard des Entwurfs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load factor: average share of the peak throughput at the service target that is delivered; unset uses the design default.</source>
        <translation>Auslastungsgrad: durchschnittlich gelieferter Anteil des Spitzendurchsatzes beim Serviceziel; leer nimmt den Standard des Entwurfs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt length for the chosen workload; unset means the workload&apos;s default.</source>
        <translation>Prompt-Länge für den gewählten Workload; leer heißt Standard des Workloads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generated tokens per request; unset means the workload&apos;s default.</source>
        <translation>Erzeugte Token pro Anfrage; leer heißt Standard des Workloads.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output speed each user is sold (the service target); unset means the offline maximum.</source>
        <translation>Ausgabegeschwindigkeit, die jedem Nutzer verkauft wird (das Serviceziel); leer heißt Offline-Maximum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest time to the first token the service allows; unset means no limit.</source>
        <translation>Längste Zeit bis zum ersten Token, die der Dienst erlaubt; leer heißt keine Grenze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility construction per MW of critical IT built (it_capacity_mw when set).</source>
        <translation>Anlagenbau pro gebautem MW kritischer IT (die IT-Kapazität, wenn gesetzt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent for the built IT capacity; above 0 it replaces the building&apos;s capex and upkeep.</source>
        <translation>Miete für die gebaute IT-Kapazität; über 0 ersetzt sie Investition und Unterhalt des Gebäudes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations staff per MW of IT capacity built.</source>
        <translation>Betriebspersonal pro gebautem MW IT-Kapazität.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost of the network services and storage each rack uses.</source>
        <translation>Laufende Kosten der Netzwerkdienste und des Speichers, die jedes Rack nutzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the accelerator&apos;s price that is the vendor&apos;s margin: the price is (package bought + unit cost) ÷ (1 − margin).</source>
        <translation>Anteil des Beschleunigerpreises, der Marge des Anbieters ist: der Preis ist (gekauftes Package + Stückkosten) ÷ (1 − Marge).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>activity/period</source>
        <comment>unit</comment>
        <translation>Aktivität/Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit of activity</source>
        <comment>unit</comment>
        <translation>USD je Aktivitätseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit of activity per year</source>
        <comment>unit</comment>
        <translation>USD je Aktivitätseinheit und Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units of the good</source>
        <comment>unit</comment>
        <translation>Einheiten des Guts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit</source>
        <comment>unit</comment>
        <translation>USD je Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per unit per year</source>
        <comment>unit</comment>
        <translation>USD je Einheit und Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wafers/month</source>
        <comment>unit</comment>
        <translation>Wafer/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/wafer</source>
        <comment>unit</comment>
        <translation>USD/Wafer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defects/cm²</source>
        <comment>unit</comment>
        <translation>Defekte/cm²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction</source>
        <comment>unit</comment>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interposer wafers/month</source>
        <comment>unit</comment>
        <translation>Interposer-Wafer/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/interposer wafer</source>
        <comment>unit</comment>
        <translation>USD/Interposer-Wafer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages/wafer</source>
        <comment>unit</comment>
        <translation>Packages/Wafer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dies</source>
        <comment>unit</comment>
        <translation>Dies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stacks</source>
        <comment>unit</comment>
        <translation>Stacks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stacks/month</source>
        <comment>unit</comment>
        <translation>Stacks/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/stack</source>
        <comment>unit</comment>
        <translation>USD/Stack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules/month</source>
        <comment>unit</comment>
        <translation>Module/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/module</source>
        <comment>unit</comment>
        <translation>USD/Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks/month</source>
        <comment>unit</comment>
        <translation>Racks/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rack beyond its parts</source>
        <comment>unit</comment>
        <translation>USD/Rack über die Teile hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators</source>
        <comment>unit</comment>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modules</source>
        <comment>unit</comment>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <comment>unit</comment>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s</source>
        <comment>unit</comment>
        <translation>Token/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens</source>
        <comment>unit</comment>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW of IT</source>
        <comment>unit</comment>
        <translation>USD/MW IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per (token/s) per year</source>
        <comment>unit</comment>
        <translation>USD je (Token/s) und Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <comment>unit</comment>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years</source>
        <comment>unit</comment>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dies/month</source>
        <comment>unit</comment>
        <translation>Dies/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages/month</source>
        <comment>unit</comment>
        <translation>Packages/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks</source>
        <comment>unit</comment>
        <translation>Racks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wafers</source>
        <comment>unit</comment>
        <translation>Wafer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packages</source>
        <comment>unit</comment>
        <translation>Packages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <comment>unit</comment>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/year</source>
        <comment>unit</comment>
        <translation>USD/Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per accelerator: board, CPU and switch share</source>
        <comment>unit</comment>
        <translation>USD pro Beschleuniger: Platine, CPU und Switch-Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD per million tokens</source>
        <comment>unit</comment>
        <translation>USD pro Million Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW of capacity built</source>
        <comment>unit</comment>
        <translation>USD/gebautem MW Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/MW-year</source>
        <comment>unit</comment>
        <translation>USD/MW und Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/kW-month</source>
        <comment>unit</comment>
        <translation>USD/kW und Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rack-year</source>
        <comment>unit</comment>
        <translation>USD/Rack und Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of price</source>
        <comment>unit</comment>
        <translation>Anteil am Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction/year</source>
        <comment>unit</comment>
        <translation>Anteil/Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens/year</source>
        <comment>unit</comment>
        <translation>Token/Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MWh/year</source>
        <comment>unit</comment>
        <translation>MWh/Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/J</source>
        <comment>unit</comment>
        <translation>Token/J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/USD</source>
        <comment>unit</comment>
        <translation>Token/USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/MW-year</source>
        <comment>unit</comment>
        <translation>Token/MW-Jahr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logic wafer</source>
        <translation>Logik-Wafer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logic die</source>
        <translation>Logik-Die</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HBM stack</source>
        <translation>HBM-Stack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator package</source>
        <translation>Beschleuniger-Package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical transceiver</source>
        <translation>Optischer Transceiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/docks/inspectordock.cpp" line="+182"/>
        <source>%1 (%2)</source>
        <comment>a label and its unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>above %1 and at most %2</source>
        <translation>über %1 und höchstens %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>uniform from %1 to %2</source>
        <translation>gleichverteilt von %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>triangular from %1 to %2, most likely %3</source>
        <translation>Dreiecksverteilung von %1 bis %2, wahrscheinlichster Wert %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>normal, mean %1, standard deviation %2</source>
        <translation>normalverteilt, Mittelwert %1, Standardabweichung %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lognormal, median %1, sigma of ln x %2</source>
        <translation>log-normalverteilt, Median %1, Sigma von ln x %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>most tokens</source>
        <translation>meiste Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheapest plan for the demand</source>
        <translation>günstigster Plan für die Nachfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>least power for the demand</source>
        <translation>geringste Leistung für die Nachfrage</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+5"/>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="-360"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+2"/>
        <source>Cost of capital</source>
        <translation>Kapitalkosten</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+4"/>
        <source>Token price ($ per million)</source>
        <translation>Tokenpreis ($ pro Million)</translation>
    </message>
    <message>
        <location filename="../ui/nametext.cpp" line="+3"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+11"/>
        <location filename="../ui/export/report.cpp" line="-166"/>
        <source>Token price</source>
        <translation>Tokenpreis</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="-7"/>
        <source>Sell the tokens at a price: the NPV, payback and margins need one</source>
        <translation>Die Token zu einem Preis verkaufen: Kapitalwert, Amortisation und Margen brauchen einen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPV period (years)</source>
        <translation>Kapitalwert-Zeitraum (Jahre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance per year</source>
        <translation>Versicherung pro Jahr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asset classes</source>
        <translation>Anlagenklassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life (years)</source>
        <translation>Nutzungsdauer (Jahre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance per year</source>
        <translation>Wartung pro Jahr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: life</source>
        <translation>%1: Nutzungsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: residual value</source>
        <translation>%1: Restwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: maintenance</source>
        <translation>%1: Wartung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sources of the defaults: docs/model.md. Preferences set the defaults for new designs only.</source>
        <translation>Quellen der Standardwerte: docs/model.md. Die Einstellungen legen nur die Standardwerte neuer Designs fest.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Plan over time</source>
        <translation>Plan im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first quarter of the plan, such as 2027Q1</source>
        <translation>Das erste Quartal des Plans, etwa 2027Q1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many quarters the plan runs</source>
        <translation>Wie viele Quartale der Plan läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First quarter</source>
        <translation>Erstes Quartal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon (quarters)</source>
        <translation>Horizont (Quartale)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a quarter such as 2027Q1</source>
        <translation>„%1“ ist kein Quartal wie 2027Q1</translation>
    </message>
    <message>
        <location filename="../ui/docks/kpipanel.cpp" line="-93"/>
        <location filename="../ui/docks/settingsdock.cpp" line="+105"/>
        <source>Set a token price for the NPV and payback of the build.</source>
        <translation>Setzen Sie einen Tokenpreis für Kapitalwert und Amortisation des Baus.</translation>
    </message>
    <message>
        <location filename="../ui/docks/settingsdock.cpp" line="+5"/>
        <source>NPV over %1 years: %2; payback %3</source>
        <translation>Kapitalwert über %1 Jahre: %2; Amortisation %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/inspectordock.cpp" line="+177"/>
        <source>A starting value: type your own to replace it.</source>
        <translation>Ein Startwert: geben Sie Ihren eigenen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-324"/>
        <source>New from &amp;Default Design</source>
        <translation>Neu aus Stan&amp;dardentwurf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print Report…</source>
        <translation>Be&amp;richt drucken…</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Bottleneck &amp;X-ray</source>
        <translation>Engpass-Röntgen&amp;bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour every node and wire by what one more unit is worth (Optimise) or by its load (Balance)</source>
        <translation>Jeden Knoten und jede Verbindung danach einfärben, was eine Einheit mehr wert ist (Optimieren), oder nach ihrer Auslastung (Bilanzieren)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 · not solved: see Problems</source>
        <translation>%1 · nicht gelöst: siehe Probleme</translation>
    </message>
    <message>
        <location filename="../ui/scene/designscene.cpp" line="-207"/>
        <source>This output gives %1, not %2</source>
        <translation>Dieser Ausgang liefert %1, nicht %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This input takes %1, not %2</source>
        <translation>Dieser Eingang nimmt %1, nicht %2</translation>
    </message>
    <message>
        <location filename="../ui/scene/designview.cpp" line="-129"/>
        <source>This design is empty.
Drag a kind of node from the palette onto the canvas,
or double-click the canvas to search for one.
File ▸ Open… opens a saved design; File ▸ New from Default Design starts from the example.</source>
        <translation>Dieser Entwurf ist leer.
Ziehen Sie eine Knotenart aus der Palette auf die Zeichenfläche,
oder doppelklicken Sie auf die Zeichenfläche, um eine zu suchen.
Datei ▸ Öffnen… öffnet einen gespeicherten Entwurf; Datei ▸ Neu aus Standardentwurf beginnt mit dem Beispiel.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="-64"/>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-165"/>
        <source>Supplier resilience</source>
        <translation>Ausfallsicherheit der Lieferanten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each supplier knocked out alone, then each pair, and the design solved again (%1): what is still delivered, the share of tokens/s lost and the cost of a million tokens. docs/optimise.md, &quot;Supplier resilience&quot;.</source>
        <translation>Jeder Lieferant einzeln ausgefallen, dann jedes Paar, und der Entwurf neu gelöst (%1): was noch geliefert wird, der Anteil verlorener Token/s und die Kosten einer Million Token. docs/optimise.md, „Supplier resilience“.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>$/Mtok</source>
        <translation>$/Mtok</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Single points of failure, most tokens lost first</source>
        <translation>Einzelne Ausfallpunkte, größter Verlust zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier knocked out</source>
        <translation>Ausgefallener Lieferant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suppliers knocked out</source>
        <translation>Ausgefallene Lieferanten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bottleneck X-ray: where one more unit is worth most</source>
        <translation>Engpass-Röntgenbild: wo eine Einheit mehr am meisten wert ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each node&apos;s ring: what 1% more of its capacity is worth, as a share of the objective (light: nothing, dark red: 1% or more); the badge: one more unit. Grey: idle. docs/editor.md says how to read it.</source>
        <translation>Ring um jeden Knoten: was 1 % mehr seiner Kapazität wert ist, als Anteil am Ziel (hell: nichts, dunkelrot: 1 % oder mehr); das Abzeichen: eine Einheit mehr. Grau: ungenutzt. docs/editor.md erklärt, wie man es liest.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No capacity holds the plan back.</source>
        <translation>Keine Kapazität bremst den Plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more unit</source>
        <translation>Eine Einheit mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+3"/>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Opex</source>
        <translation>Opex</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+3"/>
        <source>Binding</source>
        <translation>Begrenzend</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The plan over time</source>
        <translation>Der Plan im Zeitverlauf</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 tokens over %2 quarters from %3; capex %4; NPV %5 (docs/timeline.md).</source>
        <translation>%1 Token über %2 Quartale ab %3; Capex %4; Kapitalwert %5 (docs/timeline.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none without a token price</source>
        <translation>keiner ohne Tokenpreis</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The plan over time (%1 of %2)</source>
        <translation>Der Plan im Zeitverlauf (%1 von %2)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>The printer %1 cannot be used</source>
        <translation>Der Drucker %1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer %1 reported an error</source>
        <translation>Der Drucker %1 hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="-77"/>
        <source>Scenario Diff</source>
        <translation>Szenariovergleich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the compared scenario the reference</source>
        <translation>Das verglichene Szenario zur Referenz machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared:</source>
        <translation>Verglichen:</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Add a scenario (What-if ▸ Scenarios) to compare it here.</source>
        <translation>Fügen Sie ein Szenario hinzu (Was-wäre-wenn ▸ Szenarien), um es hier zu vergleichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick two different scenarios to compare.</source>
        <translation>Wählen Sie zwei verschiedene Szenarien zum Vergleich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n difference(s). Tokens/s: %1 → %2</source>
        <translation>
            <numerusform>%n Unterschied. Token/s: %1 → %2</numerusform>
            <numerusform>%n Unterschiede. Token/s: %1 → %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow to &apos;%1&apos;</source>
        <translation>Fluss zu „%1“</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifui.cpp" line="+1"/>
        <source>Supplier &amp;Resilience…</source>
        <translation>&amp;Ausfallsicherheit der Lieferanten…</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencedialog.cpp" line="-40"/>
        <source>Supplier Resilience</source>
        <translation>Ausfallsicherheit der Lieferanten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each supplier and each pair (N-2)</source>
        <translation>Jeden Lieferanten und jedes Paar (N-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each supplier alone (N-1)</source>
        <translation>Jeden Lieferanten einzeln (N-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knock out:</source>
        <translation>Ausfallen lassen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-plan:</source>
        <translation>Neu planen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/export/report.cpp" line="-484"/>
        <source>Balance: the shares spread over the suppliers left</source>
        <translation>Bilanzieren: die Anteile verteilen sich auf die übrigen Lieferanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/report.cpp" line="+1"/>
        <source>Optimise: the best plan for the most tokens/s</source>
        <translation>Optimieren: der beste Plan für die meisten Token/s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 suppliers, %2 cases; %3 tokens/s with all of them</source>
        <translation>%1 Lieferanten, %2 Fälle; %3 Token/s mit allen</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencechart.cpp" line="+63"/>
        <location filename="../ui/export/report.cpp" line="+30"/>
        <source>no tokens</source>
        <translation>keine Token</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Single points of failure: tokens/s lost without each supplier</source>
        <translation>Einzelne Ausfallpunkte: verlorene Token/s ohne jeden Lieferanten</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Columns in the rows&apos; order. Light: nothing lost; dark red: everything.</source>
        <translation>Spalten in der Reihenfolge der Zeilen. Hell: nichts verloren; dunkelrot: alles.</translation>
    </message>
    <message>
        <location filename="../ui/scene/xraymodel.cpp" line="+100"/>
        <source>Bottleneck X-ray: load against capacity</source>
        <translation>Engpass-Röntgenbild: Auslastung gegen Kapazität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no capacity limit</source>
        <translation>keine Kapazitätsgrenze</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&apos;%1&apos; runs at %2 of its capacity (%3 of %4 %5).</source>
        <translation>„%1“ läuft mit %2 seiner Kapazität (%3 von %4 %5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; has no capacity limit.</source>
        <translation>„%1“ hat keine Kapazitätsgrenze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &apos;%1&apos;, which runs at %2 of its capacity.</source>
        <translation>Von „%1“, das mit %2 seiner Kapazität läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From &apos;%1&apos;, which has no capacity limit.</source>
        <translation>Von „%1“, das keine Kapazitätsgrenze hat.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>1% more tokens/s</source>
        <translation>1 % mehr Token/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1% less cost</source>
        <translation>1 % weniger Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1% less power</source>
        <translation>1 % weniger Leistung</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&apos;%1&apos; is full, but more capacity would not help: another limit holds the plan back.</source>
        <translation>„%1“ ist voll, aber mehr Kapazität hilft nicht: eine andere Grenze bremst den Plan.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>One more %1 of capacity at &apos;%2&apos;: %3.
The range over which this holds is being computed.
1% more capacity: %4 of the objective.</source>
        <translation>Eine Einheit (%1) mehr Kapazität bei „%2“: %3.
Der Bereich, in dem das gilt, wird berechnet.
1 % mehr Kapazität: %4 des Ziels.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One more %1 of capacity at &apos;%2&apos;: %3.
Holds while its capacity is between %4 and %5 %1.
1% more capacity: %6 of the objective.</source>
        <translation>Eine Einheit (%1) mehr Kapazität bei „%2“: %3.
Gilt, solange seine Kapazität zwischen %4 und %5 %1 liegt.
1 % mehr Kapazität: %6 des Ziels.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Bottleneck X-ray: what 1% more capacity is worth</source>
        <translation>Engpass-Röntgenbild: was 1 % mehr Kapazität wert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&apos;%1&apos; does not limit the plan: more capacity would change nothing.</source>
        <translation>„%1“ begrenzt den Plan nicht: mehr Kapazität würde nichts ändern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is idle: each unit forced on it changes the objective by %2.</source>
        <translation>„%1“ ist ungenutzt: jede ihm aufgezwungene Einheit ändert das Ziel um %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more %1 of %2 from &apos;%3&apos;: %4.</source>
        <translation>Eine Einheit (%1) %2 mehr von „%3“: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range over which this holds is being computed.</source>
        <translation>Der Bereich, in dem das gilt, wird berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds while the extra supply is between %1 and %2 %3.</source>
        <translation>Gilt, solange das zusätzliche Angebot zwischen %1 und %2 %3 liegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More %1 from &apos;%2&apos; would change nothing.</source>
        <translation>Mehr %1 von „%2“ würde nichts ändern.</translation>
    </message>
    <message>
        <location filename="../ui/scene/diffoverlay.cpp" line="-34"/>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/export/reportinputs.cpp" line="-75"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/docks/timelinedock.cpp" line="-154"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every series of the plan, one row a quarter</source>
        <translation>Alle Reihen des Plans, eine Zeile je Quartal</translation>
    </message>
    <message>
        <location filename="../ui/whatif/sweepdialog.cpp" line="-99"/>
        <location filename="../ui/docks/timelinedock.cpp" line="+14"/>
        <source>Quarter:</source>
        <translation>Quartal:</translation>
    </message>
    <message>
        <location filename="../ui/docks/timelinedock.cpp" line="+3"/>
        <source>Shows the canvas and the figures in a quarter of the plan; at the right end, the steady state</source>
        <translation>Zeigt Zeichenfläche und Kennzahlen in einem Quartal des Plans; ganz rechts den Dauerzustand</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Steady state</source>
        <translation>Dauerzustand</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 and others</source>
        <translation>%1 und weitere</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/docks/scheduleeditor.cpp" line="-40"/>
        <location filename="../ui/docks/scenariodiffdock.cpp" line="+7"/>
        <location filename="../ui/scene/diffoverlay.cpp" line="+21"/>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Binding: %1</source>
        <translation>Begrenzend: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The design has no token price: the NPV counts only costs, so the plan builds no racks. Set one in Design Settings.</source>
        <translation>Das Design hat keinen Tokenpreis: Der Kapitalwert zählt nur Kosten, daher baut der Plan keine Racks. Legen Sie einen in den Designeinstellungen fest.</translation>
    </message>
    <message>
        <location filename="../ui/scene/diffoverlay.cpp" line="-14"/>
        <source>activity %1 (%2 → %3)</source>
        <translation>Aktivität %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow %1 (%2 → %3)</source>
        <translation>Fluss %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>activity %1</source>
        <translation>Aktivität %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 (Δ %2)</source>
        <translation>%1 (Δ %2)</translation>
    </message>
    <message>
        <location filename="../ui/help/manualdialog.cpp" line="+78"/>
        <source>Token Factory Planner Manual</source>
        <translation>Handbuch zu Token Factory Planner</translation>
    </message>
    <message>
        <location filename="../ui/help/shortcutsdialog.cpp" line="+57"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canvas ▸ Zoom around the cursor</source>
        <translation>Zeichenfläche ▸ Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Pan</source>
        <translation>Zeichenfläche ▸ Verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle button drag, or Space and drag</source>
        <translation>Mit der mittleren Taste ziehen, oder Leertaste und ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Add a node by name at the cursor</source>
        <translation>Zeichenfläche ▸ Knoten nach Namen am Mauszeiger hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Add a node by name here</source>
        <translation>Zeichenfläche ▸ Knoten nach Namen hier hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click empty canvas</source>
        <translation>Doppelklick auf leere Zeichenfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canvas ▸ Wire two nodes</source>
        <translation>Zeichenfläche ▸ Zwei Knoten verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag from a port to a port of the same good</source>
        <translation>Von einem Anschluss zu einem Anschluss desselben Guts ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Put a reroute dot on a wire</source>
        <translation>Zeichenfläche ▸ Umleitungspunkt auf eine Leitung setzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click the wire</source>
        <translation>Doppelklick auf die Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas ▸ Select several</source>
        <translation>Zeichenfläche ▸ Mehrere auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag a box on empty canvas</source>
        <translation>Auf leerer Zeichenfläche einen Rahmen ziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="+13"/>
        <source>Pairs that lose more than either supplier alone</source>
        <translation>Paare, die mehr verlieren als jeder der beiden allein</translation>
    </message>
    <message>
        <location filename="../ui/whatif/resiliencechart.cpp" line="-47"/>
        <source>%1 lost · %2 a million tokens</source>
        <translation>%1 verloren · %2 je Million Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lost</source>
        <translation>%1 verloren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pairs: % of tokens/s lost without both (diagonal: alone)</source>
        <translation>Paare: % der Token/s, die ohne beide verloren gehen (Diagonale: allein)</translation>
    </message>
    <message>
        <location filename="../ui/documenttime.cpp" line="+34"/>
        <location line="+32"/>
        <location line="+29"/>
        <source>No node %1</source>
        <translation>Kein Knoten %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Schedule %1 of %2</source>
        <translation>Zeitplan für %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the schedule of %1 of %2</source>
        <translation>Zeitplan für %1 von %2 entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Clear the choices by quarter of %1</source>
        <translation>Auswahl je Quartal von %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the choices by quarter of %1</source>
        <translation>Auswahl je Quartal von %1 ändern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change the lead time of %1</source>
        <translation>Vorlaufzeit von %1 ändern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the timeline</source>
        <translation>Zeitachse ändern</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="-23"/>
        <source>Tokens made since the start</source>
        <translation>Seit Beginn erzeugte Token</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="+2"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+24"/>
        <location filename="../ui/export/report.cpp" line="+173"/>
        <source>Cash flow</source>
        <translation>Cashflow</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="+24"/>
        <source>Tokens/s online per quarter, by generation: %1 in %2</source>
        <translation>Token/s in Betrieb je Quartal nach Generation: %1 in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens made up to each quarter: %1 by the end of %2</source>
        <translation>Bis zu jedem Quartal erzeugte Token: %1 bis Ende %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capex and cash flow per quarter, USD: capex %1 in all</source>
        <translation>Capex und Cashflow je Quartal, USD: Capex insgesamt %1</translation>
    </message>
    <message>
        <location filename="../ui/whatif/whatifnames.cpp" line="-14"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+25"/>
        <location filename="../ui/export/report.cpp" line="-3"/>
        <source>Tokens/s online</source>
        <translation>Token/s in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/charts/timelinecharts.cpp" line="+2"/>
        <source>Cumulative tokens</source>
        <translation>Kumulierte Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capex and cash flow</source>
        <translation>Capex und Cashflow</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/export/exportactions.cpp" line="-104"/>
        <location filename="../ui/export/report.cpp" line="+84"/>
        <source>The plan over time cannot be solved: see Problems</source>
        <translation>Der Plan im Zeitverlauf ist nicht lösbar: siehe Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/export/exportactions.cpp" line="+23"/>
        <source>Solving the plan over time</source>
        <translation>Der Plan im Zeitverlauf wird gelöst</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagetext.cpp" line="+202"/>
        <location filename="../ui/docks/kpipanel.cpp" line="-22"/>
        <location filename="../ui/charts/timelinecharts.cpp" line="+28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/planobjectivemenu.cpp" line="+14"/>
        <source>&amp;Plan Over Time</source>
        <translation>&amp;Plan im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optimise the plan for NPV</source>
        <translation>Plan auf Kapitalwert optimieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise the plan for tokens</source>
        <translation>Plan auf Token optimieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimise for the Most &amp;Tokens Over the Plan</source>
        <translation>Auf die meisten &amp;Token über den Plan optimieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise mode&apos;s plan over time makes the most tokens over its quarters</source>
        <translation>Der Plan im Zeitverlauf erzeugt im Optimierungsmodus die meisten Token über seine Quartale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimise for the Highest &amp;NPV at the Token Price</source>
        <translation>Auf den höchsten &amp;Kapitalwert zum Tokenpreis optimieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise mode&apos;s plan over time earns the highest net present value of its cash flows at the design&apos;s token price</source>
        <translation>Der Plan im Zeitverlauf erzielt im Optimierungsmodus den höchsten Kapitalwert seiner Zahlungsströme zum Tokenpreis des Designs</translation>
    </message>
    <message>
        <location filename="../ui/whatif/schedulescaling.cpp" line="+13"/>
        <source>Scale a parameter&apos;s schedule with its value</source>
        <translation>Zeitplan eines Parameters mit seinem Wert skalieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked: a parameter with a schedule has every quarter&apos;s value scaled with the value studied (80 % of the value is 80 % in every quarter). Unchecked: the schedule&apos;s steps stay, and the value holds only before its first step.</source>
        <translation>Aktiviert: Bei einem Parameter mit Zeitplan wird der Wert jedes Quartals mit dem untersuchten Wert skaliert (80 % des Werts sind 80 % in jedem Quartal). Deaktiviert: Die Schritte des Zeitplans bleiben, und der Wert gilt nur vor dem ersten Schritt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its schedule is scaled × %1 with it, in every quarter.</source>
        <translation>Sein Zeitplan wird damit in jedem Quartal × %1 skaliert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/choicescheduleeditor.cpp" line="-109"/>
        <source>Which catalog choice of the hall changes by quarter: racks keep the generation they were delivered as</source>
        <translation>Welche Katalogauswahl der Halle sich je Quartal ändert: Racks behalten die Generation, als die sie geliefert wurden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice by quarter</source>
        <translation>Auswahl je Quartal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A step a year after the last one, with the next choice that fits</source>
        <translation>Ein Schritt ein Jahr nach dem letzten, mit der nächsten passenden Auswahl</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The catalog entries that fit the hall in this quarter</source>
        <translation>Die Katalogeinträge, die in diesem Quartal zur Halle passen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No other catalog choice fits this hall in %1</source>
        <translation>Keine andere Katalogauswahl passt %1 zu dieser Halle</translation>
    </message>
    <message>
        <location filename="../ui/shownproblems.cpp" line="+15"/>
        <location line="+14"/>
        <location line="+1"/>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>In %1 nothing is online yet: the demand of %2 waits for the first racks</source>
        <translation>In %1 ist noch nichts in Betrieb: die Nachfrage von %2 wartet auf die ersten Racks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In %1 the demand of %2 gets %3: %4 (%5) unmet</source>
        <translation>In %1 bekommt die Nachfrage von %2 nur %3: %4 (%5) fehlen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, limited by %2</source>
        <translation>%1, begrenzt durch %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, limited by %2 and %n more</source>
        <translation>
            <numerusform>%1, begrenzt durch %2 und %n weitere</numerusform>
            <numerusform>%1, begrenzt durch %2 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/report.cpp" line="-49"/>
        <source>never within the horizon</source>
        <translation>nie innerhalb des Planungszeitraums</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to pay back</source>
        <translation>nichts zu amortisieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tokens over %2 quarters from %3; capex %4; NPV %5; payback %6 (docs/timeline.md).</source>
        <translation>%1 Token über %2 Quartale ab %3; Capex %4; Kapitalwert %5; Amortisation %6 (docs/timeline.md).</translation>
    </message>
    <message>
        <location filename="../ui/whatif/goalseekdialog.cpp" line="+180"/>
        <source>Cannot reach it: %1 does not depend on %2 within [%3, %4]; it stays at %5.</source>
        <translation>Nicht erreichbar: %1 hängt im Bereich [%3, %4] nicht von %2 ab; es bleibt bei %5.</translation>
    </message>
</context>
</TS>
