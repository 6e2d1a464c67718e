"""The one parsing module (plugin.core.parsing): numbers, dates, missing values, names."""
import datetime as dt
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plugin.core.parsing import (
    NULL_MARKERS,
    date_or_none,
    format_number,
    is_null,
    normalise_name,
    parse_count,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize("text,decimal,expected", [
    ("1.234,5", None, 1234.5), ("1,234.5", None, 1234.5), ("1 234", None, 1234), ("12 %", None, 12),
    ("1\u00a0234,75", ",", 1234.75), ("1\u202f234", None, 1234), ("1'234.5", None, 1234.5),
    ("7,5", None, 7.5), ("7.5", None, 7.5), ("-3,25", None, -3.25), ("\u22125", None, -5), ("+4", None, 4),
    ("1.234.567", None, 1234567), ("1,234,567", ".", 1234567), ("1.234.567,89", ",", 1234567.89),
    ("0,125", None, 0.125), ("0.125", ",", 0.125), (".5", None, 0.5), ("1e3", None, 1000), ("1,5e3", None, 1500),
    # one mark before exactly three digits: the file's decimal mark decides; without one, thousands
    ("1.344", None, 1344), ("1,344", None, 1344), ("1.344", ".", 1.344), ("1,344", ",", 1.344),
    ("1.344", ",", 1344), ("1,344", ".", 1344), ("1234.5", ",", 1234.5),
    (12, None, 12), (7.5, None, 7.5), (np.int64(3), None, 3), (Decimal("1.500"), None, 1.5),
])
def test_parse_number(text, decimal, expected):
    assert parse_number(text, decimal) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", " ", "k.A.", "abc", "1.23.4", "1,2.3", "1.234,5.6", "12.", "inf", "nan",
                                  "1_000", "1,23,456", "--5", True, float("inf"), "12 m"])
def test_parse_number_refuses(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_coordinates_have_no_thousands():
    assert parse_number("7,123", grouping=False) == pytest.approx(7.123)
    assert parse_number("7.123", grouping=False) == pytest.approx(7.123)
    with pytest.raises(ValueError):
        parse_number("1.234,5", grouping=False)


def test_parse_count():
    assert parse_count("1.250", ".") == 1250
    assert parse_count("1,250", ",") == 1250
    assert parse_count("12", ",") == 12
    with pytest.raises(ValueError):
        parse_count("12,5", ",")


german = st.sampled_from([(",", "."), (",", ""), (",", " "), (".", ","), (".", ""), (".", "'")])


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False), german)
def test_formatted_numbers_parse_back(value, marks):
    decimal, thousands = marks
    number = float(value)
    text = format_number(number, decimal=decimal, thousands=thousands, digits=2)
    assert parse_number(text, decimal) == pytest.approx(number, abs=1e-6)
    assert parse_number(text + " %", decimal) == pytest.approx(number, abs=1e-6)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-10**9, max_value=10**9), german)
def test_formatted_counts_parse_back_without_the_decimal_mark(value, marks):
    # whole numbers with thousands separators read back even when the caller does not know the file's locale
    decimal, thousands = marks
    text = format_number(value, decimal=decimal, thousands=thousands or None, digits=0)
    assert parse_count(text) == value
    assert parse_count(text, decimal) == value


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=1, allow_nan=False, allow_infinity=False),
       st.sampled_from([",", "."]))
def test_one_decimal_is_never_read_as_thousands(value, decimal):
    text = format_number(float(value), decimal=decimal, thousands=None, digits=1)
    assert parse_number(text) == pytest.approx(float(value))


@pytest.mark.parametrize("text,expected", [
    ("2026-11-30", dt.date(2026, 11, 30)), ("30.11.2026", dt.date(2026, 11, 30)), ("30.11.26", dt.date(2026, 11, 30)),
    ("20261130", dt.date(2026, 11, 30)), ("30/11/2026", dt.date(2026, 11, 30)),
    ("2026-11-30T08:15:00", dt.date(2026, 11, 30)), ("2026-11-30 08:15", dt.date(2026, 11, 30)),
    (dt.datetime(2026, 11, 30, 8), dt.date(2026, 11, 30)), (dt.date(2026, 11, 30), dt.date(2026, 11, 30)),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_dates_refused_and_optional():
    for bad in ("31.02.2026", "2026", "gestern", "", None, 3.5):
        with pytest.raises(ValueError):
            parse_date(bad)
    assert parse_date("2026", year_only=True) == dt.date(2026, 12, 31)
    assert date_or_none("k. A.") is None and date_or_none("Stand unbekannt") is None
    assert date_or_none("01.02.2026") == dt.date(2026, 2, 1)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_parse_back(day):
    for text in (day.isoformat(), day.strftime("%d.%m.%Y"), day.strftime("%Y%m%d")):
        assert parse_date(text) == day


def test_missing_markers():
    assert all(is_null(m, NULL_MARKERS) for m in ("", " ", "k.A.", "K. A.", "–", "n/a", None, float("nan")))
    assert not is_null("0", NULL_MARKERS) and not is_null(0) and not is_null("k.A.")


@pytest.mark.parametrize("name,expected", [
    ("Nr.", "nr"), ("Plätze max", "plaetze_max"), (" Kapazität ", "kapazitaet"), ("Träger", "traeger"),
    ("Straße", "strasse"), ("GU-Nr.", "gu_nr"), ("Stadtteil_Nr", "stadtteil_nr"), ("Café", "cafe"), (None, ""),
])
def test_normalise_name(name, expected):
    assert normalise_name(name) == expected
