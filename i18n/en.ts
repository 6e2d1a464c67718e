<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DispersionPlanner</name>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="55"/>
        <source>Add planning layers</source>
        <translation>Add planning layers</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="58"/>
        <source>Open your districts, shelters, hotspots, services and candidate sites (GeoPackage, Shapefile, GeoJSON, or any layer already in the project, e.g. PostGIS or WFS), map fields whose names differ, then check them against the data contract. Your files are never changed.</source>
        <translation>Open your districts, shelters, hotspots, services and candidate sites (GeoPackage, Shapefile, GeoJSON, or any layer already in the project, e.g. PostGIS or WFS), map fields whose names differ, then check them against the data contract. Your files are never changed.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="67"/>
        <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="68"/>
        <source>A GeoPackage, Shapefile or GeoJSON file; all its layers are added to the project</source>
        <translation>A GeoPackage, Shapefile or GeoJSON file; all its layers are added to the project</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="97"/>
        <source>Problems found: each names the layer, the feature and the field</source>
        <translation>Problems found: each names the layer, the feature and the field</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="98"/>
        <source>Check result</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="102"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="103"/>
        <source>Validate the chosen layers against the data contract</source>
        <translation>Validate the chosen layers against the data contract</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="104"/>
        <source>Use and style layers</source>
        <translation>Use and style layers</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="126"/>
        <source>No vector layer could be opened from {path}.</source>
        <translation>No vector layer could be opened from {path}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/layers.py" line="481"/>
        <source>Planning layers</source>
        <translation>Planning layers</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="163"/>
        <source>Choose a districts layer.</source>
        <translation>Choose a districts layer.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="174"/>
        <source>All layers meet the data contract.</source>
        <translation>All layers meet the data contract.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="188"/>
        <source>Layer &apos;{layer}&apos; is chosen both as {a} and as {b}; it keeps the first.</source>
        <translation>Layer &apos;{layer}&apos; is chosen both as {a} and as {b}; it keeps the first.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="38"/>
        <source>Dispersion Planner</source>
        <translation>Dispersion Planner</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="44"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="44"/>
        <source>Shelters (GU)</source>
        <translation>Shelters (GU)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="44"/>
        <source>Community hotspots</source>
        <translation>Community hotspots</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="45"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="57"/>
        <source>Candidate sites</source>
        <translation>Candidate sites</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="45"/>
        <source>Group rules</source>
        <translation>Group rules</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/i18n.py" line="46"/>
        <source>Group demand</source>
        <translation>Group demand</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="189"/>
        <source>Layer used as {kind}. Its data are read, never changed.</source>
        <translation>Layer used as {kind}. Its data are read, never changed.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="190"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="201"/>
        <source>Field of the layer that holds &apos;{field}&apos; ({kind}{req}).</source>
        <translation>Field of the layer that holds &apos;{field}&apos; ({kind}{req}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="201"/>
        <source>, required</source>
        <translation>, required</translation>
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
        <translation>Load sample data</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="49"/>
        <source>Add the Kaiserslautern sample layers (illustrative) to the project, styled</source>
        <translation>Add the Kaiserslautern sample layers (illustrative) to the project, styled</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Add planning layers…</source>
        <translation>Add planning layers…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Load your own districts, shelters, hotspots, services and candidate sites and check them</source>
        <translation>Load your own districts, shelters, hotspots, services and candidate sites and check them</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="53"/>
        <source>Dispersion analysis…</source>
        <translation>Dispersion analysis…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="53"/>
        <source>Measure how concentrated accommodation is, per district and city-wide</source>
        <translation>Measure how concentrated accommodation is, per district and city-wide</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="55"/>
        <source>Placement suggestions…</source>
        <translation>Placement suggestions…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="55"/>
        <source>Suggest where new places should go so that no district is overloaded</source>
        <translation>Suggest where new places should go so that no district is overloaded</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="59"/>
        <source>Export INSEK map…</source>
        <translation>Export INSEK map…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="59"/>
        <source>Export maps and district profiles (PDF/PNG/SVG), with a public-safe mode</source>
        <translation>Export maps and district profiles (PDF/PNG/SVG), with a public-safe mode</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="136"/>
        <source>Sample loaded: {n} layers. The data are illustrative (schematic boundaries and positions).</source>
        <translation>Sample loaded: {n} layers. The data are illustrative (schematic boundaries and positions).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="27"/>
        <source>Load Kaiserslautern sample data</source>
        <translation>Load Kaiserslautern sample data</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="30"/>
        <source>Copies the bundled Kaiserslautern sample (18 districts with schematic boundaries, 10 shelters with the figures of 28 Nov 2023, community hotspots, illustrative services and candidate sites) into OUTPUT and adds its layers to the project with the plugin&apos;s styles.

OUTPUT: folder for the GeoPackage (a temporary folder when empty).
LOAD: add the layers to the current project.

The data are illustrative: boundaries are schematic and shelter positions are never real buildings.</source>
        <translation>Copies the bundled Kaiserslautern sample (18 districts with schematic boundaries, 10 shelters with the figures of 28 Nov 2023, community hotspots, illustrative services and candidate sites) into OUTPUT and adds its layers to the project with the plugin&apos;s styles.

OUTPUT: folder for the GeoPackage (a temporary folder when empty).
LOAD: add the layers to the current project.

The data are illustrative: boundaries are schematic and shelter positions are never real buildings.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="40"/>
        <source>Add the layers to the project</source>
        <translation>Add the layers to the project</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="41"/>
        <source>Folder for the sample GeoPackage</source>
        <translation>Folder for the sample GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="44"/>
        <source>Sample GeoPackage</source>
        <translation>Sample GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_loadsample.py" line="49"/>
        <source>Sample copied to {path}</source>
        <translation>Sample copied to {path}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="83"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="83"/>
        <source>Data import</source>
        <translation>Data import</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="83"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="395"/>
        <source>The districts layer is required.</source>
        <translation>The districts layer is required.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="411"/>
        <source>{count} input problem(s), first: {first}</source>
        <translation>{count} input problem(s), first: {first}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="41"/>
        <source>Dispersion Planner: refugee accommodation analysis and placement</source>
        <translation>Dispersion Planner: refugee accommodation analysis and placement</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="26"/>
        <source>The sample GeoPackage is missing: {path}. Reinstall the plugin.</source>
        <translation>The sample GeoPackage is missing: {path}. Reinstall the plugin.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="62"/>
        <source>Layer &apos;{table}&apos; could not be opened from {path}.</source>
        <translation>Layer &apos;{table}&apos; could not be opened from {path}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="177"/>
        <source>Kaiserslautern sample (illustrative)</source>
        <translation>Kaiserslautern sample (illustrative)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="52"/>
        <source>Places per 1,000 inhabitants</source>
        <translation>Places per 1,000 inhabitants</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="54"/>
        <source>Shelters by capacity and utilisation</source>
        <translation>Shelters by capacity and utilisation</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="55"/>
        <source>Community hotspots with radius</source>
        <translation>Community hotspots with radius</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="56"/>
        <source>Services by category</source>
        <translation>Services by category</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="58"/>
        <source>Suggested placements</source>
        <translation>Suggested placements</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="418"/>
        <source>Style preset &apos;{preset}&apos; could not be applied to &apos;{layer}&apos;: {message}</source>
        <translation>Style preset &apos;{preset}&apos; could not be applied to &apos;{layer}&apos;: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="126"/>
        <source>The output must end in .pdf, .png or .svg (got &apos;{name}&apos;).</source>
        <translation>The output must end in .pdf, .png or .svg (got &apos;{name}&apos;).</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="128"/>
        <source>The district atlas is written as one PDF; choose an output ending in .pdf.</source>
        <translation>The district atlas is written as one PDF; choose an output ending in .pdf.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="134"/>
        <source>Cannot write to {path}: permission denied. Choose another folder.</source>
        <translation>Cannot write to {path}: permission denied. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="146"/>
        <source>Layer &apos;{layer}&apos; is not valid (its source could not be opened).</source>
        <translation>Layer &apos;{layer}&apos; is not valid (its source could not be opened).</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="148"/>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system. Set it in the layer properties.</source>
        <translation>Layer &apos;{layer}&apos; has no coordinate reference system. Set it in the layer properties.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="151"/>
        <source>Layer &apos;{layer}&apos; has no features: there is nothing to map.</source>
        <translation>Layer &apos;{layer}&apos; has no features: there is nothing to map.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="200"/>
        <source>suppressed or no residents</source>
        <translation>suppressed or no residents</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="200"/>
        <source>no residents</source>
        <translation>no residents</translation>
    </message>
    <message>
        <location filename="../plugin/export/writing.py" line="81"/>
        <source>QGIS could not write the map ({error}).</source>
        <translation>QGIS could not write the map ({error}).</translation>
    </message>
    <message>
        <location filename="../plugin/export/writing.py" line="133"/>
        <source>Cannot write to {path}.</source>
        <translation>Cannot write to {path}.</translation>
    </message>
    <message>
        <location filename="../plugin/export/writing.py" line="151"/>
        <source>The district atlas has no pages.</source>
        <translation>The district atlas has no pages.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="351"/>
        <source>The districts layer has no usable features.</source>
        <translation>The districts layer has no usable features.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="380"/>
        <source>Places per 1,000|inhabitants</source>
        <translation>Places per 1,000|inhabitants</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="380"/>
        <source> (generalised)</source>
        <translation> (generalised)</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="416"/>
        <source>Map: Dispersion Planner, {date}; CRS {crs}; district boundaries as supplied.</source>
        <translation>Map: Dispersion Planner, {date}; CRS {crs}; district boundaries as supplied.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="421"/>
        <source>Illustrative data: not real shelter locations or official figures.</source>
        <translation>Illustrative data: not real shelter locations or official figures.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="422"/>
        <source>Places in shared accommodation per 1,000 inhabitants, {date}</source>
        <translation>Places in shared accommodation per 1,000 inhabitants, {date}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="443"/>
        <source>district profile</source>
        <translation>district profile</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="643"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="665"/>
        <source>City total</source>
        <translation>City total</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="666"/>
        <source>Districts: {n}</source>
        <translation>Districts: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="667"/>
        <source>Population: {n}</source>
        <translation>Population: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="668"/>
        <source>Shelters: {n}</source>
        <translation>Shelters: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="669"/>
        <source>Places: {n}</source>
        <translation>Places: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="670"/>
        <source>Places per 1,000 inhabitants: {n}</source>
        <translation>Places per 1,000 inhabitants: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="677"/>
        <source>Suggested new places: {n}</source>
        <translation>Suggested new places: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="688"/>
        <source>City summary: how evenly are places spread?</source>
        <translation>City summary: how evenly are places spread?</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="704"/>
        <source>No city indices available.</source>
        <translation>No city indices available.</translation>
    </message>
    <message>
        <location filename="../plugin/export/charts_layout.py" line="91"/>
        <source>matplotlib is not installed: the Lorenz curve is left out of the summary page.</source>
        <translation>matplotlib is not installed: the Lorenz curve is left out of the summary page.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="39"/>
        <source>Unknown layout &apos;{name}&apos;; choose one of {names}.</source>
        <translation>Unknown layout &apos;{name}&apos;; choose one of {names}.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="43"/>
        <source>The layout template {path} is missing. Reinstall the plugin or run tools/build_layouts.py.</source>
        <translation>The layout template {path} is missing. Reinstall the plugin or run tools/build_layouts.py.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="56"/>
        <source>The layout template {path} is not valid XML.</source>
        <translation>The layout template {path} is not valid XML.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="62"/>
        <source>The layout template {path} lacks the items {items}.</source>
        <translation>The layout template {path} lacks the items {items}.</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="224"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="341"/>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="341"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="342"/>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="342"/>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="33"/>
        <source>childcare (Kita)</source>
        <translation>childcare (Kita)</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="33"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="33"/>
        <source>language course</source>
        <translation>language course</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="34"/>
        <source>counselling</source>
        <translation>counselling</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="34"/>
        <source>job centre</source>
        <translation>job centre</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="34"/>
        <source>authority</source>
        <translation>authority</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="35"/>
        <source>public transport</source>
        <translation>public transport</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="35"/>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="35"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="40"/>
        <source>hot spot</source>
        <translation>hot spot</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="40"/>
        <source>cold spot</source>
        <translation>cold spot</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="40"/>
        <source>not significant</source>
        <translation>not significant</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="40"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="105"/>
        <source>City indices are not shown: the analysis module is not available in this installation.</source>
        <translation>City indices are not shown: the analysis module is not available in this installation.</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="136"/>
        <source>City indices could not be computed: {error}</source>
        <translation>City indices could not be computed: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="157"/>
        <source>Population: {value}</source>
        <translation>Population: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="159"/>
        <source>Shelters: {value}</source>
        <translation>Shelters: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="160"/>
        <source>Places: {value}</source>
        <translation>Places: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="163"/>
        <source> (rank {rank} of {count})</source>
        <translation> (rank {rank} of {count})</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="164"/>
        <source>Places per 1,000 inhabitants: {value}{rank}</source>
        <translation>Places per 1,000 inhabitants: {value}{rank}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="165"/>
        <source>Gi* class: {value}</source>
        <translation>Gi* class: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="167"/>
        <source>Suggested new places: {value}</source>
        <translation>Suggested new places: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="169"/>
        <source>Groups: {value}</source>
        <translation>Groups: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="171"/>
        <source>Operators: {value}</source>
        <translation>Operators: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="174"/>
        <source>Nearest services from the district centre: {value}</source>
        <translation>Nearest services from the district centre: {value}</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="145"/>
        <source>source not documented</source>
        <translation>source not documented</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="150"/>
        <source>licence: {licence}</source>
        <translation>licence: {licence}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="232"/>
        <source>Dispersion analysis</source>
        <translation>Dispersion analysis</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="81"/>
        <source>capacity</source>
        <translation>capacity</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="82"/>
        <source>occupied</source>
        <translation>occupied</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="84"/>
        <source>Count the places available in each shelter</source>
        <translation>Count the places available in each shelter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="85"/>
        <source>Count the places currently occupied</source>
        <translation>Count the places currently occupied</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="91"/>
        <source>Places counted</source>
        <translation>Places counted</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="95"/>
        <source>Random permutations for the pseudo p-values of Moran&apos;s I and Gi* (0 = analytical only)</source>
        <translation>Random permutations for the pseudo p-values of Moran&apos;s I and Gi* (0 = analytical only)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="96"/>
        <source>Permutations</source>
        <translation>Permutations</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="100"/>
        <source>Seed of the random permutations: the same seed gives the same p-values</source>
        <translation>Seed of the random permutations: the same seed gives the same p-values</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="101"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="197"/>
        <source>A shelter has access when a kita, a school and a language course lie within this distance</source>
        <translation>A shelter has access when a kita, a school and a language course lie within this distance</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="316"/>
        <source>Service distance</source>
        <translation>Service distance</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="121"/>
        <source>Progress of the analysis</source>
        <translation>Progress of the analysis</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="192"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="124"/>
        <source>Run the analysis in the background</source>
        <translation>Run the analysis in the background</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="241"/>
        <source>Cancel run</source>
        <translation>Cancel run</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="126"/>
        <source>Stop the running analysis; nothing is added</source>
        <translation>Stop the running analysis; nothing is added</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="245"/>
        <source>Close the dialog</source>
        <translation>Close the dialog</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="151"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="151"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="151"/>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="158"/>
        <source>City-wide indices with a one-line reading each</source>
        <translation>City-wide indices with a one-line reading each</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="164"/>
        <source>City indices</source>
        <translation>City indices</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="167"/>
        <source>Run the analysis to see the Lorenz curve.</source>
        <translation>Run the analysis to see the Lorenz curve.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="167"/>
        <source>Lorenz curve: the further below the diagonal, the more concentrated</source>
        <translation>Lorenz curve: the further below the diagonal, the more concentrated</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="170"/>
        <source>Run the analysis to see places per 1,000 by district.</source>
        <translation>Run the analysis to see places per 1,000 by district.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="170"/>
        <source>Places per 1,000 inhabitants per district against the city mean</source>
        <translation>Places per 1,000 inhabitants per district against the city mean</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="177"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="179"/>
        <source>Metrics per district; sort by clicking a column header</source>
        <translation>Metrics per district; sort by clicking a column header</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="185"/>
        <source>What was excluded, repaired or reprojected</source>
        <translation>What was excluded, repaired or reprojected</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="186"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="212"/>
        <source>Choose a districts layer and a shelters layer.</source>
        <translation>Choose a districts layer and a shelters layer.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="235"/>
        <source>Analysis cancelled; nothing was added.</source>
        <translation>Analysis cancelled; nothing was added.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="283"/>
        <source>No notes: all inputs were used as given.</source>
        <translation>No notes: all inputs were used as given.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="84"/>
        <source>District metrics</source>
        <translation>District metrics</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="337"/>
        <source>Analysis finished: layer &apos;District metrics&apos; added.</source>
        <translation>Analysis finished: layer &apos;District metrics&apos; added.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="103"/>
        <source>Export INSEK map</source>
        <translation>Export INSEK map</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="58"/>
        <source>Shelters</source>
        <translation>Shelters</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="91"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="92"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="148"/>
        <source>Public-safe: generalise shelters to districts (for anything leaving the office)</source>
        <translation>Public-safe: generalise shelters to districts (for anything leaving the office)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="152"/>
        <source>&lt;b&gt;Internal map:&lt;/b&gt; shelter locations will be visible. Do not publish it.</source>
        <translation>&lt;b&gt;Internal map:&lt;/b&gt; shelter locations will be visible. Do not publish it.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="96"/>
        <source>Suppress counts below</source>
        <translation>Suppress counts below</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="160"/>
        <source>District atlas: one page per district plus a city summary (PDF)</source>
        <translation>District atlas: one page per district plus a city summary (PDF)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="107"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="107"/>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="349"/>
        <source>Choose an output file (.pdf, .png or .svg).</source>
        <translation>Choose an output file (.pdf, .png or .svg).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="360"/>
        <source>INSEK map</source>
        <translation>INSEK map</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="380"/>
        <source>Export failed: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="389"/>
        <source>Written: {path} ({pages} page(s)); layouts added: {names}</source>
        <translation>Written: {path} ({pages} page(s)); layouts added: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="399"/>
        <source>INSEK export</source>
        <translation>INSEK export</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="362"/>
        <source>Placement suggestions</source>
        <translation>Placement suggestions</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="147"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="153"/>
        <source>Number of new places to distribute (ignored when a group demand table is filled)</source>
        <translation>Number of new places to distribute (ignored when a group demand table is filled)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="139"/>
        <source>New places (N)</source>
        <translation>New places (N)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="155"/>
        <source>District cap: existing plus new places per 1,000 inhabitants may not exceed this</source>
        <translation>District cap: existing plus new places per 1,000 inhabitants may not exceed this</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="156"/>
        <source>Max. places per 1,000</source>
        <translation>Max. places per 1,000</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="157"/>
        <source>Opened sites keep at least this distance from each other and from existing shelters</source>
        <translation>Opened sites keep at least this distance from each other and from existing shelters</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="158"/>
        <source>Min. spacing</source>
        <translation>Min. spacing</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="160"/>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="161"/>
        <source>Limit the places within each community hotspot&apos;s radius</source>
        <translation>Limit the places within each community hotspot&apos;s radius</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="162"/>
        <source>New plus existing places allowed within a hotspot&apos;s radius</source>
        <translation>New plus existing places allowed within a hotspot&apos;s radius</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="168"/>
        <source>Hotspot limit</source>
        <translation>Hotspot limit</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="175"/>
        <source>Every opened site must have a &apos;{cat}&apos; within the service distance</source>
        <translation>Every opened site must have a &apos;{cat}&apos; within the service distance</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="179"/>
        <source>Required services</source>
        <translation>Required services</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="311"/>
        <source>Maximum straight-line distance to each required service</source>
        <translation>Maximum straight-line distance to each required service</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="186"/>
        <source>Also compute the next-best distinct placements, so that planners can choose</source>
        <translation>Also compute the next-best distinct placements, so that planners can choose</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="300"/>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="192"/>
        <source>Stop the optimiser after this time and report the best placement found with its gap</source>
        <translation>Stop the optimiser after this time and report the best placement found with its gap</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="193"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="205"/>
        <source>allow several groups at one site</source>
        <translation>allow several groups at one site</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="206"/>
        <source>Off: each site houses one group (language units). On: groups may share a site</source>
        <translation>Off: each site houses one group (language units). On: groups may share a site</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="207"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="227"/>
        <source>Planner-defined group rules; the plugin ships no assumption about which groups conflict</source>
        <translation>Planner-defined group rules; the plugin ships no assumption about which groups conflict</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="229"/>
        <source>Places per group label; when filled it replaces N</source>
        <translation>Places per group label; when filled it replaces N</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="237"/>
        <source>Progress of the optimisation</source>
        <translation>Progress of the optimisation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="239"/>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="240"/>
        <source>Compute a placement in the background</source>
        <translation>Compute a placement in the background</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="242"/>
        <source>Stop the optimisation; nothing is added</source>
        <translation>Stop the optimisation; nothing is added</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="264"/>
        <source>Status of the suggestion, and why no placement is possible when it is not</source>
        <translation>Status of the suggestion, and why no placement is possible when it is not</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="276"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="279"/>
        <source>Suggested sites with the reason for each</source>
        <translation>Suggested sites with the reason for each</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="281"/>
        <source>Sites and reasons</source>
        <translation>Sites and reasons</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="284"/>
        <source>Places per 1,000 inhabitants before and after, with the cap</source>
        <translation>Places per 1,000 inhabitants before and after, with the cap</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="288"/>
        <source>Districts before and after the suggested placement</source>
        <translation>Districts before and after the suggested placement</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="296"/>
        <source>Before / after</source>
        <translation>Before / after</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="299"/>
        <source>Places per site in the suggestion and in each alternative, side by side</source>
        <translation>Places per site in the suggestion and in each alternative, side by side</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="338"/>
        <source>Choose the districts, shelters and candidate sites layers.</source>
        <translation>Choose the districts, shelters and candidate sites layers.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="365"/>
        <source>Suggestion cancelled; nothing was added.</source>
        <translation>Suggestion cancelled; nothing was added.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="410"/>
        <source>Highest load among receiving districts: {v} places per 1,000 inhabitants.</source>
        <translation>Highest load among receiving districts: {v} places per 1,000 inhabitants.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="413"/>
        <source>Optimality gap at the time limit: {gap}</source>
        <translation>Optimality gap at the time limit: {gap}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="416"/>
        <source>Why no placement is possible</source>
        <translation>Why no placement is possible</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="182"/>
        <source>Suggested sites</source>
        <translation>Suggested sites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="424"/>
        <source>The plugin suggests; planners decide.</source>
        <translation>The plugin suggests; planners decide.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="599"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="600"/>
        <source>Alternative {k}</source>
        <translation>Alternative {k}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="608"/>
        <source>highest load</source>
        <translation>highest load</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="183"/>
        <source>Districts after placement</source>
        <translation>Districts after placement</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Add an empty row</source>
        <translation>Add an empty row</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Remove the selected rows</source>
        <translation>Remove the selected rows</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Load CSV…</source>
        <translation>Load CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Replace the rows with those of a CSV file (; or , separated)</source>
        <translation>Replace the rows with those of a CSV file (; or , separated)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Save CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="39"/>
        <source>Save the rows to a CSV file</source>
        <translation>Save the rows to a CSV file</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="59"/>
        <source>separate: keep group_a at least distance_m from group_b; near: place group_a within distance_m of a hotspot or shelter of group_b</source>
        <translation>separate: keep group_a at least distance_m from group_b; near: place group_a within distance_m of a hotspot or shelter of group_b</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="124"/>
        <source>Load table</source>
        <translation>Load table</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="124"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="129"/>
        <source>Save table</source>
        <translation>Save table</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="51"/>
        <source>Analyse dispersion of accommodation</source>
        <translation>Analyse dispersion of accommodation</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="120"/>
        <source>Population field</source>
        <translation>Population field</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="125"/>
        <source>Places field (capacity or occupied)</source>
        <translation>Places field (capacity or occupied)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="98"/>
        <source>Permutations for pseudo p-values</source>
        <translation>Permutations for pseudo p-values</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="100"/>
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="66"/>
        <source>Service access distance (m)</source>
        <translation>Service access distance (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="105"/>
        <source>City metrics</source>
        <translation>City metrics</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="184"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="184"/>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="321"/>
        <source>Checking the input layers</source>
        <translation>Checking the input layers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="119"/>
        <source>Computing indices and spatial statistics</source>
        <translation>Computing indices and spatial statistics</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="54"/>
        <source>Export INSEK map or district atlas</source>
        <translation>Export INSEK map or district atlas</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="91"/>
        <source>Shared accommodation</source>
        <translation>Shared accommodation</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="94"/>
        <source>Public-safe (generalised for publication)</source>
        <translation>Public-safe (generalised for publication)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="99"/>
        <source>District atlas (PDF)</source>
        <translation>District atlas (PDF)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="109"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="110"/>
        <source>Layouts added to the project</source>
        <translation>Layouts added to the project</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="118"/>
        <source>Unknown layout; choose one of {names}.</source>
        <translation>Unknown layout; choose one of {names}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="195"/>
        <source>{kind}: using the project layer &apos;{name}&apos;.</source>
        <translation>{kind}: using the project layer &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="204"/>
        <source>Internal export: shelter locations are shown. Do not publish this file.</source>
        <translation>Internal export: shelter locations are shown. Do not publish this file.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="30"/>
        <source>&apos;{entry}&apos; is not of the form name=value.</source>
        <translation>&apos;{entry}&apos; is not of the form name=value.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="50"/>
        <source>Fuse shelter lists</source>
        <translation>Fuse shelter lists</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="53"/>
        <source>Fuses shelter lists from several sources (e.g. each operator&apos;s list and the city&apos;s list) into one shelter layer and a table of conflicts. Records are the same shelter when they share an id, or lie within MATCH_DISTANCE_M metres with similar names, or (without a position) have very similar names.

SOURCES: the lists, highest priority first; German or English column names are recognised (Nr, Bezeichnung, Plätze, belegt, frei, Auslastung, Träger, Stand, ...).
FIELD_MAP (optional): extra mappings &apos;capacity=Kapazität gesamt;occupied=Belegung&apos; applied to every source that has the field.
SOURCE_DATES (optional): &apos;layer name=2023-11-28;...&apos; for lists without a date column. A list without either has an unknown date: it never wins over a dated list.

Each field takes the value of the newest source (ties: the earlier source) and records it in &lt;field&gt;_source and &lt;field&gt;_date. CONFLICTS lists differing capacities, occupied &gt; capacity and stated utilisation or free places that contradict the counts, in English and German. The sources are never changed.</source>
        <translation>Fuses shelter lists from several sources (e.g. each operator&apos;s list and the city&apos;s list) into one shelter layer and a table of conflicts. Records are the same shelter when they share an id, or lie within MATCH_DISTANCE_M metres with similar names, or (without a position) have very similar names.

SOURCES: the lists, highest priority first; German or English column names are recognised (Nr, Bezeichnung, Plätze, belegt, frei, Auslastung, Träger, Stand, ...).
FIELD_MAP (optional): extra mappings &apos;capacity=Kapazität gesamt;occupied=Belegung&apos; applied to every source that has the field.
SOURCE_DATES (optional): &apos;layer name=2023-11-28;...&apos; for lists without a date column. A list without either has an unknown date: it never wins over a dated list.

Each field takes the value of the newest source (ties: the earlier source) and records it in &lt;field&gt;_source and &lt;field&gt;_date. CONFLICTS lists differing capacities, occupied &gt; capacity and stated utilisation or free places that contradict the counts, in English and German. The sources are never changed.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="70"/>
        <source>Shelter lists</source>
        <translation>Shelter lists</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="72"/>
        <source>Match distance (m)</source>
        <translation>Match distance (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="73"/>
        <source>Field mapping (contract=source;...)</source>
        <translation>Field mapping (contract=source;...)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="75"/>
        <source>Dates of the lists (layer=date;...)</source>
        <translation>Dates of the lists (layer=date;...)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="161"/>
        <source>Target CRS</source>
        <translation>Target CRS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="79"/>
        <source>Fused shelters</source>
        <translation>Fused shelters</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="81"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="88"/>
        <source>No shelter lists were given.</source>
        <translation>No shelter lists were given.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_fuse.py" line="107"/>
        <source>{shelters} shelters from {sources} lists; {conflicts} conflict(s).</source>
        <translation>{shelters} shelters from {sources} lists; {conflicts} conflict(s).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="33"/>
        <source>Import Integreat locations</source>
        <translation>Import Integreat locations</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="49"/>
        <source>Integreat locations JSON</source>
        <translation>Integreat locations JSON</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="50"/>
        <source>Category mapping (CSV file or a=b;c=d)</source>
        <translation>Category mapping (CSV file or a=b;c=d)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="85"/>
        <source>{count} services written.</source>
        <translation>{count} services written.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="32"/>
        <source>Import Zensus 2022 grid</source>
        <translation>Import Zensus 2022 grid</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="38"/>
        <source>Zensus grid CSV</source>
        <translation>Zensus grid CSV</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="54"/>
        <source>Value column</source>
        <translation>Value column</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="56"/>
        <source>Keep only cells within</source>
        <translation>Keep only cells within</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="57"/>
        <source>Zensus grid cells</source>
        <translation>Zensus grid cells</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="102"/>
        <source>{count} grid cells written.</source>
        <translation>{count} grid cells written.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="104"/>
        <source>{count} cells outside the extent were left out.</source>
        <translation>{count} cells outside the extent were left out.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="44"/>
        <source>Unknown service categories: {unknown}. Known: {known}.</source>
        <translation>Unknown service categories: {unknown}. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="83"/>
        <source>Suggest placements of new places</source>
        <translation>Suggest placements of new places</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="122"/>
        <source>Existing shelters</source>
        <translation>Existing shelters</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="137"/>
        <source>Group rules table</source>
        <translation>Group rules table</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="138"/>
        <source>Group demand table</source>
        <translation>Group demand table</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="141"/>
        <source>Maximum places per 1,000 inhabitants per district</source>
        <translation>Maximum places per 1,000 inhabitants per district</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="144"/>
        <source>Minimum spacing between sites (m)</source>
        <translation>Minimum spacing between sites (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="145"/>
        <source>Maximum places within a hotspot&apos;s radius</source>
        <translation>Maximum places within a hotspot&apos;s radius</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="149"/>
        <source>Required service categories (comma-separated)</source>
        <translation>Required service categories (comma-separated)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="152"/>
        <source>Maximum distance to each required service (m)</source>
        <translation>Maximum distance to each required service (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="154"/>
        <source>Time limit (s)</source>
        <translation>Time limit (s)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="156"/>
        <source>Alternatives (next-best distinct placements)</source>
        <translation>Alternatives (next-best distinct placements)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="159"/>
        <source>Allow several groups at one site</source>
        <translation>Allow several groups at one site</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="186"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="187"/>
        <source>Highest load among receiving districts</source>
        <translation>Highest load among receiving districts</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="188"/>
        <source>Relative optimality gap</source>
        <translation>Relative optimality gap</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="283"/>
        <source>Solving the placement model</source>
        <translation>Solving the placement model</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="42"/>
        <source>A Processing provider &apos;dispersion&apos; is already registered; keeping it.</source>
        <translation>A Processing provider &apos;dispersion&apos; is already registered; keeping it.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="61"/>
        <source>Import CSV with coordinates…</source>
        <translation>Import CSV with coordinates…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="61"/>
        <source>Import a shelter, service or candidate list from a spreadsheet (CSV), with a preview</source>
        <translation>Import a shelter, service or candidate list from a spreadsheet (CSV), with a preview</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="64"/>
        <source>Fuse shelter lists…</source>
        <translation>Fuse shelter lists…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="64"/>
        <source>Merge shelter lists from several sources with provenance and conflict flags</source>
        <translation>Merge shelter lists from several sources with provenance and conflict flags</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="85"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="115"/>
        <source>Import points from CSV</source>
        <translation>Import points from CSV</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="119"/>
        <source>Read a spreadsheet export (CSV) with coordinate columns as a planning layer. The detected settings are shown below: correct any that are wrong, check the preview, then import. The file itself is never changed.</source>
        <translation>Read a spreadsheet export (CSV) with coordinate columns as a planning layer. The detected settings are shown below: correct any that are wrong, check the preview, then import. The file itself is never changed.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="127"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="128"/>
        <source>The CSV file to import; it is read, never changed</source>
        <translation>The CSV file to import; it is read, never changed</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="81"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="134"/>
        <source>Which layer of the data contract the rows are: this decides the fields to map, which columns are read as numbers and the style</source>
        <translation>Which layer of the data contract the rows are: this decides the fields to map, which columns are read as numbers and the style</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="137"/>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="139"/>
        <source>Name of the new layer in the project (default: the file name)</source>
        <translation>Name of the new layer in the project (default: the file name)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="140"/>
        <source>Layer name</source>
        <translation>Layer name</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="143"/>
        <source>Detected settings (correct them if the preview looks wrong)</source>
        <translation>Detected settings (correct them if the preview looks wrong)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="148"/>
        <source>Text encoding of the file. Umlauts shown as &apos;Ã¤&apos; mean UTF-8 read as cp1252; &apos;�&apos; means cp1252 read as UTF-8</source>
        <translation>Text encoding of the file. Umlauts shown as &apos;Ã¤&apos; mean UTF-8 read as cp1252; &apos;�&apos; means cp1252 read as UTF-8</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="153"/>
        <source>Character that separates the columns; if the preview shows a single column, the separator is wrong</source>
        <translation>Character that separates the columns; if the preview shows a single column, the separator is wrong</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="156"/>
        <source>comma (7,75)</source>
        <translation>comma (7,75)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="157"/>
        <source>point (7.75)</source>
        <translation>point (7.75)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="158"/>
        <source>Decimal mark of numbers in the file; German spreadsheets use a comma and a point as thousands separator (1.344)</source>
        <translation>Decimal mark of numbers in the file; German spreadsheets use a comma and a point as thousands separator (1.344)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="161"/>
        <source>Column with the x coordinate: longitude, easting or Rechtswert</source>
        <translation>Column with the x coordinate: longitude, easting or Rechtswert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="163"/>
        <source>Column with the y coordinate: latitude, northing or Hochwert</source>
        <translation>Column with the y coordinate: latitude, northing or Hochwert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="166"/>
        <source>not recognised: choose the CRS</source>
        <translation>not recognised: choose the CRS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="167"/>
        <source>Coordinate reference system of the coordinate columns, e.g. EPSG:4326 for latitude/longitude, EPSG:25832 for UTM 32N, EPSG:31466/31467 for Gauss-Krüger</source>
        <translation>Coordinate reference system of the coordinate columns, e.g. EPSG:4326 for latitude/longitude, EPSG:25832 for UTM 32N, EPSG:31466/31467 for Gauss-Krüger</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="170"/>
        <source>Skip rows without coordinates</source>
        <translation>Skip rows without coordinates</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="171"/>
        <source>Import the other rows and list the skipped lines; otherwise rows without coordinates stop the import</source>
        <translation>Import the other rows and list the skipped lines; otherwise rows without coordinates stop the import</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="178"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="178"/>
        <source>Separator</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="178"/>
        <source>Decimal mark</source>
        <translation>Decimal mark</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="183"/>
        <source>x / longitude</source>
        <translation>x / longitude</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="185"/>
        <source>y / latitude</source>
        <translation>y / latitude</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="187"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="194"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="195"/>
        <source>Which column holds each field of the data contract; the mapping is stored with the layer, the columns keep their names</source>
        <translation>Which column holds each field of the data contract; the mapping is stored with the layer, the columns keep their names</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="215"/>
        <source>Coordinates of the preview rows read with the settings above</source>
        <translation>Coordinates of the preview rows read with the settings above</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="216"/>
        <source>Preview (first {n} rows, coordinate columns highlighted)</source>
        <translation>Preview (first {n} rows, coordinate columns highlighted)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="219"/>
        <source>The first rows of the file as read with the settings above; nothing here is written back</source>
        <translation>The first rows of the file as read with the settings above; nothing here is written back</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="227"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="229"/>
        <source>Notes and problems of the detection and the import, each naming the file and line</source>
        <translation>Notes and problems of the detection and the import, each naming the file and line</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="239"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="240"/>
        <source>Read the whole file with these settings, check it against the data contract and add it to the project as a styled layer</source>
        <translation>Read the whole file with these settings, check it against the data contract and add it to the project as a styled layer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="244"/>
        <source>Close without importing</source>
        <translation>Close without importing</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="307"/>
        <source>The coordinate system could not be recognised from the values of &apos;{x}&apos;/&apos;{y}&apos;: choose the CRS.</source>
        <translation>The coordinate system could not be recognised from the values of &apos;{x}&apos;/&apos;{y}&apos;: choose the CRS.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="480"/>
        <source>(choose a column)</source>
        <translation>(choose a column)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="358"/>
        <source>&apos;{encoding}&apos; is not a known text encoding.</source>
        <translation>&apos;{encoding}&apos; is not a known text encoding.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="180"/>
        <source>File &apos;{file}&apos; cannot be read ({reason}).</source>
        <translation>File &apos;{file}&apos; cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="387"/>
        <source>With separator &apos;{sep}&apos; the file has a single column: choose another separator.</source>
        <translation>With separator &apos;{sep}&apos; the file has a single column: choose another separator.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="431"/>
        <source>Choose the x and y coordinate columns.</source>
        <translation>Choose the x and y coordinate columns.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="434"/>
        <source>No preview row has numbers in &apos;{x}&apos; and &apos;{y}&apos; with this decimal mark.</source>
        <translation>No preview row has numbers in &apos;{x}&apos; and &apos;{y}&apos; with this decimal mark.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="443"/>
        <source>these look swapped (x holds y values); they will be read swapped</source>
        <translation>these look swapped (x holds y values); they will be read swapped</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="445"/>
        <source>the values look like {guess}, not {crs}</source>
        <translation>the values look like {guess}, not {crs}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="461"/>
        <source>This row has {count} fields, the header {expected}.</source>
        <translation>This row has {count} fields, the header {expected}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="477"/>
        <source>Fields of {kind}</source>
        <translation>Fields of {kind}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="480"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="484"/>
        <source>Column that holds &apos;{field}&apos; ({kind}{req}).</source>
        <translation>Column that holds &apos;{field}&apos; ({kind}{req}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/issue_list.py" line="36"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../plugin/gui/issue_list.py" line="36"/>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <location filename="../plugin/gui/issue_list.py" line="36"/>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="270"/>
        <source>Open the user guide at this dialog&apos;s topic</source>
        <translation>Open the user guide at this dialog&apos;s topic</translation>
    </message>
    <message>
        <location filename="../plugin/gui/task_dialog.py" line="156"/>
        <source>A run is still in progress. Cancel it and close the dialog?</source>
        <translation>A run is still in progress. Cancel it and close the dialog?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="166"/>
        <source>Required: the check fails without it</source>
        <translation>Required: the check fails without it</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="72"/>
        <source>Vector file</source>
        <translation>Vector file</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="520"/>
        <source>Choose a CSV file first.</source>
        <translation>Choose a CSV file first.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="526"/>
        <source>File &apos;{file}&apos;: choose the x and y coordinate columns.</source>
        <translation>File &apos;{file}&apos;: choose the x and y coordinate columns.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="530"/>
        <source>File &apos;{file}&apos;: x and y are both column &apos;{column}&apos;; choose two columns.</source>
        <translation>File &apos;{file}&apos;: x and y are both column &apos;{column}&apos;; choose two columns.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="559"/>
        <source>File &apos;{file}&apos; was not imported: {count} error(s) against the data contract; see the dialog.</source>
        <translation>File &apos;{file}&apos; was not imported: {count} error(s) against the data contract; see the dialog.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="568"/>
        <source>{count} {kind} imported from &apos;{file}&apos; as layer &apos;{layer}&apos; ({crs}).</source>
        <translation>{count} {kind} imported from &apos;{file}&apos; as layer &apos;{layer}&apos; ({crs}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="108"/>
        <source>Merge shelter lists from several sources (each operator&apos;s list, the city&apos;s list) into one shelter layer. Each field takes the value of the newest list (ties: the list higher up) and records where it came from; disagreements are listed as conflicts. The lists themselves are never changed.</source>
        <translation>Merge shelter lists from several sources (each operator&apos;s list, the city&apos;s list) into one shelter layer. Each field takes the value of the newest list (ties: the list higher up) and records where it came from; disagreements are listed as conflicts. The lists themselves are never changed.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="115"/>
        <source>Shelter lists (tick two or more; higher rows win ties)</source>
        <translation>Shelter lists (tick two or more; higher rows win ties)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="118"/>
        <source>Date of the list</source>
        <translation>Date of the list</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="118"/>
        <source>Record dates</source>
        <translation>Record dates</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="118"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="128"/>
        <source>Point layers of the project. Tick the shelter lists to fuse; the order is the priority when two lists have the same date</source>
        <translation>Point layers of the project. Tick the shelter lists to fuse; the order is the priority when two lists have the same date</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="132"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="133"/>
        <source>Move the selected list up: it wins ties against lists below it</source>
        <translation>Move the selected list up: it wins ties against lists below it</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="134"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="135"/>
        <source>Move the selected list down</source>
        <translation>Move the selected list down</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="136"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="137"/>
        <source>Read the project&apos;s layers again</source>
        <translation>Read the project&apos;s layers again</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="155"/>
        <source>MATCH_DISTANCE_M: records of different lists closer than this, with similar names, are taken as the same shelter. Records with the same id always match</source>
        <translation>MATCH_DISTANCE_M: records of different lists closer than this, with similar names, are taken as the same shelter. Records with the same id always match</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="158"/>
        <source>Match distance</source>
        <translation>Match distance</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="160"/>
        <source>Projected CRS in metres of the fused layer; distances are measured in it</source>
        <translation>Projected CRS in metres of the fused layer; distances are measured in it</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="170"/>
        <source>Result of the last run</source>
        <translation>Result of the last run</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="173"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="173"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="173"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="181"/>
        <source>Disagreements between the lists and within each list; hover a row for the values of every source</source>
        <translation>Disagreements between the lists and within each list; hover a row for the values of every source</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="193"/>
        <source>Fuse the ticked lists and add the shelter layer and the conflict table to the project</source>
        <translation>Fuse the ticked lists and add the shelter layer and the conflict table to the project</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="200"/>
        <source>Close the dialog; layers already added stay in the project</source>
        <translation>Close the dialog; layers already added stay in the project</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="242"/>
        <source>Tick to fuse &apos;{layer}&apos; ({crs}); it is read, never changed</source>
        <translation>Tick to fuse &apos;{layer}&apos; ({crs}); it is read, never changed</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="256"/>
        <source>Date of this list, taken from field &apos;{field}&apos; (newest value); it applies to records without their own date, or to all records when &apos;Record dates&apos; is off</source>
        <translation>Date of this list, taken from field &apos;{field}&apos; (newest value); it applies to records without their own date, or to all records when &apos;Record dates&apos; is off</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="259"/>
        <source>Date of this list (the layer has no date field; unknown by default, and a list of unknown date never wins over a dated one). Newer lists win when values differ</source>
        <translation>Date of this list (the layer has no date field; unknown by default, and a list of unknown date never wins over a dated one). Newer lists win when values differ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="262"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="265"/>
        <source>Use each record&apos;s own date from field &apos;{field}&apos;; untick to date every record with the list date</source>
        <translation>Use each record&apos;s own date from field &apos;{field}&apos;; untick to date every record with the list date</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="265"/>
        <source>The layer has no date field; every record gets the list date</source>
        <translation>The layer has no date field; every record gets the list date</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="272"/>
        <source>Number of features in the layer</source>
        <translation>Number of features in the layer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="374"/>
        <source>Tick at least two shelter lists to fuse.</source>
        <translation>Tick at least two shelter lists to fuse.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="337"/>
        <source>The target CRS {crs} is not in metres; choose a projected CRS such as EPSG:25832.</source>
        <translation>The target CRS {crs} is not in metres; choose a projected CRS such as EPSG:25832.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="419"/>
        <source>Shelter conflicts</source>
        <translation>Shelter conflicts</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="422"/>
        <source> — generalised for publication</source>
        <translation> — generalised for publication</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="422"/>
        <source> — internal</source>
        <translation> — internal</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="606"/>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="606"/>
        <source>atlas</source>
        <translation>atlas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="438"/>
        <source>{n} of {total} preview rows have coordinates: {x} from {x0} to {x1}, {y} from {y0} to {y1}</source>
        <translation>{n} of {total} preview rows have coordinates: {x} from {x0} to {x1}, {y} from {y0} to {y1}</translation>
    </message>
    <message>
        <location filename="../plugin/dependencies.py" line="41"/>
        <source>Missing Python packages: {modules}. Debian/Ubuntu: sudo apt install {debs}. Windows (OSGeo4W installer): add {pips}. Other systems: install them for the Python that QGIS uses.</source>
        <translation>Missing Python packages: {modules}. Debian/Ubuntu: sudo apt install {debs}. Windows (OSGeo4W installer): add {pips}. Other systems: install them for the Python that QGIS uses.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="126"/>
        <source>The table could not be loaded; it keeps its rows.</source>
        <translation>The table could not be loaded; it keeps its rows.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/table_editor.py" line="131"/>
        <source>The table could not be saved.</source>
        <translation>The table could not be saved.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="26"/>
        <source>District population from a Zensus grid</source>
        <translation>District population from a Zensus grid</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="29"/>
        <source>Sums the inhabitants of a Zensus 2022 grid CSV (100 m, 1 km or 10 km) per district and writes a copy of the districts with the fields population_zensus, zensus_cells and zensus_suppressed_cells. A cell counts for the district that contains its centre; suppressed cells ("–") count 0 and are reported. Use population_zensus as POPULATION_FIELD of dispersion:analyse or dispersion:suggest where the city&apos;s own figures are missing or coarser. The districts layer is not changed.</source>
        <translation>Sums the inhabitants of a Zensus 2022 grid CSV (100 m, 1 km or 10 km) per district and writes a copy of the districts with the fields population_zensus, zensus_cells and zensus_suppressed_cells. A cell counts for the district that contains its centre; suppressed cells ("–") count 0 and are reported. Use population_zensus as POPULATION_FIELD of dispersion:analyse or dispersion:suggest where the city&apos;s own figures are missing or coarser. The districts layer is not changed.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="43"/>
        <source>Population column of the grid</source>
        <translation>Population column of the grid</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_zensuspopulation.py" line="44"/>
        <source>Districts with grid population</source>
        <translation>Districts with grid population</translation>
    </message>
    <message>
        <location filename="../plugin/export/audit.py" line="100"/>
        <source>The public export was stopped: {where} would contain {what}. Nothing was written.</source>
        <translation>The public export was stopped: {where} would contain {what}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../plugin/export/audit.py" line="111"/>
        <source>The public export was stopped: its text could not be checked ({error}). Nothing was written.</source>
        <translation>The public export was stopped: its text could not be checked ({error}). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../plugin/export/audit.py" line="113"/>
        <source>the written file</source>
        <translation>the written file</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="270"/>
        <source>The suggestions layer &apos;{layer}&apos; holds a single placement (no field &apos;alternative&apos;); choose placement 0.</source>
        <translation>The suggestions layer &apos;{layer}&apos; holds a single placement (no field &apos;alternative&apos;); choose placement 0.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="274"/>
        <source>The suggestions layer &apos;{layer}&apos; has no placement {n}; it holds {held}.</source>
        <translation>The suggestions layer &apos;{layer}&apos; has no placement {n}; it holds {held}.</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="617"/>
        <source>the map&apos;s texts</source>
        <translation>the map&apos;s texts</translation>
    </message>
    <message>
        <location filename="../plugin/export/profiles.py" line="125"/>
        <source>City indices are withheld: the city total itself is withheld.</source>
        <translation>City indices are withheld: the city total itself is withheld.</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="103"/>
        <source>district boundaries and population figures</source>
        <translation>district boundaries and population figures</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="104"/>
        <source>shelter data, aggregated by district</source>
        <translation>shelter data, aggregated by district</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="105"/>
        <source>service locations, by category only</source>
        <translation>service locations, by category only</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="106"/>
        <source>community meeting places, used for city figures only</source>
        <translation>community meeting places, used for city figures only</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="107"/>
        <source>suggested placements, aggregated by district</source>
        <translation>suggested placements, aggregated by district</translation>
    </message>
    <message>
        <location filename="../plugin/export/sources.py" line="108"/>
        <source>district indicators</source>
        <translation>district indicators</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="130"/>
        <source>the suggestion</source>
        <translation>the suggestion</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="131"/>
        <source>alternative </source>
        <translation>alternative </translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="132"/>
        <source>Which placement of the suggestions layer the map shows and counts: the suggestion, or one of its alternatives (field &apos;alternative&apos;)</source>
        <translation>Which placement of the suggestions layer the map shows and counts: the suggestion, or one of its alternatives (field &apos;alternative&apos;)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="134"/>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="292"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="334"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="189"/>
        <source>Progress of the fusion, which runs in the background</source>
        <translation>Progress of the fusion, which runs in the background</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="196"/>
        <source>Stop the fusion; nothing is added</source>
        <translation>Stop the fusion; nothing is added</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="397"/>
        <source>Fusing {n} lists…</source>
        <translation>Fusing {n} lists…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="401"/>
        <source>Fusion cancelled; nothing was added.</source>
        <translation>Fusion cancelled; nothing was added.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/help.py" line="72"/>
        <source>The user guide could not be opened in a browser; open it by hand: {url}</source>
        <translation>The user guide could not be opened in a browser; open it by hand: {url}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="416"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="100"/>
        <source>Placement of the suggestions (0 = the suggestion, k = alternative k)</source>
        <translation>Placement of the suggestions (0 = the suggestion, k = alternative k)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="75"/>
        <source>Integreat {item} (&apos;{name}&apos;): its position cannot be expressed in {crs}; choose another target CRS.</source>
        <translation>Integreat {item} (&apos;{name}&apos;): its position cannot be expressed in {crs}; choose another target CRS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="185"/>
        <source>Status (optimal, feasible, infeasible, timeout)</source>
        <translation>Status (optimal, feasible, infeasible, timeout)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="53"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelled by the user; no output was written.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="672"/>
        <source>Could not write to &apos;{dest}&apos;: {error}</source>
        <translation>Could not write to &apos;{dest}&apos;: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/csv_import_dialog.py" line="175"/>
        <source>A blank or &apos;k. A.&apos; cell in an optional number column keeps its row with the value unknown and a warning naming the line; required columns are still checked</source>
        <translation>A blank or &apos;k. A.&apos; cell in an optional number column keeps its row with the value unknown and a warning naming the line; required columns are still checked</translation>
    </message>
    <message>
        <location filename="../plugin/gui/fusion_dialog.py" line="249"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="59"/>
        <source>Import CSV table (points)</source>
        <translation>Import CSV table (points)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="82"/>
        <source>The rows are</source>
        <translation>The rows are</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="84"/>
        <source>Separator (empty: detect)</source>
        <translation>Separator (empty: detect)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="86"/>
        <source>Decimal mark (empty: detect)</source>
        <translation>Decimal mark (empty: detect)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="88"/>
        <source>Encoding (empty: detect)</source>
        <translation>Encoding (empty: detect)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="89"/>
        <source>X or longitude column (empty: guess)</source>
        <translation>X or longitude column (empty: guess)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="91"/>
        <source>Y or latitude column (empty: guess)</source>
        <translation>Y or latitude column (empty: guess)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="93"/>
        <source>CRS of the coordinates (empty: guess)</source>
        <translation>CRS of the coordinates (empty: guess)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="95"/>
        <source>Keep rows with unknown values (NULL)</source>
        <translation>Keep rows with unknown values (NULL)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="102"/>
        <source>Imported points</source>
        <translation>Imported points</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="198"/>
        <source>{count} rows imported from &apos;{file}&apos; ({crs}).</source>
        <translation>{count} rows imported from &apos;{file}&apos; ({crs}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="117"/>
        <source>DECIMAL must be &apos;,&apos; or &apos;.&apos;, not &apos;{value}&apos;.</source>
        <translation>DECIMAL must be &apos;,&apos; or &apos;.&apos;, not &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="160"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="161"/>
        <source>Also show the technical figures (expected values, z-values, shares per meeting point)</source>
        <translation>Also show the technical figures (expected values, z-values, shares per meeting point)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="246"/>
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="247"/>
        <source>Copy the table shown as tab-separated text that pastes into a spreadsheet</source>
        <translation>Copy the table shown as tab-separated text that pastes into a spreadsheet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="250"/>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="365"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="135"/>
        <source>Save the analysis report as HTML and PDF</source>
        <translation>Save the analysis report as HTML and PDF</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="251"/>
        <source>Save the placement report as HTML and PDF</source>
        <translation>Save the placement report as HTML and PDF</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="581"/>
        <source>Table copied.</source>
        <translation>Table copied.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="365"/>
        <source>HTML report (*.html)</source>
        <translation>HTML report (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="327"/>
        <source>analysis_report.html</source>
        <translation>analysis_report.html</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="595"/>
        <source>placement_report.html</source>
        <translation>placement_report.html</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="382"/>
        <source>Report saved: {html} and {pdf}</source>
        <translation>Report saved: {html} and {pdf}</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="369"/>
        <source>{places} ({rate} ‰)</source>
        <translation>{places} ({rate} ‰)</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="698"/>
        <source>{places} places, {rate} ‰</source>
        <translation>{places} places, {rate} ‰</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Childcare (Kita)</source>
        <translation>Childcare (Kita)</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Language course</source>
        <translation>Language course</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Counselling</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Job centre</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Public transport</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>&lt; 80 % occupied</source>
        <translation>&lt; 80 % occupied</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>80 – 95 % occupied</source>
        <translation>80 – 95 % occupied</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>≥ 95 % occupied</source>
        <translation>≥ 95 % occupied</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Hot spot (Gi*, p &lt; 0.05)</source>
        <translation>Hot spot (Gi*, p &lt; 0.05)</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Cold spot (Gi*, p &lt; 0.05)</source>
        <translation>Cold spot (Gi*, p &lt; 0.05)</translation>
    </message>
    <message>
        <location filename="../plugin/export/language.py" line="104"/>
        <source>Not significant</source>
        <translation>Not significant</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="57"/>
        <source>Writes a print-ready map (PDF with embedded fonts, PNG at 300 dpi or SVG) with title, legend of the visible layers, scale bar, north arrow, overview inset, sources with date and licence, and a note when any layer is illustrative. With ATLAS, one PDF page per district (map and profile) after a city summary page with the indices and the Lorenz curve.

PUBLIC (default: yes) is for anything that leaves the office: shelters are never drawn, labelled or written as points; they are aggregated to districts, counts below SMALL_COUNT_THRESHOLD appear as “&lt; 5”, group labels and operators are withheld where a district has fewer shelters or places than the threshold, suggestions become planned places per district, and no georeferencing or metadata is written.

ALTERNATIVE: of a SUGGESTIONS layer with alternatives (dispersion:suggest with ALTERNATIVES), the placement the map shows and counts: 0 (default) is the suggestion, k its k-th alternative.

LANGUAGE: the language of every text on the map, legend and atlas pages, with its number and date notation (en or de); unset, the QGIS user locale.

Only DISTRICTS is required; inside QGIS, unset layers fall back to the project&apos;s planning layers. The generated layouts are added to the project&apos;s layout manager for manual finishing.</source>
        <translation>Writes a print-ready map (PDF with embedded fonts, PNG at 300 dpi or SVG) with title, legend of the visible layers, scale bar, north arrow, overview inset, sources with date and licence, and a note when any layer is illustrative. With ATLAS, one PDF page per district (map and profile) after a city summary page with the indices and the Lorenz curve.

PUBLIC (default: yes) is for anything that leaves the office: shelters are never drawn, labelled or written as points; they are aggregated to districts, counts below SMALL_COUNT_THRESHOLD appear as “&lt; 5”, group labels and operators are withheld where a district has fewer shelters or places than the threshold, suggestions become planned places per district, and no georeferencing or metadata is written.

ALTERNATIVE: of a SUGGESTIONS layer with alternatives (dispersion:suggest with ALTERNATIVES), the placement the map shows and counts: 0 (default) is the suggestion, k its k-th alternative.

LANGUAGE: the language of every text on the map, legend and atlas pages, with its number and date notation (en or de); unset, the QGIS user locale.

Only DISTRICTS is required; inside QGIS, unset layers fall back to the project&apos;s planning layers. The generated layouts are added to the project&apos;s layout manager for manual finishing.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_exportmap.py" line="103"/>
        <source>Language of the map texts (default: the QGIS interface language)</source>
        <translation>Language of the map texts (default: the QGIS interface language)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/layers.py" line="376"/>
        <source>Dispersion Planner results</source>
        <translation>Dispersion Planner results</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="53"/>
        <source>Gi* hot/cold spots</source>
        <translation>Gi* hot/cold spots</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="65"/>
        <source>Gi* hot/cold spots is an optional style (layer styles menu). With few districts Gi* is rarely significant: &apos;not significant&apos; does not mean the places are evenly spread. The default style shows places per 1,000 residents.</source>
        <translation>Gi* hot/cold spots is an optional style (layer styles menu). With few districts Gi* is rarely significant: &apos;not significant&apos; does not mean the places are evenly spread. The default style shows places per 1,000 residents.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="236"/>
        <source>places per 1,000 residents</source>
        <translation>places per 1,000 residents</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="237"/>
        <source>no places</source>
        <translation>no places</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="242"/>
        <source>over {lower} {unit}</source>
        <translation>over {lower} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="360"/>
        <source>{lower} – {upper} {unit}</source>
        <translation>{lower} – {upper} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="651"/>
        <source>Numbered districts</source>
        <translation>Numbered districts</translation>
    </message>
    <message>
        <location filename="../plugin/export/layouts.py" line="724"/>
        <source>City boundary</source>
        <translation>City boundary</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="208"/>
        <source>Keep result</source>
        <translation>Keep result</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="111"/>
        <source>Keep this run&apos;s result layer: the next run will not replace it</source>
        <translation>Keep this run&apos;s result layer: the next run will not replace it</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="167"/>
        <source>lorenz_curve.png</source>
        <translation>lorenz_curve.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="170"/>
        <source>places_per_1000.png</source>
        <translation>places_per_1000.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="67"/>
        <source>Charts need matplotlib: {error}</source>
        <translation>Charts need matplotlib: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="76"/>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="77"/>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Save this chart as a PNG or SVG image</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="117"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="117"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/chart_widget.py" line="128"/>
        <source>Chart saved: {path}</source>
        <translation>Chart saved: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="58"/>
        <source>The choice is the project&apos;s planning set: every dialog, export and Processing tool starts from it, and it is saved with the project.</source>
        <translation>The choice is the project&apos;s planning set: every dialog, export and Processing tool starts from it, and it is saved with the project.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="105"/>
        <source>Store these layers and field mappings as the project&apos;s planning set and apply the style presets</source>
        <translation>Store these layers and field mappings as the project&apos;s planning set and apply the style presets</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="202"/>
        <source>Planning set stored; layers styled and mapped.</source>
        <translation>Planning set stored; layers styled and mapped.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="203"/>
        <source>Planning set stored and layers styled, but the check found errors: see the list.</source>
        <translation>Planning set stored and layers styled, but the check found errors: see the list.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="209"/>
        <source>Keep this run&apos;s result layers: the next run will not replace them</source>
        <translation>Keep this run&apos;s result layers: the next run will not replace them</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="269"/>
        <source>What would make it possible</source>
        <translation>What would make it possible</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="270"/>
        <source>Each line changes one rule; Apply sets the value in the form, Suggest runs again</source>
        <translation>Each line changes one rule; Apply sets the value in the form, Suggest runs again</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="284"/>
        <source>Run a suggestion to see the districts before and after.</source>
        <translation>Run a suggestion to see the districts before and after.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="284"/>
        <source>places_before_after.png</source>
        <translation>places_before_after.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="448"/>
        <source>district cap (“{control}”)</source>
        <translation>district cap (“{control}”)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="449"/>
        <source>spacing rule (“{control}”)</source>
        <translation>spacing rule (“{control}”)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="450"/>
        <source>meeting point rule (“{control}”)</source>
        <translation>meeting point rule (“{control}”)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="451"/>
        <source>service rule (“{control}”)</source>
        <translation>service rule (“{control}”)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="452"/>
        <source>group rules (table “{control}”)</source>
        <translation>group rules (table “{control}”)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="503"/>
        <source>Raise “{control}” to at least {value} (now {now}).</source>
        <translation>Raise “{control}” to at least {value} (now {now}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="498"/>
        <source>Lower “{control}” to at most {value} m (now {now} m).</source>
        <translation>Lower “{control}” to at most {value} m (now {now} m).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="510"/>
        <source>Raise “{control}” to at least {value} m (now {now} m).</source>
        <translation>Raise “{control}” to at least {value} m (now {now} m).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="515"/>
        <source>Remove the rule “{rule}” from the table “{control}”.</source>
        <translation>Remove the rule “{rule}” from the table “{control}”.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="521"/>
        <source>Lower “{control}” to at most {value} (now {now}).</source>
        <translation>Lower “{control}” to at most {value} (now {now}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="543"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="544"/>
        <source>Set this value in the form; then press Suggest again</source>
        <translation>Set this value in the form; then press Suggest again</translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="125"/>
        <source>not the planning set&apos;s layer (&apos;{name}&apos;)</source>
        <translation>not the planning set&apos;s layer (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="149"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="174"/>
        <source>no CRS</source>
        <translation>no CRS</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="175"/>
        <source>custom CRS</source>
        <translation>custom CRS</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="183"/>
        <source>temporary layer (memory, not saved with the data)</source>
        <translation>temporary layer (memory, not saved with the data)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="192"/>
        <source>{provider} database &apos;{database}&apos;{host}, table &apos;{table}&apos;</source>
        <translation>{provider} database &apos;{database}&apos;{host}, table &apos;{table}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="197"/>
        <source>bundled sample ({file})</source>
        <translation>bundled sample ({file})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="206"/>
        <source>table &apos;{table}&apos;</source>
        <translation>table &apos;{table}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="215"/>
        <source>no layer chosen</source>
        <translation>no layer chosen</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="238"/>
        <source>{sample} come from the bundled sample, {own} from other data: the result mixes the sample city with your own. Choose the layers of one dataset.</source>
        <translation>{sample} come from the bundled sample, {own} from other data: the result mixes the sample city with your own. Choose the layers of one dataset.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="247"/>
        <source>The layers come from {count} different sources ({sources}). Check that they describe the same city and the same date.</source>
        <translation>The layers come from {count} different sources ({sources}). Check that they describe the same city and the same date.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="256"/>
        <source>The layers use different coordinate reference systems ({crss}); they are reprojected to the working CRS for the calculation.</source>
        <translation>The layers use different coordinate reference systems ({crss}); they are reprojected to the working CRS for the calculation.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="264"/>
        <source>{kinds} are different layers with the same name &apos;{name}&apos;: check the choice.</source>
        <translation>{kinds} are different layers with the same name &apos;{name}&apos;: check the choice.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="264"/>
        <source>The layer &apos;{name}&apos; is chosen as {kinds}.</source>
        <translation>The layer &apos;{name}&apos; is chosen as {kinds}.</translation>
    </message>
    <message>
        <location filename="../plugin/export/charts_layout.py" line="109"/>
        <source>without {n} withheld districts (*)</source>
        <translation>without {n} withheld districts (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="52"/>
        <source>Target CRS (empty: project CRS or UTM zone of the data)</source>
        <translation>Target CRS (empty: project CRS or UTM zone of the data)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importintegreat.py" line="36"/>
        <source>Reads the locations of the Integreat app (the JSON of /api/v3/&lt;region&gt;/&lt;language&gt;/locations/, saved to a file) into a services layer with service_id, name and category.

CATEGORY_MAP (optional): how Integreat category names become service categories, as a CSV file with two columns (Integreat category; category) or as text like &apos;Beratung=counselling;Freizeit=other&apos;. Entries extend the built-in German/English mapping. Categories: {categories}.
TARGET_CRS: coordinate system of the output, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of the locations).

Temporarily closed locations and locations without coordinates are skipped; the log names them. Unmapped categories count as &apos;other&apos; and are listed.</source>
        <translation>Reads the locations of the Integreat app (the JSON of /api/v3/&lt;region&gt;/&lt;language&gt;/locations/, saved to a file) into a services layer with service_id, name and category.

CATEGORY_MAP (optional): how Integreat category names become service categories, as a CSV file with two columns (Integreat category; category) or as text like &apos;Beratung=counselling;Freizeit=other&apos;. Entries extend the built-in German/English mapping. Categories: {categories}.
TARGET_CRS: coordinate system of the output, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of the locations).

Temporarily closed locations and locations without coordinates are skipped; the log names them. Unmapped categories count as &apos;other&apos; and are listed.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importzensus.py" line="35"/>
        <source>Reads a Zensus 2022 grid table (CSV with GITTER_ID_100m, GITTER_ID_1km or GITTER_ID_10km, e.g. GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner) and writes one polygon per grid cell.

INPUT: the CSV as downloaded from the Zensus database (separator &apos;;&apos;).
TARGET_CRS: coordinate system of the output, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of EXTENT, else EPSG:25832); the cells are EPSG:3035 squares and their corners are reprojected.
VALUE_FIELD: the column with the counts (default Einwohner).
EXTENT (optional): keep only cells whose centre lies inside, e.g. the city&apos;s extent.

OUTPUT fields: gitter_id, einwohner (empty where the Zensus suppressed the value, shown as &apos;–&apos;), einwohner_suppressed (true for those cells) and the CSV&apos;s other columns. Uninhabited cells are not in the Zensus file and so not in the output. The file is read in chunks; memory does not grow with its size. Source: Statistische Ämter des Bundes und der Länder, Zensus 2022, dl-de/by-2-0.</source>
        <translation>Reads a Zensus 2022 grid table (CSV with GITTER_ID_100m, GITTER_ID_1km or GITTER_ID_10km, e.g. GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner) and writes one polygon per grid cell.

INPUT: the CSV as downloaded from the Zensus database (separator &apos;;&apos;).
TARGET_CRS: coordinate system of the output, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of EXTENT, else EPSG:25832); the cells are EPSG:3035 squares and their corners are reprojected.
VALUE_FIELD: the column with the counts (default Einwohner).
EXTENT (optional): keep only cells whose centre lies inside, e.g. the city&apos;s extent.

OUTPUT fields: gitter_id, einwohner (empty where the Zensus suppressed the value, shown as &apos;–&apos;), einwohner_suppressed (true for those cells) and the CSV&apos;s other columns. Uninhabited cells are not in the Zensus file and so not in the output. The file is read in chunks; memory does not grow with its size. Source: Statistische Ämter des Bundes und der Länder, Zensus 2022, dl-de/by-2-0.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="190"/>
        <source>Working CRS (empty: project CRS or UTM zone of the data)</source>
        <translation>Working CRS (empty: project CRS or UTM zone of the data)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="243"/>
        <source>{layer}: field for &apos;{field}&apos;</source>
        <translation>{layer}: field for &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="287"/>
        <source>{layer}: the planning set&apos;s field &apos;{field}&apos; is not in this layer; guessing &apos;{target}&apos; from the field names.</source>
        <translation>{layer}: the planning set&apos;s field &apos;{field}&apos; is not in this layer; guessing &apos;{target}&apos; from the field names.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="292"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (parameter &apos;{parameter}&apos;, {id}). Its fields: {fields}.</source>
        <translation>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (parameter &apos;{parameter}&apos;, {id}). Its fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/working_crs.py" line="119"/>
        <source>The working CRS {crs} is not a projected CRS in metres. Choose one such as a UTM zone (for example EPSG:25832), or leave the working CRS empty to use the project&apos;s CRS or the UTM zone of the data.</source>
        <translation>The working CRS {crs} is not a projected CRS in metres. Choose one such as a UTM zone (for example EPSG:25832), or leave the working CRS empty to use the project&apos;s CRS or the UTM zone of the data.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="550"/>
        <source>No single change makes room for all places: the rules named above block together. Relax several of them at once, or ask for fewer places.</source>
        <translation>No single change makes room for all places: the rules named above block together. Relax several of them at once, or ask for fewer places.</translation>
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
        <translation>Reads a CSV table with coordinate columns (an operator&apos;s shelter list, a list of services or candidate sites) into a point layer, as the CSV import dialog does.

KIND: what the rows are, by name ({kinds}); number columns of that kind (e.g. capacity) are read as numbers.
SEPARATOR, DECIMAL, ENCODING (optional): detected when empty (separator ; , | or tab; decimal comma or point; UTF-8 with or without BOM, or cp1252).
X_FIELD, Y_FIELD (optional): the coordinate columns (longitude in X, latitude in Y); guessed from names such as lon/lat, Länge/Breite, x/y, Rechtswert/Hochwert.
CRS (optional): of the coordinates; guessed from their values (WGS84, UTM 32N, Gauss-Krüger, LAEA).
KEEP_UNKNOWN (default on): a blank or &apos;k. A.&apos; cell in an optional number column keeps its row with the value NULL; required columns are still checked.
DISTRICTS (optional; default: the planning set&apos;s districts): rows more than 50 km outside the districts are flagged, even when all rows are off.

OUTPUT: the table&apos;s columns, typed, in the CRS of the coordinates, plus import_flags naming what to check in a row (unknown value, placeholder position such as 0/0 or 1/1, swapped x/y, more than 50 km outside the other rows). The log lists the same with file, line and column.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_importcsv.py" line="99"/>
        <source>Districts (rows far outside them are flagged)</source>
        <translation>Districts (rows far outside them are flagged)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/planning_set.py" line="275"/>
        <source>Other layers in the project have the same name as a chosen one; the chosen ones are {layers}.</source>
        <translation>Other layers in the project have the same name as a chosen one; the chosen ones are {layers}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="102"/>
        <source>Field parameters (advanced), such as {example}: the field of an input layer that holds a field of the data contract; empty: guessed from the field names (German and English names are recognised). In a project with a planning set, the layers and fields default to it.</source>
        <translation>Field parameters (advanced), such as {example}: the field of an input layer that holds a field of the data contract; empty: guessed from the field names (German and English names are recognised). In a project with a planning set, the layers and fields default to it.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="107"/>
        <source>WORKING_CRS: the coordinate system distances are computed in, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of the input layers).</source>
        <translation>WORKING_CRS: the coordinate system distances are computed in, projected in metres (empty: the project&apos;s CRS when it is one, else the UTM zone of the input layers).</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="596"/>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="596"/>
        <source>internal</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="140"/>
        <source>Shared accommodation by district</source>
        <translation>Shared accommodation by district</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="428"/>
        <source>Fields of &apos;{layer}&apos;: {pairs}</source>
        <translation>Fields of &apos;{layer}&apos;: {pairs}</translation>
    </message>
    <message>
        <location filename="../plugin/export/capacity_page.py" line="213"/>
        <source>own planning assumptions</source>
        <translation>own planning assumptions</translation>
    </message>
    <message>
        <location filename="../plugin/export/capacity_page.py" line="249"/>
        <source>Unsupported output format &apos;{suffix}&apos;; use .pdf, .png or .svg.</source>
        <translation>Unsupported output format &apos;{suffix}&apos;; use .pdf, .png or .svg.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="97"/>
        <source>Walking routes and Kita places</source>
        <translation>Walking routes and Kita places</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="103"/>
        <source>none (straight line)</source>
        <translation>none (straight line)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="105"/>
        <source>Line layer of paths and roads to measure walking distances on; empty: straight-line distance. Its data are read, never changed.</source>
        <translation>Line layer of paths and roads to measure walking distances on; empty: straight-line distance. Its data are read, never changed.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="107"/>
        <source>Walking network</source>
        <translation>Walking network</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="114"/>
        <source>Field saying a line is one-way (yes/1 along, -1 against its direction); empty: every line both ways</source>
        <translation>Field saying a line is one-way (yes/1 along, -1 against its direction); empty: every line both ways</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="116"/>
        <source>One-way (field)</source>
        <translation>One-way (field)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="119"/>
        <source>Field saying whether people may walk a line (no/0: left out, as OSM foot=no); empty: every line is walkable</source>
        <translation>Field saying whether people may walk a line (no/0: left out, as OSM foot=no); empty: every line is walkable</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="121"/>
        <source>Walkable (field)</source>
        <translation>Walkable (field)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="124"/>
        <source>Field that marks lines nobody may walk on (yes/1: left out); empty: no line is left out</source>
        <translation>Field that marks lines nobody may walk on (yes/1: left out); empty: no line is left out</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="126"/>
        <source>Not walkable (field)</source>
        <translation>Not walkable (field)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="130"/>
        <source>Field of the services layer with each Kita&apos;s places; empty: only the distance to the nearest Kita is checked</source>
        <translation>Field of the services layer with each Kita&apos;s places; empty: only the distance to the nearest Kita is checked</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="132"/>
        <source>Kita places (field)</source>
        <translation>Kita places (field)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="134"/>
        <source>Age tables (*.csv *.txt);;All files (*)</source>
        <translation>Age tables (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="141"/>
        <source>Age table (optional)</source>
        <translation>Age table (optional)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="153"/>
        <source>Field of the districts layer with the children under 6; used when no age table is given</source>
        <translation>Field of the districts layer with the children under 6; used when no age table is given</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="155"/>
        <source>Children under 6 (field)</source>
        <translation>Children under 6 (field)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="157"/>
        <source>Share of children under 2 who need a place</source>
        <translation>Share of children under 2 who need a place</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="158"/>
        <source>Share of 2-year-olds who need a place</source>
        <translation>Share of 2-year-olds who need a place</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="159"/>
        <source>Share of 3- to 5-year-olds who need a place</source>
        <translation>Share of 3- to 5-year-olds who need a place</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="163"/>
        <source>Demand: under 2 / 2–3 / 3–6 years</source>
        <translation>Demand: under 2 / 2–3 / 3–6 years</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="164"/>
        <source>Assumed share of shelter residents under 6 (a planner&apos;s figure, not a statistic)</source>
        <translation>Assumed share of shelter residents under 6 (a planner&apos;s figure, not a statistic)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="166"/>
        <source>Under 6 in shelters</source>
        <translation>Under 6 in shelters</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="173"/>
        <source>A Kita farther away than this (on foot, or straight line without a network) is out of reach</source>
        <translation>A Kita farther away than this (on foot, or straight line without a network) is out of reach</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="175"/>
        <source>Max. walking distance</source>
        <translation>Max. walking distance</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="220"/>
        <source>Distances: straight line (no walking network chosen)</source>
        <translation>Distances: straight line (no walking network chosen)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="221"/>
        <source>Distances: on foot over &apos;{layer}&apos;</source>
        <translation>Distances: on foot over &apos;{layer}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="417"/>
        <source>demand: 1 place per child</source>
        <translation>demand: 1 place per child</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="421"/>
        <source>Kita places per child in reach</source>
        <translation>Kita places per child in reach</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="427"/>
        <source>Kita places per child by district ({method})</source>
        <translation>Kita places per child by district ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="451"/>
        <source>limit: {limit} m</source>
        <translation>limit: {limit} m</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="456"/>
        <source>Distance to the nearest Kita (m)</source>
        <translation>Distance to the nearest Kita (m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="458"/>
        <source>Nearest Kita per shelter (no places or children given)</source>
        <translation>Nearest Kita per shelter (no places or children given)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="470"/>
        <source>Run the analysis to see Kita places per child and distances to the nearest Kita.</source>
        <translation>Run the analysis to see Kita places per child and distances to the nearest Kita.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="477"/>
        <source>What the Kita figures say, and which distance they use</source>
        <translation>What the Kita figures say, and which distance they use</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="484"/>
        <source>Kita places per child in reach and the shortfall per district; sort by clicking a column header</source>
        <translation>Kita places per child in reach and the shortfall per district; sort by clicking a column header</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="487"/>
        <source>Distance from each shelter to the nearest Kita, on foot and in a straight line</source>
        <translation>Distance from each shelter to the nearest Kita, on foot and in a straight line</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="495"/>
        <source>Run the analysis to see Kita places per child by district.</source>
        <translation>Run the analysis to see Kita places per child by district.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="495"/>
        <source>Kita places per child in reach by district against the demand</source>
        <translation>Kita places per child in reach by district against the demand</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="495"/>
        <source>kita_places_per_child.png</source>
        <translation>kita_places_per_child.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="498"/>
        <source>Per district</source>
        <translation>Per district</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="499"/>
        <source>Per shelter</source>
        <translation>Per shelter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="500"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="509"/>
        <source>Distances on foot over the walking network &apos;{layer}&apos; (Kita within {limit} m)</source>
        <translation>Distances on foot over the walking network &apos;{layer}&apos; (Kita within {limit} m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="512"/>
        <source>Distances in a straight line: no walking network was chosen (Kita within {limit} m)</source>
        <translation>Distances in a straight line: no walking network was chosen (Kita within {limit} m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="532"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="517"/>
        <source>Children needing a place</source>
        <translation>Children needing a place</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="521"/>
        <source>Places per child ({method})</source>
        <translation>Places per child ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="523"/>
        <source>Shortfall (places)</source>
        <translation>Shortfall (places)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="534"/>
        <source>Nearest Kita on foot (m)</source>
        <translation>Nearest Kita on foot (m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="535"/>
        <source>Nearest Kita, straight line (m)</source>
        <translation>Nearest Kita, straight line (m)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="536"/>
        <source>Places per child</source>
        <translation>Places per child</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="536"/>
        <source>Kita in reach</source>
        <translation>Kita in reach</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="559"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="559"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="670"/>
        <source>Kita access ({method})</source>
        <translation>Kita access ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="677"/>
        <source>Shelters: Kita access ({method})</source>
        <translation>Shelters: Kita access ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="183"/>
        <source>Kita access</source>
        <translation>Kita access</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="816"/>
        <source>Capacity planning over time</source>
        <translation>Capacity planning over time</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="331"/>
        <source>Districts and their population: the district cap and the load</source>
        <translation>Districts and their population: the district cap and the load</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="345"/>
        <source>Progress of the capacity plan</source>
        <translation>Progress of the capacity plan</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="156"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="356"/>
        <source>Shelters and candidate sites of the planning set</source>
        <translation>Shelters and candidate sites of the planning set</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="357"/>
        <source>Existing shelters (capacity, occupancy) and candidate sites from the project&apos;s planning layers</source>
        <translation>Existing shelters (capacity, occupancy) and candidate sites from the project&apos;s planning layers</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="359"/>
        <source>Sites table (CSV or GeoPackage)</source>
        <translation>Sites table (CSV or GeoPackage)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="360"/>
        <source>A table with the columns site_id, district_id, capacity, state, occupied, cost_active, … (one row per shelter or candidate site)</source>
        <translation>A table with the columns site_id, district_id, capacity, state, occupied, cost_active, … (one row per shelter or candidate site)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="372"/>
        <source>sites.csv or .gpkg</source>
        <translation>sites.csv or .gpkg</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="373"/>
        <source>Path of the sites table</source>
        <translation>Path of the sites table</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="374"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="375"/>
        <source>Choose the sites table</source>
        <translation>Choose the sites table</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="385"/>
        <source>Costs and lead times (defaults)</source>
        <translation>Costs and lead times (defaults)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="391"/>
        <source>Monthly cost of one active place</source>
        <translation>Monthly cost of one active place</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="392"/>
        <source>Monthly cost of one reserve place</source>
        <translation>Monthly cost of one reserve place</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="412"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="393"/>
        <source>Months from the decision until a reserve site is active</source>
        <translation>Months from the decision until a reserve site is active</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="395"/>
        <source>One-off cost of activating a site</source>
        <translation>One-off cost of activating a site</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="396"/>
        <source>Months from the decision until a candidate site can take people</source>
        <translation>Months from the decision until a candidate site can take people</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="398"/>
        <source>One-off cost of opening a candidate site</source>
        <translation>One-off cost of opening a candidate site</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="399"/>
        <source>One-off cost of closing a site</source>
        <translation>One-off cost of closing a site</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="400"/>
        <source>Active place per month</source>
        <translation>Active place per month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="401"/>
        <source>Reserve place per month</source>
        <translation>Reserve place per month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="402"/>
        <source>Activation lead time</source>
        <translation>Activation lead time</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="403"/>
        <source>Activation cost</source>
        <translation>Activation cost</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="404"/>
        <source>Opening lead time</source>
        <translation>Opening lead time</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="405"/>
        <source>Opening cost</source>
        <translation>Opening cost</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="406"/>
        <source>Closing cost</source>
        <translation>Closing cost</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="410"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="412"/>
        <source>Number of months planned (month 1 is next month)</source>
        <translation>Number of months planned (month 1 is next month)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="414"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="415"/>
        <source>Active places may be filled up to this share</source>
        <translation>Active places may be filled up to this share</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="416"/>
        <source>Target occupancy</source>
        <translation>Target occupancy</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="417"/>
        <source>waiting time</source>
        <translation>waiting time</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="418"/>
        <source>After a request people wait between the shortest and the longest time, on average the mean, before they move out</source>
        <translation>After a request people wait between the shortest and the longest time, on average the mean, before they move out</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="420"/>
        <source>monthly rate</source>
        <translation>monthly rate</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="421"/>
        <source>A fixed share of the people moves out every month</source>
        <translation>A fixed share of the people moves out every month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="427"/>
        <source>Shortest waiting time (months)</source>
        <translation>Shortest waiting time (months)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="428"/>
        <source>Longest waiting time (months)</source>
        <translation>Longest waiting time (months)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="429"/>
        <source>Mean waiting time (months)</source>
        <translation>Mean waiting time (months)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="431"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="431"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="431"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="435"/>
        <source>Move-out</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="437"/>
        <source>Share of the people moving out each month</source>
        <translation>Share of the people moving out each month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="443"/>
        <source>Active places (and the reserve activated in the high scenario) per 1,000 inhabitants may not exceed this in any district and month</source>
        <translation>Active places (and the reserve activated in the high scenario) per 1,000 inhabitants may not exceed this in any district and month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="446"/>
        <source>Newly opened sites keep at least this distance from each other and from existing shelters (0: no rule)</source>
        <translation>Newly opened sites keep at least this distance from each other and from existing shelters (0: no rule)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="458"/>
        <source>Stop the optimiser after this time and report the best plan found with its gap</source>
        <translation>Stop the optimiser after this time and report the best plan found with its gap</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="162"/>
        <source>Arrival scenarios</source>
        <translation>Arrival scenarios</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="468"/>
        <source>Arrivals per month in the low scenario</source>
        <translation>Arrivals per month in the low scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="469"/>
        <source>Arrivals per month in the mid scenario</source>
        <translation>Arrivals per month in the mid scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="470"/>
        <source>Arrivals per month in the high scenario</source>
        <translation>Arrivals per month in the high scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="473"/>
        <source>Fill table</source>
        <translation>Fill table</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="474"/>
        <source>Replace the table with the low, mid and high scenarios (the same arrivals every month)</source>
        <translation>Replace the table with the low, mid and high scenarios (the same arrivals every month)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="477"/>
        <source>Arrivals per month (low, mid, high)</source>
        <translation>Arrivals per month (low, mid, high)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="480"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="480"/>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="480"/>
        <source>Group (optional)</source>
        <translation>Group (optional)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="486"/>
        <source>Arrivals (people) per scenario and month; edit any cell, or load a CSV with the columns scenario, month, arrivals (and group_label)</source>
        <translation>Arrivals (people) per scenario and month; edit any cell, or load a CSV with the columns scenario, month, arrivals (and group_label)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="493"/>
        <source>Replace the table with the rows of a scenario CSV file</source>
        <translation>Replace the table with the rows of a scenario CSV file</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="496"/>
        <source>Save the scenario table as a CSV file</source>
        <translation>Save the scenario table as a CSV file</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="504"/>
        <source>Active places must cover this scenario&apos;s demand every month</source>
        <translation>Active places must cover this scenario&apos;s demand every month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="506"/>
        <source>Active plus activatable reserve places must cover this scenario&apos;s demand</source>
        <translation>Active plus activatable reserve places must cover this scenario&apos;s demand</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="507"/>
        <source>Planning scenario</source>
        <translation>Planning scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="508"/>
        <source>High scenario</source>
        <translation>High scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="516"/>
        <source>Status of the plan; when no plan exists, the months short and what would help</source>
        <translation>Status of the plan; when no plan exists, the months short and what would help</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="517"/>
        <source>Fill in the scenarios and press Plan.</source>
        <translation>Fill in the scenarios and press Plan.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="519"/>
        <source>Why each site changes its state, month by month</source>
        <translation>Why each site changes its state, month by month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="530"/>
        <source>Press Plan to see the chart.</source>
        <translation>Press Plan to see the chart.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="531"/>
        <source>Demand per scenario against active and reserve places</source>
        <translation>Demand per scenario against active and reserve places</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="531"/>
        <source>capacity_timeline.png</source>
        <translation>capacity_timeline.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="533"/>
        <source>The state of each site month by month</source>
        <translation>The state of each site month by month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="533"/>
        <source>capacity_sites.png</source>
        <translation>capacity_sites.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="535"/>
        <source>Total cost over the horizon by kind</source>
        <translation>Total cost over the horizon by kind</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="535"/>
        <source>capacity_cost.png</source>
        <translation>capacity_cost.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="536"/>
        <source>Active places per 1,000 inhabitants per district and month</source>
        <translation>Active places per 1,000 inhabitants per district and month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="536"/>
        <source>capacity_district_load.png</source>
        <translation>capacity_district_load.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="538"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="540"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="541"/>
        <source>District load</source>
        <translation>District load</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="542"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="551"/>
        <source>Saved scenarios side by side</source>
        <translation>Saved scenarios side by side</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="556"/>
        <source>Load inputs</source>
        <translation>Load inputs</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="557"/>
        <source>Fill the form with the inputs of the selected saved scenario</source>
        <translation>Fill the form with the inputs of the selected saved scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1014"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="560"/>
        <source>Rename the selected saved scenario</source>
        <translation>Rename the selected saved scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="998"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="563"/>
        <source>Delete the selected saved scenario from the project</source>
        <translation>Delete the selected saved scenario from the project</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="570"/>
        <source>Save scenarios to compare them.</source>
        <translation>Save scenarios to compare them.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="570"/>
        <source>The highest district load month by month, one line per saved scenario</source>
        <translation>The highest district load month by month, one line per saved scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="570"/>
        <source>capacity_compare.png</source>
        <translation>capacity_compare.png</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="583"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="584"/>
        <source>Compute the capacity plan in the background</source>
        <translation>Compute the capacity plan in the background</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="586"/>
        <source>Stop the plan; nothing is added</source>
        <translation>Stop the plan; nothing is added</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="590"/>
        <source>Add load layer</source>
        <translation>Add load layer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="591"/>
        <source>Add the districts × months load layer; the temporal controller plays it month by month</source>
        <translation>Add the districts × months load layer; the temporal controller plays it month by month</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="938"/>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="594"/>
        <source>Keep the inputs and the result in the project for the comparison</source>
        <translation>Keep the inputs and the result in the project for the comparison</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="595"/>
        <source>Export INSEK page…</source>
        <translation>Export INSEK page…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="596"/>
        <source>Export the plan as a page for the INSEK (chart and table by district, public-safe)</source>
        <translation>Export the plan as a page for the INSEK (chart and table by district, public-safe)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="632"/>
        <source>Sites table</source>
        <translation>Sites table</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="721"/>
        <source>Tables (*.csv *.txt *.gpkg)</source>
        <translation>Tables (*.csv *.txt *.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="704"/>
        <source>The scenario table {table} lacks the column(s) {columns}.</source>
        <translation>The scenario table {table} lacks the column(s) {columns}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="721"/>
        <source>Load scenarios</source>
        <translation>Load scenarios</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="729"/>
        <source>Save scenarios</source>
        <translation>Save scenarios</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="729"/>
        <source>scenarios.csv</source>
        <translation>scenarios.csv</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="766"/>
        <source>Choose the districts and shelters layers.</source>
        <translation>Choose the districts and shelters layers.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="778"/>
        <source>Left out (outside every district): {ids}</source>
        <translation>Left out (outside every district): {ids}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="782"/>
        <source>Choose the sites table.</source>
        <translation>Choose the sites table.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="786"/>
        <source>Scenario table</source>
        <translation>Scenario table</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="819"/>
        <source>Capacity plan cancelled; nothing was added.</source>
        <translation>Capacity plan cancelled; nothing was added.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="864"/>
        <source>Reserve places held: at most {max}, on average {mean} per month.</source>
        <translation>Reserve places held: at most {max}, on average {mean} per month.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="868"/>
        <source>Highest district load: {v} places per 1,000 inhabitants.</source>
        <translation>Highest district load: {v} places per 1,000 inhabitants.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="871"/>
        <source>Months short</source>
        <translation>Months short</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="887"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="923"/>
        <source>District load over time</source>
        <translation>District load over time</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="927"/>
        <source>District load layer added: {n} districts × {t} months. Open the temporal controller to play it.</source>
        <translation>District load layer added: {n} districts × {t} months. Open the temporal controller to play it.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1014"/>
        <source>Name of the scenario</source>
        <translation>Name of the scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="950"/>
        <source>Scenario saved in the project: {name}</source>
        <translation>Scenario saved in the project: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="998"/>
        <source>Delete the saved scenario “{name}”?</source>
        <translation>Delete the saved scenario “{name}”?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1071"/>
        <source>Export INSEK page</source>
        <translation>Export INSEK page</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1071"/>
        <source>capacity_insek.pdf</source>
        <translation>capacity_insek.pdf</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1071"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="392"/>
        <source>INSEK page written: {path}</source>
        <translation>INSEK page written: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1140"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1140"/>
        <source>reserve</source>
        <translation>reserve</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1140"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1141"/>
        <source>not opened</source>
        <translation>not opened</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="1206"/>
        <source>Highest district load per month, by saved scenario</source>
        <translation>Highest district load per month, by saved scenario</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="196"/>
        <source>Consider Kita places</source>
        <translation>Consider Kita places</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="197"/>
        <source>The expected children of the new places must fit into free places of Kitas within reach (walking distance when a network is chosen); set the Kitas&apos; places field and the children by age under &apos;Walking routes and Kita places&apos;</source>
        <translation>The expected children of the new places must fit into free places of Kitas within reach (walking distance when a network is chosen); set the Kitas&apos; places field and the children by age under &apos;Walking routes and Kita places&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="202"/>
        <source>under 6:</source>
        <translation>under 6:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="204"/>
        <source>Kita places</source>
        <translation>Kita places</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="214"/>
        <source>Walking distances for the service and Kita rules, and the Kita places and children the Kita rule counts</source>
        <translation>Walking distances for the service and Kita rules, and the Kita places and children the Kita rule counts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="310"/>
        <source>Maximum walking distance on the network to each required service</source>
        <translation>Maximum walking distance on the network to each required service</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="316"/>
        <source>Service distance on foot</source>
        <translation>Service distance on foot</translation>
    </message>
    <message>
        <location filename="../plugin/gui/placement_dialog.py" line="453"/>
        <source>Kita rule (“{control}”)</source>
        <translation>Kita rule (“{control}”)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="57"/>
        <source>Capacity planning over time…</source>
        <translation>Capacity planning over time…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="57"/>
        <source>Plan active and reserve places month by month under arrival scenarios, at least cost</source>
        <translation>Plan active and reserve places month by month under arrival scenarios, at least cost</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="42"/>
        <source>Walking network (lines; empty: straight-line distances)</source>
        <translation>Walking network (lines; empty: straight-line distances)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="45"/>
        <source>Walking network: one-way field (yes/1, -1, no)</source>
        <translation>Walking network: one-way field (yes/1, -1, no)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="46"/>
        <source>Walking network: walkable field (no/0 = not walkable, e.g. OSM foot)</source>
        <translation>Walking network: walkable field (no/0 = not walkable, e.g. OSM foot)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="47"/>
        <source>Walking network: not-walkable field (yes/1 = not walkable)</source>
        <translation>Walking network: not-walkable field (yes/1 = not walkable)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="57"/>
        <source>Share of shelter residents under 6 (assumption)</source>
        <translation>Share of shelter residents under 6 (assumption)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="61"/>
        <source>Kita distance, walking or straight line (m)</source>
        <translation>Kita distance, walking or straight line (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="83"/>
        <source>Reading the walking network</source>
        <translation>Reading the walking network</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="118"/>
        <source>Plan capacity over time (active and reserve places)</source>
        <translation>Plan capacity over time (active and reserve places)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="154"/>
        <source>Sites (existing shelters and candidates)</source>
        <translation>Sites (existing shelters and candidates)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="157"/>
        <source>Districts (district_id, population)</source>
        <translation>Districts (district_id, population)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="160"/>
        <source>Arrival scenarios table</source>
        <translation>Arrival scenarios table</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="163"/>
        <source>Low scenario: arrivals per month</source>
        <translation>Low scenario: arrivals per month</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="163"/>
        <source>Mid scenario: arrivals per month</source>
        <translation>Mid scenario: arrivals per month</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="163"/>
        <source>High scenario: arrivals per month</source>
        <translation>High scenario: arrivals per month</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="168"/>
        <source>Horizon (months)</source>
        <translation>Horizon (months)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="170"/>
        <source>Target occupancy (share of places filled)</source>
        <translation>Target occupancy (share of places filled)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="173"/>
        <source>Move-out rate (share per month; empty: waiting time 3-6 months)</source>
        <translation>Move-out rate (share per month; empty: waiting time 3-6 months)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="194"/>
        <source>First planned month (YYYY-MM; empty: next month)</source>
        <translation>First planned month (YYYY-MM; empty: next month)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="197"/>
        <source>Capacity plan (site and month)</source>
        <translation>Capacity plan (site and month)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="199"/>
        <source>District load per month</source>
        <translation>District load per month</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="201"/>
        <source>HTML files (*.html);;JSON files (*.json)</source>
        <translation>HTML files (*.html);;JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="205"/>
        <source>Total cost over the horizon</source>
        <translation>Total cost over the horizon</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="207"/>
        <source>Peak shortfall (places)</source>
        <translation>Peak shortfall (places)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="328"/>
        <source>Give either an arrival scenarios table (SCENARIOS) or all three of LOW, MID and HIGH.</source>
        <translation>Give either an arrival scenarios table (SCENARIOS) or all three of LOW, MID and HIGH.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="406"/>
        <source>First planned month &apos;{value}&apos; is not a month like 2025-01.</source>
        <translation>First planned month &apos;{value}&apos; is not a month like 2025-01.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="445"/>
        <source>Reading the sites, districts and scenarios</source>
        <translation>Reading the sites, districts and scenarios</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="453"/>
        <source>Solving the capacity model</source>
        <translation>Solving the capacity model</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="466"/>
        <source>Capacity plan</source>
        <translation>Capacity plan</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="30"/>
        <source>Kita access (walking distance and places per child)</source>
        <translation>Kita access (walking distance and places per child)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="61"/>
        <source>Services (Kitas with places)</source>
        <translation>Services (Kitas with places)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="68"/>
        <source>Kita access by district</source>
        <translation>Kita access by district</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="70"/>
        <source>Service distances by shelter</source>
        <translation>Service distances by shelter</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="79"/>
        <source>Measuring distances and Kita places per child</source>
        <translation>Measuring distances and Kita places per child</translation>
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
        <translation>Suggests at which candidate sites, and how many, PLACES new places should go so that accommodation is dispersed across the city. An exact optimiser (mixed-integer programme, HiGHS) keeps every rule:
- each site gets 0 or between its min_places and max_places, in multiples of its module;
- district cap: new places in a district ≤ MAX_PER_1000 × population / 1,000 − existing places;
- opened sites keep MIN_SPACING_M from each other and from existing shelters;
- new places within a hotspot&apos;s radius ≤ HOTSPOT_MAX_PLACES − existing places there (empty: no limit);
- RULES (table: group_a, group_b, relation &apos;separate&apos; or &apos;near&apos;, distance_m) and GROUP_DEMAND (table: group_label, places, replacing PLACES);
- every opened site has each of SERVICE_CATEGORIES (e.g. &apos;kita,school&apos;) within SERVICE_MAX_DISTANCE_M: walking distance on the NETWORK (a line layer of paths and roads) when one is given, else straight line;
- KITA_RULE (optional): the expected children of the new places (KITA_UNDER6_SHARE × the demand rate of under-6s × places) fit into the free places of the Kitas (services of category kita with a capacity) within KITA_MAX_DISTANCE; free places = capacity minus the children already expected there (the districts&apos; children from AGE_TABLE and the existing shelters&apos; children, each split among the Kitas in their reach by places). When it binds, the log says how many Kita places are missing and where.
It first minimises the highest load among receiving districts, then places near hotspots and close pairs of sites, then cost. STATUS is optimal, feasible (time limit, with GAP), infeasible (proven) or timeout (no placement found within TIME_LIMIT_S, which covers building the model; infeasibility not proven); when infeasible, MESSAGE and the log say which rules conflict and the smallest relaxation that works. ALTERNATIVES adds the next-best distinct placements (field &apos;alternative&apos;). Each site carries a plain-language reason. The plugin suggests; planners decide.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="162"/>
        <source>Walking network (paths and roads; empty: straight-line distances)</source>
        <translation>Walking network (paths and roads; empty: straight-line distances)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="165"/>
        <source>Network: one-way field</source>
        <translation>Network: one-way field</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="167"/>
        <source>Network: walkable field (false = not walkable)</source>
        <translation>Network: walkable field (false = not walkable)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="170"/>
        <source>Kita places: the children of the new places must fit into free Kita places</source>
        <translation>Kita places: the children of the new places must fit into free Kita places</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="173"/>
        <source>Kita rule: share of residents under 6 (0–1, a planning assumption)</source>
        <translation>Kita rule: share of residents under 6 (0–1, a planning assumption)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="176"/>
        <source>Kita rule: maximum distance to a Kita (m)</source>
        <translation>Kita rule: maximum distance to a Kita (m)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="178"/>
        <source>Kita rule: children by age per district (CSV)</source>
        <translation>Kita rule: children by age per district (CSV)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="240"/>
        <source>Distances: straight line (no walking network given).</source>
        <translation>Distances: straight line (no walking network given).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="244"/>
        <source>Building the walking network</source>
        <translation>Building the walking network</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_suggest.py" line="250"/>
        <source>Distances: walking on the network &apos;{name}&apos; ({n} segments).</source>
        <translation>Distances: walking on the network &apos;{name}&apos; ({n} segments).</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="192"/>
        <source>Walking network (schematic, illustrative)</source>
        <translation>Walking network (schematic, illustrative)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="324"/>
        <source>walking route</source>
        <translation>walking route</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="324"/>
        <source>straight line</source>
        <translation>straight line</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="330"/>
        <source>Kita places per child ({method})</source>
        <translation>Kita places per child ({method})</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="349"/>
        <source>places per child</source>
        <translation>places per child</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="351"/>
        <source>no Kita place in reach</source>
        <translation>no Kita place in reach</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="356"/>
        <source>under {upper} {unit}</source>
        <translation>under {upper} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="358"/>
        <source>{lower} {unit} or more</source>
        <translation>{lower} {unit} or more</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="362"/>
        <source>(short of demand)</source>
        <translation>(short of demand)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="364"/>
        <source>(demand met)</source>
        <translation>(demand met)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="394"/>
        <source>Kita in reach, enough places</source>
        <translation>Kita in reach, enough places</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="394"/>
        <source>Kita in reach, too few places</source>
        <translation>Kita in reach, too few places</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="394"/>
        <source>no Kita in reach</source>
        <translation>no Kita in reach</translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="466"/>
        <source>Kita places per child in reach (two-step floating catchment area, distance {method}): 1 means as many places as children who need one; below 1 places are missing.</source>
        <translation>Kita places per child in reach (two-step floating catchment area, distance {method}): 1 means as many places as children who need one; below 1 places are missing.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/analysis_dialog.py" line="197"/>
        <source>A shelter has access when a kita, a school and a language course lie within this walking distance on the network</source>
        <translation>A shelter has access when a kita, a school and a language course lie within this walking distance on the network</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="386"/>
        <source>Apply to every site whose table has no value of its own; a candidate site&apos;s cost per place makes its place costs dearer or cheaper than these in proportion</source>
        <translation>Apply to every site whose table has no value of its own; a candidate site&apos;s cost per place makes its place costs dearer or cheaper than these in proportion</translation>
    </message>
    <message>
        <location filename="../plugin/export/insek.py" line="633"/>
        <source>Further pages are added to a PDF only; choose an output ending in .pdf.</source>
        <translation>Further pages are added to a PDF only; choose an output ending in .pdf.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="135"/>
        <source>Children by age group per district: the city&apos;s statistics export (GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich), district_id;age_from;age_to;count, or a Zensus grid age table (GITTER_ID_100m;...;Unter10;a10bis19;...), whose cells are summed per district and show where the children live. Empty: the table layer or the children field below</source>
        <translation>Children by age group per district: the city&apos;s statistics export (GebietsID;Gebietsname;von;BisKleinerAls;Männlich;Weiblich), district_id;age_from;age_to;count, or a Zensus grid age table (GITTER_ID_100m;...;Unter10;a10bis19;...), whose cells are summed per district and show where the children live. Empty: the table layer or the children field below</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="146"/>
        <source>The same age table as a table layer of the project (a CSV or GeoPackage table with the city&apos;s or the plain columns); used when no age table file is chosen</source>
        <translation>The same age table as a table layer of the project (a CSV or GeoPackage table with the city&apos;s or the plain columns); used when no age table file is chosen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/access_view.py" line="149"/>
        <source>Age table layer (optional)</source>
        <translation>Age table layer (optional)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="167"/>
        <source>The INSEK page of a capacity scenario saved in the project: a further page of the PDF, or its own file beside a PNG or SVG. Public-safe: districts only.</source>
        <translation>The INSEK page of a capacity scenario saved in the project: a further page of the PDF, or its own file beside a PNG or SVG. Public-safe: districts only.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="176"/>
        <source>Capacity page</source>
        <translation>Capacity page</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="230"/>
        <source>no capacity page</source>
        <translation>no capacity page</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="238"/>
        <source>No capacity scenarios saved in the project – save one in “Capacity planning over time…”.</source>
        <translation>No capacity scenarios saved in the project – save one in “Capacity planning over time…”.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="262"/>
        <source>{stem}_capacity{suffix}</source>
        <translation>{stem}_capacity{suffix}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="51"/>
        <source>Children by age group (CSV: city format, district_id, age_from, age_to, count, or a Zensus grid age table)</source>
        <translation>Children by age group (CSV: city format, district_id, age_from, age_to, count, or a Zensus grid age table)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="54"/>
        <source>Children by age group as a table layer (instead of the CSV)</source>
        <translation>Children by age group as a table layer (instead of the CSV)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/access_params.py" line="115"/>
        <source>Children by age group: choose either the CSV file or the table layer, not both.</source>
        <translation>Children by age group: choose either the CSV file or the table layer, not both.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_analyse.py" line="54"/>
        <source>Measures how concentrated shelter places are across districts, relative to where people live.

Per district: places, places per 1,000 inhabitants (per_1000), location quotient (lq), Getis-Ord Gi* (z, pseudo p, hot/cold class at p &lt; 0.05).
City-wide: population-weighted Gini with Lorenz curve, Theil, Hoover/dissimilarity, HHI, coefficient of variation, global Moran&apos;s I (queen contiguity, row-standardised, analytical and permutation inference), Clark-Evans nearest-neighbour index, share of places near community hotspots and share of places with childcare, school and language course within SERVICE_DISTANCE_M.

Kita access (optional): with a walking NETWORK (line layer; NETWORK_ONEWAY, NETWORK_WALKABLE and NETWORK_NOT_WALKABLE name its fields, never guessed) distances to services are measured on foot, else in a straight line. With Kita places (SERVICES_CAPACITY) and an AGE_TABLE (children by age group per district, or a Zensus grid age table whose cells count as where the children live) or an AGE_LAYER (the same table as a layer) each district gets Kita places per child in reach (E2SFCA within KITA_MAX_DISTANCE, shelter children = residents x UNDER6_SHARE) and the places missing (kita_per_child, kita_shortfall, access_method).
PLACES_FIELD: count capacity or occupied places. PERMUTATIONS and SEED make the pseudo p-values reproducible. Districts with no or zero population are excluded from ratios and reported.
Outputs: DISTRICT_METRICS (polygons), CITY_METRICS (table: metric, value, note, reading), REPORT (HTML with charts and plain-language readings).</source>
        <translation>Measures how concentrated shelter places are across districts, relative to where people live.

Per district: places, places per 1,000 inhabitants (per_1000), location quotient (lq), Getis-Ord Gi* (z, pseudo p, hot/cold class at p &lt; 0.05).
City-wide: population-weighted Gini with Lorenz curve, Theil, Hoover/dissimilarity, HHI, coefficient of variation, global Moran&apos;s I (queen contiguity, row-standardised, analytical and permutation inference), Clark-Evans nearest-neighbour index, share of places near community hotspots and share of places with childcare, school and language course within SERVICE_DISTANCE_M.

Kita access (optional): with a walking NETWORK (line layer; NETWORK_ONEWAY, NETWORK_WALKABLE and NETWORK_NOT_WALKABLE name its fields, never guessed) distances to services are measured on foot, else in a straight line. With Kita places (SERVICES_CAPACITY) and an AGE_TABLE (children by age group per district, or a Zensus grid age table whose cells count as where the children live) or an AGE_LAYER (the same table as a layer) each district gets Kita places per child in reach (E2SFCA within KITA_MAX_DISTANCE, shelter children = residents x UNDER6_SHARE) and the places missing (kita_per_child, kita_shortfall, access_method).
PLACES_FIELD: count capacity or occupied places. PERMUTATIONS and SEED make the pseudo p-values reproducible. Districts with no or zero population are excluded from ratios and reported.
Outputs: DISTRICT_METRICS (polygons), CITY_METRICS (table: metric, value, note, reading), REPORT (HTML with charts and plain-language readings).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_kitaaccess.py" line="33"/>
        <source>How far shelters are from Kitas, schools and language courses, and how many Kita places each district has per child in reach.

NETWORK: a walking network (any line layer: OSM paths and roads, ALKIS); distances are then measured on foot along it (points snap to the nearest line; disconnected parts and points far from any line are reported). Without it, distances are straight-line, a lower bound of the walk. NETWORK_ONEWAY, NETWORK_WALKABLE (no/0 = not walkable, e.g. OSM foot) and NETWORK_NOT_WALKABLE name its fields; they are never guessed.
Kita places per child: the places of the Kitas among the SERVICES (field SERVICES_CAPACITY, category kita), shared among the children who need a place (AGE_TABLE: the city&apos;s age-group CSV, district_id, age_from, age_to, count, or a Zensus grid age table, whose cells are summed per district and count as the places where the children live; AGE_LAYER: the same table as a layer of the project; demand rates 26.5 % under 2, 75 % aged 2, 99 % aged 3-5) and the children of the shelters (residents x UNDER6_SHARE), within KITA_MAX_DISTANCE (E2SFCA, nearer children weigh more).
Outputs: DISTRICT_ACCESS (kita_children, kita_per_child, kita_shortfall, access_method) and SHELTER_ACCESS (dist_&lt;category&gt; in metres, has_access within SERVICE_DISTANCE_M, kita_straight_m, the shelter&apos;s Kita figures). Without places or ages the Kita figures stay empty and the log says so.</source>
        <translation>How far shelters are from Kitas, schools and language courses, and how many Kita places each district has per child in reach.

NETWORK: a walking network (any line layer: OSM paths and roads, ALKIS); distances are then measured on foot along it (points snap to the nearest line; disconnected parts and points far from any line are reported). Without it, distances are straight-line, a lower bound of the walk. NETWORK_ONEWAY, NETWORK_WALKABLE (no/0 = not walkable, e.g. OSM foot) and NETWORK_NOT_WALKABLE name its fields; they are never guessed.
Kita places per child: the places of the Kitas among the SERVICES (field SERVICES_CAPACITY, category kita), shared among the children who need a place (AGE_TABLE: the city&apos;s age-group CSV, district_id, age_from, age_to, count, or a Zensus grid age table, whose cells are summed per district and count as the places where the children live; AGE_LAYER: the same table as a layer of the project; demand rates 26.5 % under 2, 75 % aged 2, 99 % aged 3-5) and the children of the shelters (residents x UNDER6_SHARE), within KITA_MAX_DISTANCE (E2SFCA, nearer children weigh more).
Outputs: DISTRICT_ACCESS (kita_children, kita_per_child, kita_shortfall, access_method) and SHELTER_ACCESS (dist_&lt;category&gt; in metres, has_access within SERVICE_DISTANCE_M, kita_straight_m, the shelter&apos;s Kita figures). Without places or ages the Kita figures stay empty and the log says so.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="329"/>
        <source>Community hotspots (points or areas) for the hotspot rule: newly opened places within their radius are limited</source>
        <translation>Community hotspots (points or areas) for the hotspot rule: newly opened places within their radius are limited</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="451"/>
        <source>Places of newly opened sites within a hotspot&apos;s radius (of its area) may not exceed this, less the places of existing shelters there</source>
        <translation>Places of newly opened sites within a hotspot&apos;s radius (of its area) may not exceed this, less the places of existing shelters there</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="451"/>
        <source>Max. places near hotspots</source>
        <translation>Max. places near hotspots</translation>
    </message>
    <message>
        <location filename="../plugin/gui/capacity_dialog.py" line="791"/>
        <source>Choose the hotspots layer for the hotspot rule, or switch the limit off.</source>
        <translation>Choose the hotspots layer for the hotspot rule, or switch the limit off.</translation>
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
        <translation>Plans, month by month over HORIZON months, which sites hold active places, which are kept in reserve (standby places), which close and which candidates open, at the least total cost. An exact optimiser (mixed-integer programme, HiGHS) keeps every rule:
- active places cover the planning scenario&apos;s demand at TARGET_OCCUPANCY;
- active places plus reserve places that can be activated in time cover the high scenario;
- group-only sites (group_label) cover their group&apos;s demand;
- district cap: active places per 1,000 inhabitants ≤ MAX_PER_1000 in every month;
- newly opened sites keep MIN_SPACING_M from each other and from existing sites;
- hotspot rule (as in suggest): places newly opened within a hotspot&apos;s radius (HOTSPOTS, radius_m, default 500 m) ≤ HOTSPOT_MAX_PLACES − the existing places there (empty: no limit).
SITES: a table or point layer with site_id, district_id, capacity, state (active, reserve, candidate), occupied, group_label, cost_active, cost_reserve (per place and month), activation_lead, activation_cost, opening_lead, opening_cost, closing_cost, earliest_close, must_close_by, min_active_months, module, x, y (metres; from a point layer&apos;s geometry when empty). DISTRICTS: district_id, population (and name). SCENARIOS: a table scenario, month, arrivals (optionally group_label), with scenarios named low, mid and high; or leave it empty and give LOW, MID and HIGH arrivals per month. Columns of SITES and SCENARIOS under other names are named by their field parameters (SITES_CAPACITY, SCENARIOS_ARRIVALS, ...), not guessed.
Move-out: MOVEOUT_RATE (share leaving each month), or, when empty, the waiting time for a flat: MOVEOUT_WAIT_MIN to MOVEOUT_WAIT_MAX months with mean MOVEOUT_WAIT_MEAN (default 3 to 6, mean 4.5; uniform when the mean is the middle). PLAN lists site, month, state and places; DISTRICT_LOAD the active places per district and month; both carry the first day of each month as a date field "date" (the temporal controller animates a joined districts layer by it; ISO text in CSV). REPORT: HTML, or JSON (the saved scenario) when the file ends in .json. STATUS is optimal, feasible (time limit, with GAP), infeasible (then PEAK_SHORTFALL and the log say which months are short and the smallest change that helps) or timeout. The plugin suggests; planners decide.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="176"/>
        <source>Waiting time for a flat: shortest (months)</source>
        <translation>Waiting time for a flat: shortest (months)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="176"/>
        <source>Waiting time for a flat: longest (months)</source>
        <translation>Waiting time for a flat: longest (months)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_capacityplan.py" line="176"/>
        <source>Waiting time for a flat: mean (months)</source>
        <translation>Waiting time for a flat: mean (months)</translation>
    </message>
    <message>
        <source>Kita places per child in reach (1 = one place per child who needs one)</source>
        <comment>access_demo.colour_label</comment>
        <translation>Kita places per child in reach (1 = one place per child who needs one)</translation>
    </message>
    <message>
        <source>Demand, second run: children by 100 m grid cell ({file}, an illustrative Zensus-style age grid, {cells} cells with children under 6), each cell&apos;s children where they live. Shortfall: {straight} places missing (straight line), {network} on foot.</source>
        <comment>access_demo.demand_cells</comment>
        <translation>Demand, second run: children by 100 m grid cell ({file}, an illustrative Zensus-style age grid, {cells} cells with children under 6), each cell&apos;s children where they live. Shortfall: {straight} places missing (straight line), {network} on foot.</translation>
    </message>
    <message>
        <source>Demand: children by age group per district ({file}), each district&apos;s children at one point inside the district.</source>
        <comment>access_demo.demand_table</comment>
        <translation>Demand: children by age group per district ({file}), each district&apos;s children at one point inside the district.</translation>
    </message>
    <message>
        <source>Illustrative sample data: schematic districts and network, Kita places and children scaled to the public totals. Shortfall: {straight} places missing (straight line), {network} on foot.</source>
        <comment>access_demo.footnote</comment>
        <translation>Illustrative sample data: schematic districts and network, Kita places and children scaled to the public totals. Shortfall: {straight} places missing (straight line), {network} on foot.</translation>
    </message>
    <message>
        <source>Kita (size: places)</source>
        <comment>access_demo.legend_kita</comment>
        <translation>Kita (size: places)</translation>
    </message>
    <message>
        <source>Walking network (schematic)</source>
        <comment>access_demo.legend_network</comment>
        <translation>Walking network (schematic)</translation>
    </message>
    <message>
        <source>Shelter (GU)</source>
        <comment>access_demo.legend_shelter</comment>
        <translation>Shelter (GU)</translation>
    </message>
    <message>
        <source>Kita places per child in reach ({variant}, within {limit} m): {method}</source>
        <comment>access_demo.map_title</comment>
        <translation>Kita places per child in reach ({variant}, within {limit} m): {method}</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: the age group {age_from}-{age_to} is empty or reversed (&apos;{to_column}&apos; is the first age NOT in the group).</source>
        <comment>age_tables.bad_range</comment>
        <translation>File &apos;{file}&apos;, line {line}: the age group {age_from}-{age_to} is empty or reversed (&apos;{to_column}&apos; is the first age NOT in the group).</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;, feature {line}: the age group {age_from}-{age_to} is empty or reversed (&apos;{to_column}&apos; is the first age NOT in the group).</source>
        <comment>age_tables.bad_range_layer</comment>
        <translation>Layer &apos;{file}&apos;, feature {line}: the age group {age_from}-{age_to} is empty or reversed (&apos;{to_column}&apos; is the first age NOT in the group).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not {expected}.</source>
        <comment>age_tables.bad_value</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not {expected}.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;, feature {line}, field &apos;{column}&apos;: &apos;{value}&apos; is not {expected}.</source>
        <comment>age_tables.bad_value_layer</comment>
        <translation>Layer &apos;{file}&apos;, feature {line}, field &apos;{column}&apos;: &apos;{value}&apos; is not {expected}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is not an age-group table: it needs the columns {needed} (or district_id, age_from, age_to, count); it has: {columns}.</source>
        <comment>age_tables.columns_missing</comment>
        <translation>File &apos;{file}&apos; is not an age-group table: it needs the columns {needed} (or district_id, age_from, age_to, count); it has: {columns}.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos; is not an age-group table: it needs the fields {needed} (or district_id, age_from, age_to, count); it has: {columns}.</source>
        <comment>age_tables.columns_missing_layer</comment>
        <translation>Layer &apos;{file}&apos; is not an age-group table: it needs the fields {needed} (or district_id, age_from, age_to, count); it has: {columns}.</translation>
    </message>
    <message>
        <source>an age in years</source>
        <comment>age_tables.expected_age</comment>
        <translation>an age in years</translation>
    </message>
    <message>
        <source>a whole number of children</source>
        <comment>age_tables.expected_count</comment>
        <translation>a whole number of children</translation>
    </message>
    <message>
        <source>zero or more</source>
        <comment>age_tables.expected_non_negative</comment>
        <translation>zero or more</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not an age group like &apos;Unter 10&apos;, &apos;10 - 19&apos; or &apos;80 und älter&apos;.</source>
        <comment>age_tables.grid_bad_age_text</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{column}&apos;: &apos;{value}&apos; is not an age group like &apos;Unter 10&apos;, &apos;10 - 19&apos; or &apos;80 und älter&apos;.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is a Zensus grid age table: its cells are summed per district, so choose a districts layer first.</source>
        <comment>age_tables.grid_needs_districts</comment>
        <translation>File &apos;{file}&apos; is a Zensus grid age table: its cells are summed per district, so choose a districts layer first.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is a Zensus grid table without age columns: it needs columns like Unter10, a10bis19, a80undaelter (or Unter18, a18bis29, a65undaelter); it has: {columns}.</source>
        <comment>age_tables.grid_no_age_columns</comment>
        <translation>File &apos;{file}&apos; is a Zensus grid table without age columns: it needs columns like Unter10, a10bis19, a80undaelter (or Unter18, a18bis29, a65undaelter); it has: {columns}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} grid cell(s) lie outside every district (by their centre) and were left out.</source>
        <comment>age_tables.grid_outside</comment>
        <translation>File &apos;{file}&apos;: {count} grid cell(s) lie outside every district (by their centre) and were left out.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: the age columns &apos;{first}&apos; and &apos;{second}&apos; overlap; a grid table holds one age classification (10-year groups or the 5 classes), so split it into one file each.</source>
        <comment>age_tables.grid_overlap</comment>
        <translation>File &apos;{file}&apos;: the age columns &apos;{first}&apos; and &apos;{second}&apos; overlap; a grid table holds one age classification (10-year groups or the 5 classes), so split it into one file each.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {cells} grid cell(s) of {resolution} m summed to {districts} district(s); {points} cell(s) with children under 6 are the demand points.</source>
        <comment>age_tables.grid_summary</comment>
        <translation>File &apos;{file}&apos;: {cells} grid cell(s) of {resolution} m summed to {districts} district(s); {points} cell(s) with children under 6 are the demand points.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} district id(s) matched the districts&apos; ids only without leading zeros and were taken as those, e.g. {examples}.</source>
        <comment>age_tables.ids_aligned</comment>
        <translation>File &apos;{file}&apos;: {count} district id(s) matched the districts&apos; ids only without leading zeros and were taken as those, e.g. {examples}.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;: {count} district id(s) matched the districts&apos; ids only without leading zeros and were taken as those, e.g. {examples}.</source>
        <comment>age_tables.ids_aligned_layer</comment>
        <translation>Layer &apos;{file}&apos;: {count} district id(s) matched the districts&apos; ids only without leading zeros and were taken as those, e.g. {examples}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no data rows.</source>
        <comment>age_tables.no_rows</comment>
        <translation>File &apos;{file}&apos; has no data rows.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos; has no features.</source>
        <comment>age_tables.no_rows_layer</comment>
        <translation>Layer &apos;{file}&apos; has no features.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, lines {first} and {second}: district {district} has the age groups {group1} and {group2}, which overlap (a subtotal or a total?), so its children would count twice; keep one row per age group.</source>
        <comment>age_tables.overlap</comment>
        <translation>File &apos;{file}&apos;, lines {first} and {second}: district {district} has the age groups {group1} and {group2}, which overlap (a subtotal or a total?), so its children would count twice; keep one row per age group.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;, features {first} and {second}: district {district} has the age groups {group1} and {group2}, which overlap (a subtotal or a total?), so its children would count twice; keep one feature per age group.</source>
        <comment>age_tables.overlap_layer</comment>
        <translation>Layer &apos;{file}&apos;, features {first} and {second}: district {district} has the age groups {group1} and {group2}, which overlap (a subtotal or a total?), so its children would count twice; keep one feature per age group.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} line(s) that are no district&apos;s age group (a total such as &apos;Summe&apos; or &apos;Insgesamt&apos;, or a line without ages and counts) were left out: line(s) {lines}.</source>
        <comment>age_tables.skipped_rows</comment>
        <translation>File &apos;{file}&apos;: {count} line(s) that are no district&apos;s age group (a total such as &apos;Summe&apos; or &apos;Insgesamt&apos;, or a line without ages and counts) were left out: line(s) {lines}.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;: {count} feature(s) that are no district&apos;s age group (a total such as &apos;Summe&apos; or &apos;Insgesamt&apos;, or a feature without ages and counts) were left out: feature(s) {lines}.</source>
        <comment>age_tables.skipped_rows_layer</comment>
        <translation>Layer &apos;{file}&apos;: {count} feature(s) that are no district&apos;s age group (a total such as &apos;Summe&apos; or &apos;Insgesamt&apos;, or a feature without ages and counts) were left out: feature(s) {lines}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} suppressed value(s) (&apos;{marks}&apos;) counted as 0, in line(s) {lines}; demand there is a lower bound.</source>
        <comment>age_tables.suppressed</comment>
        <translation>File &apos;{file}&apos;: {count} suppressed value(s) (&apos;{marks}&apos;) counted as 0, in line(s) {lines}; demand there is a lower bound.</translation>
    </message>
    <message>
        <source>Layer &apos;{file}&apos;: {count} suppressed value(s) (&apos;{marks}&apos;) counted as 0, in feature(s) {lines}; demand there is a lower bound.</source>
        <comment>age_tables.suppressed_layer</comment>
        <translation>Layer &apos;{file}&apos;: {count} suppressed value(s) (&apos;{marks}&apos;) counted as 0, in feature(s) {lines}; demand there is a lower bound.</translation>
    </message>
    <message>
        <source>Study area for Clark-Evans is the sum of the {count} district areas (districts assumed not to overlap).</source>
        <comment>analysis.area_sum</comment>
        <translation>Study area for Clark-Evans is the sum of the {count} district areas (districts assumed not to overlap).</translation>
    </message>
    <message>
        <source>{places} place(s) lie in districts without residents and are not part of the indices.</source>
        <comment>analysis.excluded_places</comment>
        <translation>{places} place(s) lie in districts without residents and are not part of the indices.</translation>
    </message>
    <message>
        <source>{count} district(s) without residents (population 0 or missing) are left out of places per 1,000, the indices, Moran&apos;s I and Gi*: {ids}.</source>
        <comment>analysis.excluded_population</comment>
        <translation>{count} district(s) without residents (population 0 or missing) are left out of places per 1,000, the indices, Moran&apos;s I and Gi*: {ids}.</translation>
    </message>
    <message>
        <source>Only {count} district(s) with residents: spatial statistics need at least 3.</source>
        <comment>analysis.few_districts</comment>
        <translation>Only {count} district(s) with residents: spatial statistics need at least 3.</translation>
    </message>
    <message>
        <source>Gi* p-values are permutation p-values ({permutations} permutations, seed {seed}); classes use p &lt; 0.05.</source>
        <comment>analysis.gi_islands_p</comment>
        <translation>Gi* p-values are permutation p-values ({permutations} permutations, seed {seed}); classes use p &lt; 0.05.</translation>
    </message>
    <message>
        <source>Without permutations, Gi* p-values are one-sided normal approximations.</source>
        <comment>analysis.gi_norm_p</comment>
        <translation>Without permutations, Gi* p-values are one-sided normal approximations.</translation>
    </message>
    <message>
        <source>{count} district(s) have no neighbour sharing a boundary point among the analysed districts: {ids}. As in esda/libpysal their weight rows are zero: they do not enter Moran&apos;s I and get no Gi* value.</source>
        <comment>analysis.islands</comment>
        <translation>{count} district(s) have no neighbour sharing a boundary point among the analysed districts: {ids}. As in esda/libpysal their weight rows are zero: they do not enter Moran&apos;s I and get no Gi* value.</translation>
    </message>
    <message>
        <source>No service of category &apos;{category}&apos; exists: every shelter counts as lacking it.</source>
        <comment>analysis.missing_category</comment>
        <translation>No service of category &apos;{category}&apos; exists: every shelter counts as lacking it.</translation>
    </message>
    <message>
        <source>There are no districts to analyse.</source>
        <comment>analysis.no_districts</comment>
        <translation>There are no districts to analyse.</translation>
    </message>
    <message>
        <source>There are no places in districts with residents: indices of concentration are not defined.</source>
        <comment>analysis.no_places</comment>
        <translation>There are no places in districts with residents: indices of concentration are not defined.</translation>
    </message>
    <message>
        <source>No services of categor(y/ies) {categories}: no shelter can reach them, so access is not assessed.</source>
        <comment>analysis.no_services</comment>
        <translation>No services of categor(y/ies) {categories}: no shelter can reach them, so access is not assessed.</translation>
    </message>
    <message>
        <source>No active shelters: nothing to analyse beyond population.</source>
        <comment>analysis.no_shelters</comment>
        <translation>No active shelters: nothing to analyse beyond population.</translation>
    </message>
    <message>
        <source>{count} active shelter(s) with {places} place(s) lie outside every district: counted in places_total, not in any district: {ids}.</source>
        <comment>analysis.outside</comment>
        <translation>{count} active shelter(s) with {places} place(s) lie outside every district: counted in places_total, not in any district: {ids}.</translation>
    </message>
    <message>
        <source>every district has the same places per 1,000 residents</source>
        <comment>analysis.reason_constant</comment>
        <translation>every district has the same places per 1,000 residents</translation>
    </message>
    <message>
        <source>fewer than 3 districts with residents</source>
        <comment>analysis.reason_few</comment>
        <translation>fewer than 3 districts with residents</translation>
    </message>
    <message>
        <source>no two analysed districts are neighbours</source>
        <comment>analysis.reason_links</comment>
        <translation>no two analysed districts are neighbours</translation>
    </message>
    <message>
        <source>there are no places</source>
        <comment>analysis.reason_no_places</comment>
        <translation>there are no places</translation>
    </message>
    <message>
        <source>active places × {occ} % occupancy</source>
        <comment>capacity.ch_active_cap</comment>
        <translation>active places × {occ} % occupancy</translation>
    </message>
    <message>
        <source>cap {value}</source>
        <comment>capacity.ch_cap</comment>
        <translation>cap {value}</translation>
    </message>
    <message>
        <source>activation</source>
        <comment>capacity.ch_cost_activation</comment>
        <translation>activation</translation>
    </message>
    <message>
        <source>active places</source>
        <comment>capacity.ch_cost_active</comment>
        <translation>active places</translation>
    </message>
    <message>
        <source>cost</source>
        <comment>capacity.ch_cost_axis</comment>
        <translation>cost</translation>
    </message>
    <message>
        <source>closing</source>
        <comment>capacity.ch_cost_closing</comment>
        <translation>closing</translation>
    </message>
    <message>
        <source>opening</source>
        <comment>capacity.ch_cost_opening</comment>
        <translation>opening</translation>
    </message>
    <message>
        <source>reserve places</source>
        <comment>capacity.ch_cost_reserve</comment>
        <translation>reserve places</translation>
    </message>
    <message>
        <source>Cost over {months} months: {total}</source>
        <comment>capacity.ch_cost_title</comment>
        <translation>Cost over {months} months: {total}</translation>
    </message>
    <message>
        <source>demand, {scenario} scenario</source>
        <comment>capacity.ch_demand</comment>
        <translation>demand, {scenario} scenario</translation>
    </message>
    <message>
        <source>State of each site, month by month</source>
        <comment>capacity.ch_gantt_title</comment>
        <translation>State of each site, month by month</translation>
    </message>
    <message>
        <source>active places per 1,000 inhabitants</source>
        <comment>capacity.ch_load_axis</comment>
        <translation>active places per 1,000 inhabitants</translation>
    </message>
    <message>
        <source>highest district</source>
        <comment>capacity.ch_load_highest</comment>
        <translation>highest district</translation>
    </message>
    <message>
        <source>Places per 1,000 inhabitants by district, month by month</source>
        <comment>capacity.ch_load_title</comment>
        <translation>Places per 1,000 inhabitants by district, month by month</translation>
    </message>
    <message>
        <source>month</source>
        <comment>capacity.ch_month</comment>
        <translation>month</translation>
    </message>
    <message>
        <source>No plan ({status})</source>
        <comment>capacity.ch_no_plan</comment>
        <translation>No plan ({status})</translation>
    </message>
    <message>
        <source>people</source>
        <comment>capacity.ch_people</comment>
        <translation>people</translation>
    </message>
    <message>
        <source>places</source>
        <comment>capacity.ch_places</comment>
        <translation>places</translation>
    </message>
    <message>
        <source>active</source>
        <comment>capacity.ch_state_active</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>capacity.ch_state_closed</comment>
        <translation>closed</translation>
    </message>
    <message>
        <source>not opened</source>
        <comment>capacity.ch_state_not_opened</comment>
        <translation>not opened</translation>
    </message>
    <message>
        <source>reserve</source>
        <comment>capacity.ch_state_reserve</comment>
        <translation>reserve</translation>
    </message>
    <message>
        <source>Demand against places, month by month</source>
        <comment>capacity.ch_timeline_title</comment>
        <translation>Demand against places, month by month</translation>
    </message>
    <message>
        <source>active and reserve places × {occ} % occupancy</source>
        <comment>capacity.ch_total_cap</comment>
        <translation>active and reserve places × {occ} % occupancy</translation>
    </message>
    <message>
        <source>The saved capacity scenarios cannot be read: {why}.</source>
        <comment>capacity.cmp_bad_json</comment>
        <translation>The saved capacity scenarios cannot be read: {why}.</translation>
    </message>
    <message>
        <source>Total cost</source>
        <comment>capacity.cmp_cost</comment>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Highest district load (places per 1,000)</source>
        <comment>capacity.cmp_max_load</comment>
        <translation>Highest district load (places per 1,000)</translation>
    </message>
    <message>
        <source>Month of highest load</source>
        <comment>capacity.cmp_max_load_month</comment>
        <translation>Month of highest load</translation>
    </message>
    <message>
        <source>Peak shortfall (places)</source>
        <comment>capacity.cmp_peak_shortfall</comment>
        <translation>Peak shortfall (places)</translation>
    </message>
    <message>
        <source>Reserve places held (most)</source>
        <comment>capacity.cmp_reserve_max</comment>
        <translation>Reserve places held (most)</translation>
    </message>
    <message>
        <source>Reserve places held (mean)</source>
        <comment>capacity.cmp_reserve_mean</comment>
        <translation>Reserve places held (mean)</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>capacity.cmp_saved_at</comment>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saved scenario</source>
        <comment>capacity.cmp_scenario</comment>
        <translation>Saved scenario</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>capacity.cmp_status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>it is not a list of saved capacity scenarios</source>
        <comment>capacity.cmp_why_format</comment>
        <translation>it is not a list of saved capacity scenarios</translation>
    </message>
    <message>
        <source>the text is not JSON ({detail})</source>
        <comment>capacity.cmp_why_json</comment>
        <translation>the text is not JSON ({detail})</translation>
    </message>
    <message>
        <source>saved scenario {index} lacks &apos;{field}&apos;</source>
        <comment>capacity.cmp_why_record</comment>
        <translation>saved scenario {index} lacks &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>it was saved by a newer version of the plugin (format {version}, this one reads up to {max})</source>
        <comment>capacity.cmp_why_version</comment>
        <translation>it was saved by a newer version of the plugin (format {version}, this one reads up to {max})</translation>
    </message>
    <message>
        <source>Raise the district cap (MAX_PER_1000) from {now} to {value} places per 1,000 inhabitants.</source>
        <comment>capacity.fix_cap</comment>
        <translation>Raise the district cap (MAX_PER_1000) from {now} to {value} places per 1,000 inhabitants.</translation>
    </message>
    <message>
        <source>Keep site &apos;{site}&apos; open until month {month} instead of closing it by month {now}.</source>
        <comment>capacity.fix_close</comment>
        <translation>Keep site &apos;{site}&apos; open until month {month} instead of closing it by month {now}.</translation>
    </message>
    <message>
        <source>Raise HOTSPOT_MAX_PLACES from {now} to {value} places within a hotspot&apos;s radius.</source>
        <comment>capacity.fix_hotspot</comment>
        <translation>Raise HOTSPOT_MAX_PLACES from {now} to {value} places within a hotspot&apos;s radius.</translation>
    </message>
    <message>
        <source>No single change among more places, a higher district cap or a later closing was found.</source>
        <comment>capacity.fix_none</comment>
        <translation>No single change among more places, a higher district cap or a later closing was found.</translation>
    </message>
    <message>
        <source>Allow an occupancy of {value} % instead of {now} % in the {scenario} scenario.</source>
        <comment>capacity.fix_occupancy</comment>
        <translation>Allow an occupancy of {value} % instead of {now} % in the {scenario} scenario.</translation>
    </message>
    <message>
        <source>Provide {places} more places from month {month} on ({kind}); then every month is covered.</source>
        <comment>capacity.fix_places</comment>
        <translation>Provide {places} more places from month {month} on ({kind}); then every month is covered.</translation>
    </message>
    <message>
        <source>Lower MIN_SPACING_M from {now} m to {value} m; then a candidate that stands closer to another site may open.</source>
        <comment>capacity.fix_spacing</comment>
        <translation>Lower MIN_SPACING_M from {now} m to {value} m; then a candidate that stands closer to another site may open.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: state &apos;{value}&apos; is unknown; use one of {known}.</source>
        <comment>capacity.in_bad_state</comment>
        <translation>Table {table}, row {row}, field {field}: state &apos;{value}&apos; is unknown; use one of {known}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: earliest_close ({early}) is after must_close_by ({late}).</source>
        <comment>capacity.in_close_order</comment>
        <translation>Table {table}, row {row}: earliest_close ({early}) is after must_close_by ({late}).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: &apos;{value}&apos; appears more than once (first in row {first}).</source>
        <comment>capacity.in_duplicate</comment>
        <translation>Table {table}, row {row}, field {field}: &apos;{value}&apos; appears more than once (first in row {first}).</translation>
    </message>
    <message>
        <source>Capacity planning cannot start: {n} problem(s) in the input.</source>
        <comment>capacity.in_invalid</comment>
        <translation>Capacity planning cannot start: {n} problem(s) in the input.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: the value is missing.</source>
        <comment>capacity.in_missing</comment>
        <translation>Table {table}, row {row}, field {field}: the value is missing.</translation>
    </message>
    <message>
        <source>Table {table}: column &apos;{field}&apos; is missing (columns: {columns}).</source>
        <comment>capacity.in_missing_column</comment>
        <translation>Table {table}: column &apos;{field}&apos; is missing (columns: {columns}).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field module: the capacity {capacity} is not a multiple of the module {value}.</source>
        <comment>capacity.in_module</comment>
        <translation>Table {table}, row {row}, field module: the capacity {capacity} is not a multiple of the module {value}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: month {value} lies outside the horizon 1–{horizon}.</source>
        <comment>capacity.in_month_range</comment>
        <translation>Table {table}, row {row}, field {field}: month {value} lies outside the horizon 1–{horizon}.</translation>
    </message>
    <message>
        <source>Table {table}: {count} row(s) for months after the horizon 1–{horizon} (up to month {last}) are not used.</source>
        <comment>capacity.in_months_after</comment>
        <translation>Table {table}: {count} row(s) for months after the horizon 1–{horizon} (up to month {last}) are not used.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: {value} is negative; it must be 0 or more.</source>
        <comment>capacity.in_negative</comment>
        <translation>Table {table}, row {row}, field {field}: {value} is negative; it must be 0 or more.</translation>
    </message>
    <message>
        <source>Table {table} has no rows.</source>
        <comment>capacity.in_no_rows</comment>
        <translation>Table {table} has no rows.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}: site &apos;{site}&apos; has no coordinates (x, y), which {rule} needs.</source>
        <comment>capacity.in_no_xy</comment>
        <translation>Table {table}, row {row}: site &apos;{site}&apos; has no coordinates (x, y), which {rule} needs.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: &apos;{value}&apos; is not a number.</source>
        <comment>capacity.in_not_number</comment>
        <translation>Table {table}, row {row}, field {field}: &apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: {value} is not a whole number.</source>
        <comment>capacity.in_not_whole</comment>
        <translation>Table {table}, row {row}, field {field}: {value} is not a whole number.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field occupied: {value} people exceed the capacity of {capacity}.</source>
        <comment>capacity.in_occupied</comment>
        <translation>Table {table}, row {row}, field occupied: {value} people exceed the capacity of {capacity}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field occupied: a candidate site (state &apos;candidate&apos;) cannot hold people today ({value}).</source>
        <comment>capacity.in_occupied_candidate</comment>
        <translation>Table {table}, row {row}, field occupied: a candidate site (state &apos;candidate&apos;) cannot hold people today ({value}).</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field occupied: a site in reserve (state &apos;reserve&apos;) holds nobody today, but {value} people live there; is it active?</source>
        <comment>capacity.in_occupied_reserve</comment>
        <translation>Table {table}, row {row}, field occupied: a site in reserve (state &apos;reserve&apos;) holds nobody today, but {value} people live there; is it active?</translation>
    </message>
    <message>
        <source>Setting {name} = {value} is not allowed: {why}.</source>
        <comment>capacity.in_param</comment>
        <translation>Setting {name} = {value} is not allowed: {why}.</translation>
    </message>
    <message>
        <source>Waiting-time distribution: {why}.</source>
        <comment>capacity.in_pmf</comment>
        <translation>Waiting-time distribution: {why}.</translation>
    </message>
    <message>
        <source>Scenario &apos;{name}&apos; ({role}) is not in the scenario table (scenarios: {known}).</source>
        <comment>capacity.in_scenario_missing</comment>
        <translation>Scenario &apos;{name}&apos; ({role}) is not in the scenario table (scenarios: {known}).</translation>
    </message>
    <message>
        <source>Scenario &apos;{name}&apos;, group &apos;{group}&apos;: month {month} has no arrivals row; every month 1–{horizon} needs one.</source>
        <comment>capacity.in_scenario_month</comment>
        <translation>Scenario &apos;{name}&apos;, group &apos;{group}&apos;: month {month} has no arrivals row; every month 1–{horizon} needs one.</translation>
    </message>
    <message>
        <source>Table {table}, scenario &apos;{name}&apos;, group &apos;{group}&apos;: month {month} has no arrivals row; every month 1–{horizon} needs one.</source>
        <comment>capacity.in_scenario_month_table</comment>
        <translation>Table {table}, scenario &apos;{name}&apos;, group &apos;{group}&apos;: month {month} has no arrivals row; every month 1–{horizon} needs one.</translation>
    </message>
    <message>
        <source>The three arrival numbers must satisfy 0 &lt;= low &lt;= mid &lt;= high; they are {low}, {mid}, {high}.</source>
        <comment>capacity.in_three</comment>
        <translation>The three arrival numbers must satisfy 0 &lt;= low &lt;= mid &lt;= high; they are {low}, {mid}, {high}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: {value} is larger than {limit}.</source>
        <comment>capacity.in_too_large</comment>
        <translation>Table {table}, row {row}, field {field}: {value} is larger than {limit}.</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, field {field}: district &apos;{value}&apos; is not in the district table.</source>
        <comment>capacity.in_unknown_district</comment>
        <translation>Table {table}, row {row}, field {field}: district &apos;{value}&apos; is not in the district table.</translation>
    </message>
    <message>
        <source>active</source>
        <comment>capacity.kind_active</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>reserve or active</source>
        <comment>capacity.kind_reserve_or_active</comment>
        <translation>reserve or active</translation>
    </message>
    <message>
        <source>none</source>
        <comment>capacity.none</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>Arrival rows of group &apos;{group}&apos; match no group-only site (groups of the sites: {known}); these people count for the general sites.</source>
        <comment>capacity.note_group_unmatched</comment>
        <translation>Arrival rows of group &apos;{group}&apos; match no group-only site (groups of the sites: {known}); these people count for the general sites.</translation>
    </message>
    <message>
        <source>a whole number of months from 1 to {max}</source>
        <comment>capacity.param_horizon</comment>
        <translation>a whole number of months from 1 to {max}</translation>
    </message>
    <message>
        <source>a number &gt;= 0</source>
        <comment>capacity.param_nonneg</comment>
        <translation>a number &gt;= 0</translation>
    </message>
    <message>
        <source>a number of seconds &gt; 0</source>
        <comment>capacity.param_seconds</comment>
        <translation>a number of seconds &gt; 0</translation>
    </message>
    <message>
        <source>it needs {horizon} months</source>
        <comment>capacity.param_shape</comment>
        <translation>it needs {horizon} months</translation>
    </message>
    <message>
        <source>a share above 0 and at most 1</source>
        <comment>capacity.param_share</comment>
        <translation>a share above 0 and at most 1</translation>
    </message>
    <message>
        <source>a share from 0 to 1</source>
        <comment>capacity.param_share01</comment>
        <translation>a share from 0 to 1</translation>
    </message>
    <message>
        <source>District</source>
        <comment>capacity.pg_district</comment>
        <translation>District</translation>
    </message>
    <message>
        <source>No plan to show: {message}</source>
        <comment>capacity.pg_no_plan</comment>
        <translation>No plan to show: {message}</translation>
    </message>
    <message>
        <source>Illustrative scenario, not a forecast: arrivals, move-outs and costs are assumptions of the planning office. The plugin suggests; the city council decides. Places are shown by district only, at the end of each quarter; counts below {min} appear as “&lt; {min}”, and cells marked * are withheld so that they cannot be worked out from the totals.</source>
        <comment>capacity.pg_note</comment>
        <translation>Illustrative scenario, not a forecast: arrivals, move-outs and costs are assumptions of the planning office. The plugin suggests; the city council decides. Places are shown by district only, at the end of each quarter; counts below {min} appear as “&lt; {min}”, and cells marked * are withheld so that they cannot be worked out from the totals.</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <comment>capacity.pg_quarter</comment>
        <translation>Q{quarter}</translation>
    </message>
    <message>
        <source>Months {first}–{last}</source>
        <comment>capacity.pg_quarter_long</comment>
        <translation>Months {first}–{last}</translation>
    </message>
    <message>
        <source>Source: {source}; plan computed on {date} with the Dispersion Planner (scenario &apos;{name}&apos;, status {status}).</source>
        <comment>capacity.pg_source</comment>
        <translation>Source: {source}; plan computed on {date} with the Dispersion Planner (scenario &apos;{name}&apos;, status {status}).</translation>
    </message>
    <message>
        <source>Total cost over {months} months: {cost}. Peak shortfall in the high scenario: {shortfall} places. Reserve places held: up to {reserve}. Highest district load: {load} places per 1,000 inhabitants.</source>
        <comment>capacity.pg_summary</comment>
        <translation>Total cost over {months} months: {cost}. Peak shortfall in the high scenario: {shortfall} places. Reserve places held: up to {reserve}. Highest district load: {load} places per 1,000 inhabitants.</translation>
    </message>
    <message>
        <source>Active places by district and quarter</source>
        <comment>capacity.pg_table_title</comment>
        <translation>Active places by district and quarter</translation>
    </message>
    <message>
        <source>Accommodation capacity over time: an illustrative scenario</source>
        <comment>capacity.pg_title</comment>
        <translation>Accommodation capacity over time: an illustrative scenario</translation>
    </message>
    <message>
        <source>City</source>
        <comment>capacity.pg_total</comment>
        <translation>City</translation>
    </message>
    <message>
        <source>it is empty</source>
        <comment>capacity.pmf_empty</comment>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>mean {mean} must lie within {low}-{high} months</source>
        <comment>capacity.pmf_mean</comment>
        <translation>mean {mean} must lie within {low}-{high} months</translation>
    </message>
    <message>
        <source>probability {q} of {w} months is not a number &gt;= 0</source>
        <comment>capacity.pmf_prob</comment>
        <translation>probability {q} of {w} months is not a number &gt;= 0</translation>
    </message>
    <message>
        <source>the probabilities add up to {total:g}, not 1</source>
        <comment>capacity.pmf_sum</comment>
        <translation>the probabilities add up to {total:g}, not 1</translation>
    </message>
    <message>
        <source>waiting time {w} is not a whole number of months from 1 to {max}</source>
        <comment>capacity.pmf_wait</comment>
        <translation>waiting time {w} is not a whole number of months from 1 to {max}</translation>
    </message>
    <message>
        <source>Becomes active in month {month}: demand in the {scenario} scenario rises to {demand} ({need} places needed at {occ} % occupancy).</source>
        <comment>capacity.r_activate</comment>
        <translation>Becomes active in month {month}: demand in the {scenario} scenario rises to {demand} ({need} places needed at {occ} % occupancy).</translation>
    </message>
    <message>
        <source>Closes in month {month}: the other sites cover the {scenario} scenario ({need} places) and the high scenario ({high} places) at lower cost; saves {saving} per month (closing costs {cost}).</source>
        <comment>capacity.r_close</comment>
        <translation>Closes in month {month}: the other sites cover the {scenario} scenario ({need} places) and the high scenario ({high} places) at lower cost; saves {saving} per month (closing costs {cost}).</translation>
    </message>
    <message>
        <source>Closes in month {month}: it must close by then (must_close_by).</source>
        <comment>capacity.r_close_forced</comment>
        <translation>Closes in month {month}: it must close by then (must_close_by).</translation>
    </message>
    <message>
        <source>Stays {state} in month {month} although it is not needed then: {why}.</source>
        <comment>capacity.r_kept</comment>
        <translation>Stays {state} in month {month} although it is not needed then: {why}.</translation>
    </message>
    <message>
        <source>Opens as active in month {month}: the {scenario} scenario needs {need} active places (demand {demand} at {occ} % occupancy); without this site there are {without}.</source>
        <comment>capacity.r_open_active</comment>
        <translation>Opens as active in month {month}: the {scenario} scenario needs {need} active places (demand {demand} at {occ} % occupancy); without this site there are {without}.</translation>
    </message>
    <message>
        <source>Opens as reserve in month {month}: the high scenario needs {need} places by month {until}; reserve costs {saving} less per month than active places here.</source>
        <comment>capacity.r_open_reserve</comment>
        <translation>Opens as reserve in month {month}: the high scenario needs {need} places by month {until}; reserve costs {saving} less per month than active places here.</translation>
    </message>
    <message>
        <source>Goes to reserve in month {month}: its places are not needed active (demand {demand}), but the high scenario still needs them ({high} places needed); saves {saving} per month.</source>
        <comment>capacity.r_to_reserve</comment>
        <translation>Goes to reserve in month {month}: its places are not needed active (demand {demand}), but the high scenario still needs them ({high} places needed); saves {saving} per month.</translation>
    </message>
    <message>
        <source>high scenario</source>
        <comment>capacity.role_high</comment>
        <translation>high scenario</translation>
    </message>
    <message>
        <source>planning scenario</source>
        <comment>capacity.role_planning</comment>
        <translation>planning scenario</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>capacity.rp_change</comment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Changes of state, with reasons</source>
        <comment>capacity.rp_changes</comment>
        <translation>Changes of state, with reasons</translation>
    </message>
    <message>
        <source>Smallest changes that make a plan possible</source>
        <comment>capacity.rp_fixes</comment>
        <translation>Smallest changes that make a plan possible</translation>
    </message>
    <message>
        <source>{sites} sites ({existing} existing), {districts} districts, scenarios {scenarios}; planning scenario &apos;{planning}&apos;, high scenario &apos;{high}&apos;; target occupancy {occ} %.</source>
        <comment>capacity.rp_inputs</comment>
        <translation>{sites} sites ({existing} existing), {districts} districts, scenarios {scenarios}; planning scenario &apos;{planning}&apos;, high scenario &apos;{high}&apos;; target occupancy {occ} %.</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>capacity.rp_month</comment>
        <translation>Month</translation>
    </message>
    <message>
        <source>none</source>
        <comment>capacity.rp_none</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>Illustrative planning aid: the plugin suggests, planners decide.</source>
        <comment>capacity.rp_note</comment>
        <translation>Illustrative planning aid: the plugin suggests, planners decide.</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>capacity.rp_reason</comment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Months short</source>
        <comment>capacity.rp_shortfall</comment>
        <translation>Months short</translation>
    </message>
    <message>
        <source>Site</source>
        <comment>capacity.rp_site</comment>
        <translation>Site</translation>
    </message>
    <message>
        <source>Capacity plan over {months} months: {name}</source>
        <comment>capacity.rp_title</comment>
        <translation>Capacity plan over {months} months: {name}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <comment>capacity.rule_and</comment>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>the hotspot rule</source>
        <comment>capacity.rule_hotspot</comment>
        <translation>the hotspot rule</translation>
    </message>
    <message>
        <source>MIN_SPACING_M</source>
        <comment>capacity.rule_spacing</comment>
        <translation>MIN_SPACING_M</translation>
    </message>
    <message>
        <source>Month {month}, {scenario} scenario: {places} places short ({demand} people need {need} places, {have} can be provided).</source>
        <comment>capacity.sf_month</comment>
        <translation>Month {month}, {scenario} scenario: {places} places short ({demand} people need {need} places, {have} can be provided).</translation>
    </message>
    <message>
        <source>Plan over {months} months found within the time limit: total cost {cost}, at most {gap} % above the best possible.</source>
        <comment>capacity.st_feasible</comment>
        <translation>Plan over {months} months found within the time limit: total cost {cost}, at most {gap} % above the best possible.</translation>
    </message>
    <message>
        <source>No plan covers every month with the sites and rules given. {first}</source>
        <comment>capacity.st_infeasible</comment>
        <translation>No plan covers every month with the sites and rules given. {first}</translation>
    </message>
    <message>
        <source>Optimal plan over {months} months: total cost {cost}; highest district load {load} places per 1,000 inhabitants.</source>
        <comment>capacity.st_optimal</comment>
        <translation>Optimal plan over {months} months: total cost {cost}; highest district load {load} places per 1,000 inhabitants.</translation>
    </message>
    <message>
        <source>No plan was found within the time limit of {t} s; infeasibility is not proven. Increase the time limit.</source>
        <comment>capacity.st_timeout</comment>
        <translation>No plan was found within the time limit of {t} s; infeasibility is not proven. Increase the time limit.</translation>
    </message>
    <message>
        <source>Warning: the verifier found {n} problem(s) in this plan.</source>
        <comment>capacity.st_violations</comment>
        <translation>Warning: the verifier found {n} problem(s) in this plan.</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>capacity.state_missing</comment>
        <translation>missing</translation>
    </message>
    <message>
        <source>feasible</source>
        <comment>capacity.status_feasible</comment>
        <translation>feasible</translation>
    </message>
    <message>
        <source>infeasible</source>
        <comment>capacity.status_infeasible</comment>
        <translation>infeasible</translation>
    </message>
    <message>
        <source>optimal</source>
        <comment>capacity.status_optimal</comment>
        <translation>optimal</translation>
    </message>
    <message>
        <source>timeout</source>
        <comment>capacity.status_timeout</comment>
        <translation>timeout</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; becomes active in month {month} from reserve, before its activation lead time of {lead} months allows.</source>
        <comment>capacity.v_activation_lead</comment>
        <translation>Site &apos;{site}&apos; becomes active in month {month} from reserve, before its activation lead time of {lead} months allows.</translation>
    </message>
    <message>
        <source>District &apos;{district}&apos;, month {month}: {places} active places exceed the cap of {cap}.</source>
        <comment>capacity.v_cap</comment>
        <translation>District &apos;{district}&apos;, month {month}: {places} active places exceed the cap of {cap}.</translation>
    </message>
    <message>
        <source>The reported cost {reported} differs from the cost of the plan, {actual}.</source>
        <comment>capacity.v_cost</comment>
        <translation>The reported cost {reported} differs from the cost of the plan, {actual}.</translation>
    </message>
    <message>
        <source>Month {month}: active places cover {have} people at {occ} % occupancy; the {scenario} scenario has {demand}.</source>
        <comment>capacity.v_cover</comment>
        <translation>Month {month}: active places cover {have} people at {occ} % occupancy; the {scenario} scenario has {demand}.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; closes in month {month}, before its earliest closing month {early}.</source>
        <comment>capacity.v_early_close</comment>
        <translation>Site &apos;{site}&apos; closes in month {month}, before its earliest closing month {early}.</translation>
    </message>
    <message>
        <source>Month {month}: active and activatable reserve places cover {have} people; the high scenario has {demand}.</source>
        <comment>capacity.v_high</comment>
        <translation>Month {month}: active and activatable reserve places cover {have} people; the high scenario has {demand}.</translation>
    </message>
    <message>
        <source>Hotspot &apos;{hotspot}&apos;: {new} places at newly opened sites within its radius exceed the limit of {cap}.</source>
        <comment>capacity.v_hotspot</comment>
        <translation>Hotspot &apos;{hotspot}&apos;: {new} places at newly opened sites within its radius exceed the limit of {cap}.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; is still open in month {month}; it must close by month {late}.</source>
        <comment>capacity.v_late_close</comment>
        <translation>Site &apos;{site}&apos; is still open in month {month}; it must close by month {late}.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; is active for only {n} month(s) from month {month}; it must stay active {m} months.</source>
        <comment>capacity.v_min_active</comment>
        <translation>Site &apos;{site}&apos; is active for only {n} month(s) from month {month}; it must stay active {m} months.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; is open in month {month}, before its opening lead time of {lead} months has passed.</source>
        <comment>capacity.v_open_lead</comment>
        <translation>Site &apos;{site}&apos; is open in month {month}, before its opening lead time of {lead} months has passed.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;, month {month}: {places} active places do not fit its state &apos;{state}&apos; (active: a multiple of {module} from {module} to {capacity}; otherwise 0).</source>
        <comment>capacity.v_places</comment>
        <translation>Site &apos;{site}&apos;, month {month}: {places} active places do not fit its state &apos;{state}&apos; (active: a multiple of {module} from {module} to {capacity}; otherwise 0).</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;, month {month}: {prev} -&gt; {state} is not allowed (a site opens once and does not reopen after closing).</source>
        <comment>capacity.v_reopen</comment>
        <translation>Site &apos;{site}&apos;, month {month}: {prev} -&gt; {state} is not allowed (a site opens once and does not reopen after closing).</translation>
    </message>
    <message>
        <source>Newly opened sites &apos;{a}&apos; and &apos;{b}&apos; are {d} m apart; MIN_SPACING_M is {min} m.</source>
        <comment>capacity.v_spacing</comment>
        <translation>Newly opened sites &apos;{a}&apos; and &apos;{b}&apos; are {d} m apart; MIN_SPACING_M is {min} m.</translation>
    </message>
    <message>
        <source>Newly opened site &apos;{a}&apos; is {d} m from existing site &apos;{b}&apos;; MIN_SPACING_M is {min} m.</source>
        <comment>capacity.v_spacing_existing</comment>
        <translation>Newly opened site &apos;{a}&apos; is {d} m from existing site &apos;{b}&apos;; MIN_SPACING_M is {min} m.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;, month {month}: state &apos;{state}&apos; is not one of active, reserve, closed, not_opened.</source>
        <comment>capacity.v_state</comment>
        <translation>Site &apos;{site}&apos;, month {month}: state &apos;{state}&apos; is not one of active, reserve, closed, not_opened.</translation>
    </message>
    <message>
        <source>it cannot close before month {early} (earliest_close)</source>
        <comment>capacity.why_lease</comment>
        <translation>it cannot close before month {early} (earliest_close)</translation>
    </message>
    <message>
        <source>it must stay active for {m} months after activation (min_active_months)</source>
        <comment>capacity.why_min_active</comment>
        <translation>it must stay active for {m} months after activation (min_active_months)</translation>
    </message>
    <message>
        <source>closing now and opening again later would cost more</source>
        <comment>capacity.why_no_reopen</comment>
        <translation>closing now and opening again later would cost more</translation>
    </message>
    <message>
        <source>authority</source>
        <comment>category.authority</comment>
        <translation>authority</translation>
    </message>
    <message>
        <source>counselling</source>
        <comment>category.counselling</comment>
        <translation>counselling</translation>
    </message>
    <message>
        <source>health</source>
        <comment>category.health</comment>
        <translation>health</translation>
    </message>
    <message>
        <source>job centre</source>
        <comment>category.jobcenter</comment>
        <translation>job centre</translation>
    </message>
    <message>
        <source>childcare (Kita)</source>
        <comment>category.kita</comment>
        <translation>childcare (Kita)</translation>
    </message>
    <message>
        <source>language course</source>
        <comment>category.language_course</comment>
        <translation>language course</translation>
    </message>
    <message>
        <source>other</source>
        <comment>category.other</comment>
        <translation>other</translation>
    </message>
    <message>
        <source>school</source>
        <comment>category.school</comment>
        <translation>school</translation>
    </message>
    <message>
        <source>public transport</source>
        <comment>category.transit</comment>
        <translation>public transport</translation>
    </message>
    <message>
        <source>after</source>
        <comment>chart.after</comment>
        <translation>after</translation>
    </message>
    <message>
        <source>Places per 1,000 residents by district</source>
        <comment>chart.bar_title</comment>
        <translation>Places per 1,000 residents by district</translation>
    </message>
    <message>
        <source>places per 1,000 residents</source>
        <comment>chart.bar_y</comment>
        <translation>places per 1,000 residents</translation>
    </message>
    <message>
        <source>before</source>
        <comment>chart.before</comment>
        <translation>before</translation>
    </message>
    <message>
        <source>cap {value}</source>
        <comment>chart.cap</comment>
        <translation>cap {value}</translation>
    </message>
    <message>
        <source>city: {value}</source>
        <comment>chart.city_mean</comment>
        <translation>city: {value}</translation>
    </message>
    <message>
        <source>districts (sorted by load)</source>
        <comment>chart.districts</comment>
        <translation>districts (sorted by load)</translation>
    </message>
    <message>
        <source>equal spread</source>
        <comment>chart.equality</comment>
        <translation>equal spread</translation>
    </message>
    <message>
        <source>Lorenz curve: places against residents</source>
        <comment>chart.lorenz_title</comment>
        <translation>Lorenz curve: places against residents</translation>
    </message>
    <message>
        <source>cumulative share of residents</source>
        <comment>chart.lorenz_x</comment>
        <translation>cumulative share of residents</translation>
    </message>
    <message>
        <source>cumulative share of places</source>
        <comment>chart.lorenz_y</comment>
        <translation>cumulative share of places</translation>
    </message>
    <message>
        <source>Kaiserslautern: refugee accommodation by district</source>
        <comment>cli.demo_title</comment>
        <translation>Kaiserslautern: refugee accommodation by district</translation>
    </message>
    <message>
        <source>geographic</source>
        <comment>crs_kind.geographic</comment>
        <translation>geographic</translation>
    </message>
    <message>
        <source>projected</source>
        <comment>crs_kind.projected</comment>
        <translation>projected</translation>
    </message>
    <message>
        <source>Services assessed</source>
        <comment>display.access_categories</comment>
        <translation>Services assessed</translation>
    </message>
    <message>
        <source>Distance measured</source>
        <comment>display.access_method</comment>
        <translation>Distance measured</translation>
    </message>
    <message>
        <source>On foot over the walking network</source>
        <comment>display.access_method:network</comment>
        <translation>On foot over the walking network</translation>
    </message>
    <message>
        <source>Straight line</source>
        <comment>display.access_method:straight_line</comment>
        <translation>Straight line</translation>
    </message>
    <message>
        <source>Alternative</source>
        <comment>display.alternative</comment>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <comment>display.alternatives</comment>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>No</source>
        <comment>display.bool:false</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>display.bool:true</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Upper limit per 1,000 residents</source>
        <comment>display.cap</comment>
        <translation>Upper limit per 1,000 residents</translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <comment>display.capacity</comment>
        <translation>Capacity (places)</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>display.category</comment>
        <translation>Category</translation>
    </message>
    <message>
        <source>Authority</source>
        <comment>display.category:authority</comment>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Counselling</source>
        <comment>display.category:counselling</comment>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>display.category:health</comment>
        <translation>Health</translation>
    </message>
    <message>
        <source>Job centre</source>
        <comment>display.category:jobcenter</comment>
        <translation>Job centre</translation>
    </message>
    <message>
        <source>Kita</source>
        <comment>display.category:kita</comment>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Language course</source>
        <comment>display.category:language_course</comment>
        <translation>Language course</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>display.category:other</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>School</source>
        <comment>display.category:school</comment>
        <translation>School</translation>
    </message>
    <message>
        <source>Public transport</source>
        <comment>display.category:transit</comment>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>Clark-Evans: p-value</source>
        <comment>display.clark_evans_p</comment>
        <translation>Clark-Evans: p-value</translation>
    </message>
    <message>
        <source>Spacing of shelters (Clark-Evans R)</source>
        <comment>display.clark_evans_r</comment>
        <translation>Spacing of shelters (Clark-Evans R)</translation>
    </message>
    <message>
        <source>Clark-Evans: z-value</source>
        <comment>display.clark_evans_z</comment>
        <translation>Clark-Evans: z-value</translation>
    </message>
    <message>
        <source>Weight of close pairs</source>
        <comment>display.close_pair_weight</comment>
        <translation>Weight of close pairs</translation>
    </message>
    <message>
        <source>Community</source>
        <comment>display.community</comment>
        <translation>Community</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>display.cost</comment>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cost per place</source>
        <comment>display.cost_per_place</comment>
        <translation>Cost per place</translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <comment>display.crs</comment>
        <translation>Coordinate reference system</translation>
    </message>
    <message>
        <source>Variation of the load between districts (CV)</source>
        <comment>display.cv_load</comment>
        <translation>Variation of the load between districts (CV)</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>display.date</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Share of places to move for an even spread (dissimilarity)</source>
        <comment>display.dissimilarity</comment>
        <translation>Share of places to move for an even spread (dissimilarity)</translation>
    </message>
    <message>
        <source>Distance</source>
        <comment>display.distance_m</comment>
        <translation>Distance</translation>
    </message>
    <message>
        <source>District number</source>
        <comment>display.district_id</comment>
        <translation>District number</translation>
    </message>
    <message>
        <source>Districts with residents</source>
        <comment>display.districts_analysed</comment>
        <translation>Districts with residents</translation>
    </message>
    <message>
        <source>Free places</source>
        <comment>display.free</comment>
        <translation>Free places</translation>
    </message>
    <message>
        <source>Gap to the best placement</source>
        <comment>display.gap</comment>
        <translation>Gap to the best placement</translation>
    </message>
    <message>
        <source>Hotspot / coldspot (Gi*)</source>
        <comment>display.gi_class</comment>
        <translation>Hotspot / coldspot (Gi*)</translation>
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
        <translation>None</translation>
    </message>
    <message>
        <source>Districts in coldspots (Gi*)</source>
        <comment>display.gi_cold_districts</comment>
        <translation>Districts in coldspots (Gi*)</translation>
    </message>
    <message>
        <source>Districts in hotspots (Gi*)</source>
        <comment>display.gi_hot_districts</comment>
        <translation>Districts in hotspots (Gi*)</translation>
    </message>
    <message>
        <source>Gi*: p-value</source>
        <comment>display.gi_star_p</comment>
        <translation>Gi*: p-value</translation>
    </message>
    <message>
        <source>Gi*: z-value</source>
        <comment>display.gi_star_z</comment>
        <translation>Gi*: z-value</translation>
    </message>
    <message>
        <source>Gini coefficient</source>
        <comment>display.gini</comment>
        <translation>Gini coefficient</translation>
    </message>
    <message>
        <source>Group A</source>
        <comment>display.group_a</comment>
        <translation>Group A</translation>
    </message>
    <message>
        <source>Group B</source>
        <comment>display.group_b</comment>
        <translation>Group B</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>display.group_label</comment>
        <translation>Group</translation>
    </message>
    <message>
        <source>All services in reach</source>
        <comment>display.has_access</comment>
        <translation>All services in reach</translation>
    </message>
    <message>
        <source>Concentration (Herfindahl-Hirschman index)</source>
        <comment>display.hhi</comment>
        <translation>Concentration (Herfindahl-Hirschman index)</translation>
    </message>
    <message>
        <source>Hoover index</source>
        <comment>display.hoover</comment>
        <translation>Hoover index</translation>
    </message>
    <message>
        <source>Meeting point number</source>
        <comment>display.hotspot_id</comment>
        <translation>Meeting point number</translation>
    </message>
    <message>
        <source>Places allowed near each meeting point</source>
        <comment>display.hotspot_max_places</comment>
        <translation>Places allowed near each meeting point</translation>
    </message>
    <message>
        <source>Where the children live (age grid cells, Kita rule)</source>
        <comment>display.kita_age_points</comment>
        <translation>Where the children live (age grid cells, Kita rule)</translation>
    </message>
    <message>
        <source>Children by age per district (Kita rule)</source>
        <comment>display.kita_age_rows</comment>
        <translation>Children by age per district (Kita rule)</translation>
    </message>
    <message>
        <source>Category counted as Kita</source>
        <comment>display.kita_category</comment>
        <translation>Category counted as Kita</translation>
    </message>
    <message>
        <source>Children needing a Kita place</source>
        <comment>display.kita_children</comment>
        <translation>Children needing a Kita place</translation>
    </message>
    <message>
        <source>Points the district children count at (age grid cells)</source>
        <comment>display.kita_demand_points</comment>
        <translation>Points the district children count at (age grid cells)</translation>
    </message>
    <message>
        <source>A Kita within reach</source>
        <comment>display.kita_in_reach</comment>
        <translation>A Kita within reach</translation>
    </message>
    <message>
        <source>Max. distance to a Kita</source>
        <comment>display.kita_max_distance_m</comment>
        <translation>Max. distance to a Kita</translation>
    </message>
    <message>
        <source>Median distance from a shelter to a Kita</source>
        <comment>display.kita_nearest_median_m</comment>
        <translation>Median distance from a shelter to a Kita</translation>
    </message>
    <message>
        <source>Kita places per child in reach</source>
        <comment>display.kita_per_child</comment>
        <translation>Kita places per child in reach</translation>
    </message>
    <message>
        <source>Kita demand rates by age</source>
        <comment>display.kita_rates</comment>
        <translation>Kita demand rates by age</translation>
    </message>
    <message>
        <source>Kita places considered</source>
        <comment>display.kita_rule</comment>
        <translation>Kita places considered</translation>
    </message>
    <message>
        <source>Kita places missing</source>
        <comment>display.kita_shortfall</comment>
        <translation>Kita places missing</translation>
    </message>
    <message>
        <source>Nearest Kita, straight line</source>
        <comment>display.kita_straight_m</comment>
        <translation>Nearest Kita, straight line</translation>
    </message>
    <message>
        <source>Assumed share of residents under 6 (Kita rule)</source>
        <comment>display.kita_under6_share</comment>
        <translation>Assumed share of residents under 6 (Kita rule)</translation>
    </message>
    <message>
        <source>Catchment method</source>
        <comment>display.kita_variant</comment>
        <translation>Catchment method</translation>
    </message>
    <message>
        <source>Potential sites</source>
        <comment>display.layer:candidates</comment>
        <translation>Potential sites</translation>
    </message>
    <message>
        <source>Districts</source>
        <comment>display.layer:districts</comment>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Places per group</source>
        <comment>display.layer:group_demand</comment>
        <translation>Places per group</translation>
    </message>
    <message>
        <source>Community meeting points</source>
        <comment>display.layer:hotspots</comment>
        <translation>Community meeting points</translation>
    </message>
    <message>
        <source>Walking network</source>
        <comment>display.layer:network</comment>
        <translation>Walking network</translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>display.layer:rules</comment>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Services</source>
        <comment>display.layer:services</comment>
        <translation>Services</translation>
    </message>
    <message>
        <source>Shelters</source>
        <comment>display.layer:shelters</comment>
        <translation>Shelters</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <comment>display.lq</comment>
        <translation>Location quotient</translation>
    </message>
    <message>
        <source>Upper limit per 1,000 residents</source>
        <comment>display.max_per_1000</comment>
        <translation>Upper limit per 1,000 residents</translation>
    </message>
    <message>
        <source>Maximum places</source>
        <comment>display.max_places</comment>
        <translation>Maximum places</translation>
    </message>
    <message>
        <source>Figure</source>
        <comment>display.metric</comment>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Minimum places</source>
        <comment>display.min_places</comment>
        <translation>Minimum places</translation>
    </message>
    <message>
        <source>Minimum spacing between sites</source>
        <comment>display.min_spacing_m</comment>
        <translation>Minimum spacing between sites</translation>
    </message>
    <message>
        <source>Accepted gap to the best placement</source>
        <comment>display.mip_rel_gap</comment>
        <translation>Accepted gap to the best placement</translation>
    </message>
    <message>
        <source>Mix groups in one site</source>
        <comment>display.mix_groups</comment>
        <translation>Mix groups in one site</translation>
    </message>
    <message>
        <source>Module size (places)</source>
        <comment>display.module</comment>
        <translation>Module size (places)</translation>
    </message>
    <message>
        <source>Moran&apos;s I expected without clustering</source>
        <comment>display.moran_ei</comment>
        <translation>Moran&apos;s I expected without clustering</translation>
    </message>
    <message>
        <source>Spatial clustering (Moran&apos;s I)</source>
        <comment>display.moran_i</comment>
        <translation>Spatial clustering (Moran&apos;s I)</translation>
    </message>
    <message>
        <source>Moran&apos;s I: p-value (normal approximation)</source>
        <comment>display.moran_p_norm</comment>
        <translation>Moran&apos;s I: p-value (normal approximation)</translation>
    </message>
    <message>
        <source>Moran&apos;s I: p-value (permutations)</source>
        <comment>display.moran_p_sim</comment>
        <translation>Moran&apos;s I: p-value (permutations)</translation>
    </message>
    <message>
        <source>Moran&apos;s I: z-value</source>
        <comment>display.moran_z_norm</comment>
        <translation>Moran&apos;s I: z-value</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>display.name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not walkable</source>
        <comment>display.not_walkable</comment>
        <translation>Not walkable</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>display.note</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Highest load after placement (per 1,000 residents)</source>
        <comment>display.objective_max_per_1000</comment>
        <translation>Highest load after placement (per 1,000 residents)</translation>
    </message>
    <message>
        <source>Occupied places</source>
        <comment>display.occupied</comment>
        <translation>Occupied places</translation>
    </message>
    <message>
        <source>One-way</source>
        <comment>display.oneway</comment>
        <translation>One-way</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>display.operator</comment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Places per 1,000 residents</source>
        <comment>display.per_1000</comment>
        <translation>Places per 1,000 residents</translation>
    </message>
    <message>
        <source>Places per 1,000 residents after</source>
        <comment>display.per_1000_after</comment>
        <translation>Places per 1,000 residents after</translation>
    </message>
    <message>
        <source>Places per 1,000 residents before</source>
        <comment>display.per_1000_before</comment>
        <translation>Places per 1,000 residents before</translation>
    </message>
    <message>
        <source>Places per 1,000 residents (city)</source>
        <comment>display.per_1000_city</comment>
        <translation>Places per 1,000 residents (city)</translation>
    </message>
    <message>
        <source>Permutations</source>
        <comment>display.permutations</comment>
        <translation>Permutations</translation>
    </message>
    <message>
        <source>Places</source>
        <comment>display.places</comment>
        <translation>Places</translation>
    </message>
    <message>
        <source>Places after</source>
        <comment>display.places_after</comment>
        <translation>Places after</translation>
    </message>
    <message>
        <source>Places before</source>
        <comment>display.places_before</comment>
        <translation>Places before</translation>
    </message>
    <message>
        <source>Places counted</source>
        <comment>display.places_field</comment>
        <translation>Places counted</translation>
    </message>
    <message>
        <source>Capacity</source>
        <comment>display.places_field:capacity</comment>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Occupied places</source>
        <comment>display.places_field:occupied</comment>
        <translation>Occupied places</translation>
    </message>
    <message>
        <source>Places in districts with residents</source>
        <comment>display.places_in_districts</comment>
        <translation>Places in districts with residents</translation>
    </message>
    <message>
        <source>New places</source>
        <comment>display.places_new</comment>
        <translation>New places</translation>
    </message>
    <message>
        <source>Places to place</source>
        <comment>display.places_to_place</comment>
        <translation>Places to place</translation>
    </message>
    <message>
        <source>Places in active shelters</source>
        <comment>display.places_total</comment>
        <translation>Places in active shelters</translation>
    </message>
    <message>
        <source>Residents</source>
        <comment>display.population</comment>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Residents</source>
        <comment>display.population_total</comment>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Radius</source>
        <comment>display.radius_m</comment>
        <translation>Radius</translation>
    </message>
    <message>
        <source>Rank by load</source>
        <comment>display.rank_per_1000</comment>
        <translation>Rank by load</translation>
    </message>
    <message>
        <source>What it means</source>
        <comment>display.reading</comment>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>display.reason</comment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason code</source>
        <comment>display.reason_code</comment>
        <translation>Reason code</translation>
    </message>
    <message>
        <source>Reason parameters</source>
        <comment>display.reason_params</comment>
        <translation>Reason parameters</translation>
    </message>
    <message>
        <source>Relation</source>
        <comment>display.relation</comment>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Keep near</source>
        <comment>display.relation:near</comment>
        <translation>Keep near</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <comment>display.relation:separate</comment>
        <translation>Keep apart</translation>
    </message>
    <message>
        <source>Random seed</source>
        <comment>display.seed</comment>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Services required</source>
        <comment>display.service_categories</comment>
        <translation>Services required</translation>
    </message>
    <message>
        <source>Max. distance to services (straight line)</source>
        <comment>display.service_distance_m</comment>
        <translation>Max. distance to services (straight line)</translation>
    </message>
    <message>
        <source>Service number</source>
        <comment>display.service_id</comment>
        <translation>Service number</translation>
    </message>
    <message>
        <source>Max. distance to services (straight line)</source>
        <comment>display.service_max_distance_m</comment>
        <translation>Max. distance to services (straight line)</translation>
    </message>
    <message>
        <source>Share of places</source>
        <comment>display.share_places</comment>
        <translation>Share of places</translation>
    </message>
    <message>
        <source>Share of places near meeting point {name}</source>
        <comment>display.share_places_near_hotspot</comment>
        <translation>Share of places near meeting point {name}</translation>
    </message>
    <message>
        <source>Share of places near community meeting points</source>
        <comment>display.share_places_near_hotspots</comment>
        <translation>Share of places near community meeting points</translation>
    </message>
    <message>
        <source>Share of places with access to services</source>
        <comment>display.share_places_with_access</comment>
        <translation>Share of places with access to services</translation>
    </message>
    <message>
        <source>Share of residents</source>
        <comment>display.share_population</comment>
        <translation>Share of residents</translation>
    </message>
    <message>
        <source>Shelter number</source>
        <comment>display.shelter_id</comment>
        <translation>Shelter number</translation>
    </message>
    <message>
        <source>Shelters</source>
        <comment>display.shelters</comment>
        <translation>Shelters</translation>
    </message>
    <message>
        <source>Site number</source>
        <comment>display.site_id</comment>
        <translation>Site number</translation>
    </message>
    <message>
        <source>Computing time</source>
        <comment>display.solve_seconds</comment>
        <translation>Computing time</translation>
    </message>
    <message>
        <source>Spread of the load</source>
        <comment>display.spread</comment>
        <translation>Spread of the load</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>display.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>display.status:active</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>display.status:closed</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Found (time limit reached)</source>
        <comment>display.status:feasible</comment>
        <translation>Found (time limit reached)</translation>
    </message>
    <message>
        <source>Not possible</source>
        <comment>display.status:infeasible</comment>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Optimal</source>
        <comment>display.status:optimal</comment>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>display.status:planned</comment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>No result in time</source>
        <comment>display.status:timeout</comment>
        <translation>No result in time</translation>
    </message>
    <message>
        <source>Theil index</source>
        <comment>display.theil</comment>
        <translation>Theil index</translation>
    </message>
    <message>
        <source>Time limit</source>
        <comment>display.time_limit_s</comment>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Assumed share of shelter residents under 6</source>
        <comment>display.under6_share</comment>
        <translation>Assumed share of shelter residents under 6</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <comment>display.utilisation_pct</comment>
        <translation>Utilisation (%)</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>display.value</comment>
        <translation>Value</translation>
    </message>
    <message>
        <source>Walkable</source>
        <comment>display.walkable</comment>
        <translation>Walkable</translation>
    </message>
    <message>
        <source>Source &apos;{source}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not a number.</source>
        <comment>fusion.bad_number</comment>
        <translation>Source &apos;{source}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <source>The city&apos;s totals</source>
        <comment>fusion.city_totals</comment>
        <translation>The city&apos;s totals</translation>
    </message>
    <message>
        <source>Shelter id &apos;{id}&apos; names different shelters: &apos;{name_a}&apos; in source &apos;{source_a}&apos; (feature {fid_a}) and &apos;{name_b}&apos; in source &apos;{source_b}&apos; (feature {fid_b}) lie {distance} m apart with dissimilar names. Map a different id field for one of the sources.</source>
        <comment>fusion.duplicate_id_across_sources</comment>
        <translation>Shelter id &apos;{id}&apos; names different shelters: &apos;{name_a}&apos; in source &apos;{source_a}&apos; (feature {fid_a}) and &apos;{name_b}&apos; in source &apos;{source_b}&apos; (feature {fid_b}) lie {distance} m apart with dissimilar names. Map a different id field for one of the sources.</translation>
    </message>
    <message>
        <source>Source &apos;{source}&apos;: shelter id &apos;{id}&apos; occurs twice (features {first} and {second}); ids must be unique within a source.</source>
        <comment>fusion.duplicate_id_in_source</comment>
        <translation>Source &apos;{source}&apos;: shelter id &apos;{id}&apos; occurs twice (features {first} and {second}); ids must be unique within a source.</translation>
    </message>
    <message>
        <source>capacity</source>
        <comment>fusion.field_capacity</comment>
        <translation>capacity</translation>
    </message>
    <message>
        <source>Shelter {shelter}: {field} differs between sources ({values}).</source>
        <comment>fusion.field_differs</comment>
        <translation>Shelter {shelter}: {field} differs between sources ({values}).</translation>
    </message>
    <message>
        <source>group_label</source>
        <comment>fusion.field_group_label</comment>
        <translation>group_label</translation>
    </message>
    <message>
        <source>name</source>
        <comment>fusion.field_name</comment>
        <translation>name</translation>
    </message>
    <message>
        <source>occupied</source>
        <comment>fusion.field_occupied</comment>
        <translation>occupied</translation>
    </message>
    <message>
        <source>operator</source>
        <comment>fusion.field_operator</comment>
        <translation>operator</translation>
    </message>
    <message>
        <source>status</source>
        <comment>fusion.field_status</comment>
        <translation>status</translation>
    </message>
    <message>
        <source>{where}: {occupied} occupied + {free} free = {total}, but capacity is stated as {capacity}.</source>
        <comment>fusion.free_mismatch</comment>
        <translation>{where}: {occupied} occupied + {free} free = {total}, but capacity is stated as {capacity}.</translation>
    </message>
    <message>
        <source>Shelter {shelter}: no source gives a position; it cannot be mapped.</source>
        <comment>fusion.no_position</comment>
        <translation>Shelter {shelter}: no source gives a position; it cannot be mapped.</translation>
    </message>
    <message>
        <source>No shelter sources were given.</source>
        <comment>fusion.no_sources</comment>
        <translation>No shelter sources were given.</translation>
    </message>
    <message>
        <source>Shelter {shelter}: occupied ({occupied}, {occupied_from}) exceeds capacity ({capacity}, {capacity_from}).</source>
        <comment>fusion.occupied_gt_capacity</comment>
        <translation>Shelter {shelter}: occupied ({occupied}, {occupied_from}) exceeds capacity ({capacity}, {capacity_from}).</translation>
    </message>
    <message>
        <source>Source &apos;{source}&apos; has no features.</source>
        <comment>fusion.source_empty</comment>
        <translation>Source &apos;{source}&apos; has no features.</translation>
    </message>
    <message>
        <source>Source &apos;{source}&apos;, feature {fid}</source>
        <comment>fusion.source_record</comment>
        <translation>Source &apos;{source}&apos;, feature {fid}</translation>
    </message>
    <message>
        <source>{where}: stated utilisation {stated} % contradicts the counts: {occupied} of {capacity} places occupied is {computed} %.</source>
        <comment>fusion.utilisation_mismatch</comment>
        <translation>{where}: stated utilisation {stated} % contradicts the counts: {occupied} of {capacity} places occupied is {computed} %.</translation>
    </message>
    <message>
        <source>{percent} of places have {categories} within {distance} m (straight line).</source>
        <comment>interpret.access</comment>
        <translation>{percent} of places have {categories} within {distance} m (straight line).</translation>
    </message>
    <message>
        <source>and</source>
        <comment>interpret.and</comment>
        <translation>and</translation>
    </message>
    <message>
        <source>an authority office</source>
        <comment>interpret.cat_authority</comment>
        <translation>an authority office</translation>
    </message>
    <message>
        <source>counselling</source>
        <comment>interpret.cat_counselling</comment>
        <translation>counselling</translation>
    </message>
    <message>
        <source>health care</source>
        <comment>interpret.cat_health</comment>
        <translation>health care</translation>
    </message>
    <message>
        <source>the job centre</source>
        <comment>interpret.cat_jobcenter</comment>
        <translation>the job centre</translation>
    </message>
    <message>
        <source>childcare (Kita)</source>
        <comment>interpret.cat_kita</comment>
        <translation>childcare (Kita)</translation>
    </message>
    <message>
        <source>a language course</source>
        <comment>interpret.cat_language_course</comment>
        <translation>a language course</translation>
    </message>
    <message>
        <source>other services</source>
        <comment>interpret.cat_other</comment>
        <translation>other services</translation>
    </message>
    <message>
        <source>a school</source>
        <comment>interpret.cat_school</comment>
        <translation>a school</translation>
    </message>
    <message>
        <source>public transport</source>
        <comment>interpret.cat_transit</comment>
        <translation>public transport</translation>
    </message>
    <message>
        <source>Clark-Evans R {value} (p = {p}): shelters are clustered; they stand closer together than random locations would.</source>
        <comment>interpret.clark_cluster</comment>
        <translation>Clark-Evans R {value} (p = {p}): shelters are clustered; they stand closer together than random locations would.</translation>
    </message>
    <message>
        <source>Clark-Evans R {value} (p = {p}): shelter locations do not differ significantly from random spacing.</source>
        <comment>interpret.clark_random</comment>
        <translation>Clark-Evans R {value} (p = {p}): shelter locations do not differ significantly from random spacing.</translation>
    </message>
    <message>
        <source>Clark-Evans R {value} (p = {p}): shelters are spread regularly across the city, further apart than random locations.</source>
        <comment>interpret.clark_regular</comment>
        <translation>Clark-Evans R {value} (p = {p}): shelters are spread regularly across the city, further apart than random locations.</translation>
    </message>
    <message>
        <source>CV {value}: districts&apos; places per 1,000 residents typically differ from the city rate by {percent}.</source>
        <comment>interpret.cv_load</comment>
        <translation>CV {value}: districts&apos; places per 1,000 residents typically differ from the city rate by {percent}.</translation>
    </message>
    <message>
        <source>Dissimilarity {value}: {percent} of places would have to move to another district for every district to carry the same places per resident.</source>
        <comment>interpret.dissimilarity</comment>
        <translation>Dissimilarity {value}: {percent} of places would have to move to another district for every district to carry the same places per resident.</translation>
    </message>
    <message>
        <source>Gi*: {hot} district(s) are hot spots (they and their neighbours carry significantly many places), {cold} cold spot(s).</source>
        <comment>interpret.gi_star</comment>
        <translation>Gi*: {hot} district(s) are hot spots (they and their neighbours carry significantly many places), {cold} cold spot(s).</translation>
    </message>
    <message>
        <source>Gini {value}: accommodation is {level} across districts, relative to where people live (0 = every district carries places in proportion to its residents, 1 = all places in one district).</source>
        <comment>interpret.gini</comment>
        <translation>Gini {value}: accommodation is {level} across districts, relative to where people live (0 = every district carries places in proportion to its residents, 1 = all places in one district).</translation>
    </message>
    <message>
        <source>HHI {value}: places are as concentrated as if they sat evenly in {equivalent} of the {count} inhabited districts.</source>
        <comment>interpret.hhi</comment>
        <translation>HHI {value}: places are as concentrated as if they sat evenly in {equivalent} of the {count} inhabited districts.</translation>
    </message>
    <message>
        <source>Hoover {value}: the same reading as the dissimilarity index ({percent} of places would have to move).</source>
        <comment>interpret.hoover</comment>
        <translation>Hoover {value}: the same reading as the dissimilarity index ({percent} of places would have to move).</translation>
    </message>
    <message>
        <source>{percent} of places lie within the radius of a community hotspot.</source>
        <comment>interpret.hotspots</comment>
        <translation>{percent} of places lie within the radius of a community hotspot.</translation>
    </message>
    <message>
        <source>concentrated</source>
        <comment>interpret.level_concentrated</comment>
        <translation>concentrated</translation>
    </message>
    <message>
        <source>fairly evenly spread</source>
        <comment>interpret.level_even</comment>
        <translation>fairly evenly spread</translation>
    </message>
    <message>
        <source>moderately concentrated</source>
        <comment>interpret.level_moderate</comment>
        <translation>moderately concentrated</translation>
    </message>
    <message>
        <source>strongly concentrated</source>
        <comment>interpret.level_strong</comment>
        <translation>strongly concentrated</translation>
    </message>
    <message>
        <source>Moran&apos;s I {value} (p = {p}): districts with many places tend to border other districts with many places, so load clusters across district borders.</source>
        <comment>interpret.moran_cluster</comment>
        <translation>Moran&apos;s I {value} (p = {p}): districts with many places tend to border other districts with many places, so load clusters across district borders.</translation>
    </message>
    <message>
        <source>Moran&apos;s I {value} (p = {p}): heavily and lightly loaded districts alternate; neighbouring districts balance each other.</source>
        <comment>interpret.moran_disperse</comment>
        <translation>Moran&apos;s I {value} (p = {p}): heavily and lightly loaded districts alternate; neighbouring districts balance each other.</translation>
    </message>
    <message>
        <source>Moran&apos;s I {value} (p = {p}): no significant spatial pattern; loaded districts are not clustered next to each other.</source>
        <comment>interpret.moran_none</comment>
        <translation>Moran&apos;s I {value} (p = {p}): no significant spatial pattern; loaded districts are not clustered next to each other.</translation>
    </message>
    <message>
        <source>Moran&apos;s I could not be computed: {reason}.</source>
        <comment>interpret.moran_undefined</comment>
        <translation>Moran&apos;s I could not be computed: {reason}.</translation>
    </message>
    <message>
        <source>{value} places per 1,000 residents citywide ({places} places, {population} residents).</source>
        <comment>interpret.per_1000_city</comment>
        <translation>{value} places per 1,000 residents citywide ({places} places, {population} residents).</translation>
    </message>
    <message>
        <source>Theil {value}: places are {level} relative to residents (0 = proportional; unbounded above, the largest possible value here is {maximum}).</source>
        <comment>interpret.theil</comment>
        <translation>Theil {value}: places are {level} relative to residents (0 = proportional; unbounded above, the largest possible value here is {maximum}).</translation>
    </message>
    <message>
        <source>not available: {reason}.</source>
        <comment>interpret.undefined</comment>
        <translation>not available: {reason}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number.</source>
        <comment>io.bad_coordinate</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a date (expected YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD).</source>
        <comment>io.bad_date</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a date (expected YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: cannot be decoded as {encoding}.</source>
        <comment>io.bad_encoding</comment>
        <translation>File &apos;{file}&apos;, line {line}: cannot be decoded as {encoding}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a grid id like CRS3035RES100mN2691700E4341100.</source>
        <comment>io.bad_gitter_id</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a grid id like CRS3035RES100mN2691700E4341100.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number.</source>
        <comment>io.bad_number</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <source>Category map entry &apos;{entry}&apos; is not of the form name=category.</source>
        <comment>io.category_map_bad</comment>
        <translation>Category map entry &apos;{entry}&apos; is not of the form name=category.</translation>
    </message>
    <message>
        <source>Category map entry &apos;{entry}&apos;: &apos;{target}&apos; is not a service category; use one of {known}.</source>
        <comment>io.category_map_target</comment>
        <translation>Category map entry &apos;{entry}&apos;: &apos;{target}&apos; is not a service category; use one of {known}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no column &apos;{column}&apos;. Columns: {columns}.</source>
        <comment>io.column_missing</comment>
        <translation>File &apos;{file}&apos; has no column &apos;{column}&apos;. Columns: {columns}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is outside the valid range {low} to {high} for {crs}.</source>
        <comment>io.coordinate_out_of_range</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is outside the valid range {low} to {high} for {crs}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: malformed CSV ({reason}).</source>
        <comment>io.csv_malformed</comment>
        <translation>File &apos;{file}&apos;, line {line}: malformed CSV ({reason}).</translation>
    </message>
    <message>
        <source>District &apos;{district}&apos; has no population rows; its population stays empty.</source>
        <comment>io.district_without_population</comment>
        <translation>District &apos;{district}&apos; has no population rows; its population stays empty.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: grid cell &apos;{value}&apos; already occurred in line {first}; counted once.</source>
        <comment>io.duplicate_cell</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: grid cell &apos;{value}&apos; already occurred in line {first}; counted once.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, column &apos;{field}&apos;: {count} grid cell(s) occur more than once (first at line {line}, also line {first}); each was counted once, with the values of its first line.</source>
        <comment>io.duplicate_cells</comment>
        <translation>File &apos;{file}&apos;, column &apos;{field}&apos;: {count} grid cell(s) occur more than once (first at line {line}, also line {first}); each was counted once, with the values of its first line.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: column &apos;{column}&apos; appears more than once in the header.</source>
        <comment>io.duplicate_column</comment>
        <translation>File &apos;{file}&apos;: column &apos;{column}&apos; appears more than once in the header.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is empty.</source>
        <comment>io.file_empty</comment>
        <translation>File &apos;{file}&apos; is empty.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; does not exist.</source>
        <comment>io.file_missing</comment>
        <translation>File &apos;{file}&apos; does not exist.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, Integreat item {id} (&apos;{name}&apos;): latitude {lat} / longitude {lon} are out of range.</source>
        <comment>io.integreat_bad_coordinates</comment>
        <translation>File &apos;{file}&apos;, Integreat item {id} (&apos;{name}&apos;): latitude {lat} / longitude {lon} are out of range.</translation>
    </message>
    <message>
        <source>Integreat item {id} (&apos;{name}&apos;) is temporarily closed and was skipped.</source>
        <comment>io.integreat_closed</comment>
        <translation>Integreat item {id} (&apos;{name}&apos;) is temporarily closed and was skipped.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: Integreat item id {id} occurs more than once (items {first} and {second}).</source>
        <comment>io.integreat_duplicate_id</comment>
        <translation>File &apos;{file}&apos;: Integreat item id {id} occurs more than once (items {first} and {second}).</translation>
    </message>
    <message>
        <source>Integreat item {id} (&apos;{name}&apos;) has no coordinates and was skipped.</source>
        <comment>io.integreat_no_coordinates</comment>
        <translation>Integreat item {id} (&apos;{name}&apos;) has no coordinates and was skipped.</translation>
    </message>
    <message>
        <source>Integreat item #{number} (&apos;{name}&apos;) has no id of its own (an untranslated place); keyed by &apos;{place}&apos;.</source>
        <comment>io.integreat_no_own_id</comment>
        <translation>Integreat item #{number} (&apos;{name}&apos;) has no id of its own (an untranslated place); keyed by &apos;{place}&apos;.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, Integreat item {id}, field &apos;{field}&apos;: expected text, found {found}.</source>
        <comment>io.integreat_not_text</comment>
        <translation>File &apos;{file}&apos;, Integreat item {id}, field &apos;{field}&apos;: expected text, found {found}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is not an Integreat locations list (/api/v3/&lt;region&gt;/&lt;lang&gt;/locations/): {reason}.</source>
        <comment>io.integreat_shape</comment>
        <translation>File &apos;{file}&apos; is not an Integreat locations list (/api/v3/&lt;region&gt;/&lt;lang&gt;/locations/): {reason}.</translation>
    </message>
    <message>
        <source>Integreat category &apos;{category}&apos; ({count} item(s)) has no mapping; counted as &apos;other&apos;. Add it to the category map.</source>
        <comment>io.integreat_unmapped</comment>
        <translation>Integreat category &apos;{category}&apos; ({count} item(s)) has no mapping; counted as &apos;other&apos;. Add it to the category map.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is not valid JSON: {reason} (line {line}, column {column}).</source>
        <comment>io.json_invalid</comment>
        <translation>File &apos;{file}&apos; is not valid JSON: {reason} (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} row(s) without coordinates, at line(s) {lines}.</source>
        <comment>io.missing_coordinates</comment>
        <translation>File &apos;{file}&apos;: {count} row(s) without coordinates, at line(s) {lines}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} row(s) without coordinates were skipped, at line(s) {lines}.</source>
        <comment>io.missing_coordinates_skipped</comment>
        <translation>File &apos;{file}&apos;: {count} row(s) without coordinates were skipped, at line(s) {lines}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; mixes text encodings: line {utf8_line} is UTF-8 but line {other_line} is not (probably cp1252/Windows). Save the file in one encoding (UTF-8).</source>
        <comment>io.mixed_encoding</comment>
        <translation>File &apos;{file}&apos; mixes text encodings: line {utf8_line} is UTF-8 but line {other_line} is not (probably cp1252/Windows). Save the file in one encoding (UTF-8).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: grid id &apos;{value}&apos; has resolution {found} m, the file {expected} m.</source>
        <comment>io.mixed_resolution</comment>
        <translation>File &apos;{file}&apos;, line {line}: grid id &apos;{value}&apos; has resolution {found} m, the file {expected} m.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is negative; counts must be 0 or more.</source>
        <comment>io.negative_value</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is negative; counts must be 0 or more.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: no coordinate columns found (looked for lat/lon, latitude/longitude, x/y, rechtswert/hochwert). Choose them in the preview.</source>
        <comment>io.no_coordinate_columns</comment>
        <translation>File &apos;{file}&apos;: no coordinate columns found (looked for lat/lon, latitude/longitude, x/y, rechtswert/hochwert). Choose them in the preview.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: the coordinate system of columns &apos;{x}&apos;/&apos;{y}&apos; cannot be recognised from their values; choose it.</source>
        <comment>io.no_crs_guess</comment>
        <translation>File &apos;{file}&apos;: the coordinate system of columns &apos;{x}&apos;/&apos;{y}&apos; cannot be recognised from their values; choose it.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has a header but no data rows.</source>
        <comment>io.no_data_rows</comment>
        <translation>File &apos;{file}&apos; has a header but no data rows.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a whole number; counts of inhabitants are whole numbers.</source>
        <comment>io.not_whole</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a whole number; counts of inhabitants are whole numbers.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: the header has only one column (&apos;{header}&apos;). The separator is probably not one of ; , tab |, or the file is not a table.</source>
        <comment>io.one_column</comment>
        <translation>File &apos;{file}&apos;: the header has only one column (&apos;{header}&apos;). The separator is probably not one of ; , tab |, or the file is not a table.</translation>
    </message>
    <message>
        <source>The output &apos;{file}&apos; is a folder; choose a file name (e.g. inside that folder).</source>
        <comment>io.output_is_folder</comment>
        <translation>The output &apos;{file}&apos; is a folder; choose a file name (e.g. inside that folder).</translation>
    </message>
    <message>
        <source>The output &apos;{file}&apos; is chosen for two outputs of the same run; choose different files.</source>
        <comment>io.output_twice</comment>
        <translation>The output &apos;{file}&apos; is chosen for two outputs of the same run; choose different files.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: position {x} / {y} is a placeholder, not a place; the row was kept, check its coordinates.</source>
        <comment>io.placeholder_position</comment>
        <translation>File &apos;{file}&apos;, line {line}: position {x} / {y} is a placeholder, not a place; the row was kept, check its coordinates.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} suppressed or empty count(s) were taken as 0 (first at line {line}).</source>
        <comment>io.population_suppressed</comment>
        <translation>File &apos;{file}&apos;: {count} suppressed or empty count(s) were taken as 0 (first at line {line}).</translation>
    </message>
    <message>
        <source>Population rows for district id &apos;{district}&apos; ({count} inhabitants) match no district boundary.</source>
        <comment>io.population_without_district</comment>
        <translation>Population rows for district id &apos;{district}&apos; ({count} inhabitants) match no district boundary.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: {count} fields, but the header has {expected}. Check separators and quotes in this line.</source>
        <comment>io.ragged_row</comment>
        <translation>File &apos;{file}&apos;, line {line}: {count} fields, but the header has {expected}. Check separators and quotes in this line.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: the position lies {distance} km outside the extent of the other rows; the row was kept, check its coordinates.</source>
        <comment>io.row_far</comment>
        <translation>File &apos;{file}&apos;, line {line}: the position lies {distance} km outside the extent of the other rows; the row was kept, check its coordinates.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: the position lies {distance} km outside the districts; the row was kept, check its coordinates.</source>
        <comment>io.row_far_districts</comment>
        <translation>File &apos;{file}&apos;, line {line}: the position lies {distance} km outside the districts; the row was kept, check its coordinates.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}: &apos;{x_field}&apos; and &apos;{y_field}&apos; look swapped in this row (read the other way round it lies among the other rows); the row was kept as written, check it.</source>
        <comment>io.row_swapped</comment>
        <translation>File &apos;{file}&apos;, line {line}: &apos;{x_field}&apos; and &apos;{y_field}&apos; look swapped in this row (read the other way round it lies among the other rows); the row was kept as written, check it.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no rows for reference date {stichtag}; available: {available}.</source>
        <comment>io.stichtag_missing</comment>
        <translation>File &apos;{file}&apos; has no rows for reference date {stichtag}; available: {available}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: columns &apos;{x}&apos; and &apos;{y}&apos; look swapped (&apos;{x}&apos; ranges {x_range}, &apos;{y}&apos; ranges {y_range}, which only fits as the other way round); they were read swapped. Check the source.</source>
        <comment>io.swapped_latlon</comment>
        <translation>File &apos;{file}&apos;: columns &apos;{x}&apos; and &apos;{y}&apos; look swapped (&apos;{x}&apos; ranges {x_range}, &apos;{y}&apos; ranges {y_range}, which only fits as the other way round); they were read swapped. Check the source.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is outside the plausible range ({low} to {high}).</source>
        <comment>io.value_out_of_range</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: {value} is outside the plausible range ({low} to {high}).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, column &apos;{field}&apos;: {count} row(s) without a number (line(s) {lines}; first value &apos;{value}&apos;); the rows were kept with the value unknown (NULL).</source>
        <comment>io.value_unknown</comment>
        <translation>File &apos;{file}&apos;, column &apos;{field}&apos;: {count} row(s) without a number (line(s) {lines}; first value &apos;{value}&apos;); the rows were kept with the value unknown (NULL).</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no layer &apos;{layer}&apos;; it has: {available}.</source>
        <comment>io.vector_layer_missing</comment>
        <translation>File &apos;{file}&apos; has no layer &apos;{layer}&apos;; it has: {available}.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; cannot be read as a vector layer ({reason}).</source>
        <comment>io.vector_unreadable</comment>
        <translation>File &apos;{file}&apos; cannot be read as a vector layer ({reason}).</translation>
    </message>
    <message>
        <source>Could not write &apos;{file}&apos; ({reason}); nothing was written and an earlier file there is unchanged.</source>
        <comment>io.write_failed</comment>
        <translation>Could not write &apos;{file}&apos; ({reason}); nothing was written and an earlier file there is unchanged.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: the chosen separator &apos;{chosen}&apos; does not occur in the header; &apos;{found}&apos; does. Choose &apos;{found}&apos; as separator.</source>
        <comment>io.wrong_delimiter</comment>
        <translation>File &apos;{file}&apos;: the chosen separator &apos;{chosen}&apos; does not occur in the header; &apos;{found}&apos; does. Choose &apos;{found}&apos; as separator.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;: {count} grid cell(s) have a midpoint that disagrees with their grid id by more than half a cell (line(s) {lines}; first &apos;{value}&apos;); the grid id was used, check these rows.</source>
        <comment>io.zensus_centre_mismatch</comment>
        <translation>File &apos;{file}&apos;: {count} grid cell(s) have a midpoint that disagrees with their grid id by more than half a cell (line(s) {lines}; first &apos;{value}&apos;); the grid id was used, check these rows.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number, but the column held only numbers in its first {rows} rows. Correct the value, or mark it as suppressed with &apos;–&apos;.</source>
        <comment>io.zensus_column_changed</comment>
        <translation>File &apos;{file}&apos;, line {line}, column &apos;{field}&apos;: &apos;{value}&apos; is not a number, but the column held only numbers in its first {rows} rows. Correct the value, or mark it as suppressed with &apos;–&apos;.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; is not a Zensus grid table: no column like GITTER_ID_100m / GITTER_ID_1km / GITTER_ID_10km (columns: {columns}).</source>
        <comment>io.zensus_columns</comment>
        <translation>File &apos;{file}&apos; is not a Zensus grid table: no column like GITTER_ID_100m / GITTER_ID_1km / GITTER_ID_10km (columns: {columns}).</translation>
    </message>
    <message>
        <source>{count} grid cell(s) ({inhabitants} inhabitants) lie outside all districts.</source>
        <comment>io.zensus_outside</comment>
        <translation>{count} grid cell(s) ({inhabitants} inhabitants) lie outside all districts.</translation>
    </message>
    <message>
        <source>{count} grid cell(s) have a suppressed value (&apos;–&apos;); written as NULL with einwohner_suppressed = 1.</source>
        <comment>io.zensus_suppressed</comment>
        <translation>{count} grid cell(s) have a suppressed value (&apos;–&apos;); written as NULL with einwohner_suppressed = 1.</translation>
    </message>
    <message>
        <source>File &apos;{file}&apos; has no value column &apos;{column}&apos; (columns: {columns}).</source>
        <comment>io.zensus_value_column</comment>
        <translation>File &apos;{file}&apos; has no value column &apos;{column}&apos; (columns: {columns}).</translation>
    </message>
    <message>
        <source>{percent} of places have {categories} within {distance} m on foot over the walking network.</source>
        <comment>kita_access.access_network</comment>
        <translation>{percent} of places have {categories} within {distance} m on foot over the walking network.</translation>
    </message>
    <message>
        <source>{count} district(s) have no row in the age table and count with no children, e.g. {examples}.</source>
        <comment>kita_access.ages_missing_districts</comment>
        <translation>{count} district(s) have no row in the age table and count with no children, e.g. {examples}.</translation>
    </message>
    <message>
        <source>{count} district(s) of the age table are not among the districts and were left out, e.g. {examples}.</source>
        <comment>kita_access.ages_unmatched</comment>
        <translation>{count} district(s) of the age table are not among the districts and were left out, e.g. {examples}.</translation>
    </message>
    <message>
        <source>{count} Kita(s) have no places (capacity) and count with 0 places, e.g. {examples}.</source>
        <comment>kita_access.capacity_partial</comment>
        <translation>{count} Kita(s) have no places (capacity) and count with 0 places, e.g. {examples}.</translation>
    </message>
    <message>
        <source>The children of {districts} district(s) count where they live: at {points} points of the age grid, weighted by their children; {rest} district(s) at one point each.</source>
        <comment>kita_access.demand_at_points</comment>
        <translation>The children of {districts} district(s) count where they live: at {points} points of the age grid, weighted by their children; {rest} district(s) at one point each.</translation>
    </message>
    <message>
        <source>Kita access is checked by distance only ({method}): {missing}. Add Kita places (services&apos; capacity) and an age table to weigh places against children.</source>
        <comment>kita_access.kita_distance_only</comment>
        <translation>Kita access is checked by distance only ({method}): {missing}. Add Kita places (services&apos; capacity) and an age table to weigh places against children.</translation>
    </message>
    <message>
        <source>Kita places per child in reach ({variant}, within {limit} m, {method}): {ratio} across the city; {places} places for about {demand} children who need one, a shortfall of {shortfall} places, largest in {worst}.</source>
        <comment>kita_access.kita_ratio</comment>
        <translation>Kita places per child in reach ({variant}, within {limit} m, {method}): {ratio} across the city; {places} places for about {demand} children who need one, a shortfall of {shortfall} places, largest in {worst}.</translation>
    </message>
    <message>
        <source>Kita places per child in reach ({variant}, within {limit} m, {method}): {ratio} across the city; {places} places for about {demand} children who need one; no district falls short.</source>
        <comment>kita_access.kita_ratio_no_shortfall</comment>
        <translation>Kita places per child in reach ({variant}, within {limit} m, {method}): {ratio} across the city; {places} places for about {demand} children who need one; no district falls short.</translation>
    </message>
    <message>
        <source>Walking network layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: the one-way value &apos;{value}&apos; is not understood (yes/1/forward, -1/reverse, no/0/empty); the line is walkable in both directions.</source>
        <comment>kita_access.layer_bad_oneway</comment>
        <translation>Walking network layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: the one-way value &apos;{value}&apos; is not understood (yes/1/forward, -1/reverse, no/0/empty); the line is walkable in both directions.</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; has no features.</source>
        <comment>kita_access.layer_empty</comment>
        <translation>The walking network layer &apos;{layer}&apos; has no features.</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; is in a geographic CRS ({crs}, degrees) and no projected working CRS was given; choose a working CRS in metres (e.g. EPSG:25832).</source>
        <comment>kita_access.layer_geographic</comment>
        <translation>The walking network layer &apos;{layer}&apos; is in a geographic CRS ({crs}, degrees) and no projected working CRS was given; choose a working CRS in metres (e.g. EPSG:25832).</translation>
    </message>
    <message>
        <source>{count} more feature(s) of the walking network layer &apos;{layer}&apos; have a one-way value that is not understood in field &apos;{field}&apos;.</source>
        <comment>kita_access.layer_more_bad_oneway</comment>
        <translation>{count} more feature(s) of the walking network layer &apos;{layer}&apos; have a one-way value that is not understood in field &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; has no coordinate reference system; set the layer&apos;s CRS.</source>
        <comment>kita_access.layer_no_crs</comment>
        <translation>The walking network layer &apos;{layer}&apos; has no coordinate reference system; set the layer&apos;s CRS.</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; has no field &apos;{field}&apos; (fields: {fields}).</source>
        <comment>kita_access.layer_no_field</comment>
        <translation>The walking network layer &apos;{layer}&apos; has no field &apos;{field}&apos; (fields: {fields}).</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; holds {kind} geometries; it must be a line layer.</source>
        <comment>kita_access.layer_not_lines</comment>
        <translation>The walking network layer &apos;{layer}&apos; holds {kind} geometries; it must be a line layer.</translation>
    </message>
    <message>
        <source>{count} line(s) of the walking network layer &apos;{layer}&apos; are marked not walkable ({field}).</source>
        <comment>kita_access.layer_not_walkable</comment>
        <translation>{count} line(s) of the walking network layer &apos;{layer}&apos; are marked not walkable ({field}).</translation>
    </message>
    <message>
        <source>{count} feature(s) of the walking network layer &apos;{layer}&apos; have no geometry and were left out, e.g. feature id(s) {ids}.</source>
        <comment>kita_access.layer_null_geometry</comment>
        <translation>{count} feature(s) of the walking network layer &apos;{layer}&apos; have no geometry and were left out, e.g. feature id(s) {ids}.</translation>
    </message>
    <message>
        <source>Walking network &apos;{layer}&apos;: {lines} lines, {segments} segments, {parts} connected part(s).</source>
        <comment>kita_access.layer_read</comment>
        <translation>Walking network &apos;{layer}&apos;: {lines} lines, {segments} segments, {parts} connected part(s).</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; was reprojected from {source} to {target}.</source>
        <comment>kita_access.layer_reprojected</comment>
        <translation>The walking network layer &apos;{layer}&apos; was reprojected from {source} to {target}.</translation>
    </message>
    <message>
        <source>Walking network layer &apos;{layer}&apos;, feature {fid}: it cannot be reprojected from {source} to {target} ({reason}); check the layer&apos;s CRS.</source>
        <comment>kita_access.layer_transform_failed</comment>
        <translation>Walking network layer &apos;{layer}&apos;, feature {fid}: it cannot be reprojected from {source} to {target} ({reason}); check the layer&apos;s CRS.</translation>
    </message>
    <message>
        <source>The working CRS {crs} is geographic (degrees); walking distances need a projected CRS in metres (e.g. EPSG:25832).</source>
        <comment>kita_access.layer_working_geographic</comment>
        <translation>The working CRS {crs} is geographic (degrees); walking distances need a projected CRS in metres (e.g. EPSG:25832).</translation>
    </message>
    <message>
        <source>on foot over the walking network</source>
        <comment>kita_access.method_network</comment>
        <translation>on foot over the walking network</translation>
    </message>
    <message>
        <source>straight line</source>
        <comment>kita_access.method_straight_line</comment>
        <translation>straight line</translation>
    </message>
    <message>
        <source>no age table was given</source>
        <comment>kita_access.missing_ages</comment>
        <translation>no age table was given</translation>
    </message>
    <message>
        <source>no Kita places (capacity) and no age table were given</source>
        <comment>kita_access.missing_both</comment>
        <translation>no Kita places (capacity) and no age table were given</translation>
    </message>
    <message>
        <source>no Kita has places (capacity) in the services layer</source>
        <comment>kita_access.missing_capacity</comment>
        <translation>no Kita has places (capacity) in the services layer</translation>
    </message>
    <message>
        <source>Shelters reach the nearest {category} at a median of {median} m ({method}); {far} of {shelters} shelter(s) are farther than {limit} m.</source>
        <comment>kita_access.nearest_service</comment>
        <translation>Shelters reach the nearest {category} at a median of {median} m ({method}); {far} of {shelters} shelter(s) are farther than {limit} m.</translation>
    </message>
    <message>
        <source>No service of the category {category} is in the data; its distance was not measured.</source>
        <comment>kita_access.nearest_service_none</comment>
        <translation>No service of the category {category} is in the data; its distance was not measured.</translation>
    </message>
    <message>
        <source>On foot over the walking network the nearest Kita is on average {factor} times as far as in a straight line; {count} shelter(s) have one within {limit} m in a straight line but not on foot.</source>
        <comment>kita_access.network_vs_straight</comment>
        <translation>On foot over the walking network the nearest Kita is on average {factor} times as far as in a straight line; {count} shelter(s) have one within {limit} m in a straight line but not on foot.</translation>
    </message>
    <message>
        <source>two-sided p of Clark-Evans</source>
        <comment>metric_note.clark_evans_p</comment>
        <translation>two-sided p of Clark-Evans</translation>
    </message>
    <message>
        <source>mean nearest-neighbour distance / expected under randomness (area: union of districts)</source>
        <comment>metric_note.clark_evans_r</comment>
        <translation>mean nearest-neighbour distance / expected under randomness (area: union of districts)</translation>
    </message>
    <message>
        <source>z of Clark-Evans (no edge correction)</source>
        <comment>metric_note.clark_evans_z</comment>
        <translation>z of Clark-Evans (no edge correction)</translation>
    </message>
    <message>
        <source>population-weighted coefficient of variation of per_1000</source>
        <comment>metric_note.cv_load</comment>
        <translation>population-weighted coefficient of variation of per_1000</translation>
    </message>
    <message>
        <source>1/2 sum |r/R - t/T|: share of places to move for proportionality</source>
        <comment>metric_note.dissimilarity</comment>
        <translation>1/2 sum |r/R - t/T|: share of places to move for proportionality</translation>
    </message>
    <message>
        <source>districts with residents</source>
        <comment>metric_note.districts_analysed</comment>
        <translation>districts with residents</translation>
    </message>
    <message>
        <source>districts classed cold (Gi* p &lt; 0.05, z &lt; 0)</source>
        <comment>metric_note.gi_cold_districts</comment>
        <translation>districts classed cold (Gi* p &lt; 0.05, z &lt; 0)</translation>
    </message>
    <message>
        <source>districts classed hot (Gi* p &lt; 0.05, z &gt; 0)</source>
        <comment>metric_note.gi_hot_districts</comment>
        <translation>districts classed hot (Gi* p &lt; 0.05, z &gt; 0)</translation>
    </message>
    <message>
        <source>population-weighted Gini of per_1000</source>
        <comment>metric_note.gini</comment>
        <translation>population-weighted Gini of per_1000</translation>
    </message>
    <message>
        <source>sum (r/R)^2 over districts with residents</source>
        <comment>metric_note.hhi</comment>
        <translation>sum (r/R)^2 over districts with residents</translation>
    </message>
    <message>
        <source>1/2 sum |r/R - t/T| (same value as dissimilarity)</source>
        <comment>metric_note.hoover</comment>
        <translation>1/2 sum |r/R - t/T| (same value as dissimilarity)</translation>
    </message>
    <message>
        <source>median distance from a shelter to its nearest Kita ({method})</source>
        <comment>metric_note.kita_nearest_median_m</comment>
        <translation>median distance from a shelter to its nearest Kita ({method})</translation>
    </message>
    <message>
        <source>Kita places per child in reach, city ({variant} within {distance} m, {method})</source>
        <comment>metric_note.kita_per_child</comment>
        <translation>Kita places per child in reach, city ({variant} within {distance} m, {method})</translation>
    </message>
    <message>
        <source>Kita places missing, sum over districts ({method})</source>
        <comment>metric_note.kita_shortfall</comment>
        <translation>Kita places missing, sum over districts ({method})</translation>
    </message>
    <message>
        <source>expected I under no autocorrelation, -1/(n-1)</source>
        <comment>metric_note.moran_ei</comment>
        <translation>expected I under no autocorrelation, -1/(n-1)</translation>
    </message>
    <message>
        <source>global Moran&apos;s I of per_1000, queen contiguity, row-standardised (esda.Moran)</source>
        <comment>metric_note.moran_i</comment>
        <translation>global Moran&apos;s I of per_1000, queen contiguity, row-standardised (esda.Moran)</translation>
    </message>
    <message>
        <source>two-sided p under normality</source>
        <comment>metric_note.moran_p_norm</comment>
        <translation>two-sided p under normality</translation>
    </message>
    <message>
        <source>pseudo p from {permutations} permutations (seed {seed})</source>
        <comment>metric_note.moran_p_sim</comment>
        <translation>pseudo p from {permutations} permutations (seed {seed})</translation>
    </message>
    <message>
        <source>z under normality</source>
        <comment>metric_note.moran_z_norm</comment>
        <translation>z under normality</translation>
    </message>
    <message>
        <source>not computed: {reason}</source>
        <comment>metric_note.not_computed</comment>
        <translation>not computed: {reason}</translation>
    </message>
    <message>
        <source>places per 1,000 residents, city</source>
        <comment>metric_note.per_1000_city</comment>
        <translation>places per 1,000 residents, city</translation>
    </message>
    <message>
        <source>places in districts with residents (basis of all ratios)</source>
        <comment>metric_note.places_in_districts</comment>
        <translation>places in districts with residents (basis of all ratios)</translation>
    </message>
    <message>
        <source>places ({field}) of active shelters</source>
        <comment>metric_note.places_total</comment>
        <translation>places ({field}) of active shelters</translation>
    </message>
    <message>
        <source>residents of districts with population &gt; 0</source>
        <comment>metric_note.population_total</comment>
        <translation>residents of districts with population &gt; 0</translation>
    </message>
    <message>
        <source>share of places within the radius of hotspot {name}</source>
        <comment>metric_note.share_places_near_hotspot</comment>
        <translation>share of places within the radius of hotspot {name}</translation>
    </message>
    <message>
        <source>share of places within any hotspot&apos;s radius</source>
        <comment>metric_note.share_places_near_hotspots</comment>
        <translation>share of places within any hotspot&apos;s radius</translation>
    </message>
    <message>
        <source>share of places with {categories} within {distance} m</source>
        <comment>metric_note.share_places_with_access</comment>
        <translation>share of places with {categories} within {distance} m</translation>
    </message>
    <message>
        <source>population-weighted Theil T of per_1000: sum (r/R) ln((r/R)/(t/T))</source>
        <comment>metric_note.theil</comment>
        <translation>population-weighted Theil T of per_1000: sum (r/R) ln((r/R)/(t/T))</translation>
    </message>
    <message>
        <source>The walking network layer &apos;{layer}&apos; has no line to walk on: of its {lines} line feature(s), {blocked} are marked not walkable (field(s) &apos;{fields}&apos;) and the others have zero length. Check the field and its values, or choose another layer.</source>
        <comment>network.layer_no_usable_line</comment>
        <translation>The walking network layer &apos;{layer}&apos; has no line to walk on: of its {lines} line feature(s), {blocked} are marked not walkable (field(s) &apos;{fields}&apos;) and the others have zero length. Check the field and its values, or choose another layer.</translation>
    </message>
    <message>
        <source>Walking distance on the street network ({edges} segments).</source>
        <comment>network.method_network</comment>
        <translation>Walking distance on the street network ({edges} segments).</translation>
    </message>
    <message>
        <source>Straight-line distance (no walking network given): a lower bound of walking distance.</source>
        <comment>network.method_straight_line</comment>
        <translation>Straight-line distance (no walking network given): a lower bound of walking distance.</translation>
    </message>
    <message>
        <source>Feature {feature} of the walking network has invalid (infinite or missing) coordinates; it was left out.</source>
        <comment>network.network_bad_coordinates</comment>
        <translation>Feature {feature} of the walking network has invalid (infinite or missing) coordinates; it was left out.</translation>
    </message>
    <message>
        <source>The walking network&apos;s coordinate reference system &apos;{crs}&apos; is not recognised ({reason}).</source>
        <comment>network.network_bad_crs</comment>
        <translation>The walking network&apos;s coordinate reference system &apos;{crs}&apos; is not recognised ({reason}).</translation>
    </message>
    <message>
        <source>Feature {feature} of the walking network is a {kind}, not a line; it was left out.</source>
        <comment>network.network_bad_geometry</comment>
        <translation>Feature {feature} of the walking network is a {kind}, not a line; it was left out.</translation>
    </message>
    <message>
        <source>Feature {feature} of the walking network has the one-way value &apos;{value}&apos;, which is not understood; it is walkable in both directions.</source>
        <comment>network.network_bad_oneway</comment>
        <translation>Feature {feature} of the walking network has the one-way value &apos;{value}&apos;, which is not understood; it is walkable in both directions.</translation>
    </message>
    <message>
        <source>The walking network falls into {components} unconnected parts; the largest holds {main_share:.0%} of its length. Places on different parts cannot reach each other.</source>
        <comment>network.network_disconnected</comment>
        <translation>The walking network falls into {components} unconnected parts; the largest holds {main_share:.0%} of its length. Places on different parts cannot reach each other.</translation>
    </message>
    <message>
        <source>The walking network has no usable line ({lines} features, {skipped} empty or not walkable).</source>
        <comment>network.network_empty</comment>
        <translation>The walking network has no usable line ({lines} features, {skipped} empty or not walkable).</translation>
    </message>
    <message>
        <source>The walking network is in a geographic CRS ({crs}, degrees); reproject it to a projected CRS in metres (e.g. EPSG:25832) first.</source>
        <comment>network.network_geographic_crs</comment>
        <translation>The walking network is in a geographic CRS ({crs}, degrees); reproject it to a projected CRS in metres (e.g. EPSG:25832) first.</translation>
    </message>
    <message>
        <source>The walking network has no coordinate reference system; set the layer&apos;s CRS.</source>
        <comment>network.network_no_crs</comment>
        <translation>The walking network has no coordinate reference system; set the layer&apos;s CRS.</translation>
    </message>
    <message>
        <source>{count} point(s) have no valid coordinates, e.g. {examples}; they cannot be placed on the network.</source>
        <comment>network.point_bad_coordinates</comment>
        <translation>{count} point(s) have no valid coordinates, e.g. {examples}; they cannot be placed on the network.</translation>
    </message>
    <message>
        <source>district {id}</source>
        <comment>network.point_district</comment>
        <translation>district {id}</translation>
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
        <translation>service {id}</translation>
    </message>
    <message>
        <source>shelter {id}</source>
        <comment>network.point_shelter</comment>
        <translation>shelter {id}</translation>
    </message>
    <message>
        <source>{count} point(s) are more than {limit} m from any walkable line of the network, e.g. {examples}. Extend the network or check the point&apos;s coordinates and CRS.</source>
        <comment>network.point_too_far</comment>
        <translation>{count} point(s) are more than {limit} m from any walkable line of the network, e.g. {examples}. Extend the network or check the point&apos;s coordinates and CRS.</translation>
    </message>
    <message>
        <source>{count} point(s) lie on a small unconnected part of the walking network, e.g. {examples}; their walking distances to the rest are unknown.</source>
        <comment>network.points_off_main</comment>
        <translation>{count} point(s) lie on a small unconnected part of the walking network, e.g. {examples}; their walking distances to the rest are unknown.</translation>
    </message>
    <message>
        <source>None of the {n} candidate sites lies inside a district, so none can be used. Check the layers&apos; CRS.</source>
        <comment>placement.all_outside</comment>
        <translation>None of the {n} candidate sites lies inside a district, so none can be used. Check the layers&apos; CRS.</translation>
    </message>
    <message>
        <source>Group demand: group &apos;{group}&apos; has {value} places; places must be a whole number from 0 to 1,000,000,000.</source>
        <comment>placement.bad_demand_row</comment>
        <translation>Group demand: group &apos;{group}&apos; has {value} places; places must be a whole number from 0 to 1,000,000,000.</translation>
    </message>
    <message>
        <source>The group demand table asks for {value} places in total; it must ask for at least 1.</source>
        <comment>placement.bad_demand_total</comment>
        <translation>The group demand table asks for {value} places in total; it must ask for at least 1.</translation>
    </message>
    <message>
        <source>Candidate &apos;{site}&apos;: min_places ({min}) and max_places ({max}) must be multiples of the module ({module}).</source>
        <comment>placement.bad_module</comment>
        <translation>Candidate &apos;{site}&apos;: min_places ({min}) and max_places ({max}) must be multiples of the module ({module}).</translation>
    </message>
    <message>
        <source>Layer {layer}, &apos;{id}&apos;, field {field}: {value} is not allowed; it must be a finite number ≥ 0.</source>
        <comment>placement.bad_number</comment>
        <translation>Layer {layer}, &apos;{id}&apos;, field {field}: {value} is not allowed; it must be a finite number ≥ 0.</translation>
    </message>
    <message>
        <source>Parameter {name} = {value} is not allowed: {why}.</source>
        <comment>placement.bad_param</comment>
        <translation>Parameter {name} = {value} is not allowed: {why}.</translation>
    </message>
    <message>
        <source>The number of new places (PLACES) must be at least 1; it is {value}.</source>
        <comment>placement.bad_places</comment>
        <translation>The number of new places (PLACES) must be at least 1; it is {value}.</translation>
    </message>
    <message>
        <source>District &apos;{district}&apos;: population = {value} is not allowed; it must be a number ≥ 0.</source>
        <comment>placement.bad_population</comment>
        <translation>District &apos;{district}&apos;: population = {value} is not allowed; it must be a number ≥ 0.</translation>
    </message>
    <message>
        <source>Rule {a} – {b}: relation &apos;{relation}&apos; is unknown (use &apos;separate&apos; or &apos;near&apos;).</source>
        <comment>placement.bad_relation</comment>
        <translation>Rule {a} – {b}: relation &apos;{relation}&apos; is unknown (use &apos;separate&apos; or &apos;near&apos;).</translation>
    </message>
    <message>
        <source>The {rule}: distance_m = {value} is not allowed; it must be a number ≥ 0.</source>
        <comment>placement.bad_rule_distance</comment>
        <translation>The {rule}: distance_m = {value} is not allowed; it must be a number ≥ 0.</translation>
    </message>
    <message>
        <source>The {rule} has an empty group_a or group_b.</source>
        <comment>placement.bad_rule_group</comment>
        <translation>The {rule} has an empty group_a or group_b.</translation>
    </message>
    <message>
        <source>Candidate &apos;{site}&apos;: min_places ({min}), max_places ({max}) and module ({module}) must be whole numbers up to {limit}.</source>
        <comment>placement.bad_size</comment>
        <translation>Candidate &apos;{site}&apos;: min_places ({min}), max_places ({max}) and module ({module}) must be whole numbers up to {limit}.</translation>
    </message>
    <message>
        <source>Layer {layer}, &apos;{id}&apos;: the coordinates ({x}, {y}) are not finite numbers.</source>
        <comment>placement.bad_xy</comment>
        <translation>Layer {layer}, &apos;{id}&apos;: the coordinates ({x}, {y}) are not finite numbers.</translation>
    </message>
    <message>
        <source>All rules together leave room for {placed} of {need} places.</source>
        <comment>placement.diag_all</comment>
        <translation>All rules together leave room for {placed} of {need} places.</translation>
    </message>
    <message>
        <source>MAX_PER_1000 must be at least {value} (now {now}).</source>
        <comment>placement.diag_cap</comment>
        <translation>MAX_PER_1000 must be at least {value} (now {now}).</translation>
    </message>
    <message>
        <source>The modules of the sites cannot add up exactly to the demand with the other rules in force.</source>
        <comment>placement.diag_granularity</comment>
        <translation>The modules of the sites cannot add up exactly to the demand with the other rules in force.</translation>
    </message>
    <message>
        <source>Group &apos;{group}&apos;: the rules leave room for {placed} of {need} places.</source>
        <comment>placement.diag_group</comment>
        <translation>Group &apos;{group}&apos;: the rules leave room for {placed} of {need} places.</translation>
    </message>
    <message>
        <source>HOTSPOT_MAX_PLACES must be at least {value} (now {now}).</source>
        <comment>placement.diag_hotspot</comment>
        <translation>HOTSPOT_MAX_PLACES must be at least {value} (now {now}).</translation>
    </message>
    <message>
        <source>No rule relaxed alone makes room for all {need} places; relaxed together as follows, they do:</source>
        <comment>placement.diag_joint</comment>
        <translation>No rule relaxed alone makes room for all {need} places; relaxed together as follows, they do:</translation>
    </message>
    <message>
        <source>Kita rule: {value} Kita places are missing within {dist} m ({method}): {where}.</source>
        <comment>placement.diag_kita</comment>
        <translation>Kita rule: {value} Kita places are missing within {dist} m ({method}): {where}.</translation>
    </message>
    <message>
        <source>Missing Kita places by district: {where}.</source>
        <comment>placement.diag_kita_districts</comment>
        <translation>Missing Kita places by district: {where}.</translation>
    </message>
    <message>
        <source>{name} ({district}) {places}</source>
        <comment>placement.diag_kita_item</comment>
        <translation>{name} ({district}) {places}</translation>
    </message>
    <message>
        <source>Kita rule: none of the usable candidate sites has a Kita with places within {dist} m ({method}).</source>
        <comment>placement.diag_kita_nowhere</comment>
        <translation>Kita rule: none of the usable candidate sites has a Kita with places within {dist} m ({method}).</translation>
    </message>
    <message>
        <source>The {rule} alone leaves room for {placed} of {need} places.</source>
        <comment>placement.diag_only</comment>
        <translation>The {rule} alone leaves room for {placed} of {need} places.</translation>
    </message>
    <message>
        <source>Reduce the number of new places to at most {value}, or relax the rules above.</source>
        <comment>placement.diag_places</comment>
        <translation>Reduce the number of new places to at most {value}, or relax the rules above.</translation>
    </message>
    <message>
        <source>Dropping the rule &apos;{rule}&apos; alone makes the plan feasible.</source>
        <comment>placement.diag_rule</comment>
        <translation>Dropping the rule &apos;{rule}&apos; alone makes the plan feasible.</translation>
    </message>
    <message>
        <source>Drop the rule &apos;{rule}&apos;.</source>
        <comment>placement.diag_rule_joint</comment>
        <translation>Drop the rule &apos;{rule}&apos;.</translation>
    </message>
    <message>
        <source>SERVICE_MAX_DISTANCE_M must be at least {value} m (now {now} m).</source>
        <comment>placement.diag_service</comment>
        <translation>SERVICE_MAX_DISTANCE_M must be at least {value} m (now {now} m).</translation>
    </message>
    <message>
        <source>SERVICE_MAX_DISTANCE_M must be at least {value} m walking distance (now {now} m).</source>
        <comment>placement.diag_service_walk</comment>
        <translation>SERVICE_MAX_DISTANCE_M must be at least {value} m walking distance (now {now} m).</translation>
    </message>
    <message>
        <source>The usable candidate sites offer at most {placed} of {need} places.</source>
        <comment>placement.diag_sites</comment>
        <translation>The usable candidate sites offer at most {placed} of {need} places.</translation>
    </message>
    <message>
        <source>MIN_SPACING_M must be at most {value} m (now {now} m).</source>
        <comment>placement.diag_spacing</comment>
        <translation>MIN_SPACING_M must be at most {value} m (now {now} m).</translation>
    </message>
    <message>
        <source>The conflict could not be narrowed down within the time limit.</source>
        <comment>placement.diag_unknown</comment>
        <translation>The conflict could not be narrowed down within the time limit.</translation>
    </message>
    <message>
        <source>Without the {rule}, all {need} places fit.</source>
        <comment>placement.diag_without</comment>
        <translation>Without the {rule}, all {need} places fit.</translation>
    </message>
    <message>
        <source>Group demand: group &apos;{group}&apos; is listed more than once.</source>
        <comment>placement.dup_demand</comment>
        <translation>Group demand: group &apos;{group}&apos; is listed more than once.</translation>
    </message>
    <message>
        <source>Group demand: a row has no group label.</source>
        <comment>placement.empty_demand_label</comment>
        <translation>Group demand: a row has no group label.</translation>
    </message>
    <message>
        <source>Group &apos;{group}&apos; has a demand of {places} places but no candidate site may hold it: {why}.</source>
        <comment>placement.group_nowhere</comment>
        <translation>Group &apos;{group}&apos; has a demand of {places} places but no candidate site may hold it: {why}.</translation>
    </message>
    <message>
        <source>its rules together exclude every candidate site</source>
        <comment>placement.group_nowhere_all</comment>
        <translation>its rules together exclude every candidate site</translation>
    </message>
    <message>
        <source>rule &apos;{a} near {b} within {dist} m&apos; and no hotspot or shelter of &apos;{b}&apos; is that close to any site</source>
        <comment>placement.group_nowhere_near</comment>
        <translation>rule &apos;{a} near {b} within {dist} m&apos; and no hotspot or shelter of &apos;{b}&apos; is that close to any site</translation>
    </message>
    <message>
        <source>shelters of a conflicting group are too close to every site</source>
        <comment>placement.group_nowhere_sep</comment>
        <translation>shelters of a conflicting group are too close to every site</translation>
    </message>
    <message>
        <source>The placement cannot start: {n} problem(s) in the input.</source>
        <comment>placement.input_invalid</comment>
        <translation>The placement cannot start: {n} problem(s) in the input.</translation>
    </message>
    <message>
        <source>The Kita rule needs the Kita places: none of the {n} services of category &apos;{category}&apos; has a capacity. Fill the services&apos; capacity field, or switch the Kita rule off.</source>
        <comment>placement.kita_no_capacity</comment>
        <translation>The Kita rule needs the Kita places: none of the {n} services of category &apos;{category}&apos; has a capacity. Fill the services&apos; capacity field, or switch the Kita rule off.</translation>
    </message>
    <message>
        <source>straight line</source>
        <comment>placement.method_line</comment>
        <translation>straight line</translation>
    </message>
    <message>
        <source>walking distance</source>
        <comment>placement.method_walk</comment>
        <translation>walking distance</translation>
    </message>
    <message>
        <source>There are no candidate sites: add a candidates layer with at least one site.</source>
        <comment>placement.no_candidates</comment>
        <translation>There are no candidate sites: add a candidates layer with at least one site.</translation>
    </message>
    <message>
        <source>There are no districts: the district cap needs district polygons with population.</source>
        <comment>placement.no_districts</comment>
        <translation>There are no districts: the district cap needs district polygons with population.</translation>
    </message>
    <message>
        <source>{pairs} pairs of candidate sites (or locations) lie within {dist} m of each other: too many to build the model within the time limit. Merge candidates that lie close together, or raise TIME_LIMIT_S.</source>
        <comment>placement.note_dense</comment>
        <translation>{pairs} pairs of candidate sites (or locations) lie within {dist} m of each other: too many to build the model within the time limit. Merge candidates that lie close together, or raise TIME_LIMIT_S.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) share their point with another site that is at least as large and as cheap; with MIN_SPACING_M only one site per point can open, so they were left out: {ids}.</source>
        <comment>placement.note_dominated</comment>
        <translation>{n} candidate site(s) share their point with another site that is at least as large and as cheap; with MIN_SPACING_M only one site per point can open, so they were left out: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lie in districts already at or above the cap: {ids}.</source>
        <comment>placement.note_full</comment>
        <translation>{n} candidate site(s) lie in districts already at or above the cap: {ids}.</translation>
    </message>
    <message>
        <source>Kita rule: no children by age given for the districts; only the existing shelters&apos; children count against the Kita places, so the free places are overestimated.</source>
        <comment>placement.note_kita_no_ages</comment>
        <translation>Kita rule: no children by age given for the districts; only the existing shelters&apos; children count against the Kita places, so the free places are overestimated.</translation>
    </message>
    <message>
        <source>Kita rule: {n} Kita(s) have no capacity and offer no places.</source>
        <comment>placement.note_kita_no_capacity</comment>
        <translation>Kita rule: {n} Kita(s) have no capacity and offer no places.</translation>
    </message>
    <message>
        <source>Kita rule: {n} candidate site(s) have no Kita with places within {dist} m (straight line): {ids}.</source>
        <comment>placement.note_kita_none</comment>
        <translation>Kita rule: {n} candidate site(s) have no Kita with places within {dist} m (straight line): {ids}.</translation>
    </message>
    <message>
        <source>Kita rule: {n} candidate site(s) have no Kita with places within {dist} m walking distance on the network: {ids}.</source>
        <comment>placement.note_kita_none_walk</comment>
        <translation>Kita rule: {n} candidate site(s) have no Kita with places within {dist} m walking distance on the network: {ids}.</translation>
    </message>
    <message>
        <source>Kita rule: at {n} candidate site(s) the Kitas within {dist} m have too few free places for the children of even the smallest size: {ids}.</source>
        <comment>placement.note_kita_short</comment>
        <translation>Kita rule: at {n} candidate site(s) the Kitas within {dist} m have too few free places for the children of even the smallest size: {ids}.</translation>
    </message>
    <message>
        <source>Kita rule: the age table names districts that are not in the districts layer: {ids}.</source>
        <comment>placement.note_kita_unknown_district</comment>
        <translation>Kita rule: the age table names districts that are not in the districts layer: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lie in districts without population and receive no places: {ids}.</source>
        <comment>placement.note_nopop</comment>
        <translation>{n} candidate site(s) lie in districts without population and receive no places: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lie outside every district and were not used: {ids}.</source>
        <comment>placement.note_outside</comment>
        <translation>{n} candidate site(s) lie outside every district and were not used: {ids}.</translation>
    </message>
    <message>
        <source>The {near} and the {sep} contradict each other near shelters of that group: a site must be close to them and far from them at once.</source>
        <comment>placement.note_rule_opposed</comment>
        <translation>The {near} and the {sep} contradict each other near shelters of that group: a site must be close to them and far from them at once.</translation>
    </message>
    <message>
        <source>Several rules for the same groups: {rules}. Each applies; the strictest decides.</source>
        <comment>placement.note_rule_repeated</comment>
        <translation>Several rules for the same groups: {rules}. Each applies; the strictest decides.</translation>
    </message>
    <message>
        <source>The {rule} names group &apos;{group}&apos;, which matches no group in the group demand, the shelters&apos; group_label or the hotspots&apos; community; check the spelling. Known groups: {known}.</source>
        <comment>placement.note_rule_unknown_group</comment>
        <translation>The {rule} names group &apos;{group}&apos;, which matches no group in the group demand, the shelters&apos; group_label or the hotspots&apos; community; check the spelling. Known groups: {known}.</translation>
    </message>
    <message>
        <source>Rule {a} {relation} {b}: neither group appears in the group demand, so it does not affect new places.</source>
        <comment>placement.note_rule_unused</comment>
        <translation>Rule {a} {relation} {b}: neither group appears in the group demand, so it does not affect new places.</translation>
    </message>
    <message>
        <source>{n} rule(s) are not applied: without a group demand table the new places carry no group.</source>
        <comment>placement.note_rules_ungrouped</comment>
        <translation>{n} rule(s) are not applied: without a group demand table the new places carry no group.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lack a required service within {dist} m: {ids}.</source>
        <comment>placement.note_services</comment>
        <translation>{n} candidate site(s) lack a required service within {dist} m: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) lack a required service within {dist} m walking distance on the network: {ids}.</source>
        <comment>placement.note_services_walk</comment>
        <translation>{n} candidate site(s) lack a required service within {dist} m walking distance on the network: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) are closer than {dist} m to an existing shelter: {ids}.</source>
        <comment>placement.note_shelter</comment>
        <translation>{n} candidate site(s) are closer than {dist} m to an existing shelter: {ids}.</translation>
    </message>
    <message>
        <source>{n} candidate site(s) cannot hold one module (max_places below module): {ids}.</source>
        <comment>placement.note_tiny</comment>
        <translation>{n} candidate site(s) cannot hold one module (max_places below module): {ids}.</translation>
    </message>
    <message>
        <source>District {district}: {before} → {after} places per 1,000 inhabitants (cap {cap}).</source>
        <comment>placement.r_district</comment>
        <translation>District {district}: {before} → {after} places per 1,000 inhabitants (cap {cap}).</translation>
    </message>
    <message>
        <source>Group {group}.</source>
        <comment>placement.r_group</comment>
        <translation>Group {group}.</translation>
    </message>
    <message>
        <source>Within the radius of hotspot(s) {names}.</source>
        <comment>placement.r_hot_in</comment>
        <translation>Within the radius of hotspot(s) {names}.</translation>
    </message>
    <message>
        <source>No hotspot nearby (nearest {name}, {d} m).</source>
        <comment>placement.r_hot_out</comment>
        <translation>No hotspot nearby (nearest {name}, {d} m).</translation>
    </message>
    <message>
        <source>{category} not reachable on foot</source>
        <comment>placement.r_item_unreachable</comment>
        <translation>{category} not reachable on foot</translation>
    </message>
    <message>
        <source>{category} {d} m on foot</source>
        <comment>placement.r_item_walk</comment>
        <translation>{category} {d} m on foot</translation>
    </message>
    <message>
        <source>Kita places: {children} expected children; {free} free places at {n} Kita(s) within {dist} m (nearest {name}, {d} m straight line).</source>
        <comment>placement.r_kita_line</comment>
        <translation>Kita places: {children} expected children; {free} free places at {n} Kita(s) within {dist} m (nearest {name}, {d} m straight line).</translation>
    </message>
    <message>
        <source>Kita places: {children} expected children; {free} free places at {n} Kita(s) within {dist} m on foot (nearest {name}, {d} m on foot).</source>
        <comment>placement.r_kita_walk</comment>
        <translation>Kita places: {children} expected children; {free} free places at {n} Kita(s) within {dist} m on foot (nearest {name}, {d} m on foot).</translation>
    </message>
    <message>
        <source>No existing shelter.</source>
        <comment>placement.r_no_shelter</comment>
        <translation>No existing shelter.</translation>
    </message>
    <message>
        <source>Services: {items}.</source>
        <comment>placement.r_services</comment>
        <translation>Services: {items}.</translation>
    </message>
    <message>
        <source>Services (straight line): {items}.</source>
        <comment>placement.r_services_line</comment>
        <translation>Services (straight line): {items}.</translation>
    </message>
    <message>
        <source>Nearest shelter: {name}, {d} m.</source>
        <comment>placement.r_shelter</comment>
        <translation>Nearest shelter: {name}, {d} m.</translation>
    </message>
    <message>
        <source>{parts: }</source>
        <comment>placement.reason</comment>
        <translation>{parts: }</translation>
    </message>
    <message>
        <source>district cap (MAX_PER_1000)</source>
        <comment>placement.rule_district_cap</comment>
        <translation>district cap (MAX_PER_1000)</translation>
    </message>
    <message>
        <source>group rules (RULES)</source>
        <comment>placement.rule_groups</comment>
        <translation>group rules (RULES)</translation>
    </message>
    <message>
        <source>hotspot rule (HOTSPOT_MAX_PLACES)</source>
        <comment>placement.rule_hotspot</comment>
        <translation>hotspot rule (HOTSPOT_MAX_PLACES)</translation>
    </message>
    <message>
        <source>Kita rule (KITA_RULE)</source>
        <comment>placement.rule_kita</comment>
        <translation>Kita rule (KITA_RULE)</translation>
    </message>
    <message>
        <source>rule {row} (&apos;{a}&apos; {relation} &apos;{b}&apos;, {dist} m)</source>
        <comment>placement.rule_ref</comment>
        <translation>rule {row} (&apos;{a}&apos; {relation} &apos;{b}&apos;, {dist} m)</translation>
    </message>
    <message>
        <source>service rule (SERVICE_CATEGORIES)</source>
        <comment>placement.rule_services</comment>
        <translation>service rule (SERVICE_CATEGORIES)</translation>
    </message>
    <message>
        <source>spacing rule (MIN_SPACING_M)</source>
        <comment>placement.rule_spacing</comment>
        <translation>spacing rule (MIN_SPACING_M)</translation>
    </message>
    <message>
        <source>Distances to services and Kitas: straight line (no walking network given).</source>
        <comment>placement.status_distance_line</comment>
        <translation>Distances to services and Kitas: straight line (no walking network given).</translation>
    </message>
    <message>
        <source>Distances to services and Kitas: walking distance on the network.</source>
        <comment>placement.status_distance_walk</comment>
        <translation>Distances to services and Kitas: walking distance on the network.</translation>
    </message>
    <message>
        <source>Placement of {places} places at {sites} sites found within the time limit; highest load {load} per 1,000, at most {gap} % from the best possible.</source>
        <comment>placement.status_feasible</comment>
        <translation>Placement of {places} places at {sites} sites found within the time limit; highest load {load} per 1,000, at most {gap} % from the best possible.</translation>
    </message>
    <message>
        <source>No placement satisfies all rules. {first}</source>
        <comment>placement.status_infeasible</comment>
        <translation>No placement satisfies all rules. {first}</translation>
    </message>
    <message>
        <source>Optimal placement of {places} places at {sites} sites; highest load {load} places per 1,000 inhabitants.</source>
        <comment>placement.status_optimal</comment>
        <translation>Optimal placement of {places} places at {sites} sites; highest load {load} places per 1,000 inhabitants.</translation>
    </message>
    <message>
        <source>No placement was found within the time limit of {t} s; infeasibility is not proven. Increase TIME_LIMIT_S or relax the rules.</source>
        <comment>placement.status_timeout</comment>
        <translation>No placement was found within the time limit of {t} s; infeasibility is not proven. Increase TIME_LIMIT_S or relax the rules.</translation>
    </message>
    <message>
        <source>No placement was found within the time limit of {t} s: building the model alone took the time; infeasibility is not proven. Increase TIME_LIMIT_S or reduce the candidate sites.</source>
        <comment>placement.status_timeout_build</comment>
        <translation>No placement was found within the time limit of {t} s: building the model alone took the time; infeasibility is not proven. Increase TIME_LIMIT_S or reduce the candidate sites.</translation>
    </message>
    <message>
        <source>No placement was searched: the model for these candidate sites could not be built within the time limit of {t} s (see the note on close pairs); infeasibility is not proven.</source>
        <comment>placement.status_timeout_dense</comment>
        <translation>No placement was searched: the model for these candidate sites could not be built within the time limit of {t} s (see the note on close pairs); infeasibility is not proven.</translation>
    </message>
    <message>
        <source>No placement was found: the solver stopped without a result (time limit {t} s); infeasibility is not proven. Relax the rules or increase TIME_LIMIT_S.</source>
        <comment>placement.status_unknown</comment>
        <translation>No placement was found: the solver stopped without a result (time limit {t} s); infeasibility is not proven. Relax the rules or increase TIME_LIMIT_S.</translation>
    </message>
    <message>
        <source>Warning: the verifier found {n} rule violation(s) in this result.</source>
        <comment>placement.status_violations</comment>
        <translation>Warning: the verifier found {n} rule violation(s) in this result.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: {places} places is not a positive whole number.</source>
        <comment>placement.v_bad_places</comment>
        <translation>Site &apos;{site}&apos;: {places} places is not a positive whole number.</translation>
    </message>
    <message>
        <source>District &apos;{district}&apos;: {new} new places exceed the cap of {cap}.</source>
        <comment>placement.v_cap</comment>
        <translation>District &apos;{district}&apos;: {new} new places exceed the cap of {cap}.</translation>
    </message>
    <message>
        <source>Group &apos;{group}&apos;: {placed} new places placed, {need} required.</source>
        <comment>placement.v_group_total</comment>
        <translation>Group &apos;{group}&apos;: {placed} new places placed, {need} required.</translation>
    </message>
    <message>
        <source>Hotspot &apos;{hotspot}&apos;: {new} new places within its radius exceed the limit of {cap}.</source>
        <comment>placement.v_hotspot</comment>
        <translation>Hotspot &apos;{hotspot}&apos;: {new} new places within its radius exceed the limit of {cap}.</translation>
    </message>
    <message>
        <source>Kita rule: the {children} expected children of the new places find only {fits} free Kita places within reach.</source>
        <comment>placement.v_kita</comment>
        <translation>Kita rule: the {children} expected children of the new places find only {fits} free Kita places within reach.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: {places} places is not a multiple of its module {module}.</source>
        <comment>placement.v_module</comment>
        <translation>Site &apos;{site}&apos;: {places} places is not a multiple of its module {module}.</translation>
    </message>
    <message>
        <source>Rule &apos;{a} near {b}&apos; ({dist} m): site &apos;{s}&apos; has no hotspot or shelter of &apos;{b}&apos; within {dist} m.</source>
        <comment>placement.v_near</comment>
        <translation>Rule &apos;{a} near {b}&apos; ({dist} m): site &apos;{s}&apos; has no hotspot or shelter of &apos;{b}&apos; within {dist} m.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; lies outside every district.</source>
        <comment>placement.v_outside</comment>
        <translation>Site &apos;{site}&apos; lies outside every district.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: {places} places is outside its range {min}–{max}.</source>
        <comment>placement.v_range</comment>
        <translation>Site &apos;{site}&apos;: {places} places is outside its range {min}–{max}.</translation>
    </message>
    <message>
        <source>Rule &apos;{a} separate {b}&apos; ({dist} m): site &apos;{s}&apos; ({ga}) is {d} m from &apos;{t}&apos; ({gb}).</source>
        <comment>placement.v_separate</comment>
        <translation>Rule &apos;{a} separate {b}&apos; ({dist} m): site &apos;{s}&apos; ({ga}) is {d} m from &apos;{t}&apos; ({gb}).</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: no &apos;{category}&apos; within {dist} m.</source>
        <comment>placement.v_service</comment>
        <translation>Site &apos;{site}&apos;: no &apos;{category}&apos; within {dist} m.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: no &apos;{category}&apos; within {dist} m walking distance.</source>
        <comment>placement.v_service_walk</comment>
        <translation>Site &apos;{site}&apos;: no &apos;{category}&apos; within {dist} m walking distance.</translation>
    </message>
    <message>
        <source>Sites &apos;{a}&apos; and &apos;{b}&apos; are {d} m apart; MIN_SPACING_M is {min} m.</source>
        <comment>placement.v_spacing</comment>
        <translation>Sites &apos;{a}&apos; and &apos;{b}&apos; are {d} m apart; MIN_SPACING_M is {min} m.</translation>
    </message>
    <message>
        <source>Site &apos;{a}&apos; is {d} m from shelter &apos;{b}&apos;; MIN_SPACING_M is {min} m.</source>
        <comment>placement.v_spacing_shelter</comment>
        <translation>Site &apos;{a}&apos; is {d} m from shelter &apos;{b}&apos;; MIN_SPACING_M is {min} m.</translation>
    </message>
    <message>
        <source>{placed} new places placed, {need} required.</source>
        <comment>placement.v_total</comment>
        <translation>{placed} new places placed, {need} required.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos;: group &apos;{group}&apos; is not in the group demand.</source>
        <comment>placement.v_unknown_group</comment>
        <translation>Site &apos;{site}&apos;: group &apos;{group}&apos; is not in the group demand.</translation>
    </message>
    <message>
        <source>Site &apos;{site}&apos; is not a candidate site.</source>
        <comment>placement.v_unknown_site</comment>
        <translation>Site &apos;{site}&apos; is not a candidate site.</translation>
    </message>
    <message>
        <source>Grid cells for publication must be at least {minimum:.0f} m wide (got {value} m).</source>
        <comment>privacy.bad_cell</comment>
        <translation>Grid cells for publication must be at least {minimum:.0f} m wide (got {value} m).</translation>
    </message>
    <message>
        <source>The small-count threshold must be a whole number of at least 1 (got {value}).</source>
        <comment>privacy.bad_threshold</comment>
        <translation>The small-count threshold must be a whole number of at least 1 (got {value}).</translation>
    </message>
    <message>
        <source>&lt; {threshold}</source>
        <comment>privacy.below</comment>
        <translation>&lt; {threshold}</translation>
    </message>
    <message>
        <source>Generalised for publication: shelter locations, names, operators and group labels are not shown; counts below {threshold} appear as “&lt; {threshold}”.</source>
        <comment>privacy.generalised</comment>
        <translation>Generalised for publication: shelter locations, names, operators and group labels are not shown; counts below {threshold} appear as “&lt; {threshold}”.</translation>
    </message>
    <message>
        <source>Internal working map: shows shelter locations. Not for publication; use the public-safe export.</source>
        <comment>privacy.internal</comment>
        <translation>Internal working map: shows shelter locations. Not for publication; use the public-safe export.</translation>
    </message>
    <message>
        <source>withheld: fewer than {n} shelters</source>
        <comment>privacy.point_stats_withheld</comment>
        <translation>withheld: fewer than {n} shelters</translation>
    </message>
    <message>
        <source>Indices and the Lorenz curve use the published district figures; withheld districts share the withheld places in proportion to their population.</source>
        <comment>privacy.public_view</comment>
        <translation>Indices and the Lorenz curve use the published district figures; withheld districts share the withheld places in proportion to their population.</translation>
    </message>
    <message>
        <source>suppressed</source>
        <comment>privacy.suppressed</comment>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>* = withheld (one shelter holds at least 85 % of the places, or to protect a small figure from subtraction)</source>
        <comment>privacy.withheld_mark</comment>
        <translation>* = withheld (one shelter holds at least 85 % of the places, or to protect a small figure from subtraction)</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <comment>report.alternatives</comment>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>Districts before and after</source>
        <comment>report.before_after</comment>
        <translation>Districts before and after</translation>
    </message>
    <message>
        <source>Charts</source>
        <comment>report.charts</comment>
        <translation>Charts</translation>
    </message>
    <message>
        <source>City-wide figures</source>
        <comment>report.city</comment>
        <translation>City-wide figures</translation>
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
        <translation>Technical figures (test statistics, expected values, figures per meeting point)</translation>
    </message>
    <message>
        <source>Gi* test statistics per district</source>
        <comment>report.details_districts</comment>
        <translation>Gi* test statistics per district</translation>
    </message>
    <message>
        <source>Why no placement is possible</source>
        <comment>report.diagnosis</comment>
        <translation>Why no placement is possible</translation>
    </message>
    <message>
        <source>The plugin suggests; planners decide.</source>
        <comment>report.disclaimer</comment>
        <translation>The plugin suggests; planners decide.</translation>
    </message>
    <message>
        <source>Districts</source>
        <comment>report.districts</comment>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Generated {date} by the Dispersion Planner. Figures are aggregate counts; no data on persons.</source>
        <comment>report.generated</comment>
        <translation>Generated {date} by the Dispersion Planner. Figures are aggregate counts; no data on persons.</translation>
    </message>
    <message>
        <source>Figure</source>
        <comment>report.metric</comment>
        <translation>Figure</translation>
    </message>
    <message>
        <source>The data sources were not recorded.</source>
        <comment>report.no_sources</comment>
        <translation>The data sources were not recorded.</translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <comment>report.notes</comment>
        <translation>Notes on the data</translation>
    </message>
    <message>
        <source>Parameters</source>
        <comment>report.parameters</comment>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Analysis</source>
        <comment>report.parameters_analysis</comment>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Placement</source>
        <comment>report.parameters_placement</comment>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Suggested placement</source>
        <comment>report.placement</comment>
        <translation>Suggested placement</translation>
    </message>
    <message>
        <source>What it means</source>
        <comment>report.reading</comment>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>report.result</comment>
        <translation>Result</translation>
    </message>
    <message>
        <source>Suggested sites</source>
        <comment>report.sites</comment>
        <translation>Suggested sites</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>report.source</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>{count} features</source>
        <comment>report.source_count</comment>
        <translation>{count} features</translation>
    </message>
    <message>
        <source>Layer</source>
        <comment>report.source_layer</comment>
        <translation>Layer</translation>
    </message>
    <message>
        <source>{origin} ({count} features)</source>
        <comment>report.source_origin</comment>
        <translation>{origin} ({count} features)</translation>
    </message>
    <message>
        <source>Data sources</source>
        <comment>report.sources</comment>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>report.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dispersion of refugee accommodation</source>
        <comment>report.title</comment>
        <translation>Dispersion of refugee accommodation</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>report.value</comment>
        <translation>Value</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: category &apos;{value}&apos; is read as &apos;{category}&apos; ({count} feature(s)).</source>
        <comment>validation.category_alias</comment>
        <translation>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: category &apos;{value}&apos; is read as &apos;{category}&apos; ({count} feature(s)).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;geometry&apos;: coordinate {value} lies outside the valid area of {crs} ({low} to {high}); check the layer&apos;s CRS.</source>
        <comment>validation.coordinate_outside_crs</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;geometry&apos;: coordinate {value} lies outside the valid area of {crs} ({low} to {high}); check the layer&apos;s CRS.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has a coordinate reference system that cannot be converted to metres ({crs}). Set its real CRS in the layer properties.</source>
        <comment>validation.crs_unusable</comment>
        <translation>Layer &apos;{layer}&apos; has a coordinate reference system that cannot be converted to metres ({crs}). Set its real CRS in the layer properties.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, features {fid} and {other}: the districts overlap ({area} m²); shelters in the overlap count for the first one only.</source>
        <comment>validation.districts_overlap</comment>
        <translation>Layer &apos;{layer}&apos;, features {fid} and {other}: the districts overlap ({area} m²); shelters in the overlap count for the first one only.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: id &apos;{value}&apos; occurs more than once (also feature {other}).</source>
        <comment>validation.duplicate_id</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: id &apos;{value}&apos; occurs more than once (also feature {other}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no features.</source>
        <comment>validation.empty_layer</comment>
        <translation>Layer &apos;{layer}&apos; has no features.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is not a whole number.</source>
        <comment>validation.fractional</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is not a whole number.</translation>
    </message>
    <message>
        <source>The input data have {count} problem(s); first: {first}</source>
        <comment>validation.input_invalid</comment>
        <translation>The input data have {count} problem(s); first: {first}</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: invalid geometry ({reason}) was repaired on a copy; the source is unchanged.</source>
        <comment>validation.invalid_geometry_repaired</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}: invalid geometry ({reason}) was repaired on a copy; the source is unchanged.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: invalid geometry ({reason}) could not be repaired.</source>
        <comment>validation.invalid_geometry_unrepairable</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}: invalid geometry ({reason}) could not be repaired.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} places in one shelter is unusually many (more than {limit}); check the figure.</source>
        <comment>validation.large_capacity</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} places in one shelter is unusually many (more than {limit}); check the figure.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: min_places ({min}) exceeds max_places ({max}).</source>
        <comment>validation.min_gt_max</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}: min_places ({min}) exceeds max_places ({max}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (required: {required}). Map an existing field to it.</source>
        <comment>validation.missing_field</comment>
        <translation>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (required: {required}). Map an existing field to it.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: population is missing or 0; the district is excluded from ratios.</source>
        <comment>validation.missing_population</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: population is missing or 0; the district is excluded from ratios.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: value is missing.</source>
        <comment>validation.missing_value</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: value is missing.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is negative; counts must be 0 or more.</source>
        <comment>validation.negative</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is negative; counts must be 0 or more.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system. Set it in the layer properties.</source>
        <comment>validation.no_crs</comment>
        <translation>Layer &apos;{layer}&apos; has no coordinate reference system. Set it in the layer properties.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: geometry is missing or empty.</source>
        <comment>validation.no_geometry</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}: geometry is missing or empty.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;geometry&apos;: a coordinate is not a finite number ({value}).</source>
        <comment>validation.not_finite_coordinate</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;geometry&apos;: a coordinate is not a finite number ({value}).</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: occupied ({occupied}) exceeds capacity ({capacity}). Check the source figures.</source>
        <comment>validation.occupied_gt_capacity</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}: occupied ({occupied}) exceeds capacity ({capacity}). Check the source figures.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: lies outside all districts and is not counted in any district.</source>
        <comment>validation.outside_districts</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}: lies outside all districts and is not counted in any district.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos; is in {source} ({kind}); a copy was reprojected to {target} for metric distances.</source>
        <comment>validation.reprojected</comment>
        <translation>Layer &apos;{layer}&apos; is in {source} ({kind}); a copy was reprojected to {target} for metric distances.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is implausibly large (more than {limit}); check the source figures.</source>
        <comment>validation.too_large</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: {value} is implausibly large (more than {limit}); check the source figures.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: category &apos;{value}&apos; is unknown; counted as &apos;other&apos;. Known: {known}.</source>
        <comment>validation.unknown_category</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: category &apos;{value}&apos; is unknown; counted as &apos;other&apos;. Known: {known}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not one of {known}.</source>
        <comment>validation.unknown_value</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not one of {known}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}: geometry is {actual}, expected {expected}.</source>
        <comment>validation.wrong_geometry</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}: geometry is {actual}, expected {expected}.</translation>
    </message>
    <message>
        <source>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not a {kind}.</source>
        <comment>validation.wrong_type</comment>
        <translation>Layer &apos;{layer}&apos;, feature {fid}, field &apos;{field}&apos;: &apos;{value}&apos; is not a {kind}.</translation>
    </message>
</context>
</TS>
