"""The layouts Hungarian companies receive (tests/golden/world.py): every expected field back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.commands.parse import FIELDS, _same, measure, summary
from services.core.parsing import parse_document
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.party_labels import heading
from tests.golden.traps import CASES as TRAPS
from tests.golden.traps import render
from tests.golden.world import CASES, NAV_SZAMLAKEP, write_world

# issue 13's list of what companies receive, as the corpus names its layouts
ISSUE_LAYOUTS = {"nav_szamlakep", "nav_bilingual", "szamlazz_hu", "billingo", "kulcs_soft", "novitax", "cobra_erp",
                 "sap_erp", "utility_electricity", "utility_gas", "utility_telecom", "webshop", "tam_advance", "final",
                 "modification", "storno", "eur_with_huf", "eu_supply", "dijbekero"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("world")
    write_world(folder)
    return folder


def test_the_golden_set_holds_every_layout_the_issue_names() -> None:
    layouts = {expected["layout"] for _, expected in (*CASES.values(), *TRAPS.values())}
    assert ISSUE_LAYOUTS - layouts == set()


@pytest.mark.parametrize("stem", [pytest.param(stem, id=stem) for stem in CASES])
def test_world_layout_reads_back_every_expected_field(stem: str, world: Path) -> None:
    expected = json.loads((world / f"{stem}.json").read_text(encoding="utf-8"))
    got = summary(world / f"{stem}.pdf")
    assert got["format"] == "pdf_text"
    wrong = {f: (expected[f], got[f]) for f in FIELDS if f in expected and not _same(f, expected[f], got[f])}
    assert wrong == {}


def test_accuracy_is_perfect_on_the_world_layouts(world: Path) -> None:
    result = measure(world, by="layout")
    assert all(r["precision"] == 1.0 and r["recall"] == 1.0 for r in result.values()), result


@pytest.mark.parametrize("stem", [pytest.param(stem, id=stem) for stem in CASES])
def test_every_field_read_carries_a_confidence_and_a_page(stem: str) -> None:
    invoice = parse_document(render(CASES[stem][0])).invoice
    for name in ("number", "issue_date", "gross_total", "seller.name", "buyer.name"):
        assert 0 < invoice.provenance[name].confidence <= 1
        assert invoice.provenance[name].page in (1, 2)


def test_a_multi_rate_summary_without_a_payable_label_gives_its_sums_not_its_largest_row() -> None:
    # NAV's invoice image without its "Számla … összege" lines: the 27% row (100 000 + 27 000 = 127 000)
    # reads like a totals row; the summary's two rows say 150 000 + 36 000 = 186 000
    ops = [op for op in NAV_SZAMLAKEP if not (len(op) > 2 and str(op[2]).startswith("Számla ")
                                              and "összege" in str(op[2]))]
    ops = [op for op in ops if op[2] not in ("150 000 HUF", "36 000 HUF", "186 000 HUF")]
    invoice = parse_document(render(ops)).invoice
    assert (invoice.net_total, invoice.vat_total, invoice.gross_total) == (150000, 36000, 186000)
    assert len(invoice.vat_breakdown) == 2
    assert invoice.warnings == ()


def test_the_utility_bills_buyer_headings_need_their_colon() -> None:
    def line(text: str) -> TextLine:
        return TextLine(0, 40, 700, 200, 710, text)

    assert heading(line("Felhasználó:")) == ("buyer", "Felhasználó", "")
    assert heading(line("Előfizető: Fazekas Műhely Kft.")) == ("buyer", "Előfizető", "Fazekas Műhely Kft.")
    assert heading(line("Felhasználási hely: 2040 Budaörs")) is None
    assert heading(line("Felhasználó azonosító 300012345")) is None


def test_a_dijbekero_is_read_and_warned_about_not_refused() -> None:
    ops, expected = TRAPS["t7_dijbekero"]
    result = parse_document(render(ops))
    assert result.invoice.number == expected["invoice_number"]
    assert result.invoice.kind == "proforma"
    assert any(w.startswith("nem_szamla:") for w in result.invoice.warnings)
