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


def _case(stem: str) -> dict[str, object]:
    return dict(next(expected for name, expected in cases() if name == stem))


def test_a_printed_table_that_misses_an_item_gives_no_lines_and_the_whole_table_gives_them() -> None:
    from services.core.parsing import parse_document
    from tests.golden.layouts import render

    receipt = _case("04_receipt")
    assert parse_document(render(receipt, "receipt")).invoice.lines == ()  # 4 724 of 7 874: not the invoice's
    second = {"description": "Sütemény", "quantity": "1", "unit": "db", "unit_price": "3150", "net": "3150",
              "vat_rate": "0.27", "vat": "850", "gross": "4000"}
    receipt["table"] = [*receipt["table"], second]  # type: ignore[list-item]
    lines = parse_document(render(receipt, "receipt")).invoice.lines
    assert [(ln.description, ln.net, ln.gross) for ln in lines] == [("Kávé", 4724, 6000), ("Sütemény", 3150, 4000)]


def test_an_item_whose_own_arithmetic_is_wrong_spoils_the_table() -> None:
    from services.core.parsing import parse_document
    from tests.golden.layouts import render

    classic = _case("01_classic")
    rows = [dict(r) for r in classic["table"]]  # type: ignore[attr-defined]
    # the sums still agree with the totals, but 2 × 500 000 is not 999 999 + 1
    rows[0]["net"], rows[1]["net"] = "999999", "234568"
    rows[1]["unit_price"] = "234568"
    classic["table"] = rows
    result = parse_document(render(classic, "classic"))
    assert result.invoice.gross_total == 1567900
    assert result.invoice.lines == ()
    assert "lines" not in result.invoice.provenance


def test_accuracy_refuses_a_folder_with_nothing_to_measure(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from services.cli import app

    (tmp_path / "only.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(app, ["accuracy", str(tmp_path)])
    assert result.exit_code == 2
    assert "nothing to measure" in result.output


def test_accuracy_prints_lines_among_the_fields(generated: Path) -> None:
    from typer.testing import CliRunner

    from services.cli import app

    result = CliRunner().invoke(app, ["accuracy", str(generated)])
    assert result.exit_code == 0
    assert any(row.split()[:3] == ["lines", "1.000", "1.000"] for row in result.output.splitlines())
