<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DispersionPlanner</name>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="55"/>
        <source>Add planning layers</source>
        <translation>Planungslayer hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="58"/>
        <source>Open your districts, shelters, hotspots, services and candidate sites (GeoPackage, Shapefile, GeoJSON, or any layer already in the project, e.g. PostGIS or WFS), map fields whose names differ, then check them against the data contract. Your files are never changed.</source>
        <translation>Öffnen Sie Ihre Stadtteile, Gemeinschaftsunterkünfte, Treffpunkte, Angebote und Potenzialflächen (GeoPackage, Shapefile, GeoJSON oder ein bereits im Projekt geladener Layer, z. B. aus PostGIS oder WFS), ordnen Sie abweichend benannte Felder zu und prüfen Sie die Layer anschließend gegen die Datenvorgaben. Ihre Dateien werden nicht verändert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="67"/>
        <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation>Vektordateien (*.gpkg *.shp *.geojson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="68"/>
        <source>A GeoPackage, Shapefile or GeoJSON file; all its layers are added to the project</source>
        <translation>Eine GeoPackage-, Shapefile- oder GeoJSON-Datei; alle enthaltenen Layer werden dem Projekt hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="97"/>
        <source>Problems found: each names the layer, the feature and the field</source>
        <translation>Gefundene Probleme, jeweils mit Layer, Objekt und Feld</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="98"/>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="102"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="103"/>
        <source>Validate the chosen layers against the data contract</source>
        <translation>Die gewählten Layer gegen die Datenvorgaben prüfen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="104"/>
        <source>Use and style layers</source>
        <translation>Layer übernehmen und gestalten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="126"/>
        <source>No vector layer could be opened from {path}.</source>
        <translation>Aus {path} konnte kein Vektorlayer geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/layers.py" line="481"/>
        <source>Planning layers</source>
        <translation>Planungslayer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="163"/>
        <source>Choose a districts layer.</source>
        <translation>Bitte einen Layer mit den Stadtteilen wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="174"/>
        <source>All layers meet the data contract.</source>
        <translation>Alle Layer erfüllen die Datenvorgaben.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="188"/>
        <source>Layer &apos;{layer}&apos; is chosen both as {a} and as {b}; it keeps the first.</source>
        <translation>Der Layer &apos;{layer}&apos; ist sowohl als {a} als auch als {b} gewählt; es gilt die erste Zuordnung.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="38"/>
        <source>Dispersion Planner</source>
        <translation>Dispersion Planner</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="44"/>
        <source>Districts</source>
        <translation>Stadtteile</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="44"/>
        <source>Shelters (GU)</source>
        <translation>Gemeinschaftsunterkünfte (GU)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="44"/>
        <source>Community hotspots</source>
        <translation>Community-Treffpunkte</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="45"/>
        <source>Services</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="57"/>
        <source>Candidate sites</source>
        <translation>Potenzialflächen</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="45"/>
        <source>Group rules</source>
        <translation>Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="46"/>
        <source>Group demand</source>
        <translation>Platzbedarf je Gruppe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="189"/>
        <source>Layer used as {kind}. Its data are read, never changed.</source>
        <translation>Layer für {kind}. Die Daten werden nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="190"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="201"/>
        <source>Field of the layer that holds &apos;{field}&apos; ({kind}{req}).</source>
        <translation>Feld des Layers, das &apos;{field}&apos; enthält ({kind}{req}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="201"/>
        <source>, required</source>
        <translation>, Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="201"/>
        <source>, optional</source>
        <translation>, optional</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="204"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="29"/>
        <source>&amp;Dispersion Planner</source>
        <translation>&amp;Dispersion Planner</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="49"/>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="49"/>
        <source>Add the Kaiserslautern sample layers (illustrative) to the project, styled</source>
        <translation>Beispiellayer für Kaiserslautern (nur zur Veranschaulichung) mit Gestaltung zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Add planning layers…</source>
        <translation>Planungslayer hinzufügen…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Load your own districts, shelters, hotspots, services and candidate sites and check them</source>
        <translation>Eigene Stadtteile, Gemeinschaftsunterkünfte, Treffpunkte, Angebote und Potenzialflächen laden und prüfen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="53"/>
        <source>Dispersion analysis…</source>
        <translation>Verteilungsanalyse…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="53"/>
        <source>Measure how concentrated accommodation is, per district and city-wide</source>
        <translation>Messen, wie stark die Unterbringung konzentriert ist – je Stadtteil und für die Gesamtstadt</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="55"/>
        <source>Placement suggestions…</source>
        <translation>Standortvorschläge…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="55"/>
        <source>Suggest where new places should go so that no district is overloaded</source>
        <translation>Vorschlagen, wo neue Plätze entstehen sollen, ohne einen Stadtteil zu überlasten</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="59"/>
        <source>Export INSEK map…</source>
        <translation>INSEK-Karte exportieren…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="59"/>
        <source>Export maps and district profiles (PDF/PNG/SVG), with a public-safe mode</source>
        <translation>Karten und Stadtteilprofile exportieren (PDF/PNG/SVG), wahlweise für die Veröffentlichung generalisiert</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="136"/>
        <source>Sample loaded: {n} layers. The data are illustrative (schematic boundaries and positions).</source>
        <translation>Beispieldaten geladen: {n} Layer. Die Daten dienen nur der Veranschaulichung (schematische Grenzen und Lagen).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="27"/>
        <source>Load Kaiserslautern sample data</source>
        <translation>Beispieldaten Kaiserslautern laden</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="30"/>
        <source>Copies the bundled Kaiserslautern sample (18 districts with schematic boundaries, 10 shelters with the figures of 28 Nov 2023, community hotspots, illustrative services and candidate sites) into OUTPUT and adds its layers to the project with the plugin&apos;s styles.

OUTPUT: folder for the GeoPackage (a temporary folder when empty).
LOAD: add the layers to the current project.

The data are illustrative: boundaries are schematic and shelter positions are never real buildings.</source>
        <translation>Kopiert den mitgelieferten Beispieldatensatz für Kaiserslautern (18 Stadtteile mit schematischen Grenzen, 10 Gemeinschaftsunterkünfte mit den Zahlen vom 28.11.2023, Treffpunkte sowie beispielhafte Angebote und Potenzialflächen) nach OUTPUT und fügt seine Layer mit den Stilen des Plugins dem Projekt hinzu.

OUTPUT: Ordner für das GeoPackage (leer: ein temporärer Ordner).
LOAD: die Layer dem aktuellen Projekt hinzufügen.

Die Daten dienen nur der Veranschaulichung: Die Grenzen sind schematisch, und die Lagen der Unterkünfte entsprechen nie realen Gebäuden.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="40"/>
        <source>Add the layers to the project</source>
        <translation>Layer dem Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="41"/>
        <source>Folder for the sample GeoPackage</source>
        <translation>Ordner für das Beispiel-GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="44"/>
        <source>Sample GeoPackage</source>
        <translation>Beispiel-GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="49"/>
        <source>Sample copied to {path}</source>
        <translation>Beispieldaten kopiert nach {path}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="83"/>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="83"/>
        <source>Data import</source>
        <translation>Datenimport</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="83"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="395"/>
        <source>The districts layer is required.</source>
        <translation>Ein Layer mit den Stadtteilen ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="411"/>
        <source>{count} input problem(s), first: {first}</source>
        <translation>{count} Problem(e) in den Eingabedaten; erstes: {first}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="41"/>
        <source>Dispersion Planner: refugee accommodation analysis and placement</source>
        <translation>Dispersion Planner: Analyse und Standortplanung für die Unterbringung Geflüchteter</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="26"/>
        <source>The sample GeoPackage is missing: {path}. Reinstall the plugin.</source>
        <translation>Das Beispiel-GeoPackage fehlt: {path}. Bitte das Plugin neu installieren.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="62"/>
        <source>Layer &apos;{table}&apos; could not be opened from {path}.</source>
        <translation>Der Layer &apos;{table}&apos; konnte nicht aus {path} geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="177"/>
        <source>Kaiserslautern sample (illustrative)</source>
        <translation>Beispiel Kaiserslautern (nur zur Veranschaulichung)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="52"/>
        <source>Places per 1,000 inhabitants</source>
        <translation>Plätze je 1.000 Einwohner</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="54"/>
        <source>Shelters by capacity and utilisation</source>
        <translation>GU nach Kapazität und Auslastung</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="55"/>
        <source>Community hotspots with radius</source>
        <translation>Community-Treffpunkte mit Radius</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="56"/>
        <source>Services by category</source>
        <translation>Angebote nach Kategorie</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="58"/>
        <source>Suggested placements</source>
        <translation>Vorgeschlagene Standorte</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="418"/>
        <source>Style preset &apos;{preset}&apos; could not be applied to &apos;{layer}&apos;: {message}</source>
        <translation>Die Stilvorlage &apos;{preset}&apos; konnte nicht auf &apos;{layer}&apos; angewendet werden: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="126"/>
        <source>The output must end in .pdf, .png or .svg (got &apos;{name}&apos;).</source>
        <translation>Die Ausgabedatei muss auf .pdf, .png oder .svg enden (angegeben: &apos;{name}&apos;).</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="128"/>
        <source>The district atlas is written as one PDF; choose an output ending in .pdf.</source>
        <translation>Der Stadtteilatlas wird als eine PDF-Datei geschrieben; bitte eine Ausgabedatei mit der Endung .pdf wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="134"/>
        <source>Cannot write to {path}: permission denied. Choose another folder.</source>
        <translation>In {path} kann nicht geschrieben werden: keine Schreibberechtigung. Bitte einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="146"/>
        <source>Layer &apos;{layer}&apos; is not valid (its source could not be opened).</source>
        <translation>Der Layer &apos;{layer}&apos; ist ungültig (seine Quelle konnte nicht geöffnet werden).</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="148"/>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system. Set it in the layer properties.</source>
        <translation>Der Layer &apos;{layer}&apos; hat kein Koordinatenbezugssystem. Bitte in den Layereigenschaften festlegen.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="151"/>
        <source>Layer &apos;{layer}&apos; has no features: there is nothing to map.</source>
        <translation>Der Layer &apos;{layer}&apos; enthält keine Objekte: Es gibt nichts darzustellen.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="200"/>
        <source>suppressed or no residents</source>
        <translation>unterdrückt oder keine Einwohner</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="200"/>
        <source>no residents</source>
        <translation>keine Einwohner</translation>
    </message>
    <message>
        <location filename="../plugin/export/writing.py" line="81"/>
        <source>QGIS could not write the map ({error}).</source>
        <translation>QGIS konnte die Karte nicht schreiben ({error}).</translation>
    </message>
    <message>
        <location filename="../plugin/export/writing.py" line="133"/>
        <source>Cannot write to {path}.</source>
        <translation>In {path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../plugin/export/writing.py" line="151"/>
        <source>The district atlas has no pages.</source>
        <translation>Der Stadtteilatlas hat keine Seiten.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="351"/>
        <source>The districts layer has no usable features.</source>
        <translation>Der Layer der Stadtteile enthält keine verwendbaren Objekte.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="380"/>
        <source>Places per 1,000|inhabitants</source>
        <translation>Plätze je 1.000|Einwohner</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="380"/>
        <source> (generalised)</source>
        <translation> (generalisiert)</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="416"/>
        <source>Map: Dispersion Planner, {date}; CRS {crs}; district boundaries as supplied.</source>
        <translation>Karte: Dispersion Planner, {date}; KBS {crs}; Stadtteilgrenzen wie geliefert.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="421"/>
        <source>Illustrative data: not real shelter locations or official figures.</source>
        <translation>Beispieldaten: keine realen Standorte von Unterkünften und keine amtlichen Zahlen.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="422"/>
        <source>Places in shared accommodation per 1,000 inhabitants, {date}</source>
        <translation>Plätze in Gemeinschaftsunterkünften je 1.000 Einwohner, {date}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="443"/>
        <source>district profile</source>
        <translation>Stadtteilprofil</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="643"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="665"/>
        <source>City total</source>
        <translation>Gesamtstadt</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="666"/>
        <source>Districts: {n}</source>
        <translation>Stadtteile: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="667"/>
        <source>Population: {n}</source>
        <translation>Einwohner: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="668"/>
        <source>Shelters: {n}</source>
        <translation>Gemeinschaftsunterkünfte: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="669"/>
        <source>Places: {n}</source>
        <translation>Plätze: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="670"/>
        <source>Places per 1,000 inhabitants: {n}</source>
        <translation>Plätze je 1.000 Einwohner: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="677"/>
        <source>Suggested new places: {n}</source>
        <translation>Vorgeschlagene neue Plätze: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="688"/>
        <source>City summary: how evenly are places spread?</source>
        <translation>Gesamtstadt: Wie gleichmäßig sind die Plätze verteilt?</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="704"/>
        <source>No city indices available.</source>
        <translation>Keine gesamtstädtischen Kennzahlen verfügbar.</translation>
    </message>
    <message>
        <location filename="../plugin/export/charts_layout.py" line="91"/>
        <source>matplotlib is not installed: the Lorenz curve is left out of the summary page.</source>
        <translation>matplotlib ist nicht installiert: Die Lorenzkurve fehlt auf der Übersichtsseite.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="39"/>
        <source>Unknown layout &apos;{name}&apos;; choose one of {names}.</source>
        <translation>Unbekanntes Layout &apos;{name}&apos;; bitte eines von {names} wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="43"/>
        <source>The layout template {path} is missing. Reinstall the plugin or run tools/build_layouts.py.</source>
        <translation>Die Layoutvorlage {path} fehlt. Bitte das Plugin neu installieren oder tools/build_layouts.py ausführen.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="56"/>
        <source>The layout template {path} is not valid XML.</source>
        <translation>Die Layoutvorlage {path} ist kein gültiges XML.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="62"/>
        <source>The layout template {path} lacks the items {items}.</source>
        <translation>In der Layoutvorlage {path} fehlen die Elemente {items}.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="224"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="341"/>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="341"/>
        <source>A4 portrait</source>
        <translation>A4 hoch</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="342"/>
        <source>A3 landscape</source>
        <translation>A3 quer</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="342"/>
        <source>A3 portrait</source>
        <translation>A3 hoch</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="33"/>
        <source>childcare (Kita)</source>
        <translation>Kita</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="33"/>
        <source>school</source>
        <translation>Schule</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="33"/>
        <source>language course</source>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="34"/>
        <source>counselling</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="34"/>
        <source>job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="34"/>
        <source>authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="35"/>
        <source>public transport</source>
        <translation>ÖPNV</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="35"/>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="35"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="40"/>
        <source>hot spot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="40"/>
        <source>cold spot</source>
        <translation>Coldspot</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="40"/>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="40"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="105"/>
        <source>City indices are not shown: the analysis module is not available in this installation.</source>
        <translation>Gesamtstädtische Kennzahlen werden nicht angezeigt: Das Analysemodul ist in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="136"/>
        <source>City indices could not be computed: {error}</source>
        <translation>Gesamtstädtische Kennzahlen konnten nicht berechnet werden: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="157"/>
        <source>Population: {value}</source>
        <translation>Einwohner: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="159"/>
        <source>Shelters: {value}</source>
        <translation>Gemeinschaftsunterkünfte: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="160"/>
        <source>Places: {value}</source>
        <translation>Plätze: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="163"/>
        <source> (rank {rank} of {count})</source>
        <translation> (Rang {rank} von {count})</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="164"/>
        <source>Places per 1,000 inhabitants: {value}{rank}</source>
        <translation>Plätze je 1.000 Einwohner: {value}{rank}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="165"/>
        <source>Gi* class: {value}</source>
        <translation>Gi*-Klasse: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="167"/>
        <source>Suggested new places: {value}</source>
        <translation>Vorgeschlagene neue Plätze: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="169"/>
        <source>Groups: {value}</source>
        <translation>Gruppen: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="171"/>
        <source>Operators: {value}</source>
        <translation>Träger: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="174"/>
        <source>Nearest services from the district centre: {value}</source>
        <translation>Nächstgelegene Angebote vom Mittelpunkt des Stadtteils: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="145"/>
        <source>source not documented</source>
        <translation>Quelle nicht dokumentiert</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="150"/>
        <source>licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="232"/>
        <source>Dispersion analysis</source>
        <translation>Verteilungsanalyse</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="81"/>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="82"/>
        <source>occupied</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="84"/>
        <source>Count the places available in each shelter</source>
        <translation>Alle vorhandenen Plätze jeder Unterkunft zählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="85"/>
        <source>Count the places currently occupied</source>
        <translation>Nur die derzeit belegten Plätze zählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="91"/>
        <source>Places counted</source>
        <translation>Gezählte Plätze</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="95"/>
        <source>Random permutations for the pseudo p-values of Moran&apos;s I and Gi* (0 = analytical only)</source>
        <translation>Zufallspermutationen für die Pseudo-p-Werte von Moran&apos;s I und Gi* (0 = nur analytisch)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="96"/>
        <source>Permutations</source>
        <translation>Permutationen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="100"/>
        <source>Seed of the random permutations: the same seed gives the same p-values</source>
        <translation>Startwert der Zufallspermutationen: Gleicher Startwert ergibt gleiche p-Werte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="101"/>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="197"/>
        <source>A shelter has access when a kita, a school and a language course lie within this distance</source>
        <translation>Eine Unterkunft gilt als gut angebunden, wenn Kita, Schule und Sprachkurs innerhalb dieser Entfernung liegen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="316"/>
        <source>Service distance</source>
        <translation>Max. Entfernung zu Angeboten (Luftlinie)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="121"/>
        <source>Progress of the analysis</source>
        <translation>Fortschritt der Analyse</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="192"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="124"/>
        <source>Run the analysis in the background</source>
        <translation>Die Analyse im Hintergrund ausführen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="241"/>
        <source>Cancel run</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="126"/>
        <source>Stop the running analysis; nothing is added</source>
        <translation>Die laufende Analyse abbrechen; es wird nichts hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="245"/>
        <source>Close the dialog</source>
        <translation>Dialog schließen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="151"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="151"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="151"/>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="158"/>
        <source>City-wide indices with a one-line reading each</source>
        <translation>Gesamtstädtische Kennzahlen, jeweils mit einer kurzen Lesehilfe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="164"/>
        <source>City indices</source>
        <translation>Kennzahlen Gesamtstadt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="167"/>
        <source>Run the analysis to see the Lorenz curve.</source>
        <translation>Führen Sie die Analyse aus, um die Lorenzkurve zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="167"/>
        <source>Lorenz curve: the further below the diagonal, the more concentrated</source>
        <translation>Lorenzkurve: Je weiter unterhalb der Diagonalen, desto stärker die Konzentration</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="170"/>
        <source>Run the analysis to see places per 1,000 by district.</source>
        <translation>Führen Sie die Analyse aus, um die Plätze je 1.000 Einwohner nach Stadtteilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="170"/>
        <source>Places per 1,000 inhabitants per district against the city mean</source>
        <translation>Plätze je 1.000 Einwohner je Stadtteil im Vergleich zum städtischen Mittel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="177"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="179"/>
        <source>Metrics per district; sort by clicking a column header</source>
        <translation>Kennzahlen je Stadtteil; zum Sortieren auf eine Spaltenüberschrift klicken</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="185"/>
        <source>What was excluded, repaired or reprojected</source>
        <translation>Was ausgeschlossen, korrigiert oder umprojiziert wurde</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="186"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="212"/>
        <source>Choose a districts layer and a shelters layer.</source>
        <translation>Bitte einen Layer mit den Stadtteilen und einen mit den Gemeinschaftsunterkünften wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="235"/>
        <source>Analysis cancelled; nothing was added.</source>
        <translation>Analyse abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="283"/>
        <source>No notes: all inputs were used as given.</source>
        <translation>Keine Hinweise: Alle Eingaben wurden unverändert verwendet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="84"/>
        <source>District metrics</source>
        <translation>Kennzahlen je Stadtteil</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="337"/>
        <source>Analysis finished: layer &apos;District metrics&apos; added.</source>
        <translation>Analyse abgeschlossen: Layer &apos;Kennzahlen je Stadtteil&apos; hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="103"/>
        <source>Export INSEK map</source>
        <translation>INSEK-Karte exportieren</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="58"/>
        <source>Shelters</source>
        <translation>Gemeinschaftsunterkünfte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="91"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="92"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="148"/>
        <source>Public-safe: generalise shelters to districts (for anything leaving the office)</source>
        <translation>Für die Veröffentlichung generalisiert: Unterkünfte auf Stadtteile zusammenfassen (für alles, was das Amt verlässt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="152"/>
        <source>&lt;b&gt;Internal map:&lt;/b&gt; shelter locations will be visible. Do not publish it.</source>
        <translation>&lt;b&gt;Interne Karte:&lt;/b&gt; Die Standorte der Unterkünfte sind sichtbar. Nicht veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="96"/>
        <source>Suppress counts below</source>
        <translation>Werte unterdrücken unter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="160"/>
        <source>District atlas: one page per district plus a city summary (PDF)</source>
        <translation>Stadtteilatlas: eine Seite je Stadtteil und eine Übersichtsseite für die Gesamtstadt (PDF)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="107"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="107"/>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="349"/>
        <source>Choose an output file (.pdf, .png or .svg).</source>
        <translation>Bitte eine Ausgabedatei wählen (.pdf, .png oder .svg).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="360"/>
        <source>INSEK map</source>
        <translation>INSEK-Karte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="380"/>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="389"/>
        <source>Written: {path} ({pages} page(s)); layouts added: {names}</source>
        <translation>Geschrieben: {path} ({pages} Seite(n)); hinzugefügte Layouts: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="399"/>
        <source>INSEK export</source>
        <translation>INSEK-Export</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="362"/>
        <source>Placement suggestions</source>
        <translation>Standortvorschläge</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="147"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="153"/>
        <source>Number of new places to distribute (ignored when a group demand table is filled)</source>
        <translation>Anzahl der zu verteilenden neuen Plätze (entfällt, wenn die Tabelle „Platzbedarf je Gruppe“ ausgefüllt ist)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="139"/>
        <source>New places (N)</source>
        <translation>Neue Plätze (N)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="155"/>
        <source>District cap: existing plus new places per 1,000 inhabitants may not exceed this</source>
        <translation>Obergrenze je Stadtteil: Bestehende und neue Plätze je 1.000 Einwohner dürfen diesen Wert nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="156"/>
        <source>Max. places per 1,000</source>
        <translation>Max. Plätze je 1.000 EW</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="157"/>
        <source>Opened sites keep at least this distance from each other and from existing shelters</source>
        <translation>Ausgewählte Standorte halten mindestens diesen Abstand zueinander und zu bestehenden Unterkünften</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="158"/>
        <source>Min. spacing</source>
        <translation>Mindestabstand</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="160"/>
        <source>limit</source>
        <translation>begrenzen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="161"/>
        <source>Limit the places within each community hotspot&apos;s radius</source>
        <translation>Plätze im Radius jedes Treffpunkts begrenzen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="162"/>
        <source>New plus existing places allowed within a hotspot&apos;s radius</source>
        <translation>Zulässige Zahl bestehender und neuer Plätze im Radius eines Treffpunkts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="168"/>
        <source>Hotspot limit</source>
        <translation>Obergrenze je Treffpunkt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="175"/>
        <source>Every opened site must have a &apos;{cat}&apos; within the service distance</source>
        <translation>Jeder ausgewählte Standort muss ein Angebot der Kategorie &apos;{cat}&apos; innerhalb der max. Entfernung zu Angeboten (Luftlinie) haben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="179"/>
        <source>Required services</source>
        <translation>Erforderliche Angebote</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="311"/>
        <source>Maximum straight-line distance to each required service</source>
        <translation>Maximale Luftlinienentfernung zu jedem erforderlichen Angebot</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="186"/>
        <source>Also compute the next-best distinct placements, so that planners can choose</source>
        <translation>Zusätzlich die nächstbesten, voneinander abweichenden Verteilungen berechnen, damit die Planung auswählen kann</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="300"/>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="192"/>
        <source>Stop the optimiser after this time and report the best placement found with its gap</source>
        <translation>Die Optimierung nach dieser Zeit beenden und die beste gefundene Verteilung mit ihrer Optimalitätslücke ausgeben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="193"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="205"/>
        <source>allow several groups at one site</source>
        <translation>mehrere Gruppen an einem Standort zulassen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="206"/>
        <source>Off: each site houses one group (language units). On: groups may share a site</source>
        <translation>Aus: Jeder Standort nimmt nur eine Gruppe auf (Spracheinheiten). An: Gruppen können sich einen Standort teilen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="207"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="227"/>
        <source>Planner-defined group rules; the plugin ships no assumption about which groups conflict</source>
        <translation>Von der Planung festgelegte Gruppenregeln; das Plugin trifft keine Annahme darüber, welche Gruppen in Konflikt stehen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="229"/>
        <source>Places per group label; when filled it replaces N</source>
        <translation>Plätze je Gruppenbezeichnung; wenn ausgefüllt, ersetzt dies N</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="237"/>
        <source>Progress of the optimisation</source>
        <translation>Fortschritt der Optimierung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="239"/>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="240"/>
        <source>Compute a placement in the background</source>
        <translation>Eine Verteilung im Hintergrund berechnen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="242"/>
        <source>Stop the optimisation; nothing is added</source>
        <translation>Die Optimierung abbrechen; es wird nichts hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="264"/>
        <source>Status of the suggestion, and why no placement is possible when it is not</source>
        <translation>Status des Vorschlags und, falls keine Verteilung möglich ist, die Gründe dafür</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="276"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="279"/>
        <source>Suggested sites with the reason for each</source>
        <translation>Vorgeschlagene Standorte mit Begründung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="281"/>
        <source>Sites and reasons</source>
        <translation>Standorte und Begründungen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="284"/>
        <source>Places per 1,000 inhabitants before and after, with the cap</source>
        <translation>Plätze je 1.000 Einwohner vorher und nachher, mit Obergrenze</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="288"/>
        <source>Districts before and after the suggested placement</source>
        <translation>Stadtteile vor und nach der vorgeschlagenen Verteilung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="296"/>
        <source>Before / after</source>
        <translation>Vorher / nachher</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="299"/>
        <source>Places per site in the suggestion and in each alternative, side by side</source>
        <translation>Plätze je Standort im Vorschlag und in jeder Alternative, nebeneinander</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="338"/>
        <source>Choose the districts, shelters and candidate sites layers.</source>
        <translation>Bitte die Layer der Stadtteile, der Gemeinschaftsunterkünfte und der Potenzialflächen wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="365"/>
        <source>Suggestion cancelled; nothing was added.</source>
        <translation>Vorschlag abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="410"/>
        <source>Highest load among receiving districts: {v} places per 1,000 inhabitants.</source>
        <translation>Höchste Belastung unter den aufnehmenden Stadtteilen: {v} Plätze je 1.000 Einwohner.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="413"/>
        <source>Optimality gap at the time limit: {gap}</source>
        <translation>Optimalitätslücke beim Erreichen des Zeitlimits: {gap}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="416"/>
        <source>Why no placement is possible</source>
        <translation>Warum keine Verteilung möglich ist</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="182"/>
        <source>Suggested sites</source>
        <translation>Vorgeschlagene Standorte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="424"/>
        <source>The plugin suggests; planners decide.</source>
        <translation>Das Plugin schlägt vor; die Planung entscheidet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="599"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="600"/>
        <source>Alternative {k}</source>
        <translation>Alternative {k}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="608"/>
        <source>highest load</source>
        <translation>höchste Belastung</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="183"/>
        <source>Districts after placement</source>
        <translation>Stadtteile nach der Verteilung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Add an empty row</source>
        <translation>Eine leere Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Remove the selected rows</source>
        <translation>Die markierten Zeilen entfernen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Load CSV…</source>
        <translation>CSV laden…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Replace the rows with those of a CSV file (; or , separated)</source>
        <translation>Die Zeilen durch die einer CSV-Datei ersetzen (getrennt durch ; oder ,)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Save the rows to a CSV file</source>
        <translation>Die Zeilen in einer CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="59"/>
        <source>separate: keep group_a at least distance_m from group_b; near: place group_a within distance_m of a hotspot or shelter of group_b</source>
        <translation>separate: group_a hält mindestens distance_m Abstand zu group_b; near: group_a höchstens distance_m entfernt von einem Treffpunkt oder einer Unterkunft von group_b platzieren</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="124"/>
        <source>Load table</source>
        <translation>Tabelle laden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="124"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="129"/>
        <source>Save table</source>
        <translation>Tabelle speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="51"/>
        <source>Analyse dispersion of accommodation</source>
        <translation>Verteilung der Unterbringung analysieren</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="120"/>
        <source>Population field</source>
        <translation>Einwohnerfeld</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="125"/>
        <source>Places field (capacity or occupied)</source>
        <translation>Feld für Plätze (capacity oder occupied)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="98"/>
        <source>Permutations for pseudo p-values</source>
        <translation>Permutationen für Pseudo-p-Werte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="100"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert (Seed)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="66"/>
        <source>Service access distance (m)</source>
        <translation>Maximale Entfernung zu Angeboten (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="105"/>
        <source>City metrics</source>
        <translation>Kennzahlen Gesamtstadt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="184"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="184"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="321"/>
        <source>Checking the input layers</source>
        <translation>Eingabelayer werden geprüft</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="119"/>
        <source>Computing indices and spatial statistics</source>
        <translation>Kennzahlen und räumliche Statistiken werden berechnet</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="54"/>
        <source>Export INSEK map or district atlas</source>
        <translation>INSEK-Karte oder Stadtteilatlas exportieren</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="91"/>
        <source>Shared accommodation</source>
        <translation>Gemeinschaftsunterkünfte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="94"/>
        <source>Public-safe (generalised for publication)</source>
        <translation>Für die Veröffentlichung generalisiert</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="99"/>
        <source>District atlas (PDF)</source>
        <translation>Stadtteilatlas (PDF)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="109"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="110"/>
        <source>Layouts added to the project</source>
        <translation>Dem Projekt hinzugefügte Layouts</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="118"/>
        <source>Unknown layout; choose one of {names}.</source>
        <translation>Unbekanntes Layout; bitte eines von {names} wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="195"/>
        <source>{kind}: using the project layer &apos;{name}&apos;.</source>
        <translation>{kind}: Der Projektlayer &apos;{name}&apos; wird verwendet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="204"/>
        <source>Internal export: shelter locations are shown. Do not publish this file.</source>
        <translation>Interner Export: Die Standorte der Unterkünfte sind sichtbar. Diese Datei nicht veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="30"/>
        <source>&apos;{entry}&apos; is not of the form name=value.</source>
        <translation>&apos;{entry}&apos; hat nicht die Form Name=Wert.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="50"/>
        <source>Fuse shelter lists</source>
        <translation>GU-Listen zusammenführen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="53"/>
        <source>Fuses shelter lists from several sources (e.g. each operator&apos;s list and the city&apos;s list) into one shelter layer and a table of conflicts. Records are the same shelter when they share an id, or lie within MATCH_DISTANCE_M metres with similar names, or (without a position) have very similar names.

SOURCES: the lists, highest priority first; German or English column names are recognised (Nr, Bezeichnung, Plätze, belegt, frei, Auslastung, Träger, Stand, ...).
FIELD_MAP (optional): extra mappings &apos;capacity=Kapazität gesamt;occupied=Belegung&apos; applied to every source that has the field.
SOURCE_DATES (optional): &apos;layer name=2023-11-28;...&apos; for lists without a date column. A list without either has an unknown date: it never wins over a dated list.

Each field takes the value of the newest source (ties: the earlier source) and records it in &lt;field&gt;_source and &lt;field&gt;_date. CONFLICTS lists differing capacities, occupied &gt; capacity and stated utilisation or free places that contradict the counts, in English and German. The sources are never changed.</source>
        <translation>Führt Listen von Gemeinschaftsunterkünften aus mehreren Quellen (z. B. die Listen der Träger und die städtische Liste) zu einem GU-Layer und einer Tabelle der Widersprüche zusammen. Datensätze gelten als dieselbe Unterkunft, wenn sie dieselbe Kennung haben, wenn sie höchstens MATCH_DISTANCE_M Meter auseinanderliegen und ähnliche Namen tragen oder wenn sie (ohne Lageangabe) sehr ähnliche Namen haben.

SOURCES: die Listen, höchste Priorität zuerst; deutsche und englische Spaltennamen werden erkannt (Nr, Bezeichnung, Plätze, belegt, frei, Auslastung, Träger, Stand, ...).
FIELD_MAP (optional): zusätzliche Zuordnungen wie &apos;capacity=Kapazität gesamt;occupied=Belegung&apos;, angewendet auf jede Quelle, die das Feld enthält.
SOURCE_DATES (optional): &apos;Layername=2023-11-28;...&apos; für Listen ohne Datumsspalte. Eine Liste ohne beides hat einen unbekannten Stand: Sie setzt sich nie gegen eine datierte Liste durch.

Jedes Feld übernimmt den Wert der neuesten Quelle (bei gleichem Stand den der weiter vorn stehenden Quelle) und vermerkt Quelle und Datum in &lt;field&gt;_source und &lt;field&gt;_date. CONFLICTS listet abweichende Kapazitäten, Belegungen über der Kapazität (occupied &gt; capacity) sowie angegebene Auslastungen oder freie Plätze, die den Zählwerten widersprechen, jeweils auf Englisch und Deutsch. Die Quellen werden nie verändert.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="70"/>
        <source>Shelter lists</source>
        <translation>GU-Listen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="72"/>
        <source>Match distance (m)</source>
        <translation>Abstand für den Abgleich (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="73"/>
        <source>Field mapping (contract=source;...)</source>
        <translation>Feldzuordnung (Vorgabefeld=Quellfeld;...)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="75"/>
        <source>Dates of the lists (layer=date;...)</source>
        <translation>Stand der Listen (Layer=Datum;...)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="161"/>
        <source>Target CRS</source>
        <translation>Ziel-KBS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="79"/>
        <source>Fused shelters</source>
        <translation>Zusammengeführte Unterkünfte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="81"/>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="88"/>
        <source>No shelter lists were given.</source>
        <translation>Es wurden keine GU-Listen angegeben.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="107"/>
        <source>{shelters} shelters from {sources} lists; {conflicts} conflict(s).</source>
        <translation>{shelters} Unterkünfte aus {sources} Listen; Widersprüche: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="33"/>
        <source>Import Integreat locations</source>
        <translation>Integreat-Standorte importieren</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="49"/>
        <source>Integreat locations JSON</source>
        <translation>Integreat-Standorte (JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="50"/>
        <source>Category mapping (CSV file or a=b;c=d)</source>
        <translation>Kategoriezuordnung (CSV-Datei oder a=b;c=d)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="85"/>
        <source>{count} services written.</source>
        <translation>{count} Angebote geschrieben.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="32"/>
        <source>Import Zensus 2022 grid</source>
        <translation>Zensus-2022-Gitter importieren</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="38"/>
        <source>Zensus grid CSV</source>
        <translation>Zensus-Gitter (CSV)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="54"/>
        <source>Value column</source>
        <translation>Wertespalte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="56"/>
        <source>Keep only cells within</source>
        <translation>Nur Zellen innerhalb von</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="57"/>
        <source>Zensus grid cells</source>
        <translation>Zensus-Gitterzellen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="102"/>
        <source>{count} grid cells written.</source>
        <translation>{count} Gitterzellen geschrieben.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="104"/>
        <source>{count} cells outside the extent were left out.</source>
        <translation>{count} Zellen außerhalb der Ausdehnung wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="44"/>
        <source>Unknown service categories: {unknown}. Known: {known}.</source>
        <translation>Unbekannte Angebotskategorien: {unknown}. Bekannt: {known}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="83"/>
        <source>Suggest placements of new places</source>
        <translation>Standorte für neue Plätze vorschlagen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="122"/>
        <source>Existing shelters</source>
        <translation>Bestehende Unterkünfte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="137"/>
        <source>Group rules table</source>
        <translation>Tabelle der Gruppenregeln</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="138"/>
        <source>Group demand table</source>
        <translation>Tabelle Platzbedarf je Gruppe</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="141"/>
        <source>Maximum places per 1,000 inhabitants per district</source>
        <translation>Höchstzahl Plätze je 1.000 Einwohner je Stadtteil</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="144"/>
        <source>Minimum spacing between sites (m)</source>
        <translation>Mindestabstand zwischen Standorten (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="145"/>
        <source>Maximum places within a hotspot&apos;s radius</source>
        <translation>Höchstzahl Plätze im Radius eines Treffpunkts</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="149"/>
        <source>Required service categories (comma-separated)</source>
        <translation>Erforderliche Angebotskategorien (kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="152"/>
        <source>Maximum distance to each required service (m)</source>
        <translation>Maximale Entfernung zu jedem erforderlichen Angebot (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="154"/>
        <source>Time limit (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="156"/>
        <source>Alternatives (next-best distinct placements)</source>
        <translation>Alternativen (nächstbeste, voneinander abweichende Verteilungen)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="159"/>
        <source>Allow several groups at one site</source>
        <translation>Mehrere Gruppen an einem Standort zulassen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="186"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="187"/>
        <source>Highest load among receiving districts</source>
        <translation>Höchste Belastung unter den aufnehmenden Stadtteilen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="188"/>
        <source>Relative optimality gap</source>
        <translation>Relative Optimalitätslücke</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="283"/>
        <source>Solving the placement model</source>
        <translation>Verteilungsmodell wird gelöst</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="42"/>
        <source>A Processing provider &apos;dispersion&apos; is already registered; keeping it.</source>
        <translation>Ein Verarbeitungsanbieter &apos;dispersion&apos; ist bereits registriert; er bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="61"/>
        <source>Import CSV with coordinates…</source>
        <translation>CSV mit Koordinaten importieren…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="61"/>
        <source>Import a shelter, service or candidate list from a spreadsheet (CSV), with a preview</source>
        <translation>Eine Liste von Unterkünften, Angeboten oder Potenzialflächen aus einer Tabelle (CSV) importieren, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="64"/>
        <source>Fuse shelter lists…</source>
        <translation>GU-Listen zusammenführen…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="64"/>
        <source>Merge shelter lists from several sources with provenance and conflict flags</source>
        <translation>GU-Listen aus mehreren Quellen zusammenführen, mit Herkunftsangabe und Kennzeichnung von Widersprüchen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="85"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="115"/>
        <source>Import points from CSV</source>
        <translation>Punkte aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="119"/>
        <source>Read a spreadsheet export (CSV) with coordinate columns as a planning layer. The detected settings are shown below: correct any that are wrong, check the preview, then import. The file itself is never changed.</source>
        <translation>Liest einen Tabellenexport (CSV) mit Koordinatenspalten als Planungslayer ein. Die erkannten Einstellungen stehen unten: Korrigieren Sie falsch erkannte Werte, prüfen Sie die Vorschau und importieren Sie dann. Die Datei selbst wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="127"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="128"/>
        <source>The CSV file to import; it is read, never changed</source>
        <translation>Die zu importierende CSV-Datei; sie wird nur gelesen, nie verändert</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="81"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="134"/>
        <source>Which layer of the data contract the rows are: this decides the fields to map, which columns are read as numbers and the style</source>
        <translation>Als welcher Layer der Datenvorgaben die Zeilen gelten: Davon hängen die zuzuordnenden Felder, die als Zahlen gelesenen Spalten und die Gestaltung ab</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="137"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="139"/>
        <source>Name of the new layer in the project (default: the file name)</source>
        <translation>Name des neuen Layers im Projekt (Standard: der Dateiname)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="140"/>
        <source>Layer name</source>
        <translation>Layername</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="143"/>
        <source>Detected settings (correct them if the preview looks wrong)</source>
        <translation>Erkannte Einstellungen (bitte korrigieren, wenn die Vorschau falsch aussieht)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="148"/>
        <source>Text encoding of the file. Umlauts shown as &apos;Ã¤&apos; mean UTF-8 read as cp1252; &apos;�&apos; means cp1252 read as UTF-8</source>
        <translation>Zeichenkodierung der Datei. Umlaute wie &apos;Ã¤&apos; bedeuten: UTF-8 wurde als cp1252 gelesen; &apos;�&apos; bedeutet: cp1252 wurde als UTF-8 gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="153"/>
        <source>Character that separates the columns; if the preview shows a single column, the separator is wrong</source>
        <translation>Zeichen, das die Spalten trennt; zeigt die Vorschau nur eine Spalte, ist das Trennzeichen falsch</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="156"/>
        <source>comma (7,75)</source>
        <translation>Komma (7,75)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="157"/>
        <source>point (7.75)</source>
        <translation>Punkt (7.75)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="158"/>
        <source>Decimal mark of numbers in the file; German spreadsheets use a comma and a point as thousands separator (1.344)</source>
        <translation>Dezimaltrennzeichen der Zahlen in der Datei; deutsche Tabellen verwenden ein Komma und einen Punkt als Tausendertrennzeichen (1.344)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="161"/>
        <source>Column with the x coordinate: longitude, easting or Rechtswert</source>
        <translation>Spalte mit der x-Koordinate: geografische Länge, Ostwert oder Rechtswert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="163"/>
        <source>Column with the y coordinate: latitude, northing or Hochwert</source>
        <translation>Spalte mit der y-Koordinate: geografische Breite, Nordwert oder Hochwert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="166"/>
        <source>not recognised: choose the CRS</source>
        <translation>nicht erkannt: bitte KBS wählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="167"/>
        <source>Coordinate reference system of the coordinate columns, e.g. EPSG:4326 for latitude/longitude, EPSG:25832 for UTM 32N, EPSG:31466/31467 for Gauss-Krüger</source>
        <translation>Koordinatenbezugssystem der Koordinatenspalten, z. B. EPSG:4326 für geografische Breite/Länge, EPSG:25832 für UTM 32N, EPSG:31466/31467 für Gauß-Krüger</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="170"/>
        <source>Skip rows without coordinates</source>
        <translation>Zeilen ohne Koordinaten überspringen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="171"/>
        <source>Import the other rows and list the skipped lines; otherwise rows without coordinates stop the import</source>
        <translation>Die übrigen Zeilen importieren und die übersprungenen Zeilen auflisten; andernfalls brechen Zeilen ohne Koordinaten den Import ab</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="178"/>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="178"/>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="178"/>
        <source>Decimal mark</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="183"/>
        <source>x / longitude</source>
        <translation>x / Länge</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="185"/>
        <source>y / latitude</source>
        <translation>y / Breite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="187"/>
        <source>CRS</source>
        <translation>KBS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="194"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="195"/>
        <source>Which column holds each field of the data contract; the mapping is stored with the layer, the columns keep their names</source>
        <translation>Welche Spalte welches Feld der Datenvorgaben enthält; die Zuordnung wird mit dem Layer gespeichert, die Spalten behalten ihre Namen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="215"/>
        <source>Coordinates of the preview rows read with the settings above</source>
        <translation>Koordinaten der Vorschauzeilen, gelesen mit den obigen Einstellungen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="216"/>
        <source>Preview (first {n} rows, coordinate columns highlighted)</source>
        <translation>Vorschau (erste {n} Zeilen, Koordinatenspalten hervorgehoben)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="219"/>
        <source>The first rows of the file as read with the settings above; nothing here is written back</source>
        <translation>Die ersten Zeilen der Datei, gelesen mit den obigen Einstellungen; hier wird nichts zurückgeschrieben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="227"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="229"/>
        <source>Notes and problems of the detection and the import, each naming the file and line</source>
        <translation>Hinweise und Probleme aus Erkennung und Import, jeweils mit Datei und Zeile</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="239"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="240"/>
        <source>Read the whole file with these settings, check it against the data contract and add it to the project as a styled layer</source>
        <translation>Die ganze Datei mit diesen Einstellungen lesen, gegen die Datenvorgaben prüfen und als gestalteten Layer zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="244"/>
        <source>Close without importing</source>
        <translation>Ohne Import schließen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="307"/>
        <source>The coordinate system could not be recognised from the values of &apos;{x}&apos;/&apos;{y}&apos;: choose the CRS.</source>
        <translation>Das Koordinatenbezugssystem konnte aus den Werten von &apos;{x}&apos;/&apos;{y}&apos; nicht erkannt werden: bitte KBS wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="480"/>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="358"/>
        <source>&apos;{encoding}&apos; is not a known text encoding.</source>
        <translation>&apos;{encoding}&apos; ist keine bekannte Zeichenkodierung.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="180"/>
        <source>File &apos;{file}&apos; cannot be read ({reason}).</source>
        <translation>Die Datei &apos;{file}&apos; kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="387"/>
        <source>With separator &apos;{sep}&apos; the file has a single column: choose another separator.</source>
        <translation>Mit dem Trennzeichen &apos;{sep}&apos; hat die Datei nur eine Spalte: bitte ein anderes Trennzeichen wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="431"/>
        <source>Choose the x and y coordinate columns.</source>
        <translation>Bitte die Spalten für die x- und y-Koordinate wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="434"/>
        <source>No preview row has numbers in &apos;{x}&apos; and &apos;{y}&apos; with this decimal mark.</source>
        <translation>Keine Vorschauzeile enthält mit diesem Dezimaltrennzeichen Zahlen in &apos;{x}&apos; und &apos;{y}&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="443"/>
        <source>these look swapped (x holds y values); they will be read swapped</source>
        <translation>die Werte scheinen vertauscht (x enthält y-Werte); sie werden vertauscht gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="445"/>
        <source>the values look like {guess}, not {crs}</source>
        <translation>die Werte sehen nach {guess} aus, nicht nach {crs}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="461"/>
        <source>This row has {count} fields, the header {expected}.</source>
        <translation>Diese Zeile hat {count} Felder, die Kopfzeile {expected}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="477"/>
        <source>Fields of {kind}</source>
        <translation>Felder für {kind}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="480"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="484"/>
        <source>Column that holds &apos;{field}&apos; ({kind}{req}).</source>
        <translation>Spalte, die &apos;{field}&apos; enthält ({kind}{req}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/issue_list.py" line="36"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../plugin/gui/issue_list.py" line="36"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location filename="../plugin/gui/issue_list.py" line="36"/>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="270"/>
        <source>Open the user guide at this dialog&apos;s topic</source>
        <translation>Das Benutzerhandbuch beim Thema dieses Dialogs öffnen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/task_dialog.py" line="156"/>
        <source>A run is still in progress. Cancel it and close the dialog?</source>
        <translation>Eine Berechnung läuft noch. Soll sie abgebrochen und der Dialog geschlossen werden?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="166"/>
        <source>Required: the check fails without it</source>
        <translation>Pflichtangabe: ohne sie schlägt die Prüfung fehl</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="72"/>
        <source>Vector file</source>
        <translation>Vektordatei</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="520"/>
        <source>Choose a CSV file first.</source>
        <translation>Bitte zuerst eine CSV-Datei wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="526"/>
        <source>File &apos;{file}&apos;: choose the x and y coordinate columns.</source>
        <translation>Datei &apos;{file}&apos;: bitte die Spalten für die x- und y-Koordinate wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="530"/>
        <source>File &apos;{file}&apos;: x and y are both column &apos;{column}&apos;; choose two columns.</source>
        <translation>Datei &apos;{file}&apos;: x und y sind beide die Spalte &apos;{column}&apos;; bitte zwei verschiedene Spalten wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="559"/>
        <source>File &apos;{file}&apos; was not imported: {count} error(s) against the data contract; see the dialog.</source>
        <translation>Die Datei &apos;{file}&apos; wurde nicht importiert: {count} Fehler bei der Prüfung gegen die Datenvorgaben; siehe Dialog.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="568"/>
        <source>{count} {kind} imported from &apos;{file}&apos; as layer &apos;{layer}&apos; ({crs}).</source>
        <translation>{count} {kind} aus &apos;{file}&apos; als Layer &apos;{layer}&apos; ({crs}) importiert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="108"/>
        <source>Merge shelter lists from several sources (each operator&apos;s list, the city&apos;s list) into one shelter layer. Each field takes the value of the newest list (ties: the list higher up) and records where it came from; disagreements are listed as conflicts. The lists themselves are never changed.</source>
        <translation>Führt Listen von Gemeinschaftsunterkünften aus mehreren Quellen (die Listen der Träger, die städtische Liste) zu einem GU-Layer zusammen. Jedes Feld übernimmt den Wert der neuesten Liste (bei gleichem Stand den der weiter oben stehenden Liste) und vermerkt seine Herkunft; Abweichungen werden als Widersprüche aufgeführt. Die Listen selbst werden nie verändert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="115"/>
        <source>Shelter lists (tick two or more; higher rows win ties)</source>
        <translation>GU-Listen (mindestens zwei ankreuzen; bei gleichem Stand gilt die weiter oben stehende)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="118"/>
        <source>Date of the list</source>
        <translation>Stand der Liste</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="118"/>
        <source>Record dates</source>
        <translation>Datum je Datensatz</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="118"/>
        <source>Features</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="128"/>
        <source>Point layers of the project. Tick the shelter lists to fuse; the order is the priority when two lists have the same date</source>
        <translation>Punktlayer des Projekts. Kreuzen Sie die zusammenzuführenden GU-Listen an; die Reihenfolge legt die Priorität fest, wenn zwei Listen denselben Stand haben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="132"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="133"/>
        <source>Move the selected list up: it wins ties against lists below it</source>
        <translation>Die markierte Liste nach oben verschieben: Bei gleichem Stand hat sie Vorrang vor den Listen darunter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="134"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="135"/>
        <source>Move the selected list down</source>
        <translation>Die markierte Liste nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="136"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="137"/>
        <source>Read the project&apos;s layers again</source>
        <translation>Die Layer des Projekts neu einlesen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="155"/>
        <source>MATCH_DISTANCE_M: records of different lists closer than this, with similar names, are taken as the same shelter. Records with the same id always match</source>
        <translation>MATCH_DISTANCE_M: Datensätze verschiedener Listen, die näher beieinanderliegen und ähnliche Namen haben, gelten als dieselbe Unterkunft. Datensätze mit derselben Kennung gelten immer als dieselbe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="158"/>
        <source>Match distance</source>
        <translation>Abgleichsabstand</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="160"/>
        <source>Projected CRS in metres of the fused layer; distances are measured in it</source>
        <translation>Projiziertes KBS in Metern für den zusammengeführten Layer; in ihm werden die Abstände gemessen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="170"/>
        <source>Result of the last run</source>
        <translation>Ergebnis des letzten Laufs</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="173"/>
        <source>Shelter</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="173"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="173"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="181"/>
        <source>Disagreements between the lists and within each list; hover a row for the values of every source</source>
        <translation>Abweichungen zwischen den Listen und innerhalb jeder Liste; für die Werte aller Quellen mit der Maus über eine Zeile fahren</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="193"/>
        <source>Fuse the ticked lists and add the shelter layer and the conflict table to the project</source>
        <translation>Die angekreuzten Listen zusammenführen und den GU-Layer sowie die Tabelle der Widersprüche zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="200"/>
        <source>Close the dialog; layers already added stay in the project</source>
        <translation>Dialog schließen; bereits hinzugefügte Layer bleiben im Projekt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="242"/>
        <source>Tick to fuse &apos;{layer}&apos; ({crs}); it is read, never changed</source>
        <translation>Ankreuzen, um &apos;{layer}&apos; ({crs}) einzubeziehen; der Layer wird nur gelesen, nie verändert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="256"/>
        <source>Date of this list, taken from field &apos;{field}&apos; (newest value); it applies to records without their own date, or to all records when &apos;Record dates&apos; is off</source>
        <translation>Stand dieser Liste, entnommen aus dem Feld &apos;{field}&apos; (neuester Wert); er gilt für Datensätze ohne eigenes Datum oder für alle Datensätze, wenn &apos;Datum je Datensatz&apos; ausgeschaltet ist</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="259"/>
        <source>Date of this list (the layer has no date field; unknown by default, and a list of unknown date never wins over a dated one). Newer lists win when values differ</source>
        <translation>Stand dieser Liste (der Layer hat kein Datumsfeld; Standard: unbekannt, und eine Liste mit unbekanntem Stand setzt sich nie gegen eine datierte durch). Bei abweichenden Werten gilt die neuere Liste</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="262"/>
        <source>none</source>
        <translation>kein Feld</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="265"/>
        <source>Use each record&apos;s own date from field &apos;{field}&apos;; untick to date every record with the list date</source>
        <translation>Das eigene Datum jedes Datensatzes aus dem Feld &apos;{field}&apos; verwenden; abwählen, um allen Datensätzen den Stand der Liste zu geben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="265"/>
        <source>The layer has no date field; every record gets the list date</source>
        <translation>Der Layer hat kein Datumsfeld; jeder Datensatz erhält den Stand der Liste</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="272"/>
        <source>Number of features in the layer</source>
        <translation>Anzahl der Objekte im Layer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="374"/>
        <source>Tick at least two shelter lists to fuse.</source>
        <translation>Bitte mindestens zwei GU-Listen zum Zusammenführen ankreuzen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="337"/>
        <source>The target CRS {crs} is not in metres; choose a projected CRS such as EPSG:25832.</source>
        <translation>Das Ziel-KBS {crs} ist nicht metrisch; bitte ein projiziertes KBS wie EPSG:25832 wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="419"/>
        <source>Shelter conflicts</source>
        <translation>Widersprüche der GU-Listen</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="422"/>
        <source> — generalised for publication</source>
        <translation> — für die Veröffentlichung generalisiert</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="422"/>
        <source> — internal</source>
        <translation> — intern</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="606"/>
        <source>summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="606"/>
        <source>atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="438"/>
        <source>{n} of {total} preview rows have coordinates: {x} from {x0} to {x1}, {y} from {y0} to {y1}</source>
        <translation>{n} von {total} Vorschauzeilen haben Koordinaten: {x} von {x0} bis {x1}, {y} von {y0} bis {y1}</translation>
    </message>
    <message>
        <location filename="../plugin/dependencies.py" line="41"/>
        <source>Missing Python packages: {modules}. Debian/Ubuntu: sudo apt install {debs}. Windows (OSGeo4W installer): add {pips}. Other systems: install them for the Python that QGIS uses.</source>
        <translation>Es fehlen Python-Pakete: {modules}. Debian/Ubuntu: sudo apt install {debs}. Windows (OSGeo4W-Installer): {pips} hinzufügen. Andere Systeme: bitte für das Python installieren, das QGIS verwendet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="126"/>
        <source>The table could not be loaded; it keeps its rows.</source>
        <translation>Die Tabelle konnte nicht geladen werden; ihre Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="131"/>
        <source>The table could not be saved.</source>
        <translation>Die Tabelle konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="26"/>
        <source>District population from a Zensus grid</source>
        <translation>Einwohner je Stadtteil aus dem Zensus-Gitter</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="29"/>
        <source>Sums the inhabitants of a Zensus 2022 grid CSV (100 m, 1 km or 10 km) per district and writes a copy of the districts with the fields population_zensus, zensus_cells and zensus_suppressed_cells. A cell counts for the district that contains its centre; suppressed cells ("–") count 0 and are reported. Use population_zensus as POPULATION_FIELD of dispersion:analyse or dispersion:suggest where the city&apos;s own figures are missing or coarser. The districts layer is not changed.</source>
        <translation>Summiert die Einwohner einer Zensus-2022-Gitterdatei (CSV, 100 m, 1 km oder 10 km) je Stadtteil und schreibt eine Kopie der Stadtteile mit den Feldern population_zensus, zensus_cells und zensus_suppressed_cells. Eine Gitterzelle zählt zu dem Stadtteil, in dem ihr Mittelpunkt liegt; geheim gehaltene Zellen („–“) zählen 0 und werden gemeldet. population_zensus kann als POPULATION_FIELD von dispersion:analyse oder dispersion:suggest dienen, wenn eigene Einwohnerzahlen der Stadt fehlen oder gröber sind. Der Stadtteil-Layer wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="43"/>
        <source>Population column of the grid</source>
        <translation>Einwohnerspalte des Gitters</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="44"/>
        <source>Districts with grid population</source>
        <translation>Stadtteile mit Gitter-Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../plugin/export/audit.py" line="100"/>
        <source>The public export was stopped: {where} would contain {what}. Nothing was written.</source>
        <translation>Der Export für die Veröffentlichung wurde abgebrochen: {where} würde {what} enthalten. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../plugin/export/audit.py" line="111"/>
        <source>The public export was stopped: its text could not be checked ({error}). Nothing was written.</source>
        <translation>Der Export für die Veröffentlichung wurde abgebrochen: Sein Text ließ sich nicht prüfen ({error}). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../plugin/export/audit.py" line="113"/>
        <source>the written file</source>
        <translation>die geschriebene Datei</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="270"/>
        <source>The suggestions layer &apos;{layer}&apos; holds a single placement (no field &apos;alternative&apos;); choose placement 0.</source>
        <translation>Der Vorschlagslayer „{layer}“ enthält nur eine Verteilung (kein Feld „alternative“); wählen Sie Verteilung 0.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="274"/>
        <source>The suggestions layer &apos;{layer}&apos; has no placement {n}; it holds {held}.</source>
        <translation>Der Vorschlagslayer „{layer}“ hat keine Verteilung {n}; er enthält {held}.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="617"/>
        <source>the map&apos;s texts</source>
        <translation>die Texte der Karte</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="125"/>
        <source>City indices are withheld: the city total itself is withheld.</source>
        <translation>Die Kennzahlen der Gesamtstadt werden nicht veröffentlicht: Schon die Gesamtzahl der Stadt ist geheim gehalten.</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="103"/>
        <source>district boundaries and population figures</source>
        <translation>Stadtteilgrenzen und Einwohnerzahlen</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="104"/>
        <source>shelter data, aggregated by district</source>
        <translation>Daten zu Unterkünften, je Stadtteil zusammengefasst</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="105"/>
        <source>service locations, by category only</source>
        <translation>Standorte von Angeboten, nur nach Kategorie</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="106"/>
        <source>community meeting places, used for city figures only</source>
        <translation>Treffpunkte von Communities, nur für Kennzahlen der Gesamtstadt verwendet</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="107"/>
        <source>suggested placements, aggregated by district</source>
        <translation>vorgeschlagene Verteilungen, je Stadtteil zusammengefasst</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="108"/>
        <source>district indicators</source>
        <translation>Kennzahlen der Stadtteile</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="130"/>
        <source>the suggestion</source>
        <translation>der Vorschlag</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="131"/>
        <source>alternative </source>
        <translation>Alternative </translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="132"/>
        <source>Which placement of the suggestions layer the map shows and counts: the suggestion, or one of its alternatives (field &apos;alternative&apos;)</source>
        <translation>Welche Verteilung des Vorschlagslayers die Karte zeigt und zählt: der Vorschlag oder eine seiner Alternativen (Feld „alternative“)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="134"/>
        <source>Placement</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="292"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="334"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="189"/>
        <source>Progress of the fusion, which runs in the background</source>
        <translation>Fortschritt der Zusammenführung, die im Hintergrund läuft</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="196"/>
        <source>Stop the fusion; nothing is added</source>
        <translation>Zusammenführung abbrechen; es wird nichts hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="397"/>
        <source>Fusing {n} lists…</source>
        <translation>{n} Listen werden zusammengeführt …</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="401"/>
        <source>Fusion cancelled; nothing was added.</source>
        <translation>Zusammenführung abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/help.py" line="72"/>
        <source>The user guide could not be opened in a browser; open it by hand: {url}</source>
        <translation>Das Benutzerhandbuch ließ sich nicht im Browser öffnen; bitte von Hand öffnen: {url}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="416"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="57"/>
        <source>Writes a print-ready map (PDF with embedded fonts, PNG at 300 dpi or SVG) with title, legend of the visible layers, scale bar, north arrow, overview inset, sources with date and licence, and a note when any layer is illustrative. With ATLAS, one PDF page per district (map and profile) after a city summary page with the indices and the Lorenz curve.

PUBLIC (default: yes) is for anything that leaves the office: shelters are never drawn, labelled or written as points; they are aggregated to districts, counts below SMALL_COUNT_THRESHOLD appear as “&lt; 5”, group labels and operators are withheld where a district has fewer shelters or places than the threshold, suggestions become planned places per district, and no georeferencing or metadata is written.

ALTERNATIVE: of a SUGGESTIONS layer with alternatives (dispersion:suggest with ALTERNATIVES), the placement the map shows and counts: 0 (default) is the suggestion, k its k-th alternative.

LANGUAGE: the language of every text on the map, legend and atlas pages, with its number and date notation (en or de); unset, the QGIS user locale.

Only DISTRICTS is required; inside QGIS, unset layers fall back to the project&apos;s planning layers. The generated layouts are added to the project&apos;s layout manager for manual finishing.</source>
        <translation>Erzeugt eine druckfertige Karte (PDF mit eingebetteten Schriften, PNG mit 300 dpi oder SVG) mit Titel, Legende der sichtbaren Layer, Maßstabsleiste, Nordpfeil, Übersichtskarte, Quellen mit Datum und Lizenz sowie einem Hinweis, wenn ein Layer nur der Veranschaulichung dient. Mit ATLAS folgt auf eine Übersichtsseite der Gesamtstadt (Kennzahlen und Lorenzkurve) je Stadtteil eine PDF-Seite (Karte und Profil).

PUBLIC (Standard: ja) ist für alles gedacht, was das Amt verlässt: Unterkünfte werden nie als Punkte gezeichnet, beschriftet oder gespeichert, sondern auf Stadtteile zusammengefasst; Werte unter SMALL_COUNT_THRESHOLD erscheinen als „&lt; 5“, Gruppenbezeichnungen und Träger entfallen, wo ein Stadtteil weniger Unterkünfte oder Plätze als den Schwellenwert hat, Vorschläge werden zu geplanten Plätzen je Stadtteil, und es werden weder Georeferenzierung noch Metadaten geschrieben.

ALTERNATIVE: bei einem SUGGESTIONS-Layer mit Alternativen (dispersion:suggest mit ALTERNATIVES) die Verteilung, die die Karte zeigt und zählt: 0 (Standard) ist der Vorschlag, k seine k-te Alternative.

LANGUAGE: die Sprache aller Texte auf Karte, Legende und Atlasseiten, mit ihrer Zahlen- und Datumsschreibweise (en oder de); ohne Angabe die Sprache der QGIS-Oberfläche.

Nur DISTRICTS ist erforderlich; in QGIS werden für nicht gesetzte Layer die Planungslayer des Projekts verwendet. Die erzeugten Layouts werden zur Nachbearbeitung in die Layoutverwaltung des Projekts aufgenommen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="100"/>
        <source>Placement of the suggestions (0 = the suggestion, k = alternative k)</source>
        <translation>Verteilung der Vorschläge (0 = der Vorschlag, k = Alternative k)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="75"/>
        <source>Integreat {item} (&apos;{name}&apos;): its position cannot be expressed in {crs}; choose another target CRS.</source>
        <translation>Integreat {item} („{name}“): Seine Lage lässt sich nicht in {crs} ausdrücken; wählen Sie ein anderes Ziel-KBS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="185"/>
        <source>Status (optimal, feasible, infeasible, timeout)</source>
        <translation>Status (optimal, feasible, infeasible, timeout)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="53"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Vom Benutzer abgebrochen; es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="672"/>
        <source>Could not write to &apos;{dest}&apos;: {error}</source>
        <translation>Konnte nicht nach „{dest}“ schreiben: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="175"/>
        <source>A blank or &apos;k. A.&apos; cell in an optional number column keeps its row with the value unknown and a warning naming the line; required columns are still checked</source>
        <translation>Eine leere Zelle oder &apos;k. A.&apos; in einer optionalen Zahlenspalte behält ihre Zeile mit unbekanntem Wert und einer Warnung, die die Zeile nennt; Pflichtspalten werden weiterhin geprüft</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="249"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="59"/>
        <source>Import CSV table (points)</source>
        <translation>CSV-Tabelle importieren (Punkte)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="82"/>
        <source>The rows are</source>
        <translation>Die Zeilen sind</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="84"/>
        <source>Separator (empty: detect)</source>
        <translation>Trennzeichen (leer: erkennen)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="86"/>
        <source>Decimal mark (empty: detect)</source>
        <translation>Dezimalzeichen (leer: erkennen)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="88"/>
        <source>Encoding (empty: detect)</source>
        <translation>Zeichenkodierung (leer: erkennen)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="89"/>
        <source>X or longitude column (empty: guess)</source>
        <translation>Spalte X oder Länge (leer: erraten)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="91"/>
        <source>Y or latitude column (empty: guess)</source>
        <translation>Spalte Y oder Breite (leer: erraten)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="93"/>
        <source>CRS of the coordinates (empty: guess)</source>
        <translation>KBS der Koordinaten (leer: erraten)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="95"/>
        <source>Keep rows with unknown values (NULL)</source>
        <translation>Zeilen mit unbekannten Werten behalten (NULL)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="102"/>
        <source>Imported points</source>
        <translation>Importierte Punkte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="198"/>
        <source>{count} rows imported from &apos;{file}&apos; ({crs}).</source>
        <translation>{count} Zeilen aus „{file}“ importiert ({crs}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="117"/>
        <source>DECIMAL must be &apos;,&apos; or &apos;.&apos;, not &apos;{value}&apos;.</source>
        <translation>DECIMAL muss &apos;,&apos; oder &apos;.&apos; sein, nicht &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Childcare (Kita)</source>
        <translation>Kinderbetreuung (Kita)</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Language course</source>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Counselling</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Public transport</source>
        <translation>ÖPNV</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>&lt; 80 % occupied</source>
        <translation>&lt; 80 % belegt</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>80 – 95 % occupied</source>
        <translation>80 – 95 % belegt</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>≥ 95 % occupied</source>
        <translation>≥ 95 % belegt</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Hot spot (Gi*, p &lt; 0.05)</source>
        <translation>Hotspot (Gi*, p &lt; 0,05)</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Cold spot (Gi*, p &lt; 0.05)</source>
        <translation>Coldspot (Gi*, p &lt; 0,05)</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Not significant</source>
        <translation>Nicht signifikant</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="698"/>
        <source>{places} places, {rate} ‰</source>
        <translation>{places} Plätze, {rate} je 1.000 EW</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="369"/>
        <source>{places} ({rate} ‰)</source>
        <translation>{places} ({rate} je 1.000 EW)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="160"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="161"/>
        <source>Also show the technical figures (expected values, z-values, shares per meeting point)</source>
        <translation>Auch die technischen Kennzahlen zeigen (Erwartungswerte, z-Werte, Anteile je Treffpunkt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="246"/>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="247"/>
        <source>Copy the table shown as tab-separated text that pastes into a spreadsheet</source>
        <translation>Die angezeigte Tabelle als tabulatorgetrennten Text kopieren, der sich in eine Tabellenkalkulation einfügen lässt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="250"/>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="365"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="135"/>
        <source>Save the analysis report as HTML and PDF</source>
        <translation>Den Analysebericht als HTML und PDF speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="251"/>
        <source>Save the placement report as HTML and PDF</source>
        <translation>Den Bericht zum Platzierungsvorschlag als HTML und PDF speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="581"/>
        <source>Table copied.</source>
        <translation>Tabelle kopiert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="365"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="327"/>
        <source>analysis_report.html</source>
        <translation>Analysebericht.html</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="595"/>
        <source>placement_report.html</source>
        <translation>Platzierungsbericht.html</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="382"/>
        <source>Report saved: {html} and {pdf}</source>
        <translation>Bericht gespeichert: {html} und {pdf}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="103"/>
        <source>Language of the map texts (default: the QGIS interface language)</source>
        <translation>Sprache der Kartentexte (Standard: Sprache der QGIS-Oberfläche)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/layers.py" line="376"/>
        <source>Dispersion Planner results</source>
        <translation>Ergebnisse Dispersion Planner</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="53"/>
        <source>Gi* hot/cold spots</source>
        <translation>Gi*-Hot-/Coldspots</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="65"/>
        <source>Gi* hot/cold spots is an optional style (layer styles menu). With few districts Gi* is rarely significant: &apos;not significant&apos; does not mean the places are evenly spread. The default style shows places per 1,000 residents.</source>
        <translation>Gi*-Hot-/Coldspots ist ein optionaler Stil (Menü Layerstile). Bei wenigen Stadtteilen ist Gi* selten signifikant: „nicht signifikant“ heißt nicht, dass die Plätze gleichmäßig verteilt sind. Der Standardstil zeigt Plätze je 1.000 Einwohner.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="236"/>
        <source>places per 1,000 residents</source>
        <translation>Plätze je 1.000 Einwohner</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="237"/>
        <source>no places</source>
        <translation>keine Plätze</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="242"/>
        <source>over {lower} {unit}</source>
        <translation>über {lower} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="360"/>
        <source>{lower} – {upper} {unit}</source>
        <translation>{lower} – {upper} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="651"/>
        <source>Numbered districts</source>
        <translation>Nummerierte Stadtteile</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="724"/>
        <source>City boundary</source>
        <translation>Stadtgrenze</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="208"/>
        <source>Keep result</source>
        <translation>Ergebnis behalten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="111"/>
        <source>Keep this run&apos;s result layer: the next run will not replace it</source>
        <translation>Den Ergebnislayer dieses Laufs behalten: der nächste Lauf ersetzt ihn nicht</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="167"/>
        <source>lorenz_curve.png</source>
        <translation>lorenzkurve.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="170"/>
        <source>places_per_1000.png</source>
        <translation>plaetze_je_1000.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="67"/>
        <source>Charts need matplotlib: {error}</source>
        <translation>Diagramme brauchen matplotlib: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="76"/>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="77"/>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Dieses Diagramm als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="117"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="117"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="128"/>
        <source>Chart saved: {path}</source>
        <translation>Diagramm gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="58"/>
        <source>The choice is the project&apos;s planning set: every dialog, export and Processing tool starts from it, and it is saved with the project.</source>
        <translation>Diese Auswahl ist der Planungsdatensatz des Projekts: Jeder Dialog, jeder Export und jedes Processing-Werkzeug geht von ihr aus, und sie wird mit dem Projekt gespeichert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="105"/>
        <source>Store these layers and field mappings as the project&apos;s planning set and apply the style presets</source>
        <translation>Diese Layer und Feldzuordnungen als Planungsdatensatz des Projekts speichern und die Stilvorlagen anwenden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="202"/>
        <source>Planning set stored; layers styled and mapped.</source>
        <translation>Planungsdatensatz gespeichert; Layer gestaltet und zugeordnet.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="203"/>
        <source>Planning set stored and layers styled, but the check found errors: see the list.</source>
        <translation>Planungsdatensatz gespeichert und Layer gestaltet, aber die Prüfung hat Fehler gefunden: siehe Liste.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="209"/>
        <source>Keep this run&apos;s result layers: the next run will not replace them</source>
        <translation>Die Ergebnislayer dieses Laufs behalten: der nächste Lauf ersetzt sie nicht</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="269"/>
        <source>What would make it possible</source>
        <translation>Was die Planung möglich machen würde</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="270"/>
        <source>Each line changes one rule; Apply sets the value in the form, Suggest runs again</source>
        <translation>Jede Zeile ändert eine Regel; „Übernehmen“ setzt den Wert im Formular, „Vorschlagen“ rechnet neu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="284"/>
        <source>Run a suggestion to see the districts before and after.</source>
        <translation>Berechnen Sie einen Vorschlag, um die Stadtteile vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="284"/>
        <source>places_before_after.png</source>
        <translation>plaetze_vorher_nachher.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="448"/>
        <source>district cap (“{control}”)</source>
        <translation>Stadtteil-Obergrenze („{control}“)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="449"/>
        <source>spacing rule (“{control}”)</source>
        <translation>Abstandsregel („{control}“)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="450"/>
        <source>meeting point rule (“{control}”)</source>
        <translation>Treffpunkt-Regel („{control}“)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="451"/>
        <source>service rule (“{control}”)</source>
        <translation>Versorgungsregel („{control}“)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="452"/>
        <source>group rules (table “{control}”)</source>
        <translation>Gruppenregeln (Tabelle „{control}“)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="503"/>
        <source>Raise “{control}” to at least {value} (now {now}).</source>
        <translation>„{control}“ auf mindestens {value} erhöhen (jetzt {now}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="498"/>
        <source>Lower “{control}” to at most {value} m (now {now} m).</source>
        <translation>„{control}“ auf höchstens {value} m senken (jetzt {now} m).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="510"/>
        <source>Raise “{control}” to at least {value} m (now {now} m).</source>
        <translation>„{control}“ auf mindestens {value} m erhöhen (jetzt {now} m).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="515"/>
        <source>Remove the rule “{rule}” from the table “{control}”.</source>
        <translation>Die Regel „{rule}“ aus der Tabelle „{control}“ entfernen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="521"/>
        <source>Lower “{control}” to at most {value} (now {now}).</source>
        <translation>„{control}“ auf höchstens {value} senken (jetzt {now}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="543"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="544"/>
        <source>Set this value in the form; then press Suggest again</source>
        <translation>Diesen Wert ins Formular übernehmen; danach erneut „Vorschlagen“ drücken</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="125"/>
        <source>not the planning set&apos;s layer (&apos;{name}&apos;)</source>
        <translation>nicht der Layer des Planungsdatensatzes (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="149"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="174"/>
        <source>no CRS</source>
        <translation>kein KBS</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="175"/>
        <source>custom CRS</source>
        <translation>benutzerdefiniertes KBS</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="183"/>
        <source>temporary layer (memory, not saved with the data)</source>
        <translation>temporärer Layer (im Arbeitsspeicher, nicht mit den Daten gespeichert)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="192"/>
        <source>{provider} database &apos;{database}&apos;{host}, table &apos;{table}&apos;</source>
        <translation>{provider}-Datenbank &apos;{database}&apos;{host}, Tabelle &apos;{table}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="197"/>
        <source>bundled sample ({file})</source>
        <translation>mitgeliefertes Beispiel ({file})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="206"/>
        <source>table &apos;{table}&apos;</source>
        <translation>Tabelle &apos;{table}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="215"/>
        <source>no layer chosen</source>
        <translation>kein Layer gewählt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="238"/>
        <source>{sample} come from the bundled sample, {own} from other data: the result mixes the sample city with your own. Choose the layers of one dataset.</source>
        <translation>{sample} stammen aus dem mitgelieferten Beispiel, {own} aus anderen Daten: Das Ergebnis mischt die Beispielstadt mit Ihrer eigenen. Wählen Sie die Layer eines Datenbestands.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="247"/>
        <source>The layers come from {count} different sources ({sources}). Check that they describe the same city and the same date.</source>
        <translation>Die Layer stammen aus {count} verschiedenen Quellen ({sources}). Prüfen Sie, ob sie dieselbe Stadt und denselben Stand beschreiben.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="256"/>
        <source>The layers use different coordinate reference systems ({crss}); they are reprojected to the working CRS for the calculation.</source>
        <translation>Die Layer haben verschiedene Koordinatenbezugssysteme ({crss}); für die Berechnung werden sie in das Arbeits-KBS umprojiziert.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="264"/>
        <source>{kinds} are different layers with the same name &apos;{name}&apos;: check the choice.</source>
        <translation>{kinds} sind verschiedene Layer mit demselben Namen &apos;{name}&apos;: Prüfen Sie die Auswahl.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="264"/>
        <source>The layer &apos;{name}&apos; is chosen as {kinds}.</source>
        <translation>Der Layer &apos;{name}&apos; ist als {kinds} gewählt.</translation>
    </message>
    <message>
        <location filename="../plugin/export/charts_layout.py" line="109"/>
        <source>without {n} withheld districts (*)</source>
        <translation>ohne {n} geheim gehaltene Stadtteile (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="52"/>
        <source>Target CRS (empty: project CRS or UTM zone of the data)</source>
        <translation>Ziel-KBS (leer: KBS des Projekts oder UTM-Zone der Daten)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="36"/>
        <source>Reads the locations of the Integreat app (the JSON of /api/v3/&lt;region&gt;/&lt;language&gt;/locations/, saved to a file) into a services layer with service_id, name and category.

CATEGORY_MAP (optional): how Integreat category names become service categories, as a CSV file with two columns (Integreat category; category) or as text like &apos;Beratung=counselling;Freizeit=other&apos;. Entries extend the built-in German/English mapping. Categories: {categories}.
TARGET_CRS: coordinate system of the output, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of the locations).

Temporarily closed locations and locations without coordinates are skipped; the log names them. Unmapped categories count as &apos;other&apos; and are listed.</source>
        <translation>Liest die Standorte der Integreat-App (das JSON von /api/v3/&lt;region&gt;/&lt;language&gt;/locations/, als Datei gespeichert) in einen Angebotslayer mit service_id, name und category ein.

CATEGORY_MAP (optional): wie Integreat-Kategorien den Angebotskategorien zugeordnet werden, als CSV-Datei mit zwei Spalten (Integreat-Kategorie; Kategorie) oder als Text wie &apos;Beratung=counselling;Freizeit=other&apos;. Die Einträge ergänzen die eingebaute deutsch-englische Zuordnung. Kategorien: {categories}.
TARGET_CRS: Koordinatenbezugssystem der Ausgabe, projiziert in Metern (leer: das KBS des Projekts, wenn es ein solches ist, sonst die UTM-Zone der Standorte).

Vorübergehend geschlossene Standorte und Standorte ohne Koordinaten werden übersprungen; das Protokoll nennt sie. Nicht zugeordnete Kategorien zählen als &apos;other&apos; und werden aufgelistet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="35"/>
        <source>Reads a Zensus 2022 grid table (CSV with GITTER_ID_100m, GITTER_ID_1km or GITTER_ID_10km, e.g. GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner) and writes one polygon per grid cell.

INPUT: the CSV as downloaded from the Zensus database (separator &apos;;&apos;).
TARGET_CRS: coordinate system of the output, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of EXTENT, else EPSG:25832); the cells are EPSG:3035 squares and their corners are reprojected.
VALUE_FIELD: the column with the counts (default Einwohner).
EXTENT (optional): keep only cells whose centre lies inside, e.g. the city&apos;s extent.

OUTPUT fields: gitter_id, einwohner (empty where the Zensus suppressed the value, shown as &apos;–&apos;), einwohner_suppressed (true for those cells) and the CSV&apos;s other columns. Uninhabited cells are not in the Zensus file and so not in the output. The file is read in chunks; memory does not grow with its size. Source: Statistische Ämter des Bundes und der Länder, Zensus 2022, dl-de/by-2-0.</source>
        <translation>Liest eine Gittertabelle des Zensus 2022 (CSV mit GITTER_ID_100m, GITTER_ID_1km oder GITTER_ID_10km, z. B. GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner) und schreibt je Gitterzelle ein Polygon.

INPUT: die CSV-Datei, wie sie aus der Zensusdatenbank heruntergeladen wurde (Trennzeichen &apos;;&apos;).
TARGET_CRS: Koordinatenbezugssystem der Ausgabe, projiziert in Metern (leer: das KBS des Projekts, wenn es ein solches ist, sonst die UTM-Zone von EXTENT, sonst EPSG:25832); die Zellen sind Quadrate in EPSG:3035, ihre Eckpunkte werden umprojiziert.
VALUE_FIELD: die Spalte mit den Zählwerten (Standard: Einwohner).
EXTENT (optional): nur Zellen behalten, deren Mittelpunkt innerhalb liegt, z. B. innerhalb der Ausdehnung des Stadtgebiets.

Felder von OUTPUT: gitter_id, einwohner (leer, wo der Zensus den Wert geheim gehalten hat, dort als &apos;–&apos; angegeben), einwohner_suppressed (true für diese Zellen) und die übrigen Spalten der CSV-Datei. Unbewohnte Zellen sind in der Zensusdatei nicht enthalten und daher auch nicht in der Ausgabe. Die Datei wird abschnittsweise gelesen; der Speicherbedarf wächst nicht mit ihrer Größe. Quelle: Statistische Ämter des Bundes und der Länder, Zensus 2022, dl-de/by-2-0.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="190"/>
        <source>Working CRS (empty: project CRS or UTM zone of the data)</source>
        <translation>Arbeits-KBS (leer: KBS des Projekts oder UTM-Zone der Daten)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="243"/>
        <source>{layer}: field for &apos;{field}&apos;</source>
        <translation>{layer}: Feld für „{field}“</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="287"/>
        <source>{layer}: the planning set&apos;s field &apos;{field}&apos; is not in this layer; guessing &apos;{target}&apos; from the field names.</source>
        <translation>{layer}: das Feld „{field}“ des Planungsdatensatzes fehlt in diesem Layer; „{target}“ wird aus den Feldnamen erraten.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="292"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (parameter &apos;{parameter}&apos;, {id}). Its fields: {fields}.</source>
        <translation>Der Layer „{layer}“ hat kein Feld „{field}“ (Parameter „{parameter}“, {id}). Seine Felder: {fields}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/working_crs.py" line="119"/>
        <source>The working CRS {crs} is not a projected CRS in metres. Choose one such as a UTM zone (for example EPSG:25832), or leave the working CRS empty to use the project&apos;s CRS or the UTM zone of the data.</source>
        <translation>Das Arbeits-KBS {crs} ist kein projiziertes KBS in Metern. Wählen Sie eines wie eine UTM-Zone (zum Beispiel EPSG:25832) oder lassen Sie das Arbeits-KBS leer, um das KBS des Projekts oder die UTM-Zone der Daten zu verwenden.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="550"/>
        <source>No single change makes room for all places: the rules named above block together. Relax several of them at once, or ask for fewer places.</source>
        <translation>Keine einzelne Änderung schafft Raum für alle Plätze: Die oben genannten Regeln blockieren gemeinsam. Lockern Sie mehrere davon zugleich oder planen Sie weniger Plätze.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="62"/>
        <source>Reads a CSV table with coordinate columns (an operator&apos;s shelter list, a list of services or candidate sites) into a point layer, as the CSV import dialog does.

KIND: what the rows are, by name ({kinds}); number columns of that kind (e.g. capacity) are read as numbers.
SEPARATOR, DECIMAL, ENCODING (optional): detected when empty (separator ; , | or tab; decimal comma or point; UTF-8 with or without BOM, or cp1252).
X_FIELD, Y_FIELD (optional): the coordinate columns (longitude in X, latitude in Y); guessed from names such as lon/lat, Länge/Breite, x/y, Rechtswert/Hochwert.
CRS (optional): of the coordinates; guessed from their values (WGS84, UTM 32N, Gauss-Krüger, LAEA).
KEEP_UNKNOWN (default on): a blank or &apos;k. A.&apos; cell in an optional number column keeps its row with the value NULL; required columns are still checked.
DISTRICTS (optional; default: the planning set&apos;s districts): rows more than 50 km outside the districts are flagged, even when all rows are off.

OUTPUT: the table&apos;s columns, typed, in the CRS of the coordinates, plus import_flags naming what to check in a row (unknown value, placeholder position such as 0/0 or 1/1, swapped x/y, more than 50 km outside the other rows). The log lists the same with file, line and column.</source>
        <translation>Liest eine CSV-Tabelle mit Koordinatenspalten (die GU-Liste eines Trägers, eine Liste von Angeboten oder Standorten) als Punktlayer ein, wie der Dialog zum CSV-Import.

KIND: was die Zeilen sind, als Name ({kinds}); Zahlenspalten dieser Art (z. B. capacity) werden als Zahlen gelesen.
SEPARATOR, DECIMAL, ENCODING (optional): werden erkannt, wenn leer (Trennzeichen ; , | oder Tab; Dezimalkomma oder -punkt; UTF-8 mit oder ohne BOM oder cp1252).
X_FIELD, Y_FIELD (optional): die Koordinatenspalten (Länge in X, Breite in Y); erraten aus Namen wie lon/lat, Länge/Breite, x/y, Rechtswert/Hochwert.
CRS (optional): KBS der Koordinaten; aus ihren Werten erraten (WGS84, UTM 32N, Gauß-Krüger, LAEA).
KEEP_UNKNOWN (Standard: an): eine leere Zelle oder &apos;k. A.&apos; in einer optionalen Zahlenspalte behält ihre Zeile mit dem Wert NULL; Pflichtspalten werden weiterhin geprüft.
DISTRICTS (optional; Standard: die Stadtteile des Planungsdatensatzes): Zeilen mehr als 50 km außerhalb der Stadtteile werden markiert, auch wenn alle Zeilen daneben liegen.

OUTPUT: die Spalten der Tabelle, typisiert, im KBS der Koordinaten, dazu import_flags mit dem, was in einer Zeile zu prüfen ist (unbekannter Wert, Platzhalter-Position wie 0/0 oder 1/1, vertauschte x/y, mehr als 50 km außerhalb der übrigen Zeilen). Das Protokoll nennt dasselbe mit Datei, Zeile und Spalte.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="99"/>
        <source>Districts (rows far outside them are flagged)</source>
        <translation>Stadtteile (Zeilen weit außerhalb werden markiert)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="275"/>
        <source>Other layers in the project have the same name as a chosen one; the chosen ones are {layers}.</source>
        <translation>Andere Layer im Projekt heißen genauso wie ein gewählter; gewählt sind {layers}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="102"/>
        <source>Field parameters (advanced), such as {example}: the field of an input layer that holds a field of the data contract; empty: guessed from the field names (German and English names are recognised). In a project with a planning set, the layers and fields default to it.</source>
        <translation>Feldparameter (erweitert), etwa {example}: das Feld eines Eingabelayers, das ein Feld der Datenvorgaben enthält; leer: aus den Feldnamen erraten (deutsche und englische Namen werden erkannt). In einem Projekt mit Planungsdatensatz sind dessen Layer und Felder voreingestellt.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="107"/>
        <source>WORKING_CRS: the coordinate system distances are computed in, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of the input layers).</source>
        <translation>WORKING_CRS: das Koordinatenbezugssystem, in dem Entfernungen berechnet werden, projiziert in Metern (leer: das KBS des Projekts, wenn es ein solches ist, sonst die UTM-Zone der Eingabelayer).</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="596"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="596"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="140"/>
        <source>Shared accommodation by district</source>
        <translation>Gemeinschaftsunterkünfte nach Stadtteilen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="428"/>
        <source>Fields of &apos;{layer}&apos;: {pairs}</source>
        <translation>Felder von „{layer}“: {pairs}</translation>
    </message>
    <message>
        <location filename="../plugin/export/capacity_page.py" line="213"/>
        <source>own planning assumptions</source>
        <translation>eigene Planungsannahmen</translation>
    </message>
    <message>
        <location filename="../plugin/export/capacity_page.py" line="249"/>
        <source>Unsupported output format &apos;{suffix}&apos;; use .pdf, .png or .svg.</source>
        <translation>Nicht unterstütztes Ausgabeformat „{suffix}“; bitte .pdf, .png oder .svg verwenden.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="97"/>
        <source>Walking routes and Kita places</source>
        <translation>Fußwege und Kita-Plätze</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="103"/>
        <source>none (straight line)</source>
        <translation>keines (Luftlinie)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="105"/>
        <source>Line layer of paths and roads to measure walking distances on; empty: straight-line distance. Its data are read, never changed.</source>
        <translation>Linienlayer aus Wegen und Straßen, auf dem Fußwege gemessen werden; leer: Luftlinienentfernung. Seine Daten werden nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="107"/>
        <source>Walking network</source>
        <translation>Wegenetz</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="114"/>
        <source>Field saying a line is one-way (yes/1 along, -1 against its direction); empty: every line both ways</source>
        <translation>Feld, das angibt, ob eine Linie nur in eine Richtung begehbar ist (yes/1 in Linienrichtung, -1 gegen die Linienrichtung); leer: jede Linie in beide Richtungen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="116"/>
        <source>One-way (field)</source>
        <translation>Einbahn (Feld)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="119"/>
        <source>Field saying whether people may walk a line (no/0: left out, as OSM foot=no); empty: every line is walkable</source>
        <translation>Feld, das angibt, ob eine Linie begehbar ist (no/0: bleibt unberücksichtigt, wie OSM foot=no); leer: jede Linie ist begehbar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="121"/>
        <source>Walkable (field)</source>
        <translation>Begehbar (Feld)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="124"/>
        <source>Field that marks lines nobody may walk on (yes/1: left out); empty: no line is left out</source>
        <translation>Feld, das nicht begehbare Linien kennzeichnet (yes/1: wird ausgelassen); leer: keine Linie wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="126"/>
        <source>Not walkable (field)</source>
        <translation>Nicht begehbar (Feld)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="130"/>
        <source>Field of the services layer with each Kita&apos;s places; empty: only the distance to the nearest Kita is checked</source>
        <translation>Feld des Angebots-Layers mit den Plätzen jeder Kita; leer: nur die Entfernung zur nächsten Kita wird geprüft</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="132"/>
        <source>Kita places (field)</source>
        <translation>Kita-Plätze (Feld)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="134"/>
        <source>Age tables (*.csv *.txt);;All files (*)</source>
        <translation>Altersstruktur-Tabellen (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="141"/>
        <source>Age table (optional)</source>
        <translation>Altersstruktur-Tabelle (optional)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="153"/>
        <source>Field of the districts layer with the children under 6; used when no age table is given</source>
        <translation>Feld des Stadtteil-Layers mit der Zahl der Kinder unter 6 Jahren; wird verwendet, wenn keine Altersstruktur-Tabelle angegeben ist</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="155"/>
        <source>Children under 6 (field)</source>
        <translation>Kinder unter 6 Jahren (Feld)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="157"/>
        <source>Share of children under 2 who need a place</source>
        <translation>Anteil der Kinder unter 2 Jahren, die einen Platz brauchen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="158"/>
        <source>Share of 2-year-olds who need a place</source>
        <translation>Anteil der Zweijährigen, die einen Platz brauchen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="159"/>
        <source>Share of 3- to 5-year-olds who need a place</source>
        <translation>Anteil der 3- bis 5-Jährigen, die einen Platz benötigen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="163"/>
        <source>Demand: under 2 / 2–3 / 3–6 years</source>
        <translation>Bedarf: unter 2 / 2–3 / 3–6 Jahre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="164"/>
        <source>Assumed share of shelter residents under 6 (a planner&apos;s figure, not a statistic)</source>
        <translation>Angenommener Anteil der Bewohner von Gemeinschaftsunterkünften unter 6 Jahren (Annahme der Planung, keine Statistik)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="166"/>
        <source>Under 6 in shelters</source>
        <translation>Unter 6 Jahren in GU</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="173"/>
        <source>A Kita farther away than this (on foot, or straight line without a network) is out of reach</source>
        <translation>Eine Kita, die weiter entfernt liegt (zu Fuß, ohne Wegenetz in Luftlinie), gilt als nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="175"/>
        <source>Max. walking distance</source>
        <translation>Max. Entfernung zu Fuß</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="220"/>
        <source>Distances: straight line (no walking network chosen)</source>
        <translation>Entfernungen: Luftlinie (kein Wegenetz gewählt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="221"/>
        <source>Distances: on foot over &apos;{layer}&apos;</source>
        <translation>Entfernungen: zu Fuß über „{layer}“</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="417"/>
        <source>demand: 1 place per child</source>
        <translation>Bedarf: 1 Platz je Kind</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="421"/>
        <source>Kita places per child in reach</source>
        <translation>Erreichbare Kita-Plätze je Kind</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="427"/>
        <source>Kita places per child by district ({method})</source>
        <translation>Kita-Plätze je Kind nach Stadtteil ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="451"/>
        <source>limit: {limit} m</source>
        <translation>Grenze: {limit} m</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="456"/>
        <source>Distance to the nearest Kita (m)</source>
        <translation>Entfernung zur nächsten Kita (m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="458"/>
        <source>Nearest Kita per shelter (no places or children given)</source>
        <translation>Nächste Kita je Gemeinschaftsunterkunft (keine Plätze oder Kinderzahlen angegeben)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="470"/>
        <source>Run the analysis to see Kita places per child and distances to the nearest Kita.</source>
        <translation>Führen Sie die Analyse aus, um die Kita-Plätze je Kind und die Entfernungen zur nächsten Kita zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="477"/>
        <source>What the Kita figures say, and which distance they use</source>
        <translation>Was die Kita-Kennzahlen aussagen und welche Entfernung sie verwenden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="484"/>
        <source>Kita places per child in reach and the shortfall per district; sort by clicking a column header</source>
        <translation>Erreichbare Kita-Plätze je Kind und Fehlbedarf je Stadtteil; zum Sortieren auf eine Spaltenüberschrift klicken</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="487"/>
        <source>Distance from each shelter to the nearest Kita, on foot and in a straight line</source>
        <translation>Entfernung jeder Gemeinschaftsunterkunft zur nächsten Kita, zu Fuß und in Luftlinie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="495"/>
        <source>Run the analysis to see Kita places per child by district.</source>
        <translation>Führen Sie die Analyse aus, um die Kita-Plätze je Kind nach Stadtteilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="495"/>
        <source>Kita places per child in reach by district against the demand</source>
        <translation>Erreichbare Kita-Plätze je Kind nach Stadtteil im Vergleich zum Bedarf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="495"/>
        <source>kita_places_per_child.png</source>
        <translation>kita_plaetze_je_kind.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="498"/>
        <source>Per district</source>
        <translation>Je Stadtteil</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="499"/>
        <source>Per shelter</source>
        <translation>Je Unterkunft</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="500"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="509"/>
        <source>Distances on foot over the walking network &apos;{layer}&apos; (Kita within {limit} m)</source>
        <translation>Entfernungen zu Fuß über das Wegenetz „{layer}“ (Kita innerhalb von {limit} m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="512"/>
        <source>Distances in a straight line: no walking network was chosen (Kita within {limit} m)</source>
        <translation>Entfernungen in Luftlinie: kein Wegenetz ausgewählt (Kita innerhalb von {limit} m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="532"/>
        <source>District</source>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="517"/>
        <source>Children needing a place</source>
        <translation>Kinder mit Platzbedarf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="521"/>
        <source>Places per child ({method})</source>
        <translation>Plätze je Kind ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="523"/>
        <source>Shortfall (places)</source>
        <translation>Fehlbedarf (Plätze)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="534"/>
        <source>Nearest Kita on foot (m)</source>
        <translation>Nächste Kita zu Fuß (m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="535"/>
        <source>Nearest Kita, straight line (m)</source>
        <translation>Nächste Kita, Luftlinie (m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="536"/>
        <source>Places per child</source>
        <translation>Plätze je Kind</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="536"/>
        <source>Kita in reach</source>
        <translation>Kita erreichbar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="559"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="559"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="670"/>
        <source>Kita access ({method})</source>
        <translation>Kita-Erreichbarkeit ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="677"/>
        <source>Shelters: Kita access ({method})</source>
        <translation>Gemeinschaftsunterkünfte: Kita-Erreichbarkeit ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="183"/>
        <source>Kita access</source>
        <translation>Kita-Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="816"/>
        <source>Capacity planning over time</source>
        <translation>Kapazitätsplanung im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="331"/>
        <source>Districts and their population: the district cap and the load</source>
        <translation>Stadtteile und ihre Einwohnerzahl: Grundlage für Stadtteil-Obergrenze und Belastung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="345"/>
        <source>Progress of the capacity plan</source>
        <translation>Fortschritt der Kapazitätsplanung</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="156"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="356"/>
        <source>Shelters and candidate sites of the planning set</source>
        <translation>Gemeinschaftsunterkünfte und Potenzialflächen des Planungsdatensatzes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="357"/>
        <source>Existing shelters (capacity, occupancy) and candidate sites from the project&apos;s planning layers</source>
        <translation>Bestehende Gemeinschaftsunterkünfte (Kapazität, Belegung) und Potenzialflächen aus den Planungslayern des Projekts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="359"/>
        <source>Sites table (CSV or GeoPackage)</source>
        <translation>Standort-Tabelle (CSV oder GeoPackage)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="360"/>
        <source>A table with the columns site_id, district_id, capacity, state, occupied, cost_active, … (one row per shelter or candidate site)</source>
        <translation>Eine Tabelle mit den Spalten site_id, district_id, capacity, state, occupied, cost_active, … (eine Zeile je Gemeinschaftsunterkunft oder Potenzialfläche)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="372"/>
        <source>sites.csv or .gpkg</source>
        <translation>sites.csv oder .gpkg</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="373"/>
        <source>Path of the sites table</source>
        <translation>Pfad der Standort-Tabelle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="374"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="375"/>
        <source>Choose the sites table</source>
        <translation>Standorttabelle wählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="385"/>
        <source>Costs and lead times (defaults)</source>
        <translation>Kosten und Vorlaufzeiten (Standardwerte)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="391"/>
        <source>Monthly cost of one active place</source>
        <translation>Monatliche Kosten eines aktiven Platzes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="392"/>
        <source>Monthly cost of one reserve place</source>
        <translation>Monatliche Kosten je Vorhalteplatz</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="412"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="393"/>
        <source>Months from the decision until a reserve site is active</source>
        <translation>Monate von der Entscheidung, bis ein Standort in Reserve aktiv ist</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="395"/>
        <source>One-off cost of activating a site</source>
        <translation>Einmalige Kosten der Aktivierung eines Standorts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="396"/>
        <source>Months from the decision until a candidate site can take people</source>
        <translation>Monate vom Beschluss, bis eine Potenzialfläche Personen aufnehmen kann</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="398"/>
        <source>One-off cost of opening a candidate site</source>
        <translation>Einmalige Kosten für die Eröffnung einer Potenzialfläche</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="399"/>
        <source>One-off cost of closing a site</source>
        <translation>Einmalige Kosten der Schließung eines Standorts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="400"/>
        <source>Active place per month</source>
        <translation>Aktiver Platz je Monat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="401"/>
        <source>Reserve place per month</source>
        <translation>Vorhalteplatz je Monat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="402"/>
        <source>Activation lead time</source>
        <translation>Vorlaufzeit der Aktivierung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="403"/>
        <source>Activation cost</source>
        <translation>Aktivierungskosten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="404"/>
        <source>Opening lead time</source>
        <translation>Vorlaufzeit für die Eröffnung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="405"/>
        <source>Opening cost</source>
        <translation>Kosten der Eröffnung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="406"/>
        <source>Closing cost</source>
        <translation>Schließungskosten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="410"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="412"/>
        <source>Number of months planned (month 1 is next month)</source>
        <translation>Anzahl der geplanten Monate (Monat 1 ist der nächste Monat)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="414"/>
        <source>Horizon</source>
        <translation>Planungszeitraum</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="415"/>
        <source>Active places may be filled up to this share</source>
        <translation>Aktive Plätze dürfen bis zu diesem Anteil belegt werden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="416"/>
        <source>Target occupancy</source>
        <translation>Zielauslastung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="417"/>
        <source>waiting time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="418"/>
        <source>After a request people wait between the shortest and the longest time, on average the mean, before they move out</source>
        <translation>Nach einem Antrag warten die Personen zwischen der kürzesten und der längsten Wartezeit, im Mittel die mittlere Wartezeit, bevor sie ausziehen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="420"/>
        <source>monthly rate</source>
        <translation>monatliche Quote</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="421"/>
        <source>A fixed share of the people moves out every month</source>
        <translation>Jeden Monat zieht ein fester Anteil der Personen aus</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="427"/>
        <source>Shortest waiting time (months)</source>
        <translation>Kürzeste Wartezeit (Monate)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="428"/>
        <source>Longest waiting time (months)</source>
        <translation>Längste Wartezeit (Monate)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="429"/>
        <source>Mean waiting time (months)</source>
        <translation>Mittlere Wartezeit (Monate)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="431"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="431"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="431"/>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="435"/>
        <source>Move-out</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="437"/>
        <source>Share of the people moving out each month</source>
        <translation>Anteil der Personen, die jeden Monat ausziehen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="443"/>
        <source>Active places (and the reserve activated in the high scenario) per 1,000 inhabitants may not exceed this in any district and month</source>
        <translation>Aktive Plätze (und die im hohen Szenario aktivierten Vorhalteplätze) je 1.000 Einwohner dürfen diesen Wert in keinem Stadtteil und keinem Monat überschreiten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="446"/>
        <source>Newly opened sites keep at least this distance from each other and from existing shelters (0: no rule)</source>
        <translation>Neu eröffnete Standorte halten mindestens diesen Abstand zueinander und zu bestehenden Gemeinschaftsunterkünften (0: keine Regel)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="458"/>
        <source>Stop the optimiser after this time and report the best plan found with its gap</source>
        <translation>Die Optimierung nach dieser Zeit beenden und den besten gefundenen Plan mit seiner Optimalitätslücke ausgeben</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="162"/>
        <source>Arrival scenarios</source>
        <translation>Zugangsszenarien</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="468"/>
        <source>Arrivals per month in the low scenario</source>
        <translation>Zugänge je Monat im niedrigen Szenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="469"/>
        <source>Arrivals per month in the mid scenario</source>
        <translation>Zugänge je Monat im mittleren Szenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="470"/>
        <source>Arrivals per month in the high scenario</source>
        <translation>Zugänge je Monat im hohen Szenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="473"/>
        <source>Fill table</source>
        <translation>Tabelle füllen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="474"/>
        <source>Replace the table with the low, mid and high scenarios (the same arrivals every month)</source>
        <translation>Die Tabelle durch die Szenarien niedrig, mittel und hoch ersetzen (jeden Monat dieselben Zugänge)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="477"/>
        <source>Arrivals per month (low, mid, high)</source>
        <translation>Zugänge je Monat (niedrig, mittel, hoch)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="480"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="480"/>
        <source>Arrivals</source>
        <translation>Zugänge</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="480"/>
        <source>Group (optional)</source>
        <translation>Gruppe (optional)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="486"/>
        <source>Arrivals (people) per scenario and month; edit any cell, or load a CSV with the columns scenario, month, arrivals (and group_label)</source>
        <translation>Zugänge (Personen) je Szenario und Monat; jede Zelle ist bearbeitbar, alternativ eine CSV-Datei laden mit den Spalten scenario, month, arrivals (und group_label)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="493"/>
        <source>Replace the table with the rows of a scenario CSV file</source>
        <translation>Die Tabelle durch die Zeilen einer Szenario-CSV-Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="496"/>
        <source>Save the scenario table as a CSV file</source>
        <translation>Die Szenariotabelle als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="504"/>
        <source>Active places must cover this scenario&apos;s demand every month</source>
        <translation>Die aktiven Plätze müssen den Bedarf dieses Szenarios in jedem Monat decken</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="506"/>
        <source>Active plus activatable reserve places must cover this scenario&apos;s demand</source>
        <translation>Aktive und aktivierbare Vorhalteplätze müssen den Bedarf dieses Szenarios decken</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="507"/>
        <source>Planning scenario</source>
        <translation>Planungsszenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="508"/>
        <source>High scenario</source>
        <translation>Hohes Szenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="516"/>
        <source>Status of the plan; when no plan exists, the months short and what would help</source>
        <translation>Status des Plans; gibt es keinen Plan: die Monate mit Fehlbedarf und was helfen würde</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="517"/>
        <source>Fill in the scenarios and press Plan.</source>
        <translation>Füllen Sie die Szenarien aus und klicken Sie auf „Planen“.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="519"/>
        <source>Why each site changes its state, month by month</source>
        <translation>Warum jeder Standort seinen Zustand ändert, Monat für Monat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="530"/>
        <source>Press Plan to see the chart.</source>
        <translation>Klicken Sie auf „Planen“, um das Diagramm zu sehen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="531"/>
        <source>Demand per scenario against active and reserve places</source>
        <translation>Bedarf je Szenario im Vergleich zu aktiven Plätzen und Vorhalteplätzen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="531"/>
        <source>capacity_timeline.png</source>
        <translation>kapazitaet_zeitverlauf.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="533"/>
        <source>The state of each site month by month</source>
        <translation>Der Zustand jedes Standorts Monat für Monat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="533"/>
        <source>capacity_sites.png</source>
        <translation>kapazitaet_standorte.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="535"/>
        <source>Total cost over the horizon by kind</source>
        <translation>Gesamtkosten im Planungszeitraum nach Art</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="535"/>
        <source>capacity_cost.png</source>
        <translation>kapazitaet_kosten.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="536"/>
        <source>Active places per 1,000 inhabitants per district and month</source>
        <translation>Aktive Plätze je 1.000 Einwohner je Stadtteil und Monat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="536"/>
        <source>capacity_district_load.png</source>
        <translation>kapazitaet_belastung_stadtteile.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="538"/>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="540"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="541"/>
        <source>District load</source>
        <translation>Belastung der Stadtteile</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="542"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="551"/>
        <source>Saved scenarios side by side</source>
        <translation>Gespeicherte Szenarien im Vergleich</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="556"/>
        <source>Load inputs</source>
        <translation>Eingaben laden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="557"/>
        <source>Fill the form with the inputs of the selected saved scenario</source>
        <translation>Das Formular mit den Eingaben des ausgewählten gespeicherten Szenarios füllen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1014"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="560"/>
        <source>Rename the selected saved scenario</source>
        <translation>Das ausgewählte gespeicherte Szenario umbenennen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="998"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="563"/>
        <source>Delete the selected saved scenario from the project</source>
        <translation>Das ausgewählte gespeicherte Szenario aus dem Projekt löschen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="570"/>
        <source>Save scenarios to compare them.</source>
        <translation>Speichern Sie Szenarien, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="570"/>
        <source>The highest district load month by month, one line per saved scenario</source>
        <translation>Die höchste Stadtteilbelastung Monat für Monat, eine Linie je gespeichertem Szenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="570"/>
        <source>capacity_compare.png</source>
        <translation>kapazitaet_vergleich.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="583"/>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="584"/>
        <source>Compute the capacity plan in the background</source>
        <translation>Den Kapazitätsplan im Hintergrund berechnen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="586"/>
        <source>Stop the plan; nothing is added</source>
        <translation>Die Planung abbrechen; es wird nichts hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="590"/>
        <source>Add load layer</source>
        <translation>Belastungs-Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="591"/>
        <source>Add the districts × months load layer; the temporal controller plays it month by month</source>
        <translation>Den Belastungslayer (Stadtteile × Monate) hinzufügen; die Zeitsteuerung spielt ihn Monat für Monat ab</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="938"/>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="594"/>
        <source>Keep the inputs and the result in the project for the comparison</source>
        <translation>Die Eingaben und das Ergebnis für den Vergleich im Projekt speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="595"/>
        <source>Export INSEK page…</source>
        <translation>INSEK-Seite exportieren…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="596"/>
        <source>Export the plan as a page for the INSEK (chart and table by district, public-safe)</source>
        <translation>Den Plan als Seite für das INSEK exportieren (Diagramm und Tabelle nach Stadtteil, für die Veröffentlichung generalisiert)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="632"/>
        <source>Sites table</source>
        <translation>Standort-Tabelle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="721"/>
        <source>Tables (*.csv *.txt *.gpkg)</source>
        <translation>Tabellen (*.csv *.txt *.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="704"/>
        <source>The scenario table {table} lacks the column(s) {columns}.</source>
        <translation>Der Szenariotabelle {table} fehlen die Spalte(n) {columns}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="721"/>
        <source>Load scenarios</source>
        <translation>Szenarien laden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="729"/>
        <source>Save scenarios</source>
        <translation>Szenarien speichern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="729"/>
        <source>scenarios.csv</source>
        <translation>szenarien.csv</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="766"/>
        <source>Choose the districts and shelters layers.</source>
        <translation>Bitte die Layer der Stadtteile und der Gemeinschaftsunterkünfte wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="778"/>
        <source>Left out (outside every district): {ids}</source>
        <translation>Nicht berücksichtigt (außerhalb aller Stadtteile): {ids}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="782"/>
        <source>Choose the sites table.</source>
        <translation>Bitte die Standorttabelle wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="786"/>
        <source>Scenario table</source>
        <translation>Szenario-Tabelle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="819"/>
        <source>Capacity plan cancelled; nothing was added.</source>
        <translation>Kapazitätsplanung abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="864"/>
        <source>Reserve places held: at most {max}, on average {mean} per month.</source>
        <translation>Vorhalteplätze: höchstens {max}, im Mittel {mean} je Monat.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="868"/>
        <source>Highest district load: {v} places per 1,000 inhabitants.</source>
        <translation>Höchste Belastung eines Stadtteils: {v} Plätze je 1.000 Einwohner.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="871"/>
        <source>Months short</source>
        <translation>Monate mit Fehlbedarf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="923"/>
        <source>District load over time</source>
        <translation>Belastung der Stadtteile im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="927"/>
        <source>District load layer added: {n} districts × {t} months. Open the temporal controller to play it.</source>
        <translation>Belastungslayer hinzugefügt: {n} Stadtteile × {t} Monate. Zum Abspielen die Zeitsteuerung öffnen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1014"/>
        <source>Name of the scenario</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="950"/>
        <source>Scenario saved in the project: {name}</source>
        <translation>Szenario im Projekt gespeichert: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="998"/>
        <source>Delete the saved scenario “{name}”?</source>
        <translation>Das gespeicherte Szenario „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1071"/>
        <source>Export INSEK page</source>
        <translation>INSEK-Seite exportieren</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1071"/>
        <source>capacity_insek.pdf</source>
        <translation>kapazitaet_insek.pdf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1071"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="392"/>
        <source>INSEK page written: {path}</source>
        <translation>INSEK-Seite gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1140"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1140"/>
        <source>reserve</source>
        <translation>Vorhaltung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1140"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1141"/>
        <source>not opened</source>
        <translation>nicht eröffnet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1206"/>
        <source>Highest district load per month, by saved scenario</source>
        <translation>Höchste Stadtteilbelastung je Monat, nach gespeichertem Szenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="196"/>
        <source>Consider Kita places</source>
        <translation>Kita-Plätze berücksichtigen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="197"/>
        <source>The expected children of the new places must fit into free places of Kitas within reach (walking distance when a network is chosen); set the Kitas&apos; places field and the children by age under &apos;Walking routes and Kita places&apos;</source>
        <translation>Die erwarteten Kinder der neuen Plätze müssen in freie Plätze erreichbarer Kitas passen (Entfernung zu Fuß, wenn ein Wegenetz gewählt ist); das Feld mit den Kita-Plätzen und die Kinder nach Alter unter „Fußwege und Kita-Plätze“ festlegen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="202"/>
        <source>under 6:</source>
        <translation>unter 6 Jahren:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="204"/>
        <source>Kita places</source>
        <translation>Kita-Plätze</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="214"/>
        <source>Walking distances for the service and Kita rules, and the Kita places and children the Kita rule counts</source>
        <translation>Fußwege für die Versorgungs- und die Kita-Regel sowie die Kita-Plätze und Kinder, die die Kita-Regel zählt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="310"/>
        <source>Maximum walking distance on the network to each required service</source>
        <translation>Maximale Entfernung zu Fuß im Wegenetz zu jedem erforderlichen Angebot</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="316"/>
        <source>Service distance on foot</source>
        <translation>Max. Entfernung zu Angeboten (zu Fuß)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="453"/>
        <source>Kita rule (“{control}”)</source>
        <translation>Kita-Regel („{control}“)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="57"/>
        <source>Capacity planning over time…</source>
        <translation>Kapazitätsplanung im Zeitverlauf…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="57"/>
        <source>Plan active and reserve places month by month under arrival scenarios, at least cost</source>
        <translation>Aktive Plätze und Vorhalteplätze Monat für Monat nach Zugangsszenarien planen, zu möglichst geringen Kosten</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="42"/>
        <source>Walking network (lines; empty: straight-line distances)</source>
        <translation>Wegenetz (Linien; leer: Luftlinienentfernungen)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="45"/>
        <source>Walking network: one-way field (yes/1, -1, no)</source>
        <translation>Wegenetz: Einbahn-Feld (yes/1, -1, no)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="46"/>
        <source>Walking network: walkable field (no/0 = not walkable, e.g. OSM foot)</source>
        <translation>Wegenetz: Feld für Begehbarkeit (no/0 = nicht begehbar, z. B. OSM foot)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="47"/>
        <source>Walking network: not-walkable field (yes/1 = not walkable)</source>
        <translation>Wegenetz: Feld für nicht begehbare Linien (yes/1 = nicht begehbar)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="57"/>
        <source>Share of shelter residents under 6 (assumption)</source>
        <translation>Anteil der Bewohner von Gemeinschaftsunterkünften unter 6 Jahren (Annahme)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="61"/>
        <source>Kita distance, walking or straight line (m)</source>
        <translation>Entfernung zur Kita, zu Fuß oder Luftlinie (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="83"/>
        <source>Reading the walking network</source>
        <translation>Wegenetz wird gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="118"/>
        <source>Plan capacity over time (active and reserve places)</source>
        <translation>Kapazität im Zeitverlauf planen (aktive Plätze und Vorhalteplätze)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="154"/>
        <source>Sites (existing shelters and candidates)</source>
        <translation>Standorte (bestehende Gemeinschaftsunterkünfte und Potenzialflächen)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="157"/>
        <source>Districts (district_id, population)</source>
        <translation>Stadtteile (district_id, population)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="160"/>
        <source>Arrival scenarios table</source>
        <translation>Tabelle der Zugangsszenarien</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="163"/>
        <source>Low scenario: arrivals per month</source>
        <translation>Niedriges Szenario: Zugänge je Monat</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="163"/>
        <source>Mid scenario: arrivals per month</source>
        <translation>Mittleres Szenario: Zugänge je Monat</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="163"/>
        <source>High scenario: arrivals per month</source>
        <translation>Hohes Szenario: Zugänge je Monat</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="168"/>
        <source>Horizon (months)</source>
        <translation>Planungszeitraum (Monate)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="170"/>
        <source>Target occupancy (share of places filled)</source>
        <translation>Zielauslastung (Anteil belegter Plätze)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="173"/>
        <source>Move-out rate (share per month; empty: waiting time 3-6 months)</source>
        <translation>Auszugsquote (Anteil je Monat; leer: Wartezeit 3–6 Monate)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="194"/>
        <source>First planned month (YYYY-MM; empty: next month)</source>
        <translation>Erster geplanter Monat (JJJJ-MM; leer: nächster Monat)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="197"/>
        <source>Capacity plan (site and month)</source>
        <translation>Kapazitätsplan (Standort und Monat)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="199"/>
        <source>District load per month</source>
        <translation>Stadtteilbelastung je Monat</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="201"/>
        <source>HTML files (*.html);;JSON files (*.json)</source>
        <translation>HTML-Dateien (*.html);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="205"/>
        <source>Total cost over the horizon</source>
        <translation>Gesamtkosten im Planungszeitraum</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="207"/>
        <source>Peak shortfall (places)</source>
        <translation>Größte Unterdeckung (Plätze)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="328"/>
        <source>Give either an arrival scenarios table (SCENARIOS) or all three of LOW, MID and HIGH.</source>
        <translation>Bitte entweder eine Tabelle der Zugangsszenarien (SCENARIOS) oder alle drei Werte LOW, MID und HIGH angeben.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="406"/>
        <source>First planned month &apos;{value}&apos; is not a month like 2025-01.</source>
        <translation>Der erste geplante Monat „{value}“ ist kein Monat im Format 2025-01.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="445"/>
        <source>Reading the sites, districts and scenarios</source>
        <translation>Standorte, Stadtteile und Szenarien werden gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="453"/>
        <source>Solving the capacity model</source>
        <translation>Kapazitätsmodell wird gelöst</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="466"/>
        <source>Capacity plan</source>
        <translation>Kapazitätsplan</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="30"/>
        <source>Kita access (walking distance and places per child)</source>
        <translation>Kita-Erreichbarkeit (Fußweg und Plätze je Kind)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="61"/>
        <source>Services (Kitas with places)</source>
        <translation>Angebote (Kitas mit Plätzen)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="68"/>
        <source>Kita access by district</source>
        <translation>Kita-Erreichbarkeit nach Stadtteil</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="70"/>
        <source>Service distances by shelter</source>
        <translation>Entfernungen zu Angeboten je Gemeinschaftsunterkunft</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="79"/>
        <source>Measuring distances and Kita places per child</source>
        <translation>Entfernungen und Kita-Plätze je Kind werden ermittelt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="86"/>
        <source>Suggests at which candidate sites, and how many, PLACES new places should go so that accommodation is dispersed across the city. An exact optimiser (mixed-integer programme, HiGHS) keeps every rule:
- each site gets 0 or between its min_places and max_places, in multiples of its module;
- district cap: new places in a district ≤ MAX_PER_1000 × population / 1,000 − existing places;
- opened sites keep MIN_SPACING_M from each other and from existing shelters;
- new places within a hotspot&apos;s radius ≤ HOTSPOT_MAX_PLACES − existing places there (empty: no limit);
- RULES (table: group_a, group_b, relation &apos;separate&apos; or &apos;near&apos;, distance_m) and GROUP_DEMAND (table: group_label, places, replacing PLACES);
- every opened site has each of SERVICE_CATEGORIES (e.g. &apos;kita,school&apos;) within SERVICE_MAX_DISTANCE_M: walking distance on the NETWORK (a line layer of paths and roads) when one is given, else straight line;
- KITA_RULE (optional): the expected children of the new places (KITA_UNDER6_SHARE × the demand rate of under-6s × places) fit into the free places of the Kitas (services of category kita with a capacity) within KITA_MAX_DISTANCE; free places = capacity minus the children already expected there (the districts&apos; children from AGE_TABLE and the existing shelters&apos; children, each split among the Kitas in their reach by places). When it binds, the log says how many Kita places are missing and where.
It first minimises the highest load among receiving districts, then places near hotspots and close pairs of sites, then cost. STATUS is optimal, feasible (time limit, with GAP), infeasible (proven) or timeout (no placement found within TIME_LIMIT_S, which covers building the model; infeasibility not proven); when infeasible, MESSAGE and the log say which rules conflict and the smallest relaxation that works. ALTERNATIVES adds the next-best distinct placements (field &apos;alternative&apos;). Each site carries a plain-language reason. The plugin suggests; planners decide.</source>
        <translation>Schlägt vor, auf welchen Potenzialflächen wie viele der PLACES neuen Plätze entstehen sollen, damit die Unterbringung über die Stadt verteilt wird. Ein exakter Optimierer (gemischt-ganzzahliges Programm, HiGHS) hält jede Regel ein:
- jeder Standort erhält 0 Plätze oder zwischen min_places und max_places, in Vielfachen seines Moduls (module);
- Stadtteil-Obergrenze: neue Plätze in einem Stadtteil ≤ MAX_PER_1000 × population / 1.000 − bestehende Plätze;
- eröffnete Standorte halten MIN_SPACING_M Abstand zueinander und zu bestehenden Gemeinschaftsunterkünften;
- neue Plätze im Radius eines Treffpunkts ≤ HOTSPOT_MAX_PLACES − dort bestehende Plätze (leer: keine Grenze);
- RULES (Tabelle: group_a, group_b, relation „separate“ oder „near“, distance_m) und GROUP_DEMAND (Tabelle: group_label, places; ersetzt PLACES);
- jeder eröffnete Standort hat jedes Angebot aus SERVICE_CATEGORIES (z. B. „kita,school“) innerhalb von SERVICE_MAX_DISTANCE_M: als Fußweg im NETWORK (ein Linienlayer aus Wegen und Straßen), wenn eines angegeben ist, sonst in Luftlinie;
- KITA_RULE (optional): Die erwarteten Kinder der neuen Plätze (KITA_UNDER6_SHARE × Bedarfsquote der unter 6-Jährigen × Plätze) finden Platz in den freien Plätzen der Kitas (Angebote der Kategorie kita mit capacity) innerhalb von KITA_MAX_DISTANCE; freie Plätze = capacity abzüglich der dort bereits erwarteten Kinder (der Kinder der Stadtteile aus AGE_TABLE und der Kinder der bestehenden Gemeinschaftsunterkünfte, jeweils nach Plätzen auf die erreichbaren Kitas aufgeteilt). Wenn diese Regel greift, nennt das Protokoll, wie viele Kita-Plätze wo fehlen.
Zuerst wird die höchste Belastung unter den aufnehmenden Stadtteilen minimiert, dann Plätze in der Nähe von Treffpunkten und nah beieinander liegende Standortpaare, dann die Kosten. STATUS ist optimal, feasible (Zeitlimit, mit GAP), infeasible (bewiesen) oder timeout (keine Verteilung innerhalb von TIME_LIMIT_S gefunden, das den Modellaufbau einschließt; Unlösbarkeit nicht bewiesen); bei infeasible nennen MESSAGE und das Protokoll, welche Regeln sich widersprechen und welche kleinste Lockerung hilft. ALTERNATIVES fügt die nächstbesten unterschiedlichen Verteilungen hinzu (Feld „alternative“). Jeder Standort erhält eine Begründung in einfacher Sprache. Das Plugin schlägt vor; die Planung entscheidet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="162"/>
        <source>Walking network (paths and roads; empty: straight-line distances)</source>
        <translation>Wegenetz (Wege und Straßen; leer: Luftlinienentfernungen)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="165"/>
        <source>Network: one-way field</source>
        <translation>Wegenetz: Einbahn-Feld</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="167"/>
        <source>Network: walkable field (false = not walkable)</source>
        <translation>Wegenetz: Feld „begehbar“ (false = nicht begehbar)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="170"/>
        <source>Kita places: the children of the new places must fit into free Kita places</source>
        <translation>Kita-Plätze: Die Kinder der neuen Plätze müssen in freie Kita-Plätze passen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="173"/>
        <source>Kita rule: share of residents under 6 (0–1, a planning assumption)</source>
        <translation>Kita-Regel: Anteil der Bewohner unter 6 Jahren (0–1, eine Planungsannahme)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="176"/>
        <source>Kita rule: maximum distance to a Kita (m)</source>
        <translation>Kita-Regel: maximale Entfernung zu einer Kita (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="178"/>
        <source>Kita rule: children by age per district (CSV)</source>
        <translation>Kita-Regel: Kinder nach Alter je Stadtteil (CSV)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="240"/>
        <source>Distances: straight line (no walking network given).</source>
        <translation>Entfernungen: Luftlinie (kein Wegenetz angegeben).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="244"/>
        <source>Building the walking network</source>
        <translation>Wegenetz wird aufgebaut</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="250"/>
        <source>Distances: walking on the network &apos;{name}&apos; ({n} segments).</source>
        <translation>Entfernungen: Fußwege im Wegenetz „{name}“ ({n} Abschnitte).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="192"/>
        <source>Walking network (schematic, illustrative)</source>
        <translation>Wegenetz (schematisch, zur Veranschaulichung)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="324"/>
        <source>walking route</source>
        <translation>Fußweg</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="324"/>
        <source>straight line</source>
        <translation>Luftlinie</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="330"/>
        <source>Kita places per child ({method})</source>
        <translation>Kita-Plätze je Kind ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="349"/>
        <source>places per child</source>
        <translation>Plätze je Kind</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="351"/>
        <source>no Kita place in reach</source>
        <translation>kein Kita-Platz erreichbar</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="356"/>
        <source>under {upper} {unit}</source>
        <translation>unter {upper} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="358"/>
        <source>{lower} {unit} or more</source>
        <translation>{lower} {unit} und mehr</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="362"/>
        <source>(short of demand)</source>
        <translation>(unter Bedarf)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="364"/>
        <source>(demand met)</source>
        <translation>(Bedarf gedeckt)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="394"/>
        <source>Kita in reach, enough places</source>
        <translation>Kita erreichbar, genug Plätze</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="394"/>
        <source>Kita in reach, too few places</source>
        <translation>Kita erreichbar, zu wenige Plätze</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="394"/>
        <source>no Kita in reach</source>
        <translation>keine Kita erreichbar</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="466"/>
        <source>Kita places per child in reach (two-step floating catchment area, distance {method}): 1 means as many places as children who need one; below 1 places are missing.</source>
        <translation>Erreichbare Kita-Plätze je Kind (Two-Step-Floating-Catchment-Area-Methode, Entfernung: {method}): 1 bedeutet so viele Plätze wie Kinder mit Bedarf; unter 1 fehlen Plätze.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="197"/>
        <source>A shelter has access when a kita, a school and a language course lie within this walking distance on the network</source>
        <translation>Eine Unterkunft gilt als gut angebunden, wenn Kita, Schule und Sprachkurs innerhalb dieser Entfernung zu Fuß im Wegenetz liegen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="386"/>
        <source>Apply to every site whose table has no value of its own; a candidate site&apos;s cost per place makes its place costs dearer or cheaper than these in proportion</source>
        <translation>Gelten für jeden Standort, für den die Tabelle keinen eigenen Wert enthält; die Kosten pro Platz einer Potenzialfläche machen ihre Platzkosten im gleichen Verhältnis teurer oder günstiger als diese</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="633"/>
        <source>Further pages are added to a PDF only; choose an output ending in .pdf.</source>
        <translation>Weitere Seiten werden nur einem PDF hinzugefügt; bitte eine Ausgabedatei mit der Endung .pdf wählen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="135"/>
        <source>Children by age group per district: the city&apos;s statistics export (GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich), district_id;age_from;age_to;count, or a Zensus grid age table (GITTER_ID_100m;...;Unter10;a10bis19;...), whose cells are summed per district and show where the children live. Empty: the table layer or the children field below</source>
        <translation>Kinder nach Altersgruppen je Stadtteil: Statistikexport der Stadt (GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich), district_id;age_from;age_to;count oder eine Zensus-Gittertabelle nach Alter (GITTER_ID_100m;...;Unter10;a10bis19;...), deren Zellen je Stadtteil summiert werden und zeigen, wo die Kinder wohnen. Leer: der Tabellen-Layer oder das Feld für Kinder unten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="146"/>
        <source>The same age table as a table layer of the project (a CSV or GeoPackage table with the city&apos;s or the plain columns); used when no age table file is chosen</source>
        <translation>Dieselbe Altersstruktur-Tabelle als Tabellen-Layer des Projekts (eine CSV- oder GeoPackage-Tabelle mit den Spalten der Stadt oder den einfachen Spalten); wird verwendet, wenn keine Datei gewählt ist</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="149"/>
        <source>Age table layer (optional)</source>
        <translation>Altersstruktur-Tabelle als Layer (optional)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="167"/>
        <source>The INSEK page of a capacity scenario saved in the project: a further page of the PDF, or its own file beside a PNG or SVG. Public-safe: districts only.</source>
        <translation>Die INSEK-Seite eines im Projekt gespeicherten Kapazitätsszenarios: eine weitere Seite des PDF oder eine eigene Datei neben einem PNG oder SVG. Für die Veröffentlichung generalisiert: nur Stadtteile.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="176"/>
        <source>Capacity page</source>
        <translation>Kapazitätsseite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="230"/>
        <source>no capacity page</source>
        <translation>keine Kapazitätsseite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="238"/>
        <source>No capacity scenarios saved in the project – save one in “Capacity planning over time…”.</source>
        <translation>Keine gespeicherten Kapazitätsszenarien im Projekt – in „Kapazitätsplanung im Zeitverlauf…“ speichern.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="262"/>
        <source>{stem}_capacity{suffix}</source>
        <translation>{stem}_kapazitaet{suffix}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="51"/>
        <source>Children by age group (CSV: city format, district_id, age_from, age_to, count, or a Zensus grid age table)</source>
        <translation>Kinder nach Altersgruppen (CSV: städtisches Format, district_id, age_from, age_to, count oder eine Zensus-Gittertabelle nach Alter)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="54"/>
        <source>Children by age group as a table layer (instead of the CSV)</source>
        <translation>Kinder nach Altersgruppen als Tabellen-Layer (statt der CSV-Datei)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="115"/>
        <source>Children by age group: choose either the CSV file or the table layer, not both.</source>
        <translation>Kinder nach Altersgruppen: entweder die CSV-Datei oder den Tabellen-Layer wählen, nicht beides.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="54"/>
        <source>Measures how concentrated shelter places are across districts, relative to where people live.

Per district: places, places per 1,000 inhabitants (per_1000), location quotient (lq), Getis-Ord Gi* (z, pseudo p, hot/cold class at p &lt; 0.05).
City-wide: population-weighted Gini with Lorenz curve, Theil, Hoover/dissimilarity, HHI, coefficient of variation, global Moran&apos;s I (queen contiguity, row-standardised, analytical and permutation inference), Clark-Evans nearest-neighbour index, share of places near community hotspots and share of places with childcare, school and language course within SERVICE_DISTANCE_M.

Kita access (optional): with a walking NETWORK (line layer; NETWORK_ONEWAY, NETWORK_WALKABLE and NETWORK_NOT_WALKABLE name its fields, never guessed) distances to services are measured on foot, else in a straight line. With Kita places (SERVICES_CAPACITY) and an AGE_TABLE (children by age group per district, or a Zensus grid age table whose cells count as where the children live) or an AGE_LAYER (the same table as a layer) each district gets Kita places per child in reach (E2SFCA within KITA_MAX_DISTANCE, shelter children = residents x UNDER6_SHARE) and the places missing (kita_per_child, kita_shortfall, access_method).
PLACES_FIELD: count capacity or occupied places. PERMUTATIONS and SEED make the pseudo p-values reproducible. Districts with no or zero population are excluded from ratios and reported.
Outputs: DISTRICT_METRICS (polygons), CITY_METRICS (table: metric, value, note, reading), REPORT (HTML with charts and plain-language readings).</source>
        <translation>Misst, wie stark die Plätze in Gemeinschaftsunterkünften auf die Stadtteile konzentriert sind, im Verhältnis zur Wohnbevölkerung.

Je Stadtteil: Plätze, Plätze je 1.000 Einwohner (per_1000), Standortquotient (lq), Getis-Ord Gi* (z, Pseudo-p, Hot-/Coldspot-Klasse bei p &lt; 0,05).
Gesamtstadt: einwohnergewichteter Gini-Koeffizient mit Lorenzkurve, Theil-Index, Hoover-/Dissimilaritätsindex, HHI, Variationskoeffizient, globales Moran&apos;s I (Queen-Nachbarschaft, zeilenstandardisiert, analytische und Permutations-Inferenz), Clark-Evans-Index (nächster Nachbar), Anteil der Plätze nahe Community-Treffpunkten sowie Anteil der Plätze mit Kita, Schule und Sprachkurs innerhalb von SERVICE_DISTANCE_M.

Kita-Erreichbarkeit (optional): Mit einem Wegenetz NETWORK (Linienlayer; NETWORK_ONEWAY, NETWORK_WALKABLE und NETWORK_NOT_WALKABLE benennen seine Felder, sie werden nie erraten) werden die Entfernungen zu Angeboten zu Fuß gemessen, sonst in Luftlinie. Mit Kita-Plätzen (SERVICES_CAPACITY) und einer AGE_TABLE (Kinder nach Altersgruppe je Stadtteil, oder eine Zensus-Gittertabelle nach Alter, deren Zellen als Wohnorte der Kinder zählen) oder einem AGE_LAYER (dieselbe Tabelle als Layer) erhält jeder Stadtteil die erreichbaren Kita-Plätze je Kind (E2SFCA innerhalb von KITA_MAX_DISTANCE, Kinder in Unterkünften = Bewohner x UNDER6_SHARE) und die fehlenden Plätze (kita_per_child, kita_shortfall, access_method).
PLACES_FIELD: Kapazität oder belegte Plätze zählen. PERMUTATIONS und SEED machen die Pseudo-p-Werte reproduzierbar. Stadtteile ohne oder mit null Einwohnern bleiben bei den Verhältniszahlen unberücksichtigt und werden gemeldet.
Ausgaben: DISTRICT_METRICS (Polygone), CITY_METRICS (Tabelle: metric, value, note, reading), REPORT (HTML mit Diagrammen und allgemeinverständlichen Erläuterungen).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="33"/>
        <source>How far shelters are from Kitas, schools and language courses, and how many Kita places each district has per child in reach.

NETWORK: a walking network (any line layer: OSM paths and roads, ALKIS); distances are then measured on foot along it (points snap to the nearest line; disconnected parts and points far from any line are reported). Without it, distances are straight-line, a lower bound of the walk. NETWORK_ONEWAY, NETWORK_WALKABLE (no/0 = not walkable, e.g. OSM foot) and NETWORK_NOT_WALKABLE name its fields; they are never guessed.
Kita places per child: the places of the Kitas among the SERVICES (field SERVICES_CAPACITY, category kita), shared among the children who need a place (AGE_TABLE: the city&apos;s age-group CSV, district_id, age_from, age_to, count, or a Zensus grid age table, whose cells are summed per district and count as the places where the children live; AGE_LAYER: the same table as a layer of the project; demand rates 26.5 % under 2, 75 % aged 2, 99 % aged 3-5) and the children of the shelters (residents x UNDER6_SHARE), within KITA_MAX_DISTANCE (E2SFCA, nearer children weigh more).
Outputs: DISTRICT_ACCESS (kita_children, kita_per_child, kita_shortfall, access_method) and SHELTER_ACCESS (dist_&lt;category&gt; in metres, has_access within SERVICE_DISTANCE_M, kita_straight_m, the shelter&apos;s Kita figures). Without places or ages the Kita figures stay empty and the log says so.</source>
        <translation>Wie weit Gemeinschaftsunterkünfte von Kitas, Schulen und Sprachkursen entfernt sind und wie viele erreichbare Kita-Plätze je Kind jeder Stadtteil hat.

NETWORK: ein Wegenetz (beliebiger Linienlayer: OSM-Wege und -Straßen, ALKIS); die Entfernungen werden dann zu Fuß entlang des Netzes gemessen (Punkte werden an die nächste Linie angebunden; nicht verbundene Teile und weit von jeder Linie entfernte Punkte werden gemeldet). Ohne Wegenetz gelten Luftlinienentfernungen, eine Untergrenze des Fußwegs. NETWORK_ONEWAY, NETWORK_WALKABLE (no/0 = nicht begehbar, z. B. OSM foot) und NETWORK_NOT_WALKABLE benennen seine Felder; sie werden nie erraten.
Kita-Plätze je Kind: die Plätze der Kitas unter den SERVICES (Feld SERVICES_CAPACITY, Kategorie kita), verteilt auf die Kinder, die einen Platz brauchen (AGE_TABLE: die Altersgruppen-CSV der Stadt, district_id, age_from, age_to, count, oder eine Zensus-Gittertabelle nach Alter, deren Zellen je Stadtteil summiert werden und als Wohnorte der Kinder zählen; AGE_LAYER: dieselbe Tabelle als Layer des Projekts; Bedarfsquoten 26,5 % unter 2 Jahren, 75 % mit 2 Jahren, 99 % mit 3–5 Jahren), und die Kinder der Unterkünfte (Bewohner x UNDER6_SHARE), innerhalb von KITA_MAX_DISTANCE (E2SFCA, nähere Kinder zählen stärker).
Ausgaben: DISTRICT_ACCESS (kita_children, kita_per_child, kita_shortfall, access_method) und SHELTER_ACCESS (dist_&lt;category&gt; in Metern, has_access innerhalb von SERVICE_DISTANCE_M, kita_straight_m, die Kita-Werte der Unterkunft). Ohne Plätze oder Altersangaben bleiben die Kita-Werte leer, und das Protokoll weist darauf hin.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="329"/>
        <source>Community hotspots (points or areas) for the hotspot rule: newly opened places within their radius are limited</source>
        <translation>Community-Treffpunkte (Punkte oder Flächen) für die Treffpunkt-Regel: neu eröffnete Plätze in ihrem Umkreis werden begrenzt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="451"/>
        <source>Places of newly opened sites within a hotspot&apos;s radius (of its area) may not exceed this, less the places of existing shelters there</source>
        <translation>Plätze neu eröffneter Standorte im Umkreis eines Treffpunkts (seiner Fläche) dürfen diesen Wert abzüglich der Plätze bestehender Unterkünfte dort nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="451"/>
        <source>Max. places near hotspots</source>
        <translation>Max. Plätze nahe Treffpunkten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="791"/>
        <source>Choose the hotspots layer for the hotspot rule, or switch the limit off.</source>
        <translation>Wählen Sie den Layer der Treffpunkte für die Treffpunkt-Regel, oder schalten Sie die Begrenzung aus.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="121"/>
        <source>Plans, month by month over HORIZON months, which sites hold active places, which are kept in reserve (standby places), which close and which candidates open, at the least total cost. An exact optimiser (mixed-integer programme, HiGHS) keeps every rule:
- active places cover the planning scenario&apos;s demand at TARGET_OCCUPANCY;
- active places plus reserve places that can be activated in time cover the high scenario;
- group-only sites (group_label) cover their group&apos;s demand;
- district cap: active places per 1,000 inhabitants ≤ MAX_PER_1000 in every month;
- newly opened sites keep MIN_SPACING_M from each other and from existing sites;
- hotspot rule (as in suggest): places newly opened within a hotspot&apos;s radius (HOTSPOTS, radius_m, default 500 m) ≤ HOTSPOT_MAX_PLACES − the existing places there (empty: no limit).
SITES: a table or point layer with site_id, district_id, capacity, state (active, reserve, candidate), occupied, group_label, cost_active, cost_reserve (per place and month), activation_lead, activation_cost, opening_lead, opening_cost, closing_cost, earliest_close, must_close_by, min_active_months, module, x, y (metres; from a point layer&apos;s geometry when empty). DISTRICTS: district_id, population (and name). SCENARIOS: a table scenario, month, arrivals (optionally group_label), with scenarios named low, mid and high; or leave it empty and give LOW, MID and HIGH arrivals per month. Columns of SITES and SCENARIOS under other names are named by their field parameters (SITES_CAPACITY, SCENARIOS_ARRIVALS, ...), not guessed.
Move-out: MOVEOUT_RATE (share leaving each month), or, when empty, the waiting time for a flat: MOVEOUT_WAIT_MIN to MOVEOUT_WAIT_MAX months with mean MOVEOUT_WAIT_MEAN (default 3 to 6, mean 4.5; uniform when the mean is the middle). PLAN lists site, month, state and places; DISTRICT_LOAD the active places per district and month; both carry the first day of each month as a date field "date" (the temporal controller animates a joined districts layer by it; ISO text in CSV). REPORT: HTML, or JSON (the saved scenario) when the file ends in .json. STATUS is optimal, feasible (time limit, with GAP), infeasible (then PEAK_SHORTFALL and the log say which months are short and the smallest change that helps) or timeout. The plugin suggests; planners decide.</source>
        <translation>Plant Monat für Monat über HORIZON Monate, welche Standorte aktive Plätze führen, welche in Reserve gehalten werden (Vorhalteplätze), welche schließen und welche Potenzialflächen eröffnet werden, zu den geringsten Gesamtkosten. Ein exakter Optimierer (gemischt-ganzzahliges Programm, HiGHS) hält jede Regel ein:
- aktive Plätze decken den Bedarf des Planungsszenarios bei TARGET_OCCUPANCY;
- aktive Plätze und rechtzeitig aktivierbare Vorhalteplätze decken zusammen das hohe Szenario;
- Standorte, die nur einer Gruppe vorbehalten sind (group_label), decken den Bedarf ihrer Gruppe;
- Stadtteil-Obergrenze: aktive Plätze je 1.000 Einwohner ≤ MAX_PER_1000 in jedem Monat;
- neu eröffnete Standorte halten MIN_SPACING_M Abstand zueinander und zu bestehenden Standorten;
- Treffpunkt-Regel (wie bei suggest): neu eröffnete Plätze im Umkreis eines Treffpunkts (HOTSPOTS, radius_m, Standard 500 m) ≤ HOTSPOT_MAX_PLACES − die dort bereits vorhandenen Plätze (leer: keine Grenze).
SITES: eine Tabelle oder ein Punktlayer mit site_id, district_id, capacity, state (active, reserve, candidate), occupied, group_label, cost_active, cost_reserve (je Platz und Monat), activation_lead, activation_cost, opening_lead, opening_cost, closing_cost, earliest_close, must_close_by, min_active_months, module, x, y (Meter; wenn leer, aus der Geometrie eines Punktlayers). DISTRICTS: district_id, population (und name). SCENARIOS: eine Tabelle mit scenario, month, arrivals (optional group_label) und den Szenarien low, mid und high; oder leer lassen und LOW, MID und HIGH als Zugänge je Monat angeben. Spalten von SITES und SCENARIOS mit anderen Namen werden über ihre Feldparameter (SITES_CAPACITY, SCENARIOS_ARRIVALS, …) benannt, nicht erraten.
Auszug: MOVEOUT_RATE (Anteil, der jeden Monat auszieht) oder, wenn leer, die Wartezeit auf eine Wohnung: MOVEOUT_WAIT_MIN bis MOVEOUT_WAIT_MAX Monate, im Mittel MOVEOUT_WAIT_MEAN (Standard 3 bis 6, im Mittel 4,5; gleichverteilt, wenn der Mittelwert in der Mitte liegt). PLAN listet Standort, Monat, Zustand und Plätze; DISTRICT_LOAD die aktiven Plätze je Stadtteil und Monat; beide enthalten den ersten Tag jedes Monats als Datumsfeld „date“ (die Zeitsteuerung animiert damit einen verknüpften Stadtteil-Layer; in CSV als ISO-Text). REPORT: HTML oder, wenn die Datei auf .json endet, JSON (das gespeicherte Szenario). STATUS ist optimal, feasible (Zeitlimit, mit GAP), infeasible (dann nennen PEAK_SHORTFALL und das Protokoll die Monate mit Fehlbedarf und die kleinste Änderung, die hilft) oder timeout. Das Plugin schlägt vor; die Planung entscheidet.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="176"/>
        <source>Waiting time for a flat: shortest (months)</source>
        <translation>Wartezeit auf eine Wohnung: kürzeste (Monate)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="176"/>
        <source>Waiting time for a flat: longest (months)</source>
        <translation>Wartezeit auf eine Wohnung: längste (Monate)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="176"/>
        <source>Waiting time for a flat: mean (months)</source>
        <translation>Wartezeit auf eine Wohnung: Mittelwert (Monate)</translation>
    </message>
    <message>
        <source>Kita places per child in reach (1 = one place per child who needs one)</source>
        <comment>access_demo.colour_label</comment>
        <translation>Erreichbare Kita-Plätze je Kind (1 = ein Platz je Kind, das einen braucht)</translation>
    </message>
    <message>
        <source>Demand, second run: children by 100 m grid cell ({file}, an illustrative Zensus-style age grid, {cells} cells with children under 6), each cell&apos;s children where they live. Shortfall: {straight} places missing (straight line), {network} on foot.</source>
        <comment>access_demo.demand_cells</comment>
        <translation>Bedarf, zweiter Lauf: Kinder je 100-m-Gitterzelle ({file}, ein illustratives Altersgitter im Stil des Zensus, {cells} Zellen mit Kindern unter 6 Jahren), die Kinder jeder Zelle dort, wo sie wohnen. Fehlbedarf: {straight} fehlende Plätze (Luftlinie), {network} zu Fuß.</translation>
    </message>
    <message>
        <source>Demand: children by age group per district ({file}), each district&apos;s children at one point inside the district.</source>
        <comment>access_demo.demand_table</comment>
        <translation>Bedarf: Kinder nach Altersgruppen je Stadtteil ({file}), die Kinder jedes Stadtteils an einem Punkt im Stadtteil.</translation>
    </message>
    <message>
        <source>Illustrative sample data: schematic districts and network, Kita places and children scaled to the public totals. Shortfall: {straight} places missing (straight line), {network} on foot.</source>
        <comment>access_demo.footnote</comment>
        <translation>Beispieldaten zur Veranschaulichung: schematische Stadtteile und schematisches Wegenetz, Kita-Plätze und Kinder auf die öffentlichen Gesamtzahlen skaliert. Fehlbedarf: {straight} fehlende Plätze (Luftlinie), {network} zu Fuß.</translation>
    </message>
    <message>
        <source>Kita (size: places)</source>
        <comment>access_demo.legend_kita</comment>
        <translation>Kita (Größe: Plätze)</translation>
    </message>
    <message>
        <source>Walking network (schematic)</source>
        <comment>access_demo.legend_network</comment>
        <translation>Wegenetz (schematisch)</translation>
    </message>
    <message>
        <source>Shelter (GU)</source>
        <comment>access_demo.legend_shelter</comment>
        <translation>Gemeinschaftsunterkunft (GU)</translation>
    </message>
    <message>
        <source>Kita places per child in reach ({variant}, within {limit} m): {method}</source>
        <comment>access_demo.map_title</comment>
        <translation>Erreichbare Kita-Plätze je Kind ({variant}, innerhalb von {limit} m): {method}</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: the age group {age_from}-{age_to} is empty or reversed (&apos;{to_column}&apos; is the first age NOT in the group).</source>
        <comment>age_tables.bad_range</comment>
        <translation>Datei „{file}“, Zeile {line}: Die Altersgruppe {age_from}–{age_to} ist leer oder vertauscht („{to_column}“ ist das erste Alter, das NICHT mehr zur Gruppe gehört).</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;, feature {line}: the age group {age_from}-{age_to} is empty or reversed (&apos;{to_column}&apos; is the first age NOT in the group).</source>
        <comment>age_tables.bad_range_layer</comment>
        <translation>Layer „{file}“, Objekt {line}: Die Altersgruppe {age_from}–{age_to} ist leer oder vertauscht („{to_column}“ ist das erste Alter, das NICHT mehr zur Gruppe gehört).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not {expected}.</source>
        <comment>age_tables.bad_value</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{column}“: „{value}“ ist nicht {expected}.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;, feature {line}, field &apos;{column}&apos;: &apos;{value}&apos; is not {expected}.</source>
        <comment>age_tables.bad_value_layer</comment>
        <translation>Layer „{file}“, Objekt {line}, Feld „{column}“: „{value}“ ist nicht {expected}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is not an age-group table: it needs the columns {needed} (or district_id, age_from, age_to, count); it has: {columns}.</source>
        <comment>age_tables.columns_missing</comment>
        <translation>Die Datei „{file}“ ist keine Altersgruppen-Tabelle: Sie braucht die Spalten {needed} (oder district_id, age_from, age_to, count); vorhanden: {columns}.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos; is not an age-group table: it needs the fields {needed} (or district_id, age_from, age_to, count); it has: {columns}.</source>
        <comment>age_tables.columns_missing_layer</comment>
        <translation>Der Layer „{file}“ ist keine Altersgruppen-Tabelle: Er braucht die Felder {needed} (oder district_id, age_from, age_to, count); vorhanden: {columns}.</translation>
    </message>
    <message>
        <source>an age in years</source>
        <comment>age_tables.expected_age</comment>
        <translation>ein Alter in Jahren</translation>
    </message>
    <message>
        <source>a whole number of children</source>
        <comment>age_tables.expected_count</comment>
        <translation>eine ganze Zahl von Kindern</translation>
    </message>
    <message>
        <source>zero or more</source>
        <comment>age_tables.expected_non_negative</comment>
        <translation>null oder mehr</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not an age group like &apos;Unter 10&apos;, &apos;10 - 19&apos; or &apos;80 und älter&apos;.</source>
        <comment>age_tables.grid_bad_age_text</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{column}“: „{value}“ ist keine Altersgruppe wie „Unter 10“, „10 - 19“ oder „80 und älter“.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is a Zensus grid age table: its cells are summed per district, so choose a districts layer first.</source>
        <comment>age_tables.grid_needs_districts</comment>
        <translation>Die Datei „{file}“ ist eine Zensus-Gittertabelle nach Alter: Ihre Zellen werden je Stadtteil summiert, daher zuerst einen Stadtteil-Layer wählen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is a Zensus grid table without age columns: it needs columns like Unter10, a10bis19, a80undaelter (or Unter18, a18bis29, a65undaelter); it has: {columns}.</source>
        <comment>age_tables.grid_no_age_columns</comment>
        <translation>Die Datei „{file}“ ist eine Zensus-Gittertabelle ohne Altersspalten: Sie braucht Spalten wie Unter10, a10bis19, a80undaelter (oder Unter18, a18bis29, a65undaelter); vorhanden: {columns}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} grid cell(s) lie outside every district (by their centre) and were left out.</source>
        <comment>age_tables.grid_outside</comment>
        <translation>Datei „{file}“: {count} Gitterzelle(n) liegen (nach ihrem Mittelpunkt) außerhalb aller Stadtteile und wurden nicht gezählt.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: the age columns &apos;{first}&apos; and &apos;{second}&apos; overlap; a grid table holds one age classification (10-year groups or the 5 classes), so split it into one file each.</source>
        <comment>age_tables.grid_overlap</comment>
        <translation>Datei „{file}“: Die Altersspalten „{first}“ und „{second}“ überschneiden sich; eine Gittertabelle enthält eine Alterseinteilung (10-Jahres-Gruppen oder die 5 Altersklassen), daher bitte in je eine Datei aufteilen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {cells} grid cell(s) of {resolution} m summed to {districts} district(s); {points} cell(s) with children under 6 are the demand points.</source>
        <comment>age_tables.grid_summary</comment>
        <translation>Datei „{file}“: {cells} Gitterzelle(n) zu {resolution} m in {districts} Stadtteil(en) summiert; {points} Zelle(n) mit Kindern unter 6 Jahren sind die Bedarfspunkte.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} district id(s) matched the districts&apos; ids only without leading zeros and were taken as those, e.g. {examples}.</source>
        <comment>age_tables.ids_aligned</comment>
        <translation>Datei „{file}“: {count} Stadtteilnummer(n) passten nur ohne führende Nullen zu den Nummern der Stadtteile und wurden so zugeordnet, z. B. {examples}.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;: {count} district id(s) matched the districts&apos; ids only without leading zeros and were taken as those, e.g. {examples}.</source>
        <comment>age_tables.ids_aligned_layer</comment>
        <translation>Layer „{file}“: {count} Stadtteilnummer(n) passten nur ohne führende Nullen zu den Nummern der Stadtteile und wurden so zugeordnet, z. B. {examples}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no data rows.</source>
        <comment>age_tables.no_rows</comment>
        <translation>Die Datei „{file}“ hat keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos; has no features.</source>
        <comment>age_tables.no_rows_layer</comment>
        <translation>Der Layer „{file}“ hat keine Objekte.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, lines {first} and {second}: district {district} has the age groups {group1} and {group2}, which overlap (a subtotal or a total?), so its children would count twice; keep one row per age group.</source>
        <comment>age_tables.overlap</comment>
        <translation>Datei „{file}“, Zeilen {first} und {second}: Stadtteil {district} hat die Altersgruppen {group1} und {group2}, die sich überschneiden (eine Zwischensumme oder Summe?), sodass seine Kinder doppelt zählen würden; behalten Sie eine Zeile je Altersgruppe.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;, features {first} and {second}: district {district} has the age groups {group1} and {group2}, which overlap (a subtotal or a total?), so its children would count twice; keep one feature per age group.</source>
        <comment>age_tables.overlap_layer</comment>
        <translation>Layer „{file}“, Objekte {first} und {second}: Stadtteil {district} hat die Altersgruppen {group1} und {group2}, die sich überschneiden (eine Zwischensumme oder Summe?), sodass seine Kinder doppelt zählen würden; behalten Sie ein Objekt je Altersgruppe.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} line(s) that are no district&apos;s age group (a total such as &apos;Summe&apos; or &apos;Insgesamt&apos;, or a line without ages and counts) were left out: line(s) {lines}.</source>
        <comment>age_tables.skipped_rows</comment>
        <translation>Datei „{file}“: {count} Zeile(n), die keine Altersgruppe eines Stadtteils sind (eine Summe wie „Summe“ oder „Insgesamt“ oder eine Zeile ohne Alter und Anzahlen), wurden ausgelassen: Zeile(n) {lines}.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;: {count} feature(s) that are no district&apos;s age group (a total such as &apos;Summe&apos; or &apos;Insgesamt&apos;, or a feature without ages and counts) were left out: feature(s) {lines}.</source>
        <comment>age_tables.skipped_rows_layer</comment>
        <translation>Layer „{file}“: {count} Objekt(e), die keine Altersgruppe eines Stadtteils sind (eine Summe wie „Summe“ oder „Insgesamt“ oder ein Objekt ohne Alter und Anzahlen), wurden ausgelassen: Objekt(e) {lines}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} suppressed value(s) (&apos;{marks}&apos;) counted as 0, in line(s) {lines}; demand there is a lower bound.</source>
        <comment>age_tables.suppressed</comment>
        <translation>Datei „{file}“: {count} gesperrte Wert(e) („{marks}“) als 0 gezählt, in Zeile(n) {lines}; der Bedarf dort ist eine Untergrenze.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;: {count} suppressed value(s) (&apos;{marks}&apos;) counted as 0, in feature(s) {lines}; demand there is a lower bound.</source>
        <comment>age_tables.suppressed_layer</comment>
        <translation>Layer „{file}“: {count} gesperrte Wert(e) („{marks}“) als 0 gezählt, in Objekt(en) {lines}; der Bedarf dort ist eine Untergrenze.</translation>
    </message>
    <message>
        <source>Study area for Clark-Evans is the sum of the {count} district areas (districts assumed not to overlap).</source>
        <comment>analysis.area_sum</comment>
        <translation>Als Fläche für Clark-Evans dient die Summe der {count} Stadtteilflächen (Stadtteile ohne Überlappung angenommen).</translation>
    </message>
    <message>
        <source>{places} place(s) lie in districts without residents and are not part of the indices.</source>
        <comment>analysis.excluded_places</comment>
        <translation>{places} Platz/Plätze liegen in Stadtteilen ohne Einwohner und gehen nicht in die Indizes ein.</translation>
    </message>
    <message>
        <source>{count} district(s) without residents (population 0 or missing) are left out of places per 1,000, the indices, Moran&apos;s I and Gi*: {ids}.</source>
        <comment>analysis.excluded_population</comment>
        <translation>{count} Stadtteil(e) ohne Einwohner (Einwohnerzahl 0 oder fehlend) bleiben bei Plätzen je 1.000 Einwohner, den Indizes, Moran&apos;s I und Gi* unberücksichtigt: {ids}.</translation>
    </message>
    <message>
        <source>Only {count} district(s) with residents: spatial statistics need at least 3.</source>
        <comment>analysis.few_districts</comment>
        <translation>Nur {count} bewohnte(r) Stadtteil(e): räumliche Statistiken brauchen mindestens 3.</translation>
    </message>
    <message>
        <source>Gi* p-values are permutation p-values ({permutations} permutations, seed {seed}); classes use p &lt; 0.05.</source>
        <comment>analysis.gi_islands_p</comment>
        <translation>Gi*-p-Werte sind Permutations-p-Werte ({permutations} Permutationen, Startwert {seed}); Klassen bei p &lt; 0,05.</translation>
    </message>
    <message>
        <source>Without permutations, Gi* p-values are one-sided normal approximations.</source>
        <comment>analysis.gi_norm_p</comment>
        <translation>Ohne Permutationen sind die Gi*-p-Werte einseitige Normalverteilungs-Näherungen.</translation>
    </message>
    <message>
        <source>{count} district(s) have no neighbour sharing a boundary point among the analysed districts: {ids}. As in esda/libpysal their weight rows are zero: they do not enter Moran&apos;s I and get no Gi* value.</source>
        <comment>analysis.islands</comment>
        <translation>{count} Stadtteil(e) haben unter den ausgewerteten Stadtteilen keinen Nachbarn mit gemeinsamem Grenzpunkt: {ids}. Wie in esda/libpysal sind ihre Gewichtszeilen null: Sie gehen nicht in Moran&apos;s I ein und erhalten keinen Gi*-Wert.</translation>
    </message>
    <message>
        <source>No service of category &apos;{category}&apos; exists: every shelter counts as lacking it.</source>
        <comment>analysis.missing_category</comment>
        <translation>Es gibt kein Angebot der Kategorie „{category}“: Alle Unterkünfte gelten als ohne Zugang dazu.</translation>
    </message>
    <message>
        <source>There are no districts to analyse.</source>
        <comment>analysis.no_districts</comment>
        <translation>Es gibt keine Stadtteile auszuwerten.</translation>
    </message>
    <message>
        <source>There are no places in districts with residents: indices of concentration are not defined.</source>
        <comment>analysis.no_places</comment>
        <translation>In bewohnten Stadtteilen gibt es keine Plätze: Konzentrationsmaße sind nicht definiert.</translation>
    </message>
    <message>
        <source>No services of categor(y/ies) {categories}: no shelter can reach them, so access is not assessed.</source>
        <comment>analysis.no_services</comment>
        <translation>Keine Angebote der Kategorie(n) {categories}: Keine Unterkunft erreicht sie, die Erreichbarkeit wird nicht bewertet.</translation>
    </message>
    <message>
        <source>No active shelters: nothing to analyse beyond population.</source>
        <comment>analysis.no_shelters</comment>
        <translation>Keine aktiven Unterkünfte: außer den Einwohnerzahlen gibt es nichts auszuwerten.</translation>
    </message>
    <message>
        <source>{count} active shelter(s) with {places} place(s) lie outside every district: counted in places_total, not in any district: {ids}.</source>
        <comment>analysis.outside</comment>
        <translation>{count} aktive Unterkunft/Unterkünfte mit {places} Plätzen liegen außerhalb aller Stadtteile: in places_total enthalten, aber keinem Stadtteil zugerechnet: {ids}.</translation>
    </message>
    <message>
        <source>every district has the same places per 1,000 residents</source>
        <comment>analysis.reason_constant</comment>
        <translation>alle Stadtteile haben gleich viele Plätze je 1.000 Einwohner</translation>
    </message>
    <message>
        <source>fewer than 3 districts with residents</source>
        <comment>analysis.reason_few</comment>
        <translation>weniger als 3 bewohnte Stadtteile</translation>
    </message>
    <message>
        <source>no two analysed districts are neighbours</source>
        <comment>analysis.reason_links</comment>
        <translation>keine zwei ausgewerteten Stadtteile sind benachbart</translation>
    </message>
    <message>
        <source>there are no places</source>
        <comment>analysis.reason_no_places</comment>
        <translation>es gibt keine Plätze</translation>
    </message>
    <message>
        <source>active places × {occ} % occupancy</source>
        <comment>capacity.ch_active_cap</comment>
        <translation>aktive Plätze × {occ} % Belegung</translation>
    </message>
    <message>
        <source>cap {value}</source>
        <comment>capacity.ch_cap</comment>
        <translation>Obergrenze {value}</translation>
    </message>
    <message>
        <source>activation</source>
        <comment>capacity.ch_cost_activation</comment>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>active places</source>
        <comment>capacity.ch_cost_active</comment>
        <translation>aktive Plätze</translation>
    </message>
    <message>
        <source>cost</source>
        <comment>capacity.ch_cost_axis</comment>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>closing</source>
        <comment>capacity.ch_cost_closing</comment>
        <translation>Schließung</translation>
    </message>
    <message>
        <source>opening</source>
        <comment>capacity.ch_cost_opening</comment>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>reserve places</source>
        <comment>capacity.ch_cost_reserve</comment>
        <translation>Vorhalteplätze</translation>
    </message>
    <message>
        <source>Cost over {months} months: {total}</source>
        <comment>capacity.ch_cost_title</comment>
        <translation>Kosten über {months} Monate: {total}</translation>
    </message>
    <message>
        <source>demand, {scenario} scenario</source>
        <comment>capacity.ch_demand</comment>
        <translation>Bedarf, Szenario {scenario}</translation>
    </message>
    <message>
        <source>State of each site, month by month</source>
        <comment>capacity.ch_gantt_title</comment>
        <translation>Zustand jedes Standorts, Monat für Monat</translation>
    </message>
    <message>
        <source>active places per 1,000 inhabitants</source>
        <comment>capacity.ch_load_axis</comment>
        <translation>aktive Plätze je 1.000 Einwohner</translation>
    </message>
    <message>
        <source>highest district</source>
        <comment>capacity.ch_load_highest</comment>
        <translation>höchster Stadtteil</translation>
    </message>
    <message>
        <source>Places per 1,000 inhabitants by district, month by month</source>
        <comment>capacity.ch_load_title</comment>
        <translation>Plätze je 1.000 Einwohner nach Stadtteil, Monat für Monat</translation>
    </message>
    <message>
        <source>month</source>
        <comment>capacity.ch_month</comment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>No plan ({status})</source>
        <comment>capacity.ch_no_plan</comment>
        <translation>Kein Plan ({status})</translation>
    </message>
    <message>
        <source>people</source>
        <comment>capacity.ch_people</comment>
        <translation>Personen</translation>
    </message>
    <message>
        <source>places</source>
        <comment>capacity.ch_places</comment>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>active</source>
        <comment>capacity.ch_state_active</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>capacity.ch_state_closed</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>not opened</source>
        <comment>capacity.ch_state_not_opened</comment>
        <translation>nicht eröffnet</translation>
    </message>
    <message>
        <source>reserve</source>
        <comment>capacity.ch_state_reserve</comment>
        <translation>Vorhaltung</translation>
    </message>
    <message>
        <source>Demand against places, month by month</source>
        <comment>capacity.ch_timeline_title</comment>
        <translation>Bedarf und Plätze, Monat für Monat</translation>
    </message>
    <message>
        <source>active and reserve places × {occ} % occupancy</source>
        <comment>capacity.ch_total_cap</comment>
        <translation>aktive Plätze und Vorhalteplätze × {occ} % Belegung</translation>
    </message>
    <message>
        <source>The saved capacity scenarios cannot be read: {why}.</source>
        <comment>capacity.cmp_bad_json</comment>
        <translation>Die gespeicherten Kapazitätsszenarien können nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <source>Total cost</source>
        <comment>capacity.cmp_cost</comment>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Highest district load (places per 1,000)</source>
        <comment>capacity.cmp_max_load</comment>
        <translation>Höchste Stadtteilbelastung (Plätze je 1.000)</translation>
    </message>
    <message>
        <source>Month of highest load</source>
        <comment>capacity.cmp_max_load_month</comment>
        <translation>Monat der höchsten Belastung</translation>
    </message>
    <message>
        <source>Peak shortfall (places)</source>
        <comment>capacity.cmp_peak_shortfall</comment>
        <translation>Größte Unterdeckung (Plätze)</translation>
    </message>
    <message>
        <source>Reserve places held (most)</source>
        <comment>capacity.cmp_reserve_max</comment>
        <translation>Vorhalteplätze (höchstens)</translation>
    </message>
    <message>
        <source>Reserve places held (mean)</source>
        <comment>capacity.cmp_reserve_mean</comment>
        <translation>Vorhalteplätze (im Mittel)</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>capacity.cmp_saved_at</comment>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved scenario</source>
        <comment>capacity.cmp_scenario</comment>
        <translation>Gespeichertes Szenario</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>capacity.cmp_status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>it is not a list of saved capacity scenarios</source>
        <comment>capacity.cmp_why_format</comment>
        <translation>er ist keine Liste gespeicherter Kapazitätsszenarien</translation>
    </message>
    <message>
        <source>the text is not JSON ({detail})</source>
        <comment>capacity.cmp_why_json</comment>
        <translation>der Text ist kein JSON ({detail})</translation>
    </message>
    <message>
        <source>saved scenario {index} lacks &apos;{field}&apos;</source>
        <comment>capacity.cmp_why_record</comment>
        <translation>dem gespeicherten Szenario {index} fehlt „{field}“</translation>
    </message>
    <message>
        <source>it was saved by a newer version of the plugin (format {version}, this one reads up to {max})</source>
        <comment>capacity.cmp_why_version</comment>
        <translation>er wurde von einer neueren Version des Plugins gespeichert (Format {version}, diese liest bis {max})</translation>
    </message>
    <message>
        <source>Raise the district cap (MAX_PER_1000) from {now} to {value} places per 1,000 inhabitants.</source>
        <comment>capacity.fix_cap</comment>
        <translation>Erhöhen Sie die Stadtteilobergrenze (MAX_PER_1000) von {now} auf {value} Plätze je 1.000 Einwohner.</translation>
    </message>
    <message>
        <source>Keep site &apos;{site}&apos; open until month {month} instead of closing it by month {now}.</source>
        <comment>capacity.fix_close</comment>
        <translation>Lassen Sie den Standort &apos;{site}&apos; bis Monat {month} geöffnet, statt ihn bis Monat {now} zu schließen.</translation>
    </message>
    <message>
        <source>Raise HOTSPOT_MAX_PLACES from {now} to {value} places within a hotspot&apos;s radius.</source>
        <comment>capacity.fix_hotspot</comment>
        <translation>Erhöhen Sie HOTSPOT_MAX_PLACES von {now} auf {value} Plätze im Umkreis eines Treffpunkts.</translation>
    </message>
    <message>
        <source>No single change among more places, a higher district cap or a later closing was found.</source>
        <comment>capacity.fix_none</comment>
        <translation>Keine einzelne Änderung – mehr Plätze, eine höhere Stadtteilobergrenze oder eine spätere Schließung – wurde gefunden.</translation>
    </message>
    <message>
        <source>Allow an occupancy of {value} % instead of {now} % in the {scenario} scenario.</source>
        <comment>capacity.fix_occupancy</comment>
        <translation>Lassen Sie im Szenario {scenario} eine Belegung von {value} % statt {now} % zu.</translation>
    </message>
    <message>
        <source>Provide {places} more places from month {month} on ({kind}); then every month is covered.</source>
        <comment>capacity.fix_places</comment>
        <translation>Stellen Sie ab Monat {month} {places} Plätze mehr bereit ({kind}); dann ist jeder Monat abgedeckt.</translation>
    </message>
    <message>
        <source>Lower MIN_SPACING_M from {now} m to {value} m; then a candidate that stands closer to another site may open.</source>
        <comment>capacity.fix_spacing</comment>
        <translation>Senken Sie MIN_SPACING_M von {now} m auf {value} m; dann kann ein Kandidat öffnen, der näher an einem anderen Standort liegt.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: state &apos;{value}&apos; is unknown; use one of {known}.</source>
        <comment>capacity.in_bad_state</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: Der Zustand &apos;{value}&apos; ist unbekannt; zulässig sind {known}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: earliest_close ({early}) is after must_close_by ({late}).</source>
        <comment>capacity.in_close_order</comment>
        <translation>Tabelle {table}, Zeile {row}: earliest_close ({early}) liegt nach must_close_by ({late}).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: &apos;{value}&apos; appears more than once (first in row {first}).</source>
        <comment>capacity.in_duplicate</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: &apos;{value}&apos; kommt mehrfach vor (zuerst in Zeile {first}).</translation>
    </message>
    <message>
        <source>Capacity planning cannot start: {n} problem(s) in the input.</source>
        <comment>capacity.in_invalid</comment>
        <translation>Die Kapazitätsplanung kann nicht starten: {n} Problem(e) in den Eingabedaten.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: the value is missing.</source>
        <comment>capacity.in_missing</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: Der Wert fehlt.</translation>
    </message>
    <message>
        <source>Table {table}: column &apos;{field}&apos; is missing (columns: {columns}).</source>
        <comment>capacity.in_missing_column</comment>
        <translation>Tabelle {table}: Die Spalte &apos;{field}&apos; fehlt (Spalten: {columns}).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field module: the capacity {capacity} is not a multiple of the module {value}.</source>
        <comment>capacity.in_module</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld module: Die Kapazität {capacity} ist kein Vielfaches des Moduls {value}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: month {value} lies outside the horizon 1–{horizon}.</source>
        <comment>capacity.in_month_range</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: Monat {value} liegt außerhalb des Planungszeitraums 1–{horizon}.</translation>
    </message>
    <message>
        <source>Table {table}: {count} row(s) for months after the horizon 1–{horizon} (up to month {last}) are not used.</source>
        <comment>capacity.in_months_after</comment>
        <translation>Tabelle {table}: {count} Zeile(n) für Monate nach dem Planungszeitraum 1–{horizon} (bis Monat {last}) werden nicht verwendet.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: {value} is negative; it must be 0 or more.</source>
        <comment>capacity.in_negative</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: {value} ist negativ; der Wert muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>Table {table} has no rows.</source>
        <comment>capacity.in_no_rows</comment>
        <translation>Tabelle {table} hat keine Zeilen.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: site &apos;{site}&apos; has no coordinates (x, y), which {rule} needs.</source>
        <comment>capacity.in_no_xy</comment>
        <translation>Tabelle {table}, Zeile {row}: Der Standort &apos;{site}&apos; hat keine Koordinaten (x, y), die für {rule} nötig sind.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: &apos;{value}&apos; is not a number.</source>
        <comment>capacity.in_not_number</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: &apos;{value}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: {value} is not a whole number.</source>
        <comment>capacity.in_not_whole</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: {value} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field occupied: {value} people exceed the capacity of {capacity}.</source>
        <comment>capacity.in_occupied</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld occupied: {value} Personen übersteigen die Kapazität von {capacity}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field occupied: a candidate site (state &apos;candidate&apos;) cannot hold people today ({value}).</source>
        <comment>capacity.in_occupied_candidate</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld occupied: Eine Potenzialfläche (Zustand &apos;candidate&apos;) kann heute keine Personen aufnehmen ({value}).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field occupied: a site in reserve (state &apos;reserve&apos;) holds nobody today, but {value} people live there; is it active?</source>
        <comment>capacity.in_occupied_reserve</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld occupied: Ein Standort in Vorhaltung (Zustand &apos;reserve&apos;) ist heute nicht belegt, dort wohnen aber {value} Personen; ist er aktiv?</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not allowed: {why}.</source>
        <comment>capacity.in_param</comment>
        <translation>Die Einstellung {name} = {value} ist nicht zulässig: {why}.</translation>
    </message>
    <message>
        <source>Waiting-time distribution: {why}.</source>
        <comment>capacity.in_pmf</comment>
        <translation>Verteilung der Wartezeit: {why}.</translation>
    </message>
    <message>
        <source>Scenario &apos;{name}&apos; ({role}) is not in the scenario table (scenarios: {known}).</source>
        <comment>capacity.in_scenario_missing</comment>
        <translation>Das Szenario &apos;{name}&apos; ({role}) fehlt in der Szenariotabelle (Szenarien: {known}).</translation>
    </message>
    <message>
        <source>Scenario &apos;{name}&apos;, group &apos;{group}&apos;: month {month} has no arrivals row; every month 1–{horizon} needs one.</source>
        <comment>capacity.in_scenario_month</comment>
        <translation>Szenario &apos;{name}&apos;, Gruppe &apos;{group}&apos;: Für Monat {month} fehlt eine Zeile mit Zugängen; jeder Monat 1–{horizon} braucht eine.</translation>
    </message>
    <message>
        <source>Table {table}, scenario &apos;{name}&apos;, group &apos;{group}&apos;: month {month} has no arrivals row; every month 1–{horizon} needs one.</source>
        <comment>capacity.in_scenario_month_table</comment>
        <translation>Tabelle {table}, Szenario &apos;{name}&apos;, Gruppe &apos;{group}&apos;: Für Monat {month} fehlt eine Zeile mit Zugängen; jeder Monat 1–{horizon} braucht eine.</translation>
    </message>
    <message>
        <source>The three arrival numbers must satisfy 0 &lt;= low &lt;= mid &lt;= high; they are {low}, {mid}, {high}.</source>
        <comment>capacity.in_three</comment>
        <translation>Die drei Zugangszahlen müssen 0 &lt;= niedrig &lt;= mittel &lt;= hoch erfüllen; sie lauten {low}, {mid}, {high}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: {value} is larger than {limit}.</source>
        <comment>capacity.in_too_large</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: {value} ist größer als {limit}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: district &apos;{value}&apos; is not in the district table.</source>
        <comment>capacity.in_unknown_district</comment>
        <translation>Tabelle {table}, Zeile {row}, Feld {field}: Der Stadtteil &apos;{value}&apos; fehlt in der Stadtteiltabelle.</translation>
    </message>
    <message>
        <source>active</source>
        <comment>capacity.kind_active</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>reserve or active</source>
        <comment>capacity.kind_reserve_or_active</comment>
        <translation>als Vorhalteplätze oder aktiv</translation>
    </message>
    <message>
        <source>none</source>
        <comment>capacity.none</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Arrival rows of group &apos;{group}&apos; match no group-only site (groups of the sites: {known}); these people count for the general sites.</source>
        <comment>capacity.note_group_unmatched</comment>
        <translation>Zugangszeilen der Gruppe &apos;{group}&apos; passen zu keinem Standort, der nur einer Gruppe vorbehalten ist (Gruppen der Standorte: {known}); diese Personen zählen für die allgemeinen Standorte.</translation>
    </message>
    <message>
        <source>a whole number of months from 1 to {max}</source>
        <comment>capacity.param_horizon</comment>
        <translation>eine ganze Zahl von Monaten von 1 bis {max}</translation>
    </message>
    <message>
        <source>a number &gt;= 0</source>
        <comment>capacity.param_nonneg</comment>
        <translation>eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>a number of seconds &gt; 0</source>
        <comment>capacity.param_seconds</comment>
        <translation>eine Anzahl Sekunden &gt; 0</translation>
    </message>
    <message>
        <source>it needs {horizon} months</source>
        <comment>capacity.param_shape</comment>
        <translation>sie braucht {horizon} Monate</translation>
    </message>
    <message>
        <source>a share above 0 and at most 1</source>
        <comment>capacity.param_share</comment>
        <translation>ein Anteil über 0 und höchstens 1</translation>
    </message>
    <message>
        <source>a share from 0 to 1</source>
        <comment>capacity.param_share01</comment>
        <translation>ein Anteil von 0 bis 1</translation>
    </message>
    <message>
        <source>District</source>
        <comment>capacity.pg_district</comment>
        <translation>Stadtteil</translation>
    </message>
    <message>
        <source>No plan to show: {message}</source>
        <comment>capacity.pg_no_plan</comment>
        <translation>Kein Plan darzustellen: {message}</translation>
    </message>
    <message>
        <source>Illustrative scenario, not a forecast: arrivals, move-outs and costs are assumptions of the planning office. The plugin suggests; the city council decides. Places are shown by district only, at the end of each quarter; counts below {min} appear as “&lt; {min}”, and cells marked * are withheld so that they cannot be worked out from the totals.</source>
        <comment>capacity.pg_note</comment>
        <translation>Beispielhaftes Szenario, keine Prognose: Zugänge, Auszüge und Kosten sind Annahmen der Planung. Das Plugin schlägt vor; der Stadtrat entscheidet. Plätze werden nur nach Stadtteil gezeigt, jeweils am Quartalsende; Zahlen unter {min} erscheinen als „&lt; {min}“, mit * markierte Zellen werden zurückgehalten, damit sie sich nicht aus den Summen errechnen lassen.</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <comment>capacity.pg_quarter</comment>
        <translation>Q{quarter}</translation>
    </message>
    <message>
        <source>Months {first}–{last}</source>
        <comment>capacity.pg_quarter_long</comment>
        <translation>Monate {first}–{last}</translation>
    </message>
    <message>
        <source>Source: {source}; plan computed on {date} with the Dispersion Planner (scenario &apos;{name}&apos;, status {status}).</source>
        <comment>capacity.pg_source</comment>
        <translation>Quelle: {source}; Plan berechnet am {date} mit dem Dispersion Planner (Szenario „{name}“, Status {status}).</translation>
    </message>
    <message>
        <source>Total cost over {months} months: {cost}. Peak shortfall in the high scenario: {shortfall} places. Reserve places held: up to {reserve}. Highest district load: {load} places per 1,000 inhabitants.</source>
        <comment>capacity.pg_summary</comment>
        <translation>Gesamtkosten über {months} Monate: {cost}. Größte Unterdeckung im hohen Szenario: {shortfall} Plätze. Vorhalteplätze: bis zu {reserve}. Höchste Stadtteilbelastung: {load} Plätze je 1.000 Einwohner.</translation>
    </message>
    <message>
        <source>Active places by district and quarter</source>
        <comment>capacity.pg_table_title</comment>
        <translation>Aktive Plätze nach Stadtteil und Quartal</translation>
    </message>
    <message>
        <source>Accommodation capacity over time: an illustrative scenario</source>
        <comment>capacity.pg_title</comment>
        <translation>Unterbringungskapazität im Zeitverlauf: ein beispielhaftes Szenario</translation>
    </message>
    <message>
        <source>City</source>
        <comment>capacity.pg_total</comment>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>it is empty</source>
        <comment>capacity.pmf_empty</comment>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>mean {mean} must lie within {low}-{high} months</source>
        <comment>capacity.pmf_mean</comment>
        <translation>der Mittelwert {mean} muss zwischen {low} und {high} Monaten liegen</translation>
    </message>
    <message>
        <source>probability {q} of {w} months is not a number &gt;= 0</source>
        <comment>capacity.pmf_prob</comment>
        <translation>die Wahrscheinlichkeit {q} für {w} Monate ist keine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>the probabilities add up to {total:g}, not 1</source>
        <comment>capacity.pmf_sum</comment>
        <translation>die Wahrscheinlichkeiten ergeben zusammen {total:g}, nicht 1</translation>
    </message>
    <message>
        <source>waiting time {w} is not a whole number of months from 1 to {max}</source>
        <comment>capacity.pmf_wait</comment>
        <translation>die Wartezeit {w} ist keine ganze Zahl von Monaten von 1 bis {max}</translation>
    </message>
    <message>
        <source>Becomes active in month {month}: demand in the {scenario} scenario rises to {demand} ({need} places needed at {occ} % occupancy).</source>
        <comment>capacity.r_activate</comment>
        <translation>Wird in Monat {month} aktiv: Der Bedarf im Szenario {scenario} steigt auf {demand} ({need} Plätze nötig bei {occ} % Belegung).</translation>
    </message>
    <message>
        <source>Closes in month {month}: the other sites cover the {scenario} scenario ({need} places) and the high scenario ({high} places) at lower cost; saves {saving} per month (closing costs {cost}).</source>
        <comment>capacity.r_close</comment>
        <translation>Schließt in Monat {month}: Die übrigen Standorte decken das Szenario {scenario} ({need} Plätze) und das hohe Szenario ({high} Plätze) günstiger ab; spart {saving} je Monat (Schließungskosten {cost}).</translation>
    </message>
    <message>
        <source>Closes in month {month}: it must close by then (must_close_by).</source>
        <comment>capacity.r_close_forced</comment>
        <translation>Schließt in Monat {month}: Er muss bis dahin schließen (must_close_by).</translation>
    </message>
    <message>
        <source>Stays {state} in month {month} although it is not needed then: {why}.</source>
        <comment>capacity.r_kept</comment>
        <translation>Bleibt in Monat {month} {state}, obwohl er dann nicht gebraucht wird: {why}.</translation>
    </message>
    <message>
        <source>Opens as active in month {month}: the {scenario} scenario needs {need} active places (demand {demand} at {occ} % occupancy); without this site there are {without}.</source>
        <comment>capacity.r_open_active</comment>
        <translation>Öffnet in Monat {month} als aktiv: Das Szenario {scenario} braucht {need} aktive Plätze (Bedarf {demand} bei {occ} % Belegung); ohne diesen Standort sind es {without}.</translation>
    </message>
    <message>
        <source>Opens as reserve in month {month}: the high scenario needs {need} places by month {until}; reserve costs {saving} less per month than active places here.</source>
        <comment>capacity.r_open_reserve</comment>
        <translation>Öffnet in Monat {month} als Vorhaltestandort: Das hohe Szenario braucht bis Monat {until} {need} Plätze; Vorhalteplätze kosten hier {saving} weniger je Monat als aktive Plätze.</translation>
    </message>
    <message>
        <source>Goes to reserve in month {month}: its places are not needed active (demand {demand}), but the high scenario still needs them ({high} places needed); saves {saving} per month.</source>
        <comment>capacity.r_to_reserve</comment>
        <translation>Wird in Monat {month} zum Vorhaltestandort: Seine Plätze werden nicht aktiv gebraucht (Bedarf {demand}), das hohe Szenario braucht sie aber weiterhin ({high} Plätze nötig); spart {saving} je Monat.</translation>
    </message>
    <message>
        <source>high scenario</source>
        <comment>capacity.role_high</comment>
        <translation>hohes Szenario</translation>
    </message>
    <message>
        <source>planning scenario</source>
        <comment>capacity.role_planning</comment>
        <translation>Planungsszenario</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>capacity.rp_change</comment>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Changes of state, with reasons</source>
        <comment>capacity.rp_changes</comment>
        <translation>Zustandswechsel mit Begründung</translation>
    </message>
    <message>
        <source>Smallest changes that make a plan possible</source>
        <comment>capacity.rp_fixes</comment>
        <translation>Kleinste Änderungen, die einen Plan ermöglichen</translation>
    </message>
    <message>
        <source>{sites} sites ({existing} existing), {districts} districts, scenarios {scenarios}; planning scenario &apos;{planning}&apos;, high scenario &apos;{high}&apos;; target occupancy {occ} %.</source>
        <comment>capacity.rp_inputs</comment>
        <translation>{sites} Standorte ({existing} bestehend), {districts} Stadtteile, Szenarien {scenarios}; Planungsszenario „{planning}“, hohes Szenario „{high}“; Zielbelegung {occ} %.</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>capacity.rp_month</comment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>none</source>
        <comment>capacity.rp_none</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Illustrative planning aid: the plugin suggests, planners decide.</source>
        <comment>capacity.rp_note</comment>
        <translation>Beispielhafte Planungshilfe: Das Plugin schlägt vor, die Planung entscheidet.</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>capacity.rp_reason</comment>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Months short</source>
        <comment>capacity.rp_shortfall</comment>
        <translation>Monate mit Unterdeckung</translation>
    </message>
    <message>
        <source>Site</source>
        <comment>capacity.rp_site</comment>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Capacity plan over {months} months: {name}</source>
        <comment>capacity.rp_title</comment>
        <translation>Kapazitätsplan über {months} Monate: {name}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <comment>capacity.rule_and</comment>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>the hotspot rule</source>
        <comment>capacity.rule_hotspot</comment>
        <translation>die Obergrenze je Treffpunkt</translation>
    </message>
    <message>
        <source>MIN_SPACING_M</source>
        <comment>capacity.rule_spacing</comment>
        <translation>MIN_SPACING_M</translation>
    </message>
    <message>
        <source>Month {month}, {scenario} scenario: {places} places short ({demand} people need {need} places, {have} can be provided).</source>
        <comment>capacity.sf_month</comment>
        <translation>Monat {month}, Szenario {scenario}: Es fehlen {places} Plätze ({demand} Personen brauchen {need} Plätze, {have} können bereitgestellt werden).</translation>
    </message>
    <message>
        <source>Plan over {months} months found within the time limit: total cost {cost}, at most {gap} % above the best possible.</source>
        <comment>capacity.st_feasible</comment>
        <translation>Plan über {months} Monate innerhalb des Zeitlimits gefunden: Gesamtkosten {cost}, höchstens {gap} % über dem bestmöglichen Wert.</translation>
    </message>
    <message>
        <source>No plan covers every month with the sites and rules given. {first}</source>
        <comment>capacity.st_infeasible</comment>
        <translation>Kein Plan deckt mit den gegebenen Standorten und Regeln jeden Monat ab. {first}</translation>
    </message>
    <message>
        <source>Optimal plan over {months} months: total cost {cost}; highest district load {load} places per 1,000 inhabitants.</source>
        <comment>capacity.st_optimal</comment>
        <translation>Optimaler Plan über {months} Monate: Gesamtkosten {cost}; höchste Stadtteilbelastung {load} Plätze je 1.000 Einwohner.</translation>
    </message>
    <message>
        <source>No plan was found within the time limit of {t} s; infeasibility is not proven. Increase the time limit.</source>
        <comment>capacity.st_timeout</comment>
        <translation>Innerhalb des Zeitlimits von {t} s wurde kein Plan gefunden; dass keiner existiert, ist nicht bewiesen. Erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>Warning: the verifier found {n} problem(s) in this plan.</source>
        <comment>capacity.st_violations</comment>
        <translation>Warnung: Die Prüfung hat {n} Problem(e) in diesem Plan gefunden.</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>capacity.state_missing</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>feasible</source>
        <comment>capacity.status_feasible</comment>
        <translation>zulässig</translation>
    </message>
    <message>
        <source>infeasible</source>
        <comment>capacity.status_infeasible</comment>
        <translation>unlösbar</translation>
    </message>
    <message>
        <source>optimal</source>
        <comment>capacity.status_optimal</comment>
        <translation>optimal</translation>
    </message>
    <message>
        <source>timeout</source>
        <comment>capacity.status_timeout</comment>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; becomes active in month {month} from reserve, before its activation lead time of {lead} months allows.</source>
        <comment>capacity.v_activation_lead</comment>
        <translation>Standort &apos;{site}&apos; wird in Monat {month} aus der Vorhaltung aktiv, früher als seine Vorlaufzeit für die Aktivierung von {lead} Monaten erlaubt.</translation>
    </message>
    <message>
        <source>District &apos;{district}&apos;, month {month}: {places} active places exceed the cap of {cap}.</source>
        <comment>capacity.v_cap</comment>
        <translation>Stadtteil &apos;{district}&apos;, Monat {month}: {places} aktive Plätze überschreiten die Obergrenze von {cap}.</translation>
    </message>
    <message>
        <source>The reported cost {reported} differs from the cost of the plan, {actual}.</source>
        <comment>capacity.v_cost</comment>
        <translation>Die gemeldeten Kosten {reported} weichen von den Kosten des Plans ab, {actual}.</translation>
    </message>
    <message>
        <source>Month {month}: active places cover {have} people at {occ} % occupancy; the {scenario} scenario has {demand}.</source>
        <comment>capacity.v_cover</comment>
        <translation>Monat {month}: Die aktiven Plätze decken {have} Personen bei {occ} % Belegung; das Szenario {scenario} hat {demand}.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; closes in month {month}, before its earliest closing month {early}.</source>
        <comment>capacity.v_early_close</comment>
        <translation>Standort &apos;{site}&apos; schließt in Monat {month}, vor seinem frühesten Schließungsmonat {early}.</translation>
    </message>
    <message>
        <source>Month {month}: active and activatable reserve places cover {have} people; the high scenario has {demand}.</source>
        <comment>capacity.v_high</comment>
        <translation>Monat {month}: Aktive und aktivierbare Vorhalteplätze decken {have} Personen; das hohe Szenario hat {demand}.</translation>
    </message>
    <message>
        <source>Hotspot &apos;{hotspot}&apos;: {new} places at newly opened sites within its radius exceed the limit of {cap}.</source>
        <comment>capacity.v_hotspot</comment>
        <translation>Treffpunkt &apos;{hotspot}&apos;: {new} Plätze an neu eröffneten Standorten im Umkreis überschreiten die Grenze von {cap}.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; is still open in month {month}; it must close by month {late}.</source>
        <comment>capacity.v_late_close</comment>
        <translation>Standort &apos;{site}&apos; ist in Monat {month} noch geöffnet; er muss bis Monat {late} schließen.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; is active for only {n} month(s) from month {month}; it must stay active {m} months.</source>
        <comment>capacity.v_min_active</comment>
        <translation>Standort &apos;{site}&apos; ist ab Monat {month} nur {n} Monat(e) aktiv; er muss {m} Monate aktiv bleiben.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; is open in month {month}, before its opening lead time of {lead} months has passed.</source>
        <comment>capacity.v_open_lead</comment>
        <translation>Standort &apos;{site}&apos; ist in Monat {month} geöffnet, bevor seine Vorlaufzeit für die Öffnung von {lead} Monaten vergangen ist.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;, month {month}: {places} active places do not fit its state &apos;{state}&apos; (active: a multiple of {module} from {module} to {capacity}; otherwise 0).</source>
        <comment>capacity.v_places</comment>
        <translation>Standort &apos;{site}&apos;, Monat {month}: {places} aktive Plätze passen nicht zu seinem Zustand &apos;{state}&apos; (aktiv: ein Vielfaches von {module} von {module} bis {capacity}; sonst 0).</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;, month {month}: {prev} -&gt; {state} is not allowed (a site opens once and does not reopen after closing).</source>
        <comment>capacity.v_reopen</comment>
        <translation>Standort &apos;{site}&apos;, Monat {month}: {prev} -&gt; {state} ist nicht zulässig (ein Standort öffnet einmal und wird nach der Schließung nicht wieder geöffnet).</translation>
    </message>
    <message>
        <source>Newly opened sites &apos;{a}&apos; and &apos;{b}&apos; are {d} m apart; MIN_SPACING_M is {min} m.</source>
        <comment>capacity.v_spacing</comment>
        <translation>Die neu eröffneten Standorte &apos;{a}&apos; und &apos;{b}&apos; liegen {d} m auseinander; MIN_SPACING_M beträgt {min} m.</translation>
    </message>
    <message>
        <source>Newly opened site &apos;{a}&apos; is {d} m from existing site &apos;{b}&apos;; MIN_SPACING_M is {min} m.</source>
        <comment>capacity.v_spacing_existing</comment>
        <translation>Der neu eröffnete Standort &apos;{a}&apos; liegt {d} m vom bestehenden Standort &apos;{b}&apos; entfernt; MIN_SPACING_M beträgt {min} m.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;, month {month}: state &apos;{state}&apos; is not one of active, reserve, closed, not_opened.</source>
        <comment>capacity.v_state</comment>
        <translation>Standort &apos;{site}&apos;, Monat {month}: Der Zustand &apos;{state}&apos; ist keiner von active, reserve, closed, not_opened.</translation>
    </message>
    <message>
        <source>it cannot close before month {early} (earliest_close)</source>
        <comment>capacity.why_lease</comment>
        <translation>er kann nicht vor Monat {early} schließen (earliest_close)</translation>
    </message>
    <message>
        <source>it must stay active for {m} months after activation (min_active_months)</source>
        <comment>capacity.why_min_active</comment>
        <translation>er muss nach der Aktivierung {m} Monate aktiv bleiben (min_active_months)</translation>
    </message>
    <message>
        <source>closing now and opening again later would cost more</source>
        <comment>capacity.why_no_reopen</comment>
        <translation>jetzt zu schließen und später wieder zu öffnen wäre teurer</translation>
    </message>
    <message>
        <source>authority</source>
        <comment>category.authority</comment>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>counselling</source>
        <comment>category.counselling</comment>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>health</source>
        <comment>category.health</comment>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>job centre</source>
        <comment>category.jobcenter</comment>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>childcare (Kita)</source>
        <comment>category.kita</comment>
        <translation>Kita</translation>
    </message>
    <message>
        <source>language course</source>
        <comment>category.language_course</comment>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <source>other</source>
        <comment>category.other</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>school</source>
        <comment>category.school</comment>
        <translation>Schule</translation>
    </message>
    <message>
        <source>public transport</source>
        <comment>category.transit</comment>
        <translation>ÖPNV-Haltestelle</translation>
    </message>
    <message>
        <source>after</source>
        <comment>chart.after</comment>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Places per 1,000 residents by district</source>
        <comment>chart.bar_title</comment>
        <translation>Plätze je 1.000 Einwohner nach Stadtteil</translation>
    </message>
    <message>
        <source>places per 1,000 residents</source>
        <comment>chart.bar_y</comment>
        <translation>Plätze je 1.000 Einwohner</translation>
    </message>
    <message>
        <source>before</source>
        <comment>chart.before</comment>
        <translation>vorher</translation>
    </message>
    <message>
        <source>cap {value}</source>
        <comment>chart.cap</comment>
        <translation>Obergrenze {value}</translation>
    </message>
    <message>
        <source>city: {value}</source>
        <comment>chart.city_mean</comment>
        <translation>Stadt: {value}</translation>
    </message>
    <message>
        <source>districts (sorted by load)</source>
        <comment>chart.districts</comment>
        <translation>Stadtteile (nach Belastung sortiert)</translation>
    </message>
    <message>
        <source>equal spread</source>
        <comment>chart.equality</comment>
        <translation>Gleichverteilung</translation>
    </message>
    <message>
        <source>Lorenz curve: places against residents</source>
        <comment>chart.lorenz_title</comment>
        <translation>Lorenzkurve: Plätze im Verhältnis zu Einwohnern</translation>
    </message>
    <message>
        <source>cumulative share of residents</source>
        <comment>chart.lorenz_x</comment>
        <translation>kumulierter Anteil der Einwohner</translation>
    </message>
    <message>
        <source>cumulative share of places</source>
        <comment>chart.lorenz_y</comment>
        <translation>kumulierter Anteil der Plätze</translation>
    </message>
    <message>
        <source>Kaiserslautern: refugee accommodation by district</source>
        <comment>cli.demo_title</comment>
        <translation>Kaiserslautern: Gemeinschaftsunterkünfte nach Stadtteilen</translation>
    </message>
    <message>
        <source>geographic</source>
        <comment>crs_kind.geographic</comment>
        <translation>geografisch</translation>
    </message>
    <message>
        <source>projected</source>
        <comment>crs_kind.projected</comment>
        <translation>projiziert</translation>
    </message>
    <message>
        <source>Services assessed</source>
        <comment>display.access_categories</comment>
        <translation>Geprüfte Angebote</translation>
    </message>
    <message>
        <source>Distance measured</source>
        <comment>display.access_method</comment>
        <translation>Entfernungsmessung</translation>
    </message>
    <message>
        <source>On foot over the walking network</source>
        <comment>display.access_method:network</comment>
        <translation>Zu Fuß über das Wegenetz</translation>
    </message>
    <message>
        <source>Straight line</source>
        <comment>display.access_method:straight_line</comment>
        <translation>Luftlinie</translation>
    </message>
    <message>
        <source>Alternative</source>
        <comment>display.alternative</comment>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <comment>display.alternatives</comment>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>No</source>
        <comment>display.bool:false</comment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>display.bool:true</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Upper limit per 1,000 residents</source>
        <comment>display.cap</comment>
        <translation>Obergrenze je 1.000 Einwohner</translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <comment>display.capacity</comment>
        <translation>Kapazität (Plätze)</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>display.category</comment>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Authority</source>
        <comment>display.category:authority</comment>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Counselling</source>
        <comment>display.category:counselling</comment>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>display.category:health</comment>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Job centre</source>
        <comment>display.category:jobcenter</comment>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Kita</source>
        <comment>display.category:kita</comment>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Language course</source>
        <comment>display.category:language_course</comment>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>display.category:other</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>School</source>
        <comment>display.category:school</comment>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Public transport</source>
        <comment>display.category:transit</comment>
        <translation>ÖPNV</translation>
    </message>
    <message>
        <source>Clark-Evans: p-value</source>
        <comment>display.clark_evans_p</comment>
        <translation>Clark-Evans: p-Wert</translation>
    </message>
    <message>
        <source>Spacing of shelters (Clark-Evans R)</source>
        <comment>display.clark_evans_r</comment>
        <translation>Abstände der Unterkünfte (Clark-Evans R)</translation>
    </message>
    <message>
        <source>Clark-Evans: z-value</source>
        <comment>display.clark_evans_z</comment>
        <translation>Clark-Evans: z-Wert</translation>
    </message>
    <message>
        <source>Weight of close pairs</source>
        <comment>display.close_pair_weight</comment>
        <translation>Gewicht naher Paare</translation>
    </message>
    <message>
        <source>Community</source>
        <comment>display.community</comment>
        <translation>Gemeinschaft</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>display.cost</comment>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost per place</source>
        <comment>display.cost_per_place</comment>
        <translation>Kosten je Platz</translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <comment>display.crs</comment>
        <translation>Koordinatenbezugssystem</translation>
    </message>
    <message>
        <source>Variation of the load between districts (CV)</source>
        <comment>display.cv_load</comment>
        <translation>Streuung der Belastung zwischen Stadtteilen (Variationskoeffizient)</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>display.date</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Share of places to move for an even spread (dissimilarity)</source>
        <comment>display.dissimilarity</comment>
        <translation>Anteil umzuverteilender Plätze für eine gleichmäßige Verteilung (Dissimilarität)</translation>
    </message>
    <message>
        <source>Distance</source>
        <comment>display.distance_m</comment>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>District number</source>
        <comment>display.district_id</comment>
        <translation>Stadtteil-Nr.</translation>
    </message>
    <message>
        <source>Districts with residents</source>
        <comment>display.districts_analysed</comment>
        <translation>Stadtteile mit Einwohnern</translation>
    </message>
    <message>
        <source>Free places</source>
        <comment>display.free</comment>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <source>Gap to the best placement</source>
        <comment>display.gap</comment>
        <translation>Abstand zur besten Verteilung</translation>
    </message>
    <message>
        <source>Hotspot / coldspot (Gi*)</source>
        <comment>display.gi_class</comment>
        <translation>Hotspot / Coldspot (Gi*)</translation>
    </message>
    <message>
        <source>Coldspot</source>
        <comment>display.gi_class:cold</comment>
        <translation>Coldspot</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <comment>display.gi_class:hot</comment>
        <translation>Hotspot</translation>
    </message>
    <message>
        <source>None</source>
        <comment>display.gi_class:none</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Districts in coldspots (Gi*)</source>
        <comment>display.gi_cold_districts</comment>
        <translation>Stadtteile in Coldspots (Gi*)</translation>
    </message>
    <message>
        <source>Districts in hotspots (Gi*)</source>
        <comment>display.gi_hot_districts</comment>
        <translation>Stadtteile in Hotspots (Gi*)</translation>
    </message>
    <message>
        <source>Gi*: p-value</source>
        <comment>display.gi_star_p</comment>
        <translation>Gi*: p-Wert</translation>
    </message>
    <message>
        <source>Gi*: z-value</source>
        <comment>display.gi_star_z</comment>
        <translation>Gi*: z-Wert</translation>
    </message>
    <message>
        <source>Gini coefficient</source>
        <comment>display.gini</comment>
        <translation>Gini-Koeffizient</translation>
    </message>
    <message>
        <source>Group A</source>
        <comment>display.group_a</comment>
        <translation>Gruppe A</translation>
    </message>
    <message>
        <source>Group B</source>
        <comment>display.group_b</comment>
        <translation>Gruppe B</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>display.group_label</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>All services in reach</source>
        <comment>display.has_access</comment>
        <translation>Alle Angebote erreichbar</translation>
    </message>
    <message>
        <source>Concentration (Herfindahl-Hirschman index)</source>
        <comment>display.hhi</comment>
        <translation>Konzentration (Herfindahl-Hirschman-Index)</translation>
    </message>
    <message>
        <source>Hoover index</source>
        <comment>display.hoover</comment>
        <translation>Hoover-Index</translation>
    </message>
    <message>
        <source>Meeting point number</source>
        <comment>display.hotspot_id</comment>
        <translation>Treffpunkt-Nr.</translation>
    </message>
    <message>
        <source>Places allowed near each meeting point</source>
        <comment>display.hotspot_max_places</comment>
        <translation>Zulässige Plätze je Treffpunkt</translation>
    </message>
    <message>
        <source>Where the children live (age grid cells, Kita rule)</source>
        <comment>display.kita_age_points</comment>
        <translation>Wohnorte der Kinder (Zellen des Altersrasters, Kita-Regel)</translation>
    </message>
    <message>
        <source>Children by age per district (Kita rule)</source>
        <comment>display.kita_age_rows</comment>
        <translation>Kinder nach Alter je Stadtteil (Kita-Regel)</translation>
    </message>
    <message>
        <source>Category counted as Kita</source>
        <comment>display.kita_category</comment>
        <translation>Als Kita gezählte Kategorie</translation>
    </message>
    <message>
        <source>Children needing a Kita place</source>
        <comment>display.kita_children</comment>
        <translation>Kinder mit Bedarf an einem Kita-Platz</translation>
    </message>
    <message>
        <source>Points the district children count at (age grid cells)</source>
        <comment>display.kita_demand_points</comment>
        <translation>Punkte, an denen die Kinder der Stadtteile zählen (Zellen des Altersrasters)</translation>
    </message>
    <message>
        <source>A Kita within reach</source>
        <comment>display.kita_in_reach</comment>
        <translation>Kita erreichbar</translation>
    </message>
    <message>
        <source>Max. distance to a Kita</source>
        <comment>display.kita_max_distance_m</comment>
        <translation>Max. Entfernung zu einer Kita</translation>
    </message>
    <message>
        <source>Median distance from a shelter to a Kita</source>
        <comment>display.kita_nearest_median_m</comment>
        <translation>Median der Entfernung von einer Gemeinschaftsunterkunft zu einer Kita</translation>
    </message>
    <message>
        <source>Kita places per child in reach</source>
        <comment>display.kita_per_child</comment>
        <translation>Erreichbare Kita-Plätze je Kind</translation>
    </message>
    <message>
        <source>Kita demand rates by age</source>
        <comment>display.kita_rates</comment>
        <translation>Kita-Bedarfsquoten nach Alter</translation>
    </message>
    <message>
        <source>Kita places considered</source>
        <comment>display.kita_rule</comment>
        <translation>Kita-Plätze berücksichtigt</translation>
    </message>
    <message>
        <source>Kita places missing</source>
        <comment>display.kita_shortfall</comment>
        <translation>Fehlende Kita-Plätze</translation>
    </message>
    <message>
        <source>Nearest Kita, straight line</source>
        <comment>display.kita_straight_m</comment>
        <translation>Nächste Kita, Luftlinie</translation>
    </message>
    <message>
        <source>Assumed share of residents under 6 (Kita rule)</source>
        <comment>display.kita_under6_share</comment>
        <translation>Angenommener Anteil der Bewohner unter 6 Jahren (Kita-Regel)</translation>
    </message>
    <message>
        <source>Catchment method</source>
        <comment>display.kita_variant</comment>
        <translation>Einzugsbereichsmethode</translation>
    </message>
    <message>
        <source>Potential sites</source>
        <comment>display.layer:candidates</comment>
        <translation>Potenzialflächen</translation>
    </message>
    <message>
        <source>Districts</source>
        <comment>display.layer:districts</comment>
        <translation>Stadtteile</translation>
    </message>
    <message>
        <source>Places per group</source>
        <comment>display.layer:group_demand</comment>
        <translation>Plätze je Gruppe</translation>
    </message>
    <message>
        <source>Community meeting points</source>
        <comment>display.layer:hotspots</comment>
        <translation>Community-Treffpunkte</translation>
    </message>
    <message>
        <source>Walking network</source>
        <comment>display.layer:network</comment>
        <translation>Wegenetz</translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>display.layer:rules</comment>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Services</source>
        <comment>display.layer:services</comment>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Shelters</source>
        <comment>display.layer:shelters</comment>
        <translation>Unterkünfte</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <comment>display.lq</comment>
        <translation>Standortquotient</translation>
    </message>
    <message>
        <source>Upper limit per 1,000 residents</source>
        <comment>display.max_per_1000</comment>
        <translation>Obergrenze je 1.000 Einwohner</translation>
    </message>
    <message>
        <source>Maximum places</source>
        <comment>display.max_places</comment>
        <translation>Höchstzahl Plätze</translation>
    </message>
    <message>
        <source>Figure</source>
        <comment>display.metric</comment>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Minimum places</source>
        <comment>display.min_places</comment>
        <translation>Mindestzahl Plätze</translation>
    </message>
    <message>
        <source>Minimum spacing between sites</source>
        <comment>display.min_spacing_m</comment>
        <translation>Mindestabstand zwischen Flächen</translation>
    </message>
    <message>
        <source>Accepted gap to the best placement</source>
        <comment>display.mip_rel_gap</comment>
        <translation>Zulässiger Abstand zur besten Verteilung</translation>
    </message>
    <message>
        <source>Mix groups in one site</source>
        <comment>display.mix_groups</comment>
        <translation>Gruppen in einer Fläche mischen</translation>
    </message>
    <message>
        <source>Module size (places)</source>
        <comment>display.module</comment>
        <translation>Modulgröße (Plätze)</translation>
    </message>
    <message>
        <source>Moran&apos;s I expected without clustering</source>
        <comment>display.moran_ei</comment>
        <translation>Erwartetes Moran&apos;s I ohne Häufung</translation>
    </message>
    <message>
        <source>Spatial clustering (Moran&apos;s I)</source>
        <comment>display.moran_i</comment>
        <translation>Räumliche Häufung (Moran&apos;s I)</translation>
    </message>
    <message>
        <source>Moran&apos;s I: p-value (normal approximation)</source>
        <comment>display.moran_p_norm</comment>
        <translation>Moran&apos;s I: p-Wert (Normalverteilung)</translation>
    </message>
    <message>
        <source>Moran&apos;s I: p-value (permutations)</source>
        <comment>display.moran_p_sim</comment>
        <translation>Moran&apos;s I: p-Wert (Permutationen)</translation>
    </message>
    <message>
        <source>Moran&apos;s I: z-value</source>
        <comment>display.moran_z_norm</comment>
        <translation>Moran&apos;s I: z-Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>display.name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not walkable</source>
        <comment>display.not_walkable</comment>
        <translation>Nicht begehbar</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>display.note</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Highest load after placement (per 1,000 residents)</source>
        <comment>display.objective_max_per_1000</comment>
        <translation>Höchste Belastung nach der Verteilung (je 1.000 Einwohner)</translation>
    </message>
    <message>
        <source>Occupied places</source>
        <comment>display.occupied</comment>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <source>One-way</source>
        <comment>display.oneway</comment>
        <translation>Einbahn</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>display.operator</comment>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Places per 1,000 residents</source>
        <comment>display.per_1000</comment>
        <translation>Plätze je 1.000 Einwohner</translation>
    </message>
    <message>
        <source>Places per 1,000 residents after</source>
        <comment>display.per_1000_after</comment>
        <translation>Plätze je 1.000 Einwohner nachher</translation>
    </message>
    <message>
        <source>Places per 1,000 residents before</source>
        <comment>display.per_1000_before</comment>
        <translation>Plätze je 1.000 Einwohner vorher</translation>
    </message>
    <message>
        <source>Places per 1,000 residents (city)</source>
        <comment>display.per_1000_city</comment>
        <translation>Plätze je 1.000 Einwohner (Gesamtstadt)</translation>
    </message>
    <message>
        <source>Permutations</source>
        <comment>display.permutations</comment>
        <translation>Permutationen</translation>
    </message>
    <message>
        <source>Places</source>
        <comment>display.places</comment>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Places after</source>
        <comment>display.places_after</comment>
        <translation>Plätze nachher</translation>
    </message>
    <message>
        <source>Places before</source>
        <comment>display.places_before</comment>
        <translation>Plätze vorher</translation>
    </message>
    <message>
        <source>Places counted</source>
        <comment>display.places_field</comment>
        <translation>Gezählte Plätze</translation>
    </message>
    <message>
        <source>Capacity</source>
        <comment>display.places_field:capacity</comment>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Occupied places</source>
        <comment>display.places_field:occupied</comment>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <source>Places in districts with residents</source>
        <comment>display.places_in_districts</comment>
        <translation>Plätze in Stadtteilen mit Einwohnern</translation>
    </message>
    <message>
        <source>New places</source>
        <comment>display.places_new</comment>
        <translation>Neue Plätze</translation>
    </message>
    <message>
        <source>Places to place</source>
        <comment>display.places_to_place</comment>
        <translation>Zu verteilende Plätze</translation>
    </message>
    <message>
        <source>Places in active shelters</source>
        <comment>display.places_total</comment>
        <translation>Plätze in aktiven Unterkünften</translation>
    </message>
    <message>
        <source>Residents</source>
        <comment>display.population</comment>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Residents</source>
        <comment>display.population_total</comment>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Radius</source>
        <comment>display.radius_m</comment>
        <translation>Radius</translation>
    </message>
    <message>
        <source>Rank by load</source>
        <comment>display.rank_per_1000</comment>
        <translation>Rang nach Belastung</translation>
    </message>
    <message>
        <source>What it means</source>
        <comment>display.reading</comment>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>display.reason</comment>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Reason code</source>
        <comment>display.reason_code</comment>
        <translation>Code der Begründung</translation>
    </message>
    <message>
        <source>Reason parameters</source>
        <comment>display.reason_params</comment>
        <translation>Parameter der Begründung</translation>
    </message>
    <message>
        <source>Relation</source>
        <comment>display.relation</comment>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Keep near</source>
        <comment>display.relation:near</comment>
        <translation>In der Nähe halten</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <comment>display.relation:separate</comment>
        <translation>Getrennt halten</translation>
    </message>
    <message>
        <source>Random seed</source>
        <comment>display.seed</comment>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <source>Services required</source>
        <comment>display.service_categories</comment>
        <translation>Geforderte Angebote</translation>
    </message>
    <message>
        <source>Max. distance to services (straight line)</source>
        <comment>display.service_distance_m</comment>
        <translation>Max. Entfernung zu Angeboten (Luftlinie)</translation>
    </message>
    <message>
        <source>Service number</source>
        <comment>display.service_id</comment>
        <translation>Angebots-Nr.</translation>
    </message>
    <message>
        <source>Max. distance to services (straight line)</source>
        <comment>display.service_max_distance_m</comment>
        <translation>Max. Entfernung zu Angeboten (Luftlinie)</translation>
    </message>
    <message>
        <source>Share of places</source>
        <comment>display.share_places</comment>
        <translation>Anteil an den Plätzen</translation>
    </message>
    <message>
        <source>Share of places near meeting point {name}</source>
        <comment>display.share_places_near_hotspot</comment>
        <translation>Anteil der Plätze nahe Treffpunkt {name}</translation>
    </message>
    <message>
        <source>Share of places near community meeting points</source>
        <comment>display.share_places_near_hotspots</comment>
        <translation>Anteil der Plätze nahe Community-Treffpunkten</translation>
    </message>
    <message>
        <source>Share of places with access to services</source>
        <comment>display.share_places_with_access</comment>
        <translation>Anteil der Plätze mit erreichbaren Angeboten</translation>
    </message>
    <message>
        <source>Share of residents</source>
        <comment>display.share_population</comment>
        <translation>Anteil an den Einwohnern</translation>
    </message>
    <message>
        <source>Shelter number</source>
        <comment>display.shelter_id</comment>
        <translation>Unterkunfts-Nr.</translation>
    </message>
    <message>
        <source>Shelters</source>
        <comment>display.shelters</comment>
        <translation>Unterkünfte</translation>
    </message>
    <message>
        <source>Site number</source>
        <comment>display.site_id</comment>
        <translation>Flächen-Nr.</translation>
    </message>
    <message>
        <source>Computing time</source>
        <comment>display.solve_seconds</comment>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>Spread of the load</source>
        <comment>display.spread</comment>
        <translation>Streuung der Belastung</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>display.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>display.status:active</comment>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>display.status:closed</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Found (time limit reached)</source>
        <comment>display.status:feasible</comment>
        <translation>Gefunden (Zeitlimit erreicht)</translation>
    </message>
    <message>
        <source>Not possible</source>
        <comment>display.status:infeasible</comment>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Optimal</source>
        <comment>display.status:optimal</comment>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>display.status:planned</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>No result in time</source>
        <comment>display.status:timeout</comment>
        <translation>Kein Ergebnis in der Zeit</translation>
    </message>
    <message>
        <source>Theil index</source>
        <comment>display.theil</comment>
        <translation>Theil-Index</translation>
    </message>
    <message>
        <source>Time limit</source>
        <comment>display.time_limit_s</comment>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Assumed share of shelter residents under 6</source>
        <comment>display.under6_share</comment>
        <translation>Angenommener Anteil der GU-Bewohner unter 6 Jahren</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <comment>display.utilisation_pct</comment>
        <translation>Auslastung (%)</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>display.value</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Walkable</source>
        <comment>display.walkable</comment>
        <translation>Begehbar</translation>
    </message>
    <message>
        <source>Source &apos;{source}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not a number.</source>
        <comment>fusion.bad_number</comment>
        <translation>Quelle „{source}“, Objekt {fid}, Feld „{field}“: „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The city&apos;s totals</source>
        <comment>fusion.city_totals</comment>
        <translation>Die städtischen Gesamtzahlen</translation>
    </message>
    <message>
        <source>Shelter id &apos;{id}&apos; names different shelters: &apos;{name_a}&apos; in source &apos;{source_a}&apos; (feature {fid_a}) and &apos;{name_b}&apos; in source &apos;{source_b}&apos; (feature {fid_b}) lie {distance} m apart with dissimilar names. Map a different id field for one of the sources.</source>
        <comment>fusion.duplicate_id_across_sources</comment>
        <translation>Die Unterkunftskennung „{id}“ bezeichnet verschiedene Unterkünfte: „{name_a}“ in Quelle „{source_a}“ (Objekt {fid_a}) und „{name_b}“ in Quelle „{source_b}“ (Objekt {fid_b}) liegen {distance} m auseinander und heißen verschieden. Bitte für eine der Quellen ein anderes Kennungsfeld zuordnen.</translation>
    </message>
    <message>
        <source>Source &apos;{source}&apos;: shelter id &apos;{id}&apos; occurs twice (features {first} and {second}); ids must be unique within a source.</source>
        <comment>fusion.duplicate_id_in_source</comment>
        <translation>Quelle „{source}“: Unterkunftskennung „{id}“ kommt doppelt vor (Objekte {first} und {second}); Kennungen müssen je Quelle eindeutig sein.</translation>
    </message>
    <message>
        <source>capacity</source>
        <comment>fusion.field_capacity</comment>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Shelter {shelter}: {field} differs between sources ({values}).</source>
        <comment>fusion.field_differs</comment>
        <translation>Unterkunft {shelter}: {field} unterscheidet sich zwischen den Quellen ({values}).</translation>
    </message>
    <message>
        <source>group_label</source>
        <comment>fusion.field_group_label</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>name</source>
        <comment>fusion.field_name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>occupied</source>
        <comment>fusion.field_occupied</comment>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>operator</source>
        <comment>fusion.field_operator</comment>
        <translation>Träger</translation>
    </message>
    <message>
        <source>status</source>
        <comment>fusion.field_status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>{where}: {occupied} occupied + {free} free = {total}, but capacity is stated as {capacity}.</source>
        <comment>fusion.free_mismatch</comment>
        <translation>{where}: {occupied} belegt + {free} frei = {total}, die Kapazität ist aber mit {capacity} angegeben.</translation>
    </message>
    <message>
        <source>Shelter {shelter}: no source gives a position; it cannot be mapped.</source>
        <comment>fusion.no_position</comment>
        <translation>Unterkunft {shelter}: keine Quelle nennt eine Lage; sie kann nicht kartiert werden.</translation>
    </message>
    <message>
        <source>No shelter sources were given.</source>
        <comment>fusion.no_sources</comment>
        <translation>Es wurden keine Unterkunftsquellen angegeben.</translation>
    </message>
    <message>
        <source>Shelter {shelter}: occupied ({occupied}, {occupied_from}) exceeds capacity ({capacity}, {capacity_from}).</source>
        <comment>fusion.occupied_gt_capacity</comment>
        <translation>Unterkunft {shelter}: belegt ({occupied}, {occupied_from}) übersteigt die Kapazität ({capacity}, {capacity_from}).</translation>
    </message>
    <message>
        <source>Source &apos;{source}&apos; has no features.</source>
        <comment>fusion.source_empty</comment>
        <translation>Quelle „{source}“ enthält keine Objekte.</translation>
    </message>
    <message>
        <source>Source &apos;{source}&apos;, feature {fid}</source>
        <comment>fusion.source_record</comment>
        <translation>Quelle „{source}“, Objekt {fid}</translation>
    </message>
    <message>
        <source>{where}: stated utilisation {stated} % contradicts the counts: {occupied} of {capacity} places occupied is {computed} %.</source>
        <comment>fusion.utilisation_mismatch</comment>
        <translation>{where}: die angegebene Auslastung von {stated} % passt nicht zu den Zahlen: {occupied} von {capacity} Plätzen belegt sind {computed} %.</translation>
    </message>
    <message>
        <source>{percent} of places have {categories} within {distance} m (straight line).</source>
        <comment>interpret.access</comment>
        <translation>{percent} der Plätze haben {categories} innerhalb von {distance} m (Luftlinie).</translation>
    </message>
    <message>
        <source>and</source>
        <comment>interpret.and</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>an authority office</source>
        <comment>interpret.cat_authority</comment>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>counselling</source>
        <comment>interpret.cat_counselling</comment>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>health care</source>
        <comment>interpret.cat_health</comment>
        <translation>Gesundheitsversorgung</translation>
    </message>
    <message>
        <source>the job centre</source>
        <comment>interpret.cat_jobcenter</comment>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>childcare (Kita)</source>
        <comment>interpret.cat_kita</comment>
        <translation>Kita</translation>
    </message>
    <message>
        <source>a language course</source>
        <comment>interpret.cat_language_course</comment>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <source>other services</source>
        <comment>interpret.cat_other</comment>
        <translation>sonstige Angebote</translation>
    </message>
    <message>
        <source>a school</source>
        <comment>interpret.cat_school</comment>
        <translation>Schule</translation>
    </message>
    <message>
        <source>public transport</source>
        <comment>interpret.cat_transit</comment>
        <translation>ÖPNV-Haltestelle</translation>
    </message>
    <message>
        <source>Clark-Evans R {value} (p = {p}): shelters are clustered; they stand closer together than random locations would.</source>
        <comment>interpret.clark_cluster</comment>
        <translation>Clark-Evans R {value} (p = {p}): Die Unterkünfte liegen gehäuft, näher beieinander als bei zufälliger Lage.</translation>
    </message>
    <message>
        <source>Clark-Evans R {value} (p = {p}): shelter locations do not differ significantly from random spacing.</source>
        <comment>interpret.clark_random</comment>
        <translation>Clark-Evans R {value} (p = {p}): Die Lage der Unterkünfte unterscheidet sich nicht signifikant von einer zufälligen Verteilung.</translation>
    </message>
    <message>
        <source>Clark-Evans R {value} (p = {p}): shelters are spread regularly across the city, further apart than random locations.</source>
        <comment>interpret.clark_regular</comment>
        <translation>Clark-Evans R {value} (p = {p}): Die Unterkünfte sind regelmäßig über die Stadt verteilt, weiter auseinander als bei zufälliger Lage.</translation>
    </message>
    <message>
        <source>CV {value}: districts&apos; places per 1,000 residents typically differ from the city rate by {percent}.</source>
        <comment>interpret.cv_load</comment>
        <translation>Variationskoeffizient {value}: Die Plätze je 1.000 Einwohner der Stadtteile weichen typischerweise um {percent} vom städtischen Wert ab.</translation>
    </message>
    <message>
        <source>Dissimilarity {value}: {percent} of places would have to move to another district for every district to carry the same places per resident.</source>
        <comment>interpret.dissimilarity</comment>
        <translation>Dissimilaritätsindex {value}: {percent} der Plätze müssten in einen anderen Stadtteil verlagert werden, damit alle Stadtteile gleich viele Plätze je Einwohner tragen.</translation>
    </message>
    <message>
        <source>Gi*: {hot} district(s) are hot spots (they and their neighbours carry significantly many places), {cold} cold spot(s).</source>
        <comment>interpret.gi_star</comment>
        <translation>Gi*: {hot} Stadtteil(e) sind Hotspots (sie und ihre Nachbarn tragen signifikant viele Plätze), {cold} Coldspot(s).</translation>
    </message>
    <message>
        <source>Gini {value}: accommodation is {level} across districts, relative to where people live (0 = every district carries places in proportion to its residents, 1 = all places in one district).</source>
        <comment>interpret.gini</comment>
        <translation>Gini {value}: Die Unterbringung ist im Verhältnis zur Einwohnerzahl {level} (0 = jeder Stadtteil trägt Plätze entsprechend seiner Einwohner, 1 = alle Plätze in einem Stadtteil).</translation>
    </message>
    <message>
        <source>HHI {value}: places are as concentrated as if they sat evenly in {equivalent} of the {count} inhabited districts.</source>
        <comment>interpret.hhi</comment>
        <translation>HHI {value}: Die Plätze sind so konzentriert, als lägen sie gleichmäßig in {equivalent} von {count} bewohnten Stadtteilen.</translation>
    </message>
    <message>
        <source>Hoover {value}: the same reading as the dissimilarity index ({percent} of places would have to move).</source>
        <comment>interpret.hoover</comment>
        <translation>Hoover-Index {value}: gleiche Aussage wie der Dissimilaritätsindex ({percent} der Plätze müssten verlagert werden).</translation>
    </message>
    <message>
        <source>{percent} of places lie within the radius of a community hotspot.</source>
        <comment>interpret.hotspots</comment>
        <translation>{percent} der Plätze liegen im Umkreis eines Community-Treffpunkts.</translation>
    </message>
    <message>
        <source>concentrated</source>
        <comment>interpret.level_concentrated</comment>
        <translation>deutlich konzentriert</translation>
    </message>
    <message>
        <source>fairly evenly spread</source>
        <comment>interpret.level_even</comment>
        <translation>recht gleichmäßig verteilt</translation>
    </message>
    <message>
        <source>moderately concentrated</source>
        <comment>interpret.level_moderate</comment>
        <translation>mäßig konzentriert</translation>
    </message>
    <message>
        <source>strongly concentrated</source>
        <comment>interpret.level_strong</comment>
        <translation>stark konzentriert</translation>
    </message>
    <message>
        <source>Moran&apos;s I {value} (p = {p}): districts with many places tend to border other districts with many places, so load clusters across district borders.</source>
        <comment>interpret.moran_cluster</comment>
        <translation>Moran&apos;s I {value} (p = {p}): Stadtteile mit vielen Plätzen grenzen gehäuft an Stadtteile mit vielen Plätzen; die Belastung ballt sich über Stadtteilgrenzen hinweg.</translation>
    </message>
    <message>
        <source>Moran&apos;s I {value} (p = {p}): heavily and lightly loaded districts alternate; neighbouring districts balance each other.</source>
        <comment>interpret.moran_disperse</comment>
        <translation>Moran&apos;s I {value} (p = {p}): Stark und schwach belastete Stadtteile wechseln sich ab; Nachbarstadtteile gleichen sich aus.</translation>
    </message>
    <message>
        <source>Moran&apos;s I {value} (p = {p}): no significant spatial pattern; loaded districts are not clustered next to each other.</source>
        <comment>interpret.moran_none</comment>
        <translation>Moran&apos;s I {value} (p = {p}): kein signifikantes räumliches Muster; belastete Stadtteile liegen nicht gehäuft nebeneinander.</translation>
    </message>
    <message>
        <source>Moran&apos;s I could not be computed: {reason}.</source>
        <comment>interpret.moran_undefined</comment>
        <translation>Moran&apos;s I ließ sich nicht berechnen: {reason}.</translation>
    </message>
    <message>
        <source>{value} places per 1,000 residents citywide ({places} places, {population} residents).</source>
        <comment>interpret.per_1000_city</comment>
        <translation>Stadtweit {value} Plätze je 1.000 Einwohner ({places} Plätze, {population} Einwohner).</translation>
    </message>
    <message>
        <source>Theil {value}: places are {level} relative to residents (0 = proportional; unbounded above, the largest possible value here is {maximum}).</source>
        <comment>interpret.theil</comment>
        <translation>Theil {value}: Die Plätze sind im Verhältnis zu den Einwohnern {level} (0 = proportional; nach oben offen, hier höchstens {maximum}).</translation>
    </message>
    <message>
        <source>not available: {reason}.</source>
        <comment>interpret.undefined</comment>
        <translation>nicht verfügbar: {reason}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number.</source>
        <comment>io.bad_coordinate</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a date (expected YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD).</source>
        <comment>io.bad_date</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist kein Datum (erwartet JJJJ-MM-TT, TT.MM.JJJJ oder JJJJMMTT).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: cannot be decoded as {encoding}.</source>
        <comment>io.bad_encoding</comment>
        <translation>Datei „{file}“, Zeile {line}: lässt sich nicht als {encoding} lesen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a grid id like CRS3035RES100mN2691700E4341100.</source>
        <comment>io.bad_gitter_id</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine Gitterkennung wie CRS3035RES100mN2691700E4341100.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number.</source>
        <comment>io.bad_number</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Category map entry &apos;{entry}&apos; is not of the form name=category.</source>
        <comment>io.category_map_bad</comment>
        <translation>Eintrag „{entry}“ der Kategoriezuordnung hat nicht die Form name=kategorie.</translation>
    </message>
    <message>
        <source>Category map entry &apos;{entry}&apos;: &apos;{target}&apos; is not a service category; use one of {known}.</source>
        <comment>io.category_map_target</comment>
        <translation>Eintrag „{entry}“ der Kategoriezuordnung: „{target}“ ist keine Dienst-Kategorie; erlaubt: {known}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no column &apos;{column}&apos;. Columns: {columns}.</source>
        <comment>io.column_missing</comment>
        <translation>Die Datei „{file}“ hat keine Spalte „{column}“. Spalten: {columns}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is outside the valid range {low} to {high} for {crs}.</source>
        <comment>io.coordinate_out_of_range</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: {value} liegt außerhalb des gültigen Bereichs {low} bis {high} für {crs}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: malformed CSV ({reason}).</source>
        <comment>io.csv_malformed</comment>
        <translation>Datei „{file}“, Zeile {line}: fehlerhaftes CSV ({reason}).</translation>
    </message>
    <message>
        <source>District &apos;{district}&apos; has no population rows; its population stays empty.</source>
        <comment>io.district_without_population</comment>
        <translation>Stadtteil „{district}“ hat keine Einwohnerzeilen; seine Einwohnerzahl bleibt leer.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: grid cell &apos;{value}&apos; already occurred in line {first}; counted once.</source>
        <comment>io.duplicate_cell</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: Gitterzelle „{value}“ kam schon in Zeile {first} vor; einmal gezählt.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, column &apos;{field}&apos;: {count} grid cell(s) occur more than once (first at line {line}, also line {first}); each was counted once, with the values of its first line.</source>
        <comment>io.duplicate_cells</comment>
        <translation>Datei „{file}“, Spalte „{field}“: {count} Gitterzelle(n) kommen mehrfach vor (zuerst Zeile {line}, auch Zeile {first}); jede wurde einmal gezählt, mit den Werten ihrer ersten Zeile.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: column &apos;{column}&apos; appears more than once in the header.</source>
        <comment>io.duplicate_column</comment>
        <translation>Datei „{file}“: Spalte „{column}“ kommt in der Kopfzeile mehrfach vor.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is empty.</source>
        <comment>io.file_empty</comment>
        <translation>Die Datei „{file}“ ist leer.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; does not exist.</source>
        <comment>io.file_missing</comment>
        <translation>Die Datei „{file}“ existiert nicht.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, Integreat item {id} (&apos;{name}&apos;): latitude {lat} / longitude {lon} are out of range.</source>
        <comment>io.integreat_bad_coordinates</comment>
        <translation>Datei „{file}“, Integreat-Eintrag {id} („{name}“): Breite {lat} / Länge {lon} liegen außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Integreat item {id} (&apos;{name}&apos;) is temporarily closed and was skipped.</source>
        <comment>io.integreat_closed</comment>
        <translation>Integreat-Eintrag {id} („{name}“) ist vorübergehend geschlossen und wurde übersprungen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: Integreat item id {id} occurs more than once (items {first} and {second}).</source>
        <comment>io.integreat_duplicate_id</comment>
        <translation>Datei „{file}“: Integreat-Kennung {id} kommt mehrfach vor (Einträge {first} und {second}).</translation>
    </message>
    <message>
        <source>Integreat item {id} (&apos;{name}&apos;) has no coordinates and was skipped.</source>
        <comment>io.integreat_no_coordinates</comment>
        <translation>Integreat-Eintrag {id} („{name}“) hat keine Koordinaten und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Integreat item #{number} (&apos;{name}&apos;) has no id of its own (an untranslated place); keyed by &apos;{place}&apos;.</source>
        <comment>io.integreat_no_own_id</comment>
        <translation>Integreat-Eintrag #{number} („{name}“) hat keine eigene Kennung (ein nicht übersetzter Ort); geführt unter „{place}“.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, Integreat item {id}, field &apos;{field}&apos;: expected text, found {found}.</source>
        <comment>io.integreat_not_text</comment>
        <translation>Datei „{file}“, Integreat-Eintrag {id}, Feld „{field}“: Text erwartet, gefunden: {found}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is not an Integreat locations list (/api/v3/&lt;region&gt;/&lt;lang&gt;/locations/): {reason}.</source>
        <comment>io.integreat_shape</comment>
        <translation>Die Datei „{file}“ ist keine Integreat-Ortsliste (/api/v3/&lt;region&gt;/&lt;sprache&gt;/locations/): {reason}.</translation>
    </message>
    <message>
        <source>Integreat category &apos;{category}&apos; ({count} item(s)) has no mapping; counted as &apos;other&apos;. Add it to the category map.</source>
        <comment>io.integreat_unmapped</comment>
        <translation>Integreat-Kategorie „{category}“ ({count} Eintrag/Einträge) ist nicht zugeordnet und wird als „other“ gezählt. Bitte in der Kategoriezuordnung ergänzen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is not valid JSON: {reason} (line {line}, column {column}).</source>
        <comment>io.json_invalid</comment>
        <translation>Die Datei „{file}“ ist kein gültiges JSON: {reason} (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} row(s) without coordinates, at line(s) {lines}.</source>
        <comment>io.missing_coordinates</comment>
        <translation>Datei „{file}“: {count} Zeile(n) ohne Koordinaten, in Zeile(n) {lines}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} row(s) without coordinates were skipped, at line(s) {lines}.</source>
        <comment>io.missing_coordinates_skipped</comment>
        <translation>Datei „{file}“: {count} Zeile(n) ohne Koordinaten wurden übersprungen, in Zeile(n) {lines}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; mixes text encodings: line {utf8_line} is UTF-8 but line {other_line} is not (probably cp1252/Windows). Save the file in one encoding (UTF-8).</source>
        <comment>io.mixed_encoding</comment>
        <translation>Die Datei „{file}“ mischt Zeichenkodierungen: Zeile {utf8_line} ist UTF-8, Zeile {other_line} nicht (vermutlich cp1252/Windows). Bitte in einer Kodierung (UTF-8) speichern.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: grid id &apos;{value}&apos; has resolution {found} m, the file {expected} m.</source>
        <comment>io.mixed_resolution</comment>
        <translation>Datei „{file}“, Zeile {line}: Gitterkennung „{value}“ hat die Auflösung {found} m, die Datei {expected} m.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is negative; counts must be 0 or more.</source>
        <comment>io.negative_value</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: {value} ist negativ; Anzahlen müssen 0 oder größer sein.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: no coordinate columns found (looked for lat/lon, latitude/longitude, x/y, rechtswert/hochwert). Choose them in the preview.</source>
        <comment>io.no_coordinate_columns</comment>
        <translation>Datei „{file}“: keine Koordinatenspalten gefunden (gesucht: lat/lon, latitude/longitude, x/y, Rechtswert/Hochwert). Bitte in der Vorschau auswählen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: the coordinate system of columns &apos;{x}&apos;/&apos;{y}&apos; cannot be recognised from their values; choose it.</source>
        <comment>io.no_crs_guess</comment>
        <translation>Datei „{file}“: das Koordinatensystem der Spalten „{x}“/„{y}“ ist an den Werten nicht zu erkennen; bitte auswählen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has a header but no data rows.</source>
        <comment>io.no_data_rows</comment>
        <translation>Die Datei „{file}“ hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a whole number; counts of inhabitants are whole numbers.</source>
        <comment>io.not_whole</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine ganze Zahl; Einwohnerzahlen sind ganze Zahlen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: the header has only one column (&apos;{header}&apos;). The separator is probably not one of ; , tab |, or the file is not a table.</source>
        <comment>io.one_column</comment>
        <translation>Datei „{file}“: die Kopfzeile hat nur eine Spalte („{header}“). Das Trennzeichen ist vermutlich keines von ; , Tab |, oder die Datei ist keine Tabelle.</translation>
    </message>
    <message>
        <source>The output &apos;{file}&apos; is a folder; choose a file name (e.g. inside that folder).</source>
        <comment>io.output_is_folder</comment>
        <translation>Die Ausgabe „{file}“ ist ein Ordner; bitte einen Dateinamen wählen (z. B. in diesem Ordner).</translation>
    </message>
    <message>
        <source>The output &apos;{file}&apos; is chosen for two outputs of the same run; choose different files.</source>
        <comment>io.output_twice</comment>
        <translation>Die Ausgabe „{file}“ ist für zwei Ausgaben desselben Laufs gewählt; bitte verschiedene Dateien wählen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: position {x} / {y} is a placeholder, not a place; the row was kept, check its coordinates.</source>
        <comment>io.placeholder_position</comment>
        <translation>Datei „{file}“, Zeile {line}: die Position {x} / {y} ist ein Platzhalter, kein Ort; die Zeile wurde übernommen, bitte ihre Koordinaten prüfen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} suppressed or empty count(s) were taken as 0 (first at line {line}).</source>
        <comment>io.population_suppressed</comment>
        <translation>Datei „{file}“: {count} gesperrte oder leere Anzahl(en) wurden als 0 gezählt (zuerst in Zeile {line}).</translation>
    </message>
    <message>
        <source>Population rows for district id &apos;{district}&apos; ({count} inhabitants) match no district boundary.</source>
        <comment>io.population_without_district</comment>
        <translation>Einwohnerzeilen zur Stadtteilkennung „{district}“ ({count} Einwohner) passen zu keiner Stadtteilgrenze.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: {count} fields, but the header has {expected}. Check separators and quotes in this line.</source>
        <comment>io.ragged_row</comment>
        <translation>Datei „{file}“, Zeile {line}: {count} Felder, die Kopfzeile hat aber {expected}. Bitte Trennzeichen und Anführungszeichen dieser Zeile prüfen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: the position lies {distance} km outside the extent of the other rows; the row was kept, check its coordinates.</source>
        <comment>io.row_far</comment>
        <translation>Datei „{file}“, Zeile {line}: die Position liegt {distance} km außerhalb der Ausdehnung der übrigen Zeilen; die Zeile wurde übernommen, bitte ihre Koordinaten prüfen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: the position lies {distance} km outside the districts; the row was kept, check its coordinates.</source>
        <comment>io.row_far_districts</comment>
        <translation>Datei „{file}“, Zeile {line}: die Position liegt {distance} km außerhalb der Stadtteile; die Zeile wurde übernommen, bitte ihre Koordinaten prüfen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: &apos;{x_field}&apos; and &apos;{y_field}&apos; look swapped in this row (read the other way round it lies among the other rows); the row was kept as written, check it.</source>
        <comment>io.row_swapped</comment>
        <translation>Datei „{file}“, Zeile {line}: „{x_field}“ und „{y_field}“ scheinen in dieser Zeile vertauscht (umgekehrt gelesen liegt sie bei den übrigen Zeilen); die Zeile wurde wie geschrieben übernommen, bitte prüfen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no rows for reference date {stichtag}; available: {available}.</source>
        <comment>io.stichtag_missing</comment>
        <translation>Die Datei „{file}“ hat keine Zeilen zum Stichtag {stichtag}; vorhanden: {available}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: columns &apos;{x}&apos; and &apos;{y}&apos; look swapped (&apos;{x}&apos; ranges {x_range}, &apos;{y}&apos; ranges {y_range}, which only fits as the other way round); they were read swapped. Check the source.</source>
        <comment>io.swapped_latlon</comment>
        <translation>Datei „{file}“: die Spalten „{x}“ und „{y}“ scheinen vertauscht („{x}“ reicht von {x_range}, „{y}“ von {y_range}, was nur umgekehrt passt); sie wurden vertauscht gelesen. Bitte die Quelle prüfen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is outside the plausible range ({low} to {high}).</source>
        <comment>io.value_out_of_range</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: {value} liegt außerhalb des plausiblen Bereichs ({low} bis {high}).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, column &apos;{field}&apos;: {count} row(s) without a number (line(s) {lines}; first value &apos;{value}&apos;); the rows were kept with the value unknown (NULL).</source>
        <comment>io.value_unknown</comment>
        <translation>Datei „{file}“, Spalte „{field}“: {count} Zeile(n) ohne Zahl (Zeile(n) {lines}; erster Wert „{value}“); die Zeilen wurden mit unbekanntem Wert (NULL) übernommen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no layer &apos;{layer}&apos;; it has: {available}.</source>
        <comment>io.vector_layer_missing</comment>
        <translation>Die Datei „{file}“ hat keinen Layer „{layer}“; vorhanden: {available}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; cannot be read as a vector layer ({reason}).</source>
        <comment>io.vector_unreadable</comment>
        <translation>Die Datei „{file}“ lässt sich nicht als Vektorlayer lesen ({reason}).</translation>
    </message>
    <message>
        <source>Could not write &apos;{file}&apos; ({reason}); nothing was written and an earlier file there is unchanged.</source>
        <comment>io.write_failed</comment>
        <translation>„{file}“ konnte nicht geschrieben werden ({reason}); es wurde nichts geschrieben, eine frühere Datei dort ist unverändert.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: the chosen separator &apos;{chosen}&apos; does not occur in the header; &apos;{found}&apos; does. Choose &apos;{found}&apos; as separator.</source>
        <comment>io.wrong_delimiter</comment>
        <translation>Datei „{file}“: das gewählte Trennzeichen „{chosen}“ kommt in der Kopfzeile nicht vor, wohl aber „{found}“. Bitte „{found}“ als Trennzeichen wählen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} grid cell(s) have a midpoint that disagrees with their grid id by more than half a cell (line(s) {lines}; first &apos;{value}&apos;); the grid id was used, check these rows.</source>
        <comment>io.zensus_centre_mismatch</comment>
        <translation>Datei „{file}“: bei {count} Gitterzelle(n) weicht der Mittelpunkt um mehr als eine halbe Zelle von der Gitter-ID ab (Zeile(n) {lines}; zuerst „{value}“); die Gitter-ID wurde verwendet, bitte diese Zeilen prüfen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number, but the column held only numbers in its first {rows} rows. Correct the value, or mark it as suppressed with &apos;–&apos;.</source>
        <comment>io.zensus_column_changed</comment>
        <translation>Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine Zahl, die Spalte enthielt in den ersten {rows} Zeilen aber nur Zahlen. Bitte den Wert korrigieren oder mit „–“ als gesperrt kennzeichnen.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is not a Zensus grid table: no column like GITTER_ID_100m / GITTER_ID_1km / GITTER_ID_10km (columns: {columns}).</source>
        <comment>io.zensus_columns</comment>
        <translation>Die Datei „{file}“ ist keine Zensus-Gittertabelle: keine Spalte wie GITTER_ID_100m / GITTER_ID_1km / GITTER_ID_10km (Spalten: {columns}).</translation>
    </message>
    <message>
        <source>{count} grid cell(s) ({inhabitants} inhabitants) lie outside all districts.</source>
        <comment>io.zensus_outside</comment>
        <translation>{count} Gitterzelle(n) ({inhabitants} Einwohner) liegen außerhalb aller Stadtteile.</translation>
    </message>
    <message>
        <source>{count} grid cell(s) have a suppressed value (&apos;–&apos;); written as NULL with einwohner_suppressed = 1.</source>
        <comment>io.zensus_suppressed</comment>
        <translation>{count} Gitterzelle(n) haben einen gesperrten Wert („–“); als NULL mit einwohner_suppressed = 1 geschrieben.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no value column &apos;{column}&apos; (columns: {columns}).</source>
        <comment>io.zensus_value_column</comment>
        <translation>Die Datei „{file}“ hat keine Wertspalte „{column}“ (Spalten: {columns}).</translation>
    </message>
    <message>
        <source>{percent} of places have {categories} within {distance} m on foot over the walking network.</source>
        <comment>kita_access.access_network</comment>
        <translation>{percent} der Plätze haben {categories} innerhalb von {distance} m zu Fuß über das Wegenetz.</translation>
    </message>
    <message>
        <source>{count} district(s) have no row in the age table and count with no children, e.g. {examples}.</source>
        <comment>kita_access.ages_missing_districts</comment>
        <translation>{count} Stadtteil(e) ohne Zeile in der Altersstruktur-Tabelle; sie zählen ohne Kinder, z. B. {examples}.</translation>
    </message>
    <message>
        <source>{count} district(s) of the age table are not among the districts and were left out, e.g. {examples}.</source>
        <comment>kita_access.ages_unmatched</comment>
        <translation>{count} Stadtteil(e) der Altersstruktur-Tabelle sind nicht unter den Stadtteilen und wurden nicht berücksichtigt, z. B. {examples}.</translation>
    </message>
    <message>
        <source>{count} Kita(s) have no places (capacity) and count with 0 places, e.g. {examples}.</source>
        <comment>kita_access.capacity_partial</comment>
        <translation>{count} Kita(s) haben keine Plätze (Kapazität) und zählen mit 0 Plätzen, z. B. {examples}.</translation>
    </message>
    <message>
        <source>The children of {districts} district(s) count where they live: at {points} points of the age grid, weighted by their children; {rest} district(s) at one point each.</source>
        <comment>kita_access.demand_at_points</comment>
        <translation>Die Kinder von {districts} Stadtteil(en) zählen dort, wo sie wohnen: an {points} Punkten des Altersrasters, gewichtet mit ihrer Kinderzahl; {rest} Stadtteil(e) an je einem Punkt.</translation>
    </message>
    <message>
        <source>Kita access is checked by distance only ({method}): {missing}. Add Kita places (services&apos; capacity) and an age table to weigh places against children.</source>
        <comment>kita_access.kita_distance_only</comment>
        <translation>Die Kita-Erreichbarkeit wird nur nach Entfernung geprüft ({method}): {missing}. Für eine Gegenüberstellung von Plätzen und Kindern werden die Kita-Plätze (Kapazität der Angebote) und eine Altersstruktur-Tabelle benötigt.</translation>
    </message>
    <message>
        <source>Kita places per child in reach ({variant}, within {limit} m, {method}): {ratio} across the city; {places} places for about {demand} children who need one, a shortfall of {shortfall} places, largest in {worst}.</source>
        <comment>kita_access.kita_ratio</comment>
        <translation>Erreichbare Kita-Plätze je Kind ({variant}, innerhalb von {limit} m, {method}): {ratio} in der Gesamtstadt; {places} Plätze für rund {demand} Kinder mit Bedarf, ein Fehlbedarf von {shortfall} Plätzen, am größten in {worst}.</translation>
    </message>
    <message>
        <source>Kita places per child in reach ({variant}, within {limit} m, {method}): {ratio} across the city; {places} places for about {demand} children who need one; no district falls short.</source>
        <comment>kita_access.kita_ratio_no_shortfall</comment>
        <translation>Erreichbare Kita-Plätze je Kind ({variant}, innerhalb von {limit} m, {method}): {ratio} in der Gesamtstadt; {places} Plätze für rund {demand} Kinder, die einen Platz brauchen; in keinem Stadtteil fehlen Plätze.</translation>
    </message>
    <message>
        <source>Walking network layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: the one-way value &apos;{value}&apos; is not understood (yes/1/forward, -1/reverse, no/0/empty); the line is walkable in both directions.</source>
        <comment>kita_access.layer_bad_oneway</comment>
        <translation>Wegenetz-Layer „{layer}“, Objekt {fid}, Feld „{field}“: Der Einbahn-Wert „{value}“ wird nicht verstanden (yes/1/forward, -1/reverse, no/0/leer); die Linie ist in beide Richtungen begehbar.</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; has no features.</source>
        <comment>kita_access.layer_empty</comment>
        <translation>Der Wegenetz-Layer „{layer}“ enthält keine Objekte.</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; is in a geographic CRS ({crs}, degrees) and no projected working CRS was given; choose a working CRS in metres (e.g. EPSG:25832).</source>
        <comment>kita_access.layer_geographic</comment>
        <translation>Der Wegenetz-Layer „{layer}“ liegt in einem geografischen KBS ({crs}, Grad) vor, und es wurde kein projiziertes Arbeits-KBS angegeben; bitte ein Arbeits-KBS in Metern wählen (z. B. EPSG:25832).</translation>
    </message>
    <message>
        <source>{count} more feature(s) of the walking network layer &apos;{layer}&apos; have a one-way value that is not understood in field &apos;{field}&apos;.</source>
        <comment>kita_access.layer_more_bad_oneway</comment>
        <translation>{count} weitere(s) Objekt(e) des Wegenetz-Layers „{layer}“ mit nicht verständlichem Einbahn-Wert im Feld „{field}“.</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; has no coordinate reference system; set the layer&apos;s CRS.</source>
        <comment>kita_access.layer_no_crs</comment>
        <translation>Der Wegenetz-Layer „{layer}“ hat kein Koordinatenbezugssystem; bitte das KBS des Layers setzen.</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; has no field &apos;{field}&apos; (fields: {fields}).</source>
        <comment>kita_access.layer_no_field</comment>
        <translation>Der Wegenetz-Layer „{layer}“ hat kein Feld „{field}“ (Felder: {fields}).</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; holds {kind} geometries; it must be a line layer.</source>
        <comment>kita_access.layer_not_lines</comment>
        <translation>Der Wegenetz-Layer „{layer}“ enthält {kind}-Geometrien; es muss ein Linien-Layer sein.</translation>
    </message>
    <message>
        <source>{count} line(s) of the walking network layer &apos;{layer}&apos; are marked not walkable ({field}).</source>
        <comment>kita_access.layer_not_walkable</comment>
        <translation>{count} Linie(n) des Wegenetz-Layers „{layer}“ sind als nicht begehbar gekennzeichnet ({field}).</translation>
    </message>
    <message>
        <source>{count} feature(s) of the walking network layer &apos;{layer}&apos; have no geometry and were left out, e.g. feature id(s) {ids}.</source>
        <comment>kita_access.layer_null_geometry</comment>
        <translation>{count} Objekt(e) des Wegenetz-Layers „{layer}“ haben keine Geometrie und wurden weggelassen, z. B. Objekt-ID(s) {ids}.</translation>
    </message>
    <message>
        <source>Walking network &apos;{layer}&apos;: {lines} lines, {segments} segments, {parts} connected part(s).</source>
        <comment>kita_access.layer_read</comment>
        <translation>Wegenetz „{layer}“: {lines} Linien, {segments} Segmente, {parts} zusammenhängende(r) Teil(e).</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; was reprojected from {source} to {target}.</source>
        <comment>kita_access.layer_reprojected</comment>
        <translation>Der Wegenetz-Layer „{layer}“ wurde von {source} nach {target} umprojiziert.</translation>
    </message>
    <message>
        <source>Walking network layer &apos;{layer}&apos;, feature {fid}: it cannot be reprojected from {source} to {target} ({reason}); check the layer&apos;s CRS.</source>
        <comment>kita_access.layer_transform_failed</comment>
        <translation>Wegenetz-Layer „{layer}“, Objekt {fid}: Es kann nicht von {source} nach {target} umprojiziert werden ({reason}); bitte das KBS des Layers prüfen.</translation>
    </message>
    <message>
        <source>The working CRS {crs} is geographic (degrees); walking distances need a projected CRS in metres (e.g. EPSG:25832).</source>
        <comment>kita_access.layer_working_geographic</comment>
        <translation>Das Arbeits-KBS {crs} ist geographisch (Grad); Fußwegentfernungen benötigen ein projiziertes KBS in Metern (z. B. EPSG:25832).</translation>
    </message>
    <message>
        <source>on foot over the walking network</source>
        <comment>kita_access.method_network</comment>
        <translation>zu Fuß über das Wegenetz</translation>
    </message>
    <message>
        <source>straight line</source>
        <comment>kita_access.method_straight_line</comment>
        <translation>Luftlinie</translation>
    </message>
    <message>
        <source>no age table was given</source>
        <comment>kita_access.missing_ages</comment>
        <translation>es wurde keine Altersstruktur-Tabelle angegeben</translation>
    </message>
    <message>
        <source>no Kita places (capacity) and no age table were given</source>
        <comment>kita_access.missing_both</comment>
        <translation>keine Kita-Plätze (capacity) und keine Altersstruktur-Tabelle angegeben</translation>
    </message>
    <message>
        <source>no Kita has places (capacity) in the services layer</source>
        <comment>kita_access.missing_capacity</comment>
        <translation>keine Kita hat im Angebotslayer Plätze (Kapazität)</translation>
    </message>
    <message>
        <source>Shelters reach the nearest {category} at a median of {median} m ({method}); {far} of {shelters} shelter(s) are farther than {limit} m.</source>
        <comment>kita_access.nearest_service</comment>
        <translation>Die GU erreichen die nächste {category} im Median in {median} m ({method}); {far} von {shelters} GU liegen weiter als {limit} m entfernt.</translation>
    </message>
    <message>
        <source>No service of the category {category} is in the data; its distance was not measured.</source>
        <comment>kita_access.nearest_service_none</comment>
        <translation>Kein Angebot der Kategorie {category} ist in den Daten; die Entfernung dazu wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>On foot over the walking network the nearest Kita is on average {factor} times as far as in a straight line; {count} shelter(s) have one within {limit} m in a straight line but not on foot.</source>
        <comment>kita_access.network_vs_straight</comment>
        <translation>Zu Fuß über das Wegenetz ist die nächste Kita im Mittel {factor}-mal so weit entfernt wie in Luftlinie; für {count} Unterkunft/Unterkünfte liegt eine Kita in Luftlinie innerhalb von {limit} m, zu Fuß aber nicht.</translation>
    </message>
    <message>
        <source>two-sided p of Clark-Evans</source>
        <comment>metric_note.clark_evans_p</comment>
        <translation>zweiseitiger p-Wert Clark-Evans</translation>
    </message>
    <message>
        <source>mean nearest-neighbour distance / expected under randomness (area: union of districts)</source>
        <comment>metric_note.clark_evans_r</comment>
        <translation>mittlere Nächster-Nachbar-Distanz / Erwartung bei Zufall (Fläche: Vereinigung der Stadtteile)</translation>
    </message>
    <message>
        <source>z of Clark-Evans (no edge correction)</source>
        <comment>metric_note.clark_evans_z</comment>
        <translation>z-Wert Clark-Evans (ohne Randkorrektur)</translation>
    </message>
    <message>
        <source>population-weighted coefficient of variation of per_1000</source>
        <comment>metric_note.cv_load</comment>
        <translation>einwohnergewichteter Variationskoeffizient von per_1000</translation>
    </message>
    <message>
        <source>1/2 sum |r/R - t/T|: share of places to move for proportionality</source>
        <comment>metric_note.dissimilarity</comment>
        <translation>1/2 Summe |r/R - t/T|: Anteil zu verlagernder Plätze bis zur Proportionalität</translation>
    </message>
    <message>
        <source>districts with residents</source>
        <comment>metric_note.districts_analysed</comment>
        <translation>bewohnte Stadtteile</translation>
    </message>
    <message>
        <source>districts classed cold (Gi* p &lt; 0.05, z &lt; 0)</source>
        <comment>metric_note.gi_cold_districts</comment>
        <translation>Stadtteile als Coldspot (Gi* p &lt; 0,05, z &lt; 0)</translation>
    </message>
    <message>
        <source>districts classed hot (Gi* p &lt; 0.05, z &gt; 0)</source>
        <comment>metric_note.gi_hot_districts</comment>
        <translation>Stadtteile als Hotspot (Gi* p &lt; 0,05, z &gt; 0)</translation>
    </message>
    <message>
        <source>population-weighted Gini of per_1000</source>
        <comment>metric_note.gini</comment>
        <translation>einwohnergewichteter Gini von per_1000</translation>
    </message>
    <message>
        <source>sum (r/R)^2 over districts with residents</source>
        <comment>metric_note.hhi</comment>
        <translation>Summe (r/R)^2 über bewohnte Stadtteile</translation>
    </message>
    <message>
        <source>1/2 sum |r/R - t/T| (same value as dissimilarity)</source>
        <comment>metric_note.hoover</comment>
        <translation>1/2 Summe |r/R - t/T| (gleich dem Segregationsindex)</translation>
    </message>
    <message>
        <source>median distance from a shelter to its nearest Kita ({method})</source>
        <comment>metric_note.kita_nearest_median_m</comment>
        <translation>Median der Entfernung von einer GU zur nächsten Kita ({method})</translation>
    </message>
    <message>
        <source>Kita places per child in reach, city ({variant} within {distance} m, {method})</source>
        <comment>metric_note.kita_per_child</comment>
        <translation>Erreichbare Kita-Plätze je Kind, Gesamtstadt ({variant} innerhalb von {distance} m, {method})</translation>
    </message>
    <message>
        <source>Kita places missing, sum over districts ({method})</source>
        <comment>metric_note.kita_shortfall</comment>
        <translation>fehlende Kita-Plätze, Summe über die Stadtteile ({method})</translation>
    </message>
    <message>
        <source>expected I under no autocorrelation, -1/(n-1)</source>
        <comment>metric_note.moran_ei</comment>
        <translation>Erwartungswert von I ohne Autokorrelation, -1/(n-1)</translation>
    </message>
    <message>
        <source>global Moran&apos;s I of per_1000, queen contiguity, row-standardised (esda.Moran)</source>
        <comment>metric_note.moran_i</comment>
        <translation>globales Moran&apos;s I von per_1000, Queen-Nachbarschaft, zeilenstandardisiert (esda.Moran)</translation>
    </message>
    <message>
        <source>two-sided p under normality</source>
        <comment>metric_note.moran_p_norm</comment>
        <translation>zweiseitiger p-Wert unter Normalverteilungsannahme</translation>
    </message>
    <message>
        <source>pseudo p from {permutations} permutations (seed {seed})</source>
        <comment>metric_note.moran_p_sim</comment>
        <translation>Pseudo-p aus {permutations} Permutationen (Startwert {seed})</translation>
    </message>
    <message>
        <source>z under normality</source>
        <comment>metric_note.moran_z_norm</comment>
        <translation>z-Wert unter Normalverteilungsannahme</translation>
    </message>
    <message>
        <source>not computed: {reason}</source>
        <comment>metric_note.not_computed</comment>
        <translation>nicht berechnet: {reason}</translation>
    </message>
    <message>
        <source>places per 1,000 residents, city</source>
        <comment>metric_note.per_1000_city</comment>
        <translation>Plätze je 1.000 Einwohner, Stadt</translation>
    </message>
    <message>
        <source>places in districts with residents (basis of all ratios)</source>
        <comment>metric_note.places_in_districts</comment>
        <translation>Plätze in bewohnten Stadtteilen (Basis aller Quoten)</translation>
    </message>
    <message>
        <source>places ({field}) of active shelters</source>
        <comment>metric_note.places_total</comment>
        <translation>Plätze ({field}) aktiver Unterkünfte</translation>
    </message>
    <message>
        <source>residents of districts with population &gt; 0</source>
        <comment>metric_note.population_total</comment>
        <translation>Einwohner der bewohnten Stadtteile</translation>
    </message>
    <message>
        <source>share of places within the radius of hotspot {name}</source>
        <comment>metric_note.share_places_near_hotspot</comment>
        <translation>Anteil der Plätze im Umkreis von Treffpunkt {name}</translation>
    </message>
    <message>
        <source>share of places within any hotspot&apos;s radius</source>
        <comment>metric_note.share_places_near_hotspots</comment>
        <translation>Anteil der Plätze im Umkreis irgendeines Treffpunkts</translation>
    </message>
    <message>
        <source>share of places with {categories} within {distance} m</source>
        <comment>metric_note.share_places_with_access</comment>
        <translation>Anteil der Plätze mit {categories} innerhalb {distance} m</translation>
    </message>
    <message>
        <source>population-weighted Theil T of per_1000: sum (r/R) ln((r/R)/(t/T))</source>
        <comment>metric_note.theil</comment>
        <translation>einwohnergewichteter Theil-T von per_1000: Summe (r/R) ln((r/R)/(t/T))</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; has no line to walk on: of its {lines} line feature(s), {blocked} are marked not walkable (field(s) &apos;{fields}&apos;) and the others have zero length. Check the field and its values, or choose another layer.</source>
        <comment>network.layer_no_usable_line</comment>
        <translation>Der Wegenetz-Layer „{layer}“ hat keine begehbare Linie: von seinen {lines} Linienobjekt(en) sind {blocked} als nicht begehbar markiert (Feld(er) „{fields}“), die übrigen haben die Länge null. Bitte das Feld und seine Werte prüfen oder einen anderen Layer wählen.</translation>
    </message>
    <message>
        <source>Walking distance on the street network ({edges} segments).</source>
        <comment>network.method_network</comment>
        <translation>Fußweg-Entfernung im Wegenetz ({edges} Abschnitte).</translation>
    </message>
    <message>
        <source>Straight-line distance (no walking network given): a lower bound of walking distance.</source>
        <comment>network.method_straight_line</comment>
        <translation>Luftlinien-Entfernung (kein Wegenetz angegeben): eine Untergrenze des Fußwegs.</translation>
    </message>
    <message>
        <source>Feature {feature} of the walking network has invalid (infinite or missing) coordinates; it was left out.</source>
        <comment>network.network_bad_coordinates</comment>
        <translation>Objekt {feature} des Wegenetzes hat ungültige (unendliche oder fehlende) Koordinaten; es wurde weggelassen.</translation>
    </message>
    <message>
        <source>The walking network&apos;s coordinate reference system &apos;{crs}&apos; is not recognised ({reason}).</source>
        <comment>network.network_bad_crs</comment>
        <translation>Das Koordinatenbezugssystem „{crs}“ des Wegenetzes wird nicht erkannt ({reason}).</translation>
    </message>
    <message>
        <source>Feature {feature} of the walking network is a {kind}, not a line; it was left out.</source>
        <comment>network.network_bad_geometry</comment>
        <translation>Objekt {feature} des Wegenetzes ist ein {kind}, keine Linie; es wurde weggelassen.</translation>
    </message>
    <message>
        <source>Feature {feature} of the walking network has the one-way value &apos;{value}&apos;, which is not understood; it is walkable in both directions.</source>
        <comment>network.network_bad_oneway</comment>
        <translation>Objekt {feature} des Wegenetzes hat den Einbahn-Wert „{value}“, der nicht verstanden wird; es ist in beide Richtungen begehbar.</translation>
    </message>
    <message>
        <source>The walking network falls into {components} unconnected parts; the largest holds {main_share:.0%} of its length. Places on different parts cannot reach each other.</source>
        <comment>network.network_disconnected</comment>
        <translation>Das Wegenetz zerfällt in {components} nicht verbundene Teile; der größte enthält {main_share:.0%} seiner Länge. Orte auf verschiedenen Teilen erreichen einander nicht.</translation>
    </message>
    <message>
        <source>The walking network has no usable line ({lines} features, {skipped} empty or not walkable).</source>
        <comment>network.network_empty</comment>
        <translation>Das Wegenetz hat keine brauchbare Linie ({lines} Objekte, {skipped} leer oder nicht begehbar).</translation>
    </message>
    <message>
        <source>The walking network is in a geographic CRS ({crs}, degrees); reproject it to a projected CRS in metres (e.g. EPSG:25832) first.</source>
        <comment>network.network_geographic_crs</comment>
        <translation>Das Wegenetz liegt in einem geographischen KBS ({crs}, Grad); bitte zuerst in ein projiziertes KBS in Metern umprojizieren (z. B. EPSG:25832).</translation>
    </message>
    <message>
        <source>The walking network has no coordinate reference system; set the layer&apos;s CRS.</source>
        <comment>network.network_no_crs</comment>
        <translation>Das Wegenetz hat kein Koordinatenbezugssystem; bitte das KBS des Layers setzen.</translation>
    </message>
    <message>
        <source>{count} point(s) have no valid coordinates, e.g. {examples}; they cannot be placed on the network.</source>
        <comment>network.point_bad_coordinates</comment>
        <translation>{count} Punkt(e) haben keine gültigen Koordinaten, z. B. {examples}; sie lassen sich nicht ins Wegenetz einordnen.</translation>
    </message>
    <message>
        <source>district {id}</source>
        <comment>network.point_district</comment>
        <translation>Stadtteil {id}</translation>
    </message>
    <message>
        <source>{label} ({distance} m)</source>
        <comment>network.point_example</comment>
        <translation>{label} ({distance} m)</translation>
    </message>
    <message>
        <source>Kita {id}</source>
        <comment>network.point_kita</comment>
        <translation>Kita {id}</translation>
    </message>
    <message>
        <source>service {id}</source>
        <comment>network.point_service</comment>
        <translation>Angebot {id}</translation>
    </message>
    <message>
        <source>shelter {id}</source>
        <comment>network.point_shelter</comment>
        <translation>Unterkunft {id}</translation>
    </message>
    <message>
        <source>{count} point(s) are more than {limit} m from any walkable line of the network, e.g. {examples}. Extend the network or check the point&apos;s coordinates and CRS.</source>
        <comment>network.point_too_far</comment>
        <translation>{count} Punkt(e) liegen mehr als {limit} m von jeder begehbaren Linie des Wegenetzes entfernt, z. B. {examples}. Bitte das Wegenetz erweitern oder Koordinaten und KBS des Punkts prüfen.</translation>
    </message>
    <message>
        <source>{count} point(s) lie on a small unconnected part of the walking network, e.g. {examples}; their walking distances to the rest are unknown.</source>
        <comment>network.points_off_main</comment>
        <translation>{count} Punkt(e) liegen auf einem kleinen, nicht verbundenen Teil des Wegenetzes, z. B. {examples}; ihre Fußwege zum Rest sind unbekannt.</translation>
    </message>
    <message>
        <source>None of the {n} candidate sites lies inside a district, so none can be used. Check the layers&apos; CRS.</source>
        <comment>placement.all_outside</comment>
        <translation>Keine der {n} Potenzialflächen liegt in einem Stadtteil; keine kann genutzt werden. Prüfen Sie das KBS der Layer.</translation>
    </message>
    <message>
        <source>Group demand: group &apos;{group}&apos; has {value} places; places must be a whole number from 0 to 1,000,000,000.</source>
        <comment>placement.bad_demand_row</comment>
        <translation>Gruppenbedarf: Gruppe „{group}“ hat {value} Plätze; Plätze müssen eine ganze Zahl von 0 bis 1.000.000.000 sein.</translation>
    </message>
    <message>
        <source>The group demand table asks for {value} places in total; it must ask for at least 1.</source>
        <comment>placement.bad_demand_total</comment>
        <translation>Die Gruppenbedarfstabelle verlangt insgesamt {value} Plätze; es muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Candidate &apos;{site}&apos;: min_places ({min}) and max_places ({max}) must be multiples of the module ({module}).</source>
        <comment>placement.bad_module</comment>
        <translation>Potenzialfläche „{site}“: min_places ({min}) und max_places ({max}) müssen Vielfache des Moduls ({module}) sein.</translation>
    </message>
    <message>
        <source>Layer {layer}, &apos;{id}&apos;, field {field}: {value} is not allowed; it must be a finite number ≥ 0.</source>
        <comment>placement.bad_number</comment>
        <translation>Layer {layer}, „{id}“, Feld {field}: {value} ist nicht zulässig; es muss eine endliche Zahl ≥ 0 sein.</translation>
    </message>
    <message>
        <source>Parameter {name} = {value} is not allowed: {why}.</source>
        <comment>placement.bad_param</comment>
        <translation>Parameter {name} = {value} ist nicht zulässig: {why}.</translation>
    </message>
    <message>
        <source>The number of new places (PLACES) must be at least 1; it is {value}.</source>
        <comment>placement.bad_places</comment>
        <translation>Die Zahl neuer Plätze (PLACES) muss mindestens 1 sein; sie ist {value}.</translation>
    </message>
    <message>
        <source>District &apos;{district}&apos;: population = {value} is not allowed; it must be a number ≥ 0.</source>
        <comment>placement.bad_population</comment>
        <translation>Stadtteil „{district}“: population = {value} ist nicht zulässig; es muss eine Zahl ≥ 0 sein.</translation>
    </message>
    <message>
        <source>Rule {a} – {b}: relation &apos;{relation}&apos; is unknown (use &apos;separate&apos; or &apos;near&apos;).</source>
        <comment>placement.bad_relation</comment>
        <translation>Regel {a} – {b}: Beziehung „{relation}“ ist unbekannt („separate“ oder „near“ verwenden).</translation>
    </message>
    <message>
        <source>The {rule}: distance_m = {value} is not allowed; it must be a number ≥ 0.</source>
        <comment>placement.bad_rule_distance</comment>
        <translation>Die {rule}: distance_m = {value} ist nicht zulässig; es muss eine Zahl ≥ 0 sein.</translation>
    </message>
    <message>
        <source>The {rule} has an empty group_a or group_b.</source>
        <comment>placement.bad_rule_group</comment>
        <translation>Die {rule} hat ein leeres group_a oder group_b.</translation>
    </message>
    <message>
        <source>Candidate &apos;{site}&apos;: min_places ({min}), max_places ({max}) and module ({module}) must be whole numbers up to {limit}.</source>
        <comment>placement.bad_size</comment>
        <translation>Potenzialfläche „{site}“: min_places ({min}), max_places ({max}) und Modul ({module}) müssen ganze Zahlen bis {limit} sein.</translation>
    </message>
    <message>
        <source>Layer {layer}, &apos;{id}&apos;: the coordinates ({x}, {y}) are not finite numbers.</source>
        <comment>placement.bad_xy</comment>
        <translation>Layer {layer}, „{id}“: Die Koordinaten ({x}, {y}) sind keine endlichen Zahlen.</translation>
    </message>
    <message>
        <source>All rules together leave room for {placed} of {need} places.</source>
        <comment>placement.diag_all</comment>
        <translation>Alle Regeln zusammen lassen Raum für {placed} von {need} Plätzen.</translation>
    </message>
    <message>
        <source>MAX_PER_1000 must be at least {value} (now {now}).</source>
        <comment>placement.diag_cap</comment>
        <translation>MAX_PER_1000 muss mindestens {value} sein (jetzt {now}).</translation>
    </message>
    <message>
        <source>The modules of the sites cannot add up exactly to the demand with the other rules in force.</source>
        <comment>placement.diag_granularity</comment>
        <translation>Die Module der Standorte ergeben zusammen mit den übrigen Regeln nicht genau den Bedarf.</translation>
    </message>
    <message>
        <source>Group &apos;{group}&apos;: the rules leave room for {placed} of {need} places.</source>
        <comment>placement.diag_group</comment>
        <translation>Gruppe „{group}“: Die Regeln lassen Raum für {placed} von {need} Plätzen.</translation>
    </message>
    <message>
        <source>HOTSPOT_MAX_PLACES must be at least {value} (now {now}).</source>
        <comment>placement.diag_hotspot</comment>
        <translation>HOTSPOT_MAX_PLACES muss mindestens {value} sein (jetzt {now}).</translation>
    </message>
    <message>
        <source>No rule relaxed alone makes room for all {need} places; relaxed together as follows, they do:</source>
        <comment>placement.diag_joint</comment>
        <translation>Eine einzelne Regel zu lockern reicht für die {need} Plätze nicht; zusammen reichen diese Lockerungen:</translation>
    </message>
    <message>
        <source>Kita rule: {value} Kita places are missing within {dist} m ({method}): {where}.</source>
        <comment>placement.diag_kita</comment>
        <translation>Kita-Regel: Innerhalb von {dist} m ({method}) fehlen {value} Kita-Plätze: {where}.</translation>
    </message>
    <message>
        <source>Missing Kita places by district: {where}.</source>
        <comment>placement.diag_kita_districts</comment>
        <translation>Fehlende Kita-Plätze nach Stadtteil: {where}.</translation>
    </message>
    <message>
        <source>{name} ({district}) {places}</source>
        <comment>placement.diag_kita_item</comment>
        <translation>{name} ({district}) {places}</translation>
    </message>
    <message>
        <source>Kita rule: none of the usable candidate sites has a Kita with places within {dist} m ({method}).</source>
        <comment>placement.diag_kita_nowhere</comment>
        <translation>Kita-Regel: Keine der nutzbaren Potenzialflächen hat eine Kita mit Plätzen innerhalb von {dist} m ({method}).</translation>
    </message>
    <message>
        <source>The {rule} alone leaves room for {placed} of {need} places.</source>
        <comment>placement.diag_only</comment>
        <translation>Die {rule} allein lässt Raum für {placed} von {need} Plätzen.</translation>
    </message>
    <message>
        <source>Reduce the number of new places to at most {value}, or relax the rules above.</source>
        <comment>placement.diag_places</comment>
        <translation>Reduzieren Sie die neuen Plätze auf höchstens {value} oder lockern Sie die genannten Regeln.</translation>
    </message>
    <message>
        <source>Dropping the rule &apos;{rule}&apos; alone makes the plan feasible.</source>
        <comment>placement.diag_rule</comment>
        <translation>Schon ohne die Regel „{rule}“ ist die Planung lösbar.</translation>
    </message>
    <message>
        <source>Drop the rule &apos;{rule}&apos;.</source>
        <comment>placement.diag_rule_joint</comment>
        <translation>Die Regel „{rule}“ streichen.</translation>
    </message>
    <message>
        <source>SERVICE_MAX_DISTANCE_M must be at least {value} m (now {now} m).</source>
        <comment>placement.diag_service</comment>
        <translation>SERVICE_MAX_DISTANCE_M muss mindestens {value} m sein (jetzt {now} m).</translation>
    </message>
    <message>
        <source>SERVICE_MAX_DISTANCE_M must be at least {value} m walking distance (now {now} m).</source>
        <comment>placement.diag_service_walk</comment>
        <translation>SERVICE_MAX_DISTANCE_M muss mindestens {value} m Fußweg betragen (jetzt {now} m).</translation>
    </message>
    <message>
        <source>The usable candidate sites offer at most {placed} of {need} places.</source>
        <comment>placement.diag_sites</comment>
        <translation>Die nutzbaren Potenzialflächen bieten höchstens {placed} von {need} Plätzen.</translation>
    </message>
    <message>
        <source>MIN_SPACING_M must be at most {value} m (now {now} m).</source>
        <comment>placement.diag_spacing</comment>
        <translation>MIN_SPACING_M darf höchstens {value} m sein (jetzt {now} m).</translation>
    </message>
    <message>
        <source>The conflict could not be narrowed down within the time limit.</source>
        <comment>placement.diag_unknown</comment>
        <translation>Der Konflikt ließ sich im Zeitlimit nicht eingrenzen.</translation>
    </message>
    <message>
        <source>Without the {rule}, all {need} places fit.</source>
        <comment>placement.diag_without</comment>
        <translation>Ohne die {rule} passen alle {need} Plätze.</translation>
    </message>
    <message>
        <source>Group demand: group &apos;{group}&apos; is listed more than once.</source>
        <comment>placement.dup_demand</comment>
        <translation>Gruppenbedarf: Gruppe „{group}“ ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>Group demand: a row has no group label.</source>
        <comment>placement.empty_demand_label</comment>
        <translation>Gruppenbedarf: Eine Zeile hat keine Gruppenbezeichnung.</translation>
    </message>
    <message>
        <source>Group &apos;{group}&apos; has a demand of {places} places but no candidate site may hold it: {why}.</source>
        <comment>placement.group_nowhere</comment>
        <translation>Für Gruppe „{group}“ werden {places} Plätze verlangt, aber keine Potenzialfläche darf sie aufnehmen: {why}.</translation>
    </message>
    <message>
        <source>its rules together exclude every candidate site</source>
        <comment>placement.group_nowhere_all</comment>
        <translation>ihre Regeln zusammen schließen jede Potenzialfläche aus</translation>
    </message>
    <message>
        <source>rule &apos;{a} near {b} within {dist} m&apos; and no hotspot or shelter of &apos;{b}&apos; is that close to any site</source>
        <comment>placement.group_nowhere_near</comment>
        <translation>Regel „{a} nahe {b} innerhalb {dist} m“, und kein Treffpunkt und keine Unterkunft von „{b}“ liegt so nah an einem Standort</translation>
    </message>
    <message>
        <source>shelters of a conflicting group are too close to every site</source>
        <comment>placement.group_nowhere_sep</comment>
        <translation>Unterkünfte einer Konfliktgruppe liegen zu nah an jedem Standort</translation>
    </message>
    <message>
        <source>The placement cannot start: {n} problem(s) in the input.</source>
        <comment>placement.input_invalid</comment>
        <translation>Die Platzierung kann nicht starten: {n} Problem(e) in den Eingaben.</translation>
    </message>
    <message>
        <source>The Kita rule needs the Kita places: none of the {n} services of category &apos;{category}&apos; has a capacity. Fill the services&apos; capacity field, or switch the Kita rule off.</source>
        <comment>placement.kita_no_capacity</comment>
        <translation>Die Kita-Regel benötigt die Kita-Plätze: Keines der {n} Angebote der Kategorie „{category}“ hat eine Kapazität. Bitte das Kapazitätsfeld der Angebote füllen oder die Kita-Regel ausschalten.</translation>
    </message>
    <message>
        <source>straight line</source>
        <comment>placement.method_line</comment>
        <translation>Luftlinie</translation>
    </message>
    <message>
        <source>walking distance</source>
        <comment>placement.method_walk</comment>
        <translation>Fußweg</translation>
    </message>
    <message>
        <source>There are no candidate sites: add a candidates layer with at least one site.</source>
        <comment>placement.no_candidates</comment>
        <translation>Es gibt keine Potenzialflächen: Fügen Sie einen Layer mit mindestens einer Potenzialfläche hinzu.</translation>
    </message>
    <message>
        <source>There are no districts: the district cap needs district polygons with population.</source>
        <comment>placement.no_districts</comment>
        <translation>Es gibt keine Stadtteile: Die Stadtteil-Obergrenze braucht Stadtteilflächen mit Einwohnerzahl.</translation>
    </message>
    <message>
        <source>{pairs} pairs of candidate sites (or locations) lie within {dist} m of each other: too many to build the model within the time limit. Merge candidates that lie close together, or raise TIME_LIMIT_S.</source>
        <comment>placement.note_dense</comment>
        <translation>{pairs} Paare von Potenzialflächen (bzw. Orten) liegen weniger als {dist} m auseinander: zu viele, um das Modell im Zeitlimit aufzubauen. Nah beieinander liegende Potenzialflächen zusammenfassen oder TIME_LIMIT_S erhöhen.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) share their point with another site that is at least as large and as cheap; with MIN_SPACING_M only one site per point can open, so they were left out: {ids}.</source>
        <comment>placement.note_dominated</comment>
        <translation>{n} Potenzialfläche(n) teilen ihren Punkt mit einer anderen, mindestens so großen und günstigen Fläche; mit MIN_SPACING_M kann je Punkt nur eine öffnen, daher blieben sie unberücksichtigt: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lie in districts already at or above the cap: {ids}.</source>
        <comment>placement.note_full</comment>
        <translation>{n} Potenzialfläche(n) liegen in Stadtteilen, die die Obergrenze schon erreichen: {ids}.</translation>
    </message>
    <message>
        <source>Kita rule: no children by age given for the districts; only the existing shelters&apos; children count against the Kita places, so the free places are overestimated.</source>
        <comment>placement.note_kita_no_ages</comment>
        <translation>Kita-Regel: Für die Stadtteile sind keine Kinder nach Alter angegeben; nur die Kinder der bestehenden GU werden auf die Kita-Plätze angerechnet, die freien Plätze werden daher überschätzt.</translation>
    </message>
    <message>
        <source>Kita rule: {n} Kita(s) have no capacity and offer no places.</source>
        <comment>placement.note_kita_no_capacity</comment>
        <translation>Kita-Regel: {n} Kita(s) haben keine Kapazität (capacity) und bieten keine Plätze.</translation>
    </message>
    <message>
        <source>Kita rule: {n} candidate site(s) have no Kita with places within {dist} m (straight line): {ids}.</source>
        <comment>placement.note_kita_none</comment>
        <translation>Kita-Regel: {n} Potenzialfläche(n) haben keine Kita mit Plätzen innerhalb von {dist} m (Luftlinie): {ids}.</translation>
    </message>
    <message>
        <source>Kita rule: {n} candidate site(s) have no Kita with places within {dist} m walking distance on the network: {ids}.</source>
        <comment>placement.note_kita_none_walk</comment>
        <translation>Kita-Regel: {n} Potenzialfläche(n) ohne Kita mit Plätzen innerhalb von {dist} m Fußweg im Wegenetz: {ids}.</translation>
    </message>
    <message>
        <source>Kita rule: at {n} candidate site(s) the Kitas within {dist} m have too few free places for the children of even the smallest size: {ids}.</source>
        <comment>placement.note_kita_short</comment>
        <translation>Kita-Regel: Bei {n} Potenzialfläche(n) haben die Kitas innerhalb von {dist} m selbst bei der kleinsten Platzzahl zu wenige freie Plätze für die Kinder: {ids}.</translation>
    </message>
    <message>
        <source>Kita rule: the age table names districts that are not in the districts layer: {ids}.</source>
        <comment>placement.note_kita_unknown_district</comment>
        <translation>Kita-Regel: Die Altersstruktur-Tabelle nennt Stadtteile, die im Stadtteil-Layer nicht vorkommen: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lie in districts without population and receive no places: {ids}.</source>
        <comment>placement.note_nopop</comment>
        <translation>{n} Potenzialfläche(n) liegen in Stadtteilen ohne Einwohner und erhalten keine Plätze: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lie outside every district and were not used: {ids}.</source>
        <comment>placement.note_outside</comment>
        <translation>{n} Potenzialfläche(n) liegen außerhalb aller Stadtteile und wurden nicht genutzt: {ids}.</translation>
    </message>
    <message>
        <source>The {near} and the {sep} contradict each other near shelters of that group: a site must be close to them and far from them at once.</source>
        <comment>placement.note_rule_opposed</comment>
        <translation>Die {near} und die {sep} widersprechen sich bei Unterkünften dieser Gruppe: Ein Standort müsste zugleich nah und fern sein.</translation>
    </message>
    <message>
        <source>Several rules for the same groups: {rules}. Each applies; the strictest decides.</source>
        <comment>placement.note_rule_repeated</comment>
        <translation>Mehrere Regeln für dieselben Gruppen: {rules}. Jede gilt; die strengste entscheidet.</translation>
    </message>
    <message>
        <source>The {rule} names group &apos;{group}&apos;, which matches no group in the group demand, the shelters&apos; group_label or the hotspots&apos; community; check the spelling. Known groups: {known}.</source>
        <comment>placement.note_rule_unknown_group</comment>
        <translation>Die {rule} nennt die Gruppe „{group}“, die in Gruppenbedarf, group_label der Unterkünfte und community der Treffpunkte nicht vorkommt; Schreibweise prüfen. Bekannte Gruppen: {known}.</translation>
    </message>
    <message>
        <source>Rule {a} {relation} {b}: neither group appears in the group demand, so it does not affect new places.</source>
        <comment>placement.note_rule_unused</comment>
        <translation>Regel {a} {relation} {b}: Keine der Gruppen steht im Gruppenbedarf; sie betrifft keine neuen Plätze.</translation>
    </message>
    <message>
        <source>{n} rule(s) are not applied: without a group demand table the new places carry no group.</source>
        <comment>placement.note_rules_ungrouped</comment>
        <translation>{n} Regel(n) werden nicht angewandt: Ohne Gruppenbedarfstabelle haben neue Plätze keine Gruppe.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lack a required service within {dist} m: {ids}.</source>
        <comment>placement.note_services</comment>
        <translation>{n} Potenzialfläche(n) fehlt ein gefordertes Angebot innerhalb von {dist} m: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lack a required service within {dist} m walking distance on the network: {ids}.</source>
        <comment>placement.note_services_walk</comment>
        <translation>{n} Potenzialfläche(n) ohne erforderliches Angebot innerhalb von {dist} m Fußweg im Wegenetz: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) are closer than {dist} m to an existing shelter: {ids}.</source>
        <comment>placement.note_shelter</comment>
        <translation>{n} Potenzialfläche(n) liegen näher als {dist} m an einer bestehenden Unterkunft: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) cannot hold one module (max_places below module): {ids}.</source>
        <comment>placement.note_tiny</comment>
        <translation>{n} Potenzialfläche(n) fassen kein einziges Modul (max_places kleiner als Modul): {ids}.</translation>
    </message>
    <message>
        <source>District {district}: {before} → {after} places per 1,000 inhabitants (cap {cap}).</source>
        <comment>placement.r_district</comment>
        <translation>Stadtteil {district}: {before} → {after} Plätze je 1.000 Einwohner (Obergrenze {cap}).</translation>
    </message>
    <message>
        <source>Group {group}.</source>
        <comment>placement.r_group</comment>
        <translation>Gruppe {group}.</translation>
    </message>
    <message>
        <source>Within the radius of hotspot(s) {names}.</source>
        <comment>placement.r_hot_in</comment>
        <translation>Im Umkreis von Treffpunkt(en) {names}.</translation>
    </message>
    <message>
        <source>No hotspot nearby (nearest {name}, {d} m).</source>
        <comment>placement.r_hot_out</comment>
        <translation>Kein Treffpunkt in der Nähe (nächster {name}, {d} m).</translation>
    </message>
    <message>
        <source>{category} not reachable on foot</source>
        <comment>placement.r_item_unreachable</comment>
        <translation>{category} zu Fuß nicht erreichbar</translation>
    </message>
    <message>
        <source>{category} {d} m on foot</source>
        <comment>placement.r_item_walk</comment>
        <translation>{category} {d} m zu Fuß</translation>
    </message>
    <message>
        <source>Kita places: {children} expected children; {free} free places at {n} Kita(s) within {dist} m (nearest {name}, {d} m straight line).</source>
        <comment>placement.r_kita_line</comment>
        <translation>Kita-Plätze: {children} erwartete Kinder; {free} freie Plätze in {n} Kita(s) innerhalb von {dist} m (nächste: {name}, {d} m Luftlinie).</translation>
    </message>
    <message>
        <source>Kita places: {children} expected children; {free} free places at {n} Kita(s) within {dist} m on foot (nearest {name}, {d} m on foot).</source>
        <comment>placement.r_kita_walk</comment>
        <translation>Kita-Plätze: {children} erwartete Kinder; {free} freie Plätze in {n} Kita(s) innerhalb von {dist} m zu Fuß (nächste {name}, {d} m zu Fuß).</translation>
    </message>
    <message>
        <source>No existing shelter.</source>
        <comment>placement.r_no_shelter</comment>
        <translation>Keine bestehende Unterkunft.</translation>
    </message>
    <message>
        <source>Services: {items}.</source>
        <comment>placement.r_services</comment>
        <translation>Angebote: {items}.</translation>
    </message>
    <message>
        <source>Services (straight line): {items}.</source>
        <comment>placement.r_services_line</comment>
        <translation>Angebote (Luftlinie): {items}.</translation>
    </message>
    <message>
        <source>Nearest shelter: {name}, {d} m.</source>
        <comment>placement.r_shelter</comment>
        <translation>Nächste Unterkunft: {name}, {d} m.</translation>
    </message>
    <message>
        <source>{parts: }</source>
        <comment>placement.reason</comment>
        <translation>{parts: }</translation>
    </message>
    <message>
        <source>district cap (MAX_PER_1000)</source>
        <comment>placement.rule_district_cap</comment>
        <translation>Stadtteil-Obergrenze (MAX_PER_1000)</translation>
    </message>
    <message>
        <source>group rules (RULES)</source>
        <comment>placement.rule_groups</comment>
        <translation>Gruppenregeln (RULES)</translation>
    </message>
    <message>
        <source>hotspot rule (HOTSPOT_MAX_PLACES)</source>
        <comment>placement.rule_hotspot</comment>
        <translation>Treffpunkt-Regel (HOTSPOT_MAX_PLACES)</translation>
    </message>
    <message>
        <source>Kita rule (KITA_RULE)</source>
        <comment>placement.rule_kita</comment>
        <translation>Kita-Regel (KITA_RULE)</translation>
    </message>
    <message>
        <source>rule {row} (&apos;{a}&apos; {relation} &apos;{b}&apos;, {dist} m)</source>
        <comment>placement.rule_ref</comment>
        <translation>Regel {row} („{a}“ {relation} „{b}“, {dist} m)</translation>
    </message>
    <message>
        <source>service rule (SERVICE_CATEGORIES)</source>
        <comment>placement.rule_services</comment>
        <translation>Versorgungsregel (SERVICE_CATEGORIES)</translation>
    </message>
    <message>
        <source>spacing rule (MIN_SPACING_M)</source>
        <comment>placement.rule_spacing</comment>
        <translation>Abstandsregel (MIN_SPACING_M)</translation>
    </message>
    <message>
        <source>Distances to services and Kitas: straight line (no walking network given).</source>
        <comment>placement.status_distance_line</comment>
        <translation>Entfernungen zu Angeboten und Kitas: Luftlinie (kein Wegenetz angegeben).</translation>
    </message>
    <message>
        <source>Distances to services and Kitas: walking distance on the network.</source>
        <comment>placement.status_distance_walk</comment>
        <translation>Entfernungen zu Angeboten und Kitas: Fußweg im Wegenetz.</translation>
    </message>
    <message>
        <source>Placement of {places} places at {sites} sites found within the time limit; highest load {load} per 1,000, at most {gap} % from the best possible.</source>
        <comment>placement.status_feasible</comment>
        <translation>Verteilung von {places} Plätzen auf {sites} Standorte innerhalb des Zeitlimits gefunden; höchste Belastung {load} je 1.000, höchstens {gap} % vom bestmöglichen Wert entfernt.</translation>
    </message>
    <message>
        <source>No placement satisfies all rules. {first}</source>
        <comment>placement.status_infeasible</comment>
        <translation>Keine Verteilung erfüllt alle Regeln. {first}</translation>
    </message>
    <message>
        <source>Optimal placement of {places} places at {sites} sites; highest load {load} places per 1,000 inhabitants.</source>
        <comment>placement.status_optimal</comment>
        <translation>Optimale Verteilung von {places} Plätzen auf {sites} Standorte; höchste Belastung {load} Plätze je 1.000 Einwohner.</translation>
    </message>
    <message>
        <source>No placement was found within the time limit of {t} s; infeasibility is not proven. Increase TIME_LIMIT_S or relax the rules.</source>
        <comment>placement.status_timeout</comment>
        <translation>Innerhalb des Zeitlimits von {t} s wurde keine Verteilung gefunden; Unlösbarkeit ist nicht bewiesen. TIME_LIMIT_S erhöhen oder Regeln lockern.</translation>
    </message>
    <message>
        <source>No placement was found within the time limit of {t} s: building the model alone took the time; infeasibility is not proven. Increase TIME_LIMIT_S or reduce the candidate sites.</source>
        <comment>placement.status_timeout_build</comment>
        <translation>Innerhalb des Zeitlimits von {t} s wurde keine Verteilung gefunden: Schon der Modellaufbau brauchte die Zeit; Unlösbarkeit ist nicht bewiesen. TIME_LIMIT_S erhöhen oder Potenzialflächen verringern.</translation>
    </message>
    <message>
        <source>No placement was searched: the model for these candidate sites could not be built within the time limit of {t} s (see the note on close pairs); infeasibility is not proven.</source>
        <comment>placement.status_timeout_dense</comment>
        <translation>Es wurde keine Verteilung gesucht: Das Modell für diese Potenzialflächen ließ sich nicht im Zeitlimit von {t} s aufbauen (siehe Hinweis zu nahen Paaren); Unlösbarkeit ist nicht bewiesen.</translation>
    </message>
    <message>
        <source>No placement was found: the solver stopped without a result (time limit {t} s); infeasibility is not proven. Relax the rules or increase TIME_LIMIT_S.</source>
        <comment>placement.status_unknown</comment>
        <translation>Keine Verteilung gefunden: Der Solver brach ohne Ergebnis ab (Zeitlimit {t} s); Unlösbarkeit ist nicht bewiesen. Regeln lockern oder TIME_LIMIT_S erhöhen.</translation>
    </message>
    <message>
        <source>Warning: the verifier found {n} rule violation(s) in this result.</source>
        <comment>placement.status_violations</comment>
        <translation>Warnung: Die Prüfung fand {n} Regelverstöße in diesem Ergebnis.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: {places} places is not a positive whole number.</source>
        <comment>placement.v_bad_places</comment>
        <translation>Standort „{site}“: {places} Plätze ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>District &apos;{district}&apos;: {new} new places exceed the cap of {cap}.</source>
        <comment>placement.v_cap</comment>
        <translation>Stadtteil „{district}“: {new} neue Plätze überschreiten die Obergrenze von {cap}.</translation>
    </message>
    <message>
        <source>Group &apos;{group}&apos;: {placed} new places placed, {need} required.</source>
        <comment>placement.v_group_total</comment>
        <translation>Gruppe „{group}“: {placed} neue Plätze verteilt, {need} verlangt.</translation>
    </message>
    <message>
        <source>Hotspot &apos;{hotspot}&apos;: {new} new places within its radius exceed the limit of {cap}.</source>
        <comment>placement.v_hotspot</comment>
        <translation>Treffpunkt „{hotspot}“: {new} neue Plätze im Umkreis überschreiten die Grenze von {cap}.</translation>
    </message>
    <message>
        <source>Kita rule: the {children} expected children of the new places find only {fits} free Kita places within reach.</source>
        <comment>placement.v_kita</comment>
        <translation>Kita-Regel: Für die {children} erwarteten Kinder der neuen Plätze gibt es nur {fits} freie erreichbare Kita-Plätze.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: {places} places is not a multiple of its module {module}.</source>
        <comment>placement.v_module</comment>
        <translation>Standort „{site}“: {places} Plätze ist kein Vielfaches des Moduls {module}.</translation>
    </message>
    <message>
        <source>Rule &apos;{a} near {b}&apos; ({dist} m): site &apos;{s}&apos; has no hotspot or shelter of &apos;{b}&apos; within {dist} m.</source>
        <comment>placement.v_near</comment>
        <translation>Regel „{a} nahe {b}“ ({dist} m): Standort „{s}“ hat keinen Treffpunkt und keine Unterkunft von „{b}“ innerhalb {dist} m.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; lies outside every district.</source>
        <comment>placement.v_outside</comment>
        <translation>Standort „{site}“ liegt außerhalb aller Stadtteile.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: {places} places is outside its range {min}–{max}.</source>
        <comment>placement.v_range</comment>
        <translation>Standort „{site}“: {places} Plätze liegt außerhalb des Bereichs {min}–{max}.</translation>
    </message>
    <message>
        <source>Rule &apos;{a} separate {b}&apos; ({dist} m): site &apos;{s}&apos; ({ga}) is {d} m from &apos;{t}&apos; ({gb}).</source>
        <comment>placement.v_separate</comment>
        <translation>Regel „{a} getrennt von {b}“ ({dist} m): Standort „{s}“ ({ga}) liegt {d} m von „{t}“ ({gb}) entfernt.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: no &apos;{category}&apos; within {dist} m.</source>
        <comment>placement.v_service</comment>
        <translation>Standort „{site}“: kein Angebot „{category}“ innerhalb von {dist} m.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: no &apos;{category}&apos; within {dist} m walking distance.</source>
        <comment>placement.v_service_walk</comment>
        <translation>Standort „{site}“: kein Angebot „{category}“ innerhalb von {dist} m Fußweg.</translation>
    </message>
    <message>
        <source>Sites &apos;{a}&apos; and &apos;{b}&apos; are {d} m apart; MIN_SPACING_M is {min} m.</source>
        <comment>placement.v_spacing</comment>
        <translation>Standorte „{a}“ und „{b}“ liegen {d} m auseinander; MIN_SPACING_M ist {min} m.</translation>
    </message>
    <message>
        <source>Site &apos;{a}&apos; is {d} m from shelter &apos;{b}&apos;; MIN_SPACING_M is {min} m.</source>
        <comment>placement.v_spacing_shelter</comment>
        <translation>Standort „{a}“ liegt {d} m von Unterkunft „{b}“ entfernt; MIN_SPACING_M ist {min} m.</translation>
    </message>
    <message>
        <source>{placed} new places placed, {need} required.</source>
        <comment>placement.v_total</comment>
        <translation>{placed} neue Plätze verteilt, {need} verlangt.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: group &apos;{group}&apos; is not in the group demand.</source>
        <comment>placement.v_unknown_group</comment>
        <translation>Standort „{site}“: Gruppe „{group}“ steht nicht im Gruppenbedarf.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; is not a candidate site.</source>
        <comment>placement.v_unknown_site</comment>
        <translation>Standort „{site}“ ist keine Potenzialfläche.</translation>
    </message>
    <message>
        <source>Grid cells for publication must be at least {minimum:.0f} m wide (got {value} m).</source>
        <comment>privacy.bad_cell</comment>
        <translation>Rasterzellen für Veröffentlichungen müssen mindestens {minimum:.0f} m breit sein (erhalten: {value} m).</translation>
    </message>
    <message>
        <source>The small-count threshold must be a whole number of at least 1 (got {value}).</source>
        <comment>privacy.bad_threshold</comment>
        <translation>Die Schwelle für kleine Anzahlen muss eine ganze Zahl ab 1 sein (erhalten: {value}).</translation>
    </message>
    <message>
        <source>&lt; {threshold}</source>
        <comment>privacy.below</comment>
        <translation>&lt; {threshold}</translation>
    </message>
    <message>
        <source>Generalised for publication: shelter locations, names, operators and group labels are not shown; counts below {threshold} appear as “&lt; {threshold}”.</source>
        <comment>privacy.generalised</comment>
        <translation>Für die Veröffentlichung generalisiert: Standorte, Namen, Träger und Gruppen von Unterkünften werden nicht gezeigt; Anzahlen unter {threshold} erscheinen als „&lt; {threshold}“.</translation>
    </message>
    <message>
        <source>Internal working map: shows shelter locations. Not for publication; use the public-safe export.</source>
        <comment>privacy.internal</comment>
        <translation>Interne Arbeitskarte: zeigt Standorte von Unterkünften. Nicht zur Veröffentlichung; bitte den generalisierten Export verwenden.</translation>
    </message>
    <message>
        <source>withheld: fewer than {n} shelters</source>
        <comment>privacy.point_stats_withheld</comment>
        <translation>nicht veröffentlicht: weniger als {n} Unterkünfte</translation>
    </message>
    <message>
        <source>Indices and the Lorenz curve use the published district figures; withheld districts share the withheld places in proportion to their population.</source>
        <comment>privacy.public_view</comment>
        <translation>Indizes und Lorenzkurve beruhen auf den veröffentlichten Zahlen je Stadtteil; geheim gehaltene Stadtteile teilen sich die geheim gehaltenen Plätze nach ihrer Einwohnerzahl.</translation>
    </message>
    <message>
        <source>suppressed</source>
        <comment>privacy.suppressed</comment>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>* = withheld (one shelter holds at least 85 % of the places, or to protect a small figure from subtraction)</source>
        <comment>privacy.withheld_mark</comment>
        <translation>* = geheim gehalten (eine Unterkunft hat mindestens 85 % der Plätze, oder zum Schutz einer kleinen Zahl vor Differenzbildung)</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <comment>report.alternatives</comment>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>Districts before and after</source>
        <comment>report.before_after</comment>
        <translation>Stadtteile vorher und nachher</translation>
    </message>
    <message>
        <source>Charts</source>
        <comment>report.charts</comment>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>City-wide figures</source>
        <comment>report.city</comment>
        <translation>Gesamtstädtische Kennzahlen</translation>
    </message>
    <message>
        <source>Definition</source>
        <comment>report.definition</comment>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>report.details</comment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Technical figures (test statistics, expected values, figures per meeting point)</source>
        <comment>report.details_city</comment>
        <translation>Technische Kennzahlen (Teststatistiken, Erwartungswerte, Kennzahlen je Treffpunkt)</translation>
    </message>
    <message>
        <source>Gi* test statistics per district</source>
        <comment>report.details_districts</comment>
        <translation>Gi*-Teststatistiken je Stadtteil</translation>
    </message>
    <message>
        <source>Why no placement is possible</source>
        <comment>report.diagnosis</comment>
        <translation>Warum keine Verteilung möglich ist</translation>
    </message>
    <message>
        <source>The plugin suggests; planners decide.</source>
        <comment>report.disclaimer</comment>
        <translation>Das Werkzeug schlägt vor; die Entscheidung treffen Menschen.</translation>
    </message>
    <message>
        <source>Districts</source>
        <comment>report.districts</comment>
        <translation>Stadtteile</translation>
    </message>
    <message>
        <source>Generated {date} by the Dispersion Planner. Figures are aggregate counts; no data on persons.</source>
        <comment>report.generated</comment>
        <translation>Erstellt am {date} mit dem Dispersion Planner. Nur aggregierte Zahlen, keine Personendaten.</translation>
    </message>
    <message>
        <source>Figure</source>
        <comment>report.metric</comment>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>The data sources were not recorded.</source>
        <comment>report.no_sources</comment>
        <translation>Die Datenquellen wurden nicht festgehalten.</translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <comment>report.notes</comment>
        <translation>Hinweise zu den Daten</translation>
    </message>
    <message>
        <source>Parameters</source>
        <comment>report.parameters</comment>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Analysis</source>
        <comment>report.parameters_analysis</comment>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Placement</source>
        <comment>report.parameters_placement</comment>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Suggested placement</source>
        <comment>report.placement</comment>
        <translation>Standortvorschlag</translation>
    </message>
    <message>
        <source>What it means</source>
        <comment>report.reading</comment>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>report.result</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Suggested sites</source>
        <comment>report.sites</comment>
        <translation>Vorgeschlagene Standorte</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>report.source</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>{count} features</source>
        <comment>report.source_count</comment>
        <translation>{count} Objekte</translation>
    </message>
    <message>
        <source>Layer</source>
        <comment>report.source_layer</comment>
        <translation>Layer</translation>
    </message>
    <message>
        <source>{origin} ({count} features)</source>
        <comment>report.source_origin</comment>
        <translation>{origin} ({count} Objekte)</translation>
    </message>
    <message>
        <source>Data sources</source>
        <comment>report.sources</comment>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>report.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dispersion of refugee accommodation</source>
        <comment>report.title</comment>
        <translation>Verteilung der Gemeinschaftsunterkünfte</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>report.value</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: category &apos;{value}&apos; is read as &apos;{category}&apos; ({count} feature(s)).</source>
        <comment>validation.category_alias</comment>
        <translation>Layer „{layer}“, Feld „{field}“: Kategorie „{value}“ wird als „{category}“ gelesen ({count} Objekt(e)).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;geometry&apos;: coordinate {value} lies outside the valid area of {crs} ({low} to {high}); check the layer&apos;s CRS.</source>
        <comment>validation.coordinate_outside_crs</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „Geometrie“: Koordinate {value} liegt außerhalb des gültigen Bereichs von {crs} ({low} bis {high}); bitte das KBS des Layers prüfen.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has a coordinate reference system that cannot be converted to metres ({crs}). Set its real CRS in the layer properties.</source>
        <comment>validation.crs_unusable</comment>
        <translation>Layer „{layer}“ hat ein Koordinatenbezugssystem, das sich nicht in Meter umrechnen lässt ({crs}). Bitte das richtige KBS in den Layereigenschaften festlegen.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, features {fid} and {other}: the districts overlap ({area} m²); shelters in the overlap count for the first one only.</source>
        <comment>validation.districts_overlap</comment>
        <translation>Layer „{layer}“, Objekte {fid} und {other}: die Stadtteile überlappen sich ({area} m²); Unterkünfte in der Überlappung zählen nur für den ersten.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: id &apos;{value}&apos; occurs more than once (also feature {other}).</source>
        <comment>validation.duplicate_id</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: Kennung „{value}“ kommt mehrfach vor (auch Objekt {other}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no features.</source>
        <comment>validation.empty_layer</comment>
        <translation>Layer „{layer}“ enthält keine Objekte.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is not a whole number.</source>
        <comment>validation.fractional</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: {value} ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The input data have {count} problem(s); first: {first}</source>
        <comment>validation.input_invalid</comment>
        <translation>Die Eingabedaten haben {count} Problem(e); zuerst: {first}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: invalid geometry ({reason}) was repaired on a copy; the source is unchanged.</source>
        <comment>validation.invalid_geometry_repaired</comment>
        <translation>Layer „{layer}“, Objekt {fid}: ungültige Geometrie ({reason}) wurde in einer Kopie repariert; die Quelle bleibt unverändert.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: invalid geometry ({reason}) could not be repaired.</source>
        <comment>validation.invalid_geometry_unrepairable</comment>
        <translation>Layer „{layer}“, Objekt {fid}: ungültige Geometrie ({reason}) ließ sich nicht reparieren.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} places in one shelter is unusually many (more than {limit}); check the figure.</source>
        <comment>validation.large_capacity</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: {value} Plätze in einer Unterkunft sind ungewöhnlich viele (mehr als {limit}); bitte prüfen.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: min_places ({min}) exceeds max_places ({max}).</source>
        <comment>validation.min_gt_max</comment>
        <translation>Layer „{layer}“, Objekt {fid}: min_places ({min}) ist größer als max_places ({max}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (required: {required}). Map an existing field to it.</source>
        <comment>validation.missing_field</comment>
        <translation>Layer „{layer}“ hat kein Feld „{field}“ (benötigt: {required}). Ordnen Sie ein vorhandenes Feld zu.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: population is missing or 0; the district is excluded from ratios.</source>
        <comment>validation.missing_population</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: Einwohnerzahl fehlt oder ist 0; der Stadtteil bleibt bei Quoten unberücksichtigt.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: value is missing.</source>
        <comment>validation.missing_value</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: Wert fehlt.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is negative; counts must be 0 or more.</source>
        <comment>validation.negative</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: {value} ist negativ; Anzahlen müssen 0 oder größer sein.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system. Set it in the layer properties.</source>
        <comment>validation.no_crs</comment>
        <translation>Layer „{layer}“ hat kein Koordinatenbezugssystem. Bitte in den Layereigenschaften festlegen.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: geometry is missing or empty.</source>
        <comment>validation.no_geometry</comment>
        <translation>Layer „{layer}“, Objekt {fid}: Geometrie fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;geometry&apos;: a coordinate is not a finite number ({value}).</source>
        <comment>validation.not_finite_coordinate</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „Geometrie“: eine Koordinate ist keine endliche Zahl ({value}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: occupied ({occupied}) exceeds capacity ({capacity}). Check the source figures.</source>
        <comment>validation.occupied_gt_capacity</comment>
        <translation>Layer „{layer}“, Objekt {fid}: belegt ({occupied}) übersteigt die Kapazität ({capacity}). Bitte Quellzahlen prüfen.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: lies outside all districts and is not counted in any district.</source>
        <comment>validation.outside_districts</comment>
        <translation>Layer „{layer}“, Objekt {fid}: liegt außerhalb aller Stadtteile und wird keinem Stadtteil zugerechnet.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is in {source} ({kind}); a copy was reprojected to {target} for metric distances.</source>
        <comment>validation.reprojected</comment>
        <translation>Layer „{layer}“ liegt in {source} ({kind}) vor; eine Kopie wurde für metrische Abstände nach {target} umprojiziert.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is implausibly large (more than {limit}); check the source figures.</source>
        <comment>validation.too_large</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: {value} ist unplausibel groß (mehr als {limit}); bitte Quellzahlen prüfen.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: category &apos;{value}&apos; is unknown; counted as &apos;other&apos;. Known: {known}.</source>
        <comment>validation.unknown_category</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: Kategorie „{value}“ ist unbekannt und wird als „other“ gezählt. Bekannt: {known}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not one of {known}.</source>
        <comment>validation.unknown_value</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: „{value}“ ist keiner der Werte {known}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: geometry is {actual}, expected {expected}.</source>
        <comment>validation.wrong_geometry</comment>
        <translation>Layer „{layer}“, Objekt {fid}: Geometrie ist {actual}, erwartet wird {expected}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not a {kind}.</source>
        <comment>validation.wrong_type</comment>
        <translation>Layer „{layer}“, Objekt {fid}, Feld „{field}“: „{value}“ ist keine gültige Angabe ({kind}).</translation>
    </message>
</context>
</TS>
