"""Rules found on the blind sets T and U, each shown on text alone: a minus sign glued to a label's colon, …"""

from __future__ import annotations

from services.core.parsing.pdf.reader import invoice_from_text


def test_a_negative_total_glued_to_its_labels_colon_keeps_its_minus_sign() -> None:
    inv = invoice_from_text("Sztornó számla\nNettó:\n-1 877 000 HUF\nÁFA:\n-506 790 HUF\nBruttó:-2 383 790 HUF\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (-1877000, -506790, -2383790)
