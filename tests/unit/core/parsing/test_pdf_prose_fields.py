"""Fields written inside a line of other text, titles with the number beside them, and cash rounding."""

from __future__ import annotations

import pytest

from services.core.invoice import InvoiceKind
from services.core.parsing.pdf.reader import invoice_from_text

# --- a title in capitals with the number beside it ---------------------------------------------------

@pytest.mark.parametrize(
    ("head", "number", "kind"),
    [
        pytest.param("SZÁMLA SORSZÁM: X-2025/001", "X-2025/001", InvoiceKind.NORMAL, id="plain-caps"),
        pytest.param("SZÁMLA   Sorszám: 2025-000123", "2025-000123", InvoiceKind.NORMAL, id="plain-gap"),
        pytest.param("ELŐLEGSZÁMLA Sorszáma: E-2025/5", "E-2025/5", InvoiceKind.ADVANCE, id="advance-sorszama"),
        pytest.param("ELŐLEGSZÁMLA SORSZÁMA: E-2025/5", "E-2025/5", InvoiceKind.ADVANCE, id="advance-caps"),
        pytest.param("ELŐLEG SZÁMLA SORSZÁMA: E-1", "E-1", InvoiceKind.ADVANCE, id="two-word-title"),
        pytest.param("JÓVÁÍRÓ SZÁMLA SORSZÁM: J-1", "J-1", InvoiceKind.CREDIT_NOTE, id="label-inside-a-label"),
    ],
)
def test_a_title_in_capitals_and_the_number_on_one_line(head: str, number: str, kind: InvoiceKind) -> None:
    inv = invoice_from_text(f"{head}\nSzámla kelte: 2025.10.15.\n")
    assert (inv.number, inv.kind) == (number, kind)
    assert inv.provenance["kind"].label == "document title"


def test_another_invoices_number_after_its_name_is_not_this_ones() -> None:
    final = invoice_from_text("VÉGSZÁMLA\nSzámla sorszáma: V-1\nElőlegszámla sorszáma: E-1\n")
    assert (final.number, final.kind) == ("V-1", InvoiceKind.FINAL)
    assert invoice_from_text("SZTORNÓ SZÁMLA\nEREDETI SZÁMLA SORSZÁMA: A-1\n").number is None
