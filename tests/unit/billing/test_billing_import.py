"""What to import from a billing system, decided without I/O (services/core/billing_import.py)."""

from __future__ import annotations

import pytest

from services.core.billing_import import plan_import, wants
from services.core.invoice import InvoiceKind
from szamlatar_dev.emulators.demo_data import generate_demo

BOOK = generate_demo(seed=3, invoices=12)


def test_unchanged_document_is_not_imported_again() -> None:
    known = {"content_fp": "a", "payment_marker": "paid|2025-03-01|False", "payments_fp": "x"}
    assert plan_import(None, "a", "m", listed_as_modified=False).reason == "new"
    assert plan_import(known, "b", "paid|2025-03-01|False", listed_as_modified=False).reason == "changed"
    assert plan_import(known, "a", "partially_paid||False", listed_as_modified=False).reason == "payments"
    assert plan_import(known, "a", "paid|2025-03-01|False", listed_as_modified=True).reason == "payments"
    unchanged = plan_import(known, "a", "paid|2025-03-01|False", listed_as_modified=False)
    assert (unchanged.import_document, unchanged.check_payments) == (False, False)


@pytest.mark.parametrize(("kinds", "kind", "expected"), [
    (("normal", "storno"), InvoiceKind.STORNO, True),
    (("normal", "storno"), InvoiceKind.PROFORMA, False),
    (("normal",), None, False),
])
def test_document_kind_filter(kinds: tuple[str, ...], kind: InvoiceKind | None, expected: bool) -> None:
    assert wants(kind, kinds) is expected
