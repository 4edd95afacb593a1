"""Totals that do not add up (net + VAT ≠ gross, lines or VAT breakdown ≠ totals) beyond rounding
are archived with a warning, whichever reader or merge produced the invoice; rounding per line and
per VAT rate (whole forints on Hungarian invoices) is not a disagreement."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from services.core.enums import Outcome
from services.core.invoice import Invoice, Line, VatLine, invoice_to_json
from services.core.parsing import parse_document
from services.core.parsing.consistency import tolerance, totals_warnings
from services.core.stages.archive import ArchivePlan, invoice_view
from tests.unit.core.parsing.pdf_builder import pdf_with_attachment, text_pdf

UBL = (Path(__file__).parents[3] / "golden" / "en16931" / "ubl_invoice.xml").read_bytes()  # 100 000 + 27 000


NOT_ADDING_UP = {"number": "W-2025/0007", "currency": "HUF", "issue_date": "2025-09-08",
                 "net_total": "100000", "vat_total": "27000", "gross_total": "200000"}
WARNING = "gross_total: the net + VAT sum to 127000, the invoice says 200000"


@pytest.mark.parametrize("document,media_type,metadata", [
    pytest.param(text_pdf("Számla W-2025/0007"), "application/pdf", NOT_ADDING_UP, id="webhook-metadata-with-a-pdf"),
    pytest.param(json.dumps(NOT_ADDING_UP).encode(), "application/json", None, id="our-json-as-the-document"),
])
def test_source_data_whose_totals_do_not_add_up_gets_a_warning(document: bytes, media_type: str,
                                                               metadata: dict[str, Any] | None) -> None:
    result = parse_document(document, media_type=media_type, metadata=metadata)
    assert result.reader == "source_json"
    assert WARNING in result.invoice.warnings


def test_a_merge_that_pairs_one_sources_gross_with_anothers_net_and_vat_gets_a_warning() -> None:
    pdf = pdf_with_attachment(UBL, name="factur-x.xml", text="Invoice UBL-2025/0042")
    invoice = parse_document(pdf, metadata={"number": "UBL-2025/0042", "gross_total": "150000"}).invoice
    assert (invoice.net_total, invoice.vat_total, invoice.gross_total) == (100000, 27000, 150000)
    assert "gross_total: the net + VAT sum to 127000, the invoice says 150000" in invoice.warnings


def test_the_warning_reaches_the_archived_view() -> None:
    invoice = parse_document(text_pdf("Számla W-2025/0007"), metadata=NOT_ADDING_UP).invoice
    matched = {"tenant": "acme", "site": "hq", "source": {"kind": "own_system", "connection_id": "erp"},
               "external_id": "w-7", "invoice": invoice_to_json(invoice), "match": {}, "text": "",
               "document": {"sha256": "0" * 64}, "reader": "source_json"}
    plan = ArchivePlan(invoice_id="i-1", object_key="acme/invoices/i-1.pdf", outcome=Outcome.OK, version=1)
    view = invoice_view(matched, plan, None, datetime(2025, 9, 9, tzinfo=UTC), date(2033, 12, 31),
                        payment_state=None)
    assert WARNING in view["invoice"]["warnings"]


def _invoice(currency: str, lines: list[tuple[str, str, str]], totals: tuple[str, str, str],
             rates: list[tuple[str, str]] | None = None) -> Invoice:
    net, vat, gross = (Decimal(v) for v in totals)
    return Invoice(
        number="R-1", currency=currency, net_total=net, vat_total=vat, gross_total=gross,
        lines=tuple(Line(description=f"tétel {i}", net=Decimal(n), vat=Decimal(v), gross=Decimal(g))
                    for i, (n, v, g) in enumerate(lines)),
        vat_breakdown=tuple(VatLine(rate=Decimal("0.27"), net=Decimal(n), vat=Decimal(v)) for n, v in rates or []),
    )


def test_per_line_and_per_rate_rounding_in_forints_is_not_a_disagreement() -> None:
    # Three lines of 333.33 Ft net each, VAT rounded per line (90 Ft each); the per-rate VAT of the
    # total net (27 % of 1000) is 270 Ft: the lines' VAT is 0 Ft off, their gross 1 Ft.
    inv = _invoice("HUF", [("333", "90", "423"), ("333", "90", "423"), ("334", "90", "424")],
                   ("1000", "270", "1270"), [("1000", "270")])
    assert totals_warnings(inv) == ()
    rounded = _invoice("HUF", [("333", "90", "423"), ("333", "90", "423"), ("334", "91", "425")],
                       ("1000", "270", "1270"), [("1000", "270")])
    assert totals_warnings(rounded) == ()  # 1 Ft over three lines: rounding


@pytest.mark.parametrize("currency,lines,totals,warned", [
    pytest.param("HUF", [("1000", "270", "1270")], ("1000", "270", "1272"), ["net + VAT", "lines"],
                 id="huf-gross-2-ft-off"),
    pytest.param("HUF", [("500", "135", "635"), ("500", "135", "635")], ("1000", "270", "1370"),
                 ["net + VAT", "lines"], id="huf-gross-100-ft-off"),
    pytest.param("EUR", [("100.00", "27.00", "127.00")], ("100.00", "27.00", "127.40"), ["net + VAT", "lines"],
                 id="eur-gross-40-cents-off"),
    pytest.param("EUR", [("100.00", "27.00", "127.00")], ("100.00", "27.00", "127.01"), [],
                 id="eur-one-cent-is-rounding"),
])
def test_totals_beyond_the_rounding_tolerance_are_warned_about(currency: str, lines: list[tuple[str, str, str]],
                                                               totals: tuple[str, str, str],
                                                               warned: list[str]) -> None:
    warnings = totals_warnings(_invoice(currency, lines, totals))
    assert sorted(w.split("the ", 1)[1].split(" sum", 1)[0] for w in warnings) == sorted(warned), warnings


def test_the_tolerance_is_half_a_unit_per_rounded_part_and_at_least_one_unit() -> None:
    assert tolerance("HUF", 2) == 1 and tolerance("HUF", 9) == Decimal("4.5") and tolerance(None, 1) == 1
    assert tolerance("EUR", 2) == Decimal("0.01") and tolerance("eur", 6) == Decimal("0.03")
