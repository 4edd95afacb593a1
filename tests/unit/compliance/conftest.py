"""The local TSA's key material, made once per module in a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from szamlatar_dev.tsa import ensure_material


@pytest.fixture(scope="module")
def tsa_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tsa")
    ensure_material(path)
    return path
