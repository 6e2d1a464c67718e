"""Messages of the importers, in English and German (``plugin.core.i18n.msg``).

Every message names the file and, where there is one, the line, item or
feature and the field, so that a planner can open the file and fix it.
"""
from __future__ import annotations

from typing import Any, Dict, Sequence

from ..core.errors import InputError
from ..core.i18n import msg

MESSAGES: Dict[str, Dict[str, str]] = {
    # files
    "file_missing": {
        "en": "File '{file}' does not exist.",
        "de": "Die Datei „{file}“ existiert nicht.",
    },
    "file_empty": {
        "en": "File '{file}' is empty.",
        "de": "Die Datei „{file}“ ist leer.",
    },
    "no_data_rows": {
        "en": "File '{file}' has a header but no data rows.",
        "de": "Die Datei „{file}“ hat eine Kopfzeile, aber keine Datenzeilen.",
    },
    "vector_unreadable": {
        "en": "File '{file}' cannot be read as a vector layer ({reason}).",
        "de": "Die Datei „{file}“ lässt sich nicht als Vektorlayer lesen ({reason}).",
    },
    "vector_layer_missing": {
        "en": "File '{file}' has no layer '{layer}'; it has: {available}.",
        "de": "Die Datei „{file}“ hat keinen Layer „{layer}“; vorhanden: {available}.",
    },
    "write_failed": {
        "en": "Could not write '{file}' ({reason}); nothing was written and an earlier file there is unchanged.",
        "de": "„{file}“ konnte nicht geschrieben werden ({reason}); es wurde nichts geschrieben, eine frühere Datei dort ist unverändert.",
    },
    "output_is_folder": {
        "en": "The output '{file}' is a folder; choose a file name (e.g. inside that folder).",
        "de": "Die Ausgabe „{file}“ ist ein Ordner; bitte einen Dateinamen wählen (z. B. in diesem Ordner).",
    },
    "output_twice": {
        "en": "The output '{file}' is chosen for two outputs of the same run; choose different files.",
        "de": "Die Ausgabe „{file}“ ist für zwei Ausgaben desselben Laufs gewählt; bitte verschiedene Dateien wählen.",
    },
    "value_out_of_range": {
        "en": "File '{file}', line {line}, column '{field}': {value} is outside the plausible range ({low} to {high}).",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: {value} liegt außerhalb des plausiblen Bereichs ({low} bis {high}).",
    },
    "not_whole": {
        "en": "File '{file}', line {line}, column '{field}': '{value}' is not a whole number; counts of inhabitants are whole numbers.",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine ganze Zahl; Einwohnerzahlen sind ganze Zahlen.",
    },
    "zensus_column_changed": {
        "en": "File '{file}', line {line}, column '{field}': '{value}' is not a number, but the column held only numbers in its first {rows} rows. Correct the value, or mark it as suppressed with '–'.",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine Zahl, die Spalte enthielt in den ersten {rows} Zeilen aber nur Zahlen. Bitte den Wert korrigieren oder mit „–“ als gesperrt kennzeichnen.",
    },
    "duplicate_cell": {
        "en": "File '{file}', line {line}, column '{field}': grid cell '{value}' already occurred in line {first}; counted once.",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: Gitterzelle „{value}“ kam schon in Zeile {first} vor; einmal gezählt.",
    },
    "duplicate_cells": {
        "en": "File '{file}', column '{field}': {count} grid cell(s) occur more than once (first at line {line}, also line {first}); each was counted once, with the values of its first line.",
        "de": "Datei „{file}“, Spalte „{field}“: {count} Gitterzelle(n) kommen mehrfach vor (zuerst Zeile {line}, auch Zeile {first}); jede wurde einmal gezählt, mit den Werten ihrer ersten Zeile.",
    },
    "integreat_not_text": {
        "en": "File '{file}', Integreat item {id}, field '{field}': expected text, found {found}.",
        "de": "Datei „{file}“, Integreat-Eintrag {id}, Feld „{field}“: Text erwartet, gefunden: {found}.",
    },
    # CSV
    "mixed_encoding": {
        "en": "File '{file}' mixes text encodings: line {utf8_line} is UTF-8 but line {other_line} is not (probably cp1252/Windows). Save the file in one encoding (UTF-8).",
        "de": "Die Datei „{file}“ mischt Zeichenkodierungen: Zeile {utf8_line} ist UTF-8, Zeile {other_line} nicht (vermutlich cp1252/Windows). Bitte in einer Kodierung (UTF-8) speichern.",
    },
    "bad_encoding": {
        "en": "File '{file}', line {line}: cannot be decoded as {encoding}.",
        "de": "Datei „{file}“, Zeile {line}: lässt sich nicht als {encoding} lesen.",
    },
    "one_column": {
        "en": "File '{file}': the header has only one column ('{header}'). The separator is probably not one of ; , tab |, or the file is not a table.",
        "de": "Datei „{file}“: die Kopfzeile hat nur eine Spalte („{header}“). Das Trennzeichen ist vermutlich keines von ; , Tab |, oder die Datei ist keine Tabelle.",
    },
    "wrong_delimiter": {
        "en": "File '{file}': the chosen separator '{chosen}' does not occur in the header; '{found}' does. Choose '{found}' as separator.",
        "de": "Datei „{file}“: das gewählte Trennzeichen „{chosen}“ kommt in der Kopfzeile nicht vor, wohl aber „{found}“. Bitte „{found}“ als Trennzeichen wählen.",
    },
    "ragged_row": {
        "en": "File '{file}', line {line}: {count} fields, but the header has {expected}. Check separators and quotes in this line.",
        "de": "Datei „{file}“, Zeile {line}: {count} Felder, die Kopfzeile hat aber {expected}. Bitte Trennzeichen und Anführungszeichen dieser Zeile prüfen.",
    },
    "csv_malformed": {
        "en": "File '{file}', line {line}: malformed CSV ({reason}).",
        "de": "Datei „{file}“, Zeile {line}: fehlerhaftes CSV ({reason}).",
    },
    "duplicate_column": {
        "en": "File '{file}': column '{column}' appears more than once in the header.",
        "de": "Datei „{file}“: Spalte „{column}“ kommt in der Kopfzeile mehrfach vor.",
    },
    "column_missing": {
        "en": "File '{file}' has no column '{column}'. Columns: {columns}.",
        "de": "Die Datei „{file}“ hat keine Spalte „{column}“. Spalten: {columns}.",
    },
    "no_coordinate_columns": {
        "en": "File '{file}': no coordinate columns found (looked for lat/lon, latitude/longitude, x/y, rechtswert/hochwert). Choose them in the preview.",
        "de": "Datei „{file}“: keine Koordinatenspalten gefunden (gesucht: lat/lon, latitude/longitude, x/y, Rechtswert/Hochwert). Bitte in der Vorschau auswählen.",
    },
    "no_crs_guess": {
        "en": "File '{file}': the coordinate system of columns '{x}'/'{y}' cannot be recognised from their values; choose it.",
        "de": "Datei „{file}“: das Koordinatensystem der Spalten „{x}“/„{y}“ ist an den Werten nicht zu erkennen; bitte auswählen.",
    },
    "missing_coordinates": {
        "en": "File '{file}': {count} row(s) without coordinates, at line(s) {lines}.",
        "de": "Datei „{file}“: {count} Zeile(n) ohne Koordinaten, in Zeile(n) {lines}.",
    },
    "missing_coordinates_skipped": {
        "en": "File '{file}': {count} row(s) without coordinates were skipped, at line(s) {lines}.",
        "de": "Datei „{file}“: {count} Zeile(n) ohne Koordinaten wurden übersprungen, in Zeile(n) {lines}.",
    },
    "bad_coordinate": {
        "en": "File '{file}', line {line}, column '{field}': '{value}' is not a number.",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine Zahl.",
    },
    "coordinate_out_of_range": {
        "en": "File '{file}', line {line}, column '{field}': {value} is outside the valid range {low} to {high} for {crs}.",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: {value} liegt außerhalb des gültigen Bereichs {low} bis {high} für {crs}.",
    },
    "swapped_latlon": {
        "en": "File '{file}': columns '{x}' and '{y}' look swapped ('{x}' ranges {x_range}, '{y}' ranges {y_range}, which only fits as the other way round); they were read swapped. Check the source.",
        "de": "Datei „{file}“: die Spalten „{x}“ und „{y}“ scheinen vertauscht („{x}“ reicht von {x_range}, „{y}“ von {y_range}, was nur umgekehrt passt); sie wurden vertauscht gelesen. Bitte die Quelle prüfen.",
    },
    "bad_number": {
        "en": "File '{file}', line {line}, column '{field}': '{value}' is not a number.",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine Zahl.",
    },
    "negative_value": {
        "en": "File '{file}', line {line}, column '{field}': {value} is negative; counts must be 0 or more.",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: {value} ist negativ; Anzahlen müssen 0 oder größer sein.",
    },
    # population
    "stichtag_missing": {
        "en": "File '{file}' has no rows for reference date {stichtag}; available: {available}.",
        "de": "Die Datei „{file}“ hat keine Zeilen zum Stichtag {stichtag}; vorhanden: {available}.",
    },
    "bad_date": {
        "en": "File '{file}', line {line}, column '{field}': '{value}' is not a date (expected YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD).",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist kein Datum (erwartet JJJJ-MM-TT, TT.MM.JJJJ oder JJJJMMTT).",
    },
    "population_suppressed": {
        "en": "File '{file}': {count} suppressed or empty count(s) were taken as 0 (first at line {line}).",
        "de": "Datei „{file}“: {count} gesperrte oder leere Anzahl(en) wurden als 0 gezählt (zuerst in Zeile {line}).",
    },
    "district_without_population": {
        "en": "District '{district}' has no population rows; its population stays empty.",
        "de": "Stadtteil „{district}“ hat keine Einwohnerzeilen; seine Einwohnerzahl bleibt leer.",
    },
    "population_without_district": {
        "en": "Population rows for district id '{district}' ({count} inhabitants) match no district boundary.",
        "de": "Einwohnerzeilen zur Stadtteilkennung „{district}“ ({count} Einwohner) passen zu keiner Stadtteilgrenze.",
    },
    # Zensus
    "zensus_columns": {
        "en": "File '{file}' is not a Zensus grid table: no column like GITTER_ID_100m / GITTER_ID_1km / GITTER_ID_10km (columns: {columns}).",
        "de": "Die Datei „{file}“ ist keine Zensus-Gittertabelle: keine Spalte wie GITTER_ID_100m / GITTER_ID_1km / GITTER_ID_10km (Spalten: {columns}).",
    },
    "zensus_value_column": {
        "en": "File '{file}' has no value column '{column}' (columns: {columns}).",
        "de": "Die Datei „{file}“ hat keine Wertspalte „{column}“ (Spalten: {columns}).",
    },
    "bad_gitter_id": {
        "en": "File '{file}', line {line}, column '{field}': '{value}' is not a grid id like CRS3035RES100mN2691700E4341100.",
        "de": "Datei „{file}“, Zeile {line}, Spalte „{field}“: „{value}“ ist keine Gitterkennung wie CRS3035RES100mN2691700E4341100.",
    },
    "mixed_resolution": {
        "en": "File '{file}', line {line}: grid id '{value}' has resolution {found} m, the file {expected} m.",
        "de": "Datei „{file}“, Zeile {line}: Gitterkennung „{value}“ hat die Auflösung {found} m, die Datei {expected} m.",
    },
    "zensus_suppressed": {
        "en": "{count} grid cell(s) have a suppressed value ('–'); written as NULL with einwohner_suppressed = 1.",
        "de": "{count} Gitterzelle(n) haben einen gesperrten Wert („–“); als NULL mit einwohner_suppressed = 1 geschrieben.",
    },
    "zensus_outside": {
        "en": "{count} grid cell(s) ({inhabitants} inhabitants) lie outside all districts.",
        "de": "{count} Gitterzelle(n) ({inhabitants} Einwohner) liegen außerhalb aller Stadtteile.",
    },
    # Integreat
    "json_invalid": {
        "en": "File '{file}' is not valid JSON: {reason} (line {line}, column {column}).",
        "de": "Die Datei „{file}“ ist kein gültiges JSON: {reason} (Zeile {line}, Spalte {column}).",
    },
    "integreat_shape": {
        "en": "File '{file}' is not an Integreat locations list (/api/v3/<region>/<lang>/locations/): {reason}.",
        "de": "Die Datei „{file}“ ist keine Integreat-Ortsliste (/api/v3/<region>/<sprache>/locations/): {reason}.",
    },
    "integreat_closed": {
        "en": "Integreat item {id} ('{name}') is temporarily closed and was skipped.",
        "de": "Integreat-Eintrag {id} („{name}“) ist vorübergehend geschlossen und wurde übersprungen.",
    },
    "integreat_no_coordinates": {
        "en": "Integreat item {id} ('{name}') has no coordinates and was skipped.",
        "de": "Integreat-Eintrag {id} („{name}“) hat keine Koordinaten und wurde übersprungen.",
    },
    "integreat_bad_coordinates": {
        "en": "File '{file}', Integreat item {id} ('{name}'): latitude {lat} / longitude {lon} are out of range.",
        "de": "Datei „{file}“, Integreat-Eintrag {id} („{name}“): Breite {lat} / Länge {lon} liegen außerhalb des gültigen Bereichs.",
    },
    "integreat_unmapped": {
        "en": "Integreat category '{category}' ({count} item(s)) has no mapping; counted as 'other'. Add it to the category map.",
        "de": "Integreat-Kategorie „{category}“ ({count} Eintrag/Einträge) ist nicht zugeordnet und wird als „other“ gezählt. Bitte in der Kategoriezuordnung ergänzen.",
    },
    "integreat_duplicate_id": {
        "en": "File '{file}': Integreat item id {id} occurs more than once (items {first} and {second}).",
        "de": "Datei „{file}“: Integreat-Kennung {id} kommt mehrfach vor (Einträge {first} und {second}).",
    },
    "category_map_bad": {
        "en": "Category map entry '{entry}' is not of the form name=category.",
        "de": "Eintrag „{entry}“ der Kategoriezuordnung hat nicht die Form name=kategorie.",
    },
    "category_map_target": {
        "en": "Category map entry '{entry}': '{target}' is not a service category; use one of {known}.",
        "de": "Eintrag „{entry}“ der Kategoriezuordnung: „{target}“ ist keine Dienst-Kategorie; erlaubt: {known}.",
    },
}


def text(key: str, **values: Any) -> str:
    """The message ``key`` in the current language."""
    return msg(MESSAGES, key, **values)


def fail(key: str, issues: Sequence[object] = (), details: str | None = None, **values: Any) -> InputError:
    """An ``InputError`` with message ``key``; ``raise fail(...)``."""
    return InputError(text(key, **values), issues, details)


def line_list(lines: Sequence[int], limit: int = 20) -> str:
    """'3, 7, 12' or '3, 7, … (+40 more)' for long lists."""
    shown = ", ".join(str(n) for n in lines[:limit])
    if len(lines) > limit:
        shown += f", … (+{len(lines) - limit})"
    return shown
