"""Hungarian invoice PDFs generated in five layouts: every field of the expected JSON must come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.commands.parse import FIELDS, _same, measure, summary
from tests.golden.layouts import cases, write_all


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    write_all(folder)
    return folder


def test_there_are_at_least_five_layouts() -> None:
    assert len({expected["layout"] for _, expected in cases()}) >= 5


@pytest.mark.parametrize("stem", [pytest.param(stem, id=stem) for stem, _ in cases()])
def test_generated_pdf_reads_back_every_field(stem: str, generated: Path) -> None:
    import json

    expected = json.loads((generated / f"{stem}.json").read_text(encoding="utf-8"))
    got = summary(generated / f"{stem}.pdf")
    assert got["format"] == "pdf_text"
    wrong = {f: (expected.get(f), got[f]) for f in FIELDS if not _same(f, expected.get(f), got[f])}
    assert wrong == {}


def test_accuracy_is_perfect_on_the_generated_layouts(generated: Path) -> None:
    result = measure(generated)
    assert all(r["precision"] == 1.0 and r["recall"] == 1.0 for r in result.values()), result
