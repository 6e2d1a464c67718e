"""Every desktop run leaves the shipped sample untouched (the desktop opens GeoPackages for writing)."""
import hashlib

import pytest

from test.e2e.desktop import ROOT

SAMPLE = ROOT / "resources" / "sample" / "kaiserslautern_demo.gpkg"


@pytest.fixture(autouse=True)
def shipped_sample_unchanged():
    before = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    yield
    assert hashlib.sha256(SAMPLE.read_bytes()).hexdigest() == before, "the desktop run rewrote the shipped sample"
    assert not SAMPLE.with_name(SAMPLE.name + "-wal").exists()
