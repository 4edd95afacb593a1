"""Rules found on the blind sets T and U, each shown on text alone: a minus sign glued to a label's colon,
small capitals PDFium boxes at their glyph's outline, …"""

from __future__ import annotations

from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth

from services.core.parsing.limits import DEFAULT_PDF_LIMITS
from services.core.parsing.pdf.layout import extract_pdf
from services.core.parsing.pdf.letters import Char, lines_from_chars
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text
from tests.unit.core.parsing.pdf_builder import pdf_file


def test_a_negative_total_glued_to_its_labels_colon_keeps_its_minus_sign() -> None:
    inv = invoice_from_text("Sztornó számla\nNettó:\n-1 877 000 HUF\nÁFA:\n-506 790 HUF\nBruttó:-2 383 790 HUF\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (-1877000, -506790, -2383790)


def _small_caps(text: str, x: float, y: float, spacing: float = 0.6) -> bytes:
    """``text`` as Chrome prints CSS small capitals: each word's first letter and each digit at the full size,
    each other letter a smaller capital whose text is the lower-case letter (an ``/ActualText`` span)."""
    out = b""
    for i, ch in enumerate(text):
        small = ch.isalpha() and i > 0 and text[i - 1] != " "
        glyph, size = (ch.upper(), 7) if small else (ch, 10)
        shown = b"BT /F1 %d Tf %.2f %.2f Td (%s) Tj ET" % (size, x, y, glyph.encode("latin-1"))
        span = b"/Span << /ActualText (%s) >> BDC %s EMC" % (ch.encode("latin-1"), shown)
        out += (span if small else shown) + b"\n"
        x += stringWidth(glyph, "Helvetica", size) + spacing
    return out


def test_small_capitals_boxed_at_their_glyphs_outline_read_as_words_beside_their_values() -> None:
    content = _small_caps("Teljesítés dátuma 2027-07-01", 300, 700) + _small_caps("Esedékesség 2027-07-16", 300, 686)
    pdf = pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])
    lines = extract_pdf(pdf, DEFAULT_PDF_LIMITS, with_embedded=False).lines
    assert [ln.text for ln in lines] == ["Teljesítés dátuma 2027-07-01", "Esedékesség 2027-07-16"]
    inv = invoice_from_lines(lines)
    assert (inv.fulfilment_date, inv.due_date) == (date(2027, 7, 1), date(2027, 7, 16))


def test_a_row_of_captions_the_text_layer_ran_into_one_line_is_read_caption_by_caption() -> None:
    caption = "Számlaszám Kiállítás dátuma Teljesítés kelte Esedékesség Helyesbített számla"
    lines = [
        TextLine(0, 40, 780, 157, 802, "Helyesbítő számla"),
        TextLine(0, 192.4, 781.5, 192.4 + 4.72 * len(caption), 792.8, caption),
        TextLine(0, 189.1, 765.7, 299.7, 775.6, "FM-2027/0488 2027.05.24."),
        TextLine(0, 332.3, 765.7, 378.5, 775.6, "2027.04.30."),
        TextLine(0, 404.0, 765.7, 450.1, 775.6, "2027.06.08."),
        TextLine(0, 465.3, 765.7, 522.5, 775.6, "FM-2027/0412"),
    ]
    inv = invoice_from_lines(lines)
    assert inv.number == "FM-2027/0488"
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2027, 5, 24), date(2027, 4, 30),
                                                                     date(2027, 6, 8))
    assert inv.references.preceding_invoice == "FM-2027/0412"


def test_a_row_of_fields_parted_by_bars_keeps_the_numbers_series_and_reads_the_point_of_fulfilment() -> None:
    inv = invoice_from_lines([
        TextLine(0, 39.8, 727.0, 537.9, 740.4, "Sorszám: KA 27/0033 | Számla kelte: 2027. 09. 06. | "
                                               "Teljesítési időpont: 2027. 09. 03. | Fiz."),
        TextLine(0, 39.8, 715.0, 162.1, 728.4, "határidő: 2027. 09. 20."),
    ])
    assert inv.number == "KA 27/0033"
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2027, 9, 6), date(2027, 9, 3),
                                                                     date(2027, 9, 20))


def test_in_a_tight_stack_of_labels_each_over_its_value_the_value_under_the_label_is_its_own() -> None:
    # right-aligned, each value in a bigger print right under its label, the boxes a tenth of a point apart
    # (the value above a label touches it as closely: nearness tells nothing)
    stack = [("Sorszám", 527.2, 794.6, 802.3), ("OBJ-B-2027-0301", 474.5, 783.4, 794.5),
             ("Számla kelte", 513.2, 775.9, 783.6), ("2027.04.12.", 498.4, 764.7, 775.7),
             ("Teljesítés dátuma", 496.3, 757.1, 764.8), ("2027.04.10.", 498.4, 745.9, 757.0),
             ("Fizetési határidő", 496.3, 738.4, 746.1), ("2027.04.27.", 498.4, 727.2, 738.2)]
    inv = invoice_from_lines([TextLine(0, x0, y0, 555.7, y1, text) for text, x0, y0, y1 in stack])
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2027, 4, 12), date(2027, 4, 10),
                                                                     date(2027, 4, 27))


def test_a_space_drawn_bigger_than_the_letters_around_it_adds_nothing_to_the_lines_height() -> None:
    # a title in small capitals: capitals boxed 778.7-802.0, small capitals 780.1-796.6, the spaces 777.2-803.8
    chars = [Char("B", 36.8, 778.7, 51.4, 802.0), *(Char(c, 52 + 8 * k, 780.1, 59 + 8 * k, 796.6)
                                                   for k, c in enumerate("itőr")),
             Char(" ", 89.0, 777.2, 97.4, 803.8), Char("K", 95.3, 778.7, 103.2, 802.0),
             *(Char(c, 104 + 8 * k, 780.1, 111 + 8 * k, 796.6) for k, c in enumerate("ft."))]
    [line] = lines_from_chars(0, chars)
    assert line.text == "Bitőr Kft."
    assert (line.y0, line.y1) == (778.7, 802.0)


def test_a_letter_dated_at_its_place_is_issued_that_day() -> None:
    inv = invoice_from_lines([
        TextLine(0, 46.5, 710.5, 239.8, 722.8, "Mecsek Rendezvényszervező Kft."),
        TextLine(0, 431.7, 628.7, 555.6, 640.9, "Pécs, 2027. február 15."),
        TextLine(0, 268.2, 599.8, 327.4, 614.2, "SZÁMLA"),
        TextLine(0, 39.8, 526.0, 232.3, 538.2, "Fizetési határidő: 2027. március 15."),
    ])
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2027, 2, 15), date(2027, 2, 15),
                                                                     date(2027, 3, 15))
    address = invoice_from_lines([TextLine(0, 46.5, 695.5, 172.5, 707.7, "Pécs, Király u. 44.")])
    assert address.issue_date is None


def test_a_proformas_empty_fulfilment_caption_takes_no_date_and_its_number_is_over_its_title() -> None:
    inv = invoice_from_lines([
        TextLine(0, 39.8, 769.3, 242.3, 801.9, "DB-2027-0077"),
        TextLine(0, 39.8, 757.1, 80.9, 764.8, "DÍJBEKÉRŐ"),
        TextLine(0, 39.8, 745.1, 77.9, 752.8, "KIÁLLÍTVA"), TextLine(0, 39.8, 734.8, 92.0, 745.3, "2027-06-01"),
        TextLine(0, 39.8, 722.6, 82.4, 730.3, "TELJESÍTÉS"),
        TextLine(0, 39.8, 710.6, 78.9, 718.3, "ESEDÉKES"), TextLine(0, 39.8, 700.3, 92.0, 710.8, "2027-06-08"),
    ])
    assert inv.number == "DB-2027-0077"
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2027, 6, 1), None, date(2027, 6, 8))


def test_a_subscriptions_service_period_end_is_its_fulfilment() -> None:
    inv = invoice_from_text("INVOICE\nInvoice number: PV-INV-884120\nInvoice date: 1 June 2027\n"
                            "Service period end: 30 June 2027\nPayment due: 15 June 2027\n")
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2027, 6, 1), date(2027, 6, 30),
                                                                     date(2027, 6, 15))
