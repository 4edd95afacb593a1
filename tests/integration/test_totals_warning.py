"""An invoice whose totals do not add up (net + VAT ≠ gross beyond rounding) is archived — not
refused — and its archived view carries the warning, through the real webhook, worker and API."""

from __future__ import annotations

from typing import Any

from tests.integration.conftest import Tenant, wait_until
from tests.unit.core.parsing.pdf_builder import text_pdf


def test_an_invoice_whose_totals_do_not_add_up_is_archived_with_a_warning(tenant: Tenant) -> None:
    number = f"{tenant.name}-W/0001"
    metadata = {"number": number, "issue_date": "2025-09-08", "currency": "HUF",
                "net_total": "100000", "vat_total": "27000", "gross_total": "200000"}
    assert tenant.post("w-1", text_pdf(f"Számla {number}"), metadata).status_code == 202

    def archived() -> dict[str, Any] | None:
        items = tenant.search(number=number)["items"]
        return items[0] if items else None

    found = wait_until(archived, timeout=60, what="the archived invoice")
    detail = tenant.session.get(f"{tenant.api}/api/v1/invoices/{found['id']}", timeout=30).json()
    assert detail["invoice"]["gross_total"] == "200000"
    assert "gross_total: the net + VAT sum to 127000, the invoice says 200000" in detail["invoice"]["warnings"]
