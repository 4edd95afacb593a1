from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.nav.completeness import reconcile, reconciliation_to_json, record_from_invoice


def _inv(number: str, gross: str = "127000", day: str = "2025-03-05", buyer: str = "87654321-2-13",
         seller: str = "12345678-2-41") -> dict:
    return {"number": number, "issue_date": day, "currency": "HUF", "net_total": str(Decimal(gross) / Decimal("1.27")),
            "vat_total": None, "gross_total": gross, "seller": {"tax_number": seller},
            "buyer": {"tax_number": buyer, "name": "Vevő Kft."}}


FROM, TO = date(2025, 3, 1), date(2025, 3, 31)


def test_each_kind_of_gap_is_found_and_nothing_else() -> None:
    nav = [record_from_invoice(_inv(n)) for n in ("A-1", "A-2", "A-3", "A-4", "A-5")]
    archive = [
        record_from_invoice(_inv("A-1"), ref="id1"),
        record_from_invoice(_inv("a-2 "), ref="id2"),  # numbers compare trimmed and case-blind
        record_from_invoice(_inv("A-3", gross="128000"), ref="id3"),
        record_from_invoice(_inv("A-5", buyer="11111111-2-42", day="2025-03-06"), ref="id5"),
        record_from_invoice(_inv("B-9"), ref="id9"),
        record_from_invoice(_inv("C-1", day="2025-04-02"), ref="out-of-period"),
    ]
    result = reconcile(nav, archive, FROM, TO)
    assert [r.number for r in result.missing_in_archive] == ["A-4"]
    assert [r.number for r in result.missing_in_nav] == ["B-9"]
    assert {d.number: sorted(x.field for x in d.differences) for d in result.differing} == {
        "A-3": ["gross_total", "net_total"], "A-5": ["buyer_taxpayer_id", "issue_date"]}
    assert result.matched == 2 and not result.complete
    assert result.gaps == {"missing_in_archive": 1, "missing_in_nav": 1, "differing": 2, "without_pdf": 0}
    gross = [x for x in reconciliation_to_json(result)["differing"][0]["differences"] if x["field"] == "gross_total"]
    assert gross == [{"field": "gross_total", "nav": "127000", "archive": "128000"}]


def test_same_number_from_another_supplier_is_not_the_same_invoice() -> None:
    nav = [record_from_invoice(_inv("X-1"))]
    archive = [record_from_invoice(_inv("X-1", seller="99999999-2-41"))]
    result = reconcile(nav, archive, FROM, TO)
    assert len(result.missing_in_archive) == 1 and len(result.missing_in_nav) == 1


def test_a_matching_invoice_without_its_pdf_is_a_gap_and_a_full_match_is_complete() -> None:
    nav = [record_from_invoice(_inv("P-1")), record_from_invoice(_inv("P-2"))]
    archive = [record_from_invoice(_inv("P-1"), has_pdf=False), record_from_invoice(_inv("P-2"))]
    assert [r.number for r in reconcile(nav, archive, FROM, TO).without_pdf] == ["P-1"]
    assert reconcile(nav[1:], archive[1:], FROM, TO).complete
