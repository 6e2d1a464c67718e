<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DispersionPlanner</name>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="46"/>
        <source>Add planning layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="49"/>
        <source>Open your districts, shelters, hotspots, services and candidate sites (GeoPackage, Shapefile, GeoJSON, or any layer already in the project, e.g. PostGIS or WFS), map fields whose names differ, then check them against the data contract. Your files are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="56"/>
        <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="57"/>
        <source>A GeoPackage, Shapefile or GeoJSON file; all its layers are added to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="58"/>
        <source>Add file&apos;s layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="59"/>
        <source>Add the layers of the chosen file to the project so they can be mapped below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="78"/>
        <source>Problems found: each names the layer, the feature and the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="79"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="83"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="84"/>
        <source>Validate the chosen layers against the data contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="85"/>
        <source>Use and style layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="86"/>
        <source>Remember the field mapping in the project and apply the style presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="99"/>
        <source>No vector layer could be opened from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="102"/>
        <source>Planning layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="120"/>
        <source>Choose a districts layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="132"/>
        <source>All layers meet the data contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="148"/>
        <source>Layer &apos;{layer}&apos; is chosen both as {a} and as {b}; it keeps the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="160"/>
        <source>Planning layers styled and mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/layers_dialog.py" line="160"/>
        <source>Layers styled, but the check found errors: see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="26"/>
        <source>Dispersion Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="67"/>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="67"/>
        <source>Shelters (GU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="67"/>
        <source>Community hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="68"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/styles.py" line="44"/>
        <source>Candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="28"/>
        <source>Group rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="29"/>
        <source>Group demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="89"/>
        <source>Layer used as {kind}. Its data are read, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="90"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="99"/>
        <source>Field of the layer that holds &apos;{field}&apos; ({kind}{req}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="99"/>
        <source>, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="99"/>
        <source>, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/widgets.py" line="102"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="30"/>
        <source>&amp;Dispersion Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="47"/>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="47"/>
        <source>Add the Kaiserslautern sample layers (illustrative) to the project, styled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="49"/>
        <source>Add planning layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="49"/>
        <source>Load your own districts, shelters, hotspots, services and candidate sites and check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Dispersion analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Measure how concentrated accommodation is, per district and city-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="53"/>
        <source>Placement suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="53"/>
        <source>Suggest where new places should go so that no district is overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="55"/>
        <source>Export INSEK map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="55"/>
        <source>Export maps and district profiles (PDF/PNG/SVG), with a public-safe mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="115"/>
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
        <location filename="../plugin/processing/base.py" line="41"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="41"/>
        <source>Data import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="41"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="70"/>
        <source>The districts layer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="78"/>
        <source>{count} input problem(s), first: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="29"/>
        <source>Dispersion Planner: refugee accommodation analysis and placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="23"/>
        <source>The sample GeoPackage is missing: {path}. Reinstall the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="41"/>
        <source>Layer &apos;{table}&apos; could not be opened from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/qgis_adapters/loading.py" line="98"/>
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
</context>
</TS>
