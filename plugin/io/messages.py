"""Messages of the importers: English templates; German and other languages in i18n/<lang>.ts (``plugin.core.i18n``).

Every message names the file and, where there is one, the line, item or
feature and the field, so that a planner can open the file and fix it.
"""
from __future__ import annotations

from typing import Any, Sequence

from ..core.errors import InputError
from ..core.i18n import Message, catalogue, msg

MESSAGES = catalogue("io", {
    # files
    "file_missing": "File '{file}' does not exist.",
    "file_empty": "File '{file}' is empty.",
    "no_data_rows": "File '{file}' has a header but no data rows.",
    "vector_unreadable": "File '{file}' cannot be read as a vector layer ({reason}).",
    "vector_layer_missing": "File '{file}' has no layer '{layer}'; it has: {available}.",
    "write_failed": "Could not write '{file}' ({reason}); nothing was written and an earlier file there is unchanged.",
    "output_is_folder": "The output '{file}' is a folder; choose a file name (e.g. inside that folder).",
    "output_twice": "The output '{file}' is chosen for two outputs of the same run; choose different files.",
    "value_out_of_range": "File '{file}', line {line}, column '{field}': {value} is outside the plausible range ({low} to {high}).",
    "not_whole": "File '{file}', line {line}, column '{field}': '{value}' is not a whole number; counts of inhabitants are whole numbers.",
    "zensus_column_changed": "File '{file}', line {line}, column '{field}': '{value}' is not a number, but the column held only numbers in its first {rows} rows. Correct the value, or mark it as suppressed with '–'.",
    "duplicate_cell": "File '{file}', line {line}, column '{field}': grid cell '{value}' already occurred in line {first}; counted once.",
    "duplicate_cells": "File '{file}', column '{field}': {count} grid cell(s) occur more than once (first at line {line}, also line {first}); each was counted once, with the values of its first line.",
    "integreat_not_text": "File '{file}', Integreat item {id}, field '{field}': expected text, found {found}.",
    # CSV
    "mixed_encoding": "File '{file}' mixes text encodings: line {utf8_line} is UTF-8 but line {other_line} is not (probably cp1252/Windows). Save the file in one encoding (UTF-8).",
    "bad_encoding": "File '{file}', line {line}: cannot be decoded as {encoding}.",
    "one_column": "File '{file}': the header has only one column ('{header}'). The separator is probably not one of ; , tab |, or the file is not a table.",
    "wrong_delimiter": "File '{file}': the chosen separator '{chosen}' does not occur in the header; '{found}' does. Choose '{found}' as separator.",
    "ragged_row": "File '{file}', line {line}: {count} fields, but the header has {expected}. Check separators and quotes in this line.",
    "csv_malformed": "File '{file}', line {line}: malformed CSV ({reason}).",
    "duplicate_column": "File '{file}': column '{column}' appears more than once in the header.",
    "column_missing": "File '{file}' has no column '{column}'. Columns: {columns}.",
    "no_coordinate_columns": "File '{file}': no coordinate columns found (looked for lat/lon, latitude/longitude, x/y, rechtswert/hochwert). Choose them in the preview.",
    "no_crs_guess": "File '{file}': the coordinate system of columns '{x}'/'{y}' cannot be recognised from their values; choose it.",
    "missing_coordinates": "File '{file}': {count} row(s) without coordinates, at line(s) {lines}.",
    "missing_coordinates_skipped": "File '{file}': {count} row(s) without coordinates were skipped, at line(s) {lines}.",
    "bad_coordinate": "File '{file}', line {line}, column '{field}': '{value}' is not a number.",
    "coordinate_out_of_range": "File '{file}', line {line}, column '{field}': {value} is outside the valid range {low} to {high} for {crs}.",
    "swapped_latlon": "File '{file}': columns '{x}' and '{y}' look swapped ('{x}' ranges {x_range}, '{y}' ranges {y_range}, which only fits as the other way round); they were read swapped. Check the source.",
    "bad_number": "File '{file}', line {line}, column '{field}': '{value}' is not a number.",
    "negative_value": "File '{file}', line {line}, column '{field}': {value} is negative; counts must be 0 or more.",
    # population
    "stichtag_missing": "File '{file}' has no rows for reference date {stichtag}; available: {available}.",
    "bad_date": "File '{file}', line {line}, column '{field}': '{value}' is not a date (expected YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD).",
    "population_suppressed": "File '{file}': {count} suppressed or empty count(s) were taken as 0 (first at line {line}).",
    "district_without_population": "District '{district}' has no population rows; its population stays empty.",
    "population_without_district": "Population rows for district id '{district}' ({count} inhabitants) match no district boundary.",
    # Zensus
    "zensus_columns": "File '{file}' is not a Zensus grid table: no column like GITTER_ID_100m / GITTER_ID_1km / GITTER_ID_10km (columns: {columns}).",
    "zensus_value_column": "File '{file}' has no value column '{column}' (columns: {columns}).",
    "bad_gitter_id": "File '{file}', line {line}, column '{field}': '{value}' is not a grid id like CRS3035RES100mN2691700E4341100.",
    "mixed_resolution": "File '{file}', line {line}: grid id '{value}' has resolution {found} m, the file {expected} m.",
    "zensus_suppressed": "{count} grid cell(s) have a suppressed value ('–'); written as NULL with einwohner_suppressed = 1.",
    "zensus_outside": "{count} grid cell(s) ({inhabitants} inhabitants) lie outside all districts.",
    # Integreat
    "json_invalid": "File '{file}' is not valid JSON: {reason} (line {line}, column {column}).",
    "integreat_shape": "File '{file}' is not an Integreat locations list (/api/v3/<region>/<lang>/locations/): {reason}.",
    "integreat_closed": "Integreat item {id} ('{name}') is temporarily closed and was skipped.",
    "integreat_no_coordinates": "Integreat item {id} ('{name}') has no coordinates and was skipped.",
    "integreat_bad_coordinates": "File '{file}', Integreat item {id} ('{name}'): latitude {lat} / longitude {lon} are out of range.",
    "integreat_unmapped": "Integreat category '{category}' ({count} item(s)) has no mapping; counted as 'other'. Add it to the category map.",
    "integreat_duplicate_id": "File '{file}': Integreat item id {id} occurs more than once (items {first} and {second}).",
    "category_map_bad": "Category map entry '{entry}' is not of the form name=category.",
    "category_map_target": "Category map entry '{entry}': '{target}' is not a service category; use one of {known}.",
    # real-file quirks (issue 14): rows kept with a flag instead of blocking the import
    "value_unknown": "File '{file}', column '{field}': {count} row(s) without a number (line(s) {lines}; first value '{value}'); the rows were kept with the value unknown (NULL).",
    "placeholder_position": "File '{file}', line {line}: position {x} / {y} is a placeholder, not a place; the row was kept, check its coordinates.",
    "row_swapped": "File '{file}', line {line}: '{x_field}' and '{y_field}' look swapped in this row (read the other way round it lies among the other rows); the row was kept as written, check it.",
    "row_far": "File '{file}', line {line}: the position lies {distance} km outside the extent of the other rows; the row was kept, check its coordinates.",
    "row_far_districts": "File '{file}', line {line}: the position lies {distance} km outside the districts; the row was kept, check its coordinates.",
    "zensus_centre_mismatch": "File '{file}': {count} grid cell(s) have a midpoint that disagrees with their grid id by more than half a cell (line(s) {lines}; first '{value}'); the grid id was used, check these rows.",
    "integreat_no_own_id": "Integreat item #{number} ('{name}') has no id of its own (an untranslated place); keyed by '{place}'.",
})


def text(key: str, **values: Any) -> Message:
    """The message ``key`` (code ``io.<key>``); front ends render it in their language."""
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
