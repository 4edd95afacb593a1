"""Rules found on the blind set ZC (an accounts-payable inbox's PDFs), each shown on text alone: a cover letter
before the invoice, a letterhead name wrapped before its "és", a cancelled invoice's kind in brackets."""

from __future__ import annotations

from datetime import date

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines


def _cover_letter() -> list[TextLine]:
    """Page 1: a cover letter sending the invoice, dated where it was written, no invoice field on it."""
    return [TextLine(0, 62, 774, 177, 785, "Kővirág Építőipari Kft."),
            TextLine(0, 62, 764, 126, 774, "2040 Budaörs"),
            TextLine(0, 62, 579, 217, 591, "Tárgy: számla megküldése"),
            TextLine(0, 62, 534, 484, 546, "Mellékelten megküldjük a munkákról kiállított számlánkat."),
            TextLine(0, 62, 429, 371, 441, "Mellékletek: 1 db számla, 1 db teljesítésigazolás másolata"),
            TextLine(0, 62, 406, 215, 418, "Budapest, 2027. március 16.")]


def _header_row(page: int, issued: str, fulfilled: str) -> list[TextLine]:
    """An invoice's row of captions, each over its date."""
    return [TextLine(page, 47, 647, 94, 655, "Számlaszám:"), TextLine(page, 47, 636, 142, 647, "KVE-2027/000137"),
            TextLine(page, 169, 647, 217, 655, "Számla kelte:"), TextLine(page, 169, 636, 227, 647, issued),
            TextLine(page, 248, 647, 301, 655, "Teljesítés kelte:"), TextLine(page, 248, 636, 305, 647, fulfilled),
            TextLine(page, 326, 647, 386, 655, "Fizetési határidő:"), TextLine(page, 326, 636, 383, 647, "2027.04.14.")]


def test_an_invoice_after_a_cover_letter_keeps_its_own_fulfilment_date() -> None:
    inv = invoice_from_lines([*_cover_letter(), *_header_row(1, "2027.03.15.", "2027.03.12.")])
    assert (inv.issue_date, inv.fulfilment_date) == (date(2027, 3, 15), date(2027, 3, 12))


def test_a_certificate_after_the_invoice_does_not_date_its_fulfilment() -> None:
    # the invoice on page 1 prints no fulfilment date (the issue day); the certificate of completion filed after
    # it dates its own handover
    lines = [*[ln for ln in _header_row(0, "2027.03.15.", "") if ln.text and "Teljesítés" not in ln.text],
             TextLine(1, 62, 774, 300, 790, "TELJESÍTÉSIGAZOLÁS"),
             TextLine(1, 62, 700, 160, 712, "Teljesítés dátuma:"), TextLine(1, 170, 700, 230, 712, "2027.03.10.")]
    assert invoice_from_lines(lines).fulfilment_date == date(2027, 3, 15)


def _letterhead(*name_lines: str) -> list[TextLine]:
    """A sidebar letterhead, its name in large type over one or more lines, the buyer's block beside it."""
    top = 802.0
    out = []
    for text in name_lines:
        out.append(TextLine(0, 14.2, top - 14, 14.2 + 7 * len(text), top, text))
        top -= 14.3
    return [*out, TextLine(0, 14.2, top - 20, 71, top - 11, "1085 Budapest"),
            TextLine(0, 14.2, top - 30, 72, top - 21, "Adószám: 28461937-2-41"),
            TextLine(0, 204, 774, 315, 802, "SZÁMLA"),
            TextLine(0, 204.8, 730.8, 221.8, 738.9, "Vevő"),
            TextLine(0, 204.8, 720.7, 377.6, 730.6, "Kulturális Szolgáltató Nonprofit Kft."),
            TextLine(0, 204.8, 710.2, 269.3, 720.1, "1088 Budapest"),
            TextLine(0, 204.8, 689.2, 314.6, 699.1, "Adószám: 20476183-2-41")]


def test_a_letterhead_name_wrapped_before_its_and_is_one_name() -> None:
    inv = invoice_from_lines(_letterhead("Lapozó Könyvkiadó", "és Terjesztő Kft."))
    assert inv.seller.name == "Lapozó Könyvkiadó és Terjesztő Kft."
    # a tagline over a name that starts with a capital is still no part of it
    inv = invoice_from_lines(_letterhead("Könyvek mindenkinek", "Lapozó Kiadó Kft."))
    assert inv.seller.name == "Lapozó Kiadó Kft."


def test_a_cancelled_invoice_named_with_its_kind_in_brackets_is_the_preceding_one() -> None:
    lines = [TextLine(0, 42, 778, 200, 802, "SZTORNÓ SZÁMLA"),
             TextLine(0, 42, 380, 400, 390, "Érvénytelenített (sztornózott) számla sorszáma: KAA-2027-02231")]
    inv = invoice_from_lines(lines)
    assert (inv.kind.value, inv.references.preceding_invoice) == ("storno", "KAA-2027-02231")
    # in a header box, the number under its label
    lines = [TextLine(0, 42, 778, 200, 802, "SZTORNÓ SZÁMLA"),
             TextLine(0, 42, 700, 200, 710, "Helyesbített (módosított) számla"),
             TextLine(0, 42, 688, 140, 698, "KAA-2027-02231")]
    assert invoice_from_lines(lines).references.preceding_invoice == "KAA-2027-02231"
