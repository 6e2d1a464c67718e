"""Shared helpers of the importer tests."""
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "io"


@pytest.fixture
def data_dir():
    return DATA


@pytest.fixture
def write(tmp_path):
    """write(name, text, encoding='utf-8') -> path of a new file in tmp_path (bytes written as given)."""
    def _write(name, content, encoding="utf-8"):
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return str(path)
    return _write
