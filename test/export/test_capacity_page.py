"""The INSEK page of a capacity plan (issue 17): districts, not sites; small counts withheld; audited; German."""
from __future__ import annotations

import copy
import dataclasses
import shutil
import subprocess

import pytest

from plugin.core import i18n
from plugin.core.capacity import plan_capacity
from plugin.core.capacity.compare import district_active_places, record_from
from plugin.core.capacity.texts import Msg
from plugin.core.errors import DispersionError
from test.fixtures.capacity_instances import generated

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")


@pytest.fixture(scope="module")
def record():
    """A small optimal plan whose sites carry names and ids a public page must never print."""
    pb = generated(6, sites=9, months=12, districts=4)
    sites = [dataclasses.replace(s, site_id=f"GU-{s.site_id}", name=f"Gemeinschaftsunterkunft Nord {i}",
                                 x=400000.0 + s.x, y=5470000.0 + s.y)  # metres in EPSG:25832, as a city's
             for i, s in enumerate(pb.sites)]
    pb = dataclasses.replace(pb, sites=sites, districts=[dataclasses.replace(d, name=f"Ortsbezirk {d.district_id}")
                                                         for d in pb.districts])
    res = plan_capacity(pb)
    assert str(res.status) == "optimal"
    return record_from(pb, res, "mid")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_public_page_shows_districts_and_no_site(qgis_app, record, tmp_path):
    from plugin.export.capacity_page import export_capacity_page

    out = tmp_path / "page.pdf"
    assert export_capacity_page(record, None, str(out), public=True, language="en") == str(out)
    text = pdf_text(out)
    assert "Accommodation capacity over time: an illustrative scenario" in text
    assert "Illustrative scenario, not a forecast" in text and "Active places by district and quarter" in text
    for s in record.problem["sites"]:
        assert s["name"] not in text and s["site_id"] not in text
    per = district_active_places(record)
    for d in per:
        line = next(ln for ln in text.splitlines() if f"{d} Ortsbezirk {d}" in ln)
        cells = line.split(f"Ortsbezirk {d}")[1].split()
        for q, end in enumerate((3, 6, 9, 12)):
            value = per[d][end - 1]
            if value >= 5 or value == 0:
                assert cells[q] in (f"{value:,}", "*"), (d, q, cells)
    totals = next(ln for ln in text.splitlines() if ln.strip().startswith("City")).split()[1:]
    assert totals == [f"{record.active_total[e - 1]:,}" for e in (3, 6, 9, 12)]
    assert not list(tmp_path.glob(".*part*")), "a staging file was left behind"


def test_small_counts_are_withheld_on_the_public_table(qgis_app, record):
    from plugin.export.capacity_page import quarter_rows

    rec = copy.deepcopy(record)
    sid = next(s["site_id"] for s in rec.problem["sites"])
    district = next(s["district_id"] for s in rec.problem["sites"] if s["site_id"] == sid)
    rec.active_places = {k: [0] * 12 for k in rec.active_places}
    rec.active_places[sid] = [3] * 12
    other = next(s for s in rec.problem["sites"] if s["district_id"] != district)
    rec.active_places[other["site_id"]] = [40] * 12
    names = {d: "" for d in district_active_places(rec)}
    public = {row[0]: row[1:] for row in quarter_rows(rec, names, public=True)}
    internal = {row[0]: row[1:] for row in quarter_rows(rec, names, public=False)}
    assert internal[district] == ["3"] * 4 and internal[other["district_id"]] == ["40"] * 4
    assert public[district] == ["< 5"] * 4
    assert public[other["district_id"]] == ["*"] * 4  # 43 - 40 would give the 3 away: withheld too
    assert public["City"] == ["*"] * 4 or public["City"] == ["43"] * 4


def test_a_page_naming_a_site_is_refused_and_not_written(qgis_app, record, tmp_path):
    from plugin.export.capacity_page import export_capacity_page

    site = record.problem["sites"][0]
    names = {site["district_id"]: site["name"]}  # a district "named" after a site
    out = tmp_path / "leak.pdf"
    with pytest.raises(DispersionError, match="stopped"):
        export_capacity_page(record, names, str(out), public=True)
    assert not out.exists() and not list(tmp_path.iterdir())
    # the internal page may name what it likes
    export_capacity_page(record, names, str(out), public=False)
    assert out.exists()


@needs_poppler
def test_german_page(qgis_app, record, tmp_path):
    from plugin.export.capacity_page import export_capacity_page

    out = tmp_path / "seite.pdf"
    export_capacity_page(record, None, str(out), public=True, language="de")
    text = " ".join(pdf_text(out).split())
    for key in ("pg_title", "pg_table_title", "pg_district", "pg_total"):
        assert i18n.render(Msg(key), "de") in text, key
    cost = i18n.render(i18n.Number(record.cost, 0), "de")
    assert cost in text and "." in cost  # thousands dot
    load = i18n.render(i18n.Number(record.max_load, 1), "de")
    assert load in text and "," in load  # decimal comma
    if max(record.active_total) >= 1000:
        assert f"{record.active_total[2]:,}".replace(",", ".") in text


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_png_and_svg(qgis_app, record, tmp_path, suffix):
    from plugin.export.capacity_page import export_capacity_page

    out = tmp_path / f"page{suffix}"
    export_capacity_page(record, None, str(out), public=True)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:2000]
    if suffix == ".svg":
        body = data.decode("utf-8", "replace")
        assert all(s["name"] not in body for s in record.problem["sites"])


def test_unknown_format_is_refused(qgis_app, record, tmp_path):
    from plugin.export.capacity_page import export_capacity_page

    with pytest.raises(DispersionError, match=".pdf, .png or .svg"):
        export_capacity_page(record, None, str(tmp_path / "page.docx"))
