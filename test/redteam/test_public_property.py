"""Property: for generated data with hostile names and metadata, a public atlas holds no shelter detail, and no
withheld district figure follows by linear algebra from the figures it publishes."""
from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from plugin.core.errors import DispersionError
from plugin.core.privacy import find_disclosures
from plugin.export import extract
from plugin.export.insek import export_insek
from test.fixtures.qgis_helpers import sensitive_of

pytestmark = pytest.mark.qgis
CRS = "EPSG:25832"
HOSTILE = st.sampled_from(["[% env('HOME') %]", "<b>x</b>", "=1+2", "@SUM(A1)", "[% $x %]", "Nord", "Süd-Ost",
                           "[% aggregate('s','concatenate',\"name\") %]", "-3", "+49"])


def _layers(pops, shelters, dnames, snames, meta):
    districts = QgsVectorLayer(f"Polygon?crs={CRS}&field=district_id:string&field=name:string&field=population:integer",
                               "districts", "memory")
    feats = []
    for i, pop in enumerate(pops):
        x0, y0 = 400000 + (i % 3) * 2000, 5470000 + (i // 3) * 2000
        f = QgsFeature(districts.fields())
        f.setAttributes([f"D{i:02d}", dnames[i], pop])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x0+2000} {y0},{x0+2000} {y0+2000},{x0} {y0+2000},{x0} {y0}))"))
        feats.append(f)
    districts.dataProvider().addFeatures(feats)
    md = districts.metadata()
    md.setAbstract(meta)
    districts.setMetadata(md)
    layer = QgsVectorLayer(f"Point?crs={CRS}&field=shelter_id:string&field=name:string&field=capacity:integer"
                           "&field=occupied:integer&field=operator:string&field=group_label:string&field=status:string",
                           "shelters", "memory")
    sfeats = []
    for k, (d, cap, dx, dy) in enumerate(shelters):
        f = QgsFeature(layer.fields())
        f.setAttributes([f"SID-{k:03d}", snames[k], cap, cap, f"Traeger {k}", f"Gruppe {k}", "active"])
        x0, y0 = 400000 + (d % 3) * 2000, 5470000 + (d // 3) * 2000
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x0 + 100 + dx, y0 + 100 + dy)))
        sfeats.append(f)
    layer.dataProvider().addFeatures(sfeats)
    return districts, layer


def _published(lines, n, pops):
    """Equations (rows over the per-district places) for every exact figure the summary page prints."""
    rows, hidden = [], set()
    for line in lines:
        m = re.match(r"^D(\d\d)\s+.*: (\S+) places, (\S+) \u2030$", line.strip())
        if m:
            i = int(m.group(1))
            if m.group(2) in ("*", "<"):
                hidden.add(i)
            elif m.group(2).replace(",", "").isdigit():
                rows.append(np.eye(n)[i])
            if m.group(2).startswith("<"):
                hidden.add(i)
            if re.fullmatch(r"\d+\.\d", m.group(3)) and pops[i]:
                rows.append(np.eye(n)[i])  # per_1000 * population / 1000 (exact, to be safe)
        for pattern in (r"^Places in active shelters: ([\d,]+)", r"^Places: ([\d,]+)$",
                        r"^Places per 1,000 residents \(city\): ([\d.]+)",
                        r"^Places per 1,000 inhabitants: ([\d.]+)$"):
            if re.match(pattern, line.strip()):
                rows.append(np.ones(n))
    return np.array(rows) if rows else np.zeros((0, n)), hidden


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(pops=st.lists(st.integers(0, 20000), min_size=6, max_size=6),
       shelters=st.lists(st.tuples(st.integers(0, 5), st.sampled_from([1, 2, 3, 4, 6, 40, 120, 300]),
                                   st.integers(0, 1700), st.integers(0, 1700)), min_size=1, max_size=14),
       dnames=st.lists(HOSTILE, min_size=6, max_size=6), meta=HOSTILE, misplace=st.integers(0, 3))
def test_public_atlas_leaks_nothing_and_withheld_values_are_not_determined(qgis_app, tmp_path_factory, pops, shelters,
                                                                           dnames, meta, misplace):
    snames = [f"Heim Nummer {k}" for k in range(len(shelters))]
    dnames = list(dnames)
    title = "INSEK"
    if misplace == 1:
        dnames[0] = snames[0]     # a shelter name as a district name
    elif misplace == 2:
        meta = f"Traeger 0, {snames[-1]}"  # operator and a shelter name in the metadata (never printed)
    elif misplace == 3:
        title = "INSEK Gruppe 0"   # a group label in the title
    districts, layer = _layers(pops, shelters, dnames, snames, meta)
    target = tmp_path_factory.mktemp("prop") / "atlas.pdf"
    try:
        export_insek({"districts": districts, "shelters": layer}, str(target), title, public=True, atlas=True)
    except DispersionError as exc:
        assert misplace in (1, 3) and "public export was stopped" in str(exc)
        assert not target.exists()
        return
    assert misplace not in (1, 3)
    raw = target.read_bytes()
    assert find_disclosures(extract.pdf_all_text(raw), sensitive_of(layer)) == []
    summary = extract.pdf_text(raw)[0]
    matrix, hidden = _published(summary, 6, pops)
    # each withheld district's places must not lie in the row space of the published equations
    rank = np.linalg.matrix_rank(matrix) if len(matrix) else 0
    for h in hidden:
        augmented = np.vstack([matrix, np.eye(6)[h]]) if len(matrix) else np.eye(6)[h][None, :]
        assert np.linalg.matrix_rank(augmented) == rank + 1, (h, summary)
