<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DispersionPlanner</name>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="47"/>
        <source>Add planning layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="50"/>
        <source>Open your districts, shelters, hotspots, services and candidate sites (GeoPackage, Shapefile, GeoJSON, or any layer already in the project, e.g. PostGIS or WFS), map fields whose names differ, then check them against the data contract. Your files are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="57"/>
        <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="58"/>
        <source>A GeoPackage, Shapefile or GeoJSON file; all its layers are added to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="59"/>
        <source>Add file&apos;s layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="60"/>
        <source>Add the layers of the chosen file to the project so they can be mapped below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="79"/>
        <source>Problems found: each names the layer, the feature and the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="80"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="84"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="85"/>
        <source>Validate the chosen layers against the data contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="86"/>
        <source>Use and style layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="87"/>
        <source>Remember the field mapping in the project and apply the style presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="100"/>
        <source>No vector layer could be opened from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="103"/>
        <source>Planning layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="121"/>
        <source>Choose a districts layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="133"/>
        <source>All layers meet the data contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="149"/>
        <source>Layer &apos;{layer}&apos; is chosen both as {a} and as {b}; it keeps the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="161"/>
        <source>Planning layers styled and mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="161"/>
        <source>Layers styled, but the check found errors: see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="34"/>
        <source>Dispersion Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="31"/>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="31"/>
        <source>Shelters (GU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="31"/>
        <source>Community hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="32"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="44"/>
        <source>Candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="32"/>
        <source>Group rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="33"/>
        <source>Group demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="62"/>
        <source>Layer used as {kind}. Its data are read, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="63"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="72"/>
        <source>Field of the layer that holds &apos;{field}&apos; ({kind}{req}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="72"/>
        <source>, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="72"/>
        <source>, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="75"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="29"/>
        <source>&amp;Dispersion Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="49"/>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="49"/>
        <source>Add the Kaiserslautern sample layers (illustrative) to the project, styled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Add planning layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Load your own districts, shelters, hotspots, services and candidate sites and check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="53"/>
        <source>Dispersion analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="53"/>
        <source>Measure how concentrated accommodation is, per district and city-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="55"/>
        <source>Placement suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="55"/>
        <source>Suggest where new places should go so that no district is overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="57"/>
        <source>Export INSEK map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="57"/>
        <source>Export maps and district profiles (PDF/PNG/SVG), with a public-safe mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="126"/>
        <source>Sample loaded: {n} layers. The data are illustrative (schematic boundaries and positions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="22"/>
        <source>Load Kaiserslautern sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="25"/>
        <source>Copies the bundled Kaiserslautern sample (18 districts with schematic boundaries, 10 shelters with the figures of 28 Nov 2023, community hotspots, illustrative services and candidate sites) into OUTPUT and adds its layers to the project with the plugin&apos;s styles.

OUTPUT: folder for the GeoPackage (a temporary folder when empty).
LOAD: add the layers to the current project.

The data are illustrative: boundaries are schematic and shelter positions are never real buildings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="35"/>
        <source>Add the layers to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="36"/>
        <source>Folder for the sample GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="39"/>
        <source>Sample GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="44"/>
        <source>Sample copied to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="40"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="40"/>
        <source>Data import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="40"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="69"/>
        <source>The districts layer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="77"/>
        <source>{count} input problem(s), first: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="37"/>
        <source>Dispersion Planner: refugee accommodation analysis and placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="24"/>
        <source>The sample GeoPackage is missing: {path}. Reinstall the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="42"/>
        <source>Layer &apos;{table}&apos; could not be opened from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="107"/>
        <source>Kaiserslautern sample (illustrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="39"/>
        <source>Places per 1,000 inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="40"/>
        <source>Hot and cold spots (Gi*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="41"/>
        <source>Shelters by capacity and utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="42"/>
        <source>Community hotspots with radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="43"/>
        <source>Services by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="45"/>
        <source>Suggested placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="61"/>
        <source>Style preset &apos;{preset}&apos; could not be applied to &apos;{layer}&apos;: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="114"/>
        <source>The output must end in .pdf, .png or .svg (got &apos;{name}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="116"/>
        <source>The district atlas is written as one PDF; choose an output ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="119"/>
        <source>The output folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="121"/>
        <source>Cannot write to {path}: permission denied. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="133"/>
        <source>Layer &apos;{layer}&apos; is not valid (its source could not be opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="135"/>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system. Set it in the layer properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="138"/>
        <source>Layer &apos;{layer}&apos; has no features: there is nothing to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="184"/>
        <source>suppressed or no residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="184"/>
        <source>no residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="284"/>
        <source>QGIS could not write the map ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="308"/>
        <source>Cannot write to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="324"/>
        <source>The district atlas has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="361"/>
        <source>The public export was stopped: it would contain shelter details ({what}). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="408"/>
        <source>The districts layer has no usable features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="429"/>
        <source>Places per 1,000|inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="429"/>
        <source> (generalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="455"/>
        <source>Map: Dispersion Planner, {date}; CRS {crs}; district boundaries as supplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="458"/>
        <source>Illustrative data: not real shelter locations or official figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="459"/>
        <source>Places in shared accommodation per 1,000 inhabitants, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="481"/>
        <source>district profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="523"/>
        <source>INSEK export (generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="545"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="559"/>
        <source>City total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="560"/>
        <source>Districts: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="561"/>
        <source>Population: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="562"/>
        <source>Shelters: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="563"/>
        <source>Places: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="564"/>
        <source>Places per 1,000 inhabitants: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="567"/>
        <source>Suggested new places: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="577"/>
        <source>City summary: how evenly are places spread?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="592"/>
        <source>No city indices available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="629"/>
        <source>matplotlib is not installed: the Lorenz curve is left out of the summary page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="26"/>
        <source>Unknown layout &apos;{name}&apos;; choose one of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="30"/>
        <source>The layout template {path} is missing. Reinstall the plugin or run tools/build_layouts.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="43"/>
        <source>The layout template {path} is not valid XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="49"/>
        <source>The layout template {path} lacks the items {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="169"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="196"/>
        <source>A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="196"/>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="197"/>
        <source>A3 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="197"/>
        <source>A3 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="30"/>
        <source>childcare (Kita)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="30"/>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="30"/>
        <source>language course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="31"/>
        <source>counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="31"/>
        <source>job centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="31"/>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="32"/>
        <source>public transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="32"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="32"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="37"/>
        <source>hot spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="37"/>
        <source>cold spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="37"/>
        <source>not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="37"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="72"/>
        <source>City indices are not shown: the analysis module is not available in this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="79"/>
        <source>City indices could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="101"/>
        <source>Population: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="102"/>
        <source>Shelters: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="103"/>
        <source>Places: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="106"/>
        <source> (rank {rank} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="107"/>
        <source>Places per 1,000 inhabitants: {value}{rank}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="108"/>
        <source>Gi* class: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="110"/>
        <source>Suggested new places: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="112"/>
        <source>Groups: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="114"/>
        <source>Operators: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="117"/>
        <source>Nearest services from the district centre: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="78"/>
        <source>source not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="83"/>
        <source>licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="168"/>
        <source>Dispersion analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="54"/>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="55"/>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="57"/>
        <source>Count the places available in each shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="58"/>
        <source>Count the places currently occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="64"/>
        <source>Places counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="68"/>
        <source>Random permutations for the pseudo p-values of Moran&apos;s I and Gi* (0 = analytical only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="69"/>
        <source>Permutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="73"/>
        <source>Seed of the random permutations: the same seed gives the same p-values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="74"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="80"/>
        <source>A shelter has access when a kita, a school and a language course lie within this distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="108"/>
        <source>Service distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="85"/>
        <source>Progress of the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="169"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="89"/>
        <source>Run the analysis in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="139"/>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="91"/>
        <source>Stop the running analysis; nothing is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="143"/>
        <source>Close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="110"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="110"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="110"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="113"/>
        <source>City-wide indices with a one-line reading each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="114"/>
        <source>City indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="117"/>
        <source>Run the analysis to see the Lorenz curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="119"/>
        <source>Lorenz curve: the further below the diagonal, the more concentrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="120"/>
        <source>Run the analysis to see places per 1,000 by district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="122"/>
        <source>Places per 1,000 inhabitants per district against the city mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="125"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="127"/>
        <source>Metrics per district; sort by clicking a column header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="131"/>
        <source>What was excluded, repaired or reprojected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="132"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="140"/>
        <source>Choose a districts layer and a shelters layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="171"/>
        <source>Analysis cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="207"/>
        <source>No notes: all inputs were used as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="64"/>
        <source>District metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="218"/>
        <source>Analysis finished: layer &apos;District metrics&apos; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="39"/>
        <source>Export INSEK map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="63"/>
        <source>Shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="56"/>
        <source>Shared accommodation in Kaiserslautern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="67"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="68"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="64"/>
        <source>Public-safe: generalise shelters to districts (for anything leaving the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="68"/>
        <source>&lt;b&gt;Internal map:&lt;/b&gt; shelter locations will be visible. Do not publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="72"/>
        <source>Suppress counts below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="76"/>
        <source>District atlas: one page per district plus a city summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="76"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="76"/>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="113"/>
        <source>Choose an output file (.pdf, .png or .svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="121"/>
        <source>INSEK map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="134"/>
        <source>Export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="142"/>
        <source>Written: {path} ({pages} page(s)); layouts added: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="149"/>
        <source>INSEK export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="223"/>
        <source>Placement suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="77"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="82"/>
        <source>Number of new places to distribute (ignored when a group demand table is filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="78"/>
        <source>New places (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="84"/>
        <source>District cap: existing plus new places per 1,000 inhabitants may not exceed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="85"/>
        <source>Max. places per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="86"/>
        <source>Opened sites keep at least this distance from each other and from existing shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="87"/>
        <source>Min. spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="89"/>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="90"/>
        <source>Limit the places within each community hotspot&apos;s radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="91"/>
        <source>New plus existing places allowed within a hotspot&apos;s radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="97"/>
        <source>Hotspot limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="102"/>
        <source>Every opened site must have a &apos;{cat}&apos; within the service distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="106"/>
        <source>Required services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="107"/>
        <source>Maximum straight-line distance to each required service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="112"/>
        <source>Also compute the next-best distinct placements, so that planners can choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="178"/>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="118"/>
        <source>Stop the optimiser after this time and report the best placement found with its gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="119"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="120"/>
        <source>allow several groups at one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="121"/>
        <source>Off: each site houses one group (language units). On: groups may share a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="122"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="125"/>
        <source>Planner-defined group rules; the plugin ships no assumption about which groups conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="127"/>
        <source>Places per group label; when filled it replaces N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="134"/>
        <source>Progress of the optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="137"/>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="138"/>
        <source>Compute a placement in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="140"/>
        <source>Stop the optimisation; nothing is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="159"/>
        <source>Status of the suggestion, and why no placement is possible when it is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="160"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="163"/>
        <source>Suggested sites with the reason for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="165"/>
        <source>Sites and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="170"/>
        <source>Places per 1,000 inhabitants before and after, with the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="172"/>
        <source>Districts before and after the suggested placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="175"/>
        <source>Before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="177"/>
        <source>Places per site in the suggestion and in each alternative, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="196"/>
        <source>Choose the districts, shelters and candidate sites layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="226"/>
        <source>Suggestion cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="259"/>
        <source>Highest load among receiving districts: {v} places per 1,000 inhabitants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="262"/>
        <source>Optimality gap at the time limit: {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="264"/>
        <source>Why no placement is possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="95"/>
        <source>Suggested sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="270"/>
        <source>The plugin suggests; planners decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="283"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="284"/>
        <source>Alternative {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="292"/>
        <source>highest load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="96"/>
        <source>Districts after placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="31"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="31"/>
        <source>Add an empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="31"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="31"/>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="31"/>
        <source>Load CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="31"/>
        <source>Replace the rows with those of a CSV file (; or , separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="31"/>
        <source>Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="31"/>
        <source>Save the rows to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="51"/>
        <source>separate: keep group_a at least distance_m from group_b; near: place group_a within distance_m of a hotspot or shelter of group_b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="112"/>
        <source>Load table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="112"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="117"/>
        <source>Save table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="117"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="37"/>
        <source>Analyse dispersion of accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="40"/>
        <source>Measures how concentrated shelter places are across districts, relative to where people live.

Per district: places, places per 1,000 inhabitants (per_1000), location quotient (lq), Getis-Ord Gi* (z, pseudo p, hot/cold class at p &lt; 0.05).
City-wide: population-weighted Gini with Lorenz curve, Theil, Hoover/dissimilarity, HHI, coefficient of variation, global Moran&apos;s I (queen contiguity, row-standardised, analytical and permutation inference), Clark-Evans nearest-neighbour index, share of places near community hotspots and share of places with childcare, school and language course within SERVICE_DISTANCE_M.

PLACES_FIELD: count capacity or occupied places. PERMUTATIONS and SEED make the pseudo p-values reproducible. Districts with no or zero population are excluded from ratios and reported.
Outputs: DISTRICT_METRICS (polygons), CITY_METRICS (table: metric, value, note, reading), REPORT (HTML with charts and plain-language readings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="67"/>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="70"/>
        <source>Places field (capacity or occupied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="64"/>
        <source>Permutations for pseudo p-values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="66"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="67"/>
        <source>Service access distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="70"/>
        <source>City metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="97"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="97"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="114"/>
        <source>Checking the input layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="88"/>
        <source>Computing indices and spatial statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="43"/>
        <source>Export INSEK map or district atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="67"/>
        <source>Shared accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="70"/>
        <source>Public-safe (generalised for publication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="75"/>
        <source>District atlas (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="78"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="79"/>
        <source>Layouts added to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="87"/>
        <source>Unknown layout; choose one of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="114"/>
        <source>{kind}: using the project layer &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="118"/>
        <source>Internal export: shelter locations are shown. Do not publish this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="31"/>
        <source>&apos;{entry}&apos; is not of the form name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="47"/>
        <source>Bundle shelter lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="50"/>
        <source>Merges shelter lists from several sources (e.g. each operator's list and the city's list) into one shelter layer and a table of conflicts. Records are the same shelter when they share an id, or lie within MATCH_DISTANCE_M metres with similar names, or (without a position) have very similar names.

SOURCES: the lists, highest priority first; German or English column names are recognised (Nr, Bezeichnung, Plätze, belegt, frei, Auslastung, Träger, Stand, ...).
FIELD_MAP (optional): extra mappings 'capacity=Kapazität gesamt;occupied=Belegung' applied to every source that has the field.
SOURCE_DATES (optional): 'layer name=2023-11-28;...' for lists without a date column.

Each field takes the value of the newest source (ties: the earlier source) and records it in &lt;field&gt;_source and &lt;field&gt;_date. CONFLICTS lists differing capacities, occupied &gt; capacity and stated utilisation or free places that contradict the counts, in English and German. The sources are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="66"/>
        <source>Shelter lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="68"/>
        <source>Match distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="70"/>
        <source>Field mapping (contract=source;...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="72"/>
        <source>Dates of the lists (layer=date;...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="60"/>
        <source>Target CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="76"/>
        <source>Bundled shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="78"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="85"/>
        <source>No shelter lists were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="131"/>
        <source>{shelters} shelters from {sources} lists; {conflicts} conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="28"/>
        <source>Import Integreat locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="31"/>
        <source>Reads the locations of the Integreat app (the JSON of /api/v3/&lt;region&gt;/&lt;language&gt;/locations/, saved to a file) into a services layer with service_id, name and category.

CATEGORY_MAP (optional): how Integreat category names become service categories, as a CSV file with two columns (Integreat category; category) or as text like &apos;Beratung=counselling;Freizeit=other&apos;. Entries extend the built-in German/English mapping. Categories: {categories}.
TARGET_CRS: coordinate system of the output (default EPSG:25832).

Temporarily closed locations and locations without coordinates are skipped; the log names them. Unmapped categories count as &apos;other&apos; and are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="43"/>
        <source>Integreat locations JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="44"/>
        <source>Category mapping (CSV file or a=b;c=d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="81"/>
        <source>{count} services written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="41"/>
        <source>Import Zensus 2022 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="44"/>
        <source>Reads a Zensus 2022 grid table (CSV with GITTER_ID_100m, GITTER_ID_1km or GITTER_ID_10km, e.g. GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner) and writes one polygon per grid cell.

INPUT: the CSV as downloaded from the Zensus database (separator ';').
TARGET_CRS: coordinate system of the output (default EPSG:25832); the cells are EPSG:3035 squares and their corners are reprojected.
VALUE_FIELD: the column with the counts (default Einwohner).
EXTENT (optional): keep only cells whose centre lies inside, e.g. the city's extent.

OUTPUT fields: gitter_id, einwohner (empty where the Zensus suppressed the value, shown as '–'), einwohner_suppressed (true for those cells) and the CSV's other columns. Uninhabited cells are not in the Zensus file and so not in the output. The file is read in chunks; memory does not grow with its size. Source: Statistische Ämter des Bundes und der Länder, Zensus 2022, dl-de/by-2-0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="35"/>
        <source>Zensus grid CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="62"/>
        <source>Value column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="64"/>
        <source>Keep only cells within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="65"/>
        <source>Zensus grid cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="103"/>
        <source>Could not write the grid cells: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="113"/>
        <source>{count} grid cells written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="115"/>
        <source>{count} cells outside the extent were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="29"/>
        <source>Unknown service categories: {unknown}. Known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="44"/>
        <source>Suggest placements of new places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="47"/>
        <source>Suggests at which candidate sites, and how many, PLACES new places should go so that accommodation is dispersed across the city. An exact optimiser (mixed-integer programme, HiGHS) keeps every rule:
- each site gets 0 or between its min_places and max_places, in multiples of its module;
- district cap: new places in a district ≤ MAX_PER_1000 × population / 1,000 − existing places;
- opened sites keep MIN_SPACING_M from each other and from existing shelters;
- new places within a hotspot's radius ≤ HOTSPOT_MAX_PLACES − existing places there (empty: no limit);
- RULES (table: group_a, group_b, relation 'separate' or 'near', distance_m) and GROUP_DEMAND (table: group_label, places, replacing PLACES);
- every opened site has each of SERVICE_CATEGORIES (e.g. 'kita,school') within SERVICE_MAX_DISTANCE_M.
It first minimises the highest load among receiving districts, then places near hotspots and close pairs of sites, then cost. STATUS is optimal, feasible (time limit, with GAP) or infeasible; when infeasible, MESSAGE and the log say which rules conflict and the smallest relaxation that works. ALTERNATIVES adds the next-best distinct placements (field 'alternative'). Each site carries a plain-language reason. The plugin suggests; planners decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="69"/>
        <source>Existing shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="76"/>
        <source>Group rules table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="77"/>
        <source>Group demand table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="80"/>
        <source>Maximum places per 1,000 inhabitants per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="82"/>
        <source>Minimum spacing between sites (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="84"/>
        <source>Maximum places within a hotspot&apos;s radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="86"/>
        <source>Required service categories (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="88"/>
        <source>Maximum distance to each required service (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="90"/>
        <source>Time limit (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="92"/>
        <source>Alternatives (next-best distinct placements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="94"/>
        <source>Allow several groups at one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="98"/>
        <source>Status (optimal, feasible, infeasible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="99"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="100"/>
        <source>Highest load among receiving districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="101"/>
        <source>Relative optimality gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="129"/>
        <source>Solving the placement model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="42"/>
        <source>A Processing provider &apos;dispersion&apos; is already registered; keeping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="59"/>
        <source>Import CSV with coordinates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="59"/>
        <source>Import a shelter, service or candidate list from a spreadsheet (CSV), with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="62"/>
        <source>Fuse shelter lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="62"/>
        <source>Merge shelter lists from several sources with provenance and conflict flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="48"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="84"/>
        <source>Import points from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="88"/>
        <source>Read a spreadsheet export (CSV) with coordinate columns as a planning layer. The detected settings are shown below: correct any that are wrong, check the preview, then import. The file itself is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="96"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="97"/>
        <source>The CSV file to import; it is read, never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="99"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="103"/>
        <source>Which layer of the data contract the rows are: this decides the fields to map, which columns are read as numbers and the style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="106"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="108"/>
        <source>Name of the new layer in the project (default: the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="109"/>
        <source>Layer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="112"/>
        <source>Detected settings (correct them if the preview looks wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="117"/>
        <source>Text encoding of the file. Umlauts shown as 'Ã¤' mean UTF-8 read as cp1252; '�' means cp1252 read as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="122"/>
        <source>Character that separates the columns; if the preview shows a single column, the separator is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="125"/>
        <source>comma (7,75)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="126"/>
        <source>point (7.75)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="127"/>
        <source>Decimal mark of numbers in the file; German spreadsheets use a comma and a point as thousands separator (1.344)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="130"/>
        <source>Column with the x coordinate: longitude, easting or Rechtswert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="132"/>
        <source>Column with the y coordinate: latitude, northing or Hochwert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="135"/>
        <source>not recognised: choose the CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="136"/>
        <source>Coordinate reference system of the coordinate columns, e.g. EPSG:4326 for latitude/longitude, EPSG:25832 for UTM 32N, EPSG:31466/31467 for Gauss-Krüger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="139"/>
        <source>Skip rows without coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="140"/>
        <source>Import the other rows and list the skipped lines; otherwise rows without coordinates stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="142"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="142"/>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="142"/>
        <source>Decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="147"/>
        <source>x / longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="149"/>
        <source>y / latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="151"/>
        <source>CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="158"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="159"/>
        <source>Which column holds each field of the data contract; the mapping is stored with the layer, the columns keep their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="171"/>
        <source>Coordinates of the preview rows read with the settings above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="172"/>
        <source>Preview (first {n} rows, coordinate columns highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="175"/>
        <source>The first rows of the file as read with the settings above; nothing here is written back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="183"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="186"/>
        <source>Notes and problems of the detection and the import, each naming the file and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="196"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="197"/>
        <source>Read the whole file with these settings, check it against the data contract and add it to the project as a styled layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="201"/>
        <source>Close without importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="260"/>
        <source>The coordinate system could not be recognised from the values of &apos;{x}&apos;/&apos;{y}&apos;: choose the CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="451"/>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="311"/>
        <source>&apos;{encoding}&apos; is not a known text encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="514"/>
        <source>File &apos;{file}&apos; cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="340"/>
        <source>With separator &apos;{sep}&apos; the file has a single column: choose another separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="396"/>
        <source>Choose the x and y coordinate columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="399"/>
        <source>No preview row has numbers in &apos;{x}&apos; and &apos;{y}&apos; with this decimal mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="408"/>
        <source>these look swapped (x holds y values); they will be read swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="410"/>
        <source>the values look like {guess}, not {crs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="426"/>
        <source>This row has {count} fields, the header {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="448"/>
        <source>Fields of {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="451"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="455"/>
        <source>Column that holds &apos;{field}&apos; ({kind}{req}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="472"/>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="472"/>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="472"/>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="494"/>
        <source>Choose a CSV file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="500"/>
        <source>File &apos;{file}&apos;: choose the x and y coordinate columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="504"/>
        <source>File &apos;{file}&apos;: x and y are both column &apos;{column}&apos;; choose two columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="529"/>
        <source>File &apos;{file}&apos; was not imported: {count} error(s) against the data contract; see the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="538"/>
        <source>{count} {kind} imported from &apos;{file}&apos; as layer &apos;{layer}&apos; ({crs}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="88"/>
        <source>Merge shelter lists from several sources (each operator&apos;s list, the city&apos;s list) into one shelter layer. Each field takes the value of the newest list (ties: the list higher up) and records where it came from; disagreements are listed as conflicts. The lists themselves are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="95"/>
        <source>Shelter lists (tick two or more; higher rows win ties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="98"/>
        <source>Date of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="98"/>
        <source>Record dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="98"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="108"/>
        <source>Point layers of the project. Tick the shelter lists to bundle; the order is the priority when two lists have the same date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="112"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="113"/>
        <source>Move the selected list up: it wins ties against lists below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="114"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="115"/>
        <source>Move the selected list down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="116"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="117"/>
        <source>Read the project&apos;s layers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="135"/>
        <source>MATCH_DISTANCE_M: records of different lists closer than this, with similar names, are taken as the same shelter. Records with the same id always match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="138"/>
        <source>Match distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="141"/>
        <source>Projected CRS in metres of the bundled layer; distances are measured in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="151"/>
        <source>Result of the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="154"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="154"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="154"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="162"/>
        <source>Disagreements between the lists and within each list; hover a row for the values of every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="170"/>
        <source>Bundle the ticked lists and add the shelter layer and the conflict table to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="173"/>
        <source>Close the dialog; layers already added stay in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="210"/>
        <source>Tick to bundle &apos;{layer}&apos; ({crs}); it is read, never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="223"/>
        <source>Date of this list, taken from field &apos;{field}&apos; (newest value); it applies to records without their own date, or to all records when &apos;Record dates&apos; is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="226"/>
        <source>Date of this list (the layer has no date field; today by default). Newer lists win when values differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="229"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="232"/>
        <source>Use each record&apos;s own date from field &apos;{field}&apos;; untick to date every record with the list date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="232"/>
        <source>The layer has no date field; every record gets the list date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="239"/>
        <source>Number of features in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="298"/>
        <source>Tick at least two shelter lists to bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="304"/>
        <source>The target CRS {crs} is not in metres; choose a projected CRS such as EPSG:25832.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="348"/>
        <source>Shelter conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="362"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="362"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="362"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="459"/>
        <source> — generalised for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="459"/>
        <source> — internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="498"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="498"/>
        <source>atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="403"/>
        <source>{n} of {total} preview rows have coordinates: {x} from {x0} to {x1}, {y} from {y0} to {y1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="46"/>
        <source>Writes a print-ready map (PDF with embedded fonts, PNG at 300 dpi or SVG) with title, legend of the visible layers, scale bar, north arrow, overview inset, sources with date and licence, and a note when any layer is illustrative. With ATLAS, one PDF page per district (map and profile) after a city summary page with the indices and the Lorenz curve.

PUBLIC (default: yes) is for anything that leaves the office: shelters are never drawn, labelled or written as points; they are aggregated to districts, counts below SMALL_COUNT_THRESHOLD appear as “&lt; 5”, group labels and operators are withheld where a district has fewer shelters or places than the threshold, suggestions become planned places per district, and no georeferencing or metadata is written.

Only DISTRICTS is required; inside QGIS, unset layers fall back to the project's planning layers. The generated layouts are added to the project's layout manager for manual finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/dependencies.py" line="41"/>
        <source>Missing Python packages: {modules}. Debian/Ubuntu: sudo apt install {debs}. Windows (OSGeo4W installer): add {pips}. Other systems: install them for the Python that QGIS uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="114"/>
        <source>The table could not be loaded; it keeps its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="119"/>
        <source>The table could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="23"/>
        <source>District population from a Zensus grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="26"/>
        <source>Sums the inhabitants of a Zensus 2022 grid CSV (100 m, 1 km or 10 km) per district and writes a copy of the districts with the fields population_zensus, zensus_cells and zensus_suppressed_cells. A cell counts for the district that contains its centre; suppressed cells (&quot;–&quot;) count 0 and are reported. Use population_zensus as POPULATION_FIELD of dispersion:analyse or dispersion:suggest where the city's own figures are missing or coarser. The districts layer is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="37"/>
        <source>Population column of the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="38"/>
        <source>Districts with grid population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="121"/>
        <source>Cancelled by the user; the output is incomplete and was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
